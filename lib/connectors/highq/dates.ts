import { DATE_PATTERN } from "./assumptions";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Parses HighQ's `dd MMM yyyy HH:mm` (UTC) or an ISO-8601 string; anything else is `null`. */
export function parseHighqDate(value: unknown): Date | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const text = value.trim();
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const [, day, month, year, hour, minute, second] = match;
    const monthIndex = MONTHS.indexOf(month.toLowerCase());
    if (monthIndex < 0) return null;
    const date = new Date(Date.UTC(Number(year), monthIndex, Number(day), Number(hour), Number(minute), Number(second ?? 0)));
    return date.getUTCDate() === Number(day) ? date : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const iso = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || text.length === 10 ? text : `${text}Z`);
  return Number.isNaN(iso.getTime()) ? null : iso;
}
