import { stepLimits } from "@/lib/env";

/**
 * What one durable step may still start: it began at `startedAt` and has taken on `bytes`. Work is
 * checked before it starts (never cut in the middle), so a step ends within its limits plus the
 * work already in flight, and the job carries on in its next step.
 */
export class StepBudget {
  private bytes = 0;
  private readonly startedAt: number;

  constructor(
    readonly limits: { maxMs: number; maxBytes: number } = stepLimits(),
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  spend(bytes: number): void {
    this.bytes += bytes;
  }

  get exhausted(): boolean {
    return this.bytes >= this.limits.maxBytes || this.now() - this.startedAt >= this.limits.maxMs;
  }

  /** Milliseconds left, for work that checks a deadline itself (text extraction). */
  get remainingMs(): number {
    return Math.max(0, this.limits.maxMs - (this.now() - this.startedAt));
  }
}
