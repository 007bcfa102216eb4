import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/postgres";

const PREFIX = "ferry_test_";

/**
 * One real Postgres for the whole vitest run (the embedded one, or `DATABASE_URL`'s server) with a
 * fresh, migrated database of this run's own, so parallel runs on one machine never share data.
 * Workers inherit the environment set here.
 */
export default async function setup() {
  const given = process.env.DATABASE_URL;
  const server = given ? null : await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port: 5434, persistent: true });
  const serverUrl = given ?? server!.serverUrl;
  const name = `${PREFIX}${process.pid}`;
  const url = await ensureDatabase(serverUrl, name, { fresh: true });
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.FERRY_DATA_DIR = ".data/test-files";

  return async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // Databases of runs that were killed are dropped. A database is named after its run's process,
    // which is alive while the run is (between test files it may hold no connection at all).
    const others = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${PREFIX}%`]);
    const live = others.rows.filter((row) => processIsAlive(Number(row.datname.slice(PREFIX.length))));
    for (const stale of others.rows.filter((row) => !live.includes(row))) {
      await client.query(`DROP DATABASE IF EXISTS "${stale.datname}" WITH (FORCE)`);
    }
    await client.end();
    // Another run still uses the server: leave it up for them.
    if (live.length === 0) await server?.stop();
  };
}

function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
