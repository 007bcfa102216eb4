import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, resolutions, asset purchases, variations, deal NDAs and investment agreements. */
export const CORPORATE_V28: UnseenDocument[] = [
  {
    id: "v28-corporate-spa-scotland-bakehouse",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
between
FIONA MARGARET BRODIE and ALASDAIR JAMES BRODIE
as Sellers
and
CAIRNGORM FOODS HOLDINGS LIMITED
as Purchaser
relating to the entire issued share capital of Brodie's Bakehouse Limited
===
# SHARE PURCHASE AGREEMENT
between
(One) FIONA MARGARET BRODIE, residing at 14 Marchmont Crescent, Edinburgh EH9 1HN;
(Two) ALASDAIR JAMES BRODIE, residing at 3 Braid Hills Road, Edinburgh EH10 6JP (together with the party of the first part, the "Sellers"); and
(Three) CAIRNGORM FOODS HOLDINGS LIMITED, a company incorporated under the Companies Acts (Registered Number SC612874) and having its registered office at 22 Queen Street, Aberdeen AB10 1AN (the "Purchaser").
# 1. Definitions
In this Agreement: "Company" means Brodie's Bakehouse Limited, a company incorporated in Scotland (Registered Number SC301955) and having its registered office at 9 Leith Walk, Edinburgh EH6 8LN;
"Completion" means completion of the sale and purchase of the Shares in accordance with clause 4;
"Delivery Date" means 14 April 2026, being the date on which the parties have agreed that this Agreement is delivered and takes effect;
"Shares" means the 1,000 ordinary shares of £1 each in the capital of the Company, all of which are issued and fully paid;
"Warranty Period" means the period of twenty-four (24) months from Completion.
# 2. Sale and purchase
2.1 The Sellers shall sell and the Purchaser shall purchase the Shares with absolute warrandice, free from all Encumbrances and together with all rights attaching to them at Completion.
# 3. Consideration
3.1 The consideration for the Shares is £4,250,000, of which £3,400,000 shall be paid on Completion and £850,000 (the "Retention") shall be held in the Retention Account for eighteen (18) months from Completion and released in accordance with Schedule 3.
# 4. Completion
4.1 Completion shall take place at the offices of the Purchaser's solicitors in Aberdeen on the Delivery Date, or on such later date as the Sellers and the Purchaser may agree in writing.
# 5. Warranties
5.1 The Sellers warrant to the Purchaser in the terms of Schedule 4. No claim may be brought under the Warranties unless written notice of it is given to the Sellers before the end of the Warranty Period.
# 6. Restrictive covenants
6.1 Each Seller undertakes that for a period of three (3) years after Completion he or she shall not, directly or indirectly, carry on or be interested in any business which competes with the business of the Company anywhere in Scotland.
# 7. Governing law and jurisdiction
7.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows and are delivered on the Delivery Date:
| Subscribed by FIONA MARGARET BRODIE | at Edinburgh on 10 April 2026 | before this witness: Morag Henderson, Solicitor, Edinburgh |
| Subscribed by ALASDAIR JAMES BRODIE | at Edinburgh on 10 April 2026 | before this witness: Morag Henderson, Solicitor, Edinburgh |
| Subscribed for and on behalf of CAIRNGORM FOODS HOLDINGS LIMITED by Callum Reid, Director | at Aberdeen on 13 April 2026 | before this witness: Isla Grant, Trainee Solicitor, Aberdeen |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Fiona Margaret Brodie", "Alasdair James Brodie", "Cairngorm Foods Holdings Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v28-corporate-sha-singapore-aquaculture",
    format: "docx",
    storedPageCount: 3,
    source: `# SHAREHOLDERS' AGREEMENT
relating to Lumen Aquaculture Pte. Ltd.
# Key Details
| Date | 5 January 2026 |
| Company | Lumen Aquaculture Pte. Ltd. (UEN 201934567K), 10 Anson Road, #22-02 International Plaza, Singapore 079903 |
| Founder | Tan Wei Ming (NRIC S7812345D), of 18 Jalan Kembangan, Singapore 419102 |
| Investor | Seabreeze Ventures Fund II LP, a limited partnership registered in Singapore, acting by its general partner Seabreeze GP Pte. Ltd. |
| Trustee Shareholder | Orchid Trust Services Pte. Ltd. (UEN 200812345M), in its capacity as trustee of the Tan Family Settlement |
| Governing law | Singapore |
The parties named in the Key Details agree as follows.
===
# 1. Definitions
"Date" means the date set out in the Key Details.
"Lock-in Period" means the period of thirty-six (36) months from the Date.
"Shareholders" means the Founder, the Investor and the Trustee Shareholder, and any person who becomes a party by signing a Deed of Adherence.
# 2. Business of the Company
2.1 The business of the Company shall be the development and operation of recirculating aquaculture systems in Singapore and the region, and such other business as the Board approves.
# 3. Board and reserved matters
3.1 The Board shall consist of up to five directors: the Founder may appoint two, the Investor may appoint two, and the fifth shall be an independent chair appointed by unanimous consent of the Shareholders.
3.2 The Company shall not undertake any Reserved Matter listed in Schedule 2 without the prior written consent of the Investor.
# 4. Transfer of Shares
4.1 The Founder and the Trustee Shareholder shall not transfer any Shares during the Lock-in Period, save with the prior written consent of the Investor.
4.2 Any Shareholder wishing to transfer Shares shall first offer them to the other Shareholders pro rata, and the offer shall remain open for twenty-one (21) days.
# 5. Deadlock
5.1 If a Deadlock arises, the matter shall be referred to the chief executives of the Shareholders for a cooling-off period of thirty (30) days before either party may serve a Deadlock Notice.
# 6. Non-competition
6.1 Each Shareholder undertakes that, while it holds Shares and for twelve (12) months after it ceases to hold Shares, it shall not compete with the business of the Company in Singapore or Malaysia.
# 7. Duration
7.1 This Agreement takes effect on the Date and shall continue until terminated in accordance with this clause 7.
7.2 This Agreement shall terminate on a Listing, or when one Shareholder holds all the Shares, or by the written agreement of all the Shareholders.
# 8. Governing law and disputes
8.1 This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
===
Signed by TAN WEI MING
Signed by Chua Li Hua, director, for and on behalf of LUMEN AQUACULTURE PTE. LTD.
Signed by Daniel Koh, director of Seabreeze GP Pte. Ltd., as general partner for and on behalf of SEABREEZE VENTURES FUND II LP
Signed by Goh Mei Ling, authorised signatory, for and on behalf of ORCHID TRUST SERVICES PTE. LTD. as trustee of the Tan Family Settlement`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Lumen Aquaculture Pte. Ltd.", "Tan Wei Ming", "Seabreeze Ventures Fund II LP", "Orchid Trust Services Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-05",
      term: "Until terminated",
    },
  },
  {
    id: "v28-corporate-jv-texas-water",
    format: "pdf",
    pdfMargin: 72,
    source: `# JOINT VENTURE AGREEMENT
This Joint Venture Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and between Permian Ridge Water Solutions, LLC, a Texas limited liability company with its principal office at 500 West Wall Street, Suite 1200, Midland, Texas 79701 ("Permian Ridge"), and Blue Mesa Midstream Partners, L.P., a Delaware limited partnership with its principal office at 1401 McKinney Street, Houston, Texas 77010 ("Blue Mesa"). Permian Ridge and Blue Mesa are each referred to as a "Venturer" and together as the "Venturers."
# RECITALS
WHEREAS, the Venturers wish to jointly develop, own and operate produced-water gathering and recycling facilities in the Delaware Basin (the "Project"); and
WHEREAS, the Venturers desire to set forth the terms on which they will conduct the Project.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the Venturers agree as follows:
# ARTICLE 1 FORMATION
1.1 The Venturers hereby form a contractual joint venture under the name "PRBM Water Recycling JV" (the "Venture"). Nothing in this Agreement shall constitute a partnership or a separate legal entity.
# ARTICLE 2 CONTRIBUTIONS
2.1 Each Venturer shall bear fifty percent (50%) of the approved costs of the Project. Each Venturer's Initial Capital Contribution of $12,500,000 is payable within thirty (30) days after the Effective Date.
2.2 Cash calls shall be paid within fifteen (15) days after receipt of a cash call notice.
# ARTICLE 3 MANAGEMENT
3.1 The Venture shall be managed by a Management Committee of four (4) representatives, two appointed by each Venturer. Decisions require the vote of at least one representative of each Venturer.
3.2 Permian Ridge shall act as Operator of the Project under the Operating Services Agreement dated as of the Effective Date, which has a term of three (3) years.
===
# ARTICLE 4 TERM
4.1 Initial Term. The term of this Agreement shall commence on the Effective Date and continue for a period of five (5) years (the "Initial Term").
4.2 Renewal. Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either Venturer delivers written notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.
# ARTICLE 5 AREA OF MUTUAL INTEREST; NON-COMPETITION
5.1 During the term of this Agreement and for a period of two (2) years thereafter, neither Venturer shall, directly or through an Affiliate, acquire or operate any produced-water recycling facility within the Area of Mutual Interest described in Exhibit A, except through the Venture.
# ARTICLE 6 CONFIDENTIALITY
6.1 Each Venturer shall keep confidential all Confidential Information of the other Venturer. This Article 6 shall survive termination for three (3) years.
# ARTICLE 7 MISCELLANEOUS
7.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles.
7.2 Venue. Each Venturer submits to the exclusive jurisdiction of the state and federal courts located in Harris County, Texas.
IN WITNESS WHEREOF, the Venturers have executed this Agreement as of the Effective Date.
| PERMIAN RIDGE WATER SOLUTIONS, LLC | BLUE MESA MIDSTREAM PARTNERS, L.P. |
| By: /s/ Dana K. Whitfield | By: Blue Mesa GP, LLC, its general partner |
| Name: Dana K. Whitfield | By: /s/ Marcus Oyelaran |
| Title: Chief Executive Officer | Name: Marcus Oyelaran; Title: President |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Permian Ridge Water Solutions, LLC", "Blue Mesa Midstream Partners, L.P."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-02",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v28-corporate-investment-kenya-agritech",
    format: "docx",
    storedPageCount: 2,
    source: `# INVESTMENT AGREEMENT
THIS INVESTMENT AGREEMENT is made on the 22nd day of May, 2026
BETWEEN:
(1) SAVANNA AGRITECH LIMITED, a private limited company incorporated in the Republic of Kenya (registration number PVT-AAB1234XY) whose registered office is at 4th Floor, Westside Towers, Lower Kabete Road, Nairobi (the "Company");
(2) AFRIGROWTH CAPITAL PARTNERS (MAURITIUS) LIMITED, a company incorporated in the Republic of Mauritius (company number C178452) whose registered office is at Level 3, Tower 1, NeXTeracom Towers, Ebène, Mauritius (the "Investor");
(3) WANJIKU NJERI KAMAU of P.O. Box 45012-00100, Nairobi; and
(4) PETER OTIENO ODHIAMBO of P.O. Box 8831-40100, Kisumu,
(the persons named at (3) and (4) together the "Promoters").
WHEREAS:
(A) The Company has an issued share capital of KES 10,000,000 divided into 100,000 ordinary shares of KES 100 each, all of which are held by the Promoters.
(B) The Investor has agreed to subscribe for 25,000 Series A preference shares of KES 100 each in the Company (the "Subscription Shares") for an aggregate subscription price of USD 2,500,000 on the terms of this Agreement.
NOW IT IS AGREED as follows:
# 1. Subscription
1.1 Subject to the Conditions, the Investor shall subscribe for and the Company shall allot and issue the Subscription Shares to the Investor, credited as fully paid, at Completion.
# 2. Conditions
2.1 Completion is conditional on the approval of the Competition Authority of Kenya and on the adoption by the Company of the New Articles.
2.2 If the Conditions are not satisfied or waived by the Investor on or before 31 August 2026 (the "Long Stop Date"), this Agreement shall lapse, save for clauses 7 and 8.
# 3. Completion
3.1 Completion shall take place within ten (10) Business Days after the satisfaction or waiver of the last of the Conditions, when the Investor shall pay the subscription price into the Company's designated account.
# 4. Use of proceeds
4.1 The Company shall apply the subscription monies only in accordance with the Business Plan, principally for the expansion of its cold storage network in the Rift Valley.
# 5. Warranties
5.1 The Company and the Promoters jointly and severally warrant to the Investor in the terms of Schedule 2. No warranty claim may be made unless notified within eighteen (18) months after Completion.
# 6. Investor protections
6.1 For so long as the Investor holds any Subscription Shares, the Company shall deliver monthly management accounts within twenty (20) days after each month end, and the Investor may appoint one director.
6.2 The Promoters shall use their reasonable endeavours to procure an Exit within five (5) years after Completion.
# 7. Confidentiality
7.1 Each party shall keep the terms of this Agreement confidential, and this obligation shall survive for three (3) years after this Agreement ends.
# 8. Governing law and disputes
8.1 This Agreement shall be governed by and construed in accordance with the laws of Kenya.
8.2 Any dispute shall be finally resolved by arbitration in Nairobi under the Arbitration Rules of the Nairobi Centre for International Arbitration.
===
IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
| SIGNED by Wanjiku Njeri Kamau, Director, for and on behalf of SAVANNA AGRITECH LIMITED | ______________ |
| SIGNED by Anil Ramdin, Director, for and on behalf of AFRIGROWTH CAPITAL PARTNERS (MAURITIUS) LIMITED | ______________ |
| SIGNED by WANJIKU NJERI KAMAU in the presence of Advocate Mercy Achieng | ______________ |
| SIGNED by PETER OTIENO ODHIAMBO in the presence of Advocate Mercy Achieng | ______________ |`,
    truth: {
      title: "Investment Agreement",
      documentType: "Share subscription agreement",
      parties: ["Savanna Agritech Limited", "AfriGrowth Capital Partners (Mauritius) Limited", "Wanjiku Njeri Kamau", "Peter Otieno Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-05-22",
    },
  },
  {
    id: "v28-corporate-apa-british-columbia-millworks",
    format: "pdf",
    pageFooters: true,
    source: `# ASSET PURCHASE AGREEMENT
THIS AGREEMENT is dated as of the 30th day of June, 2026.
AMONG:
COASTAL CEDAR MILLWORKS LTD., a company incorporated under the laws of British Columbia (Incorporation No. BC1023456), with its office at 2250 Northfield Road, Nanaimo, British Columbia V9S 3B7
(the "Vendor")
AND:
NORTHSHORE BUILDING PRODUCTS INC., a corporation existing under the laws of Alberta, with its office at 800 5th Avenue SW, Calgary, Alberta T2P 3T6
(the "Purchaser")
AND:
GRAHAM ALISTAIR MCLEOD, businessperson, of 41 Departure Bay Road, Nanaimo, British Columbia
(the "Principal")
WHEREAS the Vendor carries on the business of manufacturing custom cedar windows and doors at Nanaimo, British Columbia (the "Business"), the Principal is the sole shareholder of the Vendor, and the Vendor wishes to sell substantially all of the assets of the Business to the Purchaser;
NOW THEREFORE in consideration of the premises and the mutual covenants in this Agreement, the parties agree as follows:
# ARTICLE 1 — INTERPRETATION
1.1 "Closing Date" means July 15, 2026, or such other date as the Vendor and the Purchaser may agree in writing.
1.2 "Premises Lease" means the lease dated September 1, 2021 between 0987654 B.C. Ltd., as landlord, and the Vendor, as tenant, of the premises at 2250 Northfield Road, Nanaimo, for a term of ten (10) years expiring on August 31, 2031.
# ARTICLE 2 — PURCHASE AND SALE
2.1 On the Closing Date the Vendor shall sell and the Purchaser shall purchase the equipment, inventory, intellectual property, customer lists and goodwill of the Business and the Vendor's interest in the Premises Lease (the "Purchased Assets").
2.2 The Purchaser shall not assume any liabilities of the Vendor other than the Assumed Liabilities listed in Schedule B.
# ARTICLE 3 — PURCHASE PRICE
3.1 The purchase price is $6,800,000, payable on the Closing Date, of which $600,000 shall be delivered to the Escrow Agent and held in escrow for fifteen (15) months after the Closing Date as security for the Vendor's indemnities.
===
# ARTICLE 4 — TRANSITIONAL SERVICES
4.1 For a period of six (6) months after the Closing Date, the Vendor shall provide the Purchaser with transitional accounting and payroll services on the terms of Schedule D.
# ARTICLE 5 — NON-COMPETITION
5.1 For five (5) years following the Closing Date, neither the Vendor nor the Principal shall carry on or be engaged in any business that competes with the Business within British Columbia or Alberta.
# ARTICLE 6 — EMPLOYEES
6.1 The Purchaser shall offer employment, effective on the Closing Date, to each Employee listed in Schedule E on terms substantially similar to those on which the Employee is currently employed.
# ARTICLE 7 — GENERAL
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of British Columbia and the federal laws of Canada applicable therein.
7.2 Time shall be of the essence of this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| COASTAL CEDAR MILLWORKS LTD. | NORTHSHORE BUILDING PRODUCTS INC. | SIGNED, SEALED AND DELIVERED by GRAHAM ALISTAIR MCLEOD |
| Per: Graham A. McLeod, President | Per: Elaine Fortier, Chief Financial Officer | Witness: Harjit Sandhu, Barrister & Solicitor |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Coastal Cedar Millworks Ltd.", "Northshore Building Products Inc.", "Graham Alistair McLeod"],
      governingLaw: "British Columbia",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v28-corporate-deed-of-variation-jersey-yachting",
    format: "docx",
    source: `# DEED OF VARIATION
relating to a shareholders' agreement dated 12 June 2021 in respect of Grève de Lecq Yachting Limited
THIS DEED is made on 9 February 2026
BETWEEN:
(1) HELIER MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 128734, whose registered office is at 44 Esplanade, St Helier, Jersey JE4 9WG ("HMH");
(2) ST AUBIN CAPITAL LIMITED, a company incorporated in Jersey with registered number 131902, whose registered office is at 3 Mulcaster Street, St Helier, Jersey JE2 3NJ ("SACL");
(3) ROZEL TRUST COMPANY LIMITED, a company incorporated in Jersey with registered number 87215, in its capacity as trustee of the Le Brocq Family Trust ("Rozel"); and
(4) GRÈVE DE LECQ YACHTING LIMITED, a company incorporated in Jersey with registered number 119406 (the "Company").
# BACKGROUND
(A) The parties entered into a shareholders' agreement dated 12 June 2021 in relation to the Company (the "Agreement"), which was expressed to continue for an initial term of ten years from its date.
(B) The parties wish to vary the Agreement on the terms of this Deed with effect from the Variation Date.
# 1. Interpretation
1.1 In this Deed, "Variation Date" means 1 March 2026. Words defined in the Agreement have the same meanings in this Deed.
# 2. Variations
2.1 With effect on and from the Variation Date, the Agreement is varied as follows:
(a) clause 5.2 (Board composition) is deleted and replaced with: "Each of HMH and SACL shall be entitled to appoint two directors, and Rozel shall be entitled to appoint one director, for so long as it holds not less than 10% of the Shares.";
(b) in clause 9.4 (Pre-emption on transfer), the words "thirty (30) days" are replaced with "forty-five (45) days"; and
(c) a new clause 11A (Drag along) is inserted in the form set out in the Schedule.
# 3. Continuation
3.1 Save as varied by this Deed, the Agreement shall continue in full force and effect, and the Agreement and this Deed shall be read and construed as one instrument.
# 4. Governing law and jurisdiction
4.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the law of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
# SCHEDULE — NEW CLAUSE 11A
11A.1 If Shareholders holding not less than 75% of the Shares (the "Dragging Shareholders") propose to transfer all their Shares to a bona fide third party purchaser, they may require all the other Shareholders to transfer their Shares to that purchaser on the same terms by giving not less than twenty (20) Business Days' written notice.
===
EXECUTED AS A DEED by the parties on the date first written above.
| Executed as a deed by HELIER MARINE HOLDINGS LIMITED acting by two directors | Paul Le Marquand / Sophie Vibert |
| Executed as a deed by ST AUBIN CAPITAL LIMITED acting by a director in the presence of a witness | Nicholas Amy; witness: Claire Renouf |
| Executed as a deed by ROZEL TRUST COMPANY LIMITED as trustee of the Le Brocq Family Trust acting by two authorised signatories | Anne Syvret / Jason Pallot |
| Executed as a deed by GRÈVE DE LECQ YACHTING LIMITED acting by two directors | Paul Le Marquand / Nicholas Amy |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Helier Marine Holdings Limited", "St Aubin Capital Limited", "Rozel Trust Company Limited", "Grève de Lecq Yachting Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v28-corporate-board-minutes-sheffield-robotics",
    format: "txt",
    source: `# MINUTES OF BOARD MEETING
NORTHGATE ROBOTICS LIMITED (Company No. 11234567) (the "Company")
Minutes of a meeting of the board of directors of the Company held at Unit 7, Sheaf Bank Business Park, Sheffield S2 3DF on Thursday 2 July 2026 at 10.00 a.m.
Present: Priya Chandrasekar (Chair); Thomas Ellery; Rebecca Osei
In attendance: Daniel Hurst (Company Secretary); Louise Marr of Fenwick Crane LLP (for item 4 only)
1. Quorum and notice
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present, and declared the meeting open.
2. Declarations of interest
Thomas Ellery declared that he is a director of and shareholder in Ellery Precision Limited, the counterparty to the proposed supply agreement in item 6, in accordance with section 177 of the Companies Act 2006. In accordance with the Articles he did not count in the quorum or vote on item 6.
3. Minutes of previous meeting
The minutes of the meeting held on 14 May 2026 were approved and signed by the Chair.
4. Series B share subscription
Louise Marr summarised the draft subscription agreement with Halden Growth Partners LLP for 1,250,000 Series B shares at £2.40 per share, including a lock-up of the founders' shares for twelve (12) months after completion. IT WAS RESOLVED that, subject to the passing of the special resolution referred to in item 7, the allotment of the Series B shares be approved and that any director be authorised to sign the subscription agreement.
5. Revolving credit facility
The Board considered a facility letter from Pennine Commercial Bank plc offering a £3,000,000 revolving credit facility for a term of three (3) years, with interest at 3.25% above the Bank's base rate. IT WAS RESOLVED that the facility be accepted and that any two directors be authorised to sign the facility letter and the accompanying debenture.
6. Supply agreement with Ellery Precision Limited
The Board reviewed the proposed agreement for the supply of machined actuator housings for a period of twenty-four (24) months from 1 August 2026. Having considered the terms, which were confirmed to be on arm's length terms, IT WAS RESOLVED (Thomas Ellery not voting) that the agreement be approved.
7. General meeting
IT WAS RESOLVED that a general meeting of the Company be convened for 27 July 2026 to consider a special resolution to disapply statutory pre-emption rights in respect of the Series B shares, and that the Company Secretary be instructed to send the notice.
8. Any other business
There being no other business, the Chair declared the meeting closed at 11.35 a.m.
Signed: Priya Chandrasekar, Chair
Date signed: 16 July 2026`,
    truth: {
      title: "Minutes of Board Meeting",
      documentType: "Other",
      parties: ["Northgate Robotics Limited"],
      effectiveDate: "2026-07-02",
    },
  },
  {
    id: "v28-corporate-confidentiality-undertaking-hong-kong",
    format: "txt",
    source: `HARBOUR PEAK CAPITAL LIMITED
Suite 3806, Two International Finance Centre, 8 Finance Street, Central, Hong Kong
STRICTLY PRIVATE AND CONFIDENTIAL
18 August 2026
The Board of Directors
Meridian Logistics Holdings Limited
28/F, Tower 1, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories, Hong Kong
Attention: Mr Raymond Cheung, Chief Financial Officer
Our ref: HPC/PF/2026-114
Dear Sirs
# Confidentiality Undertaking
We refer to our letter dated 2 August 2026 expressing our interest in a possible acquisition of the entire issued share capital of Meridian Cold Chain (HK) Limited (the "Target") from you (the "Proposed Transaction", known as "Project Falcon").
1. In consideration of your making available to us information concerning the Target and its subsidiaries (the "Confidential Information"), we undertake to keep the Confidential Information strictly confidential and to use it only for the purpose of evaluating, negotiating and completing the Proposed Transaction.
2. We may disclose Confidential Information to our directors, employees, financing banks and professional advisers who need to know it for that purpose, provided that they are informed of its confidential nature, and we shall be responsible for any breach by them.
3. For a period of twelve (12) months from the date of this letter, we shall not, without your prior written consent, solicit or employ any senior employee of the Target with whom we have had contact in connection with the Proposed Transaction.
4. On your written request, we shall within ten (10) Business Days return or destroy all documents containing Confidential Information, save to the extent we are required to retain them by law or regulation.
5. The undertakings in this letter shall continue for a period of two (2) years from the date of this letter, unless the Proposed Transaction completes earlier, in which case they shall end on completion.
6. This letter and any non-contractual obligations arising out of it are governed by the laws of the Hong Kong Special Administrative Region, and we submit to the non-exclusive jurisdiction of the courts of Hong Kong.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully
For and on behalf of HARBOUR PEAK CAPITAL LIMITED
Vivian Lau, Managing Director
Acknowledged and agreed for and on behalf of MERIDIAN LOGISTICS HOLDINGS LIMITED
Raymond Cheung, Chief Financial Officer
Date: 21 August 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Harbour Peak Capital Limited", "Meridian Logistics Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-08-18",
      expiryDate: "2028-08-18",
      term: "2 years",
    },
  },
];
