import { describe, expect, it } from "vitest";
import { reusingTokenSource } from "./tokens";

describe("reusingTokenSource", () => {
  function fakeSource() {
    const calls: { forceRefresh?: boolean }[] = [];
    let issued = 0;
    return {
      calls,
      source: {
        async getAccessToken(options: { forceRefresh?: boolean } = {}) {
          calls.push(options);
          return `token-${++issued}`;
        },
      },
    };
  }

  it("reads the token once for many calls within the window, and again after it", async () => {
    const fake = fakeSource();
    let now = 0;
    const tokens = reusingTokenSource(fake.source, 1000, () => now);
    expect(await Promise.all([tokens.getAccessToken(), tokens.getAccessToken(), tokens.getAccessToken()])).toEqual(["token-1", "token-1", "token-1"]);
    now = 999;
    expect(await tokens.getAccessToken()).toBe("token-1");
    now = 1000;
    expect(await tokens.getAccessToken()).toBe("token-2");
    expect(fake.calls).toEqual([{}, {}]);
  });

  it("always passes a forced refresh through, shares it between concurrent rejections, and reuses its result", async () => {
    const fake = fakeSource();
    const tokens = reusingTokenSource(fake.source, 60_000);
    await tokens.getAccessToken();
    const refreshed = await Promise.all([tokens.getAccessToken({ forceRefresh: true }), tokens.getAccessToken({ forceRefresh: true })]);
    expect(refreshed).toEqual(["token-2", "token-2"]);
    expect(await tokens.getAccessToken()).toBe("token-2");
    expect(fake.calls).toEqual([{}, { forceRefresh: true }]);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const tokens = reusingTokenSource({
      async getAccessToken() {
        if (fail) throw new Error("reauthentication required");
        return "fresh";
      },
    });
    await expect(tokens.getAccessToken()).rejects.toThrow("reauthentication required");
    fail = false;
    expect(await tokens.getAccessToken()).toBe("fresh");
  });
});
