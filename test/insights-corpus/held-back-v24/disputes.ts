import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, notices, variations). */
export const DISPUTES_V24: UnseenDocument[] = [
  {
    id: "v24-disputes-leeds-housings-settlement",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) HARROWGATE COMPONENTS LIMITED incorporated and registered in England and Wales with company number 04417829 whose registered office is at Unit 7, Calder Park, Wakefield WF2 7AA ("Harrowgate").
(2) VELDEN PRECISION ENGINEERING LTD incorporated and registered in England and Wales with company number 09982014 whose registered office is at 41 Tame Street, Birmingham B6 4RE ("Velden").
(3) VELDEN HOLDINGS GMBH a company incorporated in Germany and registered in the commercial register of the Local Court of Stuttgart under HRB 771203 whose registered office is at Industriestraße 12, 70565 Stuttgart (the "Guarantor").
# BACKGROUND
(A) Harrowgate and Velden are parties to a supply agreement dated 2 March 2023 (the "Supply Agreement") under which Velden agreed to supply machined aluminium housings for an initial term of three years.
(B) Disputes have arisen between Harrowgate and Velden concerning alleged defects in housings delivered between June and November 2025, and on 9 January 2026 Harrowgate issued a claim in the High Court of Justice, Business and Property Courts in Leeds, under claim number BL-2026-LDS-000031 (the "Proceedings").
(C) The parties have agreed to settle the Dispute and the Proceedings on the terms of this agreement, without any admission of liability.
# AGREED TERMS
1. Definitions. In this agreement "Business Day" means a day other than a Saturday, Sunday or public holiday in England, "Dispute" means the matters described in Recital (B) and any claim arising from them, whether or not raised in the Proceedings, and "Settlement Sum" means £185,000.
2. Payment. Velden shall pay the Settlement Sum to Harrowgate's solicitors, Pennock Hale LLP, within 21 days of the date of this agreement, by electronic transfer to the client account notified to Velden in writing.
3. Guarantee. The Guarantor guarantees to Harrowgate the punctual payment by Velden of the Settlement Sum and shall pay it on demand if Velden fails to do so.
===
4. Stay of proceedings. Within 5 Business Days after receipt of the Settlement Sum the parties shall file a consent order in the agreed form set out in the Schedule staying the Proceedings, with no order as to costs.
5. Full and final settlement. This agreement is in full and final settlement of, and each party releases and forever discharges, all and any claims which it has or may have against any other party arising out of the Dispute, whether known or unknown.
6. Termination of Supply Agreement. The Supply Agreement shall terminate on the date of this agreement, without prejudice to clauses 14 (Confidentiality) and 18 (Intellectual Property) of the Supply Agreement, which shall continue in force for a period of five years.
7. Confidentiality. The parties shall keep the terms of this agreement confidential, save as required by law or by any regulatory authority.
8. Costs. Each party shall bear its own costs of the Dispute, the Proceedings and this agreement.
9. Entire agreement. This agreement constitutes the entire agreement between the parties relating to its subject matter.
10. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
# SCHEDULE – AGREED FORM OF CONSENT ORDER
UPON the parties having agreed terms of settlement
BY CONSENT IT IS ORDERED THAT: 1. All further proceedings in this claim be stayed, save for the purpose of carrying such terms into effect. 2. There be no order as to costs.
===
Signed by Alison Marsh, director, for and on behalf of HARROWGATE COMPONENTS LIMITED
Signed by Rajinder Bassi, director, for and on behalf of VELDEN PRECISION ENGINEERING LTD
Signed by Dr Katrin Vogel, Geschäftsführerin, for and on behalf of VELDEN HOLDINGS GMBH`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Harrowgate Components Limited", "Velden Precision Engineering Ltd", "Velden Holdings GmbH"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v24-disputes-equipment-lease-tolling",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date") by and between the party identified as "Lessor Party" and the party identified as "Lessee Party" in the signature blocks below (each, a "Party" and together, the "Parties").
# RECITALS
WHEREAS, the Parties are parties to a Master Equipment Lease dated June 1, 2021, which provided for a base term of sixty (60) months and is governed by the laws of the State of Delaware (the "Lease");
WHEREAS, the Lessor Party contends that the Lessee Party failed to return certain refrigeration equipment in the condition required by the Lease, and the Lessee Party disputes that contention and asserts offsetting claims (together, the "Claims");
WHEREAS, the Parties wish to continue settlement discussions without either Party having to commence litigation to protect its rights;
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the Parties agree as follows:
1. Tolling Period. The running of any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims shall be tolled for a period of six (6) months commencing on the Effective Date and ending on September 2, 2026 (as extended under Section 2, the "Tolling Period").
2. Automatic Extension. Unless either Party delivers written notice of termination to the other Party at least fifteen (15) days before the end of the then-current Tolling Period, the Tolling Period shall automatically extend for successive periods of three (3) months each.
3. Standstill. During the Tolling Period, neither Party shall commence any action or proceeding against the other Party relating to the Claims, except to seek emergency injunctive relief.
4. No Revival. Nothing in this Agreement shall revive any Claim that was time-barred as of the Effective Date.
5. No Admission. This Agreement is not an admission of liability or of the validity of any Claim or defense.
6. Confidentiality. Settlement communications exchanged during the Tolling Period are subject to Rule 408 of the Federal Rules of Evidence and shall be kept confidential for two (2) years after the Tolling Period ends.
===
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| LESSOR PARTY: | LESSEE PARTY: |
| HUDSON RIVER CAPITAL EQUIPMENT FINANCE LLC | PALISADE COLD STORAGE, INC. |
| By: /s/ Marisa Delgado | By: /s/ Thomas J. Whitcombe |
| Name: Marisa Delgado | Name: Thomas J. Whitcombe |
| Title: Managing Director | Title: Chief Financial Officer |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Hudson River Capital Equipment Finance LLC", "Palisade Cold Storage, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2026-09-02",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v24-disputes-harbourview-notice-of-dispute",
    format: "txt",
    source: `COASTLINE CIVIL PTY LTD
ABN 47 612 908 331
Level 3, 88 Hunter Street, Newcastle NSW 2300
17 March 2026
BY EMAIL AND REGISTERED POST
Meridian Developments (NSW) Pty Limited
Suite 1402, 1 Bligh Street
Sydney NSW 2000
Attention: Mr Daniel Okafor, Project Director
Our ref: CC-HV2/0412
Your ref: MD/HV2/CON/88
# NOTICE OF DISPUTE
Project: Harbourview Stage 2 Civil and Stormwater Works – Contract No. HV2-C03 dated 4 August 2024 (the Contract)
Dear Mr Okafor,
We refer to the Contract, to the Superintendent's assessment of Payment Claim No. 17 issued on 24 February 2026, and to our letters dated 12 February 2026 and 3 March 2026.
Pursuant to clause 42.1 of the Contract, we give you notice that a dispute has arisen between Coastline Civil Pty Ltd (the Contractor) and Meridian Developments (NSW) Pty Limited (the Principal) in connection with the Contract.
The dispute concerns:
| Item | Matter in dispute | Amount claimed (excl. GST) |
| 1 | Rejection of Variation Claim V-31 (rock excavation below RL 2.4) | $412,650.00 |
| 2 | Liquidated damages deducted for the period 9 to 30 January 2026 | $88,000.00 |
| 3 | Refusal of extension of time claim EOT-14 (21 days for wet weather) | Time only |
We also dispute the Superintendent's direction of 5 March 2026 that the 12-month Defects Liability Period for Separable Portion A recommence on completion of rectification works.
The Contractor requires the Principal to confer within 14 days after receiving this notice, as required by clause 42.2, with a view to resolving the dispute. If the dispute is not resolved within 28 days after service of this notice, we reserve the right to refer it to expert determination or arbitration under clause 42.3.
This notice is given without prejudice to the Contractor's rights under the Building and Construction Industry Security of Payment Act 1999 (NSW), including any right to make an adjudication application.
Yours faithfully,
Priya Raman
Commercial Manager
for and on behalf of Coastline Civil Pty Ltd
cc: Superintendent – Halvorsen Project Advisory Pty Ltd`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Coastline Civil Pty Ltd", "Meridian Developments (NSW) Pty Limited"],
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v24-disputes-mercat-house-minute-of-agreement",
    format: "docx",
    source: `# MINUTE OF AGREEMENT
between
CALEDON ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC204518) and having its Registered Office at 160 West George Street, Glasgow G2 2HQ (the "Landlord")
and
BRAEMORE & KINNAIRD LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO301977) and having its Registered Office at 22 Albyn Place, Aberdeen AB10 1YL (the "Tenant")
# CONSIDERING THAT:
(One) By Lease between the Landlord and the Tenant dated 12 and 19 June 2014 and registered in the Books of Council and Session on 2 July 2014 (the "Lease"), the Landlord let to the Tenant the second and third floors of the building known as Mercat House, 9 Bon Accord Street, Aberdeen for a period of ten years from and after 28 May 2014;
(Two) The Lease continued by tacit relocation after its expiry and was brought to an end on 28 May 2025 by notice to quit served by the Tenant;
(Three) The Landlord served a schedule of dilapidations on the Tenant on 14 August 2025 claiming £236,400, and also claims arrears of rent and service charge, all of which the Tenant disputes (together, the "Claims");
(Four) The parties have agreed to settle the Claims on the terms of this Minute of Agreement:
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. This Minute of Agreement shall have effect from the date on which it has been signed by both parties (the "Effective Date").
2. The Tenant shall pay to the Landlord the sum of ONE HUNDRED AND FORTY THOUSAND POUNDS (£140,000) STERLING within fourteen days after the Effective Date, in full and final settlement of the Claims.
3. On receipt of that sum, the Landlord accepts the same in full and final settlement of the Claims and discharges the Tenant of all obligations under the Lease, whether arising before or after its termination.
4. The Landlord shall, within ten working days after the Effective Date, repay the rent deposit of £32,000 held under the Rent Deposit Agreement dated 19 June 2014, together with accrued interest.
5. Neither party shall make any statement disparaging the other in relation to the Claims for a period of three years from the Effective Date.
6. Each party shall bear its own legal and surveyors' expenses.
7. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
8. The parties consent to the registration of this Minute of Agreement for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
===
They are subscribed for and on behalf of the said CALEDON ESTATES LIMITED at Glasgow on the Nineteenth day of May Two Thousand and Twenty-Six by Fiona Gillies, Director, before this witness Mark Dunlop, Solicitor, 160 West George Street, Glasgow
They are subscribed for and on behalf of the said BRAEMORE & KINNAIRD LLP at Aberdeen on the Twenty-First day of May Two Thousand and Twenty-Six by Iain Kinnaird, Member, before this witness Lorna Reid, Secretary, 22 Albyn Place, Aberdeen`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Caledon Estates Limited", "Braemore & Kinnaird LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-21",
    },
  },
  {
    id: "v24-disputes-vessel-management-deed-of-release",
    format: "pdf",
    pageFooters: true,
    source: `DATED this 9th day of February 2026
(1) LUMEN MARINE SERVICES PTE. LTD.
(2) ORCHID BAY LOGISTICS PTE. LTD.
(3) TAN WEI MING
# DEED OF SETTLEMENT AND RELEASE
in respect of HC/OC 417/2025
Rajaratnam Loh LLC
80 Robinson Road #17-02 Singapore 068898
===
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) LUMEN MARINE SERVICES PTE. LTD. (UEN 201114572K), a company incorporated in Singapore with its registered office at 10 Pandan Crescent #04-11, Singapore 128466 ("Lumen");
(2) ORCHID BAY LOGISTICS PTE. LTD. (UEN 201807733N), a company incorporated in Singapore with its registered office at 21 Tuas Avenue 13, Singapore 638988 ("Orchid Bay"); and
(3) TAN WEI MING (NRIC No. S7712345D) of 38 Jalan Kembangan, Singapore 419123 ("Mr Tan"),
(each a "Party" and together the "Parties").
WHEREAS:
(A) By a Vessel Management Agreement dated 1 October 2022, Lumen agreed to provide crew and technical management services to Orchid Bay for a term of 3 years. Mr Tan, a director of Orchid Bay, guaranteed Orchid Bay's obligations under it by a personal guarantee of the same date (the "Guarantee").
(B) Lumen commenced HC/OC 417/2025 in the General Division of the High Court of the Republic of Singapore (the "Suit") claiming S$1,264,300 in unpaid management fees, and Orchid Bay has counterclaimed for breach of contract (the "Counterclaim").
(C) The Parties have agreed to settle the Suit, the Counterclaim and all claims between them on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Settlement Sum. Orchid Bay shall pay Lumen S$780,000 (the "Settlement Sum") in six (6) equal monthly instalments of S$130,000, the first on or before 2 March 2026 and each subsequent instalment on the 2nd day of each following month.
2. Default. If any instalment is not paid within seven (7) days of its due date, the sum of S$1,264,300 less all instalments paid shall immediately become due, and Lumen may enter judgment in the Suit for that sum by consent.
3. Discontinuance. Within seven (7) days after the date of this Deed, the Parties shall file notices of discontinuance of the Suit and the Counterclaim, with no order as to costs.
4. Release. Upon payment of the Settlement Sum in full, each Party releases and forever discharges each other Party from all claims arising out of or in connection with the Vessel Management Agreement, the Guarantee, the Suit or the Counterclaim, whether known or unknown.
5. Non-disparagement. No Party shall make any disparaging statement about another Party for a period of two (2) years from the date of this Deed.
6. Confidentiality. The terms of this Deed are confidential, and this obligation shall survive payment of the Settlement Sum.
7. Third parties. A person who is not a Party has no right under the Contracts (Rights of Third Parties) Act 1953 to enforce any term of this Deed.
8. Governing law. This Deed shall be governed by and construed in accordance with the laws of Singapore, and the Parties submit to the exclusive jurisdiction of the courts of Singapore.
===
IN WITNESS WHEREOF this Deed has been executed and delivered as a deed on the date first written above.
| The Common Seal of LUMEN MARINE SERVICES PTE. LTD. was affixed in the presence of: | Director: Goh Seng Kiat / Secretary: Angela Pereira |
| Executed as a deed by ORCHID BAY LOGISTICS PTE. LTD. in accordance with section 41B of the Companies Act 1967 | Director: Tan Wei Ming / Director: Lim Hui Shan |
| Signed, sealed and delivered by TAN WEI MING in the presence of: | Witness: Farah Iskandar, Advocate & Solicitor |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Lumen Marine Services Pte. Ltd.", "Orchid Bay Logistics Pte. Ltd.", "Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v24-disputes-liffeyside-standstill",
    format: "docx",
    storedPageCount: 3,
    source: `# STANDSTILL AGREEMENT
# KEY DETAILS
| Date of this Agreement | 28 May 2026 |
| Agent | Ardmore Bank DAC (registered in Ireland under number 481207, registered office 2 Grand Canal Square, Dublin 2), acting as agent and security trustee for the Finance Parties |
| Borrower | Liffeyside Hotels DAC (registered in Ireland under number 612944, registered office Quay House, Ormond Quay Upper, Dublin 7) |
| Guarantor | Declan Furlong of Ardeevin, Vico Road, Dalkey, County Dublin |
| Facility Agreement | the €42,000,000 term facility agreement dated 14 October 2021 between the Borrower and the Agent, with a final maturity date falling five years after its date |
| Commencement Date | 1 June 2026 |
| Standstill Period | the period from the Commencement Date to and including 30 November 2026 |
| Governing law | Irish law |
This Agreement is made on the Date of this Agreement between the Agent, the Borrower and the Guarantor named in the Key Details (the "Parties"). Capitalised terms used but not defined in this Agreement have the meanings given in the Key Details or the Facility Agreement.
===
# 1. BACKGROUND
1.1 Events of Default have occurred under clause 24.2 (Financial covenants) and clause 24.6 (Creditors' process) of the Facility Agreement, in respect of which the Agent issued a reservation of rights letter dated 3 April 2026 (the "Specified Defaults").
1.2 The Borrower has asked the Finance Parties to refrain from enforcement while it pursues a sale of the Ormond Quay hotel, and the Agent, acting on the instructions of the Majority Lenders, has agreed to do so on the terms set out below.
# 2. STANDSTILL
2.1 During the Standstill Period, the Agent shall not accelerate the Loans, make demand under the guarantee given by the Guarantor, appoint a receiver or take any other enforcement action in respect of the Specified Defaults.
2.2 The Standstill Period shall end early if it is terminated under clause 4.2. The Agent may, in its absolute discretion, extend the Standstill Period by written notice to the Borrower, but is under no obligation to do so.
# 3. UNDERTAKINGS
3.1 The Borrower shall deliver to the Agent monthly management accounts within 20 days after the end of each month and an updated 13-week cash-flow forecast every week.
3.2 The Borrower shall appoint an independent sale adviser approved by the Agent within 10 Business Days after the Commencement Date, and shall procure that binding heads of terms for the sale are signed by 30 September 2026.
# 4. TERMINATION EVENTS
4.1 Each of the following is a Termination Event: (a) any Event of Default other than a Specified Default; (b) a breach of clause 3 not remedied within 5 Business Days; (c) any creditor taking steps to wind up the Borrower or to appoint an examiner to it.
4.2 On the occurrence of a Termination Event the Agent may, by notice to the Borrower, terminate the Standstill Period with immediate effect.
# 5. RESERVATION OF RIGHTS
5.1 Nothing in this Agreement waives the Specified Defaults, and default interest shall continue to accrue at 2 per cent. per annum above the rate otherwise applicable under the Facility Agreement.
===
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by Irish law, and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of ARDMORE BANK DAC as Agent: Ciara Moynihan, Authorised Signatory
Signed for and on behalf of LIFFEYSIDE HOTELS DAC: Paul Hennessy, Director
Signed by DECLAN FURLONG in the presence of: Niamh Carroll, Solicitor`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Ardmore Bank DAC", "Liffeyside Hotels DAC", "Declan Furlong"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v24-disputes-gorey-boatyard-deed-of-variation",
    format: "pdf",
    pdfMargin: 90,
    source: `# DEED OF VARIATION
relating to a Settlement Agreement dated 3 December 2025
THIS DEED OF VARIATION is made on 24 June 2026
BETWEEN:
(1) ST AUBIN MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 118452, whose registered office is at 44 Esplanade, St Helier, Jersey JE2 3QB (“SAMH”); and
(2) BELLOZANNE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 96310, whose registered office is at 9 Bond Street, St Helier, Jersey JE2 3NP, in its capacity as trustee of the Le Marquand Family Settlement (the “Trustee”).
WHEREAS:
(A) SAMH and the Trustee entered into a settlement agreement dated 3 December 2025 (the “Settlement Agreement”) to resolve proceedings in the Royal Court of Jersey concerning the sale of the shares in Gorey Boatyard Limited.
(B) Under clause 3 of the Settlement Agreement the Trustee agreed to accept payment of deferred consideration of £2,400,000 in instalments over a period of eighteen (18) months from 3 December 2025 (the “Deferred Payment Period”).
(C) SAMH has requested, and the Trustee has agreed, that the Deferred Payment Period and the instalment schedule be varied as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. This Deed shall take effect on 1 July 2026 (the “Variation Date”). Words defined in the Settlement Agreement have the same meanings in this Deed.
2. With effect from the Variation Date, the Settlement Agreement shall be varied as follows:
(a) in clause 3.1, the words “eighteen (18) months” shall be deleted and replaced with “twenty-four (24) months”;
(b) the table of outstanding instalments in Schedule 2 shall be deleted and replaced with the following table:
| Instalment | Due date | Amount |
| 4 | 3 September 2026 | £300,000 |
| 5 | 3 March 2027 | £350,000 |
| 6 | 3 December 2027 | £550,000 |
(c) a new clause 3.6 shall be inserted: “Interest shall accrue on any unpaid deferred consideration at 4 per cent per annum above the Bank of England base rate from the Variation Date.”
3. SAMH shall pay the Trustee’s legal costs of this Deed, up to £12,500, within 30 days of the date of this Deed.
4. Save as varied by this Deed, the Settlement Agreement shall remain in full force and effect, and the Settlement Agreement and this Deed shall be read and construed as one document.
5. This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the law of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS WHEREOF this Deed has been executed as a deed and delivered on the date first written above.
===
Executed as a deed by ST AUBIN MARINE HOLDINGS LIMITED acting by two directors: Philippe Renouf / Sarah Le Cornu
Executed as a deed by BELLOZANNE TRUSTEES LIMITED in its capacity as trustee of the Le Marquand Family Settlement, acting by its authorised signatories: Graham Vibert / Helen Falle`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["St Aubin Marine Holdings Limited", "Bellozanne Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-07-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v24-disputes-nairobi-invoice-settlement-letter",
    format: "txt",
    source: `ATHI RIVER AGRO-PROCESSORS LIMITED
Plot 209/8841, Mombasa Road, Athi River
P.O. Box 46210-00100, Nairobi, Kenya
Tel: +254 20 555 0193 | legal@athiriveragro.co.ke
Our Ref: ARA/LEG/2026/014
6th March 2026
The Managing Director
Rift Valley Packaging Company Limited
L.R. No. 12/554, Industrial Area
P.O. Box 7731-20100, Nakuru
Dear Sir,
# FULL AND FINAL SETTLEMENT OF DISPUTED INVOICES
We refer to the Supply Contract between our companies dated 1st July 2023 (Ref. RVP/SC/2023/07) for the supply of corrugated cartons for a period of twenty-four (24) months, to your demand letter dated 14th January 2026 and to our reply dated 2nd February 2026, in which we disputed invoices numbered RVP/4410 to RVP/4436 on the grounds of short delivery and sub-standard board grade.
Following the meeting between our respective teams at our offices on 26th February 2026, we write to record the terms on which the dispute is settled:
1. Of the total invoiced sum of KES 9,842,500, we shall pay KES 6,900,000 (the "Settlement Amount") in full and final settlement of all claims under the disputed invoices.
2. The Settlement Amount shall be paid in three (3) instalments of KES 2,300,000 each on or before 31st March 2026, 30th April 2026 and 29th May 2026, by RTGS to your account at Equity Bank (Kenya) Limited, Nakuru Branch.
3. You shall issue a credit note for KES 2,942,500 within seven (7) days after the date of your countersignature, and shall withdraw the statutory demand served on us on 20th February 2026.
4. Upon payment of the Settlement Amount, each of our companies releases the other from all claims arising from the disputed invoices. Neither party admits liability.
5. The terms of this letter are confidential, save for disclosure to auditors and to the Kenya Revenue Authority.
6. This letter agreement shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall be referred to arbitration in Nairobi under the Arbitration Act, 1995.
Kindly confirm your acceptance of these terms by signing and returning the duplicate of this letter.
Yours faithfully,
For and on behalf of ATHI RIVER AGRO-PROCESSORS LIMITED
Wanjiru Kamau
Group Legal Counsel
ACCEPTED AND AGREED for and on behalf of RIFT VALLEY PACKAGING COMPANY LIMITED
Name: Joseph Kiprono Langat, Managing Director
Date: 11th March 2026`,
    truth: {
      title: "Full and Final Settlement of Disputed Invoices",
      documentType: "Settlement agreement",
      parties: ["Athi River Agro-Processors Limited", "Rift Valley Packaging Company Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-06",
    },
  },
];
