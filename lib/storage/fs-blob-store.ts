import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { BlobStore, StoredBlob } from "./blob-store";

/** Content-addressed files: `<root>/ab/cd/<sha256>`. Identical bytes are stored once. */
export class FsBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathFor(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error("Invalid blob key");
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(body: Readable | ReadableStream<Uint8Array>, options: { signal?: AbortSignal } = {}): Promise<StoredBlob> {
    const incoming = path.join(this.root, "incoming");
    await mkdir(incoming, { recursive: true });
    const temporary = path.join(incoming, randomUUID());
    const hash = createHash("sha256");
    let size = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const source = body instanceof Readable ? body : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
    try {
      await pipeline(source, hashing, createWriteStream(temporary), { signal: options.signal });
      const sha256 = hash.digest("hex");
      const destination = this.pathFor(sha256);
      await mkdir(path.dirname(destination), { recursive: true });
      await rename(temporary, destination);
      return { key: sha256, sha256, size };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  open(key: string): Readable {
    return createReadStream(this.pathFor(key), { highWaterMark: 256 * 1024 });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathFor(key)).then(
      () => true,
      () => false,
    );
  }
}
