import type { UnseenDocument } from "../unseen/types";

/** Share and asset deals, shareholders' and joint venture agreements, an IP assignment deed and a power of attorney. */
export const CORPORATE_V5: UnseenDocument[] = [
  {
    id: "v5-spa-england-individual-sellers",
    format: "docx",
    storedPageCount: 7,
    source: `DATED 16 May 2025
(1) GEOFFREY WRENFIELD AND MARGARET ANNE WRENFIELD
(2) HALCYON INDUSTRIAL GROUP LIMITED
# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Wrenfield Engineering Limited
===
THIS AGREEMENT is dated 16 May 2025
PARTIES
(1) GEOFFREY WRENFIELD of Holly Barn, Moor Lane, Kirkby Malzeard, Ripon HG4 3RP; and
(2) MARGARET ANNE WRENFIELD of Holly Barn, Moor Lane, Kirkby Malzeard, Ripon HG4 3RP,
(together the Sellers and each a Seller); and
(3) HALCYON INDUSTRIAL GROUP LIMITED incorporated and registered in England and Wales with company number 06789012 whose registered office is at 1 Princes Exchange, Leeds LS1 4BP (Buyer).
BACKGROUND
(A) The Sellers are the legal and beneficial owners of the Sale Shares, comprising the whole of the issued share capital of Wrenfield Engineering Limited (the Company).
(B) The Sellers have agreed to sell and the Buyer has agreed to buy the Sale Shares on the terms of this agreement.
AGREED TERMS
1. Sale and purchase
1.1 Each Seller shall sell, and the Buyer shall buy, with effect from Completion, the Sale Shares set out opposite that Seller's name in Schedule 1, with full title guarantee.
2. Consideration
2.1 The consideration for the Sale Shares is £8,400,000, of which £7,000,000 shall be paid at Completion and £1,400,000 shall be held in the Retention Account for 18 months after Completion.
3. Completion
3.1 Completion shall take place at the offices of the Buyer's Solicitors immediately after signature of this agreement.
===
4. Warranties
4.1 The Sellers jointly and severally warrant to the Buyer that each Warranty is true at the date of this agreement.
4.2 The Sellers shall not be liable for a Claim unless the Buyer notifies it within 24 months after Completion, or in the case of a Tax Claim, within 7 years after the end of the accounting period in which Completion falls.
5. Restrictive covenants
5.1 Each Seller covenants that for a period of 3 years after Completion he or she shall not carry on a business in competition with the Company.
6. Governing law and jurisdiction
6.1 This agreement and any dispute or claim arising out of it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# SCHEDULE 1 - THE SELLERS
| Seller | Sale Shares |
| Geoffrey Wrenfield | 600 ordinary shares of £1 each |
| Margaret Anne Wrenfield | 400 ordinary shares of £1 each |
This agreement has been entered into on the date stated at the beginning of it.
Signed by GEOFFREY WRENFIELD
Signed by MARGARET ANNE WRENFIELD
Signed by Kwame Asante, director, for and on behalf of HALCYON INDUSTRIAL GROUP LIMITED`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Geoffrey Wrenfield", "Margaret Anne Wrenfield", "Halcyon Industrial Group Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-05-16",
    },
  },
  {
    id: "v5-jv-hong-kong",
    format: "docx",
    source: `# JOINT VENTURE AGREEMENT
THIS AGREEMENT is made the 8th day of July 2024
BETWEEN:
(1) GOLDEN JUNK LOGISTICS LIMITED (金帆物流有限公司), a company incorporated in Hong Kong (Company No. 1234567) whose registered office is at 33/F, The Center, 99 Queen's Road Central, Hong Kong ("GJL"); and
(2) TSING YI MARINE SERVICES LIMITED, a company incorporated in Hong Kong (Company No. 2345678) whose registered office is at 8 Tsing Yi Road, Tsing Yi, New Territories, Hong Kong ("TYMS"),
(each a "Party" and together the "Parties").
WHEREAS:
(A) The Parties wish to establish a joint venture company (the "JV Company") to provide bonded warehousing and marine bunkering services at Tsing Yi.
(B) The Parties have agreed to subscribe for shares in the JV Company in the proportions GJL 60% and TYMS 40%.
NOW IT IS HEREBY AGREED as follows:
1. Formation. Within 21 days after the date hereof the Parties shall procure the incorporation of the JV Company under the Companies Ordinance (Cap. 622).
2. Capital. The initial capital of the JV Company shall be HK$50,000,000, contributed by the Parties pro rata to their shareholdings within 60 days of incorporation.
3. Board. The board shall comprise five directors: three appointed by GJL and two by TYMS. The chairman, appointed by GJL, shall not have a casting vote.
4. Reserved Matters. The matters in Schedule 2 require the unanimous approval of the Parties.
5. Deadlock. If a Reserved Matter is not agreed at two consecutive board meetings held within 30 days, either Party may refer the matter to the chief executives of the Parties for resolution.
6. Transfer. Neither Party may transfer any shares in the JV Company during the first three (3) years after its incorporation (the "Lock-in Period") without the consent of the other.
7. Duration. This Agreement shall remain in force for a period of ten (10) years from the date hereof, unless terminated earlier by agreement or under Clause 8.
8. Termination. Either Party may terminate this Agreement by notice if the other Party commits a material breach which remains unremedied 45 days after notice.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of Hong Kong. Disputes shall be referred to arbitration at the Hong Kong International Arbitration Centre.
IN WITNESS whereof this Agreement has been executed on the date first above written.
SIGNED by Ho Siu Fung, Director, for and on behalf of GOLDEN JUNK LOGISTICS LIMITED
SIGNED by Cheung Wai Lam, Director, for and on behalf of TSING YI MARINE SERVICES LIMITED`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Golden Junk Logistics Limited", "Tsing Yi Marine Services Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2024-07-08",
      expiryDate: "2034-07-08",
      term: "10 years",
    },
  },
  {
    id: "v5-share-subscription-india",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE SUBSCRIPTION AGREEMENT
THIS SHARE SUBSCRIPTION AGREEMENT ("Agreement") is entered into on this 20th day of January 2025 ("Execution Date") at New Delhi
BY AND AMONG:
1. LOTUS POND TECHNOLOGIES PRIVATE LIMITED, a private limited company incorporated under the Companies Act, 2013, with CIN U72900DL2019PTC345678, having its registered office at B-14, Defence Colony, New Delhi 110 024 (hereinafter the "Company");
2. MR. VIKRAM SETHI, son of Mr. Ajay Sethi, residing at C-7, Greater Kailash Part I, New Delhi 110 048;
3. MS. ANANYA SETHI, daughter of Mr. Ajay Sethi, residing at C-7, Greater Kailash Part I, New Delhi 110 048;
(the persons named at 2 and 3 above are hereinafter collectively referred to as the "Promoters")
AND
4. BANYAN GROWTH FUND I, a scheme of Banyan Capital Trust, a SEBI registered Category II Alternative Investment Fund, acting through its investment manager Banyan Capital Advisors LLP (hereinafter the "Investor").
The Company, the Promoters and the Investor are hereinafter collectively referred to as the "Parties".
WHEREAS:
A. The Company is engaged in the business of developing software for agricultural supply chains.
B. The Investor has agreed to subscribe to 12,500 Series A compulsorily convertible preference shares of the Company (the "Subscription Shares") for an aggregate consideration of INR 25,00,00,000 (the "Subscription Amount").
===
NOW THEREFORE, THE PARTIES AGREE AS FOLLOWS:
1. DEFINITIONS. "Long Stop Date" means the date falling 90 (ninety) days from the Execution Date or such later date as the Investor may agree in writing.
2. SUBSCRIPTION. Subject to the fulfilment of the Conditions Precedent, the Investor shall subscribe to the Subscription Shares and pay the Subscription Amount on the Closing Date.
3. CONDITIONS PRECEDENT. The Company and the Promoters shall fulfil the conditions in Schedule 2 on or before the Long Stop Date, failing which the Investor may terminate this Agreement.
4. USE OF PROCEEDS. The Subscription Amount shall be used for product development, hiring and working capital.
5. REPRESENTATIONS AND WARRANTIES. The Company and the Promoters jointly and severally make the representations in Schedule 3.
6. GOVERNING LAW AND DISPUTE RESOLUTION. This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be referred to arbitration seated at New Delhi under the Arbitration and Conciliation Act, 1996.
IN WITNESS WHEREOF the Parties have executed this Agreement on the Execution Date.
For LOTUS POND TECHNOLOGIES PRIVATE LIMITED - Authorised Signatory: Vikram Sethi, Managing Director
VIKRAM SETHI
ANANYA SETHI
For BANYAN GROWTH FUND I, acting through Banyan Capital Advisors LLP - Authorised Signatory: Rohan Bhatia, Partner`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Lotus Pond Technologies Private Limited", "Vikram Sethi", "Ananya Sethi", "Banyan Growth Fund I"],
      governingLaw: "India",
      effectiveDate: "2025-01-20",
    },
  },
  {
    id: "v5-subscription-agreement-shares-wa",
    format: "pdf",
    source: `# SUBSCRIPTION AGREEMENT
# Details
| Date | 3 March 2025 |
| Company | Wattle Biotech Limited ACN 631 445 210 of Level 2, 40 St Georges Terrace, Perth WA 6000 |
| Subscriber | Southern Cross Angel Investors Pty Ltd ACN 600 777 123 as trustee for the SCAI Fund, of 9 Ord Street, West Perth WA 6005 |
| Subscription Shares | 2,000,000 fully paid ordinary shares in the Company |
| Issue Price | $0.45 per Subscription Share |
| Subscription Amount | $900,000 |
| Completion Date | 10 Business Days after the date of this agreement, or another date the parties agree |
# Agreed terms
1. Subscription
1.1 The Subscriber agrees to subscribe for, and the Company agrees to issue to the Subscriber, the Subscription Shares at the Issue Price.
2. Completion
2.1 On the Completion Date, the Subscriber must pay the Subscription Amount to the Company in cleared funds and the Company must issue the Subscription Shares and enter the Subscriber in its register of members.
3. Disclosure
3.1 The Subscriber confirms that it is a sophisticated investor within the meaning of section 708(8) of the Corporations Act 2001 (Cth), and that no disclosure document is required for the offer.
4. Escrow
4.1 The Subscriber agrees that the Subscription Shares may be subject to escrow for up to 24 months if the Company is admitted to the official list of ASX.
5. Warranties
5.1 The Company gives the warranties in Schedule 1 at the date of this agreement and at Completion.
6. Governing law
6.1 This agreement is governed by the law in force in Western Australia.
Executed as an agreement.
Executed by Wattle Biotech Limited in accordance with section 127 of the Corporations Act 2001 (Cth) - Dr Helen Baird, Director; Mark O'Sullivan, Company Secretary
Executed by Southern Cross Angel Investors Pty Ltd as trustee for the SCAI Fund - Jacinta Lowe, Director`,
    truth: {
      title: "Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Wattle Biotech Limited", "Southern Cross Angel Investors Pty Ltd"],
      governingLaw: "Western Australia",
      effectiveDate: "2025-03-03",
    },
  },
  {
    id: "v5-business-sale-new-zealand",
    format: "pdf",
    pageFooters: true,
    source: `# AGREEMENT FOR SALE AND PURCHASE OF BUSINESS
Date: 30 January 2025
# Parties
Kauri Coast Brewing Company Limited (company number 1234567), Dargaville ("Vendor")
Southern Alps Beverages Limited (company number 7654321), Christchurch ("Purchaser")
# Key terms
| Business | The craft brewing and taproom business carried on by the Vendor at 41 Victoria Street, Dargaville under the name "Kauri Coast Brewing" |
| Purchase price | $2,850,000 plus GST (if any), apportioned as set out in Schedule 2 |
| Deposit | $285,000 payable on the date of this agreement |
| Possession date | 1 March 2025 |
| Conditions | Purchaser's due diligence by 14 February 2025; landlord's consent to assignment of the lease of the premises by 21 February 2025 |
# Background
A. The Vendor carries on the Business from leased premises under a deed of lease dated 1 April 2019 for a term of 9 years with two rights of renewal of 3 years each.
B. The Vendor has agreed to sell, and the Purchaser has agreed to buy, the Business Assets as a going concern.
===
# Agreement
1. Sale. The Vendor sells and the Purchaser buys the Business Assets free of all security interests, with effect from the Possession date.
2. Stock. Stock in trade will be valued at cost on the Possession date and paid for in addition to the purchase price.
3. Employees. The Purchaser will offer employment to the employees listed in Schedule 3 on terms no less favourable than their current terms.
4. Restraint. The Vendor will not, for 3 years after the Possession date, carry on a brewery business within 100 km of Dargaville.
5. GST. The parties agree that the supply is of a going concern and zero-rated under section 11(1)(m) of the Goods and Services Tax Act 1985.
6. Governing law. This agreement is governed by the laws of New Zealand.
Signed for Kauri Coast Brewing Company Limited by Tane Whitiora, Director
Signed for Southern Alps Beverages Limited by Lucy Henderson, Director`,
    truth: {
      title: "Agreement for Sale and Purchase of Business",
      documentType: "Asset purchase agreement",
      parties: ["Kauri Coast Brewing Company Limited", "Southern Alps Beverages Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2025-01-30",
    },
  },
  {
    id: "v5-shareholders-singapore-wound-up",
    format: "txt",
    source: `# SHAREHOLDERS' AGREEMENT
relating to MERLION ROBOTICS PTE. LTD.
THIS AGREEMENT is made on 1 October 2024
AMONG:
(1) LIM WEI JIE (NRIC No. S8012345A), of 21 Holland Grove Road, Singapore 278803 ("Founder");
(2) TAN HOLDINGS PTE. LTD. (UEN 200901234W), a company incorporated in Singapore having its registered office at 50 Raffles Place, #32-01, Singapore 048623 ("Investor"); and
(3) MERLION ROBOTICS PTE. LTD. (UEN 202011223E), a company incorporated in Singapore having its registered office at 71 Ayer Rajah Crescent, #05-10, Singapore 139951 (the "Company").
WHEREAS:
(A) The Company has an issued share capital of 1,000,000 ordinary shares, held as to 650,000 by the Founder and 350,000 by the Investor.
(B) The parties wish to regulate their relationship as shareholders of the Company.
IT IS AGREED:
1. BUSINESS. The business of the Company shall be the design and manufacture of autonomous cleaning robots for commercial buildings.
2. BOARD. The Founder may appoint two directors and the Investor one director. The quorum for board meetings is two directors, including one Investor director.
3. RESERVED MATTERS. The Company shall not take any action listed in Schedule 1 without the prior written consent of the Investor.
4. PRE-EMPTION. Any shares offered for transfer shall first be offered to the other shareholder at the same price.
5. TAG-ALONG AND DRAG-ALONG. As set out in Schedule 2.
6. DIVIDENDS. The Company shall not declare a dividend in the first 24 months after the date of this Agreement.
7. DURATION. This Agreement shall continue in force until the Company is wound up or until only one shareholder remains, whichever is earlier.
8. CONFIDENTIALITY. Each party shall keep the terms of this Agreement confidential.
9. GOVERNING LAW. This Agreement is governed by the laws of the Republic of Singapore.
SIGNED by LIM WEI JIE
SIGNED by Tan Boon Kiat, Director, for and on behalf of TAN HOLDINGS PTE. LTD.
SIGNED by Lim Wei Jie, Director, for and on behalf of MERLION ROBOTICS PTE. LTD.`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Lim Wei Jie", "Tan Holdings Pte. Ltd.", "Merlion Robotics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2024-10-01",
      term: "Until terminated",
    },
  },
  {
    id: "v5-ip-assignment-deed",
    format: "txt",
    source: `# DEED OF ASSIGNMENT
of patent applications and associated know-how
DATE: 2 December 2024
BY:
DR FIONA MACRAE of 8 Marchmont Crescent, Edinburgh EH9 1HN
(the "Assignor")
TO:
HELIX DIAGNOSTICS LIMITED (company number 11987654) whose registered office is at 7 Kings Parade, Cambridge CB2 1SJ
(the "Assignee")
BACKGROUND
(A) The Assignor is the sole inventor and owner of the inventions described in the Patent Applications listed in the Schedule.
(B) The Assignor has agreed to assign the Patent Applications and the Know-how to the Assignee in consideration of the issue to her of 50,000 ordinary shares in the Assignee.
OPERATIVE PROVISIONS
1. Assignment
1.1 The Assignor assigns to the Assignee absolutely, with full title guarantee, all her right, title and interest in the Patent Applications, the inventions disclosed in them, the Know-how and all rights to claim priority from them, including the right to bring proceedings for past infringement.
2. Further assurance
2.1 The Assignor shall, at the Assignee's cost, execute all documents and do all things reasonably required to register the Assignee as proprietor of the Patent Applications at the UK Intellectual Property Office and the European Patent Office.
3. Moral rights
3.1 The Assignor waives all moral rights in any works forming part of the Know-how.
4. Confidentiality
4.1 The Assignor shall keep the Know-how confidential for a period of 10 years from the date of this deed.
5. Governing law
5.1 This deed is governed by English law and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
SCHEDULE - PATENT APPLICATIONS
| Application No. | Title | Filing date |
| GB2401234.5 | Rapid lateral flow assay for sepsis markers | 11 January 2024 |
| PCT/GB2024/051122 | Rapid lateral flow assay for sepsis markers | 3 May 2024 |
Executed as a deed by DR FIONA MACRAE in the presence of:
Witness: Calum Ross, Solicitor, 1 Exchange Crescent, Edinburgh EH3 8UL
Executed as a deed by HELIX DIAGNOSTICS LIMITED acting by Dr Sunil Varma, director, in the presence of a witness`,
    truth: {
      title: "Deed of Assignment",
      documentType: "Deed",
      parties: ["Fiona MacRae", "Helix Diagnostics Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-12-02",
    },
  },
  {
    id: "v5-power-of-attorney-south-africa",
    format: "txt",
    source: `# SPECIAL POWER OF ATTORNEY
I, the undersigned,
NOMVULA PRECIOUS DLAMINI
(Identity Number 8204120654081)
of 17 Jacaranda Street, Waterkloof, Pretoria,
do hereby nominate, constitute and appoint
SIPHO NDLOVU
(Identity Number 7909235123086)
of Unit 5, The Gables, 2 Rivonia Road, Sandton,
with power of substitution, to be my lawful attorney and agent in my name, place and stead, to:
1. sign all documents necessary to transfer to the purchaser, Mr Pieter van Wyk, the immovable property described as Erf 1234 Waterkloof Township, Registration Division J.R., Province of Gauteng, measuring 1 487 (one thousand four hundred and eighty-seven) square metres, held under Deed of Transfer No. T12345/2010 (the "Property");
2. appear before the Registrar of Deeds at Pretoria and there to declare that the whole of the purchase price of R 6 750 000 has been paid or secured;
3. give and receive all notices and sign all documents in connection with the cancellation of mortgage bond No. B5678/2010 registered over the Property;
4. generally do everything necessary to give effect to the deed of sale dated 3 April 2025, which provides for transfer within 90 (ninety) days of its signature.
I hereby ratify, allow and confirm everything my attorney shall lawfully do under this power, and I declare that this power may be revoked only by written notice delivered to my attorney.
SIGNED at Pretoria on this 9th day of May 2025 in the presence of the undersigned witnesses.
NOMVULA PRECIOUS DLAMINI
AS WITNESSES:
1. Lerato Mokoena
2. Johan Botha`,
    truth: {
      title: "Special Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Nomvula Precious Dlamini", "Sipho Ndlovu"],
      effectiveDate: "2025-05-09",
    },
  },
];
