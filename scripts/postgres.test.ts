import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** A process that loads the Postgres helpers (as vitest's global set-up does) keeps its exit code. */
describe("scripts/postgres.ts", () => {
  it.each([0, 1, 3])("lets a process that set exit code %i end with it", (code) => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `await import("./scripts/postgres.ts"); process.exitCode = ${code};`], {
      cwd: process.cwd(),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status, child.stderr).toBe(code);
  });
});
