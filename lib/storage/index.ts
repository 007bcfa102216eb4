import "server-only";
import { access, constants, mkdir } from "node:fs/promises";
import path from "node:path";
import { blobStoreSettings } from "@/lib/env";
import type { BlobStore } from "./blob-store";
import { isBlobStoreError } from "./errors";
import { FsBlobStore } from "./fs-blob-store";
import { S3BlobStore } from "./s3-blob-store";

export type { BlobStore, StoredBlob } from "./blob-store";
export { BlobStoreError, isBlobStoreError } from "./errors";

let store: BlobStore | undefined;

/** The configured store: files under FERRY_DATA_DIR by default, an S3 bucket with FERRY_BLOB_STORE=s3. */
export function blobStore(): BlobStore {
  store ??= createBlobStore();
  return store;
}

function createBlobStore(): BlobStore {
  const settings = blobStoreSettings();
  return settings.kind === "s3" ? S3BlobStore.fromSettings(settings) : new FsBlobStore(blobRoot(settings.root));
}

const blobRoot = (dataDir: string) => path.resolve(dataDir, "blobs");

/**
 * Whether the store can be used now: the bucket answers, or the data directory exists and is
 * writable. Answers a code only (health is public); the message, which names the bucket, is logged.
 */
export async function blobStoreHealth(): Promise<{ kind: "fs" | "s3"; ok: boolean; problem?: string }> {
  const settings = blobStoreSettings();
  try {
    if (settings.kind === "s3") await (blobStore() as S3BlobStore).check();
    else {
      // A fresh store has no folder until its first write; make it, as that write would.
      await mkdir(path.resolve(settings.root), { recursive: true });
      await access(path.resolve(settings.root), constants.W_OK);
    }
    return { kind: settings.kind, ok: true };
  } catch (error) {
    console.error(`Blob store check failed: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: settings.kind, ok: false, problem: isBlobStoreError(error) ? error.code : "STORE_UNAVAILABLE" };
  }
}
