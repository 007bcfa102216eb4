import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3RVER_CREDENTIALS, startTestS3Server, type TestS3Server } from "@/test/s3-server";
import { copyBlobsToS3 } from "./copy-to-s3";
import { FsBlobStore } from "./fs-blob-store";
import { PART_SIZE, S3BlobStore } from "./s3-blob-store";

let server: TestS3Server;
let root: string;
beforeAll(async () => {
  Object.assign(process.env, S3RVER_CREDENTIALS);
  server = await startTestS3Server({ buckets: ["ferry-move"] });
  root = await mkdtemp(path.join(tmpdir(), "ferry-move-"));
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("copyBlobsToS3", () => {
  it("copies every blob with its hash verified, refuses a file whose bytes do not match its name, and copies nothing twice", async () => {
    const local = new FsBlobStore(path.join(root, "blobs"));
    const contents = [randomBytes(2000), randomBytes(PART_SIZE + 5000), Buffer.from("third")];
    const blobs = await Promise.all(contents.map((bytes) => local.put(Readable.from([bytes]))));
    // A file damaged on disk: its name is no longer its hash.
    const damaged = blobs[2].key;
    await writeFile(path.join(root, "blobs", damaged.slice(0, 2), damaged.slice(2, 4), damaged), "changed on disk");

    const target = S3BlobStore.fromSettings({ kind: "s3", bucket: "ferry-move", region: "us-east-1", endpoint: server.endpoint, forcePathStyle: true, prefix: "" });
    const first = await copyBlobsToS3(path.join(root, "blobs"), target);
    expect(first).toMatchObject({ copied: 2, present: 0, failed: [{ key: damaged, reason: expect.stringContaining("SHA-256") }] });
    expect(await target.exists(damaged)).toBe(false);
    for (const [index, blob] of blobs.slice(0, 2).entries()) {
      const chunks: Buffer[] = [];
      for await (const chunk of target.open(blob.key)) chunks.push(chunk as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(sha256(contents[index]));
    }

    const again = await copyBlobsToS3(path.join(root, "blobs"), target);
    expect(again).toMatchObject({ copied: 0, present: 2, failed: [{ key: damaged }] });
  });
});
