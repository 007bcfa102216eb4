import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folders, syncRunItems, syncRuns, syncSources } from "@/lib/db/schema";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { connectorForConnection } from "@/lib/integrations/tokens";
import { downloadBatch } from "./download";
import { mirrorFolders } from "./folders";
import { planRun } from "./plan";
import { countQueries } from "@/test/query-counter";
import { recordGroup } from "./record";
import { runSync, startRun } from "./run";
import { expectMirrors, plainIO, syncedDocuments, syncFixture } from "@/test/sync-fixtures";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

async function sourceOf(syncSourceId: string) {
  const [source] = await db.select().from(syncSources).where(eq(syncSources.id, syncSourceId));
  return source;
}

describe("batched sync", () => {
  it("brings a run larger than a batch and a group exactly once", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 300, folders: 4 });
    const outcome = await runSync(fixture.syncSourceId, plainIO);
    expect(outcome.status).toBe("succeeded");
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    expect(run).toMatchObject({ newCount: 300, doneDocs: 300, failedCount: 0 });
  });

  it("records nothing twice when two batches of one run work the same plan rows at once", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 24, folders: 2 });
    const started = await startRun(fixture.syncSourceId, "manual");
    if (!("runId" in started)) throw new Error(started.skip);
    const source = await sourceOf(fixture.syncSourceId);
    await planRun(started.runId, source, "intralinks", await connectorForConnection(source.connectionId!));
    const results = await Promise.all([
      downloadBatch(started.runId, source, "intralinks", await connectorForConnection(source.connectionId!), 100),
      downloadBatch(started.runId, source, "intralinks", await connectorForConnection(source.connectionId!), 100),
    ]);
    expect(results.map((result) => result.remaining)).toEqual([0, 0]);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, started.runId));
    expect(run.doneDocs).toBe(24);

    // A group of plan rows that are already done adds nothing, whoever hands them in.
    const rows = await db.select().from(syncRunItems).where(eq(syncRunItems.runId, started.runId));
    const recorded = await recordGroup(source, "intralinks", rows.map((item) => ({ item, blob: { key: "0".repeat(64), sha256: "0".repeat(64), size: 1 } })));
    expect(recorded).toBe(0);
    const [after] = await db.select().from(syncRuns).where(eq(syncRuns.id, started.runId));
    expect(after).toMatchObject({ doneDocs: 24, bytes: run.bytes });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("re-syncs an unchanged tree with listing calls only and a number of queries that does not grow with the tree", async () => {
    const queriesFor = async (files: number) => {
      const fixture = await syncFixture(emulators, "highq", { files, folders: 3 });
      await runSync(fixture.syncSourceId, plainIO);
      const downloads = (endpoints: string[]) => endpoints.filter((endpoint) => /\/content$/.test(endpoint));
      expect(downloads(Object.keys(await fixture.control.counters()))).not.toEqual([]);
      await fixture.control.resetCounters();
      const counter = countQueries();
      const outcome = await runSync(fixture.syncSourceId, plainIO);
      const queries = counter.stop();
      expect(outcome.status).toBe("succeeded");
      const calls = Object.keys(await fixture.control.counters());
      expect(downloads(calls)).toEqual([]);
      return queries;
    };
    const small = await queriesFor(5);
    const large = await queriesFor(150);
    // Only the listing (and so the tree's folder depth) changes the count, never the documents.
    expect(large).toBeLessThanOrEqual(small + 4);
    expect(large).toBeLessThan(60);
  });
});

describe("recording a group", () => {
  it("writes a group of changed documents in the same number of statements whatever its size", async () => {
    const queriesFor = async (files: number) => {
      const fixture = await syncFixture(emulators, "highq", { files, folders: 1 });
      await runSync(fixture.syncSourceId, plainIO);
      for (const id of fixture.fileIds) await fixture.control.updateFile(id, { change: true });
      const started = await startRun(fixture.syncSourceId, "manual");
      if (!("runId" in started)) throw new Error(started.skip);
      const source = await sourceOf(fixture.syncSourceId);
      await planRun(started.runId, source, "highq", await connectorForConnection(source.connectionId!));
      const rows = await db.select().from(syncRunItems).where(eq(syncRunItems.runId, started.runId));
      expect(rows).toHaveLength(files);
      // Rows only: the bytes' key and hash need not be in the store for recording.
      const group = rows.map((item) => ({ item, blob: { key: randomBytes(32).toString("hex"), sha256: randomBytes(32).toString("hex"), size: 1 } }));
      const counter = countQueries();
      const recorded = await recordGroup(source, "highq", group);
      const queries = counter.stop();
      expect(recorded).toBe(files);
      const synced = await syncedDocuments(fixture.syncSourceId);
      expect([...synced.values()].map((document) => document.versionCount)).toEqual(Array(files).fill(2));
      return queries;
    };
    const small = await queriesFor(2);
    const large = await queriesFor(40);
    // Recording adds no query per document; after the commit, the local job queue takes one insert per extraction event.
    expect(large - small).toBeLessThanOrEqual(40 - 2);
  });
});

describe("mirrorFolders", () => {
  it("creates nested folders (parents first, missing ancestors too), reuses existing ones, and returns the same ids again", async () => {
    const fixture = await syncFixture(emulators, "highq");
    const [existing] = await db.insert(folders).values({ divisionId: fixture.division.id, parentId: fixture.folderId, name: "Kept" }).returning();
    const paths = ["Kept/Inner/Deep", "Other", "Kept"];
    const first = await mirrorFolders({ divisionId: fixture.division.id, rootId: fixture.folderId, paths });
    expect(first.get("Kept")).toBe(existing.id);
    expect([...first.keys()].sort()).toEqual(["", "Kept", "Kept/Inner", "Kept/Inner/Deep", "Other"]);
    const [inner] = await db.select().from(folders).where(and(eq(folders.parentId, existing.id), eq(folders.name, "Inner")));
    expect(first.get("Kept/Inner")).toBe(inner.id);
    const [deep] = await db.select().from(folders).where(eq(folders.id, first.get("Kept/Inner/Deep")!));
    expect(deep.parentId).toBe(inner.id);

    const again = await mirrorFolders({ divisionId: fixture.division.id, rootId: fixture.folderId, paths });
    expect(again).toEqual(first);
  });
});
