import type { UnseenDocument } from "../unseen/types";
import { CONTRACTS_T3 } from "./contracts";
import { LETTERS_AND_AMENDMENTS_T3 } from "./letters-and-amendments";

/**
 * Tuning set v3: written after held-back set v3 was committed, in yet other styles (South African,
 * Kenyan, Nigerian, Malaysian, German-English, Welsh, Scottish, US municipal), to tune the rules on.
 */
export const TUNING_V3: UnseenDocument[] = [...CONTRACTS_T3, ...LETTERS_AND_AMENDMENTS_T3];
