import type { KeyValue } from "./key-values";
import { addDays, ANOTHER_GRANT, DATED, findDates, lastDayOfTerm, MONTH_NAME, type DateMention, type TermUnit } from "./dates";
import { NUMBER_WORDS_PATTERN, ORDINAL_WORDS_PATTERN, parseNumberWord, parseOrdinalWord } from "./numbers";
import { inRanges, recitalRanges } from "./recitals";

export interface TermMatch {
  amount: number;
  unit: TermUnit;
  /** Normalised, e.g. "2 years", "36 months". */
  label: string;
  start: number;
  end: number;
  /** "terminates 24 months after the Effective Date" ends on the anniversary, not the day before it. */
  endsOnAnniversary?: boolean;
  /** "ending on the last day of the twenty-fourth (24th) month": ends on the last day of a calendar month. */
  endsAtMonthEnd?: boolean;
}

/** "three (3)", "36 (thirty-six)", "a". */
const NUMBER = `(\\d{1,3}|${NUMBER_WORDS_PATTERN}|an?)(?:\\s*\\((?:\\d{1,3}|${NUMBER_WORDS_PATTERN})\\))?`;
const UNIT = "(?:full\\s+)?(?:calendar\\s+)?(years?|months?|weeks?|days?)";
const UNIT_ADJECTIVE = "(year|month|week|day)";
const ANCHOR = String.raw`(?:the\s+)?(?:effective\s+date|commencement\s+date|start\s+date|date\s+(?:of\s+)?(?:this|the)\s+(?:agreement|deed|lease|licen[cs]e|contract|undertaking|letter|note)|date\s+hereof|signature\s+date)`;

/** "… begins on the Effective Date and ends on the fifth (5th) anniversary of the Effective Date": a term of whole years. */
const NTH_ANNIVERSARY = new RegExp(String.raw`\b(?:end(?:s|ing)?|expir(?:e|es|ing)|terminat(?:e|es|ing))\s+(?:automatically\s+)?on\s+the\s+(${ORDINAL_WORDS_PATTERN}|\d{1,2}(?:st|nd|rd|th))\s+(?:\(\d{1,2}(?:st|nd|rd|th)\)\s+)?anniversary\s+of\s+${ANCHOR}`, "giu");
/** ""Maturity Date" means June 2, 2031, being the fifth anniversary of the Closing Date": the end date, said as an anniversary of the day the document took effect. */
const END_DATE_BEING_ANNIVERSARY = new RegExp(String.raw`\b(?:maturity|expiry|expiration|termination|end|final\s+repayment)\s+date["”’]?\s+(?:means|shall\s+mean|is)\s+[^.;]{0,40}?,?\s+being\s+the\s+(${ORDINAL_WORDS_PATTERN}|\d{1,2}(?:st|nd|rd|th))\s+(?:\(\d{1,2}(?:st|nd|rd|th)\)\s+)?anniversary\s+of\s+(?:${ANCHOR}|the\s+closing\s+date)`, "giu");
/** Ways contracts state how long they last. Each has the amount in group 1 and the unit in group 2. */
const TERM_PATTERNS = [
  `(?:for|of|with|has|have|means|is|being|,|["”’]\\s*:)\\s+(?:a|an|the)?\\s*(?:fixed\\s+|initial\\s+|minimum\\s+)?(?:term|period|duration)\\s+of\\s+${NUMBER}\\s+${UNIT}`,
  // "The initial subscription term of thirty-six (36) months begins on …"
  `\\b(?:the|an?)\\s+(?:initial|fixed|minimum)\\s+(?:[a-z]+\\s+)?(?:term|period)\\s+of\\s+${NUMBER}\\s+${UNIT}`,
  `\\bterm\\s+(?:of\\s+(?:this|the)\\s+\\w+\\s*,?\\s+(?:which\\s+)?)?(?:is|shall\\s+be|will\\s+be)\\s+(?:for\\s+)?(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `(?:remains?|continues?|be|is)\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+for\\s+(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `\\b(?:continue|continuing|last|lasting|run|running|endure|subsist|(?:is|are|be|remains?)\\s+available)s?\\s+for\\s+(?:a\\s+(?:further\\s+)?period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  `${NUMBER}[- ]${UNIT_ADJECTIVE}\\s+(?:fixed\\s+|initial\\s+)?term\\b`,
  `\\bterm\\s*:\\s*${NUMBER}\\s+${UNIT}`,
  // "Initial Term: the period of five years from the Commencement Date"
  `\\bterm\\s*:\\s*(?:the|a)\\s+period\\s+of\\s+${NUMBER}\\s+${UNIT}`,
  // "This is a fixed-term position for eighteen (18) months commencing on May 4, 2026"
  `\\bfixed[- ]term\\s+(?:position|appointment|contract|role|engagement|employment|post)\\s+(?:for|of)\\s+(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  // "The licence is granted for ninety (90) days from the date of this letter"
  `\\b(?:is|are|shall\\s+be|will\\s+be|hereby)\\s+granted\\s+for\\s+(?:a\\s+(?:term|period)\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
  // ""Loan Term" means thirty-six (36) months from and including the date of this Agreement"
  `\\bterm["”’]\\s+(?:means|shall\\s+mean)\\s+(?:a\\s+period\\s+of\\s+)?${NUMBER}\\s+${UNIT}`,
].map((source) => new RegExp(source, "gi"));
/** "ending on the last day of the twenty-fourth (24th) month of that period", "the last day of the 36th month in the period beginning with the month in which …". */
const LAST_DAY_OF_MONTH = /\blast\s+day\s+of\s+the\s+(?:[\w-]+\s+)?\(?(\d{1,3})(?:st|nd|rd|th)\)?\s+(month)\b/gi;
/** "shall terminate 24 months after the Effective Date": a term that ends on its anniversary. */
const ENDS_AFTER = new RegExp(String.raw`\b(?:(?:terminat|expir|end)(?:e|es|s)?|(?:be\s+)?repa(?:id|yable))(?:,[^,.;]{1,60},)?\s+(?:automatically\s+)?(?:on\s+the\s+date\s+falling\s+)?${NUMBER}\s+${UNIT}\s+(?:after|from)\s+${ANCHOR}`, "gi");
/**
 * A term that runs "from" a day excludes that day, so "for two years from 1 March 2024" ends on the
 * anniversary, as does one "ending on the third anniversary" or "expiring on the tenth (10th) anniversary"; one "commencing on" or "from and
 * including" a day counts it, and ends the day before. In a table cell a PDF wrapped, "from" may end the cell.
 */
const FROM_EXCLUSIVE = /^\s*from(?:\s+(?!and\s+including\b)|$)/i;
/** "shall run from the Commencement Date for a period of five years": "from" before the term, as after it. */
const FROM_ANCHOR_BEFORE = /\bfrom\s+(?!and\s+including\b)(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?Date\s*,?\s*$/u;
const ENDING_ON_ANNIVERSARY = /^[^.;]{0,80}?\b(?:end(?:ing|s)?|expir(?:es|ing)|terminat(?:es|ing))\s+on\s+the\s+[\w-]+\s+(?:\(\d{1,2}(?:st|nd|rd|th)\)\s+)?anniversary\b/i;
/** A stated duration only counts in a clause about the document lasting, not "maintain the buffer for ten years". */
const DURATION_CONTEXT = /\bthis\s+(?:agreement|contract|deed|lease|licen[cs]e)\s+(?:is|shall\s+be|will\s+be)\s+for\b|\b(?:term|duration|subsist\w*|initial\s+period|commenc\w*|continu\w*|remain\w*|endur\w*|in\s+(?:force|effect)|run\w*|last\w*|expir\w*|let|lease|licen[cs]e|grant\w*|employ\w*|appoint\w*|begin\w*|start\w*|secondment|suppl\w*|provid\w*|perform\w*|serv(?:e|es|ed|ing|ices?)|occup\w*|advis\w*|consult\w*|engag\w*|valid\w*|availab\w*|standstill|tolling|maturity|advanc\w*|appl(?:y|ies)|into\s+force|ha(?:ve|s)\s+effect)\b/i;
/** Words earlier in the sentence that make a duration something other than the contract's own term ("shall procure that Kestrel Offshore Group ASA grants … a licence … for a term of three (3) years"). */
const NOT_THE_TERM_BEFORE = /\b(?:does\s+not|nothing\s+in\s+this\s+\w+)\s+(?:changes?|alters?|affects?|extends?)\b|\bprocure\s+that\b|surviv|notice|renew|extension|extend|additional|successive|further|probation|trial|within|non-?compet|non-?solicit|restrict|warrant|confidentiality\s+obligations|escrow|exclusivity|commitment\s+period|lock-?in/i;
/** "to enter into a vessel financing facility of up to US$22,000,000 with a term of five years", "The Supply Agreement has an initial term of five (5) years", "proposes to take a lease of Unit 4 … for a term of fifteen years", "concluded a master services agreement on 1 March 2023 for an initial period of thirty-six (36) months", ""Support Period" means the period of twelve months …", "The berthing licence granted to the Company by the harbour authority on 1 January 2020 for a term of ten (10) years", "a service agreement between the Company and Peter James Holloway for a fixed term of twelve (12) months": a term of something else. */
const ANOTHER_THINGS_TERM =
  /\b(?:each|every|the\s+first|a|any|an)\s+(?:SOW|statement\s+of\s+work|order(?:\s+form)?|work\s+order|purchase\s+order|call-?off(?:\s+contract)?|project|pilot)\b[^.;]*$|\b(?:an?|its|their)\s+(?:[\p{L}-]+\s+){0,4}(?:facility|loan|lease|tenancy|agreement|contract|financing|mortgage)\b[^.;]{0,60}\bwith\s+an?\s+(?:initial\s+)?term\s+of\s+[^.;]*$|\bthe\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Agreement|Lease|Contract|Licen[cs]e)(?:\s+dated\s+[^,.;]{1,40})?,?\s+(?:which\s+)?(?:has|had|was\s+granted\s+for|was\s+entered\s+into\s+for)\s+an?\s+(?:initial\s+)?(?:term|period)\s+of\s+[^.;]*$|\b(?:concluded|enter(?:s|ed)?\s+into|sign(?:s|ed)?|execut(?:es|ed))\s+an?\s+(?:[\p{L}-]+\s+){0,4}(?:agreement|contract|lease|licen[cs]e)\b[^.;]{0,60}\bfor\s+an?\s+(?:initial\s+|fixed\s+)?(?:term|period)\s+of\s+[^.;]*$|\bthe\s+(?:Lease|Agreement|Licen[cs]e|Contract|Underlease),?\s+which\s+was\s+granted\b[^.;]*$|\bthe\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Agreement|Lease|Contract|Licen[cs]e),?\s+(?:which\s+)?(?:commenced|began|started)\b[^.;]*$|\b(?:support|transition|exit|maintenance|defects?|warranty|grace|cure|ramp-?up|implementation|onboarding|exclusivity|earn-?out)\s+period["”’]?\s+(?:means|shall\s+mean|is)\b[^.;]*$|\b(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:licen[cs]e|lease|tenancy|permit|concession|franchise)\s+granted\b[^.;]{0,120}?\bon\s+[^.;]{4,30}?\b(?:19|20)\d{2}\s+for\s+an?\s+(?:initial\s+)?term\s+of\s+[^.;]*$|\ban?\s+(?:[\p{L}-]+\s+){0,3}(?:agreement|contract|lease|licen[cs]e)\s+between\b[^.;]{0,100}\bfor\s+an?\s+(?:initial\s+|fixed\s+)?(?:term|period)\s+of\s+[^.;]*$|\bproposes?\s+to\s+(?:take|grant|enter\s+into|accept)\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:lease|facility|loan|tenancy)\b[^.;]{0,100}\bfor\s+an?\s+term\s+of\s+[^.;]*$/iu;
/** "… for five years after termination / from the date of disclosure" is a tail obligation, not the term. */
const NOT_THE_TERM_AFTER = /^\s*(?:after|following|thereafter|from\s+(?:the\s+)?(?:date\s+of\s+)?(?:termination|expiry|expiration|disclosure|receipt))/i;
/** A recital about another document ("a lease dated 29 September 2019 … for a term of fifteen years", "dated May 1, 2021"), also in a cell a PDF wrapped ("the US$40,000,000 term facility | 1.1 agreement dated …") or a row's ("| Lease dated 12 May 2011 … for a term of 25 years"). */
const OTHER_DOCUMENT = new RegExp(
  String.raw`(?:\b(?:a|an|the|that\s+certain|its|your|our|their)\s+|\|\s*)(?:(?!is\b|was\b)[\p{L}\p{N}$£€'’"“”,.|-]+\s+){0,9}${DATED}\s+(?:as\s+(?:of|at)\s+)?(?:the\s+)?(?:\d|${MONTH_NAME}\b)`,
  "iu",
);

/**
 * An amendment that lengthens the agreement it amends: "The Term of the Lease is hereby extended for a period of
 * thirty-six (36) months", "The Initial Term is extended by a further period of two (2) years", "shall continue
 * for a further period of eighteen (18) months commencing on …". Not an option to extend.
 */
const EXTENDED_FOR = new RegExp(
  String.raw`\b(?:(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?extended\s+(?:by|for)|(?:shall|will)\s+continue\s+for)\s+(?:a\s+)?(?:further\s+)?(?:period\s+of\s+)?${NUMBER}\s+${UNIT}`,
  "gi",
);

export function findTerm(flat: string, isAmendment = false): TermMatch | undefined {
  const candidates: TermMatch[] = [];
  // A term in the recitals is another document's: "the Lease, by which the Property was let for a term of 15 years".
  const recitals = recitalRanges(flat);
  const consider = (m: RegExpMatchArray, endsOnAnniversary: boolean) => {
    if (inRanges(recitals, m.index!)) return;
    const amount = parseNumberWord(m[1].trim());
    const unit = m[2].toLowerCase().replace(/s$/, "") as TermUnit;
    if (!amount || (unit === "day" && !/term|granted/i.test(m[0]) && !endsOnAnniversary)) return;
    const start = m.index!;
    const end = start + m[0].length;
    const clause = clauseBefore(flat, end);
    if (NOT_THE_TERM_BEFORE.test(clause) || ANOTHER_THINGS_TERM.test(clause) || ANOTHER_GRANT.test(clause) || NOT_THE_TERM_AFTER.test(flat.slice(end, end + 60))) return;
    // "… means the period of 24 months commencing on …": the words that make it a term may follow it.
    if (!endsOnAnniversary && !DURATION_CONTEXT.test(`${clause} ${flat.slice(end, end + 30)}`) && !OWN_PERIOD.test(clause)) return;
    if (OTHER_DOCUMENT.test(sentenceAround(flat, start, end))) return;
    const following = flat.slice(end, end + 120);
    const fromBefore = FROM_ANCHOR_BEFORE.test(flat.slice(Math.max(0, start - 60), start));
    candidates.push({ amount, unit, label: termLabel(amount, unit), start, end, endsOnAnniversary: endsOnAnniversary || fromBefore || FROM_EXCLUSIVE.test(following) || ENDING_ON_ANNIVERSARY.test(following) });
  };
  for (const pattern of TERM_PATTERNS) for (const m of flat.matchAll(pattern)) consider(m, false);
  for (const m of flat.matchAll(LAST_DAY_OF_MONTH)) {
    const before = candidates.length;
    consider(m, false);
    if (candidates.length > before) candidates[candidates.length - 1] = { ...candidates[candidates.length - 1], endsOnAnniversary: false, endsAtMonthEnd: true };
  }
  for (const m of flat.matchAll(ENDS_AFTER)) consider(m, true);
  // The extension an amendment makes is the term it reports (as its expiry is the end date it sets).
  if (isAmendment) {
    for (const m of flat.matchAll(EXTENDED_FOR)) {
      const amount = parseNumberWord(m[1].trim());
      const unit = m[2].toLowerCase().replace(/s$/, "") as TermUnit;
      const following = flat.slice(m.index + m[0].length, m.index + m[0].length + 120);
      if (amount && !inRanges(recitals, m.index)) candidates.push({ amount, unit, label: termLabel(amount, unit), start: m.index, end: m.index + m[0].length, endsOnAnniversary: FROM_EXCLUSIVE.test(following) });
    }
  }
  for (const m of [...flat.matchAll(NTH_ANNIVERSARY), ...flat.matchAll(END_DATE_BEING_ANNIVERSARY)]) {
    const years = parseOrdinalWord(m[1]) ?? Number.parseInt(m[1], 10);
    if (years > 0 && !inRanges(recitals, m.index)) candidates.push({ amount: years, unit: "year", label: termLabel(years, "year"), start: m.index, end: m.index + m[0].length, endsOnAnniversary: true });
  }
  return candidates.sort((a, b) => a.start - b.start)[0];
}

/** A duration written as a table value: "36 months", "Two years from the date of this undertaking". */
export function termFromValue(value: string, offset: number): TermMatch | undefined {
  // "Until terminated by either party on one month's written notice" is open-ended, not a month.
  if (value.search(OPEN_ENDED) !== -1) return undefined;
  const m = new RegExp(`\\b${NUMBER}\\s+${UNIT}\\b`, "i").exec(value);
  const amount = m && parseNumberWord(m[1].trim());
  if (!m || !amount) return undefined;
  const unit = m[2].toLowerCase().replace(/s$/, "") as TermUnit;
  const end = m.index + m[0].length;
  return { amount, unit, label: termLabel(amount, unit), start: offset + m.index, end: offset + end, endsOnAnniversary: FROM_EXCLUSIVE.test(value.slice(end)) };
}

const termLabel = (amount: number, unit: TermUnit) => `${amount} ${unit}${amount === 1 ? "" : "s"}`;

export const UNTIL_TERMINATED = "Until terminated";
/** Open-ended terms: "until terminated by either party", "from month to month", "at will", "until … wound up". */
const OPEN_ENDED =
  /\buntil\s+(?:it\s+is\s+|this\s+\w+\s+is\s+)?(?:terminated|ended|determined)\b|\buntil\s+(?:either|one|any)\s+(?:party|of\s+(?:us|them|the\s+parties))\b|\bfrom\s+month\s+to\s+month\b|["“]?\bat[\s-]will\b["”]?|\buntil\s+[^.;]{0,60}\bwound\s+up\b|\b(?:is|are)\s+permanent\b|\b(?:an?\s+)?(?:indefinite|indeterminate|open-ended)\s+(?:term|period|duration)\b|\bindefinitely\b/gi;

const SAVE_AS_VARIED = /\b(?:save|except)\s+as\s+(?:(?:expressly|specifically)\s+)?(?:varied|amended|modified|supplemented)\b/i;

/** "Until terminated" when the clause that sets the duration is open-ended. */
export function findOpenEndedTerm(flat: string): { start: number; end: number } | undefined {
  const recitals = recitalRanges(flat);
  for (const m of flat.matchAll(OPEN_ENDED)) {
    if (inRanges(recitals, m.index)) continue;
    const clause = clauseBefore(flat, m.index + m[0].length);
    // "… shall automatically continue for successive periods of one (1) month each unless and until either party terminates it": a renewal.
    if (!DURATION_CONTEXT.test(clause) || /\bsurviv|\bconfidential|\bsuccessive\b|\bconsecutive\b/i.test(clause)) continue;
    // "Save as varied by this Deed, the Original Agreement remains in full force … until terminated in accordance with its terms": the amended agreement's.
    if (SAVE_AS_VARIED.test(clause)) continue;
    if (OTHER_DOCUMENT.test(sentenceAround(flat, m.index, m.index + m[0].length))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** "renew automatically for successive one (1) year periods" → the period of each renewal. */
const AUTO_RENEWAL = /\b(?:automatic(?:ally)?\s+(?:be\s+)?(?:renew|extend|continu|roll\s+over)\w*|(?:renew|extend|continue)\w*\s+automatically|(?:renewed|extended)\s+for\s+(?:successive|consecutive))\b([^.;]{0,120})/gi;
/** "continue automatically from year to year". */
const FROM_UNIT_TO_UNIT = /\bfrom\s+(year|month)\s+to\s+\1\b/i;
const RENEWAL_PERIOD = new RegExp(`\\b${NUMBER}(?:\\s+|[- ])${UNIT}`, "i");

/** “Renewal Period” means each successive period of twelve (12) months: what "successive Renewal Periods" refers to. */
const RENEWAL_PERIOD_DEFINED = new RegExp(String.raw`["“]?(?:renewal|extension|additional)\s+(?:period|term)["”]?\s*(?:means|:|\|)[^.;]{0,60}?\b${NUMBER}(?:\s+|[- ])${UNIT}`, "i");

/** "Master Services Agreement dated 1 April 2023 …, with … automatic renewal for …": the renewal of the agreement described. */
const DESCRIBES_ANOTHER = /(?<!\bthis\s)\b(?:agreement|lease|contract|licen[cs]e|MSA)\s+(?:with\s+[^,.;]{1,60}?\s+)?dated\s+(?:as\s+of\s+)?\d/i;

/** "… continues for a further Holdover Period" with "Item 9 — Holdover Period | six (6) months": the period the row names. */
function namedPeriod(tail: string, rows: KeyValue[]): RegExpExecArray | null {
  const name = /\bfurther\s+((?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Period|Term))\b/u.exec(tail)?.[1].toLowerCase();
  const row = name ? rows.find((r) => r.label === name) : undefined;
  return row ? RENEWAL_PERIOD.exec(row.value) : null;
}

/**
 * "This Addendum expires at the end of the Trial Period" with "Trial Period | From 1 May 2026 to 30 April 2027": the row
 * the document names as its own duration, whatever its label.
 */
export function rowNamedAsTerm(flat: string, rows: KeyValue[]): KeyValue | undefined {
  const name = OWN_NAMED_PERIOD.exec(flat)?.[1].toLowerCase();
  return name ? rows.find((r) => r.label === name) : undefined;
}
const OWN_NAMED_PERIOD =
  /\bthis\s+(?:agreement|addendum|amendment|variation|deed|licen[cs]e|lease|letter|contract)\s+(?:shall\s+|will\s+)?(?:expires?|ends?|terminates?|(?:remains?|continues?)\s+in\s+force\s+(?:for|during|until\s+the\s+end\s+of))\s+(?:at\s+the\s+end\s+of\s+|on\s+the\s+(?:last\s+day|expiry)\s+of\s+)?the\s+((?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Period|Term))\b/iu;

/** "The letter of credit shall be automatically renewable …", "Clause 21 of the MSA, under which the MSA renews automatically …, does not apply": not this document renewing. */
const ANOTHER_THING_RENEWS = /\b(?:letter\s+of\s+credit|bond|insurance|policy|warranty)\b|\b(?:does|shall|will)\s+not\s+apply\b/i;

export function findRenewal(flat: string, rows: KeyValue[] = []): TermMatch | undefined {
  // "Renewal | automatic, for successive periods of two (2) years each": a key-details row.
  const row = rows.find((r) => /^(?:renewal|automatic renewal|renewal term|renewal period)$/.test(r.label) && /\bautomatic/i.test(r.value));
  const inRow = row && RENEWAL_PERIOD.exec(row.value.split(/\bunless\b|\bnotice\b/i)[0]);
  const rowAmount = inRow && parseNumberWord(inRow[1].trim());
  if (row && inRow && rowAmount) {
    const unit = inRow[2].toLowerCase().replace(/s$/, "") as TermUnit;
    return { amount: rowAmount, unit, label: termLabel(rowAmount, unit), start: row.start, end: row.end };
  }
  // A recital's "renews automatically" is the renewal of the agreement it describes.
  const recitals = recitalRanges(flat);
  for (const m of flat.matchAll(AUTO_RENEWAL)) {
    const sentence = sentenceAround(flat, m.index, m.index + m[0].length);
    if (inRanges(recitals, m.index) || DESCRIBES_ANOTHER.test(sentence) || ANOTHER_THING_RENEWS.test(sentence)) continue;
    const tail = m[1].split(/\bunless\b|\bprovided\b|\bnotice\b/i)[0];
    const period = RENEWAL_PERIOD.exec(tail) ?? (/\b(?:renewal|extension|additional)\s+(?:periods?|terms?)\b/i.test(tail) ? RENEWAL_PERIOD_DEFINED.exec(flat) : null) ?? namedPeriod(tail, rows);
    const yearly = period ? undefined : FROM_UNIT_TO_UNIT.exec(tail);
    if (yearly) return { amount: 1, unit: yearly[1].toLowerCase() as TermUnit, label: termLabel(1, yearly[1].toLowerCase() as TermUnit), start: m.index, end: m.index + m[0].length };
    const amount = period && parseNumberWord(period[1].trim());
    if (!period || !amount) continue;
    const unit = period[2].toLowerCase().replace(/s$/, "") as TermUnit;
    return { amount, unit, label: termLabel(amount, unit), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const LOOK_BEHIND = 80;
const LOOK_AHEAD = 60;
const QUOTE = `["”'’]?`;
const EXPIRY_BEFORE = new RegExp(
  String.raw`(?:expir(?:e|es|ing)\s+(?:on|at\s+[^;]{0,30}?\s+on),?|(?:expiry|expiration|termination|end|maturity|final\s+repayment|repayment|(?:final\s+)?redemption)\s+date${QUOTE}\s*(?:is|means|shall\s+(?:be|mean)|will\s+be|of|:|-|\|)?|terminat(?:e|es)\s+(?:automatically\s+)?on|end(?:s|ing)?\s+(?:automatically\s+)?on|until(?:\s+and\s+including)?|up\s+to\s+and\s+including|to\s+and\s+including|(?:continue|run|remain\s+in\s+(?:force|effect))\s+through|through\s+and\s+including|extend\w*\s+(?:the\s+)?(?:[\p{L}]+\s+){0,5}?(?:through|to|until|till)|extended\s+up\s+to|repa(?:y|id|yable)\b[^.]{0,60}?\b(?:on|by|no[t]?\s+later\s+than))\s*(?:the\s+)?${QUOTE}$`,
  "iu",
);
const EXPIRY_AFTER = /^\s*,?\s*\(\s*(?:the\s+)?["“'‘]?\s*(?:expiry|expiration|termination|end|maturity|(?:final\s+)?repayment|(?:final\s+)?redemption)\s+date/i;
/** Dates that end a notice period, a payment window, a covenant's test period or an earlier document, not this one. */
/** … "the clinic premises are leased by the Employer from Kitsilano Commercial Holdings Inc. for a term expiring on …", "The Provider's own lease of the Facility … expires on …": a lease a party holds from someone else. */
const DEFINITION_OF = /["“]([^"”]{1,40})["”]\s+(?:means|shall\s+mean)\b/g;
const NOT_AN_EXPIRY = /\b(?:is|are)\s+(?:leased|let|sublet|licensed)\s+by\b[^.;]{0,80}\bfrom\b|\b(?:[A-Z][a-z]+['’]s|its|their)\s+(?:own\s+)?(?:head\s*)?(?:lease|tenancy|licen[cs]e)\s+of\b|\bunder\s+an?\s+(?:[\w-]+\s+){0,3}(?:lease|licen[cs]e|tenancy|agreement|contract)\b|notice|invoice|\bno\s+longer\b|long\s*stop|\b(?:remaining|unexpired)\s+term\b|\bwhich\s+expires\b|\bpayment|\bprices?\b|\bmay\s+bring\b|\bbreak\s+(?:option|date|clause)|\block-?in\b|deliver|offer|request|before\s+the\s+maturity|prior\s+to|\b(?:relevant|test(?:ing)?|accounting|financial|reporting|interest)\s+periods?\b|\bfinancial\s+year\b/i;
/** "The Senior Lender may amend the Senior Facility Agreement, including by extending its termination date of 4 March 2030": a date of the agreement another party may change. */
const MAY_CHANGE_ANOTHER = /\bmay\s+(?:\p{L}+\s+){0,2}?(?:amend|vary|extend)\w*\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Agreement|Lease|Contract|Licen[cs]e)\b/u;
const OTHER_PERIOD = /\b(?:relevant|test(?:ing)?|accounting|financial|reporting|interest|notice|payment|availability|billing)\s+period\b/i;
/** "from 29 February 2024 to 28 February 2026": the second date ends the period. */
/** "from 1 May 2026 to 30 April 2028"; "commence on 1 February 2026 (the "Commencement Date") and shall continue for the period ending on 31 December 2026", "… and continues to April 30, 2027". */
const RANGE_LINK = /^\s*,?\s*(?:(?:\([^()]{0,60}\)\s*)?(?:to|until|through|-|–|and\s+end(?:s|ing)?\s+on)|(?:\([^()]{0,60}\)\s*)?,?\s*and\s+(?:(?:shall|will)\s+(?:continue(?:\s+in\s+(?:force|effect))?|remain\s+in\s+(?:force|effect))|continues|remains\s+in\s+(?:force|effect))\s+(?:for\s+the\s+period\s+)?(?:ending\s+on|until|to|through))\s*(?:and\s+including\s+)?(?:the\s+)?$/i;
/** "from 1 May 2026", "commences on …", "runs from the Commencement Date, 1 April 2026, to …". */
const RANGE_START = /\b(?:from|(?:commenc(?:e|es|ing)|start(?:s|ing)?|begin(?:s|ning)?|takes?\s+effect)\s+on)\s+(?:and\s+including\s+)?(?:the\s+)?(?:(?:[A-Z][\p{L}-]+\s+){1,3}Date,?\s+(?:being\s+)?)?$/iu;
/** "the rent review date … is changed from 24 June 2026 to 24 December 2026": one date replacing another, not a period. */
const CHANGED_FROM = /\b(?:chang|amend|mov|vari|alter|defer|postpon|replac|substitut|increas|reduc|brought\s+forward)\w*\s+from\s+(?:the\s+)?$/i;
const startsRange = (flat: string, date: DateMention) => {
  const before = flat.slice(Math.max(0, date.start - 60), date.start);
  return RANGE_START.test(before) && !CHANGED_FROM.test(before);
};
/** "from and including the Commencement Date to …", "shall start on the Secondment Start Date and end on …": a range that opens on the effective date. */
const FROM_ANCHOR_TO = new RegExp(
  String.raw`\b(?:from|(?:starts?|starting|begins?|beginning|commences?|commencing)\s+on)\s+(?:and\s+including\s+)?(?:the\s+)?(?:(?:[A-Z][\p{L}-]+\s+)?(?:effective|commencement|start)\s+date|date\s+(?:of\s+)?this\s+[\p{L}]+|date\s+hereof)\s+(?:(?:up\s+)?to|until|through|and\s+(?:shall\s+|will\s+)?end(?:s|ing)?\s+on)\s+(?:and\s+including\s+)?(?:the\s+)?$`,
  "iu",
);

/**
 * The date the document says it ends (expiry, termination, maturity, the end of a stated range); never
 * `start`, the effective date, which still opens a range ("the period from 1 January 2025 to …").
 */
export function findExpiryDate(flat: string, dates: DateMention[], start?: DateMention): DateMention | undefined {
  const recitals = recitalRanges(flat);
  return dates.find((d, i) => {
    if (d.start === start?.start || inRanges(recitals, d.start)) return false;
    const before = flat.slice(Math.max(0, d.start - LOOK_BEHIND), d.start);
    const after = flat.slice(d.end, d.end + LOOK_AHEAD);
    const previous = dates[i - 1];
    const endsRange =
      (previous !== undefined && RANGE_LINK.test(flat.slice(previous.end, d.start)) && startsRange(flat, previous)) ||
      FROM_ANCHOR_TO.test(flat.slice(Math.max(0, d.start - 100), d.start));
    if (!endsRange && !EXPIRY_BEFORE.test(before) && !EXPIRY_AFTER.test(after)) return false;
    if (OTHER_DOCUMENT.test(sentenceAround(flat, d.start, d.end).replace(flat.slice(d.start, d.end), ""))) return false;
    const clause = clauseBefore(flat, d.start);
    // ""Business Plan" means the initial business plan …, covering the period from the Commencement Date to 31 December 2028": another thing's period.
    const defined = [...clause.matchAll(DEFINITION_OF)].pop()?.[1];
    if (defined && !/\b(?:term|period|duration|expiry|expiration|termination|end|maturity|repayment|redemption)\b/i.test(defined)) return false;
    // "shall not demand payment … during the period beginning on … and ending on …": the period's own end, whatever the clause is about.
    if (endsRange && /\bperiod\s+(?:beginning|commencing|starting|from)\b/i.test(clause)) return !OTHER_PERIOD.test(clause);
    return !NOT_AN_EXPIRY.test(clause) && !MAY_CHANGE_ANOTHER.test(clause);
  });
}

/**
 * "This Agreement applies from 1 March 2026 to 28 February 2028": the whole months the range spans,
 * when the expiry found ends such a range ("a term stated only as a date range is given in months").
 */
export function termFromRange(flat: string, dates: DateMention[], expiry: DateMention, effective?: DateMention, inTermRow = false): TermMatch | undefined {
  const i = dates.findIndex((d) => d.start === expiry.start);
  const previous = dates[i - 1];
  const between = previous && flat.slice(previous.end, expiry.start);
  // "the period from and including the Commencement Date to and including 31 October 2026": the range opens on the effective date.
  const lookBack = Math.max(0, expiry.start - 100);
  const anchored = effective && FROM_ANCHOR_TO.exec(flat.slice(lookBack, expiry.start));
  // … when the clause is about the document lasting: "Licence Period means …", not "claims are tolled from …".
  const clause = anchored ? clauseBefore(flat, lookBack + anchored.index) : "";
  // A key-details "Term" row says so itself, whatever the rows above it mention.
  // … or one it names so: "tolled from the Effective Date through and including 31 August 2026 (the "Tolling Period")".
  const named = OWN_PERIOD.test(`${clause} ${flat.slice(expiry.end, expiry.end + 40)}`);
  const anchor = anchored && (inTermRow || ((DURATION_CONTEXT.test(clause) || named) && !NOT_THE_TERM_BEFORE.test(clause))) ? anchored : undefined;
  const from = anchor ? effective : previous;
  // "Subscription Term | 1 May 2026 to 30 April 2027": a term row's range needs no "from".
  if (!from || (!anchor && (!RANGE_LINK.test(between ?? "") || !(inTermRow || startsRange(flat, from))))) return undefined;
  // "from April 1, 2026 through September 30, 2026 (the "Ramp Period")": a range the document names as some other period.
  const calledAfter = /^\s*\(the\s+["“']([^"”']{2,40})["”']\)/.exec(flat.slice(expiry.end, expiry.end + 60))?.[1];
  if (calledAfter && /\bperiod\b/i.test(calledAfter) && !OWN_PERIOD.test(calledAfter) && !/\b(?:term|initial|standstill)\b/i.test(calledAfter)) return undefined;
  return termBetween(from, expiry, anchor ? lookBack + anchor.index : from.start);
}

/** "Commencement date | 1 October 2026" and "End date | 31 March 2027": the whole months from one to the other, if it is whole months. */
export function termBetween(from: DateMention, expiry: DateMention, start = from.start): TermMatch | undefined {
  const [y1, m1] = from.iso.split("-").map(Number);
  const [y2, m2] = expiry.iso.split("-").map(Number);
  const span = (y2 - y1) * 12 + (m2 - m1);
  for (const months of [span, span + 1]) {
    if (months < 1) continue;
    const last = lastDayOfTerm(from.iso, months, "month");
    // A day either side of the day before the anniversary: "to 28 February 2028" still spans 24 months in a leap year.
    if ([addDays(last, -1), last, addDays(last, 1)].includes(expiry.iso)) return { amount: months, unit: "month", label: termLabel(months, "month"), start, end: expiry.end };
  }
  return undefined;
}

/** ""Contract Period" means the period commencing on …": the period a document names for itself. */
const OWN_PERIOD = /\b(?:contract|licen[cs]e|agreement|lease|services?|hire|loan|subscription|secondment|engagement|tenancy|appointment|guarantee|side\s+letter|facility|tolling|standstill)\s+period\b/i;

/** "… months from the Drawdown Date", "… after Completion": a term counted from an event, not from the effective date … */
const FROM_EVENT = /^\s*(?:from|after|following|(?:starting|commencing|beginning)\s+(?:on|from|with))\s+(?:the\s+)?(?:date\s+of\s+)?(?:first\s+)?(drawdown|utili[sz]ation|completion|closing|delivery|go-live|acceptance|installation|handover|(?:first\s+)?commercial\s+(?:sale|launch)|launch|regulatory\s+approval)\b/i;
/** …unless the document dates the event: ""Drawdown Date" means the date of this agreement". */
export function fromUndatedEvent(flat: string, end: number): boolean {
  const event = FROM_EVENT.exec(flat.slice(end, end + 60))?.[1];
  // … or names the day: ""Closing Date" means September 15, 2026".
  return event !== undefined && !new RegExp(String.raw`["“]${event}\s+date["”]\s+means\s+(?:the\s+)?(?:date\s+of\s+this|effective\s+date|commencement\s+date|(?:the\s+)?\d|${MONTH_NAME})`, "i").test(flat);
}
/** "“Termination Date” means the date falling sixty (60) months after the date of this Agreement". */
/** … or "“Maturity Date” means the date that is twenty-four (24) months after the Closing Date": a term from an event, with no known end; */
/** … or "shall be due and payable in full on the date that is eighteen (18) months after the date of this Note", "is available … until the date falling three (3) years after the date of this letter", "repaid in full on 14 April 2031, being the date falling sixty (60) months from the date of this letter". */
const DATE_FALLING = new RegExp(
  String.raw`(?:(?:expiry|expiration|termination|end|maturity|final\s+repayment)\s+date${QUOTE},?\s+(?:means|shall\s+mean|is|being)|(?:due\s+and\s+payable|repaid|repayable|expires?|terminates?|ends?)\b[^.;]{0,30}?\bon|\b(?:available|continues?|runs?)\b[^.;]{0,100}?\buntil|\b(?:repaid|repayable|due\s+and\s+payable)\b[^.;]{0,60}?,\s+being)\s+the\s+date\s+(?:falling|that\s+is|which\s+is)\s+${NUMBER}\s+${UNIT}\s+(?:after|from)\s+(${ANCHOR}|(?:the\s+)?(?:[A-Z][\p{L}-]+\s+){0,3}(?:Date|Completion|Closing|Drawdown))`,
  "iu",
);

export function findDateFallingAfter(flat: string): (TermMatch & { endsOnAnniversary: true; fromEvent: boolean; anchor: string }) | undefined {
  const m = DATE_FALLING.exec(flat);
  const amount = m && parseNumberWord(m[1].trim());
  if (!m || !amount) return undefined;
  const unit = m[2].toLowerCase().replace(/s$/, "") as TermUnit;
  const fromEvent = !new RegExp(`^${ANCHOR}$`, "i").test(m[3].trim());
  return { amount, unit, label: termLabel(amount, unit), start: m.index, end: m.index + m[0].length, endsOnAnniversary: true, fromEvent, anchor: m[3].trim() };
}

/** The dates written in a table value: "From February 1, 2025 to January 31, 2026". */
export function datesInValue(value: string, offset: number, order: "dmy" | "mdy"): DateMention[] {
  return findDates(value, order).map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
}

/**
 * The clause that ends at `end`: back to the previous full stop or semicolon (at most 300 characters),
 * or to a clause number ("4.1 "), so a heading before it ("4. Term and Renewal") is not part of it.
 */
function clauseBefore(flat: string, end: number): string {
  const from = Math.max(sentenceStopBefore(flat, end), flat.lastIndexOf(";", end - 1), end - 300, 0);
  const clause = flat.slice(from, end);
  const numbers = [...clause.matchAll(/(?:^|\s)\d+\.\d+(?:\.\d+)*\s/g)];
  const last = numbers[numbers.length - 1];
  return last ? clause.slice(last.index + last[0].length) : clause;
}

/** The last ". " before `end` that ends a sentence: not the dot of "Kitsilano Commercial Holdings Inc." or "No.". */
function sentenceStopBefore(flat: string, end: number): number {
  let at = flat.lastIndexOf(". ", end - 1);
  while (at > 0 && ABBREVIATED.test(flat.slice(Math.max(0, at - 6), at))) at = flat.lastIndexOf(". ", at - 1);
  return at;
}
const ABBREVIATED = /\b(?:Inc|Ltd|Corp|Co|No|Nos|Pty|Pte|Bhd|Mr|Mrs|Ms|Dr|St)$/;

/**
 * "This Minute of Agreement shall commence … and shall continue in force until terminated": the document is what lasts,
 * not "the obligations … after the expiry or termination of this Agreement".
 */
const THIS_DOCUMENT_LASTS = /(?<!\b(?:of|under|to|in|with|by|for)\s)\b(?:this|these)\s+(?:[A-Z][\p{L}-]*\s+){0,3}(?:agreement|minute|deed|licen[cs]e|lease|contract|terms|letter|engagement|appointment|undertaking)\b(?![^.;]*\b(?:after|following|expiry|expiration|termination)\b)[^.;]{0,160}$/iu;

/** Whether the duration at `start` is the document's own, its sentence opening with the document as what lasts. */
export function aboutTheDocument(flat: string, start: number): boolean {
  return THIS_DOCUMENT_LASTS.test(flat.slice(Math.max(0, start - 200), start));
}

/** The sentence holding [start, end); "Pte. Ltd." and "No. 4" do not end one. */
function sentenceAround(flat: string, start: number, end: number): string {
  const window = flat.slice(Math.max(0, start - 400), start);
  const stops = [...window.matchAll(/(?<!\b(?:Ltd|Inc|Pte|Pty|Co|Corp|No|Nos|Mr|Mrs|Ms|Dr|St|Bhd|Sdn|L\.P|N\.A|[A-Z]))[.;]\s/g)];
  const last = stops[stops.length - 1];
  const from = last ? Math.max(0, start - 400) + last.index : Math.max(start - 400, 0);
  const stop = flat.slice(end, end + 400).search(/\.\s|;\s/);
  return flat.slice(from, stop === -1 ? end + 400 : end + stop);
}
