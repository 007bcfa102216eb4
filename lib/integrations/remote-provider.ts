import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { customFetch } from "@auth/core";
import type { OAuthConfig } from "next-auth/providers";
import { isRemoteError, RemoteError, type RemoteUser } from "@/lib/connectors";
import { highqAuthorizationUrl } from "@/lib/connectors/highq";
import { intralinksAuthorizationUrl } from "@/lib/connectors/intralinks";
import type { Integration } from "@/lib/db/schema";
import { providerIdFor } from "./provider-id";
import { redirectUrl } from "./redirect-proxy";
import { remoteFor } from "./remote";

/**
 * Remote failures during the callback happen deep inside Auth.js, which reports only an error
 * type. The callback runs Auth.js inside this store so the typed error survives.
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

