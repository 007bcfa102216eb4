import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import type { BlobStore } from "./blob-store";
import { FsBlobStore } from "./fs-blob-store";

export type { BlobStore, StoredBlob } from "./blob-store";

let store: BlobStore | undefined;

export function blobStore(): BlobStore {
  store ??= new FsBlobStore(path.resolve(env().FERRY_DATA_DIR, "blobs"));
  return store;
}
