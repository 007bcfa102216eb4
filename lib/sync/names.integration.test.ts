import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folders, syncRuns } from "@/lib/db/schema";
import { listDocuments } from "@/lib/files/documents";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { runSync } from "./run";
import { expectMirrors, plainIO, syncedDocuments, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

const runOf = async (outcome: Awaited<ReturnType<typeof runSync>>) =>
  (await db.select().from(syncRuns).where(eq(syncRuns.id, "runId" in outcome ? outcome.runId : "")))[0];

describe.each(["highq", "intralinks"] as const)("local names of %s files", (provider) => {
  it("keeps two remote files of one name in one folder as two documents, told apart and stable across runs", async () => {
    const fixture = await syncFixture(emulators, provider);
    const first = await fixture.control.createFile(fixture.remoteFolder.id, "Engagement letter.pdf");
    const second = await fixture.control.createFile(fixture.remoteFolder.id, "Engagement letter.pdf");
    expect(await runOf(await runSync(fixture.syncSourceId, plainIO))).toMatchObject({ status: "succeeded", found: 2, newCount: 2 });

    const names = async () => {
      const synced = await syncedDocuments(fixture.syncSourceId);
      return [synced.get(String(first.id))?.name, synced.get(String(second.id))?.name];
    };
    // Which of the two gets the plain name depends on which download is recorded first; from then on it is fixed.
    const named = await names();
    expect([...named].sort()).toEqual(["Engagement letter (2).pdf", "Engagement letter.pdf"]);
    expect(await expectMirrors(fixture, [first.id, second.id])).toEqual([]);
    // The Files list shows both.
    const list = await listDocuments(fixture.actor, { folderId: fixture.folderId, page: 1, pageSize: 50, sort: "name", search: "" });
    expect(list.rows.map((row) => row.name)).toEqual(["Engagement letter (2).pdf", "Engagement letter.pdf"]);

    // A change to the second stays with the second; names do not move between runs.
    await fixture.control.updateFile(second.id, { change: true });
    expect(await runOf(await runSync(fixture.syncSourceId, plainIO))).toMatchObject({ newCount: 0, updatedCount: 1 });
    expect(await names()).toEqual(named);
    expect(await expectMirrors(fixture, [first.id, second.id])).toEqual([]);
    const synced = await syncedDocuments(fixture.syncSourceId);
    expect([synced.get(String(first.id))?.versionCount, synced.get(String(second.id))?.versionCount]).toEqual([1, 2]);
  });

  it("gives a renamed and changed remote file its new name, and follows a rename or move without new content", async () => {
    const fixture = await syncFixture(emulators, provider);
    const renamed = await fixture.control.createFile(fixture.remoteFolder.id, "Draft SPA.pdf");
    const moved = await fixture.control.createFile(fixture.remoteFolder.id, "Disclosure letter.docx");
    const target = await fixture.control.createFolder(fixture.remoteFolder.id, "Signed");
    await runSync(fixture.syncSourceId, plainIO);

    await fixture.control.updateFile(renamed.id, { name: "Final SPA.pdf", change: true });
    await fixture.control.updateFile(moved.id, { name: "Disclosure letter (signed).docx", folderId: target.id });
    const run = await runOf(await runSync(fixture.syncSourceId, plainIO));
    expect(run).toMatchObject({ status: "succeeded", newCount: 0, updatedCount: 1 });

    const synced = await syncedDocuments(fixture.syncSourceId);
    expect(synced.get(String(renamed.id))).toMatchObject({ name: "Final SPA.pdf", versionCount: 2, folderId: fixture.folderId, remotePath: "Final SPA.pdf" });
    const [signed] = await db.select().from(folders).where(eq(folders.parentId, fixture.folderId));
    expect(signed.name).toBe("Signed");
    expect(synced.get(String(moved.id))).toMatchObject({
      name: "Disclosure letter (signed).docx",
      versionCount: 1,
      folderId: signed.id,
      remotePath: "Signed/Disclosure letter (signed).docx",
    });
    expect(await expectMirrors(fixture, [renamed.id, moved.id])).toEqual([]);
  });

  it("renames onto a name another remote file holds without merging them", async () => {
    const fixture = await syncFixture(emulators, provider);
    const kept = await fixture.control.createFile(fixture.remoteFolder.id, "Board minutes.pdf");
    const other = await fixture.control.createFile(fixture.remoteFolder.id, "Old minutes.pdf");
    await runSync(fixture.syncSourceId, plainIO);
    await fixture.control.updateFile(other.id, { name: "Board minutes.pdf" });
    await runSync(fixture.syncSourceId, plainIO);
    const synced = await syncedDocuments(fixture.syncSourceId);
    expect([synced.get(String(kept.id))?.name, synced.get(String(other.id))?.name]).toEqual(["Board minutes.pdf", "Board minutes (2).pdf"]);
    expect(await expectMirrors(fixture, [kept.id, other.id])).toEqual([]);
  });
});
