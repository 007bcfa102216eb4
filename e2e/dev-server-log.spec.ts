/**
 * `next dev` logs server function calls with their arguments unless told not to. This spec starts
 * a development server of its own (own database on the e2e Postgres, own port), creates and edits
 * an integration through the real actions in the browser, and reads everything the server printed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { demo } from "@/emulators";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase } from "../scripts/postgres";
import { expect, test } from "./fixtures";
import { admin } from "./people";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial", timeout: 300_000 });

const port = 3101;
const origin = `http://localhost:${port}`;
const createdSecret = `created-secret-${randomBytes(12).toString("hex")}`;
const editedSecret = `edited-secret-${randomBytes(12).toString("hex")}`;

let server: ChildProcess | undefined;
let log = "";

test.beforeAll(async () => {
  const url = await ensureDatabase("postgres://postgres:postgres@127.0.0.1:5435/postgres", "ferry_e2e_dev", { fresh: true });
  await migrateDatabase(url);
  server = spawn("npx", ["next", "dev", "--port", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      FERRY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      FERRY_DATA_DIR: ".data/e2e-dev-files",
      FERRY_APP_URL: origin,
      FERRY_ALLOWED_HOSTS: `127.0.0.1:${E2E.highqPort}`,
    },
  });
  for (const stream of [server.stdout, server.stderr]) stream?.on("data", (chunk: Buffer) => void (log += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => undefined))?.status, { timeout: 180_000, intervals: [1000] })
    .toBe(200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("creating and editing an integration in development logs no client secret", async ({ page }) => {
  await page.goto(`${origin}/setup`);
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Work email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Divisions" })).toBeVisible({ timeout: 60_000 });

  await page.goto(`${origin}/settings/integrations`);
  await page.getByRole("button", { name: "Create integration" }).click();
  await page.getByLabel("Name").fill("HighQ in development");
  await page.getByLabel("Host").fill(`http://127.0.0.1:${E2E.highqPort}/${demo.highq.instance}/`);
  await page.getByLabel("Client ID").fill(demo.highq.clientId);
  await page.getByLabel("Client Secret").fill(createdSecret);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Integration created\. Host stored as/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole("region", { name: "HighQ in development" }).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Client Secret").fill(editedSecret);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved\. Host stored as/)).toBeVisible({ timeout: 60_000 });

  // The log is the real one: it records the requests made above.
  expect(log).toContain("/settings/integrations");
  expect(log).not.toContain(createdSecret);
  expect(log).not.toContain(editedSecret);
});
