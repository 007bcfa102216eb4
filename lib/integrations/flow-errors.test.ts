import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, RemoteError } from "@/lib/connectors";
import { describeProblem, problemCodeFor } from "./flow-errors";

const CALLBACK = "https://ferry.example.com/auth/callback";

describe("problem descriptions", () => {
  it("gives every catalogue code and flow failure its own message and resolution", () => {
    const codes = [...Object.keys(ERROR_CATALOGUE), "STATE_MISMATCH", "ACCOUNT_IN_USE", "SIGNED_OUT", "INSTANCE_NOT_FOUND"];
    const described = codes.map((code) => describeProblem(code, "highq", CALLBACK));
    expect(described.map((problem) => problem.code)).toEqual(codes);
    expect(new Set(described.map((problem) => problem.message)).size).toBe(codes.length);
    for (const problem of described) expect(problem.resolution.length).toBeGreaterThan(20);
    expect(described.some((problem) => `${problem.message} ${problem.resolution}`.includes("{service}"))).toBe(false);
    expect(described.some((problem) => problem.resolution.includes("<app origin>"))).toBe(false);
  });

  it("names the real callback URL and only the provider's own fields", () => {
    const highq = describeProblem("CALLBACK_MISMATCH", "highq", CALLBACK);
    expect(highq.resolution).toContain(`Register exactly ${CALLBACK} as the redirect URL.`);
    expect(highq.resolution).not.toContain("Intralinks");
    expect(describeProblem("CALLBACK_MISMATCH", "intralinks", CALLBACK).resolution).not.toContain("HighQ");
    expect(describeProblem("INVALID_CREDENTIALS", "highq", CALLBACK).message).toBe("HighQ rejected the integration's Client ID / Client Secret.");
    expect(describeProblem("INVALID_CREDENTIALS", "intralinks", CALLBACK).message).toBe("Intralinks rejected the integration's API Key / API Secret.");
  });

  it("points a missing HighQ authorisation page at the Host's instance path", () => {
    // What checkAuthorizationUrl throws for a 404 authorize page.
    const notFound = new RemoteError("HOST_UNREACHABLE", { status: 404, details: { provider: "highq" } });
    expect(problemCodeFor(notFound, "highq")).toBe("INSTANCE_NOT_FOUND");
    expect(problemCodeFor(notFound, "intralinks")).toBe("HOST_UNREACHABLE");
    expect(problemCodeFor(new RemoteError("HOST_UNREACHABLE"), "highq")).toBe("HOST_UNREACHABLE");
    expect(describeProblem("INSTANCE_NOT_FOUND", "highq").resolution).toMatch(/check the Host/);
    expect(problemCodeFor(new RemoteError("REMOTE_ERROR", { status: 500 }), "highq")).toBe("REMOTE_ERROR");
    expect(problemCodeFor(new RemoteError("CALLBACK_MISMATCH"), "intralinks")).toBe("CALLBACK_MISMATCH");
  });

  it("falls back to a generic remote error for an unknown code", () => {
    expect(describeProblem("SOMETHING_ELSE").code).toBe("REMOTE_ERROR");
  });
});
