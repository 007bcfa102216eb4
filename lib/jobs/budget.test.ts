import { afterEach, describe, expect, it } from "vitest";
import { StepBudget } from "./budget";

afterEach(() => {
  delete process.env.FERRY_STEP_MAX_SECONDS;
  delete process.env.FERRY_STEP_MAX_BYTES;
});

describe("StepBudget", () => {
  it("is exhausted by elapsed time or by bytes, whichever comes first", () => {
    let now = 1_000;
    const budget = new StepBudget({ maxMs: 500, maxBytes: 100 }, () => now);
    budget.spend(60);
    now += 499;
    expect(budget.exhausted).toBe(false);
    expect(budget.remainingMs).toBe(1);
    budget.spend(40);
    expect(budget.exhausted).toBe(true);

    const timed = new StepBudget({ maxMs: 500, maxBytes: 100 }, () => now);
    now += 500;
    expect(timed.exhausted).toBe(true);
    expect(timed.remainingMs).toBe(0);
  });

  it("takes its limits from FERRY_STEP_MAX_SECONDS and FERRY_STEP_MAX_BYTES, well under Vercel's 300 s by default", () => {
    expect(new StepBudget().limits).toEqual({ maxMs: 120_000, maxBytes: 1024 ** 3 });
    process.env.FERRY_STEP_MAX_SECONDS = "30";
    process.env.FERRY_STEP_MAX_BYTES = "1000";
    expect(new StepBudget().limits).toEqual({ maxMs: 30_000, maxBytes: 1000 });
  });
});
