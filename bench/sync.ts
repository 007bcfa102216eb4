/**
 * `npm run bench`: Ferry's sync against the HighQ emulator on this machine. Prints progress, then as
 * its last line one JSON object: sync_vs_raw (full-sync throughput over a plain parallel download of
 * the same files in the same run), docs, bytes, noop_resync_ms and noop_remote_calls for 10,000
 * unchanged documents, and rss_growth_mb_1gib (memory growth while one 1 GiB file syncs).
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { prepareDatabase } from "../scripts/database";

const MiB = 1 << 20;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => console.error(`[bench] ${message}`);

async function main() {
  // A database and blob directory of its own, so a bench never touches dev or test data.
  const database = await prepareDatabase({ dataDir: ".data/bench-postgres", port: 5436, name: "ferry_bench", fresh: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.FERRY_DATA_DIR = ".data/bench-files";
  await rm(".data/bench-files", { recursive: true, force: true });

  // Imported after the environment is set: these modules read it when loaded.
  const { startTestEmulators } = await import("../test/remote-connections");
  const { syncFixture, plainIO } = await import("../lib/sync/test-helpers");
  const { runSync } = await import("../lib/sync/run");
  const { connectorForConnection } = await import("../lib/integrations/tokens");
  const { forEachLimit } = await import("../lib/sync/limit");
  const { DOWNLOAD_CONCURRENCY } = await import("../lib/sync/download");
  const { db } = await import("../lib/db");
  const { syncSources } = await import("../lib/db/schema");
  const { eq } = await import("drizzle-orm");

  const emulators = await startTestEmulators();
  const result: Record<string, number> = {};
  try {
    // 1. Throughput: the same 300 files (64 KiB – 4 MiB), raw parallel download vs Ferry's full sync.
    const full = await syncFixture(emulators, "highq");
    const tree = await full.control.generateTree({ parentFolderId: full.remoteFolder.id, files: 300, folders: 10, minSize: 64 * 1024, maxSize: 4 * MiB, seed: 11 });
    const [source] = await db.select().from(syncSources).where(eq(syncSources.id, full.syncSourceId));
    const connector = await connectorForConnection(source.connectionId!);
    const files = [];
    for await (const entry of connector.walk(source.workspaceId, source.remoteRootFolderId)) if (entry.kind === "file") files.push(entry.file);
    let rawStart = performance.now();
    await forEachLimit(files, DOWNLOAD_CONCURRENCY, async (file) => {
      const reader = (await connector.download(source.workspaceId, file)).body.getReader();
      while (!(await reader.read()).done);
    });
    const rawMs = performance.now() - rawStart;
    const syncStart = performance.now();
    await runSync(full.syncSourceId, plainIO);
    const syncMs = performance.now() - syncStart;
    result.sync_vs_raw = round(rawMs / syncMs);
    result.docs = tree.fileIds.length;
    result.bytes = tree.totalBytes;
    log(`raw ${round(rawMs, 0)} ms, sync ${round(syncMs, 0)} ms for ${tree.fileIds.length} files, ${round(tree.totalBytes / MiB, 1)} MiB`);

    // 2. No-change re-sync of 10,000 documents: time and remote calls.
    const many = await syncFixture(emulators, "highq");
    await many.control.generateTree({ parentFolderId: many.remoteFolder.id, files: 10_000, folders: 50, minSize: 200, maxSize: 2_000, seed: 12 });
    rawStart = performance.now();
    await runSync(many.syncSourceId, plainIO);
    log(`first sync of 10,000 documents: ${round(performance.now() - rawStart, 0)} ms`);
    await many.control.resetCounters();
    const noopStart = performance.now();
    await runSync(many.syncSourceId, plainIO);
    result.noop_resync_ms = round(performance.now() - noopStart, 0);
    result.noop_remote_calls = Object.values(await many.control.counters()).reduce((total, n) => total + n, 0);

    // 3. Memory while one 1 GiB file streams through the blob store.
    const big = await syncFixture(emulators, "highq");
    await big.control.createFile(big.remoteFolder.id, "archive.bin", { size: 1024 * MiB });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    await runSync(big.syncSourceId, plainIO);
    clearInterval(sampler);
    result.rss_growth_mb_1gib = round((peak - baseline) / MiB, 1);
  } finally {
    await emulators.close();
    await database.stop();
    await rm(".data/bench-files", { recursive: true, force: true });
  }
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
