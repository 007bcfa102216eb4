import { describe, expect, it } from "vitest";
import { vercelAppUrl } from "./env";
import { checkProductionReadiness, productionProblems } from "./readiness";

const safe = {
  FERRY_ENCRYPTION_KEY: "k".repeat(44),
  AUTH_SECRET: "s".repeat(44),
  DATABASE_URL: "postgres://ferry@db.example.com/ferry",
  FERRY_APP_URL: "https://ferry.example.com",
  FERRY_BLOB_STORE: "s3",
  FERRY_S3_BUCKET: "ferry-docs",
  INNGEST_EVENT_KEY: "event-key",
  INNGEST_SIGNING_KEY: "signkey-prod-abc",
  VERCEL: "1",
};

const settingsOf = (vars: Record<string, string | undefined>) => productionProblems(vars).map((problem) => problem.setting);

describe("production readiness", () => {
  it("accepts a complete Vercel + Neon + Inngest + S3 set-up", () => {
    expect(productionProblems(safe)).toEqual([]);
  });

  it("lists every missing or unsafe setting, each with what to set", () => {
    const problems = productionProblems({ VERCEL: "1", FERRY_APP_URL: "http://ferry.example.com", FERRY_ALLOWED_HOSTS: "10.0.0.5:443" });
    expect(problems.map((p) => p.setting)).toEqual(["FERRY_ENCRYPTION_KEY", "AUTH_SECRET", "DATABASE_URL", "FERRY_APP_URL", "FERRY_ALLOWED_HOSTS", "FERRY_BLOB_STORE", "INNGEST_EVENT_KEY"]);
    for (const problem of problems) expect(problem.fix).toMatch(/Set|Serve|Leave/);
  });

  it("refuses Inngest without a signing key, or in dev mode, even when unsafe settings are allowed", () => {
    const unsigned = { ...safe, INNGEST_SIGNING_KEY: undefined, FERRY_ALLOW_UNSAFE_PRODUCTION: "1", FERRY_ALLOWED_HOSTS: "127.0.0.1:4010" };
    const { refused, warned } = checkProductionReadiness(unsigned);
    expect(refused.map((p) => p.setting)).toEqual(["INNGEST_SIGNING_KEY"]);
    expect(warned.map((p) => p.setting)).toEqual(["FERRY_ALLOWED_HOSTS"]);
    expect(settingsOf({ ...safe, INNGEST_DEV: "1" })).toEqual(["INNGEST_DEV"]);
    expect(checkProductionReadiness(safe)).toEqual({ refused: [], warned: [] });
  });

  it("keeps the filesystem store where the disk lasts, and takes the app URL from Vercel's variables", () => {
    expect(settingsOf({ ...safe, VERCEL: undefined, FERRY_BLOB_STORE: "fs" })).toEqual([]);
    expect(settingsOf({ ...safe, FERRY_BLOB_STORE: "s3", FERRY_S3_BUCKET: undefined })).toEqual(["FERRY_BLOB_STORE"]);
    const vercel = { VERCEL_URL: "ferry-abc123-team.vercel.app", VERCEL_BRANCH_URL: "ferry-git-feature-team.vercel.app", VERCEL_PROJECT_PRODUCTION_URL: "ferry.example.com" };
    expect(vercelAppUrl({ ...vercel, VERCEL_ENV: "production" })).toBe("https://ferry.example.com");
    expect(vercelAppUrl({ ...vercel, VERCEL_ENV: "preview" })).toBe("https://ferry-git-feature-team.vercel.app");
    expect(vercelAppUrl({ VERCEL_URL: "ferry-abc123-team.vercel.app", VERCEL_ENV: "preview" })).toBe("https://ferry-abc123-team.vercel.app");
    expect(vercelAppUrl({})).toBeUndefined();
    expect(settingsOf({ ...safe, FERRY_APP_URL: undefined, ...vercel, VERCEL_ENV: "production" })).toEqual([]);
  });

  it("asks for the redirect proxy's shared secret and https preview origins", () => {
    const secret = "p".repeat(44);
    expect(settingsOf({ ...safe, FERRY_PREVIEW_ORIGINS: "https://ferry-*-firm.vercel.app", FERRY_REDIRECT_PROXY_SECRET: secret })).toEqual([]);
    expect(settingsOf({ ...safe, FERRY_REDIRECT_PROXY_URL: "https://ferry.example.com/auth/callback" })).toEqual(["FERRY_REDIRECT_PROXY_SECRET"]);
    expect(settingsOf({ ...safe, FERRY_PREVIEW_ORIGINS: "http://ferry-*.example.com", FERRY_REDIRECT_PROXY_SECRET: secret })).toEqual(["FERRY_PREVIEW_ORIGINS"]);
  });
});
