import { describe, expect, it } from "vitest";
import { assertHostAllowed, isPrivateAddress, type HostGuardOptions } from "./host-guard";

const none: HostGuardOptions = { allowedHosts: [] };

async function refusal(url: string, options = none): Promise<string | undefined> {
  try {
    await assertHostAllowed(url, options);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("assertHostAllowed", () => {
  it("refuses names that resolve to loopback (real DNS of localhost)", async () => {
    expect(await refusal("https://localhost/instance")).toBe("HOST_UNREACHABLE");
  });

  it.each([
    "https://127.0.0.1/",
    "https://10.1.2.3/",
    "https://172.20.0.1/",
    "https://192.168.1.1/",
    "https://169.254.169.254/latest/meta-data",
    "https://100.64.0.1/",
    "https://0.0.0.0/",
    "https://[::1]/",
    "https://[fe80::1]/",
    "https://[fd12:3456::1]/",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:a9fe:a9fe]/",
    "https://[64:ff9b::a00:1]/",
    "https://[2002:c0a8:101::1]/",
  ])("refuses the private or local target %s", async (url) => {
    expect(await refusal(url)).toBe("HOST_UNREACHABLE");
  });

  it("refuses plain http for hosts that are not allowed", async () => {
    expect(await refusal("http://93.184.215.14/")).toBe("HOST_UNREACHABLE");
  });

  it("accepts https to a public address", async () => {
    expect(await refusal("https://93.184.215.14/instance")).toBeUndefined();
    expect(await refusal("https://[2606:4700::1111]/")).toBeUndefined();
  });

  it("accepts an allowed host:port over http, and only on that port", async () => {
    const options = { allowedHosts: ["127.0.0.1:4010", "localhost:4011"] };
    expect(await refusal("http://127.0.0.1:4010/highq/", options)).toBeUndefined();
    expect(await refusal("http://localhost:4011/", options)).toBeUndefined();
    expect(await refusal("http://127.0.0.1:4012/", options)).toBe("HOST_UNREACHABLE");
    expect(await refusal("ftp://127.0.0.1:4010/", options)).toBe("HOST_UNREACHABLE");
  });

  it("reports unresolvable names as unreachable", async () => {
    expect(await refusal("https://no-such-host.invalid/")).toBe("HOST_UNREACHABLE");
  });
});

describe("isPrivateAddress", () => {
  it("lets public addresses through", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("2001:4860:4860::8888")).toBe(false);
    expect(isPrivateAddress("::ffff:8.8.8.8")).toBe(false);
  });
});
