import type { UnseenDocument } from "../unseen/types";

/** v15 tuning set: corporate and transactional documents (JV, share and asset sales, lending, guarantee, standstill) with durations to work out. */
export const CORPORATE_AND_TRANSACTIONS_V15: UnseenDocument[] = [
  {
    id: "v15-c-jv-singapore-auto-renew",
    format: "pdf",
    pageFooters: true,
    source: `# JOINT VENTURE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MERIDIAN INFRASTRUCTURE PTE. LTD. (UEN 201912345K), a company incorporated in Singapore whose registered office is at 80 Robinson Road, #17-02, Singapore 068898 ("Meridian"); and
(2) KOWLOON HARBOUR HOLDINGS LIMITED (CR No. 2847719), a company incorporated in Hong Kong whose registered office is at 18/F, 9 Queen's Road Central, Hong Kong ("KHH"),
(each a "Party" and together the "Parties").
BACKGROUND
(A) The Parties wish to establish a joint venture company, Meridian Harbour Cold Chain Pte. Ltd. (the "JV Company"), to develop and operate cold-storage logistics facilities in Southeast Asia.
(B) The Parties have agreed to regulate their relationship as shareholders of the JV Company on the terms of this Agreement.
# 1. DEFINITIONS
1.1 In this Agreement:
“Effective Date” means 1 May 2026;
“Lock-in Period” means the period of three (3) years from the Effective Date during which neither Party may transfer any Shares except to an Affiliate;
“Restricted Period” means the period of twelve (12) months after a Party ceases to hold Shares;
“Term” means the Initial Term together with any Renewal Term (each as defined in Clause 14).
# 2. CAPITAL CONTRIBUTIONS
2.1 Each Party shall subscribe for 5,000,000 ordinary shares in the JV Company within thirty (30) days after the Effective Date.
2.2 Further funding requests approved by the Board shall be paid within twenty (20) Business Days of the relevant Board resolution.
===
# 8. DEADLOCK
8.1 If the Board fails to resolve a Reserved Matter at two consecutive meetings, either Party may refer the matter to the chief executives of the Parties, who shall meet within fifteen (15) Business Days.
# 12. NON-COMPETITION
12.1 During the Term and the Restricted Period neither Party shall carry on a Competing Business in Singapore, Malaysia or Thailand.
# 14. TERM AND TERMINATION
14.1 This Agreement shall take effect on the Effective Date and, subject to Clause 14.3, shall continue for an initial term of five (5) years commencing on the Effective Date (the "Initial Term").
14.2 On expiry of the Initial Term, this Agreement shall automatically renew for successive periods of two (2) years each (each a "Renewal Term") unless either Party gives the other not less than six (6) months' written notice of non-renewal before the end of the Initial Term or the then-current Renewal Term.
14.3 This Agreement shall terminate automatically if one Party ceases to hold any Shares.
14.4 Clauses 12, 18 and 19 shall survive termination for a period of two (2) years.
# 19. GOVERNING LAW AND ARBITRATION
19.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Singapore.
19.2 Any dispute shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre.
===
IN WITNESS WHEREOF the Parties have executed this Agreement on the date first written above.
SIGNED for and on behalf of MERIDIAN INFRASTRUCTURE PTE. LTD. by Tan Wei Jie, Director
SIGNED for and on behalf of KOWLOON HARBOUR HOLDINGS LIMITED by Cheung Ka Ming, Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Meridian Infrastructure Pte. Ltd.", "Kowloon Harbour Holdings Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-04-30",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v15-c-stock-purchase-delaware-no-term",
    format: "pdf",
    source: `# STOCK PURCHASE AGREEMENT
This Stock Purchase Agreement (this "Agreement") is made and entered into as of June 2, 2026, by and among Copperline Robotics Holdings, LLC, a Delaware limited liability company ("Buyer"), Daniel R. Okafor, an individual residing in Austin, Texas, Helena M. Vasquez, an individual residing in Denver, Colorado, and Vasquez Family Ventures LLC, a Colorado limited liability company (each, a "Seller" and collectively, the "Sellers").
# RECITALS
WHEREAS, the Sellers collectively own all of the issued and outstanding shares of common stock (the "Shares") of Pinecrest Automation, Inc., a Delaware corporation (the "Company"); and
WHEREAS, Buyer desires to purchase from the Sellers, and the Sellers desire to sell to Buyer, all of the Shares on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# ARTICLE I. PURCHASE AND SALE
1.1 Purchase Price. The aggregate purchase price for the Shares is $48,000,000, of which $4,800,000 (the "Escrow Amount") shall be deposited with First Keystone Trust Company, as escrow agent, and held for a period of fifteen (15) months following the Closing Date (the "Escrow Period").
1.2 Earn-Out. The Sellers may earn up to an additional $6,000,000 based on the Company's Revenue during the twenty-four (24) month period beginning on the first day of the first full calendar month after the Closing Date (the "Earn-Out Period").
1.3 Closing. The closing of the purchase and sale of the Shares (the "Closing") shall take place remotely on July 1, 2026, or on such other date as Buyer and the Sellers agree in writing (the "Closing Date").
# ARTICLE VI. COVENANTS
6.4 Non-Competition. For a period of five (5) years after the Closing Date, no Seller shall, directly or indirectly, engage in any Competing Business in North America.
6.5 Non-Solicitation. For thirty-six (36) months after the Closing Date, no Seller shall solicit any employee or customer of the Company.
# ARTICLE VIII. SURVIVAL; INDEMNIFICATION
8.1 Survival. The representations and warranties in this Agreement shall survive the Closing until the date that is eighteen (18) months after the Closing Date, except that the Fundamental Representations shall survive until sixty (60) days after the expiration of the applicable statute of limitations.
8.2 Notice of Claims. An Indemnified Party shall notify the Indemnifying Party of any claim within thirty (30) days after becoming aware of it.
# ARTICLE IX. TERMINATION
9.1 This Agreement may be terminated at any time prior to the Closing (a) by mutual written consent of Buyer and the Sellers; or (b) by Buyer or the Sellers if the Closing has not occurred on or before September 30, 2026 (the "Outside Date").
===
# ARTICLE X. MISCELLANEOUS
10.6 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without giving effect to any choice or conflict of law provision or rule. The Escrow Agreement shall be governed by the laws of the State of New York.
10.7 Counterparts. This Agreement may be executed in counterparts, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have caused this Agreement to be executed as of the date first written above.
BUYER: COPPERLINE ROBOTICS HOLDINGS, LLC
By: Margaret L. Chen, Chief Executive Officer
SELLERS:
Daniel R. Okafor
Helena M. Vasquez
VASQUEZ FAMILY VENTURES LLC
By: Helena M. Vasquez, Managing Member`,
    truth: {
      title: "Stock Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Copperline Robotics Holdings, LLC", "Daniel R. Okafor", "Helena M. Vasquez", "Vasquez Family Ventures LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v15-c-facility-letter-ireland",
    format: "pdf",
    pageFooters: true,
    source: `LIFFEY COMMERCIAL BANK DAC
Business Banking Centre, 2 Grand Canal Square, Dublin 2, D02 A342 | Registered in Ireland No. 553012
8 May 2026
The Directors
Corrib Foods Limited
Unit 4, Ballybrit Business Park, Galway H91 P2DK
Our ref: BB/CF/2026/117
Dear Sirs
# Facility Letter
We, Liffey Commercial Bank DAC (the "Bank"), are pleased to offer Corrib Foods Limited (company number 418827) (the "Borrower") a term loan facility on the terms of this letter and the Bank's Standard Terms and Conditions for Business Lending (2025 edition).
1. Amount: EUR 4,500,000 (the "Facility").
2. Purpose: to refinance the Borrower's existing borrowing from Shannon Finance Limited under a loan agreement dated 10 June 2021 for a term of seven (7) years, and to fund the fit-out of the Borrower's Oranmore production site.
3. Availability: The Facility is available for drawing in one amount during the period of three (3) months from the date of this letter (the "Availability Period"). Any amount undrawn at the end of the Availability Period shall be cancelled.
4. Interest: Interest is payable at 3.25% per annum above the Bank's cost of funds on the last day of each Interest Period of three (3) months.
5. Term and Repayment: The Facility is made available for a term of four (4) years from the date of this letter (the "Facility Period"). The Borrower shall repay the Facility in sixteen equal quarterly instalments, the final instalment being due on the last day of the Facility Period together with all other amounts then outstanding.
6. Security: A first-ranking debenture from the Borrower and a guarantee from Corrib Holdings Limited limited to EUR 1,000,000.
7. Financial Covenants: tested every six (6) months by reference to the Borrower's management accounts.
8. Review: The Bank will review the Facility annually. A review shall not shorten the Facility Period except following an Event of Default.
9. Governing Law: This letter and any non-contractual obligations arising from it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
10. Acceptance: This offer will lapse unless the enclosed copy of this letter is signed and returned within fourteen (14) days of the date of this letter.
Yours faithfully
For and on behalf of Liffey Commercial Bank DAC
Aoife Brennan, Senior Relationship Manager
===
# Acceptance
We accept the offer contained in the letter dated 8 May 2026 on the terms and conditions set out above.
Signed for and on behalf of Corrib Foods Limited by Declan Ó Murchú, Director
Signed for and on behalf of Corrib Foods Limited by Siobhán Keane, Director
Dated: 15 May 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Liffey Commercial Bank DAC", "Corrib Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-08",
      expiryDate: "2030-05-08",
      term: "4 years",
    },
  },
  {
    id: "v15-c-shareholders-minute-scotland",
    format: "pdf",
    source: `# SHAREHOLDERS' AGREEMENT
among
GLENMORVEN DISTILLERS LIMITED
ALASDAIR FRASER MACLEOD
and
KINTYRE CAPITAL LLP
relating to Glenmorven Distillers Limited (Company Number SC671204)
Brodie Lamond LLP, Solicitors, 14 Rutland Square, Edinburgh EH1 2BB
===
MINUTE OF AGREEMENT among
GLENMORVEN DISTILLERS LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC671204) and having its registered office at Old Maltings, Bridgend, Isle of Islay PA44 7PA (the "Company");
ALASDAIR FRASER MACLEOD, residing at Tigh na Mara, Port Charlotte, Isle of Islay PA48 7TX (the "Founder"); and
KINTYRE CAPITAL LLP, a limited liability partnership incorporated in Scotland (registered number SO306118) and having its registered office at 40 George Street, Glasgow G1 1QE (the "Investor").
CONSIDERING THAT the Investor has agreed to subscribe for 2,400 A Ordinary Shares in the Company and the parties have agreed to regulate their relationship as members of the Company; THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Definitions
“Effective Date” means 1 April 2026, being the date of completion of the Investor's subscription;
“Lock-in Period” means the period of twenty-four (24) months from the Effective Date;
“Offer Period” means twenty-one (21) days from the date of a Transfer Notice.
# 4. Information Rights
4.1 The Company shall deliver monthly management accounts within twenty (20) days after the end of each month and audited accounts within one hundred and twenty (120) days after each financial year end.
# 7. Transfers
7.1 The Founder shall not transfer any Shares during the Lock-in Period. Thereafter any Shares proposed to be transferred shall first be offered to the other Shareholders during the Offer Period.
# 9. Restrictive Covenants
9.1 The Founder undertakes that for eighteen (18) months after ceasing to be a Shareholder or employee he shall not be engaged in any distillery on Islay, Jura or Kintyre.
# 12. Duration
12.1 This Agreement shall come into force on the Effective Date and shall continue in force, without any fixed period, until terminated in accordance with this Clause 12.
12.2 This Agreement shall terminate on the first to occur of (a) a Listing or a Sale; (b) the winding up of the Company; or (c) the written agreement of all the Shareholders.
12.3 A party who ceases to hold Shares shall cease to be bound by this Agreement, save for Clause 9.
# 16. Law and Jurisdiction
16.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows: subscribed for and on behalf of Glenmorven Distillers Limited at Bowmore on 27 March 2026 by Morag Campbell, Director; subscribed by Alasdair Fraser Macleod at Port Charlotte on 27 March 2026 before Iain Shaw, witness; and subscribed for and on behalf of Kintyre Capital LLP at Glasgow on 30 March 2026 by Ewan Lockhart, Designated Member.`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Glenmorven Distillers Limited", "Alasdair Fraser Macleod", "Kintyre Capital LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v15-c-trustee-loan-new-zealand",
    format: "docx",
    storedPageCount: 2,
    source: `# LOAN AGREEMENT
DATED this 12th day of June 2026
PARTIES
KAURI TRUSTEE SERVICES LIMITED (company number 6610452) of Level 3, 55 Shortland Street, Auckland 1010, as trustee of the Whitcombe Family Trust (the "Lender")
TŌTARA RIDGE ORCHARDS LIMITED (company number 7034518) of 210 Ngahape Road, Te Puke 3182 (the "Borrower")
BACKGROUND
A. The Lender previously advanced NZ$750,000 to the Borrower under a loan agreement dated 1 April 2023 for a term of twenty-four (24) months, which has been repaid in full.
B. The Lender has agreed to make a further advance to the Borrower on the terms of this Agreement.
# 1. Interpretation
“Commencement Date” means 1 July 2026;
“Interest Payment Date” means the last day of each calendar quarter;
“Loan” means the principal sum of NZ$1,200,000;
“Loan Period” means the period of thirty (30) months from the Commencement Date;
“Repayment Date” means the last day of the Loan Period.
# 2. The Loan
2.1 The Lender shall advance the Loan to the Borrower on the Commencement Date, provided that the Borrower has delivered a drawdown notice not less than ten (10) Business Days beforehand.
# 3. Interest
3.1 Interest accrues at 7.5% per annum and is payable quarterly in arrears on each Interest Payment Date.
3.2 Overdue amounts bear default interest at an additional 2% per annum, calculated daily from the due date until paid.
===
# 4. Repayment
4.1 The Borrower shall repay the Loan, together with all accrued interest, on the Repayment Date.
4.2 The Borrower may prepay all or part of the Loan on giving not less than thirty (30) days' notice to the Lender, without premium.
4.3 The Lender may, at its sole discretion and at the Borrower's written request made not later than three (3) months before the Repayment Date, agree to extend the Loan Period by a further twelve (12) months.
# 5. Events of Default
5.1 If an Event of Default occurs and is not remedied within fifteen (15) Business Days, the Lender may declare the Loan immediately due and payable.
# 6. Trustee Limitation
6.1 Kauri Trustee Services Limited enters into this Agreement only in its capacity as trustee of the Whitcombe Family Trust, and its liability is limited to the assets of that trust.
# 7. Governing Law
7.1 This Agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
SIGNED for KAURI TRUSTEE SERVICES LIMITED by its director Rachel Anne Whitcombe
SIGNED for TŌTARA RIDGE ORCHARDS LIMITED by its directors Hemi Parata and Louise Grant`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Kauri Trustee Services Limited", "Tōtara Ridge Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-01-01",
      term: "30 months",
    },
  },
  {
    id: "v15-c-sale-of-business-south-africa",
    format: "docx",
    source: `# SALE OF BUSINESS AGREEMENT
| Item | Particulars |
| Seller | Karoo Bakeries (Pty) Ltd (Registration No. 2009/014572/07), 14 Voortrekker Road, Bellville, 7530 |
| Purchaser | Fynbos Artisan Foods (Pty) Ltd (Registration No. 2017/288301/07), 3 Dock Road, V&A Waterfront, Cape Town, 8001 |
| Business | The wholesale bakery business conducted by the Seller from Bellville under the name "Karoo Crust" |
| Purchase Price | R18,500,000 (exclusive of VAT), of which R1,850,000 (the "Retention") is retained for six (6) months after the Effective Date |
| Effective Date | 1 August 2026 |
| Restraint Period | Three (3) years after the Effective Date |
| Warranty Claims Period | Twelve (12) months after the Effective Date |
The Seller sells the Business to the Purchaser as a going concern on the terms of the Particulars above and the clauses below.
# 1. Interpretation
1.1 Capitalised terms in the Particulars have the same meanings in these clauses. The "Effective Date" is the date stated in the Particulars, on which risk in and benefit of the Business pass to the Purchaser.
# 2. Suspensive Condition
2.1 This Agreement is subject to the Competition Commission approving the transaction within ninety (90) days after the date of signature by the last Party (the "Signature Date"), failing which this Agreement shall be of no force or effect unless the Parties extend that period in writing.
# 3. Purchase Price
3.1 The Purchase Price less the Retention shall be paid into the trust account of Cloete Naidoo Attorneys on the Effective Date and released to the Seller within three (3) Business Days thereafter.
3.2 The Retention shall be held for six (6) months after the Effective Date as security for warranty claims.
# 4. Employees
4.1 The Employees transfer to the Purchaser in terms of section 197 of the Labour Relations Act, 1995 with effect from the Effective Date.
# 5. Transitional Services
5.1 For ninety (90) days after the Effective Date the Seller shall continue to supply flour milling services to the Purchaser at cost.
# 6. Restraint of Trade
6.1 The Seller shall not, during the Restraint Period and within the Western Cape Province, carry on or be interested in any wholesale bakery business.
# 7. Warranties
7.1 The Seller gives the warranties in Annexure B. No warranty claim may be brought after the end of the Warranty Claims Period.
# 8. Governing Law
8.1 This Agreement shall be governed by and interpreted in accordance with the law of the Republic of South Africa.
SIGNED at Bellville on 10 July 2026 for Karoo Bakeries (Pty) Ltd by Pieter van der Merwe, Director
SIGNED at Cape Town on 14 July 2026 for Fynbos Artisan Foods (Pty) Ltd by Nomvula Dlamini, Director`,
    truth: {
      title: "Sale of Business Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Karoo Bakeries (Pty) Ltd", "Fynbos Artisan Foods (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-01",
    },
  },
  {
    id: "v15-c-guarantee-hong-kong",
    format: "txt",
    source: `# GUARANTEE
THIS GUARANTEE is made on 2 March 2026
BY: LAM WING PROPERTIES LIMITED (Company No. 1583362), whose registered office is at 28/F, Wing On Centre, 111 Connaught Road Central, Hong Kong (the "Guarantor")
IN FAVOUR OF: VICTORIA PEAK BANK LIMITED, whose principal office is at 1 Garden Road, Central, Hong Kong (the "Bank")
WHEREAS:
(A) By a facility agreement dated 15 January 2026 (the "Facility Agreement") between the Bank and Lam Wing Development (Tsuen Wan) Limited (the "Borrower"), the Bank made available to the Borrower a revolving credit facility of HK$80,000,000 for a term of five (5) years.
(B) The Guarantor is the holding company of the Borrower and has agreed to guarantee the Borrower's obligations on the terms below.
1. GUARANTEE AND INDEMNITY
1.1 The Guarantor irrevocably guarantees to the Bank the due payment of all sums owing by the Borrower under the Facility Agreement (the "Guaranteed Obligations"), limited to HK$40,000,000 plus interest and costs.
1.2 The Guarantor shall pay each amount demanded under this Guarantee within seven (7) days of the Bank's written demand.
2. INTEREST
2.1 Amounts demanded bear interest from the date of demand until payment, compounded monthly.
3. DURATION
3.1 This Guarantee shall remain in force for a period of three (3) years from the date of this Guarantee (the "Guarantee Period") and shall then expire, save in respect of any demand made in accordance with Clause 3.2.
3.2 The Bank may make a demand in respect of a default occurring during the Guarantee Period no later than thirty (30) days after the end of the Guarantee Period.
3.3 The Guarantor may not revoke this Guarantee during the Guarantee Period.
4. REPRESENTATIONS
4.1 The Guarantor represents that entry into this Guarantee is within its corporate powers and has been approved by a resolution of its board of directors dated 27 February 2026.
5. GOVERNING LAW AND JURISDICTION
5.1 This Guarantee is governed by and shall be construed in accordance with the laws of the Hong Kong Special Administrative Region.
5.2 The Guarantor submits to the non-exclusive jurisdiction of the courts of Hong Kong.
EXECUTED by LAM WING PROPERTIES LIMITED
Director: Lam Siu Fung
Director/Secretary: Ho Mei Yee
ACCEPTED by VICTORIA PEAK BANK LIMITED on 5 March 2026`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Lam Wing Properties Limited", "Victoria Peak Bank Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-02",
      expiryDate: "2029-03-02",
      term: "3 years",
    },
  },
  {
    id: "v15-c-standstill-ontario",
    format: "txt",
    source: `# STANDSTILL AGREEMENT
THIS STANDSTILL AGREEMENT is dated as of October 15, 2026.
AMONG:
NORTHSHORE EQUIPMENT FINANCE INC., a corporation existing under the laws of Ontario (the "Lender")
- and -
ALGONQUIN TIMBER PRODUCTS LTD., a corporation existing under the laws of Ontario (the "Borrower")
- and -
MARIE-CLAUDE BOUCHARD, of the City of Sudbury, in the Province of Ontario (the "Guarantor")
RECITALS:
A. The Lender and the Borrower are parties to a loan agreement dated as of March 1, 2024 (the "Loan Agreement") providing for a term loan of $6,500,000 for a term of sixty (60) months.
B. The Guarantor guaranteed the Borrower's obligations under the Loan Agreement by a guarantee dated as of March 1, 2024.
C. Events of Default have occurred under the Loan Agreement and the Borrower has asked the Lender to refrain from enforcing its rights for a limited time.
1. Acknowledgement. The Borrower and the Guarantor acknowledge that $5,912,440.17 was owing under the Loan Agreement as at October 14, 2026.
2. Standstill Fee. The Borrower shall pay a standstill fee of $25,000 within five (5) Business Days after the date hereof.
3. Reporting. The Borrower shall deliver a rolling thirteen (13) week cash-flow forecast to the Lender every two (2) weeks.
4. Standstill Period. The Lender shall not demand payment or enforce its security during the period beginning on October 15, 2026 and ending on January 14, 2027 (the "Standstill Period"), unless a Termination Event occurs.
5. Extension. The Lender may, in its sole discretion and by written notice to the Borrower, extend the Standstill Period by up to thirty (30) days. There is no automatic extension of the Standstill Period.
6. Termination Events. The Standstill Period ends immediately if the Borrower fails to make any payment within three (3) Business Days of its due date or becomes insolvent.
7. Expiry. On the last day of the Standstill Period this Agreement shall expire and the Lender may exercise all of its rights under the Loan Agreement without further notice.
8. Governing Law. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
9. Counterparts. This Agreement may be executed in counterparts and delivered electronically.
NORTHSHORE EQUIPMENT FINANCE INC. Per: Gregory Tallman, Vice-President, Special Accounts
ALGONQUIN TIMBER PRODUCTS LTD. Per: Jean-Luc Bouchard, President
SIGNED, SEALED AND DELIVERED by Marie-Claude Bouchard in the presence of: Rebecca Hum, Witness`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Northshore Equipment Finance Inc.", "Algonquin Timber Products Ltd.", "Marie-Claude Bouchard"],
      governingLaw: "Ontario",
      effectiveDate: "2026-10-15",
      expiryDate: "2027-01-14",
      term: "3 months",
    },
  },
];
