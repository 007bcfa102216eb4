import type { UnseenDocument } from "../unseen/types";

/** Disputes: settlements, tolling and standstill agreements, law-firm engagement letters, notices. */
export const DISPUTES_V6: UnseenDocument[] = [
  {
    id: "v6-settlement-release-illinois",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT AND MUTUAL RELEASE
This Settlement Agreement and Mutual Release (the "Agreement") is entered into as of August 8, 2025, by and between Prairie State Packaging Co., an Illinois corporation ("Prairie"), and Lakefront Gourmet Foods, LLC, a Wisconsin limited liability company ("Lakefront") (each a "Party").
RECITALS
A. On March 4, 2024, Prairie filed a complaint against Lakefront in the Circuit Court of Cook County, Illinois, captioned Prairie State Packaging Co. v. Lakefront Gourmet Foods, LLC, Case No. 2024-L-002217 (the "Lawsuit"), alleging non-payment of invoices under a supply contract dated June 1, 2022.
B. Lakefront denied liability and asserted counterclaims for defective goods.
C. The Parties wish to resolve the Lawsuit and all related claims without further litigation and without any admission of liability.
===
AGREEMENT
1. Settlement Payment. Lakefront shall pay Prairie the total sum of $412,500 in three installments: $150,000 within ten (10) days after the date of this Agreement, and $131,250 on each of November 1, 2025 and February 1, 2026.
2. Dismissal. Within five (5) business days after receipt of the final installment, the Parties shall file a stipulation dismissing the Lawsuit with prejudice, each Party bearing its own attorneys' fees and costs.
3. Mutual Releases. Each Party releases the other and its officers, members, employees and agents from all claims, known or unknown, arising out of the Lawsuit or the supply contract, except obligations under this Agreement.
4. No Admission. This Agreement is a compromise of disputed claims and is not an admission of liability by either Party.
5. Confidentiality. The Parties shall keep the amount of the settlement confidential, except as required by law.
===
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Illinois.
7. Entire Agreement. This Agreement is the entire agreement of the Parties regarding its subject matter.
PRAIRIE STATE PACKAGING CO.
By: Gerald Kowalski, President
LAKEFRONT GOURMET FOODS, LLC
By: Naomi Lindgren, Managing Member`,
    truth: {
      title: "Settlement Agreement and Mutual Release",
      documentType: "Settlement agreement",
      parties: ["Prairie State Packaging Co.", "Lakefront Gourmet Foods, LLC"],
      governingLaw: "Illinois",
      effectiveDate: "2025-08-08",
    },
  },
  {
    id: "v6-tolling-agreement-new-york",
    format: "txt",
    source: `# TOLLING AGREEMENT
This Tolling Agreement (the "Agreement") is entered into effective as of January 9, 2026 (the "Effective Date") by Manhattan Facade Restoration Corp. ("MFR") and 300 West 57th Condominium Board of Managers (the "Board").
WHEREAS, the Board contends that MFR performed defective waterproofing work at 300 West 57th Street under a contract dated April 2, 2021, and MFR denies those contentions (the "Dispute");
WHEREAS, the parties wish to explore resolution of the Dispute without the immediate need for litigation, and to preserve their respective claims and defenses while they do so;
NOW, THEREFORE, the parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to claims arising from the Dispute shall be tolled during the period in which this Agreement is in effect (the "Tolling Period").
2. No Revival. This Agreement does not revive any claim that was already time-barred as of the Effective Date.
3. Duration. This Agreement shall remain in effect until terminated by either party upon thirty (30) days' written notice to the other. Any claim tolled hereunder must be commenced within sixty (60) days after the end of the Tolling Period.
===
4. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any claim or defense.
5. Settlement Communications. Communications made in connection with the Dispute during the Tolling Period are subject to New York CPLR 4547.
6. Governing Law. This Agreement shall be governed by the laws of the State of New York.
7. Counterparts. This Agreement may be signed in counterparts, including by PDF.
MANHATTAN FACADE RESTORATION CORP.
By: Luis Echevarria, President
300 WEST 57TH CONDOMINIUM BOARD OF MANAGERS
By: Deborah Stein, President of the Board`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Manhattan Facade Restoration Corp.", "300 West 57th Condominium Board of Managers"],
      governingLaw: "New York",
      effectiveDate: "2026-01-09",
      term: "Until terminated",
    },
  },
  {
    id: "v6-standstill-england",
    format: "docx",
    storedPageCount: 2,
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is dated 30 September 2025
PARTIES
(1) CHILTERN HOMES (DEVELOPMENTS) LIMITED (company number 07766120) (the "Developer")
(2) AYLESBURY STRUCTURAL DESIGN LLP (partnership number OC398775) (the "Engineer")
BACKGROUND
(A) The Developer alleges that the Engineer was negligent in the structural design of the Hampden Fields residential scheme, carried out under an appointment dated 12 October 2018, and that it has suffered loss as a result (the "Claim").
(B) The Engineer denies the Claim.
(C) The parties wish to allow time for investigation and negotiation without either party being prejudiced by the passage of time.
AGREED TERMS
1. STANDSTILL PERIOD. The "Standstill Period" is the period of six (6) months from the date of this agreement.
2. LIMITATION. For the purposes of any limitation period under the Limitation Act 1980 or otherwise, time shall not run in respect of the Claim during the Standstill Period.
===
3. NO PROCEEDINGS. Neither party shall issue proceedings in respect of the Claim during the Standstill Period, save that either party may issue proceedings on 14 days' written notice to the other, whereupon the Standstill Period ends.
4. WITHOUT PREJUDICE. Nothing in this agreement is an admission by either party.
5. INSURERS. The Engineer confirms that it has notified its professional indemnity insurers of the Claim.
6. GOVERNING LAW. This agreement shall be governed by and construed in accordance with the law of England and Wales.
Signed by Mark Lindley, director, for and on behalf of Chiltern Homes (Developments) Limited
Signed by Dr Anita Chowdhury, designated member, for and on behalf of Aylesbury Structural Design LLP`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Chiltern Homes (Developments) Limited", "Aylesbury Structural Design LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-09-30",
      expiryDate: "2026-03-30",
      term: "6 months",
    },
  },
  {
    id: "v6-engagement-letter-scotland",
    format: "pdf",
    source: `MACLEOD DRUMMOND LLP
Solicitors & Notaries
Saltire Court, 20 Castle Terrace, Edinburgh EH1 2EN
Our ref: CGD/KM/R2291.1
Your ref: Procurement Challenge
Date: 2 February 2026
Private & Confidential
The Board of Directors
Loch Leven Civil Contractors Limited
Kinross Business Park
Kinross KY13 8AA
Dear Sirs
# Letter of Engagement – Challenge to Award of the Kinross Flood Defence Contract
Thank you for instructing us. This letter sets out the basis on which we will act for Loch Leven Civil Contractors Limited in challenging the award by Perth and Kinross Council of the flood defence works contract.
1. Scope of work. We will advise on the grounds for challenge under the Public Contracts (Scotland) Regulations 2015, prepare and raise proceedings in the Court of Session if instructed, and seek interim orders to suspend the award. Our engagement does not extend to any appeal unless we agree so in writing.
2. Time limits. Proceedings must be raised within 30 days from the date on which you first knew, or ought to have known, of the grounds for challenge. We will therefore need your full instructions and documents within the next five working days.
===
3. Responsibility. Catriona Drummond, Partner, will have overall responsibility for your matter, assisted by Kenneth Muir, Associate.
4. Fees. Our fees will be charged on the basis of time spent at the hourly rates in the attached schedule (currently £420 for a partner and £265 for an associate), plus VAT and outlays. We estimate fees to the conclusion of an interim hearing at £38,000 to £45,000 plus VAT. We will invoice monthly; invoices are payable within 30 days.
5. Terms of business. Our enclosed Terms of Business apply to this engagement. This letter and our Terms of Business are governed by Scots law, and the Scottish courts have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your instructions.
Yours faithfully
Macleod Drummond LLP
I confirm that I have read and understood this letter and agree to its terms on behalf of Loch Leven Civil Contractors Limited.
Signed: Duncan Beveridge, Managing Director
Date: 4 February 2026`,
    truth: {
      title: "Letter of Engagement – Challenge to Award of the Kinross Flood Defence Contract",
      documentType: "Engagement letter",
      parties: ["Macleod Drummond LLP", "Loch Leven Civil Contractors Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v6-engagement-letter-individual-washington",
    format: "txt",
    source: `HOLLOWAY RAINIER PLLC
Attorneys at Law
1201 Third Avenue, Suite 4400, Seattle, Washington 98101
March 18, 2026
VIA EMAIL
Ms. Priyanka Desai
5512 NE 61st Street
Seattle, WA 98115
# Engagement Agreement – Wrongful Termination Claim against Cascade Cloud Services
Dear Ms. Desai:
Thank you for selecting Holloway Rainier PLLC (the "Firm") to represent you. The purpose of this letter is to confirm the terms of our engagement, as required by the Washington Rules of Professional Conduct.
Scope. The Firm will represent you in pursuing claims arising from the termination of your employment by Cascade Cloud Services, Inc., including pre-suit negotiation and, if necessary, litigation in King County Superior Court. The engagement does not include any appeal or any tax advice concerning a settlement.
Fees. The Firm will be compensated on a contingent basis: 33⅓% of any gross recovery obtained before a lawsuit is filed, and 40% of any gross recovery obtained after filing. If there is no recovery, you owe no attorneys' fees. You will be responsible for costs such as filing fees and deposition transcripts, which the Firm will advance and recover from any settlement.
===
Statute of limitations. Your claims under the Washington Law Against Discrimination are generally subject to a three (3) year limitations period, and we will calendar the applicable deadline.
Termination. You may end this engagement at any time. The Firm may withdraw as permitted by the Rules of Professional Conduct.
Governing law. This agreement is governed by the laws of the State of Washington.
If these terms are acceptable, please sign below and return a copy to me.
Very truly yours,
HOLLOWAY RAINIER PLLC
Jordan T. Holloway, Member
AGREED AND ACCEPTED:
Priyanka Desai
Dated: March 20, 2026`,
    truth: {
      title: "Engagement Agreement – Wrongful Termination Claim against Cascade Cloud Services",
      documentType: "Engagement letter",
      parties: ["Holloway Rainier PLLC", "Priyanka Desai"],
      governingLaw: "Washington",
      effectiveDate: "2026-03-18",
    },
  },
  {
    id: "v6-termination-notice",
    format: "docx",
    storedPageCount: 1,
    source: `BY RECORDED DELIVERY AND EMAIL
From: Northumbria Textiles Limited, Tyne Mills, Hexham NE46 3SG
To: Baltic Home Retail SIA, Brīvības iela 88, Rīga LV-1001, Latvia
For the attention of: The Management Board
Date: 10 November 2025
# NOTICE OF TERMINATION
Distribution Agreement dated 3 April 2022 between Northumbria Textiles Limited and Baltic Home Retail SIA (the "Agreement")
1. We refer to the Agreement. Capitalised terms used in this notice have the meanings given to them in the Agreement.
2. We hereby give you notice under clause 18.2 of the Agreement that we terminate the Agreement. In accordance with clause 18.2, which requires not less than ninety (90) days' written notice, the termination will take effect on 9 February 2026 (the "Termination Date").
3. Until the Termination Date, we will continue to fulfil Orders accepted in accordance with the Agreement. Please note that under clause 19 you may sell off Products in your stock for three (3) months after the Termination Date.
4. We also remind you of your obligations under clause 20 to return all marketing materials and to cease using the Trade Marks after the Termination Date.
5. This notice is without prejudice to any rights or remedies we may have under the Agreement in respect of any breach that occurred before the Termination Date.
Yours faithfully
For and on behalf of Northumbria Textiles Limited
Eleanor Robson, Commercial Director`,
    truth: {
      title: "Notice of Termination",
      documentType: "Notice",
      parties: ["Northumbria Textiles Limited", "Baltic Home Retail SIA"],
      effectiveDate: "2025-11-10",
    },
  },
  {
    id: "v6-notice-of-default-alberta",
    format: "pdf",
    source: `CHINOOK COMMERCIAL LENDING CORPORATION
Suite 900, 333 - 7th Avenue SW, Calgary, Alberta T2P 2Z1
February 16, 2026
DELIVERED BY COURIER AND EMAIL
Bow River Hospitality Ltd.
220 Banff Avenue
Banff, Alberta T1L 1A9
Attention: Mr. Colin Fairweather, President
# NOTICE OF DEFAULT AND DEMAND FOR PAYMENT
Re: Loan Agreement dated June 30, 2023 between Chinook Commercial Lending Corporation, as lender, and Bow River Hospitality Ltd., as borrower (the "Loan Agreement")
We refer to the Loan Agreement. Terms defined in the Loan Agreement have the same meanings in this notice.
1. Events of Default. The following Events of Default have occurred and are continuing: (a) failure to pay the instalments of principal and interest due on December 31, 2025 and January 31, 2026, totalling $186,440.12; and (b) failure to maintain the Debt Service Coverage Ratio for the fiscal quarter ended September 30, 2025.
2. Acceleration and demand. Pursuant to section 9.2 of the Loan Agreement, we declare all Obligations immediately due and payable and demand payment of $4,912,006.57, together with interest accruing at the Default Rate from the date of this notice.
===
3. Notice of intention to enforce security. Enclosed is a Notice of Intention to Enforce Security under section 244 of the Bankruptcy and Insolvency Act (Canada). You are entitled to ten (10) days after delivery of that notice before we enforce our security.
4. Reservation of rights. Nothing in this notice, and no delay in exercising any right, waives any Event of Default or any of our rights under the Loan Agreement or the Security Documents.
CHINOOK COMMERCIAL LENDING CORPORATION
Per: Marguerite Lavoie, Vice President, Special Accounts
cc: Fairweather Family Holdings Ltd., as guarantor`,
    truth: {
      title: "Notice of Default and Demand for Payment",
      documentType: "Notice",
      parties: ["Chinook Commercial Lending Corporation", "Bow River Hospitality Ltd."],
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v6-deed-of-settlement-western-australia",
    format: "txt",
    source: `# DEED OF SETTLEMENT AND RELEASE
Date: 27 June 2025
Parties
1. Pilbara Haulage Contractors Pty Ltd ACN 125 664 903 of 15 Great Eastern Highway, Rivervale WA 6103 (Pilbara)
2. Goldfields Mining Equipment Pty Ltd ACN 089 771 442 of 40 Kewdale Road, Welshpool WA 6106 (Goldfields)
Background
A. Pilbara purchased six haul trucks from Goldfields under a sale contract dated 19 October 2022.
B. Pilbara commenced proceedings CIV 1733 of 2024 in the Supreme Court of Western Australia against Goldfields, alleging that the trucks were not of merchantable quality (the Proceedings).
C. The parties have agreed to settle the Proceedings on the terms of this deed, without admission of liability.
Operative provisions
1. Settlement Sum. Goldfields must pay Pilbara $1,275,000 (inclusive of costs) within 21 days after the date of this deed.
2. Discontinuance. Within 7 days after receiving the Settlement Sum, Pilbara must file a notice of discontinuance of the Proceedings, with no order as to costs.
===
3. Release. On payment of the Settlement Sum, each party releases the other from all claims arising out of or in connection with the sale contract, the trucks and the Proceedings.
4. Bar. This deed may be pleaded as a bar to any claim released by it.
5. Confidentiality. The terms of this deed are confidential, except for disclosure to a party's financiers, insurers and advisers.
6. Governing law. This deed is governed by the laws of Western Australia and the parties submit to the non-exclusive jurisdiction of its courts.
Executed as a deed.
Executed by Pilbara Haulage Contractors Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director: Bradley Kilmartin; Director/Secretary: Tess Kilmartin
Executed by Goldfields Mining Equipment Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director: Sanjay Iyer; Secretary: Rowena Clarke`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Pilbara Haulage Contractors Pty Ltd", "Goldfields Mining Equipment Pty Ltd"],
      governingLaw: "Western Australia",
      effectiveDate: "2025-06-27",
    },
  },
  {
    id: "v6-minutes-of-settlement-alberta",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTES OF SETTLEMENT
COURT OF KING'S BENCH OF ALBERTA, Judicial Centre of Edmonton, Action No. 2403 11872
BETWEEN:
ATHABASCA ROOFING & SHEET METAL LTD.
Plaintiff
- and -
STRATHCONA SENIORS HOUSING SOCIETY
Defendant
WHEREAS the Plaintiff commenced this action claiming $318,000 for roofing work performed at the Defendant's property at 8220 - 104 Street, Edmonton, and registered a builders' lien against that property;
AND WHEREAS the Defendant disputes the claim and has counterclaimed for deficiencies;
AND WHEREAS the parties attended a judicial dispute resolution on April 22, 2025 and wish to record the terms of their settlement;
THE PARTIES AGREE AS FOLLOWS:
1. The Defendant shall pay the Plaintiff the all-inclusive sum of $235,000 within thirty (30) days of the date these Minutes of Settlement are signed by both parties.
2. Within five (5) business days after receipt of payment, the Plaintiff shall discharge its builders' lien and file a Discontinuance of Claim, and the Defendant shall file a Discontinuance of Counterclaim, each without costs.
===
3. The Plaintiff warrants the roof membrane for a period of five (5) years from substantial completion.
4. These Minutes of Settlement constitute a full and final settlement of all claims between the parties relating to the project.
5. These Minutes of Settlement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.
Dated at Edmonton, Alberta, this 29th day of April, 2025.
ATHABASCA ROOFING & SHEET METAL LTD. Per: Dale Kowalchuk, President
STRATHCONA SENIORS HOUSING SOCIETY Per: Irene Bouchard, Chair`,
    truth: {
      title: "Minutes of Settlement",
      documentType: "Settlement agreement",
      parties: ["Athabasca Roofing & Sheet Metal Ltd.", "Strathcona Seniors Housing Society"],
      governingLaw: "Alberta",
      effectiveDate: "2025-04-29",
    },
  },
];
