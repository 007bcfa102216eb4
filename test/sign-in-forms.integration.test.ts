/**
 * The forms used before sign-in (`validatedAction`): what the sign-in and set-up forms get back —
 * field errors, the values to refill (never a password) and the refusal messages — with real
 * Auth.js credentials checks against Postgres. Only the Next.js request context is replaced.
 */
import { describe, expect, it, vi } from "vitest";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { makeUser, unique } from "./factories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => {
  const cookies = { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: (name: string, value: string) => jar.set(name, value), delete: (name: string) => jar.delete(name), getAll: () => [] };
  return { cookies: async () => cookies, headers: async () => new Headers() };
});

const { setupAction, signInAction } = await import("@/lib/actions/auth/sign-in");

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

/** A redirect thrown by Next means the action went ahead; its target is the second part of the digest. */
const redirectOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { digest?: string }) => error.digest?.split(";")[2] ?? String(error));

describe("the sign-in form", () => {
  it("marks each invalid field and refills the email, never the password", async () => {
    expect(await signInAction(undefined, form({ email: "not an email", password: "" }))).toEqual({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: { email: ["Enter a valid email address."], password: ["Enter your password."] },
      values: { email: "not an email" },
    });
  });

  it("refuses a wrong password with one message for every account, and keeps the email", async () => {
    const person = await makeUser({ password: "the-right-password-1" });
    const expected = { ok: false, error: "That email and password do not match an active account.", values: { email: person.email } };
    expect(await signInAction(undefined, form({ email: person.email, password: "not-the-password" }))).toEqual(expected);
    const nobody = `${unique("nobody")}@example.test`;
    expect(await signInAction(undefined, form({ email: nobody, password: "not-the-password" }))).toEqual({ ...expected, values: { email: nobody } });
  });

  it("says so when an email is throttled", async () => {
    const person = await makeUser({ password: "the-right-password-1" });
    const attempts = Array.from({ length: THROTTLE_POLICY.email.free + 3 }, () => signInAction(undefined, form({ email: person.email, password: "wrong-password" })));
    const errors = (await Promise.all(attempts)).map((result) => (result.ok ? "signed in" : result.error));
    expect(errors).toContain("Too many failed sign-ins for this email. Wait a little, then try again.");
    expect(errors).not.toContain("signed in");
  });

  it("signs in and goes to `next` on Ferry, or to Files", async () => {
    const person = await makeUser({ password: "the-right-password-1" });
    expect(await redirectOf(signInAction(undefined, form({ email: person.email, password: "the-right-password-1", next: "/insights?division=x" })))).toBe("/insights?division=x");
    expect(await redirectOf(signInAction(undefined, form({ email: person.email, password: "the-right-password-1" })))).toBe("/files");
  });
});

describe("the set-up form", () => {
  it("marks a short password and refills name and email, never the password or its confirmation", async () => {
    const result = await setupAction(undefined, form({ name: "Ana", email: "ana@example.test", password: "short", confirm: "short" }));
    expect(result).toEqual({ ok: false, error: "Check the highlighted fields.", fieldErrors: { password: ["Use at least 12 characters."] }, values: { name: "Ana", email: "ana@example.test" } });
  });

  it("refuses once Ferry is set up, keeping what was typed", async () => {
    await makeUser();
    const result = await setupAction(undefined, form({ name: "Mallory", email: "mallory@example.test", password: "a-long-enough-password-1", confirm: "a-long-enough-password-1" }));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Ferry is already set up/), values: { name: "Mallory", email: "mallory@example.test" } });
  });
});
