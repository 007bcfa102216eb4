import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25, disputes: court orders, standstill, security for a settlement, settlements and releases, letters before action, mediation confidentiality and arbitration. */
export const DISPUTES_V25: UnseenDocument[] = [
  {
    id: "v25-disputes-consent-order-stay-for-mediation",
    format: "pdf",
    pageFooters: true,
    source: `Claim No. CL-2026-000418
IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES
COMMERCIAL COURT (KBD)
Before: The Honourable Mrs Justice Okonkwo-Reid, sitting at the Rolls Building, Fetter Lane, London EC4A 1NL
Date of order: 14 January 2027
BETWEEN:
HARCOURT & VALE LOGISTICS LIMITED
Claimant
- and -
(1) BRENNAN MARINE SERVICES (UK) LTD
(2) MR TOBIAS RAVENSCROFT-HALE
Defendants
# CONSENT ORDER
UPON the Claim Form issued on 3 October 2026 and the Particulars of Claim served on 28 October 2026
AND UPON the parties having agreed to attempt to resolve the claim by mediation
AND UPON reading the letter from Dunmore Price LLP, solicitors for the Claimant, dated 9 January 2027, enclosing a draft minute of order signed by the solicitors for all parties
AND UPON the Defendants' insurer, Fenwick Mutual Insurance Company SE, having confirmed that it consents to the mediation (it is not a party to these proceedings)
BY CONSENT IT IS ORDERED THAT:
1. The proceedings are stayed until 4.00 pm on 11 March 2027 to allow the parties to attempt settlement by mediation (the "Stay").
2. The time for the Defendants to file and serve their Defence is extended to 4.00 pm on 8 April 2027.
3. The parties shall notify the Court in writing within 7 days after the mediation whether the claim has settled.
4. If the claim settles, the Claimant shall within 14 days file a notice of discontinuance or a draft order in Tomlin form signed by the solicitors for all parties.
5. The Case Management Conference listed for 2 February 2027 is vacated and shall be re-listed on the first open date after 8 April 2027, time estimate half a day.
6. Any party may apply to lift the Stay on giving 3 clear days' written notice to the other parties and to the Court.
7. Costs in the case.
===
We consent to an order in the above terms:
| Signed | Capacity | Date |
| Dunmore Price LLP | Solicitors for the Claimant | 9 January 2027 |
| Gellatly Shore Solicitors | Solicitors for the First and Second Defendants | 8 January 2027 |
Service of this order
The Court has provided a sealed copy of this order to the serving party: Dunmore Price LLP, 40 Cannon Walk, London EC4N 6AA (ref. HVL/0031/RK).`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Harcourt & Vale Logistics Limited", "Brennan Marine Services (UK) Ltd", "Tobias Ravenscroft-Hale"],
      effectiveDate: "2027-01-14",
    },
  },
  {
    id: "v25-disputes-standstill-particulars-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is dated 26 March 2027 and is made between the parties named in Items 1 and 2 of the Particulars below.
# PARTICULARS
| Item | Particular | Details |
| 1 | Employer | Lim, Tan & Partners Development Pte. Ltd. (UEN 201512345D), a company incorporated in Singapore whose registered office is at 8 Marina View, #21-04 Asia Square Tower 1, Singapore 018960 |
| 2 | Contractor | Sinaran Bina Construction Sdn. Bhd. (Registration No. 199801012345 (467890-X)), a company incorporated in Malaysia whose registered office is at Level 12, Menara Sinaran, Jalan Ampang, 50450 Kuala Lumpur, Malaysia, acting through its Singapore branch |
| 3 | Contract | the design and build contract dated 5 May 2021 between the Employer and the Contractor for the Tampines Logistics Hub, including its 24-month defects liability period |
| 4 | Commencement Date | 1 April 2027 |
| 5 | Standstill Period | from and including the Commencement Date to and including 30 September 2027 |
| 6 | Early Termination | not less than 21 days' written notice by either party |
1. DEFINITIONS
1.1 In this Agreement, "Claims" means all claims of either party against the other arising out of or in connection with the Contract, whether in contract, tort or otherwise, and "Limitation Act" means the Limitation Act 1959 of Singapore.
2. STANDSTILL
2.1 During the Standstill Period neither party shall commence arbitration under clause 20 of the Contract, or any other proceedings, in respect of any Claim.
2.2 The Standstill Period shall be disregarded in computing any period of limitation (including the period of six years under the Limitation Act) applicable to any Claim.
3. DURATION
3.1 This Agreement takes effect on the Commencement Date and shall continue for the Standstill Period, unless it is terminated earlier under Item 6.
3.2 If either party terminates early, the Standstill Period shall end on the date the notice expires.
4. PARENT COMPANY GUARANTEE
4.1 The Contractor confirms that the guarantee dated 12 May 2021 given by Sinaran Holdings Berhad in favour of the Employer remains in full force. Sinaran Holdings Berhad is not a party to this Agreement.
5. WITHOUT PREJUDICE
5.1 Nothing in this Agreement is an admission of liability, and the quantum assessment prepared by Rajah Quantum Surveyors LLP shall remain without prejudice.
6. GOVERNING LAW
6.1 This Agreement is governed by the laws of Singapore, and the courts of Singapore shall have exclusive jurisdiction over any dispute about it.
===
# EXECUTION
| Signed for and on behalf of Lim, Tan & Partners Development Pte. Ltd. | Signed for and on behalf of Sinaran Bina Construction Sdn. Bhd. |
| Name: Jasmine Lim Wei Ling | Name: Dato' Haris bin Ismail |
| Title: Director | Title: Executive Director |
| Witness: Goh Kai Xiang, Advocate and Solicitor | Witness: Nurul Aini binti Rahman |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Lim, Tan & Partners Development Pte. Ltd.", "Sinaran Bina Construction Sdn. Bhd."],
      governingLaw: "Singapore",
      effectiveDate: "2027-04-01",
      expiryDate: "2027-09-30",
      term: "6 months",
    },
  },
  {
    id: "v25-disputes-share-charge-securing-settlement-hk",
    format: "pdf",
    pdfMargin: 84,
    source: `# SHARE CHARGE
THIS SHARE CHARGE is made as a deed on the date stated in the execution block at the end of this Deed
BY:
(1) KWOK CHEUNG & SONS (HOLDINGS) LIMITED, a company incorporated in Hong Kong with company number 1234567 whose registered office is at 18/F, Wing On House, 71 Des Voeux Road Central, Hong Kong (the "Chargor");
IN FAVOUR OF:
(2) HARBOURFRONT PRECISION ENGINEERING COMPANY LIMITED, a company incorporated in Hong Kong with company number 0765432 whose registered office is at Unit 5, 9/F, Kwun Tong Industrial Centre, 448 Kwun Tong Road, Kowloon, Hong Kong (the "Chargee").
BACKGROUND
(A) By a settlement agreement dated 30 June 2027 (the "Settlement Agreement") between the Chargee, the Chargor and Kwok Cheung Trading Limited (the "Company"), the Company agreed to pay the Chargee HK$18,600,000 in twelve monthly instalments in full and final settlement of High Court Action No. HCA 1187 of 2026.
(B) The Chargor is the legal and beneficial owner of the entire issued share capital of the Company and has agreed to charge those shares to the Chargee to secure the Company's obligations under the Settlement Agreement.
1. DEFINITIONS
1.1 "Secured Obligations" means all money and liabilities due, owing or incurred by the Company to the Chargee under the Settlement Agreement.
1.2 "Security Period" means the period beginning on the date of this Deed and ending on the date on which the Chargee is satisfied that the Secured Obligations have been irrevocably paid in full.
1.3 "Shares" means the 10,000 ordinary shares in the Company held by the Chargor and all shares in the Company later acquired by it.
2. CHARGE
2.1 The Chargor, as legal and beneficial owner, charges the Shares and all related rights to the Chargee by way of first fixed charge as continuing security for the Secured Obligations.
2.2 Within five (5) Business Days after the date of this Deed the Chargor shall deliver to the Chargee the share certificates for the Shares and instruments of transfer executed in blank.
3. ENFORCEMENT
3.1 The security becomes enforceable if the Company fails to pay any instalment within ten (10) days after its due date under the Settlement Agreement.
4. RELEASE
4.1 At the end of the Security Period the Chargee shall, at the cost of the Chargor, release the Shares from this security and return the documents delivered under clause 2.2.
5. GOVERNING LAW AND JURISDICTION
5.1 This Deed is governed by the laws of Hong Kong, and the Chargor submits to the non-exclusive jurisdiction of the Hong Kong courts.
===
# EXECUTION
This Deed is dated 7 July 2027, being the date on which it is delivered by the Chargor.
| EXECUTED as a DEED by KWOK CHEUNG & SONS (HOLDINGS) LIMITED under its common seal in the presence of: | Kwok Ka Ming, Director | Cheung Wai Yee, Company Secretary |
| Accepted by HARBOURFRONT PRECISION ENGINEERING COMPANY LIMITED | Leung Siu Fung, Director | 8 July 2027 |`,
    truth: {
      title: "Share Charge",
      documentType: "Security agreement",
      parties: ["Kwok Cheung & Sons (Holdings) Limited", "Harbourfront Precision Engineering Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2027-07-07",
    },
  },
  {
    id: "v25-disputes-settlement-mutual-release-new-york",
    format: "docx",
    storedPageCount: 2,
    source: `# SETTLEMENT AGREEMENT AND MUTUAL RELEASE
This Settlement Agreement and Mutual Release (this "Agreement") is made and entered into as of March 1, 2027 (the "Effective Date"), by and among Northgate Fabrication, Inc., a New York corporation ("Northgate"); Delmar Steel Supply Co., L.L.C., a New Jersey limited liability company ("Delmar"); and Raymond T. O'Halloran, an individual residing in Westchester County, New York ("O'Halloran" and, together with Northgate and Delmar, the "Parties").
# RECITALS
WHEREAS, Northgate and Delmar are parties to a Supply Agreement dated June 12, 2024 (the "Supply Agreement"), which is governed by the laws of the State of New Jersey;
WHEREAS, on September 18, 2026, Northgate commenced an action against Delmar and O'Halloran in the Supreme Court of the State of New York, County of Erie, Index No. 812345/2026 (the "Action");
WHEREAS, the Parties attended a mediation before Hon. Marcia L. Delacroix (Ret.) of Empire Dispute Resolution Group, LLC on February 9, 2027, and wish to resolve the Action without any admission of liability;
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the Parties agree as follows:
1. Settlement Payment. Within thirty (30) days after the Effective Date, Delmar shall pay Northgate the sum of $1,275,000 (the "Settlement Payment") by wire transfer to the IOLA account of Brightwater & Kaye LLP, counsel for Northgate.
2. Discontinuance. Within five (5) business days after receipt of the Settlement Payment, counsel for the Parties shall file a Stipulation of Discontinuance with Prejudice in the Action.
3. Mutual Releases. Upon receipt of the Settlement Payment, each Party releases the other Parties, and their respective officers, members, employees and insurers, from all claims arising out of the Supply Agreement or the Action, known or unknown, through the Effective Date.
4. Termination of Supply Agreement. The Supply Agreement, which would otherwise have continued until June 11, 2029, is terminated as of the Effective Date, except that Section 14 (Warranty) shall survive for eighteen (18) months.
5. Non-Disparagement. For a period of two (2) years after the Effective Date, no Party shall make any disparaging statement about another Party.
6. Confidentiality. The terms of this Agreement are confidential, save as required by law or to a Party's auditors, insurers and legal advisers.
7. No Admission. This Agreement is a compromise of disputed claims and is not an admission of liability by any Party.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles and notwithstanding the governing law of the Supply Agreement.
9. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which is an original.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement on the dates set forth below, to be effective as of the Effective Date.
NORTHGATE FABRICATION, INC.
By: ______________________ Name: Denise A. Kowalczyk, Title: President, Date: March 4, 2027
DELMAR STEEL SUPPLY CO., L.L.C.
By: ______________________ Name: Vikram Seth-Anand, Title: Managing Member, Date: March 8, 2027
______________________ RAYMOND T. O'HALLORAN, individually, Date: March 8, 2027
Approved as to form: Brightwater & Kaye LLP, counsel for Northgate; Pruitt Aldana LLP, counsel for Delmar and O'Halloran`,
    truth: {
      title: "Settlement Agreement and Mutual Release",
      documentType: "Settlement agreement",
      parties: ["Northgate Fabrication, Inc.", "Delmar Steel Supply Co., L.L.C.", "Raymond T. O'Halloran"],
      governingLaw: "New York",
      effectiveDate: "2027-03-01",
    },
  },
  {
    id: "v25-disputes-deed-settlement-release-nsw",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SETTLEMENT AND RELEASE
Kestrel Bay Pty Ltd as trustee for the Kestrel Bay Family Trust
Arden & Cole Builders Pty Limited
Peter James Whitlam and Susan Margaret Whitlam
Prepared by Hollis Lawyers, Level 9, 60 Castlereagh Street, Sydney NSW 2000 (ref. JMH:24-0871)
===
# DEED OF SETTLEMENT AND RELEASE
This deed is made on the 22nd day of June 2027
# PARTIES
Kestrel Bay Pty Ltd (ACN 612 345 678) in its capacity as trustee for the Kestrel Bay Family Trust of 14 Ocean Parade, Coogee NSW 2034 (Owner)
Arden & Cole Builders Pty Limited (ACN 098 765 432) of Unit 3, 21 Foundry Road, Seven Hills NSW 2147 (Builder)
Peter James Whitlam and Susan Margaret Whitlam, both of 7 Banksia Close, Castle Hill NSW 2154 (together, Guarantors)
# BACKGROUND
A. The Owner and the Builder entered into a lump sum building contract dated 4 August 2025 (Building Contract) for the construction of a dwelling at 14 Ocean Parade, Coogee.
B. The Guarantors guaranteed the Builder's obligations under the Building Contract by a deed of guarantee dated 4 August 2025.
C. On 10 March 2027 the Owner commenced proceedings against the Builder in the NSW Civil and Administrative Tribunal, file HB 27/11245 (Proceedings).
D. The parties have agreed to settle the Proceedings on the terms of this deed.
# OPERATIVE PROVISIONS
1. In this deed, Settlement Sum means $385,000 (inclusive of GST), and Settlement Date means the date that is 21 days after the date of this deed.
2. The Builder must pay the Settlement Sum on or before the Settlement Date into the trust account of Hollis Lawyers, and the Guarantors guarantee that payment.
3. The Builder must complete the rectification works in Schedule 1 within 90 days after the date of this deed, and must make good any defect in those works notified within 12 months after their completion.
4. Within 5 Business Days after receiving the Settlement Sum, the Owner must withdraw the Proceedings with no order as to costs.
5. On payment of the Settlement Sum, each party releases the others from all claims arising out of the Building Contract or the Proceedings, other than claims under this deed.
6. Each party must keep the terms of this deed confidential, except as required by law.
7. This deed is governed by the laws of New South Wales, and the parties submit to the non-exclusive jurisdiction of its courts.
===
# EXECUTION
Executed as a deed.
| Executed by Kestrel Bay Pty Ltd (ACN 612 345 678) as trustee for the Kestrel Bay Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Angus McLeod Fairweather | Director/Secretary: Priya Fairweather |
| Executed by Arden & Cole Builders Pty Limited (ACN 098 765 432) in accordance with section 127 of the Corporations Act 2001 (Cth) | Sole director and secretary: Dimitri Kostopoulos | |
| Signed, sealed and delivered by Peter James Whitlam | Witness: Naomi Chen, solicitor | |
| Signed, sealed and delivered by Susan Margaret Whitlam | Witness: Naomi Chen, solicitor | |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Kestrel Bay Pty Ltd", "Arden & Cole Builders Pty Limited", "Peter James Whitlam", "Susan Margaret Whitlam"],
      governingLaw: "New South Wales",
      effectiveDate: "2027-06-22",
    },
  },
  {
    id: "v25-disputes-mediation-confidentiality-ontario",
    format: "docx",
    source: `# MEDIATION CONFIDENTIALITY AGREEMENT
THIS AGREEMENT is dated August 27, 2027 and is made among the parties listed in the Key Terms below (each a "Party").
# KEY TERMS
| Party 1 | 9876543 Canada Inc., a corporation incorporated under the Canada Business Corporations Act, of 200 Bay Street, Suite 3400, Toronto, Ontario M5J 2J2 ("Claimant") |
| Party 2 | Les Entreprises Bélanger & Fils Ltée, a corporation governed by the Business Corporations Act (Québec), of 1250 rue Sherbrooke Ouest, Montréal, Québec H3A 1H6 ("Respondent") |
| Party 3 | Greenfield Ridge Limited Partnership, an Ontario limited partnership, acting by its general partner, Greenfield Ridge GP Inc. ("Owner") |
| Effective Date | September 1, 2027 |
| Mediation Date | September 15, 2027, at the offices of Lakeshore ADR Chambers, Toronto |
| Term | two (2) years from the Effective Date |
| Survival | five (5) years after the end of the Term, for Settlement Communications |
1. Purpose. The Parties intend to mediate their disputes under the construction contract dated April 3, 2025 between the Respondent and the Owner and the subcontract dated May 20, 2025 between the Respondent and the Claimant (together, the "Project Contracts"), which are governed by the laws of Québec.
2. Confidential Information. "Confidential Information" means all documents, statements and offers exchanged for or during the mediation, including any mediation brief and any draft minutes of settlement ("Settlement Communications").
3. Obligations. Each Party shall keep Confidential Information confidential, use it only for the mediation, and disclose it only to its directors, officers, insurers and legal and financial advisers who need to know it.
4. Without Prejudice. Settlement Communications are made without prejudice and may not be used in the arbitration commenced by the Claimant's notice of arbitration dated July 9, 2027 or in any other proceeding.
5. Mediator. The Parties shall procure that the mediator, Margaret O'Neill-Sato of Lakeshore ADR Chambers, signs the mediator's undertaking in Schedule A. The mediator is not a party to this Agreement.
6. Term. This Agreement takes effect on the Effective Date and continues for the Term stated in the Key Terms; the obligations in Section 3 survive as stated under Survival.
7. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the Parties have signed this Agreement.
| 9876543 CANADA INC. | LES ENTREPRISES BÉLANGER & FILS LTÉE | GREENFIELD RIDGE LIMITED PARTNERSHIP, by its general partner GREENFIELD RIDGE GP INC. |
| Per: Harjit S. Dhillon, President | Per: Josée Bélanger, présidente | Per: Owen R. Lachance, Authorized Signing Officer |
# SCHEDULE A: MEDIATOR'S UNDERTAKING
I, Margaret O'Neill-Sato, undertake to keep confidential all Settlement Communications and not to act for any Party in connection with the Project Contracts.`,
    truth: {
      title: "Mediation Confidentiality Agreement",
      documentType: "NDA",
      parties: ["9876543 Canada Inc.", "Les Entreprises Bélanger & Fils Ltée", "Greenfield Ridge Limited Partnership"],
      governingLaw: "Ontario",
      effectiveDate: "2027-09-01",
      expiryDate: "2029-09-01",
      term: "2 years",
    },
  },
  {
    id: "v25-disputes-letter-before-action-ireland",
    format: "txt",
    source: `Ó BRIAIN KINSELLA LLP
Solicitors
22 Merrion Square North, Dublin 2, D02 XK71
Our Ref: OBK/MF/2027-0114
Your Ref: CH/PL/0931
18 February 2027
BY EMAIL AND REGISTERED POST
The Directors
Castlebar Homes Designated Activity Company
Unit 4, Moy Business Park
Castlebar, Co. Mayo F23 P6W2
For the attention of: Mr Declan Hughes, Managing Director
# LETTER BEFORE ACTION
Re: Our client: Ms Mairéad Fitzgerald, 14 Oakfield Drive, Ballina, Co. Mayo
Dear Sirs,
We act for Ms Mairéad Fitzgerald in connection with the dwelling your company built for her at the above address.
Under the building agreement dated 11 April 2024, your company undertook to complete the dwelling within eighteen months and gave a structural defects warranty for a period of ten years from practical completion.
We refer to our letter of 2 December 2026 and to your reply dated 20 December 2026, in which you denied that the water ingress at the property is a structural defect. Our client's engineer, Corrib Consulting Engineers, reported on 15 January 2027 that it is.
Our client's loss, as set out in the enclosed schedule, is €148,500, comprising remedial works, alternative accommodation and professional fees.
We call on you, within 14 days of the date of this letter, to pay that sum or to put forward written proposals for remedial works acceptable to our client.
If you do not do so, we have instructions to issue proceedings in the Circuit Court without further notice and to seek our client's costs.
Our client remains willing to consider mediation, and we invite you to do so in accordance with section 14 of the Mediation Act 2017.
Please ensure that all documents relevant to this matter, including electronic records, are preserved.
This letter is sent on an open basis.
Yours faithfully,
Ó Briain Kinsella LLP
cc: Ms Mairéad Fitzgerald`,
    truth: {
      title: "Letter Before Action",
      documentType: "Letter",
      parties: ["Ó Briain Kinsella LLP", "Castlebar Homes Designated Activity Company"],
      effectiveDate: "2027-02-18",
    },
  },
  {
    id: "v25-disputes-minute-of-agreement-arbitration-scotland",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
JOHN ALASDAIR MACRAE and FIONA CATRIONA MACRAE, both residing at Glenmorven House, Lochcarron, IV54 8YR, as the trustees of the Glenmorven Estate Trust (the "Trustees")
and
CAIRNGORM CIVILS (SCOTLAND) LIMITED, incorporated under the Companies Acts (registered number SC412345) and having its registered office at 3 Thistle Street, Aberdeen, AB10 1XZ (the "Contractor")
for the reference of a dispute to arbitration
WHEREAS:
(A) The Trustees and the Contractor are parties to a contract dated 2 March 2025 for the construction of a private access road and bridge on the Glenmorven Estate (the "Contract").
(B) By notice dated 1 September 2027 the Contractor referred its claim for the final account under the Contract to adjudication, and the adjudicator's decision of 28 September 2027 is disputed by the Trustees (the "Dispute").
(C) The parties have agreed to refer the Dispute to arbitration in place of litigation in the Court of Session.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. The Dispute is referred to the arbitration of Mr Ewan Drummond KC, Advocate, or, if he is unable to act, an arbitrator appointed by the Dean of the Faculty of Advocates.
2. The Scottish Arbitration Rules in Schedule 1 to the Arbitration (Scotland) Act 2010 apply, and the seat of the arbitration is Scotland.
3. The arbitrator shall use reasonable endeavours to issue his award within six months after accepting the appointment.
4. The adjudicator's decision shall remain binding until the award is issued.
5. This Minute of Agreement takes effect on the date on which it is signed by the last of the parties to sign it.
6. This Minute of Agreement is governed by the law of Scotland.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
They are subscribed by the said John Alasdair Macrae at Lochcarron on 12 October 2027 before this witness, Morag Elspeth Ross, Solicitor, of Ross & Urquhart WS, Inverness
They are subscribed by the said Fiona Catriona Macrae at Lochcarron on 12 October 2027 before the same witness
They are subscribed for and on behalf of the said Cairngorm Civils (Scotland) Limited by Graham Iain Buchan, Director, at Aberdeen on 19 October 2027 before this witness, Lesley Anne Forbes, Personal Assistant`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Other",
      parties: ["John Alasdair Macrae", "Fiona Catriona Macrae", "Cairngorm Civils (Scotland) Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2027-10-19",
    },
  },
];
