import type { UnseenDocument } from "../unseen/types";

/** Corporate, finance and people documents: schedules of parties, words for dates, unquoted defined terms, many parties. */
export const CORPORATE_V3: UnseenDocument[] = [
  {
    id: "v3-shareholders-parties-in-schedule",
    format: "pdf",
    source: `
# SHAREHOLDERS' AGREEMENT
relating to Ravenglass Analytics Limited
This agreement is dated 14 October 2024 and is made between the persons whose names and addresses are set out in Schedule 1 (the Parties).
1. Interpretation. In this agreement the Company means Ravenglass Analytics Limited (company number 14556677).
2. Business. The Shareholders shall procure that the Company carries on the Business in accordance with the Business Plan.
3. Reserved matters. No Reserved Matter shall be undertaken without Investor Consent.
4. Governing law. This agreement is governed by the law of England and Wales.
===
# SCHEDULE 1 – THE PARTIES
| Name | Address | Capacity |
| Tamsin Eleanor Gray | 4 Fell Road, Keswick CA12 5BJ | Founder |
| Oluwaseun Adeyemi | 19 Marsh Lane, Leeds LS9 8AB | Founder |
| Kestrel Ventures LP | 10 Lower Thames Street, London EC3R 6AF | Investor |
| Ravenglass Analytics Limited | Unit 3, Lakeland Business Park, Cockermouth CA13 0QT | Company |
`,
    truth: { title: "SHAREHOLDERS' AGREEMENT", documentType: "Shareholders' agreement", parties: ["Tamsin Eleanor Gray", "Oluwaseun Adeyemi", "Kestrel Ventures LP", "Ravenglass Analytics Limited"], governingLaw: "England and Wales", effectiveDate: "2024-10-14" },
  },
  {
    id: "v3-guarantee-date-in-words",
    format: "docx",
    storedPageCount: 5,
    source: `
# DEED OF GUARANTEE
THIS DEED is made on the twenty-first day of June Two Thousand and Twenty-Four
BY:
HOLLINGWORTH GROUP PLC (registered in England and Wales with number 00987654) whose registered office is at 1 Deansgate, Manchester M3 1AZ (the "Guarantor")
IN FAVOUR OF:
SEVERN VALLEY BANK PLC (registered in England and Wales with number 01234567) whose registered office is at 8 Broad Street, Worcester WR1 3LH (the "Bank")
1. Guarantee. The Guarantor guarantees to the Bank the punctual payment by Hollingworth Logistics Limited of all sums due under the Facility Letter.
2. Continuing security. This guarantee is a continuing security and extends to the ultimate balance of the sums payable.
3. Law. This deed is governed by English law.
`,
    truth: { title: "DEED OF GUARANTEE", documentType: "Guarantee", parties: ["Hollingworth Group plc", "Severn Valley Bank plc"], governingLaw: "England and Wales", effectiveDate: "2024-06-21" },
  },
  {
    id: "v3-promissory-note-texas",
    format: "txt",
    source: `
SECURED PROMISSORY NOTE

$250,000.00                                        Austin, Texas
                                                   February 28, 2025

FOR VALUE RECEIVED, the undersigned, Lonestar Brewing Co., a Texas corporation ("Maker"), promises to pay to the order of Pecos River Capital, LLC, a Texas limited liability company ("Holder"), the principal sum of Two Hundred Fifty Thousand and No/100 Dollars ($250,000.00), together with interest at eight percent (8%) per annum.

1. Payments. Interest is payable monthly. The entire unpaid principal balance and all accrued interest shall be due and payable on February 28, 2028 (the "Maturity Date").

2. Security. This Note is secured by a Security Agreement of even date herewith.

3. Governing Law. This Note shall be governed by the laws of the State of Texas.
`,
    truth: { title: "SECURED PROMISSORY NOTE", documentType: "Loan agreement", parties: ["Lonestar Brewing Co.", "Pecos River Capital, LLC"], governingLaw: "Texas", effectiveDate: "2025-02-28", expiryDate: "2028-02-28" },
  },
  {
    id: "v3-loan-singapore-iso",
    format: "docx",
    source: `
# LOAN AGREEMENT
Date: 2025-01-06
| Lender | Merlion Credit Pte. Ltd. (UEN 201912345K), 1 Raffles Place, #20-01, Singapore 048616 |
| Borrower | Tan Wei Ling (NRIC S1234567D), 88 Jalan Bukit Merah, #05-12, Singapore 150088 |
| Principal | S$60,000 |
| Interest | 6.5% per annum, calculated daily |
1. The Lender agrees to lend the Principal to the Borrower on the date of this Agreement.
2. The Borrower shall repay the Loan in full on or before 5 January 2027 (the "Final Repayment Date").
3. This Agreement is governed by the laws of the Republic of Singapore.
`,
    truth: { title: "LOAN AGREEMENT", documentType: "Loan agreement", parties: ["Merlion Credit Pte. Ltd.", "Tan Wei Ling"], governingLaw: "Singapore", effectiveDate: "2025-01-06", expiryDate: "2027-01-05" },
  },
  {
    id: "v3-joint-venture-three-parties",
    format: "txt",
    source: `
JOINT VENTURE AGREEMENT

This Joint Venture Agreement is made on 22 July 2024 among:

(a) Tidewater Energy Holdings Inc., a corporation incorporated under the laws of Alberta ("Tidewater");

(b) Kestrel Offshore Services Ltd., a corporation incorporated under the laws of British Columbia ("Kestrel"); and

(c) Aurora Renewables Partnership, a general partnership formed under the laws of Alberta ("Aurora").

WHEREAS the parties wish to co-operate in developing the Pembina geothermal project;

NOW THEREFORE the parties agree:

1. Formation. The parties hereby form an unincorporated joint venture to develop the Project.
2. Interests. The participating interests are Tidewater 40%, Kestrel 35% and Aurora 25%.
3. Governing Law. This Agreement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.
`,
    truth: { title: "JOINT VENTURE AGREEMENT", documentType: "Joint venture agreement", parties: ["Tidewater Energy Holdings Inc.", "Kestrel Offshore Services Ltd.", "Aurora Renewables Partnership"], governingLaw: "Alberta", effectiveDate: "2024-07-22" },
  },
  {
    id: "v3-asset-sale-unquoted-terms",
    format: "docx",
    storedPageCount: 18,
    source: `
# AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF FENWICK BOOKS LIMITED
THIS AGREEMENT is dated 31 January 2025.
PARTIES
(1) FENWICK BOOKS LIMITED incorporated and registered in England and Wales with company number 02233445 whose registered office is at 9 Grey Street, Newcastle upon Tyne NE1 6EE (Seller).
(2) QUILLSTONE PUBLISHING LIMITED incorporated and registered in England and Wales with company number 09988776 whose registered office is at 50 Broad Street, Oxford OX1 3BQ (Buyer).
BACKGROUND
The Seller carries on the Business and has agreed to sell, and the Buyer has agreed to buy, the Business and the Assets on the terms of this agreement.
AGREED TERMS
1. Sale and purchase. The Seller shall sell and the Buyer shall buy, with effect from Completion, the Business as a going concern.
2. Governing law. This agreement and any dispute or claim arising out of it shall be governed by the law of England and Wales.
`,
    truth: { title: "AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF FENWICK BOOKS LIMITED", documentType: "Asset purchase agreement", parties: ["Fenwick Books Limited", "Quillstone Publishing Limited"], governingLaw: "England and Wales", effectiveDate: "2025-01-31" },
  },
  {
    id: "v3-deed-of-novation-three",
    format: "pdf",
    source: `
# DEED OF NOVATION
THIS DEED is dated 10 March 2025
PARTIES
(1) ORCHARD FACILITIES LIMITED incorporated and registered in England and Wales with company number 05566778 (Outgoing Party).
(2) BRAMBLE SERVICES LIMITED incorporated and registered in England and Wales with company number 11223344 (Incoming Party).
(3) WESTBOURNE SCHOOLS TRUST, a charitable company registered in England and Wales with company number 07766554 (Continuing Party).
BACKGROUND
(A) The Outgoing Party and the Continuing Party are parties to a cleaning services agreement dated 1 September 2021 (the Contract).
(B) The Outgoing Party wishes to be released and discharged from the Contract and the Incoming Party wishes to assume its obligations.
AGREED TERMS
1. With effect from 1 April 2025 the Incoming Party shall perform the Contract in place of the Outgoing Party.
2. This deed is governed by the law of England and Wales.
`,
    truth: { title: "DEED OF NOVATION", documentType: "Deed", parties: ["Orchard Facilities Limited", "Bramble Services Limited", "Westbourne Schools Trust"], governingLaw: "England and Wales", effectiveDate: "2025-04-01" },
  },
  {
    id: "v3-power-of-attorney-india",
    format: "txt",
    source: `
GENERAL POWER OF ATTORNEY

KNOW ALL MEN BY THESE PRESENTS that I, Suresh Narayan Iyer, son of Late Shri Narayan Iyer, aged about 61 years, residing at 23 Luz Church Road, Mylapore, Chennai 600004, do hereby nominate, constitute and appoint my daughter, Ms. Kavitha Iyer, aged about 34 years, residing at the same address, as my true and lawful attorney to do the following acts in my name and on my behalf:

1. To manage, let out and collect rents in respect of my property at Plot 7, Besant Nagar, Chennai;
2. To sign, execute and register any lease deed in respect of the said property;
3. To appear before any authority and represent me in all matters relating to the said property.

IN WITNESS WHEREOF I have signed this deed on this 12th day of December, 2024 at Chennai.
`,
    truth: { title: "GENERAL POWER OF ATTORNEY", documentType: "Power of attorney", parties: ["Suresh Narayan Iyer", "Kavitha Iyer"], effectiveDate: "2024-12-12" },
  },
  {
    id: "v3-consulting-individual-california",
    format: "pdf",
    source: `
# CONSULTING AGREEMENT
This Consulting Agreement (the "Agreement") is made effective as of May 1, 2024 (the "Effective Date") by Redwood Analytics Corp. ("Company") and Dr. Miriam Castellanos, an individual residing in Berkeley, California ("Consultant").
1. Services. Consultant shall advise the Company on the design of its clinical data pipelines.
2. Term. This Agreement will terminate on April 30, 2025 unless extended by the written agreement of both parties.
3. Compensation. Company shall pay Consultant $275 per hour, invoiced monthly.
4. Governing Law. This Agreement shall be governed by the laws of the State of California.
`,
    truth: { title: "CONSULTING AGREEMENT", documentType: "Services agreement", parties: ["Redwood Analytics Corp.", "Miriam Castellanos"], governingLaw: "California", effectiveDate: "2024-05-01", expiryDate: "2025-04-30" },
  },
  {
    id: "v3-employment-contract-victoria",
    format: "docx",
    source: `
# EMPLOYMENT CONTRACT
Parties
Employer: Eucalypt Health Services Pty Ltd (ABN 55 666 777 888)
Employee: Jarrah Thompson
1. Position. You are employed as Senior Physiotherapist, reporting to the Clinical Director.
2. Commencement. Your employment commences on Monday, 7 October 2024. This is an ongoing full-time position and continues until terminated by either party in accordance with clause 9.
3. Remuneration. Your base salary is $112,000 per annum plus superannuation.
4. Governing law. This contract is governed by the laws of Victoria.
`,
    truth: { title: "EMPLOYMENT CONTRACT", documentType: "Employment agreement", parties: ["Eucalypt Health Services Pty Ltd", "Jarrah Thompson"], governingLaw: "Victoria", effectiveDate: "2024-10-07", term: "Until terminated" },
  },
  {
    id: "v3-settlement-deed-queensland",
    format: "pdf",
    source: `
# DEED OF SETTLEMENT AND RELEASE
This deed is made on 19 November 2024 between the parties set out in Item 1 of the Schedule.
Background
A. A dispute has arisen between the parties concerning the construction of the Palm Cove apartments (the Dispute).
B. The parties have agreed to settle the Dispute on the terms of this deed.
Operative part
1. Mangrove Developments Pty Ltd must pay the Settlement Sum to Coral Bay Constructions Pty Ltd within 21 days.
2. Each party releases the other from all claims arising out of the Dispute.
3. This deed is governed by the laws of Queensland.
# Schedule
| Item 1 – Parties | Coral Bay Constructions Pty Ltd ACN 098 765 432 and Mangrove Developments Pty Ltd ACN 087 654 321 |
| Item 2 – Settlement Sum | $1,350,000 |
`,
    truth: { title: "DEED OF SETTLEMENT AND RELEASE", documentType: "Settlement agreement", parties: ["Coral Bay Constructions Pty Ltd", "Mangrove Developments Pty Ltd"], governingLaw: "Queensland", effectiveDate: "2024-11-19" },
  },
  {
    id: "v3-share-purchase-nz",
    format: "txt",
    source: `
AGREEMENT FOR SALE AND PURCHASE OF SHARES

DATE: 28 February 2025

PARTIES

1. Hamish Robert McKenzie of Queenstown, farmer (Vendor)
2. Kōwhai Orchards Limited (company number 8123456) (Purchaser)

BACKGROUND

The Vendor owns all of the shares in Alpine Cherry Co Limited and has agreed to sell them to the Purchaser.

AGREEMENT

1. The Vendor shall sell and the Purchaser shall buy the Sale Shares for NZ$3,200,000.
2. Settlement shall take place on 31 March 2025.
3. This agreement is governed by the laws of New Zealand.
`,
    truth: { title: "AGREEMENT FOR SALE AND PURCHASE OF SHARES", documentType: "Share purchase agreement", parties: ["Hamish Robert McKenzie", "Kōwhai Orchards Limited"], governingLaw: "New Zealand", effectiveDate: "2025-02-28" },
  },
  {
    id: "v3-secondment-individual-three",
    format: "docx",
    storedPageCount: 3,
    source: `
# SECONDMENT AGREEMENT
Dated: 2 September 2024
Parties:
Harcourt Lyle LLP of 12 Cheapside, London EC2V 6AA ("the Employer")
Aldgate Insurance Group plc of 60 Leadenhall Street, London EC3A 2BJ ("the Host")
Rebecca Sian Morgan of 8 Ferndale Road, Cardiff CF5 2AB ("the Secondee")
1. The Employer agrees to second the Secondee to the Host from 16 September 2024 for a period of nine months.
2. The Secondee remains employed by the Employer throughout the secondment.
3. This agreement is governed by the laws of England and Wales.
`,
    truth: { title: "SECONDMENT AGREEMENT", documentType: "Services agreement", parties: ["Harcourt Lyle LLP", "Aldgate Insurance Group plc", "Rebecca Sian Morgan"], governingLaw: "England and Wales", effectiveDate: "2024-09-16", term: "9 months", expiryDate: "2025-06-16" },
  },
  {
    id: "v3-nda-definitions-table",
    format: "docx",
    source: `
# CONFIDENTIALITY AGREEMENT
The parties agree to the terms below. Capitalised words have the meanings in this table.
| Term | Meaning |
| Disclosing Party | Fennimore Capital Advisors LLC, a Delaware limited liability company |
| Receiving Party | Oakhurst Pharmaceuticals, Inc., a New Jersey corporation |
| Agreement Date | 2024-06-17 |
| Purpose | evaluating a possible financing of the Receiving Party |
1. The Receiving Party shall keep the Confidential Information secret and use it only for the Purpose.
2. This Agreement remains in effect for two (2) years from the Agreement Date.
3. This Agreement is governed by the laws of the State of New Jersey.
`,
    truth: { title: "CONFIDENTIALITY AGREEMENT", documentType: "NDA", parties: ["Fennimore Capital Advisors LLC", "Oakhurst Pharmaceuticals, Inc."], governingLaw: "New Jersey", effectiveDate: "2024-06-17", term: "2 years", expiryDate: "2026-06-17" },
  },
];
