import "server-only";
import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertDivisionAdmin } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions } from "@/lib/db/schema";
import { getDocumentOrThrow } from "@/lib/files/documents";
import type { StepBudget } from "@/lib/jobs/budget";
import { emitMany } from "@/lib/jobs/emit";
import { extractInsights } from "./extract-version";

/** A "running" row older than this belongs to a worker that died; it is picked up again. */
const STALE_RUNNING_MS = 15 * 60 * 1000;

/** Only the current version of each document is extracted: older versions are history. */
const isCurrentVersion = eq(documentVersions.versionNumber, documents.versionCount);

/**
 * Marks versions as waiting for extraction (new, or to be done again). The extraction job and the
 * periodic sweep both work from these rows, so a lost event only delays a document, never skips it.
 */
export async function markForExtraction(documentVersionIds: string[]): Promise<void> {
  if (documentVersionIds.length === 0) return;
  await db.execute(sql`
    INSERT INTO ${documentInsights} (document_version_id, document_id, division_id, status)
    SELECT v.id, d.id, d.division_id, 'pending'
    FROM ${documentVersions} v JOIN ${documents} d ON d.id = v.document_id
    WHERE v.id IN (${sql.join(documentVersionIds.map((id) => sql`${id}`), sql`, `)})
    ON CONFLICT (document_version_id) DO UPDATE SET status = 'pending', reason = NULL, started_at = NULL, finished_at = NULL, updated_at = now()`);
}

/** Current versions with no finished extraction: never queued, queued, or stuck "running". */
export async function versionsAwaitingExtraction(limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: documentVersions.id })
    .from(documentVersions)
    .innerJoin(documents, and(eq(documents.id, documentVersions.documentId), isCurrentVersion))
    .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
    .where(
      or(
        isNull(documentInsights.id),
        eq(documentInsights.status, "pending"),
        and(eq(documentInsights.status, "running"), lt(documentInsights.startedAt, new Date(Date.now() - STALE_RUNNING_MS))),
      ),
    )
    .orderBy(documentVersions.createdAt)
    .limit(limit);
  return rows.map((row) => row.id);
}

/** The sweep: extracts up to `limit` waiting versions one after another (extraction is CPU-bound). */
/** Extracts up to `limit` waiting versions; with a `budget`, none starts once it is spent (the next sweep takes the rest). */
export async function extractAwaitingInsights({ limit = 50, budget }: { limit?: number; budget?: StepBudget } = {}): Promise<{ extracted: number }> {
  const ids = await versionsAwaitingExtraction(limit);
  let extracted = 0;
  for (const id of ids) {
    if (budget?.exhausted) break;
    await extractInsights(id, { budget });
    extracted++;
  }
  return { extracted };
}

export type RerunScope = { divisionId: string; documentId?: string; onlyProblems?: boolean };

/**
 * A division administrator asks for extraction again: one document, the division's documents whose
 * extraction did not succeed, or all of them. Returns the version ids now waiting (their extraction
 * is requested).
 */
export async function rerunExtraction(actor: Actor, scope: RerunScope): Promise<string[]> {
  assertDivisionAdmin(actor, scope.divisionId);
  if (scope.documentId) {
    const document = await getDocumentOrThrow(actor, scope.documentId);
    if (document.divisionId !== scope.divisionId) assertDivisionAdmin(actor, document.divisionId);
  }
  const rows = await db
    .select({ id: documentVersions.id })
    .from(documentVersions)
    .innerJoin(documents, and(eq(documents.id, documentVersions.documentId), isCurrentVersion))
    .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
    .where(
      and(
        eq(documents.divisionId, scope.divisionId),
        scope.documentId ? eq(documents.id, scope.documentId) : undefined,
        scope.onlyProblems ? or(isNull(documentInsights.id), inArray(documentInsights.status, ["no_text", "encrypted", "unsupported", "failed"])) : undefined,
      ),
    );
  const ids = rows.map((row) => row.id);
  await markForExtraction(ids);
  await recordAudit(db, {
    actorId: actor.id,
    divisionId: scope.divisionId,
    action: "insights.rerun",
    targetType: scope.documentId ? "document" : "division",
    targetId: scope.documentId ?? scope.divisionId,
    summary: `Asked for extraction again on ${ids.length} document${ids.length === 1 ? "" : "s"}`,
  });
  await dispatchExtraction(ids);
  return ids;
}

/** Asks the job layer to extract versions already marked waiting (e.g. by a re-run). */
export async function dispatchExtraction(documentVersionIds: string[]): Promise<void> {
  await emitMany(documentVersionIds.map((documentVersionId) => ({ name: "insights/extract.requested", data: { documentVersionId } })));
}
