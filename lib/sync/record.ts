import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/lib/db";
import { bigintArray, textArray, uuidArray } from "@/lib/db/arrays";
import { documents, documentVersions, syncRemoteItems, syncRunItems, syncRuns, type SyncRunItem, type SyncSource } from "@/lib/db/schema";
import { addDocumentVersions, moveDocuments, type NewVersion } from "@/lib/files/document-rows";
import { mediaTypeFor } from "@/lib/files/filenames";
import { emit } from "@/lib/jobs/emit";
import type { StoredBlob } from "@/lib/storage";
import { assignNames, localNameFor, placeDocuments } from "./names";

/** A plan row whose bytes are in the blob store, waiting for its rows. */
export type Fetched = { item: SyncRunItem; blob: StoredBlob };

type Recorded = { outcome: "new" | "updated" | "unchanged"; documentId: string };

/** Postgres errors a whole group may safely be retried after (its transaction was rolled back). */
// 23505: a concurrent upload or run took a name this group chose; the retry chooses again.
const RETRY_CODES = new Set(["40P01", "40001", "23505"]);
const GROUP_TRIES = 4;

/**
 * Records downloaded documents exactly once, many per transaction. Within one transaction the
 * plan rows are locked (by id), then the source's remote item rows (by remote id), then the
 * current documents (by id): every recorder takes locks in that order, so two runs of one source
 * (or a resumed run next to a stale one) wait for each other instead of recording twice, and a
 * group whose plan rows another recorder already finished adds nothing. A deadlock all the same,
 * or a name taken by a concurrent writer, rolls the group back and tries it again.
 */
export async function recordGroup(source: SyncSource, provider: "highq" | "intralinks", group: Fetched[]): Promise<number> {
  let recorded: { count: number; newVersionIds: string[] } | undefined;
  for (let attempt = 1; !recorded; attempt++) {
    try {
      recorded = await db.transaction((tx) => recordInTransaction(tx, source, provider, group));
    } catch (error) {
      const code = (error as { code?: unknown; cause?: { code?: unknown } }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
      if (attempt >= GROUP_TRIES || typeof code !== "string" || !RETRY_CODES.has(code)) throw error;
    }
  }
  // After the commit, so the jobs reacting to it (insights' extraction) find the versions.
  if (recorded.newVersionIds.length > 0) await emit("document-versions.added", { documentVersionIds: recorded.newVersionIds });
  return recorded.count;
}

async function recordInTransaction(
  tx: Tx,
  source: SyncSource,
  provider: "highq" | "intralinks",
  group: Fetched[],
): Promise<{ count: number; newVersionIds: string[] }> {
  const nothing = { count: 0, newVersionIds: [] };
  if (group.length === 0) return nothing;
  const byId = new Map(group.map((fetched) => [fetched.item.id, fetched]));
  const open = await tx
    .select({ id: syncRunItems.id })
    .from(syncRunItems)
    .where(and(inArray(syncRunItems.id, [...byId.keys()]), eq(syncRunItems.done, false)))
    .orderBy(syncRunItems.id)
    .for("update");
  if (open.length === 0) return nothing;
  const unrecorded = open.map((row) => byId.get(row.id)!).sort((a, b) => compare(a.item.remoteId, b.item.remoteId));

  await tx
    .insert(syncRemoteItems)
    .values(unrecorded.map(({ item }) => ({ syncSourceId: source.id, remoteId: item.remoteId, remotePath: item.remotePath })))
    .onConflictDoNothing();
  const known = new Map(
    (
      await tx
        .select()
        .from(syncRemoteItems)
        .where(and(eq(syncRemoteItems.syncSourceId, source.id), inArray(syncRemoteItems.remoteId, unrecorded.map(({ item }) => item.remoteId))))
        .orderBy(syncRemoteItems.remoteId)
        .for("update")
    ).map((row) => [row.remoteId, row]),
  );
  const documentIds = [...new Set([...known.values()].flatMap((row) => (row.documentId ? [row.documentId] : [])))];
  const current = new Map(
    documentIds.length === 0
      ? []
      : (
          await tx
            .select({
              documentId: documents.id,
              name: documents.name,
              folderId: documents.folderId,
              sha256: sql<string>`(select ${documentVersions.sha256} from ${documentVersions} where ${documentVersions.documentId} = ${documents.id} order by ${documentVersions.versionNumber} desc limit 1)`,
            })
            .from(documents)
            .where(inArray(documents.id, documentIds))
            .orderBy(documents.id)
            .for("update")
        ).map((row) => [row.documentId, row]),
  );

  const results = new Map<string, Recorded>();
  const fresh: Fetched[] = [];
  const changed: Fetched[] = [];
  const sameBytes: Fetched[] = [];
  const alreadyRecorded: string[] = [];
  for (const fetched of unrecorded) {
    const { item, blob } = fetched;
    const remote = known.get(item.remoteId)!;
    const document = remote.documentId ? current.get(remote.documentId) : undefined;
    if (document && remote.remoteVersion === item.remoteVersion && remote.size === item.size) {
      // Another run recorded this very version.
      results.set(item.id, { outcome: item.outcome === "new" ? "new" : "updated", documentId: document.documentId });
      alreadyRecorded.push(document.documentId);
    } else if (document && document.sha256 === blob.sha256) {
      // A new remote version with identical bytes is not a new local version (a rename still counts).
      results.set(item.id, { outcome: "unchanged", documentId: document.documentId });
      sameBytes.push(fetched);
    } else if (document) {
      changed.push(fetched);
    } else {
      fresh.push(fetched);
    }
  }

  const added = await insertNewDocuments(tx, source, provider, fresh, results);
  const documentOf = (item: SyncRunItem) => current.get(known.get(item.remoteId)!.documentId!)!;
  // Renamed or moved remote files take their new name and folder along with their new bytes.
  const places = await placeDocuments(
    tx,
    [...changed, ...sameBytes].map(({ item }) => {
      const document = documentOf(item);
      return { key: item.id, name: document.name, folderId: document.folderId, targetFolderId: item.localFolderId, remoteName: item.name };
    }),
  );
  await moveDocuments(
    tx,
    sameBytes.map(({ item }) => ({ documentId: documentOf(item).documentId, ...places.get(item.id)!, remotePath: item.remotePath })),
  );
  const updated = await addDocumentVersions(
    tx,
    changed.map((fetched) => syncedVersion(source, provider, fetched, places.get(fetched.item.id)!, documentOf(fetched.item).documentId)),
    { nameTaken: "fail" },
  );
  changed.forEach(({ item }, i) => results.set(item.id, { outcome: "updated", documentId: updated[i].documentId }));

  const remoteRows = unrecorded.map(({ item }) => ({
    id: known.get(item.remoteId)!.id,
    documentId: results.get(item.id)!.documentId,
    remotePath: item.remotePath,
    remoteVersion: item.remoteVersion,
    size: item.size,
    remoteHash: item.remoteHash,
  }));
  await tx.execute(sql`
    update ${syncRemoteItems} as r
    set document_id = v.document_id, remote_path = v.remote_path, remote_version = v.remote_version, size = v.size,
        remote_hash = v.remote_hash, removed_at_source_at = null, updated_at = now()
    from unnest(${uuidArray(remoteRows.map((row) => row.id))}, ${uuidArray(remoteRows.map((row) => row.documentId))}, ${textArray(remoteRows.map((row) => row.remotePath))},
                ${textArray(remoteRows.map((row) => row.remoteVersion))}, ${bigintArray(remoteRows.map((row) => row.size))}, ${textArray(remoteRows.map((row) => row.remoteHash))})
      as v(id, document_id, remote_path, remote_version, size, remote_hash)
    where r.id = v.id`);
  await tx.execute(sql`
    update ${syncRunItems} as i
    set done = true, outcome = v.outcome::sync_item_outcome, document_id = v.document_id, finished_at = now()
    from unnest(${uuidArray(unrecorded.map(({ item }) => item.id))}, ${textArray(unrecorded.map(({ item }) => results.get(item.id)!.outcome))}, ${uuidArray(unrecorded.map(({ item }) => results.get(item.id)!.documentId))})
      as v(id, outcome, document_id)
    where i.id = v.id`);
  const bytes = unrecorded.reduce((total, { blob }) => total + blob.size, 0);
  await tx
    .update(syncRuns)
    .set({ doneDocs: sql`${syncRuns.doneDocs} + ${unrecorded.length}`, bytes: sql`${syncRuns.bytes} + ${bytes}` })
    .where(eq(syncRuns.id, unrecorded[0].item.runId));
  // A version another run recorded is asked about again, in case that run stopped before asking.
  const recordedElsewhere = [...new Set(alreadyRecorded)];
  const earlier =
    recordedElsewhere.length === 0
      ? []
      : await tx
          .selectDistinctOn([documentVersions.documentId], { id: documentVersions.id })
          .from(documentVersions)
          .where(inArray(documentVersions.documentId, recordedElsewhere))
          .orderBy(documentVersions.documentId, desc(documentVersions.versionNumber));
  const newVersionIds = [...added, ...updated].map((version) => version.versionId).concat(earlier.map((row) => row.id));
  return { count: unrecorded.length, newVersionIds };
}

/**
 * New documents, each under a name of its own in its folder (see names.ts): a remote file never
 * becomes a version of another remote file's document. An uploaded document of that name that no
 * remote file owns takes the bytes as its next version, as a second upload of the name would.
 */
async function insertNewDocuments(tx: Tx, source: SyncSource, provider: "highq" | "intralinks", fresh: Fetched[], results: Map<string, Recorded>) {
  const ordered = [...fresh].sort((a, b) => compareRemoteIds(a.item.remoteId, b.item.remoteId));
  const names = await assignNames(
    tx,
    ordered.map(({ item }) => ({ key: item.id, folderId: item.localFolderId, name: localNameFor(item.name), mayAdopt: true })),
  );
  // Inserted in folder and name order, as every recorder does, so concurrent ones take index locks alike.
  const rows = ordered
    .map((fetched) => ({ fetched, ...names.get(fetched.item.id)! }))
    .sort((a, b) => compare(a.fetched.item.localFolderId, b.fetched.item.localFolderId) || compare(a.name, b.name));
  const added = await addDocumentVersions(
    tx,
    rows.map(({ fetched, name, adoptDocumentId }) => syncedVersion(source, provider, fetched, { folderId: fetched.item.localFolderId, name }, adoptDocumentId)),
    { nameTaken: "fail" },
  );
  rows.forEach(({ fetched }, i) => results.set(fetched.item.id, { outcome: "new", documentId: added[i].documentId }));
  return added;
}

/** A downloaded remote file as the next version of a local document (or a new one), under the name and folder chosen for it. */
function syncedVersion(
  source: SyncSource,
  provider: "highq" | "intralinks",
  { item, blob }: Fetched,
  place: { folderId: string; name: string },
  documentId: string | undefined,
): NewVersion {
  return {
    divisionId: source.divisionId,
    folderId: place.folderId,
    name: place.name,
    blob,
    mediaType: mediaTypeFor(place.name),
    source: provider,
    remotePath: item.remotePath,
    remoteVersion: item.remoteVersion,
    createdBy: source.ownerId,
    documentId,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Numeric ids in numeric order (both remotes use integers), anything else as text. */
const compareRemoteIds = (a: string, b: string) => a.length - b.length || compare(a, b);
