import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncRuns, syncSources } from "@/lib/db/schema";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

it("activating a sync starts exactly one run: the scheduler does not consider it due again", async () => {
  const before = Date.now();
  const fixture = await syncFixture(emulators, "highq");
  const runs = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
  expect(runs.map((run) => run.trigger)).toEqual(["manual"]);
  const [source] = await db.select().from(syncSources).where(eq(syncSources.id, fixture.syncSourceId));
  // Due one interval (60 minutes) after activation, not at once.
  expect(source.nextRunAt!.getTime()).toBeGreaterThanOrEqual(before + 60 * 60_000);
});
