import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db";
import { bigintArray, textArray, uuidArray } from "@/lib/db/arrays";
import { documents, documentVersions, type DocumentSource } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { StoredBlob } from "@/lib/storage";
import { mediaTypeFor } from "./filenames";

export interface NewVersion {
  divisionId: string;
  folderId: string;
  name: string;
  blob: StoredBlob;
  mediaType: string;
  source: DocumentSource;
  remotePath?: string | null;
  remoteVersion?: string | null;
  createdBy: string | null;
  /** The next version of this document (which takes the name and folder given); without it, matched by folder and name. */
  documentId?: string;
}

export type AddedVersion = { documentId: string; versionId: string; versionNumber: number };

/**
 * What a version without a `documentId` does when its folder already holds a document of that
 * name: uploads add the next version of it; sync, which chose a free name itself, fails on the
 * unique index (a concurrent writer took the name) and retries its transaction.
 */
export type NameTaken = "next-version" | "fail";

/**
 * The one writer of document versions: records bytes already in the blob store as
 * versions, each a new document or the next version of an existing one. A version's number is its
 * document's version count, raised in the statement that updates the document (which holds the row
 * lock until the caller's transaction ends), so whoever writes, the numbers follow on. At most
 * three statements for any number of versions (documents by id, documents by name, versions);
 * each document at most once per call. Answers in the order of `inputs`.
 */
export async function addDocumentVersions(tx: Queryable, inputs: NewVersion[], options: { nameTaken: NameTaken }): Promise<AddedVersion[]> {
  if (inputs.length === 0) return [];
  const updatedAt = new Date();
  const byId = inputs.filter((input) => input.documentId);
  const byName = inputs.filter((input) => !input.documentId);
  assertOnce(byId.map((input) => input.documentId!));
  assertOnce(byName.map((input) => slot(input.folderId, input.name)));

  const numbered = new Map<string, { id: string; versionCount: number }>();
  if (byId.length > 0) {
    const column = <T>(pick: (input: NewVersion) => T) => sql.param(byId.map(pick));
    const updated = await tx.execute<{ id: string; version_count: number }>(sql`
      update ${documents} as d
      set name = v.name, folder_id = v.folder_id, size = v.size, media_type = v.media_type, source = v.source::document_source,
          remote_path = v.remote_path, removed_at_source_at = null, updated_at = ${updatedAt.toISOString()}::timestamptz,
          version_count = d.version_count + 1
      from unnest(${column((input) => input.documentId!)}::uuid[], ${column((input) => input.name)}::text[], ${column((input) => input.folderId)}::uuid[],
                  ${column((input) => input.blob.size)}::bigint[], ${column((input) => input.mediaType)}::text[], ${column((input) => input.source)}::text[],
                  ${column((input) => input.remotePath ?? null)}::text[])
        as v(id, name, folder_id, size, media_type, source, remote_path)
      where d.id = v.id
      returning d.id, d.version_count`);
    if (updated.rows.length !== byId.length) throw notFound("That document");
    for (const row of updated.rows) numbered.set(row.id, { id: row.id, versionCount: Number(row.version_count) });
  }
  if (byName.length > 0) {
    // On a taken name an upload raises that document's version count (its next version follows).
    const onNameTaken =
      options.nameTaken === "next-version"
        ? sql`on conflict (folder_id, name) do update set size = excluded.size, media_type = excluded.media_type, source = excluded.source,
              remote_path = excluded.remote_path, removed_at_source_at = null, updated_at = excluded.updated_at, version_count = ${documents}.version_count + 1`
        : sql``;
    const inserted = await tx.execute<{ id: string; folder_id: string; name: string; version_count: number }>(sql`
      insert into ${documents} (division_id, folder_id, name, size, media_type, source, remote_path, removed_at_source_at, updated_at)
      select v.division_id, v.folder_id, v.name, v.size, v.media_type, v.source::document_source, v.remote_path, null, ${updatedAt.toISOString()}::timestamptz
      from unnest(${uuidArray(byName.map((input) => input.divisionId))}, ${uuidArray(byName.map((input) => input.folderId))}, ${textArray(byName.map((input) => input.name))},
                  ${bigintArray(byName.map((input) => input.blob.size))}, ${textArray(byName.map((input) => input.mediaType))}, ${textArray(byName.map((input) => input.source))},
                  ${textArray(byName.map((input) => input.remotePath ?? null))})
        as v(division_id, folder_id, name, size, media_type, source, remote_path)
      ${onNameTaken}
      returning id, folder_id, name, version_count`);
    for (const row of inserted.rows) numbered.set(slot(row.folder_id, row.name), { id: row.id, versionCount: Number(row.version_count) });
  }

  const documentOf = (input: NewVersion) => numbered.get(input.documentId ?? slot(input.folderId, input.name))!;
  const versions = (
    await tx.execute<{ id: string; document_id: string; version_number: number }>(sql`
      insert into ${documentVersions} (document_id, version_number, size, media_type, sha256, storage_key, remote_version, created_by)
      select * from unnest(${uuidArray(inputs.map((input) => documentOf(input).id))}, ${sql.param(inputs.map((input) => documentOf(input).versionCount))}::integer[],
                           ${bigintArray(inputs.map((input) => input.blob.size))}, ${textArray(inputs.map((input) => input.mediaType))}, ${textArray(inputs.map((input) => input.blob.sha256))},
                           ${textArray(inputs.map((input) => input.blob.key))}, ${textArray(inputs.map((input) => input.remoteVersion ?? null))}, ${uuidArray(inputs.map((input) => input.createdBy))})
      returning id, document_id, version_number`)
  ).rows.map((row) => ({ id: row.id, documentId: row.document_id, versionNumber: Number(row.version_number) }));
  const versionOf = new Map(versions.map((version) => [version.documentId, version]));
  return inputs.map((input) => {
    const version = versionOf.get(documentOf(input).id)!;
    return { documentId: version.documentId, versionId: version.id, versionNumber: version.versionNumber };
  });
}

export type DocumentMove = { documentId: string; folderId: string; name: string; remotePath: string | null };

/**
 * Gives documents a new name, folder and remote path without a new version (a remote file renamed
 * or moved); the media type follows the name. One statement for any number of documents.
 */
export async function moveDocuments(tx: Queryable, moves: DocumentMove[]): Promise<void> {
  if (moves.length === 0) return;
  assertOnce(moves.map((move) => move.documentId));
  const column = <T>(pick: (move: DocumentMove) => T) => sql.param(moves.map(pick));
  await tx.execute(sql`
    update ${documents} as d
    set name = v.name, folder_id = v.folder_id, media_type = v.media_type, remote_path = v.remote_path, updated_at = ${new Date().toISOString()}::timestamptz
    from unnest(${column((move) => move.documentId)}::uuid[], ${column((move) => move.name)}::text[], ${column((move) => move.folderId)}::uuid[],
                ${column((move) => mediaTypeFor(move.name))}::text[], ${column((move) => move.remotePath)}::text[])
      as v(id, name, folder_id, media_type, remote_path)
    where d.id = v.id`);
}

/** Marks documents whose remote file disappeared (`at`), or that are listed again (`null`). */
export async function markRemovedAtSource(tx: Queryable, documentIds: string[], at: Date | null): Promise<void> {
  if (documentIds.length === 0) return;
  await tx
    .update(documents)
    .set({ removedAtSourceAt: at })
    .where(sql`${documents.id} = ANY(${sql.param(documentIds)}::uuid[])`);
}

const slot = (folderId: string, name: string) => `${folderId}/${name}`;

function assertOnce(keys: string[]) {
  if (new Set(keys).size !== keys.length) throw new Error("A document may be written once per call.");
}
