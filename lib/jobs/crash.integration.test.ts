import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { FsBlobStore } from "@/lib/storage/fs-blob-store";
import type { JobDefinition } from "./definition";
import { LocalRunner } from "./local-runner";
import { enqueueJob } from "./queue";

const blobRoot = () => path.resolve(env().FERRY_DATA_DIR, "blobs");
const incomingOf = async (pid: number) => (await readdir(path.join(blobRoot(), "incoming")).catch(() => [] as string[])).filter((name) => name.split("~")[1] === String(pid));

describe("a local runner killed with SIGKILL", () => {
  it("has its job resumed by the first poll of the next runner, and leaves no temporary file behind", { timeout: 120_000 }, async () => {
    const calls: string[] = [];
    const job: JobDefinition = {
      id: `test-${randomUUID()}`,
      trigger: { event: "test/event" },
      schema: z.object({}).passthrough(),
      handler: async (_payload, io) => {
        await io.step("first", async () => void calls.push("first"));
        calls.push("second");
      },
    };
    await enqueueJob(job, {});
    // Node itself (tsx as a loader, not its wrapper process), so the pid killed is the runner's.
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/job-runner-child.ts", job.id], { env: process.env, stdio: "ignore" });
    const exited = once(child, "exit");
    try {
      // The child has finished the first step and has a download's temporary file open.
      for (;;) {
        const [row] = await db.select().from(jobQueue).where(eq(jobQueue.jobId, job.id));
        if (row.steps.first && (await incomingOf(child.pid!)).length > 0) break;
        if (child.exitCode !== null) throw new Error(`the child runner exited with ${child.exitCode}`);
        await sleep(100);
      }
    } finally {
      child.kill("SIGKILL");
      await exited;
    }
    const [held] = await db.select().from(jobQueue).where(eq(jobQueue.jobId, job.id));
    expect(held).toMatchObject({ status: "running", attempts: 1 });
    expect(held.leaseHolder?.split("~")[1]).toBe(String(child.pid));

    // At start: the dead writer's file goes, a live writer's stays.
    const store = new FsBlobStore(blobRoot());
    const live = new AbortController();
    const writing = store.put(new Readable({ read() {} }), { signal: live.signal }).catch(() => undefined);
    while ((await incomingOf(process.pid)).length === 0) await sleep(10);
    await store.removeAbandonedIncoming();
    expect(await incomingOf(child.pid!)).toEqual([]);
    expect((await incomingOf(process.pid)).length).toBeGreaterThan(0);
    live.abort();
    await writing;

    // One poll of a new runner takes the job back and finishes it from its saved first step.
    await new LocalRunner({ definitions: [job] }).drain();
    const [done] = await db.select().from(jobQueue).where(eq(jobQueue.jobId, job.id));
    expect(done).toMatchObject({ status: "succeeded", attempts: 2, leaseHolder: null });
    expect(calls).toEqual(["second"]);
  });
});
