import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { cronMatches } from "./cron";
import { DEFAULT_RETRIES, type JobDefinition } from "./definition";
import { backoffMs, retryDecision } from "./errors";
import { claimJob, deliverEvents, enqueueJob, failJob, finishJob, heartbeat, LEASE_MS, pruneFinishedJobs, reclaimAbandonedJobs, saveStepResult } from "./queue";
import { memoisedStep } from "./run-job";
import { randomUUID } from "node:crypto";
import type { QueuedJob } from "@/lib/db/schema";
import { PROCESS_TAG, tagIsAlive } from "@/lib/processes";

export type LocalRunnerOptions = {
  definitions: JobDefinition[];
  /** Jobs run at once by this process. */
  workers?: number;
  pollMs?: number;
  log?: (message: string) => void;
};

/** How often a running runner looks for jobs of dead runners on this host (it always does at start). */
const RECLAIM_EVERY_MS = LEASE_MS / 8;

/** Lease holders of this process's runners; any other holder with this process's pid is an earlier process that had the same pid. */
const RUNNERS_OF_THIS_PROCESS = new Set<string>();

function holderIsAlive(holder: string): boolean | undefined {
  if (RUNNERS_OF_THIS_PROCESS.has(holder)) return true;
  const tag = holder.split("~").slice(0, 2).join("~");
  return tag === PROCESS_TAG ? false : tagIsAlive(tag);
}

/**
 * The embedded stand-in for Inngest: enqueues cron jobs on their schedules (once per minute across
 * any number of runners, by a dedupe key), hands each stored event to every definition it
 * triggers (lib/jobs/emit.ts stores them), claims due jobs from Postgres, runs their handlers with
 * durable steps, and retries failures with backoff or the remote's Retry-After.
 */
export class LocalRunner {
  private readonly definitions: Map<string, JobDefinition>;
  private readonly workers: number;
  private readonly pollMs: number;
  private readonly log: (message: string) => void;
  private readonly active = new Set<Promise<void>>();
  private stopping = false;
  private lastCronMinute = 0;
  /** Written on every job this runner claims; `<host>~<pid>` lets a later runner see it died. */
  readonly leaseHolder = `${PROCESS_TAG}~${randomUUID()}`;

  constructor(options: LocalRunnerOptions) {
    RUNNERS_OF_THIS_PROCESS.add(this.leaseHolder);
    this.definitions = new Map(options.definitions.map((definition) => [definition.id, definition]));
    this.workers = options.workers ?? 4;
    this.pollMs = options.pollMs ?? 1000;
    this.log = options.log ?? (() => {});
  }

  /** Runs until `stop()`; resolves once the jobs in flight have finished. */
  async run(): Promise<void> {
    let reclaimedAt = 0;
    while (!this.stopping) {
      // At start, then now and then: a sibling runner on this host may die while this one runs.
      if (Date.now() - reclaimedAt >= RECLAIM_EVERY_MS) {
        await this.reclaim();
        reclaimedAt = Date.now();
      }
      await this.enqueueDueCrons(new Date());
      await deliverEvents(this.definitions.values());
      const started = await this.fillWorkers();
      if (!started) await Promise.race([sleep(this.pollMs), ...this.active]);
    }
    await Promise.all(this.active);
  }

  stop() {
    this.stopping = true;
  }

  /**
   * Delivers stored events and runs due jobs until neither is left, including the events those
   * jobs emit (tests and scripts); crons are not enqueued.
   */
  async drain(): Promise<void> {
    await this.reclaim();
    for (;;) {
      const delivered = await deliverEvents(this.definitions.values());
      const started = await this.fillWorkers();
      if (this.active.size > 0) await Promise.race(this.active);
      else if (delivered === 0 && !started) return;
    }
  }

  /** Before the first poll: jobs of a runner on this host that died are taken back at once. */
  private async reclaim(): Promise<void> {
    const reclaimed = await reclaimAbandonedJobs(holderIsAlive);
    if (reclaimed > 0) this.log(`took back ${reclaimed} job(s) of a runner that stopped`);
  }

  async enqueueDueCrons(now: Date): Promise<void> {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute === this.lastCronMinute) return;
    this.lastCronMinute = minute;
    const at = new Date(minute * 60_000);
    for (const definition of this.definitions.values()) {
      if ("cron" in definition.trigger && cronMatches(definition.trigger.cron, at)) {
        await enqueueJob(definition, {}, { dedupeKey: `cron:${definition.id}:${at.toISOString()}` });
      }
    }
    if (minute % 60 === 0) await pruneFinishedJobs();
  }

  private async fillWorkers(): Promise<boolean> {
    let started = false;
    while (this.active.size < this.workers) {
      const job = await claimJob(this.definitions, this.leaseHolder);
      if (!job) break;
      started = true;
      const running: Promise<void> = this.execute(job).finally(() => this.active.delete(running));
      this.active.add(running);
    }
    return started;
  }

  private async execute(job: QueuedJob): Promise<void> {
    const definition = this.definitions.get(job.jobId)!;
    const beat = setInterval(() => void heartbeat(job.id).catch(() => {}), LEASE_MS / 4);
    try {
      const payload = definition.schema.parse(job.payload);
      const step = memoisedStep({ ...job.steps }, (name, result) => saveStepResult(job.id, name, result));
      const maxAttempts = (definition.retries ?? DEFAULT_RETRIES) + 1;
      await definition.handler(payload, { step, attempt: job.attempts, maxAttempts, runId: job.id });
      await finishJob(job.id);
      this.log(`job ${definition.id} ${job.id} succeeded`);
    } catch (error) {
      const decision = retryDecision(error);
      const retryAt = decision.retry && job.attempts <= (definition.retries ?? DEFAULT_RETRIES) ? new Date(Date.now() + (decision.afterMs ?? backoffMs(job.attempts))) : null;
      const message = error instanceof Error ? error.message : String(error);
      await failJob(job.id, message, retryAt);
      this.log(`job ${definition.id} ${job.id} failed (attempt ${job.attempts})${retryAt ? `, retrying at ${retryAt.toISOString()}` : ""}: ${message}`);
    } finally {
      clearInterval(beat);
    }
  }
}
