import "server-only";
import { RemoteError, redact } from "../errors";
import { HttpClient } from "../http";
import { isRecord, toText } from "../lenient";
import { rejectedGrant, toTokenSet, type TokenRequestCommon, type TokenSet } from "../oauth";
import { AUTHORIZE_PATH, TOKEN_PATH } from "./assumptions";
import { highqRoot } from "./connector";
import { highqError } from "./errors";

/** The HighQ sign-in and consent page for the authorization-code grant (spec §2.1). */
export function highqAuthorizationUrl(params: { baseUrl: string; clientId: string; redirectUri: string; state: string }): string {
  const url = new URL(AUTHORIZE_PATH, highqRoot(params.baseUrl));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", params.clientId);
  url.searchParams.set("redirect_uri", params.redirectUri);
  url.searchParams.set("state", params.state);
  return url.toString();
}

export type HighqTokenRequest = TokenRequestCommon & { baseUrl: string };

/** Exchanges a code or refresh token at `{root}api/oauth2/token` with form fields (spec §2.2). */
export async function highqTokenRequest(request: HighqTokenRequest): Promise<TokenSet> {
  const http = new HttpClient({ allowedHosts: request.allowedHosts, fetchImpl: request.fetchImpl, provider: "highq" });
  const form = new URLSearchParams({ grant_type: request.grant.type, client_id: request.clientId, client_secret: request.clientSecret });
  if (request.grant.type === "authorization_code") {
    form.set("code", request.grant.code);
    if (request.grant.redirectUri) form.set("redirect_uri", request.grant.redirectUri);
  } else {
    form.set("refresh_token", request.grant.refreshToken);
  }
  const response = await http.json({
    url: new URL(TOKEN_PATH, highqRoot(request.baseUrl)),
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  const body = isRecord(response.body) ? response.body : {};
  if (response.status === 200 && body.access_token !== undefined) {
    return toTokenSet(
      { accessToken: body.access_token, refreshToken: body.refresh_token, expiresIn: body.expires_in, email: body.useremail },
      "highq",
      request.now,
    );
  }
  // REST-style error bodies (e.g. the IP refusal, ref 53) can come from the token endpoint too.
  if (isRecord(body.error)) throw highqError(response.status, body, { operation: "token" });
  const error = toText(body.error);
  const description = toText(body.error_description);
  const remoteMessage = description ? redact(description) : error;
  if (error === "invalid_client" || response.status === 401) {
    throw new RemoteError("INVALID_CREDENTIALS", { status: response.status, details: { provider: "highq", remoteMessage } });
  }
  if (error === "invalid_grant") throw rejectedGrant(request.grant, "highq", response.status, remoteMessage);
  // Anything that is not an OAuth answer (HTML, 404) means the URL does not lead to a HighQ instance.
  if (error === undefined && response.status < 500) {
    throw new RemoteError("HOST_UNREACHABLE", {
      status: response.status,
      retryable: false,
      message: "The host did not answer like a HighQ instance: no token endpoint was found at the configured address.",
      details: { provider: "highq", host: new URL(request.baseUrl).host },
    });
  }
  throw new RemoteError("REMOTE_ERROR", { status: response.status, details: { provider: "highq", remoteMessage } });
}
