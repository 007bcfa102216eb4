import type { UnseenDocument } from "../unseen/types";
import { BANKING_AND_SECURITY_V16 } from "./banking-and-security";
import { DEALS_AND_DISPUTES_V16 } from "./deals-and-disputes";
import { EMPLOYMENT_AND_ENGAGEMENTS_V16 } from "./employment-and-engagements";
import { REAL_ESTATE_V16 } from "./real-estate";
import { SERVICES_SUPPLY_AND_LICENSING_V16 } from "./services-supply-and-licensing";
import { VARIATIONS_AND_SIDE_LETTERS_V16 } from "./variations-and-side-letters";

/**
 * Tuning set v16: 48 documents (24 PDF, 12 DOCX, 12 TXT) from the same brief and emphasis as v15
 * (evaluation-brief.md), written after v7's seventh measurement by three helpers that never saw the rules
 * or v7. Round 14 was tuned on its misses.
 */
export const TUNING_V16: UnseenDocument[] = [
  ...SERVICES_SUPPLY_AND_LICENSING_V16,
  ...EMPLOYMENT_AND_ENGAGEMENTS_V16,
  ...REAL_ESTATE_V16,
  ...BANKING_AND_SECURITY_V16,
  ...DEALS_AND_DISPUTES_V16,
  ...VARIATIONS_AND_SIDE_LETTERS_V16,
];
