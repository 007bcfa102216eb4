import { expect, it } from "vitest";
import { formatExactTime, formatRelativeTime } from "./format";

const now = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

it("gives list times relative to now, rounding into the next unit", () => {
  expect(formatRelativeTime(at(-3), now)).toBe("just now");
  expect(formatRelativeTime(at(-45), now)).toBe("45 seconds ago");
  expect(formatRelativeTime(at(-4 * 60), now)).toBe("4 minutes ago");
  expect(formatRelativeTime(at(59.8 * 60), now)).toBe("in 1 hour");
  expect(formatRelativeTime(at(-26 * 3600), now)).toBe("yesterday");
});

it("gives exact times to the second, so runs in one minute can be told apart", () => {
  expect(formatExactTime(new Date("2026-03-02T21:20:07Z"))).toBe("2 Mar 2026, 21:20:07 UTC");
});
