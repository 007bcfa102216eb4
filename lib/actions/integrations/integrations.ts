"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth";
import { RemoteError } from "@/lib/connectors";
import { recordAuthorisationProblem } from "@/lib/integrations/authorisation-problems";
import { describeProblem, problemCodeFor, type ProblemDescription } from "@/lib/integrations/flow-errors";
import { disconnect, getMyConnection } from "@/lib/integrations/connections";
import { createIntegration, deleteIntegration, getIntegrationOrThrow, updateIntegration } from "@/lib/integrations/integrations";
import { FLOW_COOKIE, FLOW_MAX_AGE_S, preflightAuthorization, providerIdFor, redirectUrl, safeReturnPath, signFlow } from "@/lib/integrations/oauth-flow";
import { testConnection } from "@/lib/integrations/test-connection";
import { integrationIdSchema, integrationSchema, updateIntegrationSchema } from "@/lib/validation/integrations";

const authoriseSchema = z.object({ integrationId: z.uuid(), returnTo: z.string().max(500).optional() });

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

/**
 * Starts the OAuth flow: checks the remote will accept it, remembers the integration in a signed
 * cookie for `/auth/callback`, then lets Auth.js redirect to the remote sign-in page. A refusal
 * caught beforehand is kept for the integration card and returned as a problem to show in place.
 */
export const authoriseIntegrationAction = authedAction(authoriseSchema, async (actor, input): Promise<{ problem: ProblemDescription | null }> => {
  const integration = await getIntegrationOrThrow(input.integrationId);
  try {
    await preflightAuthorization(integration);
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    const code = problemCodeFor(error, integration.provider);
    await recordAuthorisationProblem(actor, integration.id, code);
    revalidatePath("/settings/integrations");
    return { problem: describeProblem(code, integration.provider, redirectUrl()) };
  }
  const returnTo = safeReturnPath(input.returnTo);
  (await cookies()).set(FLOW_COOKIE, signFlow(integration.id, returnTo), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && !process.env.FERRY_APP_URL?.startsWith("http://"),
    maxAge: FLOW_MAX_AGE_S,
    path: "/",
  });
  await signIn(providerIdFor(integration.id), { redirectTo: returnTo });
  return { problem: null };
});

export const disconnectIntegrationAction = authedAction(integrationIdSchema, async (actor, input) => {
  await disconnect(actor, input.integrationId);
  revalidatePath("/settings/integrations");
});

export const testConnectionAction = authedAction(integrationIdSchema, async (actor, input) => {
  const connection = await getMyConnection(actor, input.integrationId);
  return testConnection(actor, input.integrationId, connection?.id ?? null);
});
