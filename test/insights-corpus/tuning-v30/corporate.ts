import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, resolutions, asset purchases, variations, deal NDAs, investment agreements. */
export const CORPORATE_V30: UnseenDocument[] = [
  {
    id: "v30-corporate-spa-holloway-england",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Holloway Precision Castings Limited
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MARGARET ELIZABETH HOLLOWAY of Brook House, 4 Brook Lane, Harrogate HG2 7QT (the "First Seller");
(2) DAVID PETER HOLLOWAY of 17 Kirkgate, Ripon HG4 1PB (the "Second Seller" and, together with the First Seller, the "Sellers"); and
(3) THORNBURY ENGINEERING GROUP PLC, a company incorporated in England and Wales with company number 03318842 whose registered office is at Unit 9, Aztec West, Almondsbury, Bristol BS32 4TD (the "Buyer").
# BACKGROUND
(A) Holloway Precision Castings Limited (company number 06124470) (the "Company") is a private company limited by shares with an issued share capital of £100,000 divided into 100,000 ordinary shares of £1 each (the "Shares").
(B) The Sellers are the legal and beneficial owners of all of the Shares and have agreed to sell, and the Buyer has agreed to buy, the Shares on the terms of this agreement.
# 1. INTERPRETATION
1.1 In this agreement: "Completion" means completion of the sale and purchase of the Shares in accordance with clause 5; "Retention Amount" means £750,000; "Retention Period" means the period of eighteen (18) months from the Completion Date; and "Restricted Period" means the period of three years from the Completion Date.
# 2. SALE AND PURCHASE
2.1 Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set against that Seller's name in Schedule 1, free from all Encumbrances and with effect from Completion.
2.2 The consideration for the Shares is £8,400,000, of which £7,650,000 shall be paid on Completion and the Retention Amount shall be paid into the Escrow Account and held there for the Retention Period.
===
# 5. COMPLETION
5.1 Completion shall take place at the offices of the Buyer's Solicitors immediately after the signing of this agreement, or on such later date as the parties agree in writing, but in any event not later than 30 June 2026.
# 6. WARRANTIES AND LIMITATIONS
6.1 The Sellers jointly and severally warrant to the Buyer that each Warranty is true and accurate at the date of this agreement.
6.2 The Sellers shall not be liable for a Claim unless the Buyer gives notice of it before the date falling twenty-four (24) months after Completion, save for a Tax Claim, which must be notified within seven years after the end of the accounting period in which Completion occurs.
# 7. RESTRICTIVE COVENANTS
7.1 Neither Seller shall, during the Restricted Period, carry on or be engaged in any business which competes with the business of the Company as carried on at Completion, nor solicit or entice away any Senior Employee.
# 12. GOVERNING LAW AND JURISDICTION
12.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the law of England and Wales.
12.2 Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This agreement has been entered into on the date stated at the beginning of it.
===
# EXECUTION
Signed by MARGARET ELIZABETH HOLLOWAY in the presence of: Witness: Helen Pratt, Solicitor, 2 Park Square, Leeds LS1 2NE
Signed by DAVID PETER HOLLOWAY in the presence of: Witness: Helen Pratt, Solicitor, 2 Park Square, Leeds LS1 2NE
Signed by RICHARD ANSTEY, Director, for and on behalf of THORNBURY ENGINEERING GROUP PLC`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Elizabeth Holloway", "David Peter Holloway", "Thornbury Engineering Group plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v30-corporate-subscription-nexagrid-singapore",
    format: "docx",
    storedPageCount: 3,
    source: `# SHARE SUBSCRIPTION AGREEMENT
Dated 2 February 2026
NEXAGRID TECHNOLOGIES PTE. LTD.
(as Company)
HARBOUR TRUSTEES PTE. LTD.
(in its capacity as trustee of the Meridian Growth Trust, as Investor)
TAN WEI MING and PRIYA RAMASAMY
(as Founders)
Drew & Lim LLP, Advocates & Solicitors, Singapore
===
THIS AGREEMENT is made on 2 February 2026
BETWEEN:
(1) NEXAGRID TECHNOLOGIES PTE. LTD. (UEN 201934521K), a company incorporated in Singapore with its registered office at 71 Ayer Rajah Crescent, #05-12, Singapore 139951 (the "Company");
(2) HARBOUR TRUSTEES PTE. LTD. (UEN 200811203D), in its capacity as trustee of the Meridian Growth Trust, of 8 Marina View, #30-01, Singapore 018960 (the "Investor"); and
(3) TAN WEI MING (NRIC No. S8012345A) and PRIYA RAMASAMY (NRIC No. S8598765C), each of whose address is set out in Schedule 1 (each a "Founder").
# WHEREAS
(A) The Company wishes to raise funds for its Series A round and the Investor has agreed to subscribe for 1,250,000 Series A Preference Shares (the "Subscription Shares") on the terms of this Agreement.
# 1. DEFINITIONS
"Completion Date" means the fifth Business Day after the conditions in Clause 3 are satisfied or waived, or such other date as the Company and the Investor may agree in writing;
"Long-Stop Date" means 31 March 2026;
"Lock-up Period" means the period of twelve (12) months after the Completion Date.
# 2. SUBSCRIPTION
2.1 The Investor shall subscribe for the Subscription Shares at S$4.00 per share, an aggregate subscription price of S$5,000,000, payable in cash on the Completion Date.
2.2 If the conditions in Clause 3 are not fulfilled or waived by the Long-Stop Date, this Agreement shall lapse and no party shall have any claim against another, save in respect of antecedent breaches.
# 6. FOUNDER UNDERTAKINGS
6.1 Neither Founder shall transfer any Shares held by him or her during the Lock-up Period without the Investor's prior written consent.
6.2 Each Founder shall remain in the full-time employment of the Company for not less than thirty-six (36) months after the Completion Date.
# 14. GOVERNING LAW AND DISPUTE RESOLUTION
14.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
===
IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
| Signed by Lim Jia Hui, Director, for and on behalf of NEXAGRID TECHNOLOGIES PTE. LTD. | ______________________ |
| Signed by Kenneth Ong, Authorised Signatory, for and on behalf of HARBOUR TRUSTEES PTE. LTD. as trustee of the Meridian Growth Trust | ______________________ |
| Signed by TAN WEI MING | ______________________ |
| Signed by PRIYA RAMASAMY | ______________________ |`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Nexagrid Technologies Pte. Ltd.", "Harbour Trustees Pte. Ltd.", "Tan Wei Ming", "Priya Ramasamy"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v30-corporate-usa-northshore-ontario",
    format: "txt",
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
THIS AGREEMENT is made and entered into as of the 3rd day of March, 2026.
AMONG:
NORTHSHORE ROBOTICS INC., a corporation incorporated under the laws of the Province of Ontario (the "Corporation")
- and -
2987461 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario ("HoldCo")
- and -
ANDRÉ GAGNON, of the City of Ottawa, in the Province of Ontario ("Gagnon")
- and -
SARAH O'CONNELL, of the City of Toronto, in the Province of Ontario ("O'Connell")
WHEREAS HoldCo, Gagnon and O'Connell (the "Shareholders") are the registered and beneficial owners of all of the issued and outstanding shares of the Corporation and wish to set out their rights and obligations with respect to the Corporation and to restrict the powers of its directors, this Agreement being intended to be a unanimous shareholder agreement within the meaning of the Business Corporations Act (Ontario);
NOW THEREFORE in consideration of the mutual covenants herein contained, the parties agree as follows:
ARTICLE 4 - TRANSFER OF SHARES
4.1 No Shareholder shall sell, transfer or encumber any Shares except in accordance with this Article 4.
4.2 A Shareholder wishing to sell Shares shall first offer them to the other Shareholders, who shall have thirty (30) days from receipt of the offer notice in which to accept.
4.3 At any time after March 3, 2029, any Shareholder may deliver a buy-sell offer under Section 4.6, and each offeree shall have sixty (60) days in which to elect either to buy the offeror's Shares or to sell its own Shares at the offered price.
ARTICLE 7 - NON-COMPETITION
7.1 Each of Gagnon and O'Connell covenants that, while a Shareholder and for a period of twenty-four (24) months after ceasing to be a Shareholder, he or she shall not carry on or be engaged in any business competing with the Corporation anywhere in Canada.
ARTICLE 10 - TERM AND TERMINATION
10.1 This Agreement shall come into force on the date hereof and shall continue in force until terminated in accordance with Section 10.2.
10.2 This Agreement shall terminate upon the earliest of (a) one Shareholder becoming the holder of all of the issued shares of the Corporation; (b) the completion of an initial public offering of the Corporation's shares; and (c) the written agreement of all of the Shareholders.
10.3 Article 7 and Section 11.4 shall survive any termination of this Agreement.
ARTICLE 11 - GENERAL
11.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
11.2 Any notice hereunder shall be in writing and, if sent by registered mail, shall be deemed received on the fifth Business Day after mailing.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
NORTHSHORE ROBOTICS INC. Per: ____________ Name: Sarah O'Connell Title: President. I have authority to bind the Corporation.
2987461 ONTARIO INC. Per: ____________ Name: Michael Chen Title: Director. I have authority to bind the corporation.
SIGNED, SEALED AND DELIVERED in the presence of: ____________ Witness ____________ ANDRÉ GAGNON
____________ Witness ____________ SARAH O'CONNELL`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Northshore Robotics Inc.", "2987461 Ontario Inc.", "André Gagnon", "Sarah O'Connell"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v30-corporate-jv-glen-corrach-scotland",
    format: "pdf",
    pdfMargin: 90,
    source: `# JOINT VENTURE AGREEMENT
relating to the Glen Corrach Pumped Storage Project
MINUTE OF AGREEMENT
between
CALEDONIAN HYDRO DEVELOPMENTS LIMITED, incorporated under the Companies Acts (Registered Number SC512334) and having its Registered Office at 14 Ness Walk, Inverness IV3 5NE ("Caledonian")
and
NORDVIND ENERGI AS, a company incorporated in Norway (organisation number 918 224 561) and having its principal office at Strandkaien 22, 4005 Stavanger, Norway ("Nordvind")
CONSIDERING THAT:
(A) Caledonian holds an option over land at Glen Corrach, Highland, under an Option Agreement dated 3 November 2023;
(B) the parties wish to co-operate in the development of a pumped storage hydro scheme through a jointly owned company, Glen Corrach Storage Limited, to be incorporated in Scotland ("JVCo");
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. DEFINITIONS
In this Agreement: "Commencement Date" means 1 July 2026; "Development Phase" means the period from the Commencement Date until the date of financial close, which the parties expect not to exceed thirty (30) months; and "Parent Guarantee" means the guarantee granted by Nordvind Holding ASA in favour of Caledonian on or about the date of this Agreement, which is governed by Norwegian law.
2. DURATION
2.1 This Agreement shall have effect for an initial period of five (5) years commencing on the Commencement Date (the "Initial Period").
2.2 On the expiry of the Initial Period, and on the expiry of each Extended Period, this Agreement shall automatically continue for a further period of two (2) years (each an "Extended Period") unless either party has given the other not less than six (6) months' written notice of termination before the end of the Initial Period or the then current Extended Period.
===
3. CONTRIBUTIONS AND SHAREHOLDING
3.1 Caledonian shall subscribe for 51 per cent and Nordvind for 49 per cent of the issued share capital of JVCo within twenty (20) Business Days after the Commencement Date.
3.2 Each party shall fund Development Costs pro rata to its shareholding, up to a maximum of £6,000,000 each during the Development Phase.
4. DEADLOCK
4.1 If the Board of JVCo fails to resolve a Reserved Matter at two consecutive meetings, either party may refer it to the parties' chief executives, who shall meet within fifteen (15) days of the referral.
9. CONFIDENTIALITY
9.1 The obligations in this Clause 9 shall survive termination of this Agreement for three (3) years.
12. LAW AND JURISDICTION
12.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CALEDONIAN HYDRO DEVELOPMENTS LIMITED at Inverness on 12 June 2026 by Fiona MacLeod, Director | before this witness: Euan Grant, 3 Crown Circus, Inverness |
| Subscribed for and on behalf of NORDVIND ENERGI AS at Stavanger on 15 June 2026 by Lars Eriksen, Authorised Signatory | before this witness: Ingrid Solberg, Strandkaien 22, Stavanger |`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Caledonian Hydro Developments Limited", "Nordvind Energi AS"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v30-corporate-board-minutes-manx-tidal",
    format: "docx",
    storedPageCount: 2,
    source: `MANX TIDAL HOLDINGS LIMITED
(Incorporated in the Isle of Man under the Companies Act 2006 with company number 018842V)
# Minutes of a Meeting of the Board of Directors
held at 2nd Floor, Athol Street Chambers, Douglas, Isle of Man IM1 1JE on 18 May 2026 at 10.00 a.m.
| Present: | Catherine Kermode (Chair) |
|  | Joseph Quayle |
|  | Aidan Corlett |
| In attendance: | Louise Kinvig, for Douglas Corporate Services Limited, Company Secretary |
1. QUORUM AND NOTICE
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present, and declared the meeting open.
2. DECLARATIONS OF INTEREST
Mr Corlett declared an interest in item 4 as a director and shareholder of Ramsey Marine Services Limited, the proposed transferee. The Board noted that under article 21 of the Company's articles he may count in the quorum and vote on that item.
3. TERM LOAN FACILITY
3.1 There was produced to the meeting a draft facility agreement between the Company as borrower and Ellan Vannin Bank Limited as lender (the "Facility Agreement"), providing a term loan facility of £4,500,000 repayable in full on the date falling three (3) years after the first utilisation date and governed by Manx law.
3.2 IT WAS RESOLVED that the terms of, and the transactions contemplated by, the Facility Agreement are in the best interests of the Company and are approved, and that any two directors be authorised to execute the Facility Agreement on behalf of the Company.
===
4. TRANSFER OF SHARES
4.1 The Board considered a transfer of 2,500 ordinary shares from Mr Corlett to Ramsey Marine Services Limited, lodged with the Company on 11 May 2026 together with an instrument of transfer dated 8 May 2026.
4.2 IT WAS RESOLVED that the transfer be approved and registered and that the register of members be updated accordingly.
5. FILINGS
IT WAS RESOLVED that the Company Secretary be instructed to make all necessary filings with the Isle of Man Companies Registry within one month of the date of this meeting.
6. CLOSE
There being no further business, the Chair declared the meeting closed at 10.40 a.m.
Catherine Kermode
Chair
Signed as a correct record on 25 May 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Manx Tidal Holdings Limited"],
      effectiveDate: "2026-05-18",
    },
  },
  {
    id: "v30-corporate-deed-variation-apa-ireland",
    format: "txt",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made the 27th day of January 2026
BETWEEN
(1) LIFFEY VALLEY FOODS LIMITED, a company incorporated in Ireland with registered number 604417 and having its registered office at Unit 4, Grange Castle Business Park, Clondalkin, Dublin 22 (the "Seller"); and
(2) BÓTHAR NUA HOLDINGS DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 671205 and having its registered office at 10 Earlsfort Terrace, Dublin 2 (the "Buyer").
RECITALS
A. By an asset purchase agreement dated 9 October 2025 between the Seller and the Buyer (the "Original Agreement") the Seller agreed to sell and the Buyer agreed to buy the business and certain assets of the Seller's chilled ready meals division.
B. The Assets include the Seller's interest in a lease of premises at Carnbane Industrial Estate, Newry, County Down, for a term of twenty-five (25) years from 1 March 2015, which is governed by the law of Northern Ireland (the "Newry Lease"), the assignment of which requires the landlord's consent, which has not yet been obtained.
C. The parties wish to vary the Original Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. INTERPRETATION
1.1 Words and expressions defined in the Original Agreement have the same meanings in this Deed. "Variation Date" means 1 February 2026.
2. VARIATIONS
With effect from the Variation Date the Original Agreement shall be varied as follows:
2.1 in clause 4.3, the date "31 March 2026" for payment of the Deferred Consideration shall be deleted and replaced with "30 September 2026";
2.2 in clause 8.1, the period of "twelve (12) months" for notification of Warranty Claims shall be deleted and replaced with "eighteen (18) months"; and
2.3 a new clause 6.7 shall be inserted: "Pending the landlord's consent to the assignment of the Newry Lease, the Seller shall hold the Newry Lease on trust for the Buyer and the Buyer shall occupy the premises as licensee of the Seller."
3. CONTINUATION
3.1 Save as varied by this Deed, the Original Agreement remains in full force and effect, and the Original Agreement and this Deed shall be read and construed as one instrument.
4. GOVERNING LAW
4.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
IN WITNESS whereof the parties have executed this Deed as a deed and delivered it on the date first above written.
PRESENT when the common seal of LIFFEY VALLEY FOODS LIMITED was affixed hereto: Director: Niamh Byrne   Secretary: Conor Walsh
PRESENT when the common seal of BÓTHAR NUA HOLDINGS DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Pádraig Kelly   Director: Aoife Brennan`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Liffey Valley Foods Limited", "Bóthar Nua Holdings Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      amends: "Asset Purchase Agreement",
    },
  },
  {
    id: "v30-corporate-sale-of-business-karoo-sa",
    format: "pdf",
    pageFooters: true,
    source: `# SALE OF BUSINESS AGREEMENT
| Item | Particulars |
| Seller | Karoo Fresh Produce (Pty) Ltd, registration number 2011/004512/07, of 18 Voortrekker Road, Beaufort West, 6970 |
| Purchaser | Umhlanga Agri Holdings (Pty) Ltd, registration number 2017/221908/07, of 3 Palm Boulevard, Umhlanga Ridge, 4319 |
| Business | The fresh produce packing and distribution business conducted by the Seller under the name "Karoo Fresh" |
| Effective Date | 1 June 2026 |
| Purchase Price | R42,500,000 (exclusive of VAT), payable as set out in clause 5 |
| Restraint Period | 3 (three) years from the Effective Date |
===
1. INTERPRETATION
1.1 In this Agreement the words and expressions in the Particulars have the meanings given to them there, and "Signature Date" means the date of signature of this Agreement by the party last signing.
1.2 Notwithstanding the Signature Date, this Agreement shall take effect from the Effective Date, on which date ownership of and risk in the Business shall pass to the Purchaser.
2. SALE
2.1 The Seller sells the Business to the Purchaser as a going concern, together with the Assets, the Contracts and the goodwill, and the Purchaser purchases it, with effect from the Effective Date.
2.2 The parties agree that the Business is sold as a going concern for the purposes of section 11(1)(e) of the Value-Added Tax Act, 1991, and that VAT shall be levied at the rate of zero per cent.
3. EMPLOYEES
3.1 The employees of the Business shall transfer to the Purchaser in terms of section 197 of the Labour Relations Act, 1995, with effect from the Effective Date.
4. TRANSITIONAL SERVICES
4.1 For a period of 6 (six) months after the Effective Date the Seller shall continue to provide payroll and cold-storage services to the Purchaser at cost.
5. PAYMENT
5.1 The Purchase Price shall be paid into the trust account of the Purchaser's attorneys within 10 (ten) Business Days after the Signature Date and released to the Seller on the Effective Date, save that R4,000,000 shall be retained for 12 (twelve) months as security for warranty claims.
6. RESTRAINT
6.1 The Seller shall not, during the Restraint Period and within the Western Cape, Northern Cape and Eastern Cape provinces, be interested in any business competing with the Business.
===
7. GOVERNING LAW
7.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the High Court of South Africa, Western Cape Division, Cape Town.
8. DOMICILIUM
8.1 The parties choose as their domicilia citandi et executandi the addresses set out in the Particulars.
SIGNED at Beaufort West on 20 May 2026 for KAROO FRESH PRODUCE (PTY) LTD by Johannes van der Merwe, who warrants that he is duly authorised. As witnesses: 1. ____________ 2. ____________
SIGNED at Umhlanga on 22 May 2026 for UMHLANGA AGRI HOLDINGS (PTY) LTD by Thandeka Dlamini, who warrants that she is duly authorised. As witnesses: 1. ____________ 2. ____________`,
    truth: {
      title: "Sale of Business Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Karoo Fresh Produce (Pty) Ltd", "Umhlanga Agri Holdings (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-06-01",
    },
  },
  {
    id: "v30-corporate-nda-letter-kestrel-new-york",
    format: "docx",
    source: `RIDGELINE CAPITAL PARTNERS LLC
1270 Avenue of the Americas, 24th Floor, New York, NY 10020
March 9, 2026
STRICTLY PRIVATE AND CONFIDENTIAL
Kestrel Analytics, Inc.
400 West Monroe Street, Suite 1800
Chicago, IL 60606
Attention: Dr. Anita Ramaswamy, Chief Executive Officer
# Confidentiality Agreement
Dear Dr. Ramaswamy:
In connection with our consideration of a possible negotiated transaction involving the acquisition of all of the outstanding equity of Kestrel Analytics, Inc., a Delaware corporation (the "Company") (a "Transaction"), you have offered to make available to Ridgeline Capital Partners LLC ("we" or "us") certain information concerning the Company. As a condition to receiving such information, we agree as follows.
1. Evaluation Material. We shall use the Evaluation Material solely to evaluate the Transaction and shall keep it confidential, except for disclosure to those of our Representatives who need to know it for that purpose.
2. Standstill. For a period of twelve (12) months from the date of this letter agreement, neither we nor our affiliates will acquire any voting securities of the Company without the prior written invitation of the Company's Board of Directors.
3. Non-Solicitation. For a period of eighteen (18) months from the date of this letter agreement, we will not solicit for employment any officer of the Company with whom we had contact in connection with the Transaction.
4. Return of Material. Upon the Company's written request, we shall return or destroy all Evaluation Material within ten (10) business days.
5. Term. This letter agreement, and our obligations hereunder, shall expire two (2) years from the date of this letter agreement, except as otherwise expressly provided herein.
6. Governing Law. This letter agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles. This letter agreement supersedes our letter to you of February 17, 2026 expressing our preliminary interest.
===
Please confirm your agreement with the foregoing by signing and returning a copy of this letter.
Very truly yours,
RIDGELINE CAPITAL PARTNERS LLC
By: ____________ Name: Jonathan Pierce Title: Managing Director
Accepted and agreed as of the date first written above:
KESTREL ANALYTICS, INC.
By: ____________ Name: Anita Ramaswamy Title: Chief Executive Officer
Date: March 12, 2026`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Ridgeline Capital Partners LLC", "Kestrel Analytics, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-09",
      expiryDate: "2028-03-09",
      term: "2 years",
    },
  },
];
