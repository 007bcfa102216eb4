import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { streamHash } from "./hasher";

const expected = (chunks: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest("hex");
};

describe("streamHash", () => {
  it("gives the SHA-256 of interleaved streams, in a worker and inline alike", async () => {
    const streams = Array.from({ length: 6 }, (_, i) => ({
      hash: streamHash({ inline: i % 2 === 1 }),
      chunks: Array.from({ length: 20 }, () => randomBytes(1 + Math.floor(Math.random() * 70_000))),
    }));
    for (let c = 0; c < 20; c++) for (const stream of streams) stream.hash.update(stream.chunks[c]);
    const digests = await Promise.all(streams.map((stream) => stream.hash.digest()));
    expect(digests).toEqual(streams.map((stream) => expected(stream.chunks)));
  });

  it("hashes only a view's own bytes and leaves the caller's buffer usable", async () => {
    // Small Buffers share one pooled ArrayBuffer: hashing must neither read nor detach the rest.
    const pooled = [Buffer.from("first chunk"), Buffer.from("second chunk")];
    const hash = streamHash();
    for (const chunk of pooled) hash.update(chunk);
    expect(await hash.digest()).toBe(expected(pooled));
    expect(pooled.map((chunk) => chunk.toString())).toEqual(["first chunk", "second chunk"]);
  });

  it("forgets a discarded stream and keeps serving the others", async () => {
    const dropped = streamHash();
    dropped.update(randomBytes(1000));
    dropped.discard();
    const kept = streamHash();
    const bytes = randomBytes(5000);
    kept.update(bytes);
    expect(await kept.digest()).toBe(expected([bytes]));
  });
});
