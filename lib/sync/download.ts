import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { isRemoteError, type Connector, type RemoteFile } from "@/lib/connectors";
import { db, type Tx } from "@/lib/db";
import { documents, documentVersions, syncRemoteItems, syncRunItems, syncRuns, type SyncRunItem, type SyncSource } from "@/lib/db/schema";
import { addDocumentVersion } from "@/lib/files/documents";
import { mediaTypeFor, sanitizeFilename } from "@/lib/files/filenames";
import { blobStore, type StoredBlob } from "@/lib/storage";
import { SKIP_CODES, toSyncError } from "./errors";
import { forEachLimit } from "./limit";

/** Downloads in flight per run: enough to hide latency, few enough to stay polite to the remote. */
export const DOWNLOAD_CONCURRENCY = 4;
/** Tries per document on top of the HTTP layer's own retries (covers resets mid-body). */
const DOCUMENT_TRIES = 3;
/** The longest this process waits for a document before recording it failed for the next run. */
const MAX_DOCUMENT_WAIT_MS = 30_000;

export type BatchResult = { processed: number; remaining: number };

/**
 * Takes the next `size` unfinished plan rows of a run and brings each in. Rows are finished one by
 * one in their own transactions, so a crash loses at most the documents in flight.
 */
export async function downloadBatch(runId: string, source: SyncSource, provider: "highq" | "intralinks", connector: Connector, size: number): Promise<BatchResult> {
  const items = await db
    .select()
    .from(syncRunItems)
    .where(and(eq(syncRunItems.runId, runId), eq(syncRunItems.done, false)))
    .orderBy(asc(syncRunItems.id))
    .limit(size);
  await forEachLimit(items, DOWNLOAD_CONCURRENCY, (item) => syncDocument(item, source, provider, connector));
  const [{ remaining }] = await db
    .select({ remaining: sql<number>`count(*)::int` })
    .from(syncRunItems)
    .where(and(eq(syncRunItems.runId, runId), eq(syncRunItems.done, false)));
  return { processed: items.length, remaining };
}

async function syncDocument(item: SyncRunItem, source: SyncSource, provider: "highq" | "intralinks", connector: Connector): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const blob = await fetchBlob(item, source, connector);
      await recordVersion(item, source, provider, blob);
      return;
    } catch (error) {
      // Reauthentication stops the whole run: every other document would fail the same way.
      if (isRemoteError(error, "REAUTH_REQUIRED")) throw error;
      if (isRemoteError(error) && SKIP_CODES.has(error.code)) return finishItem(item, "skipped", toSyncError(error));
      const retryable = !isRemoteError(error) || error.retryable;
      const waitMs = isRemoteError(error) && error.retryAfterMs !== undefined ? error.retryAfterMs : 500 * 2 ** attempt;
      if (!retryable || attempt >= DOCUMENT_TRIES || waitMs > MAX_DOCUMENT_WAIT_MS) return finishItem(item, "failed", toSyncError(error));
      await sleep(waitMs);
    }
  }
}

async function fetchBlob(item: SyncRunItem, source: SyncSource, connector: Connector): Promise<StoredBlob> {
  const file: RemoteFile = {
    id: item.remoteId,
    name: item.name,
    folderId: item.remoteFolderId,
    path: item.remotePath,
    version: item.remoteVersion,
    size: item.size,
    modifiedAt: item.modifiedAt,
    hash: item.remoteHash ?? undefined,
    encrypted: false,
    canDownload: true,
  };
  const download = await connector.download(source.workspaceId, file);
  // Streamed straight into the blob store, hashed on the way; the HTTP layer fails a body that
  // ends before its Content-Length, so a reset never becomes a short document.
  return blobStore().put(download.body);
}

/**
 * Records the downloaded bytes exactly once. The remote item row is locked first, so a second run
 * of the same source (or a resumed one) that downloaded the same version finds it recorded and
 * adds nothing; a changed remote document becomes the next version of the same local document.
 */
async function recordVersion(item: SyncRunItem, source: SyncSource, provider: "highq" | "intralinks", blob: StoredBlob): Promise<void> {
  await db.transaction(async (tx) => {
    const [planRow] = await tx.select().from(syncRunItems).where(eq(syncRunItems.id, item.id)).for("update");
    if (planRow.done) return;
    await tx
      .insert(syncRemoteItems)
      .values({ syncSourceId: source.id, remoteId: item.remoteId, remotePath: item.remotePath })
      .onConflictDoNothing();
    const [known] = await tx
      .select()
      .from(syncRemoteItems)
      .where(and(eq(syncRemoteItems.syncSourceId, source.id), eq(syncRemoteItems.remoteId, item.remoteId)))
      .for("update");
    const current = known.documentId ? await currentVersion(tx, known.documentId) : undefined;
    let outcome: "new" | "updated" | "unchanged" = current ? "updated" : "new";
    let documentId = current?.documentId;
    if (current && known.remoteVersion === item.remoteVersion && known.size === item.size) {
      outcome = item.outcome === "new" ? "new" : "updated"; // another run recorded this very version
    } else if (current && current.sha256 === blob.sha256) {
      outcome = "unchanged"; // a new remote version with identical bytes is not a new local version
    } else {
      // Updates keep the document where the user put it and under the name they gave it.
      const name = current?.name ?? sanitizeFilename(item.name);
      const recorded = await addDocumentVersion(tx, {
        divisionId: source.divisionId,
        folderId: current?.folderId ?? item.localFolderId,
        name,
        blob,
        mediaType: mediaTypeFor(name),
        source: provider,
        remotePath: item.remotePath,
        remoteVersion: item.remoteVersion,
        createdBy: source.ownerId,
        documentId: current?.documentId,
      });
      documentId = recorded.document.id;
    }
    await tx
      .update(syncRemoteItems)
      .set({ documentId, remotePath: item.remotePath, remoteVersion: item.remoteVersion, size: item.size, remoteHash: item.remoteHash, removedAtSourceAt: null })
      .where(eq(syncRemoteItems.id, known.id));
    await tx
      .update(syncRunItems)
      .set({ done: true, outcome, documentId, finishedAt: new Date() })
      .where(eq(syncRunItems.id, item.id));
    await tx
      .update(syncRuns)
      .set({ doneDocs: sql`${syncRuns.doneDocs} + 1`, bytes: sql`${syncRuns.bytes} + ${blob.size}` })
      .where(eq(syncRuns.id, item.runId));
  });
}

async function currentVersion(tx: Tx, documentId: string) {
  const [row] = await tx
    .select({ documentId: documents.id, name: documents.name, folderId: documents.folderId, sha256: documentVersions.sha256 })
    .from(documents)
    .innerJoin(documentVersions, eq(documentVersions.documentId, documents.id))
    .where(eq(documents.id, documentId))
    .orderBy(desc(documentVersions.versionNumber))
    .limit(1)
    .for("update", { of: documents });
  return row;
}

async function finishItem(item: SyncRunItem, outcome: "skipped" | "failed", reason: ReturnType<typeof toSyncError>): Promise<void> {
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(syncRunItems)
      .set({ done: true, outcome, reason, finishedAt: new Date() })
      .where(and(eq(syncRunItems.id, item.id), eq(syncRunItems.done, false)))
      .returning({ id: syncRunItems.id });
    if (updated) await tx.update(syncRuns).set({ doneDocs: sql`${syncRuns.doneDocs} + 1` }).where(eq(syncRuns.id, item.runId));
  });
}
