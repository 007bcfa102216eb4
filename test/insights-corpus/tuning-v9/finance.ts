import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: finance documents (facility letters and agreements, loans, guarantees, security, intercreditor), drafted independently of the extractor. */
export const FINANCE_V9: UnseenDocument[] = [
  {
    id: "v9-finance-hong-kong-banking-facilities-letter",
    format: "docx",
    storedPageCount: 2,
    source: `Victoria Harbour Bank Limited
Corporate Banking Centre, 88 Des Voeux Road Central, Hong Kong
Our ref: CBC/2026/0417
28 February 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Kowloon Precision Tooling Limited
Unit 1203, 12/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon
Dear Sirs,
# BANKING FACILITIES
We refer to your application dated 9 January 2026. This letter supersedes our facility letter dated 3 March 2023. We are pleased to offer you the following facilities (the "Facilities") on the terms of this letter:
| Facility | Limit | Purpose |
| Import Invoice Financing | HK$8,000,000 | Financing of raw material purchases, tenor up to 90 days per drawing |
| Term Loan | HK$5,000,000 | Purchase of CNC machinery |
1. Availability: the Facilities are available for a period of twelve (12) months from the date of this letter, that is, until 28 February 2027 (the "Expiry Date"). Any renewal will be at our discretion and by a further letter from us.
2. Repayment: each import financing drawing is repayable at the end of its tenor; the Term Loan is repayable in four equal quarterly instalments, the last falling due on the Expiry Date.
3. Interest: HIBOR plus 1.85% per annum, payable monthly in arrears. Default interest is charged at 4% per annum above that rate.
4. Security: a personal guarantee from Mr Chan Ka Wai for HK$13,000,000.
5. Review: the Facilities remain subject to our overriding right of repayment on demand and to our review at any time.
6. Acceptance: this offer will lapse if the duplicate of this letter, signed on your behalf, is not received by us within fourteen (14) days from the date of this letter.
7. Governing law: this letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of Victoria Harbour Bank Limited
Wong Mei Ling, Director, Corporate Banking
===
# ACCEPTANCE
We accept the Facilities on the terms and conditions of this letter.
For and on behalf of Kowloon Precision Tooling Limited
Chan Ka Wai, Director
Date: 6 March 2026`,
    truth: {
      title: "Banking Facilities",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Bank Limited", "Kowloon Precision Tooling Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-28",
      expiryDate: "2027-02-28",
      term: "12 months",
    },
  },
  {
    id: "v9-finance-new-york-revolving-credit-facility",
    format: "pdf",
    pageFooters: true,
    source: `# REVOLVING CREDIT FACILITY AGREEMENT
dated as of March 3, 2026
among
CASCADE TIMBER HOLDINGS, LLC, as Borrower,
FIRST PACIFIC BANK, N.A. and EVERGREEN CAPITAL BANK, as Lenders,
and
FIRST PACIFIC BANK, N.A., as Administrative Agent
$75,000,000 Senior Secured Revolving Credit Facility
===
This REVOLVING CREDIT FACILITY AGREEMENT (this "Agreement") is entered into as of March 3, 2026 among CASCADE TIMBER HOLDINGS, LLC, a Delaware limited liability company with its principal office in Tacoma, Washington (the "Borrower"), FIRST PACIFIC BANK, N.A. and EVERGREEN CAPITAL BANK (each a "Lender"), and FIRST PACIFIC BANK, N.A., as administrative agent for the Lenders (in such capacity, the "Administrative Agent").
# ARTICLE I - DEFINITIONS
"Availability Period" means the period from the Effective Date to but excluding the Maturity Date.
"Effective Date" means March 3, 2026.
"Interest Period" means a period of one, three or six months, as selected by the Borrower.
"Maturity Date" means the date falling five (5) years after the Effective Date, being March 3, 2031, subject to extension under Section 2.20.
# ARTICLE II - THE CREDITS
2.01 Commitments. Each Lender agrees to make Revolving Loans to the Borrower from time to time during the Availability Period in an aggregate principal amount not exceeding its Commitment.
2.09 Termination of Commitments. Unless previously terminated, the Commitments shall terminate on the Maturity Date, and all Revolving Loans shall be repaid in full on that date.
2.11 Commitment Fee. The Borrower shall pay a commitment fee of 0.35% per annum on the unused Commitments, quarterly in arrears on the last day of each March, June, September and December.
2.20 Extension. The Borrower may, not more than twice, request that the Maturity Date be extended by one year; any extension requires the written consent of each Lender.
# ARTICLE IX - MISCELLANEOUS
9.09 Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK. The Mortgages over the Borrower's timberland shall be governed by the laws of the State of Washington.
9.10 WAIVER OF JURY TRIAL. EACH PARTY HEREBY IRREVOCABLY WAIVES ANY RIGHT TO TRIAL BY JURY.
9.12 Confidentiality. The obligations in this Section shall survive for two (2) years after the Maturity Date.
===
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of the date first above written.
CASCADE TIMBER HOLDINGS, LLC  By: ______________  Name: Erik Lindqvist  Title: Chief Financial Officer
FIRST PACIFIC BANK, N.A., as Administrative Agent and as a Lender  By: ______________  Name: Dana Whitfield  Title: Managing Director
EVERGREEN CAPITAL BANK, as a Lender  By: ______________  Name: Marcus Ortega  Title: Senior Vice President`,
    truth: {
      title: "Revolving Credit Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Cascade Timber Holdings, LLC", "First Pacific Bank, N.A.", "Evergreen Capital Bank"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-03",
      term: "5 years",
    },
  },
  {
    id: "v9-finance-difc-first-amendment-agreement",
    format: "docx",
    source: `# FIRST AMENDMENT AGREEMENT
relating to a Term Facility Agreement dated 12 May 2024
THIS AGREEMENT is dated 24 March 2026 and made between:
(1) AL NOOR LOGISTICS HOLDINGS LTD, a company incorporated in the Dubai International Financial Centre with registered number 4321 (the "Borrower");
(2) GULF MERIDIAN BANK PJSC and EMIRATES FRONTIER CAPITAL LIMITED as lenders (the "Lenders"); and
(3) GULF MERIDIAN BANK PJSC as agent of the Lenders (the "Agent").
# BACKGROUND
(A) The Lenders made available to the Borrower a USD 40,000,000 term loan facility under a term facility agreement dated 12 May 2024 between the parties to this Agreement (the "Facility Agreement"), which is governed by English law and has a Termination Date of 12 May 2027.
(B) The parties wish to extend the Termination Date and to change the governing law of the Facility Agreement.
# 1. DEFINITIONS
1.1 "Amendment Effective Date" means 1 April 2026.
1.2 Terms defined in the Facility Agreement have the same meaning when used in this Agreement.
# 2. AMENDMENTS
With effect from the Amendment Effective Date the Facility Agreement is amended as follows:
(a) in clause 1.1 (Definitions), the definition of "Termination Date" is replaced with: "Termination Date" means 12 May 2029;
(b) Schedule 8 (Repayment Schedule) is replaced by the schedule set out in the Appendix to this Agreement;
(c) clause 41 (Governing law) is replaced with: "This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre."; and
(d) clause 42 (Jurisdiction) is amended so that the courts of the Dubai International Financial Centre have exclusive jurisdiction.
# 3. FEES
3.1 The Borrower shall pay to the Agent (for the Lenders) an extension fee of 0.25% of the outstanding Loan within five Business Days after the Amendment Effective Date.
# 4. CONTINUITY
4.1 Except as amended by this Agreement, the Facility Agreement remains in full force and effect, and this Agreement is a Finance Document.
# 5. GOVERNING LAW
5.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
Signed for AL NOOR LOGISTICS HOLDINGS LTD by Khalid Al Mansoori, Director
Signed for GULF MERIDIAN BANK PJSC (as Lender and as Agent) by Fatima Haddad, Authorised Signatory
Signed for EMIRATES FRONTIER CAPITAL LIMITED by James Whitcombe, Authorised Signatory`,
    truth: {
      title: "First Amendment Agreement",
      documentType: "Amendment",
      parties: ["Al Noor Logistics Holdings Ltd", "Gulf Meridian Bank PJSC", "Emirates Frontier Capital Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-04-01",
      amends: "Term Facility Agreement",
      expiryDate: "2029-05-12",
    },
  },
  {
    id: "v9-finance-new-zealand-trustee-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
THIS AGREEMENT is made on the second day of March two thousand and twenty-six
# PARTIES
MARGARET ANNE HOLLOWAY and PETER JOHN HOLLOWAY, both of 41 Kowhai Road, Havelock North, as trustees of the Holloway Family Trust (together the "Lender")
KOWHAI ORCHARDS LIMITED (company number 6543210), having its registered office at 210 Te Mata Road, Havelock North (the "Borrower")
# BACKGROUND
A. The Lender has agreed to lend NZ$600,000 (the "Loan") to the Borrower to fund the purchase of orchard land at Twyford.
# AGREEMENT
1. Definitions. In this agreement "Drawdown Date" means the date of this agreement; "Loan Term" means the period of eighteen (18) months from the Drawdown Date; and "Repayment Date" means the last day of the Loan Term, being 2 September 2027.
2. Advance. The Lender will advance the Loan to the Borrower on the Drawdown Date.
3. Interest. Interest accrues on the Loan at 7.25% per annum and is payable quarterly in arrears on the last day of each March, June, September and December.
4. Repayment. The Borrower must repay the Loan, with all accrued interest, on the Repayment Date. The Borrower may prepay all or part of the Loan on giving 20 Working Days' notice.
5. Security. The Loan is secured by a general security agreement and a registered second mortgage over the Twyford land, each dated the date of this agreement.
6. Default. If any amount remains unpaid for 10 Working Days after its due date, the Lender may demand immediate repayment and default interest of 4% per annum above the interest rate applies.
7. Trustee limitation. The Lender enters into this agreement only as trustees of the Holloway Family Trust, and their liability is limited to the assets of that trust.
8. Governing law. This agreement is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
SIGNED by MARGARET ANNE HOLLOWAY as trustee, in the presence of: Sarah Whitu, Solicitor, Hastings
SIGNED by PETER JOHN HOLLOWAY as trustee, in the presence of: Sarah Whitu, Solicitor, Hastings
SIGNED for KOWHAI ORCHARDS LIMITED by its directors Tama Ngata and Olivia Brooks`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Margaret Anne Holloway", "Peter John Holloway", "Kowhai Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-02",
      expiryDate: "2027-09-02",
      term: "18 months",
    },
  },
  {
    id: "v9-finance-ontario-continuing-guarantee",
    format: "pdf",
    source: `# GUARANTEE
THIS GUARANTEE is dated as of the 15th day of January, 2026.
TO: LAKESHORE COMMERCIAL BANK, a Schedule I bank under the Bank Act (Canada), 100 Queens Quay West, Toronto, Ontario (the "Bank")
FROM: NORTHERN SHIELD HOLDINGS INC., a corporation incorporated under the laws of the Province of British Columbia (the "Guarantor")
# RECITALS
A. The Bank has agreed to provide credit facilities to Northern Shield Security Ltd. (the "Borrower"), a wholly-owned subsidiary of the Guarantor, under a credit agreement dated December 1, 2025 (the "Credit Agreement"), which provides for a three (3) year term facility maturing on December 1, 2028 and is governed by the laws of the Province of Alberta.
B. It is a condition of the Credit Agreement that the Guarantor deliver this Guarantee.
1. Guarantee. For valuable consideration, the receipt of which is acknowledged, the Guarantor unconditionally guarantees payment to the Bank of all present and future debts and liabilities of the Borrower to the Bank (the "Obligations").
2. Limit. The liability of the Guarantor under this Guarantee is limited to CAD $15,000,000, plus interest from the date of demand.
3. Demand. The Guarantor shall pay the Obligations within five (5) Business Days after written demand by the Bank.
4. Continuing Guarantee; Termination. This Guarantee is a continuing guarantee and shall remain in full force and effect until terminated by the Guarantor by not less than ninety (90) days' written notice to the Bank. Termination shall not affect Obligations incurred before the effective date of termination.
5. Reinstatement. This Guarantee shall be reinstated if any payment of the Obligations is rescinded or must be returned by the Bank.
6. Governing Law. This Guarantee shall be governed by and interpreted in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the Guarantor attorns to the non-exclusive jurisdiction of the courts of Ontario.
===
IN WITNESS WHEREOF the Guarantor has executed this Guarantee as of the date first written above.
NORTHERN SHIELD HOLDINGS INC.  Per: ______________  Name: Daniel Fournier  Title: President
Per: ______________  Name: Amrit Gill  Title: Chief Financial Officer
We have authority to bind the corporation.
ACCEPTED by LAKESHORE COMMERCIAL BANK on January 19, 2026.
Per: ______________  Name: Priya Malhotra  Title: Vice President, Commercial Banking`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Northern Shield Holdings Inc.", "Lakeshore Commercial Bank"],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      term: "Until terminated",
    },
  },
  {
    id: "v9-finance-scotland-bond-and-floating-charge",
    format: "docx",
    storedPageCount: 3,
    source: `# BOND AND FLOATING CHARGE
by
HIGHLAND DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (registered number SC098765) and having its registered office at Distillery Road, Dufftown, Keith AB55 4DH (the “Company”)
in favour of
CALEDONIAN BANK PLC, incorporated under the Companies Acts (registered number SC012345) and having its registered office at 1 Exchange Crescent, Edinburgh EH3 8RA (the “Bank”)
===
1. Definitions. In these presents “Secured Liabilities” means all sums due or to become due by the Company to the Bank, in any manner of way, including under the facility letter dated 3 March 2026 from the Bank to the Company (which is governed by the law of England and Wales and provides for a term loan repayable over seven years).
2. Bond. The Company undertakes to the Bank that it will pay and discharge the Secured Liabilities to the Bank on demand.
3. Floating Charge. As continuing security for the payment and discharge of the Secured Liabilities, the Company grants in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time, while this instrument is in force, comprised in its property and undertaking.
4. Negative pledge. The Company shall not create any fixed security or other floating charge over any of its property without the Bank’s prior written consent, and any such security shall rank after the Floating Charge.
5. Enforcement. If the Company fails to pay any of the Secured Liabilities within 7 days of demand, the Bank may appoint a receiver of the whole or any part of the property charged.
6. Continuing security. This Floating Charge is a continuing security and is in addition to any other security now or later held by the Bank.
7. Law. This Bond and Floating Charge shall be governed by and construed in accordance with the Law of Scotland, and the Company prorogates the non-exclusive jurisdiction of the Scottish Courts.
8. Registration. The Company consents to registration of these presents for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the 2 preceding pages are subscribed for and on behalf of HIGHLAND DISTILLING COMPANY LIMITED by Fiona Macrae, Director, at Dufftown on 7 April 2026 before this witness: Callum Reid, Solicitor, 12 Balvenie Street, Dufftown
Director: ______________
Witness: ______________`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Highland Distilling Company Limited", "Caledonian Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-07",
    },
  },
  {
    id: "v9-finance-south-africa-subordination-intercreditor",
    format: "pdf",
    pageFooters: true,
    source: `# SUBORDINATION AND INTERCREDITOR AGREEMENT
entered into by and between
TABLE MOUNTAIN BANK LIMITED (Registration Number 1998/004321/06) ("the Senior Lender")
and
FYNBOS CAPITAL PARTNERS LTD, a company incorporated in the Republic of Mauritius (company number C145678) ("the Subordinated Lender")
and
KAROO SOLAR FARMS (RF) PROPRIETARY LIMITED (Registration Number 2019/654321/07) ("the Debtor")
===
# 1. INTERPRETATION
1.1 "Effective Date" means 17 August 2026, irrespective of the dates on which the Parties sign this Agreement;
1.2 "Senior Facility Agreement" means the term loan facility agreement between the Senior Lender and the Debtor dated 3 July 2026, with a final maturity date of 30 June 2038;
1.3 "Shareholder Loan Agreement" means the loan agreement between the Subordinated Lender and the Debtor dated 1 February 2024, which is governed by the laws of Mauritius;
1.4 "Senior Discharge Date" means the date on which all amounts owing under the Senior Facility Agreement have been irrevocably paid in full;
1.5 "Standstill Period" means the period of 120 days after the Senior Lender receives notice of a default under the Shareholder Loan Agreement.
# 2. SUBORDINATION
2.1 With effect from the Effective Date, all amounts owing by the Debtor under the Shareholder Loan Agreement are subordinated to the amounts owing under the Senior Facility Agreement until the Senior Discharge Date.
# 3. PERMITTED PAYMENTS
3.1 The Debtor may pay interest under the Shareholder Loan Agreement only on a semi-annual payment date on which the historic Debt Service Cover Ratio is not less than 1.20:1 and no default is continuing.
# 4. STANDSTILL
4.1 The Subordinated Lender shall not take any enforcement action against the Debtor before the expiry of the Standstill Period.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of South Africa, and the Parties consent to the jurisdiction of the High Court of South Africa, Western Cape Division, Cape Town.
5.2 Each Party chooses its address on the cover page as its domicilium citandi et executandi.
===
SIGNED at Cape Town on 12 August 2026 for TABLE MOUNTAIN BANK LIMITED by Thandiwe Nkosi, who warrants that she is duly authorised
SIGNED at Port Louis on 14 August 2026 for FYNBOS CAPITAL PARTNERS LTD by Arvind Ramgoolam, who warrants that he is duly authorised
SIGNED at Cape Town on 14 August 2026 for KAROO SOLAR FARMS (RF) PROPRIETARY LIMITED by Pieter van der Merwe, who warrants that he is duly authorised`,
    truth: {
      title: "Subordination and Intercreditor Agreement",
      documentType: "Other",
      parties: ["Table Mountain Bank Limited", "Fynbos Capital Partners Ltd", "Karoo Solar Farms (RF) Proprietary Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-17",
    },
  },
  {
    id: "v9-finance-kenya-term-loan-signature-only",
    format: "txt",
    source: `# TERM LOAN AGREEMENT
| Loan Amount | KES 4,800,000 (Kenya Shillings Four Million Eight Hundred Thousand) |
| Commencement Date | 1 July 2026 |
| Loan Period | From the Commencement Date to 30 June 2028 |
| Interest | 13% per annum on the reducing balance, payable monthly |
| Repayment | 24 equal monthly instalments of principal and interest, on the last business day of each month |
| Purpose | Purchase of a refrigerated delivery truck |
1. The Lender shall advance the Loan Amount to the Borrower's account within three (3) business days after the Commencement Date.
2. The Borrower shall repay the Loan Amount by the instalments set out above so that it is repaid in full by the end of the Loan Period.
3. The Borrower may repay early on thirty (30) days' written notice; a fee of 2% of the amount prepaid applies to any prepayment within the first twelve (12) months.
4. As security, the Borrower shall deposit the logbook of the truck with the Lender and grant a security right over it registered under the Movable Property Security Rights Act, 2017.
5. If any instalment remains unpaid for fourteen (14) days after its due date, the whole outstanding balance shall become immediately due and payable.
6. This Agreement shall be governed by the laws of Kenya, and any dispute shall be referred to arbitration in Nairobi under the Arbitration Act, 1995.
DATED at Nairobi this 24th day of June 2026
SIGNED by MWANGI HOLDINGS LIMITED (the Lender), P.O. Box 45120-00100, Nairobi, acting through its director GRACE WANJIRU MWANGI
SIGNED by JUMA OTIENO ODHIAMBO (ID No. 23456789) (the Borrower), of P.O. Box 882-40100, Kisumu
In the presence of: WAFULA SIMIYU, Advocate of the High Court of Kenya`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Mwangi Holdings Limited", "Juma Otieno Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
    },
  },
];
