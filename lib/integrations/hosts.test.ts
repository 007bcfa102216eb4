import { describe, expect, it } from "vitest";
import { baseUrlFor, normalizeHighqHost, normalizeIntralinksHost } from "./hosts";

describe("HighQ host", () => {
  it.each([
    ["company.highq.com", "company.highq.com"],
    ["Company.HighQ.com/lawfirm", "company.highq.com/lawfirm"],
    ["https://company.highq.com/lawfirm/", "company.highq.com/lawfirm"],
    ["https://company.highq.com/lawfirm/?tab=home", "company.highq.com/lawfirm"],
    ["127.0.0.1:4010/demo", "127.0.0.1:4010/demo"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalizeHighqHost(input)).toEqual({ ok: true, host: expected });
  });

  it.each([
    ["", /Enter the HighQ host/],
    ["not a host", /not a host name/],
    ["company.highq.com/a/b", /at most one path segment/],
    ["user:pw@company.highq.com", /user name or password/],
    ["company.highq.com/inst ance", /not a host name|not a valid instance/],
  ])("rejects %j with a reason", (input, reason) => {
    const result = normalizeHighqHost(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("uses https except for hosts the deployment allows", () => {
    expect(baseUrlFor("highq", "company.highq.com/lawfirm", [])).toBe("https://company.highq.com/lawfirm");
    expect(baseUrlFor("highq", "127.0.0.1:4010/demo", ["127.0.0.1:4010"])).toBe("http://127.0.0.1:4010/demo");
  });
});

describe("Intralinks host", () => {
  it("keeps the origin and refuses paths", () => {
    expect(normalizeIntralinksHost("api.intralinks.com")).toEqual({ ok: true, host: "https://api.intralinks.com" });
    expect(normalizeIntralinksHost("https://test-api.intralinks.com/")).toEqual({ ok: true, host: "https://test-api.intralinks.com" });
    expect(normalizeIntralinksHost("https://api.intralinks.com/v2").ok).toBe(false);
    expect(baseUrlFor("intralinks", "https://127.0.0.1:4020", ["127.0.0.1:4020"])).toBe("http://127.0.0.1:4020");
  });
});
