/**
 * The OAuth redirect proxy with two Ferry servers: the stack's app (3100) is the stable deployment
 * the HighQ emulator has registered, and this spec starts a preview of the same build (its own
 * port, database and AUTH_SECRET) whose flows go through the stable `/auth/callback` and come
 * back. The stable deployment trusts only the preview's origin (scripts/e2e-server.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import argon2 from "argon2";
import { Pool } from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { wrapState } from "@/lib/integrations/redirect-proxy";
import { ensureDatabase } from "../scripts/postgres";
import { expect, test, type Page } from "./fixtures";
import { createIntegration, integrationForms } from "./integration-form";
import { signIn } from "./pages";
import { ben } from "./people";
import { E2E } from "./stack";

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ baseURL: E2E.previewUrl });

const STABLE_CALLBACK = `${E2E.appUrl}/auth/callback`;
const UNTRUSTED = "http://localhost:3199";
const previewAdmin = { email: `preview-admin-${randomUUID().slice(0, 6)}@firm.test`, password: "the preview's admin password" };

let preview: ChildProcess | undefined;
let previewLog: WriteStream | undefined;
let loggedByPreview = "";
let previewDatabaseUrl = "";

/** Rows of `sql` in a deployment's database. */
async function query<T extends object>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    return (await pool.query<T>(sql, params)).rows;
  } finally {
    await pool.end();
  }
}

const connectionsOf = (databaseUrl: string, integrationName: string) =>
  query<{ remote_email: string }>(
    databaseUrl,
    "SELECT c.remote_email FROM remote_connections c JOIN integrations i ON i.id = c.integration_id WHERE i.name = $1",
    [integrationName],
  );

test.beforeAll(async () => {
  previewDatabaseUrl = await ensureDatabase("postgres://postgres:postgres@127.0.0.1:5435/postgres", "ferry_e2e_preview", { fresh: true });
  await migrateDatabase(previewDatabaseUrl);
  // An administrator of the preview only, as its first-run set-up would leave them.
  await query(previewDatabaseUrl, "INSERT INTO users (name, email, password_hash, is_account_admin) VALUES ($1, $2, $3, true)", [
    "Pia Preview-Admin",
    previewAdmin.email,
    await argon2.hash(previewAdmin.password, { type: argon2.argon2id }),
  ]);
  preview = spawn("npx", ["next", "start", "--port", String(E2E.previewPort)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: previewDatabaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      FERRY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      FERRY_DATA_DIR: ".data/e2e-preview-files",
      FERRY_ALLOW_UNSAFE_PRODUCTION: "1",
      FERRY_APP_URL: E2E.previewUrl,
      FERRY_ALLOWED_HOSTS: `127.0.0.1:${E2E.highqPort}`,
      FERRY_REDIRECT_PROXY_URL: STABLE_CALLBACK,
      FERRY_REDIRECT_PROXY_SECRET: E2E.redirectProxySecret,
    },
  });
  // Kept whole, so the last test can check no secret was logged.
  previewLog = createWriteStream(E2E.previewServerLog);
  for (const stream of [preview.stdout, preview.stderr])
    stream?.on("data", (chunk: Buffer) => {
      loggedByPreview += chunk.toString();
      previewLog?.write(chunk);
    });
  await expect
    .poll(async () => (await fetch(`${E2E.previewUrl}/api/health`).catch(() => undefined))?.status, { timeout: 60_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(async () => {
  if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
  previewLog?.end();
});

/** The emulator's own sign-in and consent pages. */
async function signInOnHighQ(page: Page) {
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E.highqPort}`));
  await page.getByLabel(/email/i).fill(ben.email);
  await page.getByLabel(/password/i).fill(ben.password);
  await page.getByRole("button", { name: /sign in|log in|continue/i }).click();
  await page.getByRole("button", { name: /allow/i }).click();
}

/** Signs in on the preview, creates a HighQ integration there and clicks Authorise: ends on the emulator's sign-in page. */
async function startOnPreview(page: Page, name: string) {
  await signIn(page, previewAdmin.email, previewAdmin.password);
  await createIntegration(page, "HighQ", name);
  await expect(page.getByTestId("redirect-url")).toHaveText(STABLE_CALLBACK);
  await page.getByRole("region", { name }).getByTestId("my-authorisation").getByRole("button", { name: "Authorise" }).click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E.highqPort}`));
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get("redirect_uri")).toBe(STABLE_CALLBACK);
  return authorize;
}

/** Every response the browser got from /auth/callback of any deployment: where it sent the browser next. */
function watchCallbacks(page: Page) {
  const seen: { url: string; status: number; location: string | undefined }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/auth/callback") seen.push({ url: response.url(), status: response.status(), location: response.headers().location });
  });
  return seen;
}

test("a preview authorises through the stable deployment's callback, which forwards the code and keeps nothing", async ({ page }) => {
  const name = `HighQ on the preview ${randomUUID().slice(0, 6)}`;
  const callbacks = watchCallbacks(page);
  const [{ count: stableConnections }] = await query<{ count: string }>(E2E.databaseUrl, "SELECT count(*) FROM remote_connections");
  await startOnPreview(page, name);
  await signInOnHighQ(page);

  await expect(page).toHaveURL(new RegExp(`^${E2E.previewUrl}/settings/integrations\\?authorised=`));
  await expect(page.getByRole("region", { name }).getByTestId("my-authorisation")).toContainText(`Authorised as ${ben.name}`);
  // The emulator sent the browser to the stable callback, which forwarded it (code and state untouched) to the preview's.
  expect(callbacks.map(({ url, status }) => [new URL(url).origin, status])).toEqual([
    [E2E.appUrl, 302],
    [E2E.previewUrl, 307],
  ]);
  const [stable, forwarded] = callbacks;
  expect(stable.location).toBe(forwarded.url);
  expect(new URL(forwarded.url).search).toBe(new URL(stable.url).search);

  expect(await connectionsOf(previewDatabaseUrl, name)).toEqual([{ remote_email: ben.email }]);
  expect(await connectionsOf(E2E.databaseUrl, name)).toEqual([]);
  expect(await query(E2E.databaseUrl, "SELECT count(*) FROM remote_connections")).toEqual([{ count: stableConnections }]);

  expect(loggedByPreview).toContain("Ready");
  expect(loggedByPreview).not.toContain(integrationForms.HighQ.secret);
  expect(loggedByPreview).not.toContain(E2E.redirectProxySecret);
});

test("a callback for an origin the stable deployment does not trust is refused, not forwarded", async ({ page }) => {
  const name = `HighQ refused ${randomUUID().slice(0, 6)}`;
  const untrustedRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(UNTRUSTED)) untrustedRequests.push(request.url());
  });
  const authorize = await startOnPreview(page, name);
  // The same flow, its state signed with the shared secret but naming a deployment not in FERRY_PREVIEW_ORIGINS.
  authorize.searchParams.set("state", wrapState(`state-${randomUUID()}`, UNTRUSTED, E2E.redirectProxySecret));
  await page.goto(authorize.toString());
  await signInOnHighQ(page);

  await expect(page).toHaveURL(`${E2E.appUrl}/auth/refused?reason=untrusted`);
  await expect(page.getByRole("heading", { name: "This authorisation was refused" })).toBeVisible();
  await expect(page.getByText("does not forward to")).toBeVisible();
  expect(untrustedRequests).toEqual([]);
  expect(await connectionsOf(previewDatabaseUrl, name)).toEqual([]);
});
