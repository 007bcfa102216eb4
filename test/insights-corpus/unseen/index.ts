import { AMENDMENTS } from "./amendments";
import { COMMERCIAL } from "./commercial";
import { CORPORATE } from "./corporate";
import { DISPUTES } from "./disputes";
import { FINANCE } from "./finance";
import { LETTERS } from "./letters";
import { PEOPLE } from "./people";
import { PROPERTY } from "./property";
import type { UnseenDocument } from "./types";

export const UNSEEN_DOCUMENTS: UnseenDocument[] = [...COMMERCIAL, ...FINANCE, ...PROPERTY, ...PEOPLE, ...LETTERS, ...AMENDMENTS, ...CORPORATE, ...DISPUTES];

/**
 * The v2 held-back half, fixed once when the set was written (every second document of each file).
 * It was measured and its misses were looked at, so once held-back set v3 was written it was folded
 * into tuning (test/insights-corpus/evaluation.ts); the ids keep the two halves apart in the reports.
 */
export const HELD_BACK_IDS: ReadonlySet<string> = new Set([
  "managed-services-uk-table", "consulting-individual-ca", "supply-framework-nsw", "trademark-licence-ny", "saas-master-singapore",
  "credit-agreement-texas", "guarantee-deed-uk", "standard-security-scots", "parent-guaranty-delaware",
  "hereby-let-scots", "licence-to-occupy", "ground-lease-ny", "rent-deposit-deed",
  "offer-letter-us", "employment-agreement-ny", "settlement-agreement-employment", "non-compete-signature-only",
  "engagement-letter-us-firm", "letter-before-claim", "renewal-notice-email-style", "engagement-letter-scots-individual",
  "variation-agreement-uk", "addendum-employment", "amended-restated-nda",
  "asset-purchase-us", "one-way-nda-table", "lasting-power-of-attorney", "subscription-letter-shares",
  "tolling-agreement-us", "release-individual-us", "expert-determination-agreement",
]);

export const TUNING_DOCUMENTS = UNSEEN_DOCUMENTS.filter((d) => !HELD_BACK_IDS.has(d.id));
export const HELD_BACK_DOCUMENTS = UNSEEN_DOCUMENTS.filter((d) => HELD_BACK_IDS.has(d.id));
