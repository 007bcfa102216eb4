import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V5 } from "./commercial";
import { CORPORATE_V5 } from "./corporate";
import { FINANCE_V5 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V5 } from "./letters-and-amendments";
import { PEOPLE_V5 } from "./people";
import { PROPERTY_V5 } from "./property";

/**
 * Held-back set v5: documents drafted as US, English, Scottish, Irish, Australian, Canadian, Singapore,
 * Indian, Hong Kong, South African and New Zealand firms would, written without reading the extraction
 * rules or running the extractor. Letters with letterheads and countersignatures, deeds, variations,
 * key-details and prescribed-clause tables, individuals as parties, parties only in signature blocks,
 * stated and derived expiries, and distractor durations (escrow, notice, an underlying lease's term).
 * A derived expiry is the effective date plus the term (same day of the month).
 *
 * Now tuning data (round 4): three derived expiries of terms that count their first day ("commencing on
 * the date hereof", "commences on … and shall continue for twelve months", a bare "7 years" row) were
 * set to the day before the anniversary, Ferry's documented reading (docs/insights.md); the author's
 * anniversary stays wherever the term runs "from" a day, which excludes it.
 */
export const HELD_BACK_V5: UnseenDocument[] = [...COMMERCIAL_V5, ...PEOPLE_V5, ...PROPERTY_V5, ...FINANCE_V5, ...CORPORATE_V5, ...LETTERS_AND_AMENDMENTS_V5];
