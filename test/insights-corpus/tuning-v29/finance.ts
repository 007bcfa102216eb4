import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: finance — loan and facility agreements, facility letters, guarantees, security documents and amendments from many jurisdictions. */
export const FINANCE_V29: UnseenDocument[] = [
  {
    id: "v29-finance-hk-term-loan-facility-letter",
    format: "pdf",
    pageFooters: true,
    source: `VICTORIA HARBOUR BANK LIMITED
Corporate Banking Division, 22/F, 88 Queen's Road Central, Hong Kong
Our Ref: CBD/LPE/2026/117
14 April 2026
PRIVATE AND CONFIDENTIAL
The Directors
Lantau Precision Engineering Company Limited
Unit 1203, 12/F, Kwai Fung Industrial Centre, 18 Tai Lin Pai Road, Kwai Chung, New Territories
Dear Sirs,
# Term Loan Facility
We refer to your application dated 9 March 2026 and our recent discussions. We are pleased to offer you the following facility on the terms and subject to the conditions of this letter and our Standard Terms and Conditions for Corporate Banking Facilities (the "Standard Terms").
| Borrower | Lantau Precision Engineering Company Limited (Company No. 1842296) |
| Facility | Term loan of HK$38,000,000 |
| Purpose | To part-finance the purchase of CNC machining equipment for the Borrower's Kwai Chung workshop |
| Availability Period | 3 months from the date of this letter; any amount not drawn by then will be cancelled |
| Tenor | 36 months from the date of this letter, all amounts outstanding to be repaid in full on the last day of that period (the "Final Maturity Date") |
| Repayment | 12 equal quarterly instalments, the first falling 3 months after drawdown and the last on the Final Maturity Date |
| Interest | 1.85% per annum over 3-month HIBOR, payable quarterly in arrears |
| Arrangement Fee | HK$95,000, payable on acceptance of this letter |
| Security | (a) a personal guarantee from Mr Chan Wai Keung for HK$38,000,000; (b) a chattel mortgage over the equipment financed |
===
Conditions precedent: before first drawdown we must receive this letter duly accepted, certified board resolutions of the Borrower, the executed security documents and the supplier's invoices for the equipment.
Prepayment: the Borrower may prepay the loan in whole or in part on any interest payment date on giving us not less than 30 days' prior written notice, subject to a prepayment fee of 1% of the amount prepaid during the first 12 months.
Financial covenant: the Borrower shall maintain a tangible net worth of not less than HK$60,000,000, tested on its audited accounts for each financial year ending 31 March.
Governing law: this letter and the facility are governed by the laws of the Hong Kong Special Administrative Region, and the Borrower submits to the non-exclusive jurisdiction of the Hong Kong courts.
This offer will lapse if we do not receive the duplicate of this letter duly signed by you within 14 days of its date.
Yours faithfully,
For and on behalf of Victoria Harbour Bank Limited
Winnie Lau, Director, Corporate Banking
ACCEPTANCE
We accept the above facility on the terms and conditions set out in this letter and the Standard Terms.
For and on behalf of Lantau Precision Engineering Company Limited
Chan Wai Keung, Director
Date: 22 April 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Bank Limited", "Lantau Precision Engineering Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "36 months",
    },
  },
  {
    id: "v29-finance-english-senior-facilities-agreement",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 27 February 2026
# SENIOR FACILITIES AGREEMENT
£45,000,000 term and revolving credit facilities
for
HARROWGATE LOGISTICS HOLDINGS LIMITED
as Company
arranged by
NORTHGATE BANK PLC
with
ASHDOWN CAPITAL AGENCY LIMITED
acting as Agent
Fenwick Rowe LLP, 1 Cheapside Court, London EC2V 6DX
===
THIS AGREEMENT is dated 27 February 2026 and made between:
(1) HARROWGATE LOGISTICS HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 09876512 (the "Company");
(2) HARROWGATE LOGISTICS LIMITED, a company incorporated in England and Wales with registered number 07112348 (the "Original Guarantor");
(3) NORTHGATE BANK PLC as mandated lead arranger (the "Arranger") and as original lender (the "Original Lender"); and
(4) ASHDOWN CAPITAL AGENCY LIMITED as agent of the Finance Parties (the "Agent").
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
"Availability Period" means, in relation to Facility A, the period from and including the date of this Agreement to and including the date falling three months after the date of this Agreement and, in relation to Facility B, the period from and including the date of this Agreement to and including the date falling one month before the Termination Date.
"Facility A" means the £30,000,000 term loan facility and "Facility B" means the £15,000,000 revolving credit facility made available under Clause 2 (The Facilities).
"Interest Period" means, in relation to a Loan, a period of three months or such other period as the Company and the Agent may agree.
"Original Financial Statements" means the audited consolidated financial statements of the Company for its financial year ended 31 December 2025.
"Termination Date" means the date falling five years after the date of this Agreement.
# 2. THE FACILITIES
Subject to the terms of this Agreement, the Original Lender makes available to the Company Facility A and Facility B.
# 7. REPAYMENT
The Company shall repay the Facility A Loans in equal semi-annual instalments of £2,000,000, the first falling twelve months after the date of this Agreement, and shall repay all outstanding Facility A Loans and Facility B Loans in full on the Termination Date.
===
# 40. GOVERNING LAW
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
# 41. JURISDICTION
The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
THE COMPANY: HARROWGATE LOGISTICS HOLDINGS LIMITED, By: Daniel Okafor, Director
THE ORIGINAL GUARANTOR: HARROWGATE LOGISTICS LIMITED, By: Daniel Okafor, Director
THE ARRANGER AND ORIGINAL LENDER: NORTHGATE BANK PLC, By: Rebecca Sharples, Managing Director
THE AGENT: ASHDOWN CAPITAL AGENCY LIMITED, By: Imran Qureshi, Authorised Signatory`,
    truth: {
      title: "Senior Facilities Agreement",
      documentType: "Facility agreement",
      parties: ["Harrowgate Logistics Holdings Limited", "Harrowgate Logistics Limited", "Northgate Bank PLC", "Ashdown Capital Agency Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-27",
      expiryDate: "2031-02-27",
      term: "5 years",
    },
  },
  {
    id: "v29-finance-difc-deed-of-guarantee",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on the 5th day of August 2026
BY:
RAHUL VIKRAM MEHTA, an Indian national holding passport number Z4418270 and residing at Villa 14, Street 3, Al Barsha South, Dubai, United Arab Emirates (the "Guarantor")
IN FAVOUR OF:
GULF MERIDIAN BANK LIMITED, a company registered in the Dubai International Financial Centre with registered number 4471 and having its registered office at Level 9, Gate Precinct Building 2, DIFC, Dubai (the "Bank").
# BACKGROUND
(A) Under a facility agreement dated 20 July 2026 between Mehta Commodities FZCO (the "Borrower") and the Bank (the "Facility Agreement"), the Bank has agreed to make available to the Borrower a revolving trade finance facility of up to USD 6,500,000 for a term of twenty-four (24) months.
(B) The Guarantor is a director and the ultimate beneficial owner of the Borrower and has agreed to guarantee the Borrower's obligations to the Bank on the terms of this Deed.
# 1. GUARANTEE AND INDEMNITY
1.1 In consideration of the Bank making or continuing to make facilities available to the Borrower, the Guarantor irrevocably and unconditionally guarantees to the Bank the punctual payment of all sums now or in the future owing by the Borrower to the Bank (the "Guaranteed Liabilities").
1.2 The Guarantor shall pay each amount demanded under this Deed within five (5) Business Days of the Bank's written demand.
1.3 The maximum aggregate liability of the Guarantor under this Deed shall not exceed USD 7,000,000 together with interest from the date of demand.
# 2. CONTINUING GUARANTEE
2.1 This Deed is a continuing guarantee and shall remain in full force and effect until terminated by the Guarantor giving the Bank not less than ninety (90) days' prior written notice.
2.2 Termination under clause 2.1 shall not affect the Guarantor's liability for Guaranteed Liabilities incurred or committed before the expiry of that notice.
===
# 3. WAIVER OF DEFENCES
The obligations of the Guarantor will not be affected by any time, waiver or consent granted to the Borrower, any amendment of the Facility Agreement (including any extension of its term), or any release of other security held by the Bank.
# 4. REPRESENTATIONS
The Guarantor represents that he has taken independent legal advice on this Deed and that his personal statement of assets and liabilities dated 30 June 2026 remains accurate in all material respects.
# 5. NOTICES
Any demand or notice under this Deed shall be in writing and delivered by hand or courier to the address set out above, and shall be deemed received two (2) Business Days after dispatch.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre.
6.2 The Courts of the Dubai International Financial Centre shall have exclusive jurisdiction, without prejudice to the Bank's right to take proceedings in any other court of competent jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
EXECUTED as a DEED by RAHUL VIKRAM MEHTA in the presence of:
Witness: Fatima Al Zarooni, Legal Counsel, Dubai
Accepted for and on behalf of GULF MERIDIAN BANK LIMITED by its authorised signatory: Omar Haddad, Head of Credit Administration`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Rahul Vikram Mehta", "Gulf Meridian Bank Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-08-05",
      term: "Until terminated",
    },
  },
  {
    id: "v29-finance-guernsey-security-interest-agreement",
    format: "txt",
    source: `# SECURITY INTEREST AGREEMENT
relating to shares in Sarnia Orchard Propco Limited
THIS SECURITY INTEREST AGREEMENT is dated 2 October 2026 and made BETWEEN:
(1) SARNIA ORCHARD HOLDINGS LIMITED, a company incorporated in Guernsey with registered number 65120 whose registered office is at Les Echelons Court, Les Echelons, St Peter Port, Guernsey GY1 1AR (the "Grantor"); and
(2) PEMBERTON TRUSTEES (GUERNSEY) LIMITED, a company incorporated in Guernsey with registered number 40281 whose registered office is at Le Marchant House, Le Truchot, St Peter Port, Guernsey GY1 3AB, as security trustee for the Secured Parties (the "Secured Party").
IT IS AGREED as follows:
# 1. Definitions
"Facility Agreement" means the facility agreement dated 2 October 2026 between, among others, Sarnia Orchard Propco Limited as borrower and the Secured Party as security agent, under which a term facility of £22,000,000 is made available for a term of seven years.
"Shares" means all the shares in Sarnia Orchard Propco Limited (registered number 65121) now or in the future held by the Grantor, including those listed in the Schedule, and "Related Rights" means all dividends, distributions and other rights attaching to the Shares.
"Secured Obligations" means all present and future obligations of each Obligor to the Secured Parties under the Finance Documents.
# 2. Creation of security interest
2.1 As continuing security for the payment and discharge of the Secured Obligations, the Grantor creates a security interest in the Shares and the Related Rights in accordance with the Security Interests (Guernsey) Law, 1993 by assigning title to them to the Secured Party.
2.2 On the date of this Agreement the Grantor shall deliver to the Secured Party the share certificates for the Shares, signed but undated share transfer forms and an irrevocable proxy in respect of the Shares.
# 3. Voting and dividends
Until an Event of Default occurs which is continuing, the Grantor may exercise the voting rights attached to the Shares and receive the dividends on them, provided it does not act in a way that would prejudice the security created by this Agreement.
# 4. Power of enforcement
The power of enforcement becomes exercisable when an Event of Default has occurred and is continuing, the Secured Party has served on the Grantor written notice specifying it and the Grantor has failed to remedy it within fourteen (14) days of that notice.
# 5. Release
Once the Secured Obligations have been irrevocably discharged in full, the Secured Party shall, at the request and cost of the Grantor, reassign the Shares and the Related Rights to the Grantor.
# 6. Governing law
This Agreement is governed by Guernsey law and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey. For the avoidance of doubt, the Facility Agreement is governed by English law.
# SCHEDULE – THE SHARES
| Company | Number and class of shares | Registered holder |
| Sarnia Orchard Propco Limited | 10,000 ordinary shares of £1.00 each | Sarnia Orchard Holdings Limited |
EXECUTED by the parties on the date stated at the beginning of this Agreement.
Signed for and on behalf of SARNIA ORCHARD HOLDINGS LIMITED by Hélène Brehaut, Director
Signed for and on behalf of PEMBERTON TRUSTEES (GUERNSEY) LIMITED by Mark Ozanne, Authorised Signatory`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Sarnia Orchard Holdings Limited", "Pemberton Trustees (Guernsey) Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-10-02",
    },
  },
  {
    id: "v29-finance-ny-first-amendment-credit-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# FIRST AMENDMENT TO CREDIT AGREEMENT
This FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of March 3, 2026, by and among BLUEGRASS FULFILLMENT HOLDINGS, LLC, a Delaware limited liability company (the "Borrower"), TAPPAN ZEE CREDIT PARTNERS LP and MOHAWK VALLEY SAVINGS BANK, as lenders (the "Lenders"), and FIRST HUDSON NATIONAL BANK, N.A., as administrative agent for the Lenders (in such capacity, the "Administrative Agent").
# RECITALS
WHEREAS, the Borrower, the Lenders and the Administrative Agent are parties to that certain Credit Agreement, dated as of June 15, 2023 (as amended, restated, supplemented or otherwise modified prior to the date hereof, the "Credit Agreement"), providing for a senior secured revolving credit facility maturing on June 15, 2027;
WHEREAS, the Borrower has requested that the Lenders extend the Maturity Date and increase the Aggregate Commitments, and the Lenders are willing to do so on the terms and subject to the conditions set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein contained, the parties hereto agree as follows:
# SECTION 1. DEFINED TERMS
Capitalized terms used but not defined herein have the meanings given to them in the Credit Agreement.
# SECTION 2. AMENDMENTS TO CREDIT AGREEMENT
2.1 The definition of "Maturity Date" in Section 1.01 of the Credit Agreement is amended by deleting "June 15, 2027" and substituting "June 15, 2029" therefor.
2.2 The definition of "Aggregate Commitments" in Section 1.01 of the Credit Agreement is amended by replacing "$40,000,000" with "$55,000,000".
2.3 Section 7.11(a) (Consolidated Leverage Ratio) of the Credit Agreement is amended by replacing "3.50 to 1.00" with "3.75 to 1.00" for each fiscal quarter ending on or before December 31, 2026.
# SECTION 3. CONDITIONS TO EFFECTIVENESS
This Amendment shall become effective on March 10, 2026 (the "First Amendment Effective Date"), provided that on or before such date the Administrative Agent shall have received (a) counterparts of this Amendment duly executed by each party hereto, (b) for the account of each Lender, an amendment fee equal to 0.25% of the increase in its Commitment, and (c) a certificate of a Responsible Officer of the Borrower as to the matters in Section 4.
===
# SECTION 4. REPRESENTATIONS AND WARRANTIES
The Borrower represents and warrants that, after giving effect to this Amendment, the representations and warranties contained in Article V of the Credit Agreement are true and correct in all material respects and no Default or Event of Default has occurred and is continuing.
# SECTION 5. EFFECT ON THE LOAN DOCUMENTS
Except as expressly amended hereby, the Credit Agreement and the other Loan Documents remain in full force and effect and are hereby ratified and confirmed. On and after the First Amendment Effective Date, each reference in the Credit Agreement to "this Agreement" shall mean the Credit Agreement as amended by this Amendment.
# SECTION 6. GOVERNING LAW
THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
# SECTION 7. COUNTERPARTS
This Amendment may be executed in any number of counterparts and by electronic signature, each of which shall be deemed an original and all of which together constitute one instrument.
IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the date first above written.
| BLUEGRASS FULFILLMENT HOLDINGS, LLC, as Borrower | By: Dana R. Whitlock, Chief Financial Officer |
| FIRST HUDSON NATIONAL BANK, N.A., as Administrative Agent | By: Marcus Feld, Senior Vice President |
| TAPPAN ZEE CREDIT PARTNERS LP, as a Lender | By: Tappan Zee Credit GP LLC, its general partner, By: Lauren Okonjo, Managing Member |
| MOHAWK VALLEY SAVINGS BANK, as a Lender | By: Henry Vasquez, Executive Vice President |`,
    truth: {
      title: "First Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Bluegrass Fulfillment Holdings, LLC", "Tappan Zee Credit Partners LP", "Mohawk Valley Savings Bank", "First Hudson National Bank, N.A."],
      governingLaw: "New York",
      effectiveDate: "2026-03-10",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v29-finance-nsw-trust-loan-agreement",
    format: "pdf",
    pdfMargin: 85,
    source: `# LOAN AGREEMENT
Schedule of Particulars
| Item | Particulars |
| Date of Agreement | 18 June 2026 |
| Lender | Margaret Anne Kellaway of 22 Wattle Grove, Mosman NSW 2088 |
| Borrower | Kellaway Holdings Pty Ltd ACN 612 334 905 as trustee for the Kellaway Family Trust, of Level 4, 60 Miller Street, North Sydney NSW 2060 |
| Principal | A$1,250,000 |
| Commencement Date | 1 July 2026 |
| Term | Thirty-six (36) months commencing on the Commencement Date |
| Interest Rate | 6.25% per annum, payable monthly in arrears |
| Security | General security agreement over all present and after-acquired property of the Borrower |
# TERMS
1. Definitions. Capitalised words have the meaning given in the Schedule of Particulars. "Repayment Date" means the last day of the Term.
2. Advance. The Lender will advance the Principal to the Borrower on the Commencement Date by electronic transfer to the account nominated by the Borrower in writing.
3. Interest. Interest accrues daily on the outstanding Principal at the Interest Rate and is payable on the last Business Day of each month. Overdue amounts bear default interest at 2% per annum above the Interest Rate.
4. Repayment. The Borrower must repay the outstanding Principal, together with all accrued interest, on the Repayment Date.
5. Prepayment. The Borrower may prepay all or part of the Principal without penalty on giving the Lender not less than thirty (30) days' written notice.
6. Events of default. If the Borrower fails to pay any amount within seven (7) days of its due date, or an insolvency event occurs in relation to the Borrower, the Lender may by notice declare all amounts owing immediately due and payable.
7. Trustee capacity. The Borrower enters into this agreement only as trustee of the Kellaway Family Trust and its liability is limited to the extent it can be satisfied out of the assets of that trust, except in the case of fraud, negligence or breach of trust.
8. PPSR. The Lender may register its security interest on the Personal Property Securities Register, and the Borrower waives its right to receive a verification statement.
9. Governing law. This agreement is governed by the law in force in New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
10. Counterparts. This agreement may be executed in counterparts and signed electronically.
Executed as an agreement.
Signed by Margaret Anne Kellaway in the presence of: Thomas Pell (witness)
Executed by Kellaway Holdings Pty Ltd ACN 612 334 905 as trustee for the Kellaway Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth): Andrew James Kellaway, Director; Sophie Kellaway, Director/Secretary`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Margaret Anne Kellaway", "Kellaway Holdings Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v29-finance-scottish-bond-and-floating-charge",
    format: "docx",
    source: `# BOND AND FLOATING CHARGE
by
CALEDONIAN FREIGHT SERVICES LIMITED
in favour of
CLYDESIDE MERCANTILE BANK PLC
===
We, CALEDONIAN FREIGHT SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC412873) and having our Registered Office at 14 Kelvin Way, Hillington Park, Glasgow G52 4GD (the "Company"), HEREBY UNDERTAKE to pay to CLYDESIDE MERCANTILE BANK PLC, incorporated under the Companies Acts (Registered Number SC005519) and having its Registered Office at 40 St Vincent Place, Glasgow G1 2ER (the "Bank"), on demand all sums which now are or which may at any time hereafter become due to the Bank by the Company, whether actually or contingently and whether alone or jointly with any other person (the "Secured Liabilities").
# 1. FLOATING CHARGE
For the security of the Secured Liabilities the Company HEREBY GRANTS in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this instrument is in force comprised in the property and undertaking of the Company.
# 2. NEGATIVE PLEDGE
The Company shall not, without the prior written consent of the Bank, create any fixed security or other floating charge over any part of its property which would rank in priority to or equally with this floating charge.
# 3. RANKING
This floating charge shall rank after the Standard Security granted by the Company in favour of the Bank dated 3 November 2024 over the subjects known as Unit 3, Hillington Park, Glasgow, registered in the Land Register of Scotland under title number GLA118832, and in priority to any other fixed security or floating charge.
# 4. ENFORCEMENT
At any time after the Bank has demanded payment of any of the Secured Liabilities, or if the Company so requests, the Bank may appoint an administrator of the Company under paragraph 14 of Schedule B1 to the Insolvency Act 1986.
# 5. CONTINUING SECURITY
This Bond and Floating Charge is a continuing security and shall remain in force notwithstanding any intermediate payment or settlement of account.
# 6. REGISTRATION
The Company shall ensure that particulars of this floating charge are delivered to the Registrar of Companies for registration within twenty-one (21) days beginning with the day after the date of its creation.
# 7. LAW
This Bond and Floating Charge shall be governed by and construed in accordance with the Law of Scotland, and the Company prorogates the non-exclusive jurisdiction of the Scottish Courts.
# 8. CONSENT TO REGISTRATION
We consent to registration hereof and of any certificate referred to herein for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed for and on behalf of the said CALEDONIAN FREIGHT SERVICES LIMITED at Glasgow on the twentieth day of May Two thousand and twenty-six by Fiona Margaret Drummond, Director, before this witness Callum Ross, Solicitor, 90 West George Street, Glasgow G2 1PJ.`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Caledonian Freight Services Limited", "Clydeside Mercantile Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-20",
    },
  },
  {
    id: "v29-finance-kenya-facility-variation-letter",
    format: "txt",
    source: `RIFT VALLEY COMMERCIAL BANK LIMITED
Corporate & Institutional Banking, Upper Hill Towers, Ragati Road, P.O. Box 40217-00100, Nairobi, Kenya
Our Ref: CIB/NAP/0931/26
17th March 2026
The Board of Directors
Naivasha Agro-Processors Limited
L.R. No. 10243/12, Moi South Lake Road
P.O. Box 1188-20117, Naivasha
Attention: Mr. Peter Kamau Njoroge, Managing Director
Dear Sirs,
# VARIATION OF TERM LOAN FACILITY
We refer to our facility letter dated 12th September 2024 (the "Facility Letter") under which the Bank granted to you a term loan of KES 85,000,000 for a tenor of forty-eight (48) months, and to your letter dated 2nd February 2026 requesting a restructuring of the repayment schedule.
The Bank is pleased to advise that it has agreed to vary the Facility Letter as follows with effect from 1st April 2026 (the "Effective Date"):
| Item | Existing | Varied |
| Tenor | 48 months from first drawdown | 60 months from first drawdown |
| Repayment | 48 equal monthly instalments of principal and interest | Moratorium on principal for six (6) months from the Effective Date, then equal monthly instalments over the remaining tenor |
| Interest rate | Bank's Base Rate plus 3.00% per annum | Bank's Base Rate plus 3.50% per annum |
A restructuring fee of 0.5% of the outstanding principal of KES 61,200,000 (being KES 306,000) is payable on acceptance of this letter and may be debited to your current account.
All other terms and conditions of the Facility Letter, and the securities held by the Bank (including the first ranking legal charge over L.R. No. 10243/12 and the debenture dated 30th September 2024), remain unchanged and shall continue to secure the facility as varied.
This letter is supplemental to the Facility Letter, shall be read together with it and is governed by the laws of Kenya.
This offer of variation is valid for fourteen (14) days from the date of this letter, after which it will lapse unless extended by the Bank in writing.
Yours faithfully,
For: RIFT VALLEY COMMERCIAL BANK LIMITED
Grace Wanjiru Mwangi, Relationship Manager
Joseph Otieno, Head of Credit
ACCEPTANCE
We, Naivasha Agro-Processors Limited, accept the variation of the Facility Letter on the terms set out above, pursuant to a resolution of the Board passed on 23rd March 2026.
Director: Peter Kamau Njoroge
Director/Secretary: Esther Achieng Odhiambo
Date: 24th March 2026`,
    truth: {
      title: "Variation of Term Loan Facility",
      documentType: "Amendment",
      parties: ["Rift Valley Commercial Bank Limited", "Naivasha Agro-Processors Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-01",
      amends: "Facility Letter",
    },
  },
];
