import type { UnseenDocument } from "../unseen/types";

/** Tuning set v14 (helper b): lending, guarantee and security documents from banking teams in many jurisdictions. */
export const LENDING_AND_GUARANTEES_V14: UnseenDocument[] = [
  {
    id: "v14-b-revolving-facility-letter-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `VICTORIA HARBOUR BANKING CORPORATION LIMITED
Commercial Banking Centre, 18/F, 88 Des Voeux Road Central, Hong Kong
PRIVATE & CONFIDENTIAL
16 March 2026
Our ref: CBC/RLF/26/0457
Jade Lotus Trading Company Limited
Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon
Attention: Mr. Leung Ka Ming, Director
Dear Sirs,
# Revolving Loan Facility Letter
We are pleased to offer you the following banking facility on the terms of this letter and our Standard Terms for Corporate Facilities.
| Borrower | Jade Lotus Trading Company Limited (Company No. 2214567) |
| Facility | Revolving loan facility |
| Facility Limit | HK$15,000,000 |
| Availability Period | Twelve (12) months from the date of this letter |
| Renewal | The Availability Period shall be renewed automatically for successive periods of twelve (12) months unless the Bank gives you not less than thirty (30) days' written notice of non-renewal before the end of the then current period |
| Drawings | Each loan for a tenor of one, three or six months, repayable on the last day of its tenor |
| Interest | HIBOR for the relevant tenor plus 1.85% per annum |
| Security | Personal guarantee of Mr. Leung Ka Ming for HK$15,000,000 and a charge over deposits of not less than HK$3,000,000 |
===
Repayment on demand: Notwithstanding any other provision of this letter, the facility is subject to the Bank's overriding right to demand immediate repayment of all amounts outstanding at any time.
Conditions precedent: receipt of the executed guarantee, the charge over deposits and a certified copy of your board resolution accepting this letter.
Financial covenant: your tangible net worth shall at all times be not less than HK$40,000,000, tested on your audited accounts delivered within one hundred and eighty (180) days after each financial year end.
Acceptance: this offer will lapse if we have not received the duplicate of this letter signed by you within fourteen (14) days from the date of this letter.
Governing law: This letter is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
Yours faithfully,
For and on behalf of Victoria Harbour Banking Corporation Limited
Wong Siu Fan, Senior Relationship Manager
ACCEPTANCE
We accept the facility on the terms and conditions of this letter.
For and on behalf of Jade Lotus Trading Company Limited
Leung Ka Ming, Director
Date: 24 March 2026`,
    truth: {
      title: "Revolving Loan Facility Letter",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Banking Corporation Limited", "Jade Lotus Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-16",
      expiryDate: "2027-03-16",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v14-b-term-loan-agreement-new-york",
    format: "docx",
    storedPageCount: 3,
    source: `# TERM LOAN AGREEMENT
This Term Loan Agreement (this "Agreement") is made and entered into as of March 3, 2026, by and among HUDSON YARDS BRIDGE LENDING LLC, a Delaware limited liability company ("Lender"), BLUESTONE MANUFACTURING, LLC, a New Jersey limited liability company, and BLUESTONE REAL ESTATE HOLDINGS, LLC, a New Jersey limited liability company (each, a "Borrower" and together, jointly and severally, the "Borrowers").
RECITALS
Borrowers have requested that Lender make a term loan to refinance existing indebtedness secured on the facility at 44 Industrial Way, Paterson, New Jersey, and Lender is willing to do so on the terms of this Agreement.
# ARTICLE 1 DEFINITIONS
"Closing Date" means the date, which shall be no earlier than April 1, 2026, on which all conditions precedent in Section 4.1 have been satisfied or waived by Lender and the Loan is funded.
"Maturity Date" means the date that is twenty-four (24) months after the Closing Date.
"Prepayment Lockout Period" means the period of six (6) months following the Closing Date.
"Interest Period" means each calendar month.
===
# ARTICLE 2 THE LOAN
2.1 Loan. Lender agrees to make a single term loan to Borrowers on the Closing Date in the principal amount of $12,500,000 (the "Loan").
2.2 Repayment. Borrowers shall pay accrued interest monthly in arrears on the first Business Day of each Interest Period and shall repay the outstanding principal of the Loan in full on the Maturity Date.
2.3 Prepayment. The Loan may not be prepaid during the Prepayment Lockout Period; thereafter it may be prepaid on ten (10) Business Days' notice with a fee of 1.00% of the amount prepaid.
2.4 Extension Option. Borrowers may request one extension of the Maturity Date by twelve (12) months by written notice given not less than sixty (60) days before the Maturity Date; any extension is subject to the conditions in Section 2.5 and Lender's written approval.
# ARTICLE 4 CONDITIONS PRECEDENT
4.1 Lender's obligation to fund is subject to receipt of the Mortgage, title insurance, a survey and legal opinions in form satisfactory to Lender.
4.2 If the Closing Date has not occurred on or before June 30, 2026, Lender's commitment shall terminate.
===
# ARTICLE 9 MISCELLANEOUS
9.4 Governing Law. This Agreement shall be governed by, and construed in accordance with, the laws of the State of New York, including Section 5-1401 of the New York General Obligations Law.
9.5 Waiver of Jury Trial. EACH PARTY WAIVES ITS RIGHT TO A TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AGREEMENT.
9.6 Survival. The indemnities in Article 8 shall survive repayment of the Loan for a period of three (3) years.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
HUDSON YARDS BRIDGE LENDING LLC By: Daniel R. Feinberg, Managing Member
BLUESTONE MANUFACTURING, LLC By: Theresa Ann Kowalski, Manager
BLUESTONE REAL ESTATE HOLDINGS, LLC By: Theresa Ann Kowalski, Manager`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Hudson Yards Bridge Lending LLC", "Bluestone Manufacturing, LLC", "Bluestone Real Estate Holdings, LLC"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      term: "24 months",
    },
  },
  {
    id: "v14-b-deed-of-guarantee-cambridge",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is dated 10 February 2026
PARTIES
(1) OLIVER JAMES HARGREAVES of The Old Rectory, Church Lane, Little Shelford, Cambridge CB22 5HG;
(2) CHARLOTTE ANNE HARGREAVES of The Old Rectory, Church Lane, Little Shelford, Cambridge CB22 5HG (together with the party at (1) the "Guarantors" and each a "Guarantor"); and
(3) FENLAND COMMERCIAL FINANCE LIMITED incorporated and registered in England and Wales with company number 07765432 whose registered office is at 9 Hills Road, Cambridge CB2 1GE (the "Lender").
BACKGROUND
(A) Under a facility agreement dated 2 February 2026 between the Lender and Hargreaves Agritech Limited (company number 10987654) (the "Borrower"), the Lender has agreed to make available to the Borrower a term loan of £750,000 repayable over five years from first drawdown (the "Facility Agreement").
(B) The Guarantors are directors and shareholders of the Borrower and have agreed to guarantee the Borrower's obligations on the terms of this deed.
AGREED TERMS
1. Definitions: "Guaranteed Obligations" means all monies, debts and liabilities now or in the future due, owing or incurred by the Borrower to the Lender under or in connection with the Facility Agreement. "Business Day" means a day other than a Saturday, Sunday or public holiday in England when banks in London are open for business.
2. Guarantee: The Guarantors jointly and severally guarantee to the Lender the punctual payment of the Guaranteed Obligations and undertake to pay each amount demanded under this deed within five (5) Business Days of a written demand.
3. Indemnity: As a separate and independent obligation, each Guarantor shall indemnify the Lender against any loss it suffers if any Guaranteed Obligation is or becomes unenforceable, invalid or illegal.
4. Limit: The aggregate liability of the Guarantors under this deed shall not exceed £250,000 plus interest under clause 6 and enforcement costs.
5. Preservation of rights: The liability of the Guarantors shall not be affected by any time, waiver or consent granted to the Borrower or by any amendment of the Facility Agreement.
6. Interest: Any amount not paid when demanded carries interest at 4% per annum above the Bank of England base rate from the date of demand until payment.
7. Independent advice: Each Guarantor confirms that they have received independent legal advice before entering into this deed.
8. Governing law and jurisdiction: This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
Executed as a deed by OLIVER JAMES HARGREAVES in the presence of: Witness: Rebecca Louise Thorne, Solicitor, 2 Station Road, Cambridge CB1 2JH
Executed as a deed by CHARLOTTE ANNE HARGREAVES in the presence of: Witness: Rebecca Louise Thorne, Solicitor, 2 Station Road, Cambridge CB1 2JH
Executed as a deed by FENLAND COMMERCIAL FINANCE LIMITED acting by Simon Peter Ashby, a director, in the presence of: Witness: Karen Holt`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Oliver James Hargreaves", "Charlotte Anne Hargreaves", "Fenland Commercial Finance Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v14-b-general-security-agreement-alberta",
    format: "docx",
    storedPageCount: 2,
    source: `# GENERAL SECURITY AGREEMENT
THIS GENERAL SECURITY AGREEMENT is dated as of the 15th day of April, 2026.
GIVEN BY:
PRAIRIE SKY HOLDINGS LTD., a corporation incorporated under the laws of the Province of Alberta, in its capacity as trustee of the Prairie Sky Family Trust and not in its personal capacity (the "Debtor")
IN FAVOUR OF:
BOW VALLEY CREDIT UNION LIMITED, a credit union continued under the Credit Union Act (Alberta), having a branch at 202 Bow Valley Trail, Canmore, Alberta T1W 1N8 (the "Secured Party")
1. Grant of Security Interest. As continuing security for the Obligations, the Debtor grants to the Secured Party a security interest in all of the Debtor's present and after-acquired personal property, and assigns, mortgages and charges to the Secured Party all of its present and after-acquired real property interests not otherwise charged (the "Collateral").
2. Obligations Secured. The "Obligations" are all present and future debts and liabilities of the Debtor to the Secured Party, including under the commitment letter dated March 27, 2026 for a demand operating loan of $750,000 and a term loan of $2,400,000 amortized over fifteen (15) years.
3. Attachment. The Debtor and the Secured Party intend the security interest to attach upon execution of this Agreement by the Debtor.
4. Covenants. The Debtor shall keep the Collateral insured for its full insurable value and shall deliver its annual financial statements within one hundred and twenty (120) days after each fiscal year end.
5. Trustee Capacity. The Debtor represents that it is the sole trustee of the Prairie Sky Family Trust under a trust deed dated June 1, 2012 and has full power under that trust deed to grant this security.
===
6. Default and Enforcement. Upon any default under the commitment letter or this Agreement, the Secured Party may appoint a receiver, take possession of and sell the Collateral, and exercise all rights under the Personal Property Security Act (Alberta).
7. Copy of Agreement. The Debtor acknowledges receiving a copy of this Agreement and waives its right to receive a copy of any financing statement or verification statement.
8. Governing Law. This Agreement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the Debtor has executed this Agreement as of the date first written above.
PRAIRIE SKY HOLDINGS LTD., as trustee of the Prairie Sky Family Trust
Per: Warren Douglas McLeod, President (Authorized Signatory)
ACKNOWLEDGED by BOW VALLEY CREDIT UNION LIMITED Per: Janelle Fortier, Commercial Account Manager`,
    truth: {
      title: "General Security Agreement",
      documentType: "Security agreement",
      parties: ["Prairie Sky Holdings Ltd.", "Bow Valley Credit Union Limited"],
      governingLaw: "Alberta",
      effectiveDate: "2026-04-15",
    },
  },
  {
    id: "v14-b-amendment-letter-difc",
    format: "txt",
    source: `GULF MERIDIAN BANK LIMITED
Level 14, Gate Precinct Building 3, Dubai International Financial Centre, PO Box 507712, Dubai, United Arab Emirates
20 May 2026
To: Sandstone Logistics Holdings Ltd
Unit 2104, Index Tower, DIFC, Dubai, United Arab Emirates
Attention: Chief Financial Officer
Dear Sirs
# Amendment Letter
We refer to the term facility agreement dated 12 September 2024 between Sandstone Logistics Holdings Ltd as borrower and Gulf Meridian Bank Limited as lender (the "Facility Agreement"), under which a term facility of US$40,000,000 was made available for a period of three years from the date of the Facility Agreement.
1. Interpretation
1.1 Terms defined in the Facility Agreement have the same meaning in this letter. "Effective Date" means 1 June 2026.
2. Amendments
2.1 With effect from the Effective Date the Facility Agreement is amended as follows:
(a) in clause 1.1, the definition of "Margin" is amended to read "2.75 per cent. per annum";
(b) in clause 21.2 (Leverage), the ratio "3.00:1" is replaced with "3.50:1" for each Relevant Period ending on or before 31 December 2027; and
(c) clause 22.10 (Acquisitions) is deleted.
3. Fee
3.1 You shall pay us an amendment fee of US$40,000 within five (5) Business Days of the Effective Date.
4. Continuity
4.1 Save as amended by this letter, the Facility Agreement remains in full force and effect. This letter is a Finance Document.
5. Governing law
5.1 This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours faithfully
for and on behalf of Gulf Meridian Bank Limited
Fatima Khalid Al Suwaidi, Director, Corporate Banking
We agree to the terms of this letter.
for and on behalf of Sandstone Logistics Holdings Ltd
Rashid Al Mansoori, Director
Date: 22 May 2026`,
    truth: {
      title: "Amendment Letter",
      documentType: "Amendment",
      parties: ["Gulf Meridian Bank Limited", "Sandstone Logistics Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-01",
      amends: "Term Facility Agreement",
    },
  },
  {
    id: "v14-b-notice-of-demand-nairobi",
    format: "txt",
    source: `RIFT VALLEY COMMERCIAL BANK LIMITED
Head Office: Rift House, Kenyatta Avenue, P.O. Box 40211-00100, Nairobi, Kenya
BY REGISTERED POST AND HAND DELIVERY
Our Ref: RVCB/REC/2026/0932
2nd July 2026
The Directors
Kilimani Agro-Processors Limited
Enterprise Road, Industrial Area
P.O. Box 18866-00500, Nairobi
Dear Sirs,
# NOTICE OF DEMAND
RE: TERM LOAN OF KES 85,000,000 UNDER THE LOAN AGREEMENT DATED 14TH FEBRUARY 2023
1. We refer to the Loan Agreement dated 14th February 2023 (the "Loan Agreement") under which we advanced to you the sum of KES 85,000,000 repayable in sixty (60) equal monthly instalments, and to our letter dated 3rd June 2026 notifying you of arrears.
2. You have failed to pay the instalments that fell due on 28th April 2026, 28th May 2026 and 28th June 2026. This is an Event of Default under clause 17.1(a) of the Loan Agreement.
3. Pursuant to clause 18 of the Loan Agreement, we hereby declare the whole of the outstanding loan, together with accrued interest, immediately due and payable. As at 30th June 2026 the amount outstanding is KES 61,482,310.55.
4. TAKE NOTICE that unless the full amount, with further interest at the default rate of four per cent (4%) per annum above the contractual rate, is paid within fourteen (14) days of the date of service of this notice, we shall without further reference to you enforce the debenture dated 14th February 2023, including by appointing a receiver.
5. This notice is without prejudice to our rights against the guarantor under the guarantee dated 14th February 2023.
Yours faithfully,
For: RIFT VALLEY COMMERCIAL BANK LIMITED
Grace Wanjiru Mwangi
Head, Credit Recovery
cc: Mr. Peter Kamau Njoroge (Guarantor), P.O. Box 52211-00200, Nairobi`,
    truth: {
      title: "Notice of Demand",
      documentType: "Notice",
      parties: ["Rift Valley Commercial Bank Limited", "Kilimani Agro-Processors Limited"],
      effectiveDate: "2026-07-02",
    },
  },
  {
    id: "v14-b-deed-of-release-isle-of-man",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF RELEASE
THIS DEED OF RELEASE is made on the thirtieth day of April two thousand and twenty-six
BETWEEN:
(1) MANX MARITIME BANK LIMITED, a company incorporated in the Isle of Man with registered number 004512C, whose registered office is at 2 Athol Street, Douglas, Isle of Man IM1 1JA (the "Chargee"); and
(2) SULBY GLEN PROPERTIES LIMITED, a company incorporated in the Isle of Man with registered number 118834C, whose registered office is at 14 Parliament Street, Ramsey, Isle of Man IM8 1AP (the "Chargor").
RECITALS
(A) By a debenture dated 22 November 2021 (the "Debenture") the Chargor charged its undertaking and assets in favour of the Chargee to secure a loan facility of £3,600,000 repayable over seven (7) years.
(B) By a legal charge dated 22 November 2021 (the "Legal Charge") the Chargor charged the freehold property known as Glen Mona Farm, Maughold, to the Chargee.
(C) The Secured Obligations were repaid in full on 28 April 2026 and the Chargee has agreed to release the Debenture and the Legal Charge on the terms of this Deed.
===
OPERATIVE PROVISIONS
1. Release: The Chargee releases and discharges, with effect from the date of this Deed, all the property, assets and undertaking of the Chargor from the security created by the Debenture and the Legal Charge.
2. Delivery: Within ten (10) Business Days after the date of this Deed the Chargee shall deliver to the Chargor the title deeds held by it and a signed discharge of the Legal Charge in the form required by the Land Registry.
3. Filing: The Chargee consents to the Chargor filing a memorandum of satisfaction with the Isle of Man Companies Registry.
4. Further assurance: The Chargee shall, at the Chargor's cost, execute any further documents the Chargor reasonably requires to give effect to this Deed.
5. Governing law: This Deed is governed by the laws of the Isle of Man and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
===
IN WITNESS whereof this Deed has been executed and delivered on the date first above written.
Executed as a deed by MANX MARITIME BANK LIMITED acting by: Director: Alan Christian Kneale; Director/Secretary: Bridget Quayle
Executed as a deed by SULBY GLEN PROPERTIES LIMITED acting by: Director: Thomas Edward Corlett; Witness: Joanne Cregeen, Advocate, Douglas`,
    truth: {
      title: "Deed of Release",
      documentType: "Deed",
      parties: ["Manx Maritime Bank Limited", "Sulby Glen Properties Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-30",
    },
  },
  {
    id: "v14-b-standstill-agreement-guernsey",
    format: "docx",
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is dated 26 June 2026
BETWEEN
(1) SARNIA PRIVATE BANK LIMITED, a company incorporated in Guernsey with registered number 41877, whose registered office is at Le Marchant House, Le Truchot, St Peter Port, Guernsey GY1 1WD (the "Lender");
(2) LES VARDES HOTEL GROUP LIMITED, a company incorporated in Guernsey with registered number 63221, whose registered office is at Les Vardes, St Peter Port, Guernsey GY1 1BG (the "Borrower"); and
(3) ANTOINE MICHEL DE GARIS and ROSEMARY CLAIRE DE GARIS, both of La Maison du Moulin, Rue de la Hougue, Castel, Guernsey GY5 7EX (together the "Guarantors").
BACKGROUND
(A) The Lender made available to the Borrower a term loan of £9,200,000 under a loan agreement dated 9 March 2022 (the "Loan Agreement"), whose final repayment date is 9 March 2027, guaranteed by the Guarantors under a guarantee of the same date.
(B) The Borrower is in breach of the loan to value covenant in clause 19.3 of the Loan Agreement (the "Specified Default") and is seeking to refinance the Loan Agreement. The Lender has agreed not to enforce for a limited period on the terms of this Agreement.
1. DEFINITIONS
"Effective Date" means 1 July 2026.
"Standstill Period" means the period starting on the Effective Date and ending on 30 September 2026 (inclusive), or, if earlier, on the date the Lender gives notice of a Termination Event.
2. STANDSTILL
2.1 During the Standstill Period the Lender shall not accelerate the Loan Agreement, make demand under the guarantee or enforce any security by reason of the Specified Default.
2.2 This Agreement terminates automatically at the end of the Standstill Period, after which the Lender may exercise all of its rights without further notice.
3. UNDERTAKINGS
3.1 The Borrower shall deliver a thirteen-week cashflow forecast to the Lender every Monday and shall deliver a signed refinancing term sheet within six (6) weeks of the Effective Date.
4. FEE
4.1 The Borrower shall pay the Lender a standstill fee of £23,000 on the date of this Agreement.
5. RESERVATION OF RIGHTS
5.1 Nothing in this Agreement waives the Specified Default. The Guarantors confirm that their guarantee continues in full force.
6. GOVERNING LAW
6.1 This Agreement is governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
Signed for SARNIA PRIVATE BANK LIMITED by Nicolas Le Page, Authorised Signatory
Signed for LES VARDES HOTEL GROUP LIMITED by Antoine Michel de Garis, Director
Signed by ANTOINE MICHEL DE GARIS    Signed by ROSEMARY CLAIRE DE GARIS`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Sarnia Private Bank Limited", "Les Vardes Hotel Group Limited", "Antoine Michel de Garis", "Rosemary Claire de Garis"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-07-01",
      expiryDate: "2026-09-30",
      term: "3 months",
    },
  },
];
