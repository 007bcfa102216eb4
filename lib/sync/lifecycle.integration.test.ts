import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { remoteConnections, syncRunItems, syncRuns, syncSources } from "@/lib/db/schema";
import { LocalRunner } from "@/lib/jobs/local-runner";
import { startTestEmulators, authorise, type TestEmulators } from "@/test/remote-connections";
import { syncReconnectJob } from "./jobs";
import { runSync } from "./run";
import { claimDueSources } from "./schedule";
import { setSyncPaused } from "./sources";
import { ALICE, expectMirrors, plainIO, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

const sourceOf = async (id: string) => (await db.select().from(syncSources).where(eq(syncSources.id, id)))[0];

/**
 * The local runner with the reconnection job only, under an id of its own: it handles every
 * `integration.authorised` event once, so a runner of another test file cannot take this one's.
 */
const runReconnection = () => new LocalRunner({ definitions: [{ ...syncReconnectJob, id: `sync-reconnect-${randomUUID()}` }] }).drain();

describe("sync source lifecycle", () => {
  it("pauses as reauthentication required when the tokens are revoked, and resumes by itself after re-authorisation", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 3, folders: 1 });
    await fixture.control.revokeTokens(ALICE);

    const failed = await runSync(fixture.syncSourceId, plainIO);
    expect(failed.status).toBe("reauth_required");
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "reauth_required", statusError: { code: "REAUTH_REQUIRED" } });
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    expect(run).toMatchObject({ status: "failed", error: { code: "REAUTH_REQUIRED" } });
    // While it waits, the scheduler leaves it alone.
    expect((await claimDueSources()).map((event) => event.syncSourceId)).not.toContain(fixture.syncSourceId);

    await authorise(fixture.actor, fixture.integrationId, ALICE);
    // Authorising is a fact; the job it triggers reconnects the source and makes it due.
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "reauth_required" });
    await runReconnection();
    const events = await claimDueSources();
    expect(events).toContainEqual({ syncSourceId: fixture.syncSourceId, host: expect.any(String), trigger: "schedule" });
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "active", statusError: null });
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("keeps a source whose authorisation was removed, waiting until its owner authorises again", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 2, folders: 1 });
    const connectionId = (await sourceOf(fixture.syncSourceId)).connectionId!;
    await db.delete(remoteConnections).where(eq(remoteConnections.id, connectionId));
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ connectionId: null });

    expect(await runSync(fixture.syncSourceId, plainIO)).toMatchObject({ status: "skipped" });
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "reauth_required" });

    const authorised = await authorise(fixture.actor, fixture.integrationId, ALICE);
    await runReconnection();
    const reconnected = await sourceOf(fixture.syncSourceId);
    expect(reconnected).toMatchObject({ status: "active", connectionId: authorised, statusError: null });
    expect(reconnected.nextRunAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "active" });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("records encrypted and view-only documents as skipped with the reason, and the rest of the run succeeds", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 2, folders: 0 });
    const folder = fixture.remoteFolder.id;
    await fixture.control.createFile(folder, "Protected.pdf", { attrs: { drm: "NOSAVE" } });
    await fixture.control.createFile(folder, "View only.pdf", { attrs: { canDownload: false } });

    const outcome = await runSync(fixture.syncSourceId, plainIO);
    if (!("runId" in outcome)) throw new Error("no run");
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.runId));
    expect(run).toMatchObject({ status: "succeeded", found: 4, newCount: 2, skippedCount: 2, failedCount: 0 });
    const skipped = await db.select().from(syncRunItems).where(eq(syncRunItems.runId, run.id));
    expect(skipped.filter((item) => item.outcome === "skipped").map((item) => [item.name, item.reason?.code]).sort()).toEqual([
      ["Protected.pdf", "ENCRYPTED_DOCUMENT"],
      ["View only.pdf", "NO_DOWNLOAD_PERMISSION"],
    ]);
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("records one document that keeps failing and finishes the run as partly succeeded", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 3, folders: 0 });
    const [broken, ...healthy] = fixture.fileIds;
    await fixture.control.addFault({ path: `/demo/api/*/files/${broken}/content`, kind: "status", status: 500, times: 100 });
    const outcome = await runSync(fixture.syncSourceId, plainIO);
    await fixture.control.clearFaults();
    if (!("runId" in outcome)) throw new Error("no run");
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, outcome.runId));
    expect(run).toMatchObject({ status: "partial", newCount: 2, failedCount: 1 });
    const [failed] = await db.select().from(syncRunItems).where(and(eq(syncRunItems.outcome, "failed"), eq(syncRunItems.runId, run.id)));
    expect(failed).toMatchObject({ remoteId: String(broken), reason: { code: "REMOTE_ERROR" } });

    // The next run tries it again and brings it.
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await expectMirrors(fixture, [broken, ...healthy])).toEqual([]);
  });

  it("fails the run with the remote's reason when the workspace is no longer accessible, and stays on schedule", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 1, folders: 0 });
    await fixture.control.deleteFolder(fixture.remoteFolder.id);
    const outcome = await runSync(fixture.syncSourceId, plainIO);
    expect(outcome.status).toBe("failed");
    const source = await sourceOf(fixture.syncSourceId);
    expect(source).toMatchObject({ status: "error", statusError: { code: "NOT_FOUND" } });
    expect(source.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("leaves a paused source out of the schedule until it is resumed", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 1, folders: 0 });
    await setSyncPaused(fixture.actor, fixture.syncSourceId, true);
    expect(await runSync(fixture.syncSourceId, plainIO)).toMatchObject({ status: "skipped" });
    expect((await claimDueSources()).map((event) => event.syncSourceId)).not.toContain(fixture.syncSourceId);
    await setSyncPaused(fixture.actor, fixture.syncSourceId, false);
    expect((await claimDueSources()).map((event) => event.syncSourceId)).toContain(fixture.syncSourceId);
  });

  it("stays paused when its owner authorises again, and runs as the new authorisation once resumed", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 1, folders: 0 });
    await setSyncPaused(fixture.actor, fixture.syncSourceId, true);
    await db.delete(remoteConnections).where(eq(remoteConnections.id, (await sourceOf(fixture.syncSourceId)).connectionId!));
    const authorised = await authorise(fixture.actor, fixture.integrationId, ALICE);
    await runReconnection();
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "paused", connectionId: null });

    await setSyncPaused(fixture.actor, fixture.syncSourceId, false);
    expect(await sourceOf(fixture.syncSourceId)).toMatchObject({ status: "active", connectionId: authorised });
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
  });
});
