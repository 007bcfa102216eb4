import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V9 } from "./commercial";
import { CORPORATE_AND_DISPUTES_V9 } from "./corporate-and-disputes";
import { FINANCE_V9 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V9 } from "./letters-and-amendments";
import { PEOPLE_V9 } from "./people";
import { PROPERTY_V9 } from "./property";

/**
 * Tuning set v9: 48 documents from the same brief as v7 and v8 (evaluation-brief.md), with an added
 * emphasis on how terms, parties and governing law are stated — the fields v7's first measurement, an
 * aggregate, showed weakest — written by three helpers that never saw the rules or v7. Round 6 was
 * tuned on its misses and v8's.
 */
export const TUNING_V9: UnseenDocument[] = [...COMMERCIAL_V9, ...PEOPLE_V9, ...PROPERTY_V9, ...FINANCE_V9, ...CORPORATE_AND_DISPUTES_V9, ...LETTERS_AND_AMENDMENTS_V9];
