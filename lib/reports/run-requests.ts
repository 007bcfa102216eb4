import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { integrations, integrationTargets, reportRuns, reportTargets } from "@/lib/db/schema";
import { emitMany } from "@/lib/jobs/emit";

type ReportRunEvent = { runId: string; reportTargetId: string; host: string };

async function runEvents(runIds: string[]): Promise<ReportRunEvent[]> {
  if (runIds.length === 0) return [];
  const rows = await db
    .select({ runId: reportRuns.id, reportTargetId: reportRuns.reportTargetId, host: integrations.host })
    .from(reportRuns)
    .innerJoin(reportTargets, eq(reportTargets.id, reportRuns.reportTargetId))
    .innerJoin(integrationTargets, eq(integrationTargets.id, reportTargets.integrationTargetId))
    .innerJoin(integrations, eq(integrations.id, integrationTargets.integrationId))
    .where(inArray(reportRuns.id, runIds));
  return rows;
}

/** Hands runs to the job layer (Inngest or the local runner). */
export async function dispatchReportRuns(runIds: string[]): Promise<void> {
  const events = await runEvents(runIds);
  await emitMany(events.map((data) => ({ name: "reports/run.requested", data })));
}
