import { LEGAL_FORM_END } from "../legal-forms";
import { findDates } from "./dates";
import { cleanPartyName, uniqueNames } from "./party-names";

export interface LineAt {
  line: string;
  start: number;
}

const OPENING_WINDOW = 3000;
const SALUTATION = /^(?:(?:Dear|Kia\s+ora|Tēnā\s+koe)\s+(.+?)|Ladies\s+and\s+Gentlemen|Gentlemen|Sirs|To\s+whom\s+it\s+may\s+concern)[,:]?$/i;
const MARKER_LINE =
  /^(?:private|strictly|confidential|personal|by\s+(?:e-?mail|hand|post|courier|recorded)|(?:sent\s+)?(?:by|via)\s+(?:e-?mail|email|fax|courier|hand|post|fedex|ups|dhl)|our\s+ref|your\s+ref|ref(?:erence)?\s*:|re\s*:|subject\s*:|attention|for\s+the\s+attention|attn|without\s+prejudice|subject\s+to\s+contract|addressee\s+only|date\s*:|(?:client\s+)?matter\s*:|project\s*:|file\s*:)/i;
const CONTACT_LINE = /@|www\.|https?:|\b(?:tel|telephone|phone|fax|dx)\b|\+\d/i;
/** Lines of an address block that name no one: "The Directors", "Attention: …", "c/o …", job titles. */
const NOT_AN_ADDRESSEE = /^(?:the\s+(?:directors|board(?:\s+of\s+directors)?|company\s+secretary|partners|trustees)|attention|attn|for\s+the\s+attention|c\/o|personal|private|confidential|(?:chief|general|head|senior|managing|finance|legal|vice)\b)/i;
/** An organisation's name ends with its legal form or what it is ("… Limited", "… LLP", "… Retirement Board", "… Teachers' Retirement System"), after at least one other word. */
const ORGANISATION_KIND = /\S\s+(?:lp|as|pty|pte|sia|ws|solicitors|lawyers|board|council|trust|fund|bank|authority|university|partnership|system|commission|association|foundation)\.?,?$|\S\s+(?:&|and)\s+partners\.?,?$/i;
const isOrganisationName = (line: string) => (/\S\s+\S/.test(line) && LEGAL_FORM_END.test(line.replace(/,$/, ""))) || ORGANISATION_KIND.test(line);
const REGULATED_LINE = /^(?:(?:authori[sz]ed\s+and\s+)?regulated\s+by|(?:a\s+)?member\s+(?:firm\s+)?of|licensed\s+by)\b/i;
/** "The Shareholders of Fellside Outdoor Limited", "The Board of Directors Orchid Bay Holdings Pte. Ltd.", "The Directors Sun Tak & Sons …": the organisation is what the letter is addressed to. */
const ADDRESSED_VIA = /^the\s+(?:(?:board\s+of\s+directors|directors),?\s+(?!of\b)(?=\p{Lu})|(?:shareholders|directors|members|board|partners|trustees)\s+of\s+)/iu;

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

/**
 * A notice sent as a letter with no salutation — letterhead, date, addressee, "NOTICE OF DISSATISFACTION",
 * body, "Yours faithfully": its heading stands where "Dear …" would, so the letter's anatomy reads its parties.
 */
export function noticeHeadingIndex(lines: LineAt[], text: string): number {
  if (!/^\s*yours\s+(?:faithfully|sincerely|truly)\b/im.test(text)) return -1;
  return lines.slice(0, 25).findIndex((l, i) => i > 1 && /^(?:formal\s+)?notice\b|\bnotice\s+of\b/i.test(l.line) && l.line.split(/\s+/).length <= 10 && !/[.;,]$/.test(l.line));
}

/** A letter's "Re:" or "Subject:" line, which serves as its title. */
export function letterSubject(lines: LineAt[]): { value: string; start: number; end: number } | undefined {
  const dear = salutationIndex(lines);
  const candidates = dear === -1 ? lines.slice(0, 40) : lines.slice(0, dear + 3);
  for (const l of candidates) {
    // "Re: …", "Subject – …", but not a body line that starts "sub-licence of …".
    const m = /^(?:re|sub|subject)\s*(?::|\s[-–]|[-–]\s)\s*(.+)$/i.exec(l.line) ?? /^RE\s+(.+)$/.exec(l.line);
    if (!m) continue;
    // "Dear Sirs," / "Consent to Change of Control" / "Re: Tenancy Agreement …": the heading names the letter, the "Re:" its matter.
    const heading = dear !== -1 && lines.indexOf(l) === dear + 2 ? lines[dear + 1] : undefined;
    if (heading && isSubjectLine(heading.line) && isTitleCase(heading.line)) return { value: heading.line, start: heading.start, end: heading.start + heading.line.length };
    // "NOTICE OF DISPUTE" / "Re: Packaging Supply Agreement …": a heading in capitals right above the "Re:" names the letter.
    const above = lines[lines.indexOf(l) - 1];
    // … or in title case: "Letter of Comfort" / "Re: Supply of corrugated packaging to …".
    const titleCaseHeading = above && isTitleCase(above.line) && isSubjectLine(above.line) && above.line.split(/\s+/).length <= 6 && LETTER_HEADING.test(above.line) && !isOrganisationName(above.line);
    if (above && ((/^[^a-z]{6,100}$/.test(above.line) && LETTER_HEADING_WORDS.test(above.line)) || titleCaseHeading) && !MARKER_LINE.test(above.line)) return { value: above.line, start: above.start, end: above.start + above.line.length };
    // "Re: … Agreement dated August" / "5, 2024": a subject a PDF wrapped mid-phrase goes on.
    const next = lines[lines.indexOf(l) + 1];
    const tail = next && UNFINISHED.test(m[1].trim()) && next.line.split(/\s+/).length <= 4 && !SALUTATION.test(next.line) ? next : undefined;
    return { value: tail ? `${m[1].trim()} ${tail.line}` : m[1].trim(), start: l.start, end: (tail ?? l).start + (tail ?? l).line.length };
  }
  if (dear === -1) return undefined;
  // No "Re:": a heading in capitals above the salutation ("LETTER BEFORE CLAIM"), else the line after it.
  const heading =
    lines.slice(0, dear).find((l) => /^[^a-z]{6,100}$/.test(l.line) && LETTER_HEADING_WORDS.test(l.line) && !MARKER_LINE.test(l.line)) ??
    // "Offer of Employment" in title case, just above "Dear Daniel,".
    [lines[dear - 1]].find((l) => l && /^\p{Lu}/u.test(l.line) && !/["“(]/.test(l.line) && isSubjectLine(l.line) && l.line.split(/\s+/).length <= 8 && LETTER_HEADING.test(l.line));
  const after = lines[dear + 1];
  // … else "Consent to Sub-licensing" / "Content Licence Agreement dated …" / "Dear Hannah": a title-case heading over the
  // matter it concerns, joined by a small word as subjects are and addresses, names and "The Board of …" are not.
  const titleCaseAbove = [lines[dear - 3], lines[dear - 2], lines[dear - 1]].find((l) => l && isTitleCase(l.line) && isSubjectLine(l.line) && l.line.split(/\s+/).length <= 8 && !/[\d,]/.test(l.line) && /\s(?:of|to|for|and|on|under|re)\s/.test(l.line) && !MARKER_LINE.test(l.line) && !isOrganisationName(l.line) && !personLine(l.line) && !ADDRESSED_VIA.test(`${l.line} of `));
  const subject = heading ?? (after && isSubjectLine(after.line) ? after : titleCaseAbove);
  return subject && withWrappedTail(lines, subject);
}

/** A title or subject line a PDF broke in the middle of a phrase goes on: "… Claim against" / "Cascade Cloud Services", "SOFTWARE DEVELOPMENT" / "AGREEMENT". */
export const UNFINISHED = /\s(?:and|of|for|to|the|in|&|[-–]|against|between|with|dated|on|by|relating|concerning|regarding|January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const LETTER_HEADING_WORDS = /\b(?:LETTER|NOTICE|OFFER|CLAIM|TERMS|AGREEMENT|UNDERTAKING|EMPLOYMENT|ENGAGEMENT|APPOINTMENT|FACILITY|FACILITIES|CONSENT|WAIVER)\b/;
const LETTER_HEADING = new RegExp(LETTER_HEADING_WORDS.source, "i");

/** "Engagement Agreement – … against Cascade Cloud" / "Services": a subject a PDF wrapped keeps its last words. */
function withWrappedTail(lines: LineAt[], subject: LineAt): { value: string; start: number; end: number } {
  const next = lines[lines.indexOf(subject) + 1];
  const closing = next && !/^(?:dear|yours|sincerely|regards)\b/i.test(next.line) && subject.line.length > 40;
  const wrapped =
    closing &&
    ((next.line.split(/\s+/).length <= 3 && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u.test(next.line) && !/[.,;:]$/.test(subject.line)) ||
      // "… Agreement dated August" / "5, 2024", "… 30 September 2024 -" / "side letter"
      (UNFINISHED.test(subject.line) && next.line.split(/\s+/).length <= 4 && !/[.;:]$/.test(next.line)));
  const end = wrapped ? next : subject;
  return { value: (wrapped ? `${subject.line} ${next.line}` : subject.line).replace(/[:.]$/, ""), start: subject.start, end: end.start + end.line.length };
}

/** "Consent to Change of Control": each word capitalised but the small ones. */
const isTitleCase = (line: string) => line.split(/\s+/).every((word) => /^[\p{Lu}\d(]/u.test(word) || /^(?:of|to|for|and|the|a|an|in|on|with|under|by|re)$/.test(word));

/** A short line without a closing full stop that does not open the letter's first sentence. */
function isSubjectLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 24 && !/[.,;]$/.test(line) && !/^(?:\d+\.\s|thank|we|i|further|on\s+behalf|this|in\s+connection|following|as\s+you|our\s+client)\b/i.test(line);
}

/**
 * The sender and recipient of a letter. The sender is "From:", else the letterhead (the first line that
 * names someone), else whoever signs "on behalf of". The recipient is "To:", else the organisation in
 * the address block (an addressee's firm rather than the person), else the first person named there,
 * else the name after "Dear".
 */
export function letterParties(text: string, lines: LineAt[], dear = salutationIndex(lines)): { names: string[]; start: number; end: number } | undefined {
  if (dear === -1) return undefined;
  const head = lines.slice(0, dear);
  // "From: Legal Team, Marlow Freight Ltd <legal@…>": the address in angle brackets is not part of the name.
  const labelled = (label: RegExp) => head.map((l) => label.exec(l.line)?.[1]?.replace(/\s*<[^>]*>\s*/g, " ").trim()).find(Boolean);
  const from = labelled(/^From\s*:\s*(.+)$/i);
  // The letterhead is above the date; a letter that opens with its date has none, and is signed "on behalf of" its sender.
  const dateAt = head.findIndex((l) => isDateLine(l.line));
  const letterhead = dateAt > 0 ? firstNameLine(head.slice(0, dateAt)) : undefined;
  const sender = (from && (organisationIn(from) ?? cleanPartyName(from))) ?? principalOf(lines, letterhead) ?? letterhead ?? cleanPartyName(lastMatch(text, /(?:for\s+and\s+)?on\s+behalf\s+of\s+([^\n]+)/gi) ?? "");
  const to = labelled(/^To\s*:\s*(.+)$/i);
  const senderAt = letterhead ? head.findIndex((l) => l.line.includes(letterhead)) : dateAt;
  const subjectAt = letterSubject(lines)?.start;
  const addressee = (block: LineAt[]) => {
    // "Regulated by the Dubai Financial Services Authority" under a letterhead is the sender's status, not an addressee.
    // "Side Letter" / "Harbourline Capital Fund II L.P. (the "Partnership")" under the date: the letter's heading and its matter, not its addressee.
    const address = block.filter((l) => l.start !== subjectAt && !isDateLine(l.line) && !MARKER_LINE.test(l.line) && !CONTACT_LINE.test(l.line) && !/^c\/o\b/i.test(l.line) && !REGULATED_LINE.test(l.line) && !MATTER_LINE.test(l.line));
    return address.map((l) => organisationIn(l.line)).find((name) => name && name !== sender) ?? address.map((l) => personLine(l.line)).find((name) => name && !DOCUMENT_KIND.test(name));
  };
  // Lines between the letterhead and the date are the sender's own ("Advocates & Solicitors", its address): the addressee follows the date.
  const recipient =
    (to && (organisationIn(to) ?? cleanPartyName(to))) ??
    (dateAt > senderAt ? addressee(head.slice(dateAt + 1)) : undefined) ??
    addressee(head.slice(senderAt + 1)) ??
    salutationName(lines[dear].line);

  const names = uniqueNames([sender, recipient]);
  if (names.length === 0) return undefined;
  return { names, start: lines[0].start, end: lines[dear].start + lines[dear].line.length };
}

const MATTER_LINE = /\(\s*(?:the\s+)?["“'‘]/;
const DOCUMENT_KIND = /\b(?:letter|agreement|notice|deed|consent|undertaking|waiver|memorandum)\b/i;

const BY_ITS_AGENT = /^(.+?),?\s+(?:acting\s+)?by\s+its\s+(?:duly\s+authori[sz]ed\s+)?(?:managing\s+|property\s+)?(?:agents?|managers?|attorneys?)\s*,?\s+(.+)$/i;

/** "Drummond Kerr LLP / for and on behalf of The Clydeside Pension Trustees Limited": agents who sign for their principal write as it, and it is the party. */
function principalOf(lines: LineAt[], agent: string | undefined): string | undefined {
  if (!agent) return undefined;
  for (let i = lines.length - 1; i > 0; i--) {
    const principal = /^(?:for\s+and\s+)?on\s+behalf\s+of\s+(.+)$/i.exec(lines[i].line)?.[1];
    // … also under the signatory's title: "Partner, Carver Lowe LLP / for and on behalf of Aldgate & Thames Estates Limited".
    const above = lines[i - 1].line;
    if (principal && (organisationIn(above) ?? cleanPartyName(above))?.toLowerCase() === agent.toLowerCase()) return cleanPartyName(principal);
    // … or "RAVENSWORTH ESTATES (ONTARIO) INC., by its agent HALDEN PROPERTY MANAGEMENT LTD.": the principal, then the agent
    // signing for it, which a PDF may wrap onto the next line.
    for (const signOff of [lines[i].line, `${lines[i].line} ${lines[i + 1]?.line ?? ""}`]) {
      const byAgent = BY_ITS_AGENT.exec(signOff);
      if (byAgent && cleanPartyName(byAgent[2])?.toLowerCase() === agent.toLowerCase()) return cleanPartyName(byAgent[1]);
    }
  }
  return undefined;
}

/** The organisation a line names, if it is one: "Contracts Team, Pellucid Cloud Services Ltd" → "Pellucid Cloud Services Ltd". */
function organisationIn(raw: string): string | undefined {
  // "Kowhai Orchards Limited (company number 6123487)", "… Pty Ltd (ACN 603 112 458)": the register entry is not part of the line's name.
  // … nor the capacity it is written to in: "Ashdown Pension Trustees Limited (as trustee of the Ashdown Group Pension Scheme)".
  const line = raw.replace(/\s*\((?:(?:company|registration|registered|reg\.?)\s+(?:number|no\.?)|ACN|ABN|ARBN|UEN|CIN|CRN|as\s+(?:the\s+)?(?:trustees?|nominee|general\s+partner|manager|agent)\s+(?:of|for))\b[^)]*\)\s*$/i, "")
    // … nor who acts for it: "Mara Impact Fund I LP, acting by its general partner, Mara Impact GP Limited".
    .replace(/,?\s+acting\s+(?:by|through)\s+its\s+.*$/i, "");
  if (/\d/.test(line.replace(/\b(?:II|III|IV)\b/g, "")) && !isOrganisationName(line)) return undefined;
  const parts = line.replace(ADDRESSED_VIA, "").split(/,\s+(?=[\p{Lu}])/u);
  for (let i = parts.length - 1; i >= 0; i--) {
    const candidate = parts.slice(i).join(", ");
    if (isOrganisationName(candidate) && !/\d/.test(candidate) && !/^(?:inc|ltd|llc|l\.?p|plc|corp|co)\.?$/i.test(candidate)) {
      // "Tan, Lim & Partners Engineering Pte. Ltd.": a firm named after its partners starts at the first surname.
      let from = i;
      while (from > 0 && /&|\band\b/.test(candidate) && /^\p{Lu}[\p{L}'’-]+$/u.test(parts[from - 1])) from--;
      return cleanPartyName(parts.slice(from).join(", ").replace(/,$/, ""));
    }
  }
  return undefined;
}

/** "Ms. Anjali Raghunathan", "Priscilla Okonkwo": two to four capitalised words, no digits. */
function personLine(line: string): string | undefined {
  if (NOT_AN_ADDRESSEE.test(line) || /\d/.test(line)) return undefined;
  if (!/^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u.test(line)) return undefined;
  return cleanPartyName(line);
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
  return /^(?:sir|sirs|madam|sir\s+or\s+madam|sir\/madam|all|colleague|client|members\s+of\s+the\s+board|shareholders|.+\s+team)s?$/i.test(name) ? undefined : cleanPartyName(name);
}

/** "16 February 2026", "Date: 16 February 2026", or a reference row's date cell: "Our Ref: TRP/CORP/26/0147 | Date: 16 February 2026". */
function isDateLine(line: string): boolean {
  return line.split(/\s+\|\s+/).some((cell) => {
    const dates = findDates(cell);
    return dates.length === 1 && cell.replace(/^date\s*:?\s*/i, "").length - (dates[0].end - dates[0].start) < 4;
  });
}

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(pattern)) last = m[1];
  return last;
}
