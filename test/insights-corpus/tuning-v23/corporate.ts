import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23, corporate: share purchases and subscriptions, shareholders' and joint venture agreements, minutes, asset purchases and related deeds. */
export const CORPORATE_V23: UnseenDocument[] = [
  {
    id: "v23-corporate-jersey-trustee-spa",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Portelet Marine Services Limited
Dated 14 April 2026
BELLOZANNE TRUSTEES (JERSEY) LIMITED as trustee of The Seaview Settlement
and
GRÈVE DE LECQ HOLDINGS LIMITED
Vibert Hamon & Co., Advocates and Solicitors, 9 Bond Street, St Helier, Jersey JE2 3NP
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) BELLOZANNE TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 87214 whose registered office is at 3 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of The Seaview Settlement constituted by a declaration of trust dated 2 November 2009 (the "Seller"); and
(2) GRÈVE DE LECQ HOLDINGS LIMITED, a company incorporated in Jersey with registered number 141093 whose registered office is at 22 Hill Street, St Helier, Jersey JE4 8PX (the "Buyer").
# BACKGROUND
(A) Portelet Marine Services Limited (the "Company") is a private company incorporated in Jersey with registered number 55120. The Seller is the registered holder, as trustee, of all 10,000 ordinary shares of £1.00 each in the Company (the "Shares").
(B) The Buyer is a wholly-owned subsidiary of Rozel Capital Partners LP. Rozel Capital Partners LP is not a party to this Agreement and gives no undertaking under it.
# 1. INTERPRETATION
1.1 In this Agreement: "Completion" means completion of the sale and purchase of the Shares under clause 4; "Completion Date" means 30 April 2026 or such other date as the parties agree in writing; and "Warranty Period" means the period of twenty-four (24) months from the Completion Date.
# 2. SALE AND PURCHASE
2.1 The Seller shall sell, and the Buyer shall buy, the Shares free from all encumbrances and together with all rights attaching to them at Completion.
2.2 The consideration for the Shares is £4,850,000, of which £500,000 shall be paid at Completion into an escrow account with Jersey Fiduciary Bank (Channel Islands) Limited and released to the Seller eighteen (18) months after the Completion Date, less any amount then claimed by the Buyer.
# 3. TRUSTEE LIMITATION
3.1 The Seller enters into this Agreement solely in its capacity as trustee of The Seaview Settlement and its liability is limited to the assets of that settlement from time to time. The beneficiaries of the settlement, including Mrs Annette C. Le Brocq and her issue, are not parties to this Agreement.
# 4. COMPLETION
4.1 Completion shall take place at the offices of Vibert Hamon & Co. on the Completion Date, when the Seller shall deliver the share certificates and a signed transfer of the Shares in favour of the Buyer.
# 5. WARRANTIES AND RESTRICTIONS
5.1 The Seller gives the Warranties in Schedule 1 as at the date of this Agreement and at Completion. No claim may be brought unless written notice of it is given before the end of the Warranty Period.
5.2 The Seller shall procure that, for a period of three (3) years from Completion, no company held within The Seaview Settlement carries on a marine servicing business in Jersey or Guernsey in competition with the Company.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
6.2 The Company's existing loan facility with Channel Islands Commercial Bank Limited, which is governed by English law, shall be repaid at Completion.
===
# EXECUTION
| Signed for and on behalf of BELLOZANNE TRUSTEES (JERSEY) LIMITED as trustee of The Seaview Settlement | Signed for and on behalf of GRÈVE DE LECQ HOLDINGS LIMITED |
| Authorised signatory: Philippe M. Vibert | Director: Sir Anthony R. Le Marquand |
| Authorised signatory: Kerry-Ann Du Feu | Director: Nadia Quérée |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Bellozanne Trustees (Jersey) Limited", "Grève de Lecq Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v23-corporate-singapore-series-a-subscription",
    format: "pdf",
    pdfMargin: 90,
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Agreement is made on the 3rd day of March, 2026
# BETWEEN
| No. | Party | Description |
| 1 | LUMEN HARBOUR PTE. LTD. | a company incorporated in the Republic of Singapore (UEN 201934567K) having its registered office at 71 Ayer Rajah Crescent, #05-12, Singapore 139951 (the "Company") |
| 2 | KESTREL VENTURES FUND II, L.P. | an exempted limited partnership registered in the Cayman Islands (registration no. MC-104512), acting by its general partner, Kestrel GP II Ltd., and advised by its investment manager, Kestrel Capital Management Pte. Ltd. (the "Investor") |
| 3 | TAN WEI MING | (NRIC No. S8012345D) of 18 Jalan Kembangan, Singapore 419120 |
| 4 | DR. PRIYA RAMASAMY | (NRIC No. S8254321F) of 9 Cairnhill Rise, #14-03, Singapore 229741 |
(Parties 3 and 4 are together the "Founders" and each a "Founder".)
# WHEREAS
(A) The Company wishes to issue, and the Investor wishes to subscribe for, 1,250,000 Series A preference shares in the capital of the Company (the "Subscription Shares") on the terms of this Agreement.
(B) The Founders together hold all the issued ordinary shares of the Company and have agreed to give the warranties in Schedule 2 in favour of the Investor.
# 1. DEFINITIONS
1.1 "Completion" means completion of the subscription under Clause 3; "Long-Stop Date" means 30 June 2026; and "Shareholders' Agreement" means the shareholders' agreement in the agreed form to be entered into at Completion by the Company, the Founders and the Investor.
# 2. CONDITIONS
2.1 Completion is conditional on (a) the passing of the shareholders' resolutions in the agreed form, (b) the adoption of the new constitution and (c) no material adverse change occurring before Completion. If the conditions are not satisfied or waived by the Long-Stop Date, this Agreement shall lapse, save for Clauses 6 and 7.
# 3. SUBSCRIPTION AND COMPLETION
3.1 The subscription price is S$6.40 per Subscription Share, S$8,000,000 in aggregate, payable to the Company's account with Straits Orient Bank Limited within five (5) Business Days after the Company notifies the Investor that the conditions have been satisfied.
# 4. FOUNDER UNDERTAKINGS
4.1 Each Founder shall remain in the full-time employment of the Company for at least thirty-six (36) months after Completion and shall not, for twelve (12) months after ceasing to be employed, solicit any employee or customer of the Company.
# 5. WARRANTY CLAIMS
5.1 No Founder shall be liable for a warranty claim unless the Investor gives written notice of it within eighteen (18) months after Completion.
# 6. GOVERNING LAW AND DISPUTE RESOLUTION
6.1 This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration in Singapore under the SIAC Rules.
6.2 Nothing in this Agreement affects the Investor's limited partnership agreement, which is governed by the laws of the Cayman Islands.
# EXECUTION
| The Company | Signed by Tan Wei Ming, Director, for and on behalf of LUMEN HARBOUR PTE. LTD. |
| The Investor | Signed by Marcus Oei, Director of Kestrel GP II Ltd., as general partner for and on behalf of KESTREL VENTURES FUND II, L.P. |
| Founder | Signed by TAN WEI MING in the presence of Lim Siew Hoon, Advocate & Solicitor |
| Founder | Signed by DR. PRIYA RAMASAMY in the presence of Lim Siew Hoon, Advocate & Solicitor |`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Lumen Harbour Pte. Ltd.", "Kestrel Ventures Fund II, L.P.", "Tan Wei Ming", "Dr. Priya Ramasamy"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v23-corporate-ontario-unanimous-shareholder",
    format: "pdf",
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
THIS AGREEMENT is made as of the 15th day of June, 2026.
AMONG:
NORTHSHORE MAPLE PROVISIONS INC., a corporation existing under the laws of the Province of Ontario (the "Corporation")
- and -
2745198 ONTARIO INC., a corporation existing under the laws of the Province of Ontario ("HoldCo")
- and -
GAGNON, TREMBLAY & ASSOCIÉS HOLDINGS LTD., a corporation existing under the Canada Business Corporations Act ("GTA")
- and -
MARIE-ÈVE CÔTÉ, an individual resident in the City of Greater Sudbury, in the Province of Ontario ("Côté")
WHEREAS HoldCo, GTA and Côté (the "Shareholders") own all of the issued and outstanding shares of the Corporation, and HoldCo is controlled by the trustees of the Brennan Family Trust, who are not parties to this Agreement;
AND WHEREAS the Shareholders wish to restrict, in part, the powers of the directors of the Corporation to manage its business and affairs, and this Agreement is intended to be a unanimous shareholder agreement under the Business Corporations Act (Ontario);
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 — INTERPRETATION
1.1 "Effective Date" means July 1, 2026. "Prior Agreement" means the shareholders' agreement dated March 4, 2019 among the Corporation, HoldCo and GTA, which is governed by the laws of the Province of Québec and is terminated and superseded on the Effective Date.
# ARTICLE 2 — TERM
2.1 This Agreement shall come into force on the Effective Date and, unless terminated earlier under Section 12.1, shall continue for an initial term of five (5) years commencing on the Effective Date (the "Initial Term").
2.2 Upon the expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless a Shareholder holding not less than 25% of the issued shares delivers written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# ARTICLE 3 — TRANSFERS
3.1 No Shareholder shall transfer any shares except in accordance with the right of first refusal in this Article. An offeree Shareholder shall have sixty (60) days from receipt of a transfer notice to elect to purchase.
3.2 The shotgun buy-sell provisions in Schedule B may not be triggered during the first twenty-four (24) months after the Effective Date.
# ARTICLE 4 — NON-COMPETITION
4.1 Each Shareholder covenants that, while a Shareholder and for a period of twenty-four (24) months after ceasing to be a Shareholder, it shall not carry on a maple products business in Ontario or Québec.
# ARTICLE 13 — GENERAL
13.4 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
13.5 The Corporation's credit agreement with Caisse Populaire Nord-Est Ltée is not affected by this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| NORTHSHORE MAPLE PROVISIONS INC. Per: Luc Tremblay, President. I have authority to bind the corporation. | 2745198 ONTARIO INC. Per: Kathleen A. Brennan, Secretary. I have authority to bind the corporation. |
| GAGNON, TREMBLAY & ASSOCIÉS HOLDINGS LTD. Per: Jean-François Gagnon, Director. I have authority to bind the corporation. | MARIE-ÈVE CÔTÉ. Witness: Daniel Okafor, Barrister and Solicitor |`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Northshore Maple Provisions Inc.", "2745198 Ontario Inc.", "Gagnon, Tremblay & Associés Holdings Ltd.", "Marie-Ève Côté"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v23-corporate-difc-facilities-jv",
    format: "pdf",
    pageFooters: true,
    source: `# JOINT VENTURE AGREEMENT
in relation to Noor Hanse Facilities Management Limited
DATED 18 AUGUST 2026
(1) AL NOOR INFRASTRUCTURE INVESTMENTS L.L.C.
(2) HANSEATIC BAU & TECHNIK GMBH
Sayegh Whitcombe LLP, Gate Village 4, Dubai International Financial Centre, Dubai
===
THIS AGREEMENT is dated 18 August 2026
# PARTIES
(1) AL NOOR INFRASTRUCTURE INVESTMENTS L.L.C., a limited liability company incorporated in the Emirate of Dubai with commercial licence number 774512 and whose principal office is at Office 1203, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, United Arab Emirates ("Al Noor"); and
(2) HANSEATIC BAU & TECHNIK GMBH, a company with limited liability incorporated under the laws of the Federal Republic of Germany, registered in the commercial register of the local court of Hamburg under HRB 165432, whose registered office is at Große Elbstraße 145, 22767 Hamburg, Germany ("Hanseatic"),
(each a "Shareholder" and together the "Shareholders").
# BACKGROUND
(A) The Shareholders wish to establish a private company in the DIFC, to be named Noor Hanse Facilities Management Limited (the "JV Company"), to provide integrated facilities management services to commercial towers in Dubai.
(B) Al Noor's obligations under this Agreement are guaranteed by its parent, Al Noor Holding Group PJSC, under a separate parent company guarantee. Al Noor Holding Group PJSC is not a party to this Agreement.
# 1. DEFINITIONS
1.1 "Commencement Date" means 1 October 2026. "Lock-in Period" means the period of three (3) years from the Commencement Date during which no Shareholder may transfer any Shares.
# 2. DURATION
2.1 This Agreement shall take effect on the Commencement Date and shall remain in force from the Commencement Date until 30 September 2033, unless terminated earlier under clause 14.
2.2 The Shareholders may, by agreement in writing made no later than six (6) months before 30 September 2033, extend this Agreement for a further period of five (5) years.
# 3. CAPITAL AND FUNDING
3.1 The JV Company's initial share capital of AED 10,000,000 shall be subscribed 51 per cent by Al Noor and 49 per cent by Hanseatic within thirty (30) days after the Commencement Date, and paid into the JV Company's account with Emirates Crescent Bank PJSC.
# 4. BOARD AND DEADLOCK
4.1 Al Noor may appoint three directors and Hanseatic two. The first chairman shall be Mr. Khalid bin Rashid Al Suwaidi. A deadlock not resolved within forty-five (45) days shall be referred to the chief executives of the Shareholders.
# 5. CONFIDENTIALITY
5.1 The obligations in this clause shall survive for a period of five (5) years after this Agreement terminates.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any non-contractual obligations arising out of it shall be governed by the laws of the Dubai International Financial Centre, and the Courts of the DIFC shall have exclusive jurisdiction.
6.2 The services agreement to be made between the JV Company and Hanseatic shall be governed by the laws of the Emirate of Dubai and the applicable federal laws of the United Arab Emirates.
===
# SIGNATURES
| Signed by Khalid bin Rashid Al Suwaidi, Managing Director, for and on behalf of AL NOOR INFRASTRUCTURE INVESTMENTS L.L.C. | Signed by Dr. Jörg-Henning Bräutigam, Geschäftsführer, for and on behalf of HANSEATIC BAU & TECHNIK GMBH |
| Witness: Fatima Al Zarooni | Witness: Anke Thießen |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Al Noor Infrastructure Investments L.L.C.", "Hanseatic Bau & Technik GmbH"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-10-01",
      expiryDate: "2033-09-30",
      term: "84 months",
    },
  },
  {
    id: "v23-corporate-nz-board-minutes",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
of KŌWHAI ORCHARDS LIMITED (company number 6123457)
held at Level 2, 18 Devonport Road, Tauranga and by audio-visual link on Tuesday, 10 February 2026 at 9.30 am
| Present | Hemi T. Walker (Chairperson); Sarah-Jane O'Donoghue; Dr Michael Chen; Ngaire Thompson |
| In attendance | Rāwiri Ngata (Ngata Walsh Lawyers); Priyanka Desai (Chief Financial Officer, minute-taker) |
| Apologies | Tom Fairbairn |
# 1. NOTICE AND QUORUM
The Chairperson noted that notice of the meeting had been given to all directors and that a quorum was present. The meeting was declared open.
# 2. INTERESTS
Dr Chen declared that he is a trustee of the Chen Family Trust, which holds units in Te Awa Investments Limited Partnership, the proposed subscriber under item 5. The interest was entered in the interests register.
# 3. PREVIOUS MINUTES
The minutes of the meeting held on 9 December 2025 were confirmed as a true and correct record.
# 4. BANKING FACILITY
The CFO tabled a facility agreement offered by Southern Cross Bank Limited for a NZ$12,000,000 revolving credit facility for a term of three (3) years from first drawdown, governed by the laws of New Zealand.
RESOLVED that the Company enter into the facility agreement and that any two directors be authorised to sign it on the Company's behalf.
# 5. SHARE ISSUE
RESOLVED that, in accordance with section 47 of the Companies Act 1993 and the Company's constitution, the Company issue 400,000 ordinary shares to Te Awa Investments Limited Partnership at NZ$2.50 per share, the board being satisfied that the consideration and terms of issue are fair and reasonable to the Company and to all existing shareholders. Dr Chen abstained.
# 6. PACKHOUSE LEASE
The board approved the renewal of the lease of the Te Puke packhouse from Bay of Plenty Property Trustees Limited for a further term of six (6) years commencing on 1 April 2026, with two rights of renewal of three (3) years each.
# 7. GENERAL BUSINESS AND CLOSE
There being no further business, the meeting closed at 11.05 am. The next meeting will be held on Tuesday, 14 April 2026.
Signed as a correct record:
Hemi T. Walker, Chairperson
Date: 14 April 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Orchards Limited"],
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v23-corporate-delaware-brewery-apa",
    format: "docx",
    storedPageCount: 3,
    source: `# ASSET PURCHASE AGREEMENT
This Asset Purchase Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Agreement Date"), by and among Harlan & Birch Beverages, Inc., a Delaware corporation ("Buyer"); Redwood Coast Brewing Company, LLC, a California limited liability company ("Seller"); and Daniel R. O'Connell and Sofia Marquez-O'Connell, individuals residing in Humboldt County, California (each a "Member" and together the "Members").
# RECITALS
WHEREAS, Seller is engaged in the business of brewing, packaging and distributing craft beer under the "Lost Coast Tide" brand (the "Business");
WHEREAS, the Members together own all of the outstanding membership interests of Seller; and
WHEREAS, Seller wishes to sell to Buyer, and Buyer wishes to purchase from Seller, substantially all of the assets of the Business, on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
# ARTICLE I — PURCHASE AND SALE
1.1 Purchased Assets. At the Closing, Seller shall sell, assign and transfer to Buyer all of Seller's right, title and interest in the Purchased Assets, including Seller's rights under the lease of 1100 Waterfront Drive, Eureka, California dated May 1, 2019 with Bayview Industrial Properties, L.P. for a term of ten (10) years (the "Assigned Lease").
1.2 Excluded Assets. The Purchased Assets do not include cash, Seller's limited liability company records or the Members' personal vehicles.
# ARTICLE II — PURCHASE PRICE
2.1 Purchase Price. The aggregate purchase price is $7,250,000, payable at Closing by wire transfer, less the Escrow Amount.
2.2 Escrow. $725,000 (the "Escrow Amount") shall be deposited with First Pacific Trust Company, N.A., as escrow agent, and held for eighteen (18) months following the Closing Date.
===
# ARTICLE III — CLOSING
3.1 The closing of the transactions contemplated hereby (the "Closing") shall take place remotely by exchange of documents on April 1, 2026, or on such other date as Buyer and Seller may agree (the "Closing Date").
# ARTICLE VI — COVENANTS
6.4 Non-Competition. For a period of five (5) years following the Closing Date, neither Seller nor any Member shall, directly or indirectly, engage in the brewing of beer for sale in California, Oregon or Washington.
6.5 Transition Services. For ninety (90) days after the Closing Date, Seller shall provide Buyer with reasonable transition assistance at no additional charge.
# ARTICLE VIII — INDEMNIFICATION
8.1 Survival. The representations and warranties of Seller and the Members shall survive the Closing for twenty-four (24) months, except that the Fundamental Representations shall survive until sixty (60) days after the expiration of the applicable statute of limitations.
# ARTICLE X — MISCELLANEOUS
10.6 Governing Law. This Agreement shall be governed by and construed in accordance with the internal laws of the State of Delaware, without giving effect to any choice or conflict of law provision or rule. The Assigned Lease shall continue to be governed by the laws of the State of California.
10.7 Notices. Notices to Seller or the Members shall be copied to Keller Fonseca LLP, 455 Market Street, San Francisco, California 94105, Attention: Renée Fonseca, Esq., which copy shall not constitute notice.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Agreement Date.
| BUYER: HARLAN & BIRCH BEVERAGES, INC. | SELLER: REDWOOD COAST BREWING COMPANY, LLC |
| By: Margaret L. Harlan, Chief Executive Officer | By: Daniel R. O'Connell, Managing Member |
| MEMBER: Daniel R. O'Connell | MEMBER: Sofia Marquez-O'Connell |`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Harlan & Birch Beverages, Inc.", "Redwood Coast Brewing Company, LLC", "Daniel R. O'Connell", "Sofia Marquez-O'Connell"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v23-corporate-ni-sha-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 5 May 2021 in respect of Lagan Valley Precision Engineering Limited
THIS DEED is made on the twelfth day of February two thousand and twenty-six
BETWEEN:
(1) LAGAN VALLEY PRECISION ENGINEERING LIMITED, a company incorporated in Northern Ireland with registered number NI612345 whose registered office is at Unit 4, Ballinderry Road Industrial Estate, Lisburn BT28 2SA (the "Company");
(2) CAUSEWAY GROWTH FUND LP, a limited partnership registered in Northern Ireland with number NL000217, acting by its general partner, Causeway GP Limited, and managed by Causeway Capital Partners (NI) LLP, whose principal place of business is at 7 Donegall Square East, Belfast BT1 5HD (the "Investor"); and
(3) SEAMUS P. McALINDEN of 14 Malone Park, Belfast BT9 6NJ (the "Manager").
# RECITALS
(A) The Company, the Investor, the Manager and Orla Nic Giolla Phádraig entered into a shareholders' agreement dated 5 May 2021 (the "Original Agreement"), which by its clause 22 continues for a period of ten (10) years from its date and which is governed by the laws of England and Wales.
(B) On 30 November 2025 Orla Nic Giolla Phádraig transferred all of her shares in the Company to the Manager and ceased to be a party to the Original Agreement. She is not a party to this Deed.
(C) The parties wish to vary the Original Agreement as set out in this Deed.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Deed, "Effective Date" means 1 March 2026. Terms defined in the Original Agreement have the same meanings in this Deed.
# 2. VARIATIONS
2.1 With effect from the Effective Date the Original Agreement is varied as follows:
(a) in clause 6.1, the words "two Investor Directors" are replaced with "three Investor Directors";
(b) in clause 14.2 (Drag Along), "75 per cent" is replaced with "66 per cent"; and
(c) a new clause 9.7 is inserted: "The Manager shall not, for a period of twelve (12) months after ceasing to be an employee of the Company, solicit any customer of the Company."
2.2 Save as varied by this Deed, the Original Agreement remains in full force and effect and shall be read and construed as one document with this Deed.
# 3. GOVERNING LAW AND JURISDICTION
3.1 This Deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
===
IN WITNESS whereof this Deed has been executed and delivered on the date first stated above.
| Executed as a deed by LAGAN VALLEY PRECISION ENGINEERING LIMITED acting by two directors | Executed as a deed by CAUSEWAY GP LIMITED as general partner for and on behalf of CAUSEWAY GROWTH FUND LP |
| Director: Gráinne M. O'Hare | Director: Robert J. Ferguson-Kerr |
| Director: Seamus P. McAlinden | in the presence of Witness: Helen Dunwoody, Solicitor, Belfast |
| Signed as a deed by SEAMUS P. McALINDEN | in the presence of Witness: Conor Breen, 22 Stranmillis Road, Belfast BT9 5AA |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Precision Engineering Limited", "Causeway Growth Fund LP", "Seamus P. McAlinden"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v23-corporate-scotland-transitional-services",
    format: "pdf",
    source: `# TRANSITIONAL SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
STRATHKELVIN DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC412876) and having its registered office at 5 Canal Street, Kirkintilloch, Glasgow G66 1QZ (the "Provider")
and
GLEN AFFRIC SPIRITS (HOLDINGS) PLC, incorporated under the Companies Acts (registered number SC097731) and having its registered office at 40 Queen's Gate, Inverness IV1 1DE (the "Recipient")
WHEREAS:
(A) By a business purchase agreement among the Provider, the Recipient and Clyde & Forth Beverage Group plc dated 10 April 2026 (the "BPA"), the Provider agreed to sell its Loch Lomondside bottling business to the Recipient.
(B) Under clause 9 of the BPA the Provider agreed to provide certain transitional services to the Recipient after completion. Clyde & Forth Beverage Group plc is not a party to this Agreement.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
1.1 "Commencement Date" means 1 May 2026, being the Completion Date under the BPA; "Services" means the IT, payroll and warehousing services described in the Schedule; and "Service Charges" means the charges set out in the Schedule.
# 2. Duration
2.1 The Provider shall provide the Services for an initial period of six (6) months commencing on the Commencement Date (the "Initial Period").
2.2 On the expiry of the Initial Period this Agreement shall automatically continue for successive periods of three (3) months each unless either party gives the other not less than thirty (30) days' written notice of termination expiring at the end of the Initial Period or of any such further period.
# 3. Charges
3.1 The Service Charges shall be invoiced monthly in arrears and are payable within thirty (30) days of the date of invoice.
# 4. Confidentiality
4.1 Each party's obligations under this clause shall survive for two (2) years after termination of this Agreement.
# 5. Law and Jurisdiction
5.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
5.2 Nothing in this Agreement affects the BPA, which is governed by the law of England and Wales.
# SCHEDULE — THE SERVICES
| Service | Description | Charge |
| IT | Access to the Provider's SAP Business One instance and first-line helpdesk support, provided through the Provider's contractor, Caledonian Systems Limited | £6,500 per month |
| Payroll | Processing of monthly payroll for the 42 transferring employees, including RTI submissions to HMRC | £1,200 per month |
| Warehousing | Storage of finished goods in the Provider's bonded warehouse at Bishopbriggs | £9.40 per pallet per week |
===
IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:
| Subscribed for and on behalf of STRATHKELVIN DISTILLERS LIMITED at Glasgow on 24 April 2026 by Alasdair J. MacLeod, Director | Subscribed for and on behalf of GLEN AFFRIC SPIRITS (HOLDINGS) PLC at Inverness on 28 April 2026 by Catriona Munro-Fraser, Company Secretary |
| before this witness: Morag Henderson, Solicitor, 10 George Square, Glasgow | before this witness: Iain D. Grant, Trainee Solicitor, Inverness |`,
    truth: {
      title: "Transitional Services Agreement",
      documentType: "Services agreement",
      parties: ["Strathkelvin Distillers Limited", "Glen Affric Spirits (Holdings) PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
      renewal: "3 months",
    },
  },
];
