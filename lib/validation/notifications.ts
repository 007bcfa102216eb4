import { z } from "./zod";

export const markNotificationReadSchema = z.object({ notificationId: z.uuid("That reference is not valid."), read: z.boolean() });
