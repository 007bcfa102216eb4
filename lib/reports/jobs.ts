import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db";
import { integrations, integrationTargets, reportRuns, reportTargets } from "@/lib/db/schema";
import { StepBudget } from "@/lib/jobs/budget";
import { defineJob } from "@/lib/jobs/definition";
import { emitMany } from "@/lib/jobs/emit";
import { runReport, stalledReportRuns, startDueReportRuns } from "./run-report";

/** Report pushes at once against one HighQ host (the sync runs have their own cap). */
export const REPORT_RUNS_PER_HOST = 4;

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

/** One run of one report target: never two at once per target, a few at once per HighQ host. */
export const reportRunJob = defineJob({
  id: "report-run",
  name: "Reports: push a report to its iSheet",
  trigger: { event: "reports/run.requested" },
  concurrency: [
    { limit: 1, key: "reportTargetId" },
    { limit: REPORT_RUNS_PER_HOST, key: "host" },
  ],
  // runReport resumes from its own records; each step is one slice within the step budget, and the
  // next slice continues from the run's cursor.
  handler: async (payload, io) => {
    for (let slice = 0; ; slice++) {
      const result = await io.step(`push-${slice}`, () => runReport(payload.runId, { budget: new StepBudget() }));
      if (!result.continues) return result;
    }
  },
});

/** Every minute: scheduled targets that are due get a run; runs nobody is working on are resumed. */
export const reportTickJob = defineJob({
  id: "report-tick",
  name: "Reports: start scheduled and resume stalled runs",
  trigger: { cron: "* * * * *" },
  retries: 1,
  handler: async (_payload, io) => {
    const due = await io.step("start-due", () => startDueReportRuns());
    const stalled = await io.step("find-stalled", () => stalledReportRuns());
    const runIds = [...new Set([...due, ...stalled])];
    await io.step("dispatch", () => dispatchReportRuns(runIds));
    return { started: due.length, resumed: stalled.length };
  },
});
