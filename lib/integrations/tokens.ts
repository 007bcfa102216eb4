import "server-only";
import { eq } from "drizzle-orm";
import { isRemoteError, RemoteError, type Connector, type TokenSet, type TokenSource } from "@/lib/connectors";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { integrations, remoteConnections } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { remoteFor } from "./remote";

/** Refresh this long before expiry (spec assumption: HighQ ~10 minutes; the same serves Intralinks). */
const REFRESH_MARGIN_MS = 10 * 60 * 1000;

export async function loadConnection(connectionId: string) {
  const [row] = await db
    .select({ connection: remoteConnections, integration: integrations })
    .from(remoteConnections)
    .innerJoin(integrations, eq(integrations.id, remoteConnections.integrationId))
    .where(eq(remoteConnections.id, connectionId));
  if (!row) throw notFound("That authorisation");
  return row;
}

const reauthRequired = (provider: "highq" | "intralinks", reason?: string) =>
  new RemoteError("REAUTH_REQUIRED", { details: { provider, ...(reason ? { remoteMessage: reason } : {}) } });

/**
 * A valid access token for a user's connection. Refreshes before expiry (or when the remote
 * rejected the token) under a row lock, so concurrent callers never spend a refresh token twice:
 * the second caller waits for the lock and then finds the fresh token. A refresh the remote
 * refuses marks the connection "reauthentication required" and throws REAUTH_REQUIRED.
 */
export async function getAccessToken(connectionId: string, options: { forceRefresh?: boolean; rejectedToken?: string } = {}): Promise<string> {
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ connection: remoteConnections, integration: integrations })
      .from(remoteConnections)
      .innerJoin(integrations, eq(integrations.id, remoteConnections.integrationId))
      .where(eq(remoteConnections.id, connectionId))
      .for("update", { of: remoteConnections });
    if (!row) throw notFound("That authorisation");
    const { connection, integration } = row;
    if (connection.status === "reauth_required") throw reauthRequired(integration.provider, connection.statusReason ?? undefined);

    const current = decryptSecret(connection.accessTokenEncrypted);
    // Another caller may have refreshed while we waited for the lock: its token is new, use it.
    const stale = options.forceRefresh && (!options.rejectedToken || options.rejectedToken === current);
    if (!stale && connection.expiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS) return { token: current };

    const refreshToken = connection.refreshTokenEncrypted ? decryptSecret(connection.refreshTokenEncrypted) : null;
    if (!refreshToken) return { reauth: "The remote issued no refresh token." as string };
    let tokens: TokenSet;
    try {
      tokens = await remoteFor(integration).tokenRequest({ type: "refresh_token", refreshToken });
    } catch (error) {
      if (isRemoteError(error, "REAUTH_REQUIRED") || isRemoteError(error, "INVALID_CREDENTIALS")) return { reauth: error.message };
      throw error;
    }
    await tx
      .update(remoteConnections)
      .set({
        accessTokenEncrypted: encryptSecret(tokens.accessToken),
        // Providers rotate refresh tokens; keep the old one only if none came back.
        refreshTokenEncrypted: tokens.refreshToken ? encryptSecret(tokens.refreshToken) : connection.refreshTokenEncrypted,
        expiresAt: tokens.expiresAt,
      })
      .where(eq(remoteConnections.id, connectionId));
    return { token: tokens.accessToken };
  });
  if ("token" in outcome && outcome.token) return outcome.token;
  const reason = "reauth" in outcome ? outcome.reauth : undefined;
  await db.update(remoteConnections).set({ status: "reauth_required", statusReason: reason ?? null }).where(eq(remoteConnections.id, connectionId));
  const { integration } = await loadConnection(connectionId);
  throw reauthRequired(integration.provider, reason);
}

/** A token source for connectors: remembers the token it handed out so a rejection refreshes once. */
function tokenSourceFor(connectionId: string): TokenSource {
  let last: string | undefined;
  return {
    async getAccessToken(options: { forceRefresh?: boolean } = {}) {
      last = await getAccessToken(connectionId, { forceRefresh: options.forceRefresh, rejectedToken: last });
      return last;
    },
  };
}

/** How long a connector or iSheets client reuses an access token without asking the database again. */
export const TOKEN_REUSE_MS = 30_000;

/**
 * A token source that hands out the same access token for up to `reuseMs`, so a sync step's
 * hundreds of listing and download calls, or a report run's iSheet writes, cost one locked token
 * read instead of one each (each read is a transaction holding the connection's row lock, which
 * serialised concurrent requests). Concurrent callers share one read. A forced refresh (the remote
 * rejected the token) always goes to the underlying source, which refreshes under its row lock and
 * is told which token was rejected. Refreshing ahead of expiry stays the underlying source's job:
 * its margin (minutes) is far longer than the reuse window.
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

/** The connection's tokens as connectors and iSheets clients use them: reused for a while (see `reusingTokenSource`). */
export const reusedTokensFor = (connectionId: string): TokenSource => reusingTokenSource(tokenSourceFor(connectionId));

/** A connector acting as the user who owns the connection, for one step or request. */
export async function connectorForConnection(connectionId: string): Promise<Connector> {
  const { connection, integration } = await loadConnection(connectionId);
  return remoteFor(integration).connector(reusedTokensFor(connectionId), connection.remoteEmail ?? undefined);
}
