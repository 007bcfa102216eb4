import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";

/** An incremental SHA-256: `update` as bytes stream by, `digest` once at the end (hex). */
export interface StreamHash {
  update(chunk: Uint8Array): void;
  digest(): Promise<string>;
  /** Forgets the hash (the stream failed); no digest follows. */
  discard(): void;
}

// Plain CommonJS evaluated as the worker's source: no file to locate, whatever bundles the app.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const hashes = new Map();
parentPort.on("message", (message) => {
  let hash = hashes.get(message.id);
  if (!hash) hashes.set(message.id, (hash = createHash("sha256")));
  if (message.chunk) return void hash.update(message.chunk);
  hashes.delete(message.id);
  if (message.end) parentPort.postMessage({ id: message.id, hex: hash.digest("hex") });
});
`;

/** Bytes sent to the worker per message at least (the last message of a stream may be smaller). */
const HASH_BATCH = 256 * 1024;

type Pending = { resolve: (hex: string) => void; reject: (error: unknown) => void };

/**
 * SHA-256 in a worker thread, so hashing gigabytes does not hold the event loop (which serves
 * requests and, in the bench and tests, the emulators too). Chunks are gathered into batches, each
 * copied once and the copy transferred; the caller keeps its own bytes to write. The worker keeps the process alive only
 * while a digest is awaited. If the worker cannot start or dies, hashing falls back to this thread
 * for new streams, and streams in flight fail (their put fails and is retried like a reset).
 */
class WorkerHasher {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      worker.on("message", ({ id, hex }: { id: number; hex: string }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (this.pending.size === 0) worker.unref();
        waiting?.resolve(hex);
      });
      const fail = (error: unknown) => {
        if (this.worker === worker) this.worker = undefined;
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`The hashing worker stopped (exit code ${code}).`)));
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  create(): StreamHash {
    const worker = this.start();
    if (!worker) return inlineHash();
    const id = this.nextId++;
    let done = false;
    let waiting: Uint8Array[] = [];
    let waitingBytes = 0;
    // Chunks go over in batches: one copy and one message per batch, not per (often 16 KiB) chunk.
    const send = () => {
      if (waitingBytes === 0) return;
      // A copy of exactly these bytes (Buffer#slice would share, and transfer, a pooled buffer).
      const copy = new Uint8Array(waitingBytes);
      let offset = 0;
      for (const chunk of waiting) {
        copy.set(chunk, offset);
        offset += chunk.byteLength;
      }
      waiting = [];
      waitingBytes = 0;
      worker.postMessage({ id, chunk: copy }, [copy.buffer]);
    };
    return {
      update(chunk) {
        waiting.push(chunk);
        waitingBytes += chunk.byteLength;
        if (waitingBytes >= HASH_BATCH) send();
      },
      digest: () => {
        done = true;
        send();
        return new Promise<string>((resolve, reject) => {
          if (this.worker !== worker) return reject(new Error("The hashing worker stopped."));
          if (this.pending.size === 0) worker.ref();
          this.pending.set(id, { resolve, reject });
          worker.postMessage({ id, end: true });
        });
      },
      discard() {
        waiting = [];
        if (!done) worker.postMessage({ id, discard: true });
        done = true;
      },
    };
  }
}

function inlineHash(): StreamHash {
  const hash = createHash("sha256");
  return {
    update: (chunk) => void hash.update(chunk),
    digest: async () => hash.digest("hex"),
    discard: () => undefined,
  };
}

let shared: WorkerHasher | undefined;

/** A streaming SHA-256, computed off the event loop when worker threads are available. */
export function streamHash(options: { inline?: boolean } = {}): StreamHash {
  if (options.inline) return inlineHash();
  shared ??= new WorkerHasher();
  return shared.create();
}
