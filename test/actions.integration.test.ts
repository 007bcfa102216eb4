import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { makeDivision, makeUser, refresh, unique } from "./factories";
import { getRoute } from "./routes";

// Server actions read the session through Next.js request context, which does not exist in vitest:
// the signed-in actor is supplied here, and cache revalidation is a no-op. Everything else is real.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const files = await import("@/lib/actions/files/folders");
const settings = { ...(await import("@/lib/actions/admin/users")), ...(await import("@/lib/actions/admin/divisions")) };
const { createFolder } = await import("@/lib/files/folders");
const deletionImpact = await import("@/app/api/folders/[folderId]/deletion-impact/route");

let admin: Actor;
let memberA: Actor;
let memberB: Actor;
let divisionA: { id: string };
let divisionB: { id: string };
let folderB: string;

beforeAll(async () => {
  admin = await makeUser({ isAccountAdmin: true });
  memberA = await makeUser();
  memberB = await makeUser();
  divisionA = await makeDivision([{ actor: memberA, role: "member" }]);
  divisionB = await makeDivision([{ actor: memberB, role: "admin" }]);
  memberA = await refresh(memberA);
  memberB = await refresh(memberB);
  folderB = await createFolder(memberB, { divisionId: divisionB.id, parentId: null, name: unique("B folder") });
});

beforeEach(() => {
  signedIn = memberA;
});

const forbidden = expect.objectContaining({ ok: false, error: expect.stringMatching(/not a member|only/i) });

describe("a member of division A calling actions with division B's ids", () => {
  it("cannot create, rename, move, inspect or delete B's folders", async () => {
    expect(await files.createFolderAction({ divisionId: divisionB.id, parentId: null, name: "x" })).toEqual(forbidden);
    expect(await files.createFolderAction({ divisionId: divisionA.id, parentId: folderB, name: "x" })).toEqual(forbidden);
    expect(await files.renameFolderAction({ folderId: folderB, name: "renamed" })).toEqual(forbidden);
    expect(await files.moveFolderAction({ folderId: folderB, parentId: null })).toEqual(forbidden);
    expect(await getRoute(deletionImpact.GET, `/api/folders/${folderB}/deletion-impact`, { folderId: folderB })).toEqual({
      status: 403,
      body: { error: expect.stringMatching(/not a member/i) },
    });
    expect(await files.deleteFolderAction({ folderId: folderB, confirmedDocuments: 0 })).toEqual(forbidden);
  });

  it("cannot administer division B or its memberships", async () => {
    expect(await settings.setMembershipAction({ divisionId: divisionB.id, userId: memberA.id, role: "admin" })).toEqual(forbidden);
    expect(await settings.removeMembershipAction({ divisionId: divisionB.id, userId: memberB.id })).toEqual(forbidden);
    expect(await settings.renameDivisionAction({ divisionId: divisionB.id, name: "Taken over" })).toEqual(forbidden);
    expect(await settings.deleteDivisionAction({ divisionId: divisionB.id })).toEqual(forbidden);
  });

  it("cannot perform account administration", async () => {
    expect(await settings.createDivisionAction({ name: unique("Rogue") })).toEqual(forbidden);
    expect(await settings.createUserAction({ name: "Eve", email: `${unique("eve")}@example.test` })).toEqual(forbidden);
    expect(await settings.updateUserRolesAction({ userId: memberA.id, isAccountAdmin: true, isConnectorAdmin: true })).toEqual(forbidden);
    expect(await settings.setUserDisabledAction({ userId: memberB.id, disabled: true })).toEqual(forbidden);
    expect(await settings.resetUserPasswordAction({ userId: memberB.id })).toEqual(forbidden);
  });

  it("can still work in division A", async () => {
    const created = await files.createFolderAction({ divisionId: divisionA.id, parentId: null, name: unique("A folder") });
    expect(created.ok).toBe(true);
  });
});

describe("validation", () => {
  it("rejects malformed input with a clear message and field errors", async () => {
    const noName = await files.createFolderAction({ divisionId: divisionA.id, parentId: null, name: "   " });
    expect(noName).toMatchObject({ ok: false, error: "Enter a folder name.", fieldErrors: { name: ["Enter a folder name."] } });
    const slash = await files.createFolderAction({ divisionId: divisionA.id, parentId: null, name: "a/b" });
    expect(slash).toMatchObject({ ok: false, error: "A folder name cannot contain / or \\." });
    const badId = await files.renameFolderAction({ folderId: "not-a-uuid", name: "ok" });
    expect(badId).toMatchObject({ ok: false, error: "That reference is not valid." });
    signedIn = admin;
    const badEmail = await settings.createUserAction({ name: "Sam", email: "not an email" });
    expect(badEmail).toMatchObject({ ok: false, error: "Enter a valid email address." });
    const badRole = await settings.setMembershipAction({ divisionId: divisionA.id, userId: memberB.id, role: "owner" });
    expect(badRole.ok).toBe(false);
  });

  it("accepts form posts: checkboxes arrive as 'on'", async () => {
    signedIn = admin;
    const form = new FormData();
    form.set("name", "Casey");
    form.set("email", `${unique("casey")}@Example.test`);
    form.set("isConnectorAdmin", "on");
    const result = await settings.createUserAction(form);
    expect(result).toMatchObject({ ok: true, data: { oneTimePassword: expect.stringMatching(/^[A-Za-z2-9]{16}$/) } });
  });

  it("refuses a signed-out caller", async () => {
    signedIn = null;
    expect(await files.createFolderAction({ divisionId: divisionA.id, parentId: null, name: "x" })).toEqual({
      ok: false,
      error: "Your session has ended. Sign in again.",
    });
  });

  it("never echoes secret fields back to the form", async () => {
    signedIn = admin;
    const form = new FormData();
    form.set("name", "");
    form.set("email", "x@example.test");
    form.set("password", "hunter2hunter2");
    const result = await settings.createUserAction(form);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });
});

describe("division administrators", () => {
  it("manage their own division's members but not another's", async () => {
    signedIn = memberB;
    const outsider = await makeUser();
    expect(await settings.setMembershipAction({ divisionId: divisionB.id, userId: outsider.id, role: "member" })).toMatchObject({ ok: true });
    expect(await settings.setMembershipAction({ divisionId: divisionA.id, userId: outsider.id, role: "member" })).toEqual(forbidden);
  });
});
