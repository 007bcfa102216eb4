/**
 * The authorisation matrix: every server action and route handler of the app, called as every kind
 * of person — signed out, account administrator, connector administrator, division administrator,
 * member, member of another division, removed member, and an account administrator removed from the
 * division — against real Postgres and the real HighQ emulator. The list of entries is checked
 * against the app's files, so a new action or route that is not in the matrix fails this test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { demo } from "@/emulators";
import { makeDivision, makeUser, refresh, unique } from "./factories";
import { authorise, makeIntegration, startTestEmulators, type TestEmulators } from "./remote-connections";

// Only the Next.js request context is replaced (as in actions.integration.test.ts): the session, the cookie jar
// and cache revalidation. Everything the actions reach is real.
// Inngest's serve handler in cloud mode, as in production: it verifies signatures with this key.
// Its registration call (PUT) goes to a closed local port: nothing leaves this machine.
vi.hoisted(() => {
  process.env.INNGEST_SIGNING_KEY ??= `signkey-test-${"0f".repeat(32)}`;
  process.env.INNGEST_BASE_URL = "http://127.0.0.1:9";
});

// Each person has their own browser: the cookie jar is emptied whenever the caller changes.
let signedIn: Actor | null = null;
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn, requireActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => {
  const cookies = { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: (name: string, value: string) => jar.set(name, value), delete: (name: string) => jar.delete(name), getAll: () => [] };
  return { cookies: async () => cookies, headers: async () => new Headers() };
});

const { db } = await import("@/lib/db");
const { memberships } = await import("@/lib/db/schema");
const { eq } = await import("drizzle-orm");
const { createFolder } = await import("@/lib/files/folders");
const { storeUpload } = await import("@/lib/files/documents");
const { configureSyncSource, requestRun } = await import("@/lib/sync/sources");
const { createIntegrationTarget } = await import("@/lib/reports/integration-targets");
const { createReportTarget } = await import("@/lib/reports/report-targets");

// ---- Who calls

const PEOPLE = ["signedOut", "accountAdmin", "connectorAdmin", "divisionAdmin", "member", "otherDivision", "removedMember", "removedAccountAdmin"] as const;
type Person = (typeof PEOPLE)[number];

/** Who may get past the wall, by rule (lib/auth/permissions.ts). */
const RULES = {
  /** Anyone, signed in or not (sign-in, health, OAuth plumbing); what they do is covered elsewhere. */
  public: PEOPLE,
  /** Any signed-in person, for their own account or their own remote authorisations. */
  signedIn: PEOPLE.filter((p) => p !== "signedOut"),
  /** The division's content. */
  member: ["divisionAdmin", "member"],
  /** A sync's owner (the member, in this world) or an administrator of its division. */
  syncOwnerOrDivisionAdmin: ["divisionAdmin", "member"],
  /** Content administration: an administrator of that very division. */
  divisionAdmin: ["divisionAdmin"],
  /** The division's members list (structure, no content). */
  manageMembers: ["accountAdmin", "divisionAdmin", "removedAccountAdmin"],
  /** Users and divisions. */
  accountAdmin: ["accountAdmin", "removedAccountAdmin"],
  /** Integrations (OAuth apps). */
  manageIntegrations: ["accountAdmin", "connectorAdmin", "removedAccountAdmin"],
  /** No person: first-run set-up once Ferry is set up, and what only Inngest may call. */
  nobody: [],
} as const satisfies Record<string, readonly Person[]>;
type Rule = keyof typeof RULES;

/**
 * "denied": stopped by the wall. "ok": it worked. "refused": past the wall but refused for another
 * reason the entry names (a person without a remote authorisation, a wrong password, …).
 */
type Outcome = "ok" | "refused" | "denied" | "unexpected";

const DENIALS = [/^Your session has ended/, /^You are not a member of that division/, /^Only /, /^Ferry is already set up/];

/** A route's refusal is its status and, for JSON answers, the message it sends (the one an action would show). */
async function responseDetail(response: Response): Promise<{ error: string; detail: string }> {
  const text = await response.clone().text();
  let error = text;
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && "error" in body && typeof body.error === "string") error = body.error;
  } catch {
    // Not JSON (Auth.js pages, redirects): the text itself.
  }
  return { error, detail: `${response.status} ${text.slice(0, 160)}` };
}

async function classify(result: unknown, refusal: RegExp | undefined): Promise<{ outcome: Outcome; detail: string }> {
  if (result instanceof Response) {
    const { error, detail } = await responseDetail(result);
    if ([401, 403].includes(result.status)) return { outcome: "denied", detail };
    if (result.status < 400) return { outcome: "ok", detail };
    return { outcome: refusal?.test(error) ? "refused" : "unexpected", detail };
  }
  const value = result as { ok?: boolean; error?: string } | undefined;
  if (value?.ok !== false) return { outcome: "ok", detail: "ok" };
  const error = value.error ?? "";
  if (DENIALS.some((pattern) => pattern.test(error))) return { outcome: "denied", detail: error };
  return { outcome: refusal?.test(error) ? "refused" : ("unexpected" as Outcome), detail: error };
}

/** Server actions may end in a redirect (thrown by Next), which means they went ahead. */
async function attempt(call: () => Promise<unknown>, refusal: RegExp | undefined) {
  try {
    return await classify(await call(), refusal);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { outcome: "ok" as const, detail: "redirect" };
    throw error;
  }
}

// ---- The world: division D holds the content; the outsider administers another one

let emulators: TestEmulators;
const people = {} as Record<Exclude<Person, "signedOut">, Actor>;
let D: string;
let folder: string;
let document: string;
let syncSource: string;
let syncRun: string;
let integration: string;
let adminIntegration: string;
let removedAdminsIntegration: string;
let target: string;
let reportTarget: string;
let removedAdminsTarget: string;
const SHEET = { siteId: "101", sheetId: "301" };
const MAPPING = [{ field: "fileName", columnId: "1201" }];

const actorFor = (person: Person) => (person === "signedOut" ? null : people[person]);
const bytes = (text: string) => Readable.from([Buffer.from(text)]);

async function freshFolder() {
  return createFolder(people.member, { divisionId: D, parentId: null, name: unique("Folder") });
}
async function freshDocument() {
  return (await storeUpload(people.member, { folderId: folder, filename: `${unique("memo")}.txt`, body: bytes("Confidential memo.") })).documentId;
}
async function freshSyncSource() {
  return configureSyncSource(people.member, { folderId: await freshFolder(), integrationId: integration, workspaceId: "101", path: "/", intervalMinutes: 60 });
}
async function freshTarget(owner = people.divisionAdmin, integrationId = adminIntegration) {
  return createIntegrationTarget(owner, { divisionId: D, name: unique("Target"), integrationId, ...SHEET });
}
async function freshReportTarget() {
  return createReportTarget(people.divisionAdmin, { divisionId: D, name: unique("Report"), integrationTargetId: target, folderId: null, mapping: MAPPING, scheduleHours: null });
}
async function membersNotification() {
  const { notifications } = await import("@/lib/db/schema");
  const [row] = await db
    .insert(notifications)
    .values({ userId: people.member.id, divisionId: D, syncSourceId: syncSource, kind: "sync_failing", title: "Sync failing", body: "The last three runs failed.", href: "/sync" })
    .returning({ id: notifications.id });
  return row.id;
}
async function throwawayUser() {
  return makeUser();
}

beforeAll(async () => {
  emulators = await startTestEmulators();
  const [accountAdmin, connectorAdmin, divisionAdmin, member, otherDivision, removedMember, removedAccountAdmin] = await Promise.all([
    makeUser({ isAccountAdmin: true }),
    makeUser({ isConnectorAdmin: true }),
    makeUser(),
    makeUser(),
    makeUser(),
    makeUser(),
    makeUser({ isAccountAdmin: true }),
  ]);
  D = (await makeDivision([
    { actor: divisionAdmin, role: "admin" },
    { actor: member, role: "member" },
    { actor: removedMember, role: "member" },
    { actor: removedAccountAdmin, role: "admin" },
  ])).id;
  await makeDivision([{ actor: otherDivision, role: "admin" }]);
  Object.assign(people, { accountAdmin, connectorAdmin, otherDivision });
  for (const [key, actor] of Object.entries({ divisionAdmin, member, removedMember, removedAccountAdmin })) people[key as Person & keyof typeof people] = await refresh(actor);

  // Each person authorises an integration of their own with the emulator's demo user.
  integration = await makeIntegration(emulators, "highq");
  adminIntegration = await makeIntegration(emulators, "highq");
  await authorise(people.member, integration, demo.users[0].email);
  await authorise(people.divisionAdmin, adminIntegration, demo.users[0].email);
  removedAdminsIntegration = await makeIntegration(emulators, "highq");
  await authorise(people.removedAccountAdmin, removedAdminsIntegration, demo.users[0].email);

  folder = await freshFolder();
  document = await freshDocument();
  syncSource = await freshSyncSource();
  await requestRun(people.member, syncSource);
  const { syncRuns } = await import("@/lib/db/schema");
  syncRun = (await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.syncSourceId, syncSource)))[0].id;
  target = await freshTarget();
  reportTarget = await freshReportTarget();
  removedAdminsTarget = await freshTarget(people.removedAccountAdmin, removedAdminsIntegration);

  // The two removals: a member, and an account administrator who administered D.
  const { removeMembership } = await import("@/lib/admin/divisions");
  for (const person of [people.removedMember, people.removedAccountAdmin]) await removeMembership(people.divisionAdmin, { divisionId: D, userId: person.id });
  people.removedMember = await refresh(people.removedMember);
  people.removedAccountAdmin = await refresh(people.removedAccountAdmin);
}, 120_000);

afterAll(() => emulators?.close());

// ---- Every action and route, with its rule and a call that prepares what it needs

const filesActions = () => import("@/lib/actions/files/folders");
const syncActions = () => import("@/lib/actions/sync/sync-sources");
const userActions = () => import("@/lib/actions/admin/users");
const divisionActions = () => import("@/lib/actions/admin/divisions");
const targetActions = () => import("@/lib/actions/reports/integration-targets");
const integrationActions = () => import("@/lib/actions/integrations/integrations");
const reportActions = () => import("@/lib/actions/reports/report-targets");
const extractionActions = () => import("@/lib/actions/insights/extraction");
const overviewActions = () => import("@/lib/actions/overview/transfer");
const notificationActions = () => import("@/lib/actions/notifications/inbox");
const authActions = () => import("@/lib/actions/auth/sign-in");
const passwordActions = () => import("@/lib/actions/account/password");

/** A read route called as the browser would: its URL (with the query) and the route's params. */
async function read(route: Promise<{ GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> }>, url: string, params: Record<string, string>) {
  return (await route).GET(new Request(new URL(url, "http://localhost:3000")), { params: Promise.resolve(params) });
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

/** `refusal`: how an allowed person may still be turned away (not by the wall); anything else must succeed. */
type Entry = { rule: Rule; call: () => Promise<unknown>; refusal?: RegExp };

const NOT_AUTHORISED = /^Authorise .* first|with your HighQ account first/;

async function inngestRoute(method: "GET" | "POST" | "PUT") {
  const { NextRequest } = await import("next/server");
  const route = await import("@/app/api/inngest/route");
  const body = method === "GET" ? undefined : JSON.stringify({ event: { name: "sync/run.requested", data: {} }, steps: {}, ctx: { run_id: "forged", attempt: 0 } });
  const url = `http://localhost:3000/api/inngest${method === "POST" ? "?fnId=ferry-sync-run&stepId=step" : ""}`;
  return route[method](new NextRequest(url, { method, body, headers: { "content-type": "application/json" } }), undefined as never);
}

async function authRoute(method: "GET" | "POST", action: string) {
  const { NextRequest } = await import("next/server");
  const route = await import("@/app/auth/[...nextauth]/route");
  return route[method](new NextRequest(`http://localhost:3000/auth/${action}`, { method, body: method === "POST" ? new URLSearchParams() : undefined }));
}

const MATRIX: Record<string, Entry> = {
  // Files (content)
  "lib/actions/files/folders.ts#createFolderAction": { rule: "member", call: async () => (await filesActions()).createFolderAction({ divisionId: D, parentId: null, name: unique("New") }) },
  "lib/actions/files/folders.ts#renameFolderAction": { rule: "member", call: async () => (await filesActions()).renameFolderAction({ folderId: await freshFolder(), name: unique("Renamed") }) },
  "lib/actions/files/folders.ts#moveFolderAction": { rule: "member", call: async () => (await filesActions()).moveFolderAction({ folderId: await freshFolder(), parentId: folder }) },
  "lib/actions/files/folders.ts#deleteFolderAction": { rule: "member", call: async () => (await filesActions()).deleteFolderAction({ folderId: await freshFolder(), confirmedDocuments: 0 }) },
  "lib/actions/files/folders.ts#deleteDocumentAction": { rule: "member", call: async () => (await filesActions()).deleteDocumentAction({ documentId: await freshDocument() }) },

  // Sync (content; remote listings are the caller's own account)
  "lib/actions/sync/sync-sources.ts#configureSyncAction": { rule: "member", call: async () => (await syncActions()).configureSyncAction({ folderId: await freshFolder(), integrationId: integration, workspaceId: "101", path: "/", intervalMinutes: 60 }), refusal: NOT_AUTHORISED },
  "lib/actions/sync/sync-sources.ts#syncNowAction": { rule: "member", call: async () => (await syncActions()).syncNowAction({ syncSourceId: syncSource }) },
  "lib/actions/sync/sync-sources.ts#pauseSyncAction": { rule: "member", call: async () => (await syncActions()).pauseSyncAction({ syncSourceId: await freshSyncSource() }) },
  "lib/actions/sync/sync-sources.ts#resumeSyncAction": { rule: "member", call: async () => (await syncActions()).resumeSyncAction({ syncSourceId: syncSource }) },
  "lib/actions/sync/sync-sources.ts#removeSyncAction": { rule: "member", call: async () => (await syncActions()).removeSyncAction({ syncSourceId: await freshSyncSource() }) },

  // Users and divisions (structure)
  "lib/actions/admin/users.ts#createUserAction": { rule: "accountAdmin", call: async () => (await userActions()).createUserAction({ name: "New person", email: `${unique("new")}@example.test` }) },
  "lib/actions/admin/users.ts#updateUserRolesAction": { rule: "accountAdmin", call: async () => (await userActions()).updateUserRolesAction({ userId: (await throwawayUser()).id, isAccountAdmin: false, isConnectorAdmin: true }) },
  "lib/actions/admin/users.ts#setUserDisabledAction": { rule: "accountAdmin", call: async () => (await userActions()).setUserDisabledAction({ userId: (await throwawayUser()).id, disabled: true }) },
  "lib/actions/admin/users.ts#resetUserPasswordAction": { rule: "accountAdmin", call: async () => (await userActions()).resetUserPasswordAction({ userId: (await throwawayUser()).id }) },
  "lib/actions/admin/divisions.ts#createDivisionAction": { rule: "accountAdmin", call: async () => (await divisionActions()).createDivisionAction({ name: unique("Division") }) },
  "lib/actions/admin/divisions.ts#renameDivisionAction": { rule: "accountAdmin", call: async () => (await divisionActions()).renameDivisionAction({ divisionId: (await makeDivision()).id, name: unique("Renamed") }) },
  "lib/actions/admin/divisions.ts#deleteDivisionAction": { rule: "accountAdmin", call: async () => (await divisionActions()).deleteDivisionAction({ divisionId: (await makeDivision()).id }) },
  "lib/actions/admin/divisions.ts#setMembershipAction": { rule: "manageMembers", call: async () => (await divisionActions()).setMembershipAction({ divisionId: D, userId: (await throwawayUser()).id, role: "member" }) },
  "lib/actions/admin/divisions.ts#removeMembershipAction": {
    rule: "manageMembers",
    call: async () => {
      const user = await throwawayUser();
      await db.insert(memberships).values({ divisionId: D, userId: user.id, role: "member" });
      return (await divisionActions()).removeMembershipAction({ divisionId: D, userId: user.id });
    },
  },

  // Integration targets (content administration)
  "lib/actions/reports/integration-targets.ts#createIntegrationTargetAction": { rule: "divisionAdmin", call: async () => (await targetActions()).createIntegrationTargetAction({ divisionId: D, name: unique("Target"), integrationId: adminIntegration, ...SHEET }) },
  "lib/actions/reports/integration-targets.ts#updateIntegrationTargetAction": { rule: "divisionAdmin", call: async () => (await targetActions()).updateIntegrationTargetAction({ divisionId: D, targetId: await freshTarget(), name: unique("Edited"), integrationId: adminIntegration, ...SHEET }) },
  "lib/actions/reports/integration-targets.ts#testIntegrationTargetAction": { rule: "divisionAdmin", call: async () => (await targetActions()).testIntegrationTargetAction({ targetId: target }) },
  "lib/actions/reports/integration-targets.ts#deleteIntegrationTargetAction": { rule: "divisionAdmin", call: async () => (await targetActions()).deleteIntegrationTargetAction({ targetId: await freshTarget() }) },

  // Integrations (account level); authorising is every person's own business
  "lib/actions/integrations/integrations.ts#createIntegrationAction": {
    rule: "manageIntegrations",
    call: async () => (await integrationActions()).createIntegrationAction({ provider: "highq", name: unique("HighQ"), type: "sync", host: "company.highq.com/firm", clientId: "1", clientSecret: "matrix-secret-value-000000000001" }),
  },
  "lib/actions/integrations/integrations.ts#updateIntegrationAction": {
    rule: "manageIntegrations",
    call: async () => (await integrationActions()).updateIntegrationAction({ integrationId: await makeIntegration(emulators, "highq"), provider: "highq", name: unique("Edited"), type: "sync", host: "company.highq.com/firm", clientId: "1", clientSecret: "" }),
  },
  "lib/actions/integrations/integrations.ts#deleteIntegrationAction": { rule: "manageIntegrations", call: async () => (await integrationActions()).deleteIntegrationAction({ integrationId: await makeIntegration(emulators, "highq") }) },
  "lib/actions/integrations/integrations.ts#authoriseIntegrationAction": { rule: "signedIn", call: async () => (await integrationActions()).authoriseIntegrationAction({ integrationId: integration, returnTo: "/files" }) },
  "lib/actions/integrations/integrations.ts#disconnectIntegrationAction": { rule: "signedIn", call: async () => (await integrationActions()).disconnectIntegrationAction({ integrationId: await makeIntegration(emulators, "highq") }), refusal: /^Your authorisation was not found/ },
  "lib/actions/integrations/integrations.ts#testConnectionAction": { rule: "signedIn", call: async () => (await integrationActions()).testConnectionAction({ integrationId: integration }), refusal: /^Authorise this integration with your own account first/ },

  // Insights and report targets (content administration; reading them is for members)
  "lib/actions/insights/extraction.ts#rerunExtractionAction": { rule: "divisionAdmin", call: async () => (await extractionActions()).rerunExtractionAction({ divisionId: D }) },
  "lib/actions/reports/report-targets.ts#createReportTargetAction": { rule: "divisionAdmin", call: async () => (await reportActions()).createReportTargetAction({ divisionId: D, name: unique("Report"), integrationTargetId: target, folderId: null, mapping: MAPPING, scheduleHours: null }) },
  "lib/actions/reports/report-targets.ts#updateReportTargetAction": { rule: "divisionAdmin", call: async () => (await reportActions()).updateReportTargetAction({ reportTargetId: await freshReportTarget(), divisionId: D, name: unique("Report"), integrationTargetId: target, folderId: null, mapping: MAPPING, scheduleHours: null }) },
  "lib/actions/reports/report-targets.ts#deleteReportTargetAction": { rule: "divisionAdmin", call: async () => (await reportActions()).deleteReportTargetAction({ reportTargetId: await freshReportTarget() }) },
  "lib/actions/reports/report-targets.ts#runReportAction": { rule: "divisionAdmin", call: async () => (await reportActions()).runReportAction({ reportTargetId: reportTarget }) },

  // Sync overview: handing a sync over; notifications are each person's own
  "lib/actions/overview/transfer.ts#transferSyncAction": { rule: "syncOwnerOrDivisionAdmin", call: async () => (await overviewActions()).transferSyncAction({ syncSourceId: await freshSyncSource(), newOwnerId: people.divisionAdmin.id }) },
  "lib/actions/notifications/inbox.ts#markNotificationReadAction": { rule: "signedIn", call: async () => (await notificationActions()).markNotificationReadAction({ notificationId: await membersNotification(), read: true }), refusal: /not found/i },
  "lib/actions/notifications/inbox.ts#markAllNotificationsReadAction": { rule: "signedIn", call: async () => (await notificationActions()).markAllNotificationsReadAction({}) },

  // Sign-in and account
  "lib/actions/auth/sign-in.ts#signInAction": { rule: "public", call: async () => (await authActions()).signInAction({ ok: true, data: undefined }, form({ email: `${unique("nobody")}@example.test`, password: "not-the-password" })), refusal: /do not match an active account/ },
  "lib/actions/auth/sign-in.ts#setupAction": { rule: "nobody", call: async () => (await authActions()).setupAction({ ok: true, data: undefined }, form({ name: "Mallory", email: `${unique("mallory")}@example.test`, password: "a-long-enough-password-1", confirm: "a-long-enough-password-1" })) },
  "lib/actions/auth/sign-in.ts#signOutAction": { rule: "public", call: async () => (await authActions()).signOutAction() },
  "lib/actions/auth/sign-in.ts#oidcSignInAction": { rule: "public", call: async () => (await authActions()).oidcSignInAction() },
  "lib/actions/account/password.ts#changePasswordAction": { rule: "signedIn", call: async () => (await passwordActions()).changePasswordAction({ ok: true, data: undefined }, form({ currentPassword: "not-their-password", newPassword: "a-new-long-password-1" })), refusal: /current password/i },

  // Route handlers
  "app/api/documents/[documentId]/download/route.ts#GET": {
    rule: "member",
    call: async () => (await import("@/app/api/documents/[documentId]/download/route")).GET(new Request(`http://localhost/api/documents/${document}/download`), { params: Promise.resolve({ documentId: document }) }),
  },
  "app/api/folders/[folderId]/upload/route.ts#PUT": {
    rule: "member",
    call: async () =>
      (await import("@/app/api/folders/[folderId]/upload/route")).PUT(new Request(`http://localhost/api/folders/${folder}/upload?name=${unique("upload")}.txt`, { method: "PUT", body: "uploaded bytes", duplex: "half" } as RequestInit), {
        params: Promise.resolve({ folderId: folder }),
      }),
  },
  // Reads for client components (JSON), with the rule of the lib/ function each serves
  "app/api/folders/[folderId]/deletion-impact/route.ts#GET": {
    rule: "member",
    call: () => read(import("@/app/api/folders/[folderId]/deletion-impact/route"), `/api/folders/${folder}/deletion-impact`, { folderId: folder }),
  },
  "app/api/folders/[folderId]/sync-integrations/route.ts#GET": {
    rule: "member",
    call: () => read(import("@/app/api/folders/[folderId]/sync-integrations/route"), `/api/folders/${folder}/sync-integrations`, { folderId: folder }),
  },
  "app/api/integrations/[integrationId]/workspaces/route.ts#GET": {
    rule: "signedIn",
    call: () => read(import("@/app/api/integrations/[integrationId]/workspaces/route"), `/api/integrations/${integration}/workspaces`, { integrationId: integration }),
    refusal: NOT_AUTHORISED,
  },
  "app/api/integrations/[integrationId]/remote-folders/route.ts#GET": {
    rule: "signedIn",
    call: () => read(import("@/app/api/integrations/[integrationId]/remote-folders/route"), `/api/integrations/${integration}/remote-folders?workspaceId=101`, { integrationId: integration }),
    refusal: NOT_AUTHORISED,
  },
  "app/api/integrations/[integrationId]/remote-preview/route.ts#GET": {
    rule: "signedIn",
    call: () => read(import("@/app/api/integrations/[integrationId]/remote-preview/route"), `/api/integrations/${integration}/remote-preview?workspaceId=101&path=%2F`, { integrationId: integration }),
    refusal: NOT_AUTHORISED,
  },
  "app/api/sync-runs/[runId]/items/route.ts#GET": { rule: "member", call: () => read(import("@/app/api/sync-runs/[runId]/items/route"), `/api/sync-runs/${syncRun}/items`, { runId: syncRun }) },
  "app/api/sync-sources/[syncSourceId]/transfer-candidates/route.ts#GET": {
    rule: "syncOwnerOrDivisionAdmin",
    call: () => read(import("@/app/api/sync-sources/[syncSourceId]/transfer-candidates/route"), `/api/sync-sources/${syncSource}/transfer-candidates`, { syncSourceId: syncSource }),
  },
  "app/api/notifications/route.ts#GET": { rule: "signedIn", call: () => read(import("@/app/api/notifications/route"), "/api/notifications", {}) },
  "app/api/divisions/[divisionId]/integrations/[integrationId]/sites/route.ts#GET": {
    rule: "divisionAdmin",
    call: () => read(import("@/app/api/divisions/[divisionId]/integrations/[integrationId]/sites/route"), `/api/divisions/${D}/integrations/${adminIntegration}/sites`, { divisionId: D, integrationId: adminIntegration }),
  },
  "app/api/divisions/[divisionId]/integrations/[integrationId]/sheets/route.ts#GET": {
    rule: "divisionAdmin",
    call: () =>
      read(import("@/app/api/divisions/[divisionId]/integrations/[integrationId]/sheets/route"), `/api/divisions/${D}/integrations/${adminIntegration}/sheets?siteId=${SHEET.siteId}`, {
        divisionId: D,
        integrationId: adminIntegration,
      }),
  },
  "app/api/integration-targets/[integrationTargetId]/mapping-editor/route.ts#GET": {
    rule: "member",
    call: () => read(import("@/app/api/integration-targets/[integrationTargetId]/mapping-editor/route"), `/api/integration-targets/${target}/mapping-editor`, { integrationTargetId: target }),
  },
  "app/api/health/route.ts#GET": { rule: "public", call: async () => (await import("@/app/api/health/route")).GET() },
  // Inngest's serve handler: introspection and invocations answer only requests signed by Inngest;
  // PUT only makes Ferry register itself with Inngest (unreachable from this machine).
  "app/api/inngest/route.ts#GET": { rule: "nobody", call: async () => inngestRoute("GET") },
  "app/api/inngest/route.ts#POST": { rule: "nobody", call: async () => inngestRoute("POST") },
  "app/api/inngest/route.ts#PUT": { rule: "public", call: async () => inngestRoute("PUT"), refusal: /Failed to register/ },
  // Auth.js's own routes: what they serve is the session of the cookie sent, here none.
  "app/auth/[...nextauth]/route.ts#GET": { rule: "public", call: async () => authRoute("GET", "session") },
  "app/auth/[...nextauth]/route.ts#POST": { rule: "public", call: async () => authRoute("POST", "signout") },
  // The fixed OAuth callback: without a signed flow cookie it links nothing; a flow another deployment
  // started is only forwarded to a trusted preview (test/redirect-proxy.integration.test.ts).
  "app/auth/callback/route.ts#GET": {
    rule: "public",
    call: async () => {
      const { NextRequest } = await import("next/server");
      const response = await (await import("@/app/auth/callback/route")).GET(new NextRequest("http://localhost:3000/auth/callback?code=stolen&state=forged"));
      expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("STATE_MISMATCH");
      return response;
    },
  },
};

// ---- The app's actual actions and routes

const ROOT = path.resolve(import.meta.dirname, "..");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((match) => match[1]);
  for (const match of source.matchAll(/^export const \{([^}]+)\}/gm)) names.push(...match[1].split(",").map((name) => name.trim().split(":").pop()!.trim()));
  for (const match of source.matchAll(/^export \{([^}]+)\}/gm)) names.push(...match[1].split(",").map((name) => name.trim().split(" as ").pop()!.trim()));
  return names.filter(Boolean);
}

/** Every `"use server"` module (actions live in lib/actions, but one anywhere else counts too) and every route handler. */
function appEntryPoints(): string[] {
  const entries: string[] = [];
  for (const file of ["app", "lib", "components"].flatMap(filesUnder).filter((name) => /\.tsx?$/.test(name))) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (/^["']use server["']/m.test(source)) entries.push(...exportedNames(source).map((name) => `${file}#${name}`));
    if (file.startsWith("app/") && /\/route\.ts$/.test(file)) entries.push(...exportedNames(source).filter((name) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)).map((name) => `${file}#${name}`));
  }
  return entries.sort();
}

describe("the authorisation matrix", () => {
  it("lists every server action and route handler of the app, and nothing else", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(appEntryPoints());
  });

  for (const [entry, { rule, call, refusal }] of Object.entries(MATRIX)) {
    it(`${entry} (${rule})`, async () => {
      const verdicts = {} as Record<Person, string>;
      const details: string[] = [];
      for (const person of PEOPLE) {
        signedIn = actorFor(person);
        jar.clear();
        const { outcome, detail } = await attempt(call, refusal);
        verdicts[person] = outcome === "denied" ? "denied" : outcome === "unexpected" ? `unexpected: ${detail}` : "allowed";
        details.push(`${person}: ${detail}`);
      }
      const expected = Object.fromEntries(PEOPLE.map((person) => [person, (RULES[rule] as readonly Person[]).includes(person) ? "allowed" : "denied"]));
      expect(verdicts, details.join("\n")).toEqual(expected);
    }, 60_000);
  }
});

describe("the wall after someone leaves a division", () => {
  it("refuses the whole reporting path to an account administrator removed from the division", async () => {
    signedIn = people.removedAccountAdmin;
    const targets = await targetActions();
    const insights = { ...(await reportActions()), ...(await extractionActions()) };
    expect(await targets.createIntegrationTargetAction({ divisionId: D, name: unique("Exfiltrate"), integrationId: removedAdminsIntegration, ...SHEET })).toMatchObject({ ok: false, error: expect.stringMatching(/^Only administrators/) });
    expect(await insights.createReportTargetAction({ divisionId: D, name: unique("All"), integrationTargetId: removedAdminsTarget, folderId: null, mapping: [{ field: "fileName", columnId: "1201" }, { field: "parties", columnId: "1203" }], scheduleHours: null })).toMatchObject({ ok: false });
    expect(await insights.rerunExtractionAction({ divisionId: D })).toMatchObject({ ok: false, error: expect.stringMatching(/^Only administrators/) });
    expect(await insights.runReportAction({ reportTargetId: reportTarget })).toMatchObject({ ok: false, error: expect.stringMatching(/^Only administrators/) });
  });

  it("stops a report whose iSheet target still uses the removed administrator's HighQ account, before any row is written", async () => {
    const { runReport, requestReportRun } = await import("@/lib/reports/run-report");
    const { reportRows } = await import("@/lib/db/schema");
    const report = await createReportTarget(people.divisionAdmin, { divisionId: D, name: unique("Left behind"), integrationTargetId: removedAdminsTarget, folderId: null, mapping: MAPPING, scheduleHours: null });
    const { runId } = await requestReportRun(people.divisionAdmin, report);
    const summary = await runReport(runId);
    expect(summary.status).toBe("failed");
    expect(summary.error).toMatch(/no longer administers this division/);
    expect(await db.select().from(reportRows).where(eq(reportRows.reportTargetId, report))).toHaveLength(0);

    // A division administrator saving the target makes it theirs, and reports flow again.
    signedIn = people.divisionAdmin;
    expect(await (await targetActions()).updateIntegrationTargetAction({ divisionId: D, targetId: removedAdminsTarget, name: unique("Reclaimed"), integrationId: adminIntegration, ...SHEET })).toMatchObject({ ok: true });
    const again = await requestReportRun(people.divisionAdmin, report);
    expect((await runReport(again.runId)).status).toMatch(/succeeded|partial/);
  });

  it("shows non-members only structural activity, with no content names", async () => {
    const { listActivity } = await import("@/lib/audit");
    const { documents, folders } = await import("@/lib/db/schema");
    const contentNames = [
      ...(await db.select({ name: documents.name }).from(documents).where(eq(documents.divisionId, D))).map((row) => row.name),
      ...(await db.select({ name: folders.name }).from(folders).where(eq(folders.divisionId, D))).map((row) => row.name),
    ];
    expect(contentNames.length).toBeGreaterThan(0);
    const memberView = await listActivity(people.member, { limit: 10_000 });
    expect(memberView.some((entry) => contentNames.some((name) => entry.summary.includes(name)))).toBe(true);

    for (const person of ["accountAdmin", "removedAccountAdmin", "removedMember", "otherDivision", "connectorAdmin"] as const) {
      const entries = await listActivity(people[person], { limit: 10_000 });
      const leaks = entries.filter((entry) => contentNames.some((name) => entry.summary.includes(name)));
      expect(leaks, person).toEqual([]);
    }
    const adminView = await listActivity(people.accountAdmin, { limit: 10_000 });
    expect(adminView.some((entry) => entry.action === "membership.removed")).toBe(true);
  });
});

describe("redirects after sign-in", () => {
  it.each(["/\t/evil.example", "/\\evil.example", "//evil.example", "https://evil.example/files"])("stay on Ferry for next=%j", async (next) => {
    const password = "a-long-enough-password-1";
    const person = await makeUser({ password });
    signedIn = null;
    jar.clear();
    const redirect = await (await authActions()).signInAction({ ok: true, data: undefined }, form({ email: person.email, password, next })).then(
      () => null,
      (error: { digest?: string }) => error.digest ?? "",
    );
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/files;/);
  });
});
