import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10: settlements, releases, tolling and standstill agreements, engagement letters, notices and litigation funding. */
export const DISPUTES_V10: UnseenDocument[] = [
  {
    id: "v10-disputes-deed-of-settlement-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on the 14th day of April 2026.
# Parties
Coolangatta Civil Pty Ltd (ACN 612 448 907) of Level 9, 88 Phillip Street, Sydney NSW 2000 (Coolangatta)
Brindabella Earthmoving Pty Ltd (ACN 098 223 415) of 4 Ferrier Road, Queanbeyan NSW 2620 (Brindabella)
Graham Lachlan Pryce of 17 Wattle Crescent, Bowral NSW 2576 (Guarantor)
# Background
A. Coolangatta engaged Brindabella under a subcontract dated 2 August 2023 (Subcontract) for bulk earthworks on the Hume Link project, to be carried out over a period of thirty (30) months.
B. Brindabella commenced proceedings in the Supreme Court of New South Wales (No. 2025/00318822) (Proceedings) claiming unpaid progress payments, and Coolangatta cross-claimed for defective work.
C. The parties have agreed to settle the Proceedings on the terms of this deed.
# Operative provisions
1. Settlement Sum. Coolangatta must pay Brindabella $1,240,000 (inclusive of GST) within 30 days after the date of this deed.
2. Discontinuance. Within 5 Business Days after receiving the Settlement Sum, Brindabella must file a notice of discontinuance of the Proceedings, with no order as to costs.
3. Release. On payment of the Settlement Sum, each party releases the others from all Claims arising out of the Subcontract or the Proceedings.
4. Guarantee. The Guarantor guarantees the performance of Brindabella's obligations under clause 2 until the Proceedings are discontinued.
5. Defects. The parties agree that the defects liability period of 12 months under the Subcontract has expired and that no further defects notices will be given.
6. Confidentiality. The terms of this deed are confidential. This clause survives for 5 years after the date of this deed.
7. Governing law. This deed is governed by the law of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed as a deed.
Executed by Coolangatta Civil Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)
| Director: Sandra Okafor | Director/Secretary: Liam Treloar |
Executed by Brindabella Earthmoving Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)
| Director: Graham Lachlan Pryce | Secretary: Ruth Pryce |
Signed, sealed and delivered by Graham Lachlan Pryce in the presence of:
| Witness: Anika Rao | Address: 3 Bong Bong Street, Bowral NSW 2576 |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Coolangatta Civil Pty Ltd", "Brindabella Earthmoving Pty Ltd", "Graham Lachlan Pryce"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v10-disputes-tolling-agreement-delaware",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and between Brightwater Capital Partners LLC, a Delaware limited liability company (“Brightwater”), and Halvorsen Marine Systems, Inc., a Minnesota corporation (“Halvorsen”). Brightwater and Halvorsen are each a “Party” and together the “Parties.”
# Recitals
WHEREAS, Brightwater contends that Halvorsen breached certain representations in the Asset Purchase Agreement dated as of October 14, 2022 between the Parties, which representations survived the closing for eighteen (18) months (the “Potential Claims”);
WHEREAS, Halvorsen denies the Potential Claims; and
WHEREAS, the Parties wish to explore a negotiated resolution without the need for immediate litigation, and to suspend the running of any limitations period in the meantime;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Tolling Period. All statutes of limitations, statutes of repose, laches and other time-based defenses applicable to the Potential Claims are tolled for a period of nine (9) months commencing on the Effective Date (the “Tolling Period”). This Agreement shall remain in effect for the Tolling Period and shall then expire without further action by either Party.
2. Early Termination. Either Party may end the Tolling Period early by giving thirty (30) days' prior written notice to the other Party.
3. Forbearance. During the Tolling Period, neither Party shall commence any action or arbitration concerning the Potential Claims.
4. No Revival. This Agreement does not revive any claim that was time-barred before the Effective Date.
5. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any claim or defense.
6. Asset Purchase Agreement. Nothing in this Agreement alters the Asset Purchase Agreement, which remains governed by the laws of the State of Minnesota.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
8. Counterparts. This Agreement may be executed in counterparts, including by electronic signature.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER CAPITAL PARTNERS LLC | HALVORSEN MARINE SYSTEMS, INC. |
| By: /s/ Dana Whitlock | By: /s/ Erik Halvorsen |
| Name: Dana Whitlock | Name: Erik Halvorsen |
| Title: Managing Member | Title: President |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Capital Partners LLC", "Halvorsen Marine Systems, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2026-12-02",
      term: "9 months",
    },
  },
  {
    id: "v10-disputes-engagement-letter-edinburgh",
    format: "pdf",
    source: `MACALISTER REID LLP
Solicitors and Notaries
14 Charlotte Square, Edinburgh EH2 4DJ
Our ref: DF/CR/0412
Your ref: Legal/2026/07
22 January 2026
Ms Fiona Drummond
Head of Legal
Corran Renewables Limited
3 Harbour Road, Oban PA34 5TU
By email only
Dear Fiona
# Letter of Engagement
Dispute with Firthside Construction Limited: Glen Corran Substation
Thank you for instructing us. This letter, together with our enclosed Terms of Business, forms the contract between Corran Renewables Limited and MacAlister Reid LLP for this matter.
Scope. We will advise on the notice of adjudication served by Firthside Construction Limited on 9 January 2026, act for you in the adjudication and advise on any subsequent enforcement or court proceedings.
The adjudicator must reach a decision within 28 days of the referral, so we will need your documents by 30 January 2026.
The partner responsible is Duncan Ferguson, assisted by Isla Munro, senior associate.
Fees. Our fees are charged at the hourly rates set out in the Terms of Business. We estimate fees of £45,000 plus VAT to the conclusion of the adjudication. We invoice monthly and our invoices are payable within 30 days.
The construction contract with Firthside is governed by the law of England and Wales. If advice on English law is needed, we will instruct counsel in London with your prior consent.
Our engagement will end when we send you our final invoice for this matter. We will keep our file for ten years after that.
This letter and our Terms of Business are governed by Scots law, and the Scottish courts have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Duncan Ferguson
Partner, for and on behalf of MacAlister Reid LLP
===
I confirm that Corran Renewables Limited accepts the terms of this letter and the Terms of Business.
Signed: Fiona Drummond, Head of Legal
Date: 29 January 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["MacAlister Reid LLP", "Corran Renewables Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-01-22",
    },
  },
  {
    id: "v10-disputes-standstill-ontario",
    format: "txt",
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is made as of the 1st day of July, 2026.
BETWEEN:
LAURENTIAN FOREST PRODUCTS INC., a corporation existing under the laws of Ontario (the "Company")
- and -
KESTREL VALUE FUND LP, a limited partnership formed under the laws of Ontario, acting by its general partner, KESTREL VALUE GP INC. (the "Investor")
RECITALS:
A. The Investor beneficially owns approximately 8.7% of the outstanding common shares of the Company and has requisitioned a special meeting of shareholders.
B. The Company and the Investor wish to avoid a contested meeting and have agreed to the arrangements below.
NOW THEREFORE the parties agree as follows:
1. Definitions. "Standstill Period" means the period from and including the date of this Agreement to and including June 30, 2027.
2. Board Nominee. The Company shall appoint Priya Venkataraman to its board of directors within ten (10) Business Days, to hold office until the close of the 2027 annual meeting of shareholders.
3. Withdrawal. The Investor shall withdraw its requisition within two (2) Business Days of the date of this Agreement.
4. Standstill. During the Standstill Period the Investor shall not, directly or indirectly, acquire beneficial ownership of more than 12% of the outstanding common shares, solicit proxies, or propose any take-over bid.
5. Voting. At each shareholders' meeting held during the Standstill Period, the Investor shall vote its shares in favour of the Company's nominees.
6. Term. This Agreement terminates at the end of the Standstill Period, except that section 7 survives for two (2) years thereafter.
7. Non-Disparagement. Neither party shall make any public statement disparaging the other or its directors.
8. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
LAURENTIAN FOREST PRODUCTS INC.
Per: Michel Gagnon, President and Chief Executive Officer
KESTREL VALUE FUND LP, by its general partner KESTREL VALUE GP INC.
Per: Harriet Osei, Managing Director`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Laurentian Forest Products Inc.", "Kestrel Value Fund LP"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
    },
  },
  {
    id: "v10-disputes-litigation-funding-england",
    format: "docx",
    source: `# LITIGATION FUNDING AGREEMENT
THIS AGREEMENT is dated 9 March 2026
# Parties
(1) ARDENT CLAIMS CAPITAL LLP, a limited liability partnership incorporated in England and Wales (registered number OC431177) whose registered office is at 40 Gracechurch Street, London EC3V 0BT (the "Funder"); and
(2) PENHALLOW FOODS LIMITED, a company incorporated in England and Wales (registered number 05582310) whose registered office is at Unit 3, Treloggan Industrial Estate, Newquay TR7 2SX (the "Claimant").
# Background
(A) The Claimant intends to bring proceedings against Marazion Cold Storage plc for breach of a warehousing agreement (the "Claim").
(B) The Funder has agreed to fund the Claimant's costs of pursuing the Claim in return for a share of any Proceeds.
# Agreed terms
1. Definitions. "Commitment" means £2,750,000. "Commitment Period" means the period of 24 months from the date of this agreement during which the Claimant may request Funding. "Proceeds" means all sums recovered in respect of the Claim.
2. Funding. The Funder shall pay the Approved Costs of the Claim, up to the Commitment, on requests made during the Commitment Period.
3. Non-recourse. The Funding is non-recourse and is not a loan. If the Claim fails, the Claimant is not required to repay any Funding.
4. Funder's Return. Out of the Proceeds the Funder is entitled to the greater of three times the Funding deployed and 30% of the Proceeds, rising to 35% if the Claim has not been resolved within 36 months of the date of this agreement.
5. Conduct. The Claimant retains control of the Claim and the Funder will not seek to influence its solicitors to cede control or conduct of the Claim to the Funder.
6. Duration. This agreement starts on its date and remains in force unless and until it is terminated under clause 7.
7. Termination. The Funder may terminate this agreement on 21 days' written notice if it reasonably ceases to be satisfied about the merits of the Claim; funding already committed remains payable.
8. Governing law. This agreement and any non-contractual obligations arising out of it are governed by the law of England and Wales, and the courts of England have exclusive jurisdiction.
===
Signed by Natalie Brough, designated member, for and on behalf of ARDENT CLAIMS CAPITAL LLP
Signed by Jory Penhallow, director, for and on behalf of PENHALLOW FOODS LIMITED`,
    truth: {
      title: "Litigation Funding Agreement",
      documentType: "Other",
      parties: ["Ardent Claims Capital LLP", "Penhallow Foods Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-09",
      term: "Until terminated",
    },
  },
  {
    id: "v10-disputes-notice-of-dispute-kenya",
    format: "txt",
    source: `RIFT VALLEY AGRO PROCESSORS LIMITED
P.O. Box 1482-20100, Nakuru, Kenya
5th May 2026
BY HAND AND BY EMAIL
The Managing Director
Nyali Packaging Solutions Limited
Plot 221, Links Road, Nyali
P.O. Box 90311-80100, Mombasa
# NOTICE OF DISPUTE
Re: Packaging Supply Agreement dated 1st June 2023 (the "Agreement")
Dear Sir,
1. We refer to the Agreement, under which you agreed to supply laminated pouches to us for a term of five (5) years from 1st June 2023.
2. We also refer to our letters of 12th February 2026 and 3rd March 2026 concerning the defective consignments delivered in January and February 2026, to which we have received no substantive reply.
3. This letter is a notice of dispute under clause 19.2 of the Agreement. The dispute concerns your failure to meet the specification in Schedule 2 and our resulting losses of KES 18,460,000.
4. Under clause 19.3 of the Agreement, senior representatives of both parties must meet within fourteen (14) days of this notice. If the dispute is not settled within thirty (30) days of this notice, we intend to refer it to arbitration in Nairobi before a sole arbitrator appointed by the Chartered Institute of Arbitrators (Kenya Branch).
5. We reserve all our rights, including our right to terminate the Agreement on ninety (90) days' notice under clause 21.
Yours faithfully,
For and on behalf of Rift Valley Agro Processors Limited
Wanjiru Kamau
Company Secretary
cc: Okoth & Mwangi Advocates`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Rift Valley Agro Processors Limited", "Nyali Packaging Solutions Limited"],
      effectiveDate: "2026-05-05",
    },
  },
  {
    id: "v10-disputes-general-release-california",
    format: "pdf",
    pageFooters: true,
    source: `# GENERAL RELEASE OF ALL CLAIMS
1. Release. In exchange for the severance payment described in paragraph 2, I, Marcus T. Whitfield, release Solano Ridge Vineyards, LLC, a California limited liability company (the "Company"), and its members, managers, officers, employees and affiliates from all claims, known or unknown, arising out of my employment with the Company or its ending on April 30, 2026.
2. Severance. The Company will pay me $96,000, less applicable withholdings, in six (6) equal monthly installments, the first on the first regular payday after the Effective Date.
3. Section 1542 Waiver. I waive the benefit of California Civil Code section 1542, which provides: "A GENERAL RELEASE DOES NOT EXTEND TO CLAIMS THAT THE CREDITOR OR RELEASING PARTY DOES NOT KNOW OR SUSPECT TO EXIST IN HIS OR HER FAVOR AT THE TIME OF EXECUTING THE RELEASE AND THAT, IF KNOWN BY HIM OR HER, WOULD HAVE MATERIALLY AFFECTED HIS OR HER SETTLEMENT WITH THE DEBTOR OR RELEASED PARTY."
4. Age Discrimination Claims. I have had twenty-one (21) days to consider this Release and may revoke it within seven (7) days after I sign it. This Release becomes effective on the eighth day after I sign it, provided I have not revoked it (the "Effective Date").
5. Continuing Obligations. I remain bound by my Confidential Information and Invention Assignment Agreement, including its twelve (12) month non-solicitation covenant.
6. No Admission. This Release is not an admission of wrongdoing by the Company or by me.
7. Governing Law. This Release is governed by the laws of the State of California.
8. Entire Agreement. This Release is the entire agreement between the Company and me about its subject matter.
===
PLEASE READ CAREFULLY. THIS RELEASE INCLUDES A RELEASE OF ALL KNOWN AND UNKNOWN CLAIMS.
| Dated: May 6, 2026 | /s/ Marcus T. Whitfield |
| | Marcus T. Whitfield |
SOLANO RIDGE VINEYARDS, LLC
| Dated: May 7, 2026 | By: /s/ Teresa Alvarez, Managing Member |
The Company confirms that Marcus T. Whitfield did not revoke this Release and that its Effective Date is May 14, 2026.`,
    truth: {
      title: "General Release of All Claims",
      documentType: "Settlement agreement",
      parties: ["Marcus T. Whitfield", "Solano Ridge Vineyards, LLC"],
      governingLaw: "California",
      effectiveDate: "2026-05-14",
    },
  },
  {
    id: "v10-disputes-settlement-agreement-singapore",
    format: "docx",
    storedPageCount: 3,
    source: `# SETTLEMENT AGREEMENT
Dated this 17th day of February 2026
TEMBUSU LOGISTICS PTE. LTD.
(as Claimant)
HARBOURFRONT COLD CHAIN PTE. LTD.
(as Respondent)
LIM WEI JIE
(as Guarantor)
===
# Key Details
| Claimant | Tembusu Logistics Pte. Ltd. (UEN 201534771K), 10 Pandan Crescent, #04-02, Singapore 128466 |
| Respondent | Harbourfront Cold Chain Pte. Ltd. (UEN 200918204D), 2 Jurong Port Road, Singapore 619088 |
| Guarantor | Lim Wei Jie, of 58 Jalan Bunga Rampai, Singapore 538418 |
| Proceedings | HC/OC 412/2025 in the General Division of the High Court of Singapore |
| Settlement Sum | S$3,600,000, payable in 18 monthly instalments |
| First Instalment Date | 31 March 2026 |
# Terms
1. The Respondent shall pay the Settlement Sum by 18 equal monthly instalments of S$200,000, the first on the First Instalment Date and the last on 31 August 2027.
2. If any instalment remains unpaid 14 days after its due date, the whole unpaid balance becomes immediately due, together with interest at 5.33% per annum, and the Claimant may enter judgment for it by consent.
3. The Guarantor guarantees the Respondent's payment obligations under this Agreement until the Settlement Sum has been paid in full.
4. Within 7 days of the date of this Agreement, the Claimant and the Respondent shall file a Notice of Discontinuance of the Proceedings, each party bearing its own costs.
5. This Agreement is in full and final settlement of all claims in the Proceedings. On payment of the final instalment, the Claimant and the Respondent release each other from those claims.
6. The parties shall keep the terms of this Agreement confidential, save as required by law.
7. This Agreement is governed by the laws of Singapore, and the parties submit to the exclusive jurisdiction of the Singapore courts.
===
| Signed by Tan Mei Hua, Director, for and on behalf of Tembusu Logistics Pte. Ltd. | Witness: Goh Boon Kiat |
| Signed by Rajesh Pillai, Director, for and on behalf of Harbourfront Cold Chain Pte. Ltd. | Witness: Nur Aisyah Binte Rahman |
| Signed by Lim Wei Jie | Witness: Goh Boon Kiat |`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Tembusu Logistics Pte. Ltd.", "Harbourfront Cold Chain Pte. Ltd.", "Lim Wei Jie"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-17",
    },
  },
];
