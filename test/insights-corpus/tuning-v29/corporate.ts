import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, resolutions, asset purchases, variations, deal NDAs, investment agreements. */
export const CORPORATE_V29: UnseenDocument[] = [
  {
    id: "v29-corporate-scottish-spa-boatbuilders",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
among
JOHN ALASDAIR MACLEOD and FIONA ISOBEL MACLEOD
as Sellers
and
CLYDE MARINE HOLDINGS LIMITED
as Buyer
relating to the entire issued share capital of Kyle Boatbuilders Limited
===
# SHARE PURCHASE AGREEMENT
among
(1) JOHN ALASDAIR MACLEOD, residing at 4 Harbour Row, Ullapool IV26 2XA ("the First Seller");
(2) FIONA ISOBEL MACLEOD, residing at 4 Harbour Row, Ullapool IV26 2XA ("the Second Seller" and, together with the First Seller, "the Sellers"); and
(3) CLYDE MARINE HOLDINGS LIMITED, a company incorporated in Scotland (registered number SC612345) and having its registered office at 200 St Vincent Street, Glasgow G2 5RQ ("the Buyer").
# WHEREAS
(A) Kyle Boatbuilders Limited (registered number SC287761) ("the Company") is a private company limited by shares incorporated in Scotland.
(B) The Sellers are the legal and beneficial owners of the whole issued share capital of the Company and have agreed to sell the Shares to the Buyer on the terms of this Agreement.
# NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Definitions
In this Agreement: "Completion" means completion of the sale and purchase of the Shares under Clause 4; "Completion Date" means 30 April 2026 or such other date as the Sellers and the Buyer agree in writing; and "Shares" means the 1,000 ordinary shares of £1 each in the capital of the Company.
# 2. Sale and Purchase
2.1 The Sellers shall sell and the Buyer shall purchase the Shares with absolute warrandice for a total price of £3,400,000 (the "Consideration").
2.2 Of the Consideration, £400,000 shall be paid into an escrow account with the Buyer's solicitors and held there for eighteen (18) months after the Completion Date as security for claims under this Agreement.
# 3. Warranties
3.1 The Sellers jointly and severally warrant to the Buyer in the terms of Schedule 2.
3.2 No claim may be brought under the Warranties unless written notice of it is given to the Sellers within twenty-four (24) months after the Completion Date or, in the case of the Tax Warranties, within six (6) years after the Completion Date.
# 4. Completion
Completion shall take place at the Glasgow offices of the Buyer's solicitors on the Completion Date, when the Sellers shall deliver the items listed in Schedule 3.
# 5. Restrictive Covenants
Neither Seller shall, for a period of three (3) years from Completion, carry on or be concerned or interested in any business of building, refitting or repairing commercial vessels in Scotland.
# 6. Governing Law and Jurisdiction
This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding pages, together with the Schedules annexed, are executed as follows:
| Subscribed by JOHN ALASDAIR MACLEOD | at Inverness on 14 April 2026 | before this witness: Morag Ross, Solicitor, 9 Union Street, Inverness |
| Subscribed by FIONA ISOBEL MACLEOD | at Inverness on 14 April 2026 | before this witness: Morag Ross, Solicitor, 9 Union Street, Inverness |
| Subscribed for and on behalf of CLYDE MARINE HOLDINGS LIMITED by Euan Drummond, Director | at Glasgow on 14 April 2026 | before this witness: Kirsty Lang, Trainee Solicitor, Glasgow |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["John Alasdair Macleod", "Fiona Isobel Macleod", "Clyde Marine Holdings Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v29-corporate-singapore-sha-vertical-farming",
    format: "pdf",
    pdfMargin: 84,
    source: `# SHAREHOLDERS' AGREEMENT
THIS AGREEMENT is made on 2 March 2026
BETWEEN:
(1) MERLION AGRITECH PTE. LTD. (UEN 202312345K), a company incorporated in Singapore with its registered office at 10 Anson Road, #22-05 International Plaza, Singapore 079903 ("Merlion");
(2) SAKURA GREEN INVESTMENTS K.K., a company incorporated in Japan with its registered office at 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan ("Sakura");
(3) TAN WEI MING (NRIC No. S7712345D), of 55 Jalan Kemuning, Singapore 769771 ("Mr Tan"); and
(4) VERTIFARM ASIA PTE. LTD. (UEN 202498765M), a company incorporated in Singapore with its registered office at 10 Anson Road, #22-05 International Plaza, Singapore 079903 (the "Company").
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
“Effective Date” means 16 March 2026, being the date on which the Subscription Shares are allotted and issued to Sakura under the Subscription Agreement;
“Lock-in Period” means the period of thirty-six (36) months commencing on the Effective Date;
“Shareholders” means Merlion, Sakura and Mr Tan and any person who accedes to this Agreement by executing a Deed of Adherence;
“Subscription Agreement” means the subscription agreement dated 2 March 2026 between the Company and Sakura.
# 2. COMMENCEMENT AND DURATION
2.1 Save for this Clause 2 and Clauses 19 and 20, which take effect on signing, this Agreement shall take effect on the Effective Date and shall continue in full force and effect until terminated in accordance with Clause 14.
# 3. THE BOARD
3.1 The Board shall comprise not more than five (5) Directors. Merlion and Sakura may each appoint and remove two (2) Directors, and Mr Tan shall be entitled to hold office as a Director for so long as he holds not less than ten per cent (10%) of the Shares.
3.2 The quorum for Board meetings shall be three (3) Directors, including at least one Merlion Director and one Sakura Director.
# 4. RESERVED MATTERS
4.1 The Company shall not, and the Shareholders shall procure that the Company shall not, take any action listed in Schedule 2 without the prior written approval of Shareholders holding at least seventy-five per cent (75%) of the Shares.
# 5. TRANSFER OF SHARES
5.1 No Shareholder shall transfer any Shares during the Lock-in Period, save to an Affiliate which first executes a Deed of Adherence.
5.2 After the Lock-in Period, any transfer of Shares shall be subject to the pre-emption rights in Clause 6 and the tag-along and drag-along rights in Clauses 7 and 8.
# 9. NON-COMPETITION
9.1 Each Shareholder undertakes that, while it is a Shareholder and for twelve (12) months after it ceases to be one, it shall not carry on any vertical farming business in Singapore or Malaysia in competition with the Company.
# 14. TERMINATION
14.1 This Agreement shall terminate on the earliest of: (a) one Shareholder (together with its Affiliates) holding all the Shares; (b) a Listing; and (c) the written agreement of all the Shareholders.
14.2 A Shareholder who ceases to hold Shares ceases to be bound by this Agreement, save for Clauses 9, 17 (Confidentiality) and 20.
# 20. GOVERNING LAW AND DISPUTE RESOLUTION
20.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore.
20.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Singapore administered by the Singapore International Arbitration Centre in accordance with the SIAC Rules for the time being in force.
IN WITNESS WHEREOF this Agreement has been entered into on the date stated at the beginning.
| Signed by Lim Hui Ling, Director, for and on behalf of MERLION AGRITECH PTE. LTD. | Signed by Kenji Watanabe, Representative Director, for and on behalf of SAKURA GREEN INVESTMENTS K.K. |
| Signed by TAN WEI MING | Signed by Tan Wei Ming, Director, for and on behalf of VERTIFARM ASIA PTE. LTD. |`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Merlion Agritech Pte. Ltd.", "Sakura Green Investments K.K.", "Tan Wei Ming", "Vertifarm Asia Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-16",
      term: "Until terminated",
    },
  },
  {
    id: "v29-corporate-jersey-board-minutes-acquisition",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
HARBOURLINE HOLDINGS LIMITED (the "Company"), a company incorporated in Jersey with registered number 118842
Held at 44 Esplanade, St Helier, Jersey JE4 9WG on Monday, 9 February 2026 at 10.00 a.m.
| Present | Marguerite Le Brocq (Chair) |
|  | Thomas Gallichan |
|  | Nadia Osei (by video link from London) |
| In attendance | Philip Renouf, for and on behalf of Ocean Fiduciary Services (Jersey) Limited, Company Secretary |
|  | Charlotte Vibert, Ogden Le Maistre LLP (items 3 and 4 only) |
# 1. Chair, notice and quorum
1.1 Marguerite Le Brocq took the chair. The Chair noted that due notice of the meeting had been given to all the directors and that a quorum was present in accordance with the Company's articles of association, a majority of the directors present being physically in Jersey.
# 2. Declarations of interest
2.1 Thomas Gallichan declared that he is a designated member of Breakwater Capital LLP, the proposed seller under item 3. The Chair noted that article 21 permits an interested director to be counted in the quorum and to vote, provided the interest has been declared.
# 3. Proposed acquisition of Saltire Ferries Limited
3.1 The meeting considered the final form share purchase agreement (the "SPA") between the Company, as buyer, and Breakwater Capital LLP, as seller, for the acquisition of the entire issued share capital of Saltire Ferries Limited for £18,750,000.
3.2 Ms Vibert summarised the key terms of the SPA: it is governed by English law; warranty claims may be notified for up to twenty-four (24) months after completion; the seller gives a non-compete covenant for three (3) years; and completion is scheduled for 27 February 2026.
3.3 The directors considered whether entry into the SPA would promote the success of the Company and was in its corporate interest, having regard to the Company's strategy of consolidating inter-island ferry operators.
3.4 IT WAS RESOLVED that the SPA be approved and that any one director be authorised to execute it, and any ancillary documents, on behalf of the Company.
# 4. Acquisition financing
4.1 The meeting considered a facility agreement with Channel Islands Bank plc for a £12,000,000 term loan, repayable five (5) years after the date of first utilisation, with interest at SONIA plus 3.10% per annum, together with a share charge over the shares in Saltire Ferries Limited to be governed by Jersey law.
4.2 IT WAS RESOLVED that the facility agreement and the share charge be approved and that any two directors, or one director and the Company Secretary, be authorised to sign them.
# 5. Any other business
5.1 There being no other business, the Chair declared the meeting closed at 11.15 a.m.
..................................................
Marguerite Le Brocq
Chair`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Harbourline Holdings Limited"],
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v29-corporate-texas-water-recycling-jv",
    format: "docx",
    storedPageCount: 3,
    source: `# JOINT VENTURE AGREEMENT
This Joint Venture Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and between Permian Basin Water Solutions, LLC, a Texas limited liability company ("PBWS"), and Alamo Midstream Partners, Inc., a Delaware corporation ("Alamo"). PBWS and Alamo are each referred to as a "Venturer" and together as the "Venturers."
# RECITALS
WHEREAS, PBWS owns and operates produced-water recycling facilities in Reeves County, Texas;
WHEREAS, Alamo owns and operates produced-water gathering pipelines in Reeves and Ward Counties, Texas; and
WHEREAS, the Venturers desire to combine those assets to provide recycled water to oil and gas operators within the area described in Exhibit A (the "Area of Mutual Interest").
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Venturers agree as follows:
# ARTICLE 1 – FORMATION AND PURPOSE
1.1 The Venturers hereby form a contractual joint venture under the name "Reeves Water Recycling JV" (the "Venture") for the purpose of gathering, treating and selling recycled produced water within the Area of Mutual Interest.
1.2 Nothing in this Agreement shall be deemed to create a partnership, corporation or other legal entity, and no Venturer shall have authority to bind the other except as expressly provided herein.
# ARTICLE 2 – CONTRIBUTIONS AND SHARING RATIOS
2.1 PBWS shall contribute the use of its Pecos recycling facility, and Alamo shall contribute Twelve Million Five Hundred Thousand Dollars ($12,500,000) in cash, payable in three equal installments within thirty (30) days after the Effective Date and after each of its first and second anniversaries.
2.2 Net revenues and costs of the Venture shall be shared fifty-five percent (55%) to PBWS and forty-five percent (45%) to Alamo.
===
# ARTICLE 3 – MANAGEMENT
3.1 The Venture shall be managed by a Management Committee of four (4) members, two (2) appointed by each Venturer. Decisions require the affirmative vote of at least one member appointed by each Venturer.
3.2 PBWS shall act as operator of the Venture and shall deliver monthly operating reports within fifteen (15) days after the end of each calendar month.
# ARTICLE 4 – TERM
4.1 The term of this Agreement shall commence on the Effective Date and shall continue for a period of five (5) years (the "Initial Term").
4.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either Venturer delivers written notice of non-renewal to the other at least one hundred eighty (180) days before the end of the then-current term.
# ARTICLE 5 – EXCLUSIVITY AND NON-COMPETITION
5.1 During the term of this Agreement and for two (2) years thereafter, neither Venturer shall, directly or through an affiliate, gather, treat or sell produced water within the Area of Mutual Interest other than through the Venture.
# ARTICLE 6 – CONFIDENTIALITY
6.1 Each Venturer shall hold the other's Confidential Information in confidence, and such obligations shall survive for three (3) years following the expiration or termination of this Agreement.
# ARTICLE 7 – GOVERNING LAW; VENUE
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Exclusive venue for any action hereunder shall lie in the state or federal courts located in Harris County, Texas.
===
IN WITNESS WHEREOF, the Venturers have executed this Agreement as of the Effective Date.
| PERMIAN BASIN WATER SOLUTIONS, LLC | ALAMO MIDSTREAM PARTNERS, INC. |
| By: ______________________ | By: ______________________ |
| Name: Dale R. Whitaker | Name: Priya Raman |
| Title: Managing Member | Title: Chief Executive Officer |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Permian Basin Water Solutions, LLC", "Alamo Midstream Partners, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-02",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v29-corporate-irish-deed-of-variation-sha",
    format: "docx",
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 1 June 2022 in respect of Westward Seafoods Limited
THIS DEED is made on the 20th day of May 2026
BETWEEN:
(1) CORRIB FOODS HOLDINGS LIMITED, a company incorporated in Ireland with registered number 612233, having its registered office at Unit 4, Galway Business Park, Dangan, Galway, H91 P2DK ("Corrib");
(2) ATLANTIC GROWTH FUND II DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 655120, acting by its investment manager Shannon Capital Management Limited ("AGF");
(3) SIOBHÁN NÍ BHRIAIN of 12 Taylor's Hill, Galway, H91 X4C2 ("Ms Ní Bhriain"); and
(4) WESTWARD SEAFOODS LIMITED, a company incorporated in Ireland with registered number 498812, having its registered office at The Docks, Galway, H91 D2W5 (the "Company").
# RECITALS
(A) The parties are party to a shareholders' agreement dated 1 June 2022 in respect of the Company (the "Shareholders' Agreement"), which is expressed to continue for an initial term of ten (10) years from its date.
(B) Following the subscription by AGF for 250,000 additional A Ordinary Shares, the parties wish to vary the Shareholders' Agreement on the terms of this Deed.
# 1. INTERPRETATION
1.1 Words and expressions defined in the Shareholders' Agreement have the same meanings in this Deed.
1.2 In this Deed, "Variation Effective Date" means 1 June 2026.
# 2. VARIATIONS
2.1 With effect on and from the Variation Effective Date, the Shareholders' Agreement is varied as follows:
(a) in clause 5.1, the words "four (4) Directors" are replaced with "five (5) Directors", and AGF shall be entitled to appoint and remove two (2) Directors;
(b) in clause 11.3 (Drag-Along), the words "seventy-five per cent (75%)" are replaced with "sixty-six per cent (66%)"; and
(c) in clause 14.2 (Non-Solicitation), the restricted period of twelve (12) months is replaced with a restricted period of eighteen (18) months after a Shareholder ceases to hold Shares.
# 3. CONTINUATION
3.1 Save as varied by this Deed, the Shareholders' Agreement shall continue in full force and effect, and the Shareholders' Agreement and this Deed shall be read and construed as one instrument.
# 4. GOVERNING LAW AND JURISDICTION
4.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
IN WITNESS whereof the parties have executed and delivered this Deed on the date first written above.
| PRESENT when the common seal of CORRIB FOODS HOLDINGS LIMITED was affixed hereto: | Director: Declan Fahy | Secretary: Úna Keane |
| PRESENT when the common seal of ATLANTIC GROWTH FUND II DESIGNATED ACTIVITY COMPANY was affixed hereto: | Director: Robert Quinlan | Director: Aoife Brennan |
| SIGNED, SEALED AND DELIVERED by SIOBHÁN NÍ BHRIAIN in the presence of: | Witness: Ciarán Walsh, Solicitor, Galway | |
| PRESENT when the common seal of WESTWARD SEAFOODS LIMITED was affixed hereto: | Director: Siobhán Ní Bhriain | Secretary: Úna Keane |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Corrib Foods Holdings Limited", "Atlantic Growth Fund II Designated Activity Company", "Siobhán Ní Bhriain", "Westward Seafoods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v29-corporate-ontario-dental-lab-apa",
    format: "docx",
    storedPageCount: 3,
    source: `# ASSET PURCHASE AGREEMENT
MAPLE RIDGE DENTAL LABORATORIES INC. (as Vendor)
- and -
NORTHSHORE DENTAL GROUP LTD. (as Purchaser)
- and -
DR. HELEN KOWALCZYK (as Principal)
Dated as of the 30th day of January, 2026
===
# ASSET PURCHASE AGREEMENT
THIS AGREEMENT is made as of the 30th day of January, 2026.
AMONG: MAPLE RIDGE DENTAL LABORATORIES INC., a corporation existing under the laws of the Province of Ontario (the "Vendor")
AND: NORTHSHORE DENTAL GROUP LTD., a corporation existing under the laws of Canada (the "Purchaser")
AND: HELEN KOWALCZYK, an individual residing in the City of Mississauga, in the Province of Ontario (the "Principal")
WHEREAS the Vendor carries on the business of designing and manufacturing dental prostheses from premises at 2250 Dundas Street West, Mississauga, Ontario (the "Business"), and the Principal is the sole shareholder of the Vendor;
AND WHEREAS the Vendor wishes to sell and the Purchaser wishes to purchase substantially all of the assets used in the Business, on the terms of this Agreement;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 – INTERPRETATION
1.1 "Closing Date" means March 2, 2026, or such other date as the parties may agree in writing.
1.2 "Lease" means the lease of the premises dated June 1, 2021 between 1894512 Ontario Limited, as landlord, and the Vendor, as tenant, for a term of ten (10) years expiring on May 31, 2031.
1.3 "Purchased Assets" means the equipment, inventory, goodwill, customer lists, intellectual property, the Vendor's interest in the Lease and the Assigned Contracts, but excludes cash and accounts receivable.
# ARTICLE 2 – PURCHASE AND SALE
2.1 The purchase price for the Purchased Assets is $2,150,000, of which $215,000 shall be held back in trust by the Purchaser's solicitors for twelve (12) months after the Closing Date as security for claims for indemnification.
2.2 The balance of the purchase price shall be paid on the Closing Date by wire transfer, subject to the adjustments in Schedule B.
===
# ARTICLE 3 – REPRESENTATIONS AND WARRANTIES
3.1 The representations and warranties of the Vendor and the Principal shall survive the closing for a period of twenty-four (24) months after the Closing Date.
# ARTICLE 4 – EMPLOYEES
4.1 The Purchaser shall offer employment, effective on the Closing Date, to each employee of the Business on terms substantially similar in the aggregate to those now in effect.
# ARTICLE 5 – NON-COMPETITION
5.1 For a period of five (5) years following the Closing Date, neither the Vendor nor the Principal shall carry on a dental laboratory business within a radius of 100 kilometres of the premises.
# ARTICLE 6 – TRANSITION
6.1 The Principal shall provide transition consulting services to the Purchaser for ninety (90) days after the Closing Date at no additional charge.
# ARTICLE 7 – GENERAL
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7.2 Time shall be of the essence of this Agreement. This Agreement may be executed in counterparts and delivered electronically.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| MAPLE RIDGE DENTAL LABORATORIES INC. | Per: Helen Kowalczyk, President | I have authority to bind the corporation. |
| NORTHSHORE DENTAL GROUP LTD. | Per: Raymond Okafor, Chief Executive Officer | I have authority to bind the corporation. |
| SIGNED, SEALED AND DELIVERED in the presence of Ana Souza, Witness | HELEN KOWALCZYK | |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Maple Ridge Dental Laboratories Inc.", "Northshore Dental Group Ltd.", "Helen Kowalczyk"],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-30",
    },
  },
  {
    id: "v29-corporate-difc-bidder-confidentiality-letter",
    format: "txt",
    source: `AL NOOR CAPITAL PARTNERS LIMITED
Level 9, Gate Village Building 4, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
Regulated by the Dubai Financial Services Authority
11 March 2026
STRICTLY PRIVATE AND CONFIDENTIAL
The Board of Directors
Gulfstar Logistics Holdings Ltd
Unit 1204, Index Tower, DIFC, Dubai, United Arab Emirates
Attention: Mr Khalid Al Mansoori, Chairman
Our ref: ANC/PK/0311 – Project Kestrel
# Confidentiality Undertaking
Dear Sirs,
Further to your letter of 24 February 2026 inviting us to take part in the sale process for Gulfstar Logistics Holdings Ltd and its subsidiaries (the "Group"), and in consideration of your making Confidential Information available to us in connection with our possible acquisition of the entire issued share capital of the Group (the "Proposed Transaction"), we undertake to you as follows.
1. We shall keep all Confidential Information strictly confidential, use it solely to evaluate, negotiate and complete the Proposed Transaction, and disclose it only to our directors, employees, financing sources and professional advisers who need to know it and who are bound by duties of confidentiality.
2. "Confidential Information" means all information concerning the Group provided to us or our advisers, whether before or after the date of this letter, including the contents of the virtual data room, but excluding information that is or becomes public other than through our breach.
3. For twelve (12) months from the date of this letter we shall not, without your prior written consent, solicit or employ any employee of the Group at management level with whom we have had contact in connection with the Proposed Transaction.
4. On your written request we shall, within ten (10) Business Days, return or destroy all Confidential Information and confirm in writing that we have done so.
5. Nothing in this letter obliges either of us to proceed with the Proposed Transaction, and no contract for the Proposed Transaction shall exist until a definitive agreement is signed.
6. This letter shall expire, and our obligations under it shall cease, two (2) years from the date of this letter.
7. This letter and any non-contractual obligations arising from it are governed by the laws of the Dubai International Financial Centre, and the courts of the Dubai International Financial Centre shall have exclusive jurisdiction.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours faithfully,
Rashid Hamdan
Managing Director
for and on behalf of Al Noor Capital Partners Limited
We acknowledge and agree to the terms of this letter.
Khalid Al Mansoori, Chairman, for and on behalf of Gulfstar Logistics Holdings Ltd
Date: 13 March 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Al Noor Capital Partners Limited", "Gulfstar Logistics Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-11",
      expiryDate: "2028-03-11",
      term: "2 years",
    },
  },
  {
    id: "v29-corporate-nz-series-a-investment-agreement",
    format: "txt",
    source: `# INVESTMENT AGREEMENT
# Key Details
| Date | 17 February 2026 |
| Company | Kōwhai Robotics Limited (company number 8123456), Level 3, 16 Viaduct Harbour Avenue, Auckland 1010 |
| Lead Investor | Tui Ventures Fund I Limited Partnership (registration number 3345671), acting by its general partner Tui Ventures GP Limited |
| Co-Investor | Manuka Nominees Limited as trustee of the Harakeke Family Trust |
| Founder | Aroha Ngata, of 8 Kauri Road, Devonport, Auckland 0624 |
| Subscription Shares | 2,400,000 Series A preference shares at NZ$1.25 each |
| Subscription Amount | NZ$3,000,000 (Lead Investor NZ$2,500,000; Co-Investor NZ$500,000) |
| Completion Date | 3 March 2026, or another date agreed by the Company and the Lead Investor |
The parties agree as follows:
# 1. Subscription
1.1 On the Completion Date each Investor shall subscribe for, and the Company shall issue to it, the Subscription Shares set out against its name in Schedule 1, credited as fully paid, against payment of its share of the Subscription Amount.
# 2. Conditions
2.1 Completion is conditional on a special resolution of the shareholders adopting the new constitution in Schedule 3 and on every existing shareholder waiving its pre-emptive rights.
2.2 If the conditions are not satisfied by 31 March 2026, either Investor may terminate this agreement by notice to the Company.
# 3. Warranties
3.1 The Company and the Founder give the Warranties in Schedule 2 on the date of this agreement and on the Completion Date.
3.2 No claim may be made under the Warranties unless notice of the claim is given within 24 months after the Completion Date.
# 4. Use of funds
4.1 The Company shall use the Subscription Amount for product development and international expansion in accordance with the business plan approved by the Lead Investor.
# 5. Founder commitments
5.1 The Founder shall remain employed by the Company full-time for at least 36 months after the Completion Date and, for 18 months after ceasing to be employed, shall not compete with the Company in New Zealand or Australia.
# 6. Information rights
6.1 For so long as the Lead Investor holds at least 5% of the shares, the Company shall deliver monthly management accounts within 20 working days after the end of each month.
# 7. General
7.1 This agreement is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed by Kōwhai Robotics Limited by Aroha Ngata, Director, and Hemi Walker, Director
Signed by Tui Ventures Fund I Limited Partnership by its general partner Tui Ventures GP Limited, by Sarah Lindqvist, Director
Signed by Manuka Nominees Limited as trustee of the Harakeke Family Trust, by Graeme Hollis, Director
Signed by Aroha Ngata, witnessed by Mere Tawhiri, Solicitor, Auckland`,
    truth: {
      title: "Investment Agreement",
      documentType: "Share subscription agreement",
      parties: ["Kōwhai Robotics Limited", "Tui Ventures Fund I Limited Partnership", "Manuka Nominees Limited", "Aroha Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-02-17",
    },
  },
];
