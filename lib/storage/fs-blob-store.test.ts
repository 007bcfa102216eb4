import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FsBlobStore } from "./fs-blob-store";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ferry-blobs-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const webStream = (chunks: Buffer[]) => Readable.toWeb(Readable.from(chunks)) as ReadableStream<Uint8Array>;

async function read(store: FsBlobStore, key: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of store.open(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("FsBlobStore", () => {
  it("stores a web stream under its SHA-256 with its size, and identical bytes once", async () => {
    const store = new FsBlobStore(root);
    const chunks = Array.from({ length: 5 }, () => randomBytes(100_000));
    const bytes = Buffer.concat(chunks);
    const blob = await store.put(webStream(chunks));
    expect(blob).toEqual({ key: sha256(bytes), sha256: sha256(bytes), size: bytes.length });
    expect(await read(store, blob.key)).toEqual(bytes);

    const again = await store.put(Readable.from([bytes]));
    expect(again).toEqual(blob);
    expect(await readdir(path.join(root, "incoming"))).toEqual([]);
  });

  it("keeps storing after its directories were removed behind its back", async () => {
    const store = new FsBlobStore(root);
    const first = await store.put(Readable.from([Buffer.from("first")]));
    await rm(root, { recursive: true, force: true });
    const second = await store.put(Readable.from([Buffer.from("second")]));
    expect(await store.exists(first.key)).toBe(false);
    expect((await read(store, second.key)).toString()).toBe("second");
  });

  it("leaves no file behind when the body breaks, and cancels the body when the write fails", async () => {
    const store = new FsBlobStore(root);
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(store.put(broken)).rejects.toThrow("connection reset");
    expect(await readdir(path.join(root, "incoming"))).toEqual([]);

    // A root that cannot be a directory: the put fails and the body it was given is destroyed.
    const blocked = path.join(root, "file");
    await writeFile(blocked, "not a directory");
    const body = Readable.from([Buffer.from("bytes")]);
    await expect(new FsBlobStore(blocked).put(body)).rejects.toThrow();
    expect(body.destroyed).toBe(true);
  });
});

describe("FsBlobStore cancellation", () => {
  it("stops reading, cancels the body and keeps nothing when the signal aborts mid-stream", async () => {
    const store = new FsBlobStore(root);
    let cancelled: unknown;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        pulls++;
        if (pulls <= 3) controller.enqueue(new Uint8Array(64 * 1024));
        else await new Promise(() => undefined); // the remote stalls
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const controller = new AbortController();
    const put = store.put(body, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("upload abandoned"));
    await expect(put).rejects.toThrow("upload abandoned");
    expect(cancelled).toBeInstanceOf(Error);
    expect(await readdir(path.join(root, "incoming"))).toEqual([]);
  });
});
