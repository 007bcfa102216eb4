import { randomBytes, randomUUID } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { makeDivision, makeUser, refresh } from "./factories";

// This file's own blob store, so "nothing stored" can be checked without other files' uploads.
const dataDir = `.data/test-upload-limit-${process.pid}`;
const previous = { dir: process.env.FERRY_DATA_DIR, limit: process.env.FERRY_MAX_UPLOAD_BYTES };
process.env.FERRY_DATA_DIR = dataDir;
const LIMIT = 1024;

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => signedIn }));

const { PUT } = await import("@/app/api/folders/[folderId]/upload/route");
const { createFolder } = await import("@/lib/files/folders");
const { db } = await import("@/lib/db");
const { documents } = await import("@/lib/db/schema");

let folderId: string;

beforeAll(async () => {
  process.env.FERRY_MAX_UPLOAD_BYTES = String(LIMIT);
  const member = await makeUser();
  const division = await makeDivision([{ actor: member, role: "member" }]);
  signedIn = await refresh(member);
  folderId = await createFolder(signedIn, { divisionId: division.id, parentId: null, name: `Uploads ${randomUUID()}` });
});

afterAll(async () => {
  process.env.FERRY_DATA_DIR = previous.dir;
  if (previous.limit === undefined) delete process.env.FERRY_MAX_UPLOAD_BYTES;
  else process.env.FERRY_MAX_UPLOAD_BYTES = previous.limit;
  await rm(dataDir, { recursive: true, force: true });
});

/** A body that records how many bytes were read from it. */
function countedBody(chunks: Uint8Array[]) {
  const read = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks.shift();
      if (!chunk) return controller.close();
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { body, read };
}

const upload = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  PUT(new Request(`http://localhost/api/folders/${folderId}/upload?name=report.pdf`, { method: "PUT", body, headers, duplex: "half" } as RequestInit), {
    params: Promise.resolve({ folderId }),
  });

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(path.join(dataDir, "blobs"), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

const documentsInFolder = async () => (await db.select().from(documents).where(eq(documents.folderId, folderId))).length;

describe("upload size limit (FERRY_MAX_UPLOAD_BYTES)", () => {
  it("refuses a declared Content-Length over the limit with 413 before reading a byte", async () => {
    const { body, read } = countedBody([randomBytes(LIMIT + 1)]);
    const response = await upload(body, { "content-length": String(LIMIT + 1) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than the upload limit of 1\.0 KB/);
    expect(read.bytes).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("stops a body without Content-Length once it passes the limit and keeps nothing", async () => {
    const { body, read } = countedBody([randomBytes(600), randomBytes(600), randomBytes(600), randomBytes(600)]);
    const response = await upload(body);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/FERRY_MAX_UPLOAD_BYTES/);
    expect(read.bytes).toBeLessThan(2400);
    expect(await storedFiles()).toEqual([]);
    expect(await documentsInFolder()).toBe(0);
  });

  it("accepts a file of exactly the limit", async () => {
    const { body } = countedBody([randomBytes(LIMIT)]);
    const response = await upload(body);
    expect(response.status).toBe(201);
    expect(await documentsInFolder()).toBe(1);
  });
});
