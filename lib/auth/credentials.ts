import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { signInThrottle, users } from "@/lib/db/schema";
import { verifyPassword } from "./password";

/** After this many failures in a row, each further attempt waits longer (capped). */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 30_000;

export function throttleDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterMs?: number };

/**
 * Verifies an email and password. Repeated failures for an email make the next attempt wait,
 * whether or not the account exists, so guessing is slow and reveals nothing.
 */
export async function checkCredentials(emailInput: string, password: string, now = new Date()): Promise<CredentialCheck> {
  const email = emailInput.trim().toLowerCase();
  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email));
  if (throttle) {
    const waitUntil = throttle.lastFailureAt.getTime() + throttleDelayMs(throttle.failures);
    if (waitUntil > now.getTime()) return { ok: false, reason: "throttled", retryAfterMs: waitUntil - now.getTime() };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = !!user?.passwordHash && !user.disabledAt && (await verifyPassword(user.passwordHash, password));
  if (valid) {
    await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
    return { ok: true, userId: user.id };
  }
  await db
    .insert(signInThrottle)
    .values({ email, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.email,
      set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: now },
    });
  return { ok: false, reason: "invalid" };
}
