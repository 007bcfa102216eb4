import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertDivisionMember } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db, type Queryable } from "@/lib/db";
import { documents, folders, type Folder } from "@/lib/db/schema";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { createFolderSchema, deleteFolderSchema, moveFolderSchema, renameFolderSchema } from "@/lib/validation/files";

const nameTaken = (name: string) => conflict(`A folder named “${name}” already exists here.`);

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? error;
  return (cause as { code?: string }).code === "23505";
}

/** Loads a folder and checks the actor may use its division. */
export async function getFolderOrThrow(actor: Actor, folderId: string, tx: Queryable = db): Promise<Folder> {
  const [folder] = await tx.select().from(folders).where(eq(folders.id, folderId));
  if (!folder) throw notFound("That folder");
  assertDivisionMember(actor, folder.divisionId);
  return folder;
}

export interface FolderNode {
  id: string;
  name: string;
  parentId: string | null;
  documentCount: number;
}

/** The division's whole folder tree as a flat list (the client nests it). */
export async function listFolderTree(actor: Actor, divisionId: string): Promise<FolderNode[]> {
  assertDivisionMember(actor, divisionId);
  const counts = db
    .select({ folderId: documents.folderId, n: count().as("n") })
    .from(documents)
    .where(eq(documents.divisionId, divisionId))
    .groupBy(documents.folderId)
    .as("counts");
  const rows = await db
    .select({ id: folders.id, name: folders.name, parentId: folders.parentId, n: counts.n })
    .from(folders)
    .leftJoin(counts, eq(counts.folderId, folders.id))
    .where(eq(folders.divisionId, divisionId))
    .orderBy(asc(sql`lower(${folders.name})`));
  return rows.map(({ n, ...row }) => ({ ...row, documentCount: Number(n ?? 0) }));
}

/** Folder ids of a folder and everything below it. */
export async function subtreeIds(tx: Queryable, folderId: string): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM ${folders} WHERE id = ${folderId}
      UNION ALL
      SELECT f.id FROM ${folders} f JOIN tree t ON f.parent_id = t.id
    ) SELECT id FROM tree`);
  return result.rows.map((row) => row.id);
}

export async function createFolder(actor: Actor, input: z.infer<typeof createFolderSchema>): Promise<string> {
  assertDivisionMember(actor, input.divisionId);
  return db.transaction(async (tx) => {
    if (input.parentId) {
      const parent = await getFolderOrThrow(actor, input.parentId, tx);
      if (parent.divisionId !== input.divisionId) throw invalid("The parent folder belongs to another division.");
    }
    const [folder] = await tx
      .insert(folders)
      .values({ divisionId: input.divisionId, parentId: input.parentId, name: input.name })
      .onConflictDoNothing()
      .returning({ id: folders.id });
    if (!folder) throw nameTaken(input.name);
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: input.divisionId,
      action: "folder.created",
      targetType: "folder",
      targetId: folder.id,
      summary: `Created folder ${input.name}`,
    });
    return folder.id;
  });
}

export async function renameFolder(actor: Actor, input: z.infer<typeof renameFolderSchema>): Promise<void> {
  await db.transaction(async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    try {
      await tx.update(folders).set({ name: input.name }).where(eq(folders.id, folder.id));
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(input.name);
      throw error;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: folder.divisionId,
      action: "folder.renamed",
      targetType: "folder",
      targetId: folder.id,
      summary: `Renamed folder ${folder.name} to ${input.name}`,
    });
  });
}

export async function moveFolder(actor: Actor, input: z.infer<typeof moveFolderSchema>): Promise<void> {
  await db.transaction(async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    if (input.parentId) {
      const parent = await getFolderOrThrow(actor, input.parentId, tx);
      if (parent.divisionId !== folder.divisionId) throw invalid("Folders can only move within their division.");
      const below = await subtreeIds(tx, folder.id);
      if (below.includes(parent.id)) throw invalid("A folder cannot be moved into itself or one of its subfolders.");
    }
    try {
      await tx.update(folders).set({ parentId: input.parentId }).where(eq(folders.id, folder.id));
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(folder.name);
      throw error;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: folder.divisionId,
      action: "folder.moved",
      targetType: "folder",
      targetId: folder.id,
      summary: `Moved folder ${folder.name}`,
    });
  });
}

/** What deleting a folder would remove, shown to the person before they confirm. */
export async function folderDeletionImpact(actor: Actor, folderId: string) {
  const folder = await getFolderOrThrow(actor, folderId);
  const ids = await subtreeIds(db, folderId);
  const [docs] = await db.select({ n: count() }).from(documents).where(inArray(documents.folderId, ids));
  return { name: folder.name, subfolders: ids.length - 1, documents: docs.n };
}

/**
 * Deletes a folder with its subfolders and documents, but only if the number of documents the
 * person confirmed is still the number there: documents are never dropped without being shown.
 */
export async function deleteFolder(actor: Actor, input: z.infer<typeof deleteFolderSchema>): Promise<void> {
  await db.transaction(async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    await tx.select({ id: folders.id }).from(folders).where(eq(folders.id, folder.id)).for("update");
    const ids = await subtreeIds(tx, folder.id);
    const [docs] = await tx.select({ n: count() }).from(documents).where(inArray(documents.folderId, ids));
    if (docs.n !== input.confirmedDocuments) {
      throw conflict(`“${folder.name}” now holds ${docs.n} document(s), not ${input.confirmedDocuments}. Review it and try again.`);
    }
    await tx.delete(folders).where(eq(folders.id, folder.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: folder.divisionId,
      action: "folder.deleted",
      targetType: "folder",
      targetId: folder.id,
      summary: `Deleted folder ${folder.name} with ${ids.length - 1} subfolder(s) and ${docs.n} document(s)`,
    });
  });
}

/** Top-level folders of a division (used to pick a default folder). */
export async function firstFolderId(actor: Actor, divisionId: string): Promise<string | null> {
  assertDivisionMember(actor, divisionId);
  const [folder] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(eq(folders.divisionId, divisionId), isNull(folders.parentId)))
    .orderBy(asc(sql`lower(${folders.name})`))
    .limit(1);
  return folder?.id ?? null;
}
