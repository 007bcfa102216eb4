import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const origin = "http://localhost:3000";

describe("safeReturnPath", () => {
  it("keeps paths on Ferry's own origin, with their query", () => {
    expect(safeReturnPath("/files?division=abc&folder=def", origin)).toBe("/files?division=abc&folder=def");
    expect(safeReturnPath("/settings/integrations#card", origin)).toBe("/settings/integrations#card");
  });

  it.each([
    ["tab", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example/path"],
    ["backslash", "/\\evil.example"],
    ["backslash after tab", "/\t\\evil.example"],
    ["protocol-relative", "//evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["scheme only", "javascript:alert(1)"],
    ["relative", "evil.example"],
    ["empty", ""],
  ])("sends a %s spelling of another origin to the Integrations page", (_name, value) => {
    const path = safeReturnPath(value, origin);
    expect(path).toBe("/settings/integrations");
    expect(new URL(path, origin).origin).toBe(origin);
  });

  it("keeps encoded slashes encoded, so the result stays on the origin when resolved again", () => {
    const path = safeReturnPath("/%2F%2Fevil.example", origin);
    expect(new URL(path, origin).origin).toBe(origin);
    expect(path).toBe("/%2F%2Fevil.example");
  });

  it("returns a normalised path whatever dots it had", () => {
    expect(safeReturnPath("/files/../insights", origin)).toBe("/insights");
  });
});
