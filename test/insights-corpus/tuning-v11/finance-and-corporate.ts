import type { UnseenDocument } from "../unseen/types";

/** Tuning set v11: finance and corporate documents (loans, facilities, guarantees, share deals, shareholders' and JV agreements, powers of attorney). */
export const FINANCE_AND_CORPORATE_V11: UnseenDocument[] = [
  {
    id: "v11-finance-term-loan-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# TERM LOAN AGREEMENT
THIS AGREEMENT is dated 14 May 2026
# PARTIES
(1) HARBOURSIDE PROPERTY HOLDINGS PTY LTD (ACN 612 345 678) in its personal capacity and in its capacity as trustee of the Harbourside Unit Trust (ABN 41 612 345 678), having its registered office at Level 12, 88 Phillip Street, Sydney, New South Wales 2000 (the Borrower); and
(2) SOUTHERN CROSS COMMERCIAL FINANCE PTY LIMITED (ACN 098 765 432, Australian Credit Licence 387654) of Suite 4, Level 30, Governor Macquarie Tower, 1 Farrer Place, Sydney, New South Wales 2000 (the Lender).
# BACKGROUND
A. The Lender has agreed to make available to the Borrower a secured term loan facility of A$18,500,000 to refinance the acquisition of the property known as 40–44 Wharf Road, Pyrmont, New South Wales.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement, unless the context otherwise requires:
“Availability Period” means the period from the Commencement Date to the date falling three (3) months after the Commencement Date.
“Commencement Date” means 1 June 2026.
“Interest Period” means each successive period of three (3) months, the first beginning on the date of the first drawdown.
“Maturity Date” means the last day of the thirty-sixth (36th) month in the period beginning with the month in which the Commencement Date falls.
“Term” means the period beginning on the Commencement Date and ending on the Maturity Date.
# 2. THE FACILITY
2.1 Subject to this Agreement, the Lender makes available to the Borrower a single-draw term loan facility during the Availability Period.
2.2 The Borrower must give the Lender not less than ten (10) Business Days' notice of the proposed drawdown date.
2.3 The Borrower must repay the Loan in full, together with all accrued interest, on the Maturity Date.
# 3. INTEREST AND FEES
3.1 Interest accrues daily at the aggregate of BBSY for the relevant Interest Period and a margin of 2.35% per annum and is payable on the last day of each Interest Period.
3.2 If the Loan is prepaid in whole or in part within twelve (12) months after the drawdown date, the Borrower must pay a prepayment fee of 1% of the amount prepaid.
===
# 4. SECURITY AND UNDERTAKINGS
4.1 The Loan is secured by a first registered real property mortgage over the Property and a general security deed from the Borrower, each in form satisfactory to the Lender.
4.2 The Borrower must maintain a loan to valuation ratio not exceeding 60% and provide audited accounts within one hundred and twenty (120) days after the end of each financial year.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement is governed by the laws of New South Wales. Each party irrevocably submits to the non-exclusive jurisdiction of the courts of New South Wales and courts of appeal from them.
EXECUTED as an agreement.
Executed by Harbourside Property Holdings Pty Ltd (ACN 612 345 678) in its own capacity and as trustee of the Harbourside Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by:
Director: Mei-Ling R. Okonkwo        Director/Secretary: Thomas J. Vella
Executed by Southern Cross Commercial Finance Pty Limited by its attorney under power of attorney dated 2 February 2024:
Attorney: Bradley S. Nguyen, Head of Property Finance`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Harbourside Property Holdings Pty Ltd", "Southern Cross Commercial Finance Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v11-finance-revolving-facility-letter-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `STRAITS MERIDIAN BANK LIMITED
Corporate Banking Division, 9 Raffles Place, #38-01 Republic Plaza Tower 1, Singapore 048619
3 March 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Tanjong Pagar Logistics Pte. Ltd. (UEN 201912345K)
17 Keppel Road, #05-02, Singapore 089058
Our ref: CB/TPL/2026/014
Dear Sirs
# REVOLVING CREDIT FACILITY
1. We, Straits Meridian Bank Limited (the "Bank"), are pleased to offer Tanjong Pagar Logistics Pte. Ltd. (the "Borrower") a revolving credit facility of up to SGD 5,000,000 (the "Facility") on the terms of this letter and the Bank's Standard Terms and Conditions for Corporate Facilities (the "Standard Terms").
2. Purpose: to finance the Borrower's general working capital requirements.
3. Term: as set out in paragraph 9 below.
4. Drawings: each drawing shall be for an interest period of one, two, three or six months and shall be repaid on the last day of its interest period, and may be redrawn subject to the Facility limit.
5. Interest: compounded SORA plus 1.85% per annum, payable at the end of each interest period.
6. Commitment fee: 0.25% per annum on the undrawn amount, payable quarterly in arrears.
7. Security: a corporate guarantee from Tanjong Pagar Holdings Pte. Ltd. and a debenture over the assets of the Borrower.
8. Financial covenants: consolidated tangible net worth of not less than SGD 12,000,000, tested on the audited accounts, which must be delivered within 150 days after each financial year end.
===
9. Availability: the Facility is granted for a term of twelve (12) months from the date of this letter. The Bank may, but is not obliged to, review and extend the Facility at its discretion; no extension takes effect unless confirmed by the Bank in writing.
10. Acceptance: this offer will lapse unless the duplicate of this letter is signed and returned to the Bank within fourteen (14) days of the date of this letter.
11. Governing law: this letter and the Standard Terms are governed by the laws of Singapore, and the Borrower submits to the non-exclusive jurisdiction of the Singapore courts.
Yours faithfully
for and on behalf of Straits Meridian Bank Limited
Ng Wei Jie Daniel, Director, Corporate Banking
# ACCEPTANCE
We accept the Facility on the terms and conditions of this letter and the Standard Terms.
For and on behalf of Tanjong Pagar Logistics Pte. Ltd.
Name: Lim Hui Min    Designation: Director    Date: 10 March 2026`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Straits Meridian Bank Limited", "Tanjong Pagar Logistics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
    },
  },
  {
    id: "v11-finance-guarantee-deed-jersey",
    format: "pdf",
    source: `# DEED OF GUARANTEE
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) PETER J. D. ABERNETHY of La Maison des Prés, Rue de la Frontière, St Ouen, Jersey JE3 2AB;
(2) CLAIRE MARGUERITE FAUVEL of Flat 6, Havre des Pas Mansions, Havre des Pas, St Helier, Jersey JE2 4UQ (each a "Guarantor" and together the "Guarantors"); and
(3) BAIE BLEUE FINANCE LIMITED, a company incorporated in Jersey with registered number 118204, whose registered office is at 22 Esplanade, St Helier, Jersey JE1 4TR (the "Lender").
WHEREAS:
(A) By a loan agreement dated 2 December 2025 (the "Loan Agreement") made between Seaford Marine Limited (the "Borrower") and the Lender, which is governed by English law, the Lender agreed to lend the Borrower £2,400,000 repayable by instalments over five (5) years.
(B) It is a condition of the Loan Agreement that the Guarantors enter into this Deed.
NOW THIS DEED WITNESSES as follows:
1. GUARANTEE
1.1 The Guarantors jointly and severally guarantee to the Lender the punctual payment by the Borrower of all money due under the Loan Agreement (the "Guaranteed Obligations") and undertake to pay any amount not paid when due within five (5) Business Days of demand.
1.2 The aggregate liability of the Guarantors under this Deed shall not exceed £750,000 plus interest and enforcement costs.
2. WAIVER OF DEFENCES
2.1 The Guarantors waive any right they may have under the customary law of Jersey to require the Lender to proceed first against the Borrower (droit de discussion) or to divide liability between the Guarantors (droit de division).
===
3. DURATION
3.1 This Deed is a continuing guarantee and shall continue in force until terminated by the Guarantors giving the Lender not less than three (3) months' written notice, but termination shall not affect liability for Guaranteed Obligations incurred before the end of that notice.
4. GOVERNING LAW
4.1 This Deed and any non-contractual obligations arising out of it are governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
SIGNED as a deed by PETER J. D. ABERNETHY in the presence of: Witness: Sarah Le Quesne, Advocate, St Helier
SIGNED as a deed by CLAIRE MARGUERITE FAUVEL in the presence of: Witness: Sarah Le Quesne, Advocate, St Helier
EXECUTED as a deed by BAIE BLEUE FINANCE LIMITED acting by Jean-Luc Renouf, Director, and Amelia Vibert, Director`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Peter J. D. Abernethy", "Claire Marguerite Fauvel", "Baie Bleue Finance Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-09",
      term: "Until terminated",
    },
  },
  {
    id: "v11-finance-share-purchase-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
among
2468135 ONTARIO INC.
– and –
DANIEL RHYS OKAFOR-WHITMAN
– and –
LUCY ANNE BEAULIEU
(collectively, as Vendors)
– and –
NORTHBOUND EQUIPMENT HOLDINGS LTD.
(as Purchaser)
respecting all of the issued and outstanding shares of Kawartha Precision Machining Inc.
Dated as of March 31, 2026
===
THIS SHARE PURCHASE AGREEMENT is made as of March 31, 2026,
AMONG: 2468135 ONTARIO INC., a corporation existing under the laws of the Province of Ontario (“Numberco”), DANIEL RHYS OKAFOR-WHITMAN, an individual resident in the City of Peterborough, in the Province of Ontario, and LUCY ANNE BEAULIEU, an individual resident in the Township of Selwyn, in the Province of Ontario (together with Numberco, the “Vendors” and each a “Vendor”);
AND: NORTHBOUND EQUIPMENT HOLDINGS LTD., a corporation existing under the laws of the Province of British Columbia (the “Purchaser”).
RECITALS: The Vendors are the registered and beneficial owners of all of the issued and outstanding shares of Kawartha Precision Machining Inc. (the “Corporation”), and the Purchaser wishes to purchase those shares on the terms of this Agreement.
# ARTICLE 1 – INTERPRETATION
“Closing Date” means April 15, 2026, or such other date as the Vendors and the Purchaser may agree in writing.
“Escrow Period” means the period of eighteen (18) months following the Closing Date.
# ARTICLE 2 – PURCHASE AND SALE
2.1 Each Vendor shall sell, and the Purchaser shall purchase, the Purchased Shares set out opposite that Vendor's name below for the purchase price shown:
| Vendor | Class A Common Shares | Purchase Price (C$) |
| 2468135 Ontario Inc. | 600 | 7,200,000 |
| Daniel Rhys Okafor-Whitman | 250 | 3,000,000 |
| Lucy Anne Beaulieu | 150 | 1,800,000 |
2.2 C$1,200,000 of the Purchase Price shall be held by Crane & Lavoie LLP, as escrow agent, during the Escrow Period as security for the indemnities in Article 7.
# ARTICLE 7 – SURVIVAL AND INDEMNIFICATION
7.1 The representations and warranties of the Vendors survive Closing for a period of twenty-four (24) months, except that tax representations survive until ninety (90) days after the expiry of the applicable reassessment period.
# ARTICLE 8 – RESTRICTIVE COVENANTS
8.1 For a period of three (3) years after the Closing Date, no Vendor shall carry on a business competitive with the business of the Corporation anywhere in Ontario or solicit any employee of the Corporation.
# ARTICLE 10 – GENERAL
10.4 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
10.5 Notices must be given in writing and are deemed received two (2) Business Days after sending by courier.`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["2468135 Ontario Inc.", "Daniel Rhys Okafor-Whitman", "Lucy Anne Beaulieu", "Northbound Equipment Holdings Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-31",
    },
  },
  {
    id: "v11-finance-shareholders-agreement-ireland",
    format: "docx",
    source: `# SHAREHOLDERS’ AGREEMENT
relating to Connemara Clean Oysters Limited
THIS AGREEMENT is dated 22 January 2026 and is made between the persons whose details are set out in the table below (together the “Parties”).
| No. | Party | Registered number | Address | Capacity |
| 1 | Brennan Aquaculture Holdings DAC | 654321 | Unit 3, Galway Technology Park, Parkmore, Galway H91 X2Y4 | Founder Shareholder |
| 2 | Fjordline Seafood Investments AS | 921 456 789 (Norway) | Strandkaien 14, 5013 Bergen, Norway | Investor |
| 3 | Siobhán Áine Ní Bhriain | – | 7 Sea Road, Salthill, Galway H91 T6P2 | Manager Shareholder |
| 4 | Connemara Clean Oysters Limited | 702118 | Unit 3, Galway Technology Park, Parkmore, Galway H91 X2Y4 | the Company |
# 1. COMMENCEMENT AND DURATION
1.1 This Agreement takes effect on 1 February 2026 (the “Effective Date”).
1.2 This Agreement shall continue in full force and effect until terminated in accordance with clause 14.
# 2. BUSINESS OF THE COMPANY
2.1 The business of the Company is the cultivation, depuration and export of oysters from its licensed sites in Kilkieran Bay.
# 3. BOARD
3.1 The Investor may appoint and remove one director. The Board shall meet at least once in every quarter.
===
# 9. TRANSFER OF SHARES
9.1 No Shareholder shall transfer any Shares before the second anniversary of the Effective Date except with the prior written consent of the other Shareholders.
# 11. RESTRICTIVE COVENANTS
11.1 Each Shareholder undertakes not to compete with the Company while it holds Shares and for twelve (12) months after ceasing to hold Shares.
# 14. TERMINATION
14.1 This Agreement terminates on the earliest of a written agreement of all Shareholders, a listing of the Company's shares, or one Shareholder holding all of the Shares.
# 18. GOVERNING LAW
18.1 This Agreement is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Signed by Ciarán Brennan for and on behalf of Brennan Aquaculture Holdings DAC
Signed by Ingrid Solheim for and on behalf of Fjordline Seafood Investments AS
Signed by Siobhán Áine Ní Bhriain
Signed by Ciarán Brennan for and on behalf of Connemara Clean Oysters Limited`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Brennan Aquaculture Holdings DAC", "Fjordline Seafood Investments AS", "Siobhán Áine Ní Bhriain", "Connemara Clean Oysters Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      term: "Until terminated",
    },
  },
  {
    id: "v11-finance-joint-venture-difc",
    format: "txt",
    source: `# JOINT VENTURE AGREEMENT
# KEY DETAILS
| Item | Detail |
| 1. Date of Agreement | 11 June 2026 |
| 2. Party A | Qasr Capital Partners Limited, a private company registered in the Dubai International Financial Centre with registered number 4417, of Gate Village 6, Level 3, DIFC, Dubai, United Arab Emirates |
| 3. Party B | Meridian Solar Developments LLC, a Delaware limited liability company, of 1201 North Orange Street, Wilmington, Delaware 19801, United States of America |
| 4. JV Company | Qasr Meridian Renewables Limited, to be incorporated in the DIFC after the date of this Agreement |
| 5. Effective Date | 1 July 2026 |
| 6. Initial Term | five (5) years from the Effective Date |
| 7. Renewal | automatic, for successive periods of two (2) years each, unless either Party gives not less than six (6) months' notice before the end of the then-current term |
| 8. Governing Law | the laws of the Dubai International Financial Centre |
# TERMS
This Agreement is made on the Date of Agreement between Party A and Party B (the "Parties") on the terms set out in these Key Details and the following clauses.
1. Purpose. The Parties shall cooperate through the JV Company to develop, own and operate utility-scale solar projects in the United Arab Emirates and the Sultanate of Oman.
2. Contributions. Party A shall contribute US$24,000,000 in cash and Party B shall contribute its project pipeline and US$16,000,000 in cash, in each case within sixty (60) days after incorporation of the JV Company.
3. Duration. This Agreement commences on the Effective Date and continues for the Initial Term, and thereafter renews as stated in item 7 of the Key Details.
4. Deadlock. A deadlock not resolved within thirty (30) days shall be referred to the chief executives of the Parties.
5. Exclusivity. Neither Party shall participate in a competing solar project in the territory during the term and for twelve (12) months afterwards.
6. Disputes. The courts of the Dubai International Financial Centre have exclusive jurisdiction.
Signed for Qasr Capital Partners Limited by Khalid Al Mansoori, Managing Partner
Signed for Meridian Solar Developments LLC by Rebecca L. Thornbury, Authorized Officer`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Qasr Capital Partners Limited", "Meridian Solar Developments LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-07-01",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v11-finance-subscription-nz",
    format: "pdf",
    source: `# SHARE SUBSCRIPTION AGREEMENT
Date: 2nd March 2026
# 1. Subscription
1.1 The Investor subscribes for 1,250,000 ordinary shares in the Company (the Subscription Shares) at NZ$0.80 per share, a total Subscription Price of NZ$1,000,000.
1.2 Completion will take place on the fifth Business Day after the conditions in clause 2 are satisfied, or on such other date as the parties agree in writing.
# 2. Conditions
2.1 Completion is conditional on the shareholders of the Company approving the issue of the Subscription Shares under the Company's constitution. If that condition is not satisfied by 30 April 2026, either party may terminate this agreement by notice to the other.
# 3. Warranties
3.1 The Company gives the warranties in Schedule 1. No warranty claim may be made after the date falling eighteen (18) months after Completion.
# 4. Lock-in
4.1 The Investor must not dispose of any Subscription Shares for twelve (12) months after Completion.
# 5. Board observer
5.1 For so long as the Investor holds at least 5% of the shares in the Company, the Investor may appoint one observer to attend meetings of the board.
# 6. General
6.1 This agreement is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
===
# Schedule 1 – Company Warranties
1. The Company is duly incorporated under the Companies Act 1993 and the Subscription Shares will be fully paid on issue.
2. The Company's financial statements for the year ended 31 March 2025 give a true and fair view.
# Execution
Signed for and on behalf of KŌWHAI ROBOTICS LIMITED (company number 8123456), of Level 2, 10 Customs Street East, Auckland 1010, as the Company, by:
Director: Hemi T. Parata        Director: Grace Liu
Signed by AROHA WEN-LI BAINBRIDGE, of 48 Jervois Road, Herne Bay, Auckland 1011, as the Investor, in the presence of:
Witness: Tom Ashby, Solicitor, Auckland`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Kōwhai Robotics Limited", "Aroha Wen-Li Bainbridge"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-02",
    },
  },
  {
    id: "v11-finance-power-of-attorney-scotland",
    format: "txt",
    source: `# POWER OF ATTORNEY
by
MACLEOD SPEYSIDE DISTILLERS LIMITED
in favour of
CLYDESIDE CORPORATE SERVICES LIMITED
WE, MACLEOD SPEYSIDE DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC412877) and having our registered office at Glenbuie House, Craigellachie, Aberlour AB38 9RT (the "Company"), HEREBY APPOINT CLYDESIDE CORPORATE SERVICES LIMITED (registered number SC298114), having its registered office at 150 St Vincent Street, Glasgow G2 5NE (the "Attorney"), to be our lawful attorney with the powers set out below.
1. The Attorney may in the name of and on behalf of the Company sign, execute and deliver the standard security over the distillery at Glenbuie, the assignation of rents and any notice, certificate or other document required under the facility agreement dated 3 October 2025 between the Company and Northern Thistle Bank plc (the "Facility Agreement"), which is governed by the law of England.
2. The Company undertakes to ratify anything done by the Attorney under this Power of Attorney and to confirm any such act in writing within thirty (30) days of being asked to do so.
3. This Power of Attorney shall remain in force for a period of eighteen (18) months from the date hereof, unless earlier revoked by the Company by written notice delivered to the Attorney.
4. The Company shall indemnify the Attorney against all liabilities properly incurred in exercising these powers.
5. This Power of Attorney shall be governed by and construed in accordance with the Law of Scotland.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the Company at Aberlour on the seventeenth day of November Two thousand and twenty-five by Fiona Catriona MacLeod, Director, before this witness Andrew Grant, Solicitor, 9 High Street, Aberlour AB38 9QB.
Fiona Catriona MacLeod, Director
Andrew Grant, Witness`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["MacLeod Speyside Distillers Limited", "Clydeside Corporate Services Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-11-17",
      expiryDate: "2027-05-17",
      term: "18 months",
    },
  },
];
