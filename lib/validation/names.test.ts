import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { sanitizeFilename } from "@/lib/files/filenames";
import { createUserSchema, divisionNameSchema, renameDivisionSchema } from "./admin";
import { createFolderSchema, renameFolderSchema, uploadQuerySchema } from "./files";
import { highqIntegrationSchema } from "./integrations";
import { integrationTargetSchema, reportTargetSchema } from "./reports";
import { configureSyncSchema } from "./sync";

const id = randomUUID();
const hostile = {
  NUL: "board\u0000minutes",
  "ANSI escape": "\u001b[31mred\u001b[0m",
  "line break": "two\nlines",
  "C1 control": "next\u0085line",
  DEL: "del\u007f",
  "right-to-left override": "inv\u202egpj.exe",
  "left-to-right embedding": "a\u202ab",
  "first strong isolate": "a\u2068b",
  "pop directional isolate": "a\u2069b",
};

/** Every schema that accepts a name, with the rest of a valid input around it. */
const named: [string, z.ZodType, (name: string) => unknown][] = [
  ["folder (create)", createFolderSchema, (name) => ({ divisionId: id, parentId: null, name })],
  ["folder (rename)", renameFolderSchema, (name) => ({ folderId: id, name })],
  ["uploaded file", uploadQuerySchema, (name) => ({ name })],
  ["division (create)", divisionNameSchema, (name) => ({ name })],
  ["division (rename)", renameDivisionSchema, (name) => ({ divisionId: id, name })],
  ["user", createUserSchema, (name) => ({ name, email: "someone@example.test" })],
  ["integration", highqIntegrationSchema, (name) => ({ provider: "highq", type: "sync", name, host: "firm.highq.com", clientId: "1", clientSecret: "s" })],
  ["integration target", integrationTargetSchema, (name) => ({ divisionId: id, name, integrationId: id, siteId: "1", sheetId: "2" })],
  ["report target", reportTargetSchema, (name) => ({ divisionId: id, name, integrationTargetId: id, mapping: [{ field: "title", columnId: "c" }] })],
  ["sync remote folder", configureSyncSchema, (path) => ({ folderId: id, integrationId: id, workspaceId: "1", path })],
];

describe("names with control or text-direction characters", () => {
  for (const [what, schema, input] of named) {
    it(`accepts a plain ${what} name`, () => {
      expect(schema.safeParse(input("Project Atlas – Board papers (2026)")).success).toBe(true);
    });

    it.each(Object.entries(hostile))(`refuses a ${what} name with a %s, saying why`, (_kind, name) => {
      const parsed = schema.safeParse(input(name));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/cannot contain control characters .* or text-direction marks/));
    });
  }

  it("replaces them in names that come from remotes, which cannot be refused", () => {
    expect(sanitizeFilename("inv\u202egpj.exe")).toBe("inv_gpj.exe");
    expect(sanitizeFilename("\u001b[31mred")).toBe("_[31mred");
    expect(sanitizeFilename("a\u0085b\u2066c")).toBe("a_b_c");
  });
});
