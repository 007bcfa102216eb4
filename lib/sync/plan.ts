import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Connector, RemoteFile } from "@/lib/connectors";
import { RemoteError } from "@/lib/connectors/errors";
import { db, type Tx } from "@/lib/db";
import { bigintArray, booleanArray, jsonTextArray, textArray, timestampArray, uuidArray } from "@/lib/db/arrays";
import { documents, syncRemoteItems, syncRunItems, syncRuns, type SyncRemoteItem, type SyncSource } from "@/lib/db/schema";
import { toSyncError } from "./errors";
import { markRemovedAtSource, moveDocuments } from "@/lib/files/document-rows";
import { mirrorFolders } from "./folders";
import { placeDocuments } from "./names";

export type PlanSummary = { found: number; toDownload: number; plannedBytes: number; unchanged: number; skipped: number; removed: number };

type Classified = { file: RemoteFile; outcome: "new" | "updated" | "unchanged" | "skipped"; reason?: RemoteError };

/**
 * Change detection by remote identity: a file is new when no document is known for its remote id,
 * updated when its version or size differs (modified times alone are never trusted, copies keep
 * old dates), and skipped when the remote says it cannot be downloaded.
 */
export function classify(file: RemoteFile, known: Pick<SyncRemoteItem, "documentId" | "remoteVersion" | "size"> | undefined, provider: "highq" | "intralinks"): Classified {
  const details = { provider, documentId: file.id, path: file.path };
  if (file.encrypted) return { file, outcome: "skipped", reason: new RemoteError("ENCRYPTED_DOCUMENT", { details }) };
  if (!file.canDownload) return { file, outcome: "skipped", reason: new RemoteError("NO_DOWNLOAD_PERMISSION", { details }) };
  if (!known?.documentId) return { file, outcome: "new" };
  return known.remoteVersion === file.version && known.size === file.size ? { file, outcome: "unchanged" } : { file, outcome: "updated" };
}

const CHUNK = 1000;

/**
 * Lists the whole remote tree, mirrors its folders, and stores the run's plan. Only a listing that
 * ran to its end marks missing documents "removed at source" (the documents themselves stay).
 * Idempotent: a run that already has a plan keeps it.
 */
export async function planRun(runId: string, source: SyncSource, provider: "highq" | "intralinks", connector: Connector): Promise<PlanSummary> {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId));
  if (run.plannedAt) return summaryOf(run);

  const files: RemoteFile[] = [];
  const folderPaths: string[] = [];
  for await (const entry of connector.walk(source.workspaceId, source.remoteRootFolderId)) {
    if (entry.kind === "folder") folderPaths.push(entry.path);
    else files.push(entry.file);
  }

  const localFolders = await mirrorFolders({ divisionId: source.divisionId, rootId: source.folderId, paths: folderPaths });
  const known = new Map(
    (
      await db
        .select({
          id: syncRemoteItems.id,
          remoteId: syncRemoteItems.remoteId,
          documentId: syncRemoteItems.documentId,
          remoteVersion: syncRemoteItems.remoteVersion,
          size: syncRemoteItems.size,
          remotePath: syncRemoteItems.remotePath,
          removedAtSourceAt: syncRemoteItems.removedAtSourceAt,
        })
        .from(syncRemoteItems)
        .where(eq(syncRemoteItems.syncSourceId, source.id))
    ).map((item) => [item.remoteId, item]),
  );
  const plan = files.map((file) => classify(file, known.get(file.id), provider));
  const actionable = plan.filter((entry) => entry.outcome !== "unchanged");
  const downloads = plan.filter((entry) => entry.outcome === "new" || entry.outcome === "updated");
  // Renamed or moved without new content: no download, the document follows the remote file.
  const moved = plan.flatMap(({ file, outcome }) => {
    const item = known.get(file.id);
    return outcome === "unchanged" && item?.documentId && item.remotePath !== file.path ? [{ file, itemId: item.id, documentId: item.documentId }] : [];
  });
  const localFolderOf = (file: RemoteFile) => localFolders.get(parentPath(file.path)) ?? source.folderId;
  // Removed and reappeared documents, diffed in memory against what is known (one pass each way).
  const listed = new Set(files.map((file) => file.id));
  const gone = [...known.values()].filter((item) => !item.removedAtSourceAt && !listed.has(item.remoteId)).map((item) => item.id);
  const back = [...known.values()].filter((item) => item.removedAtSourceAt && listed.has(item.remoteId)).map((item) => item.id);

  return db.transaction(async (tx) => {
    for (let start = 0; start < actionable.length; start += CHUNK) {
      const rows = actionable.slice(start, start + CHUNK);
      const now = new Date();
      // Skipped documents need no download: their plan row is their outcome.
      await tx.execute(sql`
        insert into ${syncRunItems} (run_id, remote_id, name, remote_path, remote_folder_id, local_folder_id, remote_version, size, remote_hash, modified_at, outcome, reason, done, finished_at)
        select ${runId}::uuid, v.remote_id, v.name, v.remote_path, v.remote_folder_id, v.local_folder_id, v.remote_version, v.size, v.remote_hash, v.modified_at,
               v.outcome::sync_item_outcome, v.reason::jsonb, v.done, v.finished_at
        from unnest(${textArray(rows.map(({ file }) => file.id))}, ${textArray(rows.map(({ file }) => file.name))}, ${textArray(rows.map(({ file }) => file.path))},
                    ${textArray(rows.map(({ file }) => file.folderId))}, ${uuidArray(rows.map(({ file }) => localFolderOf(file)))}, ${textArray(rows.map(({ file }) => file.version))},
                    ${bigintArray(rows.map(({ file }) => file.size))}, ${textArray(rows.map(({ file }) => file.hash ?? null))}, ${timestampArray(rows.map(({ file }) => file.modifiedAt))},
                    ${textArray(rows.map(({ outcome }) => outcome))}, ${jsonTextArray(rows.map(({ reason }) => (reason ? toSyncError(reason) : null)))},
                    ${booleanArray(rows.map(({ outcome }) => outcome === "skipped"))}, ${timestampArray(rows.map(({ outcome }) => (outcome === "skipped" ? now : null)))})
          as v(remote_id, name, remote_path, remote_folder_id, local_folder_id, remote_version, size, remote_hash, modified_at, outcome, reason, done, finished_at)
        on conflict do nothing`);
    }
    await followMoves(tx, moved.map((entry) => ({ ...entry, targetFolderId: localFolderOf(entry.file) })));
    const removed = await markRemoved(tx, gone, true);
    await markRemoved(tx, back, false);

    const summary: PlanSummary = {
      found: files.length,
      toDownload: downloads.length,
      plannedBytes: downloads.reduce((total, entry) => total + entry.file.size, 0),
      unchanged: plan.length - actionable.length,
      skipped: actionable.length - downloads.length,
      removed: removed.length,
    };
    await tx
      .update(syncRuns)
      .set({
        plannedAt: new Date(),
        found: summary.found,
        plannedDocs: summary.toDownload,
        plannedBytes: summary.plannedBytes,
        unchangedCount: summary.unchanged,
        skippedCount: summary.skipped,
        removedCount: summary.removed,
      })
      .where(eq(syncRuns.id, runId));
    return summary;
  });
}

/** Renames and moves documents whose remote file was renamed or moved (see names.ts). */
async function followMoves(tx: Tx, moved: { file: RemoteFile; itemId: string; documentId: string; targetFolderId: string }[]) {
  if (moved.length === 0) return;
  const rows = await tx
    .select({ id: documents.id, name: documents.name, folderId: documents.folderId })
    .from(documents)
    .where(inArray(documents.id, moved.map((entry) => entry.documentId)))
    .orderBy(documents.id)
    .for("update");
  const byId = new Map(rows.map((row) => [row.id, row]));
  const present = moved.filter((entry) => byId.has(entry.documentId));
  const places = await placeDocuments(
    tx,
    present.map(({ file, documentId, targetFolderId }) => ({ key: documentId, ...byId.get(documentId)!, targetFolderId, remoteName: file.name })),
  );
  await moveDocuments(
    tx,
    present.map(({ file, documentId }) => ({ documentId, ...places.get(documentId)!, remotePath: file.path })),
  );
  for (const { file, itemId } of present) await tx.update(syncRemoteItems).set({ remotePath: file.path }).where(eq(syncRemoteItems.id, itemId));
}

/**
 * Marks remote items (by id) and their documents "removed at source", or current again for a
 * document listed again after being marked (restored remotely). Rows another run changed in the
 * meantime are left as they are.
 */
async function markRemoved(tx: Tx, ids: string[], removed: boolean) {
  if (ids.length === 0) return [];
  const at = removed ? new Date() : null;
  const changed = await tx
    .update(syncRemoteItems)
    .set({ removedAtSourceAt: at })
    .where(
      and(
        sql`${syncRemoteItems.id} = ANY(${sql.param(ids)}::uuid[])`,
        removed ? isNull(syncRemoteItems.removedAtSourceAt) : isNotNull(syncRemoteItems.removedAtSourceAt),
      ),
    )
    .returning({ documentId: syncRemoteItems.documentId });
  const documentIds = changed.flatMap((item) => (item.documentId ? [item.documentId] : []));
  await markRemovedAtSource(tx, documentIds, at);
  return changed;
}

function parentPath(path: string): string {
  const cut = path.lastIndexOf("/");
  return cut === -1 ? "" : path.slice(0, cut);
}

function summaryOf(run: typeof syncRuns.$inferSelect): PlanSummary {
  return {
    found: run.found,
    toDownload: run.plannedDocs,
    plannedBytes: run.plannedBytes,
    unchanged: run.unchangedCount,
    skipped: run.skippedCount,
    removed: run.removedCount,
  };
}
