import "server-only";
import { and, eq, isNull, ne, or } from "drizzle-orm";
import { db, type Queryable } from "@/lib/db";
import { remoteConnections, syncSources } from "@/lib/db/schema";

/** A person's active authorisation of an integration, which their sources run as; null if none. */
export async function activeConnectionOf(q: Queryable, userId: string, integrationId: string): Promise<string | null> {
  const [connection] = await q
    .select({ id: remoteConnections.id })
    .from(remoteConnections)
    .where(and(eq(remoteConnections.userId, userId), eq(remoteConnections.integrationId, integrationId), eq(remoteConnections.status, "active")));
  return connection?.id ?? null;
}

/**
 * After `userId` authorised `integrationId` (the `integration.authorised` event): their sources of
 * it that wait for reauthentication get the active connection and are due now. A paused source
 * stays paused; resuming it attaches the connection (lib/sync/sources.ts).
 */
export async function reconnectWaitingSources({ userId, integrationId }: { userId: string; integrationId: string }): Promise<{ reconnected: number }> {
  const connectionId = await activeConnectionOf(db, userId, integrationId);
  if (!connectionId) return { reconnected: 0 };
  const reconnected = await db
    .update(syncSources)
    .set({ connectionId, status: "active", statusError: null, nextRunAt: new Date() })
    .where(
      and(
        eq(syncSources.ownerId, userId),
        eq(syncSources.integrationId, integrationId),
        ne(syncSources.status, "paused"),
        or(eq(syncSources.status, "reauth_required"), isNull(syncSources.connectionId)),
      ),
    )
    .returning({ id: syncSources.id });
  return { reconnected: reconnected.length };
}
