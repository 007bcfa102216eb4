import type { DateMention, TermUnit } from "./dates";
import { NUMBER_WORDS_PATTERN, parseNumberWord } from "./numbers";

export interface TermMatch {
  amount: number;
  unit: TermUnit;
  /** Normalised, e.g. "2 years", "36 months". */
  label: string;
  start: number;
  end: number;
}

const NUMBER = `(\\d{1,3}|${NUMBER_WORDS_PATTERN}|an?)(?:\\s*\\(\\d{1,3}\\))?`;
const UNIT = "(years?|months?|weeks?|days?)";
const UNIT_ADJECTIVE = "(year|month|week|day)";

/** Ways contracts state how long they last. Each has the amount in group 1 and the unit in group 2. */
const TERM_PATTERNS = [
  `(?:for|of|with)\\s+(?:a|an|the)?\\s*(?:fixed\\s+|initial\\s+|minimum\\s+)?(?:term|period|duration)\\s+of\\s+${NUMBER}\\s+${UNIT}`,
  `\\bterm\\s+(?:of\\s+(?:this|the)\\s+\\w+\\s+)?(?:is|shall\\s+be|will\\s+be)\\s+(?:for\\s+)?(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `(?:remain|continue|be)\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+for\\s+(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `\\b(?:continue|last|run)s?\\s+for\\s+(?:a\\s+(?:further\\s+)?period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `${NUMBER}[- ]${UNIT_ADJECTIVE}\\s+(?:fixed\\s+|initial\\s+)?term\\b`,
  `\\bterm\\s*:\\s*${NUMBER}\\s+${UNIT}`,
].map((source) => new RegExp(source, "gi"));

/** Words earlier in the sentence that make a duration something other than the contract's own term. */
const NOT_THE_TERM_BEFORE = /surviv|notice|renew|extension|extend|additional|successive|further|probation|trial|within|non-?compet|non-?solicit|restrict|warrant|confidentiality\s+obligations/i;
/** "… for five years after termination / from the date of disclosure" is a tail obligation, not the term. */
const NOT_THE_TERM_AFTER = /^\s*(?:after|following|from\s+(?:the\s+)?(?:date\s+of\s+)?(?:termination|expiry|expiration|disclosure|receipt))/i;

export function findTerm(flat: string): TermMatch | undefined {
  const candidates: TermMatch[] = [];
  for (const pattern of TERM_PATTERNS) {
    for (const m of flat.matchAll(pattern)) {
      const amount = parseNumberWord(m[1].trim());
      const unit = m[2].toLowerCase().replace(/s$/, "") as TermUnit;
      if (!amount || (unit === "day" && !/term/i.test(m[0]))) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_THE_TERM_BEFORE.test(clauseBefore(flat, end)) || NOT_THE_TERM_AFTER.test(flat.slice(end, end + 60))) continue;
      candidates.push({ amount, unit, label: `${amount} ${unit}${amount === 1 ? "" : "s"}`, start, end });
    }
  }
  return candidates.sort((a, b) => a.start - b.start)[0];
}

const LOOK_BEHIND = 80;
const LOOK_AHEAD = 60;
const EXPIRY_BEFORE =
  /(?:expir(?:e|es|ing)\s+(?:on|at\s+(?:midnight|the\s+end\s+of\s+the\s+day|5(?:\.00)?\s*p\.?m\.?)\s+on)|(?:expiry|expiration|termination|end|maturity|final\s+repayment|repayment)\s+date\s*(?:is|means|shall\s+(?:be|mean)|will\s+be|of|:|-)?|terminat(?:e|es)\s+(?:automatically\s+)?on|end(?:s|ing)?\s+on|until(?:\s+and\s+including)?|up\s+to\s+and\s+including|to\s+and\s+including|repa(?:y|id|yable)\b[^.]{0,60}?\b(?:on|by|no\s+later\s+than))\s*(?:the\s+)?$/i;
const EXPIRY_AFTER = /^\s*,?\s*\(\s*(?:the\s+)?["“'‘]?\s*(?:expiry|expiration|termination|end|maturity|final\s+repayment)\s+date/i;
/** Dates that end a notice period or a payment window, not the document. */
const NOT_AN_EXPIRY = /notice|invoice|payment|deliver|offer/i;

/** The date the document says it ends (expiry, termination, maturity). */
export function findExpiryDate(flat: string, dates: DateMention[]): DateMention | undefined {
  return dates.find((d) => {
    const before = flat.slice(Math.max(0, d.start - LOOK_BEHIND), d.start);
    const after = flat.slice(d.end, d.end + LOOK_AHEAD);
    if (!EXPIRY_BEFORE.test(before) && !EXPIRY_AFTER.test(after)) return false;
    return !NOT_AN_EXPIRY.test(clauseBefore(flat, d.start));
  });
}

/** The clause that ends at `end`: back to the previous full stop or semicolon (at most 300 characters). */
function clauseBefore(flat: string, end: number): string {
  const from = Math.max(flat.lastIndexOf(". ", end - 1), flat.lastIndexOf("; ", end - 1), end - 300, 0);
  return flat.slice(from, end);
}
