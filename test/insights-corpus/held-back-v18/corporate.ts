import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: corporate documents (share purchase and subscription, shareholders', joint venture, minutes, resolutions, asset purchase, variation). */
export const CORPORATE_V18: UnseenDocument[] = [
  {
    id: "v18-corporate-spa-holloway-england",
    format: "pdf",
    pageFooters: true,
    source: `DATED 14 April 2026
(1) MARGARET ELLEN HOLLOWAY and DAVID PETER HOLLOWAY
(2) FENWICK INDUSTRIAL HOLDINGS LIMITED
(3) FENWICK GROUP PLC
# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Holloway Precision Engineering Limited
Ashdown Kerr LLP, 18 Park Row, Leeds LS1 5JA
===
THIS AGREEMENT is dated 14 April 2026
PARTIES
(1) MARGARET ELLEN HOLLOWAY of 4 Orchard Rise, Harrogate HG2 0QT and DAVID PETER HOLLOWAY of The Old Granary, Kirkby Overblow, Harrogate HG3 1HB (together the "Sellers" and each a "Seller");
(2) FENWICK INDUSTRIAL HOLDINGS LIMITED incorporated and registered in England and Wales with company number 09876543 whose registered office is at Quayside House, 3 Dock Street, Leeds LS10 1NB (the "Buyer"); and
(3) FENWICK GROUP PLC incorporated and registered in England and Wales with company number 04567123 whose registered office is at Quayside House, 3 Dock Street, Leeds LS10 1NB (the "Buyer's Guarantor").
BACKGROUND
(A) Holloway Precision Engineering Limited (company number 03344556) (the "Company") is a private company limited by shares and the Sellers are the legal and beneficial owners of the whole of its issued share capital (the "Shares").
(B) The Sellers have agreed to sell and the Buyer has agreed to buy the Shares on the terms of this agreement.
AGREED TERMS
1. Sale and purchase. Each Seller shall sell with full title guarantee and the Buyer shall buy the Shares held by that Seller with effect from Completion.
2. Consideration. The consideration for the Shares is £6,400,000, of which £5,200,000 is payable on Completion and £1,200,000 (the "Deferred Consideration") is payable in two equal instalments on the first and second anniversaries of Completion.
3. Completion. Completion shall take place at the offices of the Buyer's Solicitors immediately after the signing of this agreement, or on such later date (not later than 30 June 2026) as the parties agree in writing.
4. Warranty claims. The Sellers shall not be liable for a Claim unless the Buyer gives notice of it on or before the date falling twenty-four (24) months after Completion, save for a Tax Claim, which may be notified at any time within seven years after the end of the accounting period in which Completion occurs.
5. Property. The Company occupies Unit 7, Thorp Arch Estate, Wetherby under a lease dated 1 October 2019 for a term of fifteen years from that date, and the Sellers warrant that no notice to terminate that lease has been served.
6. Restrictive covenants. Each Seller undertakes that he or she shall not, for a period of three (3) years after Completion, carry on or be interested in any business competing with the Company within the United Kingdom, nor solicit any customer of the Company.
7. Guarantee. The Buyer's Guarantor guarantees to the Sellers the due and punctual payment by the Buyer of the Deferred Consideration.
===
8. Notices. A notice given under this agreement shall be in writing and shall be deemed received two Business Days after posting.
9. Entire agreement. This agreement and the Disclosure Letter constitute the entire agreement between the parties and supersede the letter of intent dated 3 February 2026.
10. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the parties irrevocably submit to the exclusive jurisdiction of the courts of England and Wales.
This agreement has been entered into on the date stated at the beginning of it.
Signed by MARGARET ELLEN HOLLOWAY in the presence of: Witness: Sarah Lund, Solicitor, Leeds
Signed by DAVID PETER HOLLOWAY in the presence of: Witness: Sarah Lund, Solicitor, Leeds
Signed by Andrew Fenwick, Director, for and on behalf of FENWICK INDUSTRIAL HOLDINGS LIMITED
Signed by Claire Whitmore, Director, for and on behalf of FENWICK GROUP PLC`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Ellen Holloway", "David Peter Holloway", "Fenwick Industrial Holdings Limited", "Fenwick Group PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v18-corporate-ssa-meridian-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `# SERIES A SHARE SUBSCRIPTION AGREEMENT
KEY DETAILS
| Item | Details |
| Date of Agreement | 23/02/2026 |
| Company | Meridian Aquatech Pte. Ltd. (UEN 201912345K), 10 Science Park Road, #03-14 The Alpha, Singapore 117684 |
| Investor | Kestrel Ventures Fund II LP, acting by its general partner Kestrel Ventures GP Pte. Ltd. |
| Founder | Tan Wei Ling, of 58 Jalan Kembangan, Singapore 419123 |
| Subscription Shares | 1,250,000 Series A Preference Shares |
| Subscription Price | S$4,000,000 in aggregate (S$3.20 per share) |
| Long-Stop Date | 30 April 2026 |
| Governing Law | Singapore |
This Agreement is made on the Date of Agreement between the Company, the Investor and the Founder (each a "Party") named in the Key Details above, which form part of this Agreement.
# 1. Subscription
1.1 Subject to the Conditions, the Investor shall subscribe for and the Company shall allot and issue the Subscription Shares, credited as fully paid, at Completion.
1.2 If the Conditions are not satisfied or waived on or before the Long-Stop Date, this Agreement shall lapse, without prejudice to the accrued rights of any Party.
# 2. Completion
2.1 Completion shall take place on the fifth Business Day after the last Condition is satisfied. At Completion the Investor shall pay the Subscription Price into the Company's designated account by telegraphic transfer.
2.2 The Company shall apply the subscription monies towards the expansion of its Tuas aquaculture facility and its general working capital requirements for the eighteen (18) months following Completion.
===
# 3. Warranties
3.1 The Company and the Founder jointly and severally warrant to the Investor that each Warranty in Schedule 2 is true and accurate on the Date of Agreement and at Completion.
3.2 No claim may be brought under this Clause 3 unless written notice of it is given to the Company within twenty-four (24) months after Completion.
# 4. Founder Undertakings
4.1 The Founder shall remain employed by the Company on a full-time basis and shall not, for twelve (12) months after ceasing to be so employed, engage in any competing business in Singapore or Malaysia.
# 5. Governing Law and Dispute Resolution
5.1 This Agreement is governed by the laws of Singapore. Any dispute arising out of or in connection with it shall be referred to and finally resolved by arbitration in Singapore administered by the Singapore International Arbitration Centre.
# Signatures
| For Meridian Aquatech Pte. Ltd. | Name: Tan Wei Ling, Director |
| For Kestrel Ventures Fund II LP by Kestrel Ventures GP Pte. Ltd., its general partner | Name: Rohan Menon, Authorised Signatory |
| Tan Wei Ling | Signature: ____________ |`,
    truth: {
      title: "Series A Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Meridian Aquatech Pte. Ltd.", "Kestrel Ventures Fund II LP", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-23",
    },
  },
  {
    id: "v18-corporate-sha-bronach-ireland",
    format: "docx",
    source: `# SHAREHOLDERS' AGREEMENT
THIS AGREEMENT is made the twentieth day of January, two thousand and twenty-six
BETWEEN:
1. LIFFEY NOMINEES LIMITED, a company incorporated in Ireland (registered number 612390) having its registered office at 22 Fitzwilliam Square, Dublin 2, acting solely in its capacity as trustee of the Ó Ceallaigh Family Settlement (the "Trustee Shareholder");
2. SIOBHÁN Ó CEALLAIGH of 14 Seafield Road, Clontarf, Dublin 3 (the "Founder");
3. CORRIB CAPITAL PARTNERS DAC, a designated activity company incorporated in Ireland (registered number 655021) having its registered office at 5 Eyre Square, Galway (the "Investor"); and
4. BRÓNACH FOODS LIMITED, a company incorporated in Ireland (registered number 598877) having its registered office at Unit 3, Ballycoolin Business Park, Dublin 15 (the "Company").
WHEREAS:
(A) The Company has an issued share capital of €100,000 divided into 100,000 ordinary shares of €1.00 each, held as set out in Schedule 1.
(B) The parties wish to regulate their relationship as shareholders of the Company and certain aspects of its affairs.
NOW IT IS HEREBY AGREED as follows:
1. Board. The Board shall comprise up to five directors, of whom the Investor may appoint two and the Founder may appoint two; the chair shall have no casting vote.
2. Reserved Matters. The Company shall not, without Investor Consent, undertake any of the matters set out in Schedule 2.
3. Lock-in. No Shareholder shall transfer any Shares before the third anniversary of the date of this Agreement, other than by way of a Permitted Transfer.
===
4. Leavers. If the Founder ceases to be an employee of the Company within four (4) years after the date of this Agreement, she shall be deemed to have served a Transfer Notice in respect of all her Shares.
5. Non-compete. Each of the Founder and the Trustee Shareholder undertakes not, while a Shareholder and for twelve (12) months thereafter, to be engaged in any business competing with the Company in Ireland or Northern Ireland.
6. Dividend policy. Subject to the Companies Act 2014, the Company shall distribute not less than 30% of its distributable profits for each financial year within ninety (90) days after the approval of its audited accounts.
7. Duration. This Agreement shall take effect on the date hereof and shall continue in full force and effect until terminated. It shall terminate on the earliest of (a) a Listing, (b) completion of a Sale of the entire issued share capital of the Company, and (c) the written agreement of all the parties.
8. Notices. Any notice must be given in writing and, in the case of the Company, sent to its registered office marked for the attention of the Company Secretary.
9. Governing law. This Agreement shall be governed by and construed in accordance with the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
IN WITNESS whereof the parties have executed this Agreement on the date first written above.
SIGNED for and on behalf of LIFFEY NOMINEES LIMITED as trustee of the Ó Ceallaigh Family Settlement: Declan Byrne, Director
SIGNED by SIOBHÁN Ó CEALLAIGH in the presence of: Niamh Kelly, Solicitor
SIGNED for and on behalf of CORRIB CAPITAL PARTNERS DAC: Fergal Doyle, Director
SIGNED for and on behalf of BRÓNACH FOODS LIMITED: Siobhán Ó Ceallaigh, Director`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Liffey Nominees Limited", "Siobhán Ó Ceallaigh", "Corrib Capital Partners DAC", "Brónach Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-20",
      term: "Until terminated",
    },
  },
  {
    id: "v18-corporate-jva-cairngorm-scotland",
    format: "pdf",
    pdfMargin: 72,
    source: `# JOINT VENTURE AGREEMENT
MINUTE OF AGREEMENT
between
CAIRNGORM RENEWABLES LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 9 Inverness Business Park, Inverness IV2 5TD ("Cairngorm")
and
SKERRY OFFSHORE SERVICES LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305512) and having its Registered Office at 41 Regent Quay, Aberdeen AB11 5BE ("Skerry")
(together the "Parties")
WHEREAS the Parties wish to co-operate in the development, construction and operation of an offshore wind demonstration project off the coast of Caithness through a jointly owned company, Skerrydale Wind Limited (the "JV Company");
NOW THEREFORE the Parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions. In this Agreement: "Commencement Date" means 1 June 2026; "Business Plan" means the business plan of the JV Company adopted from time to time; and "Heads of Terms" means the heads of terms between the Parties dated 2 February 2026.
2. Shareholdings. Cairngorm and Skerry shall each subscribe for 50% of the ordinary shares in the JV Company within ten (10) Business Days after the Commencement Date.
3. Funding. Each Party shall provide its share of the funding set out in the Business Plan, up to a maximum of £2,500,000 each over the first thirty (30) months.
4. Duration. This Agreement shall commence on the Commencement Date and shall continue for an initial period of five (5) years. On the expiry of that initial period this Agreement shall automatically renew for successive periods of two (2) years each, unless either Party gives to the other not less than six (6) months' written notice of non-renewal before the end of the then current period.
5. Deadlock. If the board of the JV Company fails to resolve a Deadlock Matter at two consecutive meetings, either Party may refer it to the chief executives of the Parties, who shall meet within twenty (20) days of the referral.
===
6. Restriction. Neither Party shall, during the continuance of this Agreement and for twelve (12) months after it ceases to be a shareholder of the JV Company, develop any offshore wind project within 50 kilometres of the project site.
7. Confidentiality. The obligations in this clause 7 shall survive termination of this Agreement for a period of three (3) years.
8. Entire agreement. This Agreement supersedes the Heads of Terms, which were expressed to be governed by English law.
9. Law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the Parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of CAIRNGORM RENEWABLES LIMITED at Inverness on 12 May 2026 by Fiona MacLeod, Director, before this witness: Ewan Grant, 7 Culduthel Road, Inverness
Subscribed for and on behalf of SKERRY OFFSHORE SERVICES LLP at Aberdeen on 15 May 2026 by Alasdair Reid, Designated Member, before this witness: Morag Duthie, 3 Albyn Place, Aberdeen`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Cairngorm Renewables Limited", "Skerry Offshore Services LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v18-corporate-board-minutes-brightwater-delaware",
    format: "txt",
    source: `# MINUTES OF A SPECIAL MEETING OF THE BOARD OF DIRECTORS
BRIGHTWATER ANALYTICS, INC.
(a Delaware corporation)
A special meeting of the Board of Directors (the "Board") of Brightwater Analytics, Inc. (the "Company") was held on March 5, 2026, at 10:00 a.m. Eastern Time, by videoconference, pursuant to notice duly given in accordance with the Company's Bylaws.
Directors present: Priya Raman (Chair), Marcus Oyelaran, Helen Chu and Thomas Beckett, constituting all of the directors then in office. Also present by invitation: Daniel Foss of Whitcombe & Lyle LLP, counsel to the Company, and Jenna Ortiz, Chief Financial Officer, who acted as secretary of the meeting.
Ms. Raman called the meeting to order and announced that a quorum was present.
1. Series A Financing. Ms. Ortiz summarized the proposed sale of up to 8,400,000 shares of Series A Preferred Stock to Halcyon Growth Partners III, L.P. and other investors at $2.15 per share under a Series A Preferred Stock Purchase Agreement, with an initial closing expected on or about March 20, 2026 and a second closing within ninety (90) days thereafter. Mr. Foss reviewed the proposed Investors' Rights Agreement and Voting Agreement, each of which will be governed by Delaware law.
Upon motion duly made and seconded, the following resolutions were unanimously adopted:
RESOLVED, that the form, terms and provisions of the Series A Preferred Stock Purchase Agreement, substantially in the form presented to the Board, be and hereby are approved, and that the Chief Executive Officer be authorized to execute it on behalf of the Company;
RESOLVED FURTHER, that the Board recommends that the stockholders approve the Amended and Restated Certificate of Incorporation authorizing the Series A Preferred Stock;
2. Equity Awards. The Board reviewed the proposed grants under the 2023 Stock Incentive Plan.
RESOLVED, that the options listed on Exhibit A be granted effective March 5, 2026, each vesting as to 25% on the first anniversary of the vesting commencement date and in thirty-six (36) equal monthly installments thereafter, with a term of ten (10) years;
3. Office Lease. Ms. Ortiz reported that the landlord of the Company's premises at 200 Clarendon Street, Boston, has offered to extend the lease for a further thirty-six (36) months from July 1, 2026 at a 4% annual escalation.
RESOLVED, that the officers be authorized to negotiate and execute a lease extension on substantially those terms;
4. General Authority.
RESOLVED, that the officers of the Company be, and each of them hereby is, authorized to take all such further actions and to execute all such further documents as they deem necessary to carry out the foregoing resolutions.
There being no further business, the meeting was adjourned at 11:05 a.m.
Respectfully submitted,
Jenna Ortiz, Secretary of the Meeting
Approved: Priya Raman, Chair`,
    truth: {
      title: "Minutes of a Special Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Brightwater Analytics, Inc."],
      effectiveDate: "2026-03-05",
    },
  },
  {
    id: "v18-corporate-directors-resolution-kowhai-nz",
    format: "txt",
    source: `# WRITTEN RESOLUTION OF THE BOARD OF DIRECTORS
KŌWHAI ORCHARDS LIMITED (Company number 8123456) (the "Company")
Resolution in writing of the Board passed in accordance with clause 9 of the Third Schedule to the Companies Act 1993 and clause 18.4 of the Company's constitution.
Date: 2 April 2026
BACKGROUND
A. The Company has agreed, subject to the approval of the Board, to issue 400,000 ordinary shares to Tasman Horticulture Investments Limited (the "Subscriber") at $2.50 per share under a subscription agreement dated 27 March 2026 (the "Subscription Agreement").
B. The Subscription Agreement provides that the Subscriber may not dispose of the shares for a period of eighteen (18) months after their issue, and that completion must occur no later than 30 April 2026.
C. The Company's existing orchard lease with Te Puke Land Holdings Limited runs until 31 May 2031 and is unaffected by the issue.
RESOLUTIONS
1. Issue of shares: The Board resolves, in accordance with section 47 of the Companies Act 1993, to issue 400,000 ordinary shares to the Subscriber for a consideration of $1,000,000, and is of the opinion that the consideration for and terms of the issue are fair and reasonable to the Company and to all existing shareholders.
2. Certificate: The directors who vote in favour of resolution 1 shall sign a certificate under section 49 of the Companies Act 1993.
3. Share register: The Company Secretary is instructed to enter the Subscriber in the share register on completion and to file notice of the issue with the Registrar of Companies within ten (10) working days.
4. Authority: Any director is authorised to sign the share certificate and any other document required to complete the issue.
This resolution may be signed in any number of counterparts, which together constitute one resolution.
SIGNED by all the directors:
Hemi Parata, Director
Aroha Bennett, Director
Graham Whitlock, Director`,
    truth: {
      title: "Written Resolution of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Orchards Limited"],
      effectiveDate: "2026-04-02",
    },
  },
  {
    id: "v18-corporate-apa-lakeshore-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026,
BY AND AMONG:
LAKESHORE BAKERY SUPPLY INC., a corporation existing under the laws of the Province of Ontario (the "Vendor"),
- and -
2784411 ONTARIO INC., a corporation existing under the laws of the Province of Ontario (the "Purchaser"),
- and -
GORDON TREMBLAY, an individual residing in the City of Mississauga, in the Province of Ontario (the "Principal").
RECITALS
A. The Vendor carries on the business of distributing commercial baking ingredients and equipment from premises at 1150 Dundas Street East, Mississauga (the "Business").
B. The Principal is the sole shareholder of the Vendor and will benefit from the transactions contemplated by this Agreement.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
ARTICLE 1 – PURCHASE AND SALE
1.1 Purchased Assets. On the Closing Date, the Vendor shall sell, and the Purchaser shall purchase, all of the Vendor's right, title and interest in the inventory, equipment, customer lists, goodwill and intellectual property used in the Business, free and clear of all Encumbrances other than Permitted Encumbrances.
1.2 Purchase Price. The purchase price is CAD $3,150,000, subject to the inventory adjustment in Section 1.5, payable as to CAD $2,835,000 on Closing and as to CAD $315,000 (the "Holdback") to be held in escrow by the Escrow Agent for twelve (12) months after the Closing Date as security for the Vendor's indemnity obligations.
1.3 Closing. The closing shall take place electronically at 10:00 a.m. (Toronto time) on March 31, 2026, or such other date as the parties may agree in writing (the "Closing Date").
===
1.4 Premises Lease. The Vendor shall assign to the Purchaser, with the landlord's consent, the lease of the premises dated December 1, 2019 for a term expiring November 30, 2029.
1.5 Inventory Adjustment. The purchase price shall be increased or decreased, dollar for dollar, by the amount by which the inventory at Closing exceeds or falls short of CAD $410,000.
ARTICLE 2 – COVENANTS
2.1 Non-Competition. For a period of five (5) years following the Closing Date, neither the Vendor nor the Principal shall, directly or indirectly, carry on a business competing with the Business within the Province of Ontario.
2.2 Employees. The Purchaser shall offer employment to each Employee on terms substantially similar in the aggregate, effective as of the Closing Date.
ARTICLE 3 – INDEMNIFICATION
3.1 Survival. The representations and warranties of the Vendor and the Principal shall survive Closing for a period of eighteen (18) months, except that those relating to Taxes shall survive until ninety (90) days after the expiry of the applicable reassessment period.
3.2 Payment. Any amount owing under this Article 3 shall be paid within thirty (30) days after it is finally determined.
ARTICLE 4 – GENERAL
4.1 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the parties attorn to the non-exclusive jurisdiction of the courts of Ontario.
4.2 Counterparts. This Agreement may be executed in counterparts and delivered by electronic transmission.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
LAKESHORE BAKERY SUPPLY INC. Per: Gordon Tremblay, President. I have authority to bind the Corporation.
2784411 ONTARIO INC. Per: Anita Deshpande, Director. I have authority to bind the Corporation.
SIGNED, SEALED AND DELIVERED by GORDON TREMBLAY in the presence of Witness: Paul Nguyen`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Lakeshore Bakery Supply Inc.", "2784411 Ontario Inc.", "Gordon Tremblay"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v18-corporate-deed-of-variation-peel-isle-of-man",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to a joint venture agreement dated 10 June 2022
THIS DEED is made on 30 June 2026
BETWEEN:
(1) RAMSEY BAY MARINE LIMITED, a company incorporated in the Isle of Man with registered number 012345C whose registered office is at 14 Parliament Street, Ramsey, Isle of Man IM8 1AP ("Ramsey Bay");
(2) SNAEFELL LEISURE HOLDINGS LIMITED, a company incorporated in the Isle of Man under the Companies Act 2006 with registered number 004321V whose registered office is at 2 Athol Street, Douglas, Isle of Man IM1 1JA ("Snaefell"); and
(3) PEEL HARBOUR DEVELOPMENTS LIMITED, a company incorporated in the Isle of Man with registered number 018876C whose registered office is at The Quay, Peel, Isle of Man IM5 1AR (the "JV Company").
RECITALS:
(A) The parties entered into a joint venture agreement dated 10 June 2022 (the "Original Agreement") for the redevelopment of Peel marina, for an initial term of ten (10) years from that date.
(B) The parties wish to vary the Original Agreement on the terms of this Deed.
IT IS AGREED as follows:
1. Definitions. In this Deed, "Effective Date" means 1 July 2026, and terms defined in the Original Agreement have the same meanings when used in this Deed.
2. Variations. With effect from the Effective Date the Original Agreement is varied as follows:
2.1 in clause 5.2, the maximum funding commitment of each Shareholder is increased from £1,500,000 to £2,250,000;
2.2 in clause 7.1, the number of directors each Shareholder may appoint is increased from two to three; and
2.3 in clause 9.4, the date "31 December 2026" by which planning consent must be obtained is replaced with "31 March 2028".
===
3. Continuation. Save as varied by this Deed, the Original Agreement remains in full force and effect, and the Original Agreement and this Deed shall be read and construed as one document.
4. Costs. Snaefell shall reimburse the JV Company's legal costs of this Deed within 30 days of receipt of an invoice for them.
5. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Isle of Man, and the parties submit to the exclusive jurisdiction of the Manx courts.
IN WITNESS of which this Deed has been executed and delivered as a deed on the date first stated above.
Executed as a deed by RAMSEY BAY MARINE LIMITED acting by Kathryn Corlett, Director, in the presence of: Witness: Juan Kermode, Advocate, Douglas
Executed as a deed by SNAEFELL LEISURE HOLDINGS LIMITED acting by Peter Quayle, Director, in the presence of: Witness: Elaine Kinvig, Secretary, Douglas
Executed as a deed by PEEL HARBOUR DEVELOPMENTS LIMITED acting by Kathryn Corlett and Peter Quayle, Directors`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ramsey Bay Marine Limited", "Snaefell Leisure Holdings Limited", "Peel Harbour Developments Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-07-01",
      amends: "Joint Venture Agreement",
    },
  },
];
