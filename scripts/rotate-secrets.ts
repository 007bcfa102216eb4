import { reencryptSecrets } from "@/lib/integrations/rotate-secrets";

/**
 * `npm run secrets:rotate`: after setting a new FERRY_ENCRYPTION_KEY and moving the old one into
 * FERRY_PREVIOUS_ENCRYPTION_KEYS, re-encrypts everything under the new key (see README).
 */
if (!process.env.FERRY_ENCRYPTION_KEY && process.env.NODE_ENV !== "production") process.loadEnvFile(".env.local");
const changed = await reencryptSecrets();
console.log(`Re-encrypted ${changed} stored secret(s). The previous keys can now be removed.`);
process.exit(0);
