import { z } from "./zod";
import { SEARCH_MAX } from "./fields";
import { nameSchema } from "./names";

const uuid = z.uuid("That reference is not valid.");

export const folderName = nameSchema({ max: 120, required: "Enter a folder name.", what: "A folder name" })
  .refine((value) => !/[/\\]/.test(value), "A folder name cannot contain / or \\.")
  .refine((value) => value !== "." && value !== "..", "Choose another folder name.");

export const createFolderSchema = z.object({ divisionId: uuid, parentId: uuid.nullable().default(null), name: folderName });
export const renameFolderSchema = z.object({ folderId: uuid, name: folderName });
export const folderRefSchema = z.object({ folderId: uuid });
export const moveFolderSchema = z.object({ folderId: uuid, parentId: uuid.nullable() });
export const deleteFolderSchema = z.object({
  folderId: uuid,
  /** What the person saw and confirmed; a mismatch means the folder changed meanwhile. */
  confirmedDocuments: z.coerce.number().int().min(0),
});

export const documentSort = z.enum(["name", "-name", "updated", "-updated", "size", "-size"]).catch("name");

export const listDocumentsSchema = z.object({
  folderId: uuid,
  sort: documentSort.default("name"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).catch(50).default(50),
  search: z.string().trim().max(SEARCH_MAX).optional(),
});

export const uploadQuerySchema = z.object({
  name: nameSchema({ max: 255, required: "The file has no name.", tooLong: "The file name is too long.", what: "A file name" }),
});

export const deleteDocumentSchema = z.object({ documentId: uuid });
