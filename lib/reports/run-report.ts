import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { describeError, errorCode } from "@/lib/errors/describe";
import { recordAudit } from "@/lib/audit";
import { isRemoteError } from "@/lib/connectors";
import type { HighqIsheets, IsheetColumn, IsheetItemInput } from "@/lib/connectors/highq";
import { db } from "@/lib/db";
import { textArray, uuidArray } from "@/lib/db/arrays";
import {
  documentInsights,
  documents,
  documentVersions,
  integrationTargets,
  reportRows,
  reportRunErrors,
  reportRuns,
  reportTargets,
  type ReportRun,
  type ReportTarget,
} from "@/lib/db/schema";
import { AppError, conflict } from "@/lib/errors";
import { subtreeIds } from "@/lib/files/folders";
import { fileFacts } from "@/lib/insights/store/file-facts";
import type { StepBudget } from "@/lib/jobs/budget";
import { acquireLease, releaseLease, renewLease } from "./lease";
import { ACTIVE_RUN_STATUSES, getReportTargetOrThrow } from "./report-targets";
import { dispatchReportRuns } from "./run-requests";
import { assertOwnerMayReport, openTarget } from "./integration-targets";
import { recordTargetFailure } from "./target-status";
import { buildItem, checkMapping, externalIdFor, type FieldValue } from "./values";
import { createBatch, isRowError, upsertRow, type KnownRow, type WriteOutcome } from "./writer";

export type RunReportOptions = {
  /** Aborting means the process is going away: stop at once and leave the run to be resumed, as a kill would. */
  signal?: AbortSignal;
  leaseTtlMs?: number;
  /** How long to wait while another run of the same target holds the lease. */
  leaseWaitMs?: number;
  pageSize?: number;
  createBatchSize?: number;
  /** Row updates sent at once (HighQ has no batch update). */
  concurrency?: number;
  /** Called after every remote write and before it is recorded: where a crash hurts most (tests). */
  onRemoteWrite?: () => void;
  /** Once spent, the run stops after its current page and answers `continues: true` (a serverless step's limit). */
  budget?: StepBudget;
};

/** A run that could not start because another run of the same target kept the lease; retry later. */
export class ReportBusyError extends AppError {
  constructor() {
    super("CONFLICT", "Another run of this report is still working; this one will continue after it.");
  }
}

/** After this many invocations a run that keeps failing is given up (the scheduler makes a new one next time). */
export const MAX_RUN_ATTEMPTS = 5;

const DEFAULTS = { leaseTtlMs: 2 * 60_000, leaseWaitMs: 10 * 60_000, pageSize: 100, createBatchSize: 50, concurrency: 4 };

/**
 * Asks for a run of a report target (Run report). At most one run per target is queued or running:
 * asking again while one is returns that one, so double clicks and a schedule firing during a
 * manual run never start a second writer.
 */
export async function requestReportRun(actor: Actor, reportTargetId: string): Promise<{ runId: string; alreadyActive: boolean }> {
  const target = await getReportTargetOrThrow(actor, reportTargetId, { admin: true });
  const result = await createRun(target.id, "manual", actor.id);
  if (!result.alreadyActive) {
    await recordAudit(db, {
      actorId: actor.id,
      divisionId: target.divisionId,
      action: "report.run_requested",
      targetType: "report_target",
      targetId: target.id,
      summary: `Ran the report ${target.name}`,
    });
    await dispatchReportRuns([result.runId]);
  }
  return result;
}

async function createRun(reportTargetId: string, trigger: "manual" | "schedule", requestedBy: string | null) {
  return db.transaction(async (tx) => {
    // The row lock makes "is one active? if not, add one" atomic between concurrent requests.
    const [target] = await tx.select({ id: reportTargets.id, scheduleHours: reportTargets.scheduleHours }).from(reportTargets).where(eq(reportTargets.id, reportTargetId)).for("update");
    if (!target) throw conflict("That report target was removed.");
    const [active] = await tx
      .select({ id: reportRuns.id })
      .from(reportRuns)
      .where(and(eq(reportRuns.reportTargetId, reportTargetId), inArray(reportRuns.status, [...ACTIVE_RUN_STATUSES])));
    if (trigger === "schedule" && target.scheduleHours) {
      await tx.update(reportTargets).set({ nextRunAt: new Date(Date.now() + target.scheduleHours * 3_600_000) }).where(eq(reportTargets.id, reportTargetId));
    }
    if (active) return { runId: active.id, alreadyActive: true };
    const [run] = await tx.insert(reportRuns).values({ reportTargetId, trigger, requestedBy }).returning({ id: reportRuns.id });
    return { runId: run.id, alreadyActive: false };
  });
}

/** Scheduler tick: a run for every scheduled target that is due (its next run time moves on). */
export async function startDueReportRuns(now = new Date()): Promise<string[]> {
  const due = await db
    .select({ id: reportTargets.id })
    .from(reportTargets)
    .where(and(sql`${reportTargets.scheduleHours} IS NOT NULL`, lte(reportTargets.nextRunAt, now)));
  const runIds: string[] = [];
  for (const target of due) runIds.push((await createRun(target.id, "schedule", null)).runId);
  return runIds;
}

/**
 * Runs that should be working but nobody is: queued runs whose start event was lost and running
 * runs whose worker died (their lease expired). The scheduler resumes them.
 */
export async function stalledReportRuns(now = new Date()): Promise<string[]> {
  const rows = await db
    .select({ id: reportRuns.id })
    .from(reportRuns)
    .innerJoin(reportTargets, eq(reportTargets.id, reportRuns.reportTargetId))
    .where(
      and(
        inArray(reportRuns.status, [...ACTIVE_RUN_STATUSES]),
        // A queued run may just be waiting its turn in the job queue; only a long wait means its event was lost.
        lte(reportRuns.createdAt, new Date(now.getTime() - 10 * 60_000)),
        sql`(${reportTargets.leaseRunId} IS NULL OR ${reportTargets.leaseExpiresAt} < ${now})`,
      ),
    );
  return rows.map((row) => row.id);
}

type ScopeRow = Awaited<ReturnType<typeof scopePage>>[number];

async function scopePage(target: ReportTarget, folderIds: string[] | null, after: string | null, limit: number) {
  return db
    .select({
      id: documents.id,
      name: documents.name,
      size: documents.size,
      mediaType: documents.mediaType,
      source: documents.source,
      remotePath: documents.remotePath,
      versionCount: documents.versionCount,
      versionCreatedAt: documentVersions.createdAt,
      insightStatus: documentInsights.status,
      fields: documentInsights.fields,
      row: { state: reportRows.state, itemId: reportRows.itemId, valuesHash: reportRows.valuesHash, lastRunId: reportRows.lastRunId },
    })
    .from(documents)
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.versionNumber, documents.versionCount)))
    .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
    .leftJoin(reportRows, and(eq(reportRows.reportTargetId, target.id), eq(reportRows.documentId, documents.id)))
    .where(scopeWhere(target, folderIds, after))
    .orderBy(asc(documents.id))
    .limit(limit);
}

function scopeWhere(target: ReportTarget, folderIds: string[] | null, after: string | null) {
  return and(eq(documents.divisionId, target.divisionId), folderIds ? inArray(documents.folderId, folderIds) : undefined, after ? gt(documents.id, after) : undefined);
}

/** The values to write; with `lowConfidence: "blank"` a low-confidence field is left empty rather than guessed. */
function valuesOf(row: ScopeRow, lowConfidence: ReportTarget["lowConfidence"]): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [key, field] of Object.entries(row.fields ?? {})) values[key] = lowConfidence === "blank" && field.confidence === "low" ? undefined : field.value;
  return { ...values, ...fileFacts(row) };
}

const FINISHED_EXTRACTION = new Set(["ok", "no_text", "encrypted", "unsupported", "failed"]);

export type RunSummary = Pick<ReportRun, "id" | "status" | "total" | "processed" | "created" | "updated" | "unchanged" | "failed" | "waiting" | "error">;

const summaryOf = ({ id, status, total, processed, created, updated, unchanged, failed, waiting, error }: ReportRun): RunSummary => ({ id, status, total, processed, created, updated, unchanged, failed, waiting, error });

/** Ends the run (partial when some row failed) and answers its summary, in one statement. */
async function finishRun(runId: string, outcome: { error?: unknown } = {}): Promise<RunSummary> {
  const [run] = await db
    .update(reportRuns)
    .set({
      status: outcome.error ? "failed" : sql`(case when ${reportRuns.failed} > 0 then 'partial' else 'succeeded' end)::report_run_status`,
      finishedAt: new Date(),
      ...(outcome.error ? { error: describeError(outcome.error), errorCode: errorCode(outcome.error) } : {}),
    })
    .where(eq(reportRuns.id, runId))
    .returning();
  return summaryOf(run);
}

/**
 * The "Run report" job: writes one iSheet row per document in scope — created when new, updated in
 * place when its values changed, skipped when not, and never duplicated, also when the run is
 * retried after a crash or another run overlaps (per-target lease, rows keyed by external id).
 * Rows of documents that no longer exist are left alone. Resumable: work is recorded as it is done,
 * a batch per statement, and the walk's position per page, so a restarted run continues where it
 * stopped. The database work grows with the batches, not the rows.
 */
export async function runReport(runId: string, options: RunReportOptions = {}): Promise<RunSummary & { continues?: true }> {
  const settings = { ...DEFAULTS, ...options };
  // Waiting for another run's lease must not outlast the step either.
  if (options.budget) settings.leaseWaitMs = Math.min(settings.leaseWaitMs, options.budget.remainingMs);
  const [found] = await db
    .select({ run: reportRuns, target: reportTargets, integrationTarget: integrationTargets })
    .from(reportRuns)
    .innerJoin(reportTargets, eq(reportTargets.id, reportRuns.reportTargetId))
    .innerJoin(integrationTargets, eq(integrationTargets.id, reportTargets.integrationTargetId))
    .where(eq(reportRuns.id, runId));
  if (!found) throw conflict("That report run no longer exists.");
  if (!(ACTIVE_RUN_STATUSES as readonly string[]).includes(found.run.status)) return summaryOf(found.run);
  const { target, integrationTarget } = found;

  const holder = randomUUID();
  // Taken before asking, so that the lease is never thought younger than it is.
  let renewedAt = Date.now();
  if (!(await acquireLease(target.id, holder, { ttlMs: settings.leaseTtlMs, waitMs: settings.leaseWaitMs, signal: options.signal }))) {
    throw new ReportBusyError();
  }
  try {
    const [started] = await db
      .update(reportRuns)
      .set({ status: "running", startedAt: sql`coalesce(${reportRuns.startedAt}, now())`, attempts: sql`${reportRuns.attempts} + 1`, error: null, errorCode: null })
      .where(eq(reportRuns.id, runId))
      .returning();
    if (started.attempts > MAX_RUN_ATTEMPTS) {
      return finishRun(runId, { error: new AppError("INVALID", `The run failed ${MAX_RUN_ATTEMPTS} times and was stopped. ${found.run.error ?? ""}`.trim()) });
    }

    let isheets: HighqIsheets;
    let columns: IsheetColumn[];
    try {
      await assertOwnerMayReport(integrationTarget);
      ({ isheets, columns } = await openTarget(integrationTarget, { bulk: true }));
    } catch (error) {
      if (isRemoteError(error) && error.retryable) throw error;
      return finishRun(runId, { error });
    }
    const problems = checkMapping(target.mapping, columns);
    if (problems.length > 0) {
      return finishRun(runId, { error: new AppError("INVALID", `The iSheet changed since the mapping was made: ${problems.map((p) => p.message).join(" ")}`) });
    }

    const folderIds = target.folderId ? await subtreeIds(db, target.folderId) : null;
    const [{ n: total }] = await db.select({ n: count() }).from(documents).where(scopeWhere(target, folderIds, null));
    await db.update(reportRuns).set({ total }).where(eq(reportRuns.id, runId));

    const context: PageContext = {
      runId,
      target,
      sheetId: integrationTarget.sheetId,
      isheets,
      columns: new Map(columns.map((c) => [c.id, c])),
      settings,
      options,
      unrecorded: nothingToRecord(),
      recording: Promise.resolve(),
    };
    // Each page is read while the one before it is sent; a read left over when the run stops is only waited for.
    let nextPage = scopePage(target, folderIds, started.cursor, settings.pageSize);
    try {
      for (;;) {
        options.signal?.throwIfAborted();
        // A lease renewed less than a quarter of its life ago cannot have expired, so nobody can have taken it.
        if (Date.now() - renewedAt > settings.leaseTtlMs / 4) {
          if (!(await renewLease(target.id, holder, settings.leaseTtlMs))) throw conflict("Another run took over this report; this one stopped.");
          renewedAt = Date.now();
        }
        const page = await nextPage;
        if (page.length === 0) break;
        const cursor = page[page.length - 1].id;
        nextPage = scopePage(target, folderIds, cursor, settings.pageSize);
        nextPage.catch(() => {});
        const counts = await processPage(context, page);
        // The page's unchanged and waiting documents are counted together with the cursor that passes them, after its rows.
        record(context, { ...counts, cursor });
        if (options.budget?.exhausted) {
          await context.recording;
          // Handing over to the next step is not a failed attempt.
          const [run] = await db.update(reportRuns).set({ attempts: sql`${reportRuns.attempts} - 1` }).where(eq(reportRuns.id, runId)).returning();
          return { ...summaryOf(run), continues: true };
        }
      }
      await context.recording;
    } finally {
      // Nothing of this invocation runs on after it returned; a failure here was already thrown or is outranked.
      await Promise.allSettled([context.recording, nextPage]);
    }
    return finishRun(runId);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (isRemoteError(error, "REAUTH_REQUIRED")) await recordTargetFailure(integrationTarget.id, error);
    const retryable = (isRemoteError(error) && error.retryable) || error instanceof ReportBusyError || !(error instanceof AppError || isRemoteError(error));
    if (!retryable) return finishRun(runId, { error });
    // Left running with the reason shown; the job layer (or the scheduler's stalled-run sweep) resumes it.
    await db.update(reportRuns).set({ error: describeError(error), errorCode: errorCode(error) }).where(eq(reportRuns.id, runId));
    throw error;
  } finally {
    if (!options.signal?.aborted) await releaseLease(target.id, holder);
  }
}

type PageContext = {
  runId: string;
  target: ReportTarget;
  sheetId: string;
  isheets: HighqIsheets;
  columns: Map<string, IsheetColumn>;
  settings: typeof DEFAULTS;
  options: RunReportOptions;
  remoteRows?: Promise<Map<string, string>>;
  /** What is waiting to be recorded, and the writing of it (see `record`). */
  unrecorded: Unrecorded;
  recording: Promise<void>;
  writing?: boolean;
  recordFailure?: { error: unknown };
};

type Pending = { documentId: string; name: string; externalId: string; hash: string; item: IsheetItemInput; known: KnownRow };

type Written = { documentId: string; externalId: string; hash: string; itemId: string | null; kind: WriteOutcome["kind"] };
type Failed = { documentId: string; name: string; externalId: string; message: string };
/** What a batch of rows came to. */
type Outcomes = { written: Written[]; failed: Failed[] };
/** Everything not yet recorded, written together (see `recordOutcomes`): rows to mark pending, outcomes, and passed pages' counts with the cursor. */
type Unrecorded = Outcomes & { marked: Pending[]; unchanged: number; waiting: number; cursor?: string };

const nothingToRecord = (): Unrecorded => ({ written: [], failed: [], marked: [], unchanged: 0, waiting: 0 });

async function processPage(context: PageContext, page: ScopeRow[]) {
  const counts = { unchanged: 0, waiting: 0 };
  const invalid: Failed[] = [];
  const creates: Pending[] = [];
  const writes: Pending[] = [];
  for (const row of page) {
    // Already written or failed by an earlier attempt of this same run: counted then.
    if (row.row?.lastRunId === context.runId) continue;
    if (!row.insightStatus || !FINISHED_EXTRACTION.has(row.insightStatus)) {
      counts.waiting++;
      continue;
    }
    const externalId = externalIdFor(row.id);
    const built = buildItem(externalId, valuesOf(row, context.target.lowConfidence), context.target.mapping, context.columns);
    if ("error" in built) {
      invalid.push({ documentId: row.id, name: row.name, externalId, message: built.error });
      continue;
    }
    if (row.row?.state === "written" && row.row.valuesHash === built.hash) {
      counts.unchanged++;
      continue;
    }
    const pending: Pending = {
      documentId: row.id,
      name: row.name,
      externalId,
      hash: built.hash,
      item: built.item,
      known: row.row?.state ? { state: row.row.state, itemId: row.row.itemId } : null,
    };
    (pending.known ? writes : creates).push(pending);
  }
  record(context, { failed: invalid });
  await createNewRows(context, creates);
  await writeRows(context, writes);
  return counts;
}

/**
 * The sheet's rows by external id, read once per invocation and only when some document has no row
 * of this report yet: another report on the same iSheet, or this one before it was re-created, may
 * already have written it, and creating it again would make a second row.
 */
async function remoteRowsByExternalId(context: PageContext): Promise<Map<string, string>> {
  context.remoteRows ??= context.isheets.listItems(context.sheetId).then((items) => {
    const byExternalId = new Map<string, string>();
    for (const item of items) if (item.externalId && !byExternalId.has(item.externalId)) byExternalId.set(item.externalId, item.id);
    return byExternalId;
  });
  return context.remoteRows;
}

/**
 * Rows never sent before, created a batch per request. The page's new rows are marked pending in
 * one statement before the first is sent, so a crash after a POST leads to a lookup, not a second
 * POST; a row marked but not yet sent is looked up and created on its own by the resumed run. Then
 * the requests follow one another without waiting for the database (see `record`).
 */
async function createNewRows(context: PageContext, candidates: Pending[]) {
  if (candidates.length === 0) return;
  const remote = await remoteRowsByExternalId(context);
  const existing = candidates.filter((p) => remote.has(p.externalId));
  const creates = candidates.filter((p) => !remote.has(p.externalId));
  await writeRows(
    context,
    existing.map((pending) => ({ ...pending, known: { state: "written", itemId: remote.get(pending.externalId)! } })),
  );
  const batches = batchesOf(creates, context.settings.createBatchSize);
  if (batches.length === 0) return;
  record(context, { marked: creates });
  await context.recording;
  for (const batch of batches) {
    const itemIds = await createBatch(context.isheets, context.sheetId, batch.map((p) => p.item));
    context.options.onRemoteWrite?.();
    context.options.signal?.throwIfAborted();
    // The batch failed as a whole: write each row on its own (finds rows the batch did create).
    const outcomes = itemIds
      ? { written: batch.map((p, index) => ({ ...p, itemId: itemIds[index], kind: "created" as const })), failed: [] }
      : await writeEach(context, batch.map((pending) => ({ ...pending, known: { state: "pending", itemId: null } })));
    record(context, outcomes);
  }
}

/** Rows Ferry wrote before, updated one request each (HighQ has no batch update) and recorded a batch at a time. */
async function writeRows(context: PageContext, rows: Pending[]) {
  for (const batch of batchesOf(rows, context.settings.createBatchSize)) {
    record(context, await writeEach(context, batch));
  }
}

/** Writes each row with `upsertRow`, a few at once; a row HighQ refuses fails alone. */
async function writeEach(context: PageContext, rows: Pending[]): Promise<Outcomes> {
  const outcomes: Outcomes = { written: [], failed: [] };
  try {
    await mapWithConcurrency(rows, context.settings.concurrency, async (pending) => {
      let outcome: WriteOutcome;
      try {
        outcome = await upsertRow(context.isheets, context.sheetId, { ...pending.item, externalId: pending.externalId }, pending.known);
      } catch (error) {
        if (!isRowError(error)) throw error;
        outcomes.failed.push({ ...pending, message: describeError(error) });
        return;
      }
      context.options.onRemoteWrite?.();
      context.options.signal?.throwIfAborted();
      outcomes.written.push({ ...pending, ...outcome });
    });
  } catch (error) {
    // The rows HighQ wrote before the failure are kept; a killed run records nothing more.
    if (!context.options.signal?.aborted) record(context, outcomes);
    throw error;
  }
  return outcomes;
}

/**
 * Queues what to record and returns at once: the run goes on sending while the database writes.
 * One statement at a time, in order; what arrives meanwhile is written together by the next one,
 * so a database slower than HighQ costs fewer, larger statements rather than waiting. Await
 * `context.recording` for all of it to be written (a failure is thrown there, and by the next
 * `record`; nothing is recorded after it).
 */
function record(context: PageContext, part: Partial<Unrecorded>) {
  if (context.recordFailure) throw context.recordFailure.error;
  const queued = context.unrecorded;
  queued.written.push(...(part.written ?? []));
  queued.failed.push(...(part.failed ?? []));
  queued.marked.push(...(part.marked ?? []));
  queued.unchanged += part.unchanged ?? 0;
  queued.waiting += part.waiting ?? 0;
  queued.cursor = part.cursor ?? queued.cursor;
  if (context.writing) return;
  context.writing = true;
  context.recording = (async () => {
    try {
      while (!isEmpty(context.unrecorded)) {
        const next = context.unrecorded;
        context.unrecorded = nothingToRecord();
        await recordOutcomes(context, next);
      }
    } catch (error) {
      context.recordFailure = { error };
      throw error;
    } finally {
      context.writing = false;
    }
  })();
  context.recording.catch(() => {}); // met by whoever awaits it next
}

const isEmpty = (u: Unrecorded) => u.written.length + u.failed.length + u.marked.length === 0 && u.cursor === undefined && u.unchanged + u.waiting === 0;

/** What was queued, in one statement (atomic by itself): written rows, failed rows and their errors, pending marks, the run's counts and cursor. */
async function recordOutcomes(context: PageContext, { written, failed, marked: markPending, unchanged, waiting, cursor }: Unrecorded) {
  const created = written.filter((w) => w.kind === "created").length;
  const { runId } = context;
  const targetId = context.target.id;
  await db.execute(sql`
    with written as (
      insert into ${reportRows} (report_target_id, document_id, external_id, item_id, state, values_hash, last_run_id, written_at)
      select ${targetId}::uuid, v.document_id, v.external_id, v.item_id, 'written', v.values_hash, ${runId}::uuid, now()
      from unnest(${uuidArray(written.map((w) => w.documentId))}, ${textArray(written.map((w) => w.externalId))}, ${textArray(written.map((w) => w.itemId))}, ${textArray(written.map((w) => w.hash))})
        as v(document_id, external_id, item_id, values_hash)
      on conflict (report_target_id, document_id) do update
        set item_id = coalesce(excluded.item_id, ${reportRows}.item_id), state = 'written', values_hash = excluded.values_hash, last_run_id = excluded.last_run_id, written_at = excluded.written_at
    ),
    -- A failed row keeps its state (a pending create stays pending); last_run_id stops a resumed run counting it twice.
    failed_rows as (
      insert into ${reportRows} (report_target_id, document_id, external_id, state, last_run_id)
      select ${targetId}::uuid, v.document_id, v.external_id, 'pending', ${runId}::uuid
      from unnest(${uuidArray(failed.map((f) => f.documentId))}, ${textArray(failed.map((f) => f.externalId))}) as v(document_id, external_id)
      on conflict (report_target_id, document_id) do update set last_run_id = excluded.last_run_id
    ),
    marked as (
      insert into ${reportRows} (report_target_id, document_id, external_id, state)
      select ${targetId}::uuid, v.document_id, v.external_id, 'pending'
      from unnest(${uuidArray(markPending.map((p) => p.documentId))}, ${textArray(markPending.map((p) => p.externalId))}) as v(document_id, external_id)
      on conflict do nothing
    ),
    errors as (
      insert into ${reportRunErrors} (run_id, document_id, document_name, message)
      select ${runId}::uuid, v.document_id, v.document_name, v.message
      from unnest(${uuidArray(failed.map((f) => f.documentId))}, ${textArray(failed.map((f) => f.name))}, ${textArray(failed.map((f) => f.message))}) as v(document_id, document_name, message)
    )
    update ${reportRuns}
    set created = created + ${created}::int, updated = updated + ${written.length - created}::int, failed = failed + ${failed.length}::int,
        unchanged = unchanged + ${unchanged}::int, waiting = waiting + ${waiting}::int,
        processed = processed + ${written.length + failed.length + unchanged + waiting}::int, cursor = coalesce(${cursor ?? null}::uuid, cursor)
    where id = ${runId}::uuid`);
}


function batchesOf<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Runs `run` over the items, `limit` at once; after a failure starts no more, waits for those under way, then throws it. */
async function mapWithConcurrency<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failure && next < items.length) {
      try {
        await run(items[next++]);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw failure.error;
}
