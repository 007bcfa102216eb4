/** Intralinks auth: v2 OAuth (authorize/token/tokeninfo/revoke) and v3 IAM (authorize/token), spec §2. */
import { AuthorizeFlow } from "../shared/authorize-page";
import type { Ctx, Router } from "../shared/http";
import type { OAuthClient, TokenPair } from "../shared/oauth";
import { TWO_FACTOR_CODE } from "../shared/people";
import { INTRALINKS } from "./assumptions";
import type { IntralinksState } from "./state";

const V3 = "/v3/apis/il-iam/oauth";

function basicAuth(ctx: Ctx): { id: string; secret: string } | null {
  const m = /^Basic\s+(.+)$/i.exec(ctx.header("authorization") ?? "");
  if (!m) return null;
  const text = Buffer.from(m[1], "base64").toString("utf8");
  const i = text.indexOf(":");
  return i < 0 ? null : { id: text.slice(0, i), secret: text.slice(i + 1) };
}

const truthy = (v: string | null | undefined) => v === "true" || v === "1";

export function addAuthRoutes(r: Router, s: IntralinksState) {
  const flow = new AuthorizeFlow({
    brand: "Intralinks",
    twoFactorCode: TWO_FACTOR_CODE,
    authenticate: (email, password) => s.user(email)?.password === password,
    afterSignIn: () => null,
    afterTwoFactor: () => null,
    issueCode: (req, email) => s.oauth.issueCode(req.clientId, s.user(email)!.email, req.redirectUri, req.extra),
  });

  const registered = (c: OAuthClient) => (s.conditions.redirectNotRegistered ? [] : c.redirectUris);

  /**
   * Concurrent-login rule (spec §2.5): for a user who may not have two sessions, a new session while
   * another is live needs endOtherSessions=true, which then ends the others.
   */
  const sessionAllowed = (email: string, endOtherSessions: boolean, keepSession?: string): boolean => {
    const key = email.toLowerCase();
    if (!s.conditions.sessionConflict.some((e) => e.toLowerCase() === key)) return true;
    const elsewhere = s.signedInElsewhere.has(key) || s.oauth.otherSessions(email, keepSession).length > 0;
    if (!elsewhere) return true;
    if (!endOtherSessions) return false;
    s.signedInElsewhere.delete(key);
    s.oauth.endSessions(email, keepSession);
    return true;
  };

  // ---- v2 ----
  // assumption: an authorize refusal's wording is not a contract; `plainRefusalPages` keeps status and structure only
  const refuse = (ctx: Ctx, status: number, body: unknown) => ctx.sendJson(status, s.conditions.plainRefusalPages ? INTRALINKS.plainRefusal(status) : body);
  const v2Authorize = (ctx: Ctx) => {
    const q = ctx.query;
    const key = q.get("client_id") ?? "";
    const client = s.oauth.clients.get(key);
    if (!client || client.authVersion !== "v2") return refuse(ctx, 400, INTRALINKS.v2Errors.invalidKey(key));
    const uris = registered(client);
    if (uris.length === 0) return refuse(ctx, 400, INTRALINKS.v2Errors.redirectNotRegistered(key));
    const asked = q.get("redirect_uri");
    if (asked !== null && !uris.includes(asked)) return refuse(ctx, 400, INTRALINKS.v2Errors.redirectMismatch(asked));
    const endOtherSessions = truthy(q.get("endOtherSessions")) ? "true" : "false";
    return flow.start(ctx, { clientId: key, clientName: client.name, redirectUri: asked ?? uris[0], state: q.get("state") ?? undefined, extra: { endOtherSessions } });
  };
  r.add("GET", "/v2/oauth/authorize", v2Authorize);
  r.add("POST", "/v2/oauth/authorize", (ctx) => flow.post(ctx));

  const v2TokenBody = (pair: TokenPair) => ({
    access_token: pair.accessToken,
    token_type: "BearerToken",
    expires_in: Math.max(0, Math.round((pair.accessExpiresAt - Date.now()) / 1000) - 1),
    refresh_token: pair.refreshToken,
    refresh_token_expires_in: Math.max(0, Math.round((pair.refreshExpiresAt - Date.now()) / 1000) - 1),
    email: pair.email,
    flags: [] as Array<{ name: string }>,
  });

  r.add("POST", "/v2/oauth/token", async (ctx) => {
    const f = await ctx.form();
    const basic = basicAuth(ctx);
    const key = f.get("client_id") ?? basic?.id ?? "";
    const secret = f.get("client_secret") ?? basic?.secret;
    const client = s.oauth.clients.get(key);
    const send = (status: number, body: unknown) => ctx.sendJson(status, body, { "Cache-Control": "no-store" });
    if (!client || client.authVersion !== "v2") return send(400, INTRALINKS.v2Errors.invalidKey(key));
    if (client.secret !== secret) return send(401, INTRALINKS.v2Errors.invalidClient(key));
    const grant = f.get("grant_type") ?? "";
    const endOthers = truthy(f.get("endOtherSessions"));
    if (grant === "authorization_code") {
      const code = s.oauth.redeemCode(f.get("code") ?? "", key);
      if (typeof code === "string") return send(400, INTRALINKS.v2Errors.invalidGrant(`authorization code is ${code}`));
      if (!sessionAllowed(code.email, endOthers || code.extra.endOtherSessions === "true")) return send(403, INTRALINKS.concurrentLogin);
      return send(200, v2TokenBody(s.oauth.issue(key, code.email)));
    }
    if (grant === "refresh_token") {
      if (!client.allowRefresh) return send(400, INTRALINKS.v2Errors.unsupportedGrant(grant));
      const old = s.oauth.pairForRefresh(f.get("refresh_token") ?? "");
      if (old && !sessionAllowed(old.email, endOthers, old.sessionId)) return send(403, INTRALINKS.concurrentLogin);
      const pair = s.oauth.refresh(f.get("refresh_token") ?? "", key);
      if (typeof pair === "string") return send(400, INTRALINKS.v2Errors.invalidGrant(`refresh token is ${pair}`));
      return send(200, v2TokenBody(pair));
    }
    if (grant === "client_credentials") {
      // seen (spec §2.2): a password grant in disguise, with email + password form fields
      if (!client.allowClientCredentials) return send(400, INTRALINKS.v2Errors.unsupportedGrant(grant));
      const user = s.user(f.get("email") ?? "");
      if (!user || user.password !== f.get("password")) return send(403, INTRALINKS.badCredentials);
      if (!sessionAllowed(user.email, endOthers)) return send(403, INTRALINKS.concurrentLogin);
      const { refresh_token: _r, refresh_token_expires_in: _e, ...body } = v2TokenBody(s.oauth.issue(key, user.email));
      return send(200, body);
    }
    return send(400, INTRALINKS.v2Errors.unsupportedGrant(grant));
  });

  r.add("GET", "/v2/oauth/tokeninfo", (ctx) => {
    const token = /^Bearer\s+(.+)$/i.exec(ctx.header("authorization") ?? "")?.[1] ?? "";
    const check = s.oauth.check(token);
    if (check.status !== "ok") return ctx.sendJson(401, INTRALINKS.invalidToken(token));
    const pair = check.pair;
    const client = s.oauth.clients.get(pair.clientId)!;
    const asked = ctx.query.get("client_id");
    if (asked !== null && asked !== pair.clientId) return ctx.sendJson(400, INTRALINKS.v2Errors.invalidKey(asked));
    return ctx.sendJson(200, {
      access_token: pair.accessToken,
      token_type: "BearerToken",
      expires_in: Math.round((pair.accessExpiresAt - Date.now()) / 1000),
      status: "approved",
      scope: "ilservices",
      refresh_token: pair.refreshToken,
      refresh_token_expires_in: Math.round((pair.refreshExpiresAt - Date.now()) / 1000),
      redirect_url: client.redirectUris[0] ?? "",
      email: pair.email,
      app_name: client.name,
    });
  });

  const revoke = async (ctx: Ctx) => {
    const f = await ctx.form();
    const key = f.get("client_id") ?? "";
    const client = s.oauth.clients.get(key);
    if (!client) return ctx.sendJson(400, INTRALINKS.v2Errors.invalidKey(key));
    if (client.secret !== f.get("client_secret")) return ctx.sendJson(401, INTRALINKS.v2Errors.invalidClient(key));
    s.oauth.revokeToken(f.get("token") ?? "");
    return ctx.sendJson(200, { status: INTRALINKS.okStatus });
  };
  r.add("PUT", "/v2/oauth/revoke", revoke);
  r.add("POST", "/v2/oauth/revoke", revoke); // assumption (spec §2.3): POST accepted too

  // ---- v3 (assumed code flow, seen client_credentials) ----
  const invalidClientV3 = INTRALINKS.v3Error(401, "invalid_client", "Client authentication failed");

  r.add("GET", `${V3}/authorize`, (ctx) => {
    const q = ctx.query;
    const key = q.get("client_id") ?? "";
    const client = s.oauth.clients.get(key);
    if (!client || client.authVersion !== "v3") return refuse(ctx, 401, invalidClientV3);
    if (q.get("response_type") !== "code") return refuse(ctx, 400, INTRALINKS.v3Error(400, "unsupported_response_type", "response_type must be code"));
    const uris = registered(client);
    if (uris.length === 0) return refuse(ctx, 400, INTRALINKS.v3Error(400, "invalid_request", "No callback URL is registered for this client"));
    const asked = q.get("redirect_uri");
    if (asked !== null && !uris.includes(asked)) return refuse(ctx, 400, INTRALINKS.v3Error(400, "invalid_request", "redirect_uri does not match the registered callback URL"));
    const endOtherSessions = truthy(q.get("endOtherSessions")) ? "true" : "false";
    return flow.start(ctx, { clientId: key, clientName: client.name, redirectUri: asked ?? uris[0], state: q.get("state") ?? undefined, extra: { endOtherSessions } });
  });
  r.add("POST", `${V3}/authorize`, (ctx) => flow.post(ctx));

  r.add("POST", `${V3}/token`, async (ctx) => {
    const send = (status: number, body: unknown) => ctx.sendJson(status, body, { "Cache-Control": "no-store" });
    const basic = basicAuth(ctx);
    const client = basic ? s.oauth.clients.get(basic.id) : undefined;
    if (!basic || !client || client.authVersion !== "v3" || client.secret !== basic.secret) return send(401, invalidClientV3);
    const data = (((await ctx.json()) as { data?: Record<string, unknown> } | undefined)?.data ?? {}) as Record<string, string | boolean | undefined>;
    const endOthers = data.endOtherSessions === true || data.endOtherSessions === "true";
    const body = (pair: TokenPair, withRefresh = true) => ({
      data: {
        accessToken: pair.accessToken,
        ...(withRefresh ? { refreshToken: pair.refreshToken } : {}),
        expiresIn: Math.round((pair.accessExpiresAt - Date.now()) / 1000),
        tokenType: "Bearer",
      },
    });
    const grant = String(data.grant_type ?? "");
    const invalidGrant = (what: string) => send(400, INTRALINKS.v3Error(400, "invalid_grant", what));
    if (grant === "authorization_code") {
      const code = s.oauth.redeemCode(String(data.code ?? ""), client.id);
      if (typeof code === "string") return invalidGrant(`authorization code is ${code}`);
      if (data.redirect_uri !== undefined && data.redirect_uri !== code.redirectUri) return invalidGrant("redirect_uri does not match the authorization request");
      if (!sessionAllowed(code.email, endOthers || code.extra.endOtherSessions === "true")) return send(403, INTRALINKS.concurrentLogin);
      return send(200, body(s.oauth.issue(client.id, code.email)));
    }
    if (grant === "refresh_token") {
      if (!client.allowRefresh) return send(400, INTRALINKS.v3Error(400, "unsupported_grant_type", "refresh_token is not enabled"));
      const old = s.oauth.pairForRefresh(String(data.refresh_token ?? ""));
      if (old && !sessionAllowed(old.email, endOthers, old.sessionId)) return send(403, INTRALINKS.concurrentLogin);
      const pair = s.oauth.refresh(String(data.refresh_token ?? ""), client.id);
      if (typeof pair === "string") return invalidGrant(`refresh token is ${pair}`);
      return send(200, body(pair));
    }
    if (grant === "client_credentials") {
      if (!client.allowClientCredentials || !client.serviceEmail) return send(400, INTRALINKS.v3Error(400, "unsupported_grant_type", "client_credentials is not enabled"));
      return send(200, body(s.oauth.issue(client.id, client.serviceEmail), false));
    }
    return send(400, INTRALINKS.v3Error(400, "unsupported_grant_type", `unsupported grant_type ${grant}`));
  });
}
