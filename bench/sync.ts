/**
 * `npm run bench`: Ferry's sync against the HighQ emulator on this machine (loopback, emulator in
 * this process). Prints progress on stderr, then as its last stdout line one JSON object:
 *
 * - `sync_vs_raw`: full-sync throughput over a plain parallel download (RAW_CONCURRENCY streams,
 *   bytes read and dropped) of the same files from the same emulator, measured in the same run.
 *   Rounds alternate which goes first and each syncs a fresh tree; the figure is total raw time
 *   over total sync time, and `sync_vs_raw_rounds` lists each round's ratio.
 * - `docs`, `bytes`: what one round syncs.
 * - `noop_resync_ms`, `noop_remote_calls`, `noop_db_queries`: a re-sync of 10,000 unchanged
 *   documents (remote calls from the emulator's per-endpoint counters).
 * - `rss_growth_mb_1gib`: peak RSS growth while one 1 GiB file syncs (after a 1 MiB warm-up).
 *
 * Before each timed measurement the blob directory's filesystem is flushed (`sync -f`), so no
 * measurement pays for the previous one's write-back; each sync still pays for its own writes.
 *
 * - `sync_vs_raw_s3`: the same comparison with the S3 blob store and an S3 server (bench/sync-s3.ts,
 *   run as a child process after the rest, with its own database).
 *
 * `BENCH_PHASES=throughput,noop,memory,isheet,extract,s3` (default: all) runs a subset while profiling.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { prepareDatabase } from "../scripts/database";

const MiB = 1 << 20;
/** The raw baseline's parallelism: the emulator's own bench peaks around 8 streams. */
const RAW_CONCURRENCY = 8;
const ROUNDS = 5;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => console.error(`[bench] ${message}`);
/** Flushes dirty pages of the blob directory's filesystem (write-back of an earlier phase). */
const settleDisk = () => execFileSync("sync", ["-f", ".data"]);
const phases = new Set((process.env.BENCH_PHASES ?? "throughput,noop,memory,isheet,extract,s3").split(","));

async function main() {
  // Its own data directory and port: other scripts (bench:files, tests) start and stop theirs.
  delete process.env.DATABASE_URL;
  const database = await prepareDatabase({ dataDir: ".data/bench-sync-postgres", port: 5437, name: "ferry_bench_sync", fresh: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.FERRY_DATA_DIR = ".data/bench-sync-files";
  await rm(".data/bench-sync-files", { recursive: true, force: true });

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
  const { countQueries } = await import("../test/query-counter");

  const emulators = await startTestEmulators();
  const result: Record<string, number | number[]> = {};
  const succeeded = async (outcome: Awaited<ReturnType<typeof runSync>>, docs: number) => {
    if (outcome.status !== "succeeded") throw new Error(`sync ${outcome.status}`);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.runId));
    const brought = run.newCount + run.updatedCount + run.unchangedCount;
    if (brought !== docs || run.failedCount > 0) throw new Error(`sync brought ${brought}/${docs} documents, ${run.failedCount} failed`);
  };
  try {
    if (phases.has("throughput")) {
      // 1. Throughput: per round a fresh tree of 200 files (64 KiB – 4 MiB, log-uniform), downloaded
      //    raw and synced by Ferry, alternating which goes first.
      let rawTotal = 0;
      let syncTotal = 0;
      const ratios: number[] = [];
      // Round 0 warms both paths up (connections, JIT) and is not counted.
      for (let r = -1; r < ROUNDS; r++) {
        const fixture = await syncFixture(emulators, "highq");
        const tree = await fixture.control.generateTree({ parentFolderId: fixture.remoteFolder.id, files: r < 0 ? 24 : 200, folders: 8, minSize: 64 * 1024, maxSize: 4 * MiB, seed: 11 + r });
        const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
        const connector = await connectorForConnection(source.connectionId!);
        const raw = async () => {
          const files = [];
          const start = performance.now();
          for await (const entry of connector.walk(source.workspaceId, source.remoteRootFolderId)) if (entry.kind === "file") files.push(entry.file);
          await forEachLimit(files, RAW_CONCURRENCY, async (file) => {
            const reader = (await connector.download(source.workspaceId, file)).body.getReader();
            while (!(await reader.read()).done);
          });
          return performance.now() - start;
        };
        const sync = async () => {
          const start = performance.now();
          await succeeded(await runSync(fixture.syncSourceId, plainIO), tree.fileIds.length);
          return performance.now() - start;
        };
        settleDisk();
        let rawMs: number;
        let syncMs: number;
        if (r % 2 === 0) {
          rawMs = await raw();
          syncMs = await sync();
        } else {
          syncMs = await sync();
          settleDisk();
          rawMs = await raw();
        }
        if (r < 0) continue;
        rawTotal += rawMs;
        syncTotal += syncMs;
        ratios.push(round(rawMs / syncMs));
        result.docs = tree.fileIds.length;
        result.bytes = tree.totalBytes;
        log(`round ${r + 1}: raw ${round(rawMs, 0)} ms, sync ${round(syncMs, 0)} ms for ${tree.fileIds.length} files, ${round(tree.totalBytes / MiB, 1)} MiB`);
      }
      result.sync_vs_raw = round(rawTotal / syncTotal);
      result.sync_vs_raw_rounds = ratios;
    }

    if (phases.has("noop")) {
      // 2. No-change re-sync of 10,000 documents: time, remote calls and database queries.
      const many = await syncFixture(emulators, "highq");
      await many.control.generateTree({ parentFolderId: many.remoteFolder.id, files: 10_000, folders: 50, minSize: 200, maxSize: 2_000, seed: 12 });
      let start = performance.now();
      await succeeded(await runSync(many.syncSourceId, plainIO), 10_000);
      result.first_sync_10k_ms = round(performance.now() - start, 0);
      log(`first sync of 10,000 documents: ${result.first_sync_10k_ms} ms`);
      await many.control.resetCounters();
      const queries = countQueries();
      start = performance.now();
      await succeeded(await runSync(many.syncSourceId, plainIO), 10_000);
      result.noop_resync_ms = round(performance.now() - start, 0);
      result.noop_db_queries = queries.stop();
      result.noop_remote_calls = Object.values(await many.control.counters()).reduce((total, n) => total + n, 0);
      log(`no-op re-sync: ${result.noop_resync_ms} ms, ${result.noop_remote_calls} remote calls, ${result.noop_db_queries} queries`);
    }

    if (phases.has("memory")) {
      // 3. Memory while one 1 GiB file streams through the blob store, after a 1 MiB file warmed the
      //    same path up (lazy modules, worker, pools), so the growth is what the size costs.
      const big = await syncFixture(emulators, "highq");
      const warm = await syncFixture(emulators, "highq");
      await warm.control.createFile(warm.remoteFolder.id, "warm-up.bin", { size: MiB });
      await succeeded(await runSync(warm.syncSourceId, plainIO), 1);
      const file = await big.control.createFile(big.remoteFolder.id, "archive.bin", { size: 1024 * MiB });
      settleDisk();
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const start = performance.now();
      await succeeded(await runSync(big.syncSourceId, plainIO), 1);
      clearInterval(sampler);
      const { syncedDocuments } = await import("../test/sync-fixtures");
      const [local] = (await syncedDocuments(big.syncSourceId)).values();
      const remote = await big.control.file(file.id);
      if (!remote.sha256 || local?.sha256 !== remote.sha256) throw new Error("the 1 GiB document's SHA-256 does not match the remote");
      result.rss_growth_mb_1gib = round((peak - baseline) / MiB, 1);
      log(`1 GiB file: ${round(performance.now() - start, 0)} ms, peak RSS growth ${result.rss_growth_mb_1gib} MB`);
    }

    if (phases.has("isheet")) {
      // 4. A report run writing iSheet rows, over raw row POSTs to the same sheet.
      const { benchIsheetPush } = await import("./isheet-push");
      Object.assign(result, await benchIsheetPush(emulators));
      log(`iSheet push: ${result.isheet_push_vs_raw} × raw POSTs`);
    }

    if (phases.has("extract")) {
      // 5. Insight extraction from generated PDF and DOCX contracts.
      const { benchExtraction } = await import("./extraction");
      const extraction = await benchExtraction();
      result.extract_docs_per_s = extraction.extract_docs_per_s;
      log(`extraction: ${extraction.extract_docs_per_s} documents/s over ${extraction.docs}`);
    }
  } finally {
    await emulators.close();
    await closeDatabase();
    await database.stop();
    await rm(".data/bench-sync-files", { recursive: true, force: true });
  }
  if (phases.has("s3")) {
    const output = execFileSync("npx", ["tsx", "--conditions=react-server", "bench/sync-s3.ts"], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    Object.assign(result, JSON.parse(output.trim().split("\n").at(-1)!));
  }
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
