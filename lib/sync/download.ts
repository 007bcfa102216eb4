import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { isRemoteError, type Connector, type RemoteFile } from "@/lib/connectors";
import { db } from "@/lib/db";
import type { StepBudget } from "@/lib/jobs/budget";
import { syncRunItems, syncRuns, type SyncRunItem, type SyncSource } from "@/lib/db/schema";
import { blobStore, type StoredBlob } from "@/lib/storage";
import { hostSlots } from "@/lib/connectors/host-slots";
import { SKIP_CODES, toSyncError } from "./errors";
import { recordGroup, type Fetched } from "./record";

/** Downloads in flight per run: enough to hide latency and keep a fast link busy. */
export const DOWNLOAD_CONCURRENCY = 8;
/** Documents recorded per transaction at most. */
const GROUP_SIZE = 200;
/** Tries per document on top of the HTTP layer's own retries (covers resets mid-body). */
const DOCUMENT_TRIES = 3;
/** The longest this process waits for a document before recording it failed for the next run. */
const MAX_DOCUMENT_WAIT_MS = 30_000;

export type BatchResult = { processed: number; remaining: number };

/**
 * Takes the next `size` unfinished plan rows of a run and brings each in: downloads stream into
 * the blob store in parallel lanes (capped per run and per host), and finished downloads are
 * recorded in groups, one transaction per group, while the lanes go on downloading. Bytes are
 * always stored before their rows, so a crash loses at most the documents in flight or waiting
 * for their group (their plan rows are still open, and the next attempt fetches them again).
 * With a `budget`, no download starts once the step has used its time or bytes; the rest of the
 * batch stays open for the next step.
 */
export async function downloadBatch(
  runId: string,
  source: SyncSource,
  provider: "highq" | "intralinks",
  connector: Connector,
  size: number,
  host: string = provider,
  budget?: StepBudget,
): Promise<BatchResult> {
  const items = await db
    .select()
    .from(syncRunItems)
    .where(and(eq(syncRunItems.runId, runId), eq(syncRunItems.done, false)))
    // Largest first: a batch then ends with small documents filling the lanes, not one big
    // download holding the batch open while the other lanes idle.
    .orderBy(desc(syncRunItems.size), asc(syncRunItems.id))
    .limit(size);
  const recorder = new GroupRecorder((group) => recordGroup(source, provider, group));
  const slots = hostSlots(host);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lanes = Array.from({ length: Math.min(DOWNLOAD_CONCURRENCY, items.length) }, async () => {
    // A failure (reauthentication, the database) stops every lane from starting another document.
    while (!failure && !recorder.failed && next < items.length && !budget?.exhausted) {
      const item = items[next++];
      budget?.spend(item.size);
      try {
        const blob = await fetchWithRetries(item, () => slots.run(() => fetchBlob(item, source, connector)));
        if (blob) recorder.add({ item, blob });
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(lanes);
  // What was downloaded is recorded even when the batch stops early.
  await recorder.drain();
  if (failure) throw failure.error;
  const [{ remaining }] = await db
    .select({ remaining: sql<number>`count(*)::int` })
    .from(syncRunItems)
    .where(and(eq(syncRunItems.runId, runId), eq(syncRunItems.done, false)));
  return { processed: next, remaining };
}

/**
 * Group commit: added documents wait while one group is being written, then go together in the
 * next; a lone document is written at once. The first failure is kept and thrown by `drain`.
 */
export class GroupRecorder {
  private pending: Fetched[] = [];
  private writing: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly write: (group: Fetched[]) => Promise<unknown>,
    private readonly maxGroup = GROUP_SIZE,
  ) {}

  add(fetched: Fetched): void {
    this.pending.push(fetched);
    this.next();
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Waits for every added document to be written; throws the first write's failure. */
  async drain(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure.error;
  }

  private next(): void {
    if (this.writing || this.failure || this.pending.length === 0) return;
    const group = this.pending.splice(0, this.maxGroup);
    this.writing = this.write(group).then(
      () => {
        this.writing = undefined;
        this.next();
      },
      (error: unknown) => {
        this.failure ??= { error };
        this.writing = undefined;
      },
    );
  }
}

/** The document's bytes in the blob store, or undefined when it was finished as skipped or failed. */
async function fetchWithRetries(item: SyncRunItem, fetch: () => Promise<StoredBlob>): Promise<StoredBlob | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch();
    } catch (error) {
      // Reauthentication stops the whole run: every other document would fail the same way.
      if (isRemoteError(error, "REAUTH_REQUIRED")) throw error;
      if (isRemoteError(error) && SKIP_CODES.has(error.code)) return void (await finishItem(item, "skipped", toSyncError(error)));
      const retryable = !isRemoteError(error) || error.retryable;
      const waitMs = isRemoteError(error) && error.retryAfterMs !== undefined ? error.retryAfterMs : 500 * 2 ** attempt;
      if (!retryable || attempt >= DOCUMENT_TRIES || waitMs > MAX_DOCUMENT_WAIT_MS) return void (await finishItem(item, "failed", toSyncError(error)));
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
