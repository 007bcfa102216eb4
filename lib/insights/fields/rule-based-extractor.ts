import { addDays, findDates, guessNumericDateOrder, lastDayOfTerm, type DateMention } from "./dates";
import { findAmended } from "./amends";
import { classifyDocument } from "./document-type";
import { pickEffectiveDate } from "./effective-date";
import { findGoverningLaw, knownJurisdiction, US_JURISDICTIONS } from "./governing-law";
import { AVAILABILITY_LABELS, DATE_LABELS, EFFECTIVE_LABELS, EXPIRY_LABELS, keyValueRows, LAW_LABELS, rowFor, TERM_LABELS } from "./key-values";
import { letterParties, noticeHeadingIndex, openingLines, salutationIndex } from "./letter";
import { locateText } from "./located-text";
import { deedPollMaker, findParties, powerOfAttorneyParties, recordOfCompany, releaseParties } from "./parties";
import { uniqueNames } from "./party-names";
import { signatureParties } from "./signature-block";
import { aboutTheDocument, datesInValue, findDateFallingAfter, findExpiryDate, findOpenEndedTerm, findRenewal, findTerm, fromUndatedEvent, rowNamedAsTerm, termBetween, termFromRange, termFromValue, UNTIL_TERMINATED, type TermMatch } from "./term-and-expiry";
import { escapeRegExp } from "./regexp";
import { findTitle } from "./title";
import type { ExtractedField, Extractor, ExtractorDocument, FieldConfidence } from "./types";
import { countWords, WORDS_PER_PAGE } from "./word-count";

/** "with effect from 1 August 2026": a start that a term runs "from", so it ends on the anniversary. */
const FROM_DAY = /\b(?:effect\s+)?from\s+(?!and\s+including\b)(?:the\s+)?$/i;
/** "Nothing in this Deed extends the term …", "the Final Repayment Date of 1 October 2029 is not changed": an amendment that leaves the end where it was. */
const TERM_UNCHANGED =
  /\bnothing\s+in\s+this\s+(?:\p{L}+\s+){1,3}?(?:extends|changes|alters|affects|modifies)(?:\s+or\s+otherwise\s+(?:extends|changes|alters|affects|modifies))?\s+the\s+(?:term|expiry\s+date|duration)\b|\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:term|expiry\s+date|maturity\s+date|repayment\s+date|termination\s+date|end\s+date)\b[^.;]{0,40}?\b(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:not\s+(?:changed|amended|affected|varied|extended)|unchanged|unaffected)\b/iu;
/** In a term cell, "… will end on 5 July 2026" gives the expiry (not "will no longer end on …"); "12 months beginning on 10 January 2025" the start. */
const ENDS_ON = /(?<!\bno\s+longer\s+)\b(?:to|until|through|end(?:s|ing)?(?:\s+on)?|expir\w*(?:\s+on)?)(?:\s+and\s+including)?\s*$/i;

/**
 * Types whose dates and durations belong to something else (the document a notice or letter is about,
 * the employment a settlement ends), so no term, expiry or renewal is read.
 */
const NO_TERM_TYPES = new Set(["Notice", "Letter", "Engagement letter", "Settlement agreement"]);
/** A company's own record — minutes, resolutions — decides on other documents; their terms and laws are theirs. */
const COMPANY_RECORD = /\bminutes\b|\bresolutions?\b/i;
/** A memorandum recording a rent review speaks on the day it is dated, whatever day the new rent runs from. */
const REVIEW_RECORD = /\brent\s+review\s+memorandum\b|\bmemorandum\s+of\s+(?:rent\s+)?review\b/i;
const OWN_LETTER_TERM =
  /\bthis\s+letter\s+(?:has|takes|shall\s+have)\s+effect\s+from\b|\bthis\s+letter\s+(?:shall|will)\s+cease\s+to\s+have\s+effect\s+at\s+the\s+end\s+of\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?Period\b|\b(?:this\s+(?:letter|engagement|appointment)|undertakings?\s+in\s+this\s+letter)\b[^.;]{0,60}\b(?:is|appl(?:y|ies)|remain\w*(?:\s+in\s+(?:force|effect))?|continu\w*|last\w*)\s+for\s+(?:a\s+period\s+of\s+)?[\w\s()-]{1,30}\b(?:years?|months?)\s+from\s+(?:its\s+date|the\s+(?:date\s+of\s+this\s+letter|[A-Z][\p{L}-]+\s+Date))\b|\b(?:this\s+(?:letter|engagement|appointment)|our\s+engagement|these\s+terms)\b[^.;]{0,120}?\b(?:continu\w*|remain\w*)\b[^.;]{0,60}?\buntil\s+(?:it\s+is\s+)?terminated\b|\b(?:this|our)\s+(?:engagement|appointment|retainer)\b[^.;]{0,100}?\b(?:continu\w*|last\w*|remain\w*|run\w*)\s+for\s+(?:an?\s+(?:initial\s+)?period\s+of\s+)?[\w\s()-]{1,30}?\b(?:years?|months?)\b/iu;

/** Regex and layout heuristics only: no network, no models, deterministic. Confidence follows docs/insights.md. */
export const ruleBasedExtractor: Extractor = {
  name: "rules-v2",
  async extract(doc: ExtractorDocument): Promise<ExtractedField[]> {
    const located = locateText(doc);
    const { text, flat } = located;
    const lines = openingLines(text);
    const rows = keyValueRows(lines);
    const isLetter = salutationIndex(lines) !== -1;
    const fields: ExtractedField[] = [];
    const add = (field: ExtractedField, confidence: FieldConfidence) => fields.push({ ...field, confidence });

    const title = findTitle(lines, doc.filename);
    add(located.field("title", title.value, title.start, title.end), title.basis === "kind" ? "high" : title.basis === "heading" ? "medium" : "low");

    const type = classifyDocument(title, flat, isLetter);
    add(located.field("documentType", type.type, type.start, type.end), type.basis === "title" ? "high" : type.basis === "letter" ? "medium" : "low");

    const isRecord = type.type === "Other" && COMPANY_RECORD.test(title.value);
    const parties = findAllParties(text, flat, lines, rows, isLetter, type.type, isRecord);
    if (parties) add(located.field("parties", parties.names, parties.start, parties.end), parties.confidence);

    const lawRow = rowFor(rows, LAW_LABELS);
    const lawInRow = lawRow && knownJurisdiction(lawRow.value);
    const law = lawInRow ? { jurisdiction: lawInRow, start: lawRow.start, end: lawRow.end, known: true, another: false } : findGoverningLaw(flat, type.type === "Notice" || type.type === "Letter" || isRecord);
    if (law) add(located.field("governingLaw", law.jurisdiction, law.start, law.end), law.known && !law.another ? "high" : "medium");

    // An American governing law means 03/01/2024 is 1 March's US spelling, whatever else the text suggests.
    const order = law && US_JURISDICTIONS.has(law.jurisdiction) ? "mdy" : guessNumericDateOrder(flat);
    const dates = findDates(flat, order);
    const effectiveRow = rowFor(rows, EFFECTIVE_LABELS) ?? rowFor(rows, DATE_LABELS);
    // A revolving facility's availability period is its term when it states no other ("Tenor", "Term").
    // "LR6. Term for which the Property is leased | From … to …" above "Contractual Term: a term of 10 years …": the row that states a duration first.
    // An intercreditor's "Standstill Period | 120 days" restrains enforcement; only a standstill agreement lasts for its standstill period.
    const termRows = rows.filter((row) => TERM_LABELS.test(row.label) && (!/\bstandstill\b/.test(row.label) || /\bstandstill\b/i.test(title.value)));
    const labelledTerm = termRows.find((row) => termFromValue(row.value, row.start)) ?? termRows[0] ?? rowNamedAsTerm(flat, rows);
    // A rent review memorandum's or an amendment's "Term of the Lease | 15 years from …" is the underlying document's.
    const othersTerm = labelledTerm && /^term of /.test(labelledTerm.label) && (type.type === "Other" || type.type === "Amendment");
    const termRow = (othersTerm ? undefined : labelledTerm) ?? (/\brevolving\b/i.test(flat) ? rowFor(rows, AVAILABILITY_LABELS) : undefined);
    const rowDates = termRow ? datesInValue(termRow.value, termRow.start, order) : [];
    const fromRow = (effectiveRow && datesInValue(effectiveRow.value, effectiveRow.start, order)[0]) ?? (rowDates.length === 2 ? rowDates[0] : undefined);
    // … and its start is that document's start, not this one's.
    const ownDates = othersTerm ? dates.filter((d) => d.start < labelledTerm.start || d.start >= labelledTerm.end) : dates;
    const picked = pickEffectiveDate(text, flat, ownDates, isLetter, type.type === "Notice", isRecord || (type.type === "Other" && REVIEW_RECORD.test(title.value)));
    // A commencement row decides; a bare "Date:" row is when it was signed, and a clause saying when it begins beats it.
    const startRow = effectiveRow && EFFECTIVE_LABELS.test(effectiveRow.label);
    const effective = fromRow && (startRow || picked?.basis !== "stated") ? { date: fromRow, basis: "stated" as const } : picked;
    if (effective) add(located.field("effectiveDate", effective.date.iso, effective.date.start, effective.date.end), effective.basis === "guess" ? "low" : effective.basis === "dated" ? "medium" : "high");

    // A letter's own undertakings may last a while: "The undertakings in this letter apply for a period of 24 months from the date of this letter",
    // "This letter will continue in force for each subsequent financial year until terminated", "Our engagement … continues until it is terminated",
    // "Our engagement will commence on 1 May 2026 … and will continue for an initial period of twelve (12) months",
    // "This letter shall cease to have effect at the end of the Concession Period".
    const lettersOwnTerm = (type.type === "Letter" || type.type === "Engagement letter") && OWN_LETTER_TERM.test(flat);
    if ((!NO_TERM_TYPES.has(type.type) || lettersOwnTerm) && !isRecord) addTermFields(add, located.field, { text, flat, rows, dates, rowDates, termRow, effective: effective?.date, startRow: Boolean(fromRow && startRow && effective?.date.start === fromRow.start), undatedStart: Boolean(startRow && !fromRow && effectiveRow && datesInValue(effectiveRow.value, effectiveRow.start, order).length === 0), order, isAmendment: type.type === "Amendment" });

    if (type.type === "Amendment") {
      const amends = findAmended(title, flat, rows);
      if (amends) add(located.field("amends", amends.value, amends.start, amends.end), amends.fromTitle ? "high" : "medium");
    }

    const words = countWords(text);
    // Word stores a page count when it saves; without one, an estimate from the words, marked as such.
    if (doc.pageCount !== undefined) add({ key: "pageCount", value: doc.pageCount }, "high");
    else if (/wordprocessingml/.test(doc.mediaType)) add({ key: "pageCount", value: Math.max(1, Math.ceil(words / WORDS_PER_PAGE)), estimate: true }, "low");
    add({ key: "wordCount", value: words }, "high");
    return fields;
  },
};

const MONTHS_IN: Record<TermMatch["unit"], number> = { year: 12, month: 1, week: Number.NaN, day: Number.NaN };

type Add = (field: ExtractedField, confidence: FieldConfidence) => void;
type Locate = ReturnType<typeof locateText>["field"];

/** Term, expiry and renewal: the key-details row first, then the clause that sets the duration, then what follows from them. */
function addTermFields(
  add: Add,
  locate: Locate,
  context: { text: string; flat: string; rows: ReturnType<typeof keyValueRows>; dates: DateMention[]; rowDates: DateMention[]; termRow?: { value: string; start: number }; effective?: DateMention; startRow: boolean; undatedStart: boolean; order: "dmy" | "mdy"; isAmendment: boolean },
) {
  const { text, flat, rows, dates, rowDates, termRow, effective, startRow, undatedStart, order, isAmendment } = context;
  // "Licence Period | From 1 May 2026 to 30 April 2029": the row's own range, before any duration elsewhere.
  const inRow = termRow && termFromValue(termRow.value, termRow.start);
  const range = !inRow && rowDates.length === 2 ? termFromRange(flat, rowDates, rowDates[1], undefined, termRow !== undefined && rowDates[0].start === termRow.start) : undefined;
  // Read clause by clause with each table row a clause of its own: "Repayment | … within ninety (90) days" is not part of the sentence under it.
  const clauses = text.replace(/^([^\n]* \| [^\n]*)\n/gm, "$1;").replace(/\n/g, " ");
  const inClauses = inRow ? undefined : findTerm(clauses, isAmendment);
  // … unless a clause states the same span in its own words: "LR6 … | From and including 25 March 2026 to and including 24 March 2036" and "for a term of 10 years".
  const sameSpan = range && inClauses && inClauses.amount * MONTHS_IN[inClauses.unit] === range.amount;
  const rowRange = sameSpan ? undefined : range;
  const found: TermMatch | undefined = inRow ?? (rowRange ? undefined : inClauses);
  // "shall have effect from 1 August 2026 … for a period of two years": a term that runs from a day excludes it.
  const fromEffective = found && effective && FROM_DAY.test(flat.slice(Math.max(0, effective.start - 30), effective.start)) && Math.abs(found.start - effective.end) < 200;
  const stated = found && fromEffective ? { ...found, endsOnAnniversary: true } : found;
  // "“Termination Date” means the date falling 60 months after the date of this Agreement": a 60-month term.
  const falling = findDateFallingAfter(flat);

  const expiryRow = rowFor(rows, EXPIRY_LABELS);
  const expiryInRow = (expiryRow && datesInValue(expiryRow.value, expiryRow.start, order)[0]) ?? (rowDates.length === 2 ? rowDates[1] : undefined) ?? (termRow && rowDates.length === 1 && ENDS_ON.test(termRow.value.slice(0, rowDates[0].start - termRow.start)) ? rowDates[0] : undefined);
  // "Nothing in this Amendment extends or otherwise changes the Term of the Agreement": a range it sets is for something else.
  const termUnchanged = isAmendment && TERM_UNCHANGED.test(flat);
  const expiry = expiryInRow ?? (termUnchanged ? undefined : findExpiryDate(flat, dates, effective));
  // A stated duration first, then "the date falling N months after", then a stated range, and only then "until terminated".
  // "Term | From the Commencement Date until and including 30 June 2027": the row's one date ends a range from the effective date.
  // "Commencement date | 1 October 2026" over "End date | 31 March 2027": the rows make the range.
  const endsTermRow = termRow !== undefined && rowDates.length === 1 && expiry?.start === rowDates[0].start;
  const fromRows = !stated && !falling && !inRow && rowDates.length === 0 && expiryInRow && effective && startRow ? termBetween(effective, expiryInRow, effective.start) : undefined;
  const ranged = rowRange ?? fromRows ?? (!stated && !falling && (!expiryInRow || endsTermRow) && expiry ? termFromRange(flat, endsTermRow ? rowDates : dates, expiry, effective, endsTermRow) : undefined);
  const open = findOpenEndedTerm(flat);
  // "This Minute of Agreement shall … continue in force until terminated" beside "The Licensor shall provide Support Services for an
  // initial period of twelve (12) months": the document's own duration clause, not another thing's period.
  const ownOpenEnded = open && stated && !inRow && aboutTheDocument(flat, open.start) && !aboutTheDocument(flat, stated.start);
  const openEnded = (stated && !ownOpenEnded) || falling || ranged ? undefined : open;
  if (stated && !ownOpenEnded) add(locate("term", stated.label, stated.start, stated.end), "high");
  else if (falling) add(locate("term", falling.label, falling.start, falling.end), "medium");
  else if (ranged) add(locate("term", ranged.label, ranged.start, ranged.end), "medium");
  else if (openEnded) add(locate("term", UNTIL_TERMINATED, openEnded.start, openEnded.end), "medium");
  if (expiry) add(locate("expiryDate", expiry.iso, expiry.start, expiry.end), "high");
  // "… 24 months after the Issue Date" beside "Issue Date: March 3, 2026": an event the document dates is no event still to come.
  else if (falling && effective && (!falling.fromEvent || datedEvent(flat, falling.anchor, effective))) add(locate("expiryDate", endOfTerm(effective.iso, falling), falling.start, falling.end), "medium");
  // "Tenor | 24 months from the Drawdown Date": a term that runs from an event not yet dated ends on no known day,
  // as does one from a "Commencement Date | The date ten working days after the Landlord notifies …" row.
  else if (stated && !ownOpenEnded && effective && !undatedStart && !fromUndatedEvent(flat, stated.end)) add(locate("expiryDate", endOfTerm(effective.iso, stated), stated.start, stated.end), "medium");

  // … nor does the renewal it recounts belong to the amendment.
  const renewal = termUnchanged ? undefined : findRenewal(flat, rows);
  if (renewal) add(locate("renewal", renewal.label, renewal.start, renewal.end), "high");
}

/** "Issue Date: March 3, 2026", "Issue Date | …", "“Issue Date” means …": the effective date is the one the event's name labels. */
function datedEvent(flat: string, anchor: string, effective: DateMention): boolean {
  const name = escapeRegExp(anchor.replace(/^the\s+/i, ""));
  return new RegExp(String.raw`\b${name}["”]?\s*(?:[:|]|means|is)\s*$`, "i").test(flat.slice(Math.max(0, effective.start - 60), effective.start));
}

/** "for two years commencing on 1 March 2024" ends on 28 February 2026; "… from 1 March 2024" and "terminates 24 months after" end on the anniversary. */
function endOfTerm(startIso: string, term: TermMatch): string {
  if (term.endsAtMonthEnd) {
    const [year, month] = startIso.split("-").map(Number);
    return new Date(Date.UTC(year, month - 1 + term.amount, 0)).toISOString().slice(0, 10);
  }
  const last = lastDayOfTerm(startIso, term.amount, term.unit);
  return term.endsOnAnniversary ? addDays(last, 1) : last;
}

/** Letter anatomy for letters; otherwise the opening, completed from the execution block when it names fewer than two. */
const PARTIES_AT_THE_END =
  /\bparties\b[^.]{0,80}?\b(?:set\s+out|named|identified|listed|appear|described|executed)\b[^.]{0,40}?\b(?:(?:in|on)\s+the\s+(?:execution|signature|signing)\s+(?:blocks?|pages?|tables?|sections?)|at\s+the\s+end\s+of\s+this)\b|\b(?:named|identified|set\s+out|listed)\s+in\s+the\s+(?:execution|signature|signing)\s+(?:blocks?|pages?|tables?|sections?)\b|\bwhose\s+names?\s+(?:appears?|are\s+set\s+out|are\s+given)\s+in\s+the\s+(?:execution|signature|signing)\s+(?:blocks?|pages?|tables?|sections?)\b/i;

function findAllParties(text: string, flat: string, lines: ReturnType<typeof openingLines>, rows: ReturnType<typeof keyValueRows>, isLetter: boolean, type: string, isRecord: boolean) {
  const ownRecord = isRecord ? recordOfCompany(lines, true) : undefined;
  if (ownRecord) return { ...ownRecord, confidence: "medium" as FieldConfidence };
  const maker = deedPollMaker(flat);
  if (maker) return { ...maker, confidence: "medium" as FieldConfidence };
  const noticeAt = !isLetter && type === "Notice" ? noticeHeadingIndex(lines, text) : -1;
  const letter = isLetter ? letterParties(text, lines) : noticeAt > 0 ? letterParties(text, lines, noticeAt) : undefined;
  if (letter && letter.names.length >= 2) return { ...letter, confidence: "medium" as FieldConfidence };
  // "between the parties whose details are set out in the execution block": the opening names no one.
  const opening = PARTIES_AT_THE_END.test(flat.slice(0, 1500)) ? undefined : findParties(text, flat, lines, rows);
  if (opening && opening.names.length >= 2) return { ...opening, confidence: "high" as FieldConfidence };
  const record = opening ? undefined : recordOfCompany(lines);
  if (record) return { ...record, confidence: "medium" as FieldConfidence };
  const signed = signatureParties(openingLines(text, Infinity));
  // A power of attorney is given by one person to another, whom it appoints rather than introduces; a release by one person to another it releases.
  const givenTo = type === "Power of attorney" ? powerOfAttorneyParties(flat) : type === "Settlement agreement" ? releaseParties(flat) : [];
  const names = uniqueNames([...(letter?.names ?? opening?.names ?? []), ...givenTo, ...(signed?.names ?? [])]);
  if (names.length === 0) return undefined;
  const start = letter?.start ?? opening?.start ?? signed?.start ?? 0;
  return { names, start, end: start + 1, confidence: "low" as FieldConfidence };
}
