import { describe, expect, it } from "vitest";
import { generateNonce, pageContentSecurityPolicy, servedOverHttps } from "./security-headers";

describe("security headers", () => {
  it("allows eval only in development, for React's tooling", () => {
    expect(pageContentSecurityPolicy("n0nce", { development: false })).not.toContain("unsafe-eval");
    expect(pageContentSecurityPolicy("n0nce", { development: true })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("n0nce", { development: false })).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
  });

  it("sends HSTS only when Ferry is reached over https", () => {
    expect(servedOverHttps("https://ferry.firm.example", null)).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https, http")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "http")).toBe(false);
    expect(servedOverHttps("http://localhost:3000", null)).toBe(false);
  });

  it("makes a fresh nonce each time", () => {
    expect(generateNonce()).not.toBe(generateNonce());
    expect(generateNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
