import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { BlobStoreSettings } from "@/lib/env";
import type { BlobStore, StoredBlob } from "./blob-store";
import { chunksOf } from "./chunks";
import { BlobStoreError, toBlobStoreError } from "./errors";

/** Multipart part size. Memory per put is about (QUEUE_SIZE + 1) parts, whatever the file size. */
export const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;
/** CopyObject's limit; larger objects would need a multipart copy. */
const COPY_LIMIT = 5 * 1024 ** 3;
const SHA256 = /^[0-9a-f]{64}$/;

export type S3Location = { bucket: string; prefix: string; endpoint: string };

export interface S3PutOptions {
  signal?: AbortSignal;
  /** The SHA-256 the caller already knows (a migration): an object already stored is not sent again. */
  expectedSha256?: string;
}

/**
 * Content-addressed objects in an S3-compatible bucket: `<prefix>blobs/<sha256>`.
 *
 * The hash is known only after the last byte, but an S3 key is fixed when an upload starts. So a
 * body that fits in one part is read into memory, hashed, and written only if no object has that
 * hash yet (a conditional PUT); a larger one streams as a multipart upload to `<prefix>incoming/<uuid>` while hashing,
 * is copied server-side to its content key unless that key exists, and the temporary object is
 * deleted. A failed or cancelled put aborts its multipart upload, so no parts are left billed.
 */
export class S3BlobStore implements BlobStore {
  constructor(
    readonly client: S3Client,
    readonly location: S3Location,
  ) {}

  static fromSettings(settings: Extract<BlobStoreSettings, { kind: "s3" }>): S3BlobStore {
    const client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Ferry verifies SHA-256 itself; the SDK's default CRC trailers break several S3-compatible services.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    const endpoint = settings.endpoint ?? `https://s3.${settings.region}.amazonaws.com`;
    return new S3BlobStore(client, { bucket: settings.bucket, prefix: settings.prefix, endpoint });
  }

  keyFor(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error("Invalid blob key");
    return `${this.location.prefix}blobs/${sha256}`;
  }

  private fail(error: unknown, key?: string): unknown {
    return toBlobStoreError(error, { bucket: this.location.bucket, endpoint: this.location.endpoint, key });
  }

  /** Every S3 call goes through here, so its failures (and only its) become BlobStoreErrors. */
  private async call<Output>(request: () => Promise<Output>, signal?: AbortSignal, key?: string): Promise<Output> {
    try {
      return await request();
    } catch (error) {
      throw signal?.aborted ? (signal.reason ?? error) : this.fail(error, key);
    }
  }

  /** The stored size of a content key, or undefined when no object has it. */
  private async storedSize(sha256: string, signal?: AbortSignal): Promise<number | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyFor(sha256) }), { abortSignal: signal });
      return head.ContentLength ?? 0;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw signal?.aborted ? (signal.reason ?? error) : this.fail(error);
    }
  }

  async put(body: Readable | ReadableStream<Uint8Array>, options: S3PutOptions = {}): Promise<StoredBlob> {
    const { signal, expectedSha256 } = options;
    const source = chunksOf(body);
    const onAbort = () => void source.cancel(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const hash = createHash("sha256");
    try {
      signal?.throwIfAborted();
      if (expectedSha256) {
        const size = await this.storedSize(expectedSha256, signal);
        if (size !== undefined) {
          await source.cancel();
          return { key: expectedSha256, sha256: expectedSha256, size };
        }
      }
      // Read up to one part: most documents end within it.
      const first: Uint8Array[] = [];
      let size = 0;
      let ended = false;
      while (size <= PART_SIZE) {
        const chunk = await source.next();
        signal?.throwIfAborted();
        if (!chunk) {
          ended = true;
          break;
        }
        hash.update(chunk);
        first.push(chunk);
        size += chunk.byteLength;
      }
      if (ended) return await this.putWhole(Buffer.concat(first), hash.digest("hex"), expectedSha256, signal);

      const rest = async function* () {
        yield* first;
        for (let chunk = await source.next(); chunk; chunk = await source.next()) {
          signal?.throwIfAborted();
          hash.update(chunk);
          size += chunk.byteLength;
          yield chunk;
        }
        // A cancelled body ends like a finished one: never store it as if complete.
        signal?.throwIfAborted();
      };
      return await this.putStreamed(Readable.from(rest(), { objectMode: false }), () => hash.digest("hex"), () => size, expectedSha256, signal);
    } catch (error) {
      await source.cancel(error);
      throw signal?.aborted ? (signal.reason ?? error) : error;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private verify(sha256: string, expected: string | undefined): void {
    if (expected && expected !== sha256)
      throw new BlobStoreError("BLOB_INTEGRITY", `The bytes read have SHA-256 ${sha256}, not the expected ${expected}; nothing was stored.`);
  }

  /**
   * One conditional PUT instead of a HEAD and a PUT: `If-None-Match: *` makes S3 refuse the write
   * when the content key exists (412), so stored bytes are never replaced. From 2 MiB the SDK sends
   * `Expect: 100-continue`, so S3 refuses before any byte of an already stored body is sent; a
   * smaller body is sent once more, which costs less than asking first on every new document.
   * A service that ignores the condition overwrites the key with identical bytes (docs/deploy.md).
   */
  private async putWhole(bytes: Buffer, sha256: string, expected: string | undefined, signal?: AbortSignal): Promise<StoredBlob> {
    this.verify(sha256, expected);
    const stored = { key: sha256, sha256, size: bytes.byteLength };
    const put = new PutObjectCommand({
      Bucket: this.location.bucket,
      Key: this.keyFor(sha256),
      Body: bytes,
      ContentLength: bytes.byteLength,
      ContentType: "application/octet-stream",
      IfNoneMatch: "*",
    });
    // SigV4 signs a hash of the payload; the SDK would hash the body a second time to get it. S3
    // checks the body against this header (400 XAmzContentSHA256Mismatch), so it also verifies end to end.
    put.middlewareStack.add(
      (next) => (args) => {
        // The build step's request is always an HTTP request.
        (args.request as { headers: Record<string, string> }).headers["x-amz-content-sha256"] = sha256;
        return next(args);
      },
      { step: "build", name: "ferryPayloadSha256" },
    );
    try {
      await this.client.send(put, { abortSignal: signal });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      // 412: stored already. 409: a concurrent write of the same key; stored once it is there.
      const status = httpStatus(error);
      if (status === 412 || (status === 409 && (await this.storedSize(sha256, signal)) !== undefined)) return stored;
      throw this.fail(error);
    }
    return stored;
  }

  private async putStreamed(
    body: Readable,
    digest: () => string,
    size: () => number,
    expected: string | undefined,
    signal?: AbortSignal,
  ): Promise<StoredBlob> {
    const temporary = `${this.location.prefix}incoming/${randomUUID()}`;
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.location.bucket, Key: temporary, Body: body, ContentType: "application/octet-stream" },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
    });
    // A failing body makes the upload abort its multipart upload before `done` rejects.
    await upload.done().catch((error: unknown) => {
      throw httpStatus(error) === undefined ? error : this.fail(error);
    });
    try {
      const sha256 = digest();
      this.verify(sha256, expected);
      if (size() > COPY_LIMIT)
        throw new BlobStoreError("BLOB_TOO_LARGE", `Documents over 5 GiB cannot be stored in S3 by this version of Ferry (this one has ${size()} bytes).`);
      if ((await this.storedSize(sha256, signal)) === undefined) {
        const copy = new CopyObjectCommand({
          Bucket: this.location.bucket,
          Key: this.keyFor(sha256),
          CopySource: `${this.location.bucket}/${encodeURIComponent(temporary).replaceAll("%2F", "/")}`,
        });
        await this.call(() => this.client.send(copy, { abortSignal: signal }), signal);
      }
      return { key: sha256, sha256, size: size() };
    } finally {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: temporary })).catch(() => undefined);
    }
  }

  /** A streamed GET that fails at the end if the bytes do not hash to their key. */
  open(key: string): Readable {
    return Readable.from(this.read(key, this.keyFor(key)), { objectMode: false });
  }

  private async *read(key: string, objectKey: string): AsyncGenerator<Buffer> {
    const get = new GetObjectCommand({ Bucket: this.location.bucket, Key: objectKey });
    const response = await this.call(() => this.client.send(get), undefined, objectKey);
    const body = response.Body as Readable;
    const hash = createHash("sha256");
    let sha256: string | undefined;
    try {
      for await (const chunk of body) {
        hash.update(chunk as Uint8Array);
        yield chunk as Buffer;
      }
      sha256 = hash.digest("hex");
    } finally {
      // Also when the reader stops early: the connection is released.
      body.destroy();
    }
    if (sha256 !== key) throw new BlobStoreError("BLOB_INTEGRITY", `The object ${objectKey} in bucket "${this.location.bucket}" no longer has the bytes Ferry stored.`);
  }

  async exists(key: string): Promise<boolean> {
    return (await this.storedSize(key)) !== undefined;
  }

  /** Whether the bucket answers with these credentials (for /api/health and the readiness check). */
  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
    } catch (error) {
      // HEAD answers have no body, so a missing bucket is only a 404.
      throw this.fail(httpStatus(error) === 404 ? Object.assign(new Error("NoSuchBucket"), { name: "NoSuchBucket", cause: error }) : error);
    }
  }
}

const httpStatus = (error: unknown): number | undefined => (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
