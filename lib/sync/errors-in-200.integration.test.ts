import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncRuns, syncSources } from "@/lib/db/schema";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { runSync } from "./run";
import { ALICE, CONTAINERS, expectMirrors, plainIO, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());
beforeEach(async () => {
  await emulators.intralinks.control.clearFaults();
  await emulators.intralinks.control.setConditions({ errorsIn200: false });
});

const LISTING = "/v2/workspaces/*/documents";
const DOWNLOAD = "/v2/workspaces/*/documents/*/file";
const lastRun = async (syncSourceId: string) => (await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, syncSourceId)).orderBy(syncRuns.createdAt)).at(-1)!;
const sourceOf = async (id: string) => (await db.select().from(syncSources).where(eq(syncSources.id, id)))[0];

describe("Intralinks 'cannot find entity' inside a 200", () => {
  it("asks again when the documents listing answers it once or twice, and the run succeeds", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 4, folders: 1 });
    await fixture.control.addFault({ path: LISTING, kind: "errorIn200", times: 2 });
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    expect(await fixture.control.faults()).toEqual([]);
  });

  it("keeps a persistent one on an exchange that is still listed transient: the run is retried, nothing is 'no longer exists'", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 3, folders: 1 });
    await fixture.control.addFault({ path: LISTING, kind: "errorIn200", times: 50 });
    const failure = await runSync(fixture.syncSourceId, plainIO).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "REMOTE_ERROR", retryable: true });
    expect(await lastRun(fixture.syncSourceId)).toMatchObject({ status: "running", error: { code: "REMOTE_ERROR" } });
    expect((await sourceOf(fixture.syncSourceId)).status).toBe("active");

    // The job layer's retry resumes the same run once the remote answers again.
    await fixture.control.clearFaults();
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("retries a download that answers it while the folder still lists the document, and stores the real bytes", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 3, folders: 0 });
    await fixture.control.addFault({ path: DOWNLOAD, kind: "errorIn200", times: 2 });
    expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    expect(await fixture.control.faults()).toEqual([]);
  });

  it("still concludes 'not found' when the exchange list confirms the exchange is gone", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 2, folders: 0 });
    await fixture.control.setConditions({ errorsIn200: true });
    await fixture.control.removeAccess(ALICE, CONTAINERS.intralinks);
    try {
      expect((await runSync(fixture.syncSourceId, plainIO)).status).toBe("failed");
      expect(await lastRun(fixture.syncSourceId)).toMatchObject({ status: "failed", error: { code: "NOT_FOUND" } });
    } finally {
      await fixture.control.grantAccess(ALICE, CONTAINERS.intralinks, "CONTROL");
    }
  });
});
