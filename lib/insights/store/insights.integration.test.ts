import { Readable } from "node:stream";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { documentInsights, documentVersions, jobEventQueue } from "@/lib/db/schema";
import { runJobInline } from "@/lib/jobs/run-job";
import { insightsExtractJob, insightsVersionsAddedJob } from "../jobs";
import { storeUpload } from "@/lib/files/documents";
import { createFolder } from "@/lib/files/folders";
import { listInsightsSchema } from "@/lib/validation/reports";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { corpusSpecs } from "@/test/insights-corpus/corpus";
import { passwordProtectedPdf, scannedPdf } from "@/test/insights-corpus/problem-files";
import { renderSpec } from "@/test/insights-corpus/render";
import { extractInsights } from "./extract-version";
import { getDocumentInsights, insightSummary, listInsights } from "./queries";
import { rerunExtraction, versionsAwaitingExtraction } from "./queue";

async function upload(actor: Actor, folderId: string, filename: string, bytes: Uint8Array) {
  const stored = await storeUpload(actor, { folderId, filename, body: Readable.from([Buffer.from(bytes)]) });
  const [version] = await db
    .select({ id: documentVersions.id })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, stored.documentId))
    .orderBy(documentVersions.versionNumber);
  return { documentId: stored.documentId, versionId: version.id };
}

const specs = corpusSpecs();
const [pdfSpec, secondPdfSpec] = specs.filter((spec) => spec.format === "pdf");
const docxSpec = specs.find((spec) => spec.format === "docx")!;

describe("insights storage", () => {
  let admin: Actor;
  let member: Actor;
  let divisionId: string;
  let contracts: string;
  let problems: string;
  let pdf: { documentId: string; versionId: string };
  let docx: { documentId: string; versionId: string };

  beforeAll(async () => {
    const a = await makeUser();
    const m = await makeUser();
    const division = await makeDivision([
      { actor: a, role: "admin" },
      { actor: m, role: "member" },
    ]);
    divisionId = division.id;
    [admin, member] = [await refresh(a), await refresh(m)];
    contracts = await createFolder(admin, { divisionId, parentId: null, name: "Contracts" });
    const nested = await createFolder(admin, { divisionId, parentId: contracts, name: "Signed" });
    problems = await createFolder(admin, { divisionId, parentId: null, name: "Problems" });
    pdf = await upload(admin, contracts, pdfSpec.filename, (await renderSpec(pdfSpec)).bytes);
    docx = await upload(admin, nested, docxSpec.filename, (await renderSpec(docxSpec)).bytes);
  });

  it("stores the fields of an uploaded PDF and DOCX with their pages and snippets", async () => {
    expect(await extractInsights(pdf.versionId)).toMatchObject({ status: "ok" });
    expect(await extractInsights(docx.versionId)).toMatchObject({ status: "ok" });

    const pdfView = await getDocumentInsights(member, pdf.documentId);
    expect(pdfView.status).toBe("ok");
    expect(pdfView.extractor).toBe("rules-v2");
    expect(pdfView.fields.documentType?.value).toBe(pdfSpec.expected.documentType);
    expect(pdfView.fields.parties?.value).toHaveLength(pdfSpec.expected.parties.length);
    expect(pdfView.fields.title).toMatchObject({ page: 1, snippet: expect.any(String), confidence: expect.stringMatching(/^(?:high|medium|low)$/) });
    expect(pdfView.fields.pageCount).toMatchObject({ confidence: "high" });
    expect(pdfView.facts).toMatchObject({ fileName: pdfSpec.filename, source: "Upload", mediaType: "application/pdf", version: 1 });

    const docxView = await getDocumentInsights(member, docx.documentId);
    expect(docxView.fields.documentType?.value).toBe(docxSpec.expected.documentType);
    expect(docxView.fields.wordCount?.value).toBeGreaterThan(50);
  });

  it("is idempotent: extracting the same version again overwrites its one row", async () => {
    await extractInsights(pdf.versionId);
    const rows = await db.select().from(documentInsights).where(eq(documentInsights.documentVersionId, pdf.versionId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "ok", attempts: 2 });
  });

  it("marks a scanned PDF 'no text' and a password-protected one 'encrypted', with reasons", async () => {
    const scanned = await upload(admin, problems, "scan.pdf", await scannedPdf());
    const locked = await upload(admin, problems, "locked.pdf", await passwordProtectedPdf());
    const empty = await upload(admin, problems, "empty.docx", new Uint8Array());
    expect(await extractInsights(scanned.versionId)).toMatchObject({ status: "no_text", fields: 0 });
    expect(await extractInsights(locked.versionId)).toMatchObject({ status: "encrypted" });
    expect(await extractInsights(empty.versionId)).toMatchObject({ status: "no_text" });
    const view = await getDocumentInsights(member, locked.documentId);
    expect(view.reason).toMatch(/password/i);
  });

  it("reports a document that was deleted meanwhile as gone instead of failing", async () => {
    expect(await extractInsights("00000000-0000-4000-8000-000000000000")).toEqual({ status: "gone" });
  });

  it("lists a division's documents with their fields: folder filter with subfolders, search, sort, status and pages", async () => {
    const all = await listInsights(member, listInsightsSchema.parse({ divisionId }));
    expect(all.total).toBe(5);
    const inContracts = await listInsights(member, listInsightsSchema.parse({ divisionId, folderId: contracts }));
    expect(inContracts.rows.map((row) => row.id).sort()).toEqual([pdf.documentId, docx.documentId].sort());

    const title = String((await getDocumentInsights(member, docx.documentId)).fields.title?.value);
    const found = await listInsights(member, listInsightsSchema.parse({ divisionId, search: title.slice(0, 12) }));
    expect(found.rows.map((row) => row.id)).toContain(docx.documentId);

    const problemsOnly = await listInsights(member, listInsightsSchema.parse({ divisionId, status: "problems" }));
    expect(problemsOnly.rows.map((row) => row.name).sort()).toEqual(["empty.docx", "locked.pdf", "scan.pdf"]);

    const byName = await listInsights(member, listInsightsSchema.parse({ divisionId, sort: "-name", pageSize: 10 }));
    const names = byName.rows.map((row) => row.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());

    const byType = await listInsights(member, listInsightsSchema.parse({ divisionId, sort: "type" }));
    // Documents without a type (the problem files) come after those with one.
    expect(byType.rows.slice(0, 2).map((row) => row.fields.documentType?.value).every(Boolean)).toBe(true);

    expect(await insightSummary(member, divisionId)).toEqual({ total: 5, ok: 2, waiting: 0, problems: 3 });
  });

  it("refuses people outside the division", async () => {
    const outsider = await makeUser();
    await expect(listInsights(outsider, listInsightsSchema.parse({ divisionId }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDocumentInsights(outsider, pdf.documentId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a division administrator, and no plain member, ask for extraction again", async () => {
    await expect(rerunExtraction(member, { divisionId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const queued = await rerunExtraction(admin, { divisionId, onlyProblems: true });
    expect(queued).toHaveLength(3);
    expect((await insightSummary(member, divisionId)).waiting).toBe(3);
    expect(await versionsAwaitingExtraction(100_000)).toEqual(expect.arrayContaining(queued));
    // The re-run itself asks the job layer for each extraction; no caller has to.
    const requested = await db
      .select({ payload: jobEventQueue.payload })
      .from(jobEventQueue)
      .where(and(eq(jobEventQueue.name, "insights/extract.requested"), inArray(sql`${jobEventQueue.payload} ->> 'documentVersionId'`, queued)));
    expect(requested).toHaveLength(queued.length);
    for (const id of queued) await extractInsights(id);
    expect((await insightSummary(member, divisionId)).problems).toBe(3);
  });

  it("extracts a new version separately and shows the current one", async () => {
    const again = await upload(admin, contracts, pdfSpec.filename, (await renderSpec(secondPdfSpec)).bytes);
    const versions = await db.select().from(documentVersions).where(eq(documentVersions.documentId, pdf.documentId));
    const current = versions.find((version) => version.versionNumber === 2)!;
    expect(again.documentId).toBe(pdf.documentId);
    // The upload emitted the fact; run the jobs it triggers as the runner would.
    const [added] = await db
      .select()
      .from(jobEventQueue)
      .where(and(eq(jobEventQueue.name, "document-versions.added"), sql`${jobEventQueue.payload} -> 'documentVersionIds' ? ${current.id}`));
    await runJobInline(insightsVersionsAddedJob, added.payload);
    expect((await getDocumentInsights(member, pdf.documentId)).status).toBe("pending");
    const [requested] = await db
      .select()
      .from(jobEventQueue)
      .where(and(eq(jobEventQueue.name, "insights/extract.requested"), sql`${jobEventQueue.payload} ->> 'documentVersionId' = ${current.id}`));
    await runJobInline(insightsExtractJob, requested.payload);
    const view = await getDocumentInsights(member, pdf.documentId);
    expect(view).toMatchObject({ status: "ok", facts: { version: 2 } });
    expect(String(view.fields.title?.value).toLowerCase()).toBe(secondPdfSpec.expected.title.toLowerCase());
  });
});
