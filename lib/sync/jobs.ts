import "server-only";
import { HOST_RUNS_RULE } from "@/lib/connectors/host-slots";
import { defineJob } from "@/lib/jobs/definition";
import { emitMany } from "@/lib/jobs/emit";
import { reconnectWaitingSources } from "./reconnect";
import { runSync } from "./run";
import { claimDueSources } from "./schedule";

/** Every minute: request a run of each due source. */
export const syncTickJob = defineJob({
  id: "sync-tick",
  name: "Sync: schedule due sources",
  trigger: { cron: "* * * * *" },
  retries: 1,
  handler: async (_payload, io) => {
    const events = await io.step("claim-due", () => claimDueSources());
    await io.step("fan-out", () => emitMany(events.map((data) => ({ name: "sync/run.requested", data }))));
    return { requested: events.length };
  },
});

/** One run of one sync source; never two at once for a source, a few at once per remote host (with report runs). */
export const syncRunJob = defineJob({
  id: "sync-run",
  name: "Sync: run a sync source",
  trigger: { event: "sync/run.requested" },
  concurrency: [
    { limit: 1, key: "syncSourceId" },
    HOST_RUNS_RULE,
  ],
  handler: (payload, io) => runSync(payload.syncSourceId, io, payload.trigger),
});

/** Once someone authorises an integration, their sources that waited for it resume (due now). */
export const syncReconnectJob = defineJob({
  id: "sync-reconnect",
  name: "Sync: resume sources after an authorisation",
  trigger: { event: "integration.authorised" },
  handler: (payload) => reconnectWaitingSources(payload),
});
