/**
 * A local job runner in a process of its own, for lib/jobs/crash.integration.test.ts to kill with SIGKILL: it
 * claims the job whose id it is given, finishes the job's first step, starts storing a download
 * that never ends (its temporary file stays open) and waits to be killed.
 */
import { Readable } from "node:stream";
import { z } from "zod";
import type { JobDefinition } from "@/lib/jobs/definition";
import { LocalRunner } from "@/lib/jobs/local-runner";
import { blobStore } from "@/lib/storage";

const job: JobDefinition = {
  id: process.argv[2],
  trigger: { event: "test/event" },
  schema: z.object({}).passthrough(),
  handler: async (_payload, io) => {
    await io.step("first", async () => ({ by: process.pid }));
    void blobStore().put(new Readable({ read() {} }));
    await new Promise(() => {});
  },
};

await new LocalRunner({ definitions: [job], pollMs: 50 }).run();
