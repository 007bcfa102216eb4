import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notifications } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/**
 * The caller's latest notifications and how many are unread. Each person sees only their own, and
 * only about divisions they still belong to (a division one has left is not one's to read about).
 */
export async function listMyNotifications(actor: Actor, limit = 20) {
  const divisionIds = Object.keys(actor.divisions);
  if (divisionIds.length === 0) return { items: [], unread: 0 };
  const mine = and(eq(notifications.userId, actor.id), inArray(notifications.divisionId, divisionIds));
  const [items, [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, unread: unread.n };
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
