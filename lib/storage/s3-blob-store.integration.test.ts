import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { AbortMultipartUploadCommand, CreateMultipartUploadCommand, ListMultipartUploadsCommand, ListObjectsV2Command, PutObjectCommand, S3Client, UploadPartCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3RVER_CREDENTIALS, startTestS3Server, type TestS3Server } from "@/test/s3-server";
import { isBlobStoreError } from "./errors";
import { PART_SIZE, S3BlobStore } from "./s3-blob-store";

const BUCKET = "ferry-store-test";
let server: TestS3Server;
beforeAll(async () => {
  Object.assign(process.env, S3RVER_CREDENTIALS);
  server = await startTestS3Server({ buckets: [BUCKET] });
});
afterAll(() => server?.close());

/** A store on the test server that records the name of every S3 command it sends. */
function storeFor(bucket = BUCKET) {
  const store = S3BlobStore.fromSettings({ kind: "s3", bucket, region: "us-east-1", endpoint: server.endpoint, forcePathStyle: true, prefix: "t/" });
  const sent: string[] = [];
  store.client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName ?? "?");
      return next(args);
    },
    { step: "initialize" },
  );
  return { store, sent };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function leftovers(client: S3Client) {
  const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }));
  const incoming = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "t/incoming/" }));
  return { uploads: uploads.Uploads ?? [], incoming: incoming.Contents ?? [] };
}

/** `size` bytes that differ per MiB, with their SHA-256 computed on the way (nothing kept). */
function generated(size: number) {
  const block = randomBytes(1024 * 1024);
  const hash = createHash("sha256");
  let produced = 0;
  const stream = new Readable({
    read() {
      if (produced >= size) return void this.push(null);
      const chunk = Buffer.from(block.subarray(0, Math.min(block.length, size - produced)));
      chunk.writeUInt32BE(produced / block.length, 0);
      produced += chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, digest: () => hash.digest("hex") };
}

describe("S3BlobStore against a real S3 server", () => {
  it("stores a small body under its SHA-256 and sends identical bytes only once", async () => {
    const { store, sent } = storeFor();
    const bytes = randomBytes(300_000);
    const web = Readable.toWeb(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)])) as ReadableStream<Uint8Array>;
    const blob = await store.put(web);
    expect(blob).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length });
    expect(await store.exists(blob.key)).toBe(true);
    expect(sha256(await readAll(store.open(blob.key)))).toBe(blob.sha256);

    // One conditional PUT, refused: the stored object is never replaced.
    const refused = server.refusals().total;
    sent.length = 0;
    expect(await store.put(Readable.from([bytes]))).toEqual(blob);
    expect(sent).toEqual(["PutObjectCommand"]);
    expect(server.refusals().total).toBe(refused + 1);
  });

  it("refuses a stored body of 2 MiB or more before any of its bytes are sent", async () => {
    const { store, sent } = storeFor();
    const bytes = randomBytes(3 * 1024 * 1024);
    const blob = await store.put(Readable.from([bytes]));
    const refused = server.refusals().beforeBody;
    sent.length = 0;
    expect(await store.put(Readable.from([bytes]))).toEqual(blob);
    expect(sent).toEqual(["PutObjectCommand"]);
    expect(server.refusals().beforeBody).toBe(refused + 1);
    expect(sha256(await readAll(store.open(blob.key)))).toBe(blob.sha256);
  });

  it("streams a multipart body through a temporary key, copies it once and leaves nothing behind", async () => {
    const { store, sent } = storeFor();
    const bytes = randomBytes(PART_SIZE * 2 + 12345);
    const blob = await store.put(Readable.from([bytes.subarray(0, 70_000), bytes.subarray(70_000)]));
    expect(blob).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length });
    expect(sent.filter((name) => name === "UploadPartCommand")).toHaveLength(3);
    expect(sent).toContain("CopyObjectCommand");
    expect(sha256(await readAll(store.open(blob.key)))).toBe(blob.sha256);

    sent.length = 0;
    expect(await store.put(Readable.from([bytes]))).toEqual(blob);
    expect(sent).not.toContain("CopyObjectCommand");
    expect(await leftovers(store.client)).toEqual({ uploads: [], incoming: [] });
  });

  it("sends nothing when the caller already knows the hash of a stored object, and refuses bytes that do not match it", async () => {
    const { store, sent } = storeFor();
    const bytes = randomBytes(5000);
    const blob = await store.put(Readable.from([bytes]));
    sent.length = 0;
    const untouched = Readable.from([bytes]);
    expect(await store.put(untouched, { expectedSha256: blob.sha256 })).toEqual(blob);
    expect(sent).toEqual(["HeadObjectCommand"]);
    expect(untouched.destroyed).toBe(true);

    const other = randomBytes(5000);
    const wrong = await store.put(Readable.from([other]), { expectedSha256: "0".repeat(64) }).catch((error: unknown) => error);
    expect(isBlobStoreError(wrong, "BLOB_INTEGRITY")).toBe(true);
    expect(await store.exists(sha256(other))).toBe(false);
  });

  it("aborts the multipart upload when the body breaks: no parts, no temporary object", async () => {
    const { store, sent } = storeFor();
    let pushed = 0;
    const broken = new Readable({
      read() {
        if (pushed++ < 24) return void this.push(randomBytes(1024 * 1024));
        this.destroy(new Error("connection reset by the remote"));
      },
    });
    await expect(store.put(broken)).rejects.toThrow("connection reset by the remote");
    expect(sent).toContain("UploadPartCommand");
    expect(sent).toContain("AbortMultipartUploadCommand");
    expect(await leftovers(store.client)).toEqual({ uploads: [], incoming: [] });
  });

  it("aborts the multipart upload and cancels the body when the caller's signal aborts mid-stream", async () => {
    const { store, sent } = storeFor();
    let pulls = 0;
    let cancelled: unknown;
    const stalled = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (pulls++ < 20) controller.enqueue(new Uint8Array(1024 * 1024));
        else await new Promise(() => undefined); // the remote stops sending
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const controller = new AbortController();
    const put = store.put(stalled, { signal: controller.signal });
    while (!sent.includes("UploadPartCommand")) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error("upload abandoned"));
    await expect(put).rejects.toThrow("upload abandoned");
    expect(cancelled).toBeInstanceOf(Error);
    expect(sent).toContain("AbortMultipartUploadCommand");
    expect(await leftovers(store.client)).toEqual({ uploads: [], incoming: [] });
  });

  it("names the missing bucket and the setting to change", async () => {
    const { store } = storeFor("no-such-bucket");
    const small = await store.put(Readable.from([Buffer.from("bytes")])).catch((error: unknown) => error);
    expect(isBlobStoreError(small, "BUCKET_NOT_FOUND")).toBe(true);
    expect((small as Error).message).toContain('"no-such-bucket"');
    expect((small as Error).message).toContain("FERRY_S3_BUCKET");
    const large = await store.put(Readable.from([randomBytes(PART_SIZE + 1)])).catch((error: unknown) => error);
    expect(isBlobStoreError(large, "BUCKET_NOT_FOUND")).toBe(true);
    await expect(store.check()).rejects.toMatchObject({ code: "BUCKET_NOT_FOUND" });
    await expect(storeFor().store.check()).resolves.toBeUndefined();
  });

  it("fails a read whose object is missing or no longer matches its hash", async () => {
    const { store } = storeFor();
    await expect(readAll(store.open("a".repeat(64)))).rejects.toMatchObject({ code: "BLOB_NOT_FOUND" });
    const blob = await store.put(Readable.from([Buffer.from("original bytes")]));
    await store.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: store.keyFor(blob.key), Body: "tampered bytes" }));
    await expect(readAll(store.open(blob.key))).rejects.toMatchObject({ code: "BLOB_INTEGRITY" });
  });

  it("lists a multipart upload left open, so the orphan checks above are real", async () => {
    const { store } = storeFor();
    const { UploadId } = await store.client.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: "t/incoming/foreign" }));
    await store.client.send(new UploadPartCommand({ Bucket: BUCKET, Key: "t/incoming/foreign", UploadId, PartNumber: 1, Body: "part" }));
    expect((await leftovers(store.client)).uploads).toEqual([expect.objectContaining({ Key: "t/incoming/foreign", UploadId })]);
    await store.client.send(new AbortMultipartUploadCommand({ Bucket: BUCKET, Key: "t/incoming/foreign", UploadId }));
    expect((await leftovers(store.client)).uploads).toEqual([]);
  });

  it("stores and reads back 1 GiB with flat memory and matching SHA-256", { timeout: 600_000 }, async () => {
    const { store } = storeFor();
    const size = 1024 ** 3;
    const source = generated(size);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const blob = await store.put(source.stream);
      const expected = source.digest();
      expect(blob).toEqual({ key: expected, sha256: expected, size });
      const hash = createHash("sha256");
      let read = 0;
      for await (const chunk of store.open(blob.key)) {
        hash.update(chunk as Buffer);
        read += (chunk as Buffer).length;
      }
      expect({ read, sha256: hash.digest("hex") }).toEqual({ read: size, sha256: blob.sha256 });
    } finally {
      clearInterval(sampler);
    }
    // Parts in flight, socket buffers and the S3 server's own (it runs in this process), not the
    // file: a fraction of its 1024 MiB (≈200 MiB measured on a loaded 2-core machine).
    expect((peak - baseline) / 1024 ** 2).toBeLessThan(320);
    expect(await leftovers(store.client)).toEqual({ uploads: [], incoming: [] });
  });
});
