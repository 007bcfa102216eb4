import { readFile } from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";
import { RemoteError } from "@/lib/connectors/errors";
import { UploadTooLargeError } from "@/lib/files/upload-limit";
import { BlobStoreError } from "@/lib/storage/errors";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { describeError, errorCode, UNEXPECTED_MESSAGE, USER_ERROR_CODES } from "./describe";

const quietly = <T>(run: () => T): T => {
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    return run();
  } finally {
    log.mockRestore();
  }
};

describe("describeError", () => {
  it("shows Ferry's own failures as they are worded, with their code", () => {
    expect(describeError(forbidden())).toBe("You do not have permission to do that.");
    expect(describeError(notFound("That folder"))).toBe("That folder was not found.");
    expect(errorCode(conflict("Taken."))).toBe("CONFLICT");
    // A subclass is still one of Ferry's own failures.
    class Busy extends AppError {
      constructor() {
        super("CONFLICT", "Another run is still working.");
      }
    }
    expect(describeError(new Busy())).toBe("Another run is still working.");
  });

  it("shows a remote failure's message and resolution", () => {
    const error = new RemoteError("REAUTH_REQUIRED", { details: { provider: "highq", remoteMessage: "refresh_token=abc rejected" } });
    expect(describeError(error)).toBe(
      "Your HighQ authorisation has expired or was revoked and could not be renewed. Authorise the integration again; paused syncs resume afterwards.",
    );
    expect(describeError(error)).not.toContain("abc");
    expect(errorCode(error)).toBe("REAUTH_REQUIRED");
  });

  it("tells a person what happened to the store and whom to ask, keeping the bucket and settings for the log", () => {
    const error = new BlobStoreError("STORE_ACCESS_DENIED", 'The S3 service refused Ferry\'s credentials for bucket "ferry-prod". Check AWS_ACCESS_KEY_ID.');
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const message = describeError(error);
      expect(message).toBe("Ferry's document storage is not available. Ask your administrator to check the storage settings.");
      expect(message).not.toMatch(/ferry-prod|AWS_/);
      expect(log.mock.calls.flat().join(" ")).toContain("ferry-prod");
    } finally {
      log.mockRestore();
    }
    expect(errorCode(new BlobStoreError("BLOB_NOT_FOUND", "missing"))).toBe("BLOB_NOT_FOUND");
  });

  it("shows an upload over the limit with the limit", () => {
    const error = new UploadTooLargeError(1024 * 1024);
    expect(describeError(error)).toBe(error.message);
    expect(error.message).toContain("FERRY_MAX_UPLOAD_BYTES");
    expect(errorCode(error)).toBe("UPLOAD_TOO_LARGE");
  });

  it("hides anything else, also an error that only calls itself by a known name", () => {
    const leaky = new Error("connect ECONNREFUSED postgres://ferry:hunter2@db:5432");
    expect(quietly(() => describeError(leaky))).toBe(UNEXPECTED_MESSAGE);
    const impostor = Object.assign(new Error("client_secret=s3cret"), { name: "AppError", code: "FORBIDDEN" });
    expect(quietly(() => describeError(impostor))).toBe(UNEXPECTED_MESSAGE);
    expect(errorCode(impostor)).toBeNull();
    expect(quietly(() => describeError("a string"))).toBe(UNEXPECTED_MESSAGE);
  });
});

describe("USER_ERROR_CODES and docs/errors.md", () => {
  const doc = readFile(new URL("../../docs/errors.md", import.meta.url), "utf8");

  it("lists each code once, and the catalogue table lists the same codes", async () => {
    expect(new Set(USER_ERROR_CODES).size).toBe(USER_ERROR_CODES.length);
    const table = (await doc).split("\n## ")[0];
    const documented = table
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| Code") && !line.startsWith("| ---"))
      .flatMap((line) => line.split("|")[1].split(",").map((code) => code.trim()));
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...USER_ERROR_CODES].sort());
  });

  it("has a section only for codes in the list", async () => {
    const headings = [...(await doc).matchAll(/^### ([A-Z_]+) — /gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(20);
    for (const code of headings) expect(USER_ERROR_CODES, code).toContain(code);
  });
});
