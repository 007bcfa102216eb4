import type { JobDefinition, JobIO } from "./definition";

/**
 * Step bookkeeping shared by the local runner and tests: finished steps come from `done`, new ones
 * run and are reported through `save`. Repeated names get `:1`, `:2`… suffixes like Inngest's.
 */
export function memoisedStep(done: Record<string, unknown>, save: (name: string, result: unknown) => Promise<void>): JobIO["step"] {
  const seen = new Map<string, number>();
  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    const id = count === 0 ? name : `${name}:${count}`;
    if (id in done) return done[id] as T;
    // The same JSON round trip Inngest applies, so handlers cannot depend on non-JSON results.
    const result = (await fn()) as unknown;
    const stored = result === undefined ? null : JSON.parse(JSON.stringify(result));
    await save(id, stored);
    done[id] = stored;
    return stored as T;
  };
}

/** Runs a definition's handler once, with plain (non-durable) steps: scripts, tests, benches. */
export async function runJobInline<D extends JobDefinition>(definition: D, payload: unknown, io: Partial<JobIO> = {}) {
  const parsed = definition.schema.parse(payload);
  return definition.handler(parsed, {
    step: io.step ?? ((_name, fn) => fn()),
    attempt: io.attempt ?? 1,
    maxAttempts: io.maxAttempts ?? 1,
    runId: io.runId ?? "inline",
  });
}
