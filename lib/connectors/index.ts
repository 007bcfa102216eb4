import type { RemoteProvider } from "./errors";
import { HighqConnector } from "./highq/connector";
import { IntralinksConnector } from "./intralinks/connector";
import type { Connector, ConnectorOptions } from "./types";

export * from "./errors";
export * from "./types";
export { assertHostAllowed } from "./http";
export { authorizationCallbackError, checkAuthorizationUrl, PROBE_CODE, preflightAuthorizationUrl, type TokenGrant, type TokenSet } from "./oauth";

export function createConnector(provider: RemoteProvider, options: ConnectorOptions): Connector {
  return provider === "highq" ? new HighqConnector(options) : new IntralinksConnector(options);
}
