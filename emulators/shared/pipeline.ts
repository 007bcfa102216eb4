/**
 * The request pipeline both emulators share: control API (token-guarded, loopback only),
 * the "unreachable host" switch, request counters, injected faults, then the emulator's routes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultInjector } from "./faults";
import { Ctx, isLoopback, type Router } from "./http";

export const CONTROL_PREFIX = "/_control";

export interface PipelineOptions {
  controlToken: string;
  control: Router;
  app: Router;
  faults: FaultInjector;
  counters: Map<string, number>;
  /** maps the request path to a path for `app`, or null for "no such instance" */
  mount?: (path: string) => string | null;
  unreachable: () => boolean;
  notFound: (ctx: Ctx) => Promise<void>;
  methodNotAllowed: (ctx: Ctx) => Promise<void>;
  /** body and headers an injected 429/5xx answers with, in the emulator's own error format */
  faultResponse: (ctx: Ctx, status: number, retryAfter?: number) => Promise<void>;
  /** the answer of an `errorIn200` fault; emulators without one ignore that kind */
  errorIn200Response?: (ctx: Ctx) => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function pipeline(o: PipelineOptions) {
  async function handle(ctx: Ctx): Promise<void> {
    const method = ctx.req.method ?? "GET";
    const path = ctx.url.pathname;
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      if (!isLoopback(ctx.req.socket.remoteAddress)) return ctx.sendJson(403, { error: "control API is local only" });
      if (ctx.header("x-emulator-token") !== o.controlToken) return ctx.sendJson(401, { error: "missing or wrong x-emulator-token" });
      const m = o.control.match(method, path);
      if (!m) return ctx.sendJson(404, { error: `no control endpoint ${method} ${path}` });
      if (m === "method") return ctx.sendJson(405, { error: `method ${method} not allowed on ${path}` });
      ctx.params = m.params;
      try {
        await m.route.handler(ctx);
      } catch (e) {
        if (!ctx.res.headersSent) await ctx.sendJson(400, { error: e instanceof Error ? e.message : String(e) });
      }
      return;
    }
    // A host that cannot be reached: the connection dies without an answer.
    if (o.unreachable()) {
      ctx.req.socket.destroy();
      return;
    }
    const inner = o.mount ? o.mount(path) : path;
    const m = inner === null ? null : o.app.match(method, inner);
    const endpoint = m && m !== "method" ? `${method} ${m.route.path}` : "unmatched";
    o.counters.set(endpoint, (o.counters.get(endpoint) ?? 0) + 1);

    for (const fault of o.faults.take(method, path)) {
      if (fault.kind === "latency") await sleep(fault.ms ?? 1000);
      else if (fault.kind === "status") return o.faultResponse(ctx, fault.status ?? 503, fault.retryAfter);
      else if (fault.kind === "reset") ctx.bodyFault = { ...ctx.bodyFault, resetAfterBytes: fault.afterBytes ?? 0 };
      else if (fault.kind === "slowBody") ctx.bodyFault = { ...ctx.bodyFault, bytesPerSecond: fault.bytesPerSecond ?? 16_384 };
      else if (fault.kind === "errorIn200" && o.errorIn200Response && m && m !== "method") return o.errorIn200Response(ctx);
    }
    if (!m) return o.notFound(ctx);
    if (m === "method") return o.methodNotAllowed(ctx);
    ctx.params = m.params;
    await m.route.handler(ctx);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const ctx = new Ctx(req, res);
    handle(ctx).catch((e: unknown) => {
      console.error("[emulator] handler failed:", e);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" }).end("emulator error");
      else res.destroy();
    });
  };
}
