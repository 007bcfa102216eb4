import type { UnseenDocument } from "../unseen/types";

/** Corporate: share purchase and subscription, shareholders', joint ventures, asset purchase, powers of attorney, minutes and resolutions. */
export const CORPORATE_V6: UnseenDocument[] = [
  {
    id: "v6-spa-england-cover",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 30 January 2026
(1) THE SELLERS
(2) HARTLEY GREEN ACQUISITIONS LIMITED
# AGREEMENT
for the sale and purchase of the entire issued share capital of Wolds Veterinary Practice Limited
===
# SHARE PURCHASE AGREEMENT
THIS AGREEMENT is dated 30 January 2026
PARTIES
(1) JONATHAN PETER ASKEW of Manor Farm, Driffield YO25 6RT and HELEN MARY ASKEW of Manor Farm, Driffield YO25 6RT (together the "Sellers")
(2) HARTLEY GREEN ACQUISITIONS LIMITED incorporated and registered in England and Wales with company number 13390221 whose registered office is at 6 Park Row, Leeds LS1 5HD (the "Buyer")
BACKGROUND
The Sellers are the legal and beneficial owners of the whole of the issued share capital of Wolds Veterinary Practice Limited (the "Company") and have agreed to sell the Shares to the Buyer on the terms of this agreement.
1. SALE AND PURCHASE. The Sellers shall sell and the Buyer shall buy the Shares with full title guarantee, free from all Encumbrances, with effect from Completion.
2. CONSIDERATION. The consideration for the Shares is £4,750,000, of which £4,000,000 is payable on Completion and £750,000 is deferred and payable on the first anniversary of Completion, subject to set-off for Claims.
3. COMPLETION. Completion shall take place at the offices of the Buyer's solicitors immediately after signature of this agreement.
===
4. WARRANTIES. The Sellers jointly and severally warrant to the Buyer in the terms of Schedule 4. No Claim may be brought unless notified within twenty-four (24) months after Completion, or seven (7) years in the case of a Tax Claim.
5. RESTRICTIVE COVENANTS. Neither Seller shall, for three (3) years after Completion, carry on a veterinary practice within 25 miles of Driffield.
6. GOVERNING LAW. This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
Signed by Jonathan Peter Askew
Signed by Helen Mary Askew
Signed by Laura Hartley, director, for and on behalf of Hartley Green Acquisitions Limited`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Jonathan Peter Askew", "Helen Mary Askew", "Hartley Green Acquisitions Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-01-30",
    },
  },
  {
    id: "v6-subscription-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Agreement is made on 22 September 2025 between:
(1) KOPI ANALYTICS PTE. LTD. (Company Registration No. 202011347W), a company incorporated in Singapore (the "Company");
(2) TEMBUSU GROWTH PARTNERS PTE. LTD. (Company Registration No. 201722904E) (the "Investor"); and
(3) TAN HUI LING (NRIC No. S8834567D) and RAJ KUMAR S/O MURUGAN (NRIC No. S8745612B) (together the "Founders").
# Recitals
(A) The Company wishes to raise funds by the issue of 1,250,000 Series A preference shares and the Investor has agreed to subscribe for them on the terms of this Agreement.
# 1. Subscription
1.1 Subject to the Conditions, the Investor shall subscribe for the Subscription Shares at S$4.00 per share, a total of S$5,000,000 (the "Subscription Price").
# 2. Conditions
2.1 Completion is conditional on the passing of the shareholders' resolutions in Schedule 2 and the adoption of the New Constitution.
2.2 If the Conditions are not fulfilled by the date falling sixty (60) days after the date of this Agreement (the "Long-Stop Date"), this Agreement shall lapse.
===
# 3. Completion
3.1 Completion shall take place on the fifth Business Day after the Conditions are satisfied, when the Company shall allot and issue the Subscription Shares and update its electronic register of members with ACRA.
# 4. Warranties
4.1 The Company and the Founders jointly and severally warrant to the Investor that each Warranty is true and accurate at the date of this Agreement and at Completion.
4.2 Claims under the Warranties must be notified within eighteen (18) months after Completion.
# 5. Use of proceeds
5.1 The Company shall use the Subscription Price for product development and regional expansion in accordance with the Business Plan.
# 6. Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
Signed for KOPI ANALYTICS PTE. LTD. by Tan Hui Ling, Director
Signed for TEMBUSU GROWTH PARTNERS PTE. LTD. by Mark Chia, Director
Signed by TAN HUI LING
Signed by RAJ KUMAR S/O MURUGAN`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Kopi Analytics Pte. Ltd.", "Tembusu Growth Partners Pte. Ltd.", "Tan Hui Ling", "Raj Kumar s/o Murugan"],
      governingLaw: "Singapore",
      effectiveDate: "2025-09-22",
    },
  },
  {
    id: "v6-stockholders-agreement-delaware",
    format: "txt",
    source: `# STOCKHOLDERS AGREEMENT
THIS STOCKHOLDERS AGREEMENT (this "Agreement") is made and entered into as of February 10, 2026, by and among Ridgeback Robotics, Inc., a Delaware corporation (the "Company"), Cumberland Venture Partners III, L.P. ("Cumberland"), and Alicia Moreno and Benjamin Whitfield (each a "Founder").
1. Board Composition. Each Stockholder shall vote its Shares so that the Board consists of five (5) directors: two designated by the Founders, two designated by Cumberland, and one independent director approved by both.
2. Transfer Restrictions. No Stockholder shall transfer any Shares except in accordance with this Agreement. Before any transfer, the Company and then the other Stockholders shall have a right of first refusal exercisable within thirty (30) days after notice of the proposed transfer.
3. Drag-Along. If holders of a majority of the Preferred Stock and the Board approve a Sale of the Company, each Stockholder shall vote for and participate in that sale on the same terms.
4. Tag-Along. If a Founder proposes to transfer more than 10% of her or his Shares, each other Stockholder may sell a pro rata portion on the same terms.
===
5. Information Rights. The Company shall deliver to Cumberland unaudited quarterly financial statements within forty-five (45) days after each quarter and audited annual statements within one hundred twenty (120) days after each fiscal year.
6. Termination. This Agreement shall terminate upon the earliest of (a) the closing of the Company's first underwritten public offering, (b) a Sale of the Company, or (c) the written agreement of the Company and the holders of a majority of the Shares.
7. Governing Law. This Agreement shall be governed by the internal law of the State of Delaware, without regard to conflict of law principles that would result in the application of any other law.
RIDGEBACK ROBOTICS, INC. By: Alicia Moreno, Chief Executive Officer
CUMBERLAND VENTURE PARTNERS III, L.P. By: Cumberland Venture GP III, LLC, its general partner, By: Henry Lau, Managing Member
FOUNDERS: Alicia Moreno; Benjamin Whitfield`,
    truth: {
      title: "Stockholders Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Ridgeback Robotics, Inc.", "Cumberland Venture Partners III, L.P.", "Alicia Moreno", "Benjamin Whitfield"],
      governingLaw: "Delaware",
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v6-jv-india",
    format: "pdf",
    source: `# JOINT VENTURE AGREEMENT
This Joint Venture Agreement is entered into at Mumbai on this 5th day of January, 2026
BETWEEN
SAHYADRI INFRASTRUCTURE LIMITED, a company incorporated under the Companies Act, 1956, having its registered office at Nariman Point, Mumbai 400021 ("Sahyadri"), of the FIRST PART;
AND
KYUSHU RAIL SYSTEMS CO., LTD., a company incorporated under the laws of Japan, having its principal office at Hakata-ku, Fukuoka, Japan ("Kyushu"), of the SECOND PART.
(Sahyadri and Kyushu are individually a "Party" and collectively the "Parties".)
WHEREAS the Parties wish to establish a joint venture company in India (the "JV Company") to bid for and execute metro rail signalling contracts, in which Sahyadri shall hold 51% and Kyushu 49% of the equity share capital.
===
1. INCORPORATION. The Parties shall cause the JV Company to be incorporated as a private limited company under the Companies Act, 2013 within ninety (90) days of the date hereof.
2. CAPITAL. The initial paid-up capital of the JV Company shall be INR 50,00,00,000, contributed by the Parties in proportion to their shareholding.
3. BOARD. The board of the JV Company shall comprise seven directors, four nominated by Sahyadri and three by Kyushu. The chairman shall be nominated by Sahyadri.
4. TERM. This Agreement shall come into force on the date of its execution and shall remain in force for a period of ten (10) years, unless terminated earlier in accordance with Clause 11.
5. LOCK-IN. Neither Party shall transfer its shares in the JV Company for a period of three (3) years from the date of incorporation of the JV Company.
===
11. TERMINATION. Either Party may terminate this Agreement on a material breach by the other Party not cured within sixty (60) days of notice.
12. GOVERNING LAW AND ARBITRATION. This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be finally settled by arbitration seated in Mumbai under the Arbitration and Conciliation Act, 1996.
For SAHYADRI INFRASTRUCTURE LIMITED: Vikram Deshpande, Managing Director
For KYUSHU RAIL SYSTEMS CO., LTD.: Hiroshi Tanaka, Representative Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Sahyadri Infrastructure Limited", "Kyushu Rail Systems Co., Ltd."],
      governingLaw: "India",
      effectiveDate: "2026-01-05",
      expiryDate: "2036-01-04",
      term: "10 years",
    },
  },
  {
    id: "v6-asset-purchase-california",
    format: "docx",
    storedPageCount: 2,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is dated as of November 3, 2025, and is entered into by Golden Poppy Coffee Roasters, Inc., a California corporation ("Seller"), and Redwood Brew Collective LLC, a California limited liability company ("Buyer").
ARTICLE I — PURCHASE AND SALE
1.1 Purchased Assets. At the Closing, Seller shall sell, assign and transfer to Buyer, and Buyer shall purchase from Seller, all of Seller's right, title and interest in the roasting equipment, inventory, customer lists, trademarks "Golden Poppy" and goodwill of Seller's wholesale coffee business (the "Purchased Assets").
1.2 Excluded Assets. Seller's cash, accounts receivable and its retail café lease in Oakland are excluded.
1.3 Assumed Liabilities. Buyer assumes only Seller's obligations under the customer contracts listed in Schedule 1.3 arising after the Closing.
ARTICLE II — PURCHASE PRICE
2.1 The purchase price is $1,350,000, of which $135,000 shall be held in escrow for twelve (12) months after the Closing to secure Seller's indemnification obligations.
===
ARTICLE III — CLOSING
3.1 The Closing shall take place on December 1, 2025, or such other date as the parties agree (the "Closing Date").
ARTICLE IV — COVENANTS
4.1 For five (5) years after the Closing Date, Seller shall not engage in the wholesale coffee roasting business in the State of California.
ARTICLE V — GOVERNING LAW
5.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California.
GOLDEN POPPY COFFEE ROASTERS, INC. By: Marisol Ortega, President
REDWOOD BREW COLLECTIVE LLC By: Kyle Ashford, Managing Member`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Golden Poppy Coffee Roasters, Inc.", "Redwood Brew Collective LLC"],
      governingLaw: "California",
      effectiveDate: "2025-11-03",
    },
  },
  {
    id: "v6-power-of-attorney-england",
    format: "txt",
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed on 16 June 2025 by MERSEY MARITIME AGENCIES LIMITED (company number 02298871) whose registered office is at 1 Princes Dock, Liverpool L3 1DL (the "Company").
1. APPOINTMENT. The Company appoints BIRKENHEAD SHIP MANAGEMENT LIMITED (company number 06677310) whose registered office is at 12 Hamilton Square, Birkenhead CH41 6AU (the "Attorney") to be its attorney, with power in the name of and on behalf of the Company to:
(a) sign, execute and deliver charterparties, bills of lading and crew agreements relating to the vessels listed in the Schedule;
(b) appoint port agents and settle port disbursement accounts up to £250,000 in any one case; and
(c) do anything else the Attorney considers necessary or desirable in connection with the matters in paragraphs (a) and (b).
2. RATIFICATION. The Company undertakes to ratify and confirm whatever the Attorney lawfully does or causes to be done under this power of attorney.
===
3. DURATION. This power of attorney shall remain in force for a period of twelve (12) months from the date of this deed, unless revoked earlier by written notice from the Company to the Attorney.
4. SUBSTITUTION. The Attorney may not appoint a substitute without the prior written consent of the Company.
5. GOVERNING LAW. This power of attorney and any non-contractual obligations arising from it are governed by the law of England and Wales.
IN WITNESS of which this power of attorney has been executed and delivered as a deed by the Company on the date stated above.
Executed as a deed by MERSEY MARITIME AGENCIES LIMITED acting by two directors:
Director: Alan Rimmer
Director: Beverley Okonjo`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Mersey Maritime Agencies Limited", "Birkenhead Ship Management Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-06-16",
      expiryDate: "2026-06-16",
      term: "12 months",
    },
  },
  {
    id: "v6-board-minutes-ireland",
    format: "pdf",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
of
BURREN BIOLOGICS LIMITED
(the "Company")
held at Unit 2, Galway Technology Park, Parkmore, Galway on 14 November 2025 at 10.00 a.m.
Present: Dr Orla Keane (Chair), Fintan Moloney, Sinéad Cullinane
In attendance: Ruairí Dunne (Company Secretary); Patricia Lyons of Lyons Feeney LLP (for item 3)
1. QUORUM AND NOTICE
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present. The meeting was declared open.
2. DECLARATIONS OF INTEREST
Fintan Moloney declared an interest in item 4 as a director of Atlantic Cleanroom Services Limited, in accordance with section 231 of the Companies Act 2014, and did not vote on that item.
3. LEASE OF ADDITIONAL LABORATORY SPACE
The meeting considered the draft lease of Unit 3, Galway Technology Park, for a term of ten years at an initial rent of €112,000 per annum. After discussion IT WAS RESOLVED that the Company enter into the lease substantially in the form presented and that any two directors be authorised to execute it on the Company's behalf.
===
4. CLEANROOM MAINTENANCE CONTRACT
The meeting considered the proposal from Atlantic Cleanroom Services Limited for a three-year maintenance contract. The disinterested directors being satisfied that the terms were on an arm's length basis, IT WAS RESOLVED that the contract be approved.
5. ANY OTHER BUSINESS
There being no further business, the meeting closed at 11.20 a.m.
Signed: Orla Keane, Chair
Date: 14 November 2025`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Burren Biologics Limited"],
      effectiveDate: "2025-11-14",
    },
  },
  {
    id: "v6-written-resolutions-scotland",
    format: "docx",
    source: `Company number SC612440
THE COMPANIES ACT 2006
PRIVATE COMPANY LIMITED BY SHARES
# WRITTEN RESOLUTIONS
of
CAIRNGORM ADVENTURE HOLIDAYS LIMITED
(the "Company")
Circulation date: 7 March 2026
Pursuant to Chapter 2 of Part 13 of the Companies Act 2006, the directors of the Company propose that resolution 1 is passed as an ordinary resolution and resolution 2 as a special resolution (together the "Resolutions").
ORDINARY RESOLUTION
1. THAT, in accordance with section 551 of the Companies Act 2006, the directors be generally and unconditionally authorised to allot shares in the Company up to an aggregate nominal amount of £5,000, such authority to expire five years after the date on which this resolution is passed.
SPECIAL RESOLUTION
2. THAT the draft articles of association attached to these written resolutions be adopted as the articles of association of the Company in substitution for, and to the exclusion of, its existing articles of association.
AGREEMENT
Please read the notes at the end of this document before signifying your agreement to the Resolutions. The undersigned, a person entitled to vote on the Resolutions on the circulation date, hereby irrevocably agrees to the Resolutions.
Signed by Hamish Grant ............ Date ............
Signed by Morven Grant ............ Date ............
NOTES
1. If you agree to the Resolutions, please indicate your agreement by signing and dating this document where indicated above and returning it to the Company Secretary at 11 Grampian Road, Aviemore PH22 1RH.
2. If you do not agree to the Resolutions, you do not need to do anything: you will not be deemed to agree if you fail to reply.
3. Unless, within 28 days of the circulation date, sufficient agreement has been received for the Resolutions to pass, they will lapse.`,
    truth: {
      title: "Written Resolutions",
      documentType: "Other",
      parties: ["Cairngorm Adventure Holidays Limited"],
      effectiveDate: "2026-03-07",
    },
  },
  {
    id: "v6-shareholders-agreement-northern-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `# SHAREHOLDERS' AGREEMENT
relating to Mourne Craft Brewing Limited
THIS AGREEMENT is dated 25 April 2025
BETWEEN:
(1) DONAL MCCARTAN of 4 Shimna Road, Newcastle, County Down BT33 0AT ("McCartan");
(2) ROSTREVOR DRINKS INVESTMENTS LIMITED (company number NI655102) whose registered office is at 1 Bridge Street, Newry BT35 8AE ("Rostrevor"); and
(3) MOURNE CRAFT BREWING LIMITED (company number NI640330) whose registered office is at Unit 6, Castlewellan Road, Newcastle BT33 0JX (the "Company").
BACKGROUND
(A) The Company is a private company limited by shares with an issued share capital of 1,000 ordinary shares of £1 each, of which McCartan holds 600 and Rostrevor holds 400.
(B) The parties have agreed to regulate their relationship as shareholders, and certain aspects of the affairs of the Company, on the terms of this agreement.
===
1. BOARD. McCartan and Rostrevor may each appoint one director. McCartan shall be the chairman and shall have a casting vote.
2. RESERVED MATTERS. The Company shall not, without the prior written consent of both shareholders, issue new shares, borrow more than £150,000, sell its brewery premises or change the nature of its business.
3. DIVIDENDS. Subject to available profits, the Company shall distribute at least 30% of its profits after tax for each financial year.
4. TRANSFERS. No shareholder shall transfer any shares without first offering them to the other shareholder at fair value as determined by the Company's accountants.
===
5. DEADLOCK. If the board is deadlocked on any matter for more than 30 days, the matter shall be referred to mediation in Belfast.
6. NON-COMPETE. Each shareholder undertakes that while it holds shares and for 12 months thereafter it will not be concerned in any brewery within Northern Ireland.
7. DURATION. This agreement shall continue until the earlier of the date on which one shareholder holds all the shares and the winding up of the Company.
8. LAW. This agreement is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
Signed by Donal McCartan
Signed for Rostrevor Drinks Investments Limited by Clare Magennis, director
Signed for Mourne Craft Brewing Limited by Donal McCartan, director`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Donal McCartan", "Rostrevor Drinks Investments Limited", "Mourne Craft Brewing Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2025-04-25",
    },
  },
];
