import { describe, expect, it } from "vitest";
import { GroupRecorder } from "./download";
import type { Fetched } from "./record";

const fetched = (n: number) => ({ item: { id: String(n) }, blob: { key: "k", sha256: "k", size: n } }) as unknown as Fetched;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("GroupRecorder", () => {
  it("writes the first document alone and the ones that arrive meanwhile together, capped per group", async () => {
    const groups: number[][] = [];
    let finish: (() => void) | undefined;
    const recorder = new GroupRecorder(async (group) => {
      groups.push(group.map((entry) => entry.blob.size));
      await new Promise<void>((resolve) => (finish = resolve));
    }, 3);
    recorder.add(fetched(1));
    for (const n of [2, 3, 4, 5]) recorder.add(fetched(n));
    expect(groups).toEqual([[1]]);
    finish!();
    await tick();
    expect(groups).toEqual([[1], [2, 3, 4]]);
    finish!();
    await tick();
    finish!();
    await recorder.drain();
    expect(groups).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("keeps the first failure, writes nothing after it, and throws it from drain", async () => {
    const written: number[] = [];
    const recorder = new GroupRecorder(async (group) => {
      if (group.some((entry) => entry.blob.size === 2)) throw new Error("database gone");
      written.push(...group.map((entry) => entry.blob.size));
    }, 1);
    for (const n of [1, 2, 3]) recorder.add(fetched(n));
    await expect(recorder.drain()).rejects.toThrow("database gone");
    expect(recorder.failed).toBe(true);
    expect(written).toEqual([1]);
  });
});
