import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { jobEventQueue, jobQueue, type QueuedJob } from "@/lib/db/schema";
import type { JobDefinition } from "./definition";

/** A runner that has not sent a heartbeat for this long is presumed dead; its job is taken over. */
export const LEASE_MS = 2 * 60_000;

/** One string per concurrency rule, e.g. `sync-run|0|<source id>`, counted among running jobs. */
export function concurrencyKeys(definition: JobDefinition, payload: Record<string, unknown>): string[] {
  return (definition.concurrency ?? []).map((rule, index) => `${definition.id}|${index}|${rule.key ? String(payload[rule.key] ?? "") : "*"}`);
}

function limitOf(definitions: Map<string, JobDefinition>, key: string): number {
  const [jobId, index] = key.split("|");
  return definitions.get(jobId)?.concurrency?.[Number(index)]?.limit ?? Number.POSITIVE_INFINITY;
}

type EnqueueOptions = { dedupeKey?: string; runAt?: Date };

function jobRow(definition: JobDefinition, payload: Record<string, unknown>, options: EnqueueOptions) {
  return {
    jobId: definition.id,
    payload,
    concurrencyKeys: concurrencyKeys(definition, payload),
    dedupeKey: options.dedupeKey ?? null,
    runAt: options.runAt ?? new Date(),
  };
}

export async function enqueueJob(definition: JobDefinition, payload: Record<string, unknown>, options: EnqueueOptions = {}) {
  const parsed = definition.schema.parse(payload) as Record<string, unknown>;
  await db.insert(jobQueue).values(jobRow(definition, parsed, options)).onConflictDoNothing();
}

/** Events handed to a definition per transaction; the rest follow in the next round. */
const EVENTS_PER_ROUND = 100;

/**
 * Hands stored events to the event-triggered definitions among `definitions`: one job per event
 * and definition, marked delivered in the same transaction, so any number of runners deliver each
 * event once to each definition (a runner with other definitions delivers to its own). A payload
 * that no longer fits its schema still becomes a job, which then fails without retrying.
 */
export async function deliverEvents(definitions: Iterable<JobDefinition>): Promise<number> {
  let delivered = 0;
  for (const definition of definitions) {
    if (!("event" in definition.trigger)) continue;
    const name = definition.trigger.event;
    delivered += await db.transaction(async (tx) => {
      const events = await tx
        .select({ id: jobEventQueue.id, payload: jobEventQueue.payload })
        .from(jobEventQueue)
        .where(and(eq(jobEventQueue.name, name), sql`NOT (${definition.id}::text = ANY(${jobEventQueue.deliveredTo}))`))
        .orderBy(jobEventQueue.createdAt)
        .limit(EVENTS_PER_ROUND)
        .for("update", { skipLocked: true });
      if (events.length === 0) return 0;
      await tx.insert(jobQueue).values(
        events.map((event) => {
          const parsed = definition.schema.safeParse(event.payload);
          return jobRow(definition, parsed.success ? (parsed.data as Record<string, unknown>) : event.payload, {});
        }),
      );
      await tx
        .update(jobEventQueue)
        .set({ deliveredTo: sql`array_append(${jobEventQueue.deliveredTo}, ${definition.id}::text)` })
        .where(inArray(jobEventQueue.id, events.map((event) => event.id)));
      return events.length;
    });
  }
  return delivered;
}

/**
 * Takes the next job that is due and whose concurrency rules allow it, or null. Claims are
 * serialised by a transaction-scoped advisory lock so two runners never both take the last free
 * slot of a key; `SKIP LOCKED` keeps a slow claim from blocking on rows another runner holds.
 */
export async function claimJob(definitions: Map<string, JobDefinition>, leaseHolder: string | null = null): Promise<QueuedJob | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ferry:job-claim'))`);
    const stale = sql`now() - make_interval(secs => ${LEASE_MS / 1000})`;
    const candidates = await tx
      .select()
      .from(jobQueue)
      .where(
        and(
          inArray(jobQueue.jobId, [...definitions.keys()]),
          sql`((${jobQueue.status} = 'pending' AND ${jobQueue.runAt} <= now()) OR (${jobQueue.status} = 'running' AND ${jobQueue.heartbeatAt} < ${stale}))`,
        ),
      )
      .orderBy(jobQueue.runAt)
      .limit(50)
      .for("update", { skipLocked: true });
    if (candidates.length === 0) return null;
    const running = await tx.execute<{ key: string; n: number }>(
      sql`SELECT key, count(*)::int AS n FROM ${jobQueue}, unnest(${jobQueue.concurrencyKeys}) AS key
          WHERE ${jobQueue.status} = 'running' AND ${jobQueue.heartbeatAt} >= ${stale} GROUP BY key`,
    );
    const inUse = new Map(running.rows.map((row) => [row.key, Number(row.n)]));
    const job = candidates.find(
      (candidate) => candidate.concurrencyKeys.every((key) => (inUse.get(key) ?? 0) < limitOf(definitions, key)),
    );
    if (!job) return null;
    const [claimed] = await tx
      .update(jobQueue)
      .set({ status: "running", attempts: sql`${jobQueue.attempts} + 1`, heartbeatAt: new Date(), leaseHolder })
      .where(eq(jobQueue.id, job.id))
      .returning();
    return claimed;
  });
}

/**
 * Hands back at once the running jobs of runners on this host whose process is gone (a crash or
 * kill -9), instead of waiting for their lease to go stale: they become due now, keeping their
 * finished steps. Jobs of live runners, and of other hosts (whose processes cannot be asked),
 * are left to their heartbeats.
 */
export async function reclaimAbandonedJobs(isAlive: (holder: string) => boolean | undefined): Promise<number> {
  const held = await db
    .selectDistinct({ holder: jobQueue.leaseHolder })
    .from(jobQueue)
    .where(and(eq(jobQueue.status, "running"), sql`${jobQueue.leaseHolder} is not null`));
  const dead = held.flatMap((row) => (row.holder && isAlive(row.holder) === false ? [row.holder] : []));
  if (dead.length === 0) return 0;
  const reclaimed = await db
    .update(jobQueue)
    .set({ status: "pending", runAt: new Date(), heartbeatAt: null, leaseHolder: null, lastError: "The runner holding this job stopped; resumed from its last finished step." })
    .where(and(eq(jobQueue.status, "running"), inArray(jobQueue.leaseHolder, dead)))
    .returning({ id: jobQueue.id });
  return reclaimed.length;
}

export async function heartbeat(jobId: string) {
  await db.update(jobQueue).set({ heartbeatAt: new Date() }).where(and(eq(jobQueue.id, jobId), eq(jobQueue.status, "running")));
}

export async function saveStepResult(jobId: string, name: string, result: unknown) {
  const value = JSON.stringify({ [name]: result === undefined ? null : result });
  await db
    .update(jobQueue)
    .set({ steps: sql`${jobQueue.steps} || ${value}::jsonb`, heartbeatAt: new Date() })
    .where(eq(jobQueue.id, jobId));
}

export async function finishJob(jobId: string) {
  await db.update(jobQueue).set({ status: "succeeded", finishedAt: new Date(), lastError: null, leaseHolder: null }).where(eq(jobQueue.id, jobId));
}

export async function failJob(jobId: string, error: string, retryAt: Date | null) {
  await db
    .update(jobQueue)
    .set(
      retryAt
        ? { status: "pending", runAt: retryAt, lastError: error, heartbeatAt: null, leaseHolder: null }
        : { status: "failed", finishedAt: new Date(), lastError: error, leaseHolder: null },
    )
    .where(eq(jobQueue.id, jobId));
}

/**
 * Finished rows are only useful for a while; the runner prunes them, and events, once a day's
 * worth is old (an event still undelivered by then has no runner listening for it).
 */
export async function pruneFinishedJobs(olderThanMs = 24 * 60 * 60_000) {
  const cutoff = sql`now() - make_interval(secs => ${olderThanMs / 1000})`;
  await db.execute(sql`DELETE FROM ${jobQueue} WHERE ${jobQueue.status} IN ('succeeded', 'failed') AND ${jobQueue.finishedAt} < ${cutoff}`);
  await db.execute(sql`DELETE FROM ${jobEventQueue} WHERE ${jobEventQueue.createdAt} < ${cutoff}`);
}
