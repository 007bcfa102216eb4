import "server-only";
import { and, eq } from "drizzle-orm";
import type { TokenSet } from "@/lib/connectors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { emit } from "@/lib/jobs/emit";
import { accounts, remoteConnections } from "@/lib/db/schema";
import { clearAuthorisationProblem } from "./authorisation-problems";
import { providerIdFor } from "./provider-id";
import { notFound } from "@/lib/errors";

export interface RemoteAccount {
  id: string;
  email?: string | null;
  name?: string | null;
}

/**
 * Stores (or replaces) a user's tokens for an integration after they authorised it, encrypted,
 * clears any "reauthentication required" state and tells the jobs (`integration.authorised`).
 */
export async function saveAuthorisation(input: { integrationId: string; userId: string; account: RemoteAccount; tokens: TokenSet }): Promise<string> {
  const values = {
    remoteAccountId: input.account.id,
    remoteEmail: input.account.email ?? input.tokens.remoteEmail ?? null,
    remoteName: input.account.name ?? null,
    accessTokenEncrypted: encryptSecret(input.tokens.accessToken),
    refreshTokenEncrypted: input.tokens.refreshToken ? encryptSecret(input.tokens.refreshToken) : null,
    expiresAt: input.tokens.expiresAt,
    status: "active" as const,
    statusReason: null,
  };
  const connectionId = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(remoteConnections)
      .values({ integrationId: input.integrationId, userId: input.userId, ...values })
      .onConflictDoUpdate({ target: [remoteConnections.integrationId, remoteConnections.userId], set: values })
      .returning({ id: remoteConnections.id });
    await clearAuthorisationProblem(tx, input.userId, input.integrationId);
    await recordAudit(tx, {
      actorId: input.userId,
      action: "integration.authorised",
      targetType: "integration",
      targetId: input.integrationId,
      summary: `Authorised an integration as ${values.remoteEmail ?? values.remoteName ?? input.account.id}`,
    });
    return row.id;
  });
  // Syncs that waited for this authorisation resume (lib/sync/jobs.ts), once it is committed.
  await emit("integration.authorised", { integrationId: input.integrationId, userId: input.userId });
  return connectionId;
}

export async function getMyConnection(actor: Actor, integrationId: string) {
  const [connection] = await db
    .select()
    .from(remoteConnections)
    .where(and(eq(remoteConnections.integrationId, integrationId), eq(remoteConnections.userId, actor.id)));
  return connection ?? null;
}

/** Forgets the user's tokens for an integration. Syncs that ran as them pause until someone re-authorises. */
export async function disconnect(actor: Actor, integrationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(remoteConnections)
      .where(and(eq(remoteConnections.integrationId, integrationId), eq(remoteConnections.userId, actor.id)))
      .returning();
    if (!removed) throw notFound("Your authorisation");
    // Unlink the remote account too, so it can be authorised again by anyone.
    await tx.delete(accounts).where(and(eq(accounts.provider, providerIdFor(integrationId)), eq(accounts.userId, actor.id)));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "integration.disconnected",
      targetType: "integration",
      targetId: integrationId,
      summary: "Disconnected their remote account from an integration",
    });
  });
}
