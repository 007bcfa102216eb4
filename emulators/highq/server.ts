/** The HighQ Collaborate emulator: OAuth + REST + iSheets under one instance path. */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AuthorizeFlow, errorPage } from "../shared/authorize-page";
import type { RunningEmulator } from "../shared/control-client";
import { HighQControlClient } from "./control-client";
import { controlRouter } from "../shared/control";
import { FaultInjector } from "../shared/faults";
import { listen, Router, type Ctx } from "../shared/http";
import { PEOPLE, TWO_FACTOR_CODE } from "../shared/people";
import { CONTROL_PREFIX, pipeline } from "../shared/pipeline";
import { addRestRoutes } from "./api";
import { HIGHQ } from "./assumptions";
import { addSheetRoutes } from "./isheets";
import { errorBody, fail, HighQError, sendJson, type Caller, authenticate } from "./respond";
import { HighQState, type HighQConditions, type HighQOptions, type Role } from "./state";

export const HIGHQ_DEFAULTS = { instance: "demo", clientId: "1012", clientSecret: "ferryhighqdemoclientsecret000001" } as const;

export interface HighQEmulatorOptions {
  port?: number;
  controlToken?: string;
  /** redirect URIs registered for the demo client (besides none: an empty list accepts any) */
  redirectUris?: string[];
  instance?: string;
}

export type HighQEmulator = RunningEmulator<HighQConditions> & { instanceUrl: string; control: HighQControlClient; state: HighQState };

const WRONG_REGISTRATION = ["https://registered.invalid/auth/callback"];

const conditionsSchema = z
  .object({
    unreachable: z.boolean(),
    redirectMismatch: z.boolean(),
    sessionConflict: z.boolean(),
    twoFactor: z.boolean(),
    ipRestricted: z.boolean(),
    oneItemListAsObject: z.boolean(),
    plainRefusalPages: z.boolean(),
    siteRestrictions: z.record(z.string(), z.enum(["password", "ip", "terms", "drm"])),
  })
  .partial()
  .strict();

export async function startHighQEmulator(opts: HighQEmulatorOptions = {}): Promise<HighQEmulator> {
  const options: HighQOptions = {
    instance: opts.instance ?? HIGHQ_DEFAULTS.instance,
    clientId: HIGHQ_DEFAULTS.clientId,
    clientSecret: HIGHQ_DEFAULTS.clientSecret,
    redirectUris: opts.redirectUris ?? [],
  };
  const s = new HighQState(options);
  await s.reset();
  const controlToken = opts.controlToken ?? randomBytes(16).toString("hex");
  const faults = new FaultInjector();
  const counters = new Map<string, number>();
  const brand = "HighQ Collaborate";

  const app = new Router();
  const sendError = (ctx: Ctx, e: HighQError) =>
    sendJson(ctx, s, e.status, errorBody(ctx, options.instance, e.ref, e.summary));

  const api =
    (h: (ctx: Ctx, caller: Caller) => unknown) =>
    async (ctx: Ctx): Promise<unknown> => {
      const v = Number(ctx.params.v);
      if (!Number.isInteger(v) || v < HIGHQ.versions.min || v > HIGHQ.versions.max) return notFound(ctx);
      try {
        // assumption (spec §3): JSON only when asked for; downloads are raw bytes
        if (!ctx.url.pathname.endsWith("/content") && !(ctx.header("accept") ?? "").includes("application/json")) throw fail(HIGHQ.errors.notAcceptable);
        return await h(ctx, authenticate(ctx, s));
      } catch (e) {
        if (e instanceof HighQError) return sendError(ctx, e);
        throw e;
      }
    };

  const notFound = (ctx: Ctx) => ctx.sendHtml(404, "<!doctype html><title>404 Not Found</title><h1>Not Found</h1><p>The requested URL was not found on this server.</p>");

  // ---- OAuth (spec §2) ----
  const flow = new AuthorizeFlow({
    brand,
    twoFactorCode: TWO_FACTOR_CODE,
    authenticate: (email, password) => s.user(email)?.password === password,
    afterSignIn: () => (s.conditions.sessionConflict ? HIGHQ.authorizeRefusals.sessionConflict : s.conditions.twoFactor ? "two-factor" : null),
    afterTwoFactor: () => HIGHQ.authorizeRefusals.twoFactor,
    issueCode: (req, email) => s.oauth.issueCode(req.clientId, s.user(email)!.email, req.redirectUri),
  });

  const registeredUris = (id: string) => (s.conditions.redirectMismatch ? WRONG_REGISTRATION : (s.oauth.clients.get(id)?.redirectUris ?? []));

  app.add("GET", "/authorize.action", (ctx) => {
    const q = ctx.query;
    const client = s.oauth.clients.get(q.get("client_id") ?? "");
    const show = (status: number, title: string, msg: string) => {
      // assumption: a real instance's refusal page may say anything; only its status is relied on
      const e = s.conditions.plainRefusalPages ? errorPage(brand, status, HIGHQ.plainRefusal.title, HIGHQ.plainRefusal.message) : errorPage(brand, status, title, msg);
      return ctx.sendHtml(e.status, e.html);
    };
    if (!client) return show(400, "Unknown application", "The client_id is not registered on this HighQ instance.");
    if (q.get("response_type") !== "code") return show(400, "Invalid request", "response_type must be 'code'.");
    const redirectUri = q.get("redirect_uri") ?? "";
    let valid = false;
    try {
      valid = Boolean(new URL(redirectUri));
    } catch {
      valid = false;
    }
    if (!valid) return show(400, "Invalid request", "A valid redirect_uri is required.");
    const registered = registeredUris(client.id);
    // an empty registration accepts any redirect URL (the reference's "leave it empty" workaround)
    if (registered.length > 0 && !registered.includes(redirectUri))
      return show(400, "Redirect URL mismatch", `The redirect_uri ${redirectUri} does not match the redirect URL registered for ${client.name}.`);
    return flow.start(ctx, { clientId: client.id, clientName: client.name, redirectUri, state: q.get("state") ?? undefined, extra: {} });
  });
  app.add("POST", "/authorize.action", (ctx) => flow.post(ctx));

  app.add("POST", "/api/oauth2/token", async (ctx) => {
    const answer = (status: number, body: unknown) => ctx.sendJson(status, body, { "Cache-Control": "no-store" });
    if (s.conditions.ipRestricted) return sendError(ctx, fail(HIGHQ.errors.ipNotRegistered));
    const f = await ctx.form();
    const client = s.oauth.clients.get(f.get("client_id") ?? "");
    if (!client || client.secret !== f.get("client_secret")) return answer(HIGHQ.tokenErrors.invalidClient.status, HIGHQ.tokenErrors.invalidClient.body);
    const grant = f.get("grant_type");
    let pair;
    if (grant === "authorization_code") {
      const code = s.oauth.redeemCode(f.get("code") ?? "", client.id);
      if (typeof code === "string") {
        const e = HIGHQ.tokenErrors.invalidGrant(`authorization code is ${code}`);
        return answer(e.status, e.body);
      }
      const redirectUri = f.get("redirect_uri");
      // redirect_uri is optional here (spec §2.2); when sent it must match the one the code was issued for
      if (redirectUri !== null && redirectUri !== code.redirectUri) {
        const e = HIGHQ.tokenErrors.invalidGrant("redirect_uri does not match the authorization request");
        return answer(e.status, e.body);
      }
      pair = s.oauth.issue(client.id, code.email);
    } else if (grant === "refresh_token") {
      const next = s.oauth.refresh(f.get("refresh_token") ?? "", client.id);
      if (typeof next === "string") {
        const e = HIGHQ.tokenErrors.invalidGrant(`refresh token is ${next}`);
        return answer(e.status, e.body);
      }
      pair = next;
    } else return answer(HIGHQ.tokenErrors.unsupportedGrant.status, HIGHQ.tokenErrors.unsupportedGrant.body);
    const now = Date.now();
    return answer(200, {
      access_token: pair.accessToken,
      token_type: "bearer",
      expires_in: Math.round((pair.accessExpiresAt - now) / 1000),
      refresh_token: pair.refreshToken,
      refresh_token_expires_in: Math.round((pair.refreshExpiresAt - now) / 1000),
      useremail: pair.email,
    });
  });

  addRestRoutes(app, s, api);
  addSheetRoutes(app, s, api);

  const control = controlRouter({
    tree: () => s.tree,
    oauth: () => s.oauth,
    faults,
    counters,
    actor: PEOPLE.alice.email,
    topParent: (siteId) => {
      const site = s.sites.get(siteId);
      if (!site) throw new Error(`site ${siteId} does not exist`);
      return site.rootFolderId;
    },
    fileAttrs: z.record(z.string(), z.unknown()),
    reset: async () => {
      await s.reset();
      faults.clear();
      counters.clear();
    },
    state: () => ({
      instance: options.instance,
      users: s.users.map(({ password: _p, ...u }) => u),
      sites: [...s.sites.values()].map((x) => ({ id: x.id, name: x.name, rootFolderId: x.rootFolderId, status: x.status, members: Object.fromEntries(x.members) })),
      sheets: [...s.sheets.values()].map((x) => ({ id: x.id, siteId: x.siteId, name: x.name, items: x.items.size })),
      lifetimes: s.oauth.lifetimes,
      conditions: s.conditions,
    }),
    conditions: () => s.conditions,
    setConditions: (patch) => {
      const parsed = conditionsSchema.parse(patch ?? {});
      s.conditions = { ...s.conditions, ...parsed };
      return s.conditions;
    },
    grantAccess: (email, siteId, role) => {
      const site = s.sites.get(siteId);
      if (!site) throw new Error(`site ${siteId} does not exist`);
      if (!s.user(email)) throw new Error(`user ${email} does not exist`);
      const r = (role ?? "Member") as Role;
      if (!["Admin", "Member", "Read only"].includes(r)) throw new Error("role must be Admin, Member or Read only");
      site.members.set(email.toLowerCase(), r);
    },
    removeAccess: (email, siteId) => {
      const site = s.sites.get(siteId);
      if (!site) throw new Error(`site ${siteId} does not exist`);
      site.members.delete(email.toLowerCase());
    },
  });
  // HighQ only: empties an iSheet, so a benchmark round (in another process) starts from no rows.
  control.add("DELETE", `${CONTROL_PREFIX}/sheets/:id/items`, (ctx) => {
    const sheet = s.sheets.get(Number(ctx.params.id));
    if (!sheet) return ctx.sendJson(404, { error: `sheet ${ctx.params.id} does not exist` });
    sheet.items.clear();
    return ctx.sendJson(200, { ok: true });
  });

  const prefix = `/${options.instance}`;
  const listening = await listen(
    pipeline({
      controlToken,
      control,
      app,
      faults,
      counters,
      mount: (path) => (path === prefix ? "/" : path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null),
      unreachable: () => s.conditions.unreachable,
      notFound,
      methodNotAllowed: (ctx) => sendJson(ctx, s, 405, errorBody(ctx, options.instance, 405, "Method not allowed")),
      faultResponse: (ctx, status, retryAfter) => {
        const summary = status === 429 ? HIGHQ.errors.rateLimited.summary : status === 502 ? "Bad gateway" : status === 503 ? "Service unavailable" : "Internal server error";
        return ctx.sendJson(status, errorBody(ctx, options.instance, status, summary), retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) });
      },
    }),
    opts.port ?? 0,
  );
  return {
    url: listening.url,
    instanceUrl: `${listening.url}${prefix}`,
    controlToken,
    control: new HighQControlClient(listening.url, controlToken),
    state: s,
    close: listening.close,
  };
}
