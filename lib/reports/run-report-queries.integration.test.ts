/**
 * A report run's database work grows with its batches, not its rows: documents, insights and row
 * mappings are read a page at a time and results recorded a batch at a time.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions, folders, reportRows } from "@/lib/db/schema";
import { demo } from "@/emulators";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { countQueries } from "@/test/query-counter";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { createIntegrationTarget } from "./integration-targets";
import { createReportTarget } from "./report-targets";
import { requestReportRun, runReport } from "./run-report";

// lib/integrations reaches next-auth (for provider ids), whose ESM build cannot load outside Next.
vi.mock("next-auth", () => ({ customFetch: Symbol("customFetch") }));

const COLUMNS = { document: "1201", law: "1204", words: "1208" };
const PAGE_SIZE = 60;
const BATCH_SIZE = 20;

let emulators: TestEmulators;
let admin: Actor;
let divisionId: string;
let integrationTargetId: string;

beforeAll(async () => {
  emulators = await startTestEmulators();
  const user = await makeUser();
  divisionId = (await makeDivision([{ actor: user, role: "admin" }])).id;
  admin = await refresh(user);
  const integrationId = await makeIntegration(emulators, "highq");
  await authorise(admin, integrationId, demo.users[0].email);
  integrationTargetId = await createIntegrationTarget(admin, { divisionId, name: "Counted", integrationId, siteId: "101", sheetId: "301" });
});

afterAll(() => emulators?.close());

/** A folder of `rows` documents with finished insights (inserted directly) and a report over it. */
async function reportOver(rows: number) {
  const [folder] = await db.insert(folders).values({ divisionId, name: `Counted ${rows}` }).returning();
  const docs = await db
    .insert(documents)
    .values(Array.from({ length: rows }, (_, i) => ({ divisionId, folderId: folder.id, name: `counted-${rows}-${i}.pdf`, size: 1000, mediaType: "application/pdf" })))
    .returning();
  const versions = await db
    .insert(documentVersions)
    .values(docs.map((d) => ({ documentId: d.id, versionNumber: 1, size: 1000, mediaType: "application/pdf", sha256: "0".repeat(64), storageKey: "0".repeat(64), createdBy: null })))
    .returning();
  await db.insert(documentInsights).values(
    versions.map((version, i) => ({
      documentVersionId: version.id,
      documentId: docs[i].id,
      divisionId,
      status: "ok" as const,
      fields: { governingLaw: { value: "England and Wales" }, wordCount: { value: 1000 + i } },
    })),
  );
  const reportTargetId = await createReportTarget(admin, {
    divisionId,
    name: `Counted ${rows}`,
    integrationTargetId,
    folderId: folder.id,
    scheduleHours: null,
    mapping: [
      { field: "fileName", columnId: COLUMNS.document },
      { field: "governingLaw", columnId: COLUMNS.law },
      { field: "wordCount", columnId: COLUMNS.words },
    ],
  });
  return { reportTargetId, documentIds: docs.map((d) => d.id) };
}

/** Runs the report once; the queries of the run itself (not of asking for it). */
async function countedRun(reportTargetId: string) {
  const { runId } = await requestReportRun(admin, reportTargetId);
  const counter = countQueries();
  let queries = 0;
  try {
    const summary = await runReport(runId, { pageSize: PAGE_SIZE, createBatchSize: BATCH_SIZE });
    return { summary, queries: (queries = counter.stop()) };
  } finally {
    if (!queries) counter.stop();
  }
}

const batches = (rows: number) => Math.ceil(rows / BATCH_SIZE);

describe("a report run's queries", () => {
  it("grow with batches, not rows, for created rows and for updated ones", async () => {
    const small = await reportOver(120);
    const large = await reportOver(360);

    const created = [await countedRun(small.reportTargetId), await countedRun(large.reportTargetId)];
    expect(created.map((run) => run.summary)).toMatchObject([
      { status: "succeeded", created: 120 },
      { status: "succeeded", created: 360 },
    ]);
    const rowsWritten = await db.select({ n: sql<number>`count(*)::int` }).from(reportRows).where(inArray(reportRows.reportTargetId, [small.reportTargetId, large.reportTargetId]));
    expect(rowsWritten[0].n).toBe(480);
    // 240 more rows are 12 more batches (and 4 more pages): a few statements each, not one or more per row.
    const extraBatches = batches(360) - batches(120);
    expect(created[1].queries - created[0].queries).toBeLessThanOrEqual(8 * extraBatches);

    // Every value changes: each row is updated in place (one request per row), recorded a batch at a time.
    await db.update(documentInsights).set({ fields: sql`jsonb_set(${documentInsights.fields}, '{wordCount,value}', to_jsonb((${documentInsights.fields} #>> '{wordCount,value}')::int + 1))` }).where(eq(documentInsights.divisionId, divisionId));
    const updated = [await countedRun(small.reportTargetId), await countedRun(large.reportTargetId)];
    expect(updated.map((run) => run.summary)).toMatchObject([
      { status: "succeeded", created: 0, updated: 120 },
      { status: "succeeded", created: 0, updated: 360 },
    ]);
    expect(updated[1].queries - updated[0].queries).toBeLessThanOrEqual(8 * extraBatches);
  });
});
