import type { FolderNode } from "@/lib/files/folders";

/**
 * Documents per folder including every subfolder (a synced folder mirrors the remote tree, so most of
 * its documents sit in subfolders), from the tree's own per-folder counts.
 */
export function totalDocumentCounts(tree: FolderNode[]): Map<string, number> {
  const children = new Map<string | null, FolderNode[]>();
  for (const folder of tree) children.set(folder.parentId, [...(children.get(folder.parentId) ?? []), folder]);
  const totals = new Map<string, number>();
  const total = (folder: FolderNode): number => {
    const known = totals.get(folder.id);
    if (known !== undefined) return known;
    const sum = folder.documentCount + (children.get(folder.id) ?? []).reduce((acc, child) => acc + total(child), 0);
    totals.set(folder.id, sum);
    return sum;
  };
  for (const folder of tree) total(folder);
  return totals;
}
