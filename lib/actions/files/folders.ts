"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { deleteDocument } from "@/lib/files/documents";
import { createFolder, deleteFolder, moveFolder, renameFolder } from "@/lib/files/folders";
import {
  createFolderSchema,
  deleteDocumentSchema,
  deleteFolderSchema,
  moveFolderSchema,
  renameFolderSchema,
} from "@/lib/validation/files";

export const createFolderAction = authedAction(createFolderSchema, async (actor, input) => {
  const folderId = await createFolder(actor, input);
  revalidatePath("/files");
  return folderId;
});

export const renameFolderAction = authedAction(renameFolderSchema, async (actor, input) => {
  await renameFolder(actor, input);
  revalidatePath("/files");
});

export const moveFolderAction = authedAction(moveFolderSchema, async (actor, input) => {
  await moveFolder(actor, input);
  revalidatePath("/files");
});

export const deleteFolderAction = authedAction(deleteFolderSchema, async (actor, input) => {
  await deleteFolder(actor, input);
  revalidatePath("/files");
});

export const deleteDocumentAction = authedAction(deleteDocumentSchema, async (actor, input) => {
  await deleteDocument(actor, input.documentId);
  revalidatePath("/files");
});
