import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { prepareDatabase } from "./database";

/**
 * The stack Playwright tests run against: a fresh database (no users, so first-run set-up shows)
 * and the production build of Ferry.
 */
async function main() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const database = await prepareDatabase({ dataDir: ".data/e2e-postgres", port: 5435, name: "ferry_e2e", fresh: true });
  await rm(".data/e2e-files", { recursive: true, force: true });
  const app = spawn("npx", ["next", "start", "--port", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      FERRY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      FERRY_DATA_DIR: ".data/e2e-files",
    },
  });
  const stop = async () => {
    app.kill("SIGTERM");
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
