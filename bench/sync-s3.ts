/**
 * `sync_vs_raw_s3` (run by `npm run bench`, or alone: `tsx --conditions=react-server bench/sync-s3.ts`):
 * Ferry's full sync into the S3 blob store over a raw baseline that downloads the same files
 * (RAW_CONCURRENCY streams) and writes each to the same S3 server with a plain lib-storage Upload
 * — no hashing, no content addressing, no records. The S3 server is s3rver on this machine, in this
 * process, so both paths share it and the emulator. Rounds alternate which goes first; the figure is
 * total raw time over total sync time. Last stdout line: one JSON object.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { prepareDatabase } from "../scripts/database";
import { S3RVER_CREDENTIALS, startTestS3Server } from "../test/s3-server";

const MiB = 1 << 20;
const RAW_CONCURRENCY = 8;
const ROUNDS = 3;
const BUCKET = "ferry-bench";
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => console.error(`[bench:s3] ${message}`);

async function main() {
  delete process.env.DATABASE_URL;
  const database = await prepareDatabase({ dataDir: ".data/bench-s3-postgres", port: 5438, name: "ferry_bench_s3", fresh: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  await rm(".data/bench-s3", { recursive: true, force: true });
  await mkdir(".data/bench-s3", { recursive: true });
  const s3 = await startTestS3Server({ buckets: [BUCKET], directory: ".data/bench-s3" });
  Object.assign(process.env, S3RVER_CREDENTIALS, { FERRY_BLOB_STORE: "s3", FERRY_S3_BUCKET: BUCKET, FERRY_S3_ENDPOINT: s3.endpoint, FERRY_S3_FORCE_PATH_STYLE: "1", FERRY_S3_REGION: "us-east-1" });

  // Imported after the environment is set: these modules read it when loaded.
  const { startTestEmulators } = await import("../test/remote-connections");
  const { syncFixture, plainIO } = await import("../test/sync-fixtures");
  const { runSync } = await import("../lib/sync/run");
  const { connectorForConnection } = await import("../lib/integrations/tokens");
  const { forEachLimit } = await import("../lib/sync/limit");
  const { db } = await import("../lib/db");
  const { syncSources, syncRuns } = await import("../lib/db/schema");
  const { eq } = await import("drizzle-orm");
  const { closeDatabase } = await import("../lib/db/client");

  const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED" });
  const emulators = await startTestEmulators();
  const result: Record<string, number | number[]> = {};
  try {
    let rawTotal = 0;
    let syncTotal = 0;
    const ratios: number[] = [];
    for (let r = -1; r < ROUNDS; r++) {
      const fixture = await syncFixture(emulators, "highq");
      const tree = await fixture.control.generateTree({ parentFolderId: fixture.remoteFolder.id, files: r < 0 ? 24 : 200, folders: 8, minSize: 64 * 1024, maxSize: 4 * MiB, seed: 31 + r });
      const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
      const connector = await connectorForConnection(source.connectionId!);
      const raw = async () => {
        const start = performance.now();
        const files = [];
        for await (const entry of connector.walk(source.workspaceId, source.remoteRootFolderId)) if (entry.kind === "file") files.push(entry.file);
        await forEachLimit(files, RAW_CONCURRENCY, async (file) => {
          const { body } = await connector.download(source.workspaceId, file);
          await new Upload({ client, params: { Bucket: BUCKET, Key: `raw/${randomUUID()}`, Body: body } }).done();
        });
        return performance.now() - start;
      };
      const sync = async () => {
        const start = performance.now();
        const outcome = await runSync(fixture.syncSourceId, plainIO);
        if (outcome.status !== "succeeded") throw new Error(`The sync ended ${outcome.status}`);
        const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.runId));
        if (run.newCount !== tree.fileIds.length) throw new Error(`The sync brought ${run.newCount} of ${tree.fileIds.length} files`);
        return performance.now() - start;
      };
      const [first, second] = r % 2 === 0 ? [raw, sync] : [sync, raw];
      const a = await first();
      const b = await second();
      const [rawMs, syncMs] = first === raw ? [a, b] : [b, a];
      if (r < 0) continue;
      rawTotal += rawMs;
      syncTotal += syncMs;
      ratios.push(round(rawMs / syncMs));
      log(`round ${r + 1}: raw ${round(rawMs, 0)} ms, sync ${round(syncMs, 0)} ms for ${tree.fileIds.length} files, ${round(tree.totalBytes / MiB, 1)} MiB`);
    }
    result.sync_vs_raw_s3 = round(rawTotal / syncTotal);
    result.sync_vs_raw_s3_rounds = ratios;
  } finally {
    client.destroy();
    await emulators.close();
    await closeDatabase();
    await database.stop();
    await s3.close();
    await rm(".data/bench-s3", { recursive: true, force: true });
  }
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
