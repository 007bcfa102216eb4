import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/stack";

const port = E2E.appPort;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  // One stack (app, job runner, emulators, database) for all specs, so one worker. Specs do not depend
  // on each other or on their order: each seeds its own data through e2e/fixtures.ts, and
  // foundation.spec.ts empties the database for first-run set-up.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: ".data/e2e-results",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot run here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
