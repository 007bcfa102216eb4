import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (b): finance documents — facilities, loans, guarantees, security, an amendment, a settlement and a comfort letter. */
export const FINANCE_AND_SECURITY_V13: UnseenDocument[] = [
  {
    id: "v13-b-sg-term-loan-facility-letter",
    format: "pdf",
    pageFooters: true,
    source: `STRAITS HARBOUR BANK LIMITED
Corporate Banking Centre, 12 Marina View, #18-01 Asia Square Tower 2, Singapore 018961
6 January 2026
Private and Confidential
The Board of Directors
Kallang Precision Engineering Pte. Ltd. (UEN 201418872K)
No. 7 Kallang Way 2, #04-11, Singapore 349243
Attention: Mr Lim Boon Kiat, Director
Our ref: CBC/TL/2026/0093
# Term Loan Facility Letter
Dear Sirs,
We, Straits Harbour Bank Limited (the "Bank"), are pleased to offer Kallang Precision Engineering Pte. Ltd. (the "Borrower") the following facility, on the terms of this letter and the Bank's Standard Terms and Conditions for Corporate Facilities.
| Facility | Term loan of S$5,000,000 |
| Purpose | Part-financing the purchase of CNC machining equipment |
| Availability Period | Three (3) months from the date of this letter; any amount undrawn at the end of that period will be cancelled |
| Tenor | Sixty (60) months from the first Drawdown Date |
| Repayment | Fifty-four (54) equal monthly instalments starting six (6) months after the first Drawdown Date, with all outstanding amounts due on the last day of the Tenor |
| Interest | 1.85% per annum above the Bank's cost of funds, payable monthly in arrears |
| Security | A first-ranking chattel mortgage over the financed equipment and a joint and several guarantee from the directors |
===
Conditions precedent. The first drawdown is conditional on the Bank receiving the executed security documents, a certified board resolution and the Borrower's audited accounts for the financial year ended 30 June 2025.
Review. The Bank may review the facility annually; the Borrower shall deliver audited accounts within 120 days after each financial year end.
Governing law. This letter and the facility are governed by the laws of Singapore, and the Borrower submits to the non-exclusive jurisdiction of the Singapore courts.
Please signify your acceptance by signing and returning the duplicate of this letter within fourteen (14) days of its date, failing which this offer will lapse.
Yours faithfully,
For and on behalf of Straits Harbour Bank Limited
Tan Hui Min, Vice President, Corporate Banking
ACCEPTANCE
We accept the facility on the terms and conditions set out above.
For and on behalf of Kallang Precision Engineering Pte. Ltd.
Lim Boon Kiat, Director; Ng Pei Shan, Director
Date: 9 January 2026`,
    truth: {
      title: "Term Loan Facility Letter",
      documentType: "Facility agreement",
      parties: ["Straits Harbour Bank Limited", "Kallang Precision Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-06",
      term: "60 months",
    },
  },
  {
    id: "v13-b-nz-deed-of-guarantee-two-guarantors",
    format: "docx",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on the 20th day of February 2026
BY
HEMI RĀWIRI WALKER, company director, of 17 Pūriri Lane, Taupō 3330, and SARAH-JANE LOUISE WALKER, accountant, of the same address (together the "Guarantors" and each a "Guarantor")
IN FAVOUR OF
KŌWHAI FINANCE LIMITED (company number 6650213), of Level 4, 22 Customs Street East, Auckland 1010 (the "Lender")
BACKGROUND
A. The Lender has agreed to lend $850,000 to Walker Haulage Limited (the "Borrower") under a loan agreement dated 13 February 2026 for a term of three years (the "Loan Agreement").
B. The Guarantors are directors and shareholders of the Borrower and will benefit from the loan. It is a condition of the Loan Agreement that the Guarantors enter into this deed.
OPERATIVE PROVISIONS
1. Guarantee. The Guarantors jointly and severally and unconditionally guarantee to the Lender the due payment of all money that the Borrower owes or may in future owe to the Lender (the "Guaranteed Money").
2. Indemnity. As a separate obligation, the Guarantors indemnify the Lender against any loss it suffers if any Guaranteed Money is not recoverable from the Borrower.
3. Continuing guarantee. This deed is a continuing guarantee and indemnity and remains in full force and effect until terminated under clause 8, regardless of any intermediate payment or settlement of account.
===
4. Demands. The Guarantors must pay any amount demanded under this deed within five (5) Business Days after the demand.
5. Reinstatement. If any payment to the Lender is avoided under the Insolvency provisions of the Companies Act 1993, the Guarantors' liability is reinstated as if that payment had not been made. This clause survives termination of this deed for two (2) years.
8. Termination. A Guarantor may terminate its liability for future advances by giving the Lender not less than three (3) months' written notice. Termination does not affect liability for Guaranteed Money owing at the date the notice takes effect.
9. Independent advice. Each Guarantor acknowledges receiving independent legal advice from a solicitor of their choice before signing, as certified in the Schedule.
10. Governing law. This deed is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
| SIGNED as a deed by HEMI RĀWIRI WALKER | in the presence of: Tama Ngata, Solicitor, Taupō |
| SIGNED as a deed by SARAH-JANE LOUISE WALKER | in the presence of: Tama Ngata, Solicitor, Taupō |
| Accepted by KŌWHAI FINANCE LIMITED by its authorised signatory | Olivia Brent, Head of Credit |`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Hemi Rāwiri Walker", "Sarah-Jane Louise Walker", "Kōwhai Finance Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-02-20",
      term: "Until terminated",
    },
  },
  {
    id: "v13-b-us-first-amendment-loan-security",
    format: "pdf",
    source: `# FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT
This FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT (this "Amendment") is entered into as of March 31, 2026 (the "Amendment Effective Date"), by and among SANDPIPER BANK, N.A., a national banking association ("Bank"), COBALT RIDGE ANALYTICS, INC., a Delaware corporation ("Parent"), and COBALT RIDGE LABS LLC, a Colorado limited liability company ("Labs" and, together with Parent, jointly and severally, "Borrower").
RECITALS
A. Bank and Borrower are parties to that certain Loan and Security Agreement dated as of June 15, 2024 (as amended, the "Loan Agreement"), under which Bank extended a term loan of $12,000,000 maturing on June 15, 2028 (the "Maturity Date").
B. Section 12.1 of the Loan Agreement provides that it is governed by the laws of the State of California. Borrower has reincorporated its principal operations and the parties wish to change the governing law and amend the financial covenants, as set out below.
AGREEMENT
1. Amendments to Loan Agreement.
1.1 Section 6.9(a) (Minimum Liquidity) is amended by replacing "$4,000,000" with "$2,500,000".
1.2 Section 12.1 (Choice of Law) is deleted and replaced with: "This Agreement shall be governed by, and construed in accordance with, the laws of the State of Delaware."
1.3 The Maturity Date, the interest rate and the amortization schedule are not amended.
2. Amendment Fee. Borrower shall pay Bank a fully earned, non-refundable amendment fee of $25,000 on the Amendment Effective Date.
3. Representations. Borrower represents that, after giving effect to this Amendment, no Event of Default has occurred and is continuing, and that its representations in the Loan Agreement remain true in all material respects.
4. Reaffirmation. Borrower ratifies and reaffirms the Loan Agreement as amended, and confirms that Bank's security interest in the Collateral continues in full force and effect.
5. Governing Law. This Amendment shall be governed by, and construed in accordance with, the laws of the State of Delaware.
6. Counterparts. This Amendment may be executed in counterparts and delivered by electronic signature.
IN WITNESS WHEREOF, the parties have duly executed this Amendment as of the Amendment Effective Date.
| BANK: SANDPIPER BANK, N.A. | By: Gregory T. Halvorsen, Managing Director |
| BORROWER: COBALT RIDGE ANALYTICS, INC. | By: Anika Rao-Whitfield, Chief Financial Officer |
| BORROWER: COBALT RIDGE LABS LLC | By: Anika Rao-Whitfield, Manager |`,
    truth: {
      title: "First Amendment to Loan and Security Agreement",
      documentType: "Amendment",
      parties: ["Sandpiper Bank, N.A.", "Cobalt Ridge Analytics, Inc.", "Cobalt Ridge Labs LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-31",
      amends: "Loan and Security Agreement",
    },
  },
  {
    id: "v13-b-jersey-security-interest-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# SECURITY INTEREST AGREEMENT
(Shares in Saltire Property (Jersey) Limited)
THIS AGREEMENT is dated 17 March 2026
BETWEEN
(1) SALTIRE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 118804 whose registered office is at 22 Grenville Street, St Helier, Jersey JE4 8PX (the "Grantor"); and
(2) RAVENSWORTH TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 90311, as security trustee for the Secured Parties (the "Secured Party").
1. DEFINITIONS
"Facility Agreement" means the £40,000,000 term facility agreement dated 17 March 2026 between, among others, Saltire Property (Jersey) Limited as borrower and the Secured Party as security trustee, with a termination date of 17 March 2031.
"Secured Obligations" means all present and future obligations owed by the Obligors to the Secured Parties under the Finance Documents.
"Security Period" means the period beginning on the date of this Agreement and ending on the date on which the Secured Party is satisfied that all of the Secured Obligations have been unconditionally and irrevocably discharged in full.
2. CREATION OF SECURITY INTEREST
2.1 For the purposes of the Security Interests (Jersey) Law 2012 (the "Law"), the Grantor grants to the Secured Party a security interest in the Collateral, being all shares in Saltire Property (Jersey) Limited and all related rights, as continuing security for the Secured Obligations.
2.2 The Grantor shall deliver the share certificates and signed undated share transfer forms to the Secured Party within five (5) Business Days of the date of this Agreement.
===
3. ENFORCEMENT
3.1 The security interest becomes enforceable on the occurrence of an Event of Default which is continuing. The Secured Party shall give the Grantor not less than fourteen (14) days' written notice of an appropriation or sale under Article 60 of the Law, unless the Grantor has agreed otherwise.
4. RELEASE
4.1 At the end of the Security Period the Secured Party shall, at the cost of the Grantor, release the Collateral and discharge any financing statement registered on the Jersey Security Interests Register.
5. GOVERNING LAW
5.1 This Agreement is governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
| Signed for SALTIRE HOLDINGS LIMITED | Director: Colin M. Ashby | Director: Rebecca Le Quesne |
| Signed for RAVENSWORTH TRUSTEES (JERSEY) LIMITED as Secured Party | Authorised Signatory: Philippe Renouf |`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Saltire Holdings Limited", "Ravensworth Trustees (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v13-b-india-loan-agreement-schedule-tenor",
    format: "docx",
    storedPageCount: 3,
    source: `# LOAN AGREEMENT
This Loan Agreement is executed at Mumbai on this 24th day of March, 2026, by and among:
VARDHAMAN CAPITAL FINANCE PRIVATE LIMITED, a non-banking financial company incorporated under the Companies Act, 2013 (CIN U65923MH2015PTC268841), having its registered office at 7th Floor, Kalpataru Square, Andheri (East), Mumbai 400 059 (the "Lender", which expression shall include its successors and assigns) of the FIRST PART;
SHREEJI AGRO EXPORTS PRIVATE LIMITED (CIN U01403GJ2011PTC064217), having its registered office at Plot 44, GIDC Estate, Unjha, Gujarat 384 170 (the "Borrower") of the SECOND PART; and
MR. RAKESH KUMAR MEHTA, son of Late Shri Kantilal Mehta, residing at 12 Shantiniketan Society, Mehsana, Gujarat 384 002 (the "Guarantor") of the THIRD PART.
# 1. Definitions
"Effective Date" means the date specified as such in Item 3 of the Schedule.
"Tenor" and "Maturity Date" have the meanings given in Items 4 and 5 of the Schedule.
===
# 2. The Loan
2.1 The Lender agrees to lend the Borrower the Loan Amount set out in Item 1 of the Schedule for the Tenor, on the terms of this Agreement.
2.2 The Borrower shall repay the Loan in the instalments set out in Item 6 of the Schedule, after the moratorium period of six (6) months from the Effective Date, and shall repay all outstanding amounts in full on or before the Maturity Date.
2.3 The Borrower shall not prepay the Loan during a lock-in period of twelve (12) months from the Effective Date; thereafter prepayment is permitted on thirty (30) days' notice with a prepayment charge of 2%.
# 3. Guarantee
3.1 The Guarantor irrevocably guarantees the due repayment of the Loan, interest and all other amounts payable by the Borrower under this Agreement.
# 4. Governing Law and Jurisdiction
4.1 This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Mumbai shall have exclusive jurisdiction, subject to the arbitration clause in Clause 5.
===
# THE SCHEDULE
| Item 1 – Loan Amount | ₹ 7,50,00,000 (Rupees Seven Crore Fifty Lakh only) |
| Item 2 – Purpose | Working capital for export of cumin and fennel seed |
| Item 3 – Effective Date | 1 April 2026 |
| Item 4 – Tenor | Thirty-six (36) months commencing on the Effective Date |
| Item 5 – Maturity Date | 31 March 2029 |
| Item 6 – Repayment | Thirty (30) equal monthly instalments from October 2026 |
| Item 7 – Interest | 12.25% per annum, floating, linked to the Lender's benchmark rate |
| For VARDHAMAN CAPITAL FINANCE PRIVATE LIMITED | Authorised Signatory: Neha S. Kulkarni |
| For SHREEJI AGRO EXPORTS PRIVATE LIMITED | Director: Rakesh Kumar Mehta |
| GUARANTOR | Rakesh Kumar Mehta |`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Vardhaman Capital Finance Private Limited", "Shreeji Agro Exports Private Limited", "Rakesh Kumar Mehta"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v13-b-za-debt-settlement-with-surety",
    format: "txt",
    source: `# SETTLEMENT AGREEMENT
entered into by and between
PROTEA EQUIPMENT FINANCE (PTY) LTD (registration number 2009/014552/07) ("Protea")
and
NKOSI CIVILS CC (registration number 2012/087731/23) ("the Debtor")
and
THABO SIPHO NKOSI (identity number 7804125531088) ("the Surety")
Dated at Johannesburg on 11 May 2026
1. Background
1.1 Protea leased two excavators to the Debtor under instalment sale agreements concluded in 2023. The Debtor fell into arrears and Protea instituted action in the Gauteng Division of the High Court under case number 2025/18842. The Surety bound himself as surety and co-principal debtor for the Debtor's obligations.
1.2 The parties wish to settle the action on the terms below, without admission of liability.
2. Settlement
2.1 The Debtor shall pay Protea R1,260,000 in full and final settlement, by ten (10) consecutive monthly instalments of R126,000 each, the first on or before 1 June 2026 and thereafter on the first day of each month.
2.2 If any instalment is not paid within seven (7) days of its due date, the full outstanding balance becomes immediately due and Protea may apply for judgment in terms of this agreement without further notice.
2.3 The Surety's suretyship remains in force until the settlement amount has been paid in full.
3. Return of equipment
3.1 Protea shall release its retention of ownership and deliver the registration papers within thirty (30) days after receipt of the final instalment.
4. Costs
4.1 Each party bears its own costs. The parties agree that this agreement may be made an order of court.
5. General
5.1 This agreement is governed by the laws of the Republic of South Africa.
5.2 No variation of this agreement is of any force unless reduced to writing and signed by all the parties.
For Protea: Johan van der Merwe, Legal Manager, duly authorised
For the Debtor: Thabo Sipho Nkosi, Member, duly authorised
The Surety: T. S. Nkosi`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Protea Equipment Finance (Pty) Ltd", "Nkosi Civils CC", "Thabo Sipho Nkosi"],
      governingLaw: "South Africa",
      effectiveDate: "2026-05-11",
    },
  },
  {
    id: "v13-b-difc-letter-of-comfort-parent",
    format: "txt",
    source: `AL NOOR INDUSTRIAL HOLDINGS LTD
Unit 1104, Level 11, ICD Brookfield Place, Dubai International Financial Centre, Dubai, United Arab Emirates
22 April 2026
Ms Layla Haddad
Head of Corporate Banking
Gulf Meridian Bank PJSC
Gate Village 4, Level 2, DIFC, Dubai
Ref: ANI/GMB/2026/041
# Letter of Comfort
Dear Ms Haddad,
We refer to your letter dated 3 February 2026 and to the AED 36,000,000 term facility of five (5) years that Gulf Meridian Bank PJSC proposes to make available to our wholly-owned subsidiary, Al Noor Packaging FZ-LLC (the "Subsidiary").
1. We confirm that we are aware of the facility and approve the Subsidiary entering into it.
2. It is our present intention to retain our entire shareholding in the Subsidiary for at least three (3) years from the date of the first drawdown, and to inform you at least thirty (30) days before any change in that intention.
3. It is our policy to ensure that the Subsidiary is managed so as to be able to meet its financial obligations as they fall due.
4. This letter is a statement of present intention and policy only. It is not a guarantee and does not constitute a legally binding obligation on us to make any payment.
5. This letter and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Yours sincerely,
Karim Mansour
Group Chief Financial Officer
For and on behalf of Al Noor Industrial Holdings Ltd`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Al Noor Industrial Holdings Ltd", "Gulf Meridian Bank PJSC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-04-22",
    },
  },
  {
    id: "v13-b-ew-rcf-cover-page-guarantors",
    format: "pdf",
    source: `# REVOLVING CREDIT FACILITY AGREEMENT
dated 2 March 2026
for
THISTLEDOWN LEISURE GROUP PLC
as Borrower
with
THISTLEDOWN HOTELS LIMITED and THISTLEDOWN SPA HOLDINGS LIMITED
as Original Guarantors
arranged by
NORTHBRIDGE COMMERCIAL BANK PLC
as Lender
£25,000,000 Revolving Credit Facility
===
THIS AGREEMENT is dated 2 March 2026 and made BETWEEN:
(1) THISTLEDOWN LEISURE GROUP PLC (registered number 04418236) (the "Borrower");
(2) THISTLEDOWN HOTELS LIMITED (registered number 05530981) and THISTLEDOWN SPA HOLDINGS LIMITED (registered number 10277460) (each an "Original Guarantor"); and
(3) NORTHBRIDGE COMMERCIAL BANK PLC (the "Lender").
1. DEFINITIONS
"Availability Period" means the period from and including the date of this Agreement to and including the date falling one month before the Termination Date.
"Termination Date" means the third anniversary of the date of this Agreement.
2. THE FACILITY
2.1 The Lender makes available to the Borrower a sterling revolving credit facility in an aggregate amount of £25,000,000 for a term of three years from the date of this Agreement, ending on the Termination Date.
2.2 Each Loan shall be repaid on the last day of its Interest Period, which shall be one, three or six months. Amounts repaid may be re-borrowed during the Availability Period.
3. EXTENSION OPTION
3.1 The Borrower may, not more than 90 days and not less than 30 days before the first anniversary of the date of this Agreement, request that the Termination Date be extended by one year. The Lender may accept or refuse the request in its absolute discretion, and absent its written acceptance the Termination Date is not extended.
4. GUARANTEE
4.1 Each Original Guarantor irrevocably and unconditionally guarantees to the Lender the punctual performance by the Borrower of its obligations under the Finance Documents.
5. CONFIDENTIALITY
5.1 The obligations in this Clause 5 continue for twelve months after the Termination Date.
6. GOVERNING LAW
6.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law, and the courts of England have exclusive jurisdiction.
| THISTLEDOWN LEISURE GROUP PLC | By: Alexander F. Drummond, Director |
| THISTLEDOWN HOTELS LIMITED | By: Alexander F. Drummond, Director |
| THISTLEDOWN SPA HOLDINGS LIMITED | By: Harriet Osei, Director |
| NORTHBRIDGE COMMERCIAL BANK PLC | By: Simon Ellery, Director, Leveraged Finance |`,
    truth: {
      title: "Revolving Credit Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Thistledown Leisure Group plc", "Thistledown Hotels Limited", "Thistledown Spa Holdings Limited", "Northbridge Commercial Bank plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-02",
      expiryDate: "2029-03-02",
      term: "3 years",
    },
  },
];
