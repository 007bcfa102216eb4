import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { folders, notifications, syncRuns, syncSources } from "@/lib/db/schema";
import { createIntegration } from "@/lib/integrations/integrations";
import { evaluateSyncAlerts, FAILED_RUNS_BEFORE_ALERT } from "@/lib/notifications/sync-alerts";
import { makeDivision, makeUser, refresh, unique } from "./factories";
import { getRoute } from "./routes";

// As in actions.integration.test.ts: only the Next.js request context is replaced.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/actions/notifications/inbox");
const notificationsRoute = await import("@/app/api/notifications/route");

/** A real SMTP server on a free port, keeping every message it is given. */
const received: { to: string[]; body: string }[] = [];
let smtp: SMTPServer;

let owner: Actor;
let divisionAdmin: Actor;
let bystander: Actor; // a plain member: not told
let sourceId: string;
const folderName = unique("Deal room");

async function setStatus(status: "active" | "reauth_required") {
  await db.update(syncSources).set({ status }).where(eq(syncSources.id, sourceId));
}
// Runs a second apart, so "the last three runs" is well defined.
let clock = Date.now();
async function addRuns(status: "succeeded" | "failed", n: number) {
  for (let i = 0; i < n; i += 1) {
    clock += 1000;
    await db.insert(syncRuns).values({ syncSourceId: sourceId, status, finishedAt: new Date(clock), createdAt: new Date(clock) });
  }
}
const mine = (actor: Actor) => db.select().from(notifications).where(eq(notifications.userId, actor.id)).orderBy(notifications.createdAt);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

  [owner, divisionAdmin, bystander] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const division = await makeDivision([
    { actor: owner, role: "member" },
    { actor: divisionAdmin, role: "admin" },
    { actor: bystander, role: "member" },
  ]);
  [owner, divisionAdmin, bystander] = await Promise.all([owner, divisionAdmin, bystander].map(refresh));
  const integrationId = await createIntegration(await makeUser({ isConnectorAdmin: true }), {
    provider: "highq",
    name: unique("HighQ"),
    type: "sync",
    host: "company.highq.com/firm",
    clientId: "1012",
    clientSecret: "a-secret-of-at-least-sixteen",
  });
  const [folder] = await db.insert(folders).values({ divisionId: division.id, name: folderName }).returning();
  const [source] = await db
    .insert(syncSources)
    .values({ divisionId: division.id, folderId: folder.id, integrationId, ownerId: owner.id, workspaceId: "1", workspaceName: "Site", remoteRootFolderId: "1", remoteRootPath: "/x" })
    .returning();
  sourceId = source.id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(() => {
  signedIn = owner;
});

/** Mail to this file's people: the alert job looks at every sync of the database, other files' too. */
const ours = () => received.filter((mail) => [owner, divisionAdmin, bystander].some((person) => mail.to.includes(person.email)));

describe("sync alerts", () => {
  it("tells the owner and the division's administrators once when a sync needs reauthentication, in the app and by email", async () => {
    await setStatus("reauth_required");
    await evaluateSyncAlerts();
    await evaluateSyncAlerts(); // a second pass (the next minute) adds nothing
    for (const person of [owner, divisionAdmin]) {
      const list = await mine(person);
      expect(list.map((item) => item.kind)).toEqual(["sync_needs_reauth"]);
      expect(list[0]).toMatchObject({ title: `“${folderName}” needs its owner to authorise again`, readAt: null });
      expect(list[0].emailedAt).not.toBeNull();
    }
    expect(await mine(bystander)).toEqual([]);
    expect(ours().map((mail) => mail.to).flat().sort()).toEqual([owner.email, divisionAdmin.email].sort());
    expect(ours()[0].body).toContain(folderName);
  });

  it("announces the recovery once, and a new problem after it again", async () => {
    await setStatus("active");
    await evaluateSyncAlerts();
    await evaluateSyncAlerts();
    expect((await mine(owner)).map((item) => item.kind)).toEqual(["sync_needs_reauth", "sync_recovered"]);

    await addRuns("failed", FAILED_RUNS_BEFORE_ALERT - 1);
    await evaluateSyncAlerts();
    expect((await mine(owner)).map((item) => item.kind)).toEqual(["sync_needs_reauth", "sync_recovered"]);
    await addRuns("failed", 1);
    await evaluateSyncAlerts();
    await addRuns("failed", 2);
    await evaluateSyncAlerts(); // still the same problem: no new alert per failed run
    expect((await mine(owner)).map((item) => item.kind)).toEqual(["sync_needs_reauth", "sync_recovered", "sync_failing"]);
    await addRuns("succeeded", 1);
    await evaluateSyncAlerts();
    expect((await mine(divisionAdmin)).map((item) => item.kind)).toEqual(["sync_needs_reauth", "sync_recovered", "sync_failing", "sync_recovered"]);
    expect(ours()).toHaveLength(8);
  });

  it("lets each person read and mark only their own notifications", async () => {
    const list = await getRoute<{ unread: number; items: { id: string }[] }>(notificationsRoute.GET, "/api/notifications");
    expect(list).toMatchObject({ status: 200, body: { unread: 4 } });
    const first = list.body.items[0].id;
    expect(await actions.markNotificationReadAction({ notificationId: first, read: true })).toEqual({ ok: true, data: undefined });
    signedIn = divisionAdmin;
    expect(await actions.markNotificationReadAction({ notificationId: first, read: true })).toEqual({ ok: false, error: "That notification was not found." });
    expect(await actions.markAllNotificationsReadAction({})).toMatchObject({ ok: true });
    const ids = (await mine(divisionAdmin)).map((item) => item.id);
    const rows = await db.select().from(notifications).where(inArray(notifications.id, ids));
    expect(rows.every((row) => row.readAt !== null)).toBe(true);
    signedIn = owner;
    expect(await getRoute(notificationsRoute.GET, "/api/notifications")).toMatchObject({ status: 200, body: { unread: 3 } });
  });
});
