import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { isDivisionMember } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { divisions, folders, syncSources } from "@/lib/db/schema";

export interface IntegrationUse {
  folderId: string;
  divisionId: string;
  division: string;
  /** "Division / Folder ← Workspace": content, for members of the division only. */
  label: string;
}

/** Sync sources that use each integration (id → the synced folders). */
export async function integrationUsage(integrationIds: string[]): Promise<Map<string, IntegrationUse[]>> {
  const usage = new Map<string, IntegrationUse[]>();
  if (integrationIds.length === 0) return usage;
  const rows = await db
    .select({ integrationId: syncSources.integrationId, divisionId: syncSources.divisionId, folderId: folders.id, folder: folders.name, division: divisions.name, workspace: syncSources.workspaceName })
    .from(syncSources)
    .innerJoin(folders, eq(folders.id, syncSources.folderId))
    .innerJoin(divisions, eq(divisions.id, syncSources.divisionId))
    .where(inArray(syncSources.integrationId, integrationIds));
  for (const row of rows) {
    const list = usage.get(row.integrationId) ?? [];
    list.push({ folderId: row.folderId, divisionId: row.divisionId, division: row.division, label: `${row.division} / ${row.folder} ← ${row.workspace}` });
    usage.set(row.integrationId, list);
  }
  return usage;
}

/**
 * What an integration manager is shown of a use: the folder and workspace in their own divisions;
 * elsewhere only the division (ethical walls: folder and workspace names are content).
 */
export function usageLabelFor(actor: Actor, use: IntegrationUse): string {
  return isDivisionMember(actor, use.divisionId) ? use.label : `${use.division} / a folder of this division (only its members see which)`;
}
