import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRemoteError, type RemoteError } from "./errors";
import { Semaphore } from "./host-slots";
import { HttpClient, isStreamResponse, networkErrorCode, parseRetryAfter, type RetryInfo } from "./http";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let origin: string;
let handlers: Handler[] = [];
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const handler = handlers.shift();
    if (handler) handler(req, res);
    else res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  const retries: RetryInfo[] = [];
  const http = new HttpClient({
    allowedHosts: [new URL(origin).host],
    maxRetryDelayMs: 2000,
    initialRetryDelayMs: 5,
    onRetry: (info) => retries.push(info),
    ...extra,
  });
  return { http, retries };
}

function setUp(...list: Handler[]) {
  handlers = list;
  hits = 0;
}

const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res.writeHead(code, { "content-type": "application/json", ...headers }).end('{"errors":[{"code":' + code + "}]}");

async function caught(promise: Promise<unknown>): Promise<RemoteError> {
  try {
    await promise;
  } catch (error) {
    if (isRemoteError(error)) return error;
    throw error;
  }
  throw new Error("expected a RemoteError");
}

describe("HttpClient retries", () => {
  it("waits exactly the Retry-After of a 429, then succeeds", async () => {
    setUp(status(429, { "retry-after": "1" }));
    const { http, retries } = client();
    const response = await http.json({ url: `${origin}/x` });
    expect(response.body).toEqual({ ok: true });
    expect(retries).toEqual([expect.objectContaining({ attempt: 1, delayMs: 1000, reason: "HTTP 429" })]);
    expect(hits).toBe(2);
  });

  it("does not shorten a long Retry-After: RATE_LIMITED carries it for the scheduler", async () => {
    setUp(status(429, { "retry-after": "120" }));
    const { http } = client();
    const error = await caught(http.json({ url: `${origin}/x` }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.retryable).toBe(true);
    expect(hits).toBe(1);
  });

  it("backs off exponentially on 502/503/504 and gives up after maxTries", async () => {
    setUp(status(503), status(502), status(504), status(503));
    const { http, retries } = client({ maxTries: 3 });
    const error = await caught(http.json({ url: `${origin}/x` }));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.status).toBe(504);
    expect(error.retryable).toBe(true);
    expect(hits).toBe(3);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    expect(retries[1].delayMs).toBeGreaterThanOrEqual(5);
    expect(retries[1].delayMs).toBeLessThanOrEqual(10);
  });

  it("recovers from a 5xx followed by success", async () => {
    setUp(status(502));
    const { http } = client();
    expect((await http.json({ url: `${origin}/x` })).status).toBe(200);
    expect(hits).toBe(2);
  });

  it("does not repeat a POST after a 502 (it may have been processed)", async () => {
    setUp(status(502));
    const { http } = client();
    const response = await http.json({ url: `${origin}/x`, method: "POST", body: "{}" });
    expect(response.status).toBe(502);
    expect(hits).toBe(1);
  });

  it("retries a GET whose connection is reset before the answer", async () => {
    setUp((req) => req.socket.destroy());
    const { http, retries } = client();
    expect((await http.json({ url: `${origin}/x` })).body).toEqual({ ok: true });
    expect(retries).toHaveLength(1);
  });

  it("reports a host that never answers within the timeout as unreachable", async () => {
    setUp(() => undefined, () => undefined);
    const { http } = client({ timeoutMs: 100, maxTries: 2 });
    const error = await caught(http.json({ url: `${origin}/x` }));
    expect(error.code).toBe("HOST_UNREACHABLE");
    expect(error.message).toMatch(/did not answer in time \(2 tries\)/);
  });

  it("reports a host that drops every connection as unreachable", async () => {
    const drop: Handler = (req) => req.socket.destroy();
    setUp(drop, drop, drop);
    const { http } = client({ maxTries: 3 });
    expect((await caught(http.json({ url: `${origin}/x` }))).code).toBe("HOST_UNREACHABLE");
    expect(hits).toBe(3);
  });

  it("calls a connection dropped while reading an answer a transient remote error", async () => {
    const partial: Handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"a":');
      setTimeout(() => res.socket?.destroy(), 10);
    };
    setUp(partial, partial);
    const { http } = client({ maxTries: 2 });
    const error = await caught(http.json({ url: `${origin}/x` }));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("maps a refused connection to HOST_UNREACHABLE without retrying", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { http, retries } = client({ allowedHosts: [`127.0.0.1:${port}`] });
    const error = await caught(http.json({ url: `http://127.0.0.1:${port}/` }));
    expect(error.code).toBe("HOST_UNREACHABLE");
    expect(error.details.remoteCode).toBe("ECONNREFUSED");
    expect(retries).toHaveLength(0);
  });

  it("refuses a host that is not allowed before sending anything", async () => {
    setUp();
    const http = new HttpClient({ allowedHosts: [] });
    expect((await caught(http.json({ url: `${origin}/x` }))).code).toBe("HOST_UNREACHABLE");
    expect(hits).toBe(0);
  });
});

describe("HttpClient streams", () => {
  async function readAll(body: ReadableStream<Uint8Array>): Promise<number> {
    const reader = body.getReader();
    let total = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) total += chunk.value.byteLength;
    return total;
  }

  it("streams a body through", async () => {
    setUp((_req, res) => res.writeHead(200, { "content-length": "6" }).end("abcdef"));
    const { http } = client();
    const response = await http.stream({ url: `${origin}/file` });
    if (!isStreamResponse(response)) throw new Error("expected a stream");
    expect(response.size).toBe(6);
    expect(await readAll(response.body)).toBe(6);
  });

  it("errors the stream when the connection resets mid-download (never a short file)", async () => {
    setUp((_req, res) => {
      res.writeHead(200, { "content-length": "100000" });
      res.write(Buffer.alloc(1000));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const { http } = client();
    const response = await http.stream({ url: `${origin}/file` });
    if (!isStreamResponse(response)) throw new Error("expected a stream");
    const error = await caught(readAll(response.body));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("lets the caller's abort cancel a download as an abort, not a remote error", async () => {
    setUp((_req, res) => {
      res.writeHead(200, { "content-length": "100000" });
      res.write(Buffer.alloc(1000));
    });
    const { http } = client();
    const controller = new AbortController();
    const response = await http.stream({ url: `${origin}/file`, signal: controller.signal });
    if (!isStreamResponse(response)) throw new Error("expected a stream");
    const reading = readAll(response.body);
    controller.abort(new Error("user cancelled"));
    await expect(reading).rejects.toThrow("user cancelled");
  });

  it("hands error answers back as parsed bodies", async () => {
    setUp(status(404));
    const { http } = client();
    const response = await http.stream({ url: `${origin}/file` });
    expect(isStreamResponse(response)).toBe(false);
    expect(response.body).toEqual({ errors: [{ code: 404 }] });
  });
});

describe("HttpClient request slots", () => {
  it("takes one of the given slots per JSON request and none for a stream, whose caller holds one", async () => {
    const slots = new Semaphore(1);
    const { http } = client({ requestSlots: slots });
    const release = await slots.acquire();
    hits = 0;
    const answer = http.json({ url: `${origin}/a` });
    expect(slots.queued).toBe(1);
    const streamed = await http.stream({ url: `${origin}/file` });
    expect(isStreamResponse(streamed)).toBe(true);
    if (isStreamResponse(streamed)) await streamed.body.cancel();
    expect(hits).toBe(1);
    release();
    expect((await answer).body).toEqual({ ok: true });
    expect([hits, slots.inUse, slots.queued]).toEqual([2, 0, 0]);
  });
});

describe("helpers", () => {
  it("parses Retry-After seconds and dates", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });

  it("finds the system error code inside undici's nested causes", () => {
    const inner = Object.assign(new Error("connect"), { code: "ECONNREFUSED" });
    const error = new TypeError("fetch failed", { cause: new AggregateError([inner]) });
    expect(networkErrorCode(error)).toBe("ECONNREFUSED");
  });
});
