import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/lib/db";
import { documents, documentVersions, syncRemoteItems, syncRunItems, syncRuns, type SyncRunItem, type SyncSource } from "@/lib/db/schema";
import { addDocumentVersion } from "@/lib/files/documents";
import { mediaTypeFor, sanitizeFilename } from "@/lib/files/filenames";
import { requestExtraction } from "@/lib/insights/jobs";
import type { StoredBlob } from "@/lib/storage";

/** A plan row whose bytes are in the blob store, waiting for its rows. */
export type Fetched = { item: SyncRunItem; blob: StoredBlob };

type Recorded = { outcome: "new" | "updated" | "unchanged"; documentId: string };

/** Postgres errors a whole group may safely be retried after (its transaction was rolled back). */
const RETRY_CODES = new Set(["40P01", "40001"]);
const GROUP_TRIES = 4;

/**
 * Records downloaded documents exactly once, many per transaction. Within one transaction the
 * plan rows are locked (by id), then the source's remote item rows (by remote id), then the
 * current documents (by id): every recorder takes locks in that order, so two runs of one source
 * (or a resumed run next to a stale one) wait for each other instead of recording twice, and a
 * group whose plan rows another recorder already finished adds nothing. A deadlock all the same
 * (two remote documents that map to one local name) rolls the group back and tries it again.
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
  // After the commit, so the extraction job finds the versions it is asked about.
  await requestExtraction(recorded.newVersionIds);
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
  for (const fetched of unrecorded) {
    const { item, blob } = fetched;
    const remote = known.get(item.remoteId)!;
    const document = remote.documentId ? current.get(remote.documentId) : undefined;
    if (document && remote.remoteVersion === item.remoteVersion && remote.size === item.size) {
      // Another run recorded this very version.
      results.set(item.id, { outcome: item.outcome === "new" ? "new" : "updated", documentId: document.documentId });
    } else if (document && document.sha256 === blob.sha256) {
      // A new remote version with identical bytes is not a new local version.
      results.set(item.id, { outcome: "unchanged", documentId: document.documentId });
    } else if (document) {
      changed.push(fetched);
    } else {
      fresh.push(fetched);
    }
  }

  await insertNewDocuments(tx, source, provider, fresh, results);
  for (const { item, blob } of changed) {
    // Updates keep the document where the user put it and under the name they gave it.
    const document = current.get(known.get(item.remoteId)!.documentId!)!;
    const recorded = await addDocumentVersion(tx, {
      divisionId: source.divisionId,
      folderId: document.folderId,
      name: document.name,
      blob,
      mediaType: mediaTypeFor(document.name),
      source: provider,
      remotePath: item.remotePath,
      remoteVersion: item.remoteVersion,
      createdBy: source.ownerId,
      documentId: document.documentId,
    });
    results.set(item.id, { outcome: "updated", documentId: recorded.document.id });
  }

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
    from unnest(${uuids(remoteRows.map((row) => row.id))}, ${uuids(remoteRows.map((row) => row.documentId))}, ${texts(remoteRows.map((row) => row.remotePath))},
                ${texts(remoteRows.map((row) => row.remoteVersion))}, ${sql.param(remoteRows.map((row) => row.size))}::bigint[], ${texts(remoteRows.map((row) => row.remoteHash))})
      as v(id, document_id, remote_path, remote_version, size, remote_hash)
    where r.id = v.id`);
  await tx.execute(sql`
    update ${syncRunItems} as i
    set done = true, outcome = v.outcome::sync_item_outcome, document_id = v.document_id, finished_at = now()
    from unnest(${uuids(unrecorded.map(({ item }) => item.id))}, ${texts(unrecorded.map(({ item }) => results.get(item.id)!.outcome))}, ${uuids(unrecorded.map(({ item }) => results.get(item.id)!.documentId))})
      as v(id, outcome, document_id)
    where i.id = v.id`);
  const bytes = unrecorded.reduce((total, { blob }) => total + blob.size, 0);
  await tx
    .update(syncRuns)
    .set({ doneDocs: sql`${syncRuns.doneDocs} + ${unrecorded.length}`, bytes: sql`${syncRuns.bytes} + ${bytes}` })
    .where(eq(syncRuns.id, unrecorded[0].item.runId));
  const touched = unrecorded.flatMap(({ item }) => {
    const recorded = results.get(item.id)!;
    return recorded.outcome === "new" || recorded.outcome === "updated" ? [recorded.documentId] : [];
  });
  const newVersionIds =
    touched.length === 0
      ? []
      : (
          await tx
            .selectDistinctOn([documentVersions.documentId], { id: documentVersions.id })
            .from(documentVersions)
            .where(inArray(documentVersions.documentId, touched))
            .orderBy(documentVersions.documentId, desc(documentVersions.versionNumber))
        ).map((row) => row.id);
  return { count: unrecorded.length, newVersionIds };
}

/**
 * New documents in one statement for the documents and one for their first versions. As for a
 * single upload, a document already carrying that name in that folder gets the bytes as its next
 * version. Names that occur twice in one group go one by one after the rest (one statement cannot
 * touch a row twice), each becoming the next version of the first, as separate transactions would.
 */
async function insertNewDocuments(tx: Tx, source: SyncSource, provider: "highq" | "intralinks", fresh: Fetched[], results: Map<string, Recorded>) {
  const first = new Map<string, Fetched & { name: string }>();
  const repeats: (Fetched & { name: string })[] = [];
  for (const fetched of fresh) {
    const name = sanitizeFilename(fetched.item.name);
    const key = `${fetched.item.localFolderId}/${name}`;
    if (first.has(key)) repeats.push({ ...fetched, name });
    else first.set(key, { ...fetched, name });
  }
  const rows = [...first.values()].sort((a, b) => compare(a.item.localFolderId, b.item.localFolderId) || compare(a.name, b.name));
  if (rows.length > 0) {
    const now = new Date();
    const inserted = await tx
      .insert(documents)
      .values(
        rows.map(({ item, blob, name }) => ({
          divisionId: source.divisionId,
          folderId: item.localFolderId,
          name,
          size: blob.size,
          mediaType: mediaTypeFor(name),
          source: provider,
          remotePath: item.remotePath,
          removedAtSourceAt: null,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [documents.folderId, documents.name],
        set: {
          size: sql`excluded.size`,
          mediaType: sql`excluded.media_type`,
          source: sql`excluded.source`,
          remotePath: sql`excluded.remote_path`,
          removedAtSourceAt: null,
          updatedAt: sql`excluded.updated_at`,
          versionCount: sql`${documents.versionCount} + 1`,
        },
      })
      .returning({ id: documents.id, folderId: documents.folderId, name: documents.name, versionCount: documents.versionCount });
    const documentFor = new Map(inserted.map((row) => [`${row.folderId}/${row.name}`, row]));
    await tx.insert(documentVersions).values(
      rows.map(({ item, blob, name }) => {
        const document = documentFor.get(`${item.localFolderId}/${name}`)!;
        results.set(item.id, { outcome: "new", documentId: document.id });
        return {
          documentId: document.id,
          versionNumber: document.versionCount,
          size: blob.size,
          mediaType: mediaTypeFor(name),
          sha256: blob.sha256,
          storageKey: blob.key,
          remoteVersion: item.remoteVersion,
          createdBy: source.ownerId,
        };
      }),
    );
  }
  for (const { item, blob, name } of repeats) {
    const recorded = await addDocumentVersion(tx, {
      divisionId: source.divisionId,
      folderId: item.localFolderId,
      name,
      blob,
      mediaType: mediaTypeFor(name),
      source: provider,
      remotePath: item.remotePath,
      remoteVersion: item.remoteVersion,
      createdBy: source.ownerId,
    });
    results.set(item.id, { outcome: "new", documentId: recorded.document.id });
  }
}

const uuids = (values: (string | null)[]) => sql`${sql.param(values)}::uuid[]`;
const texts = (values: (string | null)[]) => sql`${sql.param(values)}::text[]`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
