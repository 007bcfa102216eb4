import "server-only";
import { eq } from "drizzle-orm";
import { decryptSecret, encryptSecret, needsReencryption } from "@/lib/crypto";
import { db } from "@/lib/db";
import { integrations, remoteConnections } from "@/lib/db/schema";

/**
 * Re-encrypts every stored secret made with a previous key (FERRY_PREVIOUS_ENCRYPTION_KEYS) under
 * the current FERRY_ENCRYPTION_KEY. Safe to run repeatedly; returns how many values changed.
 */
export async function reencryptSecrets(): Promise<number> {
  const again = (value: string) => encryptSecret(decryptSecret(value));
  let changed = 0;
  await db.transaction(async (tx) => {
    for (const row of await tx.select().from(integrations).for("update")) {
      if (!needsReencryption(row.clientSecretEncrypted)) continue;
      await tx.update(integrations).set({ clientSecretEncrypted: again(row.clientSecretEncrypted) }).where(eq(integrations.id, row.id));
      changed += 1;
    }
    for (const row of await tx.select().from(remoteConnections).for("update")) {
      const access = needsReencryption(row.accessTokenEncrypted);
      const refresh = !!row.refreshTokenEncrypted && needsReencryption(row.refreshTokenEncrypted);
      if (!access && !refresh) continue;
      await tx
        .update(remoteConnections)
        .set({
          accessTokenEncrypted: access ? again(row.accessTokenEncrypted) : row.accessTokenEncrypted,
          refreshTokenEncrypted: refresh && row.refreshTokenEncrypted ? again(row.refreshTokenEncrypted) : row.refreshTokenEncrypted,
        })
        .where(eq(remoteConnections.id, row.id));
      changed += Number(access) + Number(refresh);
    }
  });
  return changed;
}
