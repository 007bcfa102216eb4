import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: corporate transactions and dispute documents, drafted in varied styles and jurisdictions. */
export const CORPORATE_AND_DISPUTES_V9: UnseenDocument[] = [
  {
    id: "v9-corporate-spa-jersey-trustee-seller",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Gorey Marine Services Limited
Dated 14 April 2026
(1) HARBOUR TRUSTEES (JERSEY) LIMITED as trustee of the Le Marquand Family Settlement
(2) PETER JOHN LE MARQUAND
(3) ST AUBIN CAPITAL LIMITED
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) HARBOUR TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 45821 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Le Marquand Family Settlement (the "Trustee Seller");
(2) PETER JOHN LE MARQUAND of La Rocque House, Grouville, Jersey JE3 9BB (the "Individual Seller" and, together with the Trustee Seller, the "Sellers"); and
(3) ST AUBIN CAPITAL LIMITED, a company incorporated in Jersey with registered number 131904 whose registered office is at 3 Bond Street, St Helier, Jersey JE2 3NP (the "Buyer").
# BACKGROUND
(A) The Sellers are the legal and beneficial owners of the Shares, which comprise the whole of the issued share capital of Gorey Marine Services Limited (the "Company").
(B) The Sellers have agreed to sell and the Buyer has agreed to buy the Shares on the terms of this Agreement.
# 1. SALE AND PURCHASE
1.1 Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set against that Seller's name in Schedule 1.
1.2 Completion shall take place at the offices of the Buyer's advocates on the fifth Business Day after the last of the Conditions is satisfied.
# 2. CONSIDERATION AND RETENTION
2.1 The consideration for the Shares is £6,250,000, of which £625,000 (the "Retention") shall be paid into an escrow account and held for eighteen (18) months after Completion.
# 3. WARRANTIES AND LIMITATIONS
3.1 The Buyer shall not be entitled to bring any Warranty Claim unless notice of it is given to the Sellers no later than twenty-four (24) months after Completion, or in the case of a Tax Claim, seven (7) years after Completion.
# 4. RESTRICTIVE COVENANTS
4.1 The Individual Seller shall not, for a period of three (3) years from Completion, carry on or be interested in any business which competes with the business of the Company in the Channel Islands.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Island of Jersey.
5.2 The parties irrevocably submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
This Agreement has been entered into on the date stated at the beginning of it.
Signed by Anne-Marie Vibert, director, for and on behalf of HARBOUR TRUSTEES (JERSEY) LIMITED as trustee of the Le Marquand Family Settlement
Signed by PETER JOHN LE MARQUAND in the presence of Thomas Renouf, advocate
Signed by Guy de Gruchy, director, for and on behalf of ST AUBIN CAPITAL LIMITED`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Harbour Trustees (Jersey) Limited", "Peter John Le Marquand", "St Aubin Capital Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v9-corporate-unanimous-shareholder-ontario",
    format: "docx",
    storedPageCount: 3,
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
THIS AGREEMENT is made as of the 2nd day of February, 2026.
AMONG:
NORTHSHORE ANALYTICS INC., a corporation incorporated under the laws of the Province of Ontario (the "Corporation")
- and -
MARIE-CLAUDE BÉLANGER, an individual residing in the City of Ottawa, in the Province of Ontario
- and -
2754419 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario, being a holding corporation controlled by Daniel Okafor (together with Marie-Claude Bélanger, the "Shareholders" and each a "Shareholder")
WHEREAS the Shareholders are the registered and beneficial owners of all of the issued and outstanding shares of the Corporation and wish to set out their agreement as to the management of its affairs;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
===
# ARTICLE 1 – UNANIMOUS SHAREHOLDER AGREEMENT
1.1 This Agreement is intended to be a unanimous shareholder agreement within the meaning of the Business Corporations Act (Ontario) and restricts the powers of the directors to the extent set out in Article 3.
# ARTICLE 2 – TRANSFERS OF SHARES
2.1 No Shareholder shall Transfer any Shares for a period of twenty-four (24) months from the date hereof (the "Lock-Up Period") without the prior written consent of the other Shareholder.
2.2 After the Lock-Up Period, a Shareholder may deliver a Shotgun Offer, and the recipient shall have sixty (60) days within which to accept it.
# ARTICLE 3 – NON-COMPETITION
3.1 Each Shareholder shall not, while a Shareholder and for twelve (12) months after ceasing to be a Shareholder, engage in any business competitive with the Corporation in Canada.
# ARTICLE 9 – TERM AND TERMINATION
9.1 This Agreement shall come into force on the date hereof and shall continue in force until terminated in accordance with Section 9.2.
9.2 This Agreement shall terminate upon the earliest of (a) one Shareholder becoming the holder of all of the Shares, (b) the bankruptcy or dissolution of the Corporation, and (c) the written agreement of all of the Shareholders.
# ARTICLE 10 – GENERAL
10.1 Any notice hereunder shall be given not less than thirty (30) days in advance in writing.
10.2 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
NORTHSHORE ANALYTICS INC. Per: Daniel Okafor, President – I have authority to bind the Corporation
MARIE-CLAUDE BÉLANGER, witnessed by Sandeep Gill
2754419 ONTARIO INC. Per: Daniel Okafor, Director`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Northshore Analytics Inc.", "Marie-Claude Bélanger", "2754419 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-02",
      term: "Until terminated",
    },
  },
  {
    id: "v9-corporate-jv-singapore-key-details",
    format: "pdf",
    source: `# JOINT VENTURE AGREEMENT
This Agreement is dated 18 June 2026 and is made between the parties named as Party A and Party B in the Key Details below.
# KEY DETAILS
| Item | Details |
| Party A | Merlion Infrastructure Pte. Ltd. (UEN 201912345K), 80 Robinson Road, #18-02, Singapore 068898 |
| Party B | Kaveri Engineering Private Limited (CIN U45200KA2009PTC051234), 14 Residency Road, Bengaluru 560025, India |
| JV Company | MK Water Solutions Pte. Ltd., to be incorporated in Singapore (not a party to this Agreement) |
| Commencement Date | 1 July 2026 |
| Initial Term | Five (5) years commencing on the Commencement Date |
| Renewal | Automatic, for successive periods of two (2) years (clause 14.2) |
| Governing Law | Singapore (clause 22) |
| Disputes | Arbitration under the SIAC Rules, seated in Singapore |
# 1. INTERPRETATION
1.1 Capitalised terms used in this Agreement and not otherwise defined have the meanings given in the Key Details.
# 2. PURPOSE
2.1 The parties shall cooperate through the JV Company to design, build and operate desalination and water treatment plants in Southeast Asia.
# 5. CAPITAL CONTRIBUTIONS
5.1 Each party shall subscribe for its Initial Shares in the JV Company within ninety (90) days after the Commencement Date.
# 11. DEADLOCK
11.1 If a Deadlock Matter is not resolved within thirty (30) days of referral to the Chief Executives, either party may serve a Deadlock Notice.
# 12. NON-COMPETITION
12.1 Neither party shall, during the Term and for two (2) years after it ceases to be a shareholder of the JV Company, compete with the JV Company in the Territory.
# 14. TERM
14.1 This Agreement shall take effect on the Commencement Date and continue for the Initial Term.
14.2 At the end of the Initial Term and each Renewal Term, this Agreement shall automatically renew for a further period of two (2) years (each a "Renewal Term") unless either party gives the other not less than six (6) months' written notice of non-renewal.
# 22. GOVERNING LAW
22.1 This Agreement is governed by the laws of Singapore. The Technology Licence to be entered into between Party B and the JV Company shall be governed by the laws of India.
Signed for Merlion Infrastructure Pte. Ltd. by Tan Wei Ling, Director
Signed for Kaveri Engineering Private Limited by Arjun Raghavan, Managing Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Merlion Infrastructure Pte. Ltd.", "Kaveri Engineering Private Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v9-corporate-settlement-deed-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on 22 May 2026
BETWEEN
COASTAL FITOUTS PTY LTD ACN 123 456 789 of Level 2, 40 Pitt Street, Sydney NSW 2000 (Contractor)
AND
WATTLE NOMINEES PTY LTD ACN 987 654 321 in its capacity as trustee for the Marrickville Property Unit Trust, of 7 Addison Road, Marrickville NSW 2204 (Principal)
# RECITALS
A. The Contractor and the Principal are parties to a building contract dated 3 June 2024 for fit-out works at 7 Addison Road, Marrickville (Building Contract), which has a defects liability period of twelve (12) months from practical completion.
B. Disputes have arisen under the Building Contract, and the Contractor has commenced proceedings in the Supreme Court of New South Wales, No. 2025/00123456 (Proceedings).
C. The parties have agreed to settle the Proceedings on the terms of this deed.
# OPERATIVE PROVISIONS
1. Settlement Sum. The Principal must pay the Contractor $485,000 (inclusive of GST) within twenty-one (21) days after the date of this deed.
2. Discontinuance. Within seven (7) Business Days after receipt of the Settlement Sum, the parties must file a notice of discontinuance of the Proceedings with no order as to costs.
3. Release. On receipt of the Settlement Sum, each party releases the other from all Claims arising out of or in connection with the Building Contract or the Proceedings, except Claims for latent defects notified within six (6) years after practical completion.
4. Confidentiality. Each party must keep the terms of this deed confidential, and this obligation continues for five (5) years after the date of this deed.
5. Governing law. This deed is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# EXECUTED AS A DEED
Executed by COASTAL FITOUTS PTY LTD in accordance with section 127 of the Corporations Act 2001 (Cth) by Liam Petrakis, Director, and Sophie Nguyen, Director/Secretary
Executed by WATTLE NOMINEES PTY LTD as trustee for the Marrickville Property Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by Grace Whitlam, Sole Director and Secretary`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Coastal Fitouts Pty Ltd", "Wattle Nominees Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-22",
    },
  },
  {
    id: "v9-corporate-engagement-letter-dublin",
    format: "docx",
    storedPageCount: 2,
    source: `FITZWILLIAM HANLEY LLP
Solicitors
21 Fitzwilliam Square, Dublin 2, D02 X285
6 March 2026
Our ref: FH/AOC/20931
Private and Confidential
The Board of Directors
Liffey Biotherapeutics DAC
Unit 4, Grand Canal Quay, Dublin 2, D02 KF24
Dear Directors
# Letter of Engagement
Proposed acquisition of the entire issued share capital of Corrib Diagnostics Limited
Thank you for instructing this firm. This letter and our enclosed Standard Terms of Business set out the basis on which we will act for Liffey Biotherapeutics DAC in the matter above.
Scope: we will conduct legal due diligence, negotiate the share purchase agreement and advise on completion. We understand the seller has proposed that the share purchase agreement be governed by English law; any English law advice will be given by our London associates.
Responsible partner: Aoife O'Connell will have overall responsibility for this matter, assisted by Cian Doyle, associate.
Fees: our estimate of fees for this matter is €85,000 exclusive of VAT and outlays. This estimate remains valid for sixty (60) days from the date of this letter. Our invoices are payable within thirty (30) days of issue.
Files: we will keep our file for this matter for seven (7) years after the matter closes, after which it may be destroyed.
===
Termination: our engagement will end when the matter is completed, although you may end it earlier by notice in writing.
Governing law: this letter and our Standard Terms of Business are governed by the laws of Ireland, and the Irish courts shall have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Fitzwilliam Hanley LLP
We confirm our acceptance of the terms of this letter.
Signed for and on behalf of Liffey Biotherapeutics DAC by Niamh Brennan, Director
Date: 11 March 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Fitzwilliam Hanley LLP", "Liffey Biotherapeutics DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-06",
    },
  },
  {
    id: "v9-corporate-tolling-california-date-range",
    format: "docx",
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of February 1, 2026 (the “Effective Date”), by and between Sierra Vista Orchards, LLC, a California limited liability company (“Sierra Vista”), and Pacific Cold Chain Partners, L.P., a Delaware limited partnership (“PCCP”). Sierra Vista and PCCP are each a “Party” and together the “Parties.”
# RECITALS
A. The Parties are parties to a Refrigerated Warehousing Agreement dated March 1, 2022 (the “Warehousing Agreement”), which is governed by the laws of the State of Oregon.
B. Sierra Vista contends that fruit stored by PCCP spoiled in August 2025 as a result of a refrigeration failure, and that PCCP is liable for the resulting losses (the “Claims”). PCCP denies the Claims.
C. The Parties wish to explore settlement without the need to commence litigation immediately.
# AGREEMENT
1. Term. This Agreement shall be in effect for the period from the Effective Date to and including January 31, 2027 (the “Tolling Period”), unless terminated earlier by either Party on thirty (30) days’ written notice to the other.
2. Tolling. The running of any statute of limitations, statute of repose or contractual limitation period applicable to the Claims shall be tolled during the Tolling Period.
3. Filing after expiry. Sierra Vista may file any action on the Claims within ninety (90) days after the end of the Tolling Period, and PCCP shall not assert that the time elapsed during the Tolling Period bars any such action.
4. No revival. Nothing in this Agreement revives any Claim that was time-barred before the Effective Date.
5. No admission. This Agreement is not an admission of liability by either Party.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
SIERRA VISTA ORCHARDS, LLC
By: Rosa Delgado, Managing Member
Date: January 28, 2026
PACIFIC COLD CHAIN PARTNERS, L.P.
By: PCCP GP, LLC, its general partner
By: Martin Hale, Chief Executive Officer
Date: January 29, 2026`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Sierra Vista Orchards, LLC", "Pacific Cold Chain Partners, L.P."],
      governingLaw: "California",
      effectiveDate: "2026-02-01",
      expiryDate: "2027-01-31",
      term: "12 months",
    },
  },
  {
    id: "v9-corporate-power-of-attorney-wellington",
    format: "txt",
    source: `# POWER OF ATTORNEY
# Parties
Donor: KOWHAI HOLDINGS LIMITED (company number 6123457), a company incorporated in New Zealand having its registered office at Level 9, 100 Willis Street, Wellington 6011
Attorney: ARETHA MERE PARATA, company secretary, of 18 Glenmore Street, Kelburn, Wellington 6012
Date: the ninth day of March 2026
# Background
A. The Donor has agreed to sell the property at 44 Hutt Road, Thorndon, Wellington under an agreement for sale and purchase dated 2 February 2026 (the "Sale Agreement"), with settlement due on 30 April 2026.
B. The directors of the Donor will be overseas at the time of settlement and the Donor wishes to appoint the Attorney to complete the sale on its behalf.
# Operative provisions
1. Appointment: The Donor appoints the Attorney to be its attorney, in its name and on its behalf, to do all things necessary to settle the Sale Agreement, including signing any transfer instrument, settlement statement or authority and instruction form.
2. Duration: This power of attorney takes effect on the date of this deed and remains in force for a period of six (6) months from that date, unless revoked earlier by the Donor by written notice to the Attorney.
3. Ratification: The Donor ratifies anything done by the Attorney in good faith under this power of attorney, including anything done after revocation but before the Attorney receives notice of it.
4. Governing law: This power of attorney is governed by New Zealand law.
# Execution
Executed as a deed by KOWHAI HOLDINGS LIMITED by its directors Hemi Walker and Claire Donovan
Acceptance: I, Aretha Mere Parata, accept my appointment as attorney on the terms of this deed.
Signed by ARETHA MERE PARATA in the presence of Joseph Liu, solicitor, Wellington`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Kowhai Holdings Limited", "Aretha Mere Parata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-09",
      expiryDate: "2026-09-09",
      term: "6 months",
    },
  },
  {
    id: "v9-corporate-notice-of-claim-hong-kong",
    format: "txt",
    source: `# NOTICE OF CLAIM
From: Kowloon Precision Holdings Limited, a company incorporated in Hong Kong (Company No. 2876541), of 18/F, Millennium City 5, 418 Kwun Tong Road, Kowloon (the "Purchaser")
To: Mr. Lam Chi Wai, of Flat 12B, Tower 2, The Belcher's, 89 Pok Fu Lam Road, Hong Kong, and Ms. Cheung Mei Ling, of 6 Shouson Hill Road West, Hong Kong (together the "Vendors")
Date: 20 March 2026
Re: Agreement for the Sale and Purchase of the entire issued share capital of Shatin Moulds Limited dated 28 November 2024 (the "Agreement")
1. We refer to the Agreement. Terms defined in the Agreement have the same meaning in this notice.
2. This is a notice of a Claim given under clause 9.3 (Notice of Claims) of the Agreement. Under that clause, notice of a Claim must be given before the expiry of the period of eighteen (18) months after Completion, which took place on 30 September 2024; that period ends on 31 March 2026.
3. Particulars: the Purchaser claims for breach of the Warranty in paragraph 5.12 of Schedule 4 (Tax), in that the Company failed to account for profits tax of HK$2,950,000 for the year of assessment 2022/23, together with surcharges and interest.
4. Amount: the Purchaser's present estimate of the amount of the Claim is HK$3,800,000.
5. Retention: the Purchaser requires that the Retention Amount held in escrow under clause 3.5 of the Agreement is not released on 30 September 2026 or at all until the Claim is finally determined.
6. Proceedings: the Purchaser will issue proceedings within six (6) months of the date of this notice, as required by clause 9.4 of the Agreement, unless the Claim has been settled.
7. Clause 16 of the Agreement provides that the Agreement is governed by the laws of Hong Kong and that the Hong Kong courts have exclusive jurisdiction.
For and on behalf of Kowloon Precision Holdings Limited
Wong Ka Ho, Director`,
    truth: {
      title: "Notice of Claim",
      documentType: "Notice",
      parties: ["Kowloon Precision Holdings Limited", "Lam Chi Wai", "Cheung Mei Ling"],
      effectiveDate: "2026-03-20",
    },
  },
];
