/**
 * iSheet reporting against real Postgres and the real HighQ emulator: integration targets, mapping
 * checks, and runs that must leave exactly one row per document whatever goes wrong on the way.
 */
import { Readable } from "node:stream";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { documentInsights, documentVersions, jobEventQueue, remoteConnections, reportRunErrors, reportRuns, reportTargets } from "@/lib/db/schema";
import { deleteDocument, storeUpload } from "@/lib/files/documents";
import { createFolder } from "@/lib/files/folders";
import type { IsheetItem } from "@/lib/connectors/highq";
import { extractInsights } from "@/lib/insights/store/extract-version";
import { corpusSpecs } from "@/test/insights-corpus/corpus";
import { renderSpec } from "@/test/insights-corpus/render";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { demo } from "@/emulators";
import {
  browseSheets,
  browseSites,
  createIntegrationTarget,
  deleteIntegrationTarget,
  listIntegrationTargets,
  testIntegrationTarget,
  updateIntegrationTarget,
} from "./integration-targets";
import { isheetsForConnection } from "./remote";
import { createReportTarget, listReportTargets, mappingEditor } from "./report-targets";
import { StepBudget } from "@/lib/jobs/budget";
import { runJobInline } from "@/lib/jobs/run-job";
import { reportRunJob, reportTickJob } from "./jobs";
import { requestReportRun, runReport, stalledReportRuns } from "./run-report";
import { externalIdFor } from "./values";

// lib/integrations reaches next-auth (for provider ids), whose ESM build cannot load outside Next.
vi.mock("next-auth", () => ({ customFetch: Symbol("customFetch") }));

const SHEET = { site: "101", sheet: "301" };
const COLUMN = { document: "1201", type: "1202", parties: "1203", law: "1204", effective: "1205", pages: "1207", words: "1208", path: "1209", reviewedBy: "1210", ref: "1212" };
const MAPPING = [
  { field: "fileName", columnId: COLUMN.document },
  { field: "documentType", columnId: COLUMN.type },
  { field: "parties", columnId: COLUMN.parties },
  { field: "governingLaw", columnId: COLUMN.law },
  { field: "effectiveDate", columnId: COLUMN.effective },
  { field: "wordCount", columnId: COLUMN.words },
];
// Types the emulator's "Document type" choice column offers.
const SHEET_TYPES = new Set(["NDA", "Services agreement", "Lease", "Letter", "Licence agreement"]);

let emulators: TestEmulators;
let admin: Actor;
let member: Actor;
let divisionId: string;
let integrationId: string;
let connectionId: string;
let folderId: string;
const docs: { id: string; name: string }[] = [];

async function upload(filename: string, bytes: Uint8Array) {
  const stored = await storeUpload(admin, { folderId, filename, body: Readable.from([Buffer.from(bytes)]) });
  const versions = await db.select().from(documentVersions).where(eq(documentVersions.documentId, stored.documentId));
  await extractInsights(versions.find((v) => v.versionNumber === stored.versionNumber)!.id);
  return stored.documentId;
}

async function sheetItems(): Promise<IsheetItem[]> {
  return (await isheetsForConnection(connectionId)).listItems(SHEET.sheet);
}

/** Exactly one row per document, and nothing else of ours. */
async function expectOneRowPerDocument() {
  const items = await sheetItems();
  for (const doc of docs) expect(items.filter((item) => item.externalId === externalIdFor(doc.id)), doc.name).toHaveLength(1);
  return items;
}

async function newReportTarget(name: string, integrationTargetId: string, mapping = MAPPING, lowConfidence?: "push" | "blank") {
  return createReportTarget(admin, { divisionId, name, integrationTargetId, folderId: null, mapping, scheduleHours: null, lowConfidence });
}

beforeAll(async () => {
  emulators = await startTestEmulators();
  const a = await makeUser();
  const m = await makeUser();
  divisionId = (await makeDivision([{ actor: a, role: "admin" }, { actor: m, role: "member" }])).id;
  [admin, member] = [await refresh(a), await refresh(m)];
  integrationId = await makeIntegration(emulators, "highq");
  connectionId = await authorise(admin, integrationId, demo.users[0].email);
  folderId = await createFolder(admin, { divisionId, parentId: null, name: "Deals" });
  const specs = corpusSpecs().filter((spec) => SHEET_TYPES.has(spec.expected.documentType)).slice(0, 6);
  for (const spec of specs) docs.push({ id: await upload(spec.filename, (await renderSpec(spec)).bytes), name: spec.filename });
});

afterAll(() => emulators?.close());
afterEach(() => emulators.highq.control.clearFaults());

describe("integration targets", () => {
  let targetId: string;

  it("are added by a division administrator from their own authorisation: sites and iSheets read live", async () => {
    const sites = await browseSites(admin, { divisionId, integrationId });
    expect(sites.map((site) => site.id)).toContain(SHEET.site);
    expect(await browseSheets(admin, { divisionId, integrationId, siteId: SHEET.site })).toEqual([{ id: SHEET.sheet, name: "Document report" }]);
    targetId = await createIntegrationTarget(admin, { divisionId, name: "Document report", integrationId, ...{ siteId: SHEET.site, sheetId: SHEET.sheet } });
    const [view] = await listIntegrationTargets(member, divisionId);
    expect(view).toMatchObject({ name: "Document report", sheetName: "Document report", status: "ok", ownedByMe: false, reportTargets: 0 });
    expect(JSON.stringify(view)).not.toMatch(/token/i);
  });

  it("test reads the iSheet's columns with their types", async () => {
    const { columns } = await testIntegrationTarget(admin, targetId);
    expect(columns.find((c) => c.id === COLUMN.document)).toMatchObject({ title: "Document", kind: "text", writable: true });
    expect(columns.find((c) => c.id === COLUMN.ref)).toMatchObject({ kind: "auto_increment", writable: false });
  });

  it("can be renamed and removed", async () => {
    const extra = await createIntegrationTarget(admin, { divisionId, name: "Spare", integrationId, siteId: SHEET.site, sheetId: SHEET.sheet });
    await updateIntegrationTarget(admin, { targetId: extra, divisionId, name: "Spare 2", integrationId, siteId: SHEET.site, sheetId: SHEET.sheet });
    expect((await listIntegrationTargets(admin, divisionId)).map((t) => t.name)).toContain("Spare 2");
    await deleteIntegrationTarget(admin, extra);
    expect((await listIntegrationTargets(admin, divisionId)).map((t) => t.name)).not.toContain("Spare 2");
  });

  it("refuse members who are not division administrators, other divisions, and unauthorised administrators", async () => {
    const input = { divisionId, name: "Nope", integrationId, siteId: SHEET.site, sheetId: SHEET.sheet };
    await expect(createIntegrationTarget(member, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(browseSites(member, { divisionId, integrationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(testIntegrationTarget(member, targetId)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const otherAdmin = await makeUser();
    const other = await makeDivision([{ actor: otherAdmin, role: "admin" }]);
    const elsewhere = await refresh(otherAdmin);
    await expect(createIntegrationTarget(elsewhere, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listIntegrationTargets(elsewhere, divisionId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteIntegrationTarget(elsewhere, targetId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createIntegrationTarget(elsewhere, { ...input, divisionId: other.id })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/Authorise .* with your HighQ account first/),
    });
  });
});

describe("report targets", () => {
  let integrationTargetId: string;
  beforeAll(async () => {
    integrationTargetId = (await listIntegrationTargets(admin, divisionId)).find((t) => t.name === "Document report")!.id;
  });

  it("propose columns by name and type", async () => {
    const editor = await mappingEditor(member, integrationTargetId);
    expect(editor.proposals).toMatchObject({ documentType: COLUMN.type, parties: COLUMN.parties, governingLaw: COLUMN.law, effectiveDate: COLUMN.effective, pageCount: COLUMN.pages, wordCount: COLUMN.words });
  });

  it("refuse mappings whose types cannot fit, with a message naming field and column", async () => {
    await expect(newReportTarget("Bad types", integrationTargetId, [...MAPPING.slice(0, 1), { field: "parties", columnId: COLUMN.pages }])).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("“Parties” → “Page count”: This field is a list and cannot go in a number column"),
    });
    await expect(newReportTarget("Lookup", integrationTargetId, [...MAPPING.slice(0, 1), { field: "title", columnId: COLUMN.reviewedBy }])).rejects.toMatchObject({
      message: expect.stringContaining("User lookup columns hold HighQ users"),
    });
  });

  it("are configured by division administrators only", async () => {
    await expect(createReportTarget(member, { divisionId, name: "x", integrationTargetId, folderId: null, mapping: MAPPING, scheduleHours: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("running a report", () => {
  let integrationTargetId: string;
  let reportTargetId: string;
  beforeAll(async () => {
    integrationTargetId = (await listIntegrationTargets(admin, divisionId)).find((t) => t.name === "Document report")!.id;
    reportTargetId = await newReportTarget("All documents", integrationTargetId);
  });

  it("creates one row per document with the mapped values, visible through HighQ's API", async () => {
    const { runId } = await requestReportRun(admin, reportTargetId);
    const summary = await runReport(runId);
    expect(summary).toMatchObject({ status: "succeeded", total: docs.length, processed: docs.length, created: docs.length, updated: 0, failed: 0 });
    const items = await expectOneRowPerDocument();
    const first = items.find((item) => item.externalId === externalIdFor(docs[0].id))!;
    expect(first.cells[COLUMN.document]).toBe(docs[0].name);
    const type = first.cells[COLUMN.type];
    expect(Array.isArray(type) && SHEET_TYPES.has(type[0])).toBe(true);
    expect(Number(first.cells[COLUMN.words])).toBeGreaterThan(50);
  });

  it("leaves unchanged documents alone on a re-run", async () => {
    const { runId } = await requestReportRun(admin, reportTargetId);
    // Asking for a run hands it to the job layer; no caller has to.
    const asked = await db.select().from(jobEventQueue).where(and(eq(jobEventQueue.name, "reports/run.requested"), sql`${jobEventQueue.payload} ->> 'runId' = ${runId}`));
    expect(asked).toHaveLength(1);
    expect(await runReport(runId)).toMatchObject({ status: "succeeded", created: 0, updated: 0, unchanged: docs.length });
    await expectOneRowPerDocument();
  });

  it("updates the same row in place when a document changes", async () => {
    const changed = docs[1];
    const other = corpusSpecs().find((spec) => spec.format === changed.name.split(".").pop() && spec.filename !== changed.name && SHEET_TYPES.has(spec.expected.documentType))!;
    await upload(changed.name, (await renderSpec(other)).bytes);
    const before = (await sheetItems()).find((item) => item.externalId === externalIdFor(changed.id))!;
    const { runId } = await requestReportRun(admin, reportTargetId);
    expect(await runReport(runId)).toMatchObject({ status: "succeeded", created: 0, updated: 1, unchanged: docs.length - 1 });
    const after = (await expectOneRowPerDocument()).find((item) => item.externalId === externalIdFor(changed.id))!;
    expect(after.id).toBe(before.id);
    expect(Number(after.cells[COLUMN.words])).not.toBe(Number(before.cells[COLUMN.words]));
  });

  it("pushes in slices when a step's budget is spent: one page per slice, each continuing from the cursor, none counted as a failed attempt", async () => {
    const { runId } = await requestReportRun(admin, reportTargetId);
    const slices: Awaited<ReturnType<typeof runReport>>[] = [];
    do slices.push(await runReport(runId, { pageSize: 2, budget: new StepBudget({ maxMs: 0, maxBytes: 1 }) }));
    while (slices.at(-1)!.continues && slices.length < 100);
    expect(slices).toHaveLength(Math.ceil(docs.length / 2) + 1);
    expect(slices.at(-1)).toMatchObject({ status: "succeeded", processed: docs.length, failed: 0 });
    const [run] = await db.select().from(reportRuns).where(eq(reportRuns.id, runId));
    expect(run.attempts).toBe(1);
    await expectOneRowPerDocument();

    // The job does the same as durable steps, one per slice.
    process.env.FERRY_STEP_MAX_SECONDS = "0.001";
    try {
      const again = await requestReportRun(admin, reportTargetId);
      const steps: string[] = [];
      const payload = { runId: again.runId, reportTargetId, host: "highq" };
      const summary = await runJobInline(reportRunJob, payload, { step: async (name, fn) => (steps.push(name), fn()) });
      expect(summary).toMatchObject({ status: "succeeded", processed: docs.length });
      expect(steps).toEqual(["push-0", "push-1"]);
    } finally {
      delete process.env.FERRY_STEP_MAX_SECONDS;
    }
  });

  it("starts no second run while one is active, and two overlapping runs never duplicate a row", async () => {
    const first = await requestReportRun(admin, reportTargetId);
    expect(await requestReportRun(admin, reportTargetId)).toEqual({ runId: first.runId, alreadyActive: true });
    // A second run row as a crashed scheduler might leave behind, run at the same time as the first.
    const [second] = await db.insert(reportRuns).values({ reportTargetId, trigger: "schedule" }).returning();
    await db.update(reportTargets).set({ mapping: [...MAPPING, { field: "pageCount", columnId: COLUMN.pages }].map((m) => ({ ...m, columnTitle: "", columnType: "" })) }).where(eq(reportTargets.id, reportTargetId));
    const [a, b] = await Promise.all([runReport(first.runId), runReport(second.id)]);
    expect(a.updated + b.updated).toBe(docs.length);
    expect(a.created + b.created).toBe(0);
    await expectOneRowPerDocument();
  });

  it("a re-created report on the same iSheet finds the existing rows instead of adding new ones", async () => {
    const again = await newReportTarget("All documents again", integrationTargetId);
    const summary = await runReport((await requestReportRun(admin, again)).runId);
    expect(summary).toMatchObject({ status: "succeeded", created: 0, updated: docs.length });
    await expectOneRowPerDocument();
  });

  it("reads and refreshes the owner's token once for all the rows of a run", async () => {
    const control = emulators.highq.control;
    const lifetimes = await control.setLifetimes({});
    // Tokens issued from now on live a minute, under the ten-minute refresh margin: every locked token read refreshes.
    await control.setLifetimes({ accessSeconds: 60 });
    try {
      const reportTargetId = await newReportTarget("One token", integrationTargetId);
      await db.update(remoteConnections).set({ expiresAt: new Date() }).where(eq(remoteConnections.id, connectionId));
      await control.resetCounters();
      const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId, { pageSize: 2 });
      expect(summary).toMatchObject({ status: "succeeded", updated: docs.length, failed: 0 });
      const counters = Object.entries(await control.counters());
      const calls = (pattern: RegExp) => counters.filter(([endpoint]) => pattern.test(endpoint)).reduce((sum, [, n]) => sum + Number(n), 0);
      expect(calls(/isheet/i)).toBeGreaterThan(docs.length);
      expect(calls(/^POST .*token/i)).toBe(1);
    } finally {
      await control.setLifetimes(lifetimes);
    }
  });

  it("leaves low-confidence values blank when the report says so, and pushes them otherwise", async () => {
    // A DOCX that records no page count gets an estimated one, stored with low confidence.
    const insights = await db.select({ documentId: documentInsights.documentId, fields: documentInsights.fields }).from(documentInsights);
    const estimated = insights.find((row) => docs.some((d) => d.id === row.documentId) && row.fields.pageCount?.estimate)!;
    expect(estimated.fields.pageCount).toMatchObject({ confidence: "low", estimate: true });
    const read = insights.find((row) => docs.some((d) => d.id === row.documentId) && row.fields.pageCount?.confidence === "high")!;
    const mapping = [MAPPING[0], { field: "pageCount", columnId: COLUMN.pages }];
    const cell = async (documentId: string) => (await sheetItems()).find((item) => item.externalId === externalIdFor(documentId))!.cells[COLUMN.pages];

    const blank = await newReportTarget("Sure values only", integrationTargetId, mapping, "blank");
    expect((await listReportTargets(admin, divisionId)).find((t) => t.id === blank)).toMatchObject({ lowConfidence: "blank" });
    expect(await runReport((await requestReportRun(admin, blank)).runId)).toMatchObject({ status: "succeeded", failed: 0 });
    expect(await cell(estimated.documentId) ?? "").toBe("");
    expect(Number(await cell(read.documentId))).toBe(read.fields.pageCount.value);

    const push = await newReportTarget("Every value", integrationTargetId, mapping);
    expect(await runReport((await requestReportRun(admin, push)).runId)).toMatchObject({ status: "succeeded", failed: 0 });
    expect(Number(await cell(estimated.documentId))).toBe(estimated.fields.pageCount.value);
    await expectOneRowPerDocument();
  });
});

describe("faults while pushing", () => {
  let integrationTargetId: string;
  let fresh: { id: string; name: string }[];

  beforeAll(async () => {
    integrationTargetId = (await listIntegrationTargets(admin, divisionId)).find((t) => t.name === "Document report")!.id;
  });

  async function addDocuments(count: number) {
    const specs = corpusSpecs().filter((spec) => SHEET_TYPES.has(spec.expected.documentType)).slice(6, 6 + count);
    fresh = [];
    for (const [i, spec] of specs.entries()) {
      const name = `fault-${docs.length}-${i}-${spec.filename}`;
      const doc = { id: await upload(name, (await renderSpec(spec)).bytes), name };
      fresh.push(doc);
      docs.push(doc);
    }
  }

  it("429, 5xx and dropped connections (a POST whose answer was lost) leave exactly one row per document", async () => {
    await addDocuments(4);
    const reportTargetId = await newReportTarget("Faulty network", integrationTargetId);
    const control = emulators.highq.control;
    // The batch create lands but its answer is cut off; then throttling and gateway errors on the follow-up calls.
    await control.addFault({ path: "/demo/api/*/isheet/*/items", method: "POST", kind: "reset", afterBytes: 5, times: 1 });
    await control.addFault({ path: "/demo/api/*/isheet/*/items/**", method: "PUT", kind: "status", status: 429, retryAfter: 0, times: 2 });
    await control.addFault({ path: "/demo/api/*/isheet/*/items/**", method: "PUT", kind: "status", status: 502, times: 1 });
    const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
    expect(summary).toMatchObject({ status: "succeeded", failed: 0, created: fresh.length });
    expect(summary.created + summary.updated + summary.unchanged).toBe(docs.length);
    expect(await control.faults()).toEqual([]); // every injected fault was met
    const items = await expectOneRowPerDocument();
    for (const doc of fresh) expect(items.find((item) => item.externalId === externalIdFor(doc.id))!.cells[COLUMN.document]).toBe(doc.name);
  });

  it("a run killed right after HighQ wrote a row, then restarted, ends with one row per document and honest counts", async () => {
    await addDocuments(3);
    const reportTargetId = await newReportTarget("Killed", integrationTargetId);
    const { runId } = await requestReportRun(admin, reportTargetId);
    const kill = new AbortController();
    // The first remote write happens, then the process "dies" before recording it.
    await expect(runReport(runId, { signal: kill.signal, leaseTtlMs: 300, createBatchSize: 2, onRemoteWrite: () => kill.abort(new Error("killed")) })).rejects.toThrow();
    const [stuck] = await db.select().from(reportRuns).where(eq(reportRuns.id, runId));
    expect(stuck.status).toBe("running");
    // The dead worker's lease expires; the restarted run waits for that, then resumes.
    const summary = await runReport(runId, { leaseTtlMs: 300 });
    // The rows written before the kill count once, as created, not again as updated or unchanged.
    expect(summary).toMatchObject({ status: "succeeded", failed: 0, processed: docs.length, created: fresh.length });
    expect(summary.created + summary.updated + summary.unchanged).toBe(docs.length);
    await expectOneRowPerDocument();
  });

  it("a row HighQ refuses (a required column left empty) fails alone, with HighQ's message in the run history", async () => {
    await addDocuments(1);
    const [newcomer] = fresh;
    // The columns API does not say which columns are required, so only HighQ can refuse this one.
    const reportTargetId = await newReportTarget("No document name", integrationTargetId, [{ field: "governingLaw", columnId: COLUMN.law }]);
    const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
    // Documents that already have a row are updated (the row keeps its name); the new one cannot be created.
    expect(summary).toMatchObject({ status: "partial", failed: 1, updated: docs.length - 1 });
    const errors = await db.select().from(reportRunErrors).where(eq(reportRunErrors.runId, summary.id));
    expect(errors).toEqual([expect.objectContaining({ documentId: newcomer.id, message: expect.stringContaining("Document is required") })]);
    expect((await sheetItems()).filter((item) => item.externalId === externalIdFor(newcomer.id))).toHaveLength(0);
    await deleteDocument(admin, newcomer.id);
    docs.pop();
  });

  it("a value the column cannot take fails that row only, with its error kept in the run history", async () => {
    const [doc] = docs;
    const reportTargetId = await newReportTarget("Strict law", integrationTargetId, [
      { field: "fileName", columnId: COLUMN.document },
      // A choice field into a choice column fits by type, but the column has no "Upload" option.
      { field: "source", columnId: COLUMN.type },
    ]);
    const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
    expect(summary).toMatchObject({ status: "partial", failed: docs.length });
    const errors = await db.select().from(reportRunErrors).where(eq(reportRunErrors.runId, summary.id));
    expect(errors.find((e) => e.documentId === doc.id)?.message).toContain("has no option “Upload”");
    await expectOneRowPerDocument();
  });

  it("leaves the rows of deleted documents alone", async () => {
    const gone = docs.pop()!;
    await deleteDocument(admin, gone.id);
    const reportTargetId = (await listReportTargets(admin, divisionId)).find((t) => t.name === "All documents")!.id;
    const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
    expect(summary).toMatchObject({ status: "succeeded", total: docs.length, failed: 0 });
    expect((await sheetItems()).filter((item) => item.externalId === externalIdFor(gone.id))).toHaveLength(1);
  });

});

describe("scheduling", () => {
  it("a scheduled target runs by itself: the tick starts it once and the run job pushes it", async () => {
    const target = (await listReportTargets(admin, divisionId)).find((t) => t.name === "All documents")!;
    await db.update(reportTargets).set({ scheduleHours: 6, nextRunAt: new Date(Date.now() - 1000) }).where(eq(reportTargets.id, target.id));
    expect(await runJobInline(reportTickJob, {})).toMatchObject({ started: 1 });
    const [queued] = await db
      .select()
      .from(jobEventQueue)
      .where(and(eq(jobEventQueue.name, "reports/run.requested"), sql`${jobEventQueue.payload} ->> 'reportTargetId' = ${target.id}`))
      // Manual runs of this target earlier in the file asked for runs too: the tick's is the latest.
      .orderBy(desc(jobEventQueue.createdAt))
      .limit(1);
    expect(await runJobInline(reportRunJob, queued.payload)).toMatchObject({ status: "succeeded", failed: 0, total: docs.length });
    expect(await runJobInline(reportTickJob, {})).toMatchObject({ started: 0 });
    const [after] = await db.select().from(reportTargets).where(eq(reportTargets.id, target.id));
    expect(after.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 5 * 3_600_000);
    await expectOneRowPerDocument();
  });

  it("finds runs nobody is working on, for the tick to resume", async () => {
    const target = (await listReportTargets(admin, divisionId)).find((t) => t.name === "All documents")!;
    const [orphan] = await db.insert(reportRuns).values({ reportTargetId: target.id, trigger: "schedule" }).returning();
    expect(await stalledReportRuns()).not.toContain(orphan.id);
    expect(await stalledReportRuns(new Date(Date.now() + 11 * 60_000))).toContain(orphan.id);
    await runReport(orphan.id);
  });
});

describe("authorisation", () => {
  let integrationTargetId: string;
  beforeAll(async () => {
    integrationTargetId = (await listIntegrationTargets(admin, divisionId)).find((t) => t.name === "Document report")!.id;
  });

  it("an authorisation HighQ no longer renews fails the run as 'reauthentication required' and shows it on the target", async () => {
    const reportTargetId = await newReportTarget("Expired", integrationTargetId);
    await emulators.highq.control.revokeTokens(demo.users[0].email);
    const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
    expect(summary.status).toBe("failed");
    expect(summary.error).toMatch(/authoris/i);
    const target = (await listIntegrationTargets(admin, divisionId)).find((t) => t.id === integrationTargetId)!;
    expect(target.status).toBe("reauth_required");
    expect((await listReportTargets(member, divisionId)).find((t) => t.id === reportTargetId)?.lastRun?.status).toBe("failed");
  });
});
