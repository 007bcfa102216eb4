import { cookies } from "next/headers";
import { NextRequest, NextResponse } from "next/server";
import { authorizationCallbackError, type RemoteError } from "@/lib/connectors";
import { handlers } from "@/lib/auth";
import { env } from "@/lib/env";
import { getIntegrationOrThrow } from "@/lib/integrations/integrations";
import { callbackErrors, codeForAuthJsError, FLOW_COOKIE, providerIdFor, readFlow } from "@/lib/integrations/oauth-flow";

export const dynamic = "force-dynamic";

/**
 * The single redirect URL registered with every remote app. Auth.js expects
 * `/auth/callback/<provider>`, so this hands the request to the provider the flow started with
 * (remembered in a signed, short-lived cookie) and turns any failure into a catalogue code the
 * Integrations page explains.
 */
export async function GET(request: NextRequest) {
  const jar = await cookies();
  const flow = readFlow(jar.get(FLOW_COOKIE)?.value);
  const origin = env().FERRY_APP_URL;
  const back = (params: Record<string, string>, returnTo = "/settings/integrations") => {
    const target = new URL(returnTo, origin);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    const response = NextResponse.redirect(target);
    response.cookies.delete(FLOW_COOKIE);
    return response;
  };
  if (!flow) return back({ error: "STATE_MISMATCH" });

  const integration = await getIntegrationOrThrow(flow.integrationId).catch(() => null);
  if (!integration) return back({ error: "REMOTE_ERROR" });
  const remoteError = authorizationCallbackError(request.nextUrl.searchParams, integration.provider);
  if (remoteError) return back({ error: remoteError.code, integration: integration.id });

  const forwarded = new URL(`/auth/callback/${providerIdFor(integration.id)}${request.nextUrl.search}`, request.nextUrl.origin);
  const store: { error?: RemoteError } = {};
  const response = await callbackErrors.run(store, () => handlers.GET(new NextRequest(forwarded, { headers: request.headers })));
  const location = response.headers.get("location");
  const failure = location ? new URL(location, origin).searchParams.get("error") : null;
  if (failure || store.error) {
    const code = store.error?.code ?? codeForAuthJsError(failure);
    const result = back({ error: code, integration: integration.id });
    // Keep the state/PKCE cookie clean-ups Auth.js asked for.
    for (const cookie of response.headers.getSetCookie()) result.headers.append("set-cookie", cookie);
    return result;
  }
  const success = back({ authorised: integration.id }, flow.returnTo);
  for (const cookie of response.headers.getSetCookie()) success.headers.append("set-cookie", cookie);
  return success;
}
