import type { UnseenDocument } from "../unseen/types";
import { COMMERCIAL_V6 } from "./commercial";
import { CORPORATE_V6 } from "./corporate";
import { DISPUTES_V6 } from "./disputes";
import { FINANCE_V6 } from "./finance";
import { LETTERS_AND_AMENDMENTS_V6 } from "./letters-and-amendments";
import { MORE_COMMERCIAL_V6 } from "./more-commercial";
import { PEOPLE_V6 } from "./people";
import { PROPERTY_V6 } from "./property";

/**
 * Former held-back evaluation set v6: written from scratch, without reading the extraction rules or any
 * other evaluation set, to measure the insights extractor honestly. Measured once (docs/insights.md),
 * then tuning data for round 5; twelve of its expiry truths were set to the "commencing on" convention
 * the other sets follow (docs/insights.md, "Rounds 5 to 8"). Held-back set v7 took its place.
 *
 * It imitates the drafting of many firms and jurisdictions: US states (New York, Delaware, California,
 * Texas, Massachusetts, Illinois, Washington, Colorado), England, Wales, Scotland, Northern Ireland,
 * Ireland, Jersey, Guernsey, Australian states (New South Wales, Victoria, Queensland, Western
 * Australia), Canadian provinces (Ontario, British Columbia, Alberta), Singapore, Hong Kong, India,
 * South Africa, New Zealand and the DIFC. It covers commercial contracts (NDAs, services, SaaS that is
 * a service and SaaS that is a licence, software licences, supply, distribution, agency, consultancy,
 * frameworks), people (employment, director's service, offer letter, contractors, settlement with an
 * employee), property (leases, licence to occupy, deeds of variation, rent review memorandum, tenant
 * guarantee), finance (facility agreements and letters, loans, guaranty, debenture, floating charge,
 * subordination deed), corporate (SPA, subscription, shareholders', JV, APA, power of attorney,
 * minutes, written resolutions), disputes (settlements, tolling, standstill, engagement letters,
 * notices) and letters and amendments (side, comfort and consent letters; amendment agreements,
 * variations, addenda, deeds of amendment).
 *
 * Layouts vary on purpose: particulars tables, cover pages with the body later, "BETWEEN: (1) … (2)"
 * blocks, parties named only in the signature block, "entered into by X ("Licensor") and Y", parties named only in a "by … in favour of …"
 * heading, defined-term sections, terms in words and figures, distractor durations (notice, survival,
 * non-compete, escrow, lock-in, warranty periods; an amended agreement's date and term; an underlying
 * lease's term) and governing law stated in unusual ways.
 *
 * A term stated only as a date range ("from 1 March 2026 to 28 February 2028") is given in months.
 *
 * Truth conventions: title as the heading reads; documentType by substance from DOCUMENT_TYPES (a
 * director's service agreement and an offer letter are employment agreements, a facility letter is a
 * facility agreement, an amendment/variation/addendum is an Amendment, a deed fitting no other type is
 * a Deed, a licence to occupy is a Licence agreement, a sales agency is a Distribution agreement,
 * minutes, resolutions, tolling/standstill agreements and a rent review memorandum are Other);
 * parties as the document names them without role labels (a letter: sender and addressee
 * organisation, or the individual addressed); effectiveDate is a defined effective/commencement date,
 * else the date of the document (a letter's own date, not the countersignature); expiryDate is stated,
 * or derived as effective date plus term on the same day of the month; term is the stated initial
 * duration in the document's unit, or "Until terminated"; renewal only for automatic renewal; amends
 * is the amended document's title. Absent fields mean the document does not state them.
 */
export const HELD_BACK_V6: UnseenDocument[] = [
  ...COMMERCIAL_V6,
  ...PEOPLE_V6,
  ...PROPERTY_V6,
  ...FINANCE_V6,
  ...CORPORATE_V6,
  ...DISPUTES_V6,
  ...LETTERS_AND_AMENDMENTS_V6,
  ...MORE_COMMERCIAL_V6,
];
