import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase } from "@/scripts/postgres";

const globalForDb = globalThis as unknown as { ferryDb?: { close(): Promise<void> } };

/**
 * Rotation rewrites every stored secret, so it runs in a database of its own: other test files
 * running in parallel keep theirs readable.
 */
async function useOwnDatabase() {
  const server = new URL(process.env.DATABASE_URL!);
  server.pathname = "/postgres";
  const url = await ensureDatabase(server.toString(), `ferry_rotation_${process.pid}`, { fresh: true });
  await migrateDatabase(url);
  vi.stubEnv("DATABASE_URL", url);
  delete globalForDb.ferryDb;
}

async function withKeys(current: string, previous = "") {
  vi.stubEnv("FERRY_ENCRYPTION_KEY", current);
  vi.stubEnv("FERRY_PREVIOUS_ENCRYPTION_KEYS", previous);
  vi.resetModules();
}

afterAll(async () => {
  await globalForDb.ferryDb?.close();
  delete globalForDb.ferryDb;
  const own = new URL(process.env.DATABASE_URL!);
  vi.unstubAllEnvs();
  const server = new Client({ connectionString: process.env.DATABASE_URL });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS "${own.pathname.slice(1)}" WITH (FORCE)`);
  await server.end();
});

describe("key rotation", () => {
  it("re-encrypts secrets made with the previous key so the old key can be dropped", async () => {
    await useOwnDatabase();
    const oldKey = randomBytes(32).toString("base64");
    const newKey = randomBytes(32).toString("base64");

    await withKeys(oldKey);
    const { makeUser, unique } = await import("@/test/factories");
    const { createIntegration } = await import("./integrations");
    const admin = await makeUser({ isConnectorAdmin: true });
    const id = await createIntegration(admin, { provider: "highq", name: unique("Rotate"), type: "sync", host: "a.highq.com/a", clientId: "1", clientSecret: "the-secret-1234" });

    await withKeys(newKey, oldKey);
    const { reencryptSecrets } = await import("./rotate-secrets");
    expect(await reencryptSecrets()).toBe(1);
    expect(await reencryptSecrets()).toBe(0);

    await withKeys(newKey);
    const { getIntegrationOrThrow } = await import("./integrations");
    const { decryptSecret } = await import("@/lib/crypto");
    expect(decryptSecret((await getIntegrationOrThrow(id)).clientSecretEncrypted)).toBe("the-secret-1234");
  });
});
