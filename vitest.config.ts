import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig } from "vitest/config";

const integration = "**/*.integration.test.ts";
const component = "**/*.component.test.tsx";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // next-auth imports `next/server` without an extension, which Node's ESM loader rejects.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        // Everything named `*.test.ts` but not `*.integration.test.ts`: no Postgres, no emulators,
        // no S3 or SMTP server. Its setup makes the database throw, so a misnamed test fails loudly.
        extends: true,
        test: {
          name: "fast",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [integration],
          setupFiles: ["./test/fast-setup.ts"],
          // The accuracy tests render and analyse their corpora (≈ 200 documents) before their first test.
          hookTimeout: 60_000,
          env: { AUTH_SECRET: randomBytes(32).toString("base64url"), FERRY_ENCRYPTION_KEY: randomBytes(32).toString("base64") },
        },
      },
      {
        // `*.integration.test.ts`: a fresh migrated database per run, the emulators, S3 and SMTP.
        extends: true,
        test: {
          name: "db",
          environment: "node",
          include: [integration],
          globalSetup: ["./test/global-setup.ts"],
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: [component],
          setupFiles: ["./test/component-setup.ts"],
        },
      },
    ],
  },
});
