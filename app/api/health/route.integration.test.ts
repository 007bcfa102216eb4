import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { S3RVER_CREDENTIALS, startTestS3Server, type TestS3Server } from "@/test/s3-server";

let server: TestS3Server;
let dataDir: string;
const saved = { ...process.env };
beforeAll(async () => {
  server = await startTestS3Server({ buckets: ["ferry-health"] });
  dataDir = await mkdtemp(path.join(tmpdir(), "ferry-health-"));
});
afterAll(async () => {
  process.env = saved;
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  process.env = { ...saved };
  vi.resetModules(); // the blob store is made once per process from the settings
});

async function health() {
  const { GET } = await import("./route");
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

const useS3 = (bucket: string) =>
  Object.assign(process.env, S3RVER_CREDENTIALS, { FERRY_BLOB_STORE: "s3", FERRY_S3_BUCKET: bucket, FERRY_S3_ENDPOINT: server.endpoint, FERRY_S3_FORCE_PATH_STYLE: "1" });

describe("/api/health", () => {
  it("reports the database, the blob store and the job backend", async () => {
    Object.assign(process.env, { FERRY_BLOB_STORE: "fs", FERRY_DATA_DIR: dataDir });
    delete process.env.INNGEST_EVENT_KEY;
    delete process.env.INNGEST_DEV;
    expect(await health()).toEqual({ status: 200, body: { ok: true, database: "up", blobStore: { kind: "fs", ok: true }, jobs: { backend: "local", ok: true } } });

    useS3("ferry-health");
    Object.assign(process.env, { INNGEST_EVENT_KEY: "event-key", INNGEST_SIGNING_KEY: "signkey-test-abc" });
    expect(await health()).toMatchObject({ status: 200, body: { ok: true, blobStore: { kind: "s3", ok: true }, jobs: { backend: "inngest", mode: "cloud", signingKey: true } } });
  });

  it("is healthy on a fresh machine, before the filesystem store's first write", async () => {
    const fresh = path.join(dataDir, "not-yet-written");
    Object.assign(process.env, { FERRY_BLOB_STORE: "fs", FERRY_DATA_DIR: fresh });
    delete process.env.INNGEST_EVENT_KEY;
    delete process.env.INNGEST_DEV;
    expect(await health()).toMatchObject({ status: 200, body: { ok: true, blobStore: { kind: "fs", ok: true } } });
  });

  it("answers 503 with a code, not the bucket's name, when the bucket is missing or Inngest has no signing key", async () => {
    useS3("ferry-gone");
    const missing = await health();
    expect(missing).toMatchObject({ status: 503, body: { ok: false, blobStore: { kind: "s3", ok: false, problem: "BUCKET_NOT_FOUND" } } });
    expect(JSON.stringify(missing.body)).not.toContain("ferry-gone");

    vi.resetModules();
    useS3("ferry-health");
    Object.assign(process.env, { INNGEST_EVENT_KEY: "event-key" });
    delete process.env.INNGEST_SIGNING_KEY;
    delete process.env.INNGEST_DEV;
    expect(await health()).toMatchObject({ status: 503, body: { ok: false, jobs: { backend: "inngest", mode: "cloud", signingKey: false, ok: false } } });
  });
});
