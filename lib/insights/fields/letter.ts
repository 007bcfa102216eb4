import { findDates } from "./dates";
import { cleanPartyName, uniqueNames } from "./party-names";

export interface LineAt {
  line: string;
  start: number;
}

const OPENING_WINDOW = 3000;
const SALUTATION = /^Dear\s+(.+?)[,:]?$/;
const MARKER_LINE =
  /^(?:private|strictly|confidential|personal|by\s+(?:e-?mail|hand|post|courier|recorded)|(?:sent\s+)?(?:by|via)\s+(?:e-?mail|email|fax|courier|hand|post|fedex|ups|dhl)|our\s+ref|your\s+ref|ref(?:erence)?\s*:|re\s*:|subject\s*:|attention|for\s+the\s+attention|attn|without\s+prejudice|subject\s+to\s+contract|addressee\s+only|date\s*:)/i;
const CONTACT_LINE = /@|www\.|https?:|\b(?:tel|telephone|phone|fax|dx)\b|\+\d/i;

/** The first lines of the document with their offsets, blank lines dropped. */
export function openingLines(text: string, limit = OPENING_WINDOW): LineAt[] {
  const lines: LineAt[] = [];
  let start = 0;
  for (const raw of text.slice(0, limit).split("\n")) {
    const line = raw.trim();
    if (line) lines.push({ line, start: start + raw.indexOf(line) });
    start += raw.length + 1;
  }
  return lines;
}

/** A letter opens with a salutation ("Dear …") within its first lines. */
export function salutationIndex(lines: LineAt[]): number {
  return lines.slice(0, 40).findIndex((l) => SALUTATION.test(l.line));
}

/** A letter's "Re:" or "Subject:" line, which serves as its title. */
export function letterSubject(lines: LineAt[]): { value: string; start: number; end: number } | undefined {
  const dear = salutationIndex(lines);
  const candidates = dear === -1 ? lines.slice(0, 40) : lines.slice(0, dear + 3);
  for (const l of candidates) {
    const m = /^(?:re|subject)\s*[:\-–]\s*(.+)$/i.exec(l.line) ?? /^RE\s+(.+)$/.exec(l.line);
    if (m) return { value: m[1].trim(), start: l.start, end: l.start + l.line.length };
  }
  return undefined;
}

/**
 * The sender and recipient of a letter: the sender from the letterhead (the lines above the date) or
 * "From:"/"on behalf of", the recipient from "To:" or the first line of the address block between
 * the date and the salutation, else the name after "Dear".
 */
export function letterParties(text: string, lines: LineAt[]): { names: string[]; start: number; end: number } | undefined {
  const dear = salutationIndex(lines);
  if (dear === -1) return undefined;
  const head = lines.slice(0, dear);
  const dateAt = head.findIndex((l) => isDateLine(l.line));

  const labelled = (label: RegExp) => head.map((l) => label.exec(l.line)?.[1]).find(Boolean);
  const sender =
    cleanPartyName(labelled(/^From\s*:\s*(.+)$/i) ?? "") ??
    (dateAt > 0 ? firstNameLine(head.slice(0, dateAt)) : undefined) ??
    cleanPartyName(lastMatch(text, /(?:for\s+and\s+)?on\s+behalf\s+of\s+([^\n]+)/gi) ?? "");
  const recipient =
    cleanPartyName(labelled(/^To\s*:\s*(.+)$/i) ?? "") ??
    (dateAt !== -1 ? firstNameLine(head.slice(dateAt + 1)) : undefined) ??
    salutationName(lines[dear].line);

  const names = uniqueNames([sender, recipient]);
  if (names.length === 0) return undefined;
  return { names, start: lines[0].start, end: lines[dear].start + lines[dear].line.length };
}

function firstNameLine(block: LineAt[]): string | undefined {
  for (const { line } of block) {
    if (MARKER_LINE.test(line) || CONTACT_LINE.test(line) || isDateLine(line)) continue;
    return cleanPartyName(line);
  }
  return undefined;
}

function salutationName(line: string): string | undefined {
  const name = SALUTATION.exec(line)?.[1] ?? "";
  return /^(?:sir|sirs|madam|sir\s+or\s+madam|sir\/madam|all|colleague|client)s?$/i.test(name) ? undefined : cleanPartyName(name);
}

function isDateLine(line: string): boolean {
  const dates = findDates(line);
  return dates.length === 1 && line.replace(/^date\s*:?\s*/i, "").length - (dates[0].end - dates[0].start) < 4;
}

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(pattern)) last = m[1];
  return last;
}
