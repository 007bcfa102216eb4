import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ECHOED_VALUE_MAX } from "@/lib/actions/safe-action";
import { makeDivision, makeUser, refresh } from "./factories";

// As in actions.integration.test.ts: the signed-in actor is supplied, revalidation is a no-op, the rest is real.
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const files = await import("@/lib/actions/files/folders");
const settings = { ...(await import("@/lib/actions/admin/users")), ...(await import("@/lib/actions/admin/divisions")) };

let divisionId: string;

beforeAll(async () => {
  const admin = await makeUser({ isAccountAdmin: true });
  divisionId = (await makeDivision([{ actor: admin, role: "admin" }])).id;
  signedIn = await refresh(admin);
});

describe("hostile input through the real actions", () => {
  it("answers a NUL in a folder name with a validation message, not a database failure", async () => {
    const result = await files.createFolderAction({ divisionId, parentId: null, name: "board\u0000minutes" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/cannot contain control characters/)] } });
    expect(result.ok === false && result.error).not.toMatch(/went wrong/i);
  });

  it("refuses a division name that would display reversed", async () => {
    const result = await settings.createDivisionAction({ name: "Deals\u202etxt.exe" });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/text-direction marks/) });
  });

  it("echoes at most a short prefix of each value of a refused form", async () => {
    const huge = "x".repeat(1 << 20);
    const form = new FormData();
    form.set("divisionId", divisionId);
    form.set("name", huge);
    const result = await files.createFolderAction(form);
    expect(result.ok).toBe(false);
    const values = result.ok ? {} : (result.values ?? {});
    expect(values.name).toBe(huge.slice(0, ECHOED_VALUE_MAX));
    expect(JSON.stringify(result).length).toBeLessThan(2 * ECHOED_VALUE_MAX + 500);
  });
});
