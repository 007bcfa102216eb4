import type { UnseenDocument } from "../unseen/types";

/** v15 tuning set (helper a): employment, settlement, finance letters and notices, with durations that compete with the real term. */
export const PEOPLE_AND_LETTERS_V15: UnseenDocument[] = [
  {
    id: "v15-a-director-service-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
MINUTE OF AGREEMENT
between
GLENMORVEN DISTILLERS LIMITED, incorporated under the Companies Acts in Scotland (registered number SC412876) and having its registered office at 5 Distillery Lane, Aberlour AB38 9PJ (the "Company")
and
FIONA CATRIONA MACLEOD, residing at 21 Drummond Place, Edinburgh EH3 6PN (the "Executive")
# 1. DEFINITIONS
1.1 "Commencement Date" means 4 May 2026, and "Group" means the Company and its subsidiaries from time to time.
1.2 "Restricted Period" means the period of twelve (12) months immediately following the Termination Date, less any period spent on garden leave.
# 2. APPOINTMENT
2.1 The Company appoints the Executive as Chief Financial Officer, and she shall serve as a director of the Company.
2.2 The Executive's period of continuous employment began on 1 September 2019, when she joined Glenmorven Bottling Limited, a member of the Group.
2.3 The first six (6) months of the appointment are a probationary period, during which either party may end the appointment on one (1) month's notice.
# 3. DURATION OF APPOINTMENT
3.1 The appointment shall begin on the Commencement Date and shall continue, subject to the remaining terms of this Agreement, until terminated by either party giving the other not less than six (6) months' prior written notice. The appointment is not for a fixed term.
===
# 4. REMUNERATION
4.1 The Executive's salary is £165,000 per annum, payable monthly in arrears. It will be reviewed every twelve (12) months, the first review taking place in April 2027.
4.2 Any bonus awarded shall be paid within three (3) months after the end of the financial year to which it relates.
# 5. GARDEN LEAVE
5.1 During all or part of any notice period the Company may place the Executive on garden leave for up to three (3) months.
# 6. RESTRICTIONS
6.1 During the Restricted Period the Executive shall not be engaged or concerned in any business in Scotland which competes with the Group.
# 7. GOVERNING LAW
7.1 This Agreement is governed by the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of Glenmorven Distillers Limited by Alasdair Grant, Director, at Aberlour on 20 April 2026 before this witness: Morag Innes, 3 Main Street, Aberlour
They are subscribed by Fiona Catriona MacLeod at Edinburgh on 22 April 2026 before this witness: Calum Reid, 14 Leith Walk, Edinburgh`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Glenmorven Distillers Limited", "Fiona Catriona MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-04",
      term: "Until terminated",
    },
  },
  {
    id: "v15-a-offer-letter-california",
    format: "docx",
    storedPageCount: 2,
    source: `REDWOOD LUMEN INC.
1 Market Plaza, Suite 2400, San Francisco, CA 94105
February 9, 2026
PERSONAL AND CONFIDENTIAL
Ms. Priya Raman
2218 Shattuck Avenue, Apt. 5
Berkeley, CA 94704
# Offer of Employment
Dear Priya:
On behalf of Redwood Lumen Inc. (the "Company"), I am delighted to offer you the position of Senior Firmware Engineer, reporting to our Vice President of Engineering. This offer remains open for five (5) business days from the date of this letter.
Start Date. Your employment with the Company will commence on March 2, 2026 (the "Commencement Date").
Compensation. Your base salary will be $212,000 per year, paid semi-monthly and reviewed every twelve (12) months.
Equity. Subject to approval by the Board, you will be granted an option to purchase 40,000 shares of the Company's common stock, vesting over four (4) years with a one (1) year cliff.
Introductory Period. Your first ninety (90) days will be an introductory period during which your manager will give you regular feedback. Completing it does not change the at-will nature of your employment.
Benefits. You will be eligible for the Company's medical, dental and vision plans from the first day of the month following thirty (30) days of employment.
===
Duration of Employment. Your employment is for no specified period and will continue until terminated by you or the Company at any time, with or without cause or advance notice. This is known as at-will employment. We ask that you give at least two (2) weeks' notice if you resign.
Confidentiality. As a condition of employment you must sign the Company's Employee Confidential Information and Invention Assignment Agreement.
Governing Law. This letter agreement will be governed by the laws of the State of California.
We look forward to welcoming you to the team.
Sincerely,
Marisol Ortega
Chief People Officer, Redwood Lumen Inc.
ACCEPTED AND AGREED:
Priya Raman
Date: February 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Redwood Lumen Inc.", "Priya Raman"],
      governingLaw: "California",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v15-a-settlement-england",
    format: "pdf",
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
PARTIES
(1) THAMESBANK LOGISTICS LIMITED incorporated and registered in England and Wales with company number 09871234 whose registered office is at Riverside House, 2 Wharf Road, London N1 7GR (the "Employer")
(2) OLUWASEUN DANIEL ADEYEMI of 47 Cranbrook Road, Ilford IG1 4PG (the "Employee")
BACKGROUND
(A) The Employee has been employed by the Employer under a contract of employment dated 3 January 2019, under which either party must give three (3) months' notice of termination.
(B) The parties have agreed to end the Employee's employment on the terms of this agreement, which is intended to satisfy the conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996.
AGREED TERMS
1. Termination Date. The Employee's employment will terminate on 30 April 2026 (the "Termination Date"). Until then the Employee will remain on garden leave on full pay.
2. Payment. Subject to the Employee's compliance with this agreement, the Employer will pay the Employee £38,500 as compensation for loss of employment within twenty-eight (28) days after the later of the Termination Date and the Employer's receipt of this agreement signed by the Employee together with the Adviser's certificate.
3. Reference. For a period of five (5) years after the Termination Date the Employer will provide, on request, a reference in the agreed form.
4. Restrictive Covenants. The Employee reaffirms the restrictions in clause 19 of his contract of employment, which apply for six (6) months after the Termination Date.
===
5. Waiver of Claims. The Employee accepts the payment in full and final settlement of all claims he has or may have against the Employer arising out of his employment or its termination.
6. Confidentiality. The Employee shall keep the terms of this agreement confidential, except as required by law.
7. Adviser. The Employee confirms that he has received independent legal advice from Amira Hussain of Holloway Shah Solicitors LLP (the "Adviser") on the terms and effect of this agreement.
8. Governing Law. This agreement and any dispute or claim arising out of or in connection with it are governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.
Signed by Rebecca Lowden, HR Director, for and on behalf of Thamesbank Logistics Limited
Date: 14 April 2026
Signed by Oluwaseun Daniel Adeyemi
Date: 14 April 2026`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Thamesbank Logistics Limited", "Oluwaseun Daniel Adeyemi"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v15-a-engagement-letter-isle-of-man",
    format: "txt",
    source: `Ballaugh & Quine LLC
Chartered Accountants
Athol Chambers, 12 Athol Street, Douglas, Isle of Man IM1 1JA
8 December 2025
The Directors
Tynwald Marine Services Limited
Harbour Office, South Quay, Douglas, Isle of Man IM1 5AS
Our ref: BQ/AUD/2291
Dear Directors
# Letter of Engagement
This letter sets out the basis on which we will act for Tynwald Marine Services Limited (the "Company") as auditors and prepare its annual financial statements. It replaces our engagement letter of 14 November 2022.
1. Commencement. Our appointment under this letter takes effect on 1 January 2026 (the "Engagement Date").
2. Timetable. We aim to complete each audit within four (4) months after the end of the Company's financial year on 31 December, so that the accounts can be filed within the statutory period.
3. Fees. Our fees are billed quarterly and are payable within thirty (30) days of the invoice date.
4. Period of Engagement. This engagement is for a period of one (1) year from the Engagement Date. It will then renew automatically for successive periods of one (1) year unless either of us gives the other at least three (3) months' written notice before the end of the current period.
5. Records. We will retain our working papers for six (6) years after the end of each engagement period.
6. Liability. Our aggregate liability to the Company in respect of each engagement period is limited to three times the fees for that period.
7. Law. This engagement letter is governed by Isle of Man law, and the courts of the Isle of Man have exclusive jurisdiction.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully
Ballaugh & Quine LLC
Acknowledged and agreed for and on behalf of Tynwald Marine Services Limited: Peter Kinvig, Director, 15 December 2025`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Ballaugh & Quine LLC", "Tynwald Marine Services Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-01-01",
      expiryDate: "2027-01-01",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v15-a-facility-letter-new-zealand",
    format: "pdf",
    pageFooters: true,
    source: `Tōtara Commercial Bank Limited
Level 14, 188 Quay Street, Auckland 1010
15 May 2026
Private and Confidential
The Directors
Kōwhai Orchards Limited (company number 6123487)
220 Te Mata Road, Havelock North 4130
# FACILITY LETTER
Dear Directors
We, Tōtara Commercial Bank Limited (the "Bank"), are pleased to offer Kōwhai Orchards Limited (the "Borrower") a term loan facility on the terms of this letter.
| Facility | Term loan facility |
| Amount | NZD 4,200,000 |
| Purpose | Purchase of orchard land at 14 Valley Road, Hastings and replanting costs |
| Availability Period | From the date of acceptance of this letter to 30 June 2026 |
| Interest Periods | Three (3) months, or such other period as the Bank agrees |
| Term | Three (3) years from the date of this letter |
| Final Repayment Date | 15 May 2029 |
| Repayment | Quarterly instalments of NZD 105,000 on the last day of each Interest Period, with the balance on the Final Repayment Date |
===
Security. A first-ranking registered mortgage over the land being purchased and a general security agreement over all present and after-acquired property of the Borrower.
Review. The Bank will review the facility annually, the first review taking place within twelve (12) months after drawdown.
Default Interest. Any amount not paid when due bears additional interest at 4% per annum until paid.
Governing Law. This letter and the facility are governed by the laws of New Zealand.
Acceptance. This offer lapses if a signed copy is not received by the Bank within fourteen (14) days of the date of this letter.
Yours faithfully
For and on behalf of Tōtara Commercial Bank Limited: Hemi Walker, Relationship Director
We accept the facility on the terms of this letter. Signed for Kōwhai Orchards Limited by Anahera Ngata, Director, and Grant Baxter, Director, on 22 May 2026.`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Tōtara Commercial Bank Limited", "Kōwhai Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-15",
      expiryDate: "2029-05-15",
      term: "3 years",
    },
  },
  {
    id: "v15-a-consent-letter-jersey",
    format: "docx",
    source: `GRÈVE PROPERTY HOLDINGS LIMITED
Registered in Jersey no. 104422, 9 Esplanade, St Helier, Jersey JE2 3QA
3 March 2026
Our ref: GPH/L/0457
By email and by hand
The Directors
Bouley Bay Cafés Limited
Unit 4, Le Marché Building, Halkett Place, St Helier, Jersey JE2 4WL
Dear Sirs
We refer to the lease of Unit 4, Le Marché Building dated 1 June 2020 made between us as landlord and you as tenant for a term of fifteen (15) years from 1 June 2020 (the "Lease"), under which the rent is reviewed every five (5) years and our consent is required before any alteration to the exterior of the premises.
We also refer to your letter of 9 February 2026 asking for consent to install an illuminated fascia sign and a retractable awning.
We consent to the works described in your letter on the following conditions:
1. the works must be completed within three (3) months of the date of this letter, failing which this consent will lapse;
2. you will obtain planning permission and building bye-law approval before starting the works and send us copies;
3. you will keep the sign and awning insured and in good repair; and
4. at the end of the Lease you will remove the sign and awning and make good any damage if we ask you to.
This consent is personal to you. It does not vary the Lease, whose terms continue to apply in full.
This letter is governed by Jersey law.
Please sign and return the enclosed copy of this letter to confirm your agreement to these conditions.
Yours faithfully
Paul Le Cornu
Director, for and on behalf of Grève Property Holdings Limited
We agree to the above conditions. Signed for Bouley Bay Cafés Limited by Nicole Renouf, Director. Date: 10 March 2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Grève Property Holdings Limited", "Bouley Bay Cafés Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v15-a-loan-trust-western-australia",
    format: "pdf",
    source: `# LOAN AGREEMENT
Date: 20 August 2026
# Parties
Lender: Karri Trustee Services Pty Ltd ACN 143 556 018 as trustee for the Whitcombe Family Trust, of 30 Hay Street, Subiaco WA 6008
Borrower: THOMAS JAMES WHITCOMBE of 7 Marine Parade, Cottesloe WA 6011
# Background
A. The Lender has agreed to lend the Borrower $650,000 to fund the Borrower's purchase of a share in a veterinary practice.
B. The Borrower previously borrowed $120,000 from the Lender under a loan agreement dated 2 February 2022 for a term of eighteen months, which has been repaid in full.
# 1. Definitions
"Commencement Date" means 1 September 2026.
"Interest Period" means each period of three (3) months, the first beginning on the Commencement Date.
"Loan Period" means the period of three (3) years commencing on the Commencement Date or, if the Loan is repaid in full earlier, the period ending on the date of that repayment.
# 2. The Loan
2.1 The Lender shall advance the Loan to the Borrower on the Commencement Date.
# 3. Interest
3.1 Interest accrues on the Loan at 6.25% per annum and is payable on the last day of each Interest Period.
3.2 Any amount unpaid for fourteen (14) days after its due date bears default interest at an additional 2% per annum.
# 4. Repayment
4.1 The Borrower must repay the Loan and all accrued interest in full on the last day of the Loan Period.
4.2 The Borrower may prepay all or part of the Loan on not less than thirty (30) days' written notice.
# 5. Trustee Limitation
5.1 The Lender enters into this agreement only as trustee of the Whitcombe Family Trust, and its liability is limited to the assets of that trust.
# 6. Governing Law
6.1 This agreement is governed by the law of Western Australia.
Executed as an agreement.
Executed by Karri Trustee Services Pty Ltd in its capacity as trustee for the Whitcombe Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by Margaret Whitcombe, sole director and secretary
Signed by Thomas James Whitcombe in the presence of Ellen Park, witness`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Karri Trustee Services Pty Ltd", "Thomas James Whitcombe"],
      governingLaw: "Western Australia",
      effectiveDate: "2026-09-01",
      expiryDate: "2029-08-31",
      term: "3 years",
    },
  },
  {
    id: "v15-a-notice-non-renewal-nigeria",
    format: "txt",
    source: `IKEJA BEVERAGES PLC
RC 45612
14 Oba Akran Avenue, Ikeja, Lagos State
5th December 2025
BY HAND AND BY COURIER
The Managing Director
Niger Delta Logistics Limited
Plot 22, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State
# NOTICE OF NON-RENEWAL
Re: Distribution Agency Agreement dated 1st April 2021 (the "Agreement")
Dear Sir,
1. We refer to the Agreement, under which you were appointed as our sales agent for the South-South region for an initial term of five (5) years from 1st April 2021, renewing automatically for successive periods of one (1) year unless either party gives not less than ninety (90) days' written notice of non-renewal before the end of the current term.
2. Pursuant to clause 17.2 of the Agreement, we hereby give you notice that we do not wish to renew the Agreement. Accordingly, the Agreement will expire at the end of its initial term on 1st April 2026 and will not renew.
3. Under clause 18.4 of the Agreement, you must return all stock, price lists and promotional materials to our Ikeja depot within fourteen (14) days after expiry. Commission on orders accepted before expiry will be paid within sixty (60) days after expiry.
4. Please note that the non-compete restriction in clause 20 of the Agreement continues to apply for twelve (12) months after expiry.
5. This notice is without prejudice to our rights in respect of the outstanding commission reconciliation for the 2025 financial year.
Kindly acknowledge receipt by signing and returning the duplicate copy of this notice.
Yours faithfully,
For: Ikeja Beverages Plc
Adaeze Nwosu (Mrs.)
Company Secretary
Received for Niger Delta Logistics Limited by Ibrahim Bello on 8th December 2025`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Ikeja Beverages Plc", "Niger Delta Logistics Limited"],
      effectiveDate: "2025-12-05",
    },
  },
];
