import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertAccountAdmin, isDivisionAdmin, isDivisionMember } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { divisions, folders, integrations, memberships, syncRemoteItems, syncRuns, syncSources, users, type SyncErrorData } from "@/lib/db/schema";

/** Problems first: the order a person should look at sources in. */
const STATUS_RANK = { error: 0, reauth_required: 1, paused: 3, active: 4 } as const;

export interface SyncOverviewRow {
  id: string;
  divisionId: string;
  divisionName: string;
  folderId: string;
  folderName: string;
  integrationName: string;
  provider: "highq" | "intralinks";
  workspaceName: string;
  remoteRootPath: string;
  status: keyof typeof STATUS_RANK;
  problem: SyncErrorData | null;
  owner: { id: string; name: string } | null;
  /** The owner was disabled or is no longer a member of the division: the sync needs a new owner. */
  ownerLeft: boolean;
  lastRunAt: Date | null;
  lastRunStatus: "queued" | "running" | "succeeded" | "partial" | "failed" | null;
  nextRunAt: Date | null;
  documents: number;
}

const ownerMembership = sql<boolean>`exists (select 1 from ${memberships} where ${memberships.userId} = ${syncSources.ownerId} and ${memberships.divisionId} = ${syncSources.divisionId})`;

/**
 * Every sync source in the divisions the caller is a member of (ethical walls: an account
 * administrator sees only their own divisions here; `divisionSyncHealth` gives them the rest as counts).
 */
export async function listSyncOverview(actor: Actor): Promise<SyncOverviewRow[]> {
  const mine = Object.keys(actor.divisions);
  if (mine.length === 0) return [];
  const documentCounts = db
    .select({ syncSourceId: syncRemoteItems.syncSourceId, documents: count().as("documents") })
    .from(syncRemoteItems)
    .where(isNotNull(syncRemoteItems.documentId))
    .groupBy(syncRemoteItems.syncSourceId)
    .as("document_counts");
  const lastRun = db
    .selectDistinctOn([syncRuns.syncSourceId], { syncSourceId: syncRuns.syncSourceId, status: syncRuns.status })
    .from(syncRuns)
    .orderBy(syncRuns.syncSourceId, desc(syncRuns.createdAt))
    .as("last_run");
  const rows = await db
    .select({
      source: syncSources,
      divisionName: divisions.name,
      folderName: folders.name,
      integrationName: integrations.name,
      provider: integrations.provider,
      ownerName: users.name,
      ownerEmail: users.email,
      ownerDisabledAt: users.disabledAt,
      ownerIsMember: ownerMembership,
      documents: documentCounts.documents,
      lastRunStatus: lastRun.status,
    })
    .from(syncSources)
    .innerJoin(divisions, eq(divisions.id, syncSources.divisionId))
    .innerJoin(folders, eq(folders.id, syncSources.folderId))
    .innerJoin(integrations, eq(integrations.id, syncSources.integrationId))
    .leftJoin(users, eq(users.id, syncSources.ownerId))
    .leftJoin(documentCounts, eq(documentCounts.syncSourceId, syncSources.id))
    .leftJoin(lastRun, eq(lastRun.syncSourceId, syncSources.id))
    .where(inArray(syncSources.divisionId, mine))
    .orderBy(asc(divisions.name), asc(folders.name));
  const overview = rows.map(({ source, ...row }): SyncOverviewRow => {
    const ownerLeft = !source.ownerId || !row.ownerIsMember || row.ownerDisabledAt !== null;
    return {
      id: source.id,
      divisionId: source.divisionId,
      divisionName: row.divisionName,
      folderId: source.folderId,
      folderName: row.folderName,
      integrationName: row.integrationName,
      provider: row.provider,
      workspaceName: source.workspaceName,
      remoteRootPath: source.remoteRootPath,
      status: source.status,
      problem: source.statusError,
      owner: source.ownerId ? { id: source.ownerId, name: row.ownerName ?? row.ownerEmail ?? "—" } : null,
      ownerLeft,
      lastRunAt: source.lastRunAt,
      lastRunStatus: row.lastRunStatus ?? null,
      nextRunAt: source.nextRunAt,
      documents: Number(row.documents ?? 0),
    };
  });
  return overview.sort((a, b) => rank(a) - rank(b));
}

function rank(row: SyncOverviewRow): number {
  if (row.ownerLeft) return 2;
  if (row.status === "active" && (row.lastRunStatus === "failed" || row.lastRunStatus === "partial")) return 2;
  return STATUS_RANK[row.status];
}

export interface DivisionSyncHealth {
  divisionId: string;
  divisionName: string;
  sources: number;
  active: number;
  paused: number;
  needsAttention: number;
  documents: number;
}

/**
 * Account administrators: per division, how many syncs there are and how healthy, for every
 * division. Counts only: no folder names, remote paths or document names cross an ethical wall.
 */
export async function divisionSyncHealth(actor: Actor): Promise<DivisionSyncHealth[]> {
  assertAccountAdmin(actor);
  const documentsPerDivision = db
    .select({ divisionId: syncSources.divisionId, documents: count().as("synced_documents") })
    .from(syncRemoteItems)
    .innerJoin(syncSources, eq(syncSources.id, syncRemoteItems.syncSourceId))
    .where(isNotNull(syncRemoteItems.documentId))
    .groupBy(syncSources.divisionId)
    .as("documents_per_division");
  const rows = await db
    .select({
      divisionId: divisions.id,
      divisionName: divisions.name,
      sources: count(syncSources.id),
      active: sql<number>`count(*) filter (where ${syncSources.status} = 'active')`,
      paused: sql<number>`count(*) filter (where ${syncSources.status} = 'paused')`,
      needsAttention: sql<number>`count(*) filter (where ${syncSources.status} in ('error', 'reauth_required'))`,
      documents: sql<number>`coalesce(max(${documentsPerDivision.documents}), 0)`,
    })
    .from(divisions)
    .leftJoin(syncSources, eq(syncSources.divisionId, divisions.id))
    .leftJoin(documentsPerDivision, eq(documentsPerDivision.divisionId, divisions.id))
    .groupBy(divisions.id, divisions.name)
    .orderBy(asc(divisions.name));
  return rows.map((row) => ({
    ...row,
    sources: Number(row.sources),
    active: Number(row.active),
    paused: Number(row.paused),
    needsAttention: Number(row.needsAttention),
    documents: Number(row.documents),
  }));
}

/** Members of a source's division who could own it (for a transfer), active accounts only. */
export async function listTransferCandidates(actor: Actor, syncSourceId: string) {
  const source = await transferableSource(actor, syncSourceId);
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.divisionId, source.divisionId), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.email));
}

/** The source, if the caller administers its division or owns it; the same refusal otherwise. */
export async function transferableSource(actor: Actor, syncSourceId: string) {
  const [source] = await db.select().from(syncSources).where(eq(syncSources.id, syncSourceId));
  const allowed = source && (isDivisionAdmin(actor, source.divisionId) || (source.ownerId === actor.id && isDivisionMember(actor, source.divisionId)));
  if (!allowed) throw forbidden("Only the sync's owner or an administrator of its division can hand it to someone else.");
  return source;
}
