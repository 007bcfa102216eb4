import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { folders } from "@/lib/db/schema";
import { sanitizeFilename } from "@/lib/files/filenames";

/**
 * Mirrors remote subfolders (paths relative to the synced root) as local subfolders of `rootId`,
 * creating what is missing and reusing folders that already carry the name. Returns path → local
 * folder id, with "" for the root. Works one depth at a time, two statements per depth (insert
 * what is missing, read the ids back), so a tree of thousands of folders costs a few queries.
 */
export async function mirrorFolders(input: { divisionId: string; rootId: string; paths: string[] }): Promise<Map<string, string>> {
  const ids = new Map<string, string>([["", input.rootId]]);
  const all = new Set<string>();
  for (const path of input.paths) {
    // Ancestors too, in case a listing named a folder before (or without) its parent.
    const parts = path.split("/").filter(Boolean);
    for (let depth = 1; depth <= parts.length; depth++) all.add(parts.slice(0, depth).join("/"));
  }
  const byDepth = new Map<number, string[]>();
  for (const path of all) {
    const depth = path.split("/").length;
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), path]);
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    const wanted = byDepth.get(depth)!.map((path) => {
      const cut = path.lastIndexOf("/");
      return { path, parentId: ids.get(cut === -1 ? "" : path.slice(0, cut))!, name: sanitizeFilename(path.slice(cut + 1)) };
    });
    const unique = [...new Map(wanted.map((entry) => [`${entry.parentId}/${entry.name}`, entry])).values()].sort((a, b) =>
      `${a.parentId}/${a.name}` < `${b.parentId}/${b.name}` ? -1 : 1,
    );
    await db
      .insert(folders)
      .values(unique.map((entry) => ({ divisionId: input.divisionId, parentId: entry.parentId, name: entry.name })))
      .onConflictDoNothing();
    const rows = await db
      .select({ id: folders.id, parentId: folders.parentId, name: folders.name })
      .from(folders)
      .where(
        and(
          eq(folders.divisionId, input.divisionId),
          sql`${folders.parentId} = ANY(${sql.param([...new Set(unique.map((entry) => entry.parentId))])}::uuid[])`,
          sql`${folders.name} = ANY(${sql.param([...new Set(unique.map((entry) => entry.name))])}::text[])`,
        ),
      );
    const found = new Map(rows.map((row) => [`${row.parentId}/${row.name}`, row.id]));
    for (const entry of wanted) ids.set(entry.path, found.get(`${entry.parentId}/${entry.name}`)!);
  }
  return ids;
}
