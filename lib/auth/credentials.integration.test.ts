import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { makeUser, unique } from "@/test/factories";
import { accountlessHash, checkCredentials, throttleDelayMs } from "./credentials";
import { hashPassword, verifyPassword } from "./password";
import { clientAddress, THROTTLE_POLICY } from "./throttle";

// The real argon2 verification, counted: the hash work of a sign-in must not depend on the account.
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifications = vi.mocked(verifyPassword);
beforeEach(() => verifications.mockClear());

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${unique("a")}`;

describe("credential checks", () => {
  it("accepts the right password and is case-insensitive on email", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    expect(await checkCredentials(user.email.toUpperCase(), "correct horse battery")).toEqual({ ok: true, userId: user.id });
  });

  it("slows down repeated failures, also for unknown emails", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    const start = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await checkCredentials(user.email, "wrong", { now: start })).toEqual({ ok: false, reason: "invalid" });
    }
    // Three failures: even the right password must now wait.
    const soon = new Date(start.getTime() + 500);
    expect(await checkCredentials(user.email, "correct horse battery", { now: soon })).toEqual({ ok: false, reason: "throttled", retryAfterMs: 500 });
    const later = new Date(start.getTime() + throttleDelayMs(3) + 1);
    expect(await checkCredentials(user.email, "correct horse battery", { now: later })).toEqual({ ok: true, userId: user.id });

    const ghost = `${unique("nobody")}@example.test`;
    for (let attempt = 0; attempt < 3; attempt += 1) await checkCredentials(ghost, "guess", { now: start });
    expect(await checkCredentials(ghost, "guess", { now: soon })).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("grows the delay and caps it", () => {
    expect(throttleDelayMs(2)).toBe(0);
    expect(throttleDelayMs(3)).toBe(1000);
    expect(throttleDelayMs(5)).toBe(4000);
    expect(throttleDelayMs(50)).toBe(30_000);
    expect(throttleDelayMs(9, "ip")).toBe(0);
    expect(throttleDelayMs(10, "ip")).toBe(1000);
  });
});

describe("no account oracle", () => {
  it("runs exactly one password hash per attempt, with or without a usable account", async () => {
    const withAccount = await makeUser({ password: "correct horse battery" });
    const disabled = await makeUser({ password: "correct horse battery" });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const withoutPassword = await makeUser();
    const cases = [withAccount.email, disabled.email, withoutPassword.email, `${unique("nobody")}@example.test`];
    for (const email of cases) {
      verifications.mockClear();
      expect(await checkCredentials(email, "a wrong guess")).toEqual({ ok: false, reason: "invalid" });
      expect(verifications, email).toHaveBeenCalledTimes(1);
    }
    // A disabled account is refused even with its right password, after the same work.
    verifications.mockClear();
    expect(await checkCredentials(disabled.email, "correct horse battery")).toEqual({ ok: false, reason: "invalid" });
    expect(verifications).toHaveBeenCalledTimes(1);
  });

  it("checks missing accounts against a hash with the real parameters", async () => {
    const parameters = (hash: string) => hash.split("$").slice(0, 4).join("$");
    expect(parameters(await accountlessHash())).toBe(parameters(await hashPassword("anything at all")));
  });
});

describe("throttle under attack (one atomic statement per attempt)", () => {
  it("evaluates no more of a concurrent burst on one account than the throttle allows", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 16 }, () => checkCredentials(user.email, "a wrong guess", { now })));
    expect(results.filter((result) => result.ok === false && result.reason === "invalid")).toHaveLength(THROTTLE_POLICY.email.free);
    expect(results.filter((result) => result.ok === false && result.reason === "throttled")).toHaveLength(16 - THROTTLE_POLICY.email.free);
    expect(verifications).toHaveBeenCalledTimes(THROTTLE_POLICY.email.free);
  });

  it("throttles one client address spraying many emails, and only that address", async () => {
    const sprayer = address();
    const now = new Date();
    const emails = Array.from({ length: 30 }, () => `${unique("spray")}@example.test`);
    const results = await Promise.all(emails.map((email) => checkCredentials(email, "Winter2026!", { now, clientAddress: sprayer })));
    expect(results.filter((result) => result.ok === false && result.reason === "invalid")).toHaveLength(THROTTLE_POLICY.ip.free);
    expect(verifications).toHaveBeenCalledTimes(THROTTLE_POLICY.ip.free);
    // Someone else, elsewhere, is not affected.
    const user = await makeUser({ password: "correct horse battery" });
    expect(await checkCredentials(user.email, "correct horse battery", { now, clientAddress: address() })).toMatchObject({ ok: true });
  });

  it("lets a whole office sign in from one address: successes give the attempt back", async () => {
    const office = address();
    const now = new Date();
    const passwordHash = await hashPassword("correct horse battery");
    const staff = await db
      .insert(users)
      .values(Array.from({ length: THROTTLE_POLICY.ip.free + 2 }, () => ({ email: `${unique("staff")}@example.test`, name: "Staff", passwordHash })))
      .returning();
    for (const person of staff) {
      expect(await checkCredentials(person.email, "correct horse battery", { now, clientAddress: office })).toMatchObject({ ok: true });
    }
  });

  it("takes the client address from the first forwarded hop, else X-Real-IP", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.1" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-real-ip": "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(clientAddress(new Headers())).toBeUndefined();
  });
});
