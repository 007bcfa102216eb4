import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, RemoteError, isRemoteError, redact } from "./errors";

describe("ERROR_CATALOGUE", () => {
  it("has an entry for every troubleshooting row and connector condition", () => {
    expect(Object.keys(ERROR_CATALOGUE).sort()).toEqual(
      [
        "HOST_UNREACHABLE",
        "CALLBACK_MISMATCH",
        "SESSION_CONFLICT",
        "TWO_FACTOR",
        "PASSWORD_PROTECTED_SITE",
        "IP_RESTRICTED",
        "TERMS_NOT_ACCEPTED",
        "WORKSPACE_NOT_ACCESSIBLE",
        "WRONG_AUTH_VERSION",
        "INVALID_CREDENTIALS",
        "EXCHANGE_ACCESS_RESTRICTED",
        "ENCRYPTED_DOCUMENT",
        "ISHEET_NOT_CONFIGURED",
        "REAUTH_REQUIRED",
        "ACCESS_NOT_GRANTED",
        "RATE_LIMITED",
        "EXCHANGE_NEEDS_PERSON",
        "EXCHANGE_ON_HOLD",
        "NO_DOWNLOAD_PERMISSION",
        "NOT_FOUND",
        "VALIDATION_FAILED",
        "REMOTE_ERROR",
      ].sort(),
    );
  });

  it("tells the admin the exact callback URL and the HighQ empty-redirect option", () => {
    expect(ERROR_CATALOGUE.CALLBACK_MISMATCH.resolution).toContain("<app origin>/auth/callback");
    expect(ERROR_CATALOGUE.CALLBACK_MISMATCH.resolution).toMatch(/leave the Redirect URL empty/);
  });
});

describe("RemoteError", () => {
  it("fills the service name and keeps code, resolution and retry flag", () => {
    const error = new RemoteError("SESSION_CONFLICT", { status: 403, details: { provider: "intralinks" } });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain("Intralinks");
    expect(error.message).not.toContain("{service}");
    expect(error.resolution).toContain("Log out of Intralinks");
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(403);
    expect(isRemoteError(error, "SESSION_CONFLICT")).toBe(true);
    expect(isRemoteError(error, "NOT_FOUND")).toBe(false);
  });

  it("names every gatekeeper in the message", () => {
    const error = new RemoteError("EXCHANGE_ACCESS_RESTRICTED", {
      details: {
        provider: "intralinks",
        gatekeepers: [
          { name: "Gail Keeper", email: "gail@firm.example", organization: "Firm LLP" },
          { name: "Otto Guard", email: "otto@firm.example" },
        ],
      },
    });
    expect(error.message).toContain("Gail Keeper <gail@firm.example> (Firm LLP)");
    expect(error.message).toContain("Otto Guard <otto@firm.example>");
  });
});

describe("RemoteError.toJSON", () => {
  it("keeps what the UI and the scheduler need, and nothing of the cause", () => {
    const error = new RemoteError("RATE_LIMITED", { retryAfterMs: 5000, status: 429, details: { provider: "highq" }, cause: new Error("Bearer secret") });
    const data = JSON.parse(JSON.stringify(error));
    expect(data).toEqual({
      name: "RemoteError",
      code: "RATE_LIMITED",
      title: "Rate limited",
      message: "HighQ is limiting how many requests Ferry may send.",
      resolution: "No action needed: Ferry waits and tries again.",
      retryable: true,
      retryAfterMs: 5000,
      status: 429,
      details: { provider: "highq" },
    });
  });
});

describe("redact", () => {
  it("removes bearer tokens, token parameters and token JSON fields", () => {
    const text = redact('invalid access token: Bearer abc.DEF-123 then code=xyz&refresh_token=r1 {"access_token":"sekret"}');
    expect(text).not.toMatch(/abc\.DEF|xyz|r1|sekret/);
    expect(text).toContain("Bearer [redacted]");
  });
});

describe("docs/errors.md", () => {
  it("documents every code with its title and resolution", async () => {
    const { readFile } = await import("node:fs/promises");
    const doc = (await readFile(new URL("../../docs/errors.md", import.meta.url), "utf8")).replaceAll("`", "");
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(doc, code).toContain(`### ${code} — ${entry.title}`);
      expect(doc, code).toContain(`Resolution: ${entry.resolution}`);
    }
  });
});
