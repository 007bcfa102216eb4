import "server-only";
import { z } from "zod";
import { StepBudget } from "@/lib/jobs/budget";
import { defineJob } from "@/lib/jobs/definition";
import { extractInsights } from "./store/extract-version";
import { extractAwaitingInsights, markForExtraction } from "./store/queue";

/** Sent once per new document version (upload or sync), after its rows are committed. */
export const INSIGHTS_EXTRACT_EVENT = "insights/version.added";

/** Extraction is CPU-bound: a couple at a time keeps the web app and sync responsive. */
const EXTRACTIONS_AT_ONCE = 2;

/**
 * Call after committing new document versions: marks them waiting (the record the sweep relies on)
 * and asks for their extraction now.
 */
export async function requestExtraction(documentVersionIds: string[]): Promise<void> {
  await markForExtraction(documentVersionIds);
  await dispatchExtraction(documentVersionIds);
}

/** Asks the job layer to extract versions already marked waiting (e.g. by a re-run). */
export async function dispatchExtraction(documentVersionIds: string[]): Promise<void> {
  if (documentVersionIds.length === 0) return;
  // Loaded on use: lib/jobs/send reads the registry, which imports this module.
  const { sendJobEvents } = await import("@/lib/jobs/send");
  await sendJobEvents(documentVersionIds.map((documentVersionId) => ({ name: INSIGHTS_EXTRACT_EVENT, data: { documentVersionId } })));
}

export const insightsExtractJob = defineJob({
  id: "insights-extract",
  name: "Insights: extract a document version",
  trigger: { event: INSIGHTS_EXTRACT_EVENT },
  schema: z.object({ documentVersionId: z.uuid() }),
  concurrency: [{ limit: EXTRACTIONS_AT_ONCE }],
  handler: (payload) => extractInsights(payload.documentVersionId, { budget: new StepBudget() }),
});

/** Safety net: versions whose event was lost (or that predate extraction) are extracted within minutes. */
export const insightsSweepJob = defineJob({
  id: "insights-sweep",
  name: "Insights: extract versions still waiting",
  trigger: { cron: "*/5 * * * *" },
  schema: z.object({}),
  retries: 1,
  concurrency: [{ limit: 1 }],
  handler: () => extractAwaitingInsights({ limit: 50, budget: new StepBudget() }),
});
