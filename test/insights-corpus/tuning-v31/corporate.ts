import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, resolutions, asset purchases, variations, deal NDAs, investment agreements. */
export const CORPORATE_V31: UnseenDocument[] = [
  {
    id: "v31-corporate-spa-leeds-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Fenwick & Hale Signs Limited
Dated 14 April 2026
(1) MARGARET ANNE FENWICK
(2) DAVID JOHN HALE
(3) BRIGHTWATER GROUP PLC
Ashdown Lyle LLP, 30 Park Square East, Leeds LS1 2NE. Ref: RJT/BRI/0447
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) MARGARET ANNE FENWICK of 4 Larch Grove, Harrogate HG2 0QT (the "First Seller");
(2) DAVID JOHN HALE of 17 Kirkgate, Otley LS21 3HN (the "Second Seller" and, together with the First Seller, the "Sellers"); and
(3) BRIGHTWATER GROUP PLC, incorporated and registered in England and Wales with company number 04417729, whose registered office is at 1 Wharf Street, Leeds LS2 7EQ (the "Buyer").
# BACKGROUND
(A) Fenwick & Hale Signs Limited is a private company limited by shares incorporated in England and Wales with company number 06231188 (the "Company").
(B) The Sellers are the legal and beneficial owners of the whole of the issued share capital of the Company and have agreed to sell, and the Buyer has agreed to buy, the Shares on the terms of this agreement.
# AGREED TERMS
1. Interpretation. In this agreement "Shares" means the 1,000 ordinary shares of £1 each in the capital of the Company, and "Completion" means completion of the sale and purchase of the Shares in accordance with clause 5.
2. Sale and purchase. Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set against that Seller's name in Schedule 1, free from all Encumbrances and with all rights attaching to them at Completion.
3. Consideration. The consideration for the Shares is £4,250,000, of which £3,500,000 shall be paid at Completion and the balance (the "Deferred Consideration") shall be paid in two equal instalments on 14 April 2027 and 14 April 2028.
4. Warranties. The Sellers give the Warranties in Schedule 2 as at the date of this agreement. No claim may be brought under the Warranties unless notified to the Sellers on or before the date falling 24 months after Completion, save that a claim under the Tax Covenant may be notified up to seven years after Completion.
5. Completion. Completion shall take place at the offices of Ashdown Lyle LLP immediately after the signing of this agreement, when the Sellers shall deliver the documents listed in Schedule 3 and the Buyer shall pay the initial consideration by electronic transfer.
6. Restrictive covenants. Neither Seller shall, for a period of three years from Completion, carry on or be interested in any business competing with the business of the Company within the United Kingdom, or solicit any customer of the Company.
7. Entire agreement. This agreement and the Disclosure Letter constitute the entire agreement between the parties relating to their subject matter.
8. Governing law and jurisdiction. This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
# SCHEDULE 1 – THE SHARES
| Seller | Number of Shares | Initial consideration |
| Margaret Anne Fenwick | 600 | £2,100,000 |
| David John Hale | 400 | £1,400,000 |
Signed by MARGARET ANNE FENWICK in the presence of: Witness signature ............ Name: Karen Whitby. Address: 9 Station Road, Harrogate. Occupation: Solicitor
Signed by DAVID JOHN HALE in the presence of: Witness signature ............ Name: Karen Whitby
Signed by OLIVER PRICE, Director, for and on behalf of BRIGHTWATER GROUP PLC ............`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Anne Fenwick", "David John Hale", "Brightwater Group PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v31-corporate-sha-jersey-trustee",
    format: "docx",
    storedPageCount: 3,
    source: `# SHAREHOLDERS' AGREEMENT
relating to Gorey Bay Marine Holdings Limited
THIS AGREEMENT is made on the 3rd day of March 2026
BETWEEN:
(1) CORBIÈRE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 88214 whose registered office is at 9 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Le Sueur Family Settlement ("Corbière");
(2) ROZEL VENTURES LIMITED, a company incorporated in Guernsey with registered number 61570 whose registered office is at Les Banques, St Peter Port, Guernsey GY1 2HT ("Rozel");
(3) THOMAS PHILIP LE SUEUR of La Maison Blanche, La Rue de la Pointe, St Ouen, Jersey JE3 2AB ("TLS"); and
(4) GOREY BAY MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 140377 whose registered office is at 9 Esplanade, St Helier, Jersey JE2 3QA (the "Company").
WHEREAS the Shareholders hold the whole of the issued share capital of the Company as set out in the Schedule and have agreed to regulate their relationship as shareholders of the Company on the terms of this Agreement.
NOW IT IS AGREED as follows:
1. Definitions. In this Agreement: "Shareholders" means Corbière, Rozel and TLS and any person who executes a Deed of Adherence; "Listing" means the admission of any Shares to trading on a recognised investment exchange; "Reserved Matters" means the matters listed in clause 4.
2. Board. Corbière and Rozel may each appoint and remove two directors of the Company. TLS shall be entitled to hold office as managing director for so long as he holds not less than 10 per cent of the Shares.
3. Business. The Company shall carry on the business of owning and operating marinas and boatyards in the Channel Islands in accordance with the Business Plan approved each year by the Board.
===
4. Reserved Matters. The Company shall not, without the prior written consent of Shareholders holding at least 75 per cent of the Shares: issue any shares; borrow more than £500,000 in aggregate; dispose of any marina; or alter its memorandum or articles of association.
5. Lock-in and transfers. No Shareholder shall transfer any Shares before the third anniversary of the date of this Agreement, save to a Permitted Transferee. Thereafter any Shareholder wishing to transfer Shares shall first offer them to the other Shareholders pro rata to their holdings.
6. Non-competition. Each Shareholder undertakes that, while it holds Shares and for eighteen months after ceasing to do so, it will not be engaged in any marina business in Jersey or Guernsey.
7. Trustee limitation. Corbière enters into this Agreement solely in its capacity as trustee of the Le Sueur Family Settlement, and its liability under this Agreement is limited to the assets of that settlement from time to time.
8. Duration. This Agreement takes effect on the date hereof and shall continue in force until terminated in accordance with this clause. It shall terminate on a Listing, on the written agreement of all the Shareholders, or when one Shareholder holds all the Shares.
9. Notices. A notice under this Agreement shall be in writing and is deemed received two Business Days after posting, or on delivery by hand.
10. Governing law. This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
# THE SCHEDULE – SHAREHOLDINGS
| Shareholder | Ordinary Shares | Percentage |
| Corbière Trustees Limited | 4,500 | 45% |
| Rozel Ventures Limited | 4,000 | 40% |
| Thomas Philip Le Sueur | 1,500 | 15% |
IN WITNESS WHEREOF the parties have signed this Agreement on the date first written above.
Signed for and on behalf of CORBIÈRE TRUSTEES LIMITED as trustee of the Le Sueur Family Settlement by Director ............
Signed for and on behalf of ROZEL VENTURES LIMITED by Director ............
Signed by THOMAS PHILIP LE SUEUR ............
Signed for and on behalf of GOREY BAY MARINE HOLDINGS LIMITED by Director ............`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Corbière Trustees Limited", "Rozel Ventures Limited", "Thomas Philip Le Sueur", "Gorey Bay Marine Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v31-corporate-ssa-singapore-key-details",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE SUBSCRIPTION AGREEMENT
# Key Details
| Item | Details |
| Agreement Date | 9 February 2026 |
| Company | Tembusu Robotics Pte. Ltd. (UEN 201934517K), a company incorporated in Singapore with its registered office at 71 Ayer Rajah Crescent, #05-12, Singapore 139951 |
| Investor | Merlion Growth Fund II, L.P., an exempted limited partnership registered in the Cayman Islands, acting by its general partner Merlion GP Pte. Ltd. |
| Subscription Shares | 1,250,000 Series A Preference Shares |
| Subscription Price | S$4.00 per Subscription Share (S$5,000,000 in aggregate) |
| Long-Stop Date | 31 March 2026 |
| Governing Law | Singapore |
The Key Details form part of this Agreement. Words defined in the Key Details have the same meanings throughout this Agreement.
===
THIS AGREEMENT is made on the Agreement Date between the Company and the Investor.
1. Subscription. Subject to the Conditions, the Investor shall subscribe for, and the Company shall allot and issue to the Investor, the Subscription Shares at the Subscription Price, credited as fully paid.
2. Conditions. Completion is conditional upon: (a) the passing of a special resolution of the shareholders of the Company adopting the New Constitution; (b) each existing shareholder waiving its pre-emption rights in respect of the Subscription Shares; and (c) the Company, the Investor and the existing shareholders executing the Shareholders' Agreement.
3. Long-Stop Date. If the Conditions are not satisfied (or waived by the Investor) on or before the Long-Stop Date, either party may terminate this Agreement by written notice to the other, without liability save in respect of antecedent breaches.
4. Completion. Completion shall take place on the fifth Business Day after the last of the Conditions is satisfied, when the Investor shall pay the aggregate Subscription Price to the Company's designated account and the Company shall enter the Investor in its electronic register of members maintained by ACRA.
5. Warranties. The Company gives the Warranties in Schedule 1 on the Agreement Date and at Completion. No claim for breach of Warranty may be made unless written notice of it is given within eighteen (18) months after Completion.
6. Use of proceeds. The Company shall apply the subscription monies solely towards product development and working capital in accordance with the Business Plan.
7. Confidentiality. Each party shall keep the terms of this Agreement confidential, and this obligation survives for three (3) years after any termination of this Agreement.
8. Governing law and dispute resolution. This Agreement is governed by the laws of Singapore. Any dispute arising out of or in connection with it shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
===
# SIGNATURES
Signed by Wong Jia Hui, Director, for and on behalf of TEMBUSU ROBOTICS PTE. LTD. ............
Signed by Rajesh Menon, Authorised Signatory, for and on behalf of MERLION GP PTE. LTD. as general partner of MERLION GROWTH FUND II, L.P. ............`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Tembusu Robotics Pte. Ltd.", "Merlion Growth Fund II, L.P."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v31-corporate-jva-texas-produced-water",
    format: "docx",
    source: `# JOINT VENTURE AGREEMENT
This Joint Venture Agreement (this "Agreement") is made and entered into as of September 15, 2026 (the "Effective Date"), by and between Permian Ridge Water Solutions, LLC, a Texas limited liability company with its principal office at 401 West Wall Street, Suite 900, Midland, Texas 79701 ("Permian"), and Caldera Membrane Technologies, Inc., a Delaware corporation with its principal office at 2200 Post Oak Boulevard, Houston, Texas 77056 ("Caldera"). Permian and Caldera are each referred to herein as a "Venturer".
# RECITALS
WHEREAS, Permian operates produced-water gathering and disposal infrastructure in the Delaware Basin; and
WHEREAS, Caldera owns proprietary ceramic membrane technology for the treatment of produced water (the "Caldera Technology"); and
WHEREAS, the Venturers desire to combine their resources to develop, construct and operate produced-water recycling facilities on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants herein, the Venturers agree as follows:
# ARTICLE 1 – FORMATION
1.1 The Venturers shall cause the formation of Basin Reclaim Partners, LLC, a Delaware limited liability company (the "JV Company"), whose internal affairs shall be governed by its Limited Liability Company Agreement and the Delaware Limited Liability Company Act.
1.2 The membership interests in the JV Company shall be held fifty-one percent (51%) by Permian and forty-nine percent (49%) by Caldera.
# ARTICLE 2 – CONTRIBUTIONS
2.1 Permian shall contribute rights-of-way, disposal well access and $12,000,000 in cash. Caldera shall contribute an exclusive license of the Caldera Technology within the Territory and $4,000,000 in cash.
2.2 Additional capital contributions shall be made only upon the unanimous approval of the Management Committee.
===
# ARTICLE 3 – MANAGEMENT
3.1 The business of the joint venture shall be managed by a Management Committee of four (4) members, two (2) appointed by each Venturer. Distributions of Available Cash shall be made within forty-five (45) days after the end of each calendar quarter.
# ARTICLE 4 – EXCLUSIVITY
4.1 During the Term and for a period of two (2) years thereafter, neither Venturer shall, directly or indirectly, engage in produced-water recycling within the Territory except through the JV Company.
# ARTICLE 5 – TERM AND TERMINATION
5.1 This Agreement shall have an initial term of five (5) years commencing on the Effective Date (the "Initial Term"). Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each (each a "Renewal Term" and, together with the Initial Term, the "Term") unless either Venturer delivers written notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.
5.2 Either Venturer may terminate this Agreement upon thirty (30) days' written notice if the other Venturer materially breaches this Agreement and fails to cure such breach within such period.
# ARTICLE 6 – MISCELLANEOUS
6.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without giving effect to any choice or conflict of law provision. Exclusive venue shall lie in the state and federal courts located in Harris County, Texas.
6.2 Survival. The confidentiality obligations of the Venturers shall survive for three (3) years following the expiration or termination of this Agreement.
IN WITNESS WHEREOF, the Venturers have executed this Agreement as of the Effective Date.
| PERMIAN RIDGE WATER SOLUTIONS, LLC | CALDERA MEMBRANE TECHNOLOGIES, INC. |
| By: Dale R. Whitfield | By: Priya Natarajan |
| Title: Managing Member | Title: Chief Executive Officer |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Permian Ridge Water Solutions, LLC", "Caldera Membrane Technologies, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-09-15",
      expiryDate: "2031-09-14",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v31-corporate-board-minutes-auckland",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE DIRECTORS OF KAURI RIDGE LIMITED
Company number 6123457
Held at Level 9, 48 Shortland Street, Auckland on Tuesday 12 May 2026 at 10.00 am
Present: Aroha Ngata (Chair), Michael Brennan, Sunita Rao
In attendance: Helen Cho (Company Secretary); Liam Foster, Pohutukawa Legal (item 3 only)
1. Quorum and notice
The Chair noted that notice of the meeting had been given to all directors and that a quorum was present. The meeting was declared open.
2. Disclosure of interests
Michael Brennan disclosed that he is a director of Tāmaki Storage Limited and that his interest had been entered in the interests register under section 140 of the Companies Act 1993. He took no part in the discussion of or vote on item 3.
3. Proposed acquisition of Tāmaki Storage Limited
Mr Foster summarised the draft agreement for sale and purchase of shares between the Company and the shareholders of Tāmaki Storage Limited for a purchase price of NZ$2,100,000. The agreement is governed by New Zealand law, allows warranty claims for 24 months after settlement and restrains the vendors for 3 years. Settlement is scheduled for 30 June 2026.
RESOLVED that the Company enter into the agreement substantially in the form tabled, and that any two directors be authorised to sign it on behalf of the Company.
4. Penrose warehouse lease
The Board noted that the current lease of the Penrose warehouse expires on 31 July 2026. RESOLVED that the Company exercise its right of renewal for a further term of six years from 1 August 2026, and that the Company Secretary give notice of exercise to the landlord before 30 May 2026.
5. Dividend
RESOLVED that a fully imputed dividend of NZ$0.05 per share be paid on 29 May 2026 to shareholders on the register at 5.00 pm on 22 May 2026. Each director who voted in favour signed a certificate that, in his or her opinion, the Company will, immediately after the distribution, satisfy the solvency test.
6. Close
There being no further business, the meeting closed at 11.20 am.
Signed as a correct record:
Aroha Ngata, Chair
Date: 9 June 2026`,
    truth: {
      title: "Minutes of a Meeting of the Directors of Kauri Ridge Limited",
      documentType: "Other",
      parties: ["Kauri Ridge Limited"],
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v31-corporate-deal-nda-letter-dublin",
    format: "txt",
    source: `SHANNONSIDE CAPITAL PARTNERS DAC
2 Grand Canal Quay, Dublin 2, D02 A342 | Registered in Ireland No. 612845
20 January 2026
Private & Confidential – By email
The Board of Directors
Glenveagh Precision Engineering Limited
Unit 4, Letterkenny Business Park, Letterkenny, Co. Donegal F92 X2Y7
Our ref: SCP/KES/014 (Project Kestrel)
Dear Directors
# Confidentiality Undertaking
In consideration of your agreeing to make available to us information relating to Glenveagh Precision Engineering Limited (the "Company") and its subsidiaries in connection with our possible acquisition of the entire issued share capital of the Company (the "Proposed Transaction"), we undertake to you as follows.
1. "Confidential Information" means all information concerning the Company, its business or the Proposed Transaction that is disclosed to us or our advisers, whether before or after the date of this letter, in any form, including the contents of the virtual data room.
2. We shall keep the Confidential Information strictly confidential, use it solely to evaluate, negotiate and complete the Proposed Transaction, and not disclose it to any person other than our directors, employees, financing banks and professional advisers who need to know it and are told of its confidential nature.
3. For a period of 12 months from the date of this letter we shall not, directly or indirectly, solicit or employ any senior employee of the Company with whom we have had contact in connection with the Proposed Transaction.
4. Within 10 Business Days of your written request we shall return or destroy all Confidential Information, save as required to be retained by law or regulation.
5. Nothing in this letter obliges either of us to proceed with the Proposed Transaction, and no contract for the Proposed Transaction will exist unless and until a definitive share purchase agreement is signed.
6. Save as otherwise stated, the obligations in this letter shall continue for a period of two years from the date of this letter.
7. This letter and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
Please acknowledge your agreement by countersigning and returning a copy of this letter.
Yours faithfully
Niamh O'Rourke, Partner, for and on behalf of Shannonside Capital Partners DAC
We acknowledge and agree to the terms of this letter.
Signed: Declan McGettigan, Director, for and on behalf of Glenveagh Precision Engineering Limited
Date: 23 January 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Shannonside Capital Partners DAC", "Glenveagh Precision Engineering Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-20",
      expiryDate: "2028-01-20",
      term: "2 years",
    },
  },
  {
    id: "v31-corporate-sale-of-business-gauteng",
    format: "pdf",
    pdfMargin: 90,
    source: `# SALE OF BUSINESS AGREEMENT
entered into by and between
HIGHVELD PACKAGING (PTY) LTD (Registration number 2009/018744/07) ("the Seller")
and
UMHLANGA FLEXIBLES (PTY) LTD (Registration number 2017/402211/07) ("the Purchaser")
===
# 1. INTERPRETATION
1.1 "Business" means the flexible packaging printing business conducted by the Seller under the name "Highveld Print & Pack" from the Premises at 22 Electron Avenue, Isando, Kempton Park, as a going concern.
1.2 "Effective Date" means 1 September 2026, notwithstanding the Signature Date.
1.3 "Signature Date" means the date of signature of this Agreement by the Party signing last in time.
1.4 "Purchase Price" means R38 500 000 (thirty-eight million five hundred thousand rand), exclusive of VAT.
# 2. SALE
2.1 The Seller sells to the Purchaser, who purchases, the Business as a going concern, including its plant, stock, debtors, goodwill and the benefit of its contracts, with effect from the Effective Date.
2.2 This Agreement is subject to the suspensive condition that the Purchaser obtains the approval of its funders by no later than 15 August 2026, or such later date as the Parties may agree in writing.
# 3. PURCHASE PRICE
3.1 R30 000 000 shall be paid on the Effective Date into the trust account of Mokoena Pillay Attorneys, and the balance of R8 500 000 shall be held by them in escrow for 12 (twelve) months after the Effective Date as security for the Seller's warranties.
3.2 The Parties record that the sale is of an enterprise as a going concern and is zero-rated in terms of section 11(1)(e) of the Value-Added Tax Act 89 of 1991.
# 4. EMPLOYEES AND PREMISES
4.1 The employees of the Business shall transfer to the Purchaser in terms of section 197 of the Labour Relations Act 66 of 1995 on the Effective Date.
4.2 The Seller shall cede to the Purchaser its rights under the lease of the Premises, which has an unexpired term ending on 31 January 2030, subject to the consent of the landlord.
# 5. RESTRAINT AND WARRANTIES
5.1 The Seller shall not, for a period of 3 (three) years from the Effective Date, be concerned in any packaging business within the provinces of Gauteng and KwaZulu-Natal.
5.2 The Seller's warranties in Annexure B shall survive for 18 (eighteen) months after the Effective Date.
# 6. GENERAL
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of South Africa.
6.2 The Parties choose as their domicilium citandi et executandi the addresses set out in Annexure A.
===
SIGNED at Johannesburg on this 4th day of August 2026.
For: HIGHVELD PACKAGING (PTY) LTD ............ Name: Johan van der Merwe, Director, who warrants that he is duly authorised
SIGNED at Durban on this 6th day of August 2026.
For: UMHLANGA FLEXIBLES (PTY) LTD ............ Name: Thandiwe Dlamini, Director, who warrants that she is duly authorised`,
    truth: {
      title: "Sale of Business Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Highveld Packaging (Pty) Ltd", "Umhlanga Flexibles (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-09-01",
    },
  },
  {
    id: "v31-corporate-deed-of-variation-hk-earnout",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to a Share Purchase Agreement dated 2 June 2025
THIS DEED is made on 30 June 2026
BETWEEN:
(1) LOTUS HARBOUR INVESTMENTS LIMITED, a company incorporated in Hong Kong (company number 2684417) whose registered office is at 18/F, Two Chinachem Central, 26 Des Voeux Road Central, Hong Kong (the "Seller");
(2) KOWLOON BAY LOGISTICS HOLDINGS LIMITED, a BVI business company incorporated in the British Virgin Islands (company number 1987325) whose principal place of business in Hong Kong is at 9/F, Enterprise Square Three, 39 Wang Chiu Road, Kowloon Bay (the "Purchaser"); and
(3) CHAN WAI MAN (holder of Hong Kong Identity Card No. K123456(7)) of Flat 12B, Tower 2, The Belcher's, 89 Pok Fu Lam Road, Hong Kong (the "Guarantor").
# RECITALS
(A) The parties entered into a share purchase agreement dated 2 June 2025 (the "Agreement") relating to the sale and purchase of the entire issued share capital of Tsing Yi Cold Chain Limited (the "Target").
(B) Under the Agreement, the Earn-out Consideration is calculated by reference to the audited EBITDA of the Target for an Earn-out Period of 24 months starting on 1 July 2025, and is payable on 30 September 2027.
(C) The parties wish to vary the Agreement as set out in this Deed.
# IT IS AGREED as follows:
1. Definitions. In this Deed, "Variation Effective Date" means 1 July 2026. Terms defined in the Agreement have the same meanings in this Deed.
2. Variations. With effect on and from the Variation Effective Date, the Agreement is varied as follows:
2.1 the definition of "Earn-out Period" in clause 1.1 is deleted and replaced with: ""Earn-out Period" means the period of 36 months starting on 1 July 2025";
2.2 in clause 4.3, the words "30 September 2027" are deleted and replaced with "30 September 2028"; and
2.3 in clause 4.5, the cap on the Earn-out Consideration of HK$40,000,000 is increased to HK$55,000,000.
3. Guarantee. The Guarantor confirms that his guarantee in clause 12 of the Agreement extends to the obligations of the Seller under the Agreement as varied by this Deed.
4. Confirmation. Save as varied by this Deed, the Agreement remains in full force and effect, and the Agreement and this Deed shall be read and construed as one document.
===
5. Costs. Each party shall bear its own costs in connection with the negotiation and execution of this Deed.
6. Counterparts. This Deed may be executed in any number of counterparts, each of which is an original.
7. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
The COMMON SEAL of LOTUS HARBOUR INVESTMENTS LIMITED was affixed in the presence of: Leung Ka Yan, Director ............
EXECUTED as a DEED by KOWLOON BAY LOGISTICS HOLDINGS LIMITED acting by Ho Siu Fung, Director ............
SIGNED, SEALED and DELIVERED by CHAN WAI MAN in the presence of: Witness Wong Mei Ling, Solicitor, Hong Kong SAR ............`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lotus Harbour Investments Limited", "Kowloon Bay Logistics Holdings Limited", "Chan Wai Man"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      amends: "Share Purchase Agreement",
    },
  },
];
