import type { UnseenDocument } from "../unseen/types";

/** Held-back v7 finance set: facility letters and agreements, loans, a note, guarantee, security and subordination deeds. */
export const FINANCE_V7: UnseenDocument[] = [
  {
    id: "v7-finance-facility-letter-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# Liffey Mercantile Bank DAC
Registered in Ireland No. 512277 | 40 Sir John Rogerson's Quay, Dublin 2, D02 XK71
14 May 2026
The Directors
Brackenridge Foods Unlimited Company
Unit 7, Ballycoolin Business Park
Dublin 15
Our ref: LMB/CR/4471
# Facility Letter
Dear Sirs,
We, Liffey Mercantile Bank DAC (the "Bank"), are pleased to offer Brackenridge Foods Unlimited Company (the "Borrower") a term loan facility on the terms of this letter. This offer replaces our indicative terms letter of 2 April 2026, which is withdrawn.
| Facility | Amortising term loan |
| Amount | EUR 2,500,000 |
| Purpose | Refinancing of existing indebtedness and capital expenditure at the Ballycoolin site |
| Availability | The Facility may be drawn in one amount within three (3) months of the date of this letter |
| Term | Five (5) years from the date of this letter |
| Final Repayment Date | 14 May 2031 |
| Interest | 3.25% per annum over the Bank's cost of funds, payable quarterly in arrear |
| Repayment | Twenty quarterly instalments, with a final balloon payment of EUR 1,000,000 |
===
1. Conditions precedent. The Facility will not be available until the Bank has received a mortgage debenture from the Borrower and a board resolution approving this letter.
2. Prepayment. The Borrower may prepay the Facility in whole or in part on not less than thirty (30) days' written notice, subject to a break fee of 1% in the first two years.
3. Financial covenants. Debt service cover shall not fall below 1.25:1, tested on each 31 December and 30 June.
4. Review. The Bank may review the Facility annually, but any review is without prejudice to the Final Repayment Date.
5. Governing law. This letter and any non-contractual obligations arising from it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
This offer will lapse if the enclosed copy of this letter is not signed and returned to us within twenty-one (21) days.
Yours faithfully,
For and on behalf of Liffey Mercantile Bank DAC
Ciarán Mulvey, Senior Relationship Manager
===
# Acceptance
We accept the offer set out in this letter on the terms and conditions stated.
Signed for and on behalf of Brackenridge Foods Unlimited Company by Aoife Brennan, Director
Date: 29 May 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Liffey Mercantile Bank DAC", "Brackenridge Foods Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-14",
      expiryDate: "2031-05-14",
      term: "5 years",
    },
  },
  {
    id: "v7-finance-senior-facilities-agreement-england",
    format: "docx",
    storedPageCount: 3,
    source: `# Senior Facilities Agreement
dated 2 March 2026
for
HOLLOWAY PRECISION GROUP LIMITED
as Borrower
arranged by
NORTHGATE CAPITAL PARTNERS LLP
as Agent
with
ST MAWES BANK PLC
as Original Lender
===
THIS AGREEMENT is dated 2 March 2026
BETWEEN:
(1) HOLLOWAY PRECISION GROUP LIMITED, a company incorporated in England and Wales with registered number 08841236, whose registered office is at 3 Wharf Road, Sheffield S3 8BZ (the "Borrower");
(2) HOLLOWAY ENGINEERING LIMITED (registered number 04417720) and HOLLOWAY TOOLING LIMITED (registered number 05530918), each of 3 Wharf Road, Sheffield S3 8BZ (together the "Original Guarantors");
(3) NORTHGATE CAPITAL PARTNERS LLP, a limited liability partnership registered under number OC402118, as agent of the Finance Parties (the "Agent"); and
(4) ST MAWES BANK PLC, registered number 00139827, of 1 Tolgate Street, London EC2V 6DN (the "Original Lender").
IT IS AGREED as follows:
# 1. Definitions and Interpretation
"Availability Period" means the period from and including the date of this Agreement to and including the date falling six (6) months after the date of this Agreement.
"Termination Date" means 2 March 2029, being the date falling thirty-six (36) months after the date of this Agreement.
"Existing Facility" means the revolving credit facility agreement dated 19 June 2021 between the Borrower and Cheviot Commercial Finance Limited, governed by Scots law, which is to be repaid in full on first Utilisation.
# 2. The Facilities
2.1 The Original Lender makes available to the Borrower a sterling term loan facility in an aggregate amount of £18,000,000 and a revolving credit facility of £4,000,000.
2.2 The Borrower shall repay each Loan in full on the Termination Date.
===
# 3. Guarantee
Each Original Guarantor irrevocably and unconditionally guarantees to each Finance Party punctual performance by the Borrower of all its obligations under the Finance Documents.
# 4. Interest Periods
Each Interest Period shall be three (3) months, and interest is payable on the last day of each Interest Period.
# 5. Governing Law
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law, and the courts of England and Wales have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of this Agreement.`,
    truth: {
      title: "Senior Facilities Agreement",
      documentType: "Facility agreement",
      parties: ["Holloway Precision Group Limited", "Holloway Engineering Limited", "Holloway Tooling Limited", "Northgate Capital Partners LLP", "St Mawes Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-02",
      expiryDate: "2029-03-02",
      term: "36 months",
    },
  },
  {
    id: "v7-finance-term-loan-agreement-new-york",
    format: "txt",
    source: `# TERM LOAN AGREEMENT
This Term Loan Agreement (this "Agreement") is made and entered into as of June 1, 2026 (the "Effective Date") by and between HUDSON BEND CREDIT FUND I, LLC, a Delaware limited liability company with offices at 250 Park Avenue South, New York, NY 10003 ("Lender"), and MARGARET A. OKONKWO, an individual residing at 88 Linden Lane, Scarsdale, NY 10583 ("Borrower").
RECITALS
WHEREAS, Borrower has requested that Lender extend a term loan to finance the acquisition of the premises at 114 Mercer Street, New York, NY, and Lender is willing to do so on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. The Loan. Lender agrees to make a single advance to Borrower on the Effective Date in the principal amount of Four Million Two Hundred Thousand Dollars ($4,200,000) (the "Loan").
2. Term. The Loan shall have a term of thirty-six (36) months commencing on the Effective Date. The entire unpaid principal balance, together with accrued interest, shall be due and payable on May 31, 2029 (the "Maturity Date").
3. Interest. The Loan shall bear interest at a fixed rate of 7.15% per annum, payable monthly in arrears on the first business day of each calendar month.
4. Late Charges. Any installment not received within fifteen (15) days after its due date shall incur a late charge of five percent (5%) of the overdue amount.
5. Prepayment. Borrower may prepay the Loan in whole but not in part upon not less than ten (10) business days' prior written notice to Lender.
6. Extension Option. Borrower may, by written notice given no later than ninety (90) days before the Maturity Date, request one extension of twelve (12) months, which Lender may grant or refuse in its sole discretion.
7. Security. The Loan shall be secured by a first-priority mortgage on the premises, to be recorded with the New York City Register.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict-of-laws principles.
9. Waiver of Jury Trial. EACH PARTY WAIVES ANY RIGHT TO A TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AGREEMENT.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
HUDSON BEND CREDIT FUND I, LLC
By: Daniel R. Whitcombe, Managing Member
MARGARET A. OKONKWO`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Hudson Bend Credit Fund I, LLC", "Margaret A. Okonkwo"],
      governingLaw: "New York",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v7-finance-promissory-note-ontario",
    format: "pdf",
    source: `# PROMISSORY NOTE
Principal Amount: CAD $750,000.00
Toronto, Ontario
Dated the 15th day of January, 2026
FOR VALUE RECEIVED, the undersigned, LAKESHORE ORCHARD HOLDINGS INC., a corporation incorporated under the laws of the Province of Ontario (Ontario Corporation No. 2874419), having its head office at 61 Front Street East, Toronto, Ontario M5E 1B3 (the "Maker"), promises to pay to the order of BIRCHWOOD PRIVATE LENDING CORP., of 200 Bay Street, Suite 1800, Toronto, Ontario M5J 2J1 (the "Holder"), the principal sum of Seven Hundred and Fifty Thousand Canadian Dollars (CAD $750,000.00), together with interest as set out below.
1. Interest. Interest shall accrue on the outstanding principal at the rate of eight percent (8%) per annum, calculated and compounded monthly, not in advance, and payable on the last day of each month.
2. Maturity. The principal and all accrued and unpaid interest shall be repaid in full on the date that is two (2) years from the date of this Note, being January 15, 2028 (the "Maturity Date").
3. Prepayment. The Maker may prepay all or any part of the principal at any time after the first six (6) months without notice, bonus or penalty.
4. Default. If any payment is not made within five (5) days after its due date, the Holder may declare the entire balance immediately due and payable.
5. Waiver. The Maker waives presentment for payment, protest and notice of dishonour.
6. Replacement. This Note replaces and supersedes the demand note dated September 30, 2024 made by the Maker in favour of the Holder, which is cancelled.
7. Governing Law. This Note shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
LAKESHORE ORCHARD HOLDINGS INC.
Per: Priya Venkataraman, President
I have authority to bind the corporation.
Acknowledged and agreed by the Holder:
BIRCHWOOD PRIVATE LENDING CORP.
Per: Gordon MacAulay, Chief Credit Officer`,
    truth: {
      title: "Promissory Note",
      documentType: "Loan agreement",
      parties: ["Lakeshore Orchard Holdings Inc.", "Birchwood Private Lending Corp."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      expiryDate: "2028-01-15",
      term: "2 years",
    },
  },
  {
    id: "v7-finance-personal-guarantee-scotland",
    format: "docx",
    source: `# GUARANTEE
by
ALASDAIR JAMES FRASER, residing at Druim House, 14 Ness Bank, Inverness IV2 4SF (the "Guarantor")
in favour of
THE CALEDONIAN TRADING BANK PLC, incorporated under the Companies Acts (Registered Number SC018844) and having its Registered Office at 9 Charlotte Square, Edinburgh EH2 4DR (the "Bank")
in respect of the obligations of Fraser Glen Distillers Limited (Registered Number SC455106) (the "Principal Debtor")
===
1. Guarantee. The Guarantor guarantees to the Bank, as principal obligant and not merely as cautioner, the due payment by the Principal Debtor of all sums now or at any time due by it to the Bank, whether under the Loan Agreement between the Principal Debtor and the Bank dated 3 November 2025 or otherwise.
2. Limit. The liability of the Guarantor under this Guarantee shall not exceed £400,000 together with interest from the date of demand.
3. Continuing security. This Guarantee is a continuing security and shall remain in full force and effect until terminated by the Guarantor giving the Bank not less than three (3) months' written notice; termination shall not affect liabilities incurred before the notice expires.
4. Demand. Any demand shall be made in writing and shall be deemed received forty-eight (48) hours after posting.
5. Certificate. A certificate signed by an officer of the Bank as to the amount due shall, save in the case of manifest error, be conclusive.
6. Independent advice. The Guarantor acknowledges that he has been advised to take, and has taken, independent legal advice from Macleod Rennie LLP before signing this Guarantee.
7. Law and jurisdiction. This Guarantee shall be governed by and construed in accordance with the Law of Scotland, and the Guarantor prorogates the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed by the Guarantor at Inverness on the twelfth day of February Two thousand and twenty-six before this witness:
Witness: Morag Elizabeth Sutherland, 2 Ardross Street, Inverness, Solicitor
Alasdair James Fraser`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Alasdair James Fraser", "The Caledonian Trading Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-12",
      term: "Until terminated",
    },
  },
  {
    id: "v7-finance-debenture-northern-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# DEBENTURE
THIS DEBENTURE is dated 9 April 2026 and is made BETWEEN:
(1) MOURNE VIEW HOTELS LIMITED, a company incorporated in Northern Ireland with registered number NI634512, whose registered office is at 22 Main Street, Newcastle, County Down BT33 0AD (the "Chargor"); and
(2) LAGAN VALLEY COMMERCIAL FINANCE LIMITED, a company incorporated in Northern Ireland with registered number NI058713, whose registered office is at 5 Donegall Square South, Belfast BT1 5JE (the "Lender").
BACKGROUND
(A) The Lender has agreed to make available to the Chargor a term loan facility of £3,200,000 under a facility agreement dated on or about the date of this Debenture (the "Facility Agreement"), which has a term of seven (7) years.
(B) The Chargor has agreed to grant security over its assets to secure its obligations under the Facility Agreement.
THIS DEED WITNESSES as follows:
1. Covenant to pay. The Chargor covenants with the Lender to pay and discharge the Secured Liabilities when they become due.
2. Fixed charges. The Chargor charges by way of first legal mortgage the property known as the Slieve Donard Lodge, Newcastle, registered in Folio DN48812, and by way of first fixed charge all its book debts, goodwill and equipment.
3. Floating charge. The Chargor charges by way of first floating charge all its undertaking and assets not effectively charged by clause 2.
4. Crystallisation. The Lender may by notice convert the floating charge into a fixed charge with immediate effect.
5. Negative pledge. The Chargor shall not create any security over the Charged Assets without the Lender's prior written consent.
===
6. Insurance. The Chargor shall keep the Charged Assets insured with the Lender's interest noted, and shall produce the policies within fourteen (14) days of request.
7. Enforcement. The security becomes enforceable on the occurrence of an Event of Default, whereupon the Lender may appoint a receiver.
8. Release. On the Secured Liabilities being irrevocably discharged in full, the Lender shall release the Charged Assets at the cost of the Chargor.
9. Governing law. This Debenture and any non-contractual obligations arising out of it shall be governed by the laws of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
IN WITNESS whereof this Debenture has been executed as a deed and delivered on the date stated at the beginning of it.
Executed as a deed by MOURNE VIEW HOTELS LIMITED acting by Declan McAlinden, Director, in the presence of Siobhan Grant, witness
Signed for LAGAN VALLEY COMMERCIAL FINANCE LIMITED by Ruth Adair, Authorised Signatory`,
    truth: {
      title: "Debenture",
      documentType: "Security agreement",
      parties: ["Mourne View Hotels Limited", "Lagan Valley Commercial Finance Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-09",
    },
  },
  {
    id: "v7-finance-share-charge-isle-of-man",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF SHARE CHARGE
THIS DEED is made on 30 September 2026
BY:
(1) CASTLETOWN FIDUCIARY SERVICES LIMITED, a company incorporated in the Isle of Man with registration number 001862C, of 3 Athol Street, Douglas IM1 1JE, acting in its capacity as trustee of the Quayle Family Settlement (the "Chargor")
IN FAVOUR OF:
(2) MANNIN SECURITY TRUSTEE LIMITED, a company incorporated in the Isle of Man with registration number 134409C, of 18 Finch Road, Douglas IM1 2PT, as security trustee for the Secured Parties (the "Security Trustee").
# 1. Definitions
"Company" means Peel Harbour Developments Limited, a company incorporated in the Isle of Man with registration number 127755C.
"Charged Shares" means the 10,000 ordinary shares of £1 each in the capital of the Company held by the Chargor, and all shares issued in respect of them after the date of this Deed.
"Security Period" means the period beginning on the date of this Deed and ending on the date on which the Secured Liabilities have been unconditionally and irrevocably discharged in full.
===
# 2. Charge
The Chargor, as trustee and with full title guarantee, charges the Charged Shares by way of first fixed charge to the Security Trustee as continuing security for the Secured Liabilities.
# 3. Deposit of Documents
Within five (5) Business Days of the date of this Deed the Chargor shall deposit with the Security Trustee the share certificates for the Charged Shares, together with undated signed instruments of transfer.
# 4. Voting Rights
Until an Enforcement Event occurs, the Chargor may exercise all voting rights in respect of the Charged Shares, provided it does not do so in a manner prejudicial to the Security Trustee.
# 5. Trustee Limitation
The liability of the Chargor under this Deed is limited to the assets of the Quayle Family Settlement from time to time under its control.
# 6. Governing Law
This Deed shall be governed by and construed in accordance with the laws of the Isle of Man, and the parties submit to the jurisdiction of the High Court of Justice of the Isle of Man.
EXECUTED AS A DEED by CASTLETOWN FIDUCIARY SERVICES LIMITED acting by two directors: Elaine Kinvig and Robert Corlett`,
    truth: {
      title: "Deed of Share Charge",
      documentType: "Security agreement",
      parties: ["Castletown Fiduciary Services Limited", "Mannin Security Trustee Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-09-30",
    },
  },
  {
    id: "v7-finance-subordination-deed-nsw",
    format: "txt",
    source: `# Deed of Subordination
Dated: 21 July 2026
Parties
| Senior Creditor | Bondi Road Capital Pty Ltd ACN 611 204 587 of Level 12, 1 Martin Place, Sydney NSW 2000 |
| Subordinated Creditor | Wattle Creek Investments Pty Ltd ACN 142 890 336 as trustee for the Wattle Creek Unit Trust, of 45 Darling Street, Balmain NSW 2041 |
| Debtor | Parramatta Cold Storage Pty Ltd ACN 098 553 120 of 9 Grand Avenue, Camellia NSW 2142 |
Background
A. The Senior Creditor has provided a working capital facility to the Debtor under a facility agreement dated 30 June 2026, which has a term of four years.
B. The Subordinated Creditor has lent $1,500,000 to the Debtor under a loan agreement dated 2 February 2023.
C. The parties enter into this deed to regulate the priority of the Senior Debt and the Subordinated Debt.
Operative provisions
1. Subordination. The Subordinated Debt is subordinated to the Senior Debt, and the Subordinated Creditor shall not demand, receive or retain any payment of the Subordinated Debt until the Senior Debt has been repaid in full.
2. Permitted payments. The Debtor may pay interest on the Subordinated Debt quarterly, provided no Senior Default is continuing and the Senior Creditor has not issued a blocking notice within the preceding thirty (30) days.
3. Turnover. Any amount received by the Subordinated Creditor in breach of this deed is held on trust for the Senior Creditor and must be paid to it within two (2) Business Days.
4. Acknowledgement. The Debtor acknowledges the terms of this deed and shall not make any payment of the Subordinated Debt that is contrary to it.
5. Trustee capacity. The Subordinated Creditor enters into this deed only in its capacity as trustee of the Wattle Creek Unit Trust.
6. Governing law. This deed is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
Executed as a deed.
Executed by Bondi Road Capital Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Hamish Petrakis, Director and Lucy Tran, Director/Secretary
Executed by Wattle Creek Investments Pty Ltd by its sole director and secretary, Graham Cole
Executed by Parramatta Cold Storage Pty Ltd by Anjali Mehta, Director and Peter Doyle, Director`,
    truth: {
      title: "Deed of Subordination",
      documentType: "Deed",
      parties: ["Bondi Road Capital Pty Ltd", "Wattle Creek Investments Pty Ltd", "Parramatta Cold Storage Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-21",
    },
  },
];
