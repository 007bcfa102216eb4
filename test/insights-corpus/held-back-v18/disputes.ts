import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: disputes and their settlement — settlement deeds and letters, tolling and standstill agreements, a notice, a consent order and a variation. */
export const DISPUTES_V18: UnseenDocument[] = [
  {
    id: "v18-disputes-nsw-deed-of-settlement",
    format: "pdf",
    pageFooters: true,
    source: `# Deed of Settlement and Release
# Details
| Date | 14 April 2026 |
| Harbourline | Harbourline Logistics Pty Ltd ACN 612 448 903 of Level 9, 60 Carrington Street, Sydney NSW 2000 |
| Wattle Creek | Wattle Creek Produce Pty Limited ACN 139 207 551 of 18 Mill Road, Griffith NSW 2680 |
| Proceedings | Supreme Court of New South Wales, Equity Division, Commercial List, proceedings no. 2025/00187432 |
| Settlement Sum | A$385,000 (inclusive of GST, if any) |
# Background
A. Harbourline and Wattle Creek are parties to a Cold Chain Logistics Agreement dated 1 July 2021 for a term of five years (Logistics Agreement). The Logistics Agreement is governed by the law of Victoria.
B. Wattle Creek commenced the Proceedings claiming damages for produce spoiled in Harbourline's cold stores, and Harbourline filed a cross-claim for unpaid storage and handling fees.
C. The parties have agreed to settle the Proceedings and all related claims on the terms of this deed, without any admission of liability.
===
# Agreed terms
1. Definitions. In this deed, Business Day means a day on which banks are open for general business in Sydney, and Claims means all claims, demands, actions, suits and proceedings, whether known or unknown, present or future, arising out of or in connection with the Logistics Agreement or the Proceedings.
2. Payment. Harbourline must pay the Settlement Sum into the trust account of Wattle Creek's solicitors, Brennan Sayle Lawyers, within 21 days after the date of this deed.
3. Discontinuance. Within 5 Business Days after receipt of the Settlement Sum, the parties must file a notice of discontinuance of the Proceedings and of the cross-claim, with no order as to costs.
4. Release. On receipt of the Settlement Sum, each party releases and forever discharges the other, and its officers and employees, from all Claims.
5. Logistics Agreement. The Logistics Agreement terminates on the date of this deed, but clauses 14 (Confidentiality) and 17 (Records) of it survive for 3 years after that date.
6. Confidentiality. Each party must keep the terms of this deed confidential, except as required by law or to obtain legal, accounting or insurance advice.
7. Bar to proceedings. This deed may be pleaded as a full and complete bar to any Claim.
8. Governing law. This deed is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Executed as a deed
Executed by Harbourline Logistics Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director: Peter Anastasiou. Director/Secretary: Mei Lin Chow.
Executed by Wattle Creek Produce Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth) by its sole director and secretary: Graham Dominic Russo.`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Harbourline Logistics Pty Ltd", "Wattle Creek Produce Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v18-disputes-new-york-tolling",
    format: "docx",
    storedPageCount: 3,
    source: `# TOLLING AGREEMENT
by and between
BRIGHTWATER CAPITAL PARTNERS LLC
and
MERIDIAN FREIGHT SYSTEMS, INC.
Dated as of March 2, 2026
===
# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of March 2, 2026 (the "Effective Date") by and between Brightwater Capital Partners LLC, a Delaware limited liability company with its principal office at 410 Park Avenue, 19th Floor, New York, New York 10022 ("Brightwater"), and Meridian Freight Systems, Inc., a New York corporation with its principal office at 2200 Niagara Falls Boulevard, Buffalo, New York 14228 ("Meridian"). Brightwater and Meridian are each a "Party" and together the "Parties."
# RECITALS
WHEREAS, Brightwater and Meridian are parties to an Investment Advisory Agreement dated June 15, 2019, which is governed by the laws of the State of Delaware (the "Advisory Agreement");
WHEREAS, Meridian has asserted that Brightwater breached the Advisory Agreement in its management of Meridian's pension reserve account, and Brightwater denies those assertions (such assertions, and any claims or counterclaims arising from the same facts, the "Claims");
WHEREAS, the Parties wish to explore a resolution of the Claims through mediation without the expense of litigation, and to preserve their respective rights while they do so;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the Parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims shall be tolled during the Tolling Period, and the Tolling Period shall be excluded from any computation of time for purposes of any such defense.
2. Term. This Agreement shall remain in effect for an initial period of six (6) months commencing on the Effective Date. Thereafter, this Agreement shall automatically renew for successive periods of three (3) months each, unless either Party gives written notice of non-renewal to the other Party at least thirty (30) days before the end of the then-current period. The initial period and any renewal periods are together the "Tolling Period."
3. Forbearance. During the Tolling Period, neither Party shall commence any action, arbitration or other proceeding against the other in respect of the Claims, except that either Party may do so on fourteen (14) days' prior written notice if the other Party first commences a proceeding in breach of this Section 3.
===
4. No Revival. Nothing in this Agreement shall revive any Claim that was time-barred as of the Effective Date.
5. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any Claim or defense.
6. Mediation. The Parties shall use good-faith efforts to mediate the Claims before a JAMS mediator in New York City within ninety (90) days after the Effective Date, and shall share the mediator's fees equally.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Entire Agreement; Counterparts. This Agreement is the entire agreement of the Parties on its subject matter, may be amended only by a writing signed by both Parties, and may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER CAPITAL PARTNERS LLC | MERIDIAN FREIGHT SYSTEMS, INC. |
| By: /s/ Dana R. Whitcombe | By: /s/ Lorenzo P. Falcone |
| Name: Dana R. Whitcombe | Name: Lorenzo P. Falcone |
| Title: Managing Member | Title: Chief Executive Officer |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Capital Partners LLC", "Meridian Freight Systems, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-02",
      expiryDate: "2026-09-01",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v18-disputes-scottish-minute-of-agreement",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
KELVINSIDE PROPERTY DEVELOPMENTS LIMITED, incorporated under the Companies Acts (Registered Number SC412876) and having its Registered Office at 14 Park Circus, Glasgow G3 6AX (hereinafter referred to as "the Employer")
and
MACLENNAN & BAIRD CONTRACTORS LIMITED, incorporated under the Companies Acts (Registered Number SC198043) and having its Registered Office at Unit 4, Righead Industrial Estate, Bellshill ML4 3DW (hereinafter referred to as "the Contractor")
CONSIDERING THAT:
(One) the Employer and the Contractor entered into a contract constituted by the SBCC Design and Build Contract for use in Scotland (2016 Edition) executed by them on 3 May 2023 for the construction of 24 flats at Hyndland Road, Glasgow (hereinafter referred to as "the Building Contract");
(Two) disputes have arisen between the parties concerning the valuation of variations, the Contractor's entitlement to an extension of time and the Employer's claim for liquidated and ascertained damages, which disputes were the subject of an adjudication in which the adjudicator issued his decision on 9 January 2026 (hereinafter referred to as "the Dispute");
(Three) the parties have agreed to settle the Dispute and all other claims under the Building Contract, in full and final settlement, on the terms of this Minute of Agreement;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. The Employer shall pay to the Contractor the sum of TWO HUNDRED AND TWELVE THOUSAND FIVE HUNDRED POUNDS (£212,500) STERLING, exclusive of VAT, within fourteen days of the date of this Minute of Agreement.
2. The date of Practical Completion under the Building Contract is agreed as 28 November 2025, and the Contractor's obligation to make good defects notified during the Defects Rectification Period of twelve months from that date shall continue unaffected by this Minute of Agreement.
3. Subject only to Clause 2, payment of the said sum shall be in full and final settlement of the Dispute and of all claims which either party has or may have against the other under or in connection with the Building Contract, and each party hereby discharges the other of all such claims.
4. Neither party shall raise or continue any adjudication, arbitration or court proceedings in respect of any claim settled by this Minute of Agreement, and each party shall bear its own expenses and one-half of the adjudicator's fees and expenses.
5. The terms of this Minute of Agreement are confidential to the parties and their professional advisers.
6. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
7. The parties consent to registration hereof for preservation and execution.
IN WITNESS WHEREOF these presents are subscribed as follows: they are subscribed for and on behalf of the said Kelvinside Property Developments Limited at Glasgow on the Twenty-sixth day of February Two thousand and twenty-six by Fiona Jane Cathcart, Director, before this witness Euan Robert Lyle, Solicitor, 180 West George Street, Glasgow; and they are subscribed for and on behalf of the said MacLennan & Baird Contractors Limited at Glasgow on the said Twenty-sixth day of February Two thousand and twenty-six by Alasdair MacLennan, Director, before this witness Kirsty Anne Baird, Office Manager, Unit 4, Righead Industrial Estate, Bellshill.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Kelvinside Property Developments Limited", "MacLennan & Baird Contractors Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-26",
    },
  },
  {
    id: "v18-disputes-hong-kong-warranty-claim-notice",
    format: "pdf",
    pdfMargin: 80,
    source: `JADE PEAK HOLDINGS LIMITED
Suite 2801, 28/F, Harcourt Tower, 18 Harcourt Road, Admiralty, Hong Kong
Tel: +852 2868 4410; Company No. 2974418
10 March 2026
BY HAND AND BY EMAIL (legal@lantaubay.com.hk)
The Board of Directors
Lantau Bay Investments Limited
7/F, Yip Fung Building, 2-18 D'Aguilar Street, Central, Hong Kong
Dear Sirs,
# NOTICE OF WARRANTY CLAIM
1. We refer to the agreement dated 18 November 2024 between Lantau Bay Investments Limited as seller (the "Seller") and Jade Peak Holdings Limited as buyer (the "Buyer") for the sale and purchase of the entire issued share capital of Silvermine Foods Limited (the "Company") (the "Agreement"). Terms defined in the Agreement have the same meanings in this notice.
2. Completion took place on 2 December 2024. Under clause 9.3 of the Agreement, the Seller is not liable for a Warranty Claim unless notice of it is given to the Seller within eighteen (18) months after Completion. This notice is given within that period.
3. The Buyer hereby gives notice of a claim for breach of the Warranties in paragraphs 7.2 (Accounts), 12.1 (Compliance with Laws) and 15.4 (Employees) of Schedule 4 to the Agreement.
4. In summary: (a) the Completion Accounts overstated the Company's trade receivables by HK$2,310,000, being debts which were irrecoverable at Completion; (b) the Company operated its Kwun Tong central kitchen without a valid food factory licence, and has since paid fines and incurred refitting costs of HK$1,085,000; and (c) the Company failed to make mandatory provident fund contributions for 41 employees for the period from April 2022 to October 2024, and has since paid arrears and surcharges of HK$1,225,000.
===
5. The Buyer's present estimate of the amount of the claim is HK$4,620,000. The Buyer reserves the right to revise that estimate as further information becomes available.
6. Pursuant to clause 9.6 of the Agreement, the Buyer requests that the Seller acknowledge this notice within twenty (20) Business Days of its date. The Buyer reserves its right under clause 4.5 of the Agreement to set off the amount of the claim against the Deferred Consideration of HK$6,000,000 due on 2 June 2026.
7. This notice is without prejudice to any other rights or remedies of the Buyer, whether under the Agreement or otherwise, all of which are expressly reserved.
Yours faithfully,
For and on behalf of
Jade Peak Holdings Limited
Edmund Lo Kwok-wai
Director
cc: Messrs. Chan, Ho & Partners (solicitors for the Seller), 12/F, Prince's Building, Central, Hong Kong`,
    truth: {
      title: "Notice of Warranty Claim",
      documentType: "Notice",
      parties: ["Jade Peak Holdings Limited", "Lantau Bay Investments Limited"],
      effectiveDate: "2026-03-10",
    },
  },
  {
    id: "v18-disputes-commercial-court-consent-order",
    format: "docx",
    source: `IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES
COMMERCIAL COURT (KBD)
Claim No. CL-2025-000412
BETWEEN:
ORCHARD LANE CAPITAL LLP
Claimant
- and -
(1) PELLING MARINE SERVICES LIMITED
(2) ARTHUR JAMES PELLING
Defendants
# CONSENT ORDER
Before: The Honourable Mr Justice Aldridge, on the papers
UPON the Claimant and the Defendants having agreed terms for the settlement of this claim in a settlement agreement dated 2 March 2026 (the "Settlement Agreement"), the terms of which are confidential to the parties
AND UPON the parties having agreed to the terms of this Order, as evidenced by the signatures of their solicitors below
BY CONSENT IT IS ORDERED THAT:
1. All further proceedings in this claim are stayed until 4.00 pm on 1 June 2026, save for the purpose of carrying the terms of the Settlement Agreement and of this Order into effect.
2. Either party may apply before that time to lift the stay and to enforce the terms of the Settlement Agreement without the need to bring new proceedings.
3. If no application to lift the stay has been made by 4.00 pm on 1 June 2026, the claim shall stand dismissed without further order.
4. The trial listed for five days in the window commencing 12 October 2026, and the pre-trial review, are vacated.
5. The Defendants shall pay the Claimant's costs of its application dated 14 January 2026 for specific disclosure, summarily assessed in the sum of £18,750, within 28 days of the date of this Order. Save as aforesaid, there shall be no order as to costs.
===
We consent to an Order in the above terms.
| Harwood Sterne LLP, Solicitors for the Claimant, 4 March 2026 | Fenwick Quay Solicitors, Solicitors for the Defendants, 5 March 2026 |
Dated: 9 March 2026`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Orchard Lane Capital LLP", "Pelling Marine Services Limited", "Arthur James Pelling"],
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v18-disputes-ontario-standstill",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is made as of the 20th day of January, 2026.
AMONG:
2487619 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario (the "Purchaser")
- and -
NORTHBROOK TRUST COMPANY, solely in its capacity as trustee of the Kestrel Family Trust and not in its personal capacity (the "Trustee")
- and -
MARGUERITE ANNE LALONDE, of the City of Ottawa, in the Province of Ontario ("Lalonde", and together with the Trustee, the "Vendors")
RECITALS:
A. Under a share purchase agreement dated August 29, 2023 (the "SPA"), the Purchaser acquired all of the issued and outstanding shares of Rideau Precision Machining Ltd. (the "Corporation") from the Vendors. Closing occurred on September 15, 2023.
B. The Purchaser has notified the Vendors of claims for indemnification under Article 8 of the SPA in respect of undisclosed environmental liabilities at the Corporation's premises at 1140 Industrial Avenue, Ottawa (the "Claims"). Under Section 8.5 of the SPA, proceedings for indemnity claims must be commenced within thirty (30) months after the closing date.
C. The Parties wish to suspend the running of all limitation periods applicable to the Claims, including the basic limitation period of two (2) years under the Limitations Act, 2002 (Ontario) and the period in Section 8.5 of the SPA, while they attempt to resolve the Claims.
NOW THEREFORE in consideration of the mutual covenants in this Agreement, the Parties agree as follows:
1. Standstill. No Party shall commence or continue any proceeding against another Party in respect of the Claims during the Standstill Period.
2. Suspension. For the purposes of section 22 of the Limitations Act, 2002 (Ontario), the Parties agree that all limitation periods applicable to the Claims, including the period under Section 8.5 of the SPA, are suspended during the Standstill Period.
3. Term. This Agreement comes into force on the date first written above and continues until terminated by any Party on not less than thirty (30) days' written notice to the other Parties. The period from the date of this Agreement until the date on which termination becomes effective is the "Standstill Period".
4. Without Prejudice. This Agreement is without prejudice to the Parties' positions and is not an acknowledgment of any Claim within the meaning of section 13 of the Limitations Act, 2002 (Ontario).
5. Trustee Limitation. The obligations of the Trustee under this Agreement bind only the property of the Kestrel Family Trust and not the Trustee in its personal capacity.
6. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7. Counterparts. This Agreement may be executed in counterparts and delivered by electronic transmission.
===
IN WITNESS WHEREOF the Parties have executed this Agreement.
2487619 ONTARIO INC. Per: ____________ Name: Rajesh Venkataraman Title: President. I have authority to bind the corporation.
NORTHBROOK TRUST COMPANY, as trustee of the Kestrel Family Trust. Per: ____________ Name: Colleen Mary O'Hare Title: Senior Trust Officer
SIGNED, SEALED AND DELIVERED in the presence of: Witness: Thomas Bélanger. ____________ MARGUERITE ANNE LALONDE`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["2487619 Ontario Inc.", "Northbrook Trust Company", "Marguerite Anne Lalonde"],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-20",
      term: "Until terminated",
    },
  },
  {
    id: "v18-disputes-irish-invoice-settlement-letter",
    format: "txt",
    source: `Corrib Valley Foods DAC
Unit 7, Ballybrit Business Park, Galway H91 X2E7
Registered in Ireland No. 598231. Directors: S. Keane, N. Gallagher, P. Mulryan
Our ref: CVF/FIN/0312
Your ref: TA/AP/2026
16 March 2026
By email and post
Mr Ciarán Ó Duinn
Managing Director
Tallow & Ash Catering Limited
44 Patrick Street
Cork T12 K8P0
Dear Ciarán,
# Settlement of Outstanding Invoices
We refer to our letter of 12 January 2026 and your reply of 2 February 2026 concerning invoices CVF-24811 to CVF-24859 for dairy and bakery products supplied between July and November 2025, totalling €61,240 (the "Invoices"), which you have disputed on the grounds of short and late deliveries.
Following our meeting in Limerick on 5 March 2026, we set out below the terms on which the parties have agreed to settle the matter:
1. Tallow & Ash Catering Limited ("Tallow & Ash") will pay Corrib Valley Foods DAC ("Corrib Valley") the sum of €48,600 in three instalments of €16,200 each, on or before 30 April 2026, 29 May 2026 and 30 June 2026.
2. On receipt of each instalment, Corrib Valley will issue a credit note for the corresponding proportion of the balance of the Invoices, and on receipt of the final instalment the Invoices will be treated as discharged in full.
3. Subject to payment of the instalments, each party accepts the payments in full and final settlement of all claims it has against the other in connection with the Invoices and the goods to which they relate, and neither party will issue proceedings in respect of them.
4. If any instalment is more than 14 days late, the full balance of €61,240, less any instalments already paid, will become immediately due, and Corrib Valley may issue proceedings for it.
5. Future supplies will be made under our standard terms of trade, on payment terms of 30 days from the end of the month of invoice.
6. The terms of this letter are confidential, save for disclosure to professional advisers, auditors and insurers.
7. This letter and any dispute arising from it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm Tallow & Ash's agreement to these terms.
Yours sincerely,
Niamh Gallagher
Finance Director
For and on behalf of Corrib Valley Foods DAC
We agree to the terms set out above.
Signed: Ciarán Ó Duinn, Managing Director, for and on behalf of Tallow & Ash Catering Limited
Date: 27 March 2026`,
    truth: {
      title: "Settlement of Outstanding Invoices",
      documentType: "Settlement agreement",
      parties: ["Corrib Valley Foods DAC", "Tallow & Ash Catering Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-16",
    },
  },
  {
    id: "v18-disputes-difc-deed-of-variation",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is dated 22 February 2026
BETWEEN:
(1) FALCON RIDGE TRADING LIMITED, a private company incorporated in the Dubai International Financial Centre with registered number 004417, whose registered office is at Unit 1204, Level 12, Index Tower, DIFC, Dubai, United Arab Emirates (the "Creditor");
(2) AL NOOR MODULAR BUILDINGS L.L.C., a limited liability company registered in the Emirate of Dubai under commercial licence number 781203, whose address is Warehouse 22, Al Quoz Industrial Area 3, Dubai, United Arab Emirates (the "Debtor"); and
(3) KHALID SAEED AL MANSOURI of Villa 18, Street 7, Al Barsha 2, Dubai, United Arab Emirates (the "Guarantor").
BACKGROUND
(A) The Creditor, the Debtor and the Guarantor are parties to a settlement agreement dated 5 August 2025 (the "Settlement Agreement"), under which the Debtor agreed to pay the Creditor AED 2,400,000 in twelve (12) equal monthly instalments from 1 September 2025 in settlement of DIFC Courts claim CFI-0193-2024, and the Guarantor guaranteed those payments.
(B) The Debtor has paid five instalments. The parties have agreed to reschedule the remaining balance of AED 1,400,000 (the "Outstanding Balance") on the terms of this Deed.
IT IS AGREED as follows:
1. DEFINITIONS AND INTERPRETATION
1.1 In this Deed, "Effective Date" means 1 March 2026. Terms defined in the Settlement Agreement have the same meanings in this Deed.
2. VARIATION
2.1 With effect from the Effective Date, clause 3.1 of the Settlement Agreement is deleted and replaced with: "The Debtor shall pay the Outstanding Balance to the Creditor in the instalments and on the dates set out in the Schedule to the Deed of Variation dated 22 February 2026."
2.2 With effect from the Effective Date, the rate of default interest in clause 3.4 of the Settlement Agreement is increased from 6% to 9% per annum.
3. GUARANTOR'S CONFIRMATION
3.1 The Guarantor consents to the variations made by this Deed and confirms that his guarantee in clause 6 of the Settlement Agreement extends to the Settlement Agreement as varied by this Deed.
4. CONTINUATION
4.1 Except as varied by this Deed, the Settlement Agreement remains in full force and effect, and the Settlement Agreement and this Deed shall be read and construed as one instrument.
5. GOVERNING LAW AND JURISDICTION
5.1 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the Courts of the Dubai International Financial Centre have exclusive jurisdiction to settle any dispute arising out of or in connection with it.
===
# SCHEDULE – REVISED INSTALMENTS
| Instalment | Due date | Amount (AED) |
| 1 | 31 March 2026 | 100,000 |
| 2 to 12 | The last Business Day of each month from April 2026 to February 2027 | 100,000 each |
| 13 | 31 March 2027 | 200,000 |
Executed as a deed by FALCON RIDGE TRADING LIMITED acting by Priya Ramachandran, Director, in the presence of Omar Haddad (witness).
Executed as a deed by AL NOOR MODULAR BUILDINGS L.L.C. acting by Khalid Saeed Al Mansouri, Manager, in the presence of Omar Haddad (witness).
Signed as a deed by KHALID SAEED AL MANSOURI in his personal capacity, in the presence of Omar Haddad (witness).`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Falcon Ridge Trading Limited", "Al Noor Modular Buildings L.L.C.", "Khalid Saeed Al Mansouri"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-01",
      amends: "Settlement Agreement",
    },
  },
];
