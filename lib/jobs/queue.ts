import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { jobEventQueue, jobQueue, type QueuedJob } from "@/lib/db/schema";
import type { JobDefinition } from "./definition";

/** A runner that has not sent a heartbeat for this long is presumed dead; its job is taken over. */
export const LEASE_MS = 2 * 60_000;

/** A rule's part of its keys: `@<shared>` for a rule shared between jobs, else `<job id>|<index>`. */
function ruleName(definition: JobDefinition, index: number): string {
  const rule = definition.concurrency![index];
  return rule.shared ? `@${rule.shared}` : `${definition.id}|${index}`;
}

/**
 * One string per concurrency rule, counted among running jobs: `sync-run|0|<source id>`, or
 * `@remote-host|<host>` for a rule shared by several jobs (so their runs count together).
 */
export function concurrencyKeys(definition: JobDefinition, payload: Record<string, unknown>): string[] {
  return (definition.concurrency ?? []).map((rule, index) => `${ruleName(definition, index)}|${rule.key ? String(payload[rule.key] ?? "") : "*"}`);
}

/** The limit of every rule by its name; rules sharing a name keep the lowest (they should agree). */
function ruleLimits(definitions: Map<string, JobDefinition>): Map<string, number> {
  const limits = new Map<string, number>();
  for (const definition of definitions.values()) {
    (definition.concurrency ?? []).forEach((rule, index) => {
      const name = ruleName(definition, index);
      limits.set(name, Math.min(rule.limit, limits.get(name) ?? Number.POSITIVE_INFINITY));
    });
  }
  return limits;
}

function limitOf(limits: Map<string, number>, key: string): number {
  const name = key.startsWith("@") ? key.split("|")[0] : key.split("|").slice(0, 2).join("|");
  return limits.get(name) ?? Number.POSITIVE_INFINITY;
}

/** The queue a job waits in for its turn: its shared key (all the runs on one host), else its job. */
function fairnessGroup(job: { jobId: string; concurrencyKeys: string[] }): string {
  return job.concurrencyKeys.find((key) => key.startsWith("@")) ?? job.jobId;
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
 * Takes the next job that is due and whose concurrency rules allow it, or null. Fair between
 * queues (`fairnessGroup`: a remote host, or a job): the queue with the fewest running jobs goes
 * first, and within a queue the oldest job, so 200 sources due at once on a few hosts are taken
 * round-robin by host and a busy host never holds back the others. Claims are serialised by a
 * transaction-scoped advisory lock so two runners never both take the last free slot of a key.
 */
export async function claimJob(definitions: Map<string, JobDefinition>, leaseHolder: string | null = null): Promise<QueuedJob | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ferry:job-claim'))`);
    const stale = sql`now() - make_interval(secs => ${LEASE_MS / 1000})`;
    const running = await tx
      .select({ jobId: jobQueue.jobId, concurrencyKeys: jobQueue.concurrencyKeys })
      .from(jobQueue)
      .where(and(eq(jobQueue.status, "running"), sql`${jobQueue.heartbeatAt} >= ${stale}`));
    const inUse = new Map<string, number>();
    const runningIn = new Map<string, number>();
    for (const job of running) {
      for (const key of job.concurrencyKeys) inUse.set(key, (inUse.get(key) ?? 0) + 1);
      const queue = fairnessGroup(job);
      runningIn.set(queue, (runningIn.get(queue) ?? 0) + 1);
    }
    const limits = ruleLimits(definitions);
    const full = [...inUse].filter(([key, n]) => n >= limitOf(limits, key)).map(([key]) => key);
    const claimable = sql`${inArray(jobQueue.jobId, [...definitions.keys()])}
      AND ((${jobQueue.status} = 'pending' AND ${jobQueue.runAt} <= now()) OR (${jobQueue.status} = 'running' AND ${jobQueue.heartbeatAt} < ${stale}))`;
    // The oldest job of each queue that no full key holds back; the queue expression is `fairnessGroup`.
    const heads = await tx.execute<{ id: string; queue: string; run_at: Date | string }>(sql`
      SELECT DISTINCT ON (queue) id, queue, run_at FROM (
        SELECT id, run_at, created_at,
               coalesce((SELECT key FROM unnest(${jobQueue.concurrencyKeys}) AS key WHERE key LIKE '@%' LIMIT 1), ${jobQueue.jobId}) AS queue
        FROM ${jobQueue}
        WHERE ${claimable}
          ${full.length > 0 ? sql`AND NOT (${jobQueue.concurrencyKeys} && ARRAY[${sql.join(full.map((key) => sql`${key}`), sql`, `)}]::text[])` : sql``}
      ) AS due
      ORDER BY queue, run_at, created_at, id`);
    // The queue with the fewest jobs running goes first; between equals, the oldest head.
    const order = (head: { queue: string; run_at: Date | string }) => [runningIn.get(head.queue) ?? 0, new Date(head.run_at).getTime()];
    const [next] = heads.rows.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || a.queue.localeCompare(b.queue);
    });
    if (!next) return null;
    // Re-checked: the row may have changed since it was read (a stale runner finishing after all).
    const [claimed] = await tx
      .update(jobQueue)
      .set({ status: "running", attempts: sql`${jobQueue.attempts} + 1`, heartbeatAt: new Date(), leaseHolder })
      .where(and(eq(jobQueue.id, next.id), claimable))
      .returning();
    return claimed ?? null;
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
