import type { UnseenDocument } from "./types";

/** Employment, directors' service agreements and individual engagements. */
export const PEOPLE: UnseenDocument[] = [
  {
    id: "director-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `
# SERVICE AGREEMENT
THIS AGREEMENT is dated 30 November 2023
PARTIES
(1) HALEWOOD AEROSPACE PLC incorporated and registered in England and Wales with company number 02211456 whose registered office is at Speke Boulevard, Liverpool L24 8QD (the "Company")
(2) CATHERINE MARY OYELOWO of 3 Beech Grove, Chester CH2 1AB (the "Executive")
AGREED TERMS
1. APPOINTMENT. The Company shall employ the Executive and the Executive shall serve the Company as Chief Financial Officer.
2. TERM OF APPOINTMENT. The appointment shall commence on 1 January 2024 and shall continue, subject to the remaining terms of this agreement, until terminated by either party giving the other not less than twelve months' prior written notice.
3. SALARY. The Company shall pay the Executive a salary of £285,000 a year.
4. RESTRICTIONS. For a period of twelve months after the Termination Date the Executive shall not solicit any Key Employee.
5. GOVERNING LAW. This agreement shall be governed by and construed in accordance with the law of England and Wales.
`,
    truth: { title: "SERVICE AGREEMENT", documentType: "Employment agreement", parties: ["Halewood Aerospace plc", "Catherine Mary Oyelowo"], governingLaw: "England and Wales", effectiveDate: "2024-01-01", term: "Until terminated" },
  },
  {
    id: "offer-letter-us",
    format: "docx",
    source: `
BRIGHTWAVE THERAPEUTICS, INC.
400 Technology Square, Cambridge, MA 02139

August 12, 2024

Ms. Anjali Raghunathan
88 Elm Street
Somerville, MA 02144

Re: Offer of Employment

Dear Anjali:

On behalf of Brightwave Therapeutics, Inc. (the "Company"), I am delighted to offer you the position of Senior Scientist, reporting to the Head of Discovery, starting on September 3, 2024.

Your annual base salary will be $168,000, paid in accordance with the Company's payroll practices. Your employment with the Company is "at will", meaning either you or the Company may end it at any time.

This letter is governed by the laws of the Commonwealth of Massachusetts.

Sincerely,
Robert Kaminski
Chief People Officer

Accepted and agreed: Anjali Raghunathan   Date: August 14, 2024
`,
    truth: { title: "Offer of Employment", documentType: "Employment agreement", parties: ["Brightwave Therapeutics, Inc.", "Anjali Raghunathan"], governingLaw: "Massachusetts", effectiveDate: "2024-09-03", term: "Until terminated" },
  },
  {
    id: "contract-of-employment-scots",
    format: "txt",
    source: `
CONTRACT OF EMPLOYMENT

| Employer | Loch Fyne Seafarms Limited, Clachan, Cairndow PA26 8BL |
| Employee | Iain Alasdair MacLeod |
| Job title | Site Manager |
| Date employment begins | 6 January 2025 |
| Type of contract | Fixed-term |
| Fixed term | This contract is for a fixed term of eighteen months and will end on 5 July 2026 |
| Place of work | Ardkinglas Hatchery |
| Hours | 37.5 hours per week |

The law of Scotland applies to this contract and the parties submit to the jurisdiction of the Scottish courts and Employment Tribunals.

Signed for the Employer: Morag Campbell, Director
Signed by the Employee: Iain Alasdair MacLeod
`,
    truth: { title: "CONTRACT OF EMPLOYMENT", documentType: "Employment agreement", parties: ["Loch Fyne Seafarms Limited", "Iain Alasdair MacLeod"], governingLaw: "Scotland", effectiveDate: "2025-01-06", term: "18 months", expiryDate: "2026-07-05" },
  },
  {
    id: "employment-agreement-ny",
    format: "pdf",
    source: `
# EXECUTIVE EMPLOYMENT AGREEMENT
This Executive Employment Agreement is entered into as of May 20, 2024 by and between Ironbridge Capital Partners LP ("Employer") and Samuel K. Whitaker ("Executive").
1. Position. Executive shall serve as Managing Director and General Counsel.
2. Term. Executive's employment hereunder shall be for an initial term of two (2) years commencing June 1, 2024 (the "Start Date"), and shall thereafter automatically renew for additional one-year periods unless either party gives ninety (90) days' notice of non-renewal.
3. Compensation. Base salary of $450,000 per annum; discretionary annual bonus.
4. Non-Competition. During employment and for six (6) months thereafter, Executive shall not engage in a Competing Business.
5. Governing Law. This Agreement shall be governed by the laws of the State of New York.
`,
    truth: { title: "EXECUTIVE EMPLOYMENT AGREEMENT", documentType: "Employment agreement", parties: ["Ironbridge Capital Partners LP", "Samuel K. Whitaker"], governingLaw: "New York", effectiveDate: "2024-06-01", term: "2 years", expiryDate: "2026-05-31", renewal: "1 year" },
  },
  {
    id: "consultancy-deed-individual",
    format: "docx",
    storedPageCount: 2,
    source: `
# CONSULTANCY AGREEMENT
Dated: 4 March 2024
(1) ORCHARD LANE PHARMA LIMITED of 1 Orchard Lane, Cambridge CB4 0WG ("the Client")
(2) DR FRANCESCA BELLINI of Via dei Mille 12, 20129 Milan, Italy ("the Consultant")
1. The Consultant will provide regulatory affairs advice to the Client on an as-needed basis.
2. This agreement starts on the date above and runs for an initial period of 6 months. Either party may end it on 30 days' notice.
3. The Client will pay a day rate of £1,400.
4. This agreement is governed by English law.
`,
    truth: { title: "CONSULTANCY AGREEMENT", documentType: "Services agreement", parties: ["Orchard Lane Pharma Limited", "Francesca Bellini"], governingLaw: "England and Wales", effectiveDate: "2024-03-04", term: "6 months", expiryDate: "2024-09-03" },
  },
  {
    id: "settlement-agreement-employment",
    format: "pdf",
    source: `
WITHOUT PREJUDICE AND SUBJECT TO CONTRACT
# SETTLEMENT AGREEMENT
THIS AGREEMENT is made on 15 July 2024
BETWEEN
(1) KINGFISHER RETAIL GROUP LIMITED, registered in England and Wales under number 01234987, of Kingfisher House, Swindon SN1 1AA ("the Employer"); and
(2) PRIYA SHARMA of 27 Coleridge Road, Swindon SN25 3ZZ ("the Employee").
1. The Employee's employment with the Employer will terminate on 31 July 2024 (the "Termination Date").
2. The Employer will pay the Employee £38,000 as compensation for loss of office, within 14 days of receipt of this signed agreement.
3. The Employee accepts these terms in full and final settlement of all claims she has or may have against the Employer arising out of her employment or its termination.
4. The conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996 are satisfied.
5. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "SETTLEMENT AGREEMENT", documentType: "Settlement agreement", parties: ["Kingfisher Retail Group Limited", "Priya Sharma"], governingLaw: "England and Wales", effectiveDate: "2024-07-15" },
  },
  {
    id: "secondment-agreement",
    format: "txt",
    source: `
SECONDMENT AGREEMENT

This agreement is dated 19 February 2024 and made between Brannock & Wylie LLP, of 10 Gresham Street, London EC2V 7JD (the Firm), Halcyon Energy plc, of 1 Canada Square, London E14 5AB (the Host) and Oliver Tremayne (the Secondee).

1. The Firm agrees to second the Secondee to the Host's legal department for the Secondment Period.
2. The Secondment Period begins on 4 March 2024 and ends on 30 August 2024.
3. The Secondee remains employed by the Firm throughout.
4. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "SECONDMENT AGREEMENT", documentType: "Services agreement", parties: ["Brannock & Wylie LLP", "Halcyon Energy plc", "Oliver Tremayne"], governingLaw: "England and Wales", effectiveDate: "2024-03-04", expiryDate: "2024-08-30" },
  },
  {
    id: "non-compete-signature-only",
    format: "docx",
    source: `
# RESTRICTIVE COVENANT AGREEMENT
In consideration of the grant of 5,000 restricted stock units under the 2024 Equity Incentive Plan, the undersigned employee agrees with Cobalt Peak Software, Inc. (the "Company") as follows:
1. Non-Solicitation. For twelve (12) months following the termination of employment, the employee shall not solicit any customer or employee of the Company.
2. Confidentiality. The employee shall keep the Company's Confidential Information confidential at all times.
3. This Agreement shall be governed by the laws of the State of Washington.
Dated: October 28, 2024
COBALT PEAK SOFTWARE, INC.
By: Linda Osei, General Counsel
EMPLOYEE
Name: Marcus Delgado
`,
    truth: { title: "RESTRICTIVE COVENANT AGREEMENT", documentType: "Employment agreement", parties: ["Cobalt Peak Software, Inc.", "Marcus Delgado"], governingLaw: "Washington", effectiveDate: "2024-10-28" },
  },
];
