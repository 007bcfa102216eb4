import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions, type StoredInsightField } from "@/lib/db/schema";
import type { StepBudget } from "@/lib/jobs/budget";
import { blobStore } from "@/lib/storage";
import { analyzeDocument, type DocumentAnalysis } from "../analyze-document";
import type { ExtractedField, Extractor } from "../fields/types";
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from "../text/types";

export type ExtractInsightsResult = { status: "gone" } | { status: (typeof documentInsights.$inferSelect)["status"]; fields: number };

export function toStoredFields(fields: ExtractedField[]): Record<string, StoredInsightField> {
  return Object.fromEntries(
    fields.map(({ key, value, page, snippet, confidence, estimate }) => [
      key,
      { value, ...(page !== undefined ? { page } : {}), ...(snippet ? { snippet } : {}), ...(confidence ? { confidence } : {}), ...(estimate ? { estimate } : {}) },
    ]),
  );
}

/** Extraction inside a durable step: it reads no more bytes, and spends no more time, than the step has left. */
function limitsWithin(budget: StepBudget): Partial<ExtractionLimits> {
  return {
    maxInputBytes: Math.min(DEFAULT_EXTRACTION_LIMITS.maxInputBytes, budget.limits.maxBytes),
    timeBudgetMs: Math.min(DEFAULT_EXTRACTION_LIMITS.timeBudgetMs, budget.remainingMs),
  };
}

/**
 * Reads one document version's bytes from the blob store and stores what `analyzeDocument` found.
 * Idempotent: the row is keyed by version and overwritten, so a retried or duplicated job gives
 * the same result. A file that cannot be read is a status with a reason, never a thrown error;
 * only infrastructure failures (database, storage I/O) throw, for the job layer to retry.
 */
export async function extractInsights(
  documentVersionId: string,
  options: { extractor?: Extractor; budget?: StepBudget } = {},
): Promise<ExtractInsightsResult> {
  const [row] = await db
    .select({ version: documentVersions, document: documents })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(eq(documentVersions.id, documentVersionId));
  if (!row) return { status: "gone" };
  const { version, document } = row;

  const now = new Date();
  await db
    .insert(documentInsights)
    .values({ documentVersionId, documentId: document.id, divisionId: document.divisionId, status: "running", attempts: 1, startedAt: now })
    .onConflictDoUpdate({
      target: documentInsights.documentVersionId,
      set: { status: "running", reason: null, attempts: sql`${documentInsights.attempts} + 1`, startedAt: now, finishedAt: null },
    });

  options.budget?.spend(version.size);
  const store = blobStore();
  let analysis: DocumentAnalysis | { failed: string };
  if (!(await store.exists(version.storageKey))) {
    analysis = { failed: "The stored file is missing, so its text could not be read." };
  } else {
    // Text extraction never throws; an extractor might, and that is this document's failure, not the job's.
    analysis = await analyzeDocument(
      { bytes: store.open(version.storageKey), mediaType: version.mediaType, filename: document.name, size: version.size },
      { extractor: options.extractor, limits: options.budget ? limitsWithin(options.budget) : undefined },
    ).catch((error: unknown) => ({ failed: `Field extraction failed: ${error instanceof Error ? error.message : String(error)}` }));
  }

  const outcome =
    "failed" in analysis
    ? { status: "failed" as const, reason: analysis.failed, fields: {}, truncated: false, extractor: null }
    : analysis.extraction.status === "ok"
      ? { status: "ok" as const, reason: null, fields: toStoredFields(analysis.fields), truncated: analysis.extraction.truncated, extractor: analysis.extractor }
      : { status: analysis.extraction.status, reason: analysis.extraction.reason, fields: {}, truncated: false, extractor: analysis.extractor };

  await db
    .update(documentInsights)
    .set({ ...outcome, finishedAt: new Date() })
    .where(eq(documentInsights.documentVersionId, documentVersionId));
  return { status: outcome.status, fields: Object.keys(outcome.fields).length };
}
