import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { divisions, folders, syncSources } from "@/lib/db/schema";

/** Sync sources that use each integration (id → the synced folders, labelled "Division / Folder"). */
export async function integrationUsage(integrationIds: string[]): Promise<Map<string, { folderId: string; divisionId: string; label: string }[]>> {
  const usage = new Map<string, { folderId: string; divisionId: string; label: string }[]>();
  if (integrationIds.length === 0) return usage;
  const rows = await db
    .select({ integrationId: syncSources.integrationId, divisionId: syncSources.divisionId, folderId: folders.id, folder: folders.name, division: divisions.name, workspace: syncSources.workspaceName })
    .from(syncSources)
    .innerJoin(folders, eq(folders.id, syncSources.folderId))
    .innerJoin(divisions, eq(divisions.id, syncSources.divisionId))
    .where(inArray(syncSources.integrationId, integrationIds));
  for (const row of rows) {
    const list = usage.get(row.integrationId) ?? [];
    list.push({ folderId: row.folderId, divisionId: row.divisionId, label: `${row.division} / ${row.folder} ← ${row.workspace}` });
    usage.set(row.integrationId, list);
  }
  return usage;
}
