import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { RemoteError } from "@/lib/connectors/errors";
import { db } from "@/lib/db";
import { integrations, syncRunItems, syncRuns, syncSources, type SyncSource } from "@/lib/db/schema";
import { invalid, notFound } from "@/lib/errors";
import { getFolderOrThrow } from "@/lib/files/folders";
import { getMyConnection } from "@/lib/integrations/connections";
import { connectorForConnection } from "@/lib/integrations/tokens";
import { emit } from "@/lib/jobs/emit";
import type { configureSyncSchema } from "@/lib/validation/sync";
import { activeConnectionOf } from "./reconnect";
import { runRequestFor } from "./schedule";

/**
 * The caller's own active authorisation of an integration, and a connector acting as them. Syncs
 * only ever run as the person who configured them, so nobody can borrow another user's access.
 */
export async function myConnector(actor: Actor, integrationId: string) {
  const [integration] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
  if (!integration) throw notFound("That integration");
  const connection = await getMyConnection(actor, integrationId);
  if (!connection) throw invalid(`Authorise ${integration.name} with your ${integration.provider === "highq" ? "HighQ" : "Intralinks"} account first.`);
  if (connection.status === "reauth_required") throw new RemoteError("REAUTH_REQUIRED", { details: { provider: integration.provider } });
  return { integration, connection, connector: await connectorForConnection(connection.id) };
}

/** Loads a source and checks the caller is a member of its folder's division. */
export async function getSyncSourceOrThrow(actor: Actor, syncSourceId: string): Promise<SyncSource> {
  const [source] = await db.select().from(syncSources).where(eq(syncSources.id, syncSourceId));
  if (!source) throw notFound("That sync source");
  await getFolderOrThrow(actor, source.folderId);
  return source;
}

/**
 * Creates the folder's sync source, or changes it (a folder has at most one). The workspace must
 * be one the caller can open and the path must exist remotely; the first run starts at once.
 */
export async function configureSyncSource(actor: Actor, input: z.infer<typeof configureSyncSchema>): Promise<string> {
  const folder = await getFolderOrThrow(actor, input.folderId);
  const { integration, connection, connector } = await myConnector(actor, input.integrationId);
  const workspace = (await connector.listWorkspaces()).find((candidate) => candidate.id === input.workspaceId);
  if (!workspace) throw new RemoteError("WORKSPACE_NOT_ACCESSIBLE", { details: { provider: integration.provider, workspaceId: input.workspaceId } });
  if (workspace.status !== "available") throw invalid(workspace.reason ?? `${workspace.name} cannot be synced right now.`);
  const root = await connector.resolveFolderPath(workspace.id, input.path);
  const values = {
    integrationId: integration.id,
    connectionId: connection.id,
    ownerId: actor.id,
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    remoteRootFolderId: root.id,
    remoteRootPath: root.path,
    intervalMinutes: input.intervalMinutes,
    status: "active" as const,
    statusError: null,
    // The run requested below is this interval's run; a next-run time of "now" made the scheduler's
    // next tick start a second one.
    nextRunAt: new Date(Date.now() + input.intervalMinutes * 60_000),
  };
  const sourceId = await db.transaction(async (tx) => {
    const [source] = await tx
      .insert(syncSources)
      .values({ divisionId: folder.divisionId, folderId: folder.id, ...values })
      .onConflictDoUpdate({ target: syncSources.folderId, set: values })
      .returning({ id: syncSources.id });
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: folder.divisionId,
      action: "sync.configured",
      targetType: "folder",
      targetId: folder.id,
      summary: `Set folder ${folder.name} to sync from ${workspace.name}${root.path}`,
    });
    return source.id;
  });
  await requestRun(actor, sourceId);
  return sourceId;
}

/** "Sync now": a queued run shows at once; the job picks it up (or resumes the one in progress). */
export async function requestRun(actor: Actor, syncSourceId: string): Promise<void> {
  const source = await getSyncSourceOrThrow(actor, syncSourceId);
  const [current] = await db.select().from(syncSources).where(eq(syncSources.id, source.id));
  if (current.status === "paused") throw invalid("Resume the sync before running it.");
  if (current.status === "reauth_required") throw new RemoteError("REAUTH_REQUIRED", { message: "The person who set up this sync must authorise the integration again before it can run." });
  const [open] = await db
    .select({ id: syncRuns.id })
    .from(syncRuns)
    .where(and(eq(syncRuns.syncSourceId, source.id), inArray(syncRuns.status, ["queued", "running"])));
  if (!open) await db.insert(syncRuns).values({ syncSourceId: source.id, trigger: "manual", status: "queued" });
  await emit("sync/run.requested", await runRequestFor(source.id));
}

export async function setSyncPaused(actor: Actor, syncSourceId: string, paused: boolean): Promise<void> {
  const source = await getSyncSourceOrThrow(actor, syncSourceId);
  await db.transaction(async (tx) => {
    // Resuming runs as the owner's current authorisation (perhaps one given while it was paused),
    // or waits for one.
    const connectionId = paused || !source.ownerId ? null : await activeConnectionOf(tx, source.ownerId, source.integrationId);
    await tx
      .update(syncSources)
      .set(paused ? { status: "paused" } : connectionId ? { connectionId, status: "active", statusError: null, nextRunAt: new Date() } : { connectionId: null, status: "reauth_required" })
      .where(eq(syncSources.id, source.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: source.divisionId,
      action: paused ? "sync.paused" : "sync.resumed",
      targetType: "folder",
      targetId: source.folderId,
      summary: `${paused ? "Paused" : "Resumed"} the sync from ${source.workspaceName}${source.remoteRootPath}`,
    });
  });
}

/** Stops syncing the folder; every document it brought in stays, labelled with its source. */
export async function removeSyncSource(actor: Actor, syncSourceId: string): Promise<void> {
  const source = await getSyncSourceOrThrow(actor, syncSourceId);
  await db.transaction(async (tx) => {
    await tx.delete(syncSources).where(eq(syncSources.id, source.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: source.divisionId,
      action: "sync.removed",
      targetType: "folder",
      targetId: source.folderId,
      summary: `Removed the sync from ${source.workspaceName}${source.remoteRootPath}; its documents were kept`,
    });
  });
}

/** Missing documents named in the Sync Source section at most (the count covers the rest). */
const MISSING_SHOWN = 10;

/** The Sync Source section of a folder: configuration, status, live progress and history. */
export async function getFolderSync(actor: Actor, folderId: string) {
  await getFolderOrThrow(actor, folderId);
  const [row] = await db
    .select({ source: syncSources, integrationName: integrations.name, provider: integrations.provider })
    .from(syncSources)
    .innerJoin(integrations, eq(integrations.id, syncSources.integrationId))
    .where(eq(syncSources.folderId, folderId));
  if (!row) return null;
  const runs = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, row.source.id)).orderBy(desc(syncRuns.createdAt)).limit(20);
  const { source } = row;
  // Documents the last finished run could not bring in; a follow-up run is already scheduled.
  const lastFinished = runs.find((run) => run.status === "succeeded" || run.status === "partial" || run.status === "failed");
  const missing =
    lastFinished && lastFinished.failedCount > 0
      ? await db
          .select({ name: syncRunItems.name, remotePath: syncRunItems.remotePath, reason: syncRunItems.reason })
          .from(syncRunItems)
          .where(and(eq(syncRunItems.runId, lastFinished.id), eq(syncRunItems.outcome, "failed")))
          .orderBy(syncRunItems.remotePath)
          .limit(MISSING_SHOWN)
      : [];
  return {
    id: source.id,
    integrationId: source.integrationId,
    integrationName: row.integrationName,
    provider: row.provider,
    workspaceId: source.workspaceId,
    workspaceName: source.workspaceName,
    remoteRootPath: source.remoteRootPath,
    intervalMinutes: source.intervalMinutes,
    status: source.status,
    statusError: source.statusError,
    ownedByMe: source.ownerId === actor.id,
    lastRunAt: source.lastRunAt,
    nextRunAt: source.nextRunAt,
    runs: runs.map(({ syncSourceId: _sourceId, ...run }) => run),
    missing: { count: missing.length === 0 ? 0 : lastFinished!.failedCount, documents: missing },
  };
}

export type FolderSync = NonNullable<Awaited<ReturnType<typeof getFolderSync>>>;

/** Per-document outcomes of one run (new, updated, skipped with the reason, failed with the error). */
export async function getRunItems(actor: Actor, runId: string) {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId));
  if (!run) throw notFound("That sync run");
  await getSyncSourceOrThrow(actor, run.syncSourceId);
  return db
    .select({
      id: syncRunItems.id,
      name: syncRunItems.name,
      remotePath: syncRunItems.remotePath,
      size: syncRunItems.size,
      outcome: syncRunItems.outcome,
      reason: syncRunItems.reason,
      done: syncRunItems.done,
      documentId: syncRunItems.documentId,
    })
    .from(syncRunItems)
    .where(eq(syncRunItems.runId, run.id))
    .orderBy(syncRunItems.remotePath)
    .limit(1000);
}
