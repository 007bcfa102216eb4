import { describe, expect, it } from "vitest";
import { makeUser } from "@/test/factories";
import { checkCredentials, throttleDelayMs } from "./credentials";

describe("credential checks", () => {
  it("accepts the right password and is case-insensitive on email", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    expect(await checkCredentials(user.email.toUpperCase(), "correct horse battery")).toEqual({ ok: true, userId: user.id });
  });

  it("slows down repeated failures, also for unknown emails", async () => {
    const user = await makeUser({ password: "correct horse battery" });
    const start = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await checkCredentials(user.email, "wrong", start)).toEqual({ ok: false, reason: "invalid" });
    }
    // Three failures: even the right password must now wait.
    const soon = new Date(start.getTime() + 500);
    expect(await checkCredentials(user.email, "correct horse battery", soon)).toEqual({ ok: false, reason: "throttled", retryAfterMs: 500 });
    const later = new Date(start.getTime() + throttleDelayMs(3) + 1);
    expect(await checkCredentials(user.email, "correct horse battery", later)).toEqual({ ok: true, userId: user.id });

    const ghost = "nobody@example.test";
    for (let attempt = 0; attempt < 3; attempt += 1) await checkCredentials(ghost, "guess", start);
    expect(await checkCredentials(ghost, "guess", soon)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("grows the delay and caps it", () => {
    expect(throttleDelayMs(2)).toBe(0);
    expect(throttleDelayMs(3)).toBe(1000);
    expect(throttleDelayMs(5)).toBe(4000);
    expect(throttleDelayMs(50)).toBe(30_000);
  });
});
