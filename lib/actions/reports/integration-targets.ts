"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { createIntegrationTarget, deleteIntegrationTarget, testIntegrationTarget, updateIntegrationTarget } from "@/lib/reports/integration-targets";
import { integrationTargetSchema, targetRefSchema, updateIntegrationTargetSchema } from "@/lib/validation/reports";

const page = (divisionId: string) => `/settings/divisions/${divisionId}/targets`;

export const createIntegrationTargetAction = authedAction(integrationTargetSchema, async (actor, input) => {
  const id = await createIntegrationTarget(actor, input);
  revalidatePath(page(input.divisionId));
  return id;
});

export const updateIntegrationTargetAction = authedAction(updateIntegrationTargetSchema, async (actor, input) => {
  await updateIntegrationTarget(actor, input);
  revalidatePath(page(input.divisionId));
});

export const testIntegrationTargetAction = authedAction(targetRefSchema, async (actor, input) => {
  const result = await testIntegrationTarget(actor, input.targetId);
  revalidatePath("/settings/divisions", "layout");
  return result;
});

export const deleteIntegrationTargetAction = authedAction(targetRefSchema, async (actor, input) => {
  await deleteIntegrationTarget(actor, input.targetId);
  revalidatePath("/settings/divisions", "layout");
});
