import type { UnseenDocument } from "./types";

/** Corporate: share and asset sales, shareholders' agreements, NDAs, powers of attorney, cover pages. */
export const CORPORATE: UnseenDocument[] = [
  {
    id: "spa-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `
Dated 31 October 2024
(1) THE SELLERS NAMED IN SCHEDULE 1
(2) LANTERN BIDCO LIMITED
# AGREEMENT
for the sale and purchase of the entire issued share capital of Wycombe Precision Tools Limited
Fairbairn Lowe LLP
===
THIS AGREEMENT is dated 31 October 2024
PARTIES
(1) DAVID ALAN WREN of 2 Hughenden Road, High Wycombe HP13 5DT ("David Wren");
(2) SUSAN WREN of 2 Hughenden Road, High Wycombe HP13 5DT ("Susan Wren"),
(together the "Sellers"); and
(3) LANTERN BIDCO LIMITED, a company incorporated in England and Wales with registered number 15998001 (the "Buyer").
1. SALE AND PURCHASE. The Sellers shall sell and the Buyer shall buy the Shares with full title guarantee.
2. CONSIDERATION. The consideration for the Shares is £12,400,000, payable on Completion.
3. GOVERNING LAW. This agreement shall be governed by and construed in accordance with the law of England and Wales.
`,
    truth: { title: "AGREEMENT for the sale and purchase of the entire issued share capital of Wycombe Precision Tools Limited", documentType: "Share purchase agreement", parties: ["David Alan Wren", "Susan Wren", "Lantern Bidco Limited"], governingLaw: "England and Wales", effectiveDate: "2024-10-31" },
  },
  {
    id: "asset-purchase-us",
    format: "docx",
    storedPageCount: 5,
    source: `
# ASSET PURCHASE AGREEMENT
This ASSET PURCHASE AGREEMENT is entered into as of December 2, 2024, by and among Blue Heron Bakeries, LLC, an Oregon limited liability company ("Buyer"), Cascade Crumb Co., an Oregon corporation ("Seller"), and Nora Lindqvist, the sole shareholder of Seller ("Shareholder").
ARTICLE 1 – PURCHASE AND SALE
1.1 Seller agrees to sell and Buyer agrees to purchase the Purchased Assets, free and clear of all Encumbrances, for $2,150,000.
1.2 Buyer shall not assume any liabilities other than the Assumed Liabilities.
ARTICLE 8 – GENERAL
8.6 This Agreement shall be governed by the internal laws of the State of Oregon.
`,
    truth: { title: "ASSET PURCHASE AGREEMENT", documentType: "Asset purchase agreement", parties: ["Blue Heron Bakeries, LLC", "Cascade Crumb Co.", "Nora Lindqvist"], governingLaw: "Oregon", effectiveDate: "2024-12-02" },
  },
  {
    id: "shareholders-agreement-jersey",
    format: "txt",
    source: `
SHAREHOLDERS' AGREEMENT

relating to Corbière Yachting Limited

THIS AGREEMENT is made on 18 April 2024

BETWEEN:

1. GRÈVE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 120044 ("Grève");
2. MARITIME VENTURES S.A., a société anonyme incorporated in Luxembourg ("Maritime"); and
3. CORBIÈRE YACHTING LIMITED, a company incorporated in Jersey with registered number 133201 (the "Company").

WHEREAS the Company is a private company with 1,000 ordinary shares in issue, held as to 600 by Grève and 400 by Maritime.

1. Board. Grève may appoint three directors and Maritime two.
2. Reserved matters require the consent of both Shareholders.
3. This Agreement shall be governed by and construed in accordance with the laws of Jersey.
`,
    truth: { title: "SHAREHOLDERS' AGREEMENT", documentType: "Shareholders' agreement", parties: ["Grève Holdings Limited", "Maritime Ventures S.A.", "Corbière Yachting Limited"], governingLaw: "Jersey", effectiveDate: "2024-04-18" },
  },
  {
    id: "one-way-nda-table",
    format: "docx",
    source: `
# CONFIDENTIALITY UNDERTAKING
| Date | 7 January 2025 |
| Disclosing party | Pennine Water Holdings plc |
| Recipient | Corvid Infrastructure Partners LLP |
| Purpose | Evaluation of a possible investment in Pennine Water Holdings plc |
| Duration | Two years from the date of this undertaking |
| Governing law | England and Wales |
In consideration of the Disclosing party making Confidential Information available, the Recipient undertakes to keep it confidential and to use it only for the Purpose.
The Recipient shall not disclose Confidential Information to any third party other than its professional advisers.
`,
    truth: { title: "CONFIDENTIALITY UNDERTAKING", documentType: "NDA", parties: ["Pennine Water Holdings plc", "Corvid Infrastructure Partners LLP"], governingLaw: "England and Wales", effectiveDate: "2025-01-07", term: "2 years", expiryDate: "2027-01-07" },
  },
  {
    id: "mutual-nda-german",
    format: "pdf",
    source: `
# MUTUAL NON-DISCLOSURE AGREEMENT
between
Stahlwerk Rheinau GmbH, Hafenstraße 12, 68219 Mannheim, Germany
– hereinafter "Rheinau" –
and
Tillbury Robotics Ltd, 4 Innovation Way, Coventry CV4 7AL, United Kingdom
– hereinafter "Tillbury" –
Preamble
The parties intend to discuss a joint development of welding robots and will exchange confidential information for that purpose.
§ 1 Confidentiality. Each party shall keep the other's Confidential Information secret.
§ 2 Term. This Agreement enters into force upon signature by both parties and shall remain in force for a period of three (3) years.
§ 3 Applicable law. This Agreement is subject to the laws of the Federal Republic of Germany. Place of jurisdiction is Mannheim.
Mannheim, 14 May 2024
`,
    truth: { title: "MUTUAL NON-DISCLOSURE AGREEMENT", documentType: "NDA", parties: ["Stahlwerk Rheinau GmbH", "Tillbury Robotics Ltd"], governingLaw: "Germany", effectiveDate: "2024-05-14", term: "3 years", expiryDate: "2027-05-13" },
  },
  {
    id: "lasting-power-of-attorney",
    format: "txt",
    source: `
GENERAL POWER OF ATTORNEY

(Section 10 of the Powers of Attorney Act 1971)

THIS GENERAL POWER OF ATTORNEY is made on 21 February 2025 by RICHARD HENRY FAIRCLOUGH of 11 Oakfield Avenue, Sale M33 2JY.

I appoint MARGARET ANNE FAIRCLOUGH of 11 Oakfield Avenue, Sale M33 2JY to be my attorney in accordance with section 10 of the Powers of Attorney Act 1971.

This power of attorney shall remain in force until 20 February 2026 unless revoked earlier.

IN WITNESS whereof I have executed this instrument as a deed.
Signed as a deed by RICHARD HENRY FAIRCLOUGH in the presence of a witness.
`,
    truth: { title: "GENERAL POWER OF ATTORNEY", documentType: "Power of attorney", parties: ["Richard Henry Fairclough", "Margaret Anne Fairclough"], effectiveDate: "2025-02-21", expiryDate: "2026-02-20" },
  },
  {
    id: "jv-agreement-hk",
    format: "docx",
    storedPageCount: 4,
    source: `
# JOINT VENTURE AGREEMENT
THIS AGREEMENT is made the 3rd day of June 2024
BETWEEN
JADE HARBOUR DEVELOPMENTS LIMITED, a company incorporated in Hong Kong whose registered office is at 18/F, 1 Queen's Road Central, Hong Kong ("Jade Harbour") of the one part
AND
KOWLOON BAY ENGINEERING COMPANY LIMITED, a company incorporated in Hong Kong whose registered office is at 9 Kai Cheung Road, Kowloon ("KBE") of the other part
1. The parties shall form a joint venture company to develop the Kai Tak site.
2. This Agreement shall continue until the joint venture company is wound up or the parties agree in writing to end it.
3. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.
`,
    truth: { title: "JOINT VENTURE AGREEMENT", documentType: "Joint venture agreement", parties: ["Jade Harbour Developments Limited", "Kowloon Bay Engineering Company Limited"], governingLaw: "Hong Kong", effectiveDate: "2024-06-03", term: "Until terminated" },
  },
  {
    id: "subscription-letter-shares",
    format: "pdf",
    source: `
# SUBSCRIPTION AGREEMENT
relating to Series A Preferred Shares in Fenwright Robotics Limited
Date: 12 September 2024
Parties:
1. Fenwright Robotics Limited (the Company)
2. Ember Ventures Fund III LP (the Lead Investor)
3. Dr Nadia Farouk (the Founder)
1. The Lead Investor shall subscribe for 1,250,000 Series A Preferred Shares at £1.60 per share.
2. Completion shall take place on the date of this agreement.
3. The Founder gives the warranties in Schedule 2 to the Lead Investor.
4. This agreement is governed by the laws of England and Wales.
`,
    truth: { title: "SUBSCRIPTION AGREEMENT", documentType: "Share subscription agreement", parties: ["Fenwright Robotics Limited", "Ember Ventures Fund III LP", "Nadia Farouk"], governingLaw: "England and Wales", effectiveDate: "2024-09-12" },
  },
];
