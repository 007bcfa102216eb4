import "server-only";
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { folders, memberships, notifications, syncAlerts, syncSources, users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { sendEmail } from "./email";

/** Failed runs in a row after which the sync's people are told (one failure is often a blip). */
export const FAILED_RUNS_BEFORE_ALERT = 3;

type Problem = "needs_reauth" | "failing";

const MESSAGES = {
  needs_reauth: {
    kind: "sync_needs_reauth",
    title: (folder: string) => `“${folder}” needs its owner to authorise again`,
    body: (folder: string, owner: string) =>
      `The sync of “${folder}” is waiting: the remote no longer accepts ${owner}'s authorisation. ${owner} authorises the integration again in Settings → Integrations; the sync then resumes by itself.`,
  },
  failing: {
    kind: "sync_failing",
    title: (folder: string) => `The sync of “${folder}” keeps failing`,
    body: (folder: string) =>
      `The last ${FAILED_RUNS_BEFORE_ALERT} runs of the sync of “${folder}” failed. Open the folder's Sync Source history to see why and what to do.`,
  },
  recovered: {
    kind: "sync_recovered",
    title: (folder: string) => `The sync of “${folder}” is working again`,
    body: (folder: string) => `The sync of “${folder}” ran successfully again (or was authorised again); nothing more to do.`,
  },
} as const;

/**
 * One pass of the alerting job: for every sync source, works out whether it has a problem (waiting
 * for reauthentication, or its last runs all failed) and compares with the alert already open, so
 * people hear once when a problem starts and once when it ends, never once per run. The owner and
 * the division's administrators are told, in the app and by email when SMTP is configured.
 */
export async function evaluateSyncAlerts(): Promise<{ opened: number; recovered: number }> {
  const recentFailures = sql<number>`(select count(*) filter (where r.status = 'failed') from (
      select status from sync_runs r where r.sync_source_id = ${syncSources.id} and r.status in ('succeeded', 'failed')
      order by r.created_at desc limit ${FAILED_RUNS_BEFORE_ALERT}) r)`;
  const sources = await db
    .select({
      id: syncSources.id,
      divisionId: syncSources.divisionId,
      folderId: syncSources.folderId,
      folderName: folders.name,
      ownerId: syncSources.ownerId,
      status: syncSources.status,
      recentFailures,
      open: syncAlerts.kind,
    })
    .from(syncSources)
    .innerJoin(folders, eq(folders.id, syncSources.folderId))
    .leftJoin(syncAlerts, eq(syncAlerts.syncSourceId, syncSources.id));
  let opened = 0;
  let recovered = 0;
  for (const source of sources) {
    const problem: Problem | null =
      source.status === "reauth_required" ? "needs_reauth" : source.status !== "paused" && Number(source.recentFailures) >= FAILED_RUNS_BEFORE_ALERT ? "failing" : null;
    if (problem === source.open) continue;
    if (problem) {
      // Claimed in the database first, so two passes at once never announce one problem twice.
      const claimed = await db
        .insert(syncAlerts)
        .values({ syncSourceId: source.id, kind: problem })
        .onConflictDoUpdate({ target: syncAlerts.syncSourceId, set: { kind: problem, openedAt: new Date() }, setWhere: ne(syncAlerts.kind, problem) })
        .returning();
      if (claimed.length === 0) continue;
      opened += 1;
      await tell(source, problem);
    } else {
      const cleared = await db.delete(syncAlerts).where(eq(syncAlerts.syncSourceId, source.id)).returning();
      if (cleared.length === 0) continue;
      recovered += 1;
      await tell(source, "recovered");
    }
  }
  return { opened, recovered };
}

type Source = { id: string; divisionId: string; folderId: string; folderName: string; ownerId: string | null };

/** The owner (while still a member) and the division's administrators, active accounts only. */
async function recipients(source: Source) {
  return db
    .selectDistinct({ id: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.divisionId, source.divisionId),
        isNull(users.disabledAt),
        source.ownerId ? or(eq(memberships.role, "admin"), eq(memberships.userId, source.ownerId)) : eq(memberships.role, "admin"),
      ),
    );
}

async function tell(source: Source, what: Problem | "recovered") {
  const people = await recipients(source);
  if (people.length === 0) return;
  const [owner] = source.ownerId ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, source.ownerId)) : [];
  const ownerName = owner?.name ?? owner?.email ?? "its owner";
  const message = MESSAGES[what];
  const title = message.title(source.folderName);
  const body = message.body(source.folderName, ownerName);
  const href = `/files?division=${source.divisionId}&folder=${source.folderId}`;
  const created = await db
    .insert(notifications)
    .values(people.map((person) => ({ userId: person.id, divisionId: source.divisionId, syncSourceId: source.id, kind: message.kind, title, body, href })))
    .returning({ id: notifications.id, userId: notifications.userId });
  const link = `${env().FERRY_APP_URL.replace(/\/+$/, "")}${href}`;
  for (const person of people) {
    try {
      const sent = await sendEmail({ to: person.email, subject: `Ferry: ${title}`, text: `${body}\n\nOpen the folder: ${link}\n` });
      const notification = created.find((row) => row.userId === person.id);
      if (sent && notification) await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, notification.id));
    } catch (error) {
      // The in-app notification stands; a mail server being down must not stop the other alerts.
      console.error(`Could not email a sync alert: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

