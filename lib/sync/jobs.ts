import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/definition";
import { sendJobEvents } from "@/lib/jobs/send";
import { runSync } from "./run";
import { claimDueSources, SYNC_RUN_EVENT } from "./schedule";

/** Runs at once against one remote host, whatever the number of sources using it. */
export const RUNS_PER_HOST = 4;

/** Every minute: resume re-authorised sources and request a run of each due one. */
export const syncTickJob = defineJob({
  id: "sync-tick",
  name: "Sync: schedule due sources",
  trigger: { cron: "* * * * *" },
  schema: z.object({}),
  retries: 1,
  handler: async (_payload, io) => {
    const events = await io.step("claim-due", () => claimDueSources());
    await io.step("fan-out", () => sendJobEvents(events.map((data) => ({ name: SYNC_RUN_EVENT, data }))));
    return { requested: events.length };
  },
});

/** One run of one sync source; never two at once for a source, a few at once per remote host. */
export const syncRunJob = defineJob({
  id: "sync-run",
  name: "Sync: run a sync source",
  trigger: { event: SYNC_RUN_EVENT },
  schema: z.object({
    syncSourceId: z.string().uuid(),
    host: z.string(),
    trigger: z.enum(["schedule", "manual"]).default("schedule"),
  }),
  concurrency: [
    { limit: 1, key: "syncSourceId" },
    { limit: RUNS_PER_HOST, key: "host" },
  ],
  handler: (payload, io) => runSync(payload.syncSourceId, io, payload.trigger),
});
