import { describe, expect, it } from "vitest";
import { GroupRecorder } from "./download";
import { hostSlots, Semaphore } from "./limit";
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

describe("Semaphore and hostSlots", () => {
  it("lets at most `limit` run at once and serves waiters in order", async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        slots.run(async () => {
          running++;
          peak = Math.max(peak, running);
          order.push(n);
          await tick();
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(slots.inUse).toBe(0);
  });

  it("releases a slot when the work throws, and shares one semaphore per host", async () => {
    const slots = hostSlots("remote.example:443", 1);
    await expect(slots.run(async () => Promise.reject(new Error("reset")))).rejects.toThrow("reset");
    expect(slots.inUse).toBe(0);
    expect(hostSlots("remote.example:443", 1)).toBe(slots);
    expect(hostSlots("other.example:443", 1)).not.toBe(slots);
  });
});
