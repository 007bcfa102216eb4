import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: disputes — disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, court orders, notices, letters before action, mediation and arbitration agreements, variations). */
export const DISPUTES_V31: UnseenDocument[] = [
  {
    id: "v31-disputes-england-settlement-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) PENNINE FREIGHT SYSTEMS LIMITED, a company incorporated and registered in England and Wales with company number 04418372 whose registered office is at Unit 7, Calder Park, Wakefield WF2 7UA ("Pennine"); and
(2) ASHCROFT DIGITAL LLP, a limited liability partnership registered in England and Wales with number OC398114 whose registered office is at 22 Whitworth Street, Manchester M1 3NR ("Ashcroft").
# BACKGROUND
(A) Pennine and Ashcroft entered into a software development and support agreement dated 3 September 2021 (the "Development Agreement") for an initial term of five years from that date.
(B) Disputes have arisen between the parties concerning the performance of the Development Agreement, which are the subject of proceedings in the Business and Property Courts in Leeds under claim number BL-2025-000417 (the "Proceedings").
(C) The parties have agreed to settle the Dispute and the Proceedings on the terms of this agreement, without any admission of liability by either of them.
# 1. DEFINITIONS
1.1 In this agreement: "Claims" means all claims, demands and causes of action, whether known or unknown, which either party has or may have against the other arising out of or in connection with the Development Agreement or the Proceedings; and "Settlement Sum" means £185,000 (one hundred and eighty-five thousand pounds).
# 2. SETTLEMENT
2.1 Ashcroft shall pay the Settlement Sum to Pennine by electronic transfer to the client account of Pennine's solicitors within 28 days of the date of this agreement.
2.2 Within 7 days of the date of this agreement the parties shall file with the court a consent order in the form set out in the Schedule staying the Proceedings on the terms of this agreement.
2.3 The Development Agreement shall terminate with effect from 30 April 2026. Clauses 14 (Confidentiality) and 17 (Intellectual Property) of the Development Agreement shall survive its termination for a period of three years.
===
# 3. RELEASE
3.1 This agreement is in full and final settlement of the Claims. Subject to payment of the Settlement Sum in full, each party releases and forever discharges the other, and its officers, members and employees, from all Claims.
3.2 Clause 3.1 does not apply to any claim for breach of this agreement.
# 4. CONFIDENTIALITY
4.1 The parties shall keep the terms of this agreement confidential, except as required by law, by any regulator or for the purpose of enforcing this agreement.
# 5. COSTS
5.1 Each party shall bear its own costs of the Proceedings and of the negotiation and preparation of this agreement.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
6.2 The courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This agreement has been entered into on the date stated at the beginning of it.
Signed by MARK HOLROYD, director, for and on behalf of PENNINE FREIGHT SYSTEMS LIMITED
Signed by PRIYA ANAND, designated member, for and on behalf of ASHCROFT DIGITAL LLP
# SCHEDULE – FORM OF CONSENT ORDER
UPON the parties having agreed terms of settlement, BY CONSENT IT IS ORDERED THAT all further proceedings in this claim be stayed upon the terms of the settlement agreement dated 14 April 2026, save for the purpose of carrying those terms into effect, with liberty to apply.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Pennine Freight Systems Limited", "Ashcroft Digital LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v31-disputes-new-york-tolling-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and among HUDSON CREST CAPITAL PARTNERS LLC, a Delaware limited liability company (“Hudson Crest”), HUDSON CREST OPPORTUNITY FUND II, L.P., a Delaware limited partnership (the “Fund” and, together with Hudson Crest, the “Claimants”), and MERIDIAN FUND ADMINISTRATION SERVICES, INC., a New York corporation (“Meridian”). The Claimants and Meridian are each a “Party” and together the “Parties.”
# RECITALS
WHEREAS, Meridian provided fund administration services to the Fund pursuant to an Administration Agreement dated as of January 15, 2019 (the “Administration Agreement”), which had an initial term of three (3) years and is governed by the laws of the State of Delaware;
WHEREAS, the Claimants contend that Meridian miscalculated the net asset value of the Fund for periods between 2021 and 2023 and may have claims against Meridian arising therefrom (the “Potential Claims”), and Meridian denies any liability in respect of the Potential Claims;
WHEREAS, the Parties wish to continue settlement discussions without the need for the Claimants to commence litigation to preserve the Potential Claims;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling Period. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Potential Claims shall be tolled for a period of twelve (12) months commencing on the Effective Date and ending on March 2, 2027 (as extended under Section 2, the “Tolling Period”).
2. Automatic Extension. Unless a Party delivers written notice of non-extension to the other Parties at least thirty (30) days before the end of the then-current Tolling Period, the Tolling Period shall automatically extend for successive periods of ninety (90) days each.
3. Standstill. During the Tolling Period, the Claimants shall not commence any action, arbitration or other proceeding against Meridian in respect of the Potential Claims, except to seek emergency injunctive relief.
4. Early Termination. Any Party may terminate the Tolling Period on sixty (60) days’ written notice to the other Parties, in which case the Tolling Period shall end on the sixtieth (60th) day after such notice is given.
5. No Admission. Nothing in this Agreement is an admission by any Party of any liability, fact or defense, and this Agreement shall not be admissible in any proceeding except to enforce its terms.
===
6. Reservation of Rights. This Agreement does not revive any Potential Claim that was time-barred as of the Effective Date, and each Party reserves all rights, claims and defenses not expressly tolled.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Entire Agreement; Counterparts. This Agreement is the entire agreement of the Parties on its subject matter, may be amended only in a writing signed by all Parties, and may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
HUDSON CREST CAPITAL PARTNERS LLC
By: ______________________ Name: Daniel R. Whitaker Title: Managing Member
HUDSON CREST OPPORTUNITY FUND II, L.P.
By: Hudson Crest Fund II GP, LLC, its general partner
By: ______________________ Name: Daniel R. Whitaker Title: Authorized Signatory
MERIDIAN FUND ADMINISTRATION SERVICES, INC.
By: ______________________ Name: Elaine Kowalski Title: General Counsel`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Hudson Crest Capital Partners LLC", "Hudson Crest Opportunity Fund II, L.P.", "Meridian Fund Administration Services, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "90 days",
    },
  },
  {
    id: "v31-disputes-northern-ireland-letter-before-action",
    format: "txt",
    source: `CARRICK & MOORE SOLICITORS
14 Linenhall Street, Belfast BT2 8BG
Tel: 028 9023 5511 | DX 408 NR Belfast
Our Ref: DMcK/HAL/2291
21 January 2026
BY EMAIL AND FIRST CLASS POST
The Directors
Lagan Valley Joinery Ltd
Unit 3, Blaris Industrial Estate
Lisburn BT27 5QB
Dear Sirs
# LETTER BEFORE ACTION
Our client: Mrs Siobhan Hallinan, 8 Malone Park, Belfast BT9 6NJ
We act for Mrs Hallinan in connection with the bespoke kitchen and staircase works carried out by your company at the above address under your written quotation no. Q-1187, which our client accepted on 5 May 2025 at a price of £38,400. The works were to be completed within ten weeks of that date.
The works were not completed until 29 September 2025 and are defective. Our client wrote to you on 2 December 2025 and again on 19 December 2025 setting out the defects, but she has received no substantive response.
The defects and the cost of remedying them, as assessed by an independent surveyor, are as follows:
| Item | Defect | Remedial cost |
| Staircase | Treads not fixed to strings; balustrade loose | £6,250 |
| Kitchen units | Carcasses out of level; doors misaligned | £4,980 |
| Worktops | Joints open and water damaged | £3,750 |
Our client therefore claims £14,980, together with interest at such rate as the court thinks fit and her surveyor's fee of £850.
We require you, within 14 days of the date of this letter, that is by 4 February 2026, either to pay the sum claimed or to put forward proposals for remedying the defects, and to provide the details of your insurers.
Our client is willing to consider mediation or another form of alternative dispute resolution, and asks that you confirm within the same period whether you will do so.
If we do not receive a satisfactory response by that date, we are instructed to issue proceedings against your company in the County Court for Northern Ireland without further notice, and to seek the costs of those proceedings.
We recommend that you take independent legal advice on this letter.
Yours faithfully
Carrick & Moore Solicitors`,
    truth: {
      title: "Letter Before Action",
      documentType: "Letter",
      parties: ["Carrick & Moore Solicitors", "Lagan Valley Joinery Ltd"],
      effectiveDate: "2026-01-21",
    },
  },
  {
    id: "v31-disputes-hong-kong-notice-of-dispute",
    format: "pdf",
    pdfMargin: 84,
    source: `# NOTICE OF DISPUTE
(Pursuant to Clause 24.2 of the Sub-Contract)
Dated this 9th day of February 2026
To: HARBOURFRONT BUILDING SERVICES COMPANY LIMITED, 18/F, Taikoo Place Tower 3, 979 King's Road, Quarry Bay, Hong Kong
Attention: Mr. Raymond Chau, Project Director
From: KWUN TONG PRECISION ENGINEERING LIMITED, Unit 1205, 12/F, Millennium City 5, 418 Kwun Tong Road, Kwun Tong, Kowloon
Sub-Contract: Sub-Contract for Mechanical Ventilation and Air-Conditioning Works, Tseung Kwan O Data Centre Phase 2, dated 12 June 2023 (the "Sub-Contract")
1. We refer to the Sub-Contract, under which you engaged us as MVAC sub-contractor for a sub-contract period of 36 months from 1 July 2023. Terms defined in the Sub-Contract have the same meanings in this Notice.
2. Pursuant to Clause 24.2 of the Sub-Contract, we hereby give you notice that a dispute has arisen between us in connection with the Sub-Contract.
3. The dispute concerns:
(a) your rejection of our Payment Application No. 27 dated 31 October 2025 in the sum of HK$4,862,300;
(b) your purported deduction of liquidated damages of HK$1,215,000 from the certified sum under Payment Certificate No. 26; and
(c) our entitlement to an extension of time of 84 days for the delays caused by late release of the plant rooms.
4. In accordance with Clause 24.3 of the Sub-Contract, we invite you to a meeting of senior representatives of both parties to be held within 28 days after service of this Notice.
5. If the dispute is not resolved within 28 days after that meeting, we intend to refer it to mediation under the HKIAC Mediation Rules and, failing settlement within 60 days, to arbitration in accordance with Clause 24.5 of the Sub-Contract.
6. This Notice is given without prejudice to any of our other rights and remedies under the Sub-Contract or at law, all of which are expressly reserved.
7. Please acknowledge receipt of this Notice by return.
For and on behalf of
KWUN TONG PRECISION ENGINEERING LIMITED
Authorised Signatory
Name: Chan Wing-kei
Title: Managing Director
cc: Tseung Kwan O Data Centre Limited (the Employer) – for information only`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Kwun Tong Precision Engineering Limited", "Harbourfront Building Services Company Limited"],
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v31-disputes-ontario-arbitration-agreement",
    format: "docx",
    source: `# ARBITRATION AGREEMENT
Dated for reference March 27, 2026 (the "Effective Date")
The undersigned parties (each a "Party" and together the "Parties") agree as follows:
# 1. Submission to Arbitration
1.1 The Parties submit to final and binding arbitration the disputes described in Schedule "A" arising under the share purchase agreement between them dated as of August 30, 2024 (the "SPA"), concerning the post-closing working capital adjustment and the indemnity claim made under Article 9 of the SPA (together, the "Dispute").
1.2 The arbitration is governed by the Arbitration Act, 1991 (Ontario). The seat of the arbitration is Toronto, Ontario, and it shall be conducted in English.
# 2. Arbitrator
2.1 The Parties appoint The Honourable Margaret E. Thibault as sole arbitrator (the "Arbitrator"). The Arbitrator is not a party to this Agreement; her terms of engagement are set out in a separate letter to the Parties.
# 3. Procedure
3.1 The arbitration shall be conducted under the Arbitration Rules of the ADR Institute of Canada, Inc., as modified by this Agreement.
3.2 The hearing shall commence no later than 120 days after the Effective Date, and the Arbitrator shall deliver a reasoned award within 60 days after the close of the hearing.
3.3 There shall be no appeal from the award on a question of law, fact or mixed fact and law.
# 4. Confidentiality
4.1 The arbitration, the evidence and the award are confidential, and the obligations in this Section survive for three (3) years after the award is delivered.
# 5. Costs
5.1 The Parties shall share the Arbitrator's fees equally in the first instance, and the Arbitrator may award costs in accordance with the Arbitration Act, 1991.
# 6. Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
6.2 The Arbitrator shall decide the merits of the Dispute in accordance with the laws of the Province of British Columbia, which govern the SPA.
NORTHSHORE TIMBER PRODUCTS INC.
Per: ______________________ Name: Daniel Okafor Title: President
I have authority to bind the corporation. Date signed: March 27, 2026
GRANITE RIDGE INDUSTRIAL HOLDINGS LTD.
Per: ______________________ Name: Hélène Tremblay Title: Chief Financial Officer
I have authority to bind the corporation. Date signed: March 30, 2026
===
# SCHEDULE "A" – THE DISPUTE
1. Whether the Closing Working Capital was CAD $2,318,000 as determined by the purchaser, or CAD $3,104,500 as determined by the vendor, and the resulting adjustment to the Purchase Price.
2. Whether the purchaser is entitled to indemnification under Article 9 of the SPA for the environmental remediation costs at the Prince George mill, and if so in what amount.`,
    truth: {
      title: "Arbitration Agreement",
      documentType: "Other",
      parties: ["Northshore Timber Products Inc.", "Granite Ridge Industrial Holdings Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-27",
    },
  },
  {
    id: "v31-disputes-jersey-deed-of-variation",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 2 June 2026
ORMER BAY HOLDINGS LIMITED
- and -
PHILIPPE ANDRÉ LE BROCQ
- and -
ST AUBIN FIDUCIARY LIMITED
(as trustee of the Le Brocq Family Settlement)
# DEED OF VARIATION
relating to a Settlement Agreement dated 10 November 2025
Bréhaut Carteret, Advocates & Solicitors, St Helier, Jersey
===
THIS DEED OF VARIATION is made on the 2nd day of June 2026
BETWEEN:
(1) ORMER BAY HOLDINGS LIMITED, a company incorporated in Jersey with registered number 118842 whose registered office is at 3rd Floor, 44 Esplanade, St Helier, Jersey JE2 3QB (the "Company");
(2) PHILIPPE ANDRÉ LE BROCQ of La Maison du Coin, Rue de la Pointe, St Ouen, Jersey JE3 2FL ("Mr Le Brocq"); and
(3) ST AUBIN FIDUCIARY LIMITED, a company incorporated in Jersey with registered number 90317 whose registered office is at 15 Bath Street, St Helier, Jersey JE2 4ST, in its capacity as trustee of the Le Brocq Family Settlement (the "Trustee").
# RECITALS
(A) The parties entered into a settlement agreement dated 10 November 2025 (the "Settlement Agreement") in full and final settlement of Royal Court proceedings 2024/187 concerning the redemption of preference shares in the Company held by the Trustee.
(B) Under clause 3 of the Settlement Agreement the Company agreed to pay £2,400,000 in four instalments, the last of which falls due on 30 September 2026.
(C) At the Company's request, the parties have agreed to vary the Settlement Agreement as set out in this Deed.
# 1. INTERPRETATION
1.1 Terms defined in the Settlement Agreement have the same meaning in this Deed. "Variation Date" means the date of this Deed.
# 2. VARIATION
2.1 With effect from the Variation Date, clause 3.1 of the Settlement Agreement is deleted and replaced with: "The Company shall pay the Settlement Sum in instalments on the dates and in the amounts set out below:"
| Instalment | Due date | Amount |
| First (paid) | 1 December 2025 | £600,000 |
| Second (paid) | 31 March 2026 | £600,000 |
| Third | 31 October 2026 | £600,000 |
| Fourth | 31 March 2027 | £600,000 |
2.2 The Company shall pay interest at 4% per annum on the third and fourth instalments from 30 June 2026 until the date of payment.
2.3 The security created by the share security agreement dated 10 November 2025 shall continue to secure the Settlement Sum as varied by this Deed.
===
# 3. CONFIRMATION
3.1 Save as varied by this Deed, the Settlement Agreement remains in full force and effect, and references in it to "this Agreement" shall be read as references to the Settlement Agreement as varied by this Deed.
# 4. GOVERNING LAW AND JURISDICTION
4.1 This Deed and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS WHEREOF this Deed has been executed as a deed on the date first above written.
Executed as a deed by ORMER BAY HOLDINGS LIMITED acting by two directors: Jean-Luc Falle and Sarah Pallot
Signed as a deed by PHILIPPE ANDRÉ LE BROCQ in the presence of: Witness: Claire Renouf, 7 Rue des Landes, St Brelade
Executed as a deed by ST AUBIN FIDUCIARY LIMITED as trustee of the Le Brocq Family Settlement acting by its authorised signatory: Mark de Gruchy`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ormer Bay Holdings Limited", "Philippe André Le Brocq", "St Aubin Fiduciary Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-02",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v31-disputes-kenya-consent-order",
    format: "txt",
    source: `REPUBLIC OF KENYA
IN THE HIGH COURT OF KENYA AT NAIROBI
COMMERCIAL AND TAX DIVISION
CIVIL SUIT NO. E412 OF 2025
BETWEEN
SAVANNAH AGRO-PROCESSORS LIMITED .................... PLAINTIFF
AND
RIFT VALLEY COLD CHAIN LOGISTICS LIMITED .................... DEFENDANT
# CONSENT ORDER
UPON the letter of consent dated 10th March 2026 signed by M/s Wanjiru & Otieno Advocates for the Plaintiff and M/s Kiprono Mutua & Company Advocates for the Defendant and filed in Court on 12th March 2026;
AND UPON READING the Plaint dated 14th July 2025 and the Defence and Counterclaim dated 2nd September 2025;
AND the parties having agreed to refer their dispute to Court Annexed Mediation;
BY CONSENT IT IS HEREBY ORDERED THAT:
1. All further proceedings in this suit, including the counterclaim, be and are hereby stayed for a period of ninety (90) days from the date of this Order to enable the parties to pursue mediation.
2. The suit be and is hereby referred to Court Annexed Mediation, and the Deputy Registrar shall appoint a mediator from the Mediation Accreditation Committee's list within fourteen (14) days.
3. The Defendant shall, within thirty (30) days of the date of this Order, deposit the sum of KES 12,500,000 in a joint interest-earning account in the names of the advocates for both parties, as security pending the outcome of the mediation.
4. The interim injunction granted on 5th August 2025 shall remain in force during the period of the stay.
5. The matter shall be mentioned before the Deputy Registrar on 23rd June 2026 to confirm the outcome of the mediation.
6. Costs shall be in the cause.
GIVEN under my hand and the Seal of this Honourable Court at Nairobi this 17th day of March, 2026.
DEPUTY REGISTRAR
HIGH COURT OF KENYA, NAIROBI`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Savannah Agro-Processors Limited", "Rift Valley Cold Chain Logistics Limited"],
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v31-disputes-california-settlement-and-release",
    format: "pdf",
    pageFooters: true,
    source: `# CONFIDENTIAL SETTLEMENT AGREEMENT AND GENERAL RELEASE
This Confidential Settlement Agreement and General Release (the “Agreement”) is entered into as of May 18, 2026 (the “Effective Date”) by and between Marisol Reyes, an individual residing in Alameda County, California (“Employee”), and Bright Harbor Logistics, LLC, a California limited liability company (the “Company”).
# RECITALS
A. Employee was employed by the Company from February 4, 2019 until her employment ended on November 21, 2025.
B. On January 9, 2026, Employee filed a civil action against the Company in the Superior Court of California, County of Alameda, Case No. 26CV004418 (the “Action”), alleging wrongful termination and violations of the California Labor Code.
C. The Company denies all of the allegations in the Action. Employee and the Company wish to resolve the Action and all related matters fully and finally.
# AGREEMENT
1. Settlement Payment. The Company shall pay Employee the gross sum of One Hundred Forty-Two Thousand Five Hundred Dollars ($142,500.00) within ten (10) business days after the later of the Effective Date and the Company’s receipt of Employee’s completed IRS Form W-9.
2. Dismissal. Within five (5) business days after receipt of the settlement payment, Employee shall file a request for dismissal of the Action with prejudice.
3. General Release. Employee releases the Company and its members, managers, officers and employees from all claims, known or unknown, arising on or before the date Employee signs this Agreement, including claims under the California Fair Employment and Housing Act and the California Labor Code, except claims that cannot be released as a matter of law.
4. Waiver of Civil Code Section 1542. Employee expressly waives the benefit of California Civil Code Section 1542, which provides: “A GENERAL RELEASE DOES NOT EXTEND TO CLAIMS THAT THE CREDITOR OR RELEASING PARTY DOES NOT KNOW OR SUSPECT TO EXIST IN HIS OR HER FAVOR AT THE TIME OF EXECUTING THE RELEASE AND THAT, IF KNOWN BY HIM OR HER, WOULD HAVE MATERIALLY AFFECTED HIS OR HER SETTLEMENT WITH THE DEBTOR OR RELEASED PARTY.”
===
5. Confidentiality. Employee shall keep the amount of the settlement payment confidential. Nothing in this Agreement prevents Employee from discussing or disclosing information about unlawful acts in the workplace, as provided by California Government Code Section 12964.5.
6. Mutual Non-Disparagement. For a period of two (2) years following the Effective Date, Employee shall not disparage the Company, and the Company shall instruct its officers not to disparage Employee.
7. No Admission. This Agreement is a compromise of disputed claims and is not an admission of liability by the Company.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California.
9. Entire Agreement. This Agreement is the entire agreement between the parties regarding its subject matter and may be signed in counterparts and by electronic signature.
10. Advice of Counsel. Employee acknowledges that she has been represented by counsel of her choice in the negotiation of this Agreement.
EMPLOYEE
______________________ Marisol Reyes Date: May 15, 2026
BRIGHT HARBOR LOGISTICS, LLC
By: ______________________ Name: Gregory Tan Title: Chief People Officer Date: May 18, 2026
APPROVED AS TO FORM: Lawrence & Patel LLP, attorneys for Employee`,
    truth: {
      title: "Confidential Settlement Agreement and General Release",
      documentType: "Settlement agreement",
      parties: ["Marisol Reyes", "Bright Harbor Logistics, LLC"],
      governingLaw: "California",
      effectiveDate: "2026-05-18",
    },
  },
];
