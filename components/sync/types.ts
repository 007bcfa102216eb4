import type { FolderSync } from "@/lib/sync/sources";

/** What the Files page hands the Sync Source section (plain data, no database types beyond shapes). */
export type FolderSyncView = FolderSync;
export type SyncRunView = FolderSync["runs"][number];

export const STATUS_LABEL: Record<FolderSync["status"], string> = {
  active: "Active",
  paused: "Paused",
  reauth_required: "Reauthentication required",
  error: "Error",
};

export function authoriseHref(integrationId: string, returnTo: string): string {
  return `/settings/integrations?authorise=${encodeURIComponent(integrationId)}&returnTo=${encodeURIComponent(returnTo)}`;
}

export function intervalLabel(minutes: number): string {
  if (minutes < 60) return `Every ${minutes} minutes`;
  if (minutes === 60) return "Every hour";
  if (minutes < 1440) return `Every ${minutes / 60} hours`;
  return "Every day";
}
