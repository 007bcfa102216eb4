import { existsSync } from "node:fs";
import { jobBackend } from "@/lib/env";
import { LocalRunner } from "@/lib/jobs/local-runner";
import { jobDefinitions } from "@/lib/job-registry";
import { blobStore } from "@/lib/storage";

/**
 * The embedded job runner (`npm run jobs`, started by `npm run dev`): the same job handlers and
 * cron schedules as the Inngest functions, over the Postgres queue. Unneeded when Inngest is set up.
 */
async function main() {
  // Started on its own it needs the settings `npm run dev` generated; under dev they are inherited.
  if (existsSync(".env.local")) process.loadEnvFile(".env.local");
  if (jobBackend() === "inngest") {
    console.log("[jobs] Inngest is configured (INNGEST_EVENT_KEY or INNGEST_DEV); the local runner is not needed.");
    return;
  }
  // Downloads a killed runner left half-written; files of live writers (the app) stay.
  const removed = (await blobStore().removeAbandonedIncoming?.()) ?? 0;
  if (removed > 0) console.log(`[jobs] removed ${removed} temporary file(s) left by a process that stopped`);
  const runner = new LocalRunner({ definitions: jobDefinitions, log: (message) => console.log(`[jobs] ${message}`) });
  const stop = () => {
    console.log("[jobs] stopping after the jobs in flight…");
    runner.stop();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`[jobs] local runner started: ${jobDefinitions.map((definition) => definition.id).join(", ")}`);
  await runner.run();
  process.exit(0);
}

main().catch((error) => {
  console.error("[jobs] the local runner stopped:", error instanceof Error ? error.message : error);
  process.exit(1);
});
