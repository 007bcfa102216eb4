/** Minimal HTTP plumbing shared by both emulators: routing, body parsing, and fault-aware sending. */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (ctx: Ctx) => unknown | Promise<unknown>;

export interface Route {
  method: string;
  /** e.g. "/api/:v/files/:id/content"; also the counter name of the endpoint */
  path: string;
  handler: Handler;
}

/** How the body of this response must be damaged (set by an injected fault). */
export interface BodyFault {
  resetAfterBytes?: number;
  bytesPerSecond?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function waitDrain(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

export class Ctx {
  readonly url: URL;
  params: Record<string, string> = {};
  bodyFault: BodyFault | null = null;
  private rawBody: Promise<Buffer> | null = null;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    this.url = new URL(req.url ?? "/", "http://127.0.0.1");
  }

  get query(): URLSearchParams {
    return this.url.searchParams;
  }

  header(name: string): string | undefined {
    const v = this.req.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  }

  bytes(): Promise<Buffer> {
    this.rawBody ??= new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      this.req.on("data", (c: Buffer) => parts.push(c));
      this.req.on("end", () => resolve(Buffer.concat(parts)));
      this.req.on("error", reject);
    });
    return this.rawBody;
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString("utf8");
  }

  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  async json(): Promise<unknown> {
    const t = await this.text();
    if (!t.trim()) return undefined;
    try {
      return JSON.parse(t);
    } catch {
      return undefined;
    }
  }

  /** Form fields from the query string merged with an urlencoded body (body wins). */
  async form(): Promise<URLSearchParams> {
    const merged = new URLSearchParams(this.url.searchParams);
    if ((this.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
      for (const [k, v] of new URLSearchParams(await this.text())) merged.set(k, v);
    }
    return merged;
  }

  /** Send a response; a body may be a buffer or a stream of chunks (always with Content-Length). */
  async send(
    status: number,
    body: Buffer | string | AsyncIterable<Buffer> | Iterable<Buffer>,
    headers: Record<string, string | number> = {},
    length?: number,
  ): Promise<void> {
    const buf = typeof body === "string" ? Buffer.from(body) : Buffer.isBuffer(body) ? body : null;
    const size = buf ? buf.length : length;
    const res = this.res;
    res.writeHead(status, size === undefined ? headers : { ...headers, "Content-Length": size });
    const chunks: AsyncIterable<Buffer> | Iterable<Buffer> = buf ? [buf] : (body as AsyncIterable<Buffer>);
    const fault = this.bodyFault;
    let sent = 0;
    for await (const chunk of chunks) {
      if (res.destroyed) return;
      let piece = chunk;
      if (fault?.resetAfterBytes !== undefined && sent + piece.length >= fault.resetAfterBytes) {
        piece = piece.subarray(0, Math.max(0, fault.resetAfterBytes - sent));
        // flush what is allowed, then kill the socket: the client must see an error, not a short file
        await new Promise<void>((resolve) => res.write(piece, () => resolve()));
        res.socket?.destroy();
        return;
      }
      if (fault?.bytesPerSecond) {
        const step = Math.max(1, Math.floor(fault.bytesPerSecond / 10));
        for (let i = 0; i < piece.length && !res.destroyed; i += step) {
          res.write(piece.subarray(i, i + step));
          await sleep(100);
        }
      } else if (!res.write(piece)) await waitDrain(res);
      sent += piece.length;
    }
    res.end();
  }

  sendJson(status: number, value: unknown, headers: Record<string, string> = {}): Promise<void> {
    return this.send(status, JSON.stringify(value), { "Content-Type": "application/json; charset=utf-8", ...headers });
  }

  sendHtml(status: number, html: string): Promise<void> {
    return this.send(status, html, { "Content-Type": "text/html; charset=utf-8" });
  }

  redirect(location: string, status = 302): Promise<void> {
    return this.send(status, "", { Location: location });
  }
}

export class Router {
  private readonly routes: Array<Route & { parts: string[] }> = [];

  add(method: string, path: string, handler: Handler): this {
    this.routes.push({ method, path, handler, parts: path.split("/").filter(Boolean) });
    return this;
  }

  /** First route whose literal segments and method match; params filled in. */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | "method" | null {
    const segs = path.split("/").filter(Boolean);
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segs.length && ok; i++) {
        if (r.parts[i].startsWith(":")) params[r.parts[i].slice(1)] = decodeURIComponent(segs[i]);
        else ok = r.parts[i] === segs[i];
      }
      if (!ok) continue;
      if (r.method !== method) {
        pathMatched = true;
        continue;
      }
      return { route: r, params };
    }
    return pathMatched ? "method" : null;
  }
}

export interface Listening {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1 only; port 0 picks a free port. */
export function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, port: number): Promise<Listening> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: real } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${real}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export const isLoopback = (addr: string | undefined) =>
  addr === "127.0.0.1" || addr === "::1" || addr === "::ffff:127.0.0.1";
