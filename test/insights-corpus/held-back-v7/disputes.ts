import type { UnseenDocument } from "../unseen/types";

/** Held-back v7: settlements, releases, tolling and standstill, engagement letters, litigation funding and formal notices. */
export const DISPUTES_V7: UnseenDocument[] = [
  {
    id: "v7-disputes-settlement-deed-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on the 12th day of February 2026
BETWEEN
Harbourline Civil Pty Ltd (ACN 612 447 309) of Level 9, 60 Margaret Street, Sydney NSW 2000 (“Harbourline”)
AND
Kestrel Modular Structures Pty Limited (ACN 158 220 914) of 4 Production Avenue, Kurnell NSW 2231 (“Kestrel”)
AND
Dominic Paul Vescio of 17 Wattle Crescent, Cronulla NSW 2230 (“Guarantor”)
# RECITALS
A. Under a subcontract dated 3 August 2022 (“Subcontract”), Kestrel agreed to supply and install modular units for Harbourline at the Parramatta Road project.
B. Disputes arose under the Subcontract, and Kestrel commenced proceedings no. 2025/118842 in the Supreme Court of New South Wales (“Proceedings”).
C. The parties have agreed to settle the Proceedings on the terms of this deed.
# OPERATIVE PROVISIONS
1. Settlement Sum. Harbourline must pay Kestrel AUD 1,180,000 (inclusive of GST) within twenty-one (21) days after the date of this deed.
2. Discontinuance. Within 7 Business Days after receipt of the Settlement Sum, the parties must file a notice of discontinuance of the Proceedings with no order as to costs.
3. Release. On receipt of the Settlement Sum, each party releases the others from all claims arising out of or in connection with the Subcontract and the Proceedings, other than claims under this deed.
4. Defects. Kestrel must rectify any defect in the modular units notified within twelve (12) months after the date of this deed (“Defects Period”), and the Guarantor guarantees the performance of that obligation.
5. Confidentiality. Each party must keep the terms of this deed confidential. This clause continues to apply for three (3) years after the date of this deed.
6. No admission. This deed is entered into without any admission of liability by any party.
7. Governing law. This deed is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
EXECUTED as a deed.
| Executed by Harbourline Civil Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Anita Rao | Director/Secretary: Liam Forde |
| Executed by Kestrel Modular Structures Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth) | Sole Director and Secretary: Sione Taufa | |
| Signed, sealed and delivered by Dominic Paul Vescio | Signature: D. P. Vescio | Witness: Grace Liang |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Harbourline Civil Pty Ltd", "Kestrel Modular Structures Pty Limited", "Dominic Paul Vescio"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-02-12",
    },
  },
  {
    id: "v7-disputes-tolling-delaware",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and between Brightwater Pharmacy Services, LLC, a Delaware limited liability company (“Brightwater”), and Calder Ridge Health Systems, Inc., a Pennsylvania corporation (“Calder Ridge”). Brightwater and Calder Ridge are each a “Party” and together the “Parties.”
# RECITALS
WHEREAS, Calder Ridge contends that it has claims against Brightwater arising out of the Pharmacy Benefit Services Agreement between the Parties dated as of January 15, 2021 (the “Services Agreement”), including claims for alleged overcharges from 2021 through 2024 (the “Claims”);
WHEREAS, Brightwater denies the Claims; and
WHEREAS, the Parties wish to explore a resolution of the Claims without litigation and to suspend the running of any limitations period while they do so;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims shall be tolled for so long as this Agreement remains in effect.
2. Term. This Agreement shall have an initial term of six (6) months commencing on the Effective Date. This Agreement shall automatically renew for successive periods of three (3) months each unless either Party gives the other not less than fifteen (15) days’ written notice of non-renewal before the end of the then-current period.
3. Commencement of Action. Calder Ridge shall not commence any action on the Claims while this Agreement is in effect. After this Agreement ends, Calder Ridge shall have sixty (60) days in which to commence an action, notwithstanding any limitations period that would otherwise have expired.
4. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any Claim or defense.
5. Services Agreement. Nothing in this Agreement amends the Services Agreement, which remains governed by the laws of the State of New York.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
7. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which is an original.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER PHARMACY SERVICES, LLC | CALDER RIDGE HEALTH SYSTEMS, INC. |
| By: /s/ Howard Mintz | By: /s/ Renata Okafor |
| Name: Howard Mintz | Name: Renata Okafor |
| Title: Chief Executive Officer | Title: General Counsel |
| Date: March 5, 2026 | Date: March 3, 2026 |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Pharmacy Services, LLC", "Calder Ridge Health Systems, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2026-09-02",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v7-disputes-engagement-scotland",
    format: "txt",
    source: `MACAULAY RENNIE LLP
Solicitors and Notaries
14 Rutland Square, Edinburgh EH1 2BB
Our ref: KMR/STR/0412-7
7 January 2026
Private and Confidential
The Board of Directors
Strathallan Distillers Limited
Auchterarder Road, Blackford PH4 1QA
Dear Directors
# Letter of Engagement
Thank you for instructing us to act for Strathallan Distillers Limited (“you”) in your claim against Bothwell Logistics Limited for damage to casks in transit in October 2025 (the “Matter”). This letter and our enclosed Terms of Business set out the basis on which we will act.
1. Scope. We will advise you on the Matter and raise and conduct proceedings in the Court of Session or the Sheriff Court as appropriate. The scope does not include any appeal.
2. People. Kirsty Rennie, partner, will have overall responsibility for the Matter, assisted by Euan Gallacher, associate.
3. Fees. Our fees are charged on the time spent at the hourly rates below, which are reviewed each 1 April.
| Partner | £420 |
| Associate | £265 |
| Trainee solicitor | £140 |
4. Estimate. We estimate our fees to the conclusion of a proof at £85,000 to £110,000 plus VAT and outlays.
5. Billing. We will render monthly interim accounts, payable within 30 days of issue.
6. Ending our engagement. You may end our engagement at any time by written notice. We may stop acting for you on giving you reasonable notice.
7. Complaints. If you are unhappy with our service, please contact our Client Relations Partner; you may also refer a complaint to the Scottish Legal Complaints Commission.
8. Law. This letter and our Terms of Business are governed by Scots law and are subject to the exclusive jurisdiction of the Scottish courts.
Please sign and return the enclosed copy of this letter to confirm your instructions.
Yours faithfully
Macaulay Rennie LLP
Kirsty Rennie, Partner
I confirm the terms of this letter on behalf of Strathallan Distillers Limited.
Signed: Alasdair Menzies, Managing Director    Date: 14 January 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Macaulay Rennie LLP", "Strathallan Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-01-07",
    },
  },
  {
    id: "v7-disputes-litigation-funding-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# LITIGATION FUNDING AGREEMENT
Dated 18 May 2026
MERIDIAN CLAIMS CAPITAL PTE. LTD.
(as Funder)
and
TANJONG OFFSHORE ENGINEERING PTE. LTD.
(as Claimant)
===
THIS AGREEMENT is dated 18 May 2026 and made BETWEEN:
(1) MERIDIAN CLAIMS CAPITAL PTE. LTD. (UEN 201934417K), a company incorporated in Singapore whose registered office is at 8 Marina View, #31-02 Asia Square Tower 1, Singapore 018960 (the “Funder”); and
(2) TANJONG OFFSHORE ENGINEERING PTE. LTD. (UEN 199804512D), a company incorporated in Singapore whose registered office is at 21 Tuas South Avenue 7, Singapore 637643 (the “Claimant”).
# 1. Definitions
“Claim” means the arbitration commenced by the Claimant against Anchorage Drilling Services Ltd under the SIAC Rules (SIAC Ref. ARB 212/25).
“Commencement Date” means 1 June 2026.
“Commitment” means S$3,200,000.
“Solicitors” means Rajan Teo LLC, the solicitors acting for the Claimant in the Claim.
# 2. Funding
2.1 The Funder will pay the Costs of the Claim incurred after the Commencement Date, up to the Commitment.
2.2 The funding is non-recourse: the Funder is entitled to payment only out of Proceeds. This Agreement does not create a loan or any debt owed by the Claimant.
# 3. Funder’s Return
3.1 Out of any Proceeds, the Claimant shall pay the Funder the greater of (a) three times the Funded Amount and (b) 30% of the Proceeds, within ten (10) Business Days after receipt of the Proceeds.
# 4. Term and Termination
4.1 This Agreement commences on the Commencement Date and continues until terminated in accordance with this clause 4.
4.2 The Funder may terminate this Agreement on 21 days’ written notice if it reasonably ceases to be satisfied of the merits of the Claim.
4.3 Clauses 3 and 6 survive termination for six (6) years.
# 5. Conduct of the Claim
The Claimant retains conduct and control of the Claim and the Solicitors act on the Claimant’s instructions alone.
# 6. Governing Law and Disputes
6.1 This Agreement is governed by the laws of Singapore.
6.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Singapore under the SIAC Rules.
===
| Signed by Vivienne Cho, Director, for and on behalf of MERIDIAN CLAIMS CAPITAL PTE. LTD. | Signed by Ong Kah Seng, Managing Director, for and on behalf of TANJONG OFFSHORE ENGINEERING PTE. LTD. |`,
    truth: {
      title: "Litigation Funding Agreement",
      documentType: "Other",
      parties: ["Meridian Claims Capital Pte. Ltd.", "Tanjong Offshore Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v7-disputes-notice-of-breach-ontario",
    format: "docx",
    source: `NORTHSHORE FREIGHT SYSTEMS INC.
2200 Lakeshore Boulevard West, Suite 1100, Toronto, Ontario M8V 1A4
April 21, 2026
DELIVERED BY COURIER AND BY EMAIL (legal@pinecrestfoods.ca)
Pinecrest Foods Ltd.
415 Industrial Parkway South, Aurora, Ontario L4G 3V6
Attention: Director of Supply Chain
# NOTICE OF BREACH
Re: Warehousing and Distribution Services Agreement dated as of September 1, 2023 between Northshore Freight Systems Inc. and Pinecrest Foods Ltd. (the “Agreement”)
Capitalized terms used but not defined in this notice have the meanings given to them in the Agreement.
This is a notice given under Section 14.2 of the Agreement. Pinecrest Foods Ltd. is in material breach of Section 6.3 of the Agreement by failing to pay the invoices listed below, each of which was payable within forty-five (45) days of its date:
| Invoice | Date | Amount (CAD) |
| NFS-23318 | January 9, 2026 | $184,220.50 |
| NFS-23402 | February 6, 2026 | $201,775.00 |
| NFS-23517 | March 6, 2026 | $196,310.25 |
Under Section 14.2 you have thirty (30) days after receipt of this notice to remedy the breach by paying the outstanding amount of $582,305.75, together with interest at 1.5% per month.
If the breach is not remedied within that period, Northshore may terminate the Agreement by further written notice, and may suspend the Services under Section 6.5 on five (5) Business Days’ notice. The initial term of the Agreement, which runs to August 31, 2028, does not limit those rights.
This notice is without prejudice to any other rights or remedies of Northshore under the Agreement or at law, all of which are expressly reserved.
Yours truly,
NORTHSHORE FREIGHT SYSTEMS INC.
Per: Daniel Okonkwo-Reid
Vice-President, Legal and Corporate Affairs
I have authority to bind the corporation.
cc: Maya Lefebvre, Lefebvre Sato LLP, counsel to Northshore`,
    truth: {
      title: "Notice of Breach",
      documentType: "Notice",
      parties: ["Northshore Freight Systems Inc.", "Pinecrest Foods Ltd."],
      effectiveDate: "2026-04-21",
    },
  },
  {
    id: "v7-disputes-standstill-ireland",
    format: "pdf",
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is dated 27 March 2026
BETWEEN
(1) LIFFEYSIDE PROPERTY HOLDINGS DAC, a designated activity company incorporated in Ireland with registered number 604118, whose registered office is at 2 Grand Canal Square, Dublin 2, D02 A342 (“Liffeyside”); and
(2) O’DRISCOLL BRENNAN CONSULTING ENGINEERS UNLIMITED COMPANY, incorporated in Ireland with registered number 287734, whose registered office is at Block C, Eastgate Business Park, Little Island, Co. Cork, T45 KX03 (“ODB”).
# BACKGROUND
(A) ODB provided structural engineering services for the Quayside office development under an appointment dated 11 October 2018 (the “Appointment”).
(B) Liffeyside alleges defects in the podium slab and intends to bring a claim against ODB under the Appointment (the “Dispute”). ODB denies liability.
(C) The parties wish to stop time running for limitation purposes while they attempt to resolve the Dispute by mediation.
# IT IS AGREED
1. Definitions. In this Agreement, “Commencement Date” means 1 April 2026.
2. Term. This Agreement begins on the Commencement Date and ends on 30 September 2026 (the “Standstill Period”), unless terminated earlier under clause 6.
3. Standstill. During the Standstill Period, time shall not run for the purposes of the Statute of Limitations 1957 or any other limitation period in respect of the Dispute.
4. Mediation. The parties shall attend a mediation of the Dispute within 90 days after the Commencement Date.
5. Proceedings. Liffeyside shall not issue proceedings in respect of the Dispute during the Standstill Period.
6. Termination. Either party may terminate this Agreement by giving not less than 28 days’ written notice to the other.
7. No admission. Nothing in this Agreement is an admission of liability by ODB.
8. Governing law and jurisdiction. This Agreement is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed for and on behalf of LIFFEYSIDE PROPERTY HOLDINGS DAC | Signed for and on behalf of O’DRISCOLL BRENNAN CONSULTING ENGINEERS UNLIMITED COMPANY |
| Director: Siobhán Kehoe | Director: Peter O’Driscoll |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Liffeyside Property Holdings DAC", "O’Driscoll Brennan Consulting Engineers Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-01",
      expiryDate: "2026-09-30",
      term: "6 months",
    },
  },
  {
    id: "v7-disputes-employee-settlement-ni",
    format: "docx",
    storedPageCount: 3,
    source: `# SETTLEMENT AGREEMENT
Dated 9 June 2026
LAGAN VALLEY SOFTWARE LIMITED
and
CIARA McALINDEN
(Article 245 of the Employment Rights (Northern Ireland) Order 1996)
===
THIS AGREEMENT is dated 9 June 2026
PARTIES
(1) LAGAN VALLEY SOFTWARE LIMITED, incorporated and registered in Northern Ireland with company number NI651203, whose registered office is at 3 Linenhall Street, Belfast BT2 8AA (the “Employer”); and
(2) CIARA McALINDEN of 41 Malone Avenue, Belfast BT9 6ER (the “Employee”).
# BACKGROUND
(A) The Employee has been employed by the Employer as Head of Product since 4 January 2021 under a contract of employment dated 2 December 2020.
(B) The Employee’s employment will terminate on 30 June 2026 (the “Termination Date”).
(C) The parties have entered into this agreement to record the terms on which they have agreed to settle any claims the Employee has or may have against the Employer.
# AGREED TERMS
1. Termination. The Employee’s employment shall terminate on the Termination Date. The Employer shall pay the Employee’s salary and contractual benefits up to the Termination Date.
2. Termination Payment. The Employer shall pay the Employee £48,500 as compensation for loss of employment within 14 days after the later of the Termination Date and the Employer’s receipt of a copy of this agreement signed by the Employee and the Adviser’s certificate.
3. Restrictions. The Employee reaffirms the covenants in clause 19 of her contract of employment, including not to solicit clients of the Employer for six (6) months after the Termination Date.
4. Waiver of claims. The Employee accepts the Termination Payment in full and final settlement of all claims she has or may have against the Employer arising out of her employment or its termination.
5. Confidentiality. The Employee shall keep the terms of this agreement confidential, save as required by law.
6. Adviser. The Employee has received independent legal advice from Róisín Doherty of Doherty Quinn Solicitors, a relevant independent adviser, as to the terms and effect of this agreement.
7. Governing law. This agreement shall be governed by and construed in accordance with the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
===
| Signed by Brendan Kerr, Director, for and on behalf of LAGAN VALLEY SOFTWARE LIMITED | Signed by CIARA McALINDEN |
# SCHEDULE: ADVISER’S CERTIFICATE
I, Róisín Doherty of Doherty Quinn Solicitors, confirm that I have given Ciara McAlinden independent legal advice on the terms and effect of the above agreement.
Signed: Róisín Doherty    Date: 8 June 2026`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Software Limited", "Ciara McAlinden"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-06-09",
    },
  },
  {
    id: "v7-disputes-settlement-release-california",
    format: "txt",
    source: `# SETTLEMENT AGREEMENT AND MUTUAL RELEASE
CONFIDENTIAL – SUBJECT TO CALIFORNIA EVIDENCE CODE SECTIONS 1119 AND 1152
This Settlement Agreement and Mutual Release (“Agreement”) is made and entered into as of the 16th day of February, 2026, by and among Sierra Vista Orchards, LLC, a California limited liability company (“Sierra Vista”); Redwood Cold Chain, Inc., a Nevada corporation (“Redwood”); and Thomas J. Albertini, an individual residing in Fresno County, California (“Albertini”) (each a “Party”).
# RECITALS
A. On or about June 2, 2024, Sierra Vista and Redwood entered into a Cold Storage Agreement for a term of three (3) years (the “Storage Agreement”).
B. Sierra Vista filed an action against Redwood in the Superior Court of California, County of Fresno, Case No. 24CECG03917 (the “Action”), alleging spoilage of stone fruit, and Redwood filed a cross-complaint against Sierra Vista and Albertini.
C. The Parties desire to resolve the Action and all related disputes fully and finally.
# AGREEMENT
1. Settlement Payment. Redwood shall pay Sierra Vista the sum of Six Hundred Forty Thousand Dollars ($640,000.00) within thirty (30) days after the date of this Agreement.
2. Dismissal. Within five (5) court days after receipt of the Settlement Payment, Sierra Vista shall dismiss the Action with prejudice and Redwood shall dismiss its cross-complaint with prejudice.
3. Storage Agreement. The Storage Agreement is terminated as of the date of this Agreement.
4. Mutual Releases. Each Party releases each other Party from all claims, known or unknown, arising out of the Storage Agreement or the Action.
5. Section 1542 Waiver. Each Party waives the benefit of California Civil Code Section 1542, which provides: “A GENERAL RELEASE DOES NOT EXTEND TO CLAIMS THAT THE CREDITOR OR RELEASING PARTY DOES NOT KNOW OR SUSPECT TO EXIST IN HIS OR HER FAVOR AT THE TIME OF EXECUTING THE RELEASE AND THAT, IF KNOWN BY HIM OR HER, WOULD HAVE MATERIALLY AFFECTED HIS OR HER SETTLEMENT WITH THE DEBTOR OR RELEASED PARTY.”
6. Non-Disparagement. For a period of two (2) years after the date of this Agreement, no Party shall make any disparaging public statement about another Party.
7. No Admission of Liability. This Agreement is a compromise of disputed claims and is not an admission of liability by any Party.
8. Attorneys’ Fees. Each Party shall bear its own attorneys’ fees and costs.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California.
10. Entire Agreement; Counterparts. This Agreement is the entire agreement of the Parties on its subject and may be signed in counterparts.
| SIERRA VISTA ORCHARDS, LLC | By: Elena Marquez, Managing Member | Date: February 16, 2026 |
| REDWOOD COLD CHAIN, INC. | By: Curtis Haldane, President | Date: February 19, 2026 |
| THOMAS J. ALBERTINI | Signature: T. J. Albertini | Date: February 16, 2026 |`,
    truth: {
      title: "Settlement Agreement and Mutual Release",
      documentType: "Settlement agreement",
      parties: ["Sierra Vista Orchards, LLC", "Redwood Cold Chain, Inc.", "Thomas J. Albertini"],
      governingLaw: "California",
      effectiveDate: "2026-02-16",
    },
  },
];
