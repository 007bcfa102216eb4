import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20: disputes and their settlement — settlement agreements, tolling and standstill agreements, a variation, a notice, a consent order and an offer letter. */
export const DISPUTES_V20: UnseenDocument[] = [
  {
    id: "v20-disputes-ew-haulage-settlement",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
dated 14 April 2026
HARROWGATE & FINCH LOGISTICS LIMITED
BRENNAN-O'DOWD HAULAGE (MIDLANDS) LTD
MR THOMAS ALOYSIUS BRENNAN
Fenwick Lorne LLP, 1 Park Row, Leeds LS1 5AB
===
THIS AGREEMENT is dated 14 April 2026
PARTIES
(1) HARROWGATE & FINCH LOGISTICS LIMITED, a company incorporated and registered in England and Wales with company number 08812345 whose registered office is at Unit 4, Canal Side Park, Leeds LS10 1AB (“Harrowgate”);
(2) BRENNAN-O'DOWD HAULAGE (MIDLANDS) LTD, a company incorporated and registered in England and Wales with company number 10477120 whose registered office is at 2 Forge Lane, Coventry CV6 5RE (“BOH”); and
(3) MR THOMAS ALOYSIUS BRENNAN of 27 Larkspur Close, Solihull B91 3QT (“Mr Brennan”),
each a “party” and together the “parties”.
BACKGROUND
(A) Harrowgate and BOH are parties to a haulage services agreement dated 2 June 2021 (the “Haulage Agreement”), which was entered into for an initial term of five years from 1 July 2021.
(B) Disputes have arisen between them concerning unpaid invoices and alleged short deliveries, which are the subject of Claim No. LS-2025-000187 in the Business and Property Courts in Leeds (the “Proceedings”).
(C) BOH's obligations under the Haulage Agreement were guaranteed by O'Dowd Transport Group Holdings Limited (the “Former Guarantor”), which is not a party to this agreement and whose guarantee is being released by a separate deed.
(D) The parties wish to settle the Proceedings and all related claims on the terms of this agreement, without any admission of liability.
AGREED TERMS
1. Settlement Sum. BOH shall pay Harrowgate £185,000 (the “Settlement Sum”) within 14 days of the date of this agreement by transfer to Harrowgate's account at Pennine Northern Bank plc, sort code 40-11-62, account number 53318874. Mr Brennan, as a director and shareholder of BOH, shall procure and guarantees that payment.
2. Termination of the Haulage Agreement. The Haulage Agreement shall terminate on 30 April 2026, instead of at the end of its initial term, but clause 19 (Confidentiality) of it shall continue to apply for three years after that date.
3. Release. This agreement is in full and final settlement of all claims which any party has or may have against another arising out of or in connection with the Haulage Agreement or the Proceedings, whether known or unknown at the date of this agreement.
4. Stay. Within five Business Days after Harrowgate receives the Settlement Sum, the parties shall file a consent order in the agreed form staying the Proceedings.
5. Non-solicitation. For twelve months from the date of this agreement neither BOH nor Mr Brennan shall solicit or entice away any customer of Harrowgate with whom BOH dealt under the Haulage Agreement.
6. Confidentiality. The parties shall keep the terms of this agreement confidential, save as required by law or to their professional advisers.
7. Governing law and jurisdiction. This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
Signed by Priya Raman, director, for and on behalf of Harrowgate & Finch Logistics Limited
Signed by Declan O'Dowd, director, for and on behalf of Brennan-O'Dowd Haulage (Midlands) Ltd
Signed by Thomas Aloysius Brennan in the presence of: Witness: Karen Louise Moss, 14 Elm Grove, Solihull B91 2DD`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Harrowgate & Finch Logistics Limited", "Brennan-O'Dowd Haulage (Midlands) Ltd", "Thomas Aloysius Brennan"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v20-disputes-ny-auditor-tolling",
    format: "pdf",
    pdfMargin: 90,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and among Okafor-Lindqvist Medical Systems, Inc., a Delaware corporation (“OLMS”), Halcyon Bay Surgical Holdings, LLC, a New York limited liability company (“Halcyon” and, together with OLMS, the “Claimants”), Pemberton, Sayle & Ruiz LLP, a New York registered limited liability partnership (“PSR”), and Jonathan R. Whitcombe, CPA, an individual residing in Westchester County, New York (“Whitcombe” and, together with PSR, the “Respondents”). The Claimants and the Respondents are each a “Party” and collectively the “Parties.”
RECITALS
WHEREAS, PSR served as independent auditor of OLMS and its subsidiary Halcyon for the fiscal years 2021 through 2023 pursuant to an engagement letter dated April 12, 2021 (the “Engagement Letter”), and Whitcombe was the engagement partner;
WHEREAS, the Claimants contend that they have claims against the Respondents arising out of those audits, including claims for professional malpractice subject to a three-year limitations period, and the Respondents deny any liability (the “Claims”); and
WHEREAS, the Parties wish to explore a resolution of the Claims through mediation without the expense of litigation and without prejudice to their respective positions;
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the Parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims shall be tolled during the Tolling Period. The “Tolling Period” begins on the Effective Date and shall continue until terminated in accordance with Section 2.
2. Termination. Any Party may terminate this Agreement by giving the other Parties not less than thirty (30) days' prior written notice, provided that no such notice may be given before September 1, 2026. The Tolling Period shall end on the thirtieth (30th) day after such notice is given.
3. Standstill. During the Tolling Period the Claimants shall not commence any action, arbitration or other proceeding against the Respondents in respect of the Claims.
4. Mediation. The Parties shall use reasonable efforts to mediate the Claims before a mediator from JAMS within one hundred twenty (120) days after the Effective Date.
5. No Revival; No Admission. Nothing in this Agreement revives any Claim that was time-barred as of the Effective Date, and nothing herein is an admission by any Party.
6. Engagement Letter. The Engagement Letter contains a Delaware choice-of-law provision and a dispute resolution clause; nothing in this Agreement amends or waives either of them.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
OKAFOR-LINDQVIST MEDICAL SYSTEMS, INC. By: Marguerite A. Okafor-Lindqvist, Chief Executive Officer
HALCYON BAY SURGICAL HOLDINGS, LLC By: Okafor-Lindqvist Medical Systems, Inc., its sole member, By: Marguerite A. Okafor-Lindqvist, Chief Executive Officer
PEMBERTON, SAYLE & RUIZ LLP By: Harold T. Sayle, Managing Partner
JONATHAN R. WHITCOMBE, CPA
Acknowledged as to form: Brightline & Vasquez LLP, counsel for the Claimants; Dunmore Cole LLP, counsel for the Respondents`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Okafor-Lindqvist Medical Systems, Inc.", "Halcyon Bay Surgical Holdings, LLC", "Pemberton, Sayle & Ruiz LLP", "Jonathan R. Whitcombe"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v20-disputes-scot-dilapidations-minute",
    format: "docx",
    storedPageCount: 2,
    source: `# SETTLEMENT AGREEMENT
MINUTE OF AGREEMENT
between
KIRKWOOD ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC298841) and having its Registered Office at 14 Albyn Place, Aberdeen AB10 1YH, as trustee for the Kirkwood Heritable Property Unit Trust (hereinafter referred to as “the Landlord”)
and
MACINTYRE, DUNN & CO. (OPTICIANS) LIMITED, incorporated under the Companies Acts (Registered Number SC511207) and having its Registered Office at 3 Bridge Street, Inverness IV1 1HG (hereinafter referred to as “the Tenant”)
and
ROSALIND MÀIRI MACINTYRE, residing at Tigh na Mara, 9 Culduthel Road, Inverness IV2 4AG (hereinafter referred to as “the Guarantor”)
WHEREAS:
(One) By Lease between Grampian Retail Investments Limited, as landlord, and the Tenant dated 11 and 19 May 2011 and registered in the Books of Council and Session on 2 June 2011 (“the Lease”), the shop premises at 58 Union Street, Aberdeen were let to the Tenant for a period of fifteen years from and including 28 May 2011, the landlord's interest in the Lease having since passed to the Landlord;
(Two) The Guarantor guaranteed the Tenant's obligations under the Lease by a Guarantee dated 19 May 2011;
(Three) The Landlord served a schedule of dilapidations dated 9 January 2026, and the Tenant disputes the sums claimed in it; and
(Four) The parties have agreed to settle all claims in respect of the condition of the premises on the terms of this Minute of Agreement.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute of Agreement “the Effective Date” means the date on which this Minute of Agreement is signed by the last of the parties to sign it, as shown in the testing clause.
2. The Tenant shall pay to the Landlord the sum of FORTY-TWO THOUSAND FIVE HUNDRED POUNDS (£42,500) sterling within twenty-one days after the Effective Date in full and final settlement of all claims for dilapidations under the Lease.
3. Subject to receipt of that sum, the Landlord discharges the Tenant and the Guarantor of all obligations under the Lease relating to repair, reinstatement and decoration, whether arising before or after the Effective Date. All other obligations under the Lease, including payment of rent until its expiry, continue.
4. The Tenant shall remove its shopfront signage before the expiry of the Lease, and shall give the Landlord not less than ten working days' notice of the date of removal.
5. The terms of this Minute of Agreement are confidential, and that obligation shall continue for two years after the expiry of the Lease.
6. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
7. The parties consent to the registration of this Minute of Agreement for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of KIRKWOOD ESTATES LIMITED (as trustee foresaid) at Aberdeen on the Twentieth day of March Two thousand and twenty-six by Alasdair James Kirkwood, Director, before this witness, Fiona Elizabeth Grant, Solicitor, 40 Carden Place, Aberdeen;
They are subscribed for and on behalf of MACINTYRE, DUNN & CO. (OPTICIANS) LIMITED at Inverness on the Twenty-seventh day of March Two thousand and twenty-six by Callum Dunn, Director, before this witness, Eilidh Ross, Practice Manager, 3 Bridge Street, Inverness;
They are subscribed by the said ROSALIND MÀIRI MACINTYRE at Inverness on the Twenty-seventh day of March Two thousand and twenty-six before this witness, Eilidh Ross foresaid.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Kirkwood Estates Limited", "MacIntyre, Dunn & Co. (Opticians) Limited", "Rosalind Màiri MacIntyre"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-27",
    },
  },
  {
    id: "v20-disputes-hk-standstill-termination-notice",
    format: "txt",
    source: `JADE HARBOUR SHIPPING (H.K.) CO., LIMITED
18/F, Harbour Crest Tower, 33 Hoi Bun Road, Kwun Tong, Kowloon, Hong Kong
Date: 8th May 2026
Our ref: JHS/LEG/2026/041
BY HAND AND BY EMAIL (legal@kbds.com.hk)
To: Kowloon Bay Dockyard Services Limited
Unit 5, 2/F, Kai Fuk Industrial Centre, 1 Wang Tung Street, Kowloon Bay, Hong Kong
Attention: Mr Edmund Ho Ka-lok, Director
# NOTICE OF TERMINATION OF STANDSTILL AGREEMENT
1. We refer to the standstill agreement dated 15 January 2026 between Jade Harbour Shipping (H.K.) Co., Limited (the “Owner”) and Kowloon Bay Dockyard Services Limited (“KBDS”) concerning claims arising out of the drydocking and repair of the vessel MV “Silver Egret” in October 2025 (the “Standstill Agreement”). Terms defined in the Standstill Agreement have the same meaning in this notice.
2. Under clause 3.1 of the Standstill Agreement the Standstill Period ran for an initial period of three months from 15 January 2026 and, under clause 3.2, it has since renewed automatically for successive periods of one month. Under clause 3.3 either party may bring the Standstill Period to an end by giving the other not less than thirty (30) days' written notice.
3. The Owner hereby gives notice under clause 3.3 terminating the Standstill Period. The Standstill Period will end on the expiry of thirty (30) days after the date on which this notice is served on KBDS.
4. We also refer to our letters of 2 March 2026 and 17 April 2026, to neither of which KBDS has substantively responded. Unless a settlement is agreed before the Standstill Period ends, the Owner intends to commence arbitration against KBDS under the HKIAC Administered Arbitration Rules without further notice.
5. Nothing in this notice waives any right or remedy of the Owner, all of which are expressly reserved, including its rights against KBDS's liability insurers, Pacific Crown Marine Insurance Company Limited.
6. This notice is served in accordance with clause 14 (Notices) of the Standstill Agreement.
For and on behalf of
Jade Harbour Shipping (H.K.) Co., Limited
Winnie Lau Wing-sze
Company Secretary
cc: Tsang, Lo & Partners, solicitors for KBDS (Ref: TLP/ML/8812)
ACKNOWLEDGEMENT OF RECEIPT
Received on behalf of Kowloon Bay Dockyard Services Limited on 11th May 2026.
Edmund Ho Ka-lok, Director`,
    truth: {
      title: "Notice of Termination of Standstill Agreement",
      documentType: "Notice",
      parties: ["Jade Harbour Shipping (H.K.) Co., Limited", "Kowloon Bay Dockyard Services Limited"],
      effectiveDate: "2026-05-08",
    },
  },
  {
    id: "v20-disputes-jersey-trust-standstill-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a Standstill Agreement dated 30 January 2026
THIS DEED is made on the 29th day of June, 2026
BETWEEN the persons whose names and addresses are set out in Schedule 1 (each a “Party” and together the “Parties”).
WHEREAS
(A) The Parties entered into a standstill agreement dated 30 January 2026 (the “Standstill Agreement”) in connection with claims which the Beneficiaries (as defined in Schedule 1) allege against the Trustee in respect of its administration of the Le Quesne Family Settlement (the “Settlement”) between 2014 and 2023.
(B) Under clause 2.1 of the Standstill Agreement the Standstill Period runs until 31 July 2026, and under clause 2.3 any Party may end it early on fourteen (14) days' written notice.
(C) The Parties are engaged in mediation and wish to extend the Standstill Period.
IT IS AGREED as follows:
1. Definitions. Terms defined in the Standstill Agreement have the same meaning in this Deed.
2. Variation. With effect from the date of this Deed, the Standstill Agreement is varied as follows: (a) in clause 2.1, “31 July 2026” is deleted and replaced with “31 January 2027”; and (b) in clause 2.3, “fourteen (14) days” is deleted and replaced with “twenty-eight (28) days”.
3. Further extension. The Standstill Period may be extended further only by a further deed signed by all the Parties.
4. Continuation. Save as varied by this Deed, the Standstill Agreement remains in full force and effect, and clause 9 (Confidentiality) of it continues to apply for twelve months after the end of the Standstill Period.
5. Protector. The Protector of the Settlement, Mr Henri Gallichan, has consented to the Trustee entering into this Deed but is not a party to it.
6. Governing law. This Deed and the Standstill Agreement as varied by it are governed by Jersey law, and the Parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
# SCHEDULE 1 — THE PARTIES
| 1 | Beaumont Fiduciary Services (Jersey) Limited, a company incorporated in Jersey with registered number 88412, of 11 Hill Street, St Helier, Jersey JE2 4UA, in its capacity as trustee of the Settlement | the “Trustee” |
| 2 | Cedric Paul Le Quesne, of La Maison du Coin, Rue de Bas, St Ouen, Jersey JE3 2AB | a “Beneficiary” |
| 3 | Anaïs Le Quesne-Duval, of 4 Avenue Mozart, 75016 Paris, France | a “Beneficiary” |
EXECUTED as a deed by Beaumont Fiduciary Services (Jersey) Limited in its capacity as trustee of the Le Quesne Family Settlement acting by two directors: Marcus Renouf, Director; Élodie Vibert, Director
SIGNED as a deed by Cedric Paul Le Quesne in the presence of: Sarah Amy Picot, Advocate, Voisin de Gruchy, St Helier
SIGNED as a deed by Anaïs Le Quesne-Duval in the presence of: Julien Marchetti, Notaire, Paris`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Beaumont Fiduciary Services (Jersey) Limited", "Cedric Paul Le Quesne", "Anaïs Le Quesne-Duval"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-29",
      expiryDate: "2027-01-31",
      amends: "Standstill Agreement",
    },
  },
  {
    id: "v20-disputes-kenya-consent-order",
    format: "docx",
    source: `REPUBLIC OF KENYA
IN THE HIGH COURT OF KENYA AT NAIROBI
COMMERCIAL AND TAX DIVISION
CIVIL SUIT NO. E214 OF 2025
BETWEEN
| WANJIRU, OTIENO & MWANGI ENTERPRISES LIMITED | PLAINTIFF |
AND
| SAMUEL KIPRONO CHEBET | 1ST DEFENDANT |
| LAKEVIEW AGRO-PROCESSORS (EAST AFRICA) LIMITED | 2ND DEFENDANT |
# CONSENT ORDER
UPON the Plaintiff having filed suit on 3rd June 2025 for the recovery of KShs 21,400,000 said to be due under a supply contract dated 14th January 2024 between the Plaintiff and the 2nd Defendant, the performance of which was guaranteed by the 1st Defendant;
AND UPON the parties having recorded a consent dated 10th February 2026 and filed on 12th February 2026, signed by Messrs. Kamau & Odhiambo Advocates for the Plaintiff and Messrs. Achieng, Njoroge & Co. Advocates for the Defendants;
AND UPON hearing counsel for the parties in court on 16th February 2026;
BY CONSENT IT IS HEREBY ORDERED THAT:
1. Judgment be and is hereby entered for the Plaintiff against the 1st and 2nd Defendants jointly and severally in the sum of KShs 18,750,000 in full and final settlement of the suit.
2. The decretal sum shall be paid in twelve (12) equal monthly instalments of KShs 1,562,500 each, the first instalment falling due on 1st March 2026 and thereafter on the first day of each succeeding month, into the Plaintiff's account at Highland Commercial Bank Limited, Moi Avenue Branch.
3. In default of payment of any one instalment within seven (7) days of its due date, the entire outstanding balance shall immediately become due and the Plaintiff shall be at liberty to execute without further reference to the Defendants.
4. The Plaintiff shall withdraw the caution registered against title number Nakuru Municipality Block 4/1187 within fourteen (14) days of payment in full.
5. Each party shall bear its own costs of the suit.
6. The suit is hereby marked as settled in terms of this order.
===
GIVEN under my hand and the seal of this Court at Nairobi this 16th day of February, 2026.
DEPUTY REGISTRAR
HIGH COURT OF KENYA, NAIROBI
Drawn and filed by: Kamau & Odhiambo Advocates, Kimathi House, Kimathi Street, P.O. Box 40912-00100, Nairobi`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Wanjiru, Otieno & Mwangi Enterprises Limited", "Samuel Kiprono Chebet", "Lakeview Agro-Processors (East Africa) Limited"],
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v20-disputes-nsw-calderbank-offer",
    format: "txt",
    source: `TREMAINE, OKORO & FITZGERALD
Lawyers
Level 22, 1 Macquarie Place, Sydney NSW 2000 | T +61 2 9251 0000 | ABN 61 443 210 987
23 March 2026
Ms Leonie Vandermeer
Partner
Gallagher Strand & Partners
GPO Box 4120
Sydney NSW 2001
By email: lvandermeer@gallagherstrand.com.au
Our ref: RT:2291847
Your ref: LV/NRA/0443
WITHOUT PREJUDICE SAVE AS TO COSTS
Dear Colleague
# CALDERBANK OFFER
We act for Kimberley Coast Pearling Pty Ltd, the defendant in Supreme Court of New South Wales proceedings 2025/00318842 brought by your client, Northern Reef Aquaculture Pty Limited, for alleged breach of a pearl shell supply agreement dated 1 October 2022. We refer to your letters of 4 February 2026 and 11 March 2026.
Without admission of liability, our client offers to settle the proceedings on the following terms:
(a) our client will pay your client A$640,000, inclusive of interest and costs, within 28 days after acceptance of this offer;
(b) the proceedings will be dismissed with no order as to costs, and all previous costs orders will be vacated;
(c) the parties will exchange mutual releases of all claims arising out of the supply agreement, which expired on 30 September 2025 at the end of its three-year term;
(d) the terms of settlement will be confidential, and for two years neither party will make any disparaging statement about the other.
If your client wishes to accept this offer, acceptance must be communicated to us in writing by 4.00 pm on Monday, 13 April 2026.
If your client does not accept and later obtains a judgment no more favourable than this offer, our client will rely on this letter in seeking an order that your client pay its costs on an indemnity basis from 14 April 2026, in accordance with the principles in Calderbank v Calderbank [1975] 3 All ER 333 and the Civil Procedure Act 2005 (NSW).
Yours faithfully
Tremaine, Okoro & Fitzgerald
Rhys Tremaine
Principal`,
    truth: {
      title: "Calderbank Offer",
      documentType: "Letter",
      parties: ["Tremaine, Okoro & Fitzgerald", "Gallagher Strand & Partners"],
      effectiveDate: "2026-03-23",
    },
  },
  {
    id: "v20-disputes-difc-lender-standstill",
    format: "pdf",
    pdfMargin: 120,
    source: `# STANDSTILL AGREEMENT
| Date of this Agreement | 30 April 2026 |
| Company | Qasr Al Noor Hospitality Holdings Ltd, a company incorporated in the Dubai International Financial Centre with registered number 4471, of Level 14, Gate Village 3, DIFC, Dubai |
| Lenders | The financial institutions and funds named in Schedule 1 (together the “Lenders” and each a “Lender”) |
| Agent | Al Safa Loan Agency Services (DIFC) Limited, as agent for the Lenders under the Facility Agreement |
| Facility Agreement | The US$275,000,000 term and revolving facilities agreement dated 12 September 2022 between, among others, the Company, the Agent and the Lenders, which is governed by English law |
| Effective Date | 1 May 2026 |
| Standstill Period | From 1 May 2026 to 31 October 2026, as extended under clause 3.2 |
| Governing law | The laws of the Dubai International Financial Centre |
This Agreement is made on the date stated above between the Company, the Lenders and the Agent (the “Parties”). The Company's parent, Qasr Al Noor Group PJSC (the “Parent”), is not a party to this Agreement.
1. Background. Events of Default have occurred under the Facility Agreement following the Company's failure to pay the instalment due on 31 March 2026, and the Company has asked the Lenders not to enforce while it pursues a refinancing.
2. Standstill. During the Standstill Period neither the Agent nor any Lender shall accelerate the loans, enforce any Transaction Security or commence proceedings against the Company or the Parent.
3.1 Standstill Period. The Standstill Period begins on the Effective Date and ends on 31 October 2026.
3.2 Extension. Unless the Agent (acting on the instructions of the Majority Lenders) notifies the Company at least ten (10) Business Days before the then current expiry date that the Standstill Period will not be extended, the Standstill Period shall automatically be extended for successive periods of one (1) month each.
3.3 Early termination. The Standstill Period ends immediately if a Termination Event occurs, including the Company failing to deliver its monthly cash-flow forecast within five (5) Business Days after the end of each month.
4. Interest and fee. Interest continues to accrue at the default rate and shall be paid on the last Business Day of each month. The Company shall pay the Agent, for the Lenders, a standstill fee of 0.25 per cent. of the outstanding loans within three (3) Business Days after the Effective Date.
5. Facility Agreement. The Facility Agreement continues in full force and effect, and its final maturity date of 12 September 2027 is not changed by this Agreement.
6. Governing law and jurisdiction. This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
===
# SCHEDULE 1 — THE LENDERS
| Name of Lender | Commitment (US$) |
| Emirates Meridian Bank PJSC | 125,000,000 |
| Banque Lévesque-Marchand et Associés S.A. | 90,000,000 |
| Northgate Sovereign Credit Fund I, L.P., acting by its manager, Northgate Capital Management Limited | 60,000,000 |
# EXECUTION
| Party | Signed by | Capacity |
| Qasr Al Noor Hospitality Holdings Ltd | Tariq Hamdan Al Suwaidi | Director |
| Emirates Meridian Bank PJSC | Priya Menon-Khoury | Authorised Signatory |
| Banque Lévesque-Marchand et Associés S.A. | Olivier Marchand | Managing Director |
| Northgate Sovereign Credit Fund I, L.P. by Northgate Capital Management Limited, its manager | Daniel Osei-Bonsu | Authorised Signatory |
| Al Safa Loan Agency Services (DIFC) Limited (as Agent) | Layla Haddad | Authorised Signatory |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Qasr Al Noor Hospitality Holdings Ltd", "Emirates Meridian Bank PJSC", "Banque Lévesque-Marchand et Associés S.A.", "Northgate Sovereign Credit Fund I, L.P.", "Al Safa Loan Agency Services (DIFC) Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
      renewal: "1 month",
    },
  },
];
