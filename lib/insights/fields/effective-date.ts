import type { DateMention } from "./dates";

export interface DatePick {
  date: DateMention;
}

const LOOK_BEHIND = 70;
const LOOK_AHEAD = 60;

/** Said right before the date: "effective as of", "with effect from", "Commencement Date:". */
const EFFECTIVE_BEFORE =
  /(?:effective\s+(?:as\s+(?:of|at|from)|from|on|date)|with\s+effect\s+(?:from|on)|(?:effective|commencement|start)\s+date\s*(?:is|means|shall\s+(?:be|mean)|will\s+be|:|-)?|commenc(?:e|es|ing)\s+(?:on|from)|enters?\s+into\s+(?:force|effect)\s+(?:on|from)|(?:start|begin)(?:s|ning)?\s+(?:on|from)|start\s+date\s+of)\s*(?:the\s+)?$/i;
/** Said right after the date: `1 March 2024 (the "Effective Date")`. */
const EFFECTIVE_AFTER = /^\s*,?\s*\(\s*(?:the\s+|hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?(?:the\s+)?)?["“'‘]?\s*(?:effective|commencement|start)\s+date/i;
/** How agreements and letters state their own date: "made on", "dated", "Date:". */
const DATED_BEFORE =
  /(?:\bdated|\bmade\s+(?:on|as\s+(?:of|at))?|\bmade\s+this|entered\s+into\s+(?:on|as\s+of|as\s+at)|executed\s+(?:on|as\s+of)|\bdate(?:d)?\s*:|\bas\s+(?:of|at))\s*(?:this\s+)?(?:the\s+)?$/i;
/** Dates that end something are never the effective date. */
const ENDING_BEFORE = /(?:expir\w*|terminat\w*|until|end(?:s|ing)?\s+on|maturity|repa\w+|later\s+than|before|by)\s*(?:on\s+)?(?:the\s+)?$/i;

/**
 * The date a document takes effect: an explicit effective/commencement date first, then the date
 * the document says it was made, then a date standing on its own line near the top (letters),
 * then the first date in the opening text.
 */
export function pickEffectiveDate(text: string, flat: string, dates: DateMention[]): DatePick | undefined {
  const before = (d: DateMention) => flat.slice(Math.max(0, d.start - LOOK_BEHIND), d.start);
  const after = (d: DateMention) => flat.slice(d.end, d.end + LOOK_AHEAD);

  const explicit = dates.find((d) => EFFECTIVE_AFTER.test(after(d)) || EFFECTIVE_BEFORE.test(before(d)));
  if (explicit) return { date: explicit };

  const dated = dates.find((d) => DATED_BEFORE.test(before(d)));
  if (dated) return { date: dated };

  const opening = dates.filter((d) => d.start < 1500 && !ENDING_BEFORE.test(before(d)));
  const ownLine = opening.find((d) => isAloneOnLine(text, d));
  return ownLine || opening[0] ? { date: (ownLine ?? opening[0]) as DateMention } : undefined;
}

function isAloneOnLine(text: string, d: DateMention): boolean {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const lineEnd = text.indexOf("\n", d.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return /^\s*(?:date\s*:?\s*)?$/i.test(line.slice(0, d.start - lineStart)) && /^[\s.,]*$/.test(line.slice(d.end - lineStart));
}
