import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertDivisionMember } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions, folders, type InsightStatus, type StoredInsightField } from "@/lib/db/schema";
import { getDocumentOrThrow } from "@/lib/files/documents";
import { getFolderOrThrow, subtreeIds } from "@/lib/files/folders";
import type { ListInsightsInput } from "@/lib/validation/reports";
import { fileFacts } from "./file-facts";

/** A document with no insight row yet is shown as waiting, like a queued one. */
export type InsightRowStatus = InsightStatus;

const fieldText = (key: string) => sql<string | null>`(${documentInsights.fields} -> ${key} ->> 'value')`;

const SORT_COLUMNS: Record<string, SQL> = {
  name: sql`lower(${documents.name})`,
  type: fieldText("documentType"),
  effective: fieldText("effectiveDate"),
  expiry: fieldText("expiryDate"),
  law: sql`lower(${fieldText("governingLaw")})`,
  status: sql`coalesce(${documentInsights.status}::text, 'pending')`,
  updated: sql`${documents.updatedAt}`,
};

const PROBLEM_STATUSES: InsightStatus[] = ["no_text", "encrypted", "unsupported", "failed"];

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, "\\$&");
}

/**
 * One page of a division's documents with their insights, filtered, searched and sorted in SQL so a
 * division of 10,000 documents costs one page of rows. Search matches the file name and the title,
 * parties and governing law found in the text.
 */
export async function listInsights(actor: Actor, input: ListInsightsInput) {
  assertDivisionMember(actor, input.divisionId);
  let folderIds: string[] | undefined;
  if (input.folderId) {
    const folder = await getFolderOrThrow(actor, input.folderId);
    if (folder.divisionId !== input.divisionId) assertDivisionMember(actor, folder.divisionId);
    folderIds = await subtreeIds(db, folder.id);
  }
  const pattern = input.search ? `%${escapeLike(input.search)}%` : undefined;
  const where = and(
    eq(documents.divisionId, input.divisionId),
    folderIds ? inArray(documents.folderId, folderIds) : undefined,
    pattern
      ? or(
          ilike(documents.name, pattern),
          ilike(fieldText("title"), pattern),
          ilike(fieldText("parties"), pattern),
          ilike(fieldText("governingLaw"), pattern),
        )
      : undefined,
    input.status === "ok" ? eq(documentInsights.status, "ok") : undefined,
    input.status === "problems" ? inArray(documentInsights.status, PROBLEM_STATUSES) : undefined,
    input.status === "waiting" ? or(isNull(documentInsights.id), notInArray(documentInsights.status, ["ok", ...PROBLEM_STATUSES])) : undefined,
  );
  const column = SORT_COLUMNS[input.sort.replace(/^-/, "")] ?? SORT_COLUMNS.name;
  const direction = input.sort.startsWith("-") ? desc : asc;
  // Empty values sort last either way, so "by expiry" shows documents that have one first.
  const order = [sql`${column} IS NULL`, direction(column), direction(documents.id)];

  const base = () =>
    db
      .select({
        id: documents.id,
        name: documents.name,
        folderId: documents.folderId,
        folderName: folders.name,
        source: documents.source,
        remotePath: documents.remotePath,
        size: documents.size,
        mediaType: documents.mediaType,
        versionCount: documents.versionCount,
        updatedAt: documents.updatedAt,
        versionCreatedAt: documentVersions.createdAt,
        status: documentInsights.status,
        reason: documentInsights.reason,
        fields: documentInsights.fields,
      })
      .from(documents)
      .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.versionNumber, documents.versionCount)))
      .innerJoin(folders, eq(folders.id, documents.folderId))
      .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id));

  const [rows, [total]] = await Promise.all([
    base()
      .where(where)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db
      .select({ n: count() })
      .from(documents)
      .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.versionNumber, documents.versionCount)))
      .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
      .where(where),
  ]);
  return {
    rows: rows.map(({ fields, status, ...row }) => ({ ...row, status: status ?? ("pending" as const), fields: fields ?? {} })),
    total: total.n,
    page: input.page,
    pageSize: input.pageSize,
    sort: input.sort,
  };
}

/** Counts per outcome for the page header: how much is done, waiting and in trouble. */
export async function insightSummary(actor: Actor, divisionId: string) {
  assertDivisionMember(actor, divisionId);
  const rows = await db
    .select({ status: documentInsights.status, n: count() })
    .from(documents)
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.versionNumber, documents.versionCount)))
    .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
    .where(eq(documents.divisionId, divisionId))
    .groupBy(documentInsights.status);
  const summary = { total: 0, ok: 0, waiting: 0, problems: 0 };
  for (const { status, n } of rows) {
    summary.total += n;
    if (status === "ok") summary.ok += n;
    else if (status && PROBLEM_STATUSES.includes(status)) summary.problems += n;
    else summary.waiting += n;
  }
  return summary;
}

export interface DocumentInsightView {
  document: { id: string; name: string; divisionId: string; folderId: string; versionCount: number };
  status: InsightStatus;
  reason: string | null;
  extractor: string | null;
  truncated: boolean;
  finishedAt: Date | null;
  fields: Record<string, StoredInsightField>;
  facts: ReturnType<typeof fileFacts>;
}

/** One document's fields with their page and snippet, for checking them against the text. */
export async function getDocumentInsights(actor: Actor, documentId: string): Promise<DocumentInsightView> {
  const document = await getDocumentOrThrow(actor, documentId);
  const [row] = await db
    .select({ version: documentVersions, insight: documentInsights })
    .from(documentVersions)
    .leftJoin(documentInsights, eq(documentInsights.documentVersionId, documentVersions.id))
    .where(and(eq(documentVersions.documentId, document.id), eq(documentVersions.versionNumber, document.versionCount)));
  return {
    document: { id: document.id, name: document.name, divisionId: document.divisionId, folderId: document.folderId, versionCount: document.versionCount },
    status: row?.insight?.status ?? "pending",
    reason: row?.insight?.reason ?? null,
    extractor: row?.insight?.extractor ?? null,
    truncated: row?.insight?.truncated ?? false,
    finishedAt: row?.insight?.finishedAt ?? null,
    fields: row?.insight?.fields ?? {},
    facts: fileFacts({ ...document, versionCreatedAt: row?.version.createdAt ?? document.updatedAt }),
  };
}
