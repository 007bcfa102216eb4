import { z } from "./zod";
import { nameSchema, refuseUnsafeCharacters } from "./names";
import { normalizeHighqHost, normalizeIntralinksHost } from "@/lib/integrations/hosts";

const name = nameSchema({ max: 80, required: "Enter a name for the integration." });
const clientId = (label: string) => refuseUnsafeCharacters(z.string().trim().min(1, `Enter the ${label}.`).max(200, `The ${label} is too long.`), `The ${label}`);
/** Empty on edit means "keep the stored secret". */
const secret = (label: string) => z.string().trim().max(500, `The ${label} is too long.`);

const highqHost = z.string().transform((value, context) => {
  const result = normalizeHighqHost(value);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  return result.host;
});

const intralinksHost = z.string().transform((value, context) => {
  const result = normalizeIntralinksHost(value);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  return result.host;
});

export const highqIntegrationSchema = z.object({
  provider: z.literal("highq"),
  name,
  type: z.literal("sync").default("sync"),
  host: highqHost,
  clientId: clientId("Client ID"),
  clientSecret: secret("Client Secret"),
});

export const intralinksIntegrationSchema = z.object({
  provider: z.literal("intralinks"),
  name,
  type: z.literal("sync").default("sync"),
  host: intralinksHost,
  clientId: clientId("API Key"),
  clientSecret: secret("API Secret"),
  authVersion: z.enum(["v2", "v3"]).default("v3"),
});

export const integrationSchema = z.discriminatedUnion("provider", [highqIntegrationSchema, intralinksIntegrationSchema]);
export const updateIntegrationSchema = z.intersection(integrationSchema, z.object({ integrationId: z.uuid() }));
export const integrationIdSchema = z.object({ integrationId: z.uuid() });

/** Starting an authorisation; `returnTo` is narrowed to a path on this origin by the flow. */
export const authoriseSchema = z.object({ integrationId: z.uuid(), returnTo: z.string().max(500).optional() });

export type IntegrationInput = z.infer<typeof integrationSchema>;
