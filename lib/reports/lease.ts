import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { db } from "@/lib/db";
import { reportTargets } from "@/lib/db/schema";

/**
 * One run per report target at a time, across processes: a lease on the target row held by one
 * run invocation and renewed while it works. A killed worker's lease simply expires, so its run
 * can be resumed; a lease is never held by a database connection or transaction that a crash or a
 * serverless step boundary would cut.
 */
export async function tryAcquireLease(reportTargetId: string, holder: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const taken = await db
    .update(reportTargets)
    .set({ leaseRunId: holder, leaseExpiresAt: new Date(now.getTime() + ttlMs) })
    .where(
      and(
        eq(reportTargets.id, reportTargetId),
        or(isNull(reportTargets.leaseRunId), eq(reportTargets.leaseRunId, holder), lt(reportTargets.leaseExpiresAt, now)),
      ),
    )
    .returning({ id: reportTargets.id });
  return taken.length > 0;
}

/** Waits (polling, with backoff up to 2 s) for the lease; false when `waitMs` passed first. */
export async function acquireLease(reportTargetId: string, holder: string, { ttlMs, waitMs, signal }: { ttlMs: number; waitMs: number; signal?: AbortSignal }) {
  const deadline = Date.now() + waitMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2000)) {
    if (await tryAcquireLease(reportTargetId, holder, ttlMs)) return true;
    if (Date.now() + delay > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, delay));
    signal?.throwIfAborted();
  }
}

/** Extends a held lease; false when it was lost (expired and taken by another run). */
export async function renewLease(reportTargetId: string, holder: string, ttlMs: number): Promise<boolean> {
  const renewed = await db
    .update(reportTargets)
    .set({ leaseExpiresAt: new Date(Date.now() + ttlMs) })
    .where(and(eq(reportTargets.id, reportTargetId), eq(reportTargets.leaseRunId, holder)))
    .returning({ id: reportTargets.id });
  return renewed.length > 0;
}

export async function releaseLease(reportTargetId: string, holder: string): Promise<void> {
  await db
    .update(reportTargets)
    .set({ leaseRunId: null, leaseExpiresAt: null })
    .where(and(eq(reportTargets.id, reportTargetId), eq(reportTargets.leaseRunId, holder)));
}
