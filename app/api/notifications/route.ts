import { readRoute } from "@/lib/http/read-route";
import { listMyNotifications } from "@/lib/notifications/inbox";
import { noInput } from "@/lib/validation/fields";

/** The caller's own notifications (the bell reloads them when opened). */
export const GET = readRoute(noInput, (actor) => listMyNotifications(actor));
