import type { FileFactKey } from "../catalogue";

const SOURCE_LABELS = { upload: "Upload", highq: "HighQ", intralinks: "Intralinks" } as const;

export interface FileFactsInput {
  name: string;
  size: number;
  mediaType: string;
  source: keyof typeof SOURCE_LABELS;
  remotePath: string | null;
  versionCount: number;
  /** When the current version was recorded: for a synced document, when it was synced. */
  versionCreatedAt: Date;
}

/**
 * Facts about the file itself, read from the document rows rather than its text, so they are
 * right even before (or without) extraction. Uploaded documents have no remote path or sync time.
 */
export function fileFacts(input: FileFactsInput): Partial<Record<FileFactKey, string | number>> {
  const synced = input.source !== "upload";
  return {
    fileName: input.name,
    fileSize: input.size,
    mediaType: input.mediaType,
    source: SOURCE_LABELS[input.source],
    ...(input.remotePath ? { remotePath: input.remotePath } : {}),
    ...(synced ? { syncedAt: input.versionCreatedAt.toISOString() } : {}),
    version: input.versionCount,
  };
}
