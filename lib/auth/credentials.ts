import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { claimAttempt, releaseAttempt, throttleKeys } from "./throttle";

export { throttleDelayMs } from "./throttle";

export type CredentialCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterMs?: number };

let dummyHash: Promise<string> | undefined;

/**
 * A hash made with the same parameters as real ones, verified when there is no account to check:
 * a sign-in then costs the same whether or not the email has an account.
 */
export function accountlessHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/**
 * Verifies an email and password. Attempts are throttled per email and per client address,
 * whether or not the account exists, and every evaluated attempt runs one password hash: guessing
 * is slow and tells nothing about which emails have accounts.
 */
export async function checkCredentials(
  emailInput: string,
  password: string,
  { now = new Date(), clientAddress }: { now?: Date; clientAddress?: string } = {},
): Promise<CredentialCheck> {
  const email = emailInput.trim().toLowerCase();
  const keys = throttleKeys(email, clientAddress);
  const attempt = await claimAttempt(keys, now);
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterMs: attempt.retryAfterMs };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const usable = user?.passwordHash && !user.disabledAt ? user.passwordHash : undefined;
  const matches = await verifyPassword(usable ?? (await accountlessHash()), password);
  if (!usable || !matches) return { ok: false, reason: "invalid" };
  await releaseAttempt(keys);
  return { ok: true, userId: user.id };
}
