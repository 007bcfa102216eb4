import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { documents, jobEventQueue } from "@/lib/db/schema";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { getDocumentDetails, listDocuments, openDocumentDownload, storeUpload } from "./documents";
import { createFolder } from "./folders";

async function folderForNewMember() {
  const member = await makeUser();
  const division = await makeDivision([{ actor: member, role: "member" }]);
  const actor = await refresh(member);
  const folderId = await createFolder(actor, { divisionId: division.id, parentId: null, name: "Inbox" });
  return { actor, folderId };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("documents", () => {
  it("streams an upload into the blob store and serves the same bytes back", async () => {
    const { actor, folderId } = await folderForNewMember();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    // Many small chunks, as a network stream delivers them.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    const stored = await storeUpload(actor, { folderId, filename: "big.bin", body: Readable.from(chunks) });
    expect(stored).toMatchObject({ size: bytes.length, sha256: sha256(bytes), versionNumber: 1 });
    const download = await openDocumentDownload(actor, stored.documentId);
    const received: Buffer[] = [];
    for await (const chunk of download.body) received.push(chunk as Buffer);
    expect(sha256(Buffer.concat(received))).toBe(sha256(bytes));
  });

  it("tells the jobs about the new version once it is committed (insights extract it in the background)", async () => {
    const { actor, folderId } = await folderForNewMember();
    const stored = await storeUpload(actor, { folderId, filename: "NDA.txt", body: Readable.from([Buffer.from("This Agreement is made between A Ltd and B Ltd.")]) });
    const emitted = await db.select().from(jobEventQueue).where(sql`${jobEventQueue.payload} -> 'documentVersionIds' ? ${stored.versionId}`);
    expect(emitted.map((event) => [event.name, event.payload])).toEqual([["document-versions.added", { documentVersionIds: [stored.versionId] }]]);
  });

  it("turns a second upload with the same name into version 2, keeping version 1", async () => {
    const { actor, folderId } = await folderForNewMember();
    const first = await storeUpload(actor, { folderId, filename: "NDA.txt", body: Readable.from([Buffer.from("draft")]) });
    const second = await storeUpload(actor, { folderId, filename: "NDA.txt", body: Readable.from([Buffer.from("signed")]) });
    expect(second.documentId).toBe(first.documentId);
    expect(second.versionNumber).toBe(2);
    const details = await getDocumentDetails(actor, first.documentId);
    expect(details.versions.map((version) => version.versionNumber)).toEqual([2, 1]);
    expect(await text((await openDocumentDownload(actor, first.documentId, 1)).body)).toBe("draft");
    expect(await text((await openDocumentDownload(actor, first.documentId)).body)).toBe("signed");
  });

  it("leaves no document row when the upload is interrupted", async () => {
    const { actor, folderId } = await folderForNewMember();
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(storeUpload(actor, { folderId, filename: "partial.pdf", body: broken })).rejects.toThrow(/connection reset/);
    expect(await db.select().from(documents).where(eq(documents.folderId, folderId))).toEqual([]);
  });

  it("sanitises names and infers the media type from the extension", async () => {
    const { actor, folderId } = await folderForNewMember();
    const stored = await storeUpload(actor, { folderId, filename: '../../etc/"passwd".pdf', body: Readable.from([Buffer.from("%PDF")]) });
    const details = await getDocumentDetails(actor, stored.documentId);
    expect(details.document.name).toBe("_.._etc__passwd_.pdf");
    expect(details.document.mediaType).toBe("application/pdf");
  });

  it("sorts and pages a large folder", async () => {
    const { actor, folderId } = await folderForNewMember();
    for (const name of ["b.txt", "a.txt", "c.txt"]) {
      await storeUpload(actor, { folderId, filename: name, body: Readable.from([Buffer.from(name.repeat(name.charCodeAt(0)))]) });
    }
    const byName = await listDocuments(actor, { folderId, sort: "name", page: 1, pageSize: 10 });
    expect(byName.rows.map((row) => row.name)).toEqual(["a.txt", "b.txt", "c.txt"]);
    const bySizeDesc = await listDocuments(actor, { folderId, sort: "-size", page: 1, pageSize: 10 });
    expect(bySizeDesc.rows.map((row) => row.name)).toEqual(["c.txt", "b.txt", "a.txt"]);
    const second = await listDocuments(actor, { folderId, sort: "name", page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, rows: [{ name: "c.txt" }] });
    const searched = await listDocuments(actor, { folderId, sort: "name", page: 1, pageSize: 10, search: "B." });
    expect(searched.rows.map((row) => row.name)).toEqual(["b.txt"]);
  });

  it("refuses members of other divisions", async () => {
    const { actor, folderId } = await folderForNewMember();
    const stored = await storeUpload(actor, { folderId, filename: "secret.txt", body: Readable.from([Buffer.from("x")]) });
    const { actor: outsider } = await folderForNewMember();
    await expect(openDocumentDownload(outsider, stored.documentId)).rejects.toThrow(/not a member/);
    await expect(listDocuments(outsider, { folderId, sort: "name", page: 1, pageSize: 10 })).rejects.toThrow(/not a member/);
    await expect(storeUpload(outsider, { folderId, filename: "x", body: Readable.from([Buffer.from("x")]) })).rejects.toThrow(/not a member/);
  });
});
