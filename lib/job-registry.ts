import "server-only";
import { insightsExtractJob, insightsSweepJob, insightsVersionsAddedJob } from "@/lib/insights/jobs";
import { syncAlertsJob } from "@/lib/notifications/jobs";
import { reportRunJob, reportTickJob } from "@/lib/reports/jobs";
import { syncReconnectJob, syncRunJob, syncTickJob } from "@/lib/sync/jobs";
import type { JobDefinition } from "@/lib/jobs/definition";

/**
 * Every background job Ferry runs. Inngest serves one function per entry (`inngest/functions.ts`)
 * and the local runner (`scripts/local-runner.ts`) runs the same entries; add a definition here and
 * both pick it up. Only these two entry points import it: senders emit events (lib/jobs/emit.ts)
 * without knowing which definitions they trigger. It sits beside lib/jobs, not in it, because it
 * imports every area and every area imports lib/jobs.
 */
export const jobDefinitions: JobDefinition[] = [
  syncTickJob,
  syncRunJob,
  syncReconnectJob,
  insightsVersionsAddedJob,
  insightsExtractJob,
  insightsSweepJob,
  reportTickJob,
  reportRunJob,
  syncAlertsJob,
];
