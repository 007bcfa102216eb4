import { NUMBER_WORDS_PATTERN, ORDINAL_WORDS_PATTERN, parseNumberWord, parseOrdinalWord } from "./numbers";

export interface DateMention {
  iso: string;
  start: number;
  end: number;
}

/** Order of day and month in all-numeric dates such as 01/03/2024. */
export type NumericDateOrder = "dmy" | "mdy";

/** A month's full name, for rules that only need to know a date follows. */
export const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY_SUFFIX = "(?:st|nd|rd|th)?";
/** A year in words, as deeds write it: "Two Thousand and Twenty-Four", "in the year two thousand and twenty-six". */
const YEAR_IN_WORDS = `(?:in\\s+the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?\\s+(${NUMBER_WORDS_PATTERN})`;

const DATE_FORMS: { pattern: RegExp; parts: (m: RegExpExecArray, order: NumericDateOrder) => [number, number, number] | undefined }[] = [
  // 1 March 2024 · 1st March, 2024 · the 1st day of March, 2024
  { pattern: new RegExp(`\\b(\\d{1,2})${DAY_SUFFIX}(?:\\s+day\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "gi"), parts: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])] },
  // the first day of March, 2024
  { pattern: new RegExp(`\\b(${ORDINAL_WORDS_PATTERN})\\s+day\\s+of\\s+${MONTH},?\\s+(\\d{4})\\b`, "gi"), parts: (m) => [Number(m[3]), monthNumber(m[2]), parseOrdinalWord(m[1]) ?? 0] },
  // the twenty-first day of June Two Thousand and Twenty-Four · this 15th day of May, Two Thousand Twenty-Four
  {
    pattern: new RegExp(`\\b(\\d{1,2}${DAY_SUFFIX}|${ORDINAL_WORDS_PATTERN})\\s+day\\s+of\\s+${MONTH},?\\s+${YEAR_IN_WORDS}\\b`, "gi"),
    parts: (m) => [2000 + (parseNumberWord(m[3]) ?? -2000), monthNumber(m[2]), Number.parseInt(m[1], 10) || (parseOrdinalWord(m[1]) ?? 0)],
  },
  // the last day of December 2028
  {
    pattern: new RegExp(`\\blast\\s+day\\s+of\\s+${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    parts: (m) => [Number(m[2]), monthNumber(m[1]), new Date(Date.UTC(Number(m[2]), monthNumber(m[1]), 0)).getUTCDate()],
  },
  // March 1, 2024 · March 1st 2024
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${DAY_SUFFIX},?\\s+(\\d{4})\\b`, "gi"), parts: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])] },
  // 2024-03-01
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 01/03/2024 · 1.3.2024 — day first unless the document is American or the first part cannot be a month
  {
    pattern: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g,
    parts: (m, order) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const monthFirst = a > 12 ? false : b > 12 ? true : order === "mdy";
      return monthFirst ? [Number(m[4]), a, b] : [Number(m[4]), b, a];
    },
  },
];

/** Every calendar date written in the text, in order of appearance. */
export function findDates(text: string, order: NumericDateOrder = "dmy"): DateMention[] {
  const found: DateMention[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.pattern)) {
      const parts = form.parts(m as RegExpExecArray, order);
      const iso = parts && toIso(...parts);
      if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((d, i) => i === 0 || d.start >= found[i - 1].end);
}

/** US documents write 03/01/2024 for 1 March; a US governing law or "March 1, 2024" style elsewhere says so. */
export function guessNumericDateOrder(text: string): NumericDateOrder {
  const monthFirst = text.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}${DAY_SUFFIX},\\s+\\d{4}`, "gi"))?.length ?? 0;
  const dayFirst = text.match(new RegExp(`\\b\\d{1,2}${DAY_SUFFIX}\\s+${MONTH}\\s+\\d{4}`, "gi"))?.length ?? 0;
  return monthFirst > dayFirst ? "mdy" : "dmy";
}

/** How another document is said to be dated: "dated 1 May 2020", or Jersey's "passed before the Royal Court of Jersey on 29 September 2015". */
export const DATED = String.raw`(?:dated|passed\s+before\s+the\s+Royal\s+Court(?:\s+of\s+\p{Lu}\p{L}+)?\s+on)`;

/**
 * "the lease of Ballavarkish Cottage granted for a term of five years from 1 October 2023", "the current tenancy being for a term of
 * two years commencing on 1 July 2025", "held by me under a lease from the Government of Kenya for a term of ninety-nine (99) years",
 * "which the Provider occupies under a lease from Hillington Estates Limited for a period of twenty-five years": another document's term and start.
 */
export const ANOTHER_GRANT =
  /\b(?:the|a|an|its|their|his|her|my|our)\s+(?:[\p{L}-]+\s+){0,3}(?:licen[cs]e|lease|underlease|tenancy|permit|concession|franchise)\s+(?:of\s+[^.;]{0,60}?\s+)?(?:granted|being)\s+for\s+an?\s+(?:initial\s+)?term\s+of\b|\b(?:occup\w*|holds?|held)\s+(?:[\p{L}-]+\s+){0,3}under\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:lease|licen[cs]e|tenancy)\b[^.;]{0,80}?\bfor\s+an?\s+(?:term|period)\s+of\b/iu;

export type TermUnit = "year" | "month" | "week" | "day";

/**
 * The last day of a term that starts on `startIso`: a two-year term commencing on 1 March 2024 runs
 * to 28 February 2026 inclusive (the day before the anniversary), the usual reading of "for a period of".
 */
export function lastDayOfTerm(startIso: string, amount: number, unit: TermUnit): string {
  const [y, m, d] = startIso.split("-").map(Number);
  let end: Date;
  if (unit === "year" || unit === "month") {
    const months = unit === "year" ? amount * 12 : amount;
    const targetMonth = m - 1 + months;
    const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
    end = new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay)));
  } else {
    end = new Date(Date.UTC(y, m - 1, d + amount * (unit === "week" ? 7 : 1)));
  }
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}

function toIso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
