import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { makeDivision, makeUser, refresh, unique } from "@/test/factories";
import { storeUpload } from "./documents";
import { createFolder, deleteFolder, folderDeletionImpact, listFolderTree, moveFolder, renameFolder } from "./folders";

async function memberWithDivision() {
  const member = await makeUser();
  const division = await makeDivision([{ actor: member, role: "member" }]);
  return { member: await refresh(member), division };
}

describe("folders", () => {
  it("builds a tree, refuses duplicate sibling names and cycles", async () => {
    const { member, division } = await memberWithDivision();
    const deals = await createFolder(member, { divisionId: division.id, parentId: null, name: "Deals" });
    const atlas = await createFolder(member, { divisionId: division.id, parentId: deals, name: "Atlas" });
    await expect(createFolder(member, { divisionId: division.id, parentId: null, name: "Deals" })).rejects.toThrow(/already exists/);
    // The same name is fine under another parent.
    await createFolder(member, { divisionId: division.id, parentId: atlas, name: "Deals" });
    await expect(moveFolder(member, { folderId: deals, parentId: atlas })).rejects.toThrow(/into itself/);
    await renameFolder(member, { folderId: atlas, name: "Atlas (closed)" });
    const tree = await listFolderTree(member, division.id);
    expect(tree.map((node) => node.name).sort()).toEqual(["Atlas (closed)", "Deals", "Deals"]);
    expect(tree.find((node) => node.name === "Atlas (closed)")?.parentId).toBe(deals);
  });

  it("deletes only after the person confirmed the document count they were shown", async () => {
    const { member, division } = await memberWithDivision();
    const parent = await createFolder(member, { divisionId: division.id, parentId: null, name: unique("Parent") });
    const child = await createFolder(member, { divisionId: division.id, parentId: parent, name: "Child" });
    await storeUpload(member, { folderId: child, filename: "a.txt", body: Readable.from([Buffer.from("a")]) });
    expect(await folderDeletionImpact(member, parent)).toMatchObject({ subfolders: 1, documents: 1 });
    await expect(deleteFolder(member, { folderId: parent, confirmedDocuments: 0 })).rejects.toThrow(/now holds 1 document/);
    await deleteFolder(member, { folderId: parent, confirmedDocuments: 1 });
    expect(await listFolderTree(member, division.id)).toEqual([]);
  });

  it("keeps a folder move inside its division", async () => {
    const member = await makeUser();
    const one = await makeDivision([{ actor: member, role: "member" }]);
    const two = await makeDivision([{ actor: member, role: "member" }]);
    const actor = await refresh(member);
    const a = await createFolder(actor, { divisionId: one.id, parentId: null, name: "A" });
    const b = await createFolder(actor, { divisionId: two.id, parentId: null, name: "B" });
    await expect(moveFolder(actor, { folderId: a, parentId: b })).rejects.toThrow(/within their division/);
    await expect(createFolder(actor, { divisionId: one.id, parentId: b, name: "C" })).rejects.toThrow(/another division/);
  });
});
