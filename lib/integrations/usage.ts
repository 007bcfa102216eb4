import "server-only";

/**
 * Sync sources that use each integration (id → folder descriptions). Sync sources arrive with the
 * sync engine; until then nothing uses an integration.
 */
export async function integrationUsage(integrationIds: string[]): Promise<Map<string, { folderId: string; label: string }[]>> {
  void integrationIds;
  return new Map();
}
