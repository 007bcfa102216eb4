import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getFolderOrThrow } from "@/lib/files/folders";
import { listIntegrations } from "@/lib/integrations/integrations";
import type { remoteFoldersSchema, remotePreviewSchema } from "@/lib/validation/sync";
import { myConnector } from "./sources";

/** Walking stops here for a preview; the count is then shown as "at least". */
const PREVIEW_LIMIT = 20_000;

/**
 * Integrations offered in a folder's Sync Source settings, with whether the caller has authorised
 * each; only for members of the folder's division.
 */
export async function listSyncIntegrations(actor: Actor, folderId: string) {
  await getFolderOrThrow(actor, folderId);
  return (await listIntegrations(actor))
    .filter((integration) => integration.type === "sync")
    .map((integration) => ({
      id: integration.id,
      name: integration.name,
      provider: integration.provider,
      authorisation: integration.mine.status,
      remoteAccount: integration.mine.remoteEmail ?? integration.mine.remoteName,
    }));
}

export type SyncIntegrationOption = Awaited<ReturnType<typeof listSyncIntegrations>>[number];

/** Sites or exchanges the caller's own remote account can see, with why any cannot be synced. */
export async function listRemoteWorkspaces(actor: Actor, integrationId: string) {
  const { connector } = await myConnector(actor, integrationId);
  const workspaces = await connector.listWorkspaces();
  return workspaces
    .map(({ id, name, status, reason, gatekeepers }) => ({ id, name, status, reason: reason ?? null, gatekeepers: gatekeepers ?? [] }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type RemoteWorkspaceOption = Awaited<ReturnType<typeof listRemoteWorkspaces>>[number];

export async function listRemoteFolders(actor: Actor, input: z.infer<typeof remoteFoldersSchema>) {
  const { connector } = await myConnector(actor, input.integrationId);
  const folders = await connector.listFolders(input.workspaceId, input.parentId);
  return folders.map(({ id, name, hasChildren }) => ({ id, name, hasChildren: hasChildren ?? true })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Validates the typed path against the remote and counts what a first sync would bring. */
export async function previewRemoteFolder(actor: Actor, input: z.infer<typeof remotePreviewSchema>) {
  const { connector } = await myConnector(actor, input.integrationId);
  const root = await connector.resolveFolderPath(input.workspaceId, input.path);
  const preview = { path: root.path, documents: 0, bytes: 0, folders: 0, notDownloadable: 0, truncated: false };
  for await (const entry of connector.walk(input.workspaceId, root.id)) {
    if (entry.kind === "folder") preview.folders += 1;
    else if (entry.file.encrypted || !entry.file.canDownload) preview.notDownloadable += 1;
    else {
      preview.documents += 1;
      preview.bytes += entry.file.size;
    }
    if (preview.documents + preview.notDownloadable >= PREVIEW_LIMIT) {
      preview.truncated = true;
      break;
    }
  }
  return preview;
}
