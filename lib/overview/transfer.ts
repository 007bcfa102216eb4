import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { integrations, memberships, syncSources, users } from "@/lib/db/schema";
import { invalid } from "@/lib/errors";
import { activeConnectionOf } from "@/lib/sync/reconnect";
import { transferableSource } from "./sync-overview";

/**
 * Hands a sync source to another member of its division (its owner left, say). The sync never
 * borrows the old owner's access: it waits as "reauthentication required" until the new owner has
 * authorised the integration with their own account, and resumes by itself then (at once when they
 * already have).
 */
export async function transferSyncSource(actor: Actor, input: { syncSourceId: string; newOwnerId: string }): Promise<void> {
  const source = await transferableSource(actor, input.syncSourceId);
  const [newOwner] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.divisionId, source.divisionId), eq(memberships.userId, input.newOwnerId), isNull(users.disabledAt)));
  if (!newOwner) throw invalid("The new owner must be an active member of the sync's division.");
  const [integration] = await db.select({ name: integrations.name }).from(integrations).where(eq(integrations.id, source.integrationId));
  const who = newOwner.name ?? newOwner.email;
  const waiting = {
    code: "REAUTH_REQUIRED",
    title: "Waiting for the new owner to authorise",
    message: `${who} now owns this sync. It runs as them once they authorise ${integration?.name ?? "the integration"} with their own account.`,
    resolution: `${who} opens Settings → Integrations and authorises ${integration?.name ?? "the integration"}; the sync then resumes by itself.`,
  };
  await db.transaction(async (tx) => {
    // A new owner who has authorised already takes over at once; otherwise their authorisation
    // resumes it (the integration.authorised event, lib/sync/jobs.ts).
    const connectionId = await activeConnectionOf(tx, newOwner.id, source.integrationId);
    const state =
      source.status === "paused"
        ? { status: "paused" as const, statusError: connectionId ? null : waiting }
        : connectionId
          ? { status: "active" as const, statusError: null, nextRunAt: new Date() }
          : { status: "reauth_required" as const, statusError: waiting };
    await tx
      .update(syncSources)
      .set({ ownerId: newOwner.id, connectionId, ...state })
      .where(eq(syncSources.id, source.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: source.divisionId,
      action: "sync.transferred",
      targetType: "folder",
      targetId: source.folderId,
      summary: `Handed the sync from ${source.workspaceName}${source.remoteRootPath} to ${who}`,
    });
  });
}
