import { randomBytes } from "node:crypto";
import { prepareDatabase } from "../scripts/database";

/**
 * One real Postgres for the whole vitest run (the embedded one, or `DATABASE_URL`), with a fresh,
 * migrated database. Workers inherit the environment set here.
 */
export default async function setup() {
  const database = await prepareDatabase({ dataDir: ".data/test-postgres", port: 5434, name: "ferry_test", fresh: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.FERRY_DATA_DIR = ".data/test-files";
  return async () => database.stop();
}
