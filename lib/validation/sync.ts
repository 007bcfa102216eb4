import { z } from "./zod";
import { refuseUnsafeCharacters } from "./names";

const uuid = z.uuid("That reference is not valid.");

/** Choices offered for how often a folder syncs (minutes). */
export const SYNC_INTERVALS = [15, 30, 60, 240, 720, 1440] as const;

export const remotePath = refuseUnsafeCharacters(
  z.string().trim().min(1, "Enter or choose a remote folder.").max(1000, "That path is too long."),
  "A remote folder path",
).transform((value) => (value.startsWith("/") ? value : `/${value}`));

export const remoteWorkspaceSchema = z.object({ integrationId: uuid });
export const remoteFoldersSchema = z.object({ integrationId: uuid, workspaceId: z.string().trim().min(1), parentId: z.string().trim().min(1).optional() });
export const remotePreviewSchema = z.object({ integrationId: uuid, workspaceId: z.string().trim().min(1, "Choose a site or exchange."), path: remotePath });

export const configureSyncSchema = z.object({
  folderId: uuid,
  integrationId: z.uuid("Choose an integration."),
  workspaceId: z.string().trim().min(1, "Choose a site or exchange."),
  path: remotePath,
  intervalMinutes: z.coerce
    .number()
    .int()
    .refine((value) => (SYNC_INTERVALS as readonly number[]).includes(value), "Choose one of the offered intervals.")
    .default(60),
});

export const syncSourceRefSchema = z.object({ syncSourceId: uuid });
export const syncRunRefSchema = z.object({ runId: uuid });
