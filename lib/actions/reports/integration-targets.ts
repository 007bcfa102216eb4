"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import {
  browseSheets,
  browseSites,
  createIntegrationTarget,
  deleteIntegrationTarget,
  testIntegrationTarget,
  updateIntegrationTarget,
} from "@/lib/reports/integration-targets";
import { browseSheetsSchema, browseSitesSchema, integrationTargetSchema, targetRefSchema, updateIntegrationTargetSchema } from "@/lib/validation/reports";

const page = (divisionId: string) => `/settings/divisions/${divisionId}/targets`;

export const browseSitesAction = authedAction(browseSitesSchema, (actor, input) => browseSites(actor, input));

export const browseSheetsAction = authedAction(browseSheetsSchema, (actor, input) => browseSheets(actor, input));

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
