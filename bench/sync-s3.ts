/**
 * `sync_vs_raw_s3` (run by `npm run bench`, or alone: `tsx --conditions=react-server bench/sync-s3.ts`):
 * Ferry's full sync into the S3 blob store over a raw baseline that downloads the same files
 * (RAW_CONCURRENCY streams) and writes each to the same S3 server with a plain lib-storage Upload
 * — no hashing, no content addressing, no records. The S3 server is s3rver on this machine in a
 * process of its own; both paths share it and the emulators (in another). Last stdout line: one
 * JSON object.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { S3RVER_CREDENTIALS } from "../test/s3-server";
import { startChildServer } from "./child-server";
import { figure, MiB, logger, pair, round, runBench, steps, type Bench } from "./harness";

// As many rounds as the throughput phase it mirrors: single rounds vary by ±20 % here.
const ROUNDS = 5;
const BUCKET = "ferry-bench";
const S3_DIR = ".data/bench-s3";
const log = logger("bench:s3");

await rm(S3_DIR, { recursive: true, force: true });
await mkdir(S3_DIR, { recursive: true });
const s3 = await startS3ServerProcess();
const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED" });

/** s3rver in a process of its own (bench/s3-server-process.ts), as S3 is never in Ferry's process. */
async function startS3ServerProcess(): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const { line, close } = await startChildServer("bench/s3-server-process.ts", [S3_DIR, BUCKET]);
  if (!line.startsWith("http")) throw new Error(`the S3 server process did not start: ${line}`);
  return { endpoint: line, close };
}

async function measure(bench: Bench) {
  const upload = async (body: ReadableStream<Uint8Array>) => {
    await new Upload({ client, params: { Bucket: BUCKET, Key: `raw/${randomUUID()}`, Body: body } }).done();
  };
  const ratios: number[] = [];
  // Round -1 warms both paths up and is not counted.
  for (let r = -1; r < ROUNDS; r++) {
    const source = await bench.source({ files: r < 0 ? 24 : 200, folders: 8, minSize: 64 * 1024, maxSize: 4 * MiB, seed: 31 + r });
    let synced: Awaited<ReturnType<typeof source.sync>> | undefined;
    const { rawMs, ferryMs } = await pair(r, async () => source.download(await source.list(), undefined, upload), async () => (synced = await source.sync(source.tree.fileIds.length)));
    if (r < 0) continue;
    ratios.push(rawMs / ferryMs);
    log(`round ${r + 1}: raw ${round(rawMs, 0)} ms, sync ${round(ferryMs, 0)} ms (${steps(synced!.steps)}) for ${source.tree.fileIds.length} files, ${round(source.tree.totalBytes / MiB, 1)} MiB`);
  }
  return figure("sync_vs_raw_s3", ratios);
}

await runBench(
  {
    label: "bench:s3",
    postgres: { dataDir: ".data/bench-s3-postgres", port: 5438, name: "ferry_bench_s3" },
    filesDir: ".data/bench-s3-files",
    env: { ...S3RVER_CREDENTIALS, FERRY_BLOB_STORE: "s3", FERRY_S3_BUCKET: BUCKET, FERRY_S3_ENDPOINT: s3.endpoint, FERRY_S3_FORCE_PATH_STYLE: "1", FERRY_S3_REGION: "us-east-1" },
    closeAfter: [
      ["S3 client", async () => client.destroy()],
      ["S3 server", () => s3.close()],
      ["S3 directory", () => rm(S3_DIR, { recursive: true, force: true })],
    ],
  },
  measure,
);
