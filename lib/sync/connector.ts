import "server-only";
import type { Connector } from "@/lib/connectors";
import { loadConnection, tokenSourceFor } from "@/lib/integrations/tokens";
import { remoteFor } from "@/lib/integrations/remote";

/** How long one step reuses an access token without asking the database again. */
export const TOKEN_REUSE_MS = 30_000;

type TokenSource = { getAccessToken(options?: { forceRefresh?: boolean }): Promise<string> };

/**
 * A token source that hands out the same access token for up to `reuseMs`, so a step's hundreds
 * of listing and download calls cost one locked token read instead of one each (each read is a
 * transaction holding the connection's row lock, which serialised concurrent downloads).
 * Concurrent callers share one read. A forced refresh (the remote rejected the token) always goes
 * to the underlying source, which refreshes under its row lock and is told which token was
 * rejected. Refreshing ahead of expiry stays the underlying source's job: its margin (minutes)
 * is far longer than the reuse window.
 */
export function reusingTokenSource(underlying: TokenSource, reuseMs = TOKEN_REUSE_MS, now: () => number = Date.now): TokenSource {
  let cached: { token: string; until: number } | undefined;
  let reading: { forced: boolean; token: Promise<string> } | undefined;
  const read = (forced: boolean) => {
    const token = underlying.getAccessToken(forced ? { forceRefresh: true } : {}).then((value) => {
      cached = { token: value, until: now() + reuseMs };
      return value;
    });
    const current = { forced, token };
    reading = current;
    const clear = () => {
      if (reading === current) reading = undefined;
    };
    token.then(clear, clear);
    return token;
  };
  return {
    getAccessToken(options = {}) {
      if (options.forceRefresh) {
        cached = undefined;
        // Lanes rejected together share one refresh.
        return reading?.forced ? reading.token : read(true);
      }
      if (cached && now() < cached.until) return Promise.resolve(cached.token);
      return reading ? reading.token : read(false);
    },
  };
}

/** A connector acting as the connection's owner for one sync step (see `reusingTokenSource`). */
export async function syncConnector(connectionId: string): Promise<Connector> {
  const { connection, integration } = await loadConnection(connectionId);
  return remoteFor(integration).connector(reusingTokenSource(tokenSourceFor(connectionId)), connection.remoteEmail ?? undefined);
}
