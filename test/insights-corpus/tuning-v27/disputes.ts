import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, court orders, letters before action, mediation agreements, variations). */
export const DISPUTES_V27: UnseenDocument[] = [
  {
    id: "v27-disputes-settlement-agreement-tcc-leeds",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 17 April 2026
PARTIES
(1) CALDERBROOK CONSTRUCTION LIMITED, incorporated and registered in England and Wales with company number 04418823 whose registered office is at Unit 4, Riverside Works, Wakefield WF1 5RT ("Calderbrook"); and
(2) MERIDIAN HOMES (YORKSHIRE) LIMITED, incorporated and registered in England and Wales with company number 09921376 whose registered office is at 81 Park Row, Leeds LS1 5HN ("Meridian").
BACKGROUND
(A) By a JCT Design and Build Contract 2016 dated 2 March 2023 (the "Building Contract") Meridian engaged Calderbrook to construct 46 dwellings and associated infrastructure at Hollin Lane, Ossett.
(B) Disputes have arisen concerning the final account, liquidated damages and alleged defects, and on 9 October 2025 Calderbrook issued proceedings in the Technology and Construction Court, Leeds District Registry, under claim number HT-2025-LDS-000114 (the "Proceedings").
(C) Following a mediation held on 26 March 2026 the parties have agreed to settle the Dispute on the terms of this agreement.
AGREED TERMS
# 1. Interpretation
1.1 "Dispute" means all claims, counterclaims and rights of set-off, whether known or unknown, which either party has or may have against the other arising out of or in connection with the Building Contract or the Proceedings.
1.2 "Settlement Sum" means £412,500 (four hundred and twelve thousand five hundred pounds) inclusive of VAT.
# 2. Settlement
2.1 Meridian shall pay the Settlement Sum to Calderbrook within 28 days of the date of this agreement by electronic transfer to the client account of Calderbrook's solicitors.
2.2 Within 7 days after receipt of the Settlement Sum the parties shall file a consent order in the agreed form set out in the Schedule staying the Proceedings.
2.3 The Settlement Sum is accepted in full and final settlement of the Dispute.
# 3. Release
3.1 Subject to payment of the Settlement Sum, each party releases and forever discharges the other from the Dispute.
3.2 Nothing in this agreement releases Calderbrook from liability for latent defects under the collateral warranty dated 2 March 2023 in favour of Meridian, which shall continue for its full period of 12 years from practical completion.
# 4. Confidentiality
4.1 The parties shall keep the terms of this agreement confidential, save as required by law or to their professional advisers, insurers and funders. This clause 4 shall continue to apply for three years from the date of this agreement.
# 5. Costs
5.1 Each party shall bear its own costs of the Dispute, the Proceedings and the mediation.
# 6. General
6.1 This agreement constitutes the entire agreement between the parties relating to its subject matter. No variation of it shall be effective unless in writing and signed by both parties.
6.2 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# SCHEDULE – AGREED FORM OF CONSENT ORDER
UPON the parties having agreed terms of settlement
BY CONSENT IT IS ORDERED THAT all further proceedings in this claim be stayed, save for the purpose of carrying such terms into effect, with no order as to costs.
This agreement has been entered into on the date stated at the beginning of it.
Signed by Gareth Holroyd, Director, for and on behalf of CALDERBROOK CONSTRUCTION LIMITED
Signed by Amrita Sandhu, Director, for and on behalf of MERIDIAN HOMES (YORKSHIRE) LIMITED`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Calderbrook Construction Limited", "Meridian Homes (Yorkshire) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-17",
    },
  },
  {
    id: "v27-disputes-tolling-agreement-cargo-claims",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and between Harbourline Logistics LLC, a Delaware limited liability company with offices at 1 Pier Plaza, Brooklyn, New York 11201 (“Harbourline”), and Pemberton Freight Systems, Inc., a New Jersey corporation having its principal place of business at 400 Meadowlands Parkway, Secaucus, New Jersey 07094 (“Pemberton”). Harbourline and Pemberton are each referred to as a “Party.”
# RECITALS
WHEREAS, the Parties are parties to a Warehousing and Distribution Services Agreement dated June 1, 2021 (the “Services Agreement”), which is governed by the laws of the State of New Jersey;
WHEREAS, Harbourline contends that Pemberton breached the Services Agreement in connection with the loss of and damage to cargo on or about November 14, 2023, and Pemberton denies those contentions (the “Claims”);
WHEREAS, the Parties wish to explore a resolution of the Claims without litigation and, to that end, to suspend the running of any limitations period applicable to the Claims;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling Period. The period commencing on the Effective Date and continuing for twelve (12) months (the “Tolling Period”) shall be excluded from the computation of any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims.
2. Automatic Extension. Upon the expiration of the initial Tolling Period, the Tolling Period shall automatically extend for successive periods of three (3) months each, unless either Party delivers written notice of non-extension to the other Party at least thirty (30) days before the end of the then-current period.
3. Early Termination. Either Party may terminate the Tolling Period at any time upon thirty (30) days’ prior written notice. Harbourline shall have sixty (60) days after the end of the Tolling Period within which to commence any action on the Claims before any time-based defense resumes running.
4. No Revival. Nothing in this Agreement shall revive any Claim that was time-barred as of the Effective Date.
5. No Admission. This Agreement is not an admission of liability or of the validity of any Claim or defense, and shall not be admissible in any proceeding except to enforce its terms.
6. Standstill. During the Tolling Period, neither Party shall commence any action or arbitration against the other in respect of the Claims.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Miscellaneous. This Agreement may be amended only in a writing signed by both Parties and may be executed in counterparts, including by electronic signature.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
HARBOURLINE LOGISTICS LLC
By: Daniel R. Okafor, Managing Member
PEMBERTON FREIGHT SYSTEMS, INC.
By: Lisa M. Carvalho, General Counsel
Date signed: March 5, 2026`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Harbourline Logistics LLC", "Pemberton Freight Systems, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "3 months",
    },
  },
  {
    id: "v27-disputes-letter-before-claim-belfast",
    format: "txt",
    source: `McCANN DOHERTY SOLICITORS
14 Donegall Square West, Belfast BT1 6JH
Telephone 028 9024 1188 - enquiries@mccanndoherty.co.uk
Our ref: PMcC/LRS/2291
Your ref: AC/ACC
22 June 2026
BY EMAIL AND RECORDED DELIVERY
The Directors
Ardglass Catering Supplies Ltd
Unit 9, Balloo Industrial Estate
Bangor BT19 7QY
Dear Sirs
# LETTER BEFORE CLAIM
Our client: Lisburn Refrigeration Services Limited - unpaid invoices totalling £38,416.20
We act for Lisburn Refrigeration Services Limited ("our client") in connection with the supply, installation and maintenance of cold room equipment at your premises under an agreement dated 4 January 2024 (the "Agreement"). The Agreement, which is governed by the law of Northern Ireland, requires payment of each invoice within 30 days of its date.
Our client's invoices 10442 dated 31 January 2026, 10489 dated 28 February 2026 and 10531 dated 31 March 2026 remain unpaid despite our client's reminders of 15 April 2026 and 12 May 2026. Copies are enclosed.
No complaint about the equipment or the work was raised with our client before its letter of 12 May 2026, and we are instructed that the sums are due in full.
Our client claims £38,416.20 together with interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998.
We therefore require payment in full within 14 days of the date of this letter, that is by 6 July 2026. If you dispute any part of the claim, please set out your reasons in writing within the same period, with copies of any documents on which you rely.
Our client is willing to consider mediation or another form of alternative dispute resolution, and you should tell us within 14 days whether you are too.
If we do not receive payment or a substantive response by 6 July 2026, we are instructed to issue proceedings against you in the County Court in Northern Ireland without further notice, and to seek the costs of doing so.
We recommend that you take independent legal advice on this letter.
Yours faithfully
McCann Doherty Solicitors`,
    truth: {
      title: "Letter Before Claim",
      documentType: "Letter",
      parties: ["McCann Doherty Solicitors", "Ardglass Catering Supplies Ltd"],
      effectiveDate: "2026-06-22",
    },
  },
  {
    id: "v27-disputes-minute-of-agreement-standstill-prescription",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF AGREEMENT
between
GLENMORVEN DEVELOPMENTS LIMITED, incorporated under the Companies Acts (Registered Number SC412907) and having its Registered Office at 22 Melville Street, Edinburgh EH3 7NS (“the Developer”)
and
STRATHALLAN CONSULTING ENGINEERS LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305118) and having its Registered Office at 5 Blythswood Square, Glasgow G2 4AD (“the Engineers”)
WHEREAS
(A) The Engineers were appointed by the Developer under a Deed of Appointment dated 11 August 2020 to provide civil and structural engineering services for the residential development at Craigentinny Road, Edinburgh;
(B) The Developer has intimated to the Engineers claims arising from alleged deficiencies in the surface water drainage design, first observed on or around 8 May 2021 (“the Claims”), which the Engineers deny;
(C) The parties wish to investigate the Claims without the Developer requiring to raise proceedings to interrupt the running of prescription under the Prescription and Limitation (Scotland) Act 1973;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. This Minute of Agreement shall take effect on 1 May 2026 (“the Effective Date”) notwithstanding the dates of its execution.
2. In this Minute of Agreement “the Standstill Period” means the period from the Effective Date to 30 April 2027, both dates inclusive.
3. The Standstill Period shall be left out of account in computing the prescriptive period of five years applicable to the Claims, and the Engineers shall not plead prescription in respect of that period.
4. The Developer shall not raise proceedings against the Engineers in respect of the Claims during the Standstill Period.
5. Either party may bring the Standstill Period to an end before 30 April 2027 by giving not less than twenty-eight days’ written notice to the other.
6. The Engineers shall notify their professional indemnity insurers of this Minute of Agreement within seven days of the Effective Date.
7. Nothing in this Minute of Agreement constitutes an admission of liability by either party, and the parties’ positions as at the Effective Date are otherwise fully reserved.
8. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of GLENMORVEN DEVELOPMENTS LIMITED at Edinburgh on 24 April 2026 by Fiona Kinnear, Director, before this witness: Callum Reid, Trainee Solicitor, 10 Charlotte Square, Edinburgh
Subscribed for and on behalf of STRATHALLAN CONSULTING ENGINEERS LLP at Glasgow on 27 April 2026 by Iain Mowat, Designated Member, before this witness: Morag Dunlop, Office Manager, 5 Blythswood Square, Glasgow`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Other",
      parties: ["Glenmorven Developments Limited", "Strathallan Consulting Engineers LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
    },
  },
  {
    id: "v27-disputes-deed-of-settlement-release-hunter-valley",
    format: "docx",
    source: `# DEED OF SETTLEMENT AND RELEASE
Kookaburra Ridge Vineyards Pty Ltd
Hunter Valley Bottling Co Pty Ltd
Michael James Thornbury
Gadigal Lane Lawyers, Level 12, 1 O'Connell Street, Sydney NSW 2000
===
THIS DEED is made on the 14th day of July 2026
# Parties
Kookaburra Ridge Vineyards Pty Ltd ACN 603 118 442 of 1190 Broke Road, Pokolbin NSW 2320 (Kookaburra)
Hunter Valley Bottling Co Pty Ltd ACN 151 870 329 of 7 Kurri Street, Cessnock NSW 2325 (HVB)
Michael James Thornbury of 31 Wollombi Road, Cessnock NSW 2325 (Guarantor)
# Recitals
A. Under a Bottling and Packaging Agreement dated 1 September 2022 for a term of five years (Supply Contract), HVB agreed to bottle and package Kookaburra's wines, and the Guarantor guaranteed HVB's obligations by a deed of guarantee of the same date.
B. Kookaburra commenced proceedings against HVB and the Guarantor in the Supreme Court of New South Wales (proceedings no. 2025/00188412) claiming damages for contaminated bottling runs of its 2024 vintage (Proceedings).
C. Without admission of liability, the parties have agreed to settle the Proceedings on the terms of this deed.
# Operative provisions
1. Definitions. In this deed: Settlement Amount means $265,000 (inclusive of GST); Settlement Date means the date that is 21 days after the date of this deed.
2. Payment. HVB must pay the Settlement Amount to Kookaburra on or before the Settlement Date by electronic funds transfer to the trust account of Kookaburra's lawyers.
3. Discontinuance. Within 5 Business Days after receipt of the Settlement Amount, Kookaburra must file a notice of discontinuance of the Proceedings with no order as to costs.
4. Supply Contract. The Supply Contract is terminated with effect from 31 July 2026. Clauses 11 (Confidentiality) and 14 (Intellectual Property) of the Supply Contract survive termination.
5. Release. On and from receipt of the Settlement Amount, Kookaburra releases HVB and the Guarantor from all claims arising out of the Supply Contract, the guarantee or the Proceedings, and HVB and the Guarantor release Kookaburra likewise.
6. Bar. This deed may be pleaded as a complete bar to any claim released by it.
7. Non-disparagement. For 2 years after the date of this deed, no party may make any public statement disparaging another party in connection with the Proceedings.
8. Confidentiality. The parties must keep the terms of this deed confidential, except as required by law or to their professional advisers and insurers.
9. Governing law. This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
EXECUTED as a deed.
Executed by Kookaburra Ridge Vineyards Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Sarah Whitlam, Director, and Bruce Whitlam, Director/Secretary
Executed by Hunter Valley Bottling Co Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Tran Van Minh, sole Director and Secretary
Signed, sealed and delivered by Michael James Thornbury in the presence of Joanne Pike, Solicitor`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Kookaburra Ridge Vineyards Pty Ltd", "Hunter Valley Bottling Co Pty Ltd", "Michael James Thornbury"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-14",
    },
  },
  {
    id: "v27-disputes-agreement-to-mediate-ship-repair",
    format: "pdf",
    pdfMargin: 72,
    source: `# AGREEMENT TO MEDIATE
| Date of this Agreement | 2 September 2026 |
| Party A | Tembusu Marine Engineering Pte. Ltd. (UEN 201533481K), 31 Tuas Crescent, Singapore 638718 |
| Party B | Orchid Bay Shipping Private Limited (UEN 199804417E), 8 Shenton Way, #21-03, Singapore 068811 |
| Mediator | Ms Priya Raghunathan |
| Dispute | Claims under the Ship Repair Contract dated 15 January 2025 for the vessel MV Orchid Star |
| Mediation Date | 23 September 2026, from 9.30 a.m. |
| Venue | Maxwell Chambers, 32 Maxwell Road, Singapore 069115 |
| Mediator's Fees | S$9,600 for one day, shared equally by the Parties |
This Agreement is made between Party A and Party B (together the "Parties") and the Mediator, each as named above.
1. Appointment. The Parties appoint the Mediator to mediate the Dispute, and the Mediator accepts the appointment on the terms of this Agreement.
2. Attendance. Each Party shall attend the mediation through a representative with full authority to settle the Dispute, and shall deliver a case summary and bundle of key documents to the Mediator and the other Party no later than seven days before the Mediation Date.
3. Without prejudice. The mediation is confidential and without prejudice. Nothing said or produced in it may be relied on in any arbitration or court proceedings, except as required by law.
4. Settlement. No settlement is binding unless it is recorded in writing and signed by or on behalf of each Party. The Parties may apply to have any settlement agreement recorded as an order of court under section 12 of the Mediation Act 2017.
5. Fees. The Mediator's Fees are payable in equal shares no later than seven days before the Mediation Date and are not refundable if the mediation is cancelled within 48 hours of the Mediation Date.
6. Termination. Any Party or the Mediator may terminate the mediation at any time by written notice. The arbitration commenced under the Ship Repair Contract remains stayed by agreement until 14 days after any such termination.
7. Mediator's position. The Mediator shall not act as arbitrator, adviser or witness for any Party in relation to the Dispute, and shall not be liable for any act or omission in connection with the mediation save for fraud.
8. Governing law. This Agreement shall be governed by the laws of Singapore, and the courts of Singapore shall have exclusive jurisdiction over any dispute arising out of it.
For and on behalf of Tembusu Marine Engineering Pte. Ltd.: Lim Boon Keng, Managing Director
For and on behalf of Orchid Bay Shipping Private Limited: Anand Subramaniam, Chief Operating Officer
Mediator: Priya Raghunathan`,
    truth: {
      title: "Agreement to Mediate",
      documentType: "Other",
      parties: ["Tembusu Marine Engineering Pte. Ltd.", "Orchid Bay Shipping Private Limited", "Priya Raghunathan"],
      governingLaw: "Singapore",
      effectiveDate: "2026-09-02",
    },
  },
  {
    id: "v27-disputes-deed-of-variation-settlement-instalments",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to a Settlement Agreement dated 10 January 2025
THIS DEED OF VARIATION is dated 19 February 2026
BETWEEN:
(1) SLIEVE BLOOM AGRI-FEEDS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 588214, having its registered office at Kilcormac Road, Birr, Co. Offaly (“Slieve Bloom”);
(2) CORRIB VALLEY DAIRIES UNLIMITED COMPANY, incorporated in Ireland with registered number 301775, having its registered office at Dublin Road, Tuam, Co. Galway (“Corrib Valley”); and
(3) PATRICK NOEL FAHY of Ballinderry House, Tuam, Co. Galway (the “Guarantor”).
WHEREAS:
(A) The parties entered into a settlement agreement dated 10 January 2025 (the “Settlement Agreement”) in compromise of High Court proceedings record no. 2023/4471P, under which Corrib Valley agreed to pay €640,000 by twenty-four monthly instalments beginning on 1 February 2025, with payment guaranteed by the Guarantor.
(B) Corrib Valley has asked Slieve Bloom to reschedule the instalments outstanding, and Slieve Bloom has agreed to do so on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Terms defined in the Settlement Agreement have the same meaning in this Deed. “Variation Effective Date” means 1 March 2026.
2. Variation. With effect from the Variation Effective Date, the Settlement Agreement is varied as follows:
2.1 clause 3.2 is deleted and replaced with: “3.2 The Outstanding Balance of €346,000 shall be paid by eighteen (18) monthly instalments of €19,222.22 (the last adjusted for rounding), the first on 1 March 2026 and the last on 1 August 2027.”; and
2.2 in clause 5.1 (Events of Default), the words “seven (7) days” are replaced with “fourteen (14) days”.
3. Guarantee. The Guarantor consents to this Deed and confirms that his guarantee under clause 6 of the Settlement Agreement extends to the obligations of Corrib Valley as varied.
4. Continuation. Save as varied by this Deed, the Settlement Agreement remains in full force and effect, and the Settlement Agreement and this Deed shall be read and construed as one instrument.
5. Costs. Corrib Valley shall pay Slieve Bloom’s legal costs of this Deed, fixed at €4,500 plus VAT, within ten Business Days of the date of this Deed.
6. Governing Law and Jurisdiction. This Deed and any non-contractual obligations arising from it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date stated at the beginning of it.
PRESENT when the common seal of SLIEVE BLOOM AGRI-FEEDS DESIGNATED ACTIVITY COMPANY was affixed: Niamh Egan, Director; Conor Hanlon, Secretary
PRESENT when the common seal of CORRIB VALLEY DAIRIES UNLIMITED COMPANY was affixed: Patrick Noel Fahy, Director; Áine Fahy, Secretary
SIGNED AND DELIVERED as a deed by PATRICK NOEL FAHY in the presence of: Declan Moran, Solicitor, Galway`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Slieve Bloom Agri-Feeds Designated Activity Company", "Corrib Valley Dairies Unlimited Company", "Patrick Noel Fahy"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v27-disputes-consent-order-hong-kong-instalments",
    format: "txt",
    source: `HCA 1187/2025
IN THE HIGH COURT OF THE
HONG KONG SPECIAL ADMINISTRATIVE REGION
COURT OF FIRST INSTANCE
ACTION NO. 1187 OF 2025
BETWEEN
JADE HARBOUR TRADING COMPANY LIMITED - Plaintiff
and
KOWLOON PRECISION PLASTICS LIMITED - 1st Defendant
LAU WING KEI - 2nd Defendant
BEFORE MASTER K. CHEUNG IN CHAMBERS
# CONSENT ORDER
UPON READING the Summons for Summary Judgment dated 18 August 2026 and UPON the Plaintiff and the Defendants having agreed to the terms of this Order
BY CONSENT, IT IS ORDERED that:
1. Judgment be entered for the Plaintiff against the 1st and 2nd Defendants jointly and severally in the sum of HK$1,860,000.
2. Execution of the judgment be stayed so long as the Defendants pay the judgment sum by 12 monthly instalments of HK$155,000 each, the first on or before 1 November 2026 and thereafter on or before the 1st day of each succeeding month until the judgment sum is paid in full.
3. If any instalment remains unpaid for 7 days after its due date, the whole balance then outstanding shall become immediately payable and the stay of execution shall be lifted without further order.
4. Interest shall run on any sum in default at the judgment rate from the date of default until payment.
5. The Defendants do pay the Plaintiff's costs of the action, including the Summons, fixed at HK$95,000, within 28 days of the date of this Order.
6. There be liberty to apply.
Dated the 9th day of October 2026.
Registrar
We consent to an Order in the above terms.
Dated 2 October 2026
Tsang & Partners, Solicitors for the Plaintiff
Ho, Leung & Co., Solicitors for the 1st and 2nd Defendants`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Jade Harbour Trading Company Limited", "Kowloon Precision Plastics Limited", "Lau Wing Kei"],
      effectiveDate: "2026-10-09",
    },
  },
];
