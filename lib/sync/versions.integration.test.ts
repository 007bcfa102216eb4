import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocumentDetails, openDocumentDownload, storeUpload } from "@/lib/files/documents";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { runSync } from "./run";
import { plainIO, syncedDocuments, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

// Uploads and sync write versions through one rule (lib/files/document-rows.ts): whoever adds the next one, the numbers follow on.
describe.each(["highq", "intralinks"] as const)("versions written by uploads and %s sync", (provider) => {
  it("numbers an upload, then a sync of the same document, then a remote change, then another upload 1 to 4", async () => {
    const fixture = await syncFixture(emulators, provider);
    const upload = (bytes: string) => storeUpload(fixture.actor, { folderId: fixture.folderId, filename: "Side letter.pdf", body: Readable.from([Buffer.from(bytes)]) });
    const uploaded = await upload("drafted here");
    expect(uploaded.versionNumber).toBe(1);

    const remote = await fixture.control.createFile(fixture.remoteFolder.id, "Side letter.pdf");
    await runSync(fixture.syncSourceId, plainIO);
    // The uploaded document no remote file owned takes the remote file as its version 2.
    expect((await syncedDocuments(fixture.syncSourceId)).get(String(remote.id))).toMatchObject({
      documentId: uploaded.documentId,
      versionCount: 2,
      source: provider,
      name: "Side letter.pdf",
    });

    // Now owned by the remote file, the name is not adopted again: another remote file of that name is a document of its own.
    await fixture.control.updateFile(remote.id, { change: true });
    const twin = await fixture.control.createFile(fixture.remoteFolder.id, "Side letter.pdf");
    await runSync(fixture.syncSourceId, plainIO);
    const synced = await syncedDocuments(fixture.syncSourceId);
    expect(synced.get(String(remote.id))).toMatchObject({ documentId: uploaded.documentId, versionCount: 3 });
    expect(synced.get(String(twin.id))).toMatchObject({ versionCount: 1, name: "Side letter (2).pdf" });

    const again = await upload("signed here");
    expect(again).toMatchObject({ documentId: uploaded.documentId, versionNumber: 4 });
    const details = await getDocumentDetails(fixture.actor, uploaded.documentId);
    expect(details.versions.map((version) => [version.versionNumber, version.remoteVersion !== null])).toEqual([
      [4, false],
      [3, true],
      [2, true],
      [1, false],
    ]);
    expect(await text((await openDocumentDownload(fixture.actor, uploaded.documentId, 1)).body)).toBe("drafted here");
    expect(await text((await openDocumentDownload(fixture.actor, uploaded.documentId)).body)).toBe("signed here");
  });
});
