import type { UnseenDocument } from "../unseen/types";
import { AMENDMENTS_LETTERS_AND_DEEDS_V14 } from "./amendments-letters-and-deeds";
import { COMMERCIAL_AND_SUPPLY_V14 } from "./commercial-and-supply";
import { EMPLOYMENT_AND_PEOPLE_V14 } from "./employment-and-people";
import { LENDING_AND_GUARANTEES_V14 } from "./lending-and-guarantees";
import { PROPERTY_AND_CONSTRUCTION_V14 } from "./property-and-construction";
import { TECHNOLOGY_AND_SERVICES_V14 } from "./technology-and-services";

/**
 * Tuning set v14: 48 documents (18 PDF, 18 DOCX, 12 TXT) from the same brief as v7–v13 (evaluation-brief.md),
 * written after round 11 and v7's fifth measurement by three helpers that never saw the rules or v7, with the
 * emphasis on everyday drafting of terms and ends. Round 12 was tuned on its misses.
 */
export const TUNING_V14: UnseenDocument[] = [
  ...COMMERCIAL_AND_SUPPLY_V14,
  ...EMPLOYMENT_AND_PEOPLE_V14,
  ...PROPERTY_AND_CONSTRUCTION_V14,
  ...LENDING_AND_GUARANTEES_V14,
  ...TECHNOLOGY_AND_SERVICES_V14,
  ...AMENDMENTS_LETTERS_AND_DEEDS_V14,
];
