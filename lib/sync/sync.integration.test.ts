import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folders, syncRunItems, syncRuns, syncSources } from "@/lib/db/schema";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { runSync } from "./run";
import { ALICE, expectMirrors, plainIO, syncedDocuments, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

describe.each(["highq", "intralinks"] as const)("sync from %s", (provider) => {
  beforeEach(async () => {
    await emulators[provider].control.clearFaults();
  });

  it("brings every document on the first run, mirroring subfolders, with the right SHA-256", async () => {
    const fixture = await syncFixture(emulators, provider, { files: 12, folders: 3 });
    const outcome = await runSync(fixture.syncSourceId, plainIO);
    expect(outcome.status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);

    const synced = [...(await syncedDocuments(fixture.syncSourceId)).values()];
    expect(new Set(synced.map((doc) => doc.source))).toEqual(new Set([provider]));
    expect(synced.every((doc) => doc.remotePath && doc.versionCount === 1)).toBe(true);
    // Files in remote subfolders land in local subfolders of the synced folder.
    const subfolders = await db.select().from(folders).where(eq(folders.parentId, fixture.folderId));
    expect(subfolders.length).toBeGreaterThan(0);
    expect(synced.some((doc) => doc.folderId !== fixture.folderId)).toBe(true);

    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.status === "succeeded" ? outcome.runId : ""));
    expect(run).toMatchObject({ status: "succeeded", found: 12, newCount: 12, updatedCount: 0, unchangedCount: 0, failedCount: 0, doneDocs: 12 });
    expect(run.bytes).toBeGreaterThan(0);
    const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
    expect(source.lastRunAt).not.toBeNull();
    expect(source.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
  });

  it("turns additions, changes and deletions at the source into new documents, new versions and kept documents", async () => {
    const fixture = await syncFixture(emulators, provider, { files: 4, folders: 1 });
    await runSync(fixture.syncSourceId, plainIO);
    const [changed, deleted] = fixture.fileIds;
    const added = await fixture.control.createFile(fixture.remoteFolder.id, "Side letter.pdf");
    await fixture.control.updateFile(changed, { change: true });
    await fixture.control.deleteFile(deleted);

    const outcome = await runSync(fixture.syncSourceId, plainIO);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, "runId" in outcome ? outcome.runId : ""));
    expect(run).toMatchObject({ status: "succeeded", found: 4, newCount: 1, updatedCount: 1, unchangedCount: 2, removedCount: 1 });

    const synced = await syncedDocuments(fixture.syncSourceId);
    expect(synced.get(String(changed))).toMatchObject({ versionCount: 2, sha256: (await fixture.control.file(changed)).sha256 });
    expect(synced.get(String(added.id))).toMatchObject({ versionCount: 1, sha256: (await fixture.control.file(added.id)).sha256 });
    expect(synced.get(String(deleted))?.removedAtSourceAt).toBeInstanceOf(Date);

    // A no-change run downloads nothing and stores no plan rows.
    const again = await runSync(fixture.syncSourceId, plainIO);
    const [quiet] = await db.select().from(syncRuns).where(eq(syncRuns.id, "runId" in again ? again.runId : ""));
    expect(quiet).toMatchObject({ found: 4, newCount: 0, updatedCount: 0, unchangedCount: 4, bytes: 0 });
    expect(await db.select().from(syncRunItems).where(eq(syncRunItems.runId, quiet.id))).toEqual([]);
  });

  it("ends with every document exactly once and intact despite resets, 5xx, 429 and an expired token", async () => {
    const fixture = await syncFixture(emulators, provider, { files: 10, folders: 2 });
    const control = fixture.control;
    const download = provider === "highq" ? "/demo/api/*/files/*/content" : "/v2/workspaces/*/documents/*/file";
    await control.addFault({ path: download, kind: "reset", afterBytes: 500, times: 3 });
    await control.addFault({ path: download, kind: "status", status: 500, times: 2 });
    await control.addFault({ path: download, kind: "status", status: 503, times: 2 });
    await control.addFault({ path: download, kind: "status", status: 429, retryAfter: 1, times: 2 });
    await control.expireTokens(ALICE);

    const outcome = await runSync(fixture.syncSourceId, plainIO);
    expect(outcome.status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    // The emulator drops a fault once it has fired `times` times: all of them were met.
    expect(await control.faults()).toEqual([]);
  });

  it("resumes a run killed after its first batch without duplicating anything", async () => {
    const fixture = await syncFixture(emulators, provider, { files: 40, folders: 2 });
    let batches = 0;
    const crashing = {
      ...plainIO,
      step: async <T,>(name: string, fn: () => Promise<T>) => {
        if (name.startsWith("download-") && batches++ === 1) throw new Error("process killed");
        return fn();
      },
    };
    // A step's byte budget ends each batch after a few documents (a batch is otherwise the whole run).
    process.env.FERRY_STEP_MAX_BYTES = "400000";
    try {
      await expect(runSync(fixture.syncSourceId, crashing)).rejects.toThrow("process killed");
    } finally {
      delete process.env.FERRY_STEP_MAX_BYTES;
    }
    const [half] = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    expect(half.status).toBe("running");
    expect(half.doneDocs).toBeGreaterThan(0);
    expect(half.doneDocs).toBeLessThan(40);

    const resumed = await runSync(fixture.syncSourceId, plainIO);
    expect(resumed).toEqual({ status: "succeeded", runId: half.id });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, half.id));
    expect(run).toMatchObject({ newCount: 40, doneDocs: 40 });
  });

  it("adds nothing twice when two runs of one source start at once", async () => {
    const fixture = await syncFixture(emulators, provider, { files: 20, folders: 2 });
    const results = await Promise.all([runSync(fixture.syncSourceId, plainIO), runSync(fixture.syncSourceId, plainIO)]);
    expect(results.map((result) => result.status)).toEqual(["succeeded", "succeeded"]);
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    const synced = [...(await syncedDocuments(fixture.syncSourceId)).values()];
    expect(synced.every((doc) => doc.versionCount === 1)).toBe(true);
  });
});
