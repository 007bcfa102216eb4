import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { signInThrottle } from "@/lib/db/schema";

/**
 * Attempts a key gets before each further one waits 1 s, 2 s, 4 s … up to 30 s. A client address
 * gets more than an email: everyone behind one office gateway shares it.
 */
export const THROTTLE_POLICY = { email: { free: 3 }, ip: { free: 10 } } as const;
const MAX_DELAY_MS = 30_000;

export type ThrottleKind = keyof typeof THROTTLE_POLICY;
export type ThrottleKey = `${ThrottleKind}:${string}`;

export function throttleDelayMs(attempts: number, kind: ThrottleKind = "email"): number {
  const { free } = THROTTLE_POLICY[kind];
  if (attempts < free) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (attempts - free));
}

const kindOf = (key: string): ThrottleKind => (key.startsWith("ip:") ? "ip" : "email");

/** `throttleDelayMs` of the stored row, in SQL, so the statement that records an attempt decides it. */
const storedDelayMs = sql`(CASE WHEN "sign_in_throttle"."key" LIKE 'ip:%'
    THEN (CASE WHEN "sign_in_throttle"."failures" < ${THROTTLE_POLICY.ip.free}::int THEN 0
          ELSE LEAST(${MAX_DELAY_MS}::int, 1000 * power(2, "sign_in_throttle"."failures" - ${THROTTLE_POLICY.ip.free}::int)) END)
    ELSE (CASE WHEN "sign_in_throttle"."failures" < ${THROTTLE_POLICY.email.free}::int THEN 0
          ELSE LEAST(${MAX_DELAY_MS}::int, 1000 * power(2, "sign_in_throttle"."failures" - ${THROTTLE_POLICY.email.free}::int)) END)
  END)`;

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Claims one sign-in attempt for every key in one statement: a key's count goes up only when its
 * wait is over, and the attempt may go ahead only when every key took it. The upsert locks each
 * row, so concurrent attempts queue and each sees the count the one before it left: a burst gets
 * no more evaluations than the policy allows. An attempt counts as a failure from the start (a
 * refused one still counts for the keys that took it); `releaseAttempt` undoes that on success.
 */
export async function claimAttempt(keys: ThrottleKey[], now: Date): Promise<AttemptDecision> {
  const candidates = sql.join(
    keys.map((key) => sql`(${key})`),
    sql`, `,
  );
  const { rows } = await db.execute<{ key: string; claimed: boolean; failures: number | null; last_failure_at: string | null }>(sql`
    WITH candidate(key) AS (VALUES ${candidates}),
    claimed AS (
      INSERT INTO "sign_in_throttle" (key, failures, last_failure_at)
      SELECT key, 1, ${now.toISOString()}::timestamptz FROM candidate
      ON CONFLICT (key) DO UPDATE SET failures = "sign_in_throttle"."failures" + 1, last_failure_at = excluded.last_failure_at
      WHERE excluded.last_failure_at >= "sign_in_throttle"."last_failure_at" + ${storedDelayMs} * interval '1 millisecond'
      RETURNING key
    )
    SELECT c.key, (cl.key IS NOT NULL) AS claimed, t.failures, t.last_failure_at
    FROM candidate c LEFT JOIN claimed cl ON cl.key = c.key LEFT JOIN "sign_in_throttle" t ON t.key = c.key
  `);
  const refused = rows.filter((row) => !row.claimed);
  if (refused.length === 0) return { allowed: true };
  // The rows read here are the statement's snapshot, possibly a moment older than the lock's view.
  const waits = refused.map((row) =>
    row.last_failure_at === null
      ? 1000
      : new Date(row.last_failure_at).getTime() + throttleDelayMs(Number(row.failures), kindOf(row.key)) - now.getTime(),
  );
  return { allowed: false, retryAfterMs: Math.max(1, ...waits) };
}

/** After a successful sign-in: the email starts afresh, the address gets its attempt back. */
export async function releaseAttempt(keys: ThrottleKey[]): Promise<void> {
  const emails = keys.filter((key) => kindOf(key) === "email");
  const addresses = keys.filter((key) => kindOf(key) === "ip");
  if (emails.length > 0) await db.delete(signInThrottle).where(inArray(signInThrottle.key, emails));
  if (addresses.length > 0) {
    await db
      .update(signInThrottle)
      .set({ failures: sql`GREATEST(${signInThrottle.failures} - 1, 0)` })
      .where(and(inArray(signInThrottle.key, addresses), sql`${signInThrottle.failures} > 0`));
  }
}

/**
 * The client's address as the nearest proxy saw it: the first `X-Forwarded-For` hop, else
 * `X-Real-IP`. `next start` sets X-Forwarded-For itself when no proxy did.
 */
export function clientAddress(headers: Headers | undefined): string | undefined {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers?.get("x-real-ip")?.trim();
  return address ? address.slice(0, 64).toLowerCase() : undefined;
}

export const throttleKeys = (email: string, address: string | undefined): ThrottleKey[] =>
  address ? [`email:${email}`, `ip:${address}`] : [`email:${email}`];

