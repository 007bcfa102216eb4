import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncRuns, syncSources } from "@/lib/db/schema";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { followUpDelayMinutes, runSync } from "./run";
import { getFolderSync } from "./sources";
import { expectMirrors, plainIO, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

const runOf = async (outcome: Awaited<ReturnType<typeof runSync>>) => (await db.select().from(syncRuns).where(eq(syncRuns.id, "runId" in outcome ? outcome.runId : "")))[0];
const sourceOf = async (id: string) => (await db.select().from(syncSources).where(eq(syncSources.id, id)))[0];
const minutesToNextRun = async (syncSourceId: string, finishedAt: Date | null) => ((await sourceOf(syncSourceId)).nextRunAt!.getTime() - finishedAt!.getTime()) / 60_000;

describe("documents that still fail at the end of a run", () => {
  it("doubles the follow-up delay per partly succeeded run in a row, never past the interval", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => followUpDelayMinutes(n, 60))).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(followUpDelayMinutes(3, 15)).toBe(4);
    expect(followUpDelayMinutes(5, 15)).toBe(15);
  });

  it("make the run partly succeeded with the count, show on the source, and are fetched by a follow-up run soon", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 3, folders: 0 });
    const [stuck] = fixture.fileIds;
    const stuckPath = (await fixture.control.file(stuck)).path.split("/").slice(-1)[0];
    // A Retry-After longer than a document may wait: the document fails for this run.
    await fixture.control.addFault({ path: `/demo/api/*/files/${stuck}/content`, kind: "status", status: 429, retryAfter: 600, times: 1000 });

    const first = await runSync(fixture.syncSourceId, plainIO);
    expect(first.status).toBe("partial");
    const run = await runOf(first);
    expect(run).toMatchObject({ status: "partial", newCount: 2, failedCount: 1 });
    expect(await minutesToNextRun(fixture.syncSourceId, run.finishedAt)).toBe(1);
    const sync = await getFolderSync(fixture.actor, fixture.folderId);
    expect(sync?.status).toBe("active");
    expect(sync?.missing).toEqual({ count: 1, documents: [expect.objectContaining({ remotePath: stuckPath, reason: expect.objectContaining({ code: "RATE_LIMITED" }) })] });

    // Still failing: the next follow-up waits twice as long.
    const second = await runOf(await runSync(fixture.syncSourceId, plainIO));
    expect(second).toMatchObject({ status: "partial", newCount: 0, failedCount: 1 });
    expect(await minutesToNextRun(fixture.syncSourceId, second.finishedAt)).toBe(2);

    // The remote recovers: the follow-up brings the document, and the schedule is back to its interval.
    await fixture.control.clearFaults();
    const third = await runOf(await runSync(fixture.syncSourceId, plainIO));
    expect(third).toMatchObject({ status: "succeeded", newCount: 1, failedCount: 0 });
    expect(await minutesToNextRun(fixture.syncSourceId, third.finishedAt)).toBe(60);
    expect((await getFolderSync(fixture.actor, fixture.folderId))?.missing).toEqual({ count: 0, documents: [] });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });
});
