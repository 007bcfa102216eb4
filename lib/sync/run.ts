import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { isRemoteError, type Connector } from "@/lib/connectors";
import { db } from "@/lib/db";
import { integrations, syncRunItems, syncRuns, syncSources, type SyncSource } from "@/lib/db/schema";
import { StepBudget } from "@/lib/jobs/budget";
import type { JobIO } from "@/lib/jobs/definition";
import { connectorForConnection } from "@/lib/integrations/tokens";
import { downloadBatch } from "./download";
import { toSyncError } from "./errors";
import { planRun } from "./plan";

/** Steps per run stay far below Inngest's 1,000 whatever the size of the tree. */
const MAX_BATCHES = 400;
/**
 * Documents per batch at least. Each batch ends waiting for its slowest download with lanes idle,
 * so a batch is as large as its step's time and byte budget allows (the budget, not the count,
 * ends a step in practice); progress is recorded per group, not per batch, so a crash loses no
 * more than the documents in flight whatever the batch size.
 */
const MIN_BATCH = 1000;

export type RunOutcome =
  | { status: "skipped"; reason: string }
  | { status: "succeeded" | "partial" | "failed" | "reauth_required"; runId: string };

type Stopped = { stopped: true; status: "failed" | "reauth_required" };

/**
 * One sync run of a source, as durable steps: start (or resume the unfinished run), plan, download
 * batches, finish. Each step only returns counts; the plan and progress live in Postgres, so a run
 * that crashed continues from its last finished batch, and a run started twice adds nothing twice.
 */
export async function runSync(syncSourceId: string, io: Pick<JobIO, "step" | "attempt" | "maxAttempts">, trigger: "schedule" | "manual" = "schedule"): Promise<RunOutcome> {
  const started = await io.step("start", () => startRun(syncSourceId, trigger));
  if ("skip" in started) return { status: "skipped", reason: started.skip };
  const { runId } = started;

  const plan = await io.step("plan", () => guarded(runId, io, (source, provider, connector) => planRun(runId, source, provider, connector)));
  if ("stopped" in plan) return { status: plan.status, runId };

  const batchSize = Math.max(MIN_BATCH, Math.ceil(plan.toDownload / MAX_BATCHES));
  for (let batch = 0; ; batch++) {
    const result = await io.step(`download-${batch}`, () =>
      guarded(runId, io, (source, provider, connector, host) => downloadBatch(runId, source, provider, connector, batchSize, host, new StepBudget())),
    );
    if ("stopped" in result) return { status: result.status, runId };
    if (result.remaining === 0 || result.processed === 0) break;
  }
  const finished = await io.step("finish", () => finishRun(runId));
  return { status: finished.status, runId };
}

/** Resumes the source's unfinished run if there is one, otherwise opens a new one. */
export async function startRun(syncSourceId: string, trigger: "schedule" | "manual"): Promise<{ runId: string } | { skip: string }> {
  return db.transaction(async (tx) => {
    // The row lock makes "find the open run or create one" atomic for concurrent starts.
    const [source] = await tx.select().from(syncSources).where(eq(syncSources.id, syncSourceId)).for("update");
    if (!source) return { skip: "The sync source was removed." };
    if (source.status === "paused") return { skip: "The sync source is paused." };
    if (source.status === "reauth_required" || !source.connectionId) {
      await tx.update(syncSources).set({ status: "reauth_required" }).where(eq(syncSources.id, source.id));
      return { skip: "The sync source needs its owner to authorise again." };
    }
    const [open] = await tx
      .select({ id: syncRuns.id })
      .from(syncRuns)
      .where(and(eq(syncRuns.syncSourceId, source.id), inArray(syncRuns.status, ["queued", "running"])))
      .orderBy(syncRuns.createdAt)
      .limit(1);
    const startedAt = new Date();
    if (open) {
      await tx.update(syncRuns).set({ status: "running", startedAt: sql`coalesce(${syncRuns.startedAt}, ${startedAt})` }).where(eq(syncRuns.id, open.id));
      return { runId: open.id };
    }
    const [run] = await tx.insert(syncRuns).values({ syncSourceId: source.id, trigger, status: "running", startedAt }).returning({ id: syncRuns.id });
    return { runId: run.id };
  });
}

type Work<T> = (source: SyncSource, provider: "highq" | "intralinks", connector: Connector, host: string) => Promise<T>;

/**
 * Runs one step's work as the source's owner and decides what a failure means: reauthentication
 * pauses the source, a permanent remote refusal fails the run (the schedule tries again later),
 * a transient one is thrown for the job layer to retry — unless this was the last attempt.
 */
async function guarded<T>(runId: string, io: Pick<JobIO, "attempt" | "maxAttempts">, work: Work<T>): Promise<T | Stopped> {
  const [row] = await db
    .select({ source: syncSources, provider: integrations.provider, host: integrations.host })
    .from(syncRuns)
    .innerJoin(syncSources, eq(syncSources.id, syncRuns.syncSourceId))
    .innerJoin(integrations, eq(integrations.id, syncSources.integrationId))
    .where(eq(syncRuns.id, runId));
  if (!row?.source.connectionId) return stopRun(runId, row?.source.id, "reauth_required", null);
  try {
    return await work(row.source, row.provider, await connectorForConnection(row.source.connectionId), row.host);
  } catch (error) {
    if (isRemoteError(error, "REAUTH_REQUIRED")) return stopRun(runId, row.source.id, "reauth_required", error);
    if ((isRemoteError(error) && !error.retryable) || io.attempt >= io.maxAttempts) return stopRun(runId, row.source.id, "failed", error);
    await db.update(syncRuns).set({ error: toSyncError(error) }).where(eq(syncRuns.id, runId));
    throw error;
  }
}

async function stopRun(runId: string, sourceId: string | undefined, status: Stopped["status"], error: unknown): Promise<Stopped> {
  const detail = error ? toSyncError(error) : { code: "REAUTH_REQUIRED", message: "The authorisation this sync ran as was removed." };
  await db.transaction(async (tx) => {
    const [run] = await tx
      .update(syncRuns)
      .set({ status: "failed", error: detail, finishedAt: new Date() })
      .where(eq(syncRuns.id, runId))
      .returning();
    if (run) await tx.update(syncRuns).set({ durationMs: durationOf(run) }).where(eq(syncRuns.id, runId));
    if (!sourceId) return;
    const source = await tx.select().from(syncSources).where(eq(syncSources.id, sourceId)).then((rows) => rows[0]);
    if (!source) return;
    await tx
      .update(syncSources)
      .set({
        status: status === "reauth_required" ? "reauth_required" : "error",
        statusError: detail,
        lastRunAt: new Date(),
        nextRunAt: new Date(Date.now() + source.intervalMinutes * 60_000),
      })
      .where(eq(syncSources.id, sourceId));
  });
  return { stopped: true, status };
}

/**
 * Documents that still failed at the end of a run are not left for the next schedule: the source
 * runs again after 1, 2, 4 … minutes (doubling with each run in a row that ended partly, never
 * later than its interval). Each run lists the whole folder, so a follow-up brings in exactly what
 * is still missing.
 */
export function followUpDelayMinutes(partialRunsInARow: number, intervalMinutes: number): number {
  return Math.min(intervalMinutes, 2 ** Math.max(0, Math.min(partialRunsInARow - 1, 16)));
}

/** Counts the plan's outcomes into the run's history row and schedules the source's next run. */
export async function finishRun(runId: string): Promise<{ status: "succeeded" | "partial" }> {
  return db.transaction(async (tx) => {
    const counts = await tx
      .select({ outcome: syncRunItems.outcome, n: sql<number>`count(*)::int` })
      .from(syncRunItems)
      .where(eq(syncRunItems.runId, runId))
      .groupBy(syncRunItems.outcome);
    const count = (outcome: string) => counts.find((row) => row.outcome === outcome)?.n ?? 0;
    const planned = counts.reduce((total, row) => total + row.n, 0);
    const [run] = await tx.select().from(syncRuns).where(eq(syncRuns.id, runId));
    const finishedAt = new Date();
    const status = count("failed") > 0 ? ("partial" as const) : ("succeeded" as const);
    await tx
      .update(syncRuns)
      .set({
        status,
        newCount: count("new"),
        updatedCount: count("updated"),
        // Unchanged at planning (no plan row), plus new remote versions with identical bytes.
        unchangedCount: run.found - planned + count("unchanged"),
        skippedCount: count("skipped"),
        failedCount: count("failed"),
        error: null,
        finishedAt,
        durationMs: durationOf({ ...run, finishedAt }),
      })
      .where(eq(syncRuns.id, runId));
    const [source] = await tx.select().from(syncSources).where(eq(syncSources.id, run.syncSourceId));
    let delayMinutes = source.intervalMinutes;
    if (status === "partial") {
      const recent = await tx
        .select({ status: syncRuns.status })
        .from(syncRuns)
        .where(and(eq(syncRuns.syncSourceId, source.id), inArray(syncRuns.status, ["succeeded", "partial", "failed"])))
        .orderBy(desc(syncRuns.finishedAt))
        .limit(17);
      const inARow = recent.findIndex((row) => row.status !== "partial");
      delayMinutes = followUpDelayMinutes(inARow === -1 ? recent.length : inARow, source.intervalMinutes);
    }
    await tx
      .update(syncSources)
      .set({
        lastRunAt: finishedAt,
        nextRunAt: new Date(finishedAt.getTime() + delayMinutes * 60_000),
        ...(source.status === "error" ? { status: "active" as const, statusError: null } : {}),
      })
      .where(eq(syncSources.id, source.id));
    return { status };
  });
}

function durationOf(run: { startedAt: Date | null; createdAt: Date; finishedAt: Date | null }): number {
  return Math.max(0, (run.finishedAt ?? new Date()).getTime() - (run.startedAt ?? run.createdAt).getTime());
}
