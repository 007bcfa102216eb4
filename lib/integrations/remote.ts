import "server-only";
import { createConnector, type Connector, type TokenGrant, type TokenSet, type TokenSource } from "@/lib/connectors";
import { highqTokenRequest } from "@/lib/connectors/highq";
import { intralinksTokenRequest } from "@/lib/connectors/intralinks";
import { decryptSecret } from "@/lib/crypto";
import type { Integration } from "@/lib/db/schema";
import { allowedHosts as allowedHostsFromEnv } from "@/lib/env";
import { baseUrlFor } from "./hosts";

/** The one place that turns an integration row into remote calls. */
export function remoteFor(integration: Pick<Integration, "provider" | "host" | "clientId" | "clientSecretEncrypted" | "authVersion">) {
  const allowedHosts = allowedHostsFromEnv();
  const baseUrl = baseUrlFor(integration.provider, integration.host, allowedHosts);
  return {
    baseUrl,
    allowedHosts,
    tokenRequest(grant: TokenGrant): Promise<TokenSet> {
      const common = { clientId: integration.clientId, clientSecret: decryptSecret(integration.clientSecretEncrypted), grant, allowedHosts, baseUrl };
      return integration.provider === "highq"
        ? highqTokenRequest(common)
        : intralinksTokenRequest({ ...common, authVersion: integration.authVersion ?? "v3" });
    },
    connector(tokens: TokenSource, remoteEmail?: string): Connector {
      return createConnector(integration.provider, { baseUrl, allowedHosts, tokens, remoteEmail });
    },
  };
}
