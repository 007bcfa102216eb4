import { Readable } from "node:stream";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { documents, documentVersions } from "@/lib/db/schema";
import { countQueries } from "@/test/query-counter";
import { blobStore } from "@/lib/storage";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { addDocumentVersions, type NewVersion } from "./document-rows";
import { storeUpload } from "./documents";
import { createFolder } from "./folders";

async function folderForNewMember() {
  const member = await makeUser();
  const division = await makeDivision([{ actor: member, role: "member" }]);
  const actor = await refresh(member);
  const folderId = await createFolder(actor, { divisionId: division.id, parentId: null, name: "Inbox" });
  return { actor, divisionId: division.id, folderId };
}

const stored = (text: string) => blobStore().put(Readable.from([Buffer.from(text)]));

describe("addDocumentVersions", () => {
  it("writes new documents and next versions of existing ones, numbered from each document's count, in three statements", async () => {
    const { actor, divisionId, folderId } = await folderForNewMember();
    const first = await storeUpload(actor, { folderId, filename: "A.txt", body: Readable.from([Buffer.from("a1")]) });
    await storeUpload(actor, { folderId, filename: "A.txt", body: Readable.from([Buffer.from("a2")]) });
    const other = await storeUpload(actor, { folderId, filename: "B.txt", body: Readable.from([Buffer.from("b1")]) });
    const version = async (name: string, documentId?: string): Promise<NewVersion> => ({
      divisionId,
      folderId,
      name,
      blob: await stored(`${name} ${documentId ?? "new"}`),
      mediaType: "text/plain",
      source: "highq",
      remotePath: name,
      remoteVersion: "7",
      createdBy: actor.id,
      documentId,
    });
    const inputs = [await version("New 1.txt"), await version("A renamed.txt", first.documentId), await version("New 2.txt"), await version("B.txt", other.documentId)];

    const counter = countQueries();
    const added = await db.transaction((tx) => addDocumentVersions(tx, inputs, { nameTaken: "fail" }));
    // BEGIN, three statements, COMMIT.
    expect(counter.stop()).toBe(5);

    expect(added.map((row) => row.versionNumber)).toEqual([1, 3, 1, 2]);
    expect(added[1].documentId).toBe(first.documentId);
    expect(added[3].documentId).toBe(other.documentId);
    const rows = await db.select().from(documents).where(inArray(documents.id, added.map((row) => row.documentId)));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(first.documentId)).toMatchObject({ name: "A renamed.txt", versionCount: 3, source: "highq", remotePath: "A renamed.txt" });
    expect(byId.get(added[0].documentId)).toMatchObject({ name: "New 1.txt", versionCount: 1, folderId });
    const versions = await db.select().from(documentVersions).where(inArray(documentVersions.id, added.map((row) => row.versionId)));
    expect(versions.map((row) => [row.documentId, row.versionNumber, row.remoteVersion]).sort()).toEqual(
      added.map((row) => [row.documentId, row.versionNumber, "7"]).sort(),
    );
  });

  it("adds the next version to a document of the same name for uploads, and fails on the name for a writer that chose it free", async () => {
    const { actor, divisionId, folderId } = await folderForNewMember();
    const upload = await storeUpload(actor, { folderId, filename: "Taken.pdf", body: Readable.from([Buffer.from("v1")]) });
    const input = async (): Promise<NewVersion> => ({
      divisionId,
      folderId,
      name: "Taken.pdf",
      blob: await stored("again"),
      mediaType: "application/pdf",
      source: "upload",
      createdBy: actor.id,
    });
    const [next] = await db.transaction(async (tx) => addDocumentVersions(tx, [await input()], { nameTaken: "next-version" }));
    expect(next).toMatchObject({ documentId: upload.documentId, versionNumber: 2 });

    const taken = await input();
    await expect(db.transaction((tx) => addDocumentVersions(tx, [taken], { nameTaken: "fail" }))).rejects.toMatchObject({ cause: { code: "23505" } });
    const [document] = await db.select().from(documents).where(eq(documents.id, upload.documentId));
    expect(document.versionCount).toBe(2);
  });

  it("refuses two versions of one document in one call", async () => {
    const { actor, divisionId, folderId } = await folderForNewMember();
    const input: NewVersion = { divisionId, folderId, name: "Twice.txt", blob: await stored("x"), mediaType: "text/plain", source: "upload", createdBy: actor.id };
    await expect(db.transaction((tx) => addDocumentVersions(tx, [input, input], { nameTaken: "next-version" }))).rejects.toThrow("once per call");
  });
});
