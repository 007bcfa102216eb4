/** The Intralinks emulator: v2/v3 auth and the v2 workspace API on one base URL. */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ControlClient, type RunningEmulator } from "../shared/control-client";
import { controlRouter } from "../shared/control";
import { FaultInjector } from "../shared/faults";
import { listen, Router, type Ctx } from "../shared/http";
import { PEOPLE } from "../shared/people";
import { pipeline } from "../shared/pipeline";
import { addResourceRoutes, authenticate, IntralinksError, type Caller } from "./api";
import { INTRALINKS } from "./assumptions";
import { addAuthRoutes } from "./auth";
import { IntralinksState, type IntralinksConditions, type Permission } from "./state";

export interface IntralinksEmulatorOptions {
  port?: number;
  controlToken?: string;
  /** callback URLs registered for the demo apps (v2 and v3 keys) */
  redirectUris?: string[];
}

export interface IntralinksFileAttrs {
  drm?: "NONE" | "NOSAVE" | "NOSAVENOPRINT";
  canDownload?: boolean;
}

export type IntralinksEmulator = RunningEmulator<IntralinksConditions, IntralinksFileAttrs> & { state: IntralinksState };

const conditionsSchema = z
  .object({
    unreachable: z.boolean(),
    errorsIn200: z.boolean(),
    redirectNotRegistered: z.boolean(),
    plainRefusalPages: z.boolean(),
    sessionConflict: z.array(z.string()),
    restrictedWorkspaces: z.record(z.string(), z.array(z.string())),
    encryptedWorkspaces: z.array(z.number().int()),
  })
  .partial()
  .strict();

const fileAttrs = z.object({ drm: z.enum(["NONE", "NOSAVE", "NOSAVENOPRINT"]).optional(), canDownload: z.boolean().optional() }).strict();

export async function startIntralinksEmulator(opts: IntralinksEmulatorOptions = {}): Promise<IntralinksEmulator> {
  const s = new IntralinksState({ redirectUris: opts.redirectUris ?? [] });
  await s.reset();
  const controlToken = opts.controlToken ?? randomBytes(16).toString("hex");
  const faults = new FaultInjector();
  const counters = new Map<string, number>();
  const app = new Router();

  const api =
    (h: (ctx: Ctx, caller: Caller) => unknown) =>
    async (ctx: Ctx): Promise<unknown> => {
      try {
        return await h(ctx, authenticate(ctx, s));
      } catch (e) {
        if (!(e instanceof IntralinksError)) throw e;
        // seen (spec §6): errors may arrive with HTTP 200 and the error node in the body
        const status = s.conditions.errorsIn200 && (e.status === 400 || e.status === 403) ? 200 : e.status;
        return ctx.sendJson(status, e.body);
      }
    };

  addAuthRoutes(app, s);
  addResourceRoutes(app, s, api);

  const control = controlRouter({
    tree: () => s.tree,
    oauth: () => s.oauth,
    faults,
    counters,
    actor: PEOPLE.alice.email,
    fileAttrs,
    topParent: (wid) => {
      if (!s.workspaces.has(wid)) throw new Error(`workspace ${wid} does not exist`);
      return null;
    },
    reset: async () => {
      await s.reset();
      faults.clear();
      counters.clear();
    },
    state: () => ({
      users: s.users.map(({ password: _p, ...u }) => u),
      workspaces: [...s.workspaces.values()].map((w) => ({ id: w.id, name: w.name, phase: w.phase, securityLevel: w.securityLevel, members: Object.fromEntries(w.members), gatekeepers: w.gatekeepers })),
      lifetimes: s.oauth.lifetimes,
      conditions: s.conditions,
    }),
    conditions: () => s.conditions,
    setConditions: (patch) => {
      const parsed = conditionsSchema.parse(patch ?? {});
      if (parsed.sessionConflict) {
        s.signedInElsewhere = new Set(parsed.sessionConflict.map((e) => e.toLowerCase()));
      }
      s.conditions = { ...s.conditions, ...parsed };
      return s.conditions;
    },
    grantAccess: (email, wid, role) => {
      const w = s.workspaces.get(wid);
      if (!w) throw new Error(`workspace ${wid} does not exist`);
      if (!s.user(email)) throw new Error(`user ${email} does not exist`);
      const p = (role ?? "SEE") as Permission;
      if (p !== "SEE" && p !== "CONTROL") throw new Error("role must be SEE or CONTROL");
      w.members.set(email.toLowerCase(), p);
    },
    removeAccess: (email, wid) => {
      const w = s.workspaces.get(wid);
      if (!w) throw new Error(`workspace ${wid} does not exist`);
      w.members.delete(email.toLowerCase());
    },
  });

  const listening = await listen(
    pipeline({
      controlToken,
      control,
      app,
      faults,
      counters,
      unreachable: () => s.conditions.unreachable,
      notFound: (ctx) => ctx.sendJson(404, { errors: [{ code: 404, subCode: "404", message: "Resource not found" }] }),
      methodNotAllowed: (ctx) => ctx.sendJson(405, { errors: [{ code: 405, subCode: "405", message: "Method not allowed" }] }),
      // assumption (spec §6, seen in the SDK notebook as a 400/3-1 inside a 200): the real API sends
      // "cannot find entity" inside a 200 now and then for a call that succeeds when repeated
      errorIn200Response: (ctx) => ctx.sendJson(200, INTRALINKS.notFound),
      faultResponse: (ctx, status, retryAfter) => {
        const headers: Record<string, string> = retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) };
        if (status === 429) return ctx.sendJson(429, INTRALINKS.rateLimited, headers);
        if (status === 500) return ctx.send(500, INTRALINKS.serverErrorXml(randomBytes(6).toString("hex")), { "Content-Type": "application/xml", ...headers });
        // proxy errors come back as HTML (seen for 504, spec §6)
        const title = status === 502 ? "Bad Gateway" : status === 503 ? "Service Unavailable" : "Gateway Timeout";
        return ctx.send(status, `<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>`, { "Content-Type": "text/html", ...headers });
      },
    }),
    opts.port ?? 0,
  );
  return {
    url: listening.url,
    controlToken,
    control: new ControlClient<IntralinksConditions, IntralinksFileAttrs>(listening.url, controlToken),
    state: s,
    close: listening.close,
  };
}
