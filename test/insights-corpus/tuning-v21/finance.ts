import type { UnseenDocument } from "../unseen/types";

/** Tuning v21: eight finance documents (facilities, loans, a guarantee, security and an amendment) with the answers a lawyer would give. */
export const FINANCE_V21: UnseenDocument[] = [
  {
    id: "v21-finance-ny-revolving-credit",
    format: "pdf",
    pageFooters: true,
    source: `# REVOLVING CREDIT FACILITY AGREEMENT
This Revolving Credit Facility Agreement (this "Agreement") is made and entered into as of March 3, 2026, by and between HARBOR LANE LOGISTICS, LLC, a Delaware limited liability company (the "Borrower"), and FIRST KEYSTONE BANK, N.A., a national banking association (the "Lender").
# RECITALS
WHEREAS, the Borrower is a wholly owned subsidiary of Harbor Lane Holdings, Inc. (the "Parent"), which has agreed to guarantee the Obligations pursuant to a separate Guaranty dated as of the Effective Date; and
WHEREAS, the Borrower has requested that the Lender make available a revolving credit facility in a maximum principal amount of $15,000,000, and the Lender is willing to do so on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# ARTICLE 1. DEFINITIONS
"Effective Date" means March 10, 2026, being the date on which each of the conditions precedent set forth in Article 4 was satisfied or waived by the Lender.
"Maturity Date" means March 10, 2029, or such earlier date on which the Commitment is terminated in accordance with Section 7.2.
"Interest Period" means, for each SOFR Loan, a period of one, three or six months, as selected by the Borrower in a Notice of Borrowing.
# ARTICLE 2. THE FACILITY
2.1 Commitment. Subject to the terms hereof, the Lender agrees to make revolving loans to the Borrower from time to time during the period from the Effective Date to the Maturity Date, a term of thirty-six (36) months, in an aggregate principal amount at any one time outstanding not to exceed $15,000,000.
2.2 Extension Option. The Borrower may, not more than once, request that the Lender extend the Maturity Date by twelve (12) months by written notice given not less than ninety (90) days before the then-current Maturity Date. Any such extension shall be in the sole discretion of the Lender.
2.3 Repayment. The Borrower shall repay the outstanding principal amount of all Loans, together with accrued and unpaid interest, on the Maturity Date.
===
# ARTICLE 3. INTEREST AND FEES
3.1 Interest. Each SOFR Loan shall bear interest at Term SOFR for the applicable Interest Period plus 2.35% per annum.
3.2 Unused Fee. The Borrower shall pay an unused fee of 0.25% per annum on the average daily unused Commitment, payable quarterly in arrears within ten (10) Business Days after the end of each calendar quarter.
# ARTICLE 8. MISCELLANEOUS
8.1 Governing Law. This Agreement shall be governed by, and construed in accordance with, the law of the State of New York, without regard to conflict-of-law principles other than Sections 5-1401 and 5-1402 of the New York General Obligations Law.
8.2 Jurisdiction. Each party submits to the exclusive jurisdiction of the state and federal courts sitting in the Borough of Manhattan, New York County.
8.3 Survival. Sections 3.4 (Increased Costs) and 8.5 (Indemnity) shall survive for two (2) years after the repayment of the Loans and the termination of the Commitment.
8.4 Notices. Notices to the Borrower shall be sent to 2200 Port Access Road, Wilmington, Delaware 19801, with a copy (which shall not constitute notice) to Pemberton Vail & Ostrowski LLP, Attn: Dana R. Whitcombe, Esq.
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their duly authorized officers as of the date first written above.
| HARBOR LANE LOGISTICS, LLC | FIRST KEYSTONE BANK, N.A. |
| By: Harbor Lane Holdings, Inc., its sole member | By: ______________________ |
| By: ______________________ Name: Owen T. Marchetti, Title: President | Name: Priya Raman, Title: Senior Vice President |`,
    truth: {
      title: "Revolving Credit Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Harbor Lane Logistics, LLC", "First Keystone Bank, N.A."],
      governingLaw: "New York",
      effectiveDate: "2026-03-10",
      expiryDate: "2029-03-10",
      term: "36 months",
    },
  },
  {
    id: "v21-finance-english-facility-letter",
    format: "docx",
    storedPageCount: 2,
    source: `Northgate Commercial Bank plc
Corporate Banking Centre, 40 Colmore Row, Birmingham B3 2BJ
Registered in England and Wales No. 00234517
PRIVATE AND CONFIDENTIAL
The Directors
Fenwick & Dale (Holdings) Limited
Unit 7, Tame Valley Business Park, Tamworth B77 5DS
14 April 2026
Our ref: CB/FDH/2291
Dear Sirs
# Term Loan Facility Letter
1. We, Northgate Commercial Bank plc (the "Bank"), are pleased to offer Fenwick & Dale (Holdings) Limited (the "Borrower") a term loan facility (the "Facility") on the terms of this letter. This letter replaces our indicative terms letter dated 2 March 2026, which is withdrawn.
2. Amount and purpose: £2,500,000, to part-finance the acquisition by the Borrower of the entire issued share capital of Orton Precision Castings Limited (the "Target").
3. Availability: the Facility may be drawn in one amount within three months of the date of this letter, after which any undrawn amount will be cancelled.
4. Repayment: the Facility shall be repaid in twenty equal quarterly instalments, with all amounts outstanding repaid in full on 14 April 2031, being the date falling sixty (60) months from the date of this letter (the "Final Repayment Date").
5. Interest: 2.75% per annum above the Bank of England Base Rate, payable monthly in arrears.
6. Security: (a) a debenture from the Borrower; (b) a debenture and cross guarantee from the Target; and (c) a personal guarantee from Mr Robert J. Fenwick limited to £500,000 plus interest and costs.
7. Financial covenants: interest cover of not less than 4:1 and leverage of not more than 2.5:1, each tested quarterly on a rolling twelve-month basis.
===
8. Fees: an arrangement fee of £18,750, payable on acceptance of this letter.
9. Conditions precedent: the Bank must receive the security documents, the signed acquisition agreement and a legal opinion from the Borrower's solicitors in form and substance satisfactory to it.
10. Governing law: this letter and any non-contractual obligations arising out of or in connection with it are governed by English law, and the courts of England have exclusive jurisdiction.
11. Acceptance: this offer will lapse if a signed copy is not returned to us by 28 April 2026.
Yours faithfully
Helen Okafor
Relationship Director, for and on behalf of Northgate Commercial Bank plc
# Acceptance
We accept the Facility on the terms and conditions set out above.
Signed by Dale Whitmore, Director, for and on behalf of Fenwick & Dale (Holdings) Limited
Date: 21 April 2026
cc: Harcourt Lyle LLP, solicitors to the Borrower`,
    truth: {
      title: "Term Loan Facility Letter",
      documentType: "Facility agreement",
      parties: ["Northgate Commercial Bank plc", "Fenwick & Dale (Holdings) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2031-04-14",
      term: "60 months",
    },
  },
  {
    id: "v21-finance-scottish-floating-charge",
    format: "txt",
    source: `# FLOATING CHARGE
by
CAIRNGORM DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC402118) and having its Registered Office at Glenmore Road, Aviemore PH22 1RB (the "Company")
in favour of
BANK OF THE LOTHIANS PLC, incorporated under the Companies Acts (Registered Number SC009911) and having its Registered Office at 12 Charlotte Square, Edinburgh EH2 4DR (the "Bank")
The Company, in security of the payment and discharge of the Secured Obligations, hereby grants in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this instrument is in force comprised in the property and undertaking of the Company.
1. Definitions. In this Floating Charge: "Facility Agreement" means the revolving facility agreement dated 20 March 2026 between the Company and the Bank, under which a facility is available for a period of three years; and "Secured Obligations" means all present and future obligations and liabilities of the Company to the Bank, whether actual or contingent, under the Facility Agreement or otherwise.
2. Ranking. This Floating Charge shall rank after the standard security over the distillery at Glenmore Road granted in favour of Speyside Property Finance Limited (the "Prior Chargeholder"), as regulated by the ranking agreement among the Company, the Bank and the Prior Chargeholder.
3. Negative pledge. The Company shall not, without the prior written consent of the Bank, create or permit to subsist any fixed security or floating charge over any part of its property other than in favour of the Bank or the Prior Chargeholder.
4. Continuing security. This Floating Charge is a continuing security and will extend to the ultimate balance of the Secured Obligations, regardless of any intermediate payment or discharge in part.
5. Enforcement. At any time after any of the Secured Obligations have become due and remain unpaid, the Bank may appoint an administrator of the Company or exercise any other power conferred on the holder of a floating charge by law.
6. Notices. A notice sent by first class post shall be deemed received forty-eight (48) hours after posting.
7. Certificate. A certificate signed by any officer of the Bank as to the amount of the Secured Obligations shall, save in the case of manifest error, be conclusive.
8. Governing law. This Floating Charge shall be governed by and construed in accordance with the law of Scotland, and the Company prorogates the non-exclusive jurisdiction of the Scottish courts.
9. Registration. The Company consents to the registration of this Floating Charge and of any certificate referred to in clause 7 for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
SUBSCRIBED for and on behalf of CAIRNGORM DISTILLING COMPANY LIMITED at Aviemore on the Fourth day of May Two thousand and twenty-six by Fiona MacLeod, Director, before this witness: Callum Grant, Trainee Solicitor, Strathspey Legal LLP, 3 Grampian Road, Aviemore`,
    truth: {
      title: "Floating Charge",
      documentType: "Security agreement",
      parties: ["Cairngorm Distilling Company Limited", "Bank of the Lothians plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-04",
    },
  },
  {
    id: "v21-finance-irish-deed-of-guarantee",
    format: "pdf",
    pageFooters: true,
    source: `DATED 2 June 2026
(1) Ó BRIAIN FAMILY HOLDINGS DESIGNATED ACTIVITY COMPANY
(2) SIOBHÁN NÍ BHRIAIN
(3) LEINSTER MERCANTILE BANK DAC
# DEED OF GUARANTEE AND INDEMNITY
in respect of facilities made available to Kilbride Fresh Foods Limited
Fitzwilliam Quinlan LLP, Solicitors, 22 Merrion Square, Dublin 2
===
THIS DEED OF GUARANTEE AND INDEMNITY is made on 2 June 2026
BETWEEN:
(1) Ó BRIAIN FAMILY HOLDINGS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 611204, whose registered office is at Unit 4, Naas Road Business Park, Dublin 12 ("Holdings");
(2) SIOBHÁN NÍ BHRIAIN of Rathmore House, Kilbride, County Wicklow (together with Holdings, the "Guarantors" and each a "Guarantor"); and
(3) LEINSTER MERCANTILE BANK DAC, registered number 488120, of 1 Grand Canal Quay, Dublin 2 (the "Bank").
# BACKGROUND
(A) By a facility agreement dated 15 May 2026 between Kilbride Fresh Foods Limited (the "Borrower") and the Bank (the "Facility Agreement"), the Bank agreed to make available to the Borrower a term loan facility of €4,000,000 for a term of five years.
(B) The Guarantors have agreed to guarantee the obligations of the Borrower to the Bank on the terms of this Deed.
# 1. DEFINITIONS
In this Deed: "Guarantee Period" means the period of three (3) years commencing on the date of this Deed; "Guaranteed Obligations" means all money and liabilities now or hereafter due, owing or incurred by the Borrower to the Bank under the Facility Agreement; and "Maximum Amount" means €1,500,000.
# 2. GUARANTEE AND INDEMNITY
2.1 Each Guarantor jointly and severally, irrevocably and unconditionally guarantees to the Bank the punctual payment of the Guaranteed Obligations, subject to the Maximum Amount.
2.2 Each Guarantor, as principal obligor and as a separate obligation, indemnifies the Bank against any loss it incurs if any Guaranteed Obligation is or becomes unenforceable, invalid or illegal.
# 3. DURATION
3.1 This Deed shall remain in force for the Guarantee Period and shall expire at midnight on 1 June 2029, save in respect of any claim notified by the Bank to a Guarantor in writing before that time.
3.2 A Guarantor shall pay any amount claimed under this Deed within fourteen (14) days of written demand by the Bank.
# 4. INDEPENDENT ADVICE
Siobhán Ní Bhriain confirms that before executing this Deed she received independent legal advice from Ormond Keane Solicitors, Wicklow.
# 5. GOVERNING LAW AND JURISDICTION
This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
| PRESENT when the common seal of Ó BRIAIN FAMILY HOLDINGS DESIGNATED ACTIVITY COMPANY was affixed hereto: | Director: Pádraig Ó Briain | Director/Secretary: Aoife Ó Briain |
| SIGNED AND DELIVERED as a deed by SIOBHÁN NÍ BHRIAIN in the presence of: | Witness: Declan Farrell, Solicitor | |
| SIGNED for and on behalf of LEINSTER MERCANTILE BANK DAC by its authorised signatory: | Gráinne Lynch | |`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Ó Briain Family Holdings Designated Activity Company", "Siobhán Ní Bhriain", "Leinster Mercantile Bank DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-02",
      expiryDate: "2029-06-01",
      term: "3 years",
    },
  },
  {
    id: "v21-finance-california-loan-amendment",
    format: "docx",
    source: `# AMENDMENT NO. 2 TO LOAN AND SECURITY AGREEMENT
This AMENDMENT NO. 2 TO LOAN AND SECURITY AGREEMENT (this “Amendment”) is entered into as of July 1, 2026 (the “Amendment Date”), by and among REDWOOD TRAIL BIOSCIENCES, INC., a Delaware corporation (“Parent Borrower”), REDWOOD TRAIL LABS LLC, a California limited liability company (together with Parent Borrower, “Borrowers”), and SIERRA CREST CAPITAL PARTNERS II, L.P., a Delaware limited partnership (“Lender”).
# RECITALS
A. Borrowers and Lender are parties to that certain Loan and Security Agreement dated as of September 15, 2024 (as amended by that certain Amendment No. 1 to Loan and Security Agreement dated as of March 28, 2025, the “Loan Agreement”), pursuant to which Lender made term loans to Borrowers maturing on September 1, 2028.
B. Lender’s rights under the Loan Agreement are subject to the Subordination Agreement dated as of September 15, 2024 between Lender and Pacific Harbor Bank, which is governed by the laws of the State of New York.
C. Borrowers have requested that Lender make available an additional term loan and amend certain financial covenants, and Lender has agreed to do so, subject to the terms of this Amendment.
NOW, THEREFORE, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Loan Agreement.
2. Amendments to Loan Agreement.
2.1 Section 2.1 of the Loan Agreement is amended by adding the following new subsection (c): “(c) Term C Loan. Subject to the terms hereof, Lender shall make a term loan to Borrowers in the original principal amount of $5,000,000 on or after the Amendment Date and on or before December 31, 2026.”
2.2 Section 6.9(a) (Minimum Liquidity) of the Loan Agreement is amended by replacing “$7,500,000” with “$10,000,000”.
2.3 The definition of “Prepayment Fee” in Section 13.1 of the Loan Agreement is amended to read: “Prepayment Fee” means, with respect to any term loan prepaid, an amount equal to 3% of the principal prepaid if prepaid within twelve (12) months after its Funding Date, and 2% of the principal prepaid thereafter.
3. Conditions to Effectiveness. This Amendment shall be effective upon Lender’s receipt of this Amendment duly executed by Borrowers and an amendment fee of $50,000.
4. Reaffirmation. Except as expressly amended by this Amendment, the Loan Agreement remains unmodified and in full force and effect, and Borrowers ratify and reaffirm their obligations under it.
5. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflicts of law principles.
6. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the parties have duly executed this Amendment as of the Amendment Date.
BORROWERS:
REDWOOD TRAIL BIOSCIENCES, INC.
By: ______________________ Name: Marisol Aguilar-Pérez Title: Chief Financial Officer
REDWOOD TRAIL LABS LLC
By: Redwood Trail Biosciences, Inc., its Manager
By: ______________________ Name: Marisol Aguilar-Pérez Title: Chief Financial Officer
LENDER:
SIERRA CREST CAPITAL PARTNERS II, L.P.
By: Sierra Crest Capital GP II, LLC, its General Partner
By: ______________________ Name: Jonathan K. Abernathy Title: Managing Director`,
    truth: {
      title: "Amendment No. 2 to Loan and Security Agreement",
      documentType: "Amendment",
      parties: ["Redwood Trail Biosciences, Inc.", "Redwood Trail Labs LLC", "Sierra Crest Capital Partners II, L.P."],
      governingLaw: "California",
      effectiveDate: "2026-07-01",
      amends: "Loan and Security Agreement",
    },
  },
  {
    id: "v21-finance-singapore-loan-key-details",
    format: "pdf",
    pdfMargin: 90,
    source: `# LOAN AGREEMENT
This Loan Agreement is made on the date stated in Item 1 of the Key Details between the parties named in Items 2, 3 and 4 of the Key Details.
# KEY DETAILS
| Item | Detail |
| 1. Date of Agreement | 18 August 2026 |
| 2. Borrower | Meridian Straits Marine Pte. Ltd. (UEN 201912345K), 80 Robinson Road #14-02, Singapore 068898 |
| 3. Lender | Lion City Capital Finance Pte. Ltd. (UEN 201501234D), 1 Raffles Place #30-01, One Raffles Place, Singapore 048616 |
| 4. Guarantor | Meridian Straits Holdings Pte. Ltd. (UEN 201811111R), 80 Robinson Road #14-01, Singapore 068898 |
| 5. Loan Amount | S$8,000,000 |
| 6. Purpose | Refinancing of the vessel MV Straits Pioneer and general working capital |
| 7. Availability Period | 3 months from the Date of Agreement |
| 8. Loan Term | From 18 August 2026 to 17 August 2029 |
| 9. Interest | Compounded SORA plus 3.10% per annum; Interest Periods of 3 months |
| 10. Repayment | 12 equal quarterly instalments, the last falling on 17 August 2029 (the Final Maturity Date) |
| 11. Prepayment | Not permitted during the first 12 months of the Loan Term (the Lock-in Period) |
| 12. Governing Law | Singapore |
===
# STANDARD TERMS
1. Loan. The Lender agrees to lend the Loan Amount to the Borrower in a single advance during the Availability Period for the Purpose.
2. Guarantee. The Guarantor irrevocably guarantees to the Lender the due payment of all amounts owing by the Borrower under this Agreement.
3. Security. The Loan shall be secured by a first preferred mortgage over MV Straits Pioneer registered with the Maritime and Port Authority of Singapore and an assignment of the Borrower's earnings under its time charter with Kepler Bulk Carriers S.A.
4. Default. It is an event of default if the Borrower fails to pay any amount within three (3) Business Days of its due date.
5. Third parties. A person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 1901 to enforce any of its terms.
6. Law and jurisdiction. This Agreement is governed by the laws of the Republic of Singapore, and the parties submit to the non-exclusive jurisdiction of the courts of Singapore.
This Agreement was prepared by Koh Lim & Partners LLP, counsel to the Lender.
# EXECUTION
| Party | Signed by | Witness |
| MERIDIAN STRAITS MARINE PTE. LTD. | Tan Wei Ming, Director | Lim Hui Shan |
| LION CITY CAPITAL FINANCE PTE. LTD. | Rajesh s/o Subramaniam, Authorised Signatory | Nur Aisyah binte Rahman |
| MERIDIAN STRAITS HOLDINGS PTE. LTD. | Tan Wei Ming, Director | Lim Hui Shan |`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Meridian Straits Marine Pte. Ltd.", "Lion City Capital Finance Pte. Ltd.", "Meridian Straits Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-18",
      expiryDate: "2029-08-17",
      term: "36 months",
    },
  },
  {
    id: "v21-finance-victoria-general-security-deed",
    format: "pdf",
    source: `# GENERAL SECURITY DEED
THIS DEED is made on the 3rd day of September 2026 between the parties described in Schedule 1.
# BACKGROUND
A. The Secured Party has agreed to provide equipment finance to the Grantor under the Master Equipment Finance Agreement dated 12 August 2026 (the "Finance Agreement"), for a term of sixty months from the date of each schedule.
B. Bellarine Coastal Holdings Pty Ltd, a related body corporate of the Grantor, has guaranteed the Secured Money under a separate deed of guarantee.
C. The Grantor has agreed to grant the Secured Party a security interest over all its present and after-acquired property on the terms of this deed.
# OPERATIVE PROVISIONS
1. Definitions. In this deed: "Collateral" means all of the Grantor's present and after-acquired property; "PPSA" means the Personal Property Securities Act 2009 (Cth); and "Secured Money" means all money the Grantor is or may become liable to pay to the Secured Party under the Finance Agreement or otherwise.
2. Grant of security. The Grantor grants a security interest in the Collateral to the Secured Party to secure payment of the Secured Money.
3. Trustee. The Grantor enters into this deed in its own right and as trustee of the Bellarine Coastal Unit Trust, and warrants that it has power under the trust deed to do so.
4. Registration. The Secured Party may register one or more financing statements on the PPSR, and the Grantor waives its right to receive a verification statement.
5. Release. The Secured Party will release the Collateral within ten (10) Business Days after the Secured Money has been paid in full.
6. Enforcement. If an Event of Default occurs, the Secured Party may appoint a receiver to any of the Collateral and exercise all rights of a secured party under the PPSA.
7. Governing law. This deed is governed by the laws of Victoria, and each party submits to the non-exclusive jurisdiction of the courts of Victoria and courts competent to hear appeals from them.
===
# SCHEDULE 1 – PARTIES
| Grantor | Bellarine Coastal Pty Ltd (ACN 612 345 678) as trustee for the Bellarine Coastal Unit Trust (ABN 44 612 345 678), 14 The Esplanade, Queenscliff VIC 3225 |
| Secured Party | Southern Cross Equipment Finance Pty Limited (ACN 098 765 432), Level 21, 101 Collins Street, Melbourne VIC 3000 |
| Lawyers for the Secured Party | Holloway & Tran Lawyers, Level 8, 55 King Street, Melbourne VIC 3000 |
# EXECUTED AS A DEED
| Executed by Bellarine Coastal Pty Ltd ACN 612 345 678 as trustee for the Bellarine Coastal Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Thomas J. McAllister | Director/Secretary: Leanne McAllister |
| Signed, sealed and delivered for Southern Cross Equipment Finance Pty Limited by its attorney under a power of attorney dated 1 July 2024 | Attorney: Kirsty Anand | Witness: Ben O'Donnell |`,
    truth: {
      title: "General Security Deed",
      documentType: "Security agreement",
      parties: ["Bellarine Coastal Pty Ltd", "Southern Cross Equipment Finance Pty Limited"],
      governingLaw: "Victoria",
      effectiveDate: "2026-09-03",
    },
  },
  {
    id: "v21-finance-ontario-trust-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
THIS LOAN AGREEMENT is dated the 15th day of September, 2026.
BETWEEN:
MARIE-HÉLÈNE DUBOIS and GÉRARD DUBOIS, both of 48 Lakeshore Road East, Oakville, Ontario L6J 1H7, in their capacity as trustees of the Dubois Family Trust (collectively, the "Lender")
- and -
2468135 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario and carrying on business as Lakeshore Bistro & Bar (the "Borrower")
WHEREAS the Lender has agreed to lend to the Borrower the sum of CAD 350,000 to fund the fit-out of the Borrower's restaurant premises, which the Borrower holds under a lease for a term of ten (10) years;
NOW THEREFORE the parties agree as follows:
1. Definitions. "Commencement Date" means October 1, 2026, being the date on which the Loan is to be advanced. "Term" has the meaning given in section 3.
2. Loan. The Lender shall advance to the Borrower on the Commencement Date the principal sum of CAD 350,000 (the "Loan").
3. Term. The Loan is made for an initial term of two (2) years commencing on the Commencement Date (the "Term").
4. Renewal. At the end of the Term and of each renewal term, the Term shall automatically renew for a further period of one (1) year on the same terms unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
5. Interest. The Loan bears interest at 7.5% per annum, calculated monthly, not in advance, and payable on the first day of each month.
6. Prepayment. The Borrower may prepay the Loan in whole or in part without bonus or penalty on thirty (30) days' written notice.
7. Guarantee. The Borrower's obligations shall be guaranteed by its sole shareholder, Luc Tremblay, under a separate guarantee of even date.
8. Independent legal advice. The Borrower acknowledges that it has been advised by Wexford Pratt LLP and the Lender by Ahmed & Boateng Professional Corporation.
9. Governing law. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
SIGNED, SEALED AND DELIVERED in the presence of: Anjali Mehta, Witness
Marie-Hélène Dubois, Trustee
Gérard Dubois, Trustee
2468135 ONTARIO INC., Per: Luc Tremblay, President. I have authority to bind the corporation.`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Marie-Hélène Dubois", "Gérard Dubois", "2468135 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-10-01",
      expiryDate: "2028-09-30",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
