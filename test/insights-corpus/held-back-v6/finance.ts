import type { UnseenDocument } from "../unseen/types";

/** Finance: facility agreements and letters, loans, guarantees, debentures and charges, subordination. */
export const FINANCE_V6: UnseenDocument[] = [
  {
    id: "v6-rcf-england-cover",
    format: "pdf",
    pageFooters: true,
    source: `Dated 3 March 2026
# £25,000,000 REVOLVING CREDIT FACILITY AGREEMENT
for
PENNINE BUILDERS MERCHANTS LIMITED
as Borrower
with
NORTHGATE COMMERCIAL BANK PLC
as Lender
===
THIS AGREEMENT is dated 3 March 2026 and made between:
(1) PENNINE BUILDERS MERCHANTS LIMITED, a company incorporated in England and Wales with registered number 04412896 (the "Borrower"); and
(2) NORTHGATE COMMERCIAL BANK PLC (the "Lender").
# 1. DEFINITIONS AND INTERPRETATION
"Availability Period" means the period from and including the date of this Agreement to and including the date falling one month before the Termination Date.
"Termination Date" means the third anniversary of the date of this Agreement.
"Interest Period" means, in relation to a Loan, a period of one, three or six months as selected by the Borrower.
# 2. THE FACILITY
2.1 The Lender makes available to the Borrower a sterling revolving credit facility in an aggregate amount equal to £25,000,000 for a term of three years from the date of this Agreement, ending on the Termination Date.
2.2 The Borrower shall apply all amounts borrowed towards its general corporate and working capital purposes.
# 3. REPAYMENT
3.1 The Borrower shall repay each Loan on the last day of its Interest Period. All outstanding Loans shall be repaid in full on the Termination Date.
===
# 4. INTEREST AND FEES
4.1 The rate of interest on each Loan is the aggregate of the Margin of 2.25% per annum and Compounded SONIA.
4.2 The Borrower shall pay a commitment fee of 35% of the Margin on the unused commitment, quarterly in arrears.
# 5. FINANCIAL COVENANTS
5.1 The Borrower shall ensure that Leverage does not exceed 2.75:1 and Interest Cover is not less than 4.00:1, each tested quarterly on a rolling twelve-month basis.
# 6. GOVERNING LAW
6.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
6.2 The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
The Borrower: PENNINE BUILDERS MERCHANTS LIMITED, by Andrew Kettlewell, Finance Director
The Lender: NORTHGATE COMMERCIAL BANK PLC, by Sophie Garnett, Director, Corporate Banking`,
    truth: {
      title: "£25,000,000 Revolving Credit Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Pennine Builders Merchants Limited", "Northgate Commercial Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "3 years",
    },
  },
  {
    id: "v6-facility-letter-new-zealand",
    format: "txt",
    source: `Kauri Bank Limited
Business Banking, Level 9, 1 Queen Street, Auckland 1010
Our ref: BB/4471/CR
Your ref: Finance/2025
15 October 2025
The Directors
Hauraki Orchards Limited
214 Paeroa Road
Waihi 3610
Dear Directors
# Facility Letter – Seasonal Working Capital Facility
We are pleased to offer Hauraki Orchards Limited (you) the facility described below on the terms of this letter and our Business Lending Terms (2024 edition).
1. Facility: Seasonal working capital facility.
2. Limit: NZD 1,800,000.
3. Purpose: Funding of packhouse labour, fuel and freight costs during the 2025/26 kiwifruit season.
4. Availability: The facility is available for twelve (12) months from the date of this letter. Any amount outstanding at the end of that period must be repaid in full on that date.
5. Interest: Kauri Bank Business Base Rate plus a margin of 1.95% per annum, charged monthly.
6. Fees: An establishment fee of NZD 4,500, payable on first drawdown.
7. Security: A general security agreement over all of your present and after-acquired property, and a registered first mortgage over the orchard at 214 Paeroa Road.
===
8. Conditions precedent: Receipt of the signed security documents and a copy of your 2025 annual accounts.
9. Reporting: Monthly aged debtor and creditor reports within 20 days after each month end.
10. Governing law: This letter is governed by New Zealand law.
Please sign and return the enclosed copy of this letter within 21 days to accept this offer.
Yours faithfully
Tama Ngata
Senior Relationship Manager, Kauri Bank Limited
Agreed and accepted for and on behalf of Hauraki Orchards Limited by its directors
Wiremu Parata, Director and Lucy Parata, Director
Dated 24 October 2025`,
    truth: {
      title: "Facility Letter – Seasonal Working Capital Facility",
      documentType: "Facility agreement",
      parties: ["Kauri Bank Limited", "Hauraki Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2025-10-15",
      expiryDate: "2026-10-15",
      term: "12 months",
    },
  },
  {
    id: "v6-term-loan-guernsey",
    format: "docx",
    storedPageCount: 2,
    source: `# TERM LOAN AGREEMENT
This Agreement is made on 19 January 2026
Between
SARNIA PRIVATE CAPITAL LIMITED, a company incorporated in Guernsey with registered number 55810, whose registered office is at Les Echelons Court, St Peter Port, Guernsey GY1 1AR (the "Lender"); and
VAZON BAY HOSPITALITY LIMITED, a company incorporated in Guernsey with registered number 61207, whose registered office is at Route de la Margion, Castel, Guernsey GY5 7HD (the "Borrower").
1. The Loan. The Lender agrees to lend the Borrower £3,400,000 (the "Loan") for the refurbishment of the Vazon Bay Hotel.
2. Drawdown. The Loan shall be drawn in a single amount within 30 days of the date of this Agreement.
3. Term and repayment. The Loan is made for a term of five (5) years from the date of this Agreement. The Borrower shall repay the Loan in twenty equal quarterly instalments, the last of which falls due on the fifth anniversary of the date of this Agreement (the "Final Repayment Date").
4. Interest. Interest accrues at 7.4% per annum and is payable quarterly in arrears. Default interest is payable at 2% per annum above that rate.
5. Prepayment. The Borrower may prepay the whole or part of the Loan on any interest payment date after giving not less than sixty days' notice, subject to a prepayment fee of 1% during the first two years.
===
6. Security. The Borrower's obligations are secured by a security interest over the Borrower's bank accounts under the Security Interests (Guernsey) Law, 1993 and a bond over the hotel registered in the Royal Court.
7. Events of default. If any amount is unpaid for ten business days after its due date, the Lender may declare the Loan immediately due.
8. Law. This Agreement is governed by the laws of the Island of Guernsey and the parties submit to the non-exclusive jurisdiction of the Royal Court of Guernsey.
For and on behalf of Sarnia Private Capital Limited: Nicholas Ozanne, Director
For and on behalf of Vazon Bay Hospitality Limited: Jenny Le Page, Director`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Sarnia Private Capital Limited", "Vazon Bay Hospitality Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-01-19",
      expiryDate: "2031-01-19",
      term: "5 years",
    },
  },
  {
    id: "v6-floating-charge-scotland",
    format: "pdf",
    source: `# FLOATING CHARGE
by
TAYSIDE SEAFOOD PROCESSORS LIMITED, incorporated under the Companies Acts (Registered Number SC301774) and having its Registered Office at Riverside Drive, Dundee DD1 4XA ("the Company")
in favour of
CALEDONIAN MERCHANT BANK LIMITED, incorporated under the Companies Acts (Registered Number SC011950) and having its Registered Office at 5 St Andrew Square, Edinburgh EH2 2BD ("the Bank")
1. UNDERTAKING TO PAY
1.1 The Company undertakes to the Bank that it will pay or discharge to the Bank on demand all the Secured Liabilities when due.
1.2 "Secured Liabilities" means all present and future obligations and liabilities of the Company to the Bank, whether actual or contingent, and whether owed alone or jointly.
2. FLOATING CHARGE
2.1 As security for the Secured Liabilities, the Company grants in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is, or may be from time to time while this instrument is in force, comprised in its property and undertaking.
===
3. RANKING AND NEGATIVE PLEDGE
3.1 The Company shall not, without the prior written consent of the Bank, create any fixed security or floating charge over any of its property ranking in priority to or equally with this floating charge.
4. CONTINUING SECURITY
4.1 This floating charge is a continuing security and shall remain in force until the Bank has discharged it in writing.
5. LAW
5.1 This floating charge shall be governed by, and construed in accordance with, the law of Scotland.
6. CONSENT TO REGISTRATION
6.1 The Company consents to the registration of this floating charge and of any certificate issued under it for preservation and execution.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the Company at Dundee on 2 December 2025 by Fergus Lindsay, Director, in the presence of Kirsty Anderson, Trainee Solicitor, Dundee`,
    truth: {
      title: "Floating Charge",
      documentType: "Security agreement",
      parties: ["Tayside Seafood Processors Limited", "Caledonian Merchant Bank Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-12-02",
    },
  },
  {
    id: "v6-debenture-england",
    format: "docx",
    storedPageCount: 3,
    source: `THIS DEBENTURE is dated 27 February 2026
PARTIES
(1) ORCHARD LANE CIDER COMPANY LIMITED incorporated and registered in England and Wales with company number 08812004 whose registered office is at Orchard Lane, Much Marcle, Ledbury HR8 2NG (the "Chargor")
(2) WYE VALLEY LENDING LIMITED incorporated and registered in England and Wales with company number 11230678 whose registered office is at 3 Bridge Street, Hereford HR4 9DG (the "Lender")
# DEBENTURE
BACKGROUND
(A) The Lender has agreed, under a facility agreement dated on or around the date of this deed, to provide the Chargor with loan facilities.
(B) Under this deed, the Chargor provides security to the Lender for the loan facilities.
===
1. COVENANT TO PAY. The Chargor shall, on demand, pay to the Lender and discharge the Secured Liabilities when they become due.
2. GRANT OF SECURITY.
2.1 As a continuing security for the payment and discharge of the Secured Liabilities, the Chargor with full title guarantee charges to the Lender: (a) by way of legal mortgage, the Property; (b) by way of fixed charge, its plant, machinery, book debts and intellectual property; and (c) by way of floating charge, all its present and future assets and undertaking not effectively charged by way of fixed charge.
2.2 Paragraph 14 of Schedule B1 to the Insolvency Act 1986 applies to the floating charge created by clause 2.1(c).
3. NEGATIVE PLEDGE. The Chargor shall not create or permit to subsist any Security over any Secured Asset, other than this deed.
===
4. ENFORCEMENT. The security constituted by this deed shall become immediately enforceable if an Event of Default occurs and is continuing.
5. GOVERNING LAW. This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
Executed as a deed by ORCHARD LANE CIDER COMPANY LIMITED acting by Thomas Bulmer-Reid, a director, in the presence of: Witness: Grace Hollings
Signed by Edward Pike for and on behalf of WYE VALLEY LENDING LIMITED`,
    truth: {
      title: "Debenture",
      documentType: "Security agreement",
      parties: ["Orchard Lane Cider Company Limited", "Wye Valley Lending Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-27",
    },
  },
  {
    id: "v6-guaranty-new-york",
    format: "txt",
    source: `# GUARANTY AGREEMENT
This GUARANTY AGREEMENT (this "Guaranty"), dated as of May 12, 2025, is entered into by Adirondack Timber Holdings, Inc., a New York corporation ("Guarantor"), and Empire State Commercial Credit Corp., a New York corporation ("Lender").
RECITALS
WHEREAS, Lender has agreed to extend a term loan of $6,500,000 to Guarantor's wholly owned subsidiary, North Country Sawmills LLC (the "Borrower"), under a Loan Agreement dated as of the date hereof (the "Loan Agreement"); and
WHEREAS, it is a condition to Lender's obligation to make the loan that Guarantor execute and deliver this Guaranty.
NOW, THEREFORE, Guarantor agrees with Lender as follows:
1. Guaranty of Payment. Guarantor absolutely, unconditionally and irrevocably guarantees to Lender the full and punctual payment when due, whether at stated maturity, by acceleration or otherwise, of all obligations of the Borrower under the Loan Agreement (the "Guaranteed Obligations"). This is a guaranty of payment and not of collection.
2. Waivers. Guarantor waives presentment, demand, protest, notice of acceptance and all suretyship defenses.
3. Continuing Guaranty. This Guaranty is a continuing guaranty and shall remain in full force and effect until the Guaranteed Obligations have been paid in full.
===
4. Financial Reporting. Guarantor shall deliver its audited annual financial statements to Lender within one hundred twenty (120) days after the end of each fiscal year.
5. Governing Law; Jurisdiction. THIS GUARANTY SHALL BE GOVERNED BY THE LAWS OF THE STATE OF NEW YORK, INCLUDING SECTION 5-1401 OF THE NEW YORK GENERAL OBLIGATIONS LAW. GUARANTOR SUBMITS TO THE JURISDICTION OF THE STATE AND FEDERAL COURTS SITTING IN THE BOROUGH OF MANHATTAN.
6. WAIVER OF JURY TRIAL. EACH PARTY WAIVES ITS RIGHT TO A JURY TRIAL IN ANY ACTION ARISING OUT OF THIS GUARANTY.
ADIRONDACK TIMBER HOLDINGS, INC.
By: Nathaniel Brooks, President
Accepted: EMPIRE STATE COMMERCIAL CREDIT CORP.
By: Lorraine DiMaggio, Senior Vice President`,
    truth: {
      title: "Guaranty Agreement",
      documentType: "Guarantee",
      parties: ["Adirondack Timber Holdings, Inc.", "Empire State Commercial Credit Corp."],
      governingLaw: "New York",
      effectiveDate: "2025-05-12",
    },
  },
  {
    id: "v6-subordination-deed",
    format: "pdf",
    source: `# SUBORDINATION DEED
THIS DEED is dated 8 July 2025
BETWEEN:
(1) SEVERN ESTUARY BANK LIMITED (the "Senior Lender");
(2) MARGARET ELLISON HOLDINGS LIMITED (the "Subordinated Lender"); and
(3) ELLISON MARINE SERVICES LIMITED (the "Company").
# BACKGROUND
(A) The Senior Lender has made facilities available to the Company under a facility agreement dated 8 July 2025 (the "Senior Facility Agreement").
(B) The Subordinated Lender has lent money to the Company under a loan agreement dated 14 March 2021.
(C) It is a condition of the Senior Facility Agreement that the Subordinated Lender subordinates its debt on the terms of this deed.
===
# 1. SUBORDINATION
1.1 The Subordinated Debt is postponed and subordinated to the Senior Debt. Until the Senior Discharge Date, the Company shall not pay, and the Subordinated Lender shall not receive, any amount of the Subordinated Debt except Permitted Payments.
1.2 "Permitted Payments" means payments of interest at no more than 6% per annum, made while no Event of Default is continuing.
# 2. TURNOVER
2.1 If the Subordinated Lender receives any payment in breach of this deed, it shall hold it on trust for the Senior Lender and pay it over immediately.
# 3. DURATION
3.1 This deed continues in force until the Senior Discharge Date, being the date on which the Senior Lender confirms that all Senior Debt has been irrevocably paid in full.
# 4. GOVERNING LAW
4.1 This deed is governed by the law of England and Wales.
Executed as a deed by SEVERN ESTUARY BANK LIMITED acting by its attorney Marcus Hale
Executed as a deed by MARGARET ELLISON HOLDINGS LIMITED acting by Margaret Ellison, director, in the presence of a witness
Executed as a deed by ELLISON MARINE SERVICES LIMITED acting by two directors: Peter Ellison and Joanna Reeve`,
    truth: {
      title: "Subordination Deed",
      documentType: "Deed",
      parties: ["Severn Estuary Bank Limited", "Margaret Ellison Holdings Limited", "Ellison Marine Services Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-07-08",
    },
  },
  {
    id: "v6-term-facility-difc",
    format: "docx",
    storedPageCount: 3,
    source: `# TERM FACILITY AGREEMENT
Dated: 1 September 2025
Parties:
1. GULF MERIDIAN BANK LIMITED, a company registered in the Dubai International Financial Centre with registration number 3318 (the "Lender"); and
2. FALCON CREEK LOGISTICS FZE, a free zone establishment registered in the Jebel Ali Free Zone (the "Borrower").
# 1. Definitions
"Facility" means the term loan facility of USD 40,000,000 made available under clause 2.
"Final Repayment Date" means the date falling sixty (60) months after the date of this Agreement.
"Grace Period" means the period of eighteen (18) months after the first Utilisation Date, during which no principal is repayable.
===
# 2. The Facility
2.1 The Lender makes available to the Borrower the Facility for the purpose of financing the construction of a temperature-controlled warehouse in Dubai South.
2.2 The Facility shall be available for a term of sixty (60) months from the date of this Agreement and all amounts outstanding shall be repaid in full on the Final Repayment Date.
# 3. Repayment
3.1 After the Grace Period, the Borrower shall repay the Facility in equal semi-annual instalments, with a balloon instalment of 40% on the Final Repayment Date.
# 4. Interest
4.1 Interest accrues at Term SOFR plus 2.60% per annum for each Interest Period of three (3) months.
===
# 5. Governing Law and Jurisdiction
5.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre.
5.2 The courts of the Dubai International Financial Centre have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
For GULF MERIDIAN BANK LIMITED: Omar Al Suwaidi, Head of Corporate Banking
For FALCON CREEK LOGISTICS FZE: Rajesh Pillai, General Manager`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Gulf Meridian Bank Limited", "Falcon Creek Logistics FZE"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2025-09-01",
      expiryDate: "2030-09-01",
      term: "60 months",
    },
  },
  {
    id: "v6-convertible-loan-hong-kong",
    format: "txt",
    source: `# CONVERTIBLE LOAN AGREEMENT
THIS AGREEMENT is dated 10 April 2025 and is entered into by:
(1) PEARL DELTA MEDTECH LIMITED, a company incorporated in Hong Kong with company number 2987715 (the "Company"); and
(2) VICTORIA PEAK VENTURES FUND II L.P., an exempted limited partnership registered in the Cayman Islands, acting by its general partner (the "Lender").
1. LOAN
1.1 The Lender agrees to lend the Company HK$15,600,000 (the "Loan") to fund clinical validation of the Company's wearable cardiac monitor.
1.2 The Loan shall be advanced in one sum within five (5) Business Days after the date of this Agreement.
2. MATURITY
2.1 Unless converted earlier, the Loan and accrued interest shall be repaid on the date falling twenty-four (24) months after the date of this Agreement (the "Maturity Date").
3. INTEREST
3.1 Interest accrues at 5% per annum, simple, and is payable only on repayment or conversion.
===
4. CONVERSION
4.1 On a Qualified Financing, the outstanding Loan converts automatically into shares of the class issued in the Qualified Financing at a 20% discount to the price paid by new investors.
4.2 A "Qualified Financing" means an equity financing of at least HK$40,000,000 completed before the Maturity Date.
5. UNDERTAKINGS
5.1 Until repayment or conversion the Company shall not incur any financial indebtedness above HK$2,000,000 without the Lender's consent.
6. GOVERNING LAW
6.1 This Agreement is governed by Hong Kong law. Disputes shall be resolved by arbitration at the Hong Kong International Arbitration Centre.
Signed by Dr Vivian Ko, Director, for and on behalf of PEARL DELTA MEDTECH LIMITED
Signed by Albert Szeto, authorised signatory of its general partner, for and on behalf of VICTORIA PEAK VENTURES FUND II L.P.`,
    truth: {
      title: "Convertible Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Pearl Delta Medtech Limited", "Victoria Peak Ventures Fund II L.P."],
      governingLaw: "Hong Kong",
      effectiveDate: "2025-04-10",
      expiryDate: "2027-04-10",
      term: "24 months",
    },
  },
];
