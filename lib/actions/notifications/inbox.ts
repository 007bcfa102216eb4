"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";
import { noInput } from "@/lib/validation/fields";
import { markNotificationReadSchema } from "@/lib/validation/notifications";

export const markNotificationReadAction = authedAction(markNotificationReadSchema, async (actor, input) => {
  await markNotificationRead(actor, input.notificationId, input.read);
  revalidatePath("/", "layout");
});

export const markAllNotificationsReadAction = authedAction(noInput, async (actor) => {
  await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
});
