import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: finance documents (facility letters and agreements, notes, guarantees, security, amendments, comfort letters). */
export const FINANCE_V19: UnseenDocument[] = [
  {
    id: "v19-finance-ni-revolving-facility-letter",
    format: "pdf",
    pageFooters: true,
    source: `Ulster Mercantile Bank plc
Corporate Banking, 14 Donegall Square West, Belfast BT1 6JH
Registered in Northern Ireland No. NI012345
14 April 2026
The Directors
Lagan Valley Packaging Limited
Unit 7, Blaris Industrial Estate
Lisburn BT27 5QB
Our ref: CB/LVP/2026/031
Dear Sirs
# Revolving Credit Facility
We refer to our letter of 2 March 2026 setting out indicative terms and to your subsequent discussions with our relationship team. We are pleased to offer Lagan Valley Packaging Limited (company number NI604411) (the "Borrower") a revolving credit facility on the terms of this letter (the "Facility Letter").
1. Amount. A committed revolving credit facility of up to £2,500,000 (the "Facility").
2. Availability and repayment. The Facility is available for drawing from the date on which the Borrower accepts this Facility Letter until the date falling three (3) years after the date of this letter (the "Final Repayment Date"), on which all amounts outstanding shall be repaid in full.
3. Loans. Each loan shall be repaid on the last day of its interest period, which may be one, three or six months, and may be redrawn subject to clause 2.
4. Interest. Interest is payable at 2.75 per cent. per annum above the Bank of England base rate on the last day of each interest period.
5. Fees. An arrangement fee of £18,750 is payable within five (5) business days of acceptance. A commitment fee of 1.1 per cent. per annum is payable quarterly on the undrawn Facility.
6. Security and guarantee. Before first drawing the Bank must have received a debenture from the Borrower and a guarantee from Lagan Valley Holdings Limited in the form set out in the Schedule, duly executed by it.
7. Extension. The Bank may, at the Borrower's written request made not later than ninety (90) days before the Final Repayment Date, agree to extend the Final Repayment Date by a further twelve (12) months. Any extension is at the Bank's sole discretion.
8. Acceptance. This offer will lapse unless the acceptance below is signed and returned within thirty (30) days of the date of this letter.
9. Law. This Facility Letter and any non-contractual obligations arising out of it are governed by the law of Northern Ireland, and the courts of Northern Ireland have exclusive jurisdiction.
Yours faithfully
For and on behalf of Ulster Mercantile Bank plc
Ciaran Doherty, Director, Corporate Banking
===
# Schedule - Form of Guarantee
In consideration of Ulster Mercantile Bank plc (the "Bank") making the Facility available to Lagan Valley Packaging Limited, Lagan Valley Holdings Limited guarantees to the Bank on demand the payment of all sums due from the Borrower under the Facility Letter, and agrees that this guarantee is a continuing security.
Signed for Lagan Valley Holdings Limited: ____________________ Date: ____________
# Acceptance
We accept the offer of the Facility on the terms of the above letter.
Signed for and on behalf of Lagan Valley Packaging Limited by Siobhan Kerr, Director
Date: 21 April 2026`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Ulster Mercantile Bank plc", "Lagan Valley Packaging Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "3 years",
    },
  },
  {
    id: "v19-finance-texas-promissory-note",
    format: "pdf",
    source: `# PROMISSORY NOTE
| $750,000.00 | Austin, Texas |
| Date: March 3, 2026 | Loan No. PR-2026-0417 |
FOR VALUE RECEIVED, HIGHLAND RIDGE HOLDINGS, LLC, a Texas limited liability company having its principal office at 2200 South Congress Avenue, Suite 410, Austin, Texas 78704 ("Maker"), hereby unconditionally promises to pay to the order of PECOS RIVER CAPITAL PARTNERS, L.P., a Delaware limited partnership ("Holder"), at 600 Congress Avenue, Floor 14, Austin, Texas 78701, or at such other place as Holder may designate in writing, the principal sum of SEVEN HUNDRED FIFTY THOUSAND AND NO/100 DOLLARS ($750,000.00), together with interest on the unpaid principal balance as provided below. This Note evidences a loan made by Holder to Maker on the date hereof.
1. Interest Rate. The unpaid principal balance shall bear interest at a fixed rate of eight and one-quarter percent (8.25%) per annum, computed on the basis of a 360-day year and the actual number of days elapsed.
2. Payments. Accrued interest only shall be payable monthly on the first day of each calendar month, beginning April 1, 2026. The entire unpaid principal balance, together with all accrued and unpaid interest, shall be due and payable in full on the date that is eighteen (18) months after the date of this Note (the "Maturity Date").
3. Late Charge. If any installment is not received by Holder within ten (10) days after its due date, Maker shall pay a late charge equal to five percent (5%) of the overdue amount.
4. Prepayment. Maker may prepay this Note in whole or in part upon not less than thirty (30) days' prior written notice to Holder. Any prepayment made within the first twelve (12) months after the date of this Note shall be accompanied by a prepayment premium of two percent (2%) of the principal prepaid.
5. Security; Guaranty. This Note is secured by a Deed of Trust, Security Agreement and Fixture Filing of even date covering real property in Travis County, Texas, and its payment is guaranteed by Daniel R. Whitcomb under a separate Guaranty Agreement of even date. Neither the Guaranty Agreement nor the Deed of Trust is amended by this Note.
6. Events of Default. If Maker fails to pay any amount when due under this Note and such failure continues for five (5) business days after written notice, Holder may declare the entire unpaid balance immediately due and payable.
7. Waivers. Maker and all endorsers waive presentment for payment, demand, notice of dishonor, protest and notice of protest, and notice of intent to accelerate and of acceleration.
8. Prior Commitment. The commitment letter issued by Holder dated January 15, 2026, which was governed by the laws of the State of New York, is superseded in its entirety by this Note and the other Loan Documents.
9. Governing Law. This Note shall be governed by and construed in accordance with the laws of the State of Texas and applicable federal law, without regard to principles of conflicts of laws.
MAKER:
HIGHLAND RIDGE HOLDINGS, LLC, a Texas limited liability company
By: Whitcomb Management, Inc., a Texas corporation, its Manager
By: ______________________________
Name: Daniel R. Whitcomb
Title: President`,
    truth: {
      title: "Promissory Note",
      documentType: "Loan agreement",
      parties: ["Highland Ridge Holdings, LLC", "Pecos River Capital Partners, L.P."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-09-03",
      term: "18 months",
    },
  },
  {
    id: "v19-finance-jersey-trustee-guarantee-deed",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on the ninth day of June two thousand and twenty-six
BY:
(1) ST HELIER FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 88412, whose registered office is at 3 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Le Brocq Family Settlement (the "Guarantor");
IN FAVOUR OF:
(2) CHANNEL ISLANDS PRIVATE BANK LIMITED, a company incorporated in Jersey with registered number 21907, whose registered office is at 11 Bond Street, St Helier, Jersey JE4 8PX (the "Bank").
# BACKGROUND
(A) By a facility agreement dated 9 June 2026 between the Bank and Gorey Harbour Properties Limited (the "Borrower"), which is governed by English law, the Bank has agreed to make available to the Borrower a term loan facility of £4,200,000 for a term of five (5) years (the "Facility Agreement").
(B) The Guarantor, as trustee of the Le Brocq Family Settlement, holds all of the issued shares in the Borrower and has agreed to guarantee the Borrower's obligations to the Bank.
# OPERATIVE PROVISIONS
1. Definitions. In this Deed "Guaranteed Obligations" means all present and future monies, debts and liabilities due, owing or incurred by the Borrower to the Bank under or in connection with the Facility Agreement, and "Business Day" means a day on which banks are open for general business in St Helier.
2. Guarantee. The Guarantor irrevocably and unconditionally guarantees to the Bank the punctual payment of the Guaranteed Obligations and undertakes to pay to the Bank, within five (5) Business Days of a written demand, any amount which the Borrower has not paid when due.
3. Indemnity. As a separate and independent obligation, the Guarantor shall indemnify the Bank against any loss it incurs because any Guaranteed Obligation is or becomes unenforceable, invalid or illegal.
4. Waiver of defences. The Guarantor waives any right it may have under the customary law of Jersey to require the Bank first to proceed against the Borrower (droit de discussion) or to divide its claim between the Guarantor and any other surety (droit de division).
5. Continuing guarantee. This guarantee extends to the ultimate balance of the Guaranteed Obligations regardless of any intermediate payment or discharge in whole or in part.
6. Trustee limitation. The Guarantor enters into this Deed solely in its capacity as trustee of the Le Brocq Family Settlement, and its liability under this Deed is limited to the assets of that settlement from time to time.
7. Release. When the Guaranteed Obligations have been irrevocably paid in full, the Bank shall, at the request and cost of the Guarantor, release the Guarantor from this Deed.
===
8. Demands and notices. Any demand or notice under this Deed shall be in writing and delivered to the address of the relevant party set out above; a notice of change of address takes effect fourteen (14) days after receipt.
9. Governing law and jurisdiction. This Deed and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered as a deed by the Guarantor on the date first written above.
EXECUTED AS A DEED by ST HELIER FIDUCIARY SERVICES LIMITED as trustee of the Le Brocq Family Settlement acting by two directors:
Director: Marc Le Brocq
Director: Elaine Vibert
Witness to both signatures: Jonathan Renouf, Advocate, 7 Hill Street, St Helier`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["St Helier Fiduciary Services Limited", "Channel Islands Private Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-09",
    },
  },
  {
    id: "v19-finance-scotland-floating-charge",
    format: "txt",
    source: `# FLOATING CHARGE
by
CAIRNGORM DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (registered number SC512774) and having its registered office at Glenmore Road, Aviemore PH22 1RB (the "Chargor")
in favour of
FORTH & CLYDE BANKING CORPORATION LIMITED (registered number SC000876), having its registered office at 40 St Andrew Square, Edinburgh EH2 2YE, as security trustee for the Secured Parties (the "Security Trustee")
1. Definitions and interpretation
1.1 "Facility Agreement" means the £6,000,000 term and revolving facilities agreement dated 2 July 2026 between, among others, the Chargor as borrower, Strathspey Bonded Warehousing Limited as original guarantor and the Security Trustee, under which the facilities are available for a term of sixty (60) months; "Secured Liabilities" means all present and future obligations and liabilities of the Chargor to the Secured Parties under the Finance Documents; and "Secured Parties" has the meaning given in the Facility Agreement.
2. Undertaking to pay
The Chargor undertakes to the Security Trustee that it will pay and discharge the Secured Liabilities when due in accordance with the Finance Documents.
3. Floating charge
The Chargor, as security for the payment and discharge of the Secured Liabilities, hereby grants in favour of the Security Trustee a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time, while this instrument is in force, comprised in its property and undertaking.
4. Ranking and negative pledge
Subject to section 464 of the Companies Act 1985, this Floating Charge shall rank in priority to any other fixed security or floating charge created by the Chargor after its date, and the Chargor shall not create any such security without the prior written consent of the Security Trustee.
5. Enforcement
At any time after an Event of Default has occurred and is continuing, the Security Trustee may appoint a receiver or an administrator of the Chargor, having given not less than five (5) Business Days' notice to the Chargor where the law so requires.
===
6. Continuing security
This Floating Charge is a continuing security and shall not be satisfied by any intermediate payment or satisfaction of any part of the Secured Liabilities.
7. Registration
The Chargor shall deliver the particulars of this Floating Charge to the Registrar of Companies for registration within twenty-one (21) days after its date of creation, and consents to the registration of this Floating Charge for preservation and execution.
8. Governing law and jurisdiction
This Floating Charge shall be governed by and construed in accordance with the law of Scotland, and the Chargor prorogates the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed for and on behalf of the Chargor by Alasdair Grant, director, at Aviemore on the fourteenth day of August two thousand and twenty-six in the presence of the witness Morag Fraser, of 9 Dalfaber Drive, Aviemore PH22 1ST.
Alasdair Grant, Director
Morag Fraser, Witness`,
    truth: {
      title: "Floating Charge",
      documentType: "Security agreement",
      parties: ["Cairngorm Distilling Company Limited", "Forth & Clyde Banking Corporation Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-08-14",
    },
  },
  {
    id: "v19-finance-singapore-term-loan-facility",
    format: "pdf",
    pageFooters: true,
    source: `DATED 15 MAY 2026
# TERM LOAN FACILITY AGREEMENT
SGD 48,000,000
MERLION COLD CHAIN LOGISTICS PTE. LTD. as Borrower
MERLION COLD CHAIN HOLDINGS PTE. LTD. as Original Guarantor
STRAITS ORIENT BANK LIMITED as Mandated Lead Arranger and Original Lender
TEMASEK LOAN AGENCY SERVICES PTE. LTD. as Agent
Raffles Quay LLP, Counsel to the Mandated Lead Arranger
===
THIS AGREEMENT is dated 15 May 2026 and is made BETWEEN:
(1) MERLION COLD CHAIN LOGISTICS PTE. LTD. (UEN 201812345K), a company incorporated in Singapore with its registered office at 21 Pandan Loop, Singapore 128224 (the "Borrower");
(2) MERLION COLD CHAIN HOLDINGS PTE. LTD. (UEN 201598765D), a company incorporated in Singapore with its registered office at 8 Marina View, #30-01, Singapore 018960 (the "Original Guarantor");
(3) STRAITS ORIENT BANK LIMITED (UEN 193500026Z) as mandated lead arranger (the "Arranger") and as original lender (the "Original Lender"); and
(4) TEMASEK LOAN AGENCY SERVICES PTE. LTD. (UEN 200904412M) as agent of the Finance Parties (the "Agent").
# 1. DEFINITIONS
"Additional Guarantor" means Merlion Cold Chain (Malaysia) Sdn. Bhd. (Company No. 201701034567), upon its accession to this Agreement by an Accession Deed.
"Availability Period" means the period from and including the date of this Agreement to and including the date falling six (6) months after the date of this Agreement.
"Interest Period" means each period of three (3) months, or such other period as the Agent and the Borrower may agree.
"Termination Date" means the date falling thirty-six (36) months after the date of this Agreement.
# 2. THE FACILITY
2.1 The Original Lender makes available to the Borrower a term loan facility in an aggregate amount of SGD 48,000,000 for a term of thirty-six (36) months from the date of this Agreement.
2.2 The Borrower shall apply all amounts borrowed towards the acquisition and fit-out of a temperature-controlled warehouse at Tuas South Avenue 3, Singapore.
# 3. REPAYMENT
The Borrower shall repay the Loans in equal quarterly instalments beginning on the date falling nine (9) months after the date of this Agreement, and shall repay all outstanding Loans in full on the Termination Date.
# 4. MANDATORY PREPAYMENT
If a Change of Control occurs, the Borrower shall notify the Agent promptly and, if the Majority Lenders so require by not less than ten (10) Business Days' notice, prepay all Loans.
# 5. FINANCIAL COVENANTS
The Borrower shall ensure that the ratio of Consolidated EBITDA to Finance Charges in respect of each period of twelve (12) months ending on a Quarter Date is not less than 3.00:1.
# 6. CONFIDENTIALITY
Each Finance Party shall keep Confidential Information confidential, and this obligation survives for a period of two (2) years after the Termination Date.
# 7. GOVERNING LAW AND JURISDICTION
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Republic of Singapore, and the courts of Singapore have exclusive jurisdiction to settle any dispute.
===
# SIGNATURES
The Borrower: MERLION COLD CHAIN LOGISTICS PTE. LTD., by Tan Wei Ling, Director
The Original Guarantor: MERLION COLD CHAIN HOLDINGS PTE. LTD., by Ong Kah Seng, Director
The Arranger and Original Lender: STRAITS ORIENT BANK LIMITED, by Priya Raman, Managing Director
The Agent: TEMASEK LOAN AGENCY SERVICES PTE. LTD., by Marcus Lim, Head of Agency`,
    truth: {
      title: "Term Loan Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Merlion Cold Chain Logistics Pte. Ltd.", "Merlion Cold Chain Holdings Pte. Ltd.", "Straits Orient Bank Limited", "Temasek Loan Agency Services Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-15",
      expiryDate: "2029-05-15",
      term: "36 months",
    },
  },
  {
    id: "v19-finance-illinois-first-amendment-loan-security",
    format: "docx",
    source: `# FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT
This FIRST AMENDMENT TO LOAN AND SECURITY AGREEMENT (this "Amendment") is made and entered into as of the 28th day of September, 2026, by and among PRAIRIE STATE FOODS, INC., an Illinois corporation ("Prairie"), PRAIRIE STATE FOODS LOGISTICS, LLC, a Delaware limited liability company ("Logistics" and, together with Prairie, each a "Borrower" and collectively the "Borrowers"), and LAKESHORE COMMERCIAL FINANCE, LLC, a Delaware limited liability company ("Lender").
# RECITALS
A. Borrowers and Lender are parties to that certain Loan and Security Agreement dated as of March 1, 2024 (as amended, restated, supplemented or otherwise modified from time to time, the "Loan Agreement"), pursuant to which Lender has made available to Borrowers a revolving line of credit for a term of five (5) years ending on March 1, 2029 (the "Maturity Date").
B. Borrowers have requested that Lender increase the Maximum Revolving Amount and modify certain financial covenants, and Lender is willing to do so on the terms and subject to the conditions of this Amendment.
# AGREEMENT
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Loan Agreement.
2. Amendments. With effect from the Amendment Effective Date: (a) the definition of "Maximum Revolving Amount" in Section 1.1 of the Loan Agreement is amended by replacing "$15,000,000" with "$20,000,000"; and (b) Section 7.2 of the Loan Agreement is amended to require a Fixed Charge Coverage Ratio of not less than 1.10 to 1.00 for each trailing twelve (12) month period ending on the last day of a fiscal quarter.
3. Maturity Date Unchanged. Nothing in this Amendment extends or otherwise modifies the Maturity Date.
4. Conditions to Effectiveness. This Amendment shall become effective on October 1, 2026 (the "Amendment Effective Date"), provided that on or before that date Lender has received (a) counterparts of this Amendment duly executed by each Borrower, (b) a Reaffirmation of Guaranty executed by Gerald T. Okafor, and (c) an amendment fee of $25,000.
5. Release. Each Borrower releases Lender and its officers, employees and agents from all claims arising on or before the Amendment Effective Date in connection with the Loan Agreement.
6. Ratification. Except as expressly amended by this Amendment, the Loan Agreement remains in full force and effect and is ratified and confirmed in all respects.
7. Governing Law. This Amendment shall be governed by, and construed in accordance with, the internal laws of the State of Illinois.
8. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized officers as of the date first written above.
BORROWERS:
PRAIRIE STATE FOODS, INC., by Linda Haverford, Chief Financial Officer
PRAIRIE STATE FOODS LOGISTICS, LLC, by Prairie State Foods, Inc., its sole member, by Linda Haverford, Chief Financial Officer
LENDER:
LAKESHORE COMMERCIAL FINANCE, LLC, by Thomas J. Reilly, Senior Vice President`,
    truth: {
      title: "First Amendment to Loan and Security Agreement",
      documentType: "Amendment",
      parties: ["Prairie State Foods, Inc.", "Prairie State Foods Logistics, LLC", "Lakeshore Commercial Finance, LLC"],
      governingLaw: "Illinois",
      effectiveDate: "2026-10-01",
      amends: "Loan and Security Agreement",
    },
  },
  {
    id: "v19-finance-nz-shareholder-deed-of-loan",
    format: "txt",
    source: `# DEED OF LOAN
Date: 20 June 2026
# Parties
ARAMA JAMES TE WHETU of 4 Kōwhai Lane, Richmond, Nelson 7020, orchardist (Lender)
TE WHETU ORCHARDS LIMITED (company number 6620418) having its registered office at 118 Queen Street, Richmond 7020 (Borrower)
# Background
A. The Lender is the majority shareholder of the Borrower and has agreed to lend money to the Borrower to fund the construction of a new packhouse.
B. The Borrower's bank, Kiwi Rural Bank Limited, has consented to the loan on the basis that it is subordinated to the Borrower's bank facilities.
# Operative provisions
1. Definitions. In this deed: "Commencement Date" means 1 July 2026; "Loan" means the sum of NZ$350,000 advanced under clause 2; "Term" means the period commencing on the Commencement Date and continuing for two years, as extended under clause 6.
2. Advance. The Lender will advance the Loan to the Borrower on the Commencement Date.
3. Interest. The Borrower will pay interest on the Loan at 6.5% per annum, quarterly in arrears on the last day of March, June, September and December.
4. Repayment. The Borrower will repay the Loan, with all accrued interest, on the last day of the Term.
5. Early repayment. The Borrower may repay all or part of the Loan early on giving the Lender not less than ten (10) working days' written notice.
6. Extension. At the end of the initial Term and of each extension, the Term automatically extends for a further 12 months unless either party has given the other at least three months' written notice that it is not to extend.
7. Default. If the Borrower fails to pay any amount within five (5) working days after its due date, the Lender may demand immediate repayment of the Loan.
8. Subordination. The Lender's rights under this deed rank behind the Borrower's obligations to Kiwi Rural Bank Limited.
9. Governing law. This deed is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
# Execution
SIGNED as a deed by ARAMA JAMES TE WHETU in the presence of:
Witness: Leilani Foster, Solicitor, Nelson
EXECUTED as a deed by TE WHETU ORCHARDS LIMITED by:
Hine Te Whetu, Director
Arama James Te Whetu, Director`,
    truth: {
      title: "Deed of Loan",
      documentType: "Loan agreement",
      parties: ["Arama James Te Whetu", "Te Whetu Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
      renewal: "12 months",
    },
  },
  {
    id: "v19-finance-hong-kong-letter-of-comfort",
    format: "pdf",
    pdfMargin: 90,
    source: `PEARL DELTA INDUSTRIAL HOLDINGS LIMITED
(Incorporated in Bermuda with limited liability)
28/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong
7 November 2026
Victoria Harbour Banking Corporation Limited
Corporate Credit Department
1 Queen's Road Central, Hong Kong
Attention: Ms. Vivian Lau, Director
Dear Sirs,
# Letter of Comfort
Re: General banking facilities of up to HK$80,000,000 granted to Pearl Delta Trading Limited
We refer to your facility letter dated 20 October 2026 addressed to our wholly-owned subsidiary, Pearl Delta Trading Limited (the "Company"), under which you have offered the Company general banking facilities of up to HK$80,000,000 for a period of twenty-four (24) months (the "Facilities"), and to your request that we provide this letter.
We confirm that:
1. we are aware of, and approve of, the Company entering into the Facilities;
2. it is our present intention to maintain our direct ownership of the entire issued share capital of the Company for so long as any amount remains outstanding under the Facilities, and we will give you not less than thirty (30) days' prior written notice if we intend to dispose of any of those shares; and
3. it is our policy to ensure that the Company is managed so as to be in a position to meet its financial obligations as they fall due.
This letter is a statement of our present intention and policy only. It is not, and shall not be construed as, a guarantee, an indemnity or an undertaking by us to pay or procure the payment of any indebtedness or liability of the Company, and you acknowledge that you have not required any guarantee from us as a condition of the Facilities.
This letter is governed by the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of
Pearl Delta Industrial Holdings Limited
Raymond Kwok Chi-wai, Chief Financial Officer
Acknowledged on 12 November 2026 for and on behalf of Victoria Harbour Banking Corporation Limited:
Vivian Lau, Director`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Pearl Delta Industrial Holdings Limited", "Victoria Harbour Banking Corporation Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-11-07",
    },
  },
];
