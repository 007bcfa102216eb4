import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Secrets at rest: AES-256-GCM with a random 96-bit IV per value. The stored form names the key
 * it was made with (`v1.<keyId>.<iv>.<tag>.<ciphertext>`, base64url), so a rotation can keep old
 * keys for reading while every new write uses the current one.
 */
const VERSION = "v1";

function keyFrom(encoded: string): { id: string; key: Buffer } {
  const key = Buffer.from(encoded, "base64");
  if (key.length !== 32) throw new Error("An encryption key must be 32 bytes, base64-encoded.");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}

function keys() {
  const { FERRY_ENCRYPTION_KEY, FERRY_PREVIOUS_ENCRYPTION_KEYS } = env();
  return { current: keyFrom(FERRY_ENCRYPTION_KEY), previous: FERRY_PREVIOUS_ENCRYPTION_KEYS.map(keyFrom) };
}

export function encryptSecret(plaintext: string): string {
  const { current } = keys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, current.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function decryptSecret(stored: string): string {
  const [version, keyId, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !ciphertext) throw new Error("Unrecognised encrypted value.");
  const { current, previous } = keys();
  const match = [current, ...previous].find((candidate) => candidate.id === keyId);
  if (!match) throw new Error(`No configured key (id ${keyId}) can decrypt this value; keep it in FERRY_PREVIOUS_ENCRYPTION_KEYS until rotated.`);
  const decipher = createDecipheriv("aes-256-gcm", match.key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** Whether a stored value was written with an older key and should be re-encrypted. */
export function needsReencryption(stored: string): boolean {
  return stored.split(".")[1] !== keys().current.id;
}
