import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: corporate — share purchases, subscriptions, shareholders' and joint venture agreements, minutes, asset purchases, variations and deal NDAs. */
export const CORPORATE_V27: UnseenDocument[] = [
  {
    id: "v27-corporate-spa-harrowgate-england",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Harrowgate Analytics Limited
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) MARGARET ELSPETH QUINN of 7 Cranmer Road, Harrogate HG1 2AB (the “First Seller”);
(2) DANIEL OKONJO-BRIGHT of Flat 3, 19 Victoria Avenue, Leeds LS6 1DR (the “Second Seller” and, together with the First Seller, the “Sellers”); and
(3) PELLFIELD DATA GROUP PLC incorporated and registered in England and Wales with company number 08812347 whose registered office is at 100 Bishopsgate, London EC2N 4AG (the “Buyer”).
# BACKGROUND
(A) Harrowgate Analytics Limited is a private company limited by shares incorporated in England and Wales with company number 10233871 (the “Company”). The Sellers are the legal and beneficial owners of the whole of the issued share capital of the Company (the “Sale Shares”).
(B) The Sellers have agreed to sell, and the Buyer has agreed to buy, the Sale Shares on the terms of this agreement.
# AGREED TERMS
1. INTERPRETATION
1.1 The definitions in this clause apply in this agreement.
“Completion” means completion of the sale and purchase of the Sale Shares in accordance with clause 5.
“Long Stop Date” means 30 June 2026 or such later date as the Sellers and the Buyer may agree in writing.
“Retention Amount” means £750,000, to be held in the Retention Account for a period of 18 months following Completion and released in accordance with Schedule 4.
2. SALE AND PURCHASE
2.1 On the terms of this agreement, each Seller shall sell and the Buyer shall buy the Sale Shares set opposite that Seller’s name in Part 1 of Schedule 1 with full title guarantee, free from all Encumbrances, with effect from Completion.
3. CONSIDERATION
3.1 The consideration for the Sale Shares is £4,750,000, of which £4,000,000 shall be paid on Completion and the Retention Amount shall be paid into the Retention Account.
4. CONDITION
4.1 Completion is conditional on the Buyer’s shareholders passing the Resolution. If the Condition is not satisfied (or waived by the Buyer) on or before the Long Stop Date, this agreement shall automatically terminate and no party shall have any claim against another, save for any antecedent breach.
===
5. COMPLETION
5.1 Completion shall take place at the offices of the Buyer’s Solicitors on the fifth Business Day after the Condition has been satisfied, when the Sellers shall deliver the documents listed in Schedule 2.
6. WARRANTIES AND LIMITATIONS
6.1 Each Seller warrants to the Buyer that each Warranty is true, accurate and not misleading on the date of this agreement.
6.2 No Seller shall be liable for a Claim unless the Buyer has given notice of it on or before the date falling 24 months after Completion (or, for a Tax Claim, seven years after the end of the accounting period in which Completion occurs).
7. RESTRICTIVE COVENANTS
7.1 Each Seller covenants with the Buyer that he or she shall not, for a period of three years from Completion, carry on or be engaged in any business which competes with the Business in the United Kingdom.
8. GOVERNING LAW AND JURISDICTION
8.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter or formation shall be governed by and construed in accordance with the law of England and Wales.
8.2 Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This agreement has been entered into on the date stated at the beginning of it.
Signed by MARGARET ELSPETH QUINN in the presence of: Witness: Susan Arkwright, 4 Mill Lane, Knaresborough
Signed by DANIEL OKONJO-BRIGHT in the presence of: Witness: Peter Hallam, 22 Oak Street, Leeds
Signed by Jonathan Reeve, Director, for and on behalf of PELLFIELD DATA GROUP PLC`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Margaret Elspeth Quinn", "Daniel Okonjo-Bright", "Pellfield Data Group PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v27-corporate-jva-lone-mesa-texas",
    format: "pdf",
    pageFooters: true,
    source: `# JOINT VENTURE AGREEMENT
between
LONE MESA RENEWABLES, LLC
and
CORDOVA GRID SOLUTIONS, INC.
Dated as of March 3, 2026
===
# JOINT VENTURE AGREEMENT
This Joint Venture Agreement (this “Agreement”) is made and entered into as of March 3, 2026, by and between Lone Mesa Renewables, LLC, a Texas limited liability company (“Lone Mesa”), and Cordova Grid Solutions, Inc., a Delaware corporation (“Cordova”). Lone Mesa and Cordova are each referred to herein as a “Venturer” and together as the “Venturers.”
# RECITALS
WHEREAS, Lone Mesa holds development rights to certain land in Pecos and Reeves Counties, Texas, and Cordova designs and operates utility-scale battery energy storage systems; and
WHEREAS, the Venturers desire to form a joint venture to develop, construct and operate battery energy storage facilities on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the Venturers agree as follows:
# ARTICLE I – DEFINITIONS
1.1 “Effective Date” means April 1, 2026.
1.2 “Project” means the approximately 200 MW battery storage facility to be located at the Site described in Exhibit A.
# ARTICLE II – FORMATION AND PURPOSE
2.1 The Venturers hereby form a contractual joint venture to be known as “Mesa-Cordova Storage JV” (the “Venture”). Nothing in this Agreement shall be deemed to create a partnership, corporation or other legal entity.
# ARTICLE III – CAPITAL CONTRIBUTIONS
3.1 Each Venturer shall make the initial capital contribution set forth opposite its name below within thirty (30) days after the Effective Date:
| Venturer | Initial Capital Contribution | Percentage Interest |
| Lone Mesa Renewables, LLC | $6,000,000 (including land rights valued at $4,500,000) | 40% |
| Cordova Grid Solutions, Inc. | $9,000,000 | 60% |
3.2 Distributable cash shall be distributed to the Venturers in accordance with their Percentage Interests within forty-five (45) days after the end of each calendar quarter.
===
# ARTICLE IV – MANAGEMENT
4.1 The Venture shall be managed by a Management Committee of four (4) members, two (2) appointed by each Venturer. Decisions of the Management Committee require the approval of at least one member appointed by each Venturer.
# ARTICLE V – TERM
5.1 The term of this Agreement shall commence on the Effective Date and shall continue for a period of five (5) years (the “Initial Term”).
5.2 Upon the expiration of the Initial Term, this Agreement shall automatically renew for successive periods of one (1) year each (each, a “Renewal Term”), unless either Venturer delivers written notice of non-renewal to the other at least one hundred twenty (120) days prior to the expiration of the then-current term.
# ARTICLE VI – NON-COMPETITION; CONFIDENTIALITY
6.1 During the term of this Agreement and for eighteen (18) months thereafter, neither Venturer shall develop a competing battery storage project within fifty (50) miles of the Site.
6.2 The obligations of confidentiality under this Article VI shall survive for three (3) years following termination or expiration of this Agreement.
# ARTICLE VII – GOVERNING LAW; DISPUTES
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without giving effect to any choice or conflict of law provision or rule.
7.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the American Arbitration Association in Houston, Texas.
IN WITNESS WHEREOF, the Venturers have executed this Agreement as of the date first written above.
LONE MESA RENEWABLES, LLC   By: ______________   Name: Dolores Villarreal   Title: Managing Member
CORDOVA GRID SOLUTIONS, INC.   By: ______________   Name: Aaron K. Whitfield   Title: Chief Executive Officer`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Lone Mesa Renewables, LLC", "Cordova Grid Solutions, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v27-corporate-apa-northshore-ontario",
    format: "pdf",
    pdfMargin: 48,
    source: `# ASSET PURCHASE AGREEMENT
# Particulars
| Date of Agreement | May 15, 2026 |
| Vendor | Northshore Millwork Ltd., a corporation existing under the laws of Ontario (Ontario Corporation No. 2718840), 455 Industrial Parkway North, Barrie, Ontario L4N 3V7 |
| Purchaser | Bracebridge Cabinetry Holdings Inc., a corporation existing under the Canada Business Corporations Act, 80 Entrance Drive, Bracebridge, Ontario P1L 1S1 |
| Principal | Raymond Joseph Thibault, of the City of Barrie, in the Province of Ontario |
| Business | The custom millwork and kitchen cabinetry business carried on by the Vendor at Barrie, Ontario |
| Purchase Price | CAD $2,360,000, subject to adjustment under Section 2.5 |
| Holdback | CAD $236,000, to be released eighteen (18) months after the Closing Date |
| Closing Date | June 1, 2026, or such other date as the Vendor and the Purchaser may agree in writing |
THIS AGREEMENT is made as of the Date of Agreement among the Vendor, the Purchaser and the Principal named in the Particulars, which form part of this Agreement.
# ARTICLE 1 – INTERPRETATION
1.1 In this Agreement, capitalized terms used in the Particulars have the meanings given to them there, and "Purchased Assets" means all of the property and assets of the Vendor used in the Business, other than the Excluded Assets, including the equipment listed in Schedule A, inventory, accounts receivable, goodwill and the intellectual property listed in Schedule B.
1.2 "Excluded Assets" means cash, the Vendor's corporate records and minute books, and the tax refunds described in Schedule C.
# ARTICLE 2 – PURCHASE AND SALE
2.1 Subject to the terms of this Agreement, the Vendor shall sell, and the Purchaser shall purchase, the Purchased Assets on the Closing Date, free and clear of all Encumbrances other than Permitted Encumbrances.
2.2 The Purchaser shall assume only the Assumed Liabilities listed in Schedule F and no other liability or obligation of the Vendor.
2.3 The Vendor shall assign to the Purchaser, and the Purchaser shall assume, the Vendor's lease of the premises at 455 Industrial Parkway North, Barrie, for a term expiring on October 31, 2029 (the "Real Property Lease"), subject to obtaining the landlord's consent.
2.4 The Purchase Price shall be allocated among the Purchased Assets as set out in Schedule D, and the Vendor and the Purchaser shall jointly elect under section 167 of the Excise Tax Act (Canada) and file their tax returns consistently with that allocation.
===
# ARTICLE 3 – EMPLOYEES AND TRANSITION
3.1 The Purchaser shall offer employment, effective on the Closing Date, to each employee of the Business listed in Schedule E on terms substantially similar in the aggregate to their current terms.
3.2 The Vendor and the Principal shall provide transitional assistance to the Purchaser for a period of ninety (90) days following the Closing Date at no additional charge.
# ARTICLE 4 – COVENANTS OF THE VENDOR AND THE PRINCIPAL
4.1 For a period of five (5) years following the Closing Date, neither the Vendor nor the Principal shall, directly or indirectly, carry on a business competitive with the Business within 150 kilometres of Barrie, Ontario.
4.2 The representations and warranties of the Vendor and the Principal survive Closing for a period of twenty-four (24) months.
# ARTICLE 5 – GENERAL
5.1 This Agreement is governed by and shall be construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 This Agreement may be executed in counterparts and delivered by electronic transmission.
NORTHSHORE MILLWORK LTD.   Per: ______________   Name: Raymond J. Thibault   Title: President   I have authority to bind the corporation.
BRACEBRIDGE CABINETRY HOLDINGS INC.   Per: ______________   Name: Lindsay Okafor   Title: Chief Financial Officer   I have authority to bind the corporation.
SIGNED, SEALED AND DELIVERED by RAYMOND JOSEPH THIBAULT in the presence of: Witness: Claire Dubé`,
    truth: {
      title: "Asset Purchase Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Northshore Millwork Ltd.", "Bracebridge Cabinetry Holdings Inc.", "Raymond Joseph Thibault"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-15",
    },
  },
  {
    id: "v27-corporate-sha-deeside-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# SHAREHOLDERS' AGREEMENT
relating to Deeside Marine Engineering Limited
===
MINUTE OF AGREEMENT
among
(FIRST) STRATHBEG HOLDINGS LIMITED, incorporated under the Companies Acts (Registered Number SC412267) and having its Registered Office at 12 Albyn Place, Aberdeen AB10 1YH (“Strathbeg”);
(SECOND) FIONA MARGARET CALDER, residing at Bellfield Cottage, Banchory AB31 4XY (“Mrs Calder”);
(THIRD) CAIRNLEA TRUSTEES LIMITED, incorporated under the Companies Acts (Registered Number SC299014) and having its Registered Office at 3 Golden Square, Aberdeen AB10 1RD, as sole trustee of the Macrae Family Trust (the “Trustee”); and
(FOURTH) DEESIDE MARINE ENGINEERING LIMITED, incorporated under the Companies Acts (Registered Number SC587203) and having its Registered Office at Unit 7, Altens Industrial Estate, Aberdeen AB12 3LE (the “Company”)
CONSIDERING THAT:
(A) the issued share capital of the Company is 100,000 ordinary shares of £1 each, held as to 50,000 by Strathbeg, 30,000 by Mrs Calder and 20,000 by the Trustee (each a “Shareholder”); and
(B) the Shareholders have agreed to regulate their relationship as shareholders of the Company on the terms of this Minute of Agreement (the “Agreement”);
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. DEFINITIONS
In this Agreement “Commencement Date” means 1 July 2026; “Reserved Matters” means the matters listed in the Schedule; and “Lock-in Period” means the period of two years from the Commencement Date.
2. BOARD
2.1 Strathbeg shall be entitled to appoint two directors and each of Mrs Calder and the Trustee shall be entitled to appoint one director. The chair shall not have a casting vote.
3. RESERVED MATTERS
3.1 The Company shall not, and the Shareholders shall procure that it does not, undertake any Reserved Matter without the prior written consent of Shareholders holding not less than 75 per cent of the shares.
4. TRANSFER OF SHARES
4.1 No Shareholder shall transfer any share during the Lock-in Period. Thereafter any transfer shall be subject to the pre-emption rights in the Articles.
4.2 If a Shareholder proposes to sell shares to a third party, each other Shareholder may require that its shares are purchased on the same terms.
5. DEADLOCK
5.1 If the board fails to resolve a matter at two consecutive meetings, any Shareholder may serve a deadlock notice, following which the chairs of the Shareholders shall meet within 21 days to seek to resolve it.
6. DURATION
6.1 This Agreement shall take effect on the Commencement Date and shall continue in force until terminated in accordance with this Clause 6, which shall occur on the earliest of (a) the written agreement of all the Shareholders, (b) a Listing, or (c) one Shareholder holding all the shares in the Company.
7. GOVERNING LAW
7.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are subscribed as follows:
===
Subscribed for and on behalf of STRATHBEG HOLDINGS LIMITED by Alasdair Grant, Director, at Aberdeen on 24 June 2026 before this witness: Morag Henderson, Solicitor, Aberdeen
Subscribed by FIONA MARGARET CALDER at Banchory on 25 June 2026 before this witness: Iain Duthie, 8 High Street, Banchory
Subscribed for and on behalf of CAIRNLEA TRUSTEES LIMITED as trustee foresaid by Eilidh Forbes, Director, at Aberdeen on 26 June 2026
Subscribed for and on behalf of DEESIDE MARINE ENGINEERING LIMITED by Alasdair Grant, Director, at Aberdeen on 24 June 2026
# SCHEDULE – RESERVED MATTERS
This is the Schedule referred to in the foregoing Minute of Agreement: 1. Any change to the Articles or the share capital of the Company. 2. Borrowing in excess of £250,000. 3. Any acquisition or disposal of a business or shares. 4. Appointment or removal of the auditors.`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Strathbeg Holdings Limited", "Fiona Margaret Calder", "Cairnlea Trustees Limited", "Deeside Marine Engineering Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      term: "Until terminated",
    },
  },
  {
    id: "v27-corporate-deed-of-variation-liffeyside-ireland",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to an Investment Agreement dated 9 September 2024
THIS DEED OF VARIATION is made on the 22nd day of May 2026
BETWEEN:
(1) LIFFEYSIDE MEDTECH DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 671204, having its registered office at Unit 4, Sandyford Business Park, Dublin 18 (the “Company”);
(2) EMERALD NOMINEES LIMITED, a private company limited by shares incorporated in Ireland with registered number 588713, having its registered office at 2 Grand Canal Square, Dublin 2, acting as nominee for and on behalf of Emerald Growth Fund II (the “Investor”);
(3) CIARÁN Ó BRIAIN of 31 Seafield Road, Clontarf, Dublin 3; and
(4) AOIFE DELANEY of 9 Father Griffin Road, Galway H91 K2P3 (the parties at (3) and (4) together the “Founders”).
WHEREAS:
(A) The parties entered into an investment agreement dated 9 September 2024 (the “Investment Agreement”) pursuant to which the Investor agreed to subscribe for 1,800,000 Series A Preferred Shares in the Company in two tranches.
(B) The Second Tranche has not yet completed and the parties wish to vary the Investment Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. INTERPRETATION
1.1 Words and expressions defined in the Investment Agreement have the same meanings in this Deed. “Variation Date” means the date of this Deed.
2. VARIATIONS
With effect from the Variation Date, the Investment Agreement is varied as follows:
2.1 in clause 4.2, the words “31 March 2026” (being the Second Tranche Long Stop Date) are deleted and replaced with “30 September 2026”;
2.2 in clause 11.1, the period of twelve (12) months during which each Founder is restricted from competing with the Company following the cessation of his or her employment is extended to eighteen (18) months; and
2.3 in clause 19.1, the words “the fifth anniversary of First Completion” are deleted and replaced with “the seventh anniversary of First Completion”.
3. CONFIRMATION
3.1 Save as varied by this Deed, the Investment Agreement shall continue in full force and effect, and the Investment Agreement and this Deed shall be read and construed as one instrument.
4. COUNTERPARTS
4.1 This Deed may be executed in any number of counterparts, each of which when executed and delivered shall constitute an original.
5. GOVERNING LAW AND JURISDICTION
5.1 This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
IN WITNESS whereof this Deed has been entered into and delivered as a deed on the date first above written.
===
PRESENT when the common seal of LIFFEYSIDE MEDTECH DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Niamh Kavanagh   Director/Secretary: Declan Fahy
SIGNED AND DELIVERED as a deed by EMERALD NOMINEES LIMITED acting by its lawful attorney Gráinne Moloney in the presence of: Witness: Patrick Sheehy
SIGNED AND DELIVERED as a deed by CIARÁN Ó BRIAIN in the presence of: Witness: Orla Byrne
SIGNED AND DELIVERED as a deed by AOIFE DELANEY in the presence of: Witness: Seán Keane`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Liffeyside Medtech Designated Activity Company", "Emerald Nominees Limited", "Ciarán Ó Briain", "Aoife Delaney"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-22",
      amends: "Investment Agreement",
    },
  },
  {
    id: "v27-corporate-confidentiality-letter-tui-nz",
    format: "docx",
    source: `TŪĪ CAPITAL PARTNERS LIMITED
Level 9, 88 Shortland Street, Auckland 1010, New Zealand | NZBN 9429047712345
2 February 2026
PRIVATE AND CONFIDENTIAL – BY EMAIL
The Board of Directors
Kererū Foods Limited
14 Ruakura Road, Hamilton 3216
Attention: Hemi Parata, Chair
Our ref: Project Harakeke / RW-014
Dear Hemi
# Confidentiality Agreement
We refer to our recent discussions about a possible acquisition by Tūī Capital Partners Limited or one of its related companies (“we”, “us”) of all the shares in Kererū Foods Limited (“you”) (the “Proposal”). In consideration of you making Confidential Information available to us, we agree as follows.
1. Confidential Information means all information relating to you or your business that you or your advisers provide to us in connection with the Proposal, whether before or after the date of this letter (including the information memorandum enclosed with your adviser’s letter to us of 19 January 2026), and the fact that discussions are taking place.
2. We will keep the Confidential Information confidential, use it only to evaluate, negotiate and complete the Proposal, and not disclose it except to our directors, employees, financiers and professional advisers who need to know it and who are told of its confidential nature.
3. For 12 months from the date of this letter we will not, without your prior written consent, solicit or employ any of your senior employees with whom we have had contact in connection with the Proposal.
4. Within 10 working days of your written request we will return or destroy all Confidential Information, except for copies we are required to retain by law.
5. Nothing in this letter obliges either of us to proceed with the Proposal or to enter into any further agreement.
6. This agreement will end 24 months from the date of this letter, but clause 4 and any rights that have already accrued will survive.
7. This letter is governed by New Zealand law and we submit to the non-exclusive jurisdiction of the New Zealand courts.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Rachel Whitcombe
Managing Director
For and on behalf of Tūī Capital Partners Limited
Accepted and agreed for and on behalf of Kererū Foods Limited
Hemi Parata, Chair
Date: 5 February 2026`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Tūī Capital Partners Limited", "Kererū Foods Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-02",
      term: "24 months",
    },
  },
  {
    id: "v27-corporate-ssa-varnika-india",
    format: "txt",
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Share Subscription Agreement (“Agreement”) is executed at Bengaluru on this 10th day of January, 2026
BY AND AMONG
VARNIKA AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having corporate identity number U01100KA2019PTC128846 and its registered office at No. 42, 3rd Cross, HAL 2nd Stage, Indiranagar, Bengaluru 560038, Karnataka (hereinafter referred to as the “Company”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the FIRST PART;
AND
MERIDIAN ASIA GROWTH PARTNERS PTE. LTD., a company incorporated under the laws of Singapore with unique entity number 201934567K and having its registered office at 8 Marina View, #30-01, Singapore 018960 (hereinafter referred to as the “Investor”) of the SECOND PART;
AND
MR. SURESH NARAYANAN, son of Mr. K. Narayanan, aged about 41 years, residing at 17, 5th Main Road, Jayanagar 4th Block, Bengaluru 560011; and MS. KAVYA RAO, daughter of Mr. Prakash Rao, aged about 38 years, residing at Flat 1203, Prestige Shantiniketan, Whitefield, Bengaluru 560048 (hereinafter collectively referred to as the “Promoters” and individually as a “Promoter”) of the THIRD PART.
The Company, the Investor and the Promoters are hereinafter individually referred to as a “Party” and collectively as the “Parties”.
WHEREAS:
A. The Company is engaged in the business of providing farm-to-retail supply chain and crop analytics services (the “Business”).
B. The Investor has agreed to subscribe to 1,25,000 (one lakh twenty-five thousand) Series A compulsorily convertible preference shares of the Company (the “Subscription Shares”) for an aggregate consideration of INR 40,00,00,000 (Indian Rupees forty crore only) (the “Subscription Amount”), on the terms and subject to the conditions set out in this Agreement.
NOW, THEREFORE, IN CONSIDERATION OF THE MUTUAL COVENANTS SET FORTH HEREIN, THE PARTIES AGREE AS FOLLOWS:
1. DEFINITIONS
1.1 “Execution Date” means the date of execution of this Agreement, as first written above.
1.2 “Long Stop Date” means the date falling 90 (ninety) days from the Execution Date, or such later date as the Investor may agree in writing.
1.3 “Closing Date” means the date on which Closing occurs in accordance with Clause 4, which shall be no later than the Long Stop Date.
2. SUBSCRIPTION
2.1 On the Closing Date the Investor shall remit the Subscription Amount to the Company’s designated bank account and the Company shall issue and allot the Subscription Shares to the Investor.
3. CONDITIONS PRECEDENT
3.1 The obligation of the Investor to subscribe is conditional upon fulfilment of the conditions set out in Schedule 2, including the adoption of the restated articles of association and completion of legal and financial due diligence to the satisfaction of the Investor.
4. CLOSING
4.1 Closing shall take place within 7 (seven) Business Days of the Company delivering the CP Satisfaction Certificate to the Investor.
5. LOCK-IN
5.1 The Promoters shall not transfer any Equity Shares held by them for a period of 3 (three) years from the Closing Date without the prior written consent of the Investor.
6. WARRANTIES
6.1 The warranties shall survive for 36 (thirty-six) months from the Closing Date, except the tax warranties, which shall survive until 7 (seven) years from the Closing Date.
7. TERMINATION
7.1 This Agreement may be terminated by the Investor by written notice if the Conditions Precedent are not fulfilled on or before the Long Stop Date.
8. GOVERNING LAW AND DISPUTE RESOLUTION
8.1 This Agreement shall be governed by and construed in accordance with the laws of India.
8.2 Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre in accordance with its rules. The seat of arbitration shall be Singapore and the language English. Subject thereto, the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have executed this Agreement on the date first written above.
For VARNIKA AGRITECH PRIVATE LIMITED   Authorised Signatory: Suresh Narayanan, Managing Director
For MERIDIAN ASIA GROWTH PARTNERS PTE. LTD.   Authorised Signatory: Tan Wei Ling, Director
SURESH NARAYANAN (Promoter)
KAVYA RAO (Promoter)`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Varnika Agritech Private Limited", "Meridian Asia Growth Partners Pte. Ltd.", "Suresh Narayanan", "Kavya Rao"],
      governingLaw: "India",
      effectiveDate: "2026-01-10",
    },
  },
  {
    id: "v27-corporate-board-minutes-granite-isle-jersey",
    format: "txt",
    source: `# MINUTES OF A MEETING OF THE BOARD OF DIRECTORS
GRANITE ISLE HOLDINGS LIMITED
(the “Company”) (registered in Jersey with number 131882)
Held at 44 Esplanade, St Helier, Jersey JE4 9WG on Thursday, 19 March 2026 at 10.00 a.m.
Present: Philippa Le Sueur (Chair); Thomas Renouf; Anjali Mehta (by video conference)
In attendance: Marc Vibert, for and on behalf of Ocean Corporate Services Limited, Secretary
1. QUORUM AND NOTICE
The Chair noted that due notice of the meeting had been given to all directors and that a quorum was present in accordance with the Company’s articles of association. The Chair declared the meeting open.
2. DECLARATIONS OF INTEREST
Anjali Mehta declared, in accordance with Article 75 of the Companies (Jersey) Law 1991, that she is a director of Harbourline Capital Limited, the proposed lender referred to in item 4. It was agreed that she could count in the quorum and vote.
3. PROPOSED ACQUISITION OF SARNIA LOGISTICS LIMITED
3.1 There was produced to the meeting a draft share purchase agreement to be made between Castel Investments Limited as seller and the Company as buyer (the “SPA”) relating to the entire issued share capital of Sarnia Logistics Limited, a company incorporated in Guernsey, for a consideration of £6,200,000.
3.2 The Chair summarised the principal terms of the SPA, noting in particular that the SPA is governed by the laws of the Island of Guernsey, that the seller gives restrictive covenants for three years from completion, and that completion is expected to take place on 30 April 2026.
4. ACQUISITION FINANCING
4.1 There was produced a draft facility agreement to be made between the Company as borrower and Harbourline Capital Limited as lender providing a £4,000,000 term loan facility repayable five years after the date of first utilisation (the “Facility Agreement”).
5. RESOLUTIONS
5.1 Having considered the terms of the SPA and the Facility Agreement, the directors, acting honestly and in good faith with a view to the best interests of the Company, concluded that entry into both transactions was in the interests of the Company.
5.2 IT WAS RESOLVED that the SPA and the Facility Agreement be approved substantially in the form produced, and that any director be authorised to sign them and any related documents on behalf of the Company, with such amendments as that director may approve.
6. CLOSE
There being no further business, the Chair declared the meeting closed at 10.45 a.m.
...........................................
Philippa Le Sueur, Chair
Date: 26 March 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Granite Isle Holdings Limited"],
      effectiveDate: "2026-03-19",
    },
  },
];
