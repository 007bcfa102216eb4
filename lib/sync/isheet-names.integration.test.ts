/** Two remote files of one name reach the iSheet as two rows a person can tell apart. */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { documentVersions } from "@/lib/db/schema";
import { createFolder } from "@/lib/files/folders";
import { extractInsights } from "@/lib/insights/store/extract-version";
import { createIntegrationTarget } from "@/lib/reports/integration-targets";
import { isheetsForConnection } from "@/lib/reports/remote";
import { createReportTarget } from "@/lib/reports/report-targets";
import { requestReportRun, runReport } from "@/lib/reports/run-report";
import { externalIdFor } from "@/lib/reports/values";
import { makeDivision, makeUser, refresh, unique } from "@/test/factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { runSync } from "./run";
import { configureSyncSource } from "./sources";
import { ALICE, CONTAINERS, plainIO, syncedDocuments } from "@/test/sync-fixtures";

// lib/integrations reaches next-auth (for provider ids), whose ESM build cannot load outside Next.
vi.mock("next-auth", () => ({ customFetch: Symbol("customFetch") }));

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

describe("iSheet rows of same-name remote files", () => {
  it("are two rows, named as in the Files list", async () => {
    const admin = await makeUser();
    const division = await makeDivision([{ actor: admin, role: "admin" }]);
    const actor = await refresh(admin);
    const integrationId = await makeIntegration(emulators, "highq");
    const connectionId = await authorise(actor, integrationId, ALICE);
    const folderId = await createFolder(actor, { divisionId: division.id, parentId: null, name: unique("Synced") });
    const control = emulators.highq.control;
    const remoteFolder = await control.createTopFolder(CONTAINERS.highq, unique("Same names"));
    const files = [await control.createFile(remoteFolder.id, "Engagement letter.pdf"), await control.createFile(remoteFolder.id, "Engagement letter.pdf")];
    const syncSourceId = await configureSyncSource(actor, { folderId, integrationId, workspaceId: String(CONTAINERS.highq), path: `/${remoteFolder.name}`, intervalMinutes: 60 });
    expect((await runSync(syncSourceId, plainIO)).status).toBe("succeeded");

    const synced = await syncedDocuments(syncSourceId);
    const documents = files.map((file) => synced.get(String(file.id))!);
    const versions = await db.select().from(documentVersions).where(inArray(documentVersions.documentId, documents.map((doc) => doc.documentId)));
    for (const version of versions) await extractInsights(version.id);

    const integrationTargetId = await createIntegrationTarget(actor, { divisionId: division.id, name: unique("Report"), integrationId, siteId: "101", sheetId: "301" });
    const reportTargetId = await createReportTarget(actor, {
      divisionId: division.id,
      name: unique("Names"),
      integrationTargetId,
      folderId,
      mapping: [{ field: "fileName", columnId: "1201" }],
      scheduleHours: null,
    });
    const { runId } = await requestReportRun(actor, reportTargetId);
    expect(await runReport(runId)).toMatchObject({ created: 2, failed: 0 });
    const items = await (await isheetsForConnection(connectionId)).listItems("301");
    const rowName = (documentId: string) => items.filter((item) => item.externalId === externalIdFor(documentId)).map((item) => item.cells["1201"]);
    expect(documents.map((doc) => doc.name).sort()).toEqual(["Engagement letter (2).pdf", "Engagement letter.pdf"]);
    expect(documents.map((doc) => rowName(doc.documentId))).toEqual(documents.map((doc) => [doc.name]));
    expect(await db.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.documentId, documents[1].documentId))).toHaveLength(1);
  });
});
