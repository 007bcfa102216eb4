import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V6 } from "./commercial";
import { PEOPLE_V6 } from "./people";
import { PROPERTY_V6 } from "./property";
import { FINANCE_V6 } from "./finance";
import { CORPORATE_V6 } from "./corporate";
import { DISPUTES_V6 } from "./disputes";
import { LETTERS_AND_AMENDMENTS_V6 } from "./letters-and-amendments";

/**
 * Held-back evaluation set v6, written independently of the extraction rules.
 */
export const HELD_BACK_V6: UnseenDocument[] = [...COMMERCIAL_V6, ...PEOPLE_V6, ...PROPERTY_V6, ...FINANCE_V6, ...CORPORATE_V6, ...DISPUTES_V6, ...LETTERS_AND_AMENDMENTS_V6];
