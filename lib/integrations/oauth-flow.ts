import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { NextRequest, NextResponse } from "next/server";
import { authorizationCallbackError, PROBE_CODE, preflightAuthorizationUrl, RemoteError, type RemoteErrorCode } from "@/lib/connectors";
import { highqAuthorizationUrl } from "@/lib/connectors/highq";
import { intralinksAuthorizationUrl } from "@/lib/connectors/intralinks";
import type { Actor } from "@/lib/auth/actor";
import type { Integration } from "@/lib/db/schema";
import { appUrl, env } from "@/lib/env";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { recordAuthorisationProblem } from "./authorisation-problems";
import { describeProblem, problemCodeFor, type ProblemDescription } from "./flow-errors";
import { getIntegrationOrThrow } from "./integrations";
import { providerIdFor } from "./provider-id";
import { appOrigin, incomingState, isTrustedPreviewOrigin, outgoingState, redirectUrl } from "./redirect-proxy";
import { remoteFor } from "./remote";
import { remoteAuth } from "./remote-auth";
import { callbackErrors } from "./remote-provider";

/**
 * Authorising Ferry with a remote account, start to finish: `startAuthorisation` (called by the
 * authorise action) checks the remote will accept the flow and sends the person to its sign-in
 * page; `finishAuthorisation` (the `/auth/callback` route) stores the tokens or explains why not.
 */

export const FLOW_COOKIE = "ferry-oauth-flow";
export const FLOW_MAX_AGE_S = 10 * 60;

export { providerIdFor } from "./provider-id";
export { redirectUrl } from "./redirect-proxy";

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

/** A path on this deployment's origin to return to after authorising, else the Integrations page: never an open redirect. */
export const safeReturnPath = (value: string | undefined | null) => sameOriginPath(value, appUrl(), "/settings/integrations");

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

export type AuthorisationStart = { redirectTo: string; problem: null } | { redirectTo: null; problem: ProblemDescription };

/**
 * Starts the OAuth flow for `actor`: a refusal the preflight catches is kept for the integration
 * card and returned to show in place; otherwise the integration is remembered in a signed cookie
 * and the remote's sign-in page (built by Auth.js, which keeps its state cookie) is returned.
 */
export async function startAuthorisation(actor: Actor, input: { integrationId: string; returnTo?: string }): Promise<AuthorisationStart> {
  const integration = await getIntegrationOrThrow(input.integrationId);
  try {
    await preflightAuthorization(integration);
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    const code = problemCodeFor(error, integration.provider);
    await recordAuthorisationProblem(actor, integration.id, code);
    return { redirectTo: null, problem: describeProblem(code, integration.provider, redirectUrl()) };
  }
  const returnTo = safeReturnPath(input.returnTo);
  (await cookies()).set(FLOW_COOKIE, signFlow(integration.id, returnTo), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NODE_ENV === "production" && !appUrl().startsWith("http://"),
    maxAge: FLOW_MAX_AGE_S,
    path: "/",
  });
  const authorizeUrl = new URL(await remoteAuth.signIn(providerIdFor(integration.id), { redirectTo: returnTo, redirect: false }));
  const state = authorizeUrl.searchParams.get("state");
  if (state) authorizeUrl.searchParams.set("state", outgoingState(state));
  return { redirectTo: authorizeUrl.toString(), problem: null };
}

/**
 * The single redirect URL registered with every remote app. A callback of a flow a trusted
 * preview started is forwarded there untouched (nothing is exchanged on this deployment);
 * otherwise Auth.js, which expects `/auth/callback/<provider>`, gets the request for the provider
 * the flow cookie names, and any failure becomes a catalogue code the Integrations page explains.
 */
export async function finishAuthorisation(request: NextRequest): Promise<Response> {
  const origin = appOrigin();
  const incoming = incomingState(request.nextUrl.searchParams.get("state") ?? "");
  if (incoming.kind === "tampered") return NextResponse.redirect(new URL("/auth/refused?reason=tampered", origin), 303);
  if (incoming.kind === "elsewhere") {
    if (!isTrustedPreviewOrigin(incoming.origin)) return NextResponse.redirect(new URL("/auth/refused?reason=untrusted", origin), 303);
    return NextResponse.redirect(new URL(`/auth/callback${request.nextUrl.search}`, incoming.origin), 302);
  }

  const flow = readFlow(request.cookies.get(FLOW_COOKIE)?.value);
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
  forwarded.searchParams.set("state", incoming.state);
  const store: { error?: RemoteError } = {};
  const response = await callbackErrors.run(store, () => remoteAuth.handlers.GET(new NextRequest(forwarded, { headers: request.headers })));
  const location = response.headers.get("location");
  const failure = location ? new URL(location, origin).searchParams.get("error") : null;
  const result =
    failure || store.error
      ? back({ error: store.error?.code ?? codeForAuthJsError(failure), integration: integration.id })
      : back({ authorised: integration.id }, flow.returnTo);
  // Keep the state cookie clean-up and the session Auth.js asked for.
  for (const cookie of response.headers.getSetCookie()) result.headers.append("set-cookie", cookie);
  return result;
}
