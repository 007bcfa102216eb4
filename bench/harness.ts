/**
 * What the sync benches share: their own embedded Postgres and environment, the emulators (in a
 * process of their own, reached over HTTP as a remote service is), a fresh
 * sync source per round, the raw baselines (listing and downloads through the same connector, bytes
 * dropped or written to plain files), rounds that alternate which side goes first, and median/spread figures. Lib modules are
 * imported only after the environment is set, as they read it when loaded.
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Client } from "pg";
import { ControlClient, HighQControlClient, type IntralinksConditions, type IntralinksFileAttrs } from "../emulators/index";
import type { RemoteFile } from "../lib/connectors";
import type { JobIO } from "../lib/jobs/definition";
import { prepareDatabase } from "../scripts/database";
import { startChildServer } from "./child-server";

export const MiB = 1 << 20;
/** The raw baseline's parallelism, also Ferry's per-run download lanes: the emulator's own bench peaks around 8 streams. */
export const RAW_CONCURRENCY = 8;

export type Figures = Record<string, number | number[]>;
export type StepIO = Pick<JobIO, "step" | "attempt" | "maxAttempts">;

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
export const logger = (label: string) => (message: string) => console.error(`[${label}] ${message}`);
export const load = () => loadavg().map((value) => round(value));

/** The bench phases to run: `BENCH_PHASES=a,b` (default: all of them). */
export function selectedPhases(all: readonly string[]): Set<string> {
  const chosen = process.env.BENCH_PHASES?.split(",").filter(Boolean) ?? all;
  const unknown = chosen.filter((phase) => !all.includes(phase));
  if (unknown.length > 0) throw new Error(`unknown BENCH_PHASES ${unknown.join(",")} (known: ${all.join(",")})`);
  return new Set(chosen);
}

/** Flushes dirty pages of the blob directory's filesystem, so no measurement pays for an earlier one's write-back. */
export const settleDisk = () => execFileSync("sync", ["-f", ".data"]);

let exposedGc: (() => void) | undefined;
/** A full garbage collection (the flag is set at run time, so `tsx` needs no `--expose-gc`). */
export function collectGarbage() {
  if (!exposedGc) {
    setFlagsFromString("--expose-gc");
    exposedGc = runInNewContext("gc") as () => void;
  }
  exposedGc();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `name` = the median of the rounds, `name_rounds` = each round, `name_spread` = [min, max]. */
export function figure(name: string, rounds: number[], digits = 2): Figures {
  const values = rounds.map((value) => round(value, digits));
  return { [name]: round(median(rounds), digits), [`${name}_rounds`]: values, [`${name}_spread`]: [Math.min(...values), Math.max(...values)] };
}

/** Runs `items` through `work` with at most `concurrency` in flight (the baseline's own, so Ferry's lanes never shape it). */
export async function parallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** Milliseconds `work` takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * One round's two measurements, the raw baseline first on even rounds and Ferry first on odd ones,
 * the disk flushed before each.
 */
export async function pair(roundIndex: number, raw: () => Promise<unknown>, ferry: () => Promise<unknown>): Promise<{ rawMs: number; ferryMs: number }> {
  const rawFirst = roundIndex % 2 === 0;
  settleDisk();
  const firstMs = await timed(rawFirst ? raw : ferry);
  settleDisk();
  const secondMs = await timed(rawFirst ? ferry : raw);
  return rawFirst ? { rawMs: firstMs, ferryMs: secondMs } : { rawMs: secondMs, ferryMs: firstMs };
}

/**
 * Job IO that runs every step at once, as a first attempt does, and adds up the time spent in each
 * kind of step (`download-3` counts as `download`).
 */
export function stepTimer(hooks: { before?: (name: string) => void; after?: (name: string, value: unknown) => void } = {}) {
  const ms: Record<string, number> = {};
  const io: StepIO = {
    attempt: 1,
    maxAttempts: 5,
    step: async (name, fn) => {
      const kind = name.replace(/-\d+$/, "");
      hooks.before?.(kind);
      const start = performance.now();
      const value = await fn();
      ms[kind] = (ms[kind] ?? 0) + performance.now() - start;
      hooks.after?.(kind, value);
      return value;
    },
  };
  return { io, ms };
}

/** "start 3 ms, plan 41 ms, …" for the log. */
export const steps = (ms: Record<string, number>) => Object.entries(ms).map(([name, value]) => `${name} ${round(value, 0)} ms`).join(", ");

type BenchOptions = {
  label: string;
  /** Its own Postgres: other scripts (bench:files, tests) start and stop theirs. */
  postgres: { dataDir: string; port: number; name: string };
  /** The local blob store's directory, emptied before and after. */
  filesDir: string;
  env?: Record<string, string>;
  /** Closed last, after Postgres (servers the bench started before its modules were loaded). */
  closeAfter?: Array<[string, () => Promise<unknown>]>;
};

export type Bench = Awaited<ReturnType<typeof startBench>>;

async function startBench(options: BenchOptions) {
  delete process.env.DATABASE_URL;
  const database = await prepareDatabase({ ...options.postgres, fresh: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.FERRY_DATA_DIR = options.filesDir;
  Object.assign(process.env, options.env);
  await rm(options.filesDir, { recursive: true, force: true });

  const { allowEmulatorHosts, TEST_CALLBACK } = await import("../test/remote-connections");
  const { syncFixture } = await import("../test/sync-fixtures");
  const { runSync } = await import("../lib/sync/run");
  const { connectorForConnection } = await import("../lib/integrations/tokens");
  const { db } = await import("../lib/db");
  const { syncSources, syncRuns } = await import("../lib/db/schema");
  const { eq } = await import("drizzle-orm");
  const { closeDatabase } = await import("../lib/db/client");
  const emulators = await startEmulatorsProcess(TEST_CALLBACK);
  allowEmulatorHosts(emulators);
  const rawDirectory = path.join(options.filesDir, "raw-baseline");
  const removeRawFiles = () => rm(rawDirectory, { recursive: true, force: true });

  /**
   * A fresh sync source on the HighQ emulator (own user, division, folder and remote folder), with
   * a generated tree in it when `tree` is given, and both sides of the comparison on it.
   */
  async function source(tree?: { files: number; folders: number; minSize: number; maxSize: number; seed: number }) {
    const fixture = await syncFixture(emulators, "highq");
    const generated = tree ? await fixture.control.generateTree({ parentFolderId: fixture.remoteFolder.id, ...tree }) : { fileIds: [], folderIds: [], totalBytes: 0 };
    const [row] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
    const connector = await connectorForConnection(row.connectionId!);
    /** The raw listing: the same walk Ferry's plan makes, through the same connector. */
    const list = async () => {
      const files: RemoteFile[] = [];
      for await (const entry of connector.walk(row.workspaceId, row.remoteRootFolderId)) if (entry.kind === "file") files.push(entry.file);
      return files;
    };
    /** Raw downloads: each body read to its end and dropped, or handed to `consume`. */
    const download = (files: RemoteFile[], concurrency = RAW_CONCURRENCY, consume = drain) =>
      parallel(files, concurrency, async (file) => consume((await connector.download(row.workspaceId, file)).body));
    /**
     * Raw downloads each written to a file of its own next to the blob store (same disk), with no
     * hashing and no records: what storing the bytes costs on this machine. The files are removed
     * untimed by `removeRawFiles`.
     */
    const downloadToDisk = async (files: RemoteFile[], concurrency = RAW_CONCURRENCY) => {
      await mkdir(rawDirectory, { recursive: true });
      await download(files, concurrency, (body) => pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), createWriteStream(path.join(rawDirectory, randomUUID()))));
    };
    /** Ferry's sync run; fails unless it succeeded and brought (or found unchanged) exactly `documents`. */
    const sync = async (documents: number, timer = stepTimer()) => {
      const outcome = await runSync(fixture.syncSourceId, timer.io);
      if (outcome.status !== "succeeded") throw new Error(`sync ${outcome.status}`);
      const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.runId));
      const brought = run.newCount + run.updatedCount + run.unchangedCount;
      if (brought !== documents || run.failedCount > 0) throw new Error(`sync brought ${brought}/${documents} documents, ${run.failedCount} failed`);
      return { run, steps: timer.ms };
    };
    // The emulator sorts a folder's listing on its first read after a change: read once here, so neither side pays for it.
    await list();
    return { fixture, control: fixture.control, tree: generated, list, download, downloadToDisk, sync };
  }

  async function close() {
    const log = logger(options.label);
    const steps: Array<[string, () => Promise<unknown>]> = [
      ["emulators", () => emulators.close()],
      ["database pool", () => closeDatabase()],
      // pool.end() resolves before its connections have ended: wait until the server sees none, so stopping it terminates nobody.
      ["database connections", () => untilNoConnections(database.url)],
      ["postgres", () => database.stop()],
      ["blob directory", () => rm(options.filesDir, { recursive: true, force: true })],
      ...(options.closeAfter ?? []),
    ];
    for (const [what, step] of steps) {
      try {
        await step();
      } catch (error) {
        log(`closing the ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  return { db, emulators, source, removeRawFiles, close };
}

/** The emulators in a process of their own (bench/emulators-process.ts), reached over HTTP only. */
async function startEmulatorsProcess(redirectUri: string) {
  const { line, close } = await startChildServer("bench/emulators-process.ts", [redirectUri]);
  const { highq, intralinks, controlToken } = JSON.parse(line) as { highq: string; intralinks: string; controlToken: string };
  return {
    highq: { url: highq, control: new HighQControlClient(highq, controlToken) },
    intralinks: { url: intralinks, control: new ControlClient<IntralinksConditions, IntralinksFileAttrs>(intralinks, controlToken) },
    close,
  };
}

async function drain(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  while (!(await reader.read()).done);
}

async function untilNoConnections(url: string) {
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1));
  server.pathname = "/postgres";
  const client = new Client({ connectionString: server.toString() });
  client.on("error", () => {});
  await client.connect();
  try {
    for (let attempt = 0; attempt < 250; attempt++) {
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`connections to ${name} still open after 5 s`);
  } finally {
    await client.end();
  }
}

/**
 * Runs a bench: starts it, measures, closes everything (whatever happened), then prints the figures
 * with the load average at start and end as the last stdout line. Exit code 1 only when measuring
 * failed; a failure while closing is logged and changes nothing.
 */
export async function runBench(options: BenchOptions, measure: (bench: Bench) => Promise<Figures>, afterClose?: (figures: Figures) => Promise<void>) {
  const loadavgStart = load();
  let figures: Figures;
  try {
    const bench = await startBench(options);
    try {
      figures = await measure(bench);
    } finally {
      await bench.close();
    }
    await afterClose?.(figures);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
  console.log(JSON.stringify({ ...figures, loadavg_start: loadavgStart, loadavg_end: load() }));
  process.exit(0);
}
