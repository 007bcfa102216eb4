import { RemoteError, isRemoteError, redact, type RemoteErrorCode, type RemoteProvider } from "./errors";
import { HttpClient } from "./http";
import { toNumber, toText } from "./lenient";

/** A token response, normalised across providers and auth versions. */
export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  expiresAt: Date;
  /** The remote account's email when the token response names it. */
  remoteEmail?: string;
};

export type TokenGrant =
  | { type: "authorization_code"; code: string; redirectUri?: string }
  | { type: "refresh_token"; refreshToken: string };

export type TokenRequestCommon = {
  clientId: string;
  clientSecret: string;
  grant: TokenGrant;
  allowedHosts: string[];
  fetchImpl?: typeof fetch;
  /** Clock for `expiresAt`. */
  now?: Date;
};

export function toTokenSet(
  fields: { accessToken: unknown; refreshToken?: unknown; expiresIn: unknown; email?: unknown },
  provider: RemoteProvider,
  now = new Date(),
): TokenSet {
  const accessToken = toText(fields.accessToken);
  if (!accessToken) {
    throw new RemoteError("REMOTE_ERROR", {
      message: "{service} answered the token request without an access token.",
      retryable: false,
      details: { provider },
    });
  }
  const expiresIn = toNumber(fields.expiresIn) ?? 3600;
  const refreshToken = toText(fields.refreshToken);
  const remoteEmail = toText(fields.email);
  return {
    accessToken,
    expiresAt: new Date(now.getTime() + expiresIn * 1000),
    ...(refreshToken ? { refreshToken } : {}),
    ...(remoteEmail ? { remoteEmail } : {}),
  };
}

/** What a rejected grant means: a refresh that fails needs the user; a code that fails restarts the flow. */
export function rejectedGrant(grant: TokenGrant, provider: RemoteProvider, status: number, remoteMessage?: string): RemoteError {
  if (grant.type === "authorization_code" && remoteMessage && /redirect/i.test(remoteMessage)) {
    return new RemoteError("CALLBACK_MISMATCH", { status, details: { provider, remoteMessage } });
  }
  return new RemoteError("REAUTH_REQUIRED", {
    status,
    details: { provider, remoteMessage },
    ...(grant.type === "authorization_code"
      ? { message: "{service} did not accept the authorisation code (it expired or was already used). Start the authorisation again." }
      : {}),
  });
}

/** `error` values a remote authorize page sends back to the redirect URI, and what they mean. */
const CALLBACK_ERRORS: Record<string, RemoteErrorCode> = {
  session_conflict: "SESSION_CONFLICT",
  two_factor_interrupted: "TWO_FACTOR",
  redirect_uri_mismatch: "CALLBACK_MISMATCH",
  invalid_client: "INVALID_CREDENTIALS",
  unauthorized_client: "INVALID_CREDENTIALS",
};

/**
 * The typed error for an authorization callback that carries `error` instead of `code`
 * (`null` when it carries a code). A user who pressed "Deny" gets ACCESS_NOT_GRANTED.
 */
export function authorizationCallbackError(query: URLSearchParams, provider: RemoteProvider): RemoteError | null {
  const error = query.get("error");
  if (error === null) return null;
  const description = query.get("error_description");
  const details = { provider, remoteCode: error, ...(description ? { remoteMessage: redact(description) } : {}) };
  const code = CALLBACK_ERRORS[error];
  if (code) return new RemoteError(code, { details });
  if (error === "access_denied") return new RemoteError("ACCESS_NOT_GRANTED", { details });
  return new RemoteError("REMOTE_ERROR", { details, retryable: false, message: "{service} could not complete the authorisation." });
}

/** A 4xx page instead of a sign-in page: the remote refused the authorize request itself. */
export type AuthorizeRefusal = { status: number; remoteMessage: string };

/**
 * Loads the authorize URL the user is about to be sent to (without signing in) and reads the
 * answer by its structure, never by its wording: a redirect carrying `error=` is that OAuth error;
 * a page (2xx) or a redirect elsewhere (a sign-in page, SSO) passes; 404 means no authorize page
 * at this address (wrong host or HighQ instance path); 5xx is the remote's own trouble. Any other
 * 4xx is returned as a refusal for `explainAuthorizeRefusal` to tell what was refused.
 */
export async function checkAuthorizationUrl(
  authorizationUrl: string,
  options: { provider: RemoteProvider; allowedHosts: string[]; fetchImpl?: typeof fetch },
): Promise<AuthorizeRefusal | null> {
  const http = new HttpClient({ allowedHosts: options.allowedHosts, fetchImpl: options.fetchImpl, provider: options.provider, maxTries: 2 });
  const response = await http.json({ url: authorizationUrl, headers: { accept: "text/html,application/json" } });
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    const error = authorizationCallbackError(new URL(location, authorizationUrl).searchParams, options.provider);
    if (error) throw error;
    return null;
  }
  if (response.status < 400) return null;
  const text = typeof response.body === "string" ? response.body.replace(/<[^>]+>/g, " ") : JSON.stringify(response.body ?? "");
  const details = { provider: options.provider, host: new URL(authorizationUrl).host, remoteMessage: redact(text.replace(/\s+/g, " ").trim()) };
  if (response.status === 404) {
    throw new RemoteError("HOST_UNREACHABLE", {
      status: 404,
      retryable: false,
      message: "{service} has no authorisation page at the configured address: the host name or (for HighQ) the instance path is wrong.",
      details,
    });
  }
  if (response.status >= 500) {
    throw new RemoteError("REMOTE_ERROR", { status: response.status, retryable: true, message: "{service} could not show its authorisation page.", details });
  }
  return { status: response.status, remoteMessage: details.remoteMessage };
}

/** A code no remote ever issued: the token endpoint's answer to it says whether the client itself is known. */
export const PROBE_CODE = "ferry-preflight-probe";

/**
 * Tells what an authorize refusal was about from the token endpoint's answer to the same client
 * with a made-up code (OAuth checks the client before the grant, RFC 6749 §5.2): `invalid_client`
 * (or the provider's unknown-key answer) means the client id is wrong; a refused grant means the
 * client is known, so the authorize page refused the redirect URL; an answer that is not OAuth
 * means the address does not lead to the remote's API.
 */
export async function explainAuthorizeRefusal(refusal: AuthorizeRefusal, provider: RemoteProvider, probe: () => Promise<unknown>): Promise<RemoteError> {
  const details = { provider, remoteMessage: refusal.remoteMessage };
  try {
    await probe();
  } catch (error) {
    if (isRemoteError(error, "REAUTH_REQUIRED") || isRemoteError(error, "CALLBACK_MISMATCH")) {
      return new RemoteError("CALLBACK_MISMATCH", { status: refusal.status, details });
    }
    if (isRemoteError(error) && PROBE_ANSWERS.has(error.code)) return error;
  }
  return new RemoteError("REMOTE_ERROR", {
    status: refusal.status,
    retryable: false,
    message: "{service} refused the authorisation request. Check the host, the client credentials and the redirect URL registered for the application.",
    details,
  });
}

/**
 * `checkAuthorizationUrl`, with a refusal explained by `probe` (a token request for PROBE_CODE).
 * A page that passes is probed too: a server that answers every path (a wrong instance path) or
 * a sign-in page shown to an unknown client must not strand the person either.
 */
export async function preflightAuthorizationUrl(
  authorizationUrl: string,
  options: { provider: RemoteProvider; allowedHosts: string[]; fetchImpl?: typeof fetch; probe: () => Promise<unknown> },
): Promise<void> {
  const refusal = await checkAuthorizationUrl(authorizationUrl, options);
  if (refusal) throw await explainAuthorizeRefusal(refusal, options.provider, options.probe);
  const answer = await options.probe().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (isRemoteError(answer) && PROBE_ANSWERS.has(answer.code)) throw answer;
}

/** Token-probe answers that explain a refusal as they are. */
const PROBE_ANSWERS = new Set<RemoteErrorCode>(["INVALID_CREDENTIALS", "WRONG_AUTH_VERSION", "HOST_UNREACHABLE", "IP_RESTRICTED"]);
