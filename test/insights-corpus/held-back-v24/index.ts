import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V24 } from "./commercial";
import { CORPORATE_V24 } from "./corporate";
import { DISPUTES_V24 } from "./disputes";
import { FINANCE_V24 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V24 } from "./letters-and-amendments";
import { PEOPLE_V24 } from "./people";
import { PROPERTY_V24 } from "./property";
import { TECHNOLOGY_V24 } from "./technology";

/**
 * Held-back evaluation set v24: 64 documents written on 4 December 2026, after round 20 and v18's eighth measurement, by eight helpers
 * (one file of one area each) from the brief v7 was written from (evaluation-brief.md) with no emphasis,
 * each reading only the truth format, the scorer and the list of document types — never the rules, never
 * another evaluation set — and never running the extractor. Committed before it was first scored; only its
 * aggregate is looked at. Do not tune against it.
 *
 * Each file holds eight documents (three PDF, three DOCX, two TXT) of one area, as v7's do: commercial,
 * technology, people, property, finance, corporate, disputes, letters and amendments.
 */
export const HELD_BACK_V24: UnseenDocument[] = [
  ...COMMERCIAL_V24,
  ...TECHNOLOGY_V24,
  ...PEOPLE_V24,
  ...PROPERTY_V24,
  ...FINANCE_V24,
  ...CORPORATE_V24,
  ...DISPUTES_V24,
  ...LETTERS_AND_AMENDMENTS_V24,
];
