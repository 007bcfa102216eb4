import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21: corporate documents (share purchases and subscriptions, shareholders' and JV agreements, minutes, asset purchases, consents). */
export const CORPORATE_V21: UnseenDocument[] = [
  {
    id: "v21-corporate-spa-hollis-finch",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Hollis & Finch Engineering Limited
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MARGARET ELSPETH HOLLIS of 4 Rookery Lane, Tetbury, Gloucestershire GL8 8RB ("Mrs Hollis");
(2) DR RAJIV ANAND of 27 Canynge Road, Clifton, Bristol BS8 3JZ ("Dr Anand");
(3) PEREGRINE TRUSTEES (NO. 2) LIMITED (company number 08812457) whose registered office is at 1 Temple Quay, Bristol BS1 6DZ, in its capacity as trustee of the Hollis Family Settlement 2009 (the "Trustee"),
(the persons named at (1) to (3) together the "Sellers" and each a "Seller"); and
(4) CASTLEGATE HOLDINGS PLC (company number 04417720) whose registered office is at 90 Fenchurch Street, London EC3M 4BY (the "Buyer").
# BACKGROUND
(A) Hollis & Finch Engineering Limited (company number 03150962) (the "Company") is a private company limited by shares incorporated in England and Wales.
(B) The Sellers are the legal and beneficial owners of the Shares and have agreed to sell, and the Buyer has agreed to buy, the Shares on the terms of this agreement.
(C) The board of Castlegate Group plc, the Buyer's ultimate parent undertaking, approved the acquisition on 9 April 2026. Castlegate Group plc is not a party to this agreement.
# 1. INTERPRETATION
1.1 "Completion" means completion of the sale and purchase of the Shares in accordance with clause 4, which shall take place on the date of this agreement.
1.2 "Warranty Claim Period" means the period of 24 months beginning on the date of Completion, and in respect of Tax Warranties, seven years.
1.3 "Restricted Period" means the period of three years from Completion.
# 2. SALE AND PURCHASE
2.1 Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set against that Seller's name in Schedule 1.
2.2 The consideration for the Shares is £8,450,000, of which £1,000,000 (the "Retention") shall be paid to Lyle & Marchant LLP (the "Escrow Agent") and held in the Escrow Account for 18 months from Completion.
# 3. RESTRICTIVE COVENANTS
3.1 Each of Mrs Hollis and Dr Anand undertakes that she or he shall not, during the Restricted Period, carry on or be interested in any business competing with the business of the Company within the United Kingdom.
# 4. NOTICES
4.1 Any notice under this agreement shall be in writing and, if given by a Seller, shall be copied to Harcourt Penrose LLP, solicitors for the Sellers.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the law of England and Wales.
5.2 Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
# EXECUTION
| Signed by MARGARET ELSPETH HOLLIS in the presence of a witness | Witness: Thomas Arkwright, solicitor, 3 Orchard Street, Bristol BS1 5EH |
| Signed by DR RAJIV ANAND in the presence of a witness | Witness: Helen Marsh, 15 Whiteladies Road, Bristol BS8 1PB |
| Signed for and on behalf of PEREGRINE TRUSTEES (NO. 2) LIMITED as trustee of the Hollis Family Settlement 2009 | Anthony Greaves, Director |
| Signed for and on behalf of CASTLEGATE HOLDINGS PLC | Sophie Lindqvist-Barnes, Director; Edward Okafor, Company Secretary |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Elspeth Hollis", "Rajiv Anand", "Peregrine Trustees (No. 2) Limited", "Castlegate Holdings plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v21-corporate-sha-saint-aubin-jersey",
    format: "docx",
    storedPageCount: 3,
    source: `Dated 29 May 2026
# SHAREHOLDERS' AGREEMENT
relating to Saint Aubin Marine Holdings Limited
BAIE DES CHÂTEAUX INVESTMENTS LIMITED
CLAIRE LOUISE LE MARQUAND and PHILIPPE DE GRUCHY as trustees of the Le Marquand 2015 Settlement
ST HELIER GROWTH FUND L.P. acting by its general partner Helier GP Limited
SAINT AUBIN MARINE HOLDINGS LIMITED
Prepared by Vibert Le Sueur Advocates, 22 Grenville Street, St Helier, Jersey
===
THIS AGREEMENT is dated 29 May 2026 and is made BETWEEN:
(1) BAIE DES CHÂTEAUX INVESTMENTS LIMITED, a company incorporated in Jersey with registered number 121907 whose registered office is at 44 Esplanade, St Helier, Jersey JE2 3QA ("Baie");
(2) CLAIRE LOUISE LE MARQUAND and PHILIPPE DE GRUCHY, both of La Hougue Farm, St Ouen, Jersey JE3 2DH, in their capacity as trustees of the Le Marquand 2015 Settlement (together the "Trustees");
(3) ST HELIER GROWTH FUND L.P., a limited partnership registered in Jersey with registered number 3391, acting by its general partner Helier GP Limited (the "Fund"); and
(4) SAINT AUBIN MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 138842 whose registered office is at 44 Esplanade, St Helier, Jersey JE2 3QA (the "Company").
# 1. DEFINITIONS
"Commencement Date" means 1 June 2026, being the date on which the Fund's subscription for B Ordinary Shares completes.
"Lock-in Period" means the period of 24 months from the Commencement Date.
"Secretary" means Grève Corporate Services Limited or any other company secretary of the Company from time to time.
# 2. COMMENCEMENT AND DURATION
2.1 This Agreement shall take effect on the Commencement Date and shall continue in full force and effect until terminated in accordance with clause 12.
# 3. TRANSFERS
3.1 No Shareholder shall transfer any Share during the Lock-in Period save with the prior written consent of the other Shareholders.
3.2 Any person to whom Shares are transferred shall first execute a Deed of Adherence in the form set out in Schedule 2.
# 4. NON-COMPETITION
4.1 Baie shall not, while it holds Shares and for 12 months after it ceases to do so, carry on a marine leisure business in the Channel Islands.
===
# 12. TERMINATION
12.1 This Agreement shall terminate on the earliest of: (a) one Shareholder holding all the Shares; (b) a Listing; or (c) the written agreement of all the Shareholders.
12.2 Clauses 9 (Confidentiality) and 14 (Governing Law) shall survive termination for three years.
# 14. GOVERNING LAW
14.1 This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed for BAIE DES CHÂTEAUX INVESTMENTS LIMITED | Director: Étienne Falle |
| Signed by CLAIRE LOUISE LE MARQUAND and PHILIPPE DE GRUCHY as trustees | Witness: Nadine Renouf |
| Signed for ST HELIER GROWTH FUND L.P. by Helier GP Limited, its general partner | Director: Oliver Pinel |
| Signed for SAINT AUBIN MARINE HOLDINGS LIMITED | Director: Étienne Falle |
# SCHEDULE 2 – DEED OF ADHERENCE
THIS DEED is made on [date] by [New Shareholder] in favour of the parties to the Shareholders' Agreement dated 29 May 2026.`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Baie des Châteaux Investments Limited", "Claire Louise Le Marquand", "Philippe de Gruchy", "St Helier Growth Fund L.P.", "Saint Aubin Marine Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v21-corporate-jva-permian-water",
    format: "pdf",
    pdfMargin: 100,
    source: `# JOINT VENTURE AGREEMENT
This Joint Venture Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and among Lone Star Midstream Partners, LLC, a Delaware limited liability company ("Lone Star"), Pecos & Brazos Water Solutions, Inc., a Texas corporation ("P&B"), and Odessa Sand Holdings, L.P., a Texas limited partnership ("Odessa" and, together with Lone Star and P&B, the "Venturers" and each a "Venturer").
# RECITALS
WHEREAS, the Venturers wish to cooperate in the development of produced-water gathering and recycling facilities in the Delaware Basin of West Texas (the "Project");
WHEREAS, the Venturers intend to cause the formation of PBL Water Midstream, LLC, a Delaware limited liability company (the "JV Company"), which shall not be a party to this Agreement;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Venturers agree as follows:
# ARTICLE 1. CAPITAL CONTRIBUTIONS
1.1 Each Venturer shall contribute its Percentage Interest of the Initial Budget within thirty (30) days after receipt of a capital call notice from the Operator.
# ARTICLE 2. TERM
2.1 The term of this Agreement shall commence on the Effective Date and continue for an initial term of five (5) years (the "Initial Term").
2.2 Upon expiration of the Initial Term and each Renewal Term, this Agreement shall automatically renew for a successive renewal term of one (1) year (each, a "Renewal Term") unless any Venturer gives written notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.
# ARTICLE 3. NON-SOLICITATION; CONFIDENTIALITY
3.1 During the term and for eighteen (18) months thereafter, no Venturer shall solicit for employment any employee of another Venturer engaged on the Project.
3.2 The obligations of confidentiality in this Article 3 shall survive for three (3) years following termination.
# ARTICLE 4. MISCELLANEOUS
4.1 Entire Agreement. This Agreement supersedes the non-binding Letter of Intent among the Venturers dated November 14, 2025, which was governed by the laws of the State of Oklahoma.
4.2 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without giving effect to any choice or conflict of law provision or rule.
4.3 Venue. Any action arising out of this Agreement shall be brought exclusively in the state or federal courts located in Harris County, Texas.
IN WITNESS WHEREOF, the Venturers have executed this Agreement as of the Effective Date.
LONE STAR MIDSTREAM PARTNERS, LLC
By: ______________________ Name: Dana R. Whitfield Title: Managing Member
PECOS & BRAZOS WATER SOLUTIONS, INC.
By: ______________________ Name: Luis M. Carrasco Title: Chief Executive Officer
ODESSA SAND HOLDINGS, L.P.
By: Odessa Sand GP, LLC, its general partner
By: ______________________ Name: Marcus Ybarra Title: President`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Lone Star Midstream Partners, LLC", "Pecos & Brazos Water Solutions, Inc.", "Odessa Sand Holdings, L.P."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-02",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v21-corporate-board-minutes-lion-city",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
LION CITY ROBOTICS PTE. LTD.
(Company Registration No. 201834567K) (the "Company")
Held at 8 Marina View, #32-01 Asia Square Tower 1, Singapore 018960 on Tuesday, 10 February 2026 at 10.00 a.m.
| Present | Mr Tan Wei Ming (Chairman); Ms Aisha binte Rahman; Mr Daniel Koh Jun Hao |
| In attendance | Ms Grace Lim Hui Wen (Company Secretary); Mr Vikram Nair of Straits Law LLC (item 4 only) |
# 1. QUORUM AND NOTICE
The Chairman noted that a quorum was present and that due notice of the meeting had been given to all directors. The meeting was declared open.
# 2. DECLARATIONS OF INTEREST
Mr Daniel Koh Jun Hao declared that he is a director of Merlion Angels Pte. Ltd., a proposed subscriber, and did not vote on item 4.
# 3. PREVIOUS MINUTES
The minutes of the meeting of the Board held on 12 November 2025 were approved and signed by the Chairman as a correct record.
# 4. SERIES A SUBSCRIPTION
Mr Nair presented the draft Share Subscription Agreement between the Company, Orchid Ventures Fund I LP and Merlion Angels Pte. Ltd. for 2,400,000 Series A Preference Shares at S$1.25 each, with a long-stop date of 31 March 2026.
IT WAS RESOLVED that the Share Subscription Agreement be approved and that any one director be authorised to execute it on behalf of the Company.
# 5. BANKING FACILITY
The Board noted the facility letter from Raffles Commerce Bank Limited dated 28 January 2026 offering a revolving credit facility of S$2,000,000 for 12 months.
IT WAS RESOLVED that the facility be accepted and that Ms Aisha binte Rahman and Mr Tan Wei Ming sign the acceptance.
# 6. PREMISES
The Board approved the renewal of the lease of the Company's premises at 3 Changi Business Park Vista for a further term of three years from 1 April 2026.
# 7. CLOSE
There being no further business, the meeting closed at 11.15 a.m.
Signed: Tan Wei Ming, Chairman
Date: 10 February 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Lion City Robotics Pte. Ltd."],
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v21-corporate-supplemental-deed-harbourfront",
    format: "docx",
    source: `# SUPPLEMENTAL DEED
relating to the Joint Venture Agreement dated 2 September 2021 in respect of Harbourfront JV Company Limited
THIS SUPPLEMENTAL DEED is made on the 18th day of June 2026
BETWEEN:
(1) KOWLOON BAY LOGISTICS (HOLDINGS) LIMITED, a company incorporated in Hong Kong (Company No. 2987154) whose registered office is at 18/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories ("KBL");
(2) SHUN FAT & CO. INVESTMENT LIMITED, a company incorporated in Hong Kong (Company No. 0731226) whose registered office is at Room 2103, 21/F, Wing On Centre, 111 Connaught Road Central, Hong Kong ("Shun Fat"); and
(3) PACIFIC HARBOUR ASSET MANAGEMENT PTE. LTD., a company incorporated in Singapore (UEN 201512345D) whose registered office is at 1 Raffles Place, #40-02, Singapore 048616 (the "New Party").
WHEREAS:
(A) KBL, Shun Fat and Golden Junk Holdings Limited (the "Outgoing Party") entered into a joint venture agreement dated 2 September 2021 (the "JV Agreement") for an initial term of ten (10) years from that date, governed by the laws of Hong Kong.
(B) By a deed of novation dated 18 June 2026 the Outgoing Party transferred all of its shares in Harbourfront JV Company Limited (the "JV Company") and its rights and obligations under the JV Agreement to the New Party. The Outgoing Party is not a party to this Deed.
(C) The parties wish to amend the JV Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. With effect on and from 1 July 2026 (the "Effective Date"), the JV Agreement shall be amended as follows:
1.1 clause 5.2 (Board) shall be amended so that each Shareholder holding at least 25 per cent. of the Shares may appoint two directors of the JV Company;
1.2 the words "sixty (60) days" in clause 18.3 (Deadlock) shall be replaced with "forty-five (45) days"; and
1.3 Schedule 3 (Reserved Matters) shall be replaced by the schedule set out in the Annex to this Deed.
2. Save as amended by this Deed, the JV Agreement shall remain in full force and effect, and the JV Agreement and this Deed shall be read and construed as one document.
3. The JV Company shall be notified of this Deed by KBL within five (5) Business Days of the Effective Date.
4. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first above written.
| SEALED with the Common Seal of KOWLOON BAY LOGISTICS (HOLDINGS) LIMITED in the presence of | Chan Ka Wai, Director; Leung Mei Ling, Secretary |
| SEALED with the Common Seal of SHUN FAT & CO. INVESTMENT LIMITED in the presence of | Ho Siu Fung, Director |
| EXECUTED as a deed by PACIFIC HARBOUR ASSET MANAGEMENT PTE. LTD. | Benjamin Teo, Director; witness: Rachel Ong |`,
    truth: {
      title: "Supplemental Deed",
      documentType: "Amendment",
      parties: ["Kowloon Bay Logistics (Holdings) Limited", "Shun Fat & Co. Investment Limited", "Pacific Harbour Asset Management Pte. Ltd."],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      amends: "Joint Venture Agreement",
    },
  },
  {
    id: "v21-corporate-apa-belanger-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# ASSET PURCHASE AGREEMENT
# KEY TERMS
| Agreement Date | January 30, 2026 |
| Vendor | Bélanger & Fils Boulangerie Ltée, a corporation existing under the laws of the Province of Ontario |
| Purchaser | 2468135 Ontario Inc., carrying on business as "Maple & Rye Bakehouse" |
| Closing Date | February 27, 2026, or such other date as the parties agree in writing |
| Purchase Price | C$1,275,000, subject to adjustment for Inventory |
| Deposit | C$125,000, held in trust by Whitmore Sloane LLP, solicitors for the Purchaser |
| Governing Law | Ontario |
THIS AGREEMENT is made as of the Agreement Date between the Vendor and the Purchaser set out in the Key Terms above.
# 1. PURCHASED ASSETS
1.1 Subject to the terms of this Agreement, the Vendor shall sell, and the Purchaser shall purchase, the equipment, inventory, recipes, trade-marks, goodwill and customer lists used in the Vendor's bakery business at 412 Ottawa Street South, Kitchener, Ontario (the "Business").
1.2 The Excluded Assets are cash, accounts receivable and the shares of Bélanger Holdings Inc.
# 2. LEASED PREMISES
2.1 The Vendor shall assign to the Purchaser its interest in the lease of the premises from Grand River Plazas Limited dated May 1, 2021 for a term of ten (10) years expiring April 30, 2031, subject to the landlord's consent.
# 3. PAYMENT
3.1 The balance of the Purchase Price shall be paid on the Closing Date by wire transfer, save that C$75,000 shall be paid ninety (90) days after the Closing Date.
3.2 The Vendor shall deliver at Closing a discharge of the security held by Lakeshore Credit Union Limited over the Purchased Assets.
# 4. NON-COMPETITION
4.1 The Vendor shall, and shall cause Jean-Luc Bélanger, its sole shareholder, to deliver a non-competition agreement under which neither will operate a bakery within fifty (50) kilometres of the Business for five (5) years after the Closing Date.
# 5. SURVIVAL
5.1 The representations and warranties of the Vendor survive Closing for eighteen (18) months.
# 6. GENERAL
6.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
6.2 The parties shall jointly elect under section 167 of the Excise Tax Act (Canada) so that no HST is payable on the sale.
===
# SIGNATURES
| BÉLANGER & FILS BOULANGERIE LTÉE | Per: Jean-Luc Bélanger, President. I have authority to bind the corporation. |
| 2468135 ONTARIO INC. | Per: Priya Deshmukh-Alvarez, Director. I have authority to bind the corporation. |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Bélanger & Fils Boulangerie Ltée", "2468135 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-30",
    },
  },
  {
    id: "v21-corporate-ssa-neelgiri-india",
    format: "pdf",
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Share Subscription Agreement (this "Agreement") is executed at Bengaluru on this 2nd day of February, 2026 (the "Execution Date")
BY AND AMONG
1. NEELGIRI AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having corporate identification number U01100KA2019PTC123456 and its registered office at No. 41, 3rd Cross, HAL 2nd Stage, Indiranagar, Bengaluru 560038 (hereinafter referred to as the "Company", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and permitted assigns) of the FIRST PART;
2. MR. ARVIND K. MENON, son of Mr. K. Raghavan Menon, aged 41 years, residing at Flat 7B, Prestige Lakeside, Whitefield, Bengaluru 560066 ("Promoter 1");
3. MS. PRIYA SUBRAMANIAM, daughter of Mr. S. Venkatesh, aged 38 years, residing at 12, 5th Main, Jayanagar 4th Block, Bengaluru 560011 ("Promoter 2", and together with Promoter 1, the "Promoters") of the SECOND PART; and
4. LAKSHADWEEP TRUSTEESHIP SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, in its capacity as trustee of Coral Reef India Opportunities Fund, a Category II alternative investment fund registered with SEBI, acting through its investment manager Coral Reef Capital Advisors LLP (the "Investor") of the THIRD PART.
The Company, the Promoters and the Investor are collectively referred to as the "Parties" and individually as a "Party".
# 1. DEFINITIONS
1.1 "Closing Date" means the date, not later than the Long Stop Date, on which the Investor pays the Subscription Amount and the Company allots the Subscription Shares.
1.2 "Long Stop Date" means the date falling sixty (60) days after the Execution Date, or such later date as the Investor may agree in writing.
1.3 "Subscription Amount" means INR 45,00,00,000 (Indian Rupees Forty-Five Crore only) for 18,000 Series B compulsorily convertible preference shares.
# 2. CONDITIONS PRECEDENT
2.1 The Company and the Promoters shall fulfil the conditions set out in Schedule 1, including the approval of the shareholders of the Company by special resolution, on or before the Long Stop Date.
# 3. LOCK-IN
3.1 The Promoters shall not transfer any Equity Shares for a period of thirty-six (36) months from the Closing Date without the prior written consent of the Investor.
# 4. TERMINATION
4.1 This Agreement shall come into force on the Execution Date and may be terminated by the Investor by written notice if Closing has not occurred on or before the Long Stop Date.
# 5. GOVERNING LAW AND DISPUTE RESOLUTION
5.1 This Agreement shall be governed by and construed in accordance with the laws of India.
5.2 Any dispute shall be referred to arbitration seated in Mumbai under the rules of the Mumbai Centre for International Arbitration, and subject thereto the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have executed this Agreement on the Execution Date.
| For NEELGIRI AGRITECH PRIVATE LIMITED | Arvind K. Menon, Managing Director |
| ARVIND K. MENON | Witness: Ramesh Gowda |
| PRIYA SUBRAMANIAM | Witness: Ramesh Gowda |
| For LAKSHADWEEP TRUSTEESHIP SERVICES PRIVATE LIMITED (as trustee of Coral Reef India Opportunities Fund) | By its investment manager Coral Reef Capital Advisors LLP, Authorised Signatory: Neha Kapoor |`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Neelgiri Agritech Private Limited", "Arvind K. Menon", "Priya Subramaniam", "Lakshadweep Trusteeship Services Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v21-corporate-consent-letter-tui",
    format: "txt",
    source: `KŌWHAI CAPITAL PARTNERS LIMITED
Level 9, 88 Shortland Street, Auckland 1010, New Zealand | www.kowhaicapital.co.nz
12 March 2026
Private and Confidential
The Directors
Tūī Software Limited
15 Tory Street, Te Aro, Wellington 6011
Attention: Hemi Walker, Chief Executive
Our ref: KCP/TUI/0326
Dear Directors
# Consent to Transfer of Shares and Waiver of Pre-emptive Rights
We refer to the shareholders' agreement dated 19 August 2023 between Tūī Software Limited (the "Company"), Kōwhai Capital Partners Limited ("we" or "us") and the other shareholders named in it (the "Shareholders' Agreement"), and to your letter dated 2 March 2026 requesting our consent.
You have told us that Aroha Ngata proposes to transfer 150,000 ordinary shares in the Company to Aroha Ngata and Wiremu Ngata as trustees of the Ngata Whānau Trust (the "Transfer").
For the purposes of clause 9.3 of the Shareholders' Agreement we consent to the Transfer, and we waive our pre-emptive rights under clause 10 in respect of the Transfer only.
This consent is conditional on the Transfer being registered within 60 days of the date of this letter and will lapse if it is not.
Except as set out in this letter, the Shareholders' Agreement continues in full force and effect and nothing in this letter waives any other right we have under it.
This letter is governed by the laws of New Zealand.
Please sign and return the enclosed copy of this letter to confirm the Company's agreement.
Yours faithfully
Mere Tipene
Investment Director
for and on behalf of Kōwhai Capital Partners Limited
cc: Harbour Quay Lawyers (Attention: Sam Whitcombe), solicitors for the Company
Acknowledged and agreed for and on behalf of Tūī Software Limited
Hemi Walker, Director
Date: 16 March 2026`,
    truth: {
      title: "Consent to Transfer of Shares and Waiver of Pre-emptive Rights",
      documentType: "Letter",
      parties: ["Kōwhai Capital Partners Limited", "Tūī Software Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-12",
    },
  },
];
