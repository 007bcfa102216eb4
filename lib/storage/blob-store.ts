import type { Readable } from "node:stream";

export interface StoredBlob {
  /** Content address: the SHA-256 of the bytes, in hex. */
  key: string;
  sha256: string;
  size: number;
}

/**
 * Where document bytes live. Writes stream while hashing, never holding a file in memory; the
 * local implementation is content-addressed files, and an S3-compatible one can follow.
 */
export interface BlobStore {
  put(body: Readable | ReadableStream<Uint8Array>, options?: { signal?: AbortSignal }): Promise<StoredBlob>;
  open(key: string): Readable;
  exists(key: string): Promise<boolean>;
  /** Removes temporary files left by writers that died; called when a process starts. */
  removeAbandonedIncoming?(): Promise<number>;
}
