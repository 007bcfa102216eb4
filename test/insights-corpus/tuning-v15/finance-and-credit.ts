import type { UnseenDocument } from "../unseen/types";

/** Finance and credit documents (v15, set b): facilities, loans, guarantees, standstills, amendments and letters, with durations hidden among distractors. */
export const FINANCE_AND_CREDIT_V15: UnseenDocument[] = [
  {
    id: "v15-b-term-facility-calderbrook",
    format: "pdf",
    pageFooters: true,
    source: `# TERM FACILITY AGREEMENT
Dated 2 February 2026
for CALDERBROOK FOODS LIMITED as Borrower
guaranteed by CALDERBROOK FOODS HOLDINGS LIMITED as Parent
arranged by NORTHSTAR BANK PLC acting as Arranger, Agent and Original Lender
£12,000,000 Term Facility
===
THIS AGREEMENT is dated 2 February 2026 and is made BETWEEN:
(1) CALDERBROOK FOODS HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 09871234 (the “Parent”);
(2) CALDERBROOK FOODS LIMITED, a company incorporated in England and Wales with registered number 05566778 (the “Borrower”);
(3) NORTHSTAR BANK PLC as mandated lead arranger (the “Arranger”);
(4) NORTHSTAR BANK PLC as original lender (the “Original Lender”); and
(5) NORTHSTAR BANK PLC as agent of the Finance Parties (the “Agent”).
IT IS AGREED as follows:
# 1. Definitions and interpretation
1.1 In this Agreement:
“Availability Period” means the period from and including the date of this Agreement to and including the date falling three (3) months after the date of this Agreement.
“Interest Period” means, in relation to the Loan, each period of three (3) months or any other period agreed by the Borrower and the Agent.
“Repayment Date” means each 31 March, 30 June, 30 September and 31 December falling after the first anniversary of the date of this Agreement.
“Termination Date” means the date falling sixty (60) months after the date of this Agreement.
# 2. The Facility
2.1 Subject to the terms of this Agreement, the Lenders make available to the Borrower a sterling term loan facility in an aggregate amount of £12,000,000.
2.2 The Facility has a final maturity of sixty (60) months from the date of this Agreement and ends on the Termination Date.
# 3. Purpose
3.1 The Borrower shall apply all amounts borrowed towards the acquisition of Ribblesdale Dairies Limited and the payment of related fees, costs and expenses.
# 4. Repayment
4.1 The Borrower shall repay the Loan in equal instalments on each Repayment Date and shall repay all outstanding amounts in full on the Termination Date.
# 5. Interest and fees
5.1 The rate of interest on the Loan for each Interest Period is Compounded Reference Rate (SONIA) plus a Margin of 2.75% per annum, payable on the last day of each Interest Period.
5.2 The Borrower shall pay a commitment fee of 35% of the Margin on the undrawn Commitments during the Availability Period, payable quarterly in arrears.
# 6. Guarantee
6.1 The Parent irrevocably and unconditionally guarantees to each Finance Party punctual performance by the Borrower of all its obligations under the Finance Documents.
# 7. Governing law
7.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
Signed for CALDERBROOK FOODS HOLDINGS LIMITED by Amrit Sandhu, Director; for CALDERBROOK FOODS LIMITED by Amrit Sandhu, Director; for NORTHSTAR BANK PLC (as Arranger, Original Lender and Agent) by Helen Okafor, Managing Director`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Calderbrook Foods Holdings Limited", "Calderbrook Foods Limited", "Northstar Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-02",
      expiryDate: "2031-02-02",
      term: "60 months",
    },
  },
  {
    id: "v15-b-rcf-letter-brannock",
    format: "pdf",
    source: `Liffey Commercial Bank DAC
Business Banking Centre, 40 Merrion Square East, Dublin 2, D02 R958
Registered in Ireland No. 598812. Regulated by the Central Bank of Ireland.
9 March 2026
Private & Confidential
The Directors
Brannock Engineering Limited
Unit 12, Ballymount Industrial Estate, Dublin 12, D12 XY34
Our ref: BB/CR/20417
# Revolving Credit Facility
Dear Sirs,
We refer to our letter of 14 January 2026 setting out indicative terms and to our subsequent discussions. We are pleased to offer Brannock Engineering Limited (the “Borrower”) a revolving credit facility on the terms of this letter (the “Facility”).
1. Amount. Up to €750,000.
2. Acceptance. This offer will lapse unless a copy of this letter is countersigned on behalf of the Borrower and returned to us within twenty-one (21) days of its date.
3. Drawings. Each loan may be drawn for an interest period of one (1), three (3) or six (6) months on not less than three (3) Business Days' notice. Each loan must be repaid on the last day of its interest period and may be redrawn.
4. Interest. 3.25% per annum above the Bank's cost of funds, payable on the last day of each interest period.
5. Facility Period. The Facility is available for a period of twelve (12) months from the date of this letter (the “Facility Period”), and all loans must be repaid in full on the last day of the Facility Period. The Bank may, at its sole discretion, review the Facility before the end of the Facility Period with a view to offering a further period, but it is under no obligation to do so.
6. Security. The Facility will be secured by the existing debenture granted by the Borrower to the Bank dated 2 April 2019, which will continue in full force.
7. Financial covenants. Interest cover of not less than 3:1, tested every six (6) months on the Borrower's management accounts.
8. Governing law. This letter and the Facility are governed by the laws of Ireland, and the parties submit to the jurisdiction of the Irish courts.
Yours faithfully,
Aoife Gallagher, Senior Relationship Manager, for and on behalf of Liffey Commercial Bank DAC
===
# Acceptance
We accept the Facility on the terms and conditions of this letter.
Declan Brannock, Director, for and on behalf of Brannock Engineering Limited
Date: 23 March 2026`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Liffey Commercial Bank DAC", "Brannock Engineering Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-09",
      term: "12 months",
    },
  },
  {
    id: "v15-b-deed-of-guarantee-ferrand",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on the fifth day of May two thousand and twenty-six
BY:
(1) FERRAND TRUSTEES LIMITED, a company incorporated in Jersey with registered number 114422 and having its registered office at 15 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Ferrand Family Settlement (the “Guarantor”)
IN FAVOUR OF:
(2) CHANNEL ISLES PRIVATE BANK LIMITED, a company incorporated in Jersey with registered number 23567 and having its registered office at 1 Library Place, St Helier, Jersey JE4 8NE (the “Bank”)
BACKGROUND
(A) By a facility agreement dated 28 April 2026 (the “Facility Agreement”) the Bank agreed to make available to Corbière Yachting Limited (the “Borrower”) a term loan of £2,400,000 for a term of thirty-six (36) months from the date of first drawdown.
(B) The Guarantor has agreed to guarantee the obligations of the Borrower on the terms of this Deed.
IT IS AGREED as follows:
1. Guarantee. The Guarantor guarantees to the Bank the punctual payment of all present and future liabilities of the Borrower to the Bank (the “Guaranteed Liabilities”) and shall pay each amount demanded under this Deed within five (5) Business Days of demand.
2. Customary law rights. The Guarantor abandons any right it may have under the customary law of Jersey, whether by virtue of the droit de discussion or the droit de division or otherwise, to require the Bank to proceed against the Borrower first or to divide its claims.
3. Trustee capacity. The Guarantor enters into this Deed solely as trustee of the Ferrand Family Settlement, and its liability is limited to the assets of that settlement from time to time.
4. Continuing guarantee. This Deed is a continuing guarantee and has no fixed duration. It remains in force until terminated by the Guarantor giving the Bank not less than three (3) months' written notice. Termination does not affect the Guarantor's liability for Guaranteed Liabilities incurred or committed before that notice expires.
5. Reinstatement. If any payment received by the Bank is avoided or reduced within two (2) years after it is made, the Guarantor's liability shall continue as if that payment had not been made.
6. Governing law. This Deed is governed by Jersey law, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date stated at the beginning of it.
Executed as a deed by FERRAND TRUSTEES LIMITED as trustee of the Ferrand Family Settlement, acting by Marc Le Brocq and Sophie Vibert, Directors
Accepted by CHANNEL ISLES PRIVATE BANK LIMITED by Paul Renouf, Authorised Signatory`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Ferrand Trustees Limited", "Channel Isles Private Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-05-05",
      term: "Until terminated",
    },
  },
  {
    id: "v15-b-standstill-hudson-valley",
    format: "pdf",
    source: `# STANDSTILL AND FORBEARANCE AGREEMENT
This STANDSTILL AND FORBEARANCE AGREEMENT (this "Agreement") is entered into as of June 24, 2026, by and among HUDSON VALLEY CERAMICS, LLC, a New York limited liability company (the "Borrower"), ALBANY TILE HOLDINGS, INC., a Delaware corporation (the "Guarantor"), and EMPIRE STATE COMMERCIAL CREDIT CORP., a New York corporation (the "Lender").
# RECITALS
A. The Borrower and the Lender are parties to a Loan and Security Agreement dated as of March 15, 2022 (as amended, the "Loan Agreement"), under which the Lender made a term loan to the Borrower maturing on March 15, 2027. The Loan Agreement is governed by the laws of the State of Delaware.
B. Events of Default have occurred under Section 7.1(c) of the Loan Agreement as a result of the Borrower's failure to maintain the required Fixed Charge Coverage Ratio for the fiscal quarters ended December 31, 2025 and March 31, 2026 (the "Specified Defaults").
C. The Borrower has asked the Lender to refrain from exercising its remedies for a limited period, and the Lender is willing to do so on the terms of this Agreement.
# AGREEMENT
1. Definitions. "Effective Date" means July 1, 2026. Capitalized terms not defined in this Agreement have the meanings given in the Loan Agreement.
2. Standstill. During the Standstill Period the Lender shall not accelerate the Obligations or exercise any right or remedy in respect of the Specified Defaults.
3. Borrower Covenants. The Borrower shall (a) deliver a rolling 13-week cash flow forecast every week, (b) engage a financial advisor reasonably acceptable to the Lender within ten (10) Business Days after the Effective Date, and (c) pay the Lender a forbearance fee of $25,000 on the Effective Date.
4. Termination Events. The Standstill Period ends early if the Borrower fails to pay any amount within three (3) Business Days after it is due or breaches any covenant in Section 3.
5. Term. This Agreement shall be in effect from the Effective Date through and including December 31, 2026 (the "Standstill Period"), unless it ends earlier under Section 4.
6. Release. The Borrower and the Guarantor release the Lender from all claims arising on or before the Effective Date.
7. Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH THE LAWS OF THE STATE OF NEW YORK.
8. Counterparts. This Agreement may be executed in counterparts and by electronic signature.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
HUDSON VALLEY CERAMICS, LLC — By: Rachel Moretti, Managing Member
ALBANY TILE HOLDINGS, INC. — By: Rachel Moretti, Chief Executive Officer
EMPIRE STATE COMMERCIAL CREDIT CORP. — By: Jonathan Pierce, Senior Vice President`,
    truth: {
      title: "Standstill and Forbearance Agreement",
      documentType: "Other",
      parties: ["Hudson Valley Ceramics, LLC", "Albany Tile Holdings, Inc.", "Empire State Commercial Credit Corp."],
      governingLaw: "New York",
      effectiveDate: "2026-07-01",
      expiryDate: "2026-12-31",
      term: "6 months",
    },
  },
  {
    id: "v15-b-second-amending-agreement-muskoka",
    format: "docx",
    storedPageCount: 2,
    source: `# SECOND AMENDING AGREEMENT
THIS SECOND AMENDING AGREEMENT is made as of the 20th day of January, 2027,
BETWEEN:
MUSKOKA TIMBERWORKS INC., a corporation existing under the laws of the Province of Ontario (the "Borrower")
- and -
GEORGIAN BAY CAPITAL LENDING LP, a limited partnership formed under the laws of the Province of Ontario, by its general partner GEORGIAN BAY CAPITAL GP INC. (the "Lender")
WHEREAS:
A. The Borrower and the Lender entered into a loan agreement dated June 14, 2023 providing for a non-revolving term loan of CAD $4,500,000 for a term of five (5) years from the date of that agreement (as amended by a first amending agreement dated September 1, 2024, the "Loan Agreement");
B. The Borrower and the Lender wish to amend the Loan Agreement as set out in this Agreement.
NOW THEREFORE in consideration of the mutual covenants in this Agreement, the parties agree as follows:
1. Interpretation. Capitalized terms used but not defined in this Agreement have the meanings given to them in the Loan Agreement.
2. Amendment Effective Date. This Agreement takes effect on January 1, 2027 (the "Amendment Effective Date").
3. Amendments. With effect from the Amendment Effective Date:
(a) the definition of "Applicable Margin" in Section 1.1 of the Loan Agreement is amended to read "3.10% per annum";
(b) Section 8.2(d) of the Loan Agreement is amended so that the Debt Service Coverage Ratio shall not be less than 1.20:1, tested quarterly on a rolling four-quarter basis; and
(c) in Section 9.4 of the Loan Agreement, the cure period for non-monetary defaults is extended from fifteen (15) days to thirty (30) days.
4. Amendment Fee. The Borrower shall pay the Lender an amendment fee of CAD $11,250 within five (5) Business Days after the Amendment Effective Date.
5. No Other Changes. Except as amended by this Agreement, the Loan Agreement remains in full force and effect. Nothing in this Agreement changes the Maturity Date or the term of the Loan Agreement.
===
6. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7. Counterparts. This Agreement may be executed in counterparts and delivered electronically.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
MUSKOKA TIMBERWORKS INC. — Per: Name: Owen Tremblay, Title: President. I have authority to bind the corporation.
GEORGIAN BAY CAPITAL LENDING LP, by its general partner GEORGIAN BAY CAPITAL GP INC. — Per: Name: Priya Raman, Title: Managing Director. I have authority to bind the corporation.`,
    truth: {
      title: "Second Amending Agreement",
      documentType: "Amendment",
      parties: ["Muskoka Timberworks Inc.", "Georgian Bay Capital Lending LP"],
      governingLaw: "Ontario",
      effectiveDate: "2027-01-01",
      amends: "Loan Agreement",
    },
  },
  {
    id: "v15-b-shareholder-loan-umhlanga",
    format: "docx",
    storedPageCount: 2,
    source: `# SHAREHOLDER LOAN AGREEMENT
# Part A — Key Details
| Lender | Thandeka Grace Nkosi, of 14 Ridge Road, Umhlanga, KwaZulu-Natal, 4319 |
| Borrower | Umhlanga Coastal Logistics (Pty) Ltd (registration number 2017/284455/07), of 22 Meridian Drive, Umhlanga Ridge, 4319 |
| Loan Amount | R3,200,000 (three million two hundred thousand rand) |
| Signature Date | 9 March 2026 |
| Commencement Date | 1 April 2026 |
| Capital Moratorium | the first six (6) months of the Loan Period, during which only interest is payable |
| Repayment | thirty (30) equal monthly instalments, the first on the last Business Day of the seventh month of the Loan Period |
| Interest | the prime lending rate of the Borrower's bankers plus 1.5% per annum, compounded monthly |
| Early Repayment Lock-in | no voluntary prepayment during the first twelve (12) months of the Loan Period |
| Loan Period | 3 (three) years commencing on the Commencement Date |
# Part B — Terms
1. Interpretation. Words defined in Part A have the meanings given there, and Part A and Part B together form this Agreement.
2. Advance. The Lender shall advance the Loan Amount to the Borrower's nominated bank account on the Commencement Date.
3. Subordination. The Lender's claims under this Agreement are subordinated to the claims of the Borrower's senior bank lender for so long as any senior facility is outstanding.
4. Final repayment. All amounts outstanding must be repaid no later than the last day of the Loan Period.
5. Default. If the Borrower fails to pay any instalment and does not remedy that failure within ten (10) Business Days after written notice, the full outstanding balance becomes immediately due.
===
6. National Credit Act. The parties record that the Borrower is a juristic person whose asset value and annual turnover exceed the applicable threshold, so that the National Credit Act 34 of 2005 does not apply to this Agreement.
7. Domicilium. Each party chooses its address in Part A as its domicilium citandi et executandi.
8. Governing law. This Agreement is governed by the laws of the Republic of South Africa.
9. Whole agreement. No variation of this Agreement is of any effect unless in writing and signed by both parties.
Signed at Umhlanga on 9 March 2026 by THANDEKA GRACE NKOSI, in the presence of two witnesses
Signed at Umhlanga on 9 March 2026 for UMHLANGA COASTAL LOGISTICS (PTY) LTD by Sipho Dlamini, Director, who warrants that he is duly authorised`,
    truth: {
      title: "Shareholder Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Thandeka Grace Nkosi", "Umhlanga Coastal Logistics (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v15-b-comfort-letter-kinta",
    format: "txt",
    source: `KINTA HOLDINGS BERHAD
(Registration No. 199601012345)
Level 9, Menara Kinta, Jalan Sultan Idris Shah, 30000 Ipoh, Perak, Malaysia
1 July 2026
The Manager, Corporate Banking
Perak Merchant Bank Berhad
No. 2, Jalan Dato' Maharaja Lela, 30000 Ipoh, Perak
Dear Sirs,
We refer to the banking facilities of up to RM5,000,000 granted by you to our wholly-owned subsidiary, Kinta Polymers Sdn. Bhd. (the "Subsidiary"), under your letter of offer dated 12 June 2026. We note that the facilities have a tenor of five (5) years from first drawdown and that each trade financing line is repayable within one hundred and twenty (120) days.
In consideration of your granting the facilities to the Subsidiary, we confirm that:
1. we are aware of and approve the facilities granted to the Subsidiary;
2. we will not reduce our shareholding in the Subsidiary below 51% without giving you at least thirty (30) days' prior written notice; and
3. it is our policy to ensure that the Subsidiary is managed so that it is able to meet its financial obligations to you as they fall due.
This letter is a statement of our present intention and policy and is not a guarantee. Except for paragraph 2, it is not intended to create legal obligations enforceable against us.
This letter will remain in effect for eighteen (18) months from its date, after which it will lapse automatically without further notice.
This letter is governed by the laws of Malaysia.
Yours faithfully,
For and on behalf of KINTA HOLDINGS BERHAD
Dato' Lim Chee Keong, Group Managing Director
Acknowledged for and on behalf of Perak Merchant Bank Berhad by Nur Aisyah Rahman, Head of Corporate Banking, on 8 July 2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Kinta Holdings Berhad", "Perak Merchant Bank Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-01-01",
      term: "18 months",
    },
  },
  {
    id: "v15-b-intercompany-loan-falcon-crest",
    format: "txt",
    source: `# INTERCOMPANY REVOLVING LOAN AGREEMENT
This Agreement is dated 20 December 2026 and is made between:
(1) FALCON CREST HOLDINGS LIMITED, a company incorporated in the Dubai International Financial Centre with registered number 4821, whose registered office is at Unit 1203, Level 12, Gate Precinct Building 3, DIFC, Dubai, United Arab Emirates (the "Lender"); and
(2) FALCON CREST TRADING DMCC, a company registered in the Dubai Multi Commodities Centre with licence number DMCC-778812, of Unit 3401, Jumeirah Bay Tower X2, Jumeirah Lakes Towers, Dubai, United Arab Emirates (the "Borrower").
1. Definitions
"Commencement Date" means 1 January 2027.
"Facility Limit" means USD 15,000,000.
"Interest Period" means each period of one (1) month.
"Initial Period" means the period of one (1) year from the Commencement Date.
2. Facility. The Lender makes available to the Borrower a revolving loan facility up to the Facility Limit. Each advance shall be requested not less than two (2) Business Days before the proposed drawdown date.
3. Interest. Each advance bears interest at Term SOFR plus 1.25% per annum, payable on the last day of each Interest Period. The parties intend the rate to be on arm's length terms.
4. Repayment. All advances shall be repaid on the last day of the Initial Period or, if this Agreement has been extended, on the last day of the then current Extension Period.
5. Duration and extension.
5.1 This Agreement shall be in force for the Initial Period.
5.2 On the expiry of the Initial Period and of each Extension Period, this Agreement is automatically extended for a further period of one (1) year (each an "Extension Period") unless the Lender notifies the Borrower at least ninety (90) days before the end of the then current period that it will not be extended.
6. Confidentiality. Each party shall keep the terms of this Agreement confidential, and this obligation survives for three (3) years after this Agreement ends.
7. Governing law and jurisdiction. This Agreement is governed by the laws of the Dubai International Financial Centre, and the Courts of the Dubai International Financial Centre have exclusive jurisdiction.
Signed for and on behalf of FALCON CREST HOLDINGS LIMITED by Khalid Al Mansoori, Director
Signed for and on behalf of FALCON CREST TRADING DMCC by Anjali Menon, Manager`,
    truth: {
      title: "Intercompany Revolving Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Falcon Crest Holdings Limited", "Falcon Crest Trading DMCC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2027-01-01",
      expiryDate: "2028-01-01",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
