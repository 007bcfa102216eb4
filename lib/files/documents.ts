import "server-only";
import type { Readable } from "node:stream";
import { and, asc, count, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertDivisionMember } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db, type Queryable } from "@/lib/db";
import { documents, documentVersions, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { emit } from "@/lib/jobs/emit";
import { blobStore } from "@/lib/storage";
import type { listDocumentsSchema } from "@/lib/validation/files";
import { mediaTypeFor, sanitizeFilename } from "./filenames";
import { getFolderOrThrow } from "./folders";
import { addDocumentVersions } from "./document-rows";

const ORDER: Record<z.infer<typeof listDocumentsSchema>["sort"], SQL[]> = {
  name: [asc(sql`lower(${documents.name})`), asc(documents.id)],
  "-name": [desc(sql`lower(${documents.name})`), desc(documents.id)],
  updated: [asc(documents.updatedAt), asc(documents.id)],
  "-updated": [desc(documents.updatedAt), desc(documents.id)],
  size: [asc(documents.size), asc(documents.id)],
  "-size": [desc(documents.size), desc(documents.id)],
};

/** One page of a folder's documents; indexes on (folder, name|updated|size) keep 10,000-document folders fast. */
export async function listDocuments(actor: Actor, input: z.infer<typeof listDocumentsSchema>) {
  const folder = await getFolderOrThrow(actor, input.folderId);
  const where = and(
    eq(documents.folderId, folder.id),
    input.search ? ilike(documents.name, `%${input.search.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: documents.id,
        name: documents.name,
        size: documents.size,
        mediaType: documents.mediaType,
        source: documents.source,
        remotePath: documents.remotePath,
        removedAtSourceAt: documents.removedAtSourceAt,
        versionCount: documents.versionCount,
        updatedAt: documents.updatedAt,
      })
      .from(documents)
      .where(where)
      .orderBy(...ORDER[input.sort])
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(documents).where(where),
  ]);
  return { folder, rows, total: total.n, page: input.page, pageSize: input.pageSize, sort: input.sort };
}

export async function getDocumentOrThrow(actor: Actor, documentId: string, tx: Queryable = db) {
  const [document] = await tx.select().from(documents).where(eq(documents.id, documentId));
  if (!document) throw notFound("That document");
  assertDivisionMember(actor, document.divisionId);
  return document;
}

export async function getDocumentDetails(actor: Actor, documentId: string) {
  const document = await getDocumentOrThrow(actor, documentId);
  const versions = await db
    .select({
      id: documentVersions.id,
      versionNumber: documentVersions.versionNumber,
      size: documentVersions.size,
      sha256: documentVersions.sha256,
      mediaType: documentVersions.mediaType,
      remoteVersion: documentVersions.remoteVersion,
      createdAt: documentVersions.createdAt,
      createdBy: users.email,
    })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.createdBy))
    .where(eq(documentVersions.documentId, document.id))
    .orderBy(desc(documentVersions.versionNumber));
  return { document, versions };
}

/**
 * Streams an upload into the blob store, then records it. The rows are written only after every
 * byte is stored, so an interrupted upload leaves no document behind (at most an orphan blob).
 */
export async function storeUpload(
  actor: Actor,
  input: { folderId: string; filename: string; body: Readable | ReadableStream<Uint8Array>; signal?: AbortSignal },
) {
  const folder = await getFolderOrThrow(actor, input.folderId);
  const name = sanitizeFilename(input.filename);
  const blob = await blobStore().put(input.body, { signal: input.signal });
  const stored = await db.transaction(async (tx) => {
    const [version] = await addDocumentVersions(
      tx,
      [{ divisionId: folder.divisionId, folderId: folder.id, name, blob, mediaType: mediaTypeFor(name), source: "upload", createdBy: actor.id }],
      { nameTaken: "next-version" },
    );
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: folder.divisionId,
      action: version.versionNumber === 1 ? "document.uploaded" : "document.version_uploaded",
      targetType: "document",
      targetId: version.documentId,
      summary: `Uploaded ${name}${version.versionNumber > 1 ? ` (version ${version.versionNumber})` : ""}`,
    });
    return { documentId: version.documentId, versionId: version.versionId, name, size: blob.size, sha256: blob.sha256, versionNumber: version.versionNumber };
  });
  // Once committed, so the jobs reacting to it (insights' extraction) find the version.
  await emit("document-versions.added", { documentVersionIds: [stored.versionId] });
  return stored;
}

/** The bytes of a document version (the current one unless a version number is given). */
export async function openDocumentDownload(actor: Actor, documentId: string, versionNumber?: number) {
  const document = await getDocumentOrThrow(actor, documentId);
  const [version] = await db
    .select()
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.documentId, document.id),
        versionNumber ? eq(documentVersions.versionNumber, versionNumber) : undefined,
      ),
    )
    .orderBy(desc(documentVersions.versionNumber))
    .limit(1);
  if (!version) throw notFound("That version");
  return { name: document.name, mediaType: version.mediaType, size: version.size, body: blobStore().open(version.storageKey) };
}

export async function deleteDocument(actor: Actor, documentId: string) {
  await db.transaction(async (tx) => {
    const document = await getDocumentOrThrow(actor, documentId, tx);
    await tx.delete(documents).where(eq(documents.id, document.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: document.divisionId,
      action: "document.deleted",
      targetType: "document",
      targetId: document.id,
      summary: `Deleted ${document.name}`,
    });
  });
}
