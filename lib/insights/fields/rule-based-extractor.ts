import { findDates, guessNumericDateOrder, lastDayOfTerm } from "./dates";
import { classifyDocument } from "./document-type";
import { pickEffectiveDate } from "./effective-date";
import { findGoverningLaw, US_JURISDICTIONS } from "./governing-law";
import { letterParties, openingLines, salutationIndex } from "./letter";
import { locateText } from "./located-text";
import { findParties } from "./parties";
import { findExpiryDate, findTerm } from "./term-and-expiry";
import { findTitle } from "./title";
import type { ExtractedField, Extractor, ExtractorDocument } from "./types";
import { countWords } from "./word-count";

/** Regex and layout heuristics only: no network, no models, deterministic. */
export const ruleBasedExtractor: Extractor = {
  name: "rules-v1",
  async extract(doc: ExtractorDocument): Promise<ExtractedField[]> {
    const located = locateText(doc);
    const { text, flat } = located;
    const lines = openingLines(text);
    const isLetter = salutationIndex(lines) !== -1;
    const fields: ExtractedField[] = [];

    const title = findTitle(lines, doc.filename);
    fields.push(located.field("title", title.value, title.start, title.end));

    const type = classifyDocument(title, flat, isLetter);
    fields.push(located.field("documentType", type.type, type.start, type.end));

    const parties = (isLetter ? letterParties(text, lines) : undefined) ?? findParties(text, flat);
    if (parties) fields.push(located.field("parties", parties.names, parties.start, parties.end));

    const law = findGoverningLaw(flat);
    if (law) fields.push(located.field("governingLaw", law.jurisdiction, law.start, law.end));

    // An American governing law means 03/01/2024 is 1 March's US spelling, whatever else the text suggests.
    const dates = findDates(flat, law && US_JURISDICTIONS.has(law.jurisdiction) ? "mdy" : guessNumericDateOrder(flat));
    const effective = pickEffectiveDate(text, flat, dates);
    if (effective) fields.push(located.field("effectiveDate", effective.date.iso, effective.date.start, effective.date.end));

    const term = findTerm(flat);
    if (term) fields.push(located.field("term", term.label, term.start, term.end));

    // Stated expiry first; otherwise derived from the effective date and the term, pointing at the term clause.
    const expiry = findExpiryDate(flat, dates.filter((d) => d !== effective?.date));
    if (expiry) fields.push(located.field("expiryDate", expiry.iso, expiry.start, expiry.end));
    else if (term && effective) fields.push(located.field("expiryDate", lastDayOfTerm(effective.date.iso, term.amount, term.unit), term.start, term.end));

    if (doc.pageCount !== undefined) fields.push({ key: "pageCount", value: doc.pageCount });
    fields.push({ key: "wordCount", value: countWords(text) });
    return fields;
  },
};
