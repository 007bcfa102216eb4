import "server-only";
import { RemoteError, redact, type RemoteErrorCode } from "../errors";
import { HttpClient } from "../http";
import { isRecord, toText } from "../lenient";
import { rejectedGrant, toTokenSet, type TokenRequestCommon, type TokenSet } from "../oauth";
import { AUTH_PATHS, END_OTHER_SESSIONS_DEFAULT, UNKNOWN_KEY } from "./assumptions";
import { intralinksError, parseIntralinksFault } from "./errors";

export type IntralinksAuthVersion = "v2" | "v3";

export type IntralinksAuthorizationParams = {
  /** The API host (auth and resources share it). */
  baseUrl: string;
  authVersion: IntralinksAuthVersion;
  clientId: string;
  redirectUri: string;
  state: string;
  /** v2 only: log the account out of its other sessions (spec §2.5). */
  endOtherSessions?: boolean;
};

/** The Intralinks login page for the authorization-code grant (spec §2.2 for v2, §2.4 for v3). */
export function intralinksAuthorizationUrl(params: IntralinksAuthorizationParams): string {
  const url = new URL(AUTH_PATHS[params.authVersion].authorize, params.baseUrl);
  if (params.authVersion === "v3") url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", params.clientId);
  url.searchParams.set("redirect_uri", params.redirectUri);
  url.searchParams.set("state", params.state);
  if (params.authVersion === "v2") {
    url.searchParams.set("scope", "ilservices");
    url.searchParams.set("endOtherSessions", String(params.endOtherSessions ?? END_OTHER_SESSIONS_DEFAULT));
  }
  return url.toString();
}

export type IntralinksTokenRequest = TokenRequestCommon & {
  baseUrl: string;
  authVersion: IntralinksAuthVersion;
  endOtherSessions?: boolean;
};

/**
 * Exchanges a code or refresh token. v2 sends form fields and reads snake_case JSON; v3 sends
 * Basic auth and a JSON `data` envelope and reads camelCase (spec §2.4).
 */
export async function intralinksTokenRequest(request: IntralinksTokenRequest): Promise<TokenSet> {
  const http = new HttpClient({ allowedHosts: request.allowedHosts, fetchImpl: request.fetchImpl, provider: "intralinks" });
  const url = new URL(AUTH_PATHS[request.authVersion].token, request.baseUrl);
  const { grant } = request;
  const grantFields: Record<string, string> =
    grant.type === "authorization_code"
      ? { grant_type: grant.type, code: grant.code, ...(grant.redirectUri ? { redirect_uri: grant.redirectUri } : {}) }
      : { grant_type: grant.type, refresh_token: grant.refreshToken };

  const response =
    request.authVersion === "v2"
      ? await http.json({
          url,
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            ...grantFields,
            client_id: request.clientId,
            client_secret: request.clientSecret,
            endOtherSessions: String(request.endOtherSessions ?? END_OTHER_SESSIONS_DEFAULT),
          }),
        })
      : await http.json({
          url,
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Basic ${Buffer.from(`${request.clientId}:${request.clientSecret}`).toString("base64")}`,
          },
          body: JSON.stringify({ data: grantFields }),
        });

  const body = isRecord(response.body) ? response.body : {};
  if (response.status >= 200 && response.status < 300) {
    const data = request.authVersion === "v3" && isRecord(body.data) ? body.data : undefined;
    if (data) {
      return toTokenSet({ accessToken: data.accessToken, refreshToken: data.refreshToken, expiresIn: data.expiresIn, email: data.email }, "intralinks", request.now);
    }
    if (request.authVersion === "v2" && body.access_token !== undefined) {
      return toTokenSet(
        { accessToken: body.access_token, refreshToken: body.refresh_token, expiresIn: body.expires_in, email: body.email },
        "intralinks",
        request.now,
      );
    }
  }
  throw await tokenError(request, http, response.status, body);
}

async function tokenError(request: IntralinksTokenRequest, http: HttpClient, status: number, body: Record<string, unknown>): Promise<RemoteError> {
  const fault = parseIntralinksFault(body);
  const oauthError = toText(body.error) ?? (fault?.subcode && /^[a-z_]+$/.test(fault.subcode) ? fault.subcode : undefined);
  const remoteMessage = fault?.message ? redact(fault.message) : toText(body.error_description);
  const details = { provider: "intralinks" as const, remoteMessage, remoteCode: oauthError ?? fault?.subcode };
  const unknownKey =
    (request.authVersion === "v2" && UNKNOWN_KEY.v2.message.test(remoteMessage ?? "")) || (request.authVersion === "v3" && oauthError === "invalid_client");
  if (unknownKey) return new RemoteError(await unknownKeyCode(request, http), { status, details });
  if (oauthError === "invalid_client") return new RemoteError("INVALID_CREDENTIALS", { status, details });
  if (oauthError === "invalid_grant") return rejectedGrant(request.grant, "intralinks", status, remoteMessage);
  if (oauthError === "unsupported_grant_type" && request.grant.type === "refresh_token") {
    return new RemoteError("REAUTH_REQUIRED", { status, details, message: "Intralinks has not enabled token refresh for these API keys, so the authorisation cannot be renewed." });
  }
  if (fault) return intralinksError(status, fault, { operation: "user" });
  return new RemoteError("REMOTE_ERROR", { status, details, retryable: status >= 500 });
}

/**
 * A key the configured auth version does not know is either a key of the other version or a wrong
 * key; the other version's authorize endpoint tells which (see UNKNOWN_KEY). If it cannot be
 * asked, the version is the likelier mistake (spec §2.4).
 */
async function unknownKeyCode(params: { baseUrl: string; authVersion: IntralinksAuthVersion; clientId: string }, http: HttpClient): Promise<RemoteErrorCode> {
  const other: IntralinksAuthVersion = params.authVersion === "v2" ? "v3" : "v2";
  const url = new URL(AUTH_PATHS[other].authorize, params.baseUrl);
  url.searchParams.set("client_id", params.clientId);
  if (other === "v3") url.searchParams.set("response_type", "code");
  try {
    const response = await http.json({ url, headers: { accept: "text/html,application/json" } });
    const refused =
      other === "v2"
        ? response.status === UNKNOWN_KEY.v2.status && UNKNOWN_KEY.v2.message.test(parseIntralinksFault(response.body)?.message ?? "")
        : response.status === UNKNOWN_KEY.v3.status;
    return refused ? "INVALID_CREDENTIALS" : "WRONG_AUTH_VERSION";
  } catch {
    return "WRONG_AUTH_VERSION";
  }
}
