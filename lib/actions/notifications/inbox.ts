"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";

/** The caller's own notifications (the shell polls this for new ones). */
export const myNotificationsAction = authedAction(z.object({}), (actor) => listMyNotifications(actor));

export const markNotificationReadAction = authedAction(z.object({ notificationId: z.uuid(), read: z.boolean() }), async (actor, input) => {
  await markNotificationRead(actor, input.notificationId, input.read);
  revalidatePath("/", "layout");
});

export const markAllNotificationsReadAction = authedAction(z.object({}), async (actor) => {
  await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
});
