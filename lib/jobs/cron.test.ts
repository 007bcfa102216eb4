import { describe, expect, it } from "vitest";
import { cronMatches } from "./cron";

const at = (iso: string) => new Date(iso);

describe("cronMatches", () => {
  it("matches every minute", () => {
    expect(cronMatches("* * * * *", at("2025-03-04T10:17:00Z"))).toBe(true);
  });

  it("handles steps, ranges and lists in UTC", () => {
    expect(cronMatches("*/15 * * * *", at("2025-03-04T10:30:00Z"))).toBe(true);
    expect(cronMatches("*/15 * * * *", at("2025-03-04T10:31:00Z"))).toBe(false);
    expect(cronMatches("0 9-17 * * 1-5", at("2025-03-04T09:00:00Z"))).toBe(true); // a Tuesday
    expect(cronMatches("0 9-17 * * 1-5", at("2025-03-08T09:00:00Z"))).toBe(false); // a Saturday
    expect(cronMatches("5,10 * * * *", at("2025-03-04T11:10:00Z"))).toBe(true);
    expect(cronMatches("0 0 * * 7", at("2025-03-09T00:00:00Z"))).toBe(true); // Sunday as 7
  });

  it("refuses expressions it cannot evaluate rather than never firing", () => {
    expect(() => cronMatches("* * * *", new Date())).toThrow(/five fields/);
    expect(() => cronMatches("*/0 * * * *", new Date())).toThrow(/Unsupported/);
  });
});
