import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, asset purchases, variations and deal NDAs. */
export const CORPORATE_V26: UnseenDocument[] = [
  {
    id: "v26-corporate-spa-surrey-engineering",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Holloway Precision Engineering Limited
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) PETER JAMES HOLLOWAY of 7 Ashdown Road, Guildford, Surrey GU1 2AB;
(2) SUSAN ELIZABETH HOLLOWAY of 7 Ashdown Road, Guildford, Surrey GU1 2AB (together with Peter James Holloway, the "Sellers" and each a "Seller"); and
(3) CASTLEGATE INDUSTRIAL HOLDINGS LIMITED, a company incorporated in England and Wales with company number 09876543 whose registered office is at Unit 4, Riverside Park, Reading RG1 8LS (the "Buyer").
# BACKGROUND
(A) Holloway Precision Engineering Limited (company number 04455667) (the "Company") is a private company limited by shares. The Sellers are the legal and beneficial owners of all of the issued shares in the Company.
(B) The Sellers have agreed to sell, and the Buyer has agreed to buy, the Shares on the terms of this agreement.
# 1. INTERPRETATION
1.1 In this agreement: "Completion" means completion of the sale and purchase of the Shares in accordance with clause 5; "Deferred Consideration" means the sum of £750,000 payable in accordance with clause 3.3; "Retention Amount" means £400,000 to be held in the Retention Account; "Warranties" means the warranties in Schedule 3.
# 2. SALE AND PURCHASE
2.1 Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set out opposite that Seller's name in Schedule 1, free from all Encumbrances, with effect from Completion.
# 3. CONSIDERATION
3.1 The consideration for the Shares is £4,850,000, of which £3,700,000 shall be paid on Completion.
3.2 The Retention Amount shall be paid into the Retention Account on Completion and released to the Sellers eighteen (18) months after Completion, less any amount then claimed under the Warranties.
3.3 The Deferred Consideration shall be paid in two equal instalments on the first and second anniversaries of Completion.
===
# 4. CONDITIONS
4.1 There are no conditions to Completion. Completion shall take place on the date of this agreement at the offices of the Buyer's solicitors.
# 5. COMPLETION
5.1 At Completion the Sellers shall deliver to the Buyer the documents listed in Schedule 2, including a service agreement between the Company and Peter James Holloway for a fixed term of twelve (12) months from Completion.
# 6. WARRANTIES AND LIMITATIONS
6.1 Each Seller warrants to the Buyer that each Warranty is true and accurate at the date of this agreement.
6.2 The Sellers shall not be liable for any claim under the Warranties unless written notice of the claim is given to the Sellers within twenty-four (24) months after Completion, or, in the case of a claim under the Tax Covenant, within seven (7) years after the end of the accounting period current at Completion.
# 7. RESTRICTIVE COVENANTS
7.1 Each Seller undertakes that he or she shall not, for a period of three (3) years after Completion, carry on or be interested in any business which competes with the business of the Company within the United Kingdom, or solicit any customer or employee of the Company.
# 8. ENTIRE AGREEMENT AND NOTICES
8.1 This agreement and the documents referred to in it constitute the entire agreement between the parties. Any notice shall be in writing and shall be deemed received two (2) Business Days after posting.
# 9. GOVERNING LAW AND JURISDICTION
9.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# SCHEDULE 1 — THE SELLERS AND THE SHARES
| Seller | Ordinary shares of £1 each |
| Peter James Holloway | 6,000 |
| Susan Elizabeth Holloway | 4,000 |
Signed by PETER JAMES HOLLOWAY ……………………
Signed by SUSAN ELIZABETH HOLLOWAY ……………………
Signed by RACHEL ANNE DUNMORE, director, for and on behalf of CASTLEGATE INDUSTRIAL HOLDINGS LIMITED ……………………`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Peter James Holloway", "Susan Elizabeth Holloway", "Castlegate Industrial Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v26-corporate-ssa-singapore-robotics",
    format: "docx",
    storedPageCount: 2,
    source: `# SHARE SUBSCRIPTION AGREEMENT
# KEY DETAILS
| Item | Details |
| Company | Kestrel Robotics Pte. Ltd. (UEN 201912345K), 71 Ayer Rajah Crescent, #02-18, Singapore 139951 |
| Investor | Meranti Growth Partners Pte. Ltd. (UEN 202001234D), 8 Marina View, #40-01, Singapore 018960 |
| Founders | Tan Wei Ling (NRIC S8812345A) and Arjun Pillai (NRIC S8798765B) |
| Subscription Shares | 1,200,000 Series A Preference Shares |
| Subscription Price | S$2.00 per Subscription Share (S$2,400,000 in aggregate) |
| Long-Stop Date | 30 April 2026 |
THIS AGREEMENT is made on the 3rd day of March, 2026 between the Company, the Investor and the Founders named in the Key Details above (each a "Party" and together the "Parties").
# 1. DEFINITIONS
1.1 "Business Day" means a day (other than a Saturday, Sunday or public holiday) on which banks are open for business in Singapore. "Completion" means completion of the subscription under Clause 4. "Long-Stop Date" means the date stated in the Key Details or such later date as the Investor may agree in writing.
# 2. SUBSCRIPTION
2.1 Subject to the Conditions being satisfied or waived on or before the Long-Stop Date, the Investor shall subscribe for, and the Company shall allot and issue to the Investor, the Subscription Shares at the Subscription Price, credited as fully paid.
# 3. CONDITIONS
3.1 Completion is conditional on: (a) the passing of a special resolution of the Company adopting the New Constitution; (b) each existing shareholder waiving its pre-emption rights; and (c) no Material Adverse Change having occurred before Completion.
3.2 If the Conditions are not satisfied or waived by the Long-Stop Date, this Agreement shall lapse and no Party shall have any claim against another, save in respect of any antecedent breach.
===
# 4. COMPLETION
4.1 Completion shall take place within ten (10) Business Days after the last of the Conditions is satisfied or waived. The Investor shall pay the Subscription Price by telegraphic transfer to the Company's designated account, and the Company shall issue share certificates and lodge the return of allotment with ACRA within fourteen (14) days.
# 5. WARRANTIES
5.1 The Company and the Founders jointly and severally warrant to the Investor in the terms of Schedule 2. No claim may be brought under this Clause unless notified in writing within eighteen (18) months after Completion.
# 6. FOUNDER UNDERTAKINGS
6.1 Each Founder undertakes that, for a period of twenty-four (24) months after Completion, he or she shall not transfer or encumber any shares in the Company and shall continue to devote his or her full working time to the Company.
# 7. GOVERNING LAW AND ARBITRATION
7.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore.
7.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
SIGNED by Tan Wei Ling, Director, for and on behalf of KESTREL ROBOTICS PTE. LTD.
SIGNED by Lim Boon Huat, Managing Partner, for and on behalf of MERANTI GROWTH PARTNERS PTE. LTD.
SIGNED by TAN WEI LING
SIGNED by ARJUN PILLAI`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Kestrel Robotics Pte. Ltd.", "Meranti Growth Partners Pte. Ltd.", "Tan Wei Ling", "Arjun Pillai"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v26-corporate-unanimous-sha-ontario-timber",
    format: "pdf",
    pageFooters: true,
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
NORTHBAY TIMBER PRODUCTS INC.
- and -
SANDHU HOLDINGS LTD.
- and -
2790451 ONTARIO INC.
- and -
MARGARET ADAOBI OKAFOR
Dated as of June 1, 2026
===
THIS UNANIMOUS SHAREHOLDER AGREEMENT is made as of the 1st day of June, 2026.
AMONG: NORTHBAY TIMBER PRODUCTS INC., a corporation existing under the laws of the Province of Ontario (the "Corporation"); SANDHU HOLDINGS LTD., a corporation existing under the laws of the Province of British Columbia ("Sandhu"); 2790451 ONTARIO INC., a corporation existing under the laws of the Province of Ontario ("Numberco"); and MARGARET ADAOBI OKAFOR, an individual residing in the City of Greater Sudbury ("Okafor").
WHEREAS the Shareholders are the registered and beneficial owners of all of the issued and outstanding shares of the Corporation, and wish to provide for the management of the Corporation and the transfer of their shares;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 — INTERPRETATION
1.1 "Act" means the Business Corporations Act (Ontario). "Shareholders" means Sandhu, Numberco and Okafor and any person who becomes bound by this Agreement as a shareholder.
# ARTICLE 2 — UNANIMOUS SHAREHOLDER AGREEMENT
2.1 This Agreement is intended to be a unanimous shareholder agreement within the meaning of the Act. The powers of the directors to borrow in excess of $500,000, to issue shares or to sell all or substantially all of the assets of the Corporation are restricted and shall be exercised only with the written consent of all Shareholders.
# ARTICLE 3 — BOARD OF DIRECTORS
3.1 The board shall consist of five (5) directors: two nominated by Sandhu, two nominated by Numberco and one nominated by Okafor.
# ARTICLE 4 — TRANSFERS AND RIGHT OF FIRST REFUSAL
4.1 A Shareholder wishing to sell its shares shall first offer them to the other Shareholders, who shall have thirty (30) days from receipt of the offer to accept.
4.2 If a Shareholder delivers a shotgun offer under Section 4.5, each offeree shall have sixty (60) days to elect to sell its shares or buy the offeror's shares at the same price per share.
# ARTICLE 5 — NON-COMPETITION
5.1 Each Shareholder shall not, while it is a Shareholder and for a period of twenty-four (24) months after it ceases to be a Shareholder, engage in the manufacture of engineered timber products anywhere in Ontario.
# ARTICLE 6 — TERM
6.1 This Agreement shall come into force on the date first written above and shall continue in force until terminated in accordance with this Article 6.
6.2 This Agreement shall terminate on the earliest of: (a) the written agreement of all Shareholders; (b) one Shareholder becoming the holder of all of the issued shares; and (c) the completion of an initial public offering of the shares of the Corporation.
# ARTICLE 7 — GOVERNING LAW
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| NORTHBAY TIMBER PRODUCTS INC. | Per: Harjit Sandhu, President |
| SANDHU HOLDINGS LTD. | Per: Harjit Sandhu, Director |
| 2790451 ONTARIO INC. | Per: Luc Bergeron, President |
| MARGARET ADAOBI OKAFOR | Witness: Denise Laframboise |`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Northbay Timber Products Inc.", "Sandhu Holdings Ltd.", "2790451 Ontario Inc.", "Margaret Adaobi Okafor"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v26-corporate-jva-difc-infrastructure",
    format: "docx",
    storedPageCount: 3,
    source: `# JOINT VENTURE AGREEMENT
THIS JOINT VENTURE AGREEMENT is made on 10 February 2026
BETWEEN:
(1) GULF MERIDIAN INVESTMENTS LIMITED, a company incorporated in the Dubai International Financial Centre with registered number 004512, whose registered office is at Gate Village 3, Level 2, DIFC, Dubai, United Arab Emirates ("Gulf Meridian"); and
(2) SAKURA ENGINEERING CO., LTD., a company incorporated in Japan with corporate number 0104-01-098765, whose registered office is at 2-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan ("Sakura"),
(each a "Party" and together the "Parties").
# RECITALS
(A) The Parties wish to establish a joint venture to design, build and operate district cooling plants in the United Arab Emirates through a company to be incorporated in the DIFC under the name Meridian Sakura Cooling Limited (the "JV Company").
(B) On incorporation, the JV Company shall accede to this Agreement by executing a deed of adherence.
===
# 1. DEFINITIONS
1.1 In this Agreement:
“Commencement Date” means 1 March 2026;
“Deadlock Matter” means a Reserved Matter on which the Board has failed to agree at two consecutive duly convened meetings;
“Lock-in Period” means the period of three (3) years from the Commencement Date.
# 2. CAPITAL AND SHAREHOLDING
2.1 Gulf Meridian shall subscribe for 51% and Sakura for 49% of the issued shares of the JV Company. Each Party shall contribute its initial capital within thirty (30) days after the incorporation of the JV Company.
# 3. TRANSFER RESTRICTIONS
3.1 No Party may transfer any of its shares in the JV Company during the Lock-in Period without the prior written consent of the other Party.
# 4. DEADLOCK
4.1 If a Deadlock Matter arises, it shall be referred to the chief executive officers of the Parties, who shall use reasonable endeavours to resolve it within forty-five (45) days.
# 5. DURATION
5.1 This Agreement shall commence on the Commencement Date and shall continue for an initial term of five (5) years (the “Initial Term”).
5.2 On expiry of the Initial Term, this Agreement shall automatically renew for successive periods of two (2) years each, unless either Party gives the other not less than six (6) months’ written notice of non-renewal before the end of the Initial Term or the then current renewal period.
===
# 6. CONFIDENTIALITY
6.1 Each Party shall keep confidential all information relating to the joint venture, and this obligation shall survive for five (5) years after termination.
# 7. GOVERNING LAW AND DISPUTES
7.1 This Agreement and any non-contractual obligations arising out of it shall be governed by the laws of the Dubai International Financial Centre.
7.2 Any dispute shall be finally resolved by arbitration under the Arbitration Rules of the Dubai International Arbitration Centre, seated in the DIFC, in the English language.
IN WITNESS WHEREOF this Agreement has been executed on the date stated at the beginning of it.
Signed by Khalid Al Mansoori, Chief Executive Officer, for and on behalf of GULF MERIDIAN INVESTMENTS LIMITED
Signed by Hiroshi Nakamura, Representative Director, for and on behalf of SAKURA ENGINEERING CO., LTD.`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Gulf Meridian Investments Limited", "Sakura Engineering Co., Ltd."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-01",
      expiryDate: "2031-02-28",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v26-corporate-minutes-nairobi-agritech",
    format: "txt",
    source: `# SAVANNA AGRI-TECH LIMITED
(Company Number PVT-AAA1234567)
# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
Held at the Company's registered office, 4th Floor, Westlands Square, Nairobi on Thursday, 14th May 2026 at 10.00 a.m.
| Present | Ms. Wanjiru Kamau (Chair); Mr. David Otieno; Mr. Hassan Abdi |
| In attendance | Ms. Faith Njeri (Company Secretary); Mr. Peter Mwangi of Mwangi & Co. Advocates (item 4 only) |
1. QUORUM AND NOTICE
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present in accordance with the Company's Articles of Association and the Companies Act, 2015.
2. DECLARATIONS OF INTEREST
Mr. Otieno declared that he is a director of Rift Cold Chain Limited, which has an interest in item 5. It was noted that he would not vote on that item.
3. MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on 19th February 2026 were read and confirmed as a true record.
4. LEASE OF GODOWN 7, ATHI RIVER
Mr. Mwangi presented the draft lease from Athi Logistics Parks Limited for a term of six (6) years from 1st July 2026 at a monthly rent of KES 850,000, subject to review after three (3) years. After discussion, IT WAS RESOLVED that the lease be approved and that any two directors be authorised to execute it on behalf of the Company.
5. COLD STORAGE SERVICES AGREEMENT
The board considered the proposed agreement with Rift Cold Chain Limited for an initial period of three (3) years, renewing automatically for further periods of one (1) year unless terminated on ninety (90) days' notice. IT WAS RESOLVED (Mr. Otieno not voting) that the agreement be approved.
6. BANKING FACILITY
The Chair reported on the offer from Kilimanjaro Commercial Bank Limited of a term loan of KES 120,000,000 repayable in thirty-six (36) monthly instalments. IT WAS RESOLVED that the facility be accepted and that the Company Secretary file the charge with the Registrar of Companies within thirty (30) days of its creation.
7. ANY OTHER BUSINESS
There being no other business, the meeting closed at 11.40 a.m.
Signed as a correct record: ............................ Wanjiru Kamau, Chair
Date: 28th May 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Savanna Agri-Tech Limited"],
      effectiveDate: "2026-05-14",
    },
  },
  {
    id: "v26-corporate-apa-texas-dental-lab",
    format: "pdf",
    pdfMargin: 78,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among LONE STAR DENTAL LABS, LLC, a Texas limited liability company ("Seller"), BRIGHTLINE DENTAL GROUP, INC., a Delaware corporation ("Buyer"), and Dr. Carla M. Reyes, an individual resident of Travis County, Texas and the sole member of Seller ("Member").
# RECITALS
WHEREAS, Seller operates a dental prosthetics laboratory at 1800 Burnet Road, Austin, Texas 78757 (the "Business"); and WHEREAS, Seller desires to sell, and Buyer desires to purchase, substantially all of the assets used in the Business, on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, the parties agree as follows:
# ARTICLE I — PURCHASE AND SALE
1.1 Purchased Assets. At the Closing, Seller shall sell, assign and transfer to Buyer all of Seller's right, title and interest in the equipment, inventory, customer lists, intellectual property and goodwill of the Business (the "Purchased Assets"), free and clear of all Liens.
1.2 Assigned Lease. Buyer shall assume Seller's obligations arising after the Closing under the lease of the premises dated July 1, 2023, the term of which expires on December 31, 2028.
1.3 Excluded Liabilities. Buyer shall not assume any liability of Seller other than the Assumed Liabilities listed on Schedule 1.3.
# ARTICLE II — PURCHASE PRICE
2.1 The purchase price is One Million Nine Hundred Thousand Dollars ($1,900,000), of which $1,710,000 shall be paid at the Closing and $190,000 (the "Holdback Amount") shall be retained by Buyer for twelve (12) months after the Closing Date as security for Seller's indemnification obligations.
# ARTICLE III — CLOSING
3.1 The closing (the "Closing") shall take place remotely by exchange of documents on March 31, 2026, or on such other date as Buyer and Seller may agree (the "Closing Date").
3.2 For ninety (90) days after the Closing Date, Member shall provide transition services to Buyer as reasonably requested, without additional charge.
# ARTICLE IV — COVENANTS
4.1 Non-Competition. For a period of five (5) years following the Closing Date, neither Seller nor Member shall, directly or indirectly, own, manage or operate a dental laboratory within one hundred (100) miles of Austin, Texas.
# ARTICLE V — INDEMNIFICATION
5.1 The representations and warranties of Seller and Member shall survive the Closing for eighteen (18) months, except that Fundamental Representations shall survive until sixty (60) days after the expiration of the applicable statute of limitations.
# ARTICLE VI — MISCELLANEOUS
6.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Venue shall lie exclusively in the state or federal courts located in Travis County, Texas.
6.2 Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| SELLER: LONE STAR DENTAL LABS, LLC | By: Carla M. Reyes, Sole Member |
| BUYER: BRIGHTLINE DENTAL GROUP, INC. | By: Thomas J. Whitaker, Chief Executive Officer |
| MEMBER: | Carla M. Reyes, individually |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Lone Star Dental Labs, LLC", "Brightline Dental Group, Inc.", "Carla M. Reyes"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v26-corporate-deed-of-variation-belfast-foods",
    format: "docx",
    source: `# DEED OF VARIATION
relating to the Shareholders' Agreement in respect of Lagan Valley Foods Limited
THIS DEED OF VARIATION is made on the 22nd day of January 2026
BETWEEN:
(1) LAGAN VALLEY FOODS LIMITED, a company incorporated in Northern Ireland with registered number NI612345, whose registered office is at 12 Dargan Crescent, Belfast BT3 9JP (the "Company");
(2) FOYLE CAPITAL PARTNERS LLP, a limited liability partnership registered in Northern Ireland with number NC001234, whose registered office is at 5 Shipquay Street, Londonderry BT48 6DQ ("Foyle");
(3) DECLAN McCANN of 14 Malone Park, Belfast BT9 6NJ; and
(4) AOIFE BRENNAN of 3 Seaview Terrace, Holywood BT18 9DT
(Foyle, Declan McCann and Aoife Brennan together the "Shareholders").
# RECITALS
(A) The parties entered into a shareholders' agreement dated 5 July 2021 in relation to the Company (the "Shareholders' Agreement"). Clause 21 of the Shareholders' Agreement provides that it shall continue in force for so long as two or more of the Shareholders hold shares in the Company.
(B) The parties wish to vary the Shareholders' Agreement on the terms of this Deed.
# 1. INTERPRETATION
1.1 Words and expressions defined in the Shareholders' Agreement have the same meaning in this Deed.
# 2. VARIATION
2.1 With effect from 1 February 2026 (the "Effective Date"), the Shareholders' Agreement shall be varied as follows:
(a) in clause 5.1, the words "four (4) directors" shall be replaced by "five (5) directors", and Foyle shall be entitled to appoint two directors;
(b) in clause 14.2, the restricted period of "twelve (12) months" shall be replaced by "eighteen (18) months";
(c) a new clause 9.6 shall be inserted: "The Company shall not incur capital expenditure exceeding £250,000 in any financial year without Investor Consent."
2.2 Save as varied by this Deed, the Shareholders' Agreement shall continue in full force and effect, and this Deed and the Shareholders' Agreement shall be read and construed as one document.
# 3. COSTS
3.1 The Company shall bear the reasonable legal costs of the Shareholders in connection with this Deed, up to £7,500 in aggregate.
# 4. GOVERNING LAW AND JURISDICTION
4.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS WHEREOF this Deed has been executed and delivered as a deed on the date first written above.
Executed as a deed by LAGAN VALLEY FOODS LIMITED acting by Conor Quinn, director, in the presence of: Witness: Sarah Loughlin, Solicitor, Belfast
Executed as a deed by FOYLE CAPITAL PARTNERS LLP acting by two designated members: Patrick Doherty and Gráinne Doherty
Signed, sealed and delivered by DECLAN McCANN in the presence of: Witness: Mark Ferris
Signed, sealed and delivered by AOIFE BRENNAN in the presence of: Witness: Helen Ferris`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Foods Limited", "Foyle Capital Partners LLP", "Declan McCann", "Aoife Brennan"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v26-corporate-nda-letter-auckland-logistics",
    format: "txt",
    source: `TASMAN LOGISTICS HOLDINGS LIMITED
Level 14, 21 Queen Street, Auckland 1010, New Zealand | NZBN 9429041234567
18 May 2026
PRIVATE AND CONFIDENTIAL — BY EMAIL
The Directors
Kererū Capital Limited
Level 9, 88 Shortland Street
Auckland 1010
Our ref: TLH/PK/014
# Confidentiality Undertaking
Dear Directors
Project Kauri — proposed acquisition of the freight forwarding division
1. Further to our letter of 2 May 2026 enclosing the information memorandum teaser, you have asked to receive further information about our freight forwarding division (the "Business") so that you can evaluate a possible acquisition of it (the "Proposed Transaction"). In consideration of our making that information available, you agree with us as follows.
2. "Confidential Information" means all information relating to the Business, the Proposed Transaction or us, in any form, disclosed to you or your advisers on or after the date of this letter, including the contents of the virtual data room.
3. You will keep the Confidential Information confidential, use it only to evaluate the Proposed Transaction and disclose it only to your directors, employees, financiers and professional advisers who need to know it and who are told of its confidential nature.
4. On our written request you will, within ten (10) working days, return or destroy all Confidential Information and confirm in writing that you have done so.
5. For twelve (12) months from the date of this letter you will not solicit or employ any senior employee of the Business with whom you have had contact in connection with the Proposed Transaction.
6. The obligations in this letter shall continue for a period of two (2) years from the date of this letter, whether or not the Proposed Transaction proceeds.
7. This letter is governed by the laws of New Zealand, and the courts of New Zealand have non-exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Anna Whitcombe
Chief Financial Officer, for and on behalf of Tasman Logistics Holdings Limited
We agree to the terms of this letter.
Signed for and on behalf of Kererū Capital Limited by Rāwiri Te Awa, Director
Date: 21 May 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Tasman Logistics Holdings Limited", "Kererū Capital Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-18",
      expiryDate: "2028-05-18",
      term: "2 years",
    },
  },
];
