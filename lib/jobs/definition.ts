import { z } from "zod";
import { jobEvents, type JobEventName, type JobEventSchema } from "./events";

/** What starts a job: a named event (sent with `emit`, lib/jobs/emit.ts) or a cron schedule (UTC). */
export type JobTrigger = { event: string } | { cron: string };

/**
 * At most `limit` runs at once; with `key`, per distinct value of that payload field (e.g. one sync
 * run per `syncSourceId`). With `shared`, the runs of every job whose rule names the same `shared`
 * count together (sync and report runs per remote `host`: lib/connectors/host-slots.ts); such
 * rules agree on `key` and `limit`. At most two rules per job (Inngest's limit).
 */
export type JobConcurrency = { limit: number; key?: string; shared?: string };

/** What a handler may do besides its own work; identical on Inngest and in the local runner. */
export type JobIO = {
  /**
   * A durable step: once it has returned, a re-run of the same job (after a crash or a retry)
   * gets the stored result instead of running it again. Results must be JSON-serialisable and
   * small (Inngest caps a step's output at 4 MB): return counts, keep data in Postgres.
   */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** 1 for the first try, then 2, 3… on retries. */
  attempt: number;
  /** The last attempt the job gets; handlers record a final failure when `attempt` reaches it. */
  maxAttempts: number;
  runId: string;
};

/**
 * A provider-neutral job, run by Inngest in production and by `scripts/local-runner.ts` in the
 * embedded set-up. Handlers live in `lib/`; the definition only names, validates and schedules.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  /** Stable id; becomes the Inngest function id. */
  id: string;
  name?: string;
  trigger: JobTrigger;
  /** Validates the event payload (cron jobs get `{}`); a payload that fails is never retried. */
  schema: S;
  concurrency?: JobConcurrency[];
  /** Retries after the first attempt (default 4). */
  retries?: number;
  handler(payload: z.infer<S>, io: JobIO): Promise<unknown>;
};

type EventJob<N extends JobEventName> = Omit<JobDefinition<JobEventSchema<N>>, "trigger" | "schema"> & { trigger: { event: N } };
type CronJob = Omit<JobDefinition<z.ZodObject<Record<string, never>>>, "trigger" | "schema"> & { trigger: { cron: string } };

/**
 * A job triggered by an event of the catalogue (lib/jobs/events.ts), whose schema it takes, or by
 * a cron schedule (payload `{}`). The handler's payload type follows from either.
 */
export function defineJob<N extends JobEventName>(definition: EventJob<N>): JobDefinition<JobEventSchema<N>>;
export function defineJob(definition: CronJob): JobDefinition<z.ZodObject<Record<string, never>>>;
export function defineJob(definition: EventJob<JobEventName> | CronJob): JobDefinition {
  const schema = "event" in definition.trigger ? jobEvents[definition.trigger.event] : z.object({});
  return { ...definition, schema } as JobDefinition;
}

export const DEFAULT_RETRIES = 4;
