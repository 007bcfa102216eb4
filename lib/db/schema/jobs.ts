import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";

export const jobStatus = pgEnum("job_status", ["pending", "running", "succeeded", "failed"]);

/**
 * The embedded job queue: one row per job run, consumed by the local runner with
 * `FOR UPDATE SKIP LOCKED`. Unused when Inngest runs the jobs.
 */
export const jobQueue = pgTable(
  "job_queue",
  {
    id: id(),
    /** The job definition's id (lib/job-registry.ts). */
    jobId: text("job_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    status: jobStatus("status").notNull().default("pending"),
    /** Tries started so far. */
    attempts: integer("attempts").notNull().default(0),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    /** Refreshed while a runner works on the job; a stale one means the runner died. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    /** `<host>:<pid>:<instance>` of the runner holding the job, so a dead one's jobs are taken back at once. */
    leaseHolder: text("lease_holder"),
    /** Results of finished steps by step name, so a retried job resumes after its last finished step. */
    steps: jsonb("steps").$type<Record<string, unknown>>().notNull().default({}),
    /** One per concurrency rule of the definition: `<job id>|<rule index>|<value>`, or `@<shared>|<value>` (lib/jobs/queue.ts). */
    concurrencyKeys: text("concurrency_keys").array().notNull().default([]),
    /** Makes enqueueing idempotent (cron ticks: `cron:<job>:<minute>`). */
    dedupeKey: text("dedupe_key"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("job_queue_claim").on(table.status, table.runAt),
    uniqueIndex("job_queue_dedupe").on(table.dedupeKey),
  ],
);

export type QueuedJob = typeof jobQueue.$inferSelect;

/**
 * Events sent to the embedded backend (lib/jobs/emit.ts), kept until pruned. Each runner hands an
 * event to every one of its definitions the event triggers, once per definition, by adding the
 * definition's id to `deliveredTo` in the transaction that enqueues its job.
 */
export const jobEventQueue = pgTable(
  "job_events",
  {
    id: id(),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    deliveredTo: text("delivered_to").array().notNull().default([]),
    createdAt: createdAt(),
  },
  (table) => [index("job_events_name").on(table.name, table.createdAt)],
);
