import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22, corporate: share purchases and subscriptions, shareholders' and joint venture agreements, minutes, asset purchases and a variation deed. */
export const CORPORATE_V22: UnseenDocument[] = [
  {
    id: "v22-corporate-spa-england-trustee-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Brackenwood Engineering Limited
Dated 28 May 2026
(1) MARGARET ANNE O'SULLIVAN and DAVID R. HENDERSON (as trustees of the O'Sullivan 2011 Settlement)
(2) PAUL WICKHAM-JONES
(3) HALDEN & PRYCE HOLDINGS LIMITED
Fenwick Ashby LLP, 40 Gresham Street, London EC2V 7BG
===
THIS AGREEMENT is dated 28 May 2026
PARTIES
(1) MARGARET ANNE O'SULLIVAN of The Old Rectory, Church Lane, Little Hadham, Hertfordshire SG11 2DX and DAVID R. HENDERSON of 7 Albion Terrace, Bath BA1 2PQ, in their capacity as the trustees for the time being of the O'Sullivan 2011 Settlement (together the "Trustee Sellers");
(2) PAUL WICKHAM-JONES of Flat 3, 18 Marlborough Road, Oxford OX1 4LP (the "Individual Seller" and, together with the Trustee Sellers, the "Sellers"); and
(3) HALDEN & PRYCE HOLDINGS LIMITED, a company incorporated and registered in England and Wales with company number 09876543 whose registered office is at Unit 4, Kingsway Business Park, Rochdale OL16 4NW (the "Buyer").
BACKGROUND
(A) Brackenwood Engineering Limited is a private company limited by shares incorporated in England and Wales with company number 04512987 (the "Company"). The Sellers are the legal owners of the entire issued share capital of the Company.
(B) The Sellers have agreed to sell and the Buyer has agreed to buy the Shares on the terms of this agreement.
(C) Halden & Pryce Group plc, the ultimate parent undertaking of the Buyer, has agreed to guarantee the Buyer's obligations by a separate deed of guarantee of even date.
# 1. INTERPRETATION
1.1 In this agreement: "Completion" means completion of the sale and purchase of the Shares in accordance with clause 4; "Restricted Period" means the period of three years from Completion; and "Warranty Period" means the period of twenty-four (24) months from Completion.
# 2. SALE AND PURCHASE
2.1 Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set opposite that Seller's name in Schedule 1, free from all Encumbrances.
# 3. CONSIDERATION
3.1 The consideration for the Shares is £8,450,000, of which £845,000 (the "Retention") shall be paid to Carver Lindqvist Solicitors as escrow agent and released to the Sellers eighteen (18) months after Completion, less any amount then claimed.
# 4. COMPLETION
4.1 Completion shall take place at the offices of Fenwick Ashby LLP immediately after the signing of this agreement.
# 5. RESTRICTIVE COVENANTS
5.1 No Seller shall, during the Restricted Period, carry on or be engaged in any business which competes with the business of the Company as carried on at Completion.
# 6. LIMITATIONS ON CLAIMS
6.1 The Sellers shall not be liable for any Claim unless notice of it is given to the Sellers before the end of the Warranty Period or, in the case of a Tax Claim, before the seventh anniversary of Completion.
# 7. GOVERNING LAW AND JURISDICTION
7.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# SCHEDULE 1 THE SELLERS AND THE SHARES
| Seller | Ordinary shares of £1 each |
| Margaret Anne O'Sullivan and David R. Henderson (as trustees) | 6,000 |
| Paul Wickham-Jones | 4,000 |
Signed by MARGARET ANNE O'SULLIVAN as trustee ............................ in the presence of: Joanna Petrie, Solicitor, 40 Gresham Street, London
Signed by DAVID R. HENDERSON as trustee ............................ in the presence of: Joanna Petrie, Solicitor, 40 Gresham Street, London
Signed by PAUL WICKHAM-JONES ............................
Signed by RAJESH KAPOOR, Director, for and on behalf of HALDEN & PRYCE HOLDINGS LIMITED ............................`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Anne O'Sullivan", "David R. Henderson", "Paul Wickham-Jones", "Halden & Pryce Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-28",
    },
  },
  {
    id: "v22-corporate-subscription-singapore-fund",
    format: "pdf",
    source: `# SHARE SUBSCRIPTION AGREEMENT
# KEY DETAILS
| Date of this Agreement | 16/04/2026 |
| Company | Lumina Aquatech Pte. Ltd. (UEN 201934567K), a company incorporated in Singapore whose registered office is at 71 Ayer Rajah Crescent, #02-18, Singapore 139951 |
| Investor | Tembusu Growth Fund II, L.P., an exempted limited partnership registered in the Cayman Islands, acting by its general partner Tembusu Growth GP Ltd. |
| Founder | Ms. Nur Aisyah binte Rahman (NRIC No. S8812345D) of 22 Jalan Kembangan, Singapore 419122 |
| Subscription Shares | 1,250,000 Series A Preference Shares in the capital of the Company |
| Subscription Price | S$4.00 per Subscription Share (S$5,000,000 in aggregate) |
| Long-Stop Date | 30 June 2026 |
| Investor Director | Mr. Daniel Koh Wei Ming |
| Investor's Counsel | Whitlow Teo LLP |
THIS AGREEMENT is made on the date set out in the Key Details BETWEEN the Company, the Investor and the Founder named in the Key Details (each a "Party" and together the "Parties").
# 1. SUBSCRIPTION
1.1 Subject to the Conditions, the Investor shall subscribe for and the Company shall allot and issue the Subscription Shares at the Subscription Price, credited as fully paid.
1.2 Merlion Angels Nominees Pte. Ltd., the holder of the existing Seed Preference Shares, has waived its pre-emption rights by a letter to the Company dated 9 April 2026 and is not a party to this Agreement.
# 2. CONDITIONS
2.1 Completion is conditional on the Conditions in Schedule 1 being satisfied (or waived by the Investor) on or before the Long-Stop Date. If they are not, the Investor may terminate this Agreement by written notice to the Company.
# 3. COMPLETION
3.1 Completion shall take place on the fifth Business Day after the last Condition is satisfied, when the Investor shall pay the aggregate Subscription Price and the Company shall appoint the Investor Director to its board.
# 4. FOUNDER UNDERTAKINGS
4.1 The Founder shall not transfer any of her shares in the Company for a period of twenty-four (24) months after Completion, and shall remain in full-time employment with the Company throughout that period.
# 5. WARRANTIES
5.1 The Company and the Founder give the Warranties in Schedule 2 to the Investor. No claim may be brought unless notified within eighteen (18) months after Completion.
# 6. GOVERNING LAW AND DISPUTES
6.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore.
6.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Singapore administered by the Singapore International Arbitration Centre.
# EXECUTION
| Party | Signature | Name and capacity |
| Lumina Aquatech Pte. Ltd. | ________________ | Nur Aisyah binte Rahman, Director |
| Tembusu Growth Fund II, L.P., by Tembusu Growth GP Ltd., its general partner | ________________ | Harold Lim Chee Keong, Director of the general partner |
| Nur Aisyah binte Rahman | ________________ | In the presence of Chua Mei Xin, witness |`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Lumina Aquatech Pte. Ltd.", "Tembusu Growth Fund II, L.P.", "Nur Aisyah binte Rahman"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-16",
    },
  },
  {
    id: "v22-corporate-unanimous-shareholder-agreement-ontario",
    format: "docx",
    storedPageCount: 2,
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
THIS UNANIMOUS SHAREHOLDER AGREEMENT is made as of March 1, 2026.
AMONG:
2745118 ONTARIO INC., a corporation incorporated under the Business Corporations Act (Ontario), having its registered office at 220 Laurier Avenue West, Suite 900, Ottawa, Ontario K1P 5Z9
(“Holdco”)
- and -
LACROIX CAPITAL PARTNERS LP, a limited partnership formed under the laws of the Province of Québec, acting by its general partner, Lacroix Capital GP Inc.
(the “Investor”)
- and -
GABRIELLE BÉLANGER-CÔTÉ, an individual residing in the City of Ottawa, in the Province of Ontario
(the “Founder”)
- and -
MAPLECREST ROBOTICS CORP., a corporation incorporated under the Business Corporations Act (Ontario)
(the “Corporation”)
WHEREAS Holdco and the Investor (the “Shareholders”) are the registered and beneficial owners of all of the issued and outstanding shares of the Corporation, the Investor having subscribed for its Class A Preferred Shares under a subscription agreement dated January 15, 2026;
AND WHEREAS the Founder is the sole shareholder of Holdco and the Chief Executive Officer of the Corporation;
AND WHEREAS the parties intend this Agreement to be a “unanimous shareholder agreement” within the meaning of the Business Corporations Act (Ontario);
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 – BOARD OF DIRECTORS
1.1 The board of the Corporation shall consist of five (5) directors, three (3) nominated by Holdco and two (2) nominated by the Investor. The initial nominees of the Investor are Sylvie Marchand and Dr. Owen Pritchard.
# ARTICLE 2 – TRANSFER OF SHARES
2.1 No Shareholder shall transfer any Shares without first offering them to the other Shareholder, who shall have thirty (30) days from receipt of the offer notice to accept.
2.2 No Shareholder may initiate the buy-sell procedure in Section 2.5 before the fifth anniversary of the date of this Agreement.
# ARTICLE 3 – NON-COMPETITION
3.1 The Founder shall not, while a director or officer of the Corporation and for a period of twenty-four (24) months thereafter, carry on any business competitive with the Corporation in Canada or the United States.
# ARTICLE 4 – TERM
4.1 This Agreement shall come into force on the date first written above and shall continue in force until terminated in accordance with Section 4.2.
4.2 This Agreement shall terminate on the earliest of (a) the written agreement of all of the parties, (b) one Shareholder becoming the holder of all of the Shares, and (c) the closing of an initial public offering of the Corporation.
# ARTICLE 5 – GOVERNING LAW
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
2745118 ONTARIO INC. Per: ______________________ Name: Gabrielle Bélanger-Côté Title: President
LACROIX CAPITAL PARTNERS LP, by its general partner LACROIX CAPITAL GP INC. Per: ______________________ Name: Sylvie Marchand Title: Managing Partner
SIGNED, SEALED AND DELIVERED in the presence of: Witness: Marc Tremblay ______________________ GABRIELLE BÉLANGER-CÔTÉ
MAPLECREST ROBOTICS CORP. Per: ______________________ Name: Gabrielle Bélanger-Côté Title: Chief Executive Officer`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["2745118 Ontario Inc.", "Lacroix Capital Partners LP", "Gabrielle Bélanger-Côté", "Maplecrest Robotics Corp."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-01",
      term: "Until terminated",
    },
  },
  {
    id: "v22-corporate-joint-venture-difc",
    format: "docx",
    source: `# JOINT VENTURE AGREEMENT
THIS JOINT VENTURE AGREEMENT is made on 9 February 2026
BETWEEN:
(1) AL NOOR MARINE SERVICES L.L.C., a limited liability company incorporated in the Emirate of Abu Dhabi with commercial licence number CN-1123456, whose principal place of business is at Plot 14, Mussafah Industrial Area, Abu Dhabi, United Arab Emirates ("Al Noor"); and
(2) KESTREL OFFSHORE (MIDDLE EAST) FZE, a free zone establishment incorporated in the Jebel Ali Free Zone with licence number 98765, whose registered office is at LOB 19, Office 1204, Jebel Ali Free Zone, Dubai, United Arab Emirates ("Kestrel"),
(each a "Venturer" and together the "Venturers").
WHEREAS:
(A) Kestrel is a wholly owned subsidiary of Kestrel Offshore Group ASA, a company incorporated in Norway.
(B) The Venturers wish to establish a jointly owned company, to be incorporated in the Dubai International Financial Centre under the name Al Noor Kestrel Subsea Limited (the "JV Company"), to provide subsea inspection and repair services in the United Arab Emirates.
# 1. DEFINITIONS
"Commencement Date" means 1 March 2026.
"Business Plan" means the initial business plan of the JV Company set out in Schedule 2, covering the period from the Commencement Date to 31 December 2028.
# 2. ESTABLISHMENT OF THE JV COMPANY
2.1 Within sixty (60) days after the date of this Agreement the Venturers shall procure the incorporation of the JV Company, which shall be owned as to 51 per cent by Al Noor and 49 per cent by Kestrel.
2.2 Kestrel shall procure that Kestrel Offshore Group ASA grants the JV Company a licence of its inspection technology for a term of three (3) years, that licence to be governed by the laws of Norway.
# 3. DURATION
3.1 This Agreement shall be in force for an initial term of five (5) years commencing on the Commencement Date, unless terminated earlier under clause 6.
3.2 On the expiry of the initial term this Agreement shall automatically renew for successive periods of two (2) years each, unless either Venturer gives the other not less than six (6) months' written notice of non-renewal before the end of the then current term.
# 4. EXCLUSIVITY
4.1 During the term of this Agreement and for eighteen (18) months after it ends, neither Venturer shall carry on subsea inspection services in the United Arab Emirates otherwise than through the JV Company.
# 5. FUNDING
5.1 The Venturers shall fund the JV Company in proportion to their shareholdings; capital calls are payable within twenty (20) Business Days of a call notice.
# 6. TERMINATION
6.1 Either Venturer may terminate this Agreement by notice with immediate effect if the other commits a material breach which is not remedied within thirty (30) days.
# 7. GOVERNING LAW AND JURISDICTION
7.1 This Agreement is governed by the laws of the Dubai International Financial Centre, and the Courts of the Dubai International Financial Centre shall have exclusive jurisdiction.
===
IN WITNESS WHEREOF the Venturers have signed this Agreement on the date first written above.
For and on behalf of AL NOOR MARINE SERVICES L.L.C.
Signature: ____________________ Name: Khalid Saeed Al Mazrouei Title: General Manager
For and on behalf of KESTREL OFFSHORE (MIDDLE EAST) FZE
Signature: ____________________ Name: Ingrid Solberg Title: Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Al Noor Marine Services L.L.C.", "Kestrel Offshore (Middle East) FZE"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-01",
      expiryDate: "2031-02-28",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v22-corporate-board-minutes-scotland",
    format: "txt",
    source: `# BOARD MINUTES
GLENMORAY DISTILLING COMPANY LIMITED (Registered in Scotland No. SC612345) (the "Company")
Minutes of a meeting of the board of directors of the Company held at 9 Rutland Square, Edinburgh EH1 2AS on Tuesday 17 March 2026 at 10.00 a.m.
| Present | Fiona MacLeod (Chair), Alasdair Grant, Dr Helen Baird |
| In attendance | Euan Strachan, Lindsay Cowie LLP (Company Secretary) |
| Apologies | Morag Fyfe |
1. QUORUM AND NOTICE
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present.
2. DECLARATIONS OF INTEREST
Alasdair Grant declared that he is a director of Speyside Cask Holdings Limited, the proposed landlord under item 4. It was agreed that he could count in the quorum but would not vote on that item.
3. TERM FACILITY
There was produced to the meeting a draft term facility agreement between the Company and Clydeside Commercial Bank plc for a facility of £3,000,000 for a term of five (5) years from the date of first drawdown, to be governed by Scots law (the "Facility Agreement"), together with a standard security over the Company's distillery at Rothes.
IT WAS RESOLVED that the terms of the Facility Agreement and the standard security be approved and that any two directors be authorised to sign them on behalf of the Company.
4. WAREHOUSE LEASE
The meeting considered a lease of Unit 7, Keith Industrial Estate from Speyside Cask Holdings Limited for a period of ten (10) years from the date of entry on 1 May 2026, at an initial rent of £46,000 per annum, subject to rent review on the fifth anniversary of the date of entry.
IT WAS RESOLVED (Alasdair Grant not voting) that the Company enter into the lease on those terms.
5. ALLOTMENT OF SHARES
IT WAS RESOLVED that 25,000 ordinary shares of £1 each be allotted to Northbank Whisky Partners LP at £12 per share, conditional on receipt of the subscription monies by 31 March 2026.
6. NEXT MEETING
The next meeting will be held on 16 June 2026.
There being no further business, the Chair declared the meeting closed at 11.15 a.m.
Signed: ................................ Fiona MacLeod, Chair
Date signed: 24 March 2026`,
    truth: {
      title: "Board Minutes",
      documentType: "Other",
      parties: ["Glenmoray Distilling Company Limited"],
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v22-corporate-asset-purchase-delaware",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 90,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and among REDFERN ANALYTICS, LLC, a Delaware limited liability company ("Buyer"), ORCHARD & VINE SOFTWARE, INC., a California corporation ("Seller"), and, solely for purposes of Article V and Article VII, THOMAS J. O'HARE and PRIYA RAMAN, each an individual resident of the State of California (each, a "Principal" and together, the "Principals").
RECITALS
WHEREAS, Seller is engaged in the business of developing and licensing vineyard management software (the "Business");
WHEREAS, the Principals together own all of the issued and outstanding capital stock of Seller, and Redfern Holdings, L.P., the sole member of Buyer, has approved the transactions contemplated by this Agreement; and
WHEREAS, Seller desires to sell to Buyer, and Buyer desires to purchase from Seller, substantially all of the assets used in the Business, on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE I PURCHASE AND SALE
1.1 Purchased Assets. At the Closing, Seller shall sell, assign and transfer to Buyer all of its right, title and interest in the Purchased Assets, including Seller's interest under the lease of the premises at 1450 Vintage Way, Napa, California, which has a remaining term expiring on August 31, 2029, and the Assigned Contracts listed in Schedule 1.1(c).
# ARTICLE II PURCHASE PRICE
2.1 The aggregate purchase price is $12,600,000, of which $1,260,000 (the "Escrow Amount") shall be deposited with Harborline Trust Company, N.A., as escrow agent, and held for fifteen (15) months after the Closing Date.
2.2 Buyer shall pay an earn-out of up to $2,000,000 based on the revenue of the Business for the twelve (12) months ending December 31, 2026, payable within sixty (60) days after that date.
# ARTICLE III CLOSING
3.1 The closing (the "Closing") shall take place remotely by the electronic exchange of documents on the second Business Day after all conditions to Closing have been satisfied or waived (the date on which the Closing occurs, the "Closing Date").
# ARTICLE IV REPRESENTATIONS AND WARRANTIES
4.1 The representations and warranties of Seller shall survive the Closing for eighteen (18) months, except that the Fundamental Representations shall survive until sixty (60) days after the expiration of the applicable statute of limitations.
# ARTICLE V COVENANTS
5.1 Transition Services. For ninety (90) days after the Closing Date, Seller and the Principals shall provide the transition services described in Exhibit B.
5.2 Non-Competition. For a period of five (5) years after the Closing Date, neither Seller nor any Principal shall engage in any business that competes with the Business anywhere in North America.
# ARTICLE VI INDEMNIFICATION
6.1 Seller shall indemnify Buyer against Losses arising from any breach of Seller's representations, warranties or covenants, subject to a deductible of $126,000.
# ARTICLE VII MISCELLANEOUS
7.1 Governing Law. This Agreement shall be governed by and construed in accordance with the internal laws of the State of Delaware, without giving effect to any choice or conflict of law provision, notwithstanding that certain of the Assigned Contracts are governed by the laws of the State of California.
7.2 Notices. Notices to Buyer shall be sent to its principal office, with a copy (which shall not constitute notice) to Pell Morrow LLP, Attention: Dana Whitcombe.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
| BUYER: REDFERN ANALYTICS, LLC | SELLER: ORCHARD & VINE SOFTWARE, INC. |
| By: Redfern Holdings, L.P., its sole member, by Redfern GP, LLC, its general partner | By: ______________________ |
| By: ______________________ Name: Marcus Ellery, Title: Managing Director | Name: Thomas J. O'Hare, Title: Chief Executive Officer |
| PRINCIPAL: ______________________ Thomas J. O'Hare | PRINCIPAL: ______________________ Priya Raman |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Redfern Analytics, LLC", "Orchard & Vine Software, Inc.", "Thomas J. O'Hare", "Priya Raman"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v22-corporate-deed-of-variation-jersey",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 5 June 2022 in respect of Seaward Leisure Limited
(1) RAVENSWORTH TRUSTEES (JERSEY) LIMITED as trustee of the Sable Trust
(2) COUTANCHE HOLDINGS LIMITED
(3) HARBOURLIGHT INVESTMENTS S.À R.L.
(4) SEAWARD LEISURE LIMITED
===
THIS DEED is made on the twentieth day of January in the year two thousand and twenty-six
BETWEEN:
(1) RAVENSWORTH TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 45678 whose registered office is at 3rd Floor, 44 Esplanade, St Helier, Jersey JE4 9WG, in its capacity as trustee of the Sable Trust (the "Trustee");
(2) COUTANCHE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 112233 whose registered office is at 17 Hill Street, St Helier, Jersey JE2 4UA ("Coutanche");
(3) HARBOURLIGHT INVESTMENTS S.À R.L., a société à responsabilité limitée incorporated under the laws of the Grand Duchy of Luxembourg, having its registered office at 12 rue Eugène Ruppert, L-2453 Luxembourg and registered with the RCS Luxembourg under number B 245678 ("Harbourlight"); and
(4) SEAWARD LEISURE LIMITED, a company incorporated in Jersey with registered number 98001 whose registered office is at 17 Hill Street, St Helier, Jersey JE2 4UA (the "Company").
RECITALS
(A) The Trustee, Coutanche, Belcroft Nominees Limited and the Company entered into a shareholders' agreement dated 5 June 2022 (the "Shareholders' Agreement"), which is governed by the law of England and Wales and continues for a period of ten years from its date unless terminated earlier in accordance with its terms.
(B) On 30 November 2025 Belcroft Nominees Limited transferred all of its shares in the Company to Harbourlight, which adhered to the Shareholders' Agreement by a deed of adherence of the same date. Belcroft Nominees Limited has ceased to be a party to the Shareholders' Agreement.
(C) The parties wish to vary the Shareholders' Agreement on the terms of this Deed.
# 1. INTERPRETATION
1.1 In this Deed "Effective Date" means 1 February 2026. Words defined in the Shareholders' Agreement have the same meanings in this Deed.
# 2. VARIATIONS
2.1 With effect from the Effective Date the Shareholders' Agreement is varied as follows: (a) in clause 4.2, "three directors" is replaced with "four directors"; (b) in clause 11.1 (Drag Along), "75 per cent" is replaced with "66 per cent"; and (c) a new clause 11.6 is inserted: "No Shareholder shall transfer any Shares before 1 February 2028 without the consent of Harbourlight."
2.2 Save as varied by this Deed, the Shareholders' Agreement continues in full force and effect, including clause 19 (Duration).
# 3. GOVERNING LAW
3.1 Notwithstanding clause 23 of the Shareholders' Agreement, this Deed and any non-contractual obligations arising out of it are governed by Jersey law, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS of which this Deed has been executed and delivered as a deed on the date first written above.
| Executed as a deed by RAVENSWORTH TRUSTEES (JERSEY) LIMITED as trustee of the Sable Trust | Director: Charlotte Le Brocq | Director: Philip Renouf |
| Executed as a deed by COUTANCHE HOLDINGS LIMITED | Director: Jean-Marc Coutanche | Witness: Alice Vibert |
| Executed as a deed by HARBOURLIGHT INVESTMENTS S.À R.L. | Manager A: Luc Weber | Manager B: Sophie Hoffmann |
| Executed as a deed by SEAWARD LEISURE LIMITED | Director: Jean-Marc Coutanche | Director: Philip Renouf |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ravensworth Trustees (Jersey) Limited", "Coutanche Holdings Limited", "Harbourlight Investments S.à r.l.", "Seaward Leisure Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v22-corporate-services-isle-of-man",
    format: "pdf",
    pageFooters: true,
    source: `# CORPORATE SERVICES AGREEMENT
# PARTICULARS
| Agreement Date | 25 March 2026 |
| Service Provider | Manx Fiduciary Services Limited (company number 012345C), a licensed corporate service provider regulated by the Isle of Man Financial Services Authority, of Clarendon House, Victoria Street, Douglas, Isle of Man IM1 2LN |
| Client | Tynwald Shipping Holdings Limited (company number 134567C), of Clarendon House, Victoria Street, Douglas, Isle of Man IM1 2LN |
| Ultimate Beneficial Owner of the Client | Mr. Henrik Aalto-Lindqvist |
| Commencement Date | 1 April 2026 |
| Initial Term | three (3) years from the Commencement Date |
| Renewal | automatic renewal for successive periods of twelve (12) months unless either party gives not less than ninety (90) days' written notice before the end of the then current period |
| Services | registered office and registered agent, company secretarial, provision of two resident directors, statutory filings and bookkeeping |
| Annual Fee | £18,500 plus VAT, invoiced quarterly in advance and payable within thirty (30) days of invoice |
| Relationship Manager | Ms. Claire Quayle |
This Agreement is made on the Agreement Date between the Service Provider and the Client named in the Particulars, and comprises the Particulars and the Terms below.
# TERMS
1. Appointment. The Client appoints the Service Provider to provide the Services from the Commencement Date, and the Service Provider accepts the appointment.
2. Duration. This Agreement shall run from the Commencement Date for the Initial Term and shall then renew automatically as stated in the Particulars, unless terminated earlier under clause 8.
3. Resident directors. The Service Provider shall procure that two of its officers, initially Claire Quayle and Robert Kinvig, act as directors of the Client. Those officers act in their personal capacity as directors and are not parties to this Agreement.
4. Client money. Any money received for the Client shall be held in a designated client account with Ellan Vannin Bank Limited.
5. Records. The Service Provider shall keep the Client's records for six (6) years after this Agreement ends.
6. Confidentiality. Each party's obligations of confidence shall survive for five (5) years after termination.
7. Fees. The Client shall pay the Annual Fee, which the Service Provider may review on each anniversary of the Commencement Date.
8. Termination. Either party may terminate this Agreement on ninety (90) days' written notice, or immediately if the other commits a material breach, or if the Service Provider is required to do so by the Financial Services Authority.
9. Governing law. This Agreement is governed by the laws of the Isle of Man, and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
Signed for and on behalf of MANX FIDUCIARY SERVICES LIMITED by Claire Quayle, Director ........................
Signed for and on behalf of TYNWALD SHIPPING HOLDINGS LIMITED by Henrik Aalto-Lindqvist, Director ........................`,
    truth: {
      title: "Corporate Services Agreement",
      documentType: "Services agreement",
      parties: ["Manx Fiduciary Services Limited", "Tynwald Shipping Holdings Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-04-01",
      term: "3 years",
      renewal: "12 months",
    },
  },
];
