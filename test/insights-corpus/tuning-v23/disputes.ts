import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23: disputes and their settlement — settlement deeds, tolling and standstill agreements, notices, consent orders. */
export const DISPUTES_V23: UnseenDocument[] = [
  {
    id: "v23-disputes-harrowgate-settlement",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
Dated 14 April 2026
(1) HARROWGATE LOGISTICS LIMITED
(2) PEMBURY & VANCE (HOLDINGS) PLC
relating to Claim No. BL-2025-000812 in the High Court of Justice, Business and Property Courts of England and Wales
Fairbairn Lowe LLP, 1 Cheapside, London EC2V 6AA
===
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) HARROWGATE LOGISTICS LIMITED, a company incorporated and registered in England and Wales with company number 04417285 whose registered office is at Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB (“Harrowgate”); and
(2) PEMBURY & VANCE (HOLDINGS) PLC, a company incorporated and registered in England and Wales with company number 02281946 whose registered office is at 40 Gracechurch Street, London EC3V 0BT (“P&V”),
each a “Party” and together the “Parties”.
# BACKGROUND
(A) By a warehousing and distribution agreement dated 2 February 2021 between Harrowgate and Pembury & Vance Distribution Limited, a subsidiary of P&V (the “Warehousing Agreement”), Harrowgate agreed to provide storage and distribution services for an initial term of five years. P&V guaranteed the obligations of Pembury & Vance Distribution Limited under a parent company guarantee dated the same date (the “Guarantee”).
(B) Pembury & Vance Distribution Limited entered administration on 9 September 2024. Harrowgate issued proceedings against P&V under the Guarantee (the “Claim”), which P&V defends.
(C) The Parties have agreed to settle the Claim on the terms of this agreement, without any admission of liability.
# AGREED TERMS
1. Settlement Sum. P&V shall pay Harrowgate the sum of £1,250,000 (the “Settlement Sum”) within 28 days of the date of this agreement, by transfer to the client account of Fairbairn Lowe LLP, Harrowgate’s solicitors.
2. Stay. Within 7 days after receipt of the Settlement Sum, the Parties shall file a consent order in the form set out in the Schedule staying the Claim on the terms of this agreement.
3. Release. This agreement is in full and final settlement of the Claim and of all claims which Harrowgate has or may have against P&V or any member of the P&V Group arising out of the Warehousing Agreement or the Guarantee.
4. Non-disparagement. For a period of three years from the date of this agreement neither Party shall make any statement disparaging the other in connection with the Claim.
5. Confidentiality. The terms of this agreement are confidential and may be disclosed only to professional advisers, auditors, insurers or as required by law.
6. Costs. Each Party shall bear its own costs of the Claim and of this agreement.
7. Third parties. Each member of the P&V Group may enforce clause 3 under the Contracts (Rights of Third Parties) Act 1999, but no such person is a party to this agreement.
8. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
This agreement has been entered into on the date stated at the beginning of it.
| Signed by MARTIN ELDRIDGE, director, for and on behalf of HARROWGATE LOGISTICS LIMITED | ............................................ Director |
| Signed by SARAH-JANE O’CONNELL, director, for and on behalf of PEMBURY & VANCE (HOLDINGS) PLC | ............................................ Director |
# SCHEDULE — FORM OF CONSENT ORDER
UPON the parties having agreed terms of settlement, BY CONSENT IT IS ORDERED THAT all further proceedings in this claim be stayed, except for the purpose of carrying the terms of the settlement agreement dated 14 April 2026 into effect.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Harrowgate Logistics Limited", "Pembury & Vance (Holdings) plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v23-disputes-bluewater-castellan-tolling",
    format: "pdf",
    pageFooters: true,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 20, 2026, by and among:
(i) Bluewater Credit Opportunities Fund II, L.P., a Delaware limited partnership, acting by its general partner, Bluewater Credit GP, LLC (“Bluewater”);
(ii) Meridian Trust Company, N.A., a national banking association, not in its individual capacity but solely in its capacity as indenture trustee under the Indenture dated as of June 1, 2022 governing the 8.25% Senior Secured Notes due 2029 (in such capacity, the “Trustee”); and
(iii) Castellan Aerostructures, Inc., a Delaware corporation (“Castellan” and, together with Bluewater and the Trustee, the “Parties”).
# RECITALS
WHEREAS, Bluewater, a holder of the Notes managed by Bluewater Capital Management LP, has asserted that Castellan, its parent Castellan Group Holdings, LLC and certain of its former directors breached the Indenture in connection with the sale of Castellan’s Wichita facility (the “Potential Claims”); and
WHEREAS, the Parties wish to preserve the Potential Claims while they discuss a consensual resolution with the assistance of Halverson Partners, Castellan’s financial advisor, without the need for immediate litigation;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Effective Date. This Agreement shall become effective on April 1, 2026 (the “Effective Date”).
2. Term. The term of this Agreement shall run from and including April 1, 2026 through and including March 31, 2027 (the “Initial Term”). Upon the expiration of the Initial Term and of each Renewal Term, this Agreement shall automatically renew for a successive period of three (3) months (each, a “Renewal Term”) unless any Party delivers written notice of non-renewal to the others at least thirty (30) days before the end of the then-current term.
3. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Potential Claims shall be tolled during the term of this Agreement.
4. Standstill. During the term, no Party shall commence any action or proceeding against another Party in respect of the Potential Claims.
5. Early Termination. Any Party may terminate this Agreement upon ten (10) business days’ written notice, in which case the tolling shall end on the date such termination takes effect.
6. No Admission. Nothing in this Agreement is an admission of liability or a waiver of any defense existing as of the Effective Date.
7. Trustee. The Trustee enters into this Agreement at the direction of the holders of a majority in principal amount of the Notes and shall have the benefit of all protections afforded to it under the Indenture.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles, and the Parties submit to the exclusive jurisdiction of the state and federal courts located in the Borough of Manhattan.
9. Counterparts. This Agreement may be executed in counterparts, including by electronic signature.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first written above.
| BLUEWATER CREDIT OPPORTUNITIES FUND II, L.P. | CASTELLAN AEROSTRUCTURES, INC. |
| By: Bluewater Credit GP, LLC, its general partner | By: /s/ Thomas R. Okafor |
| By: /s/ Naomi Feld | Name: Thomas R. Okafor |
| Name: Naomi Feld, Managing Member | Title: Chief Financial Officer |
| MERIDIAN TRUST COMPANY, N.A., solely as Trustee | |
| By: /s/ Gregory P. Lindqvist | |
| Name: Gregory P. Lindqvist, Vice President | |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Bluewater Credit Opportunities Fund II, L.P.", "Meridian Trust Company, N.A.", "Castellan Aerostructures, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
      renewal: "3 months",
    },
  },
  {
    id: "v23-disputes-glenmorven-standstill-minute",
    format: "pdf",
    pdfMargin: 84,
    source: `# MINUTE OF AGREEMENT
between
GLENMORVEN ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC412778) and having its Registered Office at 14 Atholl Crescent, Edinburgh EH3 8HA (“Glenmorven”)
and
FIONA ISOBEL MACRAE, residing at Tigh na Mara, Shore Road, Plockton IV52 8TU, and DUNCAN ROSS KERR, residing at 3 Ness Bank, Inverness IV2 4SF, as the trustees acting for the time being of the Alasdair MacRae Discretionary Trust constituted by Trust Deed registered in the Books of Council and Session on 19 March 2009 (together the “Trustees”)
CONSIDERING THAT:
(One) Glenmorven is the landlord and the Trustees are the tenants of the subjects known as Achnashellach Farm, Wester Ross, under a lease dated 11 November 2003 for a period of twenty-five years from Martinmas 2003 (the “Lease”);
(Two) a dispute has arisen between the parties as to the review of the rent payable under the Lease and liability for the cost of repairs to the steading (the “Dispute”), following a notice served by Glenmorven’s factors, Highland Land Management Limited, dated 3 February 2026;
(Three) the parties wish to attempt to resolve the Dispute by mediation without raising proceedings in the Scottish Land Court or the Sheriff Court in the meantime:
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute: “Commencement Date” means 1 May 2026; and “Standstill Period” means the period from 1 May 2026 to 31 October 2026.
2. This Minute shall come into force on the Commencement Date and shall continue for the Standstill Period, after which it shall cease to have effect unless the parties extend it by a further Minute of Agreement signed by both of them.
3. During the Standstill Period neither party shall raise or take any proceedings against the other in respect of the Dispute.
4. To the extent permitted by section 13 of the Prescription and Limitation (Scotland) Act 1973 (as amended), the prescriptive period applicable to any obligation forming part of the Dispute is extended by a period of one year.
5. Either party may bring the Standstill Period to an end early by giving not less than twenty-one days’ written notice to the other.
6. The parties shall jointly appoint a mediator nominated by Core Mediation Scotland and shall share the mediator’s fees equally.
7. This Minute shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
8. This Minute may be executed in counterparts and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.
IN WITNESS WHEREOF these presents are executed in counterpart as follows:
| Subscribed for and on behalf of GLENMORVEN ESTATES LIMITED by HAMISH LACHLAN GRANT, Director, at Edinburgh on the twenty-fourth day of April Two thousand and twenty-six before this witness: MORAG ELLEN DUNBAR, 9 Melville Street, Edinburgh | ............................ Director |
| Subscribed by FIONA ISOBEL MACRAE at Plockton on 28 April 2026 before this witness: CALUM MATHESON, Crofter, Duncraig, Plockton | ............................ |
| Subscribed by DUNCAN ROSS KERR at Inverness on 28 April 2026 before this witness: EILIDH FRASER, Solicitor, Kerr Buchanan LLP, Inverness | ............................ |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Other",
      parties: ["Glenmorven Estates Limited", "Fiona Isobel MacRae", "Duncan Ross Kerr"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
    },
  },
  {
    id: "v23-disputes-tbk-sunrise-deed-of-settlement",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on the 9th day of June 2026
BETWEEN:
(1) TAN BOON KEAT ENGINEERING PTE. LTD. (UEN No. 200812345K), a company incorporated in Singapore with its registered office at 21 Tuas Avenue 3, #04-11, Singapore 639415 (“TBK”);
(2) MR. LIM WEI JIE (NRIC No. S7712345D), of Blk 221 Ang Mo Kio Avenue 1, #09-402, Singapore 560221 (“Mr Lim”); and
(3) SUNRISE M&E CONTRACTORS (S) PTE. LTD. (UEN No. 201534567W), a company incorporated in Singapore with its registered office at 8 Kaki Bukit Road 2, #03-08, Singapore 417841 (“Sunrise”),
(each a “Party” and collectively the “Parties”).
WHEREAS:
(A) By a subcontract dated 18 January 2024 (the “Subcontract”), Sunrise engaged TBK to carry out mechanical and electrical works at 1 Jurong Gateway Road, Singapore. The Subcontract provided for a defects liability period of twelve (12) months.
(B) Mr Lim, a director of TBK, gave a personal guarantee dated 18 January 2024 in favour of Sunrise (the “Guarantee”).
(C) Disputes arose under the Subcontract. TBK commenced SIAC Arbitration No. ARB 117/25 against Sunrise (the “Arbitration”), and Sunrise commenced HC/OC 402/2025 against Mr Lim under the Guarantee (the “Suit”).
(D) Following a mediation at the Singapore Mediation Centre before Ms Angela Foo, the Parties have agreed to settle all disputes between them on the terms of this Deed.
===
NOW THIS DEED WITNESSES as follows:
1. SETTLEMENT SUM. Sunrise shall pay TBK the sum of S$365,000 in three instalments: S$150,000 within fourteen (14) days of the date of this Deed; S$115,000 on or before 31 July 2026; and S$100,000 on or before 30 September 2026, each by transfer to TBK’s account with DBS Bank Ltd.
2. WITHDRAWAL. Within seven (7) days after receipt of the first instalment, TBK shall withdraw the Arbitration and Sunrise shall discontinue the Suit, in each case with no order as to costs, and Sunrise shall return the original Guarantee to Mr Lim for cancellation.
3. RELEASE. Upon receipt of the Settlement Sum in full, each Party releases and forever discharges each other Party from all claims, known or unknown, arising out of or in connection with the Subcontract, the Guarantee, the Arbitration or the Suit.
4. NON-DISPARAGEMENT. For a period of two (2) years from the date of this Deed, no Party shall make any disparaging statement about another Party concerning the matters settled by this Deed.
5. CONFIDENTIALITY AND NO ADMISSION. The terms of this Deed are confidential. Nothing in this Deed is an admission of liability by any Party.
6. THIRD PARTIES. A person who is not a Party has no right under the Contracts (Rights of Third Parties) Act 1965 to enforce any term of this Deed.
7. GOVERNING LAW. This Deed shall be governed by and construed in accordance with the laws of the Republic of Singapore, and the Parties submit to the exclusive jurisdiction of the courts of Singapore.
===
IN WITNESS WHEREOF this Deed has been executed by the Parties on the date stated above.
| The Common Seal of TAN BOON KEAT ENGINEERING PTE. LTD. was affixed in the presence of: | Director: Tan Boon Keat; Director/Secretary: Goh Siew Ling |
| SIGNED, SEALED AND DELIVERED by LIM WEI JIE in the presence of: | Witness: Rajesh s/o Kumaran, Advocate & Solicitor |
| The Common Seal of SUNRISE M&E CONTRACTORS (S) PTE. LTD. was affixed in the presence of: | Director: Ng Kah Hwee; Secretary: Yvonne Chia Hui Min |`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Tan Boon Keat Engineering Pte. Ltd.", "Lim Wei Jie", "Sunrise M&E Contractors (S) Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-09",
    },
  },
  {
    id: "v23-disputes-northshore-notice-of-default",
    format: "pdf",
    source: `NORTHSHORE TIMBER PRODUCTS INC.
1875 Arthur Street West, Thunder Bay, Ontario P7K 1A9 · Tel. 807-555-0142
DELIVERED BY COURIER AND BY EMAIL (legal@lakeheadfreight.ca)
November 16, 2026
Lakehead Freight Services Ltd.
1200 Memorial Avenue
Thunder Bay, Ontario P7B 5K5
Attention: Marc-André Gagnon, President
# NOTICE OF DEFAULT
Re: Minutes of Settlement dated May 4, 2026 among Northshore Timber Products Inc., Lakehead Freight Services Ltd. and 2417785 Ontario Inc. (Ontario Superior Court of Justice Court File No. CV-25-00091144-0000) (the “Minutes”)
Dear Sir:
We refer to the Minutes. Capitalized terms used in this notice have the meanings given to them in the Minutes.
Under section 2.1 of the Minutes, Lakehead Freight Services Ltd. (“Lakehead”) agreed to pay the Settlement Amount of $780,000 in four quarterly instalments of $195,000, the second of which fell due on October 1, 2026 (the “Overdue Instalment”). Our letter of October 8, 2026 reminded you of that obligation. As of the date of this notice, the Overdue Instalment has not been received.
TAKE NOTICE that, pursuant to section 6.2 of the Minutes, Northshore Timber Products Inc. (“Northshore”) hereby gives notice that an Event of Default has occurred.
If the Overdue Instalment, together with interest at 5% per annum from October 1, 2026, is not paid in full within fifteen (15) Business Days after delivery of this notice, Northshore intends, without further notice, to file the consent to judgment held in escrow by Arbour Reid LLP and to seek judgment for the full unpaid balance of the Settlement Amount.
This notice is delivered in accordance with section 9.1 of the Minutes. The Minutes are governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein, and nothing in this notice waives or amends any provision of the Minutes or any of Northshore’s rights, all of which are expressly reserved.
Yours truly,
NORTHSHORE TIMBER PRODUCTS INC.
Per: Priya Raman
Priya Raman, General Counsel
I have authority to bind the corporation.
cc: 2417785 Ontario Inc. (Attention: Luc Gagnon), guarantor under the Minutes
cc: Arbour Reid LLP, counsel to Northshore Timber Products Inc.`,
    truth: {
      title: "Notice of Default",
      documentType: "Notice",
      parties: ["Northshore Timber Products Inc.", "Lakehead Freight Services Ltd."],
      effectiveDate: "2026-11-16",
    },
  },
  {
    id: "v23-disputes-amani-consent-order",
    format: "txt",
    source: `REPUBLIC OF KENYA
IN THE HIGH COURT OF KENYA AT NAIROBI
MILIMANI LAW COURTS — COMMERCIAL AND TAX DIVISION
HCCOMM NO. E417 OF 2025
| AMANI AGRO-PROCESSORS LIMITED | PLAINTIFF |
VERSUS
| RIFT VALLEY COLD CHAIN (K) LIMITED | DEFENDANT |
# CONSENT ORDER
BEFORE HON. A. K. CHEBET, DEPUTY REGISTRAR
UPON the consent letter dated 14th July 2026 signed by Mwangi, Otieno & Company Advocates for the Plaintiff and Kamau Nduta & Associates Advocates for the Defendant and filed in Court on 15th July 2026
AND UPON the parties having settled the suit and the counterclaim
BY CONSENT IT IS HEREBY ORDERED THAT:
1. Judgment be and is hereby entered for the Plaintiff against the Defendant in the sum of Kenya Shillings Eighteen Million Four Hundred Thousand (KES 18,400,000) in full and final settlement of the suit and the counterclaim.
2. The decretal sum shall be paid in six (6) equal monthly instalments on or before the 1st day of each month, the first instalment falling due on 1st September 2026 and the last on 1st February 2027.
3. In default of payment of any instalment on its due date, the entire outstanding balance shall immediately become due and the Plaintiff shall be at liberty to execute without further reference to the Defendant.
4. The preservation order issued on 3rd March 2026 in respect of the Defendant's accounts held at KCB Bank Kenya Limited shall stand lifted upon payment of the first instalment.
5. The Defendant's counterclaim dated 2nd October 2025 is hereby marked as withdrawn.
6. Each party shall bear its own costs of the suit and of the counterclaim.
7. The suit is hereby marked as settled on the terms of this order.
GIVEN under my hand and the seal of this Honourable Court at Nairobi this 22nd day of July, 2026.
DEPUTY REGISTRAR
HIGH COURT OF KENYA, MILIMANI COMMERCIAL COURTS
WE CONSENT:
| For the Plaintiff: Mwangi, Otieno & Company Advocates | For the Defendant: Kamau Nduta & Associates Advocates |
DRAWN & FILED BY: Mwangi, Otieno & Company Advocates, 5th Floor, ACK Garden House, 1st Ngong Avenue, P.O. Box 10234-00100, Nairobi.`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Amani Agro-Processors Limited", "Rift Valley Cold Chain (K) Limited"],
      effectiveDate: "2026-07-22",
    },
  },
  {
    id: "v23-disputes-coastline-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
Deed of Settlement — Supreme Court of New South Wales Proceedings No. 2025/00183422
# Particulars
| Item | Details |
| Date of this deed | 25 August 2026 |
| Party A | Coastline Holdings Pty Ltd ACN 611 204 387 in its capacity as trustee for the Coastline Family Trust ABN 38 552 017 964, of Level 3, 88 Phillip Street, Sydney NSW 2000 |
| Party B | Harbourview Developments Pty Limited ACN 154 903 226, of Suite 12, 1 Bay Street, Double Bay NSW 2028 |
| Original Deed | the Deed of Settlement dated 12 March 2026 between Party A, Party B and Gregory Alan Whitlam (the Guarantor) |
| Variation Date | 1 September 2026, being the date on which this deed takes effect |
| Governing law | New South Wales |
# Background
A. Under the Original Deed, Party B agreed to pay Party A a Settlement Sum of A$2,400,000 by 12 monthly instalments commencing on 1 April 2026, and Party A agreed not to enforce the judgment in the Proceedings for a period of 24 months (the Forbearance Period).
B. The Guarantor guaranteed Party B’s obligations under the Original Deed. The Guarantor is not a party to this deed.
C. The parties have agreed to vary the Original Deed on the terms of this deed.
# Operative provisions
1. Definitions. Terms defined in the Original Deed have the same meaning in this deed. The Particulars form part of this deed.
2. Variation. With effect on and from the Variation Date, the Original Deed is varied as follows: (a) in clause 3.1, “12 monthly instalments” is replaced with “18 monthly instalments”; (b) in clause 3.4, the default interest rate is increased to 10% per annum; and (c) a new clause 3.7 is inserted requiring Party B to deliver to Party A, within 10 Business Days, a bank guarantee for A$250,000 issued by Westpac Banking Corporation.
3. Confirmation. Except as varied by this deed, the Original Deed continues in full force and effect.
4. Guarantor. Party B must procure that, within 5 Business Days after the Variation Date, the Guarantor confirms in writing to Party A that his guarantee extends to the Original Deed as varied by this deed.
5. Costs. Party B must pay Party A’s legal costs of this deed, as agreed with Pitt Street Legal, Party A’s lawyers.
6. Governing law. This deed is governed by the law in force in New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed as a deed.
| Executed by Coastline Holdings Pty Ltd ACN 611 204 387 as trustee for the Coastline Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Executed by Harbourview Developments Pty Limited ACN 154 903 226 in accordance with section 127 of the Corporations Act 2001 (Cth) |
| Director: Anthony J. Caruso | Director: Mei-Ling Hartono |
| Director/Secretary: Rebecca L. Caruso | Director/Secretary: Daniel Okonjo-Reid |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Coastline Holdings Pty Ltd", "Harbourview Developments Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-09-01",
      amends: "Deed of Settlement",
    },
  },
  {
    id: "v23-disputes-falcon-crest-engagement",
    format: "pdf",
    pdfMargin: 72,
    source: `HARTLEY AL-MANSOORI LLP
Advocates & Legal Consultants
Level 15, Gate Village Building 3, Dubai International Financial Centre, PO Box 506712, Dubai, United Arab Emirates
A limited liability partnership registered in the DIFC with number CL4471
Our ref: SAH/FCM/0019-01
Your ref: RAZ/LEGAL/26/04
3 February 2026
PRIVATE AND CONFIDENTIAL — BY EMAIL
Falcon Crest Marine Services L.L.C.
Warehouse 14, Al Jaddaf Marine Zone
PO Box 33981, Dubai, United Arab Emirates
Attention: Mr Rashid Al Zaabi, Chief Executive Officer
Dear Mr Al Zaabi
# TERMS OF ENGAGEMENT
Claim against Oceanic Dredging & Reclamation Co. W.L.L. — DIAC Arbitration
1. Thank you for instructing us. This letter, together with our enclosed Standard Terms of Business, sets out the terms on which Hartley Al-Mansoori LLP will act for Falcon Crest Marine Services L.L.C. (and not for its shareholder Falcon Crest Holdings Limited or any other member of its group) in connection with its claims under the vessel conversion contract dated 7 August 2023 with Oceanic Dredging & Reclamation Co. W.L.L. (the “Contract”). The Contract is governed by English law and provides for arbitration under the DIAC Arbitration Rules 2022.
2. Scope. We will advise on the merits of your claims, prepare and file the Request for Arbitration, and act for you in the arbitration up to and including the final award. With your agreement we will instruct Mr Edward Langley KC of Clarendon Row Chambers as counsel; counsel’s fees will be billed separately.
3. Personnel. Sara Al-Hashimi, Partner, will be responsible for your matter, assisted by Thomas Bryce, Senior Associate.
4. Fees. Our hourly rates are AED 3,200 for partners and AED 2,100 for senior associates. We will invoice monthly and our invoices are payable within 30 days. We ask for AED 150,000 on account, to be paid into our client account with Emirates NBD Bank PJSC.
5. Termination. You may end our engagement at any time by written notice. We may cease to act on giving you 14 days’ written notice where we have reasonable grounds. We will keep our file for six years after the matter ends.
6. Governing law. This letter, our Standard Terms of Business and any dispute arising out of our engagement are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
7. Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Sara Al-Hashimi
Partner, for and on behalf of Hartley Al-Mansoori LLP
We agree to the terms of this letter and the enclosed Standard Terms of Business.
Signed: Rashid Al Zaabi, Chief Executive Officer, for and on behalf of Falcon Crest Marine Services L.L.C.
Date: 10 February 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Hartley Al-Mansoori LLP", "Falcon Crest Marine Services L.L.C."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-03",
    },
  },
];
