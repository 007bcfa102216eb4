import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { memberships, syncRuns, syncSources } from "@/lib/db/schema";
import { makeUser, refresh } from "@/test/factories";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";

// Server actions read the session through Next.js request context, which vitest lacks: the
// signed-in actor is supplied here and revalidation is a no-op. Everything else is real.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/actions/sync/sync-sources");
const { syncFixture, CONTAINERS } = await import("@/test/sync-fixtures");

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
    expect(await actions.folderSyncAction({ folderId: fixture.folderId })).toEqual(refused);
    expect(await actions.syncIntegrationsAction({ folderId: fixture.folderId })).toEqual(refused);
    expect(await actions.syncNowAction(ref)).toEqual(refused);
    expect(await actions.pauseSyncAction(ref)).toEqual(refused);
    expect(await actions.resumeSyncAction(ref)).toEqual(refused);
    expect(await actions.removeSyncAction(ref)).toEqual(refused);
    expect(await actions.runItemsAction({ runId })).toEqual(refused);
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
    expect(await actions.remoteWorkspacesAction({ integrationId: fixture.integrationId })).toEqual(notAuthorised);
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
    const panel = await actions.folderSyncAction({ folderId: fixture.folderId });
    expect(panel).toMatchObject({ ok: true, data: { id: fixture.syncSourceId, ownedByMe: false } });
    const options = await actions.syncIntegrationsAction({ folderId: fixture.folderId });
    expect(options.ok && options.data.find((option) => option.id === fixture.integrationId)).toMatchObject({ authorisation: "not_authorised" });
  });
});

describe("the owner", () => {
  it("browses sites and folders, previews, and changes the interval", async () => {
    signedIn = fixture.actor;
    const sites = await actions.remoteWorkspacesAction({ integrationId: fixture.integrationId });
    expect(sites.ok && sites.data.find((site) => site.id === String(CONTAINERS.highq))).toMatchObject({ status: "available" });
    const folders = await actions.remoteFoldersAction({ integrationId: fixture.integrationId, workspaceId: String(CONTAINERS.highq) });
    expect(folders.ok && folders.data.map((folder) => folder.name)).toContain(fixture.remoteFolder.name);
    const preview = await actions.remotePreviewAction({ integrationId: fixture.integrationId, workspaceId: "101", path: fixture.remoteFolder.name });
    expect(preview).toMatchObject({ ok: true, data: { path: `/${fixture.remoteFolder.name}`, documents: 1 } });
    const missing = await actions.remotePreviewAction({ integrationId: fixture.integrationId, workspaceId: "101", path: "/No such folder" });
    expect(missing).toMatchObject({ ok: false });

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
    expect(await actions.folderSyncAction({ folderId: fixture.folderId })).toEqual({ ok: true, data: null });
    const { documents } = await import("@/lib/db/schema");
    expect(await db.select().from(documents).where(eq(documents.id, synced[0].documentId))).toHaveLength(1);
  });
});
