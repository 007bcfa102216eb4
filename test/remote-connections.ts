import type { Actor } from "@/lib/auth/actor";
import { highqAuthorizationUrl } from "@/lib/connectors/highq";
import { intralinksAuthorizationUrl } from "@/lib/connectors/intralinks";
import { signInOnAuthorizePage } from "./emulator-sign-in";
import { saveAuthorisation } from "@/lib/integrations/connections";
import { createIntegration, getIntegrationOrThrow } from "@/lib/integrations/integrations";
import { remoteFor } from "@/lib/integrations/remote";
import { demo, startEmulators, type HighQEmulator, type IntralinksEmulator } from "@/emulators";
import { makeUser, unique } from "./factories";

export const TEST_CALLBACK = "http://127.0.0.1:3999/auth/callback";
export const PERSON_PASSWORD = demo.users[0].password;

/** What tests and benchmarks use of running emulators (in this process or another): URLs and control clients. */
export type TestEmulators = {
  highq: Pick<HighQEmulator, "url" | "control">;
  intralinks: Pick<IntralinksEmulator, "url" | "control">;
  close(): Promise<void>;
};

/**
 * Emulators on free ports, allowed past the outbound host guard for this test process, with
 * Ferry's test callback (or the given ones) registered for the demo OAuth apps.
 */
export async function startTestEmulators(redirectUris = [TEST_CALLBACK]) {
  const emulators = await startEmulators({ highqPort: 0, intralinksPort: 0, redirectUris, quiet: true });
  allowEmulatorHosts(emulators);
  return emulators;
}

/** Lets this process's outbound host guard reach the emulators. */
export function allowEmulatorHosts(emulators: TestEmulators) {
  const hosts = [new URL(emulators.highq.url).host, new URL(emulators.intralinks.url).host];
  process.env.FERRY_ALLOWED_HOSTS = [...new Set([...(process.env.FERRY_ALLOWED_HOSTS ?? "").split(",").filter(Boolean), ...hosts])].join(",");
}

/** Creates an integration for the provider's demo app on the running emulator. */
export async function makeIntegration(emulators: TestEmulators, provider: "highq" | "intralinks", admin?: Actor) {
  const creator = admin ?? (await makeUser({ isConnectorAdmin: true }));
  const input =
    provider === "highq"
      ? {
          provider,
          name: unique("HighQ"),
          type: "sync" as const,
          host: `${new URL(emulators.highq.url).host}/${demo.highq.instance}`,
          clientId: demo.highq.clientId,
          clientSecret: demo.highq.clientSecret,
        }
      : {
          provider,
          name: unique("Intralinks"),
          type: "sync" as const,
          host: emulators.intralinks.url,
          clientId: demo.intralinks.v3.apiKey,
          clientSecret: demo.intralinks.v3.apiSecret,
          authVersion: "v3" as const,
        };
  return createIntegration(creator, input);
}

/**
 * Authorises `actor` with the emulator person `email` the way the browser flow ends: sign-in and
 * consent on the emulator's pages, the code exchanged, the tokens stored encrypted.
 */
export async function authorise(actor: Actor, integrationId: string, email: string) {
  const integration = await getIntegrationOrThrow(integrationId);
  const remote = remoteFor(integration);
  const authorizeUrl =
    integration.provider === "highq"
      ? highqAuthorizationUrl({ baseUrl: remote.baseUrl, clientId: integration.clientId, redirectUri: TEST_CALLBACK, state: "test" })
      : intralinksAuthorizationUrl({ baseUrl: remote.baseUrl, authVersion: integration.authVersion ?? "v3", clientId: integration.clientId, redirectUri: TEST_CALLBACK, state: "test" });
  const redirect = await signInOnAuthorizePage(authorizeUrl, { email, password: PERSON_PASSWORD });
  const code = redirect.searchParams.get("code");
  if (!code) throw new Error(`The emulator did not return a code: ${redirect}`);
  const tokens = await remote.tokenRequest({ type: "authorization_code", code, redirectUri: TEST_CALLBACK });
  const user = await remote.connector({ getAccessToken: async () => tokens.accessToken }, tokens.remoteEmail).currentUser();
  return saveAuthorisation({ integrationId, userId: actor.id, account: user, tokens });
}
