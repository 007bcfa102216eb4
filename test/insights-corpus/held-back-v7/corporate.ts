import type { UnseenDocument } from "../unseen/types";

/** Held-back v7 corporate set: share sales and subscriptions, shareholders' and JV agreements, a business sale, a power of attorney, minutes and resolutions. */
export const CORPORATE_V7: UnseenDocument[] = [
  {
    id: "v7-corporate-stock-purchase-delaware",
    format: "docx",
    storedPageCount: 2,
    source: `# STOCK PURCHASE AGREEMENT
This Stock Purchase Agreement (this "Agreement") is made and entered into as of March 3, 2026, by and among REDWOOD RIDGE ACQUISITION CORP., a Delaware corporation ("Buyer"); THORNBURY VENTURES LLC, a Delaware limited liability company, and ELENA M. CASTILLO, an individual resident of Austin, Texas (each a "Seller" and together the "Sellers"); and PINECREST ANALYTICS, INC., a Delaware corporation (the "Company").
RECITALS
WHEREAS, the Sellers collectively own all of the issued and outstanding shares of common stock of the Company (the "Shares"); and
WHEREAS, Buyer desires to purchase, and the Sellers desire to sell, all of the Shares on the terms set forth herein.
NOW, THEREFORE, the parties agree as follows:
ARTICLE I. PURCHASE AND SALE
1.1 Purchase Price. The aggregate purchase price for the Shares is Sixty-Two Million Dollars ($62,000,000), subject to adjustment under Section 1.4.
1.2 Escrow. At the Closing, Buyer shall deposit $6,200,000 with Wilmington Escrow Services, N.A. (the "Escrow Agent"), to be held for eighteen (18) months after the Closing Date as security for indemnification claims.
1.3 Closing. The Closing shall take place remotely on the third Business Day after all conditions are satisfied, and in any event no later than June 30, 2026 (the "Outside Date").
===
ARTICLE II. REPRESENTATIONS AND WARRANTIES
2.1 Survival. The representations and warranties herein shall survive the Closing for a period of twenty-four (24) months, except Fundamental Representations, which survive for six (6) years.
ARTICLE III. COVENANTS
3.1 Non-Competition. For a period of five (5) years following the Closing Date, no Seller shall engage in any Competing Business anywhere in the United States.
3.2 Non-Solicitation. For a period of three (3) years following the Closing Date, no Seller shall solicit any employee of the Company.
3.3 Employment of Key Seller. At the Closing, the Company and Elena M. Castillo shall enter into an employment agreement for an initial term of two (2) years, governed by Texas law.
ARTICLE IV. MISCELLANEOUS
4.1 Governing Law. This Agreement shall be governed by and construed in accordance with the internal laws of the State of Delaware, without giving effect to any choice-of-law rule that would cause the application of the laws of any other jurisdiction.
4.2 Forum. Each party submits to the exclusive jurisdiction of the Court of Chancery of the State of Delaware.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
REDWOOD RIDGE ACQUISITION CORP. By: Marcus Feld, Chief Executive Officer
THORNBURY VENTURES LLC By: Olivia Thornbury, Managing Member
ELENA M. CASTILLO
PINECREST ANALYTICS, INC. By: Elena M. Castillo, President`,
    truth: {
      title: "Stock Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Redwood Ridge Acquisition Corp.", "Thornbury Ventures LLC", "Elena M. Castillo", "Pinecrest Analytics, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v7-corporate-share-subscription-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# Share Subscription Agreement
# Key Details
| Date of this Agreement | 18 August 2026 |
| Company | Lumen Bay Robotics Pte. Ltd. (UEN 201934512K), 71 Ayer Rajah Crescent, #02-18, Singapore 139951 |
| Subscriber | Orchid Peak Capital Pte. Ltd. (UEN 201508877R), 8 Marina View, #40-01, Singapore 018960 |
| Founder | Tan Wei Ling (NRIC S8812345D), of 21 Holland Grove Road, Singapore 278801 |
| Subscription Shares | 1,250,000 Series A Preference Shares |
| Subscription Price | S$4,000,000 |
| Long-Stop Date | 30 September 2026 |
| Governing Law | Singapore |
The Company, the Subscriber and the Founder agree to the Key Details and the Terms below.
===
# Terms
1. Subscription. Subject to the Conditions, the Subscriber shall subscribe for, and the Company shall allot and issue, the Subscription Shares at the Subscription Price.
2. Conditions. Completion is conditional on the passing of a special resolution adopting the new constitution and on the Subscriber's satisfactory due diligence. If the Conditions are not satisfied by the Long-Stop Date, this Agreement shall lapse.
3. Completion. Completion shall take place five (5) Business Days after the last Condition is satisfied.
4. Warranties. The Company and the Founder give the Warranties in Schedule 2. No claim may be brought more than eighteen (18) months after Completion.
5. Founder lock-up. The Founder shall not transfer any of her shares in the Company for a period of twelve (12) months after Completion.
6. Use of proceeds. The Company shall apply the Subscription Price towards product development and working capital in accordance with the approved budget.
7. Shareholders' agreement. At Completion the parties shall enter into a shareholders' agreement in the agreed form, which shall prevail over this Agreement on any matter of governance.
8. Law and disputes. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
Signed by Tan Wei Ling, Director, for and on behalf of Lumen Bay Robotics Pte. Ltd.
Signed by Rajesh Pillai, Director, for and on behalf of Orchid Peak Capital Pte. Ltd.
Signed by Tan Wei Ling`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Lumen Bay Robotics Pte. Ltd.", "Orchid Peak Capital Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-18",
    },
  },
  {
    id: "v7-corporate-shareholders-agreement-kenya",
    format: "docx",
    source: `# SHAREHOLDERS' AGREEMENT
relating to SAVANNA AGRITECH LIMITED
THIS AGREEMENT is made this 7th day of April 2026
BETWEEN:
(1) WANJIRU NJERI KAMAU of P.O. Box 40213-00100, Nairobi, Kenya ("Kamau");
(2) OTIENO BRIAN ODHIAMBO of P.O. Box 1177-40100, Kisumu, Kenya ("Odhiambo");
(3) NYALI VENTURES LIMITED, a private limited company incorporated in Kenya (Registration No. PVT-AAB7X92), of Nyali Centre, Links Road, Mombasa ("the Investor"); and
(4) SAVANNA AGRITECH LIMITED, a private limited company incorporated in Kenya (Registration No. PVT-BEU4K17), of Westlands Square, Nairobi ("the Company").
WHEREAS the Shareholders hold all the issued shares of the Company and wish to regulate their relationship as its shareholders.
NOW IT IS AGREED as follows:
1. Commencement and duration. This Agreement shall take effect on the date hereof and shall continue in full force and effect until terminated in accordance with clause 12.
2. Board. The Board shall consist of up to five directors: two appointed by Kamau and Odhiambo jointly, two appointed by the Investor, and one independent director appointed by all the Shareholders.
3. Reserved matters. The Company shall not, without the prior written consent of the Investor, issue shares, borrow in excess of KES 20,000,000 or dispose of any material asset.
4. Lock-in. No Shareholder shall transfer any Shares during the period of three (3) years from the date hereof, save to a Permitted Transferee.
5. Pre-emption. Any Shareholder wishing to sell Shares shall first offer them to the other Shareholders, who shall have thirty (30) days to accept.
6. Deadlock. If the Board is deadlocked on the same matter at two consecutive meetings, the matter shall be referred to the chairmen of the Shareholders for resolution within twenty-one (21) days.
7. Restrictive covenants. Each Shareholder undertakes that for twenty-four (24) months after ceasing to hold Shares it shall not carry on a business competing with the Company in East Africa.
8. Dividends. Subject to the Companies Act, 2015, the Company shall distribute not less than 30% of its distributable profits each financial year.
12. Termination. This Agreement shall terminate when one Shareholder holds all the Shares, on the winding up of the Company, or by written agreement of all the parties.
13. Governing law. This Agreement shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall be referred to arbitration in Nairobi under the Arbitration Act, 1995.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first above written.
SIGNED by WANJIRU NJERI KAMAU
SIGNED by OTIENO BRIAN ODHIAMBO
SEALED with the common seal of NYALI VENTURES LIMITED in the presence of Fatuma Hassan, Director
SEALED with the common seal of SAVANNA AGRITECH LIMITED in the presence of Wanjiru Njeri Kamau, Director`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Wanjiru Njeri Kamau", "Otieno Brian Odhiambo", "Nyali Ventures Limited", "Savanna Agritech Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-07",
      term: "Until terminated",
    },
  },
  {
    id: "v7-corporate-joint-venture-difc",
    format: "pdf",
    source: `# JOINT VENTURE AGREEMENT
This Agreement is dated 15 September 2026 and is made between:
(1) AL NOOR LOGISTICS HOLDINGS LTD, a company registered in the Dubai International Financial Centre under registration number 4187, whose registered office is at Unit 1402, Index Tower, DIFC, Dubai, United Arab Emirates ("Al Noor"); and
(2) MERIDIAN PORT SERVICES FZE, a free zone establishment registered in the Jebel Ali Free Zone under licence number 176204, of Plot S30518, Jebel Ali, Dubai, United Arab Emirates ("Meridian").
# 1. Definitions
"Commencement Date" means 1 October 2026.
"JV Company" means Gulf Gateway Cold Chain Ltd, to be incorporated in the DIFC under clause 3.
"Business" means the operation of temperature-controlled warehousing and freight handling at Jebel Ali Port.
# 2. Term
2.1 This Agreement shall come into force on the Commencement Date and shall continue for an initial term of five (5) years commencing on the Commencement Date (the "Initial Term").
2.2 On the expiry of the Initial Term and of each Renewal Term, this Agreement shall automatically renew for a further period of two (2) years (each a "Renewal Term") unless either party gives the other not less than six (6) months' written notice of non-renewal.
# 3. The JV Company
3.1 Within sixty (60) days of the Commencement Date the parties shall incorporate the JV Company, which shall be owned 51% by Al Noor and 49% by Meridian.
3.2 Each party shall contribute its share of the initial capital of AED 36,000,000 within ninety (90) days of incorporation.
# 4. Exclusivity
Neither party shall, during the term of this Agreement and for twelve (12) months after its termination, participate in any cold-chain venture at Jebel Ali Port other than through the JV Company.
# 5. Land Lease
The JV Company shall take an assignment of Meridian's lease of Plot S30518, which has an unexpired term of nineteen (19) years and is governed by the laws of the Emirate of Dubai.
# 6. Confidentiality
The obligations in this clause 6 shall survive termination of this Agreement for a period of three (3) years.
# 7. Governing Law and Jurisdiction
This Agreement is governed by the laws of the Dubai International Financial Centre, and the Courts of the DIFC shall have exclusive jurisdiction.
Signed for and on behalf of AL NOOR LOGISTICS HOLDINGS LTD by Khalid Al Mansoori, Chairman
Signed for and on behalf of MERIDIAN PORT SERVICES FZE by Sunil Varghese, General Manager`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Al Noor Logistics Holdings Ltd", "Meridian Port Services FZE"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-10-01",
      expiryDate: "2031-09-30",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v7-corporate-sale-of-business-south-africa",
    format: "txt",
    source: `# SALE OF BUSINESS AGREEMENT
entered into between
KAROO VALLEY DAIRIES (PTY) LTD (Registration number 2009/018734/07) ("the Seller")
and
HIGHVELD FRESH FOODS (PTY) LTD (Registration number 2015/224561/07) ("the Purchaser")
1. INTERPRETATION
1.1 "Business" means the dairy processing and distribution business conducted by the Seller from the Premises as a going concern under the name "Karoo Valley".
1.2 "Effective Date" means 1 June 2026, notwithstanding the date of signature of this agreement.
1.3 "Premises" means Erf 4471, Graaff-Reinet, leased by the Seller under a lease dated 1 March 2021 for a period of ten (10) years.
2. SALE
2.1 The Seller sells to the Purchaser, who purchases, the Business as a going concern with effect from the Effective Date, including the plant and equipment, stock, goodwill and the Seller's rights under the lease of the Premises.
2.2 The purchase price is R28,500,000 (twenty-eight million five hundred thousand rand), exclusive of VAT, and the parties agree that the sale is of a going concern under section 11(1)(e) of the Value-Added Tax Act, 1991, taxable at the zero rate.
3. PAYMENT
3.1 The purchase price shall be paid into the trust account of Malherbe Nkosi Attorneys within seven (7) days of signature, and released to the Seller on the Effective Date.
4. EMPLOYEES
4.1 The employees of the Business transfer to the Purchaser on the Effective Date in terms of section 197 of the Labour Relations Act, 1995.
5. WARRANTIES
5.1 The Seller warrants that the plant and equipment will be in good working order for a period of twelve (12) months after the Effective Date.
6. RESTRAINT OF TRADE
6.1 The Seller shall not, for a period of three (3) years from the Effective Date, carry on any dairy business within 200 kilometres of Graaff-Reinet.
7. GOVERNING LAW
7.1 This agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
7.2 The parties consent to the jurisdiction of the Eastern Cape Division of the High Court.
SIGNED at JOHANNESBURG on 4 May 2026 for KAROO VALLEY DAIRIES (PTY) LTD by Pieter van der Merwe, who warrants that he is duly authorised
SIGNED at CAPE TOWN on 6 May 2026 for HIGHVELD FRESH FOODS (PTY) LTD by Nomvula Dlamini, who warrants that she is duly authorised`,
    truth: {
      title: "Sale of Business Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Karoo Valley Dairies (Pty) Ltd", "Highveld Fresh Foods (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-06-01",
    },
  },
  {
    id: "v7-corporate-power-of-attorney-new-zealand",
    format: "pdf",
    pageFooters: true,
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is granted by deed on 10 November 2026 by KAURI COAST FORESTRY LIMITED, a company incorporated in New Zealand with company number 6612045, having its registered office at Level 3, 41 Shortland Street, Auckland 1010 (the "Company").
1. Appointment. The Company appoints each person who for the time being holds the office of Chief Financial Officer or General Counsel of the Company (each an "Attorney") to be its attorney, acting alone, in its name and on its behalf.
2. Powers. Each Attorney may:
(a) negotiate, sign and deliver any agreement for the sale of harvested logs with a value not exceeding NZ$5,000,000;
(b) sign and lodge any instrument with Toitū Te Whenua Land Information New Zealand relating to the forestry rights held by the Company, including the forestry right over the Waipoua Block registered for a term of thirty-five (35) years;
(c) give any notice, consent or waiver under the Company's supply agreements, including notices requiring ninety (90) days' notice of termination.
3. Duration. This power of attorney takes effect on the date of this deed and remains in force for a period of twelve (12) months from that date, after which it expires, unless revoked earlier by resolution of the board of the Company.
4. Revocation of prior power. The power of attorney granted by the Company on 3 March 2024 is revoked with effect from the date of this deed.
5. Ratification. The Company undertakes to ratify anything lawfully done by an Attorney under this power of attorney.
6. Third parties. Any person dealing with an Attorney may rely on a certificate of non-revocation given under section 20 of the Property Law Act 2007.
7. Governing law. This power of attorney is governed by the laws of New Zealand.
SIGNED as a deed by KAURI COAST FORESTRY LIMITED by:
Director: Hemi Te Rangi
Director: Caroline Ashworth`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Kauri Coast Forestry Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-11-10",
      expiryDate: "2027-11-10",
      term: "12 months",
    },
  },
  {
    id: "v7-corporate-board-minutes-hong-kong",
    format: "docx",
    storedPageCount: 2,
    source: `# Minutes of a Meeting of the Board of Directors
HARBOURLINE LOGISTICS LIMITED
(incorporated in Hong Kong with limited liability, Company No. 2287714)
Held at 28/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong on 22 January 2026 at 10:00 a.m.
Present: Mr. Leung Ka Wai (Chairman), Ms. Sophie Chan Mei Ling, Mr. David Whitmore
In attendance: Ms. Ivy Ho (Company Secretary)
1. Quorum. The Chairman noted that a quorum was present and that due notice of the meeting had been given to all directors.
2. Declaration of interests. Mr. Whitmore declared that he is a director of Victoria Harbour Bank Limited and took no part in the vote on item 3.
3. Revolving credit facility. The Board considered a draft facility agreement with Victoria Harbour Bank Limited for a revolving credit facility of HK$120,000,000 for a term of three (3) years, governed by Hong Kong law. IT WAS RESOLVED that the facility agreement be approved and that any one director be authorised to sign it.
===
4. Kwai Chung warehouse lease. The Board noted that the lease of Unit 5, Kwai Chung Container Terminal 9, expiring on 31 March 2026, may be renewed at the Company's option for a further term of five (5) years. IT WAS RESOLVED that the option be exercised by notice to the landlord before 28 February 2026.
5. Interim dividend. IT WAS RESOLVED that an interim dividend of HK$0.18 per share be paid on 16 February 2026 to shareholders on the register on 6 February 2026.
6. Auditors. The Board noted the engagement letter from Kowloon Pearl CPA Limited dated 5 January 2026 and resolved to recommend their reappointment at the next annual general meeting.
7. Close. There being no further business, the Chairman declared the meeting closed at 11:15 a.m.
Signed: Leung Ka Wai, Chairman
Date: 29 January 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Harbourline Logistics Limited"],
      effectiveDate: "2026-01-22",
    },
  },
  {
    id: "v7-corporate-directors-written-resolutions-jersey",
    format: "txt",
    source: `# Written Resolutions of the Board of Directors
of GOREY BAY HOLDINGS LIMITED (the "Company")
a company incorporated in Jersey with registered number 139902, registered office 44 Esplanade, St Helier, Jersey JE2 3QB
Dated: 12 March 2026
We, being all the directors of the Company for the time being entitled to receive notice of and to vote at a meeting of the directors, pass the following resolutions in writing in accordance with article 21 of the Company's articles of association, with the same effect as if passed at a duly convened meeting.
Background
A. The Company proposes to buy back 2,000,000 of its ordinary shares from Seymour Tower Nominees Limited under a share buy-back agreement (the "Buy-Back Agreement"), payment to be made in three instalments over eighteen (18) months.
B. The Company is party to a management services agreement with Grève d'Azette Administration Limited dated 1 July 2024, which has a term of five years and is governed by English law.
C. The directors have considered the solvency requirements of Article 55 of the Companies (Jersey) Law 1991.
Resolutions
1. THAT the terms of the Buy-Back Agreement be approved and that any director be authorised to execute it on behalf of the Company.
2. THAT each of the directors signing below makes the solvency statement set out in the Schedule, having formed the opinion that the Company will be able to discharge its liabilities as they fall due for the twelve (12) months immediately following the date of the buy-back.
3. THAT the Company Secretary be instructed to file the solvency statement with the Registrar of Companies within fourteen (14) days.
4. THAT the management services agreement referred to in paragraph B be terminated on three (3) months' notice with effect from 30 June 2026.
Signed:
Anne-Marie Le Brocq, Director
Thomas Renouf, Director
Julian Pallot, Director`,
    truth: {
      title: "Written Resolutions of the Board of Directors",
      documentType: "Other",
      parties: ["Gorey Bay Holdings Limited"],
      effectiveDate: "2026-03-12",
    },
  },
];
