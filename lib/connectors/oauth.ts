import { RemoteError, redact, type RemoteErrorCode, type RemoteProvider } from "./errors";
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
