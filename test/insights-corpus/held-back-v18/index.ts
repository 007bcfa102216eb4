import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V18 } from "./commercial";
import { CORPORATE_V18 } from "./corporate";
import { DISPUTES_V18 } from "./disputes";
import { FINANCE_V18 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V18 } from "./letters-and-amendments";
import { PEOPLE_V18 } from "./people";
import { PROPERTY_V18 } from "./property";
import { TECHNOLOGY_V18 } from "./technology";

/**
 * Held-back evaluation set v18: 64 documents written on 4 December 2026, after round 15, by eight helpers
 * (one file of one area each) from the brief v7 was written from (evaluation-brief.md) with no emphasis,
 * each reading only the truth format, the scorer and the list of document types — never the rules, never
 * another evaluation set — and never running the extractor. Committed before it was first scored; only its
 * aggregate is looked at. Do not tune against it.
 *
 * Each file holds eight documents (three PDF, three DOCX, two TXT) of one area, as v7's do: commercial,
 * technology, people, property, finance, corporate, disputes, letters and amendments.
 */
export const HELD_BACK_V18: UnseenDocument[] = [
  ...COMMERCIAL_V18,
  ...TECHNOLOGY_V18,
  ...PEOPLE_V18,
  ...PROPERTY_V18,
  ...FINANCE_V18,
  ...CORPORATE_V18,
  ...DISPUTES_V18,
  ...LETTERS_AND_AMENDMENTS_V18,
];
