import path from "node:path";
import { blobStoreSettings } from "@/lib/env";
import { copyBlobsToS3 } from "@/lib/storage/copy-to-s3";
import { S3BlobStore } from "@/lib/storage/s3-blob-store";

/**
 * `npm run blobs:copy-to-s3 -- [data dir]`: moves an existing filesystem store into the S3 bucket
 * configured by FERRY_BLOB_STORE=s3 / FERRY_S3_* (docs/deploy.md). Safe to re-run: objects already
 * in the bucket are skipped. Exits non-zero when any blob could not be copied and verified.
 */
const settings = blobStoreSettings();
if (settings.kind !== "s3") {
  console.error("Set FERRY_BLOB_STORE=s3 and FERRY_S3_BUCKET (and FERRY_S3_ENDPOINT / FERRY_S3_REGION) to the target bucket first.");
  process.exit(1);
}
const dataDir = process.argv[2] ?? process.env.FERRY_DATA_DIR ?? ".data";
const report = await copyBlobsToS3(path.resolve(dataDir, "blobs"), S3BlobStore.fromSettings(settings), { verify: !process.argv.includes("--no-verify") });
console.log(JSON.stringify({ copied: report.copied, alreadyPresent: report.present, failed: report.failed.length }));
for (const failure of report.failed) console.error(`${failure.key}: ${failure.reason}`);
process.exit(report.failed.length > 0 ? 1 : 0);
