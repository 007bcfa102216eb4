import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10: corporate documents (share and asset purchases, subscription, power of attorney, minutes, resolutions, shareholders' agreement). */
export const CORPORATE_V10: UnseenDocument[] = [
  {
    id: "v10-corporate-spa-english-individual-seller",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) DAVID ALEXANDER PRYCE of 7 Orchard Rise, Harrogate HG2 8QP (the "Seller"); and
(2) BRACKENFORD GROUP PLC, a company incorporated in England and Wales with company number 04418273 whose registered office is at 21 Wellington Street, Leeds LS1 4DL (the "Buyer").
# BACKGROUND
(A) The Seller is the legal and beneficial owner of the entire issued share capital of Pryce Hydraulics Limited (company number 07730915) (the "Company").
(B) The Seller has agreed to sell and the Buyer has agreed to buy the Shares on the terms of this agreement.
# 1. Sale and purchase
1.1 The Seller shall sell and the Buyer shall buy the Shares with full title guarantee and free from all Encumbrances, with effect from Completion.
# 2. Consideration
2.1 The consideration for the Shares is £4,250,000, of which £3,500,000 shall be paid at Completion and £750,000 (the "Deferred Consideration") shall be paid in three equal instalments on each of the first three anniversaries of Completion.
# 3. Completion
3.1 Completion shall take place at the offices of the Buyer's Solicitors on the fifth Business Day after the last of the Conditions is satisfied, or on such other date as the parties agree in writing.
3.2 If the Conditions are not satisfied by 30 June 2026, either party may terminate this agreement by notice to the other.
===
# 4. Warranties
4.1 The Seller warrants to the Buyer that each Warranty is true and accurate at the date of this agreement.
4.2 The Seller shall not be liable for a Claim unless notice of it is given to the Seller within 24 months after Completion or, for a Tax Claim, within seven years after the end of the accounting period in which Completion occurs.
# 5. Restrictive covenants
5.1 For a period of three years after Completion the Seller shall not carry on or be interested in any business competing with the Company within the United Kingdom.
5.2 For a period of 18 months after Completion the Seller shall not solicit any employee of the Company earning more than £40,000 a year.
# 6. Governing law and jurisdiction
6.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales.
6.2 The courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
Signed by DAVID ALEXANDER PRYCE in the presence of: Witness: Eleanor Marsh, solicitor, Leeds
Signed by KATHERINE LOWE, director, for and on behalf of BRACKENFORD GROUP PLC`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["David Alexander Pryce", "Brackenford Group plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v10-corporate-stock-purchase-delaware-cover-page",
    format: "docx",
    storedPageCount: 3,
    source: `# STOCK PURCHASE AGREEMENT
by and among
CORVID INDUSTRIAL INC.,
NORTHGATE HOLDINGS LLC,
MARCUS J. WHITFIELD
and
LUMEN PRECISION TOOLING, INC.
Dated as of February 27, 2026
===
This STOCK PURCHASE AGREEMENT (this "Agreement") is made and entered into as of February 27, 2026, by and among Corvid Industrial Inc., a Delaware corporation ("Buyer"), Northgate Holdings LLC, a Delaware limited liability company ("Northgate"), Marcus J. Whitfield, an individual resident of Austin, Texas ("Whitfield" and, together with Northgate, the "Sellers"), and Lumen Precision Tooling, Inc., a Texas corporation (the "Company").
# RECITALS
WHEREAS, the Sellers collectively own all of the issued and outstanding shares of common stock of the Company (the "Shares"); and
WHEREAS, Buyer desires to purchase from the Sellers, and the Sellers desire to sell to Buyer, all of the Shares, upon the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# ARTICLE I. PURCHASE AND SALE
1.1 Purchase Price. The aggregate purchase price for the Shares is $18,600,000, of which $1,860,000 (the "Escrow Amount") shall be deposited with Wilmington Escrow Services, N.A. and held for eighteen (18) months following the Closing.
1.2 Closing. The closing shall take place remotely by electronic exchange of documents on the third Business Day following satisfaction of the conditions in Article VI.
# ARTICLE II. SURVIVAL
2.1 The representations and warranties in this Agreement shall survive the Closing for a period of fifteen (15) months, except that the Fundamental Representations shall survive until sixty (60) days after expiry of the applicable statute of limitations.
===
# ARTICLE III. COVENANTS
3.1 Non-Competition. For a period of five (5) years from the Closing Date, no Seller shall engage in the business of precision tooling within North America.
3.2 Outside Date. This Agreement may be terminated by either Buyer or the Sellers if the Closing has not occurred on or before June 30, 2026.
# ARTICLE IV. MISCELLANEOUS
4.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
4.2 Jurisdiction. Each party submits to the exclusive jurisdiction of the Court of Chancery of the State of Delaware.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
CORVID INDUSTRIAL INC. By: /s/ Alan Reyes Name: Alan Reyes Title: Chief Executive Officer
NORTHGATE HOLDINGS LLC By: /s/ Dana Kimura Name: Dana Kimura Title: Managing Member
/s/ Marcus J. Whitfield
LUMEN PRECISION TOOLING, INC. By: /s/ Marcus J. Whitfield Title: President`,
    truth: {
      title: "Stock Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Corvid Industrial Inc.", "Northgate Holdings LLC", "Marcus J. Whitfield", "Lumen Precision Tooling, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-02-27",
    },
  },
  {
    id: "v10-corporate-asset-purchase-ontario-particulars",
    format: "txt",
    source: `# ASSET PURCHASE AGREEMENT
This Agreement is dated as of the 2nd day of February, 2026.
# KEY PARTICULARS
| Vendor | Maplecrest Bakeries Ltd., an Ontario corporation, 410 Queen Street East, Toronto, Ontario M5A 1T3 |
| Purchaser | 2841197 Ontario Inc., 88 Harbour Road, Hamilton, Ontario L8L 4K2 |
| Purchased Assets | The baking equipment, inventory, recipes and goodwill listed in Schedule A |
| Purchase Price | CAD $2,375,000 |
| Closing Date | March 16, 2026, or such other date as the parties agree |
| Deposit | CAD $100,000, payable within five (5) Business Days of the date of this Agreement |
# 1. SALE OF ASSETS
1.1 On the Closing Date the Vendor shall sell and the Purchaser shall purchase the Purchased Assets free and clear of all Liens other than Permitted Encumbrances.
1.2 The Purchaser shall assume the Vendor's interest in the lease of the premises at 410 Queen Street East, the remaining term of which expires on November 30, 2029.
# 2. TRANSITION
2.1 For a period of ninety (90) days after the Closing Date the Vendor shall provide the transition services described in Schedule B.
2.2 Purchaser shall offer employment to the Vendor's bakery staff on terms no less favourable, with continuity of service recognised.
# 3. NON-COMPETITION
3.1 The Vendor shall not, for five (5) years after the Closing Date, operate a commercial bakery within 50 kilometres of Toronto.
# 4. GENERAL
4.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
4.2 Time is of the essence of this Agreement.
MAPLECREST BAKERIES LTD. Per: Giulia Moretti, President
2841197 ONTARIO INC. Per: Harpreet Sandhu, Director`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Maplecrest Bakeries Ltd.", "2841197 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v10-corporate-subscription-singapore-fund-lp",
    format: "docx",
    source: `# SHARE SUBSCRIPTION AGREEMENT
THIS AGREEMENT is made on the 9th day of June 2026
BETWEEN:
(1) TEMBUSU ROBOTICS PTE. LTD. (UEN 201914477K), a company incorporated in Singapore with its registered office at 71 Ayer Rajah Crescent, #02-18, Singapore 139951 (the "Company");
(2) KESTREL VENTURES FUND II LP, a limited partnership registered in Singapore, acting by its general partner Kestrel Ventures GP Pte. Ltd. (the "Investor"); and
(3) ONG WEI LING (NRIC No. S8123456D) of 18 Holland Grove Road, Singapore 278803 (the "Founder").
WHEREAS the Investor wishes to subscribe for 1,250,000 Series A Preference Shares in the capital of the Company.
# 1. SUBSCRIPTION
1.1 The Investor shall subscribe for the Subscription Shares at SGD 2.40 per share, an aggregate of SGD 3,000,000.
1.2 Completion shall occur on the date falling ten (10) Business Days after the Conditions are fulfilled, and in any event no later than the Long-Stop Date, being the date falling sixty (60) days after the date of this Agreement.
# 2. FOUNDER UNDERTAKINGS
2.1 The Founder shall not transfer any Shares held by her during a lock-in period of twenty-four (24) months following Completion.
2.2 The Founder shall devote her full working time to the Company for not less than three (3) years after Completion.
# 3. WARRANTIES
3.1 The Company and the Founder jointly and severally warrant to the Investor in the terms of Schedule 3; no claim may be brought after the expiry of eighteen (18) months from Completion.
# 4. USE OF PROCEEDS
4.1 The Company shall apply the subscription monies towards product development and working capital in accordance with the Business Plan.
# 5. GOVERNING LAW
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
5.2 Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
IN WITNESS WHEREOF this Agreement has been entered into on the date first above written.
Signed by Tan Boon Hock, Director, for and on behalf of TEMBUSU ROBOTICS PTE. LTD.
Signed by Rachel Goh, authorised signatory of Kestrel Ventures GP Pte. Ltd., as general partner for and on behalf of KESTREL VENTURES FUND II LP
Signed by ONG WEI LING`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Tembusu Robotics Pte. Ltd.", "Kestrel Ventures Fund II LP", "Ong Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-09",
    },
  },
  {
    id: "v10-corporate-power-of-attorney-jersey-lease",
    format: "pdf",
    pageFooters: true,
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed on the twenty-first day of January two thousand and twenty-six by HARBOURVIEW PROPERTIES LIMITED, a company incorporated in Jersey with registered number 118842 whose registered office is at 3 Esplanade, St Helier, Jersey JE2 3QA (the "Company"), in favour of ROWAN ELIZABETH MCALLISTER of La Maison Blanche, Rue de la Pointe, St Brelade, Jersey JE3 8DE (the "Attorney").
# 1. BACKGROUND
1.1 The Company proposes to take a lease of Unit 4, Le Capelain Business Park, St Helier for a term of fifteen (15) years, with rent reviews every five (5) years and a tenant's break option at the end of the tenth year (the "Lease").
1.2 The directors of the Company will be outside Jersey when the Lease is to be passed before the Royal Court.
# 2. APPOINTMENT
2.1 The Company appoints the Attorney to be its attorney and in its name and on its behalf to negotiate, agree, sign, seal and deliver the Lease and any ancillary document, and to appear before the Royal Court of Jersey to pass the Lease.
2.2 The Attorney may not delegate any of the powers conferred by this Power of Attorney.
# 3. RATIFICATION
3.1 The Company undertakes to ratify and confirm whatever the Attorney lawfully does under this Power of Attorney.
3.2 The Company shall provide the Attorney, within thirty (30) days of any request, with such evidence of this appointment as the Judicial Greffier may require.
# 4. INDEMNITY
4.1 The Company shall indemnify the Attorney against all claims, losses and costs incurred in the proper exercise of the powers conferred.
# 5. GOVERNING LAW
5.1 This Power of Attorney shall be governed by and construed in accordance with the laws of the Island of Jersey.
IN WITNESS whereof this Power of Attorney has been executed as a deed by the Company on the date first written above.
Executed as a deed by HARBOURVIEW PROPERTIES LIMITED acting by Philippe Le Brocq, Director, and Anna Renouf, Director`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Harbourview Properties Limited", "Rowan Elizabeth McAllister"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-21",
    },
  },
  {
    id: "v10-corporate-board-minutes-kenya-facility",
    format: "txt",
    source: `SAVANNA AGRITECH LIMITED
(Incorporated in Kenya, Registration No. PVT-7LU2RQ8)
# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
held at the Company's offices, Riverside Square, Riverside Drive, Nairobi on 11 March 2026 at 10.00 a.m.
Present: Mr. Joseph Kamau (Chair), Ms. Achieng Otieno, Mr. Rahul Mehta
In attendance: Ms. Faith Wanjiru (Company Secretary)
# 1. QUORUM AND NOTICE
The Chair noted that a quorum was present and that due notice of the meeting had been given to all directors.
# 2. DECLARATION OF INTERESTS
Mr. Mehta declared that he is a director of Mehta Logistics Limited, a prospective supplier. The Board noted the declaration.
# 3. TERM LOAN FACILITY
The Board considered a facility letter from Equatorial Commercial Bank Limited offering a term loan of KES 180,000,000 repayable over a period of three (3) years, governed by the laws of Kenya.
IT WAS RESOLVED that the facility be accepted and that any two directors be authorised to sign the facility letter and the accompanying debenture.
# 4. WAREHOUSE LEASE
The Board approved entry into a lease of a warehouse at Athi River for a term of six (6) years from 1 May 2026 at an annual rent of KES 9,600,000.
# 5. AUDITORS
IT WAS RESOLVED that the reappointment of the auditors be recommended to the shareholders at the Annual General Meeting to be held within six months of the financial year end.
# 6. CLOSE
There being no further business, the meeting closed at 11.40 a.m.
Signed: Joseph Kamau, Chair
Date: 11 March 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Savanna Agritech Limited"],
      effectiveDate: "2026-03-11",
    },
  },
  {
    id: "v10-corporate-written-resolutions-english-company",
    format: "docx",
    storedPageCount: 2,
    source: `Company number: 11289034
THE COMPANIES ACT 2006
PRIVATE COMPANY LIMITED BY SHARES
# WRITTEN RESOLUTIONS
of the members of FERNLEIGH DIGITAL LIMITED (the "Company")
Circulation date: 5 May 2026
Pursuant to Chapter 2 of Part 13 of the Companies Act 2006, the directors of the Company propose that resolution 1 is passed as an ordinary resolution and resolution 2 is passed as a special resolution (the "Resolutions").
# ORDINARY RESOLUTION
1. THAT the directors be generally and unconditionally authorised under section 551 of the Companies Act 2006 to allot shares in the Company up to an aggregate nominal amount of £2,500, such authority to expire five years from the date of passing of this resolution.
# SPECIAL RESOLUTION
2. THAT the articles of association contained in the document attached to these Resolutions be adopted as the articles of association of the Company in substitution for the existing articles, including the new drag-along and tag-along provisions and the twelve-month lock-up on founder shares.
===
# AGREEMENT
Please read the notes at the end of this document before signifying your agreement to the Resolutions.
The undersigned, being persons entitled to vote on the Resolutions on the circulation date, hereby irrevocably agree to the Resolutions.
Signed by Oliver Brennan
Signed by Priya Chauhan
For and on behalf of Thistledown Capital LLP, by Martin Keogh, designated member
# NOTES
1. If you agree to the Resolutions, please sign and return this document to the Company Secretary by hand, post or email.
2. If sufficient agreement has not been received by the end of the period of 28 days beginning with the circulation date, the Resolutions will lapse.
3. Once you have signified your agreement, it may not be revoked.`,
    truth: {
      title: "Written Resolutions",
      documentType: "Other",
      parties: ["Fernleigh Digital Limited"],
      effectiveDate: "2026-05-05",
    },
  },
  {
    id: "v10-corporate-shareholders-agreement-hong-kong-schedule-term",
    format: "pdf",
    source: `# SHAREHOLDERS' AGREEMENT
relating to Pearl Delta Logistics Holdings Limited
THIS AGREEMENT is made on 18 June 2026
AMONG:
(1) The persons whose names and addresses are set out in Schedule 1 (the "Shareholders"); and
(2) PEARL DELTA LOGISTICS HOLDINGS LIMITED, a company incorporated in Hong Kong with company number 3104452, whose registered office is at 20/F, Tower 2, Admiralty Centre, 18 Harcourt Road, Hong Kong (the "Company").
# 1. DEFINITIONS
"Commencement Date" means 1 July 2026.
"Term" means the period set out in Schedule 2.
"Restricted Period" means the period of two (2) years after a Shareholder ceases to hold Shares.
# 2. BUSINESS OF THE COMPANY
2.1 The business of the Company shall be the provision of cross-border freight services between Hong Kong and Guangdong Province.
2.2 Each Shareholder shall procure that no Reserved Matter is undertaken without the prior written consent of Shareholders holding not less than 75% of the Shares.
# 3. TRANSFERS
3.1 No Shareholder shall transfer any Shares within three (3) years after the Commencement Date except to a Permitted Transferee or with the consent of all other Shareholders.
3.2 Any person acquiring Shares shall first execute a deed of adherence in the form set out in Schedule 3.
# 4. NON-COMPETE
4.1 No Shareholder shall, during the Restricted Period, carry on a business in competition with the Company in Hong Kong or the PRC.
# 5. DURATION
5.1 This Agreement shall take effect on the Commencement Date and continue for the Term, unless terminated earlier upon a Listing or upon one Shareholder holding all of the Shares.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
===
# SCHEDULE 1 - THE SHAREHOLDERS
| Name | Address | Shares |
| Chan Ka Ming | Flat 12B, Robinson Heights, 8 Robinson Road, Mid-Levels, Hong Kong | 4,000 |
| Harbour Crest Trustees Limited, as trustee of the Lau Family Trust | 9/F, 33 Des Voeux Road Central, Hong Kong | 3,500 |
| Meridian Freight Partners Limited | Unit 1502, 1 Peking Road, Tsim Sha Tsui, Kowloon | 2,500 |
# SCHEDULE 2 - TERM
The period commencing on the Commencement Date and ending on 30 June 2031.
SIGNED by the parties on the date stated at the beginning of this Agreement.`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Chan Ka Ming", "Harbour Crest Trustees Limited", "Meridian Freight Partners Limited", "Pearl Delta Logistics Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "60 months",
    },
  },
];
