import { ERROR_CATALOGUE, RemoteError, type RemoteErrorCode } from "@/lib/connectors/errors";
import { UploadTooLargeError } from "@/lib/files/upload-limit";
import { FLOW_PROBLEM_CODES, type FlowProblemCode } from "@/lib/integrations/flow-errors";
import { BlobStoreError, type BlobStoreErrorCode } from "@/lib/storage/errors";
import { APP_ERROR_CODES, AppError, type AppErrorCode } from "@/lib/errors";

/**
 * What a person sees when the blob store fails. The store's own messages name the bucket and the
 * setting to change, for the administrator reading the log and /api/health; a person who was
 * uploading or downloading is told what happened and whom to ask.
 */
const STORE_MESSAGES: Record<BlobStoreErrorCode, string> = {
  BUCKET_NOT_FOUND: "Ferry's document storage is not available. Ask your administrator to check the storage settings.",
  STORE_ACCESS_DENIED: "Ferry's document storage is not available. Ask your administrator to check the storage settings.",
  STORE_UNREACHABLE: "Ferry cannot reach its document storage right now. Try again in a few minutes, and contact your administrator if it keeps happening.",
  BLOB_NOT_FOUND: "The stored copy of this document is missing. Ask your administrator to restore it from a backup; synced documents come back with the next sync.",
  BLOB_INTEGRITY: "The stored copy of this document is damaged. Ask your administrator to restore it from a backup.",
  BLOB_TOO_LARGE: "This document is larger than 5 GiB, the most Ferry can store.",
};

/** Every code a failure shown to a person can carry (docs/errors.md lists the same, in a test-checked table). */
export const USER_ERROR_CODES = [
  ...new Set([
    ...APP_ERROR_CODES,
    ...(Object.keys(ERROR_CATALOGUE) as RemoteErrorCode[]),
    ...FLOW_PROBLEM_CODES,
    ...(Object.keys(STORE_MESSAGES) as BlobStoreErrorCode[]),
    "UPLOAD_TOO_LARGE" as const,
  ]),
];

export type UserErrorCode = AppErrorCode | RemoteErrorCode | FlowProblemCode | BlobStoreErrorCode | "UPLOAD_TOO_LARGE";

export const UNEXPECTED_MESSAGE = "Something went wrong on our side. Try again, and contact your administrator if it keeps happening.";

type Described = { code: UserErrorCode; message: string };

/** The code and message of an expected failure, by its class; undefined for anything else. */
function described(error: unknown): Described | undefined {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof RemoteError) return { code: error.code, message: `${error.message} ${error.resolution}` };
  if (error instanceof BlobStoreError) return { code: error.code, message: STORE_MESSAGES[error.code] };
  if (error instanceof UploadTooLargeError) return { code: "UPLOAD_TOO_LARGE", message: error.message };
  return undefined;
}

/** The message a person sees for a failure; unexpected errors are logged, not shown. */
export function describeError(error: unknown): string {
  const known = described(error);
  if (known) {
    if (error instanceof BlobStoreError) console.error(`Blob store failure (${error.code}):`, error.message);
    return known.message;
  }
  console.error("Unexpected error:", error instanceof Error ? error.message : String(error));
  return UNEXPECTED_MESSAGE;
}

/** The failure's code from `USER_ERROR_CODES`, or null for an unexpected error. */
export const errorCode = (error: unknown): UserErrorCode | null => described(error)?.code ?? null;
