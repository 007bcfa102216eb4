import type { UnseenDocument } from "../unseen/types";

/** Finance documents (facilities, loans, notes, guarantees, security, amendments) drafted as different firms would, with their truths. */
export const FINANCE_V22: UnseenDocument[] = [
  {
    id: "v22-finance-term-facility-ew",
    format: "pdf",
    pageFooters: true,
    source: `# TERM FACILITY AGREEMENT
Dated 14 April 2026
HARBOURNE & PRYCE LOGISTICS LIMITED as Borrower
PRYCE HOLDINGS (UK) LIMITED as Original Guarantor
ALDERMOOR BANK P.L.C. as Arranger and Original Lender
KESTREL AGENCY SERVICES LIMITED as Agent
£42,000,000 TERM FACILITY
Fenwick Marsh LLP, 1 Bishopsgate Square, London EC2N 4AQ
===
THIS AGREEMENT is dated 14 April 2026 and is made BETWEEN:
(1) HARBOURNE & PRYCE LOGISTICS LIMITED, a company incorporated in England and Wales with registered number 08812245 whose registered office is at Unit 4, Thorne Park, Doncaster DN8 5TX (the "Borrower");
(2) PRYCE HOLDINGS (UK) LIMITED, a company incorporated in England and Wales with registered number 06120934 whose registered office is at 2 Wharf Lane, Leeds LS1 4DP (the "Original Guarantor");
(3) ALDERMOOR BANK P.L.C. as mandated lead arranger (the "Arranger");
(4) ALDERMOOR BANK P.L.C. as original lender (the "Original Lender"); and
(5) KESTREL AGENCY SERVICES LIMITED as agent of the other Finance Parties (the "Agent").
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
"Availability Period" means the period from and including the date of this Agreement to and including the date falling three Months after the date of this Agreement.
"Parent" means Pryce Group plc, a company incorporated in England and Wales with registered number 04417782, and "Group" means the Parent and each of its Subsidiaries from time to time.
"Interest Period" means, in relation to the Loan, each period of three Months determined in accordance with Clause 9 (Interest Periods).
"Termination Date" means the date falling thirty-six (36) Months after the date of this Agreement.
# 2. THE FACILITY
2.1 Subject to the terms of this Agreement, the Lenders make available to the Borrower a sterling term loan facility in an aggregate amount equal to £42,000,000.
# 7. REPAYMENT AND PREPAYMENT
7.1 The Borrower shall repay the Loan in full on the Termination Date.
7.2 The Borrower may, if it gives the Agent not less than five Business Days' prior notice, prepay the whole or any part of the Loan, but any prepayment made within the first twelve Months after the date of this Agreement shall be subject to a prepayment fee of 1 per cent. of the amount prepaid.
# 24. CHANGES TO THE LENDERS
24.1 A Lender may assign any of its rights or transfer by novation any of its rights and obligations with the consent of the Borrower, which shall be deemed given if not refused within ten Business Days.
# 38. GOVERNING LAW
38.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
# SIGNATURES
| The Borrower | HARBOURNE & PRYCE LOGISTICS LIMITED | By: Gareth Pryce, Director |
| The Original Guarantor | PRYCE HOLDINGS (UK) LIMITED | By: Helen Marsh-Okafor, Director |
| The Arranger and Original Lender | ALDERMOOR BANK P.L.C. | By: Rupert Vance, Managing Director |
| The Agent | KESTREL AGENCY SERVICES LIMITED | By: Priya Nandakumar, Authorised Signatory |`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Harbourne & Pryce Logistics Limited", "Pryce Holdings (UK) Limited", "Aldermoor Bank p.l.c.", "Kestrel Agency Services Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "36 months",
    },
  },
  {
    id: "v22-finance-promissory-note-ny",
    format: "pdf",
    source: `# SECURED PROMISSORY NOTE
| Principal Amount: $2,500,000.00 | Issue Date: March 3, 2026 |
| New York, New York | Note No. CP-2026-017 |
FOR VALUE RECEIVED, BELLWEATHER RIDGE HOLDINGS, LLC, a Delaware limited liability company having its principal office at 410 Hudson Street, Suite 9, New York, New York 10014 ("Maker"), hereby unconditionally promises to pay to the order of CARRAWAY POINT CREDIT FUND II, L.P., a Delaware limited partnership acting by its general partner, Carraway Point GP, LLC (together with its successors and assigns, "Holder"), the principal sum of Two Million Five Hundred Thousand and 00/100 Dollars ($2,500,000.00), together with interest thereon as provided below.
1. Interest. The outstanding principal balance of this Note shall bear interest at a fixed rate of nine and one-quarter percent (9.25%) per annum, computed on the basis of a 360-day year and the actual number of days elapsed, payable monthly in arrears on the first day of each calendar month.
2. Maturity. The entire unpaid principal balance of this Note, together with all accrued and unpaid interest, shall be due and payable on the date that is twenty-four (24) months after the Issue Date (the "Maturity Date").
3. Prepayment. Maker may not prepay this Note during the twelve (12) months following the Issue Date (the "Lockout Period"). After the Lockout Period, Maker may prepay this Note in whole or in part upon not less than thirty (30) days' prior written notice to Holder.
4. Security; Guaranty. This Note is secured by a Pledge and Security Agreement of even date herewith between Maker and Holder (the "Security Agreement") and is guaranteed by Thomas R. Bellweather pursuant to a Limited Guaranty of even date herewith (the "Guaranty").
5. Events of Default. Each of the following is an "Event of Default": (a) Maker fails to pay any amount due under this Note within ten (10) days after the date due; (b) any default occurs under the Security Agreement or the Guaranty; or (c) Maker becomes the subject of any bankruptcy or insolvency proceeding.
6. Default Interest. Upon an Event of Default, the outstanding principal shall bear interest at the rate otherwise applicable plus five percent (5%) per annum.
7. Waivers. Maker waives presentment, demand, protest and notice of dishonor.
8. Governing Law. This Note shall be governed by and construed in accordance with the laws of the State of New York, without regard to principles of conflicts of law. Maker acknowledges that the perfection of the security interests created under the Security Agreement is governed by the laws of the State of Delaware.
===
IN WITNESS WHEREOF, Maker has caused this Note to be executed by its duly authorized officer as of the Issue Date.
MAKER:
BELLWEATHER RIDGE HOLDINGS, LLC
By: Bellweather Ridge Manager, Inc., its Managing Member
By: ______________________ Name: Thomas R. Bellweather Title: President
ACKNOWLEDGED AND AGREED:
HOLDER:
CARRAWAY POINT CREDIT FUND II, L.P.
By: Carraway Point GP, LLC, its general partner
By: ______________________ Name: Simone A. Okonkwo-Reyes Title: Managing Director`,
    truth: {
      title: "Secured Promissory Note",
      documentType: "Loan agreement",
      parties: ["Bellweather Ridge Holdings, LLC", "Carraway Point Credit Fund II, L.P."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "24 months",
    },
  },
  {
    id: "v22-finance-guarantee-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# PERSONAL GUARANTEE
by
(ONE) ALASDAIR JOHN MACLEOD, residing at Tigh na Mara, 14 Shore Street, Ullapool IV26 2UJ; and
(TWO) FIONA MAIRI MACLEOD, residing at Tigh na Mara, 14 Shore Street, Ullapool IV26 2UJ
(together the "Guarantors" and each a "Guarantor")
in favour of
CLYDESIDE MUTUAL BANK PLC, incorporated under the Companies Acts (registered number SC118804) and having its registered office at 200 St Vincent Street, Glasgow G2 5RQ (the "Bank")
WHEREAS the Bank has agreed to make available to MacLeod & Ross (Fishing) Limited, incorporated under the Companies Acts (registered number SC402117) and having its registered office at The Harbour, Ullapool IV26 2XY (the "Principal Debtor"), an asset finance facility of up to £1,850,000 on the terms of a facility letter dated 3 November 2025 (the "Facility Letter"), repayable over a term of five years, and the Guarantors have agreed to guarantee the obligations of the Principal Debtor to the Bank;
NOW THEREFORE the Guarantors HEREBY AGREE AND UNDERTAKE as follows:
1. Guarantee. The Guarantors jointly and severally guarantee to the Bank the due payment of all sums which are or may become due by the Principal Debtor to the Bank, subject to a maximum liability of £500,000 together with interest and expenses from the date of demand.
2. Continuing guarantee. This Guarantee is a continuing guarantee and shall remain in force until terminated by the Guarantors giving to the Bank not less than three months' written notice, but termination shall not affect the liability of the Guarantors for sums due or contingently due at the expiry of that notice.
3. Demand. The Bank may make demand on the Guarantors at any time after the Principal Debtor fails to pay any sum within seven days of its due date, and the Guarantors shall pay within fourteen days of demand.
4. Certificate. A certificate signed by any manager of the Bank as to the amount due by the Guarantors shall, save in the case of manifest error, be conclusive and binding.
5. Governing law and jurisdiction. This Guarantee shall be governed by and construed in accordance with the law of Scotland, and the Guarantors prorogate the non-exclusive jurisdiction of the Scottish courts.
6. Consent to registration. The Guarantors consent to the registration of this Guarantee and of any certificate referred to in clause 4 for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed by the Guarantors at Inverness on the twelfth day of February Two thousand and twenty-six in the presence of the witness named below:
| Alasdair John MacLeod | ............................ |
| Fiona Mairi MacLeod | ............................ |
| Witness | Morag Elspeth Cameron |
| Address | Cameron & Fraser, Solicitors, 9 Union Street, Inverness IV1 1PP |
| Occupation | Solicitor |`,
    truth: {
      title: "Personal Guarantee",
      documentType: "Guarantee",
      parties: ["Alasdair John MacLeod", "Fiona Mairi MacLeod", "Clydeside Mutual Bank plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-12",
      term: "Until terminated",
    },
  },
  {
    id: "v22-finance-second-amendment-ireland",
    format: "docx",
    source: `# SECOND AMENDMENT AGREEMENT
relating to a €35,000,000 Revolving Credit Facility Agreement dated 22 September 2023
THIS AGREEMENT is dated 24 April 2026 and made BETWEEN:
(1) LIFFEY BAY HOSPITALITY DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 598841 and having its registered office at 3 Grand Canal Quay, Dublin 2, D02 XK71 (the "Borrower");
(2) Ó SÚILLEABHÁIN LEISURE HOLDINGS LIMITED, a private company limited by shares incorporated in Ireland with registered number 441207 and having its registered office at Main Street, Dingle, Co. Kerry, V92 H2T6 (the "Guarantor"); and
(3) ARDMORE COMMERCIAL FINANCE DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 671330 (the "Lender").
BACKGROUND
(A) The Borrower, the Guarantor and Dromore Bank Ireland p.l.c. (the "Original Lender") entered into a revolving credit facility agreement dated 22 September 2023, as amended by a first amendment letter dated 9 August 2024 (the "Facility Agreement"), under which the Original Lender made available a facility for a term of three years from the date of that agreement.
(B) By a transfer certificate dated 30 January 2026 the Original Lender transferred all of its rights and obligations under the Facility Agreement to the Lender. The Original Lender is not a party to this Agreement.
(C) The parties wish to amend the Facility Agreement on the terms of this Agreement.
IT IS AGREED as follows:
# 1. DEFINITIONS
1.1 Terms defined in the Facility Agreement have the same meaning in this Agreement unless given a different meaning in this Agreement.
1.2 "Effective Date" means 1 May 2026.
# 2. AMENDMENTS
2.1 With effect from the Effective Date, the Facility Agreement shall be amended as follows:
(a) in clause 1.1 (Definitions), the definition of "Margin" shall be deleted and replaced with: "Margin" means 3.10 per cent. per annum;
(b) clause 21.2 (Leverage) shall be amended by deleting "3.50:1" and replacing it with "4.25:1" for each Relevant Period ending on or before 31 December 2026.
2.2 For the avoidance of doubt, nothing in this Agreement extends or otherwise changes the Termination Date under the Facility Agreement.
# 3. CONTINUITY
3.1 Save as amended by this Agreement, the Facility Agreement remains in full force and effect, and the Facility Agreement and this Agreement shall be read and construed as one document.
# 4. FEES
4.1 The Borrower shall pay to the Lender an amendment fee of €70,000 within five Business Days of the Effective Date.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
===
# EXECUTION PAGE
| The Borrower | LIFFEY BAY HOSPITALITY DESIGNATED ACTIVITY COMPANY | Signed by Niamh Kavanagh, Director |
| The Guarantor | Ó SÚILLEABHÁIN LEISURE HOLDINGS LIMITED | Signed by Cathal Ó Súilleabháin, Director |
| The Lender | ARDMORE COMMERCIAL FINANCE DESIGNATED ACTIVITY COMPANY | Signed by Ronan Whelan, Authorised Signatory |`,
    truth: {
      title: "Second Amendment Agreement",
      documentType: "Amendment",
      parties: ["Liffey Bay Hospitality Designated Activity Company", "Ó Súilleabháin Leisure Holdings Limited", "Ardmore Commercial Finance Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      amends: "Revolving Credit Facility Agreement",
    },
  },
  {
    id: "v22-finance-facility-letter-hk",
    format: "pdf",
    pdfMargin: 75,
    source: `VICTORIA HARBOUR COMMERCIAL BANK LIMITED
Corporate Banking Division, 18/F, Harbour Centre Tower 2, 8 Connaught Road Central, Hong Kong
PRIVATE & CONFIDENTIAL
26 May 2026
Our Ref: CBD/TL/2026/0418
The Board of Directors
Kwok & Sons (Holdings) Company Limited
Unit 1203, 12/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories
Attention: Mr. Kwok Wing-Hang, Managing Director
Dear Sirs,
# TERM LOAN FACILITY LETTER
We, Victoria Harbour Commercial Bank Limited (the "Bank"), are pleased to offer Kwok & Sons (Holdings) Company Limited (the "Borrower") the following banking facility, subject to the terms and conditions of this letter and the Bank's Standard Terms and Conditions for Corporate Facilities. This letter supersedes our indicative term sheet dated 8 April 2026.
| Facility | Term loan |
| Facility Amount | HK$48,000,000 |
| Purpose | To part-finance the acquisition of the industrial property at Lot No. 1187, Kwai Chung Town Lot (the "Property") |
| Availability Period | Three (3) months from the date of this letter |
| Tenor | Sixty (60) months from the Drawdown Date |
| Final Maturity Date | The date falling sixty (60) months after the Drawdown Date |
| Repayment | 59 consecutive monthly instalments followed by a final balloon of 40% of the Facility Amount |
| Interest | 1.85% per annum over one-month HIBOR, payable monthly in arrears |
| Security | (a) first legal charge over the Property; (b) unlimited personal guarantee from Mr. Kwok Wing-Hang; (c) corporate guarantee from Kwok & Sons Properties Limited for HK$48,000,000 |
Conditions precedent: before drawdown the Bank shall have received the duly executed guarantees and legal charge, a certified copy of the Borrower's board resolution and a valuation report on the Property dated not earlier than three months before the Drawdown Date.
Review: the Bank may review the facility at any time and in any event annually.
Governing law: this letter and the facility are governed by the laws of the Hong Kong Special Administrative Region.
This offer will lapse if the Bank does not receive the duplicate of this letter duly signed by the Borrower within twenty-one (21) days from the date of this letter.
Yours faithfully,
For and on behalf of Victoria Harbour Commercial Bank Limited
| Doris Lam, Vice President | Kenneth Yip, Senior Relationship Manager |
===
# ACCEPTANCE
We, Kwok & Sons (Holdings) Company Limited, accept the facility on the terms and conditions of this letter.
For and on behalf of Kwok & Sons (Holdings) Company Limited
| Kwok Wing-Hang, Director | Anita Kwok Mei-Ling, Director |
Date: 2 June 2026
(company chop affixed)`,
    truth: {
      title: "Term Loan Facility Letter",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Commercial Bank Limited", "Kwok & Sons (Holdings) Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-26",
      term: "60 months",
    },
  },
  {
    id: "v22-finance-security-deed-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# General Security Deed
# Details
| Date | the 3rd day of March, 2026 |
| Grantor | Coolabah Ridge Pastoral Pty Ltd ACN 612 345 678 in its own right and as trustee for the Hartigan Family Trust ABN 55 612 345 678 |
| Grantor's address | 1120 Mitchell Highway, Dubbo NSW 2830 |
| Secured Party | Southern Cross Agribusiness Finance Pty Limited ACN 098 765 432 |
| Secured Party's address | Level 21, 1 Farrer Place, Sydney NSW 2000 |
| Governing law | New South Wales |
# Background
A. The Secured Party has agreed to provide financial accommodation to Hartigan Agricultural Holdings Pty Ltd ACN 611 203 944 (the Debtor) under a loan agreement dated 2 March 2026 between the Secured Party and the Debtor for a term of five years (the Loan Agreement).
B. The Grantor has agreed to secure the Secured Money by granting the Security Interest in this deed.
# Agreed terms
1. Definitions. In this deed: Collateral means all of the Grantor's present and after-acquired property, including livestock, crops, plant and water access entitlements; PPSA means the Personal Property Securities Act 2009 (Cth); Secured Money means all money that the Debtor or the Grantor is or may become actually or contingently liable to pay to the Secured Party.
2. Grant of security. The Grantor grants a Security Interest in the Collateral to the Secured Party to secure payment of the Secured Money.
3. Trustee provisions. The Grantor enters into this deed in its own right and as trustee of the Hartigan Family Trust and warrants that it has power under the trust deed dated 14 June 2016 to grant the Security Interest.
4. Release. Once the Secured Money has been paid in full and the Secured Party is not obliged to provide any further financial accommodation, the Secured Party must, at the Grantor's request and cost, release the Collateral.
5. Enforcement. If an Event of Default (as defined in the Loan Agreement) occurs, the Secured Party may enforce this deed immediately; where the PPSA requires notice, the period of notice is five Business Days.
6. Governing law. This deed is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of its courts.
===
# Signing page
Executed as a deed.
| Executed by Coolabah Ridge Pastoral Pty Ltd ACN 612 345 678 in its own right and as trustee for the Hartigan Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Margaret Ellen Hartigan | Director/Secretary: Lachlan J. Hartigan |
| Signed, sealed and delivered for Southern Cross Agribusiness Finance Pty Limited by its attorney under a power of attorney dated 1 July 2024 | Attorney: Danielle Voss | Witness: Tomás Ibarra |`,
    truth: {
      title: "General Security Deed",
      documentType: "Security agreement",
      parties: ["Coolabah Ridge Pastoral Pty Ltd", "Southern Cross Agribusiness Finance Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v22-finance-inter-corporate-loan-india",
    format: "pdf",
    pdfMargin: 90,
    source: `# INTER-CORPORATE LOAN AGREEMENT
This Inter-Corporate Loan Agreement (the "Agreement") is executed at Pune on this 9th day of January, 2026
BY AND BETWEEN
SAHYADRI AGRO FOODS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, bearing CIN U15400PN2014PTC152233 and having its registered office at Survey No. 42/1, Hinjewadi Phase II, Pune 411057, Maharashtra, acting through its authorised signatory Mr. Vikram S. Deshpande, Director, duly authorised by a resolution of its Board of Directors dated 5 January 2026 (hereinafter referred to as the "Lender", which expression shall, unless repugnant to the context or meaning thereof, mean and include its successors and permitted assigns) of the ONE PART;
AND
KONKAN COASTAL COLD CHAIN PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, bearing CIN U63020MH2009PTC190876 and having its registered office at Plot No. D-7, MIDC Lote Parshuram, Khed, Ratnagiri 415722, Maharashtra (hereinafter referred to as the "Borrower", which expression shall, unless repugnant to the context or meaning thereof, mean and include its successors and permitted assigns) of the OTHER PART.
The Lender and the Borrower are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Lender and the Borrower are both subsidiaries of Sahyadri Group Holdings Limited (the "Holding Company").
B. The Borrower has requested the Lender to grant an unsecured inter-corporate loan of Rs. 15,00,00,000 (Rupees Fifteen Crore only) (the "Loan") for the expansion of its cold storage facility at Khed, and the Lender has agreed to do so in compliance with Section 186 of the Companies Act, 2013.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. Effective Date and Term. This Agreement shall come into force on 15 January 2026 (the "Effective Date") and shall remain in force for a period of three (3) years from the Effective Date (the "Term"), unless terminated earlier in accordance with Clause 9.
2. Disbursement. The Lender shall disburse the Loan in up to three tranches within ninety (90) days of the Effective Date.
3. Interest. The Loan shall carry interest at 9.75% per annum, payable quarterly, subject to a moratorium of six (6) months from the date of first disbursement.
4. Repayment. The Borrower shall repay the Loan in eight (8) equal quarterly instalments, the last of which shall fall due on the expiry of the Term.
5. Prepayment. The Borrower may prepay the Loan in whole or in part by giving the Lender thirty (30) days' prior written notice.
9. Termination. Either Party may terminate this Agreement by sixty (60) days' written notice if the other Party commits a material breach which remains unremedied.
11. Governing Law and Jurisdiction. This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Pune shall have exclusive jurisdiction.
12. Survival. Clauses 3, 4 and 11 shall survive termination of this Agreement for a period of one (1) year.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year first above written.
| For SAHYADRI AGRO FOODS PRIVATE LIMITED | For KONKAN COASTAL COLD CHAIN PRIVATE LIMITED |
| Mr. Vikram S. Deshpande, Director (DIN 01234567) | Ms. Rutuja A. Salvi, Managing Director (DIN 07654321) |
| Witness 1: Anand Kulkarni, Pune | Witness 2: Sneha Patwardhan, Ratnagiri |`,
    truth: {
      title: "Inter-Corporate Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Sahyadri Agro Foods Private Limited", "Konkan Coastal Cold Chain Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-01-15",
      expiryDate: "2029-01-15",
      term: "3 years",
    },
  },
  {
    id: "v22-finance-working-capital-difc",
    format: "txt",
    source: `# WORKING CAPITAL FACILITY AGREEMENT
# PART A – KEY DETAILS
| Date of Agreement | 18 June 2026 |
| Lender | Al Noor Gulf Capital Limited, a private company registered in the Dubai International Financial Centre (registration no. 4417), of Gate Village Building 3, Level 2, DIFC, Dubai, United Arab Emirates |
| Borrower | Qasr Al Bahr General Trading L.L.C., a limited liability company licensed by the Department of Economy and Tourism of Dubai (licence no. 778812), of Warehouse 14, Al Quoz Industrial Area 3, Dubai |
| Facility Limit | AED 18,000,000 |
| Commencement Date | 1 July 2026 |
| Initial Term | twelve (12) months commencing on the Commencement Date |
| Renewal | see clause 3.2 |
| Clean-down | utilisations to be reduced to zero for at least thirty (30) consecutive days in each year |
| Account Bank | Emirates Gulf Commercial Bank PJSC |
| Governing Law | the laws of the Dubai International Financial Centre |
# PART B – TERMS
1. The Lender agrees to make available to the Borrower a revolving working capital facility up to the Facility Limit for the purpose of financing inventory and trade receivables.
2. Each utilisation shall be repaid within one hundred and twenty (120) days of its utilisation date, and all utilisations shall be paid into the Borrower's account with the Account Bank.
3.1 This Agreement starts on the Commencement Date and continues for the Initial Term.
3.2 At the end of the Initial Term and of each Renewal Period, this Agreement renews automatically for a further period of twelve (12) months (each a "Renewal Period") unless either party gives the other not less than sixty (60) days' written notice of non-renewal.
4. The Borrower's obligations are supported by a letter of comfort dated 10 June 2026 issued by its parent company, Qasr Al Bahr Holding PJSC.
5. Interest accrues on each utilisation at three-month EIBOR plus 2.75 per cent per annum and is payable monthly in arrears.
6. This Agreement is governed by the law set out in Part A, and the DIFC Courts have exclusive jurisdiction over any dispute arising from it.
Signed for and on behalf of Al Noor Gulf Capital Limited by Omar Khalid Al-Suwaidi, Chief Executive Officer
Signed for and on behalf of Qasr Al Bahr General Trading L.L.C. by Mr. Rashid Ahmed Bin Hamdan, Manager, in the presence of Priyanka Menon (witness)`,
    truth: {
      title: "Working Capital Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Al Noor Gulf Capital Limited", "Qasr Al Bahr General Trading L.L.C."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
];
