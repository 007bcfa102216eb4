import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { memberships, syncRuns, syncSources } from "@/lib/db/schema";
import { makeUser, refresh } from "@/test/factories";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { getRoute } from "@/test/routes";

// Server actions and route handlers read the session through Next.js request context, which vitest
// lacks: the signed-in actor is supplied here and revalidation is a no-op. Everything else is real.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/actions/sync/sync-sources");
const { syncFixture, CONTAINERS } = await import("@/test/sync-fixtures");
const { getFolderSync } = await import("./sources");
const routes = {
  integrations: await import("@/app/api/folders/[folderId]/sync-integrations/route"),
  workspaces: await import("@/app/api/integrations/[integrationId]/workspaces/route"),
  folders: await import("@/app/api/integrations/[integrationId]/remote-folders/route"),
  preview: await import("@/app/api/integrations/[integrationId]/remote-preview/route"),
  runItems: await import("@/app/api/sync-runs/[runId]/items/route"),
};
type Listed = { id: string; name: string; status: string; authorisation: string }[];
const syncIntegrations = (folderId: string) => getRoute<Listed>(routes.integrations.GET, `/api/folders/${folderId}/sync-integrations`, { folderId });
const remoteWorkspaces = (integrationId: string) => getRoute<Listed>(routes.workspaces.GET, `/api/integrations/${integrationId}/workspaces`, { integrationId });
const remoteFolders = (integrationId: string, workspaceId: string) =>
  getRoute<Listed>(routes.folders.GET, `/api/integrations/${integrationId}/remote-folders?${new URLSearchParams({ workspaceId })}`, { integrationId });
const remotePreview = (integrationId: string, workspaceId: string, path: string) =>
  getRoute<{ path: string; documents: number; error?: string }>(routes.preview.GET, `/api/integrations/${integrationId}/remote-preview?${new URLSearchParams({ workspaceId, path })}`, { integrationId });

let emulators: TestEmulators;
let fixture: Awaited<ReturnType<typeof syncFixture>>;
let outsider: Actor;
let runId: string;

beforeAll(async () => {
  emulators = await startTestEmulators();
  fixture = await syncFixture(emulators, "highq", { files: 1, folders: 0 });
  outsider = await makeUser();
  [{ id: runId }] = await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
});
afterAll(() => emulators?.close());

const refused = expect.objectContaining({ ok: false, error: expect.stringMatching(/not a member/i) });

describe("sync actions called by someone outside the folder's division", () => {
  it("refuses every read and change of the folder's sync source", async () => {
    signedIn = outsider;
    const ref = { syncSourceId: fixture.syncSourceId };
    const denied = { status: 403, body: { error: expect.stringMatching(/not a member/i) } };
    await expect(getFolderSync(outsider, fixture.folderId)).rejects.toThrow(/not a member/i);
    expect(await syncIntegrations(fixture.folderId)).toEqual(denied);
    expect(await actions.syncNowAction(ref)).toEqual(refused);
    expect(await actions.pauseSyncAction(ref)).toEqual(refused);
    expect(await actions.resumeSyncAction(ref)).toEqual(refused);
    expect(await actions.removeSyncAction(ref)).toEqual(refused);
    expect(await getRoute(routes.runItems.GET, `/api/sync-runs/${runId}/items`, { runId })).toEqual(denied);
    expect(
      await actions.configureSyncAction({ folderId: fixture.folderId, integrationId: fixture.integrationId, workspaceId: "101", path: "/", intervalMinutes: 60 }),
    ).toEqual(refused);
    const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
    expect(source).toMatchObject({ status: "active", ownerId: fixture.actor.id });
  });
});

describe("a division member who has not authorised the integration", () => {
  it("cannot browse or configure with someone else's authorisation", async () => {
    const colleague = await makeUser();
    await db.insert(memberships).values({ divisionId: fixture.division.id, userId: colleague.id, role: "member" });
    signedIn = await refresh(colleague);
    const notAuthorised = expect.objectContaining({ ok: false, error: expect.stringMatching(/Authorise .* first/) });
    expect(await remoteWorkspaces(fixture.integrationId)).toEqual({ status: 400, body: { error: expect.stringMatching(/Authorise .* first/) } });
    expect(
      await actions.configureSyncAction({
        folderId: fixture.folderId,
        integrationId: fixture.integrationId,
        workspaceId: String(CONTAINERS.highq),
        path: `/${fixture.remoteFolder.name}`,
        intervalMinutes: 60,
      }),
    ).toEqual(notAuthorised);
    // They may still see the status and run what the owner set up.
    expect(await getFolderSync(signedIn, fixture.folderId)).toMatchObject({ id: fixture.syncSourceId, ownedByMe: false });
    const options = await syncIntegrations(fixture.folderId);
    expect(options.body.find((option) => option.id === fixture.integrationId)).toMatchObject({ authorisation: "not_authorised" });
  });
});

describe("the owner", () => {
  it("browses sites and folders, previews, and changes the interval", async () => {
    signedIn = fixture.actor;
    const sites = await remoteWorkspaces(fixture.integrationId);
    expect(sites.body.find((site) => site.id === String(CONTAINERS.highq))).toMatchObject({ status: "available" });
    const folders = await remoteFolders(fixture.integrationId, String(CONTAINERS.highq));
    expect(folders.body.map((folder) => folder.name)).toContain(fixture.remoteFolder.name);
    const preview = await remotePreview(fixture.integrationId, "101", fixture.remoteFolder.name);
    expect(preview).toMatchObject({ status: 200, body: { path: `/${fixture.remoteFolder.name}`, documents: 1 } });
    const missing = await remotePreview(fixture.integrationId, "101", "/No such folder");
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.body.error).toEqual(expect.any(String));
    expect(await remotePreview(fixture.integrationId, "", "/x")).toEqual({ status: 400, body: { error: "Choose a site or exchange." } });

    const changed = await actions.configureSyncAction({
      folderId: fixture.folderId,
      integrationId: fixture.integrationId,
      workspaceId: "101",
      path: `/${fixture.remoteFolder.name}`,
      intervalMinutes: 240,
    });
    expect(changed).toEqual({ ok: true, data: fixture.syncSourceId });
    const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
    expect(source.intervalMinutes).toBe(240);
    expect(await actions.configureSyncAction({ folderId: fixture.folderId, integrationId: fixture.integrationId, workspaceId: "101", path: "/x", intervalMinutes: 7 })).toMatchObject({
      ok: false,
      fieldErrors: { intervalMinutes: expect.any(Array) },
    });
  });

  it("removes the source and keeps its documents", async () => {
    signedIn = fixture.actor;
    const { runSync } = await import("./run");
    const { plainIO, syncedDocuments } = await import("@/test/sync-fixtures");
    await runSync(fixture.syncSourceId, plainIO);
    const synced = [...(await syncedDocuments(fixture.syncSourceId)).values()];
    expect(synced).toHaveLength(1);
    expect(await actions.removeSyncAction({ syncSourceId: fixture.syncSourceId })).toMatchObject({ ok: true });
    expect(await getFolderSync(fixture.actor, fixture.folderId)).toBeNull();
    const { documents } = await import("@/lib/db/schema");
    expect(await db.select().from(documents).where(eq(documents.id, synced[0].documentId))).toHaveLength(1);
  });
});
