import { z } from "zod";

/**
 * Every event Ferry's jobs are triggered by, with the schema of its payload. A leaf module (zod
 * only), so any area can emit a fact without importing the job modules that react to it (they
 * import their handlers, which import that area back); the job definitions take their payload
 * schema from here (`defineJob` with an event trigger), so a sender and its handlers always
 * agree on the payload.
 */
export const jobEvents = {
  /** One run of one sync source: by the scheduler, "Sync now" or a configuration change. */
  "sync/run.requested": z.object({
    syncSourceId: z.uuid(),
    host: z.string(),
    trigger: z.enum(["schedule", "manual"]).default("schedule"),
  }),
  /** One push of a report run to its iSheet. */
  "reports/run.requested": z.object({ runId: z.uuid(), reportTargetId: z.uuid(), host: z.string() }),
  /** New document versions were committed (an upload or a sync). */
  "document-versions.added": z.object({ documentVersionIds: z.array(z.uuid()).min(1) }),
  /** The extraction of one document version waiting for it. */
  "insights/extract.requested": z.object({ documentVersionId: z.uuid() }),
  /** Someone authorised an integration with their remote account (a first time or again). */
  "integration.authorised": z.object({ integrationId: z.uuid(), userId: z.uuid() }),
} satisfies Record<string, z.ZodType>;

export type JobEventName = keyof typeof jobEvents;
export type JobEventSchema<N extends JobEventName> = (typeof jobEvents)[N];
/** What a sender passes (defaults not yet applied). */
export type JobEventPayload<N extends JobEventName> = z.input<JobEventSchema<N>>;
export type JobEvent<N extends JobEventName = JobEventName> = { [K in N]: { name: K; data: JobEventPayload<K> } }[N];
