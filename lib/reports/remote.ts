import "server-only";
import { HighqIsheets } from "@/lib/connectors/highq";
import { hostSlots } from "@/lib/connectors/host-slots";
import { connectorForConnection, loadConnection, reusedTokensFor } from "@/lib/integrations/tokens";
import { remoteFor } from "@/lib/integrations/remote";
import { invalid } from "@/lib/errors";

/**
 * The iSheets client acting as the person whose authorisation a target uses, for one run or
 * request. Tokens come from `reusedTokensFor`: one locked read serves many writes, refreshed before
 * expiry, and a refusal surfaces as REAUTH_REQUIRED. For `bulk` work (a report push) every request
 * takes one of the host's slots, shared with the sync downloads from it; a person's read does not
 * queue behind them.
 */
export async function isheetsForConnection(connectionId: string, { bulk = false } = {}): Promise<HighqIsheets> {
  const { integration } = await loadConnection(connectionId);
  if (integration.provider !== "highq") throw invalid("iSheet targets need a HighQ integration.");
  const remote = remoteFor(integration);
  return new HighqIsheets({
    baseUrl: remote.baseUrl,
    allowedHosts: remote.allowedHosts,
    tokens: reusedTokensFor(connectionId),
    ...(bulk ? { requestSlots: hostSlots(integration.host) } : {}),
  });
}

/** Sites (HighQ workspaces) the connection's owner can open. */
export async function sitesForConnection(connectionId: string) {
  const connector = await connectorForConnection(connectionId);
  return (await connector.listWorkspaces()).filter((site) => site.status === "available").map((site) => ({ id: site.id, name: site.name }));
}
