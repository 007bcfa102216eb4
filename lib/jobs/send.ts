import "server-only";
import { jobBackend } from "@/lib/env";
import { enqueueJob } from "./queue";

export type JobEvent = { name: string; data: Record<string, unknown> };

/**
 * Sends events to whichever backend runs jobs: Inngest, or the embedded queue (one row per job
 * definition listening for the event, as Inngest fans an event out to every function it triggers).
 */
export async function sendJobEvents(events: JobEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (jobBackend() === "inngest") {
    const { inngest } = await import("@/inngest/client");
    await inngest.send(events);
    return;
  }
  // Loaded here, not at the top: job modules import this file and the registry imports them.
  const { jobDefinitions } = await import("./registry");
  for (const event of events) {
    for (const definition of jobDefinitions) {
      if ("event" in definition.trigger && definition.trigger.event === event.name) await enqueueJob(definition, event.data);
    }
  }
}

export async function sendJobEvent(name: string, data: Record<string, unknown>): Promise<void> {
  await sendJobEvents([{ name, data }]);
}
