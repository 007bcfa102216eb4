/**
 * The one HTTP layer under both connectors and the OAuth helpers: host guard, timeouts, bounded
 * retries with backoff (Retry-After first), network failures mapped to typed errors, and streamed
 * downloads that fail loudly instead of ending short.
 */
import { ERROR_CATALOGUE, RemoteError, type RemoteProvider } from "./errors";
import { assertHostAllowed, type ApprovedHost, type HostGuardOptions } from "./host-guard";
import type { Semaphore } from "./host-slots";
import { pinnedDispatcher } from "./pinned-dispatcher";

export { assertHostAllowed, isPrivateAddress, type HostGuardOptions } from "./host-guard";

export type RetryInfo = { attempt: number; delayMs: number; reason: string; url: string };

export type HttpClientOptions = {
  allowedHosts: string[];
  resolve?: HostGuardOptions["resolve"];
  provider?: RemoteProvider;
  fetchImpl?: typeof fetch;
  /** Until response headers arrive (and, for JSON, until the body is read). Default 30 s. */
  timeoutMs?: number;
  /** Total tries per request, first one included. Default 5. */
  maxTries?: number;
  /** First backoff delay; doubles per try. Default 1 s. */
  initialRetryDelayMs?: number;
  /**
   * Longest the client sleeps before a retry. Default 60 s. A Retry-After longer than this is not
   * shortened: the request fails with RATE_LIMITED carrying `retryAfterMs` for the scheduler.
   */
  maxRetryDelayMs?: number;
  onRetry?: (info: RetryInfo) => void;
  /**
   * Slots every JSON request takes while it is sent, retried and read (`hostSlots`, shared with
   * the other callers of the host). Streamed requests take none: their caller holds a slot for as
   * long as it reads the body.
   */
  requestSlots?: Semaphore;
};

export type HttpRequest = {
  url: string | URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  signal?: AbortSignal;
};

export type JsonResponse = { status: number; headers: Headers; body: unknown; url: string };

export type StreamResponse = {
  status: number;
  headers: Headers;
  /** Errors with a RemoteError if the connection breaks or ends before Content-Length bytes. */
  body: ReadableStream<Uint8Array>;
  size?: number;
};

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
// A POST may have been processed when the gateway gave up or the socket dropped; only statuses
// that say "not processed" are safe to repeat for it.
const RETRY_STATUSES_UNSAFE_METHOD = new Set([429, 503]);
const SAFE_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "EPROTO",
]);

function isTlsCode(code: string): boolean {
  return /CERT|TLS|SSL|UNABLE_TO_(VERIFY|GET)/.test(code);
}

/** The first system error code found in an error's cause chain (undici nests them). */
export function networkErrorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "ERR_INVALID_STATE") return code;
    queue.push((current as { cause?: unknown }).cause);
    if (current instanceof AggregateError) queue.push(...current.errors);
  }
  if (error instanceof TypeError && /terminated|other side closed/i.test(error.message)) return "UND_ERR_SOCKET";
  return undefined;
}

type Failure = { kind: "unreachable" | "reset" | "timeout" | "aborted"; code?: string; error: unknown };

/** Anything that is not a refusal to connect is treated as a dropped connection (reset, socket closed). */
function classifyThrown(error: unknown, callerSignal: AbortSignal | undefined, timedOut: boolean): Failure {
  if (callerSignal?.aborted) return { kind: "aborted", error };
  if (timedOut) return { kind: "timeout", error };
  const code = networkErrorCode(error);
  if (code && (UNREACHABLE_CODES.has(code) || isTlsCode(code))) return { kind: "unreachable", code, error };
  return { kind: "reset", code, error };
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Guarded `fetch` with the retry policy; one instance per connector or OAuth call. */
export class HttpClient {
  private readonly fetchImpl: typeof fetch;
  private readonly guarded = new Map<string, Promise<ApprovedHost>>();

  constructor(private readonly options: HttpClientOptions) {
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  /** Sends a request and reads the body as JSON (or text when it is not JSON, `null` when empty). */
  async json(request: HttpRequest): Promise<JsonResponse> {
    const send = () =>
      this.withRetries(request, async (response) => {
        const text = await response.text();
        return { status: response.status, headers: response.headers, body: parseBody(text), url: response.url };
      });
    return this.options.requestSlots ? this.options.requestSlots.run(send) : send();
  }

  /** Sends a request whose successful body is streamed; error bodies are read as for `json`. */
  async stream(request: HttpRequest): Promise<StreamResponse | JsonResponse> {
    return this.withRetries(
      request,
      async (response) => {
        if (!response.ok || !response.body) {
          const text = await response.text();
          return { status: response.status, headers: response.headers, body: parseBody(text), url: response.url };
        }
        const length = response.headers.get("content-length");
        const size = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
        return { status: response.status, headers: response.headers, size, body: this.guardBody(response.body, size, request.signal) };
      },
      { bodyOutlivesTimeout: true },
    );
  }

  private async withRetries<T>(
    request: HttpRequest,
    read: (response: Response) => Promise<T>,
    { bodyOutlivesTimeout = false } = {},
  ): Promise<T> {
    const url = new URL(request.url);
    const approved = await this.guardHost(url);
    // Undici's own option on Node's fetch: connect only to the addresses the guard approved.
    const dispatcher = approved.addresses ? pinnedDispatcher(approved.addresses) : undefined;
    const method = (request.method ?? "GET").toUpperCase();
    const safe = SAFE_METHODS.has(method);
    const maxTries = Math.max(1, this.options.maxTries ?? 5);
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const headers = { accept: "application/json", ...request.headers };
    let answered = false;

    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException("Request timed out", "TimeoutError"));
      }, timeoutMs);
      const onCallerAbort = () => controller.abort(request.signal?.reason);
      request.signal?.addEventListener("abort", onCallerAbort, { once: true });
      const release = () => {
        clearTimeout(timer);
        request.signal?.removeEventListener("abort", onCallerAbort);
      };

      let failure: Failure | undefined;
      let retryStatus: { status: number; retryAfterMs?: number } | undefined;
      try {
        const response = await this.fetchImpl(url, {
          method,
          headers,
          body: request.body,
          signal: controller.signal,
          redirect: "manual",
          ...(dispatcher ? { dispatcher } : {}),
        } as RequestInit);
        answered = true;
        if (bodyOutlivesTimeout) clearTimeout(timer);
        const retryable = safe ? RETRY_STATUSES : RETRY_STATUSES_UNSAFE_METHOD;
        if (!retryable.has(response.status)) {
          const result = await read(response);
          // A streamed body keeps listening to the caller's signal so that aborting cancels it.
          if (!bodyOutlivesTimeout) release();
          return result;
        }
        retryStatus = { status: response.status, retryAfterMs: parseRetryAfter(response.headers.get("retry-after")) };
        await response.body?.cancel().catch(() => undefined);
      } catch (error) {
        failure = classifyThrown(error, request.signal, timedOut);
      }
      release();

      if (failure?.kind === "aborted") throw failure.error;
      if (failure?.kind === "unreachable") throw this.unreachable(url, failure);
      if (failure && !safe) throw this.transientFailure(url, failure, attempt, answered);

      const delayMs = this.retryDelay(attempt, retryStatus?.retryAfterMs);
      const exhausted = attempt >= maxTries;
      if (retryStatus && (exhausted || delayMs === undefined)) throw this.statusFailure(retryStatus);
      if (failure && exhausted) throw this.transientFailure(url, failure, attempt, answered);
      const reason = retryStatus ? `HTTP ${retryStatus.status}` : (failure?.code ?? failure?.kind ?? "error");
      this.options.onRetry?.({ attempt, delayMs: delayMs ?? 0, reason, url: url.origin + url.pathname });
      await sleep(delayMs ?? 0, request.signal);
    }
  }

  /** `undefined` when the server asks for a longer pause than this client may sleep. */
  private retryDelay(attempt: number, retryAfterMs: number | undefined): number | undefined {
    const cap = this.options.maxRetryDelayMs ?? 60_000;
    if (retryAfterMs !== undefined) return retryAfterMs <= cap ? retryAfterMs : undefined;
    const base = (this.options.initialRetryDelayMs ?? 1000) * 2 ** (attempt - 1);
    // Jitter spreads concurrent downloads that failed together.
    return Math.min(cap, Math.round(base * (0.5 + Math.random() / 2)));
  }

  private guardHost(url: URL): Promise<ApprovedHost> {
    const key = `${url.protocol}//${url.host}`;
    let check = this.guarded.get(key);
    if (!check) {
      check = assertHostAllowed(url, { allowedHosts: this.options.allowedHosts, resolve: this.options.resolve });
      this.guarded.set(key, check);
      check.catch(() => this.guarded.delete(key));
    }
    return check;
  }

  private statusFailure({ status, retryAfterMs }: { status: number; retryAfterMs?: number }): RemoteError {
    const details = { provider: this.options.provider };
    if (status === 429) return new RemoteError("RATE_LIMITED", { status, retryAfterMs, details });
    return new RemoteError("REMOTE_ERROR", { status, retryAfterMs, details, message: `{service} is temporarily unavailable (HTTP ${status}).` });
  }

  private unreachable(url: URL, failure: Failure): RemoteError {
    const permanent = failure.code !== undefined && (failure.code === "ENOTFOUND" || isTlsCode(failure.code));
    return new RemoteError("HOST_UNREACHABLE", {
      retryable: !permanent,
      details: { provider: this.options.provider, host: url.host, remoteCode: failure.code },
      cause: failure.error,
    });
  }

  /** A host that never answered any try is reported as unreachable, not as a passing glitch. */
  private transientFailure(url: URL, failure: Failure, attempt: number, answered: boolean): RemoteError {
    const what = failure.kind === "timeout" ? "did not answer in time" : "dropped the connection";
    const tries = attempt > 1 ? ` (${attempt} tries)` : "";
    const details = { provider: this.options.provider, host: url.host, remoteCode: failure.code ?? failure.kind };
    if (!answered) {
      return new RemoteError("HOST_UNREACHABLE", {
        message: `${ERROR_CATALOGUE.HOST_UNREACHABLE.message} (The host ${what}${tries}.)`,
        details,
        cause: failure.error,
      });
    }
    return new RemoteError("REMOTE_ERROR", { message: `{service} ${what}${tries}.`, retryable: true, details, cause: failure.error });
  }

  private guardBody(body: ReadableStream<Uint8Array>, expected: number | undefined, signal?: AbortSignal): ReadableStream<Uint8Array> {
    const reader = body.getReader();
    let received = 0;
    const provider = this.options.provider;
    const interrupted = (cause?: unknown) =>
      new RemoteError("REMOTE_ERROR", {
        message: "The download from {service} was interrupted before the whole file arrived.",
        retryable: true,
        details: { provider, remoteCode: networkErrorCode(cause) },
        cause,
      });
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              if (expected !== undefined && received !== expected) controller.error(interrupted());
              else controller.close();
              return;
            }
            received += value.byteLength;
            controller.enqueue(value);
          } catch (error) {
            controller.error(signal?.aborted ? error : interrupted(error));
          }
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
  }
}

/** A request carrying a bearer token, and a JSON body when one is given. */
export function bearerRequest(url: URL, token: string, options: { method?: string; json?: unknown; signal?: AbortSignal; accept?: string } = {}): HttpRequest {
  return {
    url,
    method: options.method,
    signal: options.signal,
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.accept ? { accept: options.accept } : {}),
      ...(options.json === undefined ? {} : { "content-type": "application/json" }),
    },
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  };
}

/** `url` with `query` added to its search parameters. */
export function withQuery(url: URL, query: Record<string, string | number> = {}): URL {
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url;
}

export function mediaTypeOf(headers: Headers): string {
  return headers.get("content-type")?.split(";")[0].trim() || "application/octet-stream";
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function isStreamResponse(response: StreamResponse | JsonResponse): response is StreamResponse {
  return response.body instanceof ReadableStream;
}
