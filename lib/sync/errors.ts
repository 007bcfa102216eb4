import { isRemoteError, type RemoteErrorCode } from "@/lib/connectors/errors";
import type { SyncErrorData } from "@/lib/db/schema";

/** What a run, a source or a document failed with, as stored and shown (never a token or stack). */
export function toSyncError(error: unknown): SyncErrorData {
  if (isRemoteError(error)) {
    const { code, title, message, resolution, retryable } = error.toJSON();
    return { code, title, message, resolution, retryable };
  }
  return { code: "INTERNAL", title: "Sync error", message: error instanceof Error ? error.message : String(error), retryable: true };
}

/** Per-document refusals that say "this document cannot be synced", not "this run failed". */
export const SKIP_CODES = new Set<RemoteErrorCode>(["ENCRYPTED_DOCUMENT", "NO_DOWNLOAD_PERMISSION", "NOT_FOUND"]);
