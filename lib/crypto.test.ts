import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshCrypto(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./crypto");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("secrets at rest", () => {
  const keyA = randomBytes(32).toString("base64");
  const keyB = randomBytes(32).toString("base64");

  it("round-trips, never stores the plaintext and uses a fresh IV each time", async () => {
    const { encryptSecret, decryptSecret } = await freshCrypto({ FERRY_ENCRYPTION_KEY: keyA });
    const one = encryptSecret("client-secret-123");
    const two = encryptSecret("client-secret-123");
    expect(one).not.toContain("client-secret");
    expect(one).not.toBe(two);
    expect(decryptSecret(one)).toBe("client-secret-123");
  });

  it("detects tampering", async () => {
    const { encryptSecret, decryptSecret } = await freshCrypto({ FERRY_ENCRYPTION_KEY: keyA });
    const parts = encryptSecret("value").split(".");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow();
  });

  it("reads values made with a previous key during a rotation, and flags them for re-encryption", async () => {
    const before = await freshCrypto({ FERRY_ENCRYPTION_KEY: keyA });
    const stored = before.encryptSecret("rotate me");
    const after = await freshCrypto({ FERRY_ENCRYPTION_KEY: keyB, FERRY_PREVIOUS_ENCRYPTION_KEYS: keyA });
    expect(after.decryptSecret(stored)).toBe("rotate me");
    expect(after.needsReencryption(stored)).toBe(true);
    expect(after.needsReencryption(after.encryptSecret("new"))).toBe(false);
    const without = await freshCrypto({ FERRY_ENCRYPTION_KEY: keyB, FERRY_PREVIOUS_ENCRYPTION_KEYS: "" });
    expect(() => without.decryptSecret(stored)).toThrow(/FERRY_PREVIOUS_ENCRYPTION_KEYS/);
  });
});
