import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { documents, folders, memberships, remoteConnections, syncRemoteItems, syncSources } from "@/lib/db/schema";
import { createIntegration } from "@/lib/integrations/integrations";
import { makeDivision, makeUser, refresh, unique } from "./factories";
import { getRoute } from "./routes";

// As in actions.integration.test.ts: only the Next.js request context is replaced; the database is real.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/lib/actions/overview/transfer");
const candidatesRoute = await import("@/app/api/sync-sources/[syncSourceId]/transfer-candidates/route");
const transferCandidates = (syncSourceId: string) => getRoute<{ id: string }[]>(candidatesRoute.GET, `/api/sync-sources/${syncSourceId}/transfer-candidates`, { syncSourceId });
const { divisionSyncHealth, listSyncOverview } = await import("@/lib/overview/sync-overview");

let accountAdmin: Actor; // member of no division
let divisionAdmin: Actor;
let owner: Actor;
let colleague: Actor;
let outsider: Actor; // member of the other division only
let divisionA: { id: string; name: string };
let divisionB: { id: string; name: string };
let integrationId: string;
let healthySource: string;
let failingSource: string;
const secretFolder = unique("Project Nightingale");

async function makeSource(divisionId: string, folderName: string, status: "active" | "error", ownerId: string) {
  const [folder] = await db.insert(folders).values({ divisionId, name: folderName }).returning();
  const [source] = await db
    .insert(syncSources)
    .values({
      divisionId,
      folderId: folder.id,
      integrationId,
      ownerId,
      workspaceId: "101",
      workspaceName: "Project Atlas",
      remoteRootFolderId: "9",
      remoteRootPath: `/${folderName} remote`,
      status,
      statusError: status === "error" ? { code: "EXCHANGE_ON_HOLD", title: "Exchange on hold", message: "On hold." } : null,
    })
    .returning();
  const [document] = await db.insert(documents).values({ divisionId, folderId: folder.id, name: `${folderName} memo.pdf`, size: 10, mediaType: "application/pdf" }).returning();
  await db.insert(syncRemoteItems).values({ syncSourceId: source.id, remoteId: unique("r"), documentId: document.id, remotePath: `/${document.name}` });
  return source.id;
}

beforeAll(async () => {
  accountAdmin = await makeUser({ isAccountAdmin: true });
  [divisionAdmin, owner, colleague, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  divisionA = await makeDivision([
    { actor: divisionAdmin, role: "admin" },
    { actor: owner, role: "member" },
    { actor: colleague, role: "member" },
  ]);
  divisionB = await makeDivision([{ actor: outsider, role: "admin" }]);
  [divisionAdmin, owner, colleague, outsider] = await Promise.all([divisionAdmin, owner, colleague, outsider].map(refresh));
  integrationId = await createIntegration(await makeUser({ isConnectorAdmin: true }), {
    provider: "highq",
    name: unique("HighQ"),
    type: "sync",
    host: "company.highq.com/firm",
    clientId: "1012",
    clientSecret: "a-secret-of-at-least-sixteen",
  });
  healthySource = await makeSource(divisionA.id, unique("Healthy"), "active", owner.id);
  failingSource = await makeSource(divisionA.id, secretFolder, "error", owner.id);
  await makeSource(divisionB.id, unique("Walled"), "active", outsider.id);
});

beforeEach(() => {
  signedIn = divisionAdmin;
});

describe("sync overview", () => {
  it("lists the sources of the caller's divisions only, problems first, with documents counted", async () => {
    const rows = await listSyncOverview(colleague);
    expect(rows.map((row) => row.id)).toEqual([failingSource, healthySource]);
    expect(rows[0]).toMatchObject({ status: "error", documents: 1, ownerLeft: false, owner: { id: owner.id } });
    expect(rows.every((row) => row.divisionId === divisionA.id)).toBe(true);
  });

  it("gives an account administrator outside the divisions counts per division and no content names", async () => {
    expect(await listSyncOverview(accountAdmin)).toEqual([]);
    const health = await divisionSyncHealth(accountAdmin);
    expect(health.find((row) => row.divisionId === divisionA.id)).toMatchObject({ sources: 2, active: 1, needsAttention: 1, documents: 2 });
    expect(health.find((row) => row.divisionId === divisionB.id)).toMatchObject({ sources: 1, active: 1, needsAttention: 0, documents: 1 });
    const text = JSON.stringify(health);
    for (const content of [secretFolder, "Project Atlas", "remote", "memo.pdf"]) expect(text).not.toContain(content);
  });

  it("refuses the firm-wide counts to anyone but an account administrator", async () => {
    await expect(divisionSyncHealth(divisionAdmin)).rejects.toThrow(/account administrator/i);
  });

  it("flags a source whose owner left the division", async () => {
    await db.delete(memberships).where(eq(memberships.userId, owner.id));
    const rows = await listSyncOverview(colleague);
    expect(rows.find((row) => row.id === healthySource)?.ownerLeft).toBe(true);
    await db.insert(memberships).values({ divisionId: divisionA.id, userId: owner.id, role: "member" });
  });
});

describe("handing a sync over", () => {
  it("is for the owner or the division's administrators only", async () => {
    const refused = expect.objectContaining({ ok: false, error: expect.stringMatching(/owner or an administrator/) });
    for (const caller of [colleague, outsider, accountAdmin]) {
      signedIn = caller;
      expect(await actions.transferSyncAction({ syncSourceId: healthySource, newOwnerId: colleague.id })).toEqual(refused);
      expect(await transferCandidates(healthySource)).toEqual({ status: 403, body: { error: expect.stringMatching(/owner or an administrator/) } });
    }
  });

  it("offers the division's members and refuses anyone outside it", async () => {
    const candidates = await transferCandidates(healthySource);
    expect(candidates.status).toBe(200);
    expect(candidates.body.map((candidate) => candidate.id).sort()).toEqual([divisionAdmin.id, owner.id, colleague.id].sort());
    expect(await actions.transferSyncAction({ syncSourceId: healthySource, newOwnerId: outsider.id })).toEqual({
      ok: false,
      error: "The new owner must be an active member of the sync's division.",
    });
  });

  it("waits for the new owner's own authorisation, and resumes at once when they have one", async () => {
    expect(await actions.transferSyncAction({ syncSourceId: healthySource, newOwnerId: colleague.id })).toEqual({ ok: true, data: undefined });
    const [waiting] = await db.select().from(syncSources).where(eq(syncSources.id, healthySource));
    expect(waiting).toMatchObject({ ownerId: colleague.id, connectionId: null, status: "reauth_required" });
    expect(waiting.statusError?.title).toBe("Waiting for the new owner to authorise");

    const [connection] = await db
      .insert(remoteConnections)
      .values({ integrationId, userId: divisionAdmin.id, remoteAccountId: unique("remote"), accessTokenEncrypted: encryptSecret("token"), expiresAt: new Date(Date.now() + 3_600_000) })
      .returning();
    expect(await actions.transferSyncAction({ syncSourceId: healthySource, newOwnerId: divisionAdmin.id })).toMatchObject({ ok: true });
    const [resumed] = await db.select().from(syncSources).where(eq(syncSources.id, healthySource));
    expect(resumed).toMatchObject({ ownerId: divisionAdmin.id, connectionId: connection.id, status: "active" });
  });
});
