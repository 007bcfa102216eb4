import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isBlobStoreError } from "./errors";
import type { S3BlobStore } from "./s3-blob-store";

export type CopyReport = { copied: number; present: number; failed: { key: string; reason: string }[] };

/** Every blob file of a filesystem store (`<root>/ab/cd/<sha256>`); temporary files are not blobs. */
async function blobKeys(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((entry) => /^[0-9a-f]{2}[/\\][0-9a-f]{2}[/\\][0-9a-f]{64}$/.test(entry)).map((entry) => path.basename(entry));
}

/**
 * Copies a filesystem blob store (`.data/blobs`) into an S3 store. Each file is streamed with its
 * name as the expected SHA-256, so bytes that do not match their name are refused, and objects
 * already in the bucket are not sent again (a re-run only copies what is missing). With `verify`,
 * every copied object is read back from S3 and hashed again.
 */
export async function copyBlobsToS3(root: string, target: S3BlobStore, options: { concurrency?: number; verify?: boolean } = {}): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, present: 0, failed: [] };
  const keys = await blobKeys(root);
  const copyOne = async (key: string) => {
    try {
      if (await target.exists(key)) return void report.present++;
      const file = path.join(root, key.slice(0, 2), key.slice(2, 4), key);
      await target.put(createReadStream(file), { expectedSha256: key });
      // open() fails at the end of the stream unless the stored bytes hash to the key.
      if (options.verify !== false) for await (const chunk of target.open(key)) void chunk;
      report.copied++;
    } catch (error) {
      report.failed.push({ key, reason: isBlobStoreError(error) ? error.message : `${(error as Error).message}` });
    }
  };
  let next = 0;
  const lanes = Array.from({ length: Math.min(options.concurrency ?? 4, keys.length) }, async () => {
    while (next < keys.length) await copyOne(keys[next++]);
  });
  await Promise.all(lanes);
  return report;
}
