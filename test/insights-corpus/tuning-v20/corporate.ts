import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20, corporate: share purchases and subscriptions, shareholders' and joint venture agreements, minutes, asset purchases and amendments. */
export const CORPORATE_V20: UnseenDocument[] = [
  {
    id: "v20-corporate-jersey-spa-schedule-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Portelet Bay Analytics Limited
Dated 14 April 2026
THE SELLERS (as defined in this Agreement)
and
ST OUEN DATA HOLDINGS LIMITED
Baudains & Le Cornu, Advocates, 9 Hill Street, St Helier, Jersey
===
THIS AGREEMENT is dated 14 April 2026.
PARTIES
(1) THE PERSONS whose names and addresses are set out in Part A of Schedule 1 (together the "Sellers" and each a "Seller"); and
(2) ST OUEN DATA HOLDINGS LIMITED, a company incorporated in Jersey with registered number 145872 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Buyer").
BACKGROUND
(A) Portelet Bay Analytics Limited is a private company incorporated in Jersey with registered number 118204 (the "Company"). The Sellers are the legal and beneficial owners of the whole of its issued share capital.
(B) The Buyer's obligations under this Agreement are supported by a separate deed of guarantee given by its parent, St Ouen Group plc, which is not a party to this Agreement.
# 1. SALE AND PURCHASE
1.1 Each Seller shall sell, and the Buyer shall buy, the Shares set opposite that Seller's name in Part A of Schedule 1, free from all Encumbrances, with effect from Completion.
1.2 The consideration is £6,400,000, of which £5,400,000 is payable at Completion and £1,000,000 (the "Retention") is to be held in an escrow account with Barclays Bank PLC, Jersey Branch, for a period of eighteen (18) months after Completion.
1.3 Deferred consideration of up to £750,000 is payable twelve (12) months after Completion, subject to the earn-out provisions in Schedule 3.
# 2. WARRANTIES AND LIMITATIONS
2.1 The Sellers give the Warranties in Schedule 2 as at the date of this Agreement and at Completion.
2.2 No Seller is liable for a Claim unless notice of it is given to the Sellers within twenty-four (24) months after Completion.
# 3. RESTRICTIVE COVENANTS
3.1 No Seller shall, for a period of three years from Completion, carry on or be interested in any business competing with the business of the Company in Jersey, Guernsey or the United Kingdom.
# 4. GOVERNING LAW
4.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
# SCHEDULE 1 — THE SELLERS AND THE SHARES
Part A — The Sellers
| Name | Address | Shares |
| Amélie Jeanne Le Quesne | La Fontaine, Rue du Presbytère, St Clement, Jersey JE2 6RD | 4,000 ordinary shares |
| Peter R. H. Falle | 3 Havre des Pas, St Helier, Jersey JE2 4UQ | 3,500 ordinary shares |
| Rozel Nominees Limited (as trustee of the Bouley Bay Settlement) | 44 Esplanade, St Helier, Jersey JE4 9WB | 2,500 ordinary shares |
SIGNED by AMÉLIE JEANNE LE QUESNE in the presence of Marie Renouf, witness
SIGNED by PETER R. H. FALLE in the presence of Marie Renouf, witness
SIGNED by Jonathan Vibert and Claire Hamon, authorised signatories, for and on behalf of ROZEL NOMINEES LIMITED as trustee of the Bouley Bay Settlement
SIGNED by Daniel Picot, director, for and on behalf of ST OUEN DATA HOLDINGS LIMITED`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Amélie Jeanne Le Quesne", "Peter R. H. Falle", "Rozel Nominees Limited", "St Ouen Data Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v20-corporate-delaware-stockholders-by-and-among",
    format: "pdf",
    pdfMargin: 110,
    source: `# STOCKHOLDERS AGREEMENT
This STOCKHOLDERS AGREEMENT (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among Bluewater Robotics, Inc., a Delaware corporation (the "Company"), Harrow & Finch Capital Partners II, L.P., a Delaware limited partnership acting by its general partner, Harrow & Finch GP, LLC ("Harrow"), Pike, Dunmore & Co. Ventures, LLC, a New York limited liability company ("PDC"), Dr. Eleanor M. Vasquez-Ortiz, an individual resident in the State of California (the "Founder"), and Northern Lantern Trust Company, N.A., not individually but solely in its capacity as trustee of the Reyes-Whitfield 2019 Irrevocable Trust (the "Trust"). Harrow, PDC, the Founder and the Trust are each a "Stockholder" and together the "Stockholders".
# RECITALS
WHEREAS, concurrently with the execution of this Agreement, Harrow and PDC are purchasing shares of the Company's Series A Preferred Stock pursuant to a Series A Preferred Stock Purchase Agreement of even date herewith; and
WHEREAS, the Company's senior lender, Cascade Valley Bank, has required as a condition of its loan that the Stockholders enter into this Agreement;
NOW, THEREFORE, the parties agree as follows:
# ARTICLE 1. TRANSFER RESTRICTIONS
1.1 Right of First Refusal. A Stockholder proposing to Transfer any Shares shall deliver a Transfer Notice to the Company, which shall have thirty (30) days to exercise its right of first refusal.
1.2 Drag-Along. If a Sale of the Company is approved by the Board and the holders of a majority of the Preferred Stock, each Stockholder shall vote in favor of it within ten (10) business days after notice.
1.3 Market Stand-Off. In connection with an IPO, no Stockholder shall sell any Shares during the period ending one hundred eighty (180) days after the date of the final prospectus.
# ARTICLE 2. INFORMATION RIGHTS
2.1 The Company shall deliver audited annual financial statements to Harrow and PDC within one hundred twenty (120) days after the end of each fiscal year.
# ARTICLE 7. TERM AND TERMINATION
7.1 Term. This Agreement shall become effective on the Effective Date and shall continue in full force and effect until terminated in accordance with Section 7.2.
7.2 Termination. This Agreement shall terminate upon the earliest of (a) the closing of an IPO, (b) the consummation of a Sale of the Company, and (c) the written agreement of the Company and the holders of a majority of the Shares then held by the Stockholders.
7.3 Joinder. Any person who acquires Shares after the Effective Date shall become bound by this Agreement only by executing a joinder in the form of Exhibit B.
# ARTICLE 8. MISCELLANEOUS
8.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
8.2 Notices. Notices to the Company shall be sent to 400 Harbor Drive, Wilmington, Delaware 19801, with a copy (which shall not constitute notice) to Whitcombe Avery LLP, Attention: Marcus T. Avery.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
BLUEWATER ROBOTICS, INC. By: Nathan Cole, Chief Executive Officer
HARROW & FINCH CAPITAL PARTNERS II, L.P. By: Harrow & Finch GP, LLC, its general partner, By: Priya Raman, Managing Member
PIKE, DUNMORE & CO. VENTURES, LLC By: Gerald Pike, Manager
ELEANOR M. VASQUEZ-ORTIZ
NORTHERN LANTERN TRUST COMPANY, N.A., as trustee of the Reyes-Whitfield 2019 Irrevocable Trust, By: Louise Whitfield-Hart, Vice President`,
    truth: {
      title: "Stockholders Agreement",
      documentType: "Shareholders' agreement",
      parties: [
        "Bluewater Robotics, Inc.",
        "Harrow & Finch Capital Partners II, L.P.",
        "Pike, Dunmore & Co. Ventures, LLC",
        "Eleanor M. Vasquez-Ortiz",
        "Northern Lantern Trust Company, N.A.",
      ],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v20-corporate-singapore-jva-key-details",
    format: "docx",
    storedPageCount: 2,
    source: `# JOINT VENTURE AGREEMENT
This Agreement is dated 12 June 2026 and is made between the parties named as Party A and Party B in the Key Details below (each a "Party").
# KEY DETAILS
| Item | Detail |
| Party A | Tan Ah Kow & Sons Holdings Pte. Ltd. (UEN 199804512K), 80 Robinson Road, #14-01, Singapore 068898 |
| Party B | Nordvik Marine AS (organisation no. 921 456 780), Strandkaien 14, 5013 Bergen, Norway |
| JV Company | Straits Nordvik Offshore Services Pte. Ltd., to be incorporated in Singapore (not a party to this Agreement) |
| Commencement Date | 1 July 2026 |
| Initial Term | five (5) years commencing on the Commencement Date |
| Renewal | automatic, for successive periods of two (2) years each, unless either Party gives the other not less than six (6) months' written notice of non-renewal |
| Capital contributions | Party A: S$3,600,000 (60%); Party B: S$2,400,000 (40%) |
| Governing law | Singapore |
===
# 1. DEFINITIONS
1.1 "Commencement Date" means the date so stated in the Key Details. "Initial Term" means the period so stated in the Key Details.
# 2. THE JOINT VENTURE
2.1 The Parties shall procure the incorporation of the JV Company within thirty (30) days after the date of this Agreement to provide vessel maintenance services in the Straits of Singapore.
2.2 The JV Company will take a lease of premises at 7 Pioneer Sector 1, Singapore, for a term of ten (10) years, and each Party shall procure that the lease is granted on the terms approved by the Board.
2.3 Party B's obligations are supported by a letter of support from its parent company, Nordvik Group ASA, which is not a party to this Agreement.
# 3. DEADLOCK
3.1 If the Board is deadlocked, the matter shall be referred to the chairmen of the Parties for a cooling-off period of thirty (30) days.
# 4. RESTRICTIONS
4.1 Neither Party shall, while it holds shares in the JV Company and for twenty-four (24) months after it ceases to do so, compete with the JV Company in Singapore, Malaysia or Indonesia.
# 5. TERM
5.1 This Agreement commences on the Commencement Date and, unless terminated earlier under clause 6, continues for the Initial Term. It then renews automatically as stated in the Key Details.
# 6. GOVERNING LAW AND DISPUTES
6.1 This Agreement is governed by the laws of Singapore. Any dispute shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed for and on behalf of Tan Ah Kow & Sons Holdings Pte. Ltd. by Tan Wei Ming, Director, in the presence of Lim Hui Shan
Signed for and on behalf of Nordvik Marine AS by Ingrid Solberg-Haugen, Chief Executive Officer, in the presence of Ole Martin Berg`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Tan Ah Kow & Sons Holdings Pte. Ltd.", "Nordvik Marine AS"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v20-corporate-nz-board-minutes",
    format: "txt",
    source: `KŌWHAI ORCHARDS LIMITED
(Company number 6612873)
# Minutes of a Meeting of the Board of Directors
Held at Level 3, 18 Tory Street, Te Aro, Wellington on Thursday, 19 February 2026 at 10.00 am.
Present: Hemi Te Rangi Walker (Chair); Sarah-Jane O'Connell; Dr Arvind Patel.
In attendance: Mereana Ngata (Company Secretary); Lucy Fairbrother of Harcourt Tāne Lawyers (for item 4 only).
1. Quorum and notice. The Chair noted that notice of the meeting had been given to all directors and that a quorum was present.
2. Interests. Dr Patel declared that he is a director of Tasman Fruit Logistics Limited, which may provide cool-store services under the arrangements in item 4. The board noted the interest in the interests register.
3. Previous minutes. The minutes of the meeting held on 20 November 2025 were confirmed as a correct record.
4. Acquisition of Ruakākā orchard assets. The board considered the draft asset purchase agreement with Ruakākā Growers Limited Partnership, acting by its general partner Ruakākā GP Limited, for a price of NZ$7,800,000, including a restraint of trade binding the vendor for three years after settlement. Ms Fairbrother summarised the due diligence report.
RESOLVED that the Company enter into the asset purchase agreement substantially in the form tabled, and that any two directors be authorised to sign it.
5. Funding. The board considered the offer from ANZ Bank New Zealand Limited of a term loan facility of NZ$4,500,000 for a term of three years from first drawdown.
RESOLVED that the facility offer be accepted and that the Chair sign the acceptance on behalf of the Company.
6. Packhouse lease. The board approved the deed of lease of the packhouse at 210 State Highway 1, Ruakākā, from Whangārei Industrial Properties Limited for a term of six years from 1 April 2026, with two rights of renewal of three years each.
7. Dividend. RESOLVED that a fully imputed dividend of 12 cents per share be paid on 31 March 2026 to shareholders on the register at 5.00 pm on 13 March 2026, the board being satisfied that the Company will satisfy the solvency test immediately after the distribution.
8. Close. There being no further business, the Chair closed the meeting at 11.40 am.
Signed as a correct record:
Hemi Te Rangi Walker, Chair
Date signed: 26/3/2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Orchards Limited"],
      effectiveDate: "2026-02-19",
    },
  },
  {
    id: "v20-corporate-ontario-apa-execution-table",
    format: "pdf",
    source: `# ASSET PURCHASE AGREEMENT
Made as of the thirtieth day of April, two thousand and twenty-six.
The parties to this Agreement are the vendor and the purchaser identified in the execution table at the end of this Agreement (respectively the "Vendor" and the "Purchaser").
# RECITALS
A. The Vendor carries on the business of a wholesale bakery under the name "Lakeshore Artisan Bakery" at 1140 Lakeshore Road East, Mississauga, Ontario (the "Business").
B. The Vendor wishes to sell and the Purchaser wishes to buy substantially all of the assets of the Business on the terms of this Agreement.
C. The Vendor's principal shareholder, Gordon A. MacPhail, is not a party to this Agreement but will deliver a separate non-competition agreement at Closing.
# ARTICLE 1 — PURCHASE AND SALE
1.1 Purchased Assets. The Vendor shall sell and the Purchaser shall purchase the equipment, inventory, goodwill, recipes, trade names and customer contracts of the Business (the "Purchased Assets").
1.2 Excluded Assets. The Purchased Assets do not include cash, tax refunds or the Vendor's shares in 1876543 Ontario Limited.
1.3 Purchase Price. The purchase price is C$2,350,000, payable at Closing by wire transfer to Brannigan Dufresne LLP, in trust, at The Toronto-Dominion Bank, transit 10482, account 5219834, less the Holdback.
1.4 Holdback. The Purchaser shall hold back C$200,000 for twelve (12) months after the Closing Date as security for the Vendor's indemnity obligations.
# ARTICLE 2 — CLOSING
2.1 The closing of the purchase (the "Closing") shall take place at 10:00 a.m. (Toronto time) on May 29, 2026, or on such other date as the parties agree in writing (the "Closing Date").
2.2 The Vendor leases the premises at 1140 Lakeshore Road East from Mississauga Waterfront Properties Inc. (the "Landlord") under a lease for a term expiring on October 31, 2030. The Vendor shall obtain the Landlord's consent to the assignment of that lease to the Purchaser before Closing.
# ARTICLE 3 — REPRESENTATIONS AND WARRANTIES
3.1 The representations and warranties of each party survive Closing for eighteen (18) months following the Closing Date.
# ARTICLE 4 — COVENANTS
4.1 Non-Competition. The Vendor shall not, for five (5) years after the Closing Date, carry on a wholesale bakery business within fifty (50) kilometres of the premises.
4.2 Employees. The Purchaser shall offer employment, on terms no less favourable overall, to each employee of the Business listed in Schedule C.
# ARTICLE 5 — GENERAL
5.1 Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Counterparts. This Agreement may be executed in counterparts and delivered electronically.
# EXECUTION
| Party | Name and address | Signature |
| Vendor | 2468135 Ontario Inc., 1140 Lakeshore Road East, Mississauga, Ontario L5E 1E4 | Per: Gordon A. MacPhail, President. I have authority to bind the corporation. |
| Purchaser | Boulangerie Côté-Lefèvre Ltée, 455 rue Saint-Antoine Ouest, Montréal, Québec H2Z 1J1 | Per: Isabelle Côté-Lefèvre, Présidente. I have authority to bind the corporation. |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["2468135 Ontario Inc.", "Boulangerie Côté-Lefèvre Ltée"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-30",
    },
  },
  {
    id: "v20-corporate-ni-deed-of-variation-sha",
    format: "docx",
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 1 June 2019
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) LAGAN VALLEY PRECISION ENGINEERING LIMITED, a company incorporated in Northern Ireland with company number NI612345 whose registered office is at Unit 4, Blaris Industrial Estate, Lisburn BT27 5QB (the "Company");
(2) BANN CAPITAL PARTNERS LLP, a limited liability partnership registered in Northern Ireland with number NC001234, of 2 Lanyon Place, Belfast BT1 3LP ("Bann");
(3) SIOBHÁN MARY O'HARE of 17 Malone Park, Belfast BT9 6NJ; and
(4) DR KIERAN J. McALLISTER of The Old Rectory, 5 Church Road, Holywood, County Down BT18 9BU,
the parties at (2) to (4) together being the "Continuing Shareholders".
# BACKGROUND
(A) The Company, Bann, Siobhán Mary O'Hare, Dr Kieran J. McAllister and Seamus Patrick O'Neill entered into a shareholders' agreement dated 1 June 2019 (the "Shareholders' Agreement"), which was expressed to be governed by the laws of England and Wales.
(B) Seamus Patrick O'Neill ceased to hold shares in the Company on 2 January 2024 and is no longer a party to the Shareholders' Agreement.
(C) Under clause 18.1 of the Shareholders' Agreement, it was entered into for a term of seven years from 1 June 2019, ending on 31 May 2026. The parties wish to extend it and to make the other changes set out in this Deed.
# OPERATIVE PROVISIONS
1. In this Deed, "Variation Effective Date" means 1 March 2026. Terms defined in the Shareholders' Agreement have the same meanings in this Deed.
2. With effect from the Variation Effective Date the Shareholders' Agreement is varied as follows:
2.1 in clause 18.1, "31 May 2026" is deleted and replaced with "31 May 2029", so that the Shareholders' Agreement will expire on 31 May 2029 unless terminated earlier in accordance with its terms;
2.2 in clause 9.3 (Lock-in), the period of five years from 1 June 2019 during which no Shareholder may transfer Shares is reduced to four years;
2.3 in clause 12.4 (Pre-emption on transfer), the offer period of twenty Business Days is reduced to ten Business Days; and
2.4 clause 21 is replaced so that the Shareholders' Agreement is governed by the law of Northern Ireland.
3. Save as varied by this Deed, the Shareholders' Agreement continues in full force and effect.
4. This Deed and any non-contractual obligations arising from it are governed by the law of Northern Ireland, and the courts of Northern Ireland have exclusive jurisdiction.
===
EXECUTED as a deed by LAGAN VALLEY PRECISION ENGINEERING LIMITED acting by Niamh Doherty, director, in the presence of Conor Breen, solicitor, 40 Linenhall Street, Belfast
EXECUTED as a deed by BANN CAPITAL PARTNERS LLP acting by Aidan Quinn and Ruth Kerr, designated members
SIGNED as a deed by SIOBHÁN MARY O'HARE in the presence of Gráinne Lavery, 9 Stranmillis Road, Belfast
SIGNED as a deed by DR KIERAN J. McALLISTER in the presence of Gráinne Lavery, 9 Stranmillis Road, Belfast`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Precision Engineering Limited", "Bann Capital Partners LLP", "Siobhán Mary O'Hare", "Kieran J. McAllister"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-05-31",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v20-corporate-india-ssa-parts",
    format: "txt",
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Share Subscription Agreement (the "Agreement") is executed at Mumbai on this 21st day of January, 2026 (the "Execution Date") by and among:
1. ZEPHYR AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, with corporate identity number U01400MH2019PTC321456 and its registered office at 5th Floor, Kalpataru Square, Andheri (East), Mumbai 400059 (hereinafter referred to as the "Company", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the FIRST PART;
2. MR. RAJESH KUMAR IYER, son of Mr. K. Subramaniam Iyer, aged 46 years, residing at 12 Carmichael Road, Mumbai 400026 (hereinafter referred to as "Promoter 1") of the SECOND PART;
3. MRS. ANANYA RAJESH IYER, wife of Mr. Rajesh Kumar Iyer, aged 43 years, residing at 12 Carmichael Road, Mumbai 400026 (hereinafter referred to as "Promoter 2", and together with Promoter 1, the "Promoters") of the THIRD PART; and
4. VISTARA TRUSTEESHIP SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, acting in its capacity as trustee of SAFFRON GROWTH FUND I, a category II alternative investment fund registered with the Securities and Exchange Board of India, and acting through its investment manager, Saffron Capital Advisors LLP (hereinafter referred to as the "Investor") of the FOURTH PART.
WHEREAS the Investor wishes to subscribe for 2,40,000 compulsorily convertible preference shares of the Company on the terms of this Agreement.
NOW THEREFORE THE PARTIES AGREE AS FOLLOWS:
1. Subscription. The Investor shall subscribe for the Subscription Shares for an aggregate consideration of INR 36,00,00,000 (Indian Rupees Thirty-Six Crore), to be remitted to the Company's designated account with Axis Bank Limited, Andheri (East) branch.
2. Closing. Closing shall take place within thirty (30) days after the Execution Date and in any event no later than the date falling ninety (90) days after the Execution Date (the "Long Stop Date").
3. Lock-in. The Promoters shall not transfer any Equity Shares held by them for a period of thirty-six (36) months from the Closing Date without the prior written consent of the Investor.
4. Conditions precedent. The Company shall deliver a legal due diligence report from Shardul Mehta & Associates, Advocates, and a valuation report from a SEBI-registered merchant banker.
5. Termination. If Closing has not occurred by the Long Stop Date, the Investor may terminate this Agreement by written notice. On Closing, the rights of the parties shall be governed by the shareholders' agreement executed on the Execution Date.
6. Confidentiality. The obligations in this clause survive termination for a period of two (2) years.
7. Governing Law and Arbitration. This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be referred to arbitration under the Arbitration and Conciliation Act, 1996, seated in Mumbai.
IN WITNESS WHEREOF the parties have executed this Agreement on the Execution Date.
For Zephyr Agritech Private Limited: Meera Kulkarni, Managing Director
Mr. Rajesh Kumar Iyer
Mrs. Ananya Rajesh Iyer
For Vistara Trusteeship Services Private Limited (as trustee of Saffron Growth Fund I), acting through Saffron Capital Advisors LLP: Vikram Shah, Designated Partner`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Zephyr Agritech Private Limited", "Rajesh Kumar Iyer", "Ananya Rajesh Iyer", "Vistara Trusteeship Services Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-01-21",
    },
  },
  {
    id: "v20-corporate-kenya-jva-amendment-letter",
    format: "pdf",
    pageFooters: true,
    source: `SIMBA ENERGY HOLDINGS LIMITED
9th Floor, Westside Towers, Lower Kabete Road, Westlands, P.O. Box 66120-00800, Nairobi, Kenya
12 August 2026
Our ref: SEH/JV/2026/044
Your ref: RVGP/LEG/118
The Managing Director
Rift Valley Geothermal Partners Limited
Olkaria Road, P.O. Box 1290-20117, Naivasha, Kenya
Attention: Ms Faith J. Chebet
Dear Ms Chebet,
# Amendment to Joint Venture Agreement
We refer to the joint venture agreement dated 3 March 2022 between Simba Energy Holdings Limited, Rift Valley Geothermal Partners Limited and Kalahari Power Ventures (Pty) Ltd (the "Agreement") relating to Menengai Steam Power Limited (the "JV Company"), and to your letter of 20 July 2026 proposing changes to the funding arrangements. Kalahari Power Ventures (Pty) Ltd transferred its entire interest to us on 30 September 2024 and is no longer a party to the Agreement.
This letter sets out the amendments we have agreed. Capitalised terms have the meanings given to them in the Agreement.
1. Clause 7.2 (Capital Calls): the period for funding a capital call is extended from fifteen (15) Business Days to thirty (30) Business Days after the date of the call notice.
2. Clause 7.5 (Default): interest on any late contribution shall accrue at four per cent (4%) per annum above the Central Bank Rate published by the Central Bank of Kenya.
3. Clause 11.1 (Deadlock): the cooling-off period is reduced from sixty (60) days to forty-five (45) days.
4. All capital contributions shall be paid to the JV Company's account at Equity Bank (Kenya) Limited, Upper Hill branch, account number 1180279455210.
5. Save as amended by this letter, the Agreement remains in full force and effect. Nothing in this letter changes the term of the Agreement, which continues to run for ten (10) years from 3 March 2022 in accordance with clause 19.1.
6. This letter and any dispute arising out of it shall be governed by the laws of Kenya.
Please confirm your agreement by countersigning and returning the enclosed copy of this letter.
Yours sincerely,
Wanjiru N. Kamau
Director, for and on behalf of Simba Energy Holdings Limited
cc: Kiplagat, Otieno & Wanjiru Advocates
===
ACCEPTANCE
We agree to the amendments set out in this letter.
Signed for and on behalf of Rift Valley Geothermal Partners Limited
Name: Faith J. Chebet, Managing Director
Date: 19 August 2026`,
    truth: {
      title: "Amendment to Joint Venture Agreement",
      documentType: "Amendment",
      parties: ["Simba Energy Holdings Limited", "Rift Valley Geothermal Partners Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-08-12",
      amends: "Joint Venture Agreement",
    },
  },
];
