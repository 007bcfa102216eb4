import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { remoteConnections } from "@/lib/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { makeUser } from "@/test/factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { demo } from "@/emulators";
import { connectorForConnection, getAccessToken } from "./tokens";

let emulators: TestEmulators;
const alice = demo.users[0];

beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(async () => emulators.close());

async function expireLocally(connectionId: string) {
  await db.update(remoteConnections).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(remoteConnections.id, connectionId));
}

describe.each(["highq", "intralinks"] as const)("tokens for %s", (provider) => {
  it("stores tokens encrypted and returns the current one while it is fresh", async () => {
    const user = await makeUser();
    const connectionId = await authorise(user, await makeIntegration(emulators, provider), alice.email);
    const [row] = await db.select().from(remoteConnections).where(eq(remoteConnections.id, connectionId));
    const token = await getAccessToken(connectionId);
    expect(row.accessTokenEncrypted).not.toContain(token);
    expect(decryptSecret(row.accessTokenEncrypted)).toBe(token);
    expect(await getAccessToken(connectionId)).toBe(token);
  });

  it("refreshes an expiring token once, even for concurrent callers", async () => {
    const user = await makeUser();
    const connectionId = await authorise(user, await makeIntegration(emulators, provider), alice.email);
    const before = await getAccessToken(connectionId);
    await expireLocally(connectionId);
    await emulators[provider].control.resetCounters();
    // The emulator revokes a refresh token once used: spending it twice would fail one caller.
    const tokens = await Promise.all(Array.from({ length: 5 }, () => getAccessToken(connectionId)));
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(before);
    const counters = await emulators[provider].control.counters();
    const tokenCalls = Object.entries(counters).filter(([endpoint]) => /token/i.test(endpoint) && endpoint.startsWith("POST"));
    expect(tokenCalls.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(1);
    // And the refreshed token works remotely.
    const connector = await connectorForConnection(connectionId);
    expect((await connector.currentUser()).email).toBe(alice.email);
  });

  it("marks the connection reauthentication required when the remote refuses the refresh", async () => {
    const user = await makeUser();
    const connectionId = await authorise(user, await makeIntegration(emulators, provider), alice.email);
    await emulators[provider].control.revokeTokens(alice.email);
    await expireLocally(connectionId);
    await expect(getAccessToken(connectionId)).rejects.toMatchObject({ code: "REAUTH_REQUIRED" });
    const [row] = await db.select().from(remoteConnections).where(eq(remoteConnections.id, connectionId));
    expect(row.status).toBe("reauth_required");
    // Re-authorising clears it.
    await authorise(user, row.integrationId, alice.email);
    const [after] = await db.select().from(remoteConnections).where(eq(remoteConnections.id, connectionId));
    expect(after.status).toBe("active");
  });

  it("refreshes when the remote rejects a token before its expiry", async () => {
    const user = await makeUser();
    const connectionId = await authorise(user, await makeIntegration(emulators, provider), alice.email);
    await emulators[provider].control.expireTokens(alice.email);
    const connector = await connectorForConnection(connectionId);
    expect((await connector.currentUser()).email).toBe(alice.email);
  });
});
