import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V7 } from "./commercial";
import { CORPORATE_V7 } from "./corporate";
import { DISPUTES_V7 } from "./disputes";
import { FINANCE_V7 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V7 } from "./letters-and-amendments";
import { PEOPLE_V7 } from "./people";
import { PROPERTY_V7 } from "./property";
import { TECHNOLOGY_V7 } from "./technology";

/**
 * Held-back evaluation set v7: 64 documents written by four helpers, each from the same brief
 * (docs/insights.md, "Evaluation"), reading only the truth format, the scorer and the list of
 * document types — never the rules, never another evaluation set — and never running the extractor.
 * Committed before it was first scored; only its aggregate is looked at. Do not tune against it.
 *
 * Each file holds eight documents (three PDF, three DOCX, two TXT) of one area: commercial,
 * technology, people, property, finance, corporate, disputes, letters and amendments. The brief asks
 * for varied jurisdictions, drafting styles (US, English, Scots, deeds, key-details tables, cover
 * pages, defined terms, letters, signature-block-only parties), dates and terms in words and figures,
 * and distractor durations and dates.
 *
 * Truth conventions (the brief's): title as a reader names the heading, in Title Case; documentType by
 * substance from DOCUMENT_TYPES; parties by legal name without roles (a letter: sender and addressee
 * organisation, or the individual); effectiveDate defined, else the document's date; expiryDate stated,
 * or derived — a term "from" a date ends on the anniversary, one "commencing on" a date the day before;
 * term in the document's unit, "Until terminated", or a date range in months; renewal only when
 * automatic; amends is the amended document's title.
 */
export const HELD_BACK_V7: UnseenDocument[] = [
  ...COMMERCIAL_V7,
  ...TECHNOLOGY_V7,
  ...PEOPLE_V7,
  ...PROPERTY_V7,
  ...FINANCE_V7,
  ...CORPORATE_V7,
  ...DISPUTES_V7,
  ...LETTERS_AND_AMENDMENTS_V7,
];
