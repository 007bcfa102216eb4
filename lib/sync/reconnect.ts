import "server-only";
import { and, eq, isNull, ne, or } from "drizzle-orm";
import { db } from "@/lib/db";
import { remoteConnections, syncSources } from "@/lib/db/schema";

/**
 * Sources waiting for reauthentication resume by themselves once their owner has authorised the
 * integration again: the (possibly new) active connection is attached and the source is due now.
 * With an id, only that source is checked; without, all of them (each cron tick).
 */
export async function reconnectIfAuthorised(syncSourceId?: string): Promise<number> {
  const waiting = await db
    .select({ id: syncSources.id, connectionId: remoteConnections.id })
    .from(syncSources)
    .innerJoin(
      remoteConnections,
      and(eq(remoteConnections.integrationId, syncSources.integrationId), eq(remoteConnections.userId, syncSources.ownerId), eq(remoteConnections.status, "active")),
    )
    .where(
      and(
        syncSourceId ? eq(syncSources.id, syncSourceId) : undefined,
        // A paused source stays paused; resuming it reconnects it.
        ne(syncSources.status, "paused"),
        or(eq(syncSources.status, "reauth_required"), isNull(syncSources.connectionId)),
      ),
    );
  for (const source of waiting) {
    await db
      .update(syncSources)
      .set({ connectionId: source.connectionId, status: "active", statusError: null, nextRunAt: new Date() })
      .where(and(eq(syncSources.id, source.id), ne(syncSources.status, "paused")));
  }
  return waiting.length;
}
