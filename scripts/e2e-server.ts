import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { startEmulators } from "@/emulators";
import { E2E } from "../e2e/stack";
import { S3RVER_CREDENTIALS, startTestS3Server } from "../test/s3-server";
import { prepareDatabase } from "./database";

/**
 * The stack Playwright tests run against, shaped like production: a fresh database over
 * node-postgres (no users, so first-run set-up shows), document bytes in an S3 server (s3rver, so
 * nothing is written to the app's disk), both emulators on fixed ports, the production build of
 * Ferry (`next start`) allowed to reach them, and the local job runner.
 */
async function main() {
  const database = await prepareDatabase({ dataDir: ".data/e2e-postgres", port: 5435, name: "ferry_e2e", fresh: true });
  await rm(".data/e2e-files", { recursive: true, force: true });
  await rm(".data/e2e-s3", { recursive: true, force: true });
  await mkdir(".data/e2e-s3", { recursive: true });
  const s3 = await startTestS3Server({ buckets: ["ferry-e2e"], directory: ".data/e2e-s3" });
  const emulators = await startEmulators({
    highqPort: E2E.highqPort,
    intralinksPort: E2E.intralinksPort,
    controlToken: E2E.controlToken,
    redirectUris: [`${E2E.appUrl}/auth/callback`],
    quiet: true,
  });
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    FERRY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    FERRY_DATA_DIR: ".data/e2e-files",
    ...S3RVER_CREDENTIALS,
    FERRY_BLOB_STORE: "s3",
    FERRY_S3_BUCKET: "ferry-e2e",
    FERRY_S3_ENDPOINT: s3.endpoint,
    FERRY_S3_FORCE_PATH_STYLE: "1",
    FERRY_S3_REGION: "us-east-1",
    // http on localhost and the emulators' private hosts: start anyway, with the warnings listed.
    FERRY_ALLOW_UNSAFE_PRODUCTION: "1",
    FERRY_APP_URL: E2E.appUrl,
    FERRY_ALLOWED_HOSTS: `127.0.0.1:${E2E.highqPort},127.0.0.1:${E2E.intralinksPort}`,
    INTRALINKS_DEFAULT_HOST: `http://127.0.0.1:${E2E.intralinksPort}`,
    // The stable deployment of e2e/preview-proxy.spec.ts: forwards OAuth callbacks to its preview.
    FERRY_PREVIEW_ORIGINS: E2E.previewUrl,
    FERRY_REDIRECT_PROXY_SECRET: E2E.redirectProxySecret,
  };
  // Everything the app and the job runner log is kept, so a spec can check no secret was ever logged.
  const log = createWriteStream(E2E.serverLog);
  const app = spawn("npx", ["next", "start", "--port", String(E2E.appPort)], { stdio: ["ignore", "pipe", "pipe"], env });
  const runner = spawn("npx", ["tsx", "--conditions=react-server", "scripts/local-runner.ts"], { stdio: ["ignore", "pipe", "pipe"], env });
  for (const stream of [app.stdout, app.stderr, runner.stdout, runner.stderr]) {
    stream.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      log.write(chunk);
    });
  }
  const stop = async () => {
    app.kill("SIGTERM");
    runner.kill("SIGTERM");
    await emulators.close();
    await s3.close();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
