import { afterEach, describe, expect, it, vi } from "vitest";
import { register } from "./instrumentation";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function productionServer(vars: Record<string, string>) {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  vi.stubEnv("DATABASE_URL", "postgres://ferry@db.example.com/ferry");
  vi.stubEnv("FERRY_APP_URL", "https://ferry.example.com");
  vi.stubEnv("FERRY_ALLOWED_HOSTS", "");
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
  const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  return { exit, error, warn };
}

describe("production start", () => {
  it("refuses to start with Inngest but no signing key, naming what to set", async () => {
    const { exit, error } = productionServer({ INNGEST_EVENT_KEY: "event-key", INNGEST_SIGNING_KEY: "", FERRY_ALLOW_UNSAFE_PRODUCTION: "1" });
    await register();
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0][0]).toContain("INNGEST_SIGNING_KEY: Inngest without a signing key");
  });

  it("starts with a complete configuration, and with listed warnings when unsafe settings are allowed", async () => {
    const safe = productionServer({ INNGEST_EVENT_KEY: "event-key", INNGEST_SIGNING_KEY: "signkey-prod-abc" });
    await register();
    expect(safe.exit).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    const unsafe = productionServer({ FERRY_APP_URL: "http://localhost:3100", FERRY_ALLOW_UNSAFE_PRODUCTION: "1" });
    await register();
    expect(unsafe.exit).not.toHaveBeenCalled();
    expect(unsafe.warn.mock.calls[0][0]).toContain("FERRY_APP_URL: http://localhost:3100 is not https");
  });
});
