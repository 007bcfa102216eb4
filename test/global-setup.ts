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
    // Databases of runs that were killed are dropped; one with connections belongs to a live run.
    const others = await client.query<{ datname: string; connections: number }>(
      `SELECT d.datname, (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS connections
         FROM pg_database d WHERE d.datname LIKE $1`,
      [`${PREFIX}%`],
    );
    const live = others.rows.filter((row) => row.connections > 0);
    for (const stale of others.rows.filter((row) => row.connections === 0)) {
      await client.query(`DROP DATABASE IF EXISTS "${stale.datname}" WITH (FORCE)`);
    }
    await client.end();
    // Another run still uses the server: leave it up for them.
    if (live.length === 0) await server?.stop();
  };
}
