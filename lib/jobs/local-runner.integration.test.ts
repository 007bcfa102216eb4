import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RemoteError } from "@/lib/connectors/errors";
import { db } from "@/lib/db";
import { jobEventQueue, jobQueue, type QueuedJob } from "@/lib/db/schema";
import type { JobDefinition } from "./definition";
import { emit } from "./emit";
import { LocalRunner } from "./local-runner";
import { claimJob, enqueueJob, finishJob } from "./queue";

/**
 * Each test uses its own job ids, so runners of parallel test files never take each other's rows;
 * built without `defineJob`, whose event triggers are the catalogue's, and enqueued directly.
 */
const testJob = (overrides: Partial<JobDefinition> & Pick<JobDefinition, "handler">): JobDefinition => ({
  id: `test-${randomUUID()}`,
  trigger: { event: "test/event" },
  schema: z.object({ key: z.string().default("k") }),
  ...overrides,
});

const rowsOf = (jobId: string) => db.select().from(jobQueue).where(eq(jobQueue.jobId, jobId));

describe("LocalRunner", () => {
  it("retries a failed job from its last finished step, honouring the remote's Retry-After", async () => {
    const calls: string[] = [];
    const job = testJob({
      handler: async (_payload, io) => {
        const first = await io.step("first", async () => {
          calls.push("first");
          return { n: 1 };
        });
        await io.step("second", async () => {
          calls.push(`second@${io.attempt}`);
          if (io.attempt === 1) throw new RemoteError("RATE_LIMITED", { retryAfterMs: 0 });
        });
        return first.n;
      },
    });
    await enqueueJob(job, {});
    await new LocalRunner({ definitions: [job] }).drain();
    expect(calls).toEqual(["first", "second@1", "second@2"]);
    const [row] = await rowsOf(job.id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 2, steps: { first: { n: 1 }, second: null } });
  });

  it("does not retry non-retryable failures or invalid payloads", async () => {
    const job = testJob({ handler: async () => Promise.reject(new RemoteError("WORKSPACE_NOT_ACCESSIBLE")) });
    await enqueueJob(job, {});
    await db.insert(jobQueue).values({ jobId: job.id, payload: { key: 42 } });
    await new LocalRunner({ definitions: [job] }).drain();
    const rows = await rowsOf(job.id);
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["failed", 1],
      ["failed", 1],
    ]);
    expect(rows.every((row) => row.lastError)).toBe(true);
  });

  it("backs off before retrying other errors", async () => {
    const job = testJob({ handler: async () => Promise.reject(new Error("connection refused")) });
    await enqueueJob(job, {});
    await new LocalRunner({ definitions: [job] }).drain();
    const [row] = await rowsOf(job.id);
    expect(row.status).toBe("pending");
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.lastError).toBe("connection refused");
  });

  it("never runs two jobs with the same concurrency key at once", async () => {
    let running = 0;
    let most = 0;
    const job = testJob({
      concurrency: [{ limit: 1, key: "key" }],
      handler: async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(20);
        running -= 1;
      },
    });
    for (let index = 0; index < 4; index++) await enqueueJob(job, { key: "same" });
    // Two runners, as two processes would be.
    await Promise.all([new LocalRunner({ definitions: [job] }).drain(), new LocalRunner({ definitions: [job] }).drain()]);
    // A drain may end while the other runner still holds the key; finish what is left.
    await new LocalRunner({ definitions: [job] }).drain();
    expect(most).toBe(1);
    expect((await rowsOf(job.id)).every((row) => row.status === "succeeded")).toBe(true);
  });

  it("counts the runs of jobs that share a rule together, per key value", async () => {
    const shared = { limit: 2, key: "key", shared: `test-${randomUUID()}` };
    const [sync, report] = [testJob({ concurrency: [shared], handler: async () => {} }), testJob({ concurrency: [shared], handler: async () => {} })];
    for (let n = 0; n < 3; n++) {
      await enqueueJob(sync, { key: "host-1" });
      await enqueueJob(report, { key: "host-1" });
    }
    await enqueueJob(report, { key: "host-2" });
    const definitions = new Map([sync, report].map((definition) => [definition.id, definition]));
    const claimed: QueuedJob[] = [];
    for (let job = await claimJob(definitions); job; job = await claimJob(definitions)) claimed.push(job);
    // Two on host-1 between both jobs, not two each.
    expect(claimed.map((job) => job.payload.key).sort()).toEqual(["host-1", "host-1", "host-2"]);
    await finishJob(claimed.find((job) => job.payload.key === "host-1")!.id);
    expect((await claimJob(definitions))?.payload.key).toBe("host-1");
    expect(await claimJob(definitions)).toBeNull();
  });

  it("takes jobs round-robin by shared key, the oldest first within a key", async () => {
    const job = testJob({ concurrency: [{ limit: 3, key: "key", shared: `test-${randomUUID()}` }], handler: async () => {} });
    const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);
    // Host a's five are all older than host b's two.
    for (let n = 0; n < 5; n++) await enqueueJob(job, { key: "a" }, { runAt: secondsAgo(60 - n) });
    for (let n = 0; n < 2; n++) await enqueueJob(job, { key: "b" }, { runAt: secondsAgo(30 - n) });
    const definitions = new Map([[job.id, job]]);
    const claimed: QueuedJob[] = [];
    for (let next = await claimJob(definitions); next; next = await claimJob(definitions)) claimed.push(next);
    expect(claimed.map((row) => row.payload.key)).toEqual(["a", "b", "a", "b", "a"]);
    const hostA = claimed.filter((row) => row.payload.key === "a").map((row) => row.runAt.getTime());
    expect(hostA).toEqual([...hostA].sort((x, y) => x - y));
  });

  it("enqueues each cron minute once, however many runners tick", async () => {
    const job = testJob({ trigger: { cron: "*/5 * * * *" }, schema: z.object({}), handler: async () => {} });
    const at = new Date("2030-01-01T10:05:30Z");
    await new LocalRunner({ definitions: [job] }).enqueueDueCrons(at);
    await new LocalRunner({ definitions: [job] }).enqueueDueCrons(at);
    await new LocalRunner({ definitions: [job] }).enqueueDueCrons(new Date("2030-01-01T10:06:00Z"));
    expect((await rowsOf(job.id)).map((row) => row.dedupeKey)).toEqual([`cron:${job.id}:2030-01-01T10:05:00.000Z`]);
  });

  it("hands an emitted event to every definition it triggers, once each, however many runners deliver", async () => {
    const payload = { integrationId: randomUUID(), userId: randomUUID() };
    const seen: string[] = [];
    // Other test files emit this event too; these definitions see theirs, and are asked about this one.
    const listener = (name: string): JobDefinition =>
      testJob({
        trigger: { event: "integration.authorised" },
        schema: z.object({ integrationId: z.uuid(), userId: z.uuid() }),
        handler: async (data) => {
          if ((data as { userId: string }).userId === payload.userId) seen.push(name);
        },
      });
    const definitions = [listener("first"), listener("second")];
    await emit("integration.authorised", payload);
    await Promise.all([new LocalRunner({ definitions }).drain(), new LocalRunner({ definitions }).drain()]);
    await new LocalRunner({ definitions }).drain();
    expect(seen.sort()).toEqual(["first", "second"]);
    const [event] = await db.select().from(jobEventQueue).where(sql`${jobEventQueue.payload} ->> 'userId' = ${payload.userId}`);
    expect(event.deliveredTo.sort()).toEqual(definitions.map((definition) => definition.id).sort());
  });

  it("refuses to emit a payload that does not fit the event's schema", async () => {
    await expect(emit("integration.authorised", { integrationId: "not-a-uuid", userId: randomUUID() })).rejects.toThrow(/UUID/i);
  });
});
