/**
 * `npm run bench:scale`: one source of 100,000 small documents on the HighQ emulator (several
 * minutes; `BENCH_SCALE_DOCS` makes it smaller while developing). Prints one JSON line last:
 *
 * - `first_sync_100k_ms` (and its plan and download steps), `plan_heap_bytes_per_document`: peak
 *   heap growth while the first sync plans, over the documents planned;
 * - no-op re-syncs, alternating with a raw listing of the same source through the same connector:
 *   `noop_resync_ms`, `listing_ms`, `noop_ferry_work_ms_per_10k` (re-sync minus listing, per 10,000
 *   documents), `noop_remote_calls` and `noop_calls_beyond_listing` (calls the raw listing did not
 *   make: 0 when the re-sync only lists), `noop_db_queries`;
 * - `rss_*_mb`, `heap_*_mb`: resident memory and V8's used heap after a full GC, before and after the
 *   first sync and after each re-sync.
 */
import { getHeapStatistics } from "node:v8";
import { collectGarbage, figure, logger, MiB, pair, round, runBench, steps, stepTimer, type Bench, type Figures } from "./harness";

const DOCS = Number(process.env.BENCH_SCALE_DOCS ?? 100_000);
const NOOP_ROUNDS = 3;
const log = logger("bench:scale");
/** RSS and V8's used heap after a full GC: RSS that grows while the heap does not is memory V8 or malloc keeps, not a leak. */
const memory = (when: string): Figures => {
  collectGarbage();
  return { [`rss_${when}_mb`]: round(process.memoryUsage.rss() / MiB, 1), [`heap_${when}_mb`]: round(getHeapStatistics().used_heap_size / MiB, 1) };
};

async function measure(bench: Bench): Promise<Figures> {
  const { countQueries } = await import("../test/query-counter");
  const generating = performance.now();
  // 200 documents per folder, as in `npm run bench`'s 10,000.
  const source = await bench.source({ files: DOCS, folders: Math.ceil(DOCS / 200), minSize: 200, maxSize: 2_000, seed: 100 });
  log(`generated ${DOCS} documents in ${Math.ceil(DOCS / 200)} folders in ${round(performance.now() - generating, 0)} ms`);
  const figures: Figures = { docs: DOCS, ...memory("before_first_sync") };

  // The first sync, with the heap sampled while it plans.
  let heapBase = 0;
  let heapPeak = 0;
  let sampler: NodeJS.Timeout | undefined;
  let planned = 0;
  const timer = stepTimer({
    before: (step) => {
      if (step !== "plan") return;
      collectGarbage();
      heapBase = heapPeak = getHeapStatistics().used_heap_size;
      sampler = setInterval(() => (heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size)), 10);
    },
    after: (step, value) => {
      if (step !== "plan") return;
      clearInterval(sampler);
      heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
      planned = (value as { found?: number }).found ?? 0;
    },
  });
  const start = performance.now();
  await source.sync(DOCS, timer);
  const firstMs = performance.now() - start;
  if (planned !== DOCS) throw new Error(`the plan found ${planned} of ${DOCS} documents`);
  Object.assign(figures, {
    first_sync_100k_ms: round(firstMs, 0),
    first_sync_100k_plan_ms: round(timer.ms.plan, 0),
    first_sync_100k_download_ms: round(timer.ms.download ?? 0, 0),
    plan_heap_bytes_per_document: round((heapPeak - heapBase) / planned, 0),
    ...memory("after_first_sync"),
  });
  log(`first sync: ${round(firstMs, 0)} ms (${steps(timer.ms)}), plan heap growth ${round((heapPeak - heapBase) / MiB, 1)} MB`);

  // No-op re-syncs against the raw listing, each side's remote calls counted by endpoint.
  const counted = async (work: () => Promise<unknown>) => {
    await source.control.resetCounters();
    await work();
    return source.control.counters();
  };
  const syncMs: number[] = [];
  const listingMs: number[] = [];
  const workPer10k: number[] = [];
  let listingCalls: Record<string, number> = {};
  let noopCalls: Record<string, number> = {};
  let queries = 0;
  const rssRounds: number[] = [];
  const heapRounds: number[] = [];
  for (let r = 0; r < NOOP_ROUNDS; r++) {
    let counter: { stop: () => number } | undefined;
    const { rawMs, ferryMs } = await pair(
      r,
      async () => (listingCalls = await counted(() => source.list())),
      async () => {
        counter = countQueries();
        noopCalls = await counted(() => source.sync(DOCS));
        queries = Math.max(queries, counter.stop());
      },
    );
    syncMs.push(ferryMs);
    listingMs.push(rawMs);
    workPer10k.push(((ferryMs - rawMs) * 10_000) / DOCS);
    const after = memory("after_noop");
    rssRounds.push(after.rss_after_noop_mb as number);
    heapRounds.push(after.heap_after_noop_mb as number);
    log(`no-op round ${r + 1}: re-sync ${round(ferryMs, 0)} ms, raw listing ${round(rawMs, 0)} ms; after it RSS ${after.rss_after_noop_mb} MB, heap ${after.heap_after_noop_mb} MB`);
  }
  const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0);
  const beyond = Object.entries(noopCalls).reduce((sum, [endpoint, n]) => sum + Math.max(0, n - (listingCalls[endpoint] ?? 0)), 0);
  log(`no-op remote calls ${JSON.stringify(noopCalls)}; raw listing ${JSON.stringify(listingCalls)}`);
  return {
    ...figures,
    ...figure("noop_resync_ms", syncMs, 0),
    ...figure("listing_ms", listingMs, 0),
    ...figure("noop_ferry_work_ms_per_10k", workPer10k, 0),
    noop_remote_calls: total(noopCalls),
    listing_calls: total(listingCalls),
    noop_calls_beyond_listing: beyond,
    noop_db_queries: queries,
    rss_after_noop_mb_rounds: rssRounds,
    heap_after_noop_mb_rounds: heapRounds,
  };
}

await runBench({ label: "bench:scale", postgres: { dataDir: ".data/bench-scale-postgres", port: 5439, name: "ferry_bench_scale" }, filesDir: ".data/bench-scale-files" }, measure);
