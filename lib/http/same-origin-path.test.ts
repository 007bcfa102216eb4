import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

const safeReturnPath = (value: string) => sameOriginPath(value, origin, "/settings/integrations");

const origin = "http://localhost:3000";

describe("sameOriginPath", () => {
  it("keeps paths on Ferry's own origin, with their query", () => {
    expect(safeReturnPath("/files?division=abc&folder=def")).toBe("/files?division=abc&folder=def");
    expect(safeReturnPath("/settings/integrations#card")).toBe("/settings/integrations#card");
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
    const path = safeReturnPath(value);
    expect(path).toBe("/settings/integrations");
    expect(new URL(path, origin).origin).toBe(origin);
  });

  it("keeps encoded slashes encoded, so the result stays on the origin when resolved again", () => {
    const path = safeReturnPath("/%2F%2Fevil.example");
    expect(new URL(path, origin).origin).toBe(origin);
    expect(path).toBe("/%2F%2Fevil.example");
  });

  it("returns a normalised path whatever dots it had", () => {
    expect(safeReturnPath("/files/../insights")).toBe("/insights");
  });
});
