import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db";
import { folders } from "@/lib/db/schema";
import { sanitizeFilename } from "@/lib/files/filenames";

/**
 * Mirrors remote subfolders (paths relative to the synced root) as local subfolders of `rootId`,
 * creating what is missing and reusing folders that already carry the name. Returns path → local
 * folder id, with "" for the root. Parents are created before children because `paths` is sorted.
 */
export async function mirrorFolders(input: { divisionId: string; rootId: string; paths: string[] }): Promise<Map<string, string>> {
  const ids = new Map<string, string>([["", input.rootId]]);
  for (const path of [...new Set(input.paths)].filter(Boolean).sort()) {
    const cut = path.lastIndexOf("/");
    const parentPath = cut === -1 ? "" : path.slice(0, cut);
    const parentId = ids.get(parentPath) ?? (await mirrorFolders({ ...input, paths: [parentPath] })).get(parentPath)!;
    ids.set(path, await ensureChild(input.divisionId, parentId, sanitizeFilename(path.slice(cut + 1))));
  }
  return ids;
}

async function ensureChild(divisionId: string, parentId: string, name: string): Promise<string> {
  const [created] = await db.insert(folders).values({ divisionId, parentId, name }).onConflictDoNothing().returning({ id: folders.id });
  if (created) return created.id;
  const [existing] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(eq(folders.divisionId, divisionId), parentId ? eq(folders.parentId, parentId) : isNull(folders.parentId), eq(folders.name, name)));
  return existing.id;
}
