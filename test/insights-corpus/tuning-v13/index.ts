import type { UnseenDocument } from "../unseen/types";
import { CORPORATE_AND_DISPUTES_V13 } from "./corporate-and-disputes";
import { EMPLOYMENT_AND_SERVICES_V13 } from "./employment-and-services";
import { FINANCE_AND_SECURITY_V13 } from "./finance-and-security";
import { LETTERS_AND_NOTICES_V13 } from "./letters-and-notices";
import { PROPERTY_AND_LEASES_V13 } from "./property-and-leases";
import { TECHNOLOGY_AND_IP_V13 } from "./technology-and-ip";

/**
 * Tuning set v13: 48 documents (24 PDF, 12 DOCX, 12 TXT) from the same brief as v7–v12 (evaluation-brief.md),
 * written after round 10 by three helpers that never saw the rules or v7, with the emphasis on terms, ends
 * and parties. Round 11 was tuned on its misses.
 */
export const TUNING_V13: UnseenDocument[] = [
  ...EMPLOYMENT_AND_SERVICES_V13,
  ...LETTERS_AND_NOTICES_V13,
  ...PROPERTY_AND_LEASES_V13,
  ...FINANCE_AND_SECURITY_V13,
  ...TECHNOLOGY_AND_IP_V13,
  ...CORPORATE_AND_DISPUTES_V13,
];
