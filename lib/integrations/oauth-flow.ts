import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, timingSafeEqual } from "node:crypto";
import { customFetch } from "@auth/core";
import type { OAuthConfig } from "next-auth/providers";
import { isRemoteError, PROBE_CODE, preflightAuthorizationUrl, RemoteError, type RemoteErrorCode, type RemoteUser } from "@/lib/connectors";
import { highqAuthorizationUrl } from "@/lib/connectors/highq";
import { intralinksAuthorizationUrl } from "@/lib/connectors/intralinks";
import type { Integration } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { providerIdFor } from "./provider-id";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { remoteFor } from "./remote";

export const FLOW_COOKIE = "ferry-oauth-flow";
export const FLOW_MAX_AGE_S = 10 * 60;

export { integrationIdFromProvider, providerIdFor } from "./provider-id";

/** The one redirect URL every remote app registers: `<origin>/auth/callback`, exactly. */
export const redirectUrl = () => `${env().FERRY_APP_URL.replace(/\/+$/, "")}/auth/callback`;

/** Remembers which integration a flow belongs to, signed so the callback cannot be steered elsewhere. */
export function signFlow(integrationId: string, returnTo: string): string {
  const payload = Buffer.from(JSON.stringify({ integrationId, returnTo, at: Date.now() })).toString("base64url");
  const signature = createHmac("sha256", env().AUTH_SECRET).update(payload).digest("base64url");
  return `${payload}.${signature}`;
}

export function readFlow(value: string | undefined): { integrationId: string; returnTo: string } | null {
  if (!value) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = createHmac("sha256", env().AUTH_SECRET).update(payload).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const flow = JSON.parse(Buffer.from(payload, "base64url").toString()) as { integrationId: string; returnTo: string; at: number };
  if (Date.now() - flow.at > FLOW_MAX_AGE_S * 1000) return null;
  return { integrationId: flow.integrationId, returnTo: safeReturnPath(flow.returnTo) };
}

/** Only paths inside Ferry: never an open redirect. */
/** A path on this deployment's origin to return to after authorising, else the Integrations page. */
export const safeReturnPath = (value: string | undefined | null) => sameOriginPath(value, env().FERRY_APP_URL, "/settings/integrations");

/**
 * Remote failures during the callback happen deep inside Auth.js, which reports only an error
 * type. The callback route runs Auth.js inside this store so the typed error survives.
 */
export const callbackErrors = new AsyncLocalStorage<{ error?: RemoteError }>();

function remember(error: unknown): never {
  const store = callbackErrors.getStore();
  if (store && isRemoteError(error)) store.error = error;
  throw error;
}

function authorizeEndpoint(integration: Integration, baseUrl: string): string {
  // Built with the connectors' own URL builders; Auth.js then sets state, client id and redirect URL.
  const url =
    integration.provider === "highq"
      ? new URL(highqAuthorizationUrl({ baseUrl, clientId: integration.clientId, redirectUri: redirectUrl(), state: "-" }))
      : new URL(intralinksAuthorizationUrl({ baseUrl, authVersion: integration.authVersion ?? "v3", clientId: integration.clientId, redirectUri: redirectUrl(), state: "-" }));
  for (const key of ["state", "redirect_uri", "client_id", "response_type"]) url.searchParams.delete(key);
  // HighQ ignores scope (spec §2.1); an explicit empty one stops Auth.js adding OpenID scopes.
  if (!url.searchParams.has("scope")) url.searchParams.set("scope", "");
  return url.toString();
}

/**
 * The Auth.js provider for one integration row. The token exchange goes through the connectors'
 * own token request (v3 Intralinks needs Basic auth and a JSON body that Auth.js cannot send), with
 * the fixed redirect URL rather than Auth.js's per-provider one.
 */
export function integrationProvider(integration: Integration): OAuthConfig<RemoteUser> {
  const remote = remoteFor(integration);
  const tokenEndpoint = new URL("/__ferry/token", remote.baseUrl).toString();
  return {
    id: providerIdFor(integration.id),
    name: integration.name,
    type: "oauth",
    clientId: integration.clientId,
    // PKCE is not used: neither spec records support for it; `state` protects the flow.
    checks: ["state"],
    authorization: { url: authorizeEndpoint(integration, remote.baseUrl), params: { redirect_uri: redirectUrl() } },
    token: { url: tokenEndpoint },
    userinfo: {
      url: new URL("/__ferry/userinfo", remote.baseUrl).toString(),
      async request({ tokens }: { tokens: { access_token?: string; ferry_remote_email?: string } }) {
        const accessToken = tokens.access_token ?? "";
        return remote
          .connector({ getAccessToken: async () => accessToken }, tokens.ferry_remote_email)
          .currentUser()
          .catch(remember);
      },
    },
    profile: (user) => ({ id: user.id, email: user.email, name: user.name }),
    // Tokens are stored encrypted by Ferry (lib/integrations/connections.ts), never by the adapter.
    account: () => ({}),
    [customFetch]: async (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url !== tokenEndpoint) return fetch(input, init);
      const body = new URLSearchParams(init?.body as URLSearchParams);
      const tokens = await remote
        .tokenRequest({ type: "authorization_code", code: body.get("code") ?? "", redirectUri: redirectUrl() })
        .catch(remember);
      return Response.json({
        access_token: tokens.accessToken,
        token_type: "bearer",
        expires_in: Math.max(1, Math.round((tokens.expiresAt.getTime() - Date.now()) / 1000)),
        ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
        ...(tokens.remoteEmail ? { ferry_remote_email: tokens.remoteEmail } : {}),
      });
    },
  } as OAuthConfig<RemoteUser>;
}

/**
 * Asks the remote about the authorize URL before sending the person there: a wrong host or
 * instance path, an unregistered redirect URL, a wrong client id or Intralinks keys of the other
 * auth version would otherwise strand them on a remote error page. Read by status and structure
 * (lib/connectors/oauth.ts), with the token endpoint as the second opinion on a refusal.
 */
export async function preflightAuthorization(integration: Integration): Promise<void> {
  const remote = remoteFor(integration);
  const params = { baseUrl: remote.baseUrl, clientId: integration.clientId, redirectUri: redirectUrl(), state: "preflight" };
  const url =
    integration.provider === "highq" ? highqAuthorizationUrl(params) : intralinksAuthorizationUrl({ ...params, authVersion: integration.authVersion ?? "v3" });
  await preflightAuthorizationUrl(url, {
    provider: integration.provider,
    allowedHosts: remote.allowedHosts,
    probe: () => remote.tokenRequest({ type: "authorization_code", code: PROBE_CODE, redirectUri: redirectUrl() }),
  });
}

/** Auth.js error types a failed callback can end in, as catalogue codes or Ferry's own. */
export function codeForAuthJsError(type: string | null): RemoteErrorCode | "STATE_MISMATCH" | "ACCOUNT_IN_USE" | "SIGNED_OUT" | "REMOTE_ERROR" {
  switch (type) {
    case "InvalidCheck":
      return "STATE_MISMATCH";
    case "OAuthAccountNotLinked":
      return "ACCOUNT_IN_USE";
    case "AccessDenied":
      return "SIGNED_OUT";
    default:
      return "REMOTE_ERROR";
  }
}
