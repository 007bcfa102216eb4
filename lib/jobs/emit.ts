import "server-only";
import { db } from "@/lib/db";
import { jobEventQueue } from "@/lib/db/schema";
import { jobBackend } from "@/lib/env";
import { jobEvents, type JobEvent, type JobEventName, type JobEventPayload } from "./events";
import { inngest } from "./inngest-client";

/**
 * Sends facts to whichever backend runs jobs, never knowing which jobs react: Inngest, or the
 * embedded queue, where the event is stored as a row and the local runner (which holds the job
 * registry) hands it to every definition it triggers, as Inngest fans an event out to every
 * function. Payloads are checked against the catalogue here, so a bad one fails its sender.
 */
export async function emitMany(events: JobEvent[]): Promise<void> {
  if (events.length === 0) return;
  const checked = events.map((event) => ({ name: event.name, data: jobEvents[event.name].parse(event.data) as Record<string, unknown> }));
  if (jobBackend() === "inngest") {
    await inngest.send(checked);
    return;
  }
  await db.insert(jobEventQueue).values(checked.map((event) => ({ name: event.name, payload: event.data })));
}

export async function emit<N extends JobEventName>(name: N, data: JobEventPayload<N>): Promise<void> {
  await emitMany([{ name, data } as JobEvent]);
}
