import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { Client } from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/postgres";
import { S3RVER_CREDENTIALS, startTestS3Server, type TestS3Server } from "./s3-server";

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
  const s3 = process.env.FERRY_BLOB_STORE === "s3" ? await runWithTestS3Server() : null;

  return async () => {
    await s3?.finish();
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

/**
 * `FERRY_BLOB_STORE=s3 vitest run …` (`npm run test:s3`): the suites store document bytes in a real
 * S3 server started here. The run fails if nothing reached the bucket or anything reached the disk.
 */
async function runWithTestS3Server() {
  const bucket = "ferry-test";
  const server: TestS3Server = await startTestS3Server({ buckets: [bucket] });
  Object.assign(process.env, S3RVER_CREDENTIALS, { FERRY_S3_BUCKET: bucket, FERRY_S3_ENDPOINT: server.endpoint, FERRY_S3_FORCE_PATH_STYLE: "1", FERRY_S3_REGION: "us-east-1" });
  const dataDir = await mkdtemp(path.join(tmpdir(), "ferry-s3-run-data-"));
  process.env.FERRY_DATA_DIR = dataDir;
  return {
    async finish() {
      const client = new S3Client({ region: "us-east-1", endpoint: server.endpoint, forcePathStyle: true });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: "blobs/" })).finally(() => client.destroy());
      const onDisk = existsSync(dataDir) ? await readdir(dataDir, { recursive: true }) : [];
      await rm(dataDir, { recursive: true, force: true });
      await server.close();
      if (!listed.KeyCount) throw new Error("The S3 run stored no blob in the S3 server: the suites did not use the S3 store.");
      if (onDisk.length > 0) throw new Error(`The S3 run wrote to the local disk: ${onDisk.join(", ")}`);
    },
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
