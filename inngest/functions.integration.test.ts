import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RemoteError } from "@/lib/connectors/errors";
import { HOST_RUNS } from "@/lib/connectors/host-slots";
import { db } from "@/lib/db";
import { jobEventQueue, jobQueue, syncRuns, syncSources } from "@/lib/db/schema";
import { NonRetriableJobError } from "@/lib/jobs/errors";
import { jobEvents } from "@/lib/jobs/events";
import { LocalRunner } from "@/lib/jobs/local-runner";
import { enqueueJob } from "@/lib/jobs/queue";
import { syncRunJob, syncTickJob } from "@/lib/sync/jobs";
import { runRequestFor } from "@/lib/sync/schedule";
import { expectMirrors, syncFixture } from "@/test/sync-fixtures";
import { startTestEmulators, type TestEmulators } from "@/test/remote-connections";
import { functions, toInngestConcurrency, toInngestError, toInngestFunction } from "./functions";

let emulators: TestEmulators;
beforeAll(async () => {
  emulators = await startTestEmulators();
});
afterAll(() => emulators?.close());

describe("Inngest functions", () => {
  it("serves one function per job definition", () => {
    expect(functions.map((fn) => fn.id())).toEqual(expect.arrayContaining(["sync-tick", "sync-run"]));
  });

  it("caps sync and report runs per remote host together, with one account-scoped key fed by both events' host", () => {
    const hostRule = (id: string) => {
      const rules = functions.find((fn) => fn.id() === id)!.opts.concurrency as { limit: number; key?: string; scope?: string }[];
      return rules.find((rule) => rule.scope === "account");
    };
    expect(hostRule("sync-run")).toEqual({ limit: HOST_RUNS, scope: "account", key: '"remote-host:" + event.data.host' });
    expect(hostRule("report-run")).toEqual(hostRule("sync-run"));
    // The key reads `host`, which both events must carry.
    expect(jobEvents["sync/run.requested"].safeParse({ syncSourceId: randomUUID() }).success).toBe(false);
    expect(jobEvents["reports/run.requested"].safeParse({ runId: randomUUID(), reportTargetId: randomUUID() }).success).toBe(false);
    expect(toInngestConcurrency({ limit: 1, key: "syncSourceId" })).toEqual({ limit: 1, key: "event.data.syncSourceId" });
  });

  it("maps Ferry's retry rule onto Inngest's errors", () => {
    expect(toInngestError(new RemoteError("REAUTH_REQUIRED"))).toBeInstanceOf(NonRetriableError);
    expect(toInngestError(new RemoteError("ENCRYPTED_DOCUMENT"))).toBeInstanceOf(NonRetriableError);
    expect(toInngestError(new NonRetriableJobError("bad"))).toBeInstanceOf(NonRetriableError);
    const limited = toInngestError(new RemoteError("RATE_LIMITED", { retryAfterMs: 90_000 }));
    expect(limited).toBeInstanceOf(RetryAfterError);
    expect((limited as RetryAfterError).retryAfter).toBe("90"); // Inngest keeps seconds
    const transient = new RemoteError("REMOTE_ERROR", { status: 502 });
    expect(toInngestError(transient)).toBe(transient);
  });

  it("runs a sync source through its steps: start, plan, download batches, finish", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 6, folders: 1 });
    const engine = new InngestTestEngine({ function: toInngestFunction(syncRunJob) });
    const { result, ctx } = await engine.execute({
      events: [{ name: "sync/run.requested", data: { ...(await runRequestFor(fixture.syncSourceId)), trigger: "schedule" } }],
    });
    expect(result).toMatchObject({ status: "succeeded" });
    const steps = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([name]) => name);
    expect(steps).toEqual(["start", "plan", "download-0", "finish"]);
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    expect(run).toMatchObject({ status: "succeeded", found: 6, newCount: 6 });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("hands a sync over to the next step once a step has used its bytes (FERRY_STEP_MAX_BYTES)", async () => {
    const fixture = await syncFixture(emulators, "highq", { files: 3, folders: 0 });
    process.env.FERRY_STEP_MAX_BYTES = "1"; // every document spends the whole budget
    try {
      const engine = new InngestTestEngine({ function: toInngestFunction(syncRunJob) });
      const { result, ctx } = await engine.execute({
        events: [{ name: "sync/run.requested", data: { ...(await runRequestFor(fixture.syncSourceId)), trigger: "schedule" } }],
      });
      expect(result).toMatchObject({ status: "succeeded" });
      const steps = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([name]) => name);
      expect(steps).toEqual(["start", "plan", "download-0", "download-1", "download-2", "finish"]);
    } finally {
      delete process.env.FERRY_STEP_MAX_BYTES;
    }
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });

  it("refuses an invalid event without retrying", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(syncRunJob) });
    const { error } = await engine.execute({ events: [{ name: "sync/run.requested", data: { syncSourceId: "not-a-uuid" } }] });
    expect(error).toMatchObject({ name: "NonRetriableError" });
  });

  it("fans out one run request per due source from the cron tick", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 1, folders: 0 });
    // A new source's first scheduled run is one interval away; make it due now.
    await db.update(syncSources).set({ nextRunAt: new Date(Date.now() - 60_000) }).where(eq(syncSources.id, fixture.syncSourceId));
    const engine = new InngestTestEngine({ function: toInngestFunction(syncTickJob) });
    const { result } = await engine.execute({ events: [{ name: "inngest/scheduled.timer", data: {} }] });
    expect(result).toMatchObject({ requested: expect.any(Number) });
    // Without INNGEST_* settings the fan-out goes to the embedded queue's events.
    const queued = await db.select().from(jobEventQueue).where(eq(jobEventQueue.name, "sync/run.requested"));
    expect(queued.some((row) => row.payload.syncSourceId === fixture.syncSourceId && row.payload.trigger === "schedule")).toBe(true);
  });
});

describe("the same handler on the local runner", () => {
  it("syncs a source from the queue with durable steps", async () => {
    const fixture = await syncFixture(emulators, "intralinks", { files: 5, folders: 1 });
    // Its own id and event keep this runner away from run requests other test files emit.
    const id = `sync-run-${randomUUID()}`;
    const job = { ...syncRunJob, id, trigger: { event: `test/${id}` } };
    await enqueueJob(job, { ...(await runRequestFor(fixture.syncSourceId)) });
    await new LocalRunner({ definitions: [job] }).drain();
    const [row] = await db.select().from(jobQueue).where(eq(jobQueue.jobId, job.id));
    expect(row.status).toBe("succeeded");
    expect(Object.keys(row.steps)).toEqual(expect.arrayContaining(["start", "plan", "download-0", "finish"]));
    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.syncSourceId, fixture.syncSourceId));
    expect(run).toMatchObject({ status: "succeeded", newCount: 5 });
    expect(await expectMirrors(fixture, fixture.fileIds)).toEqual([]);
  });
});
