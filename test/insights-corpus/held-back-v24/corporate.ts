import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: corporate documents (share purchases, subscriptions, shareholders' and JV agreements, minutes, resolutions, asset purchases, variations). */
export const CORPORATE_V24: UnseenDocument[] = [
  {
    id: "v24-corporate-spa-singapore-family-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) TAN WEI MING (NRIC No. S7812345D) of 18 Jalan Kemuning, Singapore 769876 (the "First Seller");
(2) LIM SHU FEN (NRIC No. S8023456G) of 18 Jalan Kemuning, Singapore 769876 (the "Second Seller" and, together with the First Seller, the "Sellers"); and
(3) NORTHBRIDGE LOGISTICS HOLDINGS PTE. LTD. (UEN 201934567K), a company incorporated in Singapore whose registered office is at 1 HarbourFront Avenue, #14-07 Keppel Bay Tower, Singapore 098632 (the "Buyer").
WHEREAS:
(A) Kemuning Cold Chain Pte. Ltd. (UEN 201012345M) (the "Company") is a private company limited by shares with an issued share capital of 1,000,000 ordinary shares, all of which are legally and beneficially owned by the Sellers in equal proportions.
(B) The Sellers have agreed to sell and the Buyer has agreed to purchase the Sale Shares on the terms and subject to the conditions of this Agreement.
IT IS AGREED as follows:
# 1. Definitions and Interpretation
1.1 In this Agreement: "Completion" means completion of the sale and purchase of the Sale Shares in accordance with clause 5; "Condition" means the condition set out in clause 4.1; "Long-Stop Date" means 30 June 2026; and "Sale Shares" means the 1,000,000 ordinary shares in the capital of the Company.
# 2. Sale and Purchase
2.1 Each Seller shall sell, and the Buyer shall purchase, the Sale Shares held by that Seller free from all Encumbrances and together with all rights attaching to them at Completion.
# 3. Consideration
3.1 The consideration for the Sale Shares is S$8,400,000, of which S$7,560,000 shall be paid at Completion and S$840,000 (the "Retention Amount") shall be paid into an escrow account held by the Buyer's solicitors for a period of eighteen (18) months after Completion as security for claims under the Warranties.
# 4. Condition
4.1 Completion is conditional on the approval of the sale by the Buyer's shareholders in general meeting. If the Condition is not satisfied or waived by the Buyer on or before the Long-Stop Date, this Agreement shall lapse and no party shall have any claim against the others.
===
# 5. Completion
5.1 Completion shall take place at the offices of the Buyer's solicitors on the fifth Business Day after the date on which the Condition is satisfied, when the Sellers shall deliver the documents listed in Schedule 2.
# 6. Warranties and Limitations
6.1 The Sellers jointly and severally warrant to the Buyer in the terms of Schedule 3. No claim may be brought under the Warranties unless written notice of it is given within twenty-four (24) months after Completion, save for claims under the Tax Warranties, which may be notified at any time within five (5) years after Completion.
# 7. Restrictive Covenants
7.1 Each Seller undertakes to the Buyer that for a period of three (3) years after Completion he or she shall not carry on or be engaged in any business competing with the Company in Singapore or Malaysia, nor solicit any customer of the Company.
# 8. Notices
8.1 Any notice under this Agreement shall be in writing and shall be deemed received two (2) Business Days after posting by prepaid registered post.
# 9. Governing Law and Jurisdiction
9.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore, and the parties submit to the exclusive jurisdiction of the courts of the Republic of Singapore.
IN WITNESS WHEREOF this Agreement has been entered into on the date stated at the beginning of it.
| SIGNED by TAN WEI MING | in the presence of: Rachel Koh, Advocate & Solicitor |
| SIGNED by LIM SHU FEN | in the presence of: Rachel Koh, Advocate & Solicitor |
| SIGNED by Daniel Ong Kah Seng, Director, for and on behalf of NORTHBRIDGE LOGISTICS HOLDINGS PTE. LTD. | in the presence of: Jasmine Teo |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Tan Wei Ming", "Lim Shu Fen", "Northbridge Logistics Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v24-corporate-subscription-delaware-seed",
    format: "docx",
    storedPageCount: 2,
    source: `# SUBSCRIPTION AGREEMENT
This Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Bluefin Robotics, Inc., a Delaware corporation (the "Company"), and Harbor Lane Ventures Fund II, L.P., a Delaware limited partnership (the "Investor").
# RECITALS
A. The Company wishes to issue and sell to the Investor, and the Investor wishes to subscribe for and purchase, 2,500,000 shares of the Company's Series Seed Preferred Stock (the "Shares") at a price of $1.20 per share.
B. The Company and the Investor are parties to a Mutual Nondisclosure Agreement dated November 14, 2025, which is governed by the laws of the State of California and which remains in full force and effect.
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the parties agree as follows:
1. Subscription. Subject to the terms and conditions of this Agreement, the Investor hereby subscribes for the Shares for an aggregate purchase price of $3,000,000 (the "Purchase Price"), payable by wire transfer of immediately available funds within five (5) business days after the Effective Date.
2. Closing. The closing of the purchase and sale of the Shares shall take place remotely via the exchange of documents and signatures on the date on which the Company receives the Purchase Price in full (the "Closing").
3. Representations of the Investor. The Investor represents that it is an "accredited investor" as defined in Rule 501(a) of Regulation D under the Securities Act of 1933, as amended, and that it is acquiring the Shares for investment for its own account and not with a view to distribution.
4. Market Stand-Off. The Investor shall not sell, pledge or otherwise transfer any Shares during the period of one hundred eighty (180) days following the effective date of the registration statement for the Company's initial public offering.
5. Participation Right. For a period of twenty-four (24) months after the Effective Date, the Investor shall have the right to purchase its pro rata share of any New Securities that the Company may from time to time propose to sell and issue.
===
6. Information Rights. The Company shall deliver to the Investor unaudited quarterly financial statements within forty-five (45) days after the end of each of the first three fiscal quarters, and audited annual financial statements within one hundred twenty (120) days after the end of each fiscal year.
7. Survival. The representations and warranties made in this Agreement shall survive the Closing for a period of eighteen (18) months.
8. Governing Law. This Agreement shall be governed by and construed under the laws of the State of Delaware, without regard to conflict of laws principles that would require the application of the laws of any other jurisdiction.
9. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have executed this Subscription Agreement as of the date first written above.
| COMPANY: BLUEFIN ROBOTICS, INC. | INVESTOR: HARBOR LANE VENTURES FUND II, L.P. |
| By: /s/ Priya Raman | By: Harbor Lane GP II, LLC, its General Partner |
| Name: Priya Raman | By: /s/ Marcus Feld |
| Title: Chief Executive Officer | Name: Marcus Feld, Managing Member |`,
    truth: {
      title: "Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Bluefin Robotics, Inc.", "Harbor Lane Ventures Fund II, L.P."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v24-corporate-sha-jersey-trustee-cover",
    format: "pdf",
    pageFooters: true,
    source: `DATED 22 May 2026
# SHAREHOLDERS' AGREEMENT
relating to ST AUBIN MARINE HOLDINGS LIMITED
(1) VERDANT TRUSTEES (JERSEY) LIMITED as trustee of the Le Marquand Family Settlement
(2) CORBIÈRE CAPITAL PARTNERS LP acting by its general partner Corbière GP Limited
(3) ST AUBIN MARINE HOLDINGS LIMITED
Carteret Blampied, Advocates, 9 Hill Street, St Helier, Jersey JE2 4UA
===
THIS AGREEMENT is dated 22 May 2026
BETWEEN:
(1) VERDANT TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 45512 whose registered office is at 3 Mulcaster Street, St Helier, Jersey JE2 3NJ, in its capacity as trustee of the Le Marquand Family Settlement (the "Trustee Shareholder");
(2) CORBIÈRE CAPITAL PARTNERS LP, a Jersey limited partnership registered with number LP2107, acting by its general partner Corbière GP Limited (the "Investor"); and
(3) ST AUBIN MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 139904 whose registered office is at 3 Mulcaster Street, St Helier, Jersey JE2 3NJ (the "Company").
# 1. Definitions
1.1 In this Agreement: “Commencement Date” means 1 June 2026, being the date on which the Investor's subscription for 400 B Ordinary Shares is to complete; “Shareholders” means the Trustee Shareholder and the Investor; and “Reserved Matters” means the matters listed in Schedule 1.
# 2. Commencement and Duration
2.1 This Agreement shall take effect on the Commencement Date and shall continue in force until terminated in accordance with clause 8.
# 3. Board
3.1 The Trustee Shareholder may appoint up to two directors and the Investor may appoint one director. The quorum for board meetings is two directors, including the Investor director.
# 4. Reserved Matters
4.1 The Company shall not take any Reserved Matter without the prior written consent of both Shareholders. Consent not refused within ten (10) Business Days of a written request shall be deemed given.
# 5. Transfers of Shares
5.1 No Shareholder may transfer any Share during the period of three (3) years from the Commencement Date (the "Lock-in Period") except to a Permitted Transferee. Thereafter, any transfer is subject to the pre-emption rights in the Articles.
# 6. Deadlock
6.1 If a Reserved Matter remains unresolved for twenty (20) Business Days after it is first tabled, either Shareholder may refer it to mediation under clause 6.2.
# 7. Restrictive Covenants
7.1 The Investor shall not, while it is a Shareholder and for twelve (12) months after ceasing to be one, invest in any yacht brokerage business operating in the Channel Islands.
# 8. Termination
8.1 This Agreement shall terminate when one Shareholder holds all the Shares, on a resolution for the winding up of the Company, or on the written agreement of all the parties.
# 9. Governing Law
9.1 This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
| Signed by Philippa Le Brocq, authorised signatory, for VERDANT TRUSTEES (JERSEY) LIMITED as trustee of the Le Marquand Family Settlement | |
| Signed by CORBIÈRE CAPITAL PARTNERS LP acting by its general partner Corbière GP Limited, by Thomas Renouf, director | |
| Signed by Edward Le Marquand, director, for ST AUBIN MARINE HOLDINGS LIMITED | |`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Verdant Trustees (Jersey) Limited", "Corbière Capital Partners LP", "St Aubin Marine Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v24-corporate-jv-kenya-key-details",
    format: "docx",
    source: `# JOINT VENTURE AGREEMENT
# Key Details
| Item | Details |
| Date of Agreement | 15 June 2026 |
| Party A | Savanna Agritech Limited (Company No. PVT-7LU2RXQ9), of 4th Floor, Riverside Square, Riverside Drive, Nairobi |
| Party B | Mwangaza Solar Kenya Limited (Company No. PVT-AAB1234C), of Godown 12, Mombasa Road, Nairobi |
| Party C | Oranje Irrigatie B.V., a company incorporated in the Netherlands (KvK 71234567), of Westlandseweg 40, Delft |
| Joint Venture Company | Mavuno Solar Irrigation Limited, to be incorporated in Kenya |
| Effective Date | 1 July 2026 |
| Initial Term | Five (5) years from the Effective Date |
| Renewal | Automatic, for successive periods of two (2) years |
| Governing Law | The laws of Kenya |
This Agreement is made on the Date of Agreement between Party A, Party B and Party C (each a "Party" and together the "Parties") named in the Key Details above.
# 1. Purpose
1.1 The Parties shall establish the Joint Venture Company to design, supply, install and finance solar-powered irrigation systems for smallholder farmers in the counties of Kirinyaga, Meru and Makueni.
# 2. Capital Contributions
2.1 Party A shall contribute KES 40,000,000, Party B shall contribute KES 35,000,000 and Party C shall contribute its irrigation design know-how valued at KES 25,000,000, each within sixty (60) days after the incorporation of the Joint Venture Company.
2.2 The Joint Venture Company shall take a lease of a warehouse in Embu for a term of fifteen (15) years, the lease to be approved by the board.
# 3. Term and Renewal
3.1 This Agreement shall continue for an initial term of five (5) years from the Effective Date (the "Initial Term") and shall thereafter automatically renew for successive periods of two (2) years each, unless a Party gives the other Parties not less than six (6) months' written notice of non-renewal before the end of the Initial Term or the then current renewal period.
# 4. Management
4.1 The board of the Joint Venture Company shall comprise five directors: two appointed by Party A, two appointed by Party B and one appointed by Party C. The chairperson shall not have a casting vote.
# 5. Non-Solicitation
5.1 No Party shall, during the term of this Agreement and for twelve (12) months after it ceases to be a Party, solicit any employee of the Joint Venture Company.
# 6. Dispute Resolution
6.1 Any dispute which is not resolved by the chief executives of the Parties within thirty (30) days shall be referred to arbitration in Nairobi under the Arbitration Rules of the Nairobi Centre for International Arbitration.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of Kenya.
===
| For SAVANNA AGRITECH LIMITED | Director: Wanjiru Kamau | Director: Peter Otieno |
| For MWANGAZA SOLAR KENYA LIMITED | Director: Hassan Abdallah | Secretary: Grace Njeri |
| For ORANJE IRRIGATIE B.V. | Managing Director: Joost van der Berg | |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Savanna Agritech Limited", "Mwangaza Solar Kenya Limited", "Oranje Irrigatie B.V."],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-07-01",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v24-corporate-board-minutes-scotland-distillery",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
of CAIRNGORM DISTILLING COMPANY LIMITED (registered in Scotland, company number SC482911) (the "Company")
Held at: 14 Rutland Square, Edinburgh EH1 2BB
Date and time: Tuesday 10 February 2026 at 10.00 a.m.
Present: Fiona MacLeod (Chair); Alasdair Grant; Ruaridh Sinclair
In attendance: Morag Kerr (Company Secretary); Hamish Reid, Gilmour Baird LLP, solicitors (for item 4 only)
# 1. Quorum and Declarations of Interest
The Chair noted that notice of the meeting had been given to all directors and that a quorum was present. Ruaridh Sinclair declared that he is a director of Speyside Cask Finance Limited and therefore interested in item 5; it was noted that under article 14 of the Company's articles he would not count in the quorum or vote on that item.
# 2. Minutes of Previous Meeting
The minutes of the meeting held on 9 December 2025 were approved as a correct record and signed by the Chair.
# 3. Trading Update
Alasdair Grant reported that cask sales for the quarter were 12% ahead of budget and that the new visitor centre would open at Easter.
# 4. Lease of Bonded Warehouse
Hamish Reid summarised the draft lease of Unit 7, Bathgate Industrial Estate from Linlithgow Estates LLP for a period of ten years from 28 May 2026 at an initial rent of £96,000 per annum, with a rent review after five years, governed by the law of Scotland. IT WAS RESOLVED that the lease be approved and that any two directors be authorised to sign it on behalf of the Company.
# 5. Cask Finance Facility
The board considered a revolving credit facility of £2,500,000 offered by Speyside Cask Finance Limited for a term of three (3) years, with interest at 4.25% above base rate. Ruaridh Sinclair took no part in the discussion. IT WAS RESOLVED that the facility be accepted, subject to the Company's bank releasing its consent under the existing bond and floating charge.
# 6. Auditors
IT WAS RESOLVED that Baird Lennox & Co be recommended to the members for reappointment as auditors at the annual general meeting.
# 7. Date of Next Meeting
The next meeting of the board will be held on 12 May 2026.
There being no further business, the Chair declared the meeting closed at 11.40 a.m.
Signed: ______________________ Chair
Fiona MacLeod`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Cairngorm Distilling Company Limited"],
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v24-corporate-apa-ontario-print-shop",
    format: "pdf",
    pdfMargin: 84,
    source: `# ASSET PURCHASE AGREEMENT
THIS ASSET PURCHASE AGREEMENT is made as of the 2nd day of February, 2026.
AMONG:
MAPLE RIDGE PRINTING LTD., a corporation existing under the laws of the Province of Ontario (the "Vendor")
- and -
2718281 ONTARIO INC., a corporation existing under the laws of the Province of Ontario (the "Purchaser")
- and -
GORDON ALLAN BRUCE, an individual residing in the City of Guelph, in the Province of Ontario (the "Principal")
WHEREAS the Vendor carries on the business of commercial printing and signage from premises at 45 Speedvale Avenue West, Guelph (the "Business"), and the Principal is the sole shareholder of the Vendor;
AND WHEREAS the Vendor wishes to sell and the Purchaser wishes to purchase substantially all of the assets of the Business on the terms of this Agreement;
NOW THEREFORE THIS AGREEMENT WITNESSES that in consideration of the mutual covenants herein the parties agree as follows:
# ARTICLE 1 – INTERPRETATION
1.1 In this Agreement, "Closing Date" means March 31, 2026 or such other date as the Vendor and the Purchaser may agree in writing; "Purchased Assets" means the assets described in Schedule A; and "Excluded Liabilities" means all liabilities of the Vendor other than the Assumed Obligations.
# ARTICLE 2 – PURCHASE AND SALE
2.1 Subject to the terms hereof, the Vendor shall sell and the Purchaser shall purchase the Purchased Assets on the Closing Date.
2.2 The purchase price is $1,850,000 plus applicable HST, of which $185,000 (the "Holdback") shall be retained by the Purchaser for twelve (12) months after the Closing Date as security for the Vendor's indemnity obligations.
2.3 The Purchaser shall take an assignment of the Vendor's lease of the premises at 45 Speedvale Avenue West, Guelph, the remaining term of which expires on November 30, 2029, and shall assume the obligations of the tenant arising after the Closing Date.
# ARTICLE 3 – REPRESENTATIONS AND WARRANTIES
3.1 The representations and warranties of the Vendor and the Principal in this Agreement shall survive Closing for a period of twenty-four (24) months.
# ARTICLE 4 – COVENANTS
4.1 For a period of five (5) years after the Closing Date, neither the Vendor nor the Principal shall carry on a commercial printing business within one hundred (100) kilometres of the City of Guelph.
4.2 The Principal shall provide transitional consulting services to the Purchaser for ninety (90) days after the Closing Date at no additional charge.
# ARTICLE 5 – GENERAL
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Time shall be of the essence of this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| MAPLE RIDGE PRINTING LTD. Per: Gordon Bruce, President – I have authority to bind the corporation | 2718281 ONTARIO INC. Per: Anita Deshpande, Director – I have authority to bind the corporation |
| SIGNED, SEALED AND DELIVERED by GORDON ALLAN BRUCE in the presence of: Lucas Moreau, Witness | |
===
# SCHEDULE A – PURCHASED ASSETS
| Asset | Description |
| Equipment | Two Heidelberg offset presses, one HP Latex 800 wide-format printer, finishing equipment |
| Inventory | Paper, vinyl and ink stock on hand at the Closing Date |
| Goodwill | The goodwill of the Business, including the name "Maple Ridge Printing" and the telephone numbers |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Maple Ridge Printing Ltd.", "2718281 Ontario Inc.", "Gordon Allan Bruce"],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v24-corporate-board-resolution-new-zealand",
    format: "docx",
    storedPageCount: 2,
    source: `# RESOLUTIONS OF THE BOARD OF DIRECTORS
KŌWHAI ORCHARDS LIMITED (company number 6123457) (the "Company")
Passed as a written resolution in accordance with clause 3 of the Third Schedule to the Companies Act 1993 and clause 21.4 of the Company's constitution.
Date: 18/05/2026
# Background
A. The Company proposes to issue 250,000 ordinary shares to Pacific Horticulture Fund LP (the "Investor") at NZ$6.00 per share under a subscription agreement between the Company and the Investor (the "Subscription Agreement"), which is expressed to be governed by the laws of New South Wales.
B. Under the Subscription Agreement the Company must complete the issue by 30 June 2026, and the Investor will not transfer its shares for a period of two (2) years after their issue.
C. The board also proposes to pay a fully imputed dividend of NZ$0.12 per share on 30 June 2026.
# Resolutions
The directors, being all of the directors of the Company entitled to receive notice of a meeting of the board, resolve as follows:
1. Issue of shares: That the Company issue 250,000 ordinary shares to the Investor for a consideration of NZ$1,500,000, and that in the opinion of the board the consideration and terms of the issue are fair and reasonable to the Company and to all existing shareholders, in accordance with section 47 of the Companies Act 1993.
2. Subscription Agreement: That the Subscription Agreement be approved and that any director be authorised to sign it and any related documents on behalf of the Company.
3. Dividend: That a dividend of NZ$0.12 per share be paid on 30 June 2026 to shareholders on the register at 5.00 p.m. on 23 June 2026, the board being satisfied on reasonable grounds that the Company will, immediately after the distribution, satisfy the solvency test.
4. Solvency certificate: That the directors sign the certificate required by section 52(2) of the Companies Act 1993 in the form attached.
===
Signed by all of the directors:
| Director | Signature |
| Hemi Tūhoe (Chair) | ______________________ |
| Catherine Lysaght | ______________________ |
| Daniel Ormsby | ______________________ |`,
    truth: {
      title: "Resolutions of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Orchards Limited"],
      effectiveDate: "2026-05-18",
    },
  },
  {
    id: "v24-corporate-deed-of-variation-ireland-sha",
    format: "txt",
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 12 March 2021 in respect of Ballycotton Foods Limited
THIS DEED is made on the ninth day of September two thousand and twenty-six
BETWEEN:
(1) SEAN PATRICK O'DONOVAN of 4 Sydney Parade Avenue, Sandymount, Dublin 4, D04 K2X1 ("Mr O'Donovan");
(2) LOUGH DERG CAPITAL DAC, a designated activity company registered in Ireland under number 601234, having its registered office at 2 Grand Canal Square, Dublin 2 ("Lough Derg");
(3) GLEANN INVESTMENTS UNLIMITED COMPANY, registered in Ireland under number 654321, having its registered office at Unit 3, Little Island Business Park, Cork ("Gleann"); and
(4) BALLYCOTTON FOODS LIMITED, registered in Ireland under number 598877, having its registered office at Main Street, Ballycotton, Co. Cork (the "Company").
WHEREAS:
(A) Mr O'Donovan, Lough Derg and the Company entered into a shareholders' agreement dated 12 March 2021 (the "Shareholders' Agreement"), which continues in force until the Company's shares are admitted to trading on a stock exchange or the Company is wound up.
(B) Gleann became a party to the Shareholders' Agreement by a deed of adherence dated 2 February 2024.
(C) The parties wish to vary the Shareholders' Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. Variation. With effect from 1 October 2026 (the "Effective Date"), the Shareholders' Agreement is varied as follows:
1.1 clause 5.2 is deleted and replaced with: "Lough Derg shall be entitled to appoint two directors and Mr O'Donovan shall be entitled to appoint one director.";
1.2 in clause 9.4 (Non-Competition), the words "twelve (12) months" are deleted and replaced with "eighteen (18) months"; and
1.3 a new clause 11.6 is inserted: "The drag-along rights in clause 11 may be exercised by Shareholders holding not less than seventy-five per cent (75%) of the Shares."
2. Continuation. Save as varied by this Deed, the Shareholders' Agreement shall continue in full force and effect, and this Deed and the Shareholders' Agreement shall be read and construed as one instrument.
3. Costs. Each party shall bear its own costs in connection with this Deed, save that the Company shall pay the stamp duty (if any).
4. Governing Law. This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
IN WITNESS whereof the parties have executed this Deed on the date first written above.
SIGNED AND DELIVERED as a deed by SEAN PATRICK O'DONOVAN in the presence of: Niamh Byrne, Solicitor, Dublin
PRESENT when the COMMON SEAL of LOUGH DERG CAPITAL DAC was affixed hereto: Conor Walsh, Director; Aoife Brennan, Secretary
PRESENT when the COMMON SEAL of GLEANN INVESTMENTS UNLIMITED COMPANY was affixed hereto: Declan Murphy, Director; Siobhán Kelly, Secretary
PRESENT when the COMMON SEAL of BALLYCOTTON FOODS LIMITED was affixed hereto: Sean Patrick O'Donovan, Director; Eimear Fitzgerald, Secretary`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sean Patrick O'Donovan", "Lough Derg Capital DAC", "Gleann Investments Unlimited Company", "Ballycotton Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-10-01",
      amends: "Shareholders' Agreement",
    },
  },
];
