import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_AND_PROPERTY_V12 } from "./commercial-and-property";
import { FINANCE_AND_CORPORATE_V12 } from "./finance-and-corporate";

/**
 * Tuning set v12: 16 documents, mostly multi-page PDFs with tables, covers and execution blocks, from the
 * same brief as v7–v11 (evaluation-brief.md), written after v7's fourth measurement (PDF its weakest format)
 * by a helper that never saw the rules or v7. Round 9 was tuned on its misses.
 */
export const TUNING_V12: UnseenDocument[] = [...COMMERCIAL_AND_PROPERTY_V12, ...FINANCE_AND_CORPORATE_V12];
