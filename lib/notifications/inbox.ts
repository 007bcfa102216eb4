import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notifications } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** The caller's latest notifications and how many are unread. Each person sees only their own. */
export async function listMyNotifications(actor: Actor, limit = 20) {
  const [items, [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt, divisionId: notifications.divisionId })
      .from(notifications)
      .where(eq(notifications.userId, actor.id))
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt))),
  ]);
  // A notification about a division the person has since left is not theirs to read any more.
  return { items: items.filter((item) => item.divisionId in actor.divisions).map(({ divisionId: _division, ...item }) => item), unread: unread.n };
}

export async function markNotificationRead(actor: Actor, notificationId: string, read: boolean): Promise<void> {
  const updated = await db
    .update(notifications)
    .set({ readAt: read ? new Date() : null })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.id)))
    .returning({ id: notifications.id });
  if (updated.length === 0) throw notFound("That notification");
}

export async function markAllNotificationsRead(actor: Actor): Promise<void> {
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
}
