import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertDivisionAdmin, assertDivisionMember } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { folders, integrationTargets, reportRunErrors, reportRuns, reportTargets, type ReportMappingEntry, type ReportTarget } from "@/lib/db/schema";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { getFolderOrThrow } from "@/lib/files/folders";
import { INSIGHT_FIELDS, suggestMapping } from "@/lib/insights";
import type { ReportTargetInput, updateReportTargetSchema } from "@/lib/validation/reports";
import { getIntegrationTargetOrThrow, readTargetColumns } from "./integration-targets";
import { checkMapping } from "./values";

const nameTaken = (name: string) => conflict(`This division already has a report target named “${name}”.`);

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? error;
  return (cause as { code?: string }).code === "23505";
}

/** Runs that have not finished; at most one exists per report target. */
export const ACTIVE_RUN_STATUSES = ["queued", "running"] as const;

export async function getReportTargetOrThrow(actor: Actor, reportTargetId: string, { admin = false } = {}): Promise<ReportTarget> {
  const [target] = await db.select().from(reportTargets).where(eq(reportTargets.id, reportTargetId));
  if (!target) throw notFound("That report target");
  if (admin) assertDivisionAdmin(actor, target.divisionId);
  else assertDivisionMember(actor, target.divisionId);
  return target;
}

export async function listReportTargets(actor: Actor, divisionId: string) {
  assertDivisionMember(actor, divisionId);
  const lastRun = db
    .selectDistinctOn([reportRuns.reportTargetId])
    .from(reportRuns)
    .orderBy(reportRuns.reportTargetId, desc(reportRuns.createdAt))
    .as("last_run");
  const rows = await db
    .select({
      target: reportTargets,
      sheet: { name: integrationTargets.name, sheetName: integrationTargets.sheetName, siteName: integrationTargets.siteName, status: integrationTargets.status, statusReason: integrationTargets.statusReason, connectionId: integrationTargets.connectionId },
      folderName: folders.name,
      lastRun: {
        id: lastRun.id,
        status: lastRun.status,
        total: lastRun.total,
        processed: lastRun.processed,
        created: lastRun.created,
        updated: lastRun.updated,
        unchanged: lastRun.unchanged,
        failed: lastRun.failed,
        waiting: lastRun.waiting,
        error: lastRun.error,
        createdAt: lastRun.createdAt,
        finishedAt: lastRun.finishedAt,
      },
    })
    .from(reportTargets)
    .innerJoin(integrationTargets, eq(integrationTargets.id, reportTargets.integrationTargetId))
    .leftJoin(folders, eq(folders.id, reportTargets.folderId))
    .leftJoin(lastRun, eq(lastRun.reportTargetId, reportTargets.id))
    .where(eq(reportTargets.divisionId, divisionId))
    .orderBy(asc(sql`lower(${reportTargets.name})`));
  return rows.map(({ target, sheet, folderName, lastRun: run }) => ({
    id: target.id,
    name: target.name,
    integrationTargetId: target.integrationTargetId,
    folderId: target.folderId,
    scope: target.folderId ? `${folderName ?? "folder"} and its subfolders` : "Whole division",
    mapping: target.mapping,
    lowConfidence: target.lowConfidence,
    scheduleHours: target.scheduleHours,
    nextRunAt: target.nextRunAt,
    sheet: {
      ...sheet,
      status: sheet.connectionId ? sheet.status : ("reauth_required" as const),
    },
    lastRun: run?.id ? run : null,
  }));
}

/** Everything the mapping editor needs: the iSheet's live columns and a proposed column per field. */
export async function mappingEditor(actor: Actor, integrationTargetId: string) {
  const target = await getIntegrationTargetOrThrow(actor, integrationTargetId);
  const columns = await readTargetColumns(target);
  const writable = columns.filter((column) => column.writable).map((column) => ({ ...column, type: column.remoteType }));
  const proposed = suggestMapping(INSIGHT_FIELDS, writable);
  return {
    columns: columns.map(({ id, title, kind, remoteType, required, writable: canWrite, choices }) => ({ id, title, kind, remoteType, required, writable: canWrite, choices: choices ?? [] })),
    proposals: Object.fromEntries(INSIGHT_FIELDS.map((field) => [field.key, proposed.get(field.key)?.id ?? null])) as Record<string, string | null>,
  };
}

/** Validates scope and mapping against the live iSheet; returns the mapping as stored. */
async function validatedTarget(actor: Actor, input: ReportTargetInput): Promise<{ mapping: ReportMappingEntry[] }> {
  const integrationTarget = await getIntegrationTargetOrThrow(actor, input.integrationTargetId, { admin: true });
  if (integrationTarget.divisionId !== input.divisionId) throw forbidden("That integration target belongs to another division.");
  if (input.folderId) {
    const folder = await getFolderOrThrow(actor, input.folderId);
    if (folder.divisionId !== input.divisionId) throw forbidden("That folder belongs to another division.");
  }
  const fields = new Set<string>();
  for (const entry of input.mapping) {
    if (fields.has(entry.field)) throw invalid("Each insight field can be mapped once.");
    fields.add(entry.field);
  }
  const columns = await readTargetColumns(integrationTarget);
  const problems = checkMapping(input.mapping, columns);
  if (problems.length > 0) throw invalid(problems.map((problem) => problem.message).join(" "));
  return {
    mapping: input.mapping.map((entry) => {
      const column = columns.find((candidate) => candidate.id === entry.columnId)!;
      return { field: entry.field, columnId: column.id, columnTitle: column.title, columnType: column.remoteType };
    }),
  };
}

// A new schedule starts with a run at the next scheduler tick; the interval counts from there.
const firstRunAt = (scheduleHours: number | null) => (scheduleHours ? new Date() : null);

export async function createReportTarget(actor: Actor, input: ReportTargetInput): Promise<string> {
  assertDivisionAdmin(actor, input.divisionId);
  const { mapping } = await validatedTarget(actor, input);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(reportTargets)
        .values({ ...input, mapping, nextRunAt: firstRunAt(input.scheduleHours), createdBy: actor.id })
        .returning({ id: reportTargets.id });
      await recordAudit(tx, {
        actorId: actor.id,
        divisionId: input.divisionId,
        action: "report_target.created",
        targetType: "report_target",
        targetId: created.id,
        summary: `Created the report target ${input.name} (${mapping.length} mapped field${mapping.length === 1 ? "" : "s"})`,
      });
      return created.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function updateReportTarget(actor: Actor, input: z.infer<typeof updateReportTargetSchema>): Promise<void> {
  const existing = await getReportTargetOrThrow(actor, input.reportTargetId, { admin: true });
  if (existing.divisionId !== input.divisionId) throw forbidden();
  const { mapping } = await validatedTarget(actor, input);
  const scheduleChanged = existing.scheduleHours !== input.scheduleHours;
  try {
    await db.transaction(async (tx) => {
      await tx
        .update(reportTargets)
        .set({
          name: input.name,
          integrationTargetId: input.integrationTargetId,
          folderId: input.folderId,
          mapping,
          lowConfidence: input.lowConfidence,
          scheduleHours: input.scheduleHours,
          ...(scheduleChanged ? { nextRunAt: firstRunAt(input.scheduleHours) } : {}),
        })
        .where(eq(reportTargets.id, existing.id));
      await recordAudit(tx, {
        actorId: actor.id,
        divisionId: existing.divisionId,
        action: "report_target.updated",
        targetType: "report_target",
        targetId: existing.id,
        summary: `Changed the report target ${input.name}`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function deleteReportTarget(actor: Actor, reportTargetId: string): Promise<void> {
  const target = await getReportTargetOrThrow(actor, reportTargetId, { admin: true });
  await db.transaction(async (tx) => {
    await tx.delete(reportTargets).where(eq(reportTargets.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: target.divisionId,
      action: "report_target.deleted",
      targetType: "report_target",
      targetId: target.id,
      summary: `Removed the report target ${target.name} (rows already in the iSheet stay)`,
    });
  });
}

/** A report target's runs, newest first, for the history table. */
export async function listReportRuns(actor: Actor, reportTargetId: string, { limit = 20 } = {}) {
  const target = await getReportTargetOrThrow(actor, reportTargetId);
  return db.select().from(reportRuns).where(eq(reportRuns.reportTargetId, target.id)).orderBy(desc(reportRuns.createdAt)).limit(limit);
}

export async function activeRunFor(reportTargetIds: string[]) {
  if (reportTargetIds.length === 0) return [];
  return db
    .select()
    .from(reportRuns)
    .where(and(inArray(reportRuns.reportTargetId, reportTargetIds), inArray(reportRuns.status, [...ACTIVE_RUN_STATUSES])));
}

/** One run with its per-row errors, for the history page. */
export async function getReportRun(actor: Actor, runId: string, { errorLimit = 200 } = {}) {
  const [run] = await db.select().from(reportRuns).where(eq(reportRuns.id, runId));
  if (!run) throw notFound("That report run");
  await getReportTargetOrThrow(actor, run.reportTargetId);
  const errors = await db
    .select({ documentId: reportRunErrors.documentId, documentName: reportRunErrors.documentName, message: reportRunErrors.message })
    .from(reportRunErrors)
    .where(eq(reportRunErrors.runId, run.id))
    .orderBy(asc(reportRunErrors.documentName))
    .limit(errorLimit);
  return { run, errors };
}
