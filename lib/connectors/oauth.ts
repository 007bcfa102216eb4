import { RemoteError, redact, type RemoteErrorCode, type RemoteProvider } from "./errors";
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
 * (`null` when it carries a code). A user who pressed "Deny" gets REAUTH_REQUIRED.
 */
export function authorizationCallbackError(query: URLSearchParams, provider: RemoteProvider): RemoteError | null {
  const error = query.get("error");
  if (error === null) return null;
  const description = query.get("error_description");
  const details = { provider, remoteCode: error, ...(description ? { remoteMessage: redact(description) } : {}) };
  const code = CALLBACK_ERRORS[error];
  if (code) return new RemoteError(code, { details });
  if (error === "access_denied") {
    return new RemoteError("REAUTH_REQUIRED", { details, message: "Access was not granted in {service}, so the integration is not authorised." });
  }
  return new RemoteError("REMOTE_ERROR", { details, retryable: false, message: "{service} could not complete the authorisation." });
}

// Authorize pages refuse a bad request with a page of their own instead of redirecting, so the
// user would be stranded there; these are the refusals Ferry can recognise in advance.
const AUTHORIZE_PAGE_REFUSALS: [RegExp, RemoteErrorCode][] = [
  [/redirect|callback url/i, "CALLBACK_MISMATCH"],
  [/invalid or null consumer key/i, "WRONG_AUTH_VERSION"],
  [/unknown application|client_id is not registered|client authentication failed|invalid_client/i, "INVALID_CREDENTIALS"],
];

/**
 * Loads the authorize URL the user is about to be sent to (without signing in) and throws the
 * typed error when the remote refuses it: unreachable host, unregistered redirect URL, wrong
 * client id or, for Intralinks, keys of the other auth version. A sign-in page passes.
 */
export async function checkAuthorizationUrl(
  authorizationUrl: string,
  options: { provider: RemoteProvider; allowedHosts: string[]; fetchImpl?: typeof fetch },
): Promise<void> {
  const http = new HttpClient({ allowedHosts: options.allowedHosts, fetchImpl: options.fetchImpl, provider: options.provider, maxTries: 2 });
  const response = await http.json({ url: authorizationUrl, headers: { accept: "text/html,application/json" } });
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    const error = authorizationCallbackError(new URL(location, authorizationUrl).searchParams, options.provider);
    if (error) throw error;
    return;
  }
  if (response.status < 400) return;
  const text = typeof response.body === "string" ? response.body.replace(/<[^>]+>/g, " ") : JSON.stringify(response.body ?? "");
  const details = { provider: options.provider, remoteMessage: redact(text.replace(/\s+/g, " ").trim()) };
  const match = AUTHORIZE_PAGE_REFUSALS.find(([pattern]) => pattern.test(text));
  if (match) throw new RemoteError(match[1], { status: response.status, details });
  throw new RemoteError("REMOTE_ERROR", {
    status: response.status,
    retryable: response.status >= 500,
    message: "{service} refused the authorisation request.",
    details,
  });
}
