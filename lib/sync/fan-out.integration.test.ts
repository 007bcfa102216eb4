/**
 * Many sources due at once: one scheduler tick requests a run of each, and the local runner takes
 * the runs of several hosts round-robin, never more at once per host than the cap that sync and
 * report runs share. Counts and order only: nothing here waits on a clock.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { HOST_RUNS, HOST_RUNS_RULE } from "@/lib/connectors/host-slots";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { folders, integrations, jobEventQueue, jobQueue, remoteConnections, syncSources, type QueuedJob } from "@/lib/db/schema";
import type { JobDefinition } from "@/lib/jobs/definition";
import { claimJob, deliverEvents, enqueueJob, finishJob } from "@/lib/jobs/queue";
import { runJobInline } from "@/lib/jobs/run-job";
import { reportRunJob } from "@/lib/reports/jobs";
import { makeDivision, makeUser, unique } from "@/test/factories";
import { syncRunJob, syncTickJob } from "./jobs";

/** Sources per host: 200 in all, unevenly spread, over three divisions. */
const SOURCES_PER_HOST = [80, 50, 40, 20, 10];
const REPORTS_PER_HOST = 2;

/**
 * The run jobs under ids of this test (other files' runners take only their own ids) and with a
 * shared rule of this test (their runs on these hosts never count here); limit and key are the real ones.
 */
function testCopies() {
  const shared = { ...HOST_RUNS_RULE, shared: unique("remote-host") };
  const copy = (job: JobDefinition): JobDefinition => ({ ...job, id: unique(job.id), concurrency: [job.concurrency![0], shared] });
  return { syncRun: copy(syncRunJob), reportRun: copy(reportRunJob) };
}

async function makeSources() {
  const owner = await makeUser();
  const divisions = [await makeDivision(), await makeDivision(), await makeDivision()];
  const hosts: string[] = [];
  const sources: { id: string; host: string; divisionId: string }[] = [];
  for (const [index, count] of SOURCES_PER_HOST.entries()) {
    const host = `fair-${index}-${randomUUID().slice(0, 8)}.example/demo`;
    hosts.push(host);
    const [integration] = await db
      .insert(integrations)
      .values({ provider: "highq", name: unique("HighQ"), host, clientId: "client", clientSecretEncrypted: encryptSecret("secret") })
      .returning();
    const [connection] = await db
      .insert(remoteConnections)
      .values({ integrationId: integration.id, userId: owner.id, remoteAccountId: "1", accessTokenEncrypted: encryptSecret("token"), expiresAt: new Date(Date.now() + 3600_000) })
      .returning();
    const places = Array.from({ length: count }, (_, n) => ({ divisionId: divisions[n % divisions.length].id, name: unique("Synced") }));
    const made = await db.insert(folders).values(places).returning();
    const rows = await db
      .insert(syncSources)
      .values(
        made.map((folder) => ({
          divisionId: folder.divisionId,
          folderId: folder.id,
          integrationId: integration.id,
          connectionId: connection.id,
          ownerId: owner.id,
          workspaceId: "101",
          workspaceName: "Project Atlas",
          remoteRootFolderId: "1",
          remoteRootPath: "/",
          nextRunAt: null,
        })),
      )
      .returning();
    sources.push(...rows.map((row) => ({ id: row.id, host, divisionId: row.divisionId })));
  }
  return { hosts, sources };
}

describe("200 sources due in the same tick", () => {
  it("get one run request each, taken round-robin by host and never more at once per host than sync and reports share", async () => {
    const { hosts, sources } = await makeSources();
    const { syncRun, reportRun } = testCopies();
    const mine = new Set(sources.map((source) => source.id));
    // Report pushes queued before the tick, on the same hosts: older, so first in their host's turn.
    for (const host of hosts) {
      for (let n = 0; n < REPORTS_PER_HOST; n++) {
        await enqueueJob(reportRun, { runId: randomUUID(), reportTargetId: randomUUID(), host }, { runAt: new Date(Date.now() - 60_000) });
      }
    }

    const tick = (await runJobInline(syncTickJob, {})) as { requested: number };
    expect(tick.requested).toBeGreaterThanOrEqual(sources.length);
    const events = await db.select().from(jobEventQueue).where(eq(jobEventQueue.name, "sync/run.requested"));
    const requested = events.map((event) => String(event.payload.syncSourceId)).filter((id) => mine.has(id));
    expect(requested.sort()).toEqual([...mine].sort());

    while ((await deliverEvents([syncRun])) > 0);
    const queued = await db.select().from(jobQueue).where(inArray(jobQueue.jobId, [syncRun.id]));
    const runsBySource = new Map<string, number>();
    for (const job of queued) runsBySource.set(String(job.payload.syncSourceId), (runsBySource.get(String(job.payload.syncSourceId)) ?? 0) + 1);
    expect([...mine].map((id) => runsBySource.get(id))).toEqual([...mine].map(() => 1));

    // Rounds: claim until nothing more may start, then let every claimed run finish.
    const definitions = new Map([syncRun, reportRun].map((definition) => [definition.id, definition]));
    const left = new Map(hosts.map((host, index) => [host, SOURCES_PER_HOST[index] + REPORTS_PER_HOST]));
    const claimedByHost = new Map<string, QueuedJob[]>(hosts.map((host) => [host, []]));
    for (let round = 1; [...left.values()].some((n) => n > 0); round++) {
      const claimed: QueuedJob[] = [];
      for (let job = await claimJob(definitions); job; job = await claimJob(definitions)) claimed.push(job);
      const ours = claimed.filter((job) => left.has(String(job.payload.host)));
      const hostsOf = ours.map((job) => String(job.payload.host));
      const pending = hosts.filter((host) => left.get(host)! > 0);
      // Each host with runs waiting gets its share, up to the cap, whatever the others have waiting…
      expect(Object.fromEntries(hosts.map((host) => [host, hostsOf.filter((h) => h === host).length])), `round ${round}`).toEqual(
        Object.fromEntries(hosts.map((host) => [host, Math.min(HOST_RUNS, left.get(host)!)])),
      );
      // …and the hosts take turns: every waiting host once before any host a second time.
      expect(new Set(hostsOf.slice(0, pending.length)).size, `round ${round}`).toBe(pending.length);
      for (const job of ours) {
        left.set(String(job.payload.host), left.get(String(job.payload.host))! - 1);
        claimedByHost.get(String(job.payload.host))!.push(job);
      }
      for (const job of claimed) await finishJob(job.id);
    }

    for (const jobs of claimedByHost.values()) {
      // One queue per host for both kinds of run, oldest first: the report pushes queued before the tick lead.
      expect(jobs.slice(0, REPORTS_PER_HOST).map((job) => job.jobId)).toEqual(Array(REPORTS_PER_HOST).fill(reportRun.id));
      const times = jobs.map((job) => [job.runAt.getTime(), job.createdAt.getTime()]);
      expect(times).toEqual([...times].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
    const claimedSources = [...claimedByHost.values()].flat().filter((job) => job.jobId === syncRun.id).map((job) => String(job.payload.syncSourceId));
    expect(claimedSources.sort()).toEqual([...mine].sort());
  });
});
