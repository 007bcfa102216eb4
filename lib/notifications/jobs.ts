import "server-only";
import { defineJob } from "@/lib/jobs/definition";
import { evaluateSyncAlerts } from "./sync-alerts";

/** Every minute: opens and closes sync alerts (one per problem, and one when it is over). */
export const syncAlertsJob = defineJob({
  id: "notifications-sync-alerts",
  name: "Sync alerts",
  trigger: { cron: "* * * * *" },
  concurrency: [{ limit: 1 }],
  retries: 1,
  handler: () => evaluateSyncAlerts(),
});
