import type { UnseenDocument } from "../unseen/types";
import { AMENDMENTS_AND_DEEDS_V15 } from "./amendments-and-deeds";
import { COMMERCIAL_AND_TECHNOLOGY_V15 } from "./commercial-and-technology";
import { CORPORATE_AND_TRANSACTIONS_V15 } from "./corporate-and-transactions";
import { FINANCE_AND_CREDIT_V15 } from "./finance-and-credit";
import { PEOPLE_AND_LETTERS_V15 } from "./people-and-letters";
import { PROPERTY_AND_LEASING_V15 } from "./property-and-leasing";

/**
 * Tuning set v15: 48 documents (24 PDF, 12 DOCX, 12 TXT) from the same brief as v7–v14 (evaluation-brief.md),
 * written after v7's sixth measurement by three helpers that never saw the rules or v7, every document
 * making the reader work out how long it lasts among other durations. Round 13 was tuned on its misses.
 */
export const TUNING_V15: UnseenDocument[] = [
  ...COMMERCIAL_AND_TECHNOLOGY_V15,
  ...PEOPLE_AND_LETTERS_V15,
  ...PROPERTY_AND_LEASING_V15,
  ...FINANCE_AND_CREDIT_V15,
  ...CORPORATE_AND_TRANSACTIONS_V15,
  ...AMENDMENTS_AND_DEEDS_V15,
];
