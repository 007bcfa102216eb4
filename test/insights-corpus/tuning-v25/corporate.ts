import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25, corporate: share purchases and subscriptions, shareholders' and joint venture agreements, minutes, asset purchases, variations and deal NDAs. */
export const CORPORATE_V25: UnseenDocument[] = [
  {
    id: "v25-corporate-spa-jersey-trustee-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Grève de Lecq Marine Services Limited
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MARGUERITE ANNE LE BRETON of La Houguette, Route de Vinchelez, St Ouen, Jersey JE3 2DB ("Mrs Le Breton");
(2) CORBIÈRE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 45121 whose registered office is at 9 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Le Breton Family Settlement ("the Trustee", and together with Mrs Le Breton, "the Sellers"); and
(3) HARBOURLINE CAPITAL PARTNERS II L.P., a limited partnership registered in Guernsey with registered number 2208, acting by its general partner Harbourline GP Limited ("the Buyer").
BACKGROUND
(A) Grève de Lecq Marine Services Limited is a company incorporated in Jersey with registered number 88410 ("the Company"). Its issued share capital is 10,000 ordinary shares of £1 each, all of which are legally and beneficially owned by the Sellers.
(B) The Sellers have agreed to sell, and the Buyer has agreed to buy, the Shares on the terms of this agreement.
# 1. Definitions
1.1 In this agreement: "Completion" means completion of the sale and purchase of the Shares under clause 5; "Completion Date" means 30 April 2026 or such other date as the Sellers and the Buyer agree in writing; "Warranty Period" means the period of twenty-four (24) months from the Completion Date.
# 2. Sale and purchase
2.1 Each Seller shall sell with full title guarantee the Shares set opposite its name in Schedule 1, and the Buyer shall buy them, free from all Encumbrances.
2.2 The consideration is £6,450,000, of which £650,000 shall be paid into an escrow account held by Viscount Escrow Services Limited as escrow agent and released eighteen (18) months after Completion.
===
# 3. Restrictive covenants
3.1 Neither Seller shall, for a period of three (3) years from Completion, carry on or be interested in any business which competes with the business of the Company in Jersey or Guernsey.
# 4. Warranties and limitations
4.1 The Sellers give the Warranties set out in Schedule 3. No claim may be brought unless notice of it is given to the Sellers before the expiry of the Warranty Period.
4.2 The berthing licence granted to the Company by the harbour authority on 1 January 2020 for a term of ten (10) years shall be unaffected by the sale.
# 5. Completion
5.1 Completion shall take place at the offices of Bisson Le Cornu, Advocates, St Helier, on the Completion Date, when the Sellers shall deliver the items listed in Schedule 2.
# 6. Governing law and jurisdiction
6.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
This agreement has been entered into on the date stated at the beginning of it.
===
| Signed by MARGUERITE ANNE LE BRETON | in the presence of Advocate Philippe Renouf, witness |
| Signed by CORBIÈRE TRUSTEES LIMITED as trustee of the Le Breton Family Settlement | acting by Hélène Vibert, director, and Thomas Gallichan, director |
| Signed by HARBOURLINE GP LIMITED as general partner for and on behalf of HARBOURLINE CAPITAL PARTNERS II L.P. | acting by Graham Ozanne, director |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Marguerite Anne Le Breton", "Corbière Trustees Limited", "Harbourline Capital Partners II L.P."],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v25-corporate-subscription-singapore-key-details",
    format: "docx",
    storedPageCount: 2,
    source: `# SHARE SUBSCRIPTION AGREEMENT
# Key Details
| Item | Details |
| Company | Lumen Orchid Pte. Ltd. (UEN 201912345K), a company incorporated in Singapore with its registered office at 71 Ayer Rajah Crescent, #02-18, Singapore 139951 |
| Subscriber | Tan & Rahman Ventures Fund I, L.P., acting through its manager TRV Capital Management Pte. Ltd. |
| Founder | Mr. Ong Wei Jie (NRIC S8812345D), of 18 Holland Grove Road, Singapore 278800 |
| Subscription Shares | 1,250,000 Series A preference shares |
| Subscription Price | S$4,000,000 |
| Long-Stop Date | 31 May 2026 |
| Agreement Date | the date on which this Agreement is signed by the last of the parties to sign it, as shown in the execution block |
1. The Company, the Subscriber and the Founder (the "Parties") agree that the Subscriber shall subscribe for, and the Company shall allot and issue, the Subscription Shares at the Subscription Price on the terms of this Agreement.
2. Completion shall take place within ten (10) Business Days after the conditions in clause 3 are satisfied, and in any event no later than the Long-Stop Date.
3. The obligations of the Subscriber are conditional on the Company obtaining waivers of pre-emption rights from its existing shareholders, including Seedling Angels Syndicate Pte. Ltd., under the Company's constitution.
4. The Founder shall not transfer any shares in the Company during a lock-up period of twelve (12) months after Completion, and shall remain employed by the Company under his service agreement dated 2 January 2024.
===
5. The Company shall apply the Subscription Price towards product development and working capital in accordance with the agreed business plan.
6. This Agreement, and any non-contractual obligations arising out of or in connection with it, shall be governed by the laws of the Republic of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
7. This Agreement may be executed in any number of counterparts and takes effect on the Agreement Date.
# Execution
| Signed for and on behalf of LUMEN ORCHID PTE. LTD. | Name: Ong Wei Jie, Director | Date: 5 March 2026 |
| Signed by ONG WEI JIE | in the presence of: Chua Li Ting, witness | Date: 6 March 2026 |
| Signed for and on behalf of TAN & RAHMAN VENTURES FUND I, L.P. by TRV Capital Management Pte. Ltd., its manager | Name: Priya Ramasamy, Director | Date: 9 March 2026 |`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Lumen Orchid Pte. Ltd.", "Tan & Rahman Ventures Fund I, L.P.", "Ong Wei Jie"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v25-corporate-usa-ontario-numbered-company",
    format: "pdf",
    pdfMargin: 90,
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
This Unanimous Shareholder Agreement is made and entered into as of the 1st day of June, 2026.
AMONG:
2719384 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario (hereinafter "Holdco")
- and -
MARCHAND HOLDINGS LTD., a corporation incorporated under the laws of Canada (hereinafter "Marchand")
- and -
DR. AISHA K. BELLO, an individual residing in the City of Ottawa, in the Province of Ontario (hereinafter "Bello")
- and -
NORTHWAY PRECISION TOOLING INC., a corporation incorporated under the Business Corporations Act (Ontario) (hereinafter the "Corporation")
WHEREAS Holdco, Marchand and Bello (collectively the "Shareholders") are or will on the Effective Date be the registered and beneficial owners of all of the issued and outstanding shares of the Corporation, Marchand having agreed to acquire its shares under a share purchase agreement dated May 8, 2026 with Trillium Machining Partners LP (the "Prior Shareholder");
AND WHEREAS the Shareholders wish to restrict the powers of the directors of the Corporation within the meaning of subsection 108(2) of the Business Corporations Act (Ontario);
NOW THEREFORE in consideration of the mutual covenants herein contained, the parties agree as follows:
# ARTICLE 1 – INTERPRETATION
1.1 "Effective Date" means the date on which closing occurs under the share purchase agreement referred to in the recitals, being June 15, 2026.
1.2 "Business Day" means any day other than a Saturday, Sunday or statutory holiday in Toronto, Ontario.
# ARTICLE 2 – TERM
2.1 This Agreement shall take effect on the Effective Date and shall continue in force until terminated in accordance with Section 2.2.
2.2 This Agreement shall terminate on the earliest of (a) the date on which one Shareholder holds all of the issued shares of the Corporation, (b) the written agreement of all of the Shareholders, and (c) the dissolution of the Corporation.
===
# ARTICLE 3 – TRANSFERS
3.1 No Shareholder shall transfer any shares without first offering them to the other Shareholders, who shall have thirty (30) days from receipt of the offer notice to accept.
3.2 A Shareholder who ceases to hold shares shall not, for a period of two (2) years thereafter, solicit any customer or employee of the Corporation.
# ARTICLE 4 – GENERAL
4.1 The Corporation's credit facilities with Lakeshore Chartered Bank shall not be amended or increased without the prior written consent of all of the Shareholders.
4.2 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| 2719384 ONTARIO INC. Per: Rajiv Menon, President | MARCHAND HOLDINGS LTD. Per: Élise Marchand, Secretary |
| DR. AISHA K. BELLO, witnessed by Jonathan Wu | NORTHWAY PRECISION TOOLING INC. Per: Rajiv Menon, Director |`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["2719384 Ontario Inc.", "Marchand Holdings Ltd.", "Aisha K. Bello", "Northway Precision Tooling Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-15",
      term: "Until terminated",
    },
  },
  {
    id: "v25-corporate-jv-minute-of-agreement-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# MINUTE OF AGREEMENT
between
GLENCRAIG RENEWABLES LIMITED
and
FORTH & TAY ENERGY PARTNERS LLP
and
ISOBEL ROSE MACLEOD and ANGUS JOHN MACLEOD (as Trustees of the Macleod Estate Trust)
relating to the Craigforth Wind Joint Venture
===
MINUTE OF AGREEMENT between GLENCRAIG RENEWABLES LIMITED, a company incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 4 Rutland Square, Edinburgh EH1 2AS ("Glencraig"); FORTH & TAY ENERGY PARTNERS LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305678) and having its Registered Office at 21 Reform Street, Dundee DD1 1RG ("FTEP"); and ISOBEL ROSE MACLEOD and ANGUS JOHN MACLEOD, both residing at Balnagowan House, Aberfeldy PH15 2JQ, as the trustees for the time being of the Macleod Estate Trust (together the "Landowners")
WHEREAS the parties wish to co-operate in the development of a wind farm on the Landowners' estate at Craigforth, Perthshire through a joint venture company to be incorporated as Craigforth Wind JV Limited (the "JV Company"), which shall not be a party to this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
1.1 "Commencement Date" means 1 July 2026.
1.2 "Option Agreement" means the option agreement dated 12 November 2024 between the Landowners and Glencraig, which has a duration of five years.
# 2. Duration
2.1 This Agreement shall be in force for a period of ten (10) years commencing on the Commencement Date (the "Initial Period").
2.2 On the expiry of the Initial Period this Agreement shall automatically continue for successive periods of five (5) years unless any party gives to the others not less than twelve (12) months' written notice of termination expiring at the end of the Initial Period or of any subsequent period.
# 3. Contributions and management
3.1 Glencraig shall contribute its development expertise, FTEP shall contribute funding of up to £2,400,000, and the Landowners shall grant to the JV Company a lease of the site for a term of forty (40) years.
3.2 The JV Company shall be managed by a board of four directors, two appointed by Glencraig and two by FTEP; the Landowners shall have observer rights.
===
# 4. Exclusivity
4.1 No party shall, during the Initial Period and for eighteen (18) months after it ceases to be a party, promote any competing wind energy project within 10 kilometres of the site.
# 5. Law
5.1 This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are executed as follows:
| Subscribed for and on behalf of GLENCRAIG RENEWABLES LIMITED at Edinburgh on 18 June 2026 | by Fraser McAllister, Director | before this witness: Morag Innes, Solicitor, Edinburgh |
| Subscribed for and on behalf of FORTH & TAY ENERGY PARTNERS LLP at Dundee on 19 June 2026 | by Kenneth Baird, Designated Member | before this witness: Sara Qureshi, Dundee |
| Subscribed by ISOBEL ROSE MACLEOD and ANGUS JOHN MACLEOD as Trustees at Aberfeldy on 22 June 2026 | each personally | before this witness: Calum Stewart, Estate Factor |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Joint venture agreement",
      parties: ["Glencraig Renewables Limited", "Forth & Tay Energy Partners LLP", "Isobel Rose Macleod", "Angus John Macleod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2036-06-30",
      term: "10 years",
      renewal: "5 years",
    },
  },
  {
    id: "v25-corporate-board-minutes-new-zealand",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
KŌWHAI ORCHARDS LIMITED (Company Number 6123457) (the "Company")
Held at Level 3, 15 Hood Street, Hamilton 3204 on Tuesday, 10 March 2026 at 10.00 am
| Present | Hinemoa Tūhoe-Parker (Chair), Michael J. Fitzgerald, Dr. Ana Lima |
| In attendance | Grace Whitcombe (Company Secretary); Tom Rāwiri of Kauri Lane Lawyers (for item 4 only) |
| Apologies | Stephen Wong |
1. QUORUM AND NOTICE
The Chair noted that notice of the meeting had been given to all directors on 3 March 2026 and that a quorum was present. The meeting was declared open.
2. MINUTES OF PREVIOUS MEETING
The minutes of the meeting held on 9 February 2026 were approved as a true and correct record.
3. INTERESTS
Michael J. Fitzgerald declared an interest in item 4 as a director of Bay of Plenty Packhouse Co-operative Limited and took no part in the vote on that item.
4. PROPOSED SUPPLY AGREEMENT AND ASSET PURCHASE
4.1 The board considered the draft Supply Agreement between the Company and Sunharvest Foods Pty Ltd, to commence on 1 April 2026 for an initial term of three (3) years, renewing automatically for further periods of one (1) year, and governed by the laws of New South Wales.
4.2 The board also considered the proposed purchase from Bay of Plenty Packhouse Co-operative Limited of the packhouse plant and equipment at Te Puke for NZ$1,150,000 under an asset purchase agreement to be governed by New Zealand law.
4.3 RESOLVED that the Supply Agreement and the asset purchase agreement be approved substantially in the form tabled, and that any two directors be authorised to execute them on behalf of the Company.
5. BANKING
RESOLVED that the Company's overdraft facility with Aotearoa Rural Bank Limited be renewed for a further 12 months on the terms of the bank's letter dated 27 February 2026.
6. GENERAL BUSINESS
There being no further business, the Chair declared the meeting closed at 11.40 am.
Signed as a correct record:
Hinemoa Tūhoe-Parker, Chair
Date signed: 14 April 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Orchards Limited"],
      effectiveDate: "2026-03-10",
    },
  },
  {
    id: "v25-corporate-apa-california-members",
    format: "pdf",
    pageFooters: true,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among REDWOOD & PINE COFFEE ROASTERS, LLC, a California limited liability company ("Seller"); SAMUEL J. O'NEILL and PATRICIA DELGADO-RUIZ, each an individual residing in Sonoma County, California (each a "Member" and together the "Members"); and BLUE HERON BRANDS, INC., a Delaware corporation ("Buyer").
RECITALS
A. Seller operates a specialty coffee roasting and wholesale business from leased premises at 410 Industrial Way, Petaluma, California 94952 (the "Business"). The Members together own all of the membership interests of Seller.
B. Buyer, a wholly owned subsidiary of Blue Heron Holdings Corp., wishes to purchase substantially all of the assets of the Business, and Seller wishes to sell them, on the terms of this Agreement.
ARTICLE I — PURCHASE AND SALE
1.1 Purchased Assets. At the Closing, Seller shall sell, assign and transfer to Buyer all of Seller's right, title and interest in the roasting equipment, inventory, customer contracts, the "Redwood & Pine" trademarks and the goodwill of the Business, free and clear of all Liens.
1.2 Assumed Lease. Buyer shall take an assignment of Seller's lease of the premises dated July 1, 2022, which runs for a term of seven (7) years expiring June 30, 2029, subject to the landlord's consent.
1.3 Purchase Price. The purchase price is $3,200,000, of which $320,000 shall be deposited with Golden Gate Escrow Company, as escrow agent, for a period of eighteen (18) months after the Closing Date to secure Seller's indemnification obligations.
ARTICLE II — CLOSING
2.1 The closing of the transactions contemplated by this Agreement (the "Closing") shall take place remotely by electronic exchange of documents on March 31, 2026, or on such other date as Buyer and Seller may agree (the "Closing Date").
===
ARTICLE III — COVENANTS
3.1 Non-Competition. For a period of five (5) years following the Closing Date, neither Seller nor either Member shall engage in the roasting or wholesale distribution of coffee within the State of California.
3.2 Transition Services. For ninety (90) days after the Closing, Seller shall provide Buyer with such transition assistance as Buyer reasonably requests.
3.3 Survival. The representations and warranties of Seller and the Members shall survive the Closing for a period of twenty-four (24) months.
ARTICLE IV — MISCELLANEOUS
4.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without giving effect to any choice of law principles that would require the application of the laws of any other jurisdiction, including the State of Delaware.
4.2 Notices. All notices shall be in writing, and copies of notices to Buyer shall be sent to Buyer's counsel, Whitaker Lund LLP, 555 Mission Street, San Francisco, CA 94105.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| SELLER: REDWOOD & PINE COFFEE ROASTERS, LLC | By: Samuel J. O'Neill, Managing Member |
| MEMBER: | Samuel J. O'Neill |
| MEMBER: | Patricia Delgado-Ruiz |
| BUYER: BLUE HERON BRANDS, INC. | By: Michael Chen, Chief Executive Officer |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Redwood & Pine Coffee Roasters, LLC", "Samuel J. O'Neill", "Patricia Delgado-Ruiz", "Blue Heron Brands, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v25-corporate-deed-of-variation-ireland-sha",
    format: "docx",
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement in respect of Seabright Diagnostics Limited
THIS DEED OF VARIATION is made on the 22nd day of January 2026
BETWEEN:
(1) BRÍD NÍ CHONAILL, of 14 Páirc an Chrócaigh, Salthill, Galway H91 X2P4 ("Ms Ní Chonaill");
(2) Ó SÚILLEABHÁIN FAMILY HOLDINGS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 612408, having its registered office at Unit 5, Ballincollig Business Park, Ballincollig, Co. Cork ("OSFH");
(3) ATLANTIC MEDTECH GROWTH FUND II ICAV, an Irish collective asset-management vehicle acting by its alternative investment fund manager Carrowmore Capital Management Limited ("the Investor"); and
(4) SEABRIGHT DIAGNOSTICS LIMITED, a private company limited by shares incorporated in Ireland with registered number 559301, having its registered office at IDA Business Park, Dangan, Galway ("the Company").
BACKGROUND
(A) Ms Ní Chonaill, OSFH, the Company and Declan Moore entered into a shareholders' agreement dated 3 September 2021 in respect of the Company (the "Original Agreement"). Declan Moore ceased to be a party to the Original Agreement on the transfer of all of his shares on 30 June 2024.
(B) The Investor became a party to the Original Agreement by a deed of adherence dated 11 November 2025.
(C) The parties wish to vary the Original Agreement on the terms of this Deed.
# 1. Variation
1.1 With effect from 1 February 2026 (the "Variation Date"), the Original Agreement shall be varied as set out in this clause 1.
1.2 Clause 7.3 of the Original Agreement (Lock-in) shall be amended by deleting "three (3) years" and substituting "four (4) years".
1.3 Clause 9.1 of the Original Agreement shall be amended so that the Investor is entitled to appoint one director to the board of the Company for so long as it holds not less than 10 per cent of the issued shares.
1.4 Clause 12.2 of the Original Agreement (Deadlock) shall be deleted and replaced with: "If a deadlock is not resolved within sixty (60) days, any Shareholder may refer the matter to mediation."
# 2. Continuation
2.1 Save as varied by this Deed, the Original Agreement remains in full force and effect and shall continue until terminated in accordance with its terms. References in the Original Agreement to "this Agreement" shall be read as references to the Original Agreement as varied by this Deed.
# 3. Governing law
3.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
IN WITNESS whereof this Deed has been entered into and delivered as a deed on the date stated at the beginning of it.
===
| SIGNED AND DELIVERED as a deed by BRÍD NÍ CHONAILL | in the presence of: Siobhán Keane, Solicitor, Galway |
| GIVEN under the common seal of Ó SÚILLEABHÁIN FAMILY HOLDINGS DESIGNATED ACTIVITY COMPANY | Director: Pádraig Ó Súilleabháin; Secretary: Nora Ó Súilleabháin |
| SIGNED AND DELIVERED as a deed by ATLANTIC MEDTECH GROWTH FUND II ICAV acting by Carrowmore Capital Management Limited | Authorised signatory: Gerard Hanlon |
| GIVEN under the common seal of SEABRIGHT DIAGNOSTICS LIMITED | Director: Bríd Ní Chonaill; Secretary: Carrowmore Company Secretarial Services Limited |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Bríd Ní Chonaill", "Ó Súilleabháin Family Holdings Designated Activity Company", "Atlantic MedTech Growth Fund II ICAV", "Seabright Diagnostics Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v25-corporate-nda-letter-difc-bidder",
    format: "txt",
    source: `QASR CAPITAL PARTNERS LIMITED
Unit 1204, Level 12, Gate Village Building 3, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
Regulated by the Dubai Financial Services Authority
STRICTLY PRIVATE AND CONFIDENTIAL
The Board of Directors
Zenith Gulf Logistics Holdings Ltd
Office 3301, Al Maqam Tower, ADGM Square, Al Maryah Island, Abu Dhabi, United Arab Emirates
For the attention of: Mr. Karim Haddad, Chairman
cc: Meridian Corporate Finance (Middle East) LLP
12 February 2026
Our ref: QCP/PS/2026/014 – Project Sandstone
# Confidentiality Undertaking
Dear Sirs
We refer to your process letter dated 2 February 2026 inviting expressions of interest in the possible acquisition of the entire issued share capital of Zenith Gulf Logistics FZE, a wholly owned subsidiary of Zenith Gulf Logistics Holdings Ltd (the "Transaction"), and to the information memorandum prepared by your financial adviser, Meridian Corporate Finance (Middle East) LLP.
In consideration of your making Confidential Information available to us, we undertake to you as follows:
1. We shall keep all Confidential Information strictly confidential and use it solely for the purpose of evaluating, negotiating and completing the Transaction.
2. We may disclose Confidential Information to our directors, employees and professional advisers, including Hadley Rahman Legal Consultants, and to our proposed co-investor, Oryx Infrastructure Fund L.P., provided each is bound by obligations of confidentiality no less strict than those in this letter. We shall be responsible for any breach by any of them.
3. For a period of twelve (12) months from the date of this letter, we shall not solicit for employment any senior employee of the Zenith group with whom we have had contact in connection with the Transaction.
4. On your written request we shall, within ten (10) business days, return or destroy all Confidential Information in our possession.
5. The obligations in this letter shall continue for a period of two (2) years from the date of this letter, but shall end on completion of the Transaction by us if that occurs earlier.
6. This letter and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of the Dubai International Financial Centre, and the courts of the DIFC shall have exclusive jurisdiction.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully
Omar Siddiqui
Managing Director
for and on behalf of Qasr Capital Partners Limited
We acknowledge and agree to the terms of this letter.
for and on behalf of Zenith Gulf Logistics Holdings Ltd
Karim Haddad, Chairman
Date: 16 February 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Qasr Capital Partners Limited", "Zenith Gulf Logistics Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-12",
      expiryDate: "2028-02-12",
      term: "2 years",
    },
  },
];
