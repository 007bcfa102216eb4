import { ZodError } from "zod";
import { isRemoteError } from "@/lib/connectors/errors";

/** A failure that no retry can fix (bad input, a state only a person can change). */
export class NonRetriableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NonRetriableJobError";
  }
}

export type RetryDecision = { retry: false } | { retry: true; afterMs?: number };

/**
 * One rule for both runners: typed remote errors say whether they are retryable (and how long the
 * remote asked us to wait), invalid payloads and NonRetriableJobError never retry, anything else
 * (a network hiccup, a crashed dependency) does.
 */
export function retryDecision(error: unknown): RetryDecision {
  if (error instanceof NonRetriableJobError || error instanceof ZodError) return { retry: false };
  if (isRemoteError(error)) return error.retryable ? { retry: true, afterMs: error.retryAfterMs } : { retry: false };
  return { retry: true };
}

/** Exponential backoff with jitter for the local runner: 2 s, 4 s, 8 s… capped at 5 minutes. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(5 * 60_000, 1000 * 2 ** Math.max(1, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
