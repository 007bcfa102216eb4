import { expect, it } from "vitest";
import type { FolderNode } from "@/lib/files/folders";
import { totalDocumentCounts } from "./folder-counts";

const node = (id: string, parentId: string | null, documentCount: number) => ({ id, parentId, documentCount, name: id }) as FolderNode;

it("counts a folder's documents together with all of its subfolders'", () => {
  const totals = totalDocumentCounts([node("root", null, 4), node("a", "root", 2), node("a1", "a", 5), node("b", "root", 0), node("other", null, 1)]);
  expect(Object.fromEntries(totals)).toEqual({ root: 11, a: 7, a1: 5, b: 0, other: 1 });
});
