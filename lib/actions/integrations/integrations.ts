"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/safe-action";
import type { ProblemDescription } from "@/lib/integrations/flow-errors";
import { disconnect, getMyConnection } from "@/lib/integrations/connections";
import { createIntegration, deleteIntegration, updateIntegration } from "@/lib/integrations/integrations";
import { startAuthorisation } from "@/lib/integrations/oauth-flow";
import { testConnection } from "@/lib/integrations/test-connection";
import { authoriseSchema, integrationIdSchema, integrationSchema, updateIntegrationSchema } from "@/lib/validation/integrations";

export const createIntegrationAction = authedAction(integrationSchema, async (actor, input) => {
  const integrationId = await createIntegration(actor, input);
  revalidatePath("/settings/integrations");
  return { integrationId, host: input.host };
});

export const updateIntegrationAction = authedAction(updateIntegrationSchema, async (actor, input) => {
  await updateIntegration(actor, input);
  revalidatePath("/settings/integrations");
  return { host: input.host };
});

export const deleteIntegrationAction = authedAction(integrationIdSchema, async (actor, input) => {
  await deleteIntegration(actor, input.integrationId);
  revalidatePath("/settings/integrations");
});

/** Starts the OAuth flow (lib/integrations/oauth-flow.ts): off to the remote's sign-in page, or a problem to show in place. */
export const authoriseIntegrationAction = authedAction(authoriseSchema, async (actor, input): Promise<{ problem: ProblemDescription | null }> => {
  const start = await startAuthorisation(actor, input);
  if (start.problem) {
    revalidatePath("/settings/integrations");
    return { problem: start.problem };
  }
  redirect(start.redirectTo);
});

export const disconnectIntegrationAction = authedAction(integrationIdSchema, async (actor, input) => {
  await disconnect(actor, input.integrationId);
  revalidatePath("/settings/integrations");
});

export const testConnectionAction = authedAction(integrationIdSchema, async (actor, input) => {
  const connection = await getMyConnection(actor, input.integrationId);
  return testConnection(actor, input.integrationId, connection?.id ?? null);
});
