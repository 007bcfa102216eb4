/** Runs `work` over `items` with at most `concurrency` in flight; the first thrown error rejects. */
export async function forEachLimit<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

/** A counting semaphore: at most `limit` holders at once, waiters served first come, first served. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.active;
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
 * The slots for downloads from one remote host, shared by every run in this process, so several
 * sources on one host (the job layer allows a few runs per host at once) stay polite together.
 */
export function hostSlots(host: string, limit: number): Semaphore {
  let slots = hosts.get(host);
  if (!slots) hosts.set(host, (slots = new Semaphore(limit)));
  return slots;
}
