import "server-only";
import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { integrations, syncSources } from "@/lib/db/schema";

export type SyncRunEvent = { syncSourceId: string; host: string; trigger: "schedule" | "manual" };

/**
 * One scheduler tick: claims every due source by moving its next run one interval ahead (so overlapping ticks never claim it twice) and
 * returns one run request per claimed source. A source in "error" stays on its schedule, so a
 * remote condition that clears (an exchange back from hold) heals without anyone acting.
 */
export async function claimDueSources(): Promise<SyncRunEvent[]> {
  const now = new Date();
  const claimed = await db
    .update(syncSources)
    .set({ nextRunAt: sql`${now.toISOString()}::timestamptz + make_interval(mins => ${syncSources.intervalMinutes})` })
    .where(
      and(
        inArray(syncSources.status, ["active", "error"]),
        isNotNull(syncSources.connectionId),
        or(isNull(syncSources.nextRunAt), lte(syncSources.nextRunAt, now)),
      ),
    )
    .returning({ id: syncSources.id, integrationId: syncSources.integrationId });
  if (claimed.length === 0) return [];
  const hosts = new Map(
    (await db.select({ id: integrations.id, host: integrations.host }).from(integrations).where(inArray(integrations.id, [...new Set(claimed.map((s) => s.integrationId))]))).map(
      (row) => [row.id, row.host],
    ),
  );
  return claimed.map((source) => ({ syncSourceId: source.id, host: hosts.get(source.integrationId) ?? "", trigger: "schedule" }));
}

/** The run request for "Sync now". */
export async function runRequestFor(syncSourceId: string): Promise<SyncRunEvent> {
  const [row] = await db
    .select({ host: integrations.host })
    .from(syncSources)
    .innerJoin(integrations, eq(integrations.id, syncSources.integrationId))
    .where(eq(syncSources.id, syncSourceId));
  return { syncSourceId, host: row?.host ?? "", trigger: "manual" };
}
