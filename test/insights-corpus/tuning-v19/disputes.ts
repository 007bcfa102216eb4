import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: disputes and their settlement — deeds of release, tolling and standstill agreements, notices, variations, engagement and offer letters. */
export const DISPUTES_V19: UnseenDocument[] = [
  {
    id: "v19-disputes-deed-of-release-birmingham",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF RELEASE
THIS DEED is made on the 14th day of January 2026
BETWEEN:
(1) ASHWORTH PRECISION ENGINEERING LIMITED, a company incorporated in Northern Ireland with company number NI612345, whose registered office is at Unit 4, Duncrue Industrial Park, Belfast BT3 9BP (“Ashworth”);
(2) CORVEL AUTOMOTIVE SYSTEMS LIMITED, a company incorporated in England and Wales with company number 07891234, whose registered office is at 2 Brindley Place, Birmingham B1 2JB (“Corvel”); and
(3) CORVEL GROUP HOLDINGS PLC, a company incorporated in England and Wales with company number 08912345, whose registered office is at 2 Brindley Place, Birmingham B1 2JB (the “Guarantor”).
# BACKGROUND
(A) Ashworth supplied machined brake calliper housings to Corvel under a supply agreement dated 2 March 2022 (the “Supply Agreement”), which had an initial term of four (4) years, was governed by the laws of Northern Ireland and was terminated by Corvel on 30 June 2025. The Guarantor guaranteed Corvel’s payment obligations under the Supply Agreement by a parent company guarantee dated 2 March 2022 (the “Guarantee”).
(B) Disputes have arisen between Ashworth and Corvel concerning invoices unpaid at termination and Corvel’s allegation that parts delivered in 2024 were defective (together, the “Dispute”). Ashworth has issued proceedings in the Business and Property Courts in Birmingham under claim number BL-2025-BHM-000187 (the “Proceedings”).
(C) The parties have agreed to settle the Dispute and the Proceedings in full and final settlement on the terms of this Deed.
# 1. INTERPRETATION
1.1 “Settlement Sum” means £385,000 inclusive of interest and costs.
1.2 “Payment Date” means the date falling fourteen (14) days after the date of this Deed.
# 2. PAYMENT
2.1 Corvel shall pay the Settlement Sum on or before the Payment Date to the client account of Harland Legal LLP, Ashworth’s solicitors, whose receipt shall be a good discharge.
2.2 The Guarantor guarantees to Ashworth the punctual payment of the Settlement Sum.
# 3. RELEASE
3.1 Subject to receipt of the Settlement Sum in cleared funds, Ashworth releases and forever discharges Corvel and the Guarantor from all claims, whether known or unknown, arising out of or in connection with the Supply Agreement, the Guarantee, the Dispute or the Proceedings, and the Guarantee is released and discharged.
3.2 Corvel releases and forever discharges Ashworth from all claims arising out of or in connection with the Supply Agreement or the Dispute, including any claim under the twenty-four (24) month warranty given in clause 12 of the Supply Agreement.
# 4. PROCEEDINGS
Within five (5) Business Days after receipt of the Settlement Sum, Ashworth shall file a notice of discontinuance of the Proceedings, with no order as to costs.
# 5. CONFIDENTIALITY AND NO ADMISSION
5.1 The parties shall keep the terms of this Deed confidential for a period of three (3) years after the date of this Deed, save as required by law or to their professional advisers.
5.2 This Deed is entered into without any admission of liability by any party.
# 6. GOVERNING LAW AND JURISDICTION
This Deed and any dispute or claim (including any non-contractual dispute or claim) arising out of or in connection with it are governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.
This document is executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
===
# EXECUTION
Executed as a deed by ASHWORTH PRECISION ENGINEERING LIMITED acting by Siobhan McAllister, a director, in the presence of: Witness: Conor Doherty, Solicitor, 12 Bedford Street, Belfast BT2 7FD
Executed as a deed by CORVEL AUTOMOTIVE SYSTEMS LIMITED acting by Richard Ellerby, a director, in the presence of: Witness: Hannah Price, 40 Colmore Row, Birmingham B3 2BJ
Executed as a deed by CORVEL GROUP HOLDINGS PLC acting by two directors: Richard Ellerby and Amrita Sandhu`,
    truth: {
      title: "Deed of Release",
      documentType: "Settlement agreement",
      parties: ["Ashworth Precision Engineering Limited", "Corvel Automotive Systems Limited", "Corvel Group Holdings PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-01-14",
    },
  },
  {
    id: "v19-disputes-tolling-agreement-new-york",
    format: "pdf",
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 24, 2026, and is effective as of April 1, 2026 (the “Effective Date”), by and between Brightwater Capital Partners, LLC, a Delaware limited liability company with offices at 450 Lexington Avenue, Suite 2200, New York, New York 10017 (“Brightwater”), and Halvorsen & Pike Advisory Group, Inc., a New York corporation with offices at 11 Hanover Square, New York, New York 10005 (“H&P”). Brightwater and H&P are each referred to as a “Party” and together as the “Parties.”
# RECITALS
WHEREAS, H&P provided valuation and transaction advisory services to Brightwater under an engagement letter dated June 5, 2020 in connection with the acquisition by Brightwater Opportunity Fund II, L.P. (the “Fund”) of Lakeshore Cold Storage Holdings, Inc.;
WHEREAS, Brightwater contends that it has claims against H&P arising out of those services, including claims for professional negligence and breach of contract (the “Claims”), and H&P denies the Claims;
WHEREAS, the Parties wish to explore a resolution of the Claims without litigation and to preserve their respective positions with respect to any statute of limitations, statute of repose or other time-based defense;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling Period. Any statute of limitations, statute of repose, laches defense or other time-related defense applicable to the Claims shall be tolled during the period from April 1, 2026 through and including September 30, 2026 (the “Tolling Period”).
2. Automatic Extension. Unless either Party delivers written notice of termination to the other Party at least fifteen (15) days before the end of the then-current Tolling Period, the Tolling Period shall automatically be extended for successive periods of three (3) months each, and this Agreement shall remain in effect during each such extension.
3. Forbearance. During the Tolling Period, Brightwater shall not commence any action, arbitration or other proceeding against H&P asserting any of the Claims. Nothing herein shall prevent Brightwater from commencing such a proceeding after the Tolling Period ends.
4. No Revival. This Agreement shall not revive any Claim that was time-barred as of the Effective Date. H&P contends that certain Claims are subject to a three (3) year limitations period that began to run on or about July 30, 2023, and Brightwater disputes that contention.
5. No Admission. This Agreement is not an admission of liability or of the validity of any Claim or defense, and shall be inadmissible for any purpose other than its enforcement.
6. Parties Bound. Brightwater enters into this Agreement solely on its own behalf. The Fund is not a party to this Agreement, and any claims the Fund may have are not tolled by it.
7. Confidentiality. The existence and terms of this Agreement shall be kept confidential, except as required by law or to the Parties’ insurers, auditors and counsel.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
9. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first written above.
BRIGHTWATER CAPITAL PARTNERS, LLC
By: /s/ Marcus J. Whitfield
Name: Marcus J. Whitfield | Title: Managing Member
HALVORSEN & PIKE ADVISORY GROUP, INC.
By: /s/ Eleanor Pike
Name: Eleanor Pike | Title: General Counsel`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Capital Partners, LLC", "Halvorsen & Pike Advisory Group, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2026-09-30",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v19-disputes-standstill-singapore",
    format: "docx",
    storedPageCount: 3,
    source: `# STANDSTILL AGREEMENT
dated 30 January 2026
between
STRAITS MERIDIAN BANK LTD
as Agent
KALLANG OFFSHORE PTE. LTD.
as Borrower
and
KALLANG MARINE HOLDINGS PTE. LTD.
as Parent
relating to a US$145,000,000 term loan facility agreement dated 18 March 2021
===
THIS AGREEMENT is dated 30 January 2026 and made between:
(1) STRAITS MERIDIAN BANK LTD (Company Registration No. 199801234K), acting through its office at 8 Marina View, #30-01, Singapore 018960, in its capacity as facility agent for the Lenders under the Facility Agreement (the “Agent”);
(2) KALLANG OFFSHORE PTE. LTD. (UEN 201512345W), whose registered office is at 21 Tuas South Avenue 7, Singapore 637321 (the “Borrower”); and
(3) KALLANG MARINE HOLDINGS PTE. LTD. (UEN 200912345R), whose registered office is at 21 Tuas South Avenue 7, Singapore 637321 (the “Parent”).
# BACKGROUND
(A) Certain banks and financial institutions (the “Lenders”) made available to the Borrower a term loan facility under a facility agreement dated 18 March 2021 (the “Facility Agreement”) with a final maturity date falling five (5) years after the first utilisation date, and the Parent guaranteed the Borrower’s obligations by a guarantee of the same date (the “Guarantee”).
(B) The Borrower did not pay the instalment due on 18 December 2025 and the Agent served a notice of default dated 5 January 2026. The Borrower and the Parent dispute that part of the amount demanded is due.
(C) The Agent, acting on the instructions of the Majority Lenders, has agreed to refrain from enforcement for a limited period on the terms of this Agreement. The Lenders are not parties to this Agreement.
# 1. DEFINITIONS
“Commencement Date” means 2 February 2026.
“Standstill Period” means a period of four (4) months starting on the Commencement Date and ending at 11.59 p.m. (Singapore time) on 1 June 2026, unless terminated earlier under Clause 5.
“Restructuring Proposal” means a proposal for the restructuring of the Borrower’s indebtedness, to be delivered to the Agent no later than six (6) weeks after the Commencement Date.
# 2. STANDSTILL
During the Standstill Period the Agent shall not accelerate the Loans, make any demand under the Guarantee, or commence any proceedings, winding up application or judicial management application against the Borrower or the Parent.
# 3. INTEREST
Interest continues to accrue under the Facility Agreement on the basis of Interest Periods of three (3) months, but default interest is waived for the Standstill Period.
# 4. UNDERTAKINGS
The Borrower and the Parent shall deliver weekly thirteen-week cash flow forecasts, shall not dispose of any vessel, and shall not permit any charter to be extended beyond twelve (12) months without the Agent’s consent.
# 5. TERMINATION
The Standstill Period ends early if an Event of Default other than the Specified Default occurs or the Restructuring Proposal is not delivered on time. It will not be extended except by written agreement signed by the Agent on the instructions of all the Lenders.
# 6. GOVERNING LAW AND JURISDICTION
The Facility Agreement and the Guarantee remain governed by English law. This Agreement and any non-contractual obligations arising out of or in connection with it are governed by Singapore law, and the courts of Singapore have exclusive jurisdiction.
===
# EXECUTION
| Agent | STRAITS MERIDIAN BANK LTD | By: Tan Wei Ling, Director, Loan Agency |
| Borrower | KALLANG OFFSHORE PTE. LTD. | By: Rajesh Kumar s/o Pillai, Director |
| Parent | KALLANG MARINE HOLDINGS PTE. LTD. | By: Lim Boon Keng, Director |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Straits Meridian Bank Ltd", "Kallang Offshore Pte. Ltd.", "Kallang Marine Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2026-06-01",
      term: "4 months",
    },
  },
  {
    id: "v19-disputes-notice-of-dissatisfaction-kenya",
    format: "txt",
    source: `MWANGAZA BUILDERS LIMITED
P.O. Box 48213-00100, Mombasa Road, Nairobi, Kenya | Tel: +254 20 555 0142
Our Ref: MBL/KCW/2026/017
Date: 23/03/2026
BY HAND AND BY EMAIL
The Managing Director
Kilifi County Water and Sanitation Company Limited
P.O. Box 80108, Kilifi, Kenya
Copy to: The Engineer, Tana Consulting Engineers, P.O. Box 30512-00100, Nairobi
# NOTICE OF DISSATISFACTION
Contract No. KCWSC/T/04/2024 for the Construction of the Baricho–Kilifi Bulk Water Transmission Main (the “Contract”)
We refer to the Contract dated 14th August 2024 between Kilifi County Water and Sanitation Company Limited (the “Employer”) and ourselves as Contractor, which incorporates the FIDIC Conditions of Contract for Construction (2017 edition) as amended by the Particular Conditions and is governed by the laws of Kenya.
We refer also to the Engineer’s determination dated 2nd February 2026 under Sub-Clause 3.7 in respect of our Claim No. 9, by which the Engineer allowed an extension of time of 41 days against the 126 days claimed and rejected our claim for additional costs of KES 184,650,000 arising from the late handover of the wayleave between chainage 12+400 and 19+750.
Pursuant to Sub-Clause 3.7.5 of the Conditions of Contract, we hereby give notice that we are dissatisfied with the Engineer’s determination in its entirety. This notice is given within twenty-eight (28) days after our receipt of the determination on 24th February 2026.
The reasons for our dissatisfaction are: (a) the Engineer failed to take account of the Employer’s letter of 3rd June 2025 confirming that the wayleave would not be available until 30th September 2025; and (b) the Engineer applied the wrong rates to the standing time of plant and labour.
A Dispute has therefore arisen under Sub-Clause 21.4, which we intend to refer to the Dispute Avoidance/Adjudication Board, who are required to give their decision within eighty-four (84) days of the referral.
Nothing in this notice affects our entitlements in respect of any other claim, the retention monies or the Defects Notification Period of 365 days. Our letters dated 11th November 2025 and 9th January 2026 remain valid and are not withdrawn.
Yours faithfully,
For and on behalf of MWANGAZA BUILDERS LIMITED
Eng. Peter Kamau Njoroge
Contractor’s Representative`,
    truth: {
      title: "Notice of Dissatisfaction",
      documentType: "Notice",
      parties: ["Mwangaza Builders Limited", "Kilifi County Water and Sanitation Company Limited"],
      effectiveDate: "2026-03-23",
    },
  },
  {
    id: "v19-disputes-minute-of-variation-speyside",
    format: "pdf",
    pdfMargin: 84,
    source: `# MINUTE OF VARIATION
between
GLENCAIRN DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC318842) and having its Registered Office at Glencairn Distillery, Keith, Banffshire AB55 5BS (“Glencairn”)
and
FIONA MARGARET MUIR and DAVID JOHN MUIR, both residing at Braehead House, 6 Church Road, Dufftown AB55 4AR, as the trustees for the time being of the Muir Family Trust constituted by Deed of Trust dated 2 April 2008 (the “Trustees”)
CONSIDERING THAT:
(A) Glencairn and the Trustees are parties to a settlement agreement dated 9 October 2025 (the “Settlement Agreement”), by which they settled the action raised by the Trustees in the Court of Session (CA47/24) concerning the Cask Supply Agreement between them dated 3 May 2019 (the “Cask Supply Agreement”);
(B) Under Clause 3 of the Settlement Agreement, Glencairn undertook to pay to the Trustees the sum of TWO HUNDRED AND FORTY THOUSAND POUNDS (£240,000) by four equal quarterly instalments, the last of which falls due on 30 September 2026, and the first of which has been paid;
(C) Glencairn has requested, and the Trustees have agreed, that the remaining instalments be rescheduled on the terms of this Minute of Variation;
NOW THEREFORE THE PARTIES HAVE AGREED AND DO HEREBY AGREE as follows:
1. In this Minute of Variation, “Variation Date” means 1 March 2026, and words defined in the Settlement Agreement have the same meanings when used here.
2. With effect from the Variation Date, Clause 3 of the Settlement Agreement is deleted and replaced with: “3.1 Glencairn shall pay the balance of the Settlement Sum, being £180,000, by eight equal quarterly instalments of £22,500, the first on 31 March 2026 and the last on 31 December 2027.”
3. In consideration of the rescheduling, Glencairn shall pay interest at four per cent (4%) per annum on the balance outstanding from time to time, and shall not dispose of any of the casks listed in Part 2 of the Schedule to the Settlement Agreement while any instalment remains unpaid.
===
4. Save as varied by this Minute of Variation, the Settlement Agreement remains in full force and effect. Nothing in this Minute of Variation revives any claim under the Cask Supply Agreement, which remains terminated.
5. This Minute of Variation is governed by the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
6. The parties consent to the registration of this Minute of Variation and of any certificate of the amount due under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows: they are subscribed for and on behalf of Glencairn Distilling Company Limited by Alasdair Grant, Director, at Keith on the Eleventh day of February Two thousand and twenty-six before this witness Morag Innes, Solicitor, 14 Mid Street, Keith; and they are subscribed by the said Fiona Margaret Muir and David John Muir at Dufftown on the Sixteenth day of February Two thousand and twenty-six before this witness Calum Reid, Bank Manager, 2 Balvenie Street, Dufftown.
Alasdair Grant, Director ............................  Morag Innes, Witness ............................
Fiona Margaret Muir ............................  David John Muir ............................  Calum Reid, Witness ............................`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Glencairn Distilling Company Limited", "Fiona Margaret Muir", "David John Muir"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v19-disputes-engagement-letter-sydney",
    format: "docx",
    source: `CALLISTER ROWE LAWYERS
Level 19, 1 O’Connell Street, Sydney NSW 2000 | T +61 2 9555 0199 | ABN 41 612 345 678
17 April 2026
Private and confidential
Ms Priya Raman
Chief Financial Officer
Wattle Grove Homes Pty Ltd (ACN 603 112 458)
Level 3, 88 Phillip Street, Parramatta NSW 2150
Our ref: JTC:2026-0412
Dear Priya
# Letter of Engagement and Costs Agreement
Thank you for your email of 9 April 2026 asking us to act for Wattle Grove Homes Pty Ltd (Wattle Grove) in its dispute with Harbourside Constructions Pty Ltd (Harbourside) about defective works at the Rydalmere townhouse development. This letter and the enclosed Standard Terms set out the basis on which we will act, and together form a costs agreement for the purposes of the Legal Profession Uniform Law (NSW).
# Scope of services
We will: (a) review the building contract dated 14 February 2023 and the expert reports you have obtained; (b) advise on Wattle Grove’s claims, including under the statutory warranties, which for major defects run for six years from completion of the work; (c) prepare correspondence to Harbourside and its insurer; and (d) if you instruct us, commence and conduct proceedings in the Supreme Court of New South Wales, including briefing counsel. The fees of counsel we brief are disbursements and will be disclosed to you separately.
# Fees and estimate
Our professional fees are charged in six-minute units at the hourly rates set out in the Standard Terms. We estimate total legal costs to the conclusion of a final hearing at $420,000 to $560,000 (excluding GST and disbursements). We will review this estimate every three months and tell you promptly of any significant change. Invoices are payable within 30 days.
# Duration of our engagement
Our engagement starts on the date of this letter and continues until it is terminated by you or by us under clause 11 of the Standard Terms. You may terminate at any time; we may terminate on reasonable written notice, which will be at least 14 days before any hearing date.
# Governing law
This costs agreement is governed by the law of New South Wales.
# Acceptance
Please sign and return a copy of this letter. If you instruct us to continue to act after receiving it, you will be taken to have accepted it.
Yours sincerely
James Tolhurst
Partner
Callister Rowe Lawyers
===
# Acceptance
Wattle Grove Homes Pty Ltd accepts the terms of this letter and the Standard Terms.
Signed: Priya Raman, Chief Financial Officer, for and on behalf of Wattle Grove Homes Pty Ltd
Dated: 28 April 2026`,
    truth: {
      title: "Letter of Engagement and Costs Agreement",
      documentType: "Engagement letter",
      parties: ["Callister Rowe Lawyers", "Wattle Grove Homes Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-17",
      term: "Until terminated",
    },
  },
  {
    id: "v19-disputes-agreement-difc-distributor",
    format: "pdf",
    pageFooters: true,
    source: `# AGREEMENT
Date: 5th May 2026
This agreement is made between the parties whose names and details appear in the execution blocks at the end of it (each a “Party”). In this agreement, “Falcon Ridge” and “Nordlys” refer to those Parties respectively.
# Background
A. Nordlys appointed Falcon Ridge as its exclusive distributor of marine navigation systems in the United Arab Emirates, Oman and Qatar under a distribution agreement dated 12 June 2023 (the “Distribution Agreement”), which was governed by the laws of Norway and was expressed to run for five (5) years from 1 July 2023.
B. Nordlys terminated the Distribution Agreement by notice dated 20 November 2025. Falcon Ridge commenced arbitration against Nordlys under the Arbitration Rules of the Dubai International Arbitration Centre (Case No. DIAC/ARB/2025/0412) claiming damages for wrongful termination (the “Arbitration”), and Nordlys counterclaimed for unpaid invoices.
C. The Parties wish to settle the Arbitration and all related claims on the terms below.
# 1. Settlement Sum
1.1 Nordlys shall pay Falcon Ridge US$2,750,000 (the “Settlement Sum”) in three instalments: US$1,000,000 within ten (10) Business Days after the date of this agreement, and US$875,000 on each of 30 September 2026 and 31 March 2027.
1.2 The first instalment shall be paid into an escrow account with Gulf Crescent Bank PJSC, as escrow agent under a separate escrow letter, for release to Falcon Ridge on the issue of the consent award described in clause 2.
# 2. Arbitration
Within five (5) Business Days after the first instalment is paid into escrow, the Parties shall jointly ask the Tribunal to record this settlement in a consent award and to terminate the Arbitration, each Party bearing its own legal costs and one half of the costs of the Arbitration.
# 3. Release
In full and final settlement, each Party releases the other, and the other’s affiliates including Nordlys Maritime Holding AS, from all claims arising out of or in connection with the Distribution Agreement or the Arbitration, other than claims under this agreement.
# 4. Transition
4.1 Falcon Ridge may sell its remaining stock of Nordlys products for ninety (90) days after the date of this agreement.
4.2 For twelve (12) months after the date of this agreement, Falcon Ridge shall not solicit any customer listed in Annex 1 for the supply of competing navigation systems.
===
# 5. Confidentiality
The terms of this agreement are confidential. This obligation survives for three (3) years after the final instalment is paid.
# 6. Governing law and disputes
This agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre. Any dispute shall be finally resolved by arbitration under the Arbitration Rules of the Dubai International Arbitration Centre, with its seat in the DIFC.
# Execution
Signed for and on behalf of FALCON RIDGE TRADING FZE, a free zone establishment registered in the Jebel Ali Free Zone (licence no. 178345), of Plot S30712, Jebel Ali Free Zone, Dubai, United Arab Emirates
Signature: ____________________  Name: Ahmed Khalid Al Mansoori  Title: Managing Director
Signed for and on behalf of NORDLYS MARINE SYSTEMS AS, a company registered in Norway (org. no. 915 623 480), of Strandkaien 14, 5013 Bergen, Norway
Signature: ____________________  Name: Ingrid Solberg  Title: Chief Executive Officer`,
    truth: {
      title: "Agreement",
      documentType: "Settlement agreement",
      parties: ["Falcon Ridge Trading FZE", "Nordlys Marine Systems AS"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-05",
    },
  },
  {
    id: "v19-disputes-offer-letter-mumbai",
    format: "txt",
    source: `KOTHARI MEHTA & ASSOCIATES
Advocates & Solicitors
7th Floor, Nariman Bhavan, 227 Vinay K. Shah Marg, Nariman Point, Mumbai 400 021
WITHOUT PREJUDICE
4th June, 2026
By email
Desai Legal LLP
Advocates
14th Floor, Peninsula Business Park, Ganpatrao Kadam Marg, Lower Parel, Mumbai 400 013
Kind Attn: Ms. Anjali Desai, Partner
Our Ref: KMA/ARB/2291/26
# OFFER OF SETTLEMENT
Dear Madam,
1. We act for Verdant Pulses India Private Limited (“our client”), the Respondent in the arbitration commenced by your client, Sahyadri Agro Foods Private Limited, under the Share Purchase Agreement dated 19th January, 2024 (governed by the laws of India, with its seat of arbitration at Mumbai), in which your client claims INR 38.6 crores under the indemnity in clause 9.
2. Without any admission of liability, our client offers to pay your client INR 14,50,00,000 (Rupees Fourteen Crores Fifty Lakhs only) in full and final settlement of all claims in the arbitration, on the following terms: (a) payment within forty-five (45) days of execution of a settlement agreement; (b) withdrawal of the arbitration, each party bearing its own costs; (c) release to our client of the sum held under the Escrow Agreement dated 19th January, 2024; and (d) the non-compete covenant in clause 11 of the Share Purchase Agreement, for three (3) years from completion, to remain unaffected.
3. This offer remains open for acceptance for twenty-one (21) days from the date of this letter, after which it will lapse without further notice.
4. This letter is an offer only. No binding settlement will arise unless and until a written settlement agreement is executed by both our clients, and this offer cannot be accepted by conduct.
5. This letter is written without prejudice, save that our client reserves the right to place it before the Arbitral Tribunal on the question of costs.
6. We note the contents of your letter dated 22nd May, 2026, which we will answer separately.
Yours faithfully,
For Kothari Mehta & Associates
Rohan Kothari
Partner`,
    truth: {
      title: "Offer of Settlement",
      documentType: "Letter",
      parties: ["Kothari Mehta & Associates", "Desai Legal LLP"],
      effectiveDate: "2026-06-04",
    },
  },
];
