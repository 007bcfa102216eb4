import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "@/lib/connectors";
import { describeProblem } from "./flow-errors";

describe("problem descriptions", () => {
  it("gives every catalogue code and flow failure its own message and resolution", () => {
    const codes = [...Object.keys(ERROR_CATALOGUE), "STATE_MISMATCH", "ACCOUNT_IN_USE", "SIGNED_OUT"];
    const described = codes.map((code) => describeProblem(code, "highq"));
    expect(described.map((problem) => problem.code)).toEqual(codes);
    expect(new Set(described.map((problem) => problem.message)).size).toBe(codes.length);
    for (const problem of described) expect(problem.resolution.length).toBeGreaterThan(20);
    expect(described.some((problem) => problem.message.includes("{service}"))).toBe(false);
  });

  it("falls back to a generic remote error for an unknown code", () => {
    expect(describeProblem("SOMETHING_ELSE").code).toBe("REMOTE_ERROR");
  });
});
