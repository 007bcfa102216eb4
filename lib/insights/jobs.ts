import "server-only";
import { StepBudget } from "@/lib/jobs/budget";
import { defineJob } from "@/lib/jobs/definition";
import { extractInsights } from "./store/extract-version";
import { dispatchExtraction, extractAwaitingInsights, markForExtraction } from "./store/queue";

/** Extraction is CPU-bound: a couple at a time keeps the web app and sync responsive. */
const EXTRACTIONS_AT_ONCE = 2;

/**
 * New versions (an upload or a sync, once committed) are marked waiting, the record the sweep
 * relies on, and their extraction is requested one version at a time.
 */
export const insightsVersionsAddedJob = defineJob({
  id: "insights-versions-added",
  name: "Insights: queue new document versions",
  trigger: { event: "document-versions.added" },
  handler: async (payload, io) => {
    await io.step("mark", () => markForExtraction(payload.documentVersionIds));
    await io.step("request", () => dispatchExtraction(payload.documentVersionIds));
  },
});

export const insightsExtractJob = defineJob({
  id: "insights-extract",
  name: "Insights: extract a document version",
  trigger: { event: "insights/extract.requested" },
  concurrency: [{ limit: EXTRACTIONS_AT_ONCE }],
  handler: (payload) => extractInsights(payload.documentVersionId, { budget: new StepBudget() }),
});

/** Safety net: versions whose event was lost (or that predate extraction) are extracted within minutes. */
export const insightsSweepJob = defineJob({
  id: "insights-sweep",
  name: "Insights: extract versions still waiting",
  trigger: { cron: "*/5 * * * *" },
  retries: 1,
  concurrency: [{ limit: 1 }],
  handler: () => extractAwaitingInsights({ limit: 50, budget: new StepBudget() }),
});
