/** Helpers for the emulator conformance tests: sign in through the real pages and get tokens. */
import { demo } from "./index";
import { signInThroughAuthorizePage } from "./shared/browser";

export const CALLBACK = "http://127.0.0.1:3999/auth/callback";
export const { alice, ben, chloe, dana } = {
  alice: demo.users[0],
  ben: demo.users[1],
  chloe: demo.users[2],
  dana: demo.users[3],
};

export function highqAuthorizeUrl(instanceUrl: string, extra: Record<string, string> = {}) {
  const q = new URLSearchParams({ response_type: "code", client_id: demo.highq.clientId, redirect_uri: CALLBACK, state: "st-1", ...extra });
  return `${instanceUrl}/authorize.action?${q}`;
}

export async function highqCode(instanceUrl: string, email = alice.email): Promise<string> {
  const step = await signInThroughAuthorizePage(highqAuthorizeUrl(instanceUrl), { email, password: demo.users[0].password });
  const code = step.location ? new URL(step.location).searchParams.get("code") : null;
  if (!code) throw new Error(`no code: ${step.status} ${step.location ?? step.html.slice(0, 200)}`);
  return code;
}

export async function highqTokenRequest(instanceUrl: string, fields: Record<string, string>) {
  const res = await fetch(`${instanceUrl}/api/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({ client_id: demo.highq.clientId, client_secret: demo.highq.clientSecret, ...fields }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function highqToken(instanceUrl: string, email = alice.email): Promise<{ access_token: string; refresh_token: string }> {
  const code = await highqCode(instanceUrl, email);
  const res = await highqTokenRequest(instanceUrl, { grant_type: "authorization_code", code, redirect_uri: CALLBACK });
  return res.body as { access_token: string; refresh_token: string };
}

export const hqGet = (instanceUrl: string, token: string, path: string) =>
  fetch(`${instanceUrl}/api/5${path}`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });

/** Intralinks access token through the v2 password grant (tests only, spec §2.2). */
export async function intralinksToken(url: string, email = alice.email, extra: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/v2/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: demo.intralinks.v2.apiKey,
      client_secret: demo.intralinks.v2.apiSecret,
      email,
      password: demo.users[0].password,
      ...extra,
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${res.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

export const ilGet = (url: string, token: string, path: string, init: RequestInit = {}) =>
  fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(init.headers ?? {}) } });

export async function enter(url: string, token: string, wid: number) {
  return ilGet(url, token, `/v2/workspaces/${wid}/splash`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ acceptSplash: true }) });
}
