import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("key rotation", () => {
  it("re-encrypts secrets made with the previous key so the old key can be dropped", async () => {
    const oldKey = randomBytes(32).toString("base64");
    const newKey = randomBytes(32).toString("base64");

    vi.stubEnv("FERRY_ENCRYPTION_KEY", oldKey);
    vi.resetModules();
    const { makeUser, unique } = await import("@/test/factories");
    const { createIntegration } = await import("./integrations");
    const admin = await makeUser({ isConnectorAdmin: true });
    const id = await createIntegration(admin, { provider: "highq", name: unique("Rotate"), type: "sync", host: "a.highq.com/a", clientId: "1", clientSecret: "the-secret-1234" });

    vi.stubEnv("FERRY_ENCRYPTION_KEY", newKey);
    vi.stubEnv("FERRY_PREVIOUS_ENCRYPTION_KEYS", oldKey);
    vi.resetModules();
    const { reencryptSecrets } = await import("./rotate-secrets");
    expect(await reencryptSecrets()).toBeGreaterThanOrEqual(1);
    expect(await reencryptSecrets()).toBe(0);

    vi.stubEnv("FERRY_PREVIOUS_ENCRYPTION_KEYS", "");
    vi.resetModules();
    const { getIntegrationOrThrow } = await import("./integrations");
    const { decryptSecret } = await import("@/lib/crypto");
    expect(decryptSecret((await getIntegrationOrThrow(id)).clientSecretEncrypted)).toBe("the-secret-1234");
  });
});
