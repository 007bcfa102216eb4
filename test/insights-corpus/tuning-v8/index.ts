import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_AND_PEOPLE_V8 } from "./commercial-and-people";
import { CORPORATE_AND_DISPUTES_V8 } from "./corporate-and-disputes";
import { LETTERS_AND_AMENDMENTS_V8 } from "./letters-and-amendments";
import { PROPERTY_AND_FINANCE_V8 } from "./property-and-finance";

/**
 * Tuning set v8: 32 documents written from the same brief as held-back set v7, at the same time, by two
 * other helpers that never saw the rules or v7. Round 6 was tuned on its misses; v7 was not looked at.
 */
export const TUNING_V8: UnseenDocument[] = [...COMMERCIAL_AND_PEOPLE_V8, ...PROPERTY_AND_FINANCE_V8, ...CORPORATE_AND_DISPUTES_V8, ...LETTERS_AND_AMENDMENTS_V8];
