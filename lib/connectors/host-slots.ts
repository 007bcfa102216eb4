/**
 * How hard Ferry presses on one remote host, whichever area calls it. Two caps, both keyed by the
 * integration's `host`:
 *
 * - runs: `HOST_RUNS` sync and report runs at once per host across every process, a job
 *   concurrency rule the sync-run and report-run jobs share (`HOST_RUNS_RULE`; Inngest enforces it
 *   with an account-scoped key, the local runner when it claims jobs);
 * - requests: `HOST_REQUESTS` requests in flight per host within one process (`hostSlots`), taken
 *   by each sync download and each iSheet request of a report push.
 */

/** Sync and report runs at once against one remote host, whatever the number of sources and targets using it. */
export const HOST_RUNS = 4;

/** Requests in flight per remote host within this process, downloads and report pushes together. */
export const HOST_REQUESTS = 16;

/**
 * The job concurrency rule of every job whose runs call a remote host (`host` in its payload):
 * their runs count together, per host (lib/jobs/definition.ts, `shared`).
 */
export const HOST_RUNS_RULE = { limit: HOST_RUNS, key: "host", shared: "remote-host" } as const;

/** A counting semaphore: at most `limit` holders at once, waiters served first come, first served. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.active;
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async acquire(): Promise<() => void> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the releaser hands its slot over
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const hosts = new Map<string, Semaphore>();

/**
 * The request slots of one remote host (an integration's `host`), shared by every sync run and
 * report push of this process. A holder must not take a second slot of the same host while it
 * holds one (all holders doing so at once would wait on each other for ever).
 */
export function hostSlots(host: string): Semaphore {
  let slots = hosts.get(host);
  if (!slots) hosts.set(host, (slots = new Semaphore(HOST_REQUESTS)));
  return slots;
}
