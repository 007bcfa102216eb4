/**
 * `npm run bench`: Ferry's sync against the HighQ emulator on this machine (loopback, emulator in
 * this process), each figure a ratio to a raw baseline measured in the same run (bench/README.md
 * says what each means and its target). Progress on stderr; the last stdout line is one JSON object.
 * `BENCH_PHASES=throughput,small,noop,large,isheet,extract,s3` (default: all) runs a subset.
 */
import { execFileSync } from "node:child_process";
import { figure, MiB, logger, pair, runBench, collectGarbage, round, selectedPhases, settleDisk, steps, timed, type Bench, type Figures } from "./harness";

const PHASES = ["throughput", "small", "noop", "large", "isheet", "extract", "s3"] as const;
const THROUGHPUT_ROUNDS = 5;
const SMALL_ROUNDS = 3;
const NOOP_ROUNDS = 3;
const LARGE_ROUNDS = 3;
const SMALL_TREE = { files: 10_000, folders: 50, minSize: 200, maxSize: 2_000 };
const log = logger("bench");
const phases = selectedPhases(PHASES);

type Source = Awaited<ReturnType<Bench["source"]>>;

/** 200 files of 64 KiB – 4 MiB (log-uniform) per round: full sync over an 8-stream listing and download. */
async function throughput(bench: Bench): Promise<Figures> {
  const ratios: number[] = [];
  const toDisk: number[] = [];
  let last: Source | undefined;
  // Round -1 warms both paths up (connections, JIT) and is not counted.
  for (let r = -1; r < THROUGHPUT_ROUNDS; r++) {
    const source = await bench.source({ files: r < 0 ? 24 : 200, folders: 8, minSize: 64 * 1024, maxSize: 4 * MiB, seed: 11 + r });
    let synced: Awaited<ReturnType<Source["sync"]>> | undefined;
    const { rawMs, ferryMs } = await pair(r, async () => source.download(await source.list()), async () => (synced = await source.sync(source.tree.fileIds.length)));
    const diskMs = await rawToDisk(bench, async () => source.downloadToDisk(await source.list()));
    if (r < 0) continue;
    ratios.push(rawMs / ferryMs);
    toDisk.push(diskMs / ferryMs);
    last = source;
    log(`throughput round ${r + 1}: raw ${round(rawMs, 0)} ms, raw to disk ${round(diskMs, 0)} ms, sync ${round(ferryMs, 0)} ms (${steps(synced!.steps)}) for ${source.tree.fileIds.length} files, ${round(source.tree.totalBytes / MiB, 1)} MiB`);
  }
  return { docs: last!.tree.fileIds.length, bytes: last!.tree.totalBytes, ...figure("sync_vs_raw", ratios), ...figure("sync_vs_raw_to_disk", toDisk) };
}

/** The third measurement of a round: raw downloads written to plain files on the blob store's disk (removed untimed). */
async function rawToDisk(bench: Bench, work: () => Promise<unknown>): Promise<number> {
  settleDisk();
  const ms = await timed(work);
  await bench.removeRawFiles();
  return ms;
}

/**
 * 10,000 documents of 200 B – 2 KB per round: first sync (listing included) over the raw listing plus
 * 8-stream download, and over the same download written to one plain file per document.
 */
async function smallFiles(bench: Bench): Promise<{ figures: Figures; synced: Source }> {
  const ratios: number[] = [];
  const toDisk: number[] = [];
  const syncMs: number[] = [];
  let synced: Source | undefined;
  for (let r = -1; r < SMALL_ROUNDS; r++) {
    const tree = r < 0 ? { ...SMALL_TREE, files: 500, folders: 5 } : SMALL_TREE;
    const source = await bench.source({ ...tree, seed: 12 + r });
    let run: Awaited<ReturnType<Source["sync"]>> | undefined;
    const { rawMs, ferryMs } = await pair(r, async () => source.download(await source.list()), async () => (run = await source.sync(tree.files)));
    const diskMs = await rawToDisk(bench, async () => source.downloadToDisk(await source.list()));
    if (r < 0) continue;
    ratios.push(rawMs / ferryMs);
    toDisk.push(diskMs / ferryMs);
    syncMs.push(ferryMs);
    synced = source;
    log(`small files round ${r + 1}: raw ${round(rawMs, 0)} ms, raw to disk ${round(diskMs, 0)} ms, first sync ${round(ferryMs, 0)} ms (${steps(run!.steps)}) for ${tree.files} documents`);
  }
  return {
    figures: { ...figure("small_files_vs_raw", ratios), ...figure("small_files_vs_raw_to_disk", toDisk), ...figure("first_sync_10k_ms", syncMs, 0) },
    synced: synced!,
  };
}

/** Re-syncs of 10,000 unchanged documents: time, remote calls (the emulator's counters) and database queries. */
async function noop(bench: Bench, synced: Source | undefined): Promise<Figures> {
  const { countQueries } = await import("../test/query-counter");
  let source = synced;
  if (!source) {
    source = await bench.source({ ...SMALL_TREE, seed: 12 });
    await source.sync(SMALL_TREE.files);
  }
  const ms: number[] = [];
  let calls = 0;
  let queries = 0;
  for (let r = 0; r < NOOP_ROUNDS; r++) {
    await source.control.resetCounters();
    const counter = countQueries();
    const start = performance.now();
    await source.sync(SMALL_TREE.files);
    ms.push(performance.now() - start);
    queries = Math.max(queries, counter.stop());
    calls = Math.max(calls, Object.values(await source.control.counters()).reduce((total, n) => total + n, 0));
  }
  log(`no-op re-sync: ${ms.map((value) => round(value, 0)).join(", ")} ms, ${calls} remote calls, ${queries} queries`);
  return { ...figure("noop_resync_ms", ms, 0), noop_remote_calls: calls, noop_db_queries: queries };
}

/**
 * One 1 GiB file per round: sync over a raw single-stream download, and the peak RSS growth while
 * it syncs (after a 1 MiB file warmed the same path up, so the growth is what the size costs).
 */
async function large(bench: Bench): Promise<Figures> {
  const warm = await bench.source();
  await warm.control.createFile(warm.fixture.remoteFolder.id, "warm-up.bin", { size: MiB });
  await warm.sync(1);
  await warm.download(await warm.list(), 1);
  const ratios: number[] = [];
  const toDisk: number[] = [];
  const growth: number[] = [];
  for (let r = 0; r < LARGE_ROUNDS; r++) {
    const source = await bench.source();
    const file = await source.control.createFile(source.fixture.remoteFolder.id, `archive-${r}.bin`, { size: 1024 * MiB });
    const listed = await source.list();
    collectGarbage();
    let baseline = 0;
    let peak = 0;
    const { rawMs, ferryMs } = await pair(
      r,
      () => source.download(listed, 1),
      async () => {
        baseline = peak = process.memoryUsage.rss();
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
        try {
          await source.sync(1);
        } finally {
          clearInterval(sampler);
        }
      },
    );
    const diskMs = await rawToDisk(bench, () => source.downloadToDisk(listed, 1));
    toDisk.push(diskMs / ferryMs);
    const { syncedDocuments } = await import("../test/sync-fixtures");
    const [local] = (await syncedDocuments(source.fixture.syncSourceId)).values();
    const remote = await source.control.file(file.id);
    if (!remote.sha256 || local?.sha256 !== remote.sha256) throw new Error("the 1 GiB document's SHA-256 does not match the remote");
    ratios.push(rawMs / ferryMs);
    growth.push((peak - baseline) / MiB);
    log(`1 GiB round ${r + 1}: raw ${round(rawMs, 0)} ms, raw to disk ${round(diskMs, 0)} ms, sync ${round(ferryMs, 0)} ms, peak RSS growth ${round((peak - baseline) / MiB, 1)} MB`);
  }
  return { ...figure("sync_1gib_vs_raw", ratios), ...figure("sync_1gib_vs_raw_to_disk", toDisk), rss_growth_mb_1gib: round(Math.max(...growth), 1), rss_growth_mb_1gib_rounds: growth.map((value) => round(value, 1)) };
}

async function measure(bench: Bench): Promise<Figures> {
  const figures: Figures = {};
  if (phases.has("throughput")) Object.assign(figures, await throughput(bench));
  let synced: Source | undefined;
  if (phases.has("small")) {
    const small = await smallFiles(bench);
    Object.assign(figures, small.figures);
    synced = small.synced;
  }
  if (phases.has("noop")) Object.assign(figures, await noop(bench, synced));
  if (phases.has("large")) Object.assign(figures, await large(bench));
  if (phases.has("isheet")) {
    const { benchIsheetPush } = await import("./isheet-push");
    Object.assign(figures, await benchIsheetPush(bench.emulators));
    log(`iSheet push: ${figures.isheet_push_vs_raw} × raw batched POSTs`);
  }
  if (phases.has("extract")) {
    const { benchExtraction } = await import("./extraction");
    const extraction = await benchExtraction();
    figures.extract_docs_per_s = extraction.extract_docs_per_s;
    log(`extraction: ${extraction.extract_docs_per_s} documents/s over ${extraction.docs}`);
  }
  return figures;
}

await runBench(
  { label: "bench", postgres: { dataDir: ".data/bench-sync-postgres", port: 5437, name: "ferry_bench_sync" }, filesDir: ".data/bench-sync-files" },
  measure,
  async (figures) => {
    if (!phases.has("s3")) return;
    // A child process with its own database and S3 server, after this one's are closed.
    const output = execFileSync("npx", ["tsx", "--conditions=react-server", "bench/sync-s3.ts"], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    const s3: Figures = JSON.parse(output.trim().split("\n").at(-1)!);
    for (const [key, value] of Object.entries(s3)) figures[key.startsWith("loadavg_") ? `s3_${key}` : key] = value;
  },
);
