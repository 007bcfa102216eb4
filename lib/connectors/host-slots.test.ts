import { describe, expect, it } from "vitest";
import { HOST_REQUESTS, hostSlots, Semaphore } from "./host-slots";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("Semaphore and hostSlots", () => {
  it("lets at most `limit` run at once and serves waiters in order", async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const all = Promise.all(
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
    expect(slots.queued).toBe(3);
    await all;
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(slots.inUse).toBe(0);
    expect(slots.queued).toBe(0);
  });

  it("releases a slot when the work throws, and shares one semaphore of HOST_REQUESTS slots per host", async () => {
    const slots = hostSlots("remote.example:443");
    expect(slots.limit).toBe(HOST_REQUESTS);
    await expect(slots.run(async () => Promise.reject(new Error("reset")))).rejects.toThrow("reset");
    expect(slots.inUse).toBe(0);
    expect(hostSlots("remote.example:443")).toBe(slots);
    expect(hostSlots("other.example:443")).not.toBe(slots);
  });
});
