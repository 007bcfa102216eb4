import "server-only";
import { HOST_RUNS_RULE } from "@/lib/connectors/host-slots";
import { StepBudget } from "@/lib/jobs/budget";
import { defineJob } from "@/lib/jobs/definition";
import { runReport, stalledReportRuns, startDueReportRuns } from "./run-report";
import { dispatchReportRuns } from "./run-requests";

/** One run of one report target: never two at once per target, a few at once per HighQ host (with sync runs). */
export const reportRunJob = defineJob({
  id: "report-run",
  name: "Reports: push a report to its iSheet",
  trigger: { event: "reports/run.requested" },
  concurrency: [
    { limit: 1, key: "reportTargetId" },
    HOST_RUNS_RULE,
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
