/**
 * Sync downloads and report pushes on one HighQ host draw from one pool of request slots: while
 * the pool is taken, neither reaches the host; both go on once slots are free.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { HOST_REQUESTS, hostSlots } from "@/lib/connectors/host-slots";
import { db } from "@/lib/db";
import { integrations } from "@/lib/db/schema";
import { createFolder } from "@/lib/files/folders";
import { createIntegrationTarget } from "@/lib/reports/integration-targets";
import { createReportTarget } from "@/lib/reports/report-targets";
import { requestReportRun, runReport } from "@/lib/reports/run-report";
import { runSync } from "@/lib/sync/run";
import { configureSyncSource } from "@/lib/sync/sources";
import { makeDivision, makeUser, refresh, unique } from "./factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "./remote-connections";
import { ALICE, CONTAINERS, plainIO } from "./sync-fixtures";

// lib/integrations reaches next-auth (for provider ids), whose ESM build cannot load outside Next.
vi.mock("next-auth", () => ({ customFetch: Symbol("customFetch") }));

const FILES = 3;
/** Emulator endpoints a download or a report push calls (listing is not among them). */
const capped = (endpoint: string) => endpoint.endsWith("/files/:id/content") || endpoint.includes("/isheet");

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

describe("the per-host request cap", () => {
  it("is one pool for sync downloads and report pushes on the same host", async () => {
    const person = await makeUser();
    const division = await makeDivision([{ actor: person, role: "admin" }]);
    const admin = await refresh(person);
    const integrationId = await makeIntegration(emulators, "highq");
    await authorise(admin, integrationId, ALICE);
    const control = emulators.highq.control;
    const remoteFolder = await control.createTopFolder(CONTAINERS.highq, unique("Sync"));
    await control.generateTree({ parentFolderId: remoteFolder.id, files: FILES, folders: 0, minSize: 1_000, maxSize: 20_000, seed: 3 });
    const folderId = await createFolder(admin, { divisionId: division.id, parentId: null, name: unique("Synced") });
    const syncSourceId = await configureSyncSource(admin, { folderId, integrationId, workspaceId: String(CONTAINERS.highq), path: `/${remoteFolder.name}`, intervalMinutes: 60 });
    const integrationTargetId = await createIntegrationTarget(admin, { divisionId: division.id, name: unique("Sheet"), integrationId, siteId: "101", sheetId: "301" });
    const reportTargetId = await createReportTarget(admin, {
      divisionId: division.id,
      name: unique("Report"),
      integrationTargetId,
      folderId,
      mapping: [{ field: "fileName", columnId: "1201" }],
      scheduleHours: null,
    });
    const { runId } = await requestReportRun(admin, reportTargetId);

    const [{ host }] = await db.select({ host: integrations.host }).from(integrations).where(eq(integrations.id, integrationId));
    const slots = hostSlots(host);
    // Every slot held, as by downloads of other runs in this process.
    const held = await Promise.all(Array.from({ length: HOST_REQUESTS }, () => slots.acquire()));
    await control.resetCounters();

    const sync = runSync(syncSourceId, plainIO);
    await vi.waitFor(() => expect(slots.queued).toBe(FILES), { timeout: 20_000 });
    const report = runReport(runId);
    await vi.waitFor(() => expect(slots.queued).toBe(FILES + 1), { timeout: 20_000 });
    expect(Object.keys(await control.counters()).filter(capped)).toEqual([]);

    for (const release of held) release();
    expect(await sync).toMatchObject({ status: "succeeded" });
    expect(await report).toMatchObject({ status: "succeeded" });
    const counters = await control.counters();
    expect(counters["GET /api/:v/files/:id/content"]).toBe(FILES);
    expect(Object.keys(counters).some((endpoint) => endpoint.includes("/isheet"))).toBe(true);
    expect([slots.inUse, slots.queued]).toEqual([0, 0]);
  });
});
