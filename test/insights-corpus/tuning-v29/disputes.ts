import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: disputes — disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, notices, letters before action, arbitration agreements, variations). */
export const DISPUTES_V29: UnseenDocument[] = [
  {
    id: "v29-disputes-settlement-agreement-england",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
relating to Claim No. HC-2025-001482 in the High Court of Justice, Business and Property Courts of England and Wales, Circuit Commercial Court (Manchester)
BRIGHTWATER LOGISTICS LIMITED
and
CALDER FOODS PLC
Subject to contract until signed by both parties. Without prejudice save as to costs until completed.
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) BRIGHTWATER LOGISTICS LIMITED, a company incorporated in England and Wales with company number 08841276 whose registered office is at Unit 4, Sandpiper Way, Warrington WA5 7ZB ("Brightwater").
(2) CALDER FOODS PLC, a company incorporated in England and Wales with company number 03317590 whose registered office is at 18 Kirkgate, Leeds LS2 7DJ ("Calder").
# BACKGROUND
(A) Brightwater and Calder are parties to a warehousing and distribution agreement dated 2 March 2022 (the "Distribution Contract"), which was entered into for an initial term of five years.
(B) Calder withheld payment of Brightwater's invoices dated 31 July 2025 and 31 August 2025, alleging temperature excursions at Brightwater's Warrington site. Brightwater issued the Proceedings on 9 October 2025 and Calder served a defence and counterclaim on 20 November 2025.
(C) Following a mediation held on 26 March 2026, the parties have agreed to settle the Dispute on the terms of this agreement, without any admission of liability.
# AGREED TERMS
1. Definitions. In this agreement: "Dispute" means the matters pleaded in the Proceedings and any other claim arising out of the Distribution Contract up to the date of this agreement; "Proceedings" means Claim No. HC-2025-001482; and "Settlement Sum" means £412,500.
2. Payment. Calder shall pay the Settlement Sum to Brightwater's solicitors' client account within 28 days after the date of this agreement. If any part remains unpaid after that date, Brightwater may enter judgment for the unpaid balance together with interest at 8% a year.
3. Stay and discontinuance. Within 2 business days after signature the parties shall file a consent order staying the Proceedings. Within 7 days after receipt of the Settlement Sum in cleared funds, Brightwater shall file a notice of discontinuance of the claim and Calder shall discontinue its counterclaim.
4. Release. This agreement is in full and final settlement of the Dispute. Each party releases the other from all claims arising out of the Dispute, whether or not presently known, but not from claims to enforce this agreement.
5. Distribution Contract. The parties agree that the Distribution Contract shall terminate on 30 June 2026, and that clauses 14 (confidentiality) and 17 (limitation of liability) of it shall survive termination for three years.
6. Confidentiality and non-disparagement. The terms of this agreement are confidential. For a period of two years after the date of this agreement neither party shall make any disparaging statement about the other to any customer or supplier.
7. Costs. Each party shall bear its own costs of the Proceedings and of the mediation, and the mediator's fees shall be shared equally.
8. Third party rights. No one other than a party to this agreement has any right to enforce its terms under the Contracts (Rights of Third Parties) Act 1999.
9. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it (including non-contractual disputes or claims) shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
| Signed by Hannah Okafor, director, for and on behalf of BRIGHTWATER LOGISTICS LIMITED | ............................ |
| Signed by Gareth Pullan, director, for and on behalf of CALDER FOODS PLC | ............................ |`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Brightwater Logistics Limited", "Calder Foods PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v29-disputes-tolling-agreement-new-york",
    format: "pdf",
    pdfMargin: 84,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and between MERIDIAN RIDGE CAPITAL PARTNERS LLC, a Delaware limited liability company with offices at 410 Park Avenue, 22nd Floor, New York, New York 10022 ("Meridian"), and HOLLIS & CRANE ADVISORY GROUP, INC., a New York corporation with offices at 75 State Street, Albany, New York 12207 ("Hollis"). Meridian and Hollis are each referred to as a "Party" and together as the "Parties."
# RECITALS
WHEREAS, Meridian contends that Hollis breached the Investment Advisory Agreement between the Parties dated as of June 1, 2019 (the "Advisory Agreement") and its fiduciary duties in connection with the valuation of certain portfolio assets during 2021 and 2022 (the "Claims");
WHEREAS, Hollis denies the Claims and any liability to Meridian;
WHEREAS, the Parties wish to explore a resolution of the Claims without the expense of litigation, and Meridian wishes to preserve the Claims while those discussions continue;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling Period. This Agreement shall remain in effect for a period of six (6) months commencing on the Effective Date and ending at 11:59 p.m. Eastern Time on September 2, 2026 (the "Tolling Period"), unless terminated earlier under Section 4.
2. Tolling. Any statute of limitations, statute of repose, laches defense or other time-related defense applicable to the Claims shall be tolled during the Tolling Period, and the Tolling Period shall be excluded from any calculation of time for purposes of such defenses. Nothing in this Agreement revives any Claim that was already time-barred as of the Effective Date.
3. Standstill. During the Tolling Period, Meridian shall not commence any action, arbitration or other proceeding against Hollis with respect to the Claims.
4. Early Termination. Either Party may terminate this Agreement at any time upon thirty (30) days' prior written notice to the other Party. Following expiry or termination, Meridian shall have the longer of (a) sixty (60) days and (b) the time remaining under the applicable limitations period as of the Effective Date in which to commence an action.
5. No Admission. This Agreement is not an admission of liability or of the validity of any Claim or defense, and is inadmissible for any purpose other than its enforcement, consistent with Rule 408 of the Federal Rules of Evidence and CPLR 4547.
6. Advisory Agreement. The Advisory Agreement remains governed by the laws of the State of Delaware, and nothing in this Agreement alters its terms or the forum selection provision in Section 19 thereof.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Entire Agreement; Counterparts. This Agreement is the entire agreement of the Parties on its subject matter, may be amended only in a writing signed by both Parties, and may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
MERIDIAN RIDGE CAPITAL PARTNERS LLC
By: ______________________ Name: Daniel R. Whitcombe Title: Managing Member
HOLLIS & CRANE ADVISORY GROUP, INC.
By: ______________________ Name: Priya Raman Title: General Counsel`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Meridian Ridge Capital Partners LLC", "Hollis & Crane Advisory Group, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2026-09-02",
      term: "6 months",
    },
  },
  {
    id: "v29-disputes-standstill-agreement-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
# KEY DETAILS
| Item | Details |
| Contractor | Tan Seng Construction Pte. Ltd. (UEN 200914527K), 21 Kaki Bukit Road 1, #05-10, Singapore 415934 |
| Employer | Orchid Bay Development Pte. Ltd. (UEN 201622390D), 80 Robinson Road, #17-02, Singapore 068898 |
| Main Contract | Contract for the design and construction of Orchid Bay Residences, Upper Thomson Road, dated 12 September 2023 |
| Commencement Date | 1 June 2026 |
| Standstill Period | From 1 June 2026 to 30 November 2026 (inclusive), extended automatically under clause 4 |
| Extension | Successive periods of one (1) month each, unless a party gives notice not to extend |
| Governing Law | Singapore |
This Standstill Agreement is made on 27 May 2026 between the Contractor and the Employer named in the Key Details (each a "Party"), and takes effect on the Commencement Date.
# 1. Background
1.1 Disputes have arisen under the Main Contract concerning the Contractor's claims for extension of time and loss and expense, and the Employer's claims for liquidated damages and defective façade works (the "Disputes").
1.2 The Parties wish to negotiate a settlement of the Disputes and to avoid the cost of parallel proceedings while they do so.
# 2. Standstill
2.1 During the Standstill Period, neither Party shall commence or continue any arbitration, any adjudication under the Building and Construction Industry Security of Payment Act 2004 or any court proceedings in respect of the Disputes, save for urgent interim relief.
2.2 The Employer shall not make any call on the performance bond issued by DBS Bank Ltd. under the Main Contract during the Standstill Period, and the Contractor shall procure that the performance bond remains valid until 31 March 2027.
# 3. Time bars
3.1 No limitation period under the Limitation Act 1959 and no contractual time bar under the Main Contract shall run in respect of the Disputes during the Standstill Period.
# 4. Extension and termination
4.1 At the end of the Standstill Period, and of each extension, the Standstill Period shall automatically extend for a further one (1) month unless a Party gives the other not less than fourteen (14) days' written notice before the end of the current period that it is not to be extended.
4.2 Either Party may terminate this Agreement on twenty-one (21) days' written notice at any time.
# 5. Without prejudice
5.1 All settlement communications between the Parties during the Standstill Period are without prejudice and may not be relied on in any proceedings.
# 6. Governing law and disputes
6.1 This Agreement is governed by the laws of Singapore. Any dispute arising out of this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre under its rules for the time being in force. The seat of arbitration shall be Singapore.
===
# EXECUTION
| Signed by Lim Wei Ming, Director, for and on behalf of Tan Seng Construction Pte. Ltd. | ____________________ |
| Signed by Sarah Goh Hui Lin, Director, for and on behalf of Orchid Bay Development Pte. Ltd. | ____________________ |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Tan Seng Construction Pte. Ltd.", "Orchid Bay Development Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
      renewal: "1 month",
    },
  },
  {
    id: "v29-disputes-deed-of-settlement-nsw",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on the 22nd day of January 2026
BETWEEN
KOORINGAL FITOUTS PTY LTD ACN 612 448 903 of Level 3, 55 Parramatta Road, Annandale NSW 2038 ("Kooringal")
AND
BLUEGUM NOMINEES PTY LTD ACN 159 207 334 in its capacity as trustee of the Dunphy Family Trust, of 14 Wattle Crescent, Mosman NSW 2088 ("Trustee")
AND
MARGARET ELLEN DUNPHY of 14 Wattle Crescent, Mosman NSW 2088 ("Guarantor")
# RECITALS
A. Under a fit-out contract dated 8 March 2024 (the "Contract"), Kooringal carried out works for the Trustee at Shop 2, 120 Military Road, Neutral Bay NSW, premises the Trustee holds under a lease expiring on 31 October 2031.
B. The Guarantor guaranteed the Trustee's payment obligations under the Contract.
C. Kooringal commenced proceedings against the Trustee and the Guarantor in the District Court of New South Wales, No. 2025/00318842 (the "Proceedings"), claiming $246,310.00 for unpaid progress claims. The Trustee disputes the claim and alleges defective works.
D. The parties have agreed to settle the Proceedings on the terms of this deed.
# OPERATIVE PROVISIONS
1. Settlement Sum. The Trustee must pay Kooringal $185,000.00 (inclusive of GST) as follows: (a) $100,000.00 within 14 days after the date of this deed; and (b) $85,000.00 on or before 30 April 2026. The Guarantor guarantees those payments.
2. Default. If any instalment is not paid when due, Kooringal may enter judgment in the Proceedings for $246,310.00 less any amounts paid, and the parties consent to that judgment.
3. Proceedings. Within 5 business days after receipt of the full Settlement Sum, the parties must file consent orders dismissing the Proceedings with no order as to costs.
4. Release. On payment of the Settlement Sum, each party releases and forever discharges each other party from all claims arising out of the Contract, the works or the Proceedings, other than claims under this deed.
5. Defects. Kooringal's obligations under the defects liability period of twelve (12) months under the Contract are at an end, and the Trustee releases Kooringal from all claims for defective works.
6. Non-disparagement. For two (2) years after the date of this deed, no party may make any disparaging public statement about another party in connection with the works.
7. Confidentiality. The parties must keep the terms of this deed confidential, except as required by law.
8. Governing law. This deed is governed by the laws of New South Wales and the parties submit to the non-exclusive jurisdiction of the courts of that State.
===
# EXECUTED AS A DEED
Executed by KOORINGAL FITOUTS PTY LTD in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Paul Nguyen ____________ Director/Secretary: Annika Strand ____________
Executed by BLUEGUM NOMINEES PTY LTD as trustee of the Dunphy Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth): Sole Director and Secretary: Margaret Ellen Dunphy ____________
Signed, sealed and delivered by MARGARET ELLEN DUNPHY in the presence of: Witness: Robert Cheng, solicitor, Sydney ____________`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Kooringal Fitouts Pty Ltd", "Bluegum Nominees Pty Ltd", "Margaret Ellen Dunphy"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-01-22",
    },
  },
  {
    id: "v29-disputes-minute-of-variation-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION
between
STRATHLEVEN ENGINEERING LIMITED, incorporated under the Companies Acts (registered number SC402118) and having its registered office at 7 Carron Place, Kelvin Industrial Estate, East Kilbride G75 0YL ("Strathleven")
and
MACINNES RENEWABLES LLP, a limited liability partnership incorporated in Scotland (registered number SO305771) and having its registered office at 40 Queen's Road, Aberdeen AB15 4ZT ("MacInnes")
# WHEREAS
(A) Strathleven and MacInnes are parties to a Settlement Agreement dated 4 and 9 September 2025 (the "Settlement Agreement"), settling the commercial action between them in the Court of Session (CA47/25) arising out of the supply of turbine tower flanges.
(B) Under clause 3 of the Settlement Agreement MacInnes agreed to pay Strathleven £240,000 in six quarterly instalments, the last falling due on 31 December 2026. Two instalments of £40,000 have been paid.
(C) MacInnes has asked Strathleven to reschedule the remaining instalments, and Strathleven has agreed to do so on the terms of this Minute.
NOW THEREFORE the parties AGREE as follows:
1. Interpretation. In this Minute, "Variation Date" means 1 May 2026. Words defined in the Settlement Agreement have the same meanings in this Minute.
2. Variation. With effect from the Variation Date, clause 3.2 of the Settlement Agreement is deleted and replaced by: "3.2 The balance of £160,000 shall be paid in eight equal monthly instalments of £20,000, each on the last Business Day of the month, from May 2026 to December 2026 inclusive."
3. Acceleration. If any instalment is unpaid for more than ten Business Days after its due date, the whole balance then outstanding shall become immediately due, with interest at 4% per annum above the Bank of England base rate.
4. Continuation. Save as varied by this Minute, the Settlement Agreement continues in full force and effect, and the discharge granted under clause 5 of it is not affected.
5. Governing law. This Minute, and the Settlement Agreement as varied by it, are governed by the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Court of Session.
6. Counterparts. This Minute may be executed in counterparts and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.
IN WITNESS WHEREOF these presents are executed as follows:
===
Subscribed for and on behalf of STRATHLEVEN ENGINEERING LIMITED by Fiona Baird, Director, at Glasgow on 21 April 2026 in the presence of Alan Reid, 12 Hyndland Road, Glasgow G12 9UP (witness)
Subscribed for and on behalf of MACINNES RENEWABLES LLP by Callum MacInnes, Member, at Aberdeen on 24 April 2026 in the presence of Morag Fraser, 3 Rubislaw Terrace, Aberdeen AB10 1XE (witness)`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Strathleven Engineering Limited", "MacInnes Renewables LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v29-disputes-letter-before-action-northern-ireland",
    format: "docx",
    source: `# McCLEAN HARPER SOLICITORS
14 Donegall Square West, Belfast BT1 6JH | Tel 028 9023 4411 | post@mccleanharper.co.uk
Our ref: DMcC/LOUGH/0417
Date: 11 February 2026
BY EMAIL AND RECORDED DELIVERY
The Directors
Antrim Coast Hospitality Limited
3 Harbour Road
Ballycastle
BT54 6BN
Dear Sirs
# LETTER BEFORE ACTION
Our client: Lough Erne Linen Supplies Limited — Debt: £27,846.50
We act for Lough Erne Linen Supplies Limited ("our client") in connection with sums due from your company under the linen hire agreement between our client and your company dated 5 May 2023 (the "Agreement"), which was entered into for a minimum term of 36 months.
Under the Agreement our client supplied and laundered bed and table linen for your hotel at Ballycastle. Our client rendered invoice 4471 dated 30 September 2025, invoice 4519 dated 31 October 2025 and invoice 4560 dated 30 November 2025, each payable within 30 days of its date. None of them has been paid, and no complaint about the service was raised at any time.
Our client wrote to you on 8 December 2025 and again on 12 January 2026 requesting payment. Neither letter has received a reply.
The Agreement is governed by the law of Northern Ireland and provides that the courts of Northern Ireland have jurisdiction over any dispute arising from it.
Our client requires payment of £27,846.50, together with interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998, within 14 days of the date of this letter, that is by 25 February 2026. Payment should be made to our client account, details of which are enclosed.
If payment is not received by that date, we are instructed to issue proceedings against your company in the County Court for the Division of Antrim without further notice, and to seek the costs of doing so.
If you dispute any part of the debt, please set out your reasons in writing within the same period, enclosing any documents on which you rely. We recommend that you take independent legal advice on this letter.
Yours faithfully
McClean Harper Solicitors
Enc. Copy invoices 4471, 4519 and 4560; statement of account; client account details`,
    truth: {
      title: "Letter Before Action",
      documentType: "Letter",
      parties: ["McClean Harper Solicitors", "Antrim Coast Hospitality Limited"],
      effectiveDate: "2026-02-11",
    },
  },
  {
    id: "v29-disputes-notice-of-dispute-kenya",
    format: "txt",
    source: `# NOTICE OF DISPUTE
Issued under Clause 45 (Settlement of Disputes) of the Conditions of Contract
Date: 9th March 2026
To: Naivasha Greenhouses Limited, P.O. Box 1420-20117, Naivasha ("the Employer")
Attention: The Managing Director
Copy to: Eng. Grace Wanjiku, Kipande Consulting Engineers (the Engineer)
From: Mwangi & Otieno Builders Limited, P.O. Box 56231-00200, Nairobi ("the Contractor")
Re: Contract for the Construction of a Packhouse and Cold Store at Moi South Lake Road, Naivasha, dated 14th August 2024 (the "Contract")
1. We refer to the Contract and to the Engineer's determination dated 6th February 2026, which rejected the Contractor's claims set out below.
2. TAKE NOTICE that, pursuant to Clause 45.1 of the Contract, the Contractor gives notice that a dispute has arisen between the Contractor and the Employer in connection with the Contract, and that the Contractor does not accept the Engineer's determination.
3. The dispute concerns: (a) non-payment of Interim Payment Certificate No. 11 dated 18th December 2025 in the sum of KES 18,450,200, which fell due within 28 days of certification; (b) the Contractor's entitlement to an extension of the Time for Completion of sixty-three (63) days for delayed possession of the cold store site; and (c) the deduction of liquidated damages at KES 150,000 per day from Interim Payment Certificate No. 12.
4. The Contractor proposes that the dispute be referred to mediation within fourteen (14) days of receipt of this notice. If the dispute is not resolved within thirty (30) days of this notice, the Contractor will refer it to arbitration under the Arbitration Act, 1995 before a sole arbitrator appointed by the Chairman of the Chartered Institute of Arbitrators (Kenya Branch), as the Contract provides.
5. The Contractor reserves its right to suspend work under Clause 41 of the Contract on giving seven (7) days' notice if Interim Payment Certificate No. 11 remains unpaid.
6. This notice is given without prejudice to any other rights or remedies of the Contractor under the Contract or at law.
Signed: ____________________
Eng. Peter Otieno, Director
For and on behalf of Mwangi & Otieno Builders Limited
Received for the Employer by: ____________________ Date: ______________`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Mwangi & Otieno Builders Limited", "Naivasha Greenhouses Limited"],
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v29-disputes-arbitration-agreement-difc",
    format: "txt",
    source: `# ARBITRATION AGREEMENT
Submission of existing disputes to arbitration seated in the Dubai International Financial Centre
The parties named in the execution section at the end of this agreement (each a "Party") agree as follows.
# 1. The Disputes
1.1 The Parties are parties to a fit-out subcontract dated 3 October 2024 for the interior works at Gate Avenue, Units 210 to 216 (the "Subcontract"). The Subcontract is governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates and refers disputes to the onshore Dubai Courts.
1.2 Disputes have arisen under the Subcontract, including the claims set out in the Subcontractor's letter of 20 March 2026 and the Contractor's response of 7 April 2026 (together, the "Disputes").
# 2. Submission to arbitration
2.1 The Parties agree to submit the Disputes, and any further dispute arising out of or in connection with the Subcontract, to arbitration under the Arbitration Rules of the Dubai International Arbitration Centre (DIAC) 2022, in place of the dispute resolution clause of the Subcontract.
2.2 The seat of the arbitration shall be the Dubai International Financial Centre. The tribunal shall consist of a sole arbitrator, to be agreed by the Parties within twenty-one (21) days of the date of this agreement, failing which to be appointed by the DIAC Arbitration Court.
2.3 The language of the arbitration shall be English. The Parties shall ask the tribunal to render its final award within six (6) months of its constitution.
# 3. Confidentiality
3.1 The existence of the arbitration, the Disputes and any award are confidential, save as required to enforce an award or by law.
# 4. Governing law of this agreement
4.1 This agreement, including the agreement to arbitrate in clause 2, is governed by the laws of the Dubai International Financial Centre.
# 5. Execution
Dated the twelfth day of May two thousand and twenty-six.
SIGNED for and on behalf of AL NOOR INTERIORS LLC (Dubai commercial licence no. 774519), P.O. Box 118240, Dubai, United Arab Emirates (the "Subcontractor"), by Rashid Al Mansoori, Manager: ____________________
SIGNED for and on behalf of HARTWELL GULF CONTRACTING LIMITED, a company registered in the Dubai International Financial Centre (registered number 4021), Level 15, Gate Precinct Building 3, DIFC, Dubai (the "Contractor"), by Simon Hartwell, Director: ____________________`,
    truth: {
      title: "Arbitration Agreement",
      documentType: "Other",
      parties: ["Al Noor Interiors LLC", "Hartwell Gulf Contracting Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-12",
    },
  },
];
