import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./postgres";

/**
 * The database for dev or tests: `DATABASE_URL` when set, otherwise the embedded Postgres.
 * Either way it is migrated before use.
 */
export async function prepareDatabase(options: { dataDir: string; port: number; name: string; fresh: boolean }) {
  let server: RunningPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, persistent: true });
    url = await ensureDatabase(server.serverUrl, options.name, { fresh: options.fresh });
  }
  await migrateDatabase(url);
  return { url, stop: async () => server?.stop() };
}
