import "server-only";
import { insightsExtractJob, insightsSweepJob } from "@/lib/insights/jobs";
import { syncAlertsJob } from "@/lib/notifications/jobs";
import { reportRunJob, reportTickJob } from "@/lib/reports/jobs";
import { syncRunJob, syncTickJob } from "@/lib/sync/jobs";
import type { JobDefinition } from "./definition";

/**
 * Every background job Ferry runs. Inngest serves one function per entry (`inngest/functions.ts`)
 * and the local runner (`scripts/local-runner.ts`) runs the same entries; add a definition here and
 * both pick it up.
 */
export const jobDefinitions: JobDefinition[] = [syncTickJob, syncRunJob, insightsExtractJob, insightsSweepJob, reportTickJob, reportRunJob, syncAlertsJob];
