import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: disputes — disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, court orders, notices, letters before action, mediation and arbitration agreements, variations). */
export const DISPUTES_V28: UnseenDocument[] = [
  {
    id: "v28-disputes-nsw-settlement-deed",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on 17 March 2026
# Parties
1. Harbourline Civil Pty Ltd ACN 612 448 901 of Level 9, 200 George Street, Sydney NSW 2000 (Harbourline)
2. Wollondilly Quarries Pty Limited ACN 099 317 552 of 45 Remembrance Drive, Tahmoor NSW 2573 (Wollondilly)
3. Graham Peter Whitlam of 8 Lyell Street, Bowral NSW 2576 (Guarantor)
# Background
A. Under a supply agreement dated 1 July 2022 (Supply Agreement) Wollondilly agreed to supply crushed aggregate to Harbourline for a term of five years.
B. A dispute arose about the grading of aggregate delivered between February and October 2024 and Harbourline commenced proceedings against Wollondilly in the Supreme Court of New South Wales, Technology and Construction List, No. 2025/00187342 (Proceedings).
C. Without any admission of liability, the parties have agreed to settle the Proceedings on the terms of this deed.
# Operative provisions
1. Definitions. In this deed, Settlement Sum means $1,450,000 (inclusive of GST, interest and costs) and Payment Date means the date which is 21 days after the date of this deed.
2. Payment. Wollondilly must pay the Settlement Sum into the trust account of Harbourline's solicitors on or before the Payment Date, in cleared funds and without set-off.
3. Discontinuance. Within 5 Business Days after receipt of the Settlement Sum, Harbourline must file a notice of discontinuance of the Proceedings, with no order as to costs.
4. Release. On receipt of the Settlement Sum, Harbourline releases Wollondilly from all claims arising out of the Supply Agreement or the Proceedings, and Wollondilly releases Harbourline from all claims for unpaid invoices under the Supply Agreement.
5. Supply Agreement. The parties agree that the Supply Agreement terminated on 31 December 2025 and that no further orders will be placed under it.
6. Guarantee. In consideration of Harbourline entering into this deed, the Guarantor unconditionally and irrevocably guarantees to Harbourline the due payment of the Settlement Sum by Wollondilly.
7. Confidentiality. Each party must keep the terms of this deed confidential. This clause continues for a period of three years after the date of this deed.
8. Bar. This deed may be pleaded as a bar to any proceedings commenced in respect of a released claim.
9. Governing law. This deed is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed as a deed.
Executed by Harbourline Civil Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Andrew Kostakis | Director/Secretary: Meredith Huang |
Executed by Wollondilly Quarries Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Colin James Ferrier | Director/Secretary: Ruth Ferrier |
Signed, sealed and delivered by Graham Peter Whitlam in the presence of:
| Signature of Guarantor | Witness: Thomas O'Rourke, solicitor, Bowral |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Harbourline Civil Pty Ltd", "Wollondilly Quarries Pty Limited", "Graham Peter Whitlam"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v28-disputes-ny-tolling",
    format: "pdf",
    pdfMargin: 90,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of March 1, 2026 (the "Effective Date") by and between Brightwater Logistics LLC, a Delaware limited liability company ("Brightwater"), and Hudson Ridge Cold Storage, Inc., a New York corporation ("Hudson Ridge"). Brightwater and Hudson Ridge are each a "Party" and together the "Parties."
# RECITALS
WHEREAS, the Parties are parties to a Warehousing Services Agreement dated June 15, 2021, which is governed by the laws of the State of New Jersey (the "Services Agreement");
WHEREAS, Brightwater contends that it has claims against Hudson Ridge arising out of the loss of refrigerated inventory at Hudson Ridge's facility in Newburgh, New York, on or about April 9, 2024 (the "Claims"), which Hudson Ridge disputes;
WHEREAS, the Parties wish to explore a resolution of the Claims without the expense of litigation, and to that end wish to suspend the running of any limitations period applicable to the Claims;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, contractual limitations period or laches-based defense applicable to the Claims shall be tolled during the period this Agreement remains in effect (the "Tolling Period").
2. Term. This Agreement shall remain in effect from the Effective Date until August 31, 2026, unless terminated earlier under Section 5.
3. Filing After Expiration. Any Claim that was not time-barred on the Effective Date may be asserted within ninety (90) days after the end of the Tolling Period, and Hudson Ridge shall not assert that such Claim is untimely.
4. No Revival. Nothing in this Agreement revives any claim that was time-barred before the Effective Date.
5. Early Termination. Either Party may terminate this Agreement by giving the other Party thirty (30) days' prior written notice, in which case the Tolling Period shall end on the thirtieth (30th) day after such notice is received.
6. Extension. The Tolling Period may be extended only by a written agreement signed by both Parties.
7. No Admission. This Agreement is not an admission of liability or of the validity of any Claim or defense, and shall not be admissible in any proceeding except to enforce its terms.
8. Standstill. During the Tolling Period, neither Party shall commence any action or arbitration against the other relating to the Claims.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict-of-laws principles.
10. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
BRIGHTWATER LOGISTICS LLC
By: /s/ Dana R. Whitfield
Name: Dana R. Whitfield | Title: General Counsel | Date: March 4, 2026
HUDSON RIDGE COLD STORAGE, INC.
By: /s/ Marcus Oyelaran
Name: Marcus Oyelaran | Title: President | Date: March 6, 2026`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Logistics LLC", "Hudson Ridge Cold Storage, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-01",
      expiryDate: "2026-08-31",
      term: "6 months",
    },
  },
  {
    id: "v28-disputes-sg-standstill",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
# Key Details
| Agreement Date | 28 May 2026 |
| Lender | Straits Meridian Bank Ltd. (UEN 197601234K), 10 Collyer Quay, #22-01, Singapore 049315 |
| Borrower | Kallang Offshore Marine Pte. Ltd. (UEN 201409876M), 31 Tuas South Avenue 2, Singapore 637468 |
| Guarantor | Tan Wei Ming, of 22 Binjai Park, Singapore 589841 |
| Facility Agreement | the US$38,000,000 term loan facility agreement dated 14 August 2023 between the Lender and the Borrower, with a final maturity date of 14 August 2028 |
| Commencement Date | 1 June 2026 |
| Standstill Period | six (6) months commencing on the Commencement Date, as extended under clause 3.2 |
| Governing law | Singapore |
This Agreement is made on the Agreement Date between the Lender, the Borrower and the Guarantor (together, the "Parties").
# 1. Background
1.1 Events of Default have occurred under the Facility Agreement by reason of the Borrower's failure to pay the instalment of principal due on 28 February 2026 and its breach of the financial covenants tested on 31 March 2026 (the "Specified Defaults").
1.2 The Borrower has asked the Lender to refrain from enforcement while it prepares a restructuring proposal, and the Lender has agreed on the terms of this Agreement.
# 2. Standstill
2.1 During the Standstill Period the Lender shall not, by reason of the Specified Defaults, accelerate the loan, make demand on the Guarantor, enforce any security, commence proceedings, or file any application for the winding up or judicial management of the Borrower under the Insolvency, Restructuring and Dissolution Act 2018.
# 3. Standstill Period
3.1 The Standstill Period begins on the Commencement Date and, subject to clauses 3.2 and 6, ends at the end of six (6) months.
3.2 At the end of the initial Standstill Period and of each extension, the Standstill Period shall automatically extend for a further period of one (1) month unless the Lender or the Borrower gives the other not less than seven (7) Business Days' written notice that it shall not extend.
# 4. Borrower Undertakings
4.1 The Borrower shall deliver a restructuring plan to the Lender within forty-five (45) days after the Commencement Date, pay interest monthly in arrears, and maintain a minimum cash balance of US$2,500,000.
# 5. Guarantee
5.1 The Guarantor confirms that his personal guarantee dated 14 August 2023 remains in full force and extends to all amounts owing under the Facility Agreement.
# 6. Termination Events
6.1 If a Termination Event occurs, the Lender may end the Standstill Period by giving three (3) Business Days' notice to the Borrower.
# 7. Facility Agreement
7.1 Nothing in this Agreement amends or waives the Facility Agreement, which remains governed by English law.
# 8. Governing Law and Jurisdiction
8.1 This Agreement is governed by the laws of Singapore, and the Parties submit to the exclusive jurisdiction of the courts of Singapore.
===
Signed by Lim Hui Ling, Managing Director, for and on behalf of Straits Meridian Bank Ltd.
Signed by Rajesh Nair, Director, for and on behalf of Kallang Offshore Marine Pte. Ltd.
Signed by Tan Wei Ming in the presence of: Nur Aisyah binte Rahman, Advocate & Solicitor`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Straits Meridian Bank Ltd.", "Kallang Offshore Marine Pte. Ltd.", "Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
      renewal: "1 month",
    },
  },
  {
    id: "v28-disputes-scot-minute-of-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
between
CLYDEBANK PRECISION ENGINEERING LIMITED, a company incorporated under the Companies Acts (Registered Number SC318472) and having its Registered Office at Unit 4, Queens Quay Business Park, Clydebank G81 1BF ("the First Party")
and
MACRAE & DUNLOP (BUILDERS) LIMITED, a company incorporated under the Companies Acts (Registered Number SC097215) and having its Registered Office at 61 Bothwell Street, Glasgow G2 6TS ("the Second Party")
WHEREAS
(One) the First Party has raised an action against the Second Party in the Court of Session (Commercial Court) under reference CA41/25 for payment of £612,000 in respect of alleged defects in the factory extension at Clydebank constructed under a building contract between them dated 11 January 2021 ("the Building Contract");
(Two) the Second Party has lodged defences and a counterclaim for £87,400 in respect of unpaid retention; and
(Three) the parties have agreed to settle the action and all matters arising under the Building Contract on the terms of this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. This Minute of Agreement shall take effect on 16 February 2026 ("the Effective Date").
2. The Second Party shall pay to the First Party the sum of FOUR HUNDRED AND TWENTY THOUSAND POUNDS (£420,000) sterling within thirty days of the Effective Date, and the First Party accepts that sum in full and final settlement of its claims.
3. Within seven days of receipt of that payment, the parties shall instruct their agents to lodge a Joint Minute in the action seeking decree of absolvitor, no expenses being due to or by either party.
4. The Second Party abandons its counterclaim for retention, and the parties agree that the defects rectification period under the Building Contract, being twelve months from practical completion, has expired.
5. Each party discharges the other of all claims, whether known or unknown, arising out of the Building Contract or the action, except claims to enforce this Minute of Agreement.
6. The terms of this Minute of Agreement are confidential, save as required to lodge the Joint Minute or by law.
7. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of the First Party at Glasgow on 10 February 2026 by Fiona Campbell Reid, Director, before this witness, Kirsty Anne Lawrie, Trainee Solicitor, 200 St Vincent Street, Glasgow.
They are subscribed for and on behalf of the Second Party at Edinburgh on 12 February 2026 by Alasdair Hugh MacRae, Director, before this witness, Euan Fraser Dunlop, Company Secretary, 61 Bothwell Street, Glasgow.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Clydebank Precision Engineering Limited", "MacRae & Dunlop (Builders) Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v28-disputes-difc-arbitration",
    format: "docx",
    storedPageCount: 2,
    source: `# ARBITRATION AGREEMENT
THIS ARBITRATION AGREEMENT is made on 5 May 2026
BETWEEN:
(1) AL NOOR BUILDING CONTRACTING L.L.C., a limited liability company registered in the Emirate of Dubai under commercial licence no. 548812, of PO Box 11457, Dubai, United Arab Emirates (the "Contractor"); and
(2) CRESCENT BAY TOWERS DEVELOPMENT LIMITED, a company registered in the Dubai International Financial Centre under registered number 4471, of Gate Village Building 3, DIFC, Dubai, United Arab Emirates (the "Employer").
# RECITALS
(A) The Contractor and the Employer are parties to a main works contract dated 20 September 2022 for the construction of a residential tower on Plot 2, Business Bay (the "Contract"). The Contract is governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates, and refers disputes to the courts of Dubai.
(B) Disputes have arisen between the parties concerning the Contractor's claim for an extension of time of 214 days and associated costs, and the Employer's claim for delay damages (the "Disputes").
(C) The parties wish the Disputes to be finally resolved by arbitration instead of by the courts.
# IT IS AGREED as follows:
1. Reference. The Disputes, and any dispute arising out of or in connection with them, shall be referred to and finally resolved by arbitration under the DIAC Arbitration Rules 2022 in force on the date of this Agreement.
2. Tribunal. The tribunal shall consist of three arbitrators. Each party shall nominate one arbitrator within twenty-one (21) days of the date of this Agreement, and the two arbitrators so nominated shall nominate the presiding arbitrator.
3. Seat and language. The seat, or legal place, of the arbitration shall be the Dubai International Financial Centre. The language of the arbitration shall be English.
4. Timetable. The parties shall invite the tribunal to render its final award within nine (9) months of the date of its constitution.
5. Applicable law. The tribunal shall decide the Disputes in accordance with the law governing the Contract.
6. Law of this Agreement. This Agreement, including its existence, validity and interpretation, is governed by the laws of the Dubai International Financial Centre.
7. Confidentiality. The existence of the arbitration, the hearings and any award are confidential, save as required to enforce or challenge an award.
8. No waiver. Save for the forum for resolving the Disputes, the Contract continues in full force and effect and this Agreement does not amend it.
9. Counterparts. This Agreement may be signed in any number of counterparts.
===
Signed for and on behalf of AL NOOR BUILDING CONTRACTING L.L.C.
| Name: Rashid Khalfan Al Mazrouei | Title: General Manager | Signature: |
Signed for and on behalf of CRESCENT BAY TOWERS DEVELOPMENT LIMITED
| Name: Priya Raghunathan | Title: Director | Signature: |`,
    truth: {
      title: "Arbitration Agreement",
      documentType: "Other",
      parties: ["Al Noor Building Contracting L.L.C.", "Crescent Bay Towers Development Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-05",
    },
  },
  {
    id: "v28-disputes-ie-deed-of-variation",
    format: "docx",
    source: `DATED the 22nd day of June 2026
# DEED OF VARIATION
relating to a Settlement Agreement dated 3 November 2025
between
SHANNONSIDE FOODS UNLIMITED COMPANY
and
BARROW VALLEY PACKAGING DESIGNATED ACTIVITY COMPANY
Prepared by Whelan Kinsella, Solicitors, 14 Fitzwilliam Place, Dublin 2
===
THIS DEED OF VARIATION is made on the 22nd day of June 2026
BETWEEN
(1) SHANNONSIDE FOODS UNLIMITED COMPANY, a company incorporated in Ireland with company number 284417, having its registered office at Dock Road, Limerick V94 X2E6 ("Shannonside"); and
(2) BARROW VALLEY PACKAGING DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with company number 611093, having its registered office at Unit 7, Carlow Business Park, Carlow R93 K8P2 ("Barrow Valley").
WHEREAS
(A) The parties entered into a settlement agreement dated 3 November 2025 (the "Settlement Agreement") compromising High Court proceedings bearing record number 2024/3318P, under which Barrow Valley agreed to pay €900,000 to Shannonside in six quarterly instalments, the last falling due on 31 March 2027.
(B) Barrow Valley has paid the first two instalments and has asked Shannonside to reschedule the balance, and Shannonside has agreed to do so on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Words defined in the Settlement Agreement have the same meaning in this Deed. "Variation Effective Date" means 1 July 2026.
2. Variation. With effect on and from the Variation Effective Date, clause 3.1 of the Settlement Agreement is deleted and replaced with the following: "Barrow Valley shall pay the balance of €600,000 to Shannonside in the instalments and on the dates set out below."
| Instalment | Due date | Amount |
| 1 | 31 July 2026 | €150,000 |
| 2 | 31 October 2026 | €150,000 |
| 3 | 31 January 2027 | €150,000 |
| 4 | 30 June 2027 | €150,000 |
3. Acceleration. If any instalment remains unpaid fourteen (14) days after its due date, the whole balance then outstanding shall become immediately due and Shannonside may apply to re-enter the proceedings.
4. Continuation. Save as varied by this Deed, the Settlement Agreement remains in full force and effect, and the Settlement Agreement and this Deed shall be read as one instrument.
5. Governing law. This Deed and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
PRESENT when the common seal of SHANNONSIDE FOODS UNLIMITED COMPANY was affixed hereto:
| Director: Ciarán Ó Briain | Secretary: Aoife Moran |
PRESENT when the common seal of BARROW VALLEY PACKAGING DESIGNATED ACTIVITY COMPANY was affixed hereto:
| Director: Mark Delahunty | Secretary: Síle Nolan |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Shannonside Foods Unlimited Company", "Barrow Valley Packaging Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-07-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v28-disputes-ni-letter-before-action",
    format: "txt",
    source: `LAGAN VALLEY JOINERY LTD
Unit 12, Blaris Industrial Estate, Lisburn, County Antrim BT27 5QB
Registered in Northern Ireland No. NI612904 | Tel 028 9266 0417
9 April 2026
BY EMAIL AND RECORDED DELIVERY
The Directors
Carrick Coast Homes Limited
41 High Street
Carrickfergus BT38 7AN
Our ref: LVJ/CCH/0326
# LETTER BEFORE ACTION
Dear Sirs
We write further to our letters of 12 January 2026 and 2 March 2026, to which we have had no substantive reply.
Under the subcontract between us dated 18 May 2025 we supplied and fitted internal doors, staircases and skirting at your Seaview Drive development in Larne. The following invoices, each payable within 30 days of its date, remain unpaid:
| Invoice | Date | Amount |
| INV-2291 | 30 November 2025 | £18,420.00 |
| INV-2307 | 31 December 2025 | £22,975.50 |
| INV-2318 | 31 January 2026 | £9,604.30 |
The total outstanding is £50,999.80. No pay less notice was served in respect of any of these invoices and no complaint about the work has ever been raised with us.
We also claim statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998, which continues to accrue at 8% above the Bank of England base rate.
Unless we receive payment in full, or a reasoned response setting out why any sum is disputed, within 14 days of the date of this letter, that is by 23 April 2026, we intend without further notice to refer the matter to adjudication under the Construction Contracts (Northern Ireland) Order 1997 or to issue proceedings, and to seek our costs.
We would draw your attention to the court's powers to penalise a party in costs for failing to engage before proceedings are issued.
Please address any reply to the writer at accounts@laganvalleyjoinery.co.uk.
Yours faithfully
Declan McAlister
Director
For and on behalf of Lagan Valley Joinery Ltd`,
    truth: {
      title: "Letter Before Action",
      documentType: "Letter",
      parties: ["Lagan Valley Joinery Ltd", "Carrick Coast Homes Limited"],
      effectiveDate: "2026-04-09",
    },
  },
  {
    id: "v28-disputes-on-notice-of-dispute",
    format: "txt",
    source: `# NOTICE OF DISPUTE
Given pursuant to Section 19.2 of the Master Supply Agreement dated October 1, 2023
Date: January 19, 2026
TO: Northshore Automotive Components Inc., 2150 Dundas Street East, Mississauga, Ontario L4X 1L9
Attention: Vice-President, Legal
FROM: Tamarack Polymer Solutions Ltd., 88 Industrial Parkway North, Aurora, Ontario L4G 4C3
1. Reference is made to the Master Supply Agreement dated October 1, 2023 between Tamarack Polymer Solutions Ltd. ("Tamarack"), as supplier, and Northshore Automotive Components Inc. ("Northshore"), as purchaser, which has an initial term of five (5) years and is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein (the "Agreement"). Capitalized terms not defined in this Notice have the meanings given in the Agreement.
2. Nature of the Dispute. Northshore has withheld payment of CAD $1,284,600 due under invoices issued between September 30 and November 28, 2025 on the basis that certain resin batches did not conform to the Specifications.
3. Tamarack disputes that position. Northshore's purported rejection notice dated December 22, 2025 was given outside the ten (10) day inspection period in Section 8.3 of the Agreement and is of no effect, and the certificates of analysis for each batch show conformity with the Specifications.
4. Relief Sought. Tamarack requires payment of the withheld amount, together with interest at the rate set out in Section 6.4 of the Agreement from each due date until paid.
5. Next Steps. Under Section 19.2, senior executives of each party are to meet within fifteen (15) Business Days after the date of this Notice. Tamarack proposes a meeting in Toronto on February 5, 2026. If the Dispute is not resolved within thirty (30) days after the date of this Notice, either party may refer it to arbitration in Toronto under Section 19.4 and the Arbitration Act, 1991 (Ontario).
6. Reservation of Rights. This Notice is given without prejudice to Tamarack's right to suspend deliveries under Section 12.1 or to any other right or remedy under the Agreement or at law, all of which are expressly reserved.
TAMARACK POLYMER SOLUTIONS LTD.
Per: ________________________
Name: Simone Beaulieu
Title: Chief Financial Officer
I have authority to bind the corporation.
cc: Hargrave Lindqvist LLP, counsel to Tamarack`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Tamarack Polymer Solutions Ltd.", "Northshore Automotive Components Inc."],
      effectiveDate: "2026-01-19",
    },
  },
];
