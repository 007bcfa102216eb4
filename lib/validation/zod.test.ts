import { describe, expect, it } from "vitest";
import { globalConfig } from "zod/v4/core";

describe("schemas in the browser", () => {
  it("never compile code with Function (the pages' CSP refuses eval)", async () => {
    const calls: unknown[][] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      apply: (target, self, args) => (calls.push(args), Reflect.apply(target, self, args)),
      construct: (target, args) => (calls.push(args), Reflect.construct(target, args)),
    });
    try {
      // What client components import (sync-config-dialog → lib/validation/sync), built and used.
      const { configureSyncSchema } = await import("./sync");
      configureSyncSchema.safeParse({ folderId: crypto.randomUUID(), integrationId: crypto.randomUUID(), workspaceId: "1", path: "/a" });
    } finally {
      globalThis.Function = original;
    }
    expect(globalConfig.jitless).toBe(true);
    expect(calls).toEqual([]);
  });
});
