"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { createReportTarget, deleteReportTarget, updateReportTarget } from "@/lib/reports/report-targets";
import { requestReportRun } from "@/lib/reports/run-report";
import { reportTargetRefSchema, reportTargetSchema, updateReportTargetSchema } from "@/lib/validation/reports";

export const createReportTargetAction = authedAction(reportTargetSchema, async (actor, input) => {
  const id = await createReportTarget(actor, input);
  revalidatePath("/insights/reports");
  return id;
});

export const updateReportTargetAction = authedAction(updateReportTargetSchema, async (actor, input) => {
  await updateReportTarget(actor, input);
  revalidatePath("/insights/reports");
});

export const deleteReportTargetAction = authedAction(reportTargetRefSchema, async (actor, input) => {
  await deleteReportTarget(actor, input.reportTargetId);
  revalidatePath("/insights/reports");
});

export const runReportAction = authedAction(reportTargetRefSchema, async (actor, input) => {
  const { runId, alreadyActive } = await requestReportRun(actor, input.reportTargetId);
  revalidatePath("/insights/reports");
  return { runId, alreadyActive };
});
