"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { listRemoteFolders, listRemoteWorkspaces, listSyncIntegrations, previewRemoteFolder } from "@/lib/sync/browse";
import { configureSyncSource, getFolderSync, getRunItems, removeSyncSource, requestRun, setSyncPaused } from "@/lib/sync/sources";
import { getFolderOrThrow } from "@/lib/files/folders";
import {
  configureSyncSchema,
  remoteFoldersSchema,
  remotePreviewSchema,
  remoteWorkspaceSchema,
  syncPanelSchema,
  syncRunRefSchema,
  syncSourceRefSchema,
} from "@/lib/validation/sync";

/** Integrations for a folder's Sync Source settings (the caller must be a member of its division). */
export const syncIntegrationsAction = authedAction(syncPanelSchema, async (actor, input) => {
  await getFolderOrThrow(actor, input.folderId);
  return listSyncIntegrations(actor);
});

export const remoteWorkspacesAction = authedAction(remoteWorkspaceSchema, (actor, input) => listRemoteWorkspaces(actor, input.integrationId));

export const remoteFoldersAction = authedAction(remoteFoldersSchema, (actor, input) => listRemoteFolders(actor, input));

export const remotePreviewAction = authedAction(remotePreviewSchema, (actor, input) => previewRemoteFolder(actor, input));

export const configureSyncAction = authedAction(configureSyncSchema, async (actor, input) => {
  const syncSourceId = await configureSyncSource(actor, input);
  revalidatePath("/files");
  return syncSourceId;
});

export const syncNowAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await requestRun(actor, input.syncSourceId);
  revalidatePath("/files");
});

export const pauseSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await setSyncPaused(actor, input.syncSourceId, true);
  revalidatePath("/files");
});

export const resumeSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await setSyncPaused(actor, input.syncSourceId, false);
  revalidatePath("/files");
});

export const removeSyncAction = authedAction(syncSourceRefSchema, async (actor, input) => {
  await removeSyncSource(actor, input.syncSourceId);
  revalidatePath("/files");
});

/** Live status for the panel's polling while a run is in progress. */
export const folderSyncAction = authedAction(syncPanelSchema, (actor, input) => getFolderSync(actor, input.folderId));

export const runItemsAction = authedAction(syncRunRefSchema, (actor, input) => getRunItems(actor, input.runId));
