import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_PARTIES_V17 } from "./commercial-parties";
import { CORPORATE_PARTIES_V17 } from "./corporate-parties";
import { DEEDS_AND_AMENDMENTS_PARTIES_V17 } from "./deeds-and-amendments-parties";
import { FINANCE_PARTIES_V17 } from "./finance-parties";
import { PEOPLE_AND_LETTERS_PARTIES_V17 } from "./people-and-letters-parties";
import { PROPERTY_PARTIES_V17 } from "./property-parties";

/**
 * Tuning set v17: 48 documents (24 PDF, 12 DOCX, 12 TXT) from the same brief as v7–v16 (evaluation-brief.md),
 * written after v7's eighth measurement by three helpers that never saw the rules or v7, with the emphasis on
 * who the parties are among look-alikes. Round 15 was tuned on its misses.
 */
export const TUNING_V17: UnseenDocument[] = [
  ...COMMERCIAL_PARTIES_V17,
  ...PEOPLE_AND_LETTERS_PARTIES_V17,
  ...PROPERTY_PARTIES_V17,
  ...FINANCE_PARTIES_V17,
  ...CORPORATE_PARTIES_V17,
  ...DEEDS_AND_AMENDMENTS_PARTIES_V17,
];
