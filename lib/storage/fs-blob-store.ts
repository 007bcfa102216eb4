import { createHash, randomUUID, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { PROCESS_TAG, tagIsAlive } from "@/lib/processes";
import type { BlobStore, StoredBlob } from "./blob-store";
import { chunksOf } from "./chunks";

/** Temporary files of another host are only removed when older than this (a shared volume). */
const FOREIGN_INCOMING_MAX_AGE_MS = 24 * 60 * 60_000;

/** Bytes read ahead of the disk at most, per put. */
const WRITE_AHEAD = 1 << 20;

/** Content-addressed files: `<root>/ab/cd/<sha256>`. Identical bytes are stored once. */
export class FsBlobStore implements BlobStore {
  /** Directories this instance made or found, so a put costs no mkdir once its shard exists. */
  private readonly directories = new Map<string, Promise<unknown>>();

  constructor(private readonly root: string) {}

  private ensureDirectory(directory: string): Promise<unknown> {
    let made = this.directories.get(directory);
    if (!made) {
      made = mkdir(directory, { recursive: true });
      this.directories.set(directory, made);
      made.catch(() => this.directories.delete(directory));
    }
    return made;
  }

  private pathFor(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error("Invalid blob key");
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  /** Opens a new temporary file, making the directory again if it was removed behind this store's back. */
  private async openIncoming(temporary: string): Promise<FileHandle> {
    await this.ensureDirectory(path.dirname(temporary));
    try {
      return await open(temporary, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      this.directories.clear();
      await this.ensureDirectory(path.dirname(temporary));
      return open(temporary, "wx");
    }
  }

  /**
   * Streams `body` into a temporary file while hashing it, then renames the file to its hash.
   * SHA-256 runs on this thread, chunk by chunk (≈ 40 µs per 64 KiB, so the event loop is never
   * held): a worker thread was measured to cost more in copies, messages and garbage collection
   * than the hashing it took off this thread (bench/README.md).
   * Chunks are hashed as they arrive and written with `writev` while the next ones are read: at
   * most one write is in flight and at most `WRITE_AHEAD` bytes wait for it, so memory stays flat
   * whatever the size of the file (the body is not read faster than the disk takes it).
   */
  async put(body: Readable | ReadableStream<Uint8Array>, options: { signal?: AbortSignal } = {}): Promise<StoredBlob> {
    // Named after this process, so a later start can tell a dead writer's file from a live one's.
    const temporary = path.join(this.root, "incoming", `${PROCESS_TAG}~${randomUUID()}`);
    const source = chunksOf(body);
    const onAbort = () => void source.cancel(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    let file: FileHandle | undefined;
    let hash: Hash | undefined;
    try {
      options.signal?.throwIfAborted();
      file = await this.openIncoming(temporary);
      const handle = file;
      hash = createHash("sha256");
      let size = 0;
      let waiting: Uint8Array[] = [];
      let waitingBytes = 0;
      let writing: Promise<void> | undefined;
      let failed: { error: unknown } | undefined;
      const flush = () => {
        const chunks = waiting;
        waiting = [];
        waitingBytes = 0;
        writing = handle.writev(chunks).then(
          () => void (writing = undefined),
          (error: unknown) => {
            failed ??= { error };
            writing = undefined;
          },
        );
      };
      for (let chunk = await source.next(); chunk; chunk = await source.next()) {
        if (failed) throw failed.error;
        hash.update(chunk);
        size += chunk.byteLength;
        waiting.push(chunk);
        waitingBytes += chunk.byteLength;
        if (writing && waitingBytes >= WRITE_AHEAD) await writing;
        if (!writing) flush();
      }
      options.signal?.throwIfAborted();
      while (writing) await writing;
      if (waiting.length > 0) flush();
      while (writing) await writing;
      if (failed) throw failed.error;
      await handle.close();
      file = undefined;

      const sha256 = hash.digest("hex");
      const destination = this.pathFor(sha256);
      await this.ensureDirectory(path.dirname(destination));
      try {
        await rename(temporary, destination);
      } catch (error) {
        // The directory was removed behind this store's back: make it again once.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        this.directories.delete(path.dirname(destination));
        await this.ensureDirectory(path.dirname(destination));
        await rename(temporary, destination);
      }
      return { key: sha256, sha256, size };
    } catch (error) {
      // Never leave the caller's download half-read (its connection stays open otherwise).
      await source.cancel(error);
      await file?.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw options.signal?.aborted ? (options.signal.reason ?? error) : error;
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  /**
   * Removes temporary files whose writer died mid-download (a crash or kill -9 leaves them behind),
   * run when a process starts. A file belongs to the process named in it: files of live processes
   * on this host stay, as do other hosts' files younger than a day.
   */
  async removeAbandonedIncoming(now = new Date()): Promise<number> {
    const incoming = path.join(this.root, "incoming");
    const names = await readdir(incoming).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      // Files from before writers were named count as abandoned once older than this start.
      const named = name.includes("~");
      const alive = named ? tagIsAlive(name.split("~").slice(0, 2).join("~")) : undefined;
      if (alive) continue;
      if (alive === undefined) {
        const modified = await stat(path.join(incoming, name)).then((info) => info.mtime, () => now);
        if (now.getTime() - modified.getTime() < (named ? FOREIGN_INCOMING_MAX_AGE_MS : 0)) continue;
      }
      await rm(path.join(incoming, name), { force: true });
      removed++;
    }
    return removed;
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
