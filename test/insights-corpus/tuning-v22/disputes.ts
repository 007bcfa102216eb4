import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22: disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, notices). */
export const DISPUTES_V22: UnseenDocument[] = [
  {
    id: "v22-disputes-settlement-england",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) HARROWGATE LOGISTICS LIMITED, a company incorporated and registered in England and Wales with company number 04419873 whose registered office is at Unit 7, Kingsway Business Park, Rochdale, Lancashire OL16 4NW ("Harrowgate"); and
(2) PELLHAM & SONS (CONTRACTORS) LIMITED, a company incorporated and registered in England and Wales with company number 01188420 whose registered office is at 3rd Floor, 21 Colmore Row, Birmingham B3 2BJ (the "Contractor"),
each a "Party" and together the "Parties".
# BACKGROUND
(A) Harrowgate and the Contractor are parties to a warehouse fit-out and maintenance agreement dated 1 February 2023 (the "Works Agreement"), which was entered into for an initial period of three years and is governed by the laws of England and Wales.
(B) Harrowgate Group plc, the parent company of Harrowgate, gave a parent company guarantee dated 1 February 2023 of Harrowgate's payment obligations under the Works Agreement (the "Guarantee"). Harrowgate Group plc is not a party to this Agreement.
(C) Disputes have arisen between the Parties concerning the valuation of variations and the deduction of liquidated damages under the Works Agreement, and the Contractor has issued proceedings in the Business and Property Courts in Manchester under claim number HT-2025-MAN-000214 (the "Proceedings").
(D) The Parties wish to settle the Proceedings and all claims between them on the terms of this Agreement, without any admission of liability.
IT IS AGREED as follows:
# 1. Settlement Sum
1.1 Harrowgate shall pay the Contractor the sum of £485,000 (inclusive of VAT) (the "Settlement Sum") within 14 days of the date of this Agreement by transfer to the client account of Addleshaw Pryce LLP, the Contractor's solicitors, whose receipt shall be a good discharge.
1.2 Each Party shall bear its own costs of the Proceedings.
# 2. Release
2.1 The Settlement Sum is paid in full and final settlement of all claims which the Contractor has or may have against Harrowgate, Harrowgate Group plc or any member of their group arising out of the Works Agreement, the Guarantee or the Proceedings.
2.2 Harrowgate Group plc may enforce clause 2.1 under the Contracts (Rights of Third Parties) Act 1999, but the Parties may vary or rescind this Agreement without its consent.
# 3. The Proceedings
3.1 Within 7 days of receipt of the Settlement Sum, the Parties shall file a consent order in the agreed form staying the Proceedings.
# 4. Confidentiality
4.1 The Parties shall keep the terms of this Agreement confidential. This clause 4 shall survive for a period of five years from the date of this Agreement.
# 5. Governing Law and Jurisdiction
5.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
===
Signed by MARCUS DUNLEAVY, director, for and on behalf of HARROWGATE LOGISTICS LIMITED
Signature: ______________________
Signed by PRIYA CHAUDHARY, director, for and on behalf of PELLHAM & SONS (CONTRACTORS) LIMITED
Signature: ______________________`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Harrowgate Logistics Limited", "Pellham & Sons (Contractors) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v22-disputes-tolling-new-york",
    format: "pdf",
    pdfMargin: 84,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and among BLUESTEM CAPITAL PARTNERS II, L.P., a Delaware limited partnership, and BLUESTEM CAPITAL PARTNERS II (PARALLEL), L.P., a Delaware limited partnership (together, the “Funds”), each acting by its general partner, Bluestem GP II, LLC, on the one hand, and MARLOW, FINCH & CO. LLP, a New York limited liability partnership (“Marlow Finch”), on the other hand. The Funds and Marlow Finch are each referred to as a “Party.”
# RECITALS
WHEREAS, Marlow Finch served as independent auditor of the Funds for the fiscal years 2021 through 2024 pursuant to an engagement letter dated January 15, 2021, which is governed by the laws of the State of Delaware;
WHEREAS, the Funds contend that they may have claims against Marlow Finch arising out of its audits of investments administered by Northgate Fund Administration Ltd., the Funds’ administrator (the “Claims”), and Marlow Finch denies any liability;
WHEREAS, the Parties wish to explore resolution of the Claims without litigation and to preserve the Parties’ respective positions while they do so;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Tolling. The running of any statute of limitations, statute of repose or other time-based defense applicable to the Claims shall be tolled during the period from the Effective Date through the termination of this Agreement (the “Tolling Period”). Nothing herein revives any Claim that was time-barred before the Effective Date.
2. Term. This Agreement shall remain in effect for a period of twelve (12) months from the Effective Date and shall thereafter automatically renew for successive periods of six (6) months each, unless either Party gives the other not less than thirty (30) days’ written notice of termination before the end of the then-current period.
3. Commencement of Action. The Funds shall not commence any action on the Claims during the Tolling Period. Following termination, the Funds shall have sixty (60) days within which to commence an action, in addition to any time remaining under the applicable limitations period as of the Effective Date.
4. No Admission. This Agreement is not an admission of liability by any Party, and the Parties agree that it shall not be offered as evidence in any proceeding other than to enforce its terms.
5. Confidentiality. The existence and terms of this Agreement shall be kept confidential for three (3) years after its termination, except as required by law or to the Parties’ insurers and professional advisers.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
7. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BLUESTEM CAPITAL PARTNERS II, L.P. | MARLOW, FINCH & CO. LLP |
| By: Bluestem GP II, LLC, its general partner | By: /s/ Theodore A. Finch |
| By: /s/ Renata Oyelaran | Name: Theodore A. Finch |
| Name: Renata Oyelaran, Managing Member | Title: Managing Partner |
| BLUESTEM CAPITAL PARTNERS II (PARALLEL), L.P. | Date: March 9, 2026 |
| By: Bluestem GP II, LLC, its general partner | |
| By: /s/ Renata Oyelaran, Managing Member | |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Bluestem Capital Partners II, L.P.", "Bluestem Capital Partners II (Parallel), L.P.", "Marlow, Finch & Co. LLP"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v22-disputes-standstill-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `# STANDSTILL AGREEMENT
This Agreement is dated 28 May 2026 and is made between the Company, the Parent and the Lender named in the Key Details below.
# Key Details
| Item | Details |
| Company | Kestrel Marine Pte. Ltd. (UEN 201534872K), 80 Robinson Road, #14-02, Singapore 068898 |
| Parent | Tanjong Straits Shipping Holdings Ltd. (UEN 200911245W), 1 Harbourfront Avenue, #09-11, Singapore 098632 |
| Lender | Straits Orient Bank Limited, acting through its Singapore branch at 6 Battery Road, #30-01, Singapore 049909 |
| Facility Agreement | the US$42,000,000 term loan facility agreement dated 9 March 2022 between the Company as borrower, the Parent as guarantor and the Lender, which is governed by English law |
| Security Trustee | SOB Trustee Services Pte. Ltd. (which is not a party to this Agreement) |
| Commencement Date | 1 June 2026 |
| Standstill Period | from 1 June 2026 to 30 November 2026 (both dates inclusive) |
| Governing Law | the laws of the Republic of Singapore |
# 1. Interpretation
1.1 Capitalised terms have the meanings given in the Key Details or, if not defined there, in the Facility Agreement.
# 2. Standstill
2.1 During the Standstill Period the Lender shall not, and shall procure that the Security Trustee does not, accelerate the loan, demand payment under the Parent's guarantee, enforce any security or commence any insolvency proceedings against the Company or the Parent in respect of the defaults listed in the Schedule.
2.2 Interest shall continue to accrue under the Facility Agreement and shall be capitalised at the end of each interest period of three months.
# 3. Undertakings
3.1 The Company shall deliver to the Lender a restructuring plan prepared with Harbour Capital Advisory Pte. Ltd., its financial adviser, within 60 days after the Commencement Date, and monthly cash flow reports within 10 Business Days after the end of each month.
# 4. Early Termination
4.1 The Standstill Period shall end early if the Company or the Parent fails to comply with clause 3 and does not remedy the failure within five Business Days of notice from the Lender.
# 5. Governing Law and Jurisdiction
5.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Singapore, and the courts of Singapore have exclusive jurisdiction. The Facility Agreement remains governed by English law.
===
# Schedule: Existing Defaults
| Default | Clause of Facility Agreement |
| Failure to pay the instalment due 9 March 2026 | Clause 23.1 (Non-payment) |
| Breach of the loan-to-value covenant at 31 December 2025 | Clause 21.2 (Financial covenants) |
# Execution
| Signed for and on behalf of Kestrel Marine Pte. Ltd. | Lim Wei Ling, Director |
| Signed for and on behalf of Tanjong Straits Shipping Holdings Ltd. | Dato' Kamal Hassan, Director |
| Signed for and on behalf of Straits Orient Bank Limited | Rebecca Goh Shu Min, Authorised Signatory |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Kestrel Marine Pte. Ltd.", "Tanjong Straits Shipping Holdings Ltd.", "Straits Orient Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v22-disputes-notice-hong-kong",
    format: "pdf",
    pdfMargin: 72,
    source: `WING FAT ENGINEERING COMPANY LIMITED
Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong
Tel: +852 2345 6789 | contracts@wingfateng.com.hk
12 May 2026
BY HAND AND BY EMAIL
Harbourfront Development (Kowloon) Limited
28/F, One Canton Square, 9 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong
Attention: Mr. Raymond Ho Ka-leung, Project Director
Copy to: Chan Lau & Partners Limited (the Engineer), attention Ir. Stella Wong Mei-yee
Our ref: WFE/HDK/0417
Dear Sirs,
# Notice of Dispute
Contract No. HDK/MC/2024/03: Main Contract Works, Site at Hoi Fai Road, Tai Kok Tsui (the "Contract")
1. We refer to the Contract dated 18 August 2024 made between you as Employer and us as Contractor, under which the Works were to be completed within a Contract Period of thirty (30) months from the Date for Commencement, 2 September 2024.
2. We also refer to our letters dated 7 January 2026 and 3 March 2026, and to the Engineer's decision dated 14 April 2026 rejecting our claim for an extension of time of 86 days and for additional payment of HK$23,760,000 arising from the late release of the site access and the instructed redesign of the transfer plate.
3. We do not accept the Engineer's decision. Pursuant to Clause 92 of the General Conditions of Contract, we hereby give you notice that a dispute has arisen between us in respect of:
(a) our entitlement to an extension of time of 86 days and the corresponding relief from liquidated damages; and
(b) our entitlement to payment of HK$23,760,000, together with interest and financing charges.
4. We invite you to refer the dispute to mediation within 28 days of the date of this notice. If the dispute is not resolved within 90 days of this notice, we intend to refer it to arbitration in accordance with Clause 93 of the General Conditions of Contract.
5. This notice is given without prejudice to our other rights and remedies under the Contract, all of which are reserved, including our right to apply for an interim payment.
Yours faithfully,
For and on behalf of
Wing Fat Engineering Company Limited
Tsang Chi-keung
Director`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Wing Fat Engineering Company Limited", "Harbourfront Development (Kowloon) Limited"],
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v22-disputes-deed-release-jersey",
    format: "pdf",
    source: `# DEED OF SETTLEMENT AND RELEASE
Dated the 9th day of July 2026
MERIDIAN TRUSTEES (JERSEY) LIMITED
in its capacity as trustee of the Larchmont Family Settlement
and
ÉTIENNE LE BROCQ
and
DR CLAUDINE MARIE LE BROCQ-HAMON
Prepared by Le Quesne Falle, Advocates & Solicitors, 9 Hill Street, St Helier, Jersey JE1 1BE
===
THIS DEED is made on the 9th day of July 2026
BETWEEN:
(1) MERIDIAN TRUSTEES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 88214 whose registered office is at 14 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Larchmont Family Settlement (the "Trustee");
(2) ÉTIENNE LE BROCQ of La Maison du Coin, Rue de la Vallée, St Ouen, Jersey JE3 2BD ("Mr Le Brocq"); and
(3) DR CLAUDINE MARIE LE BROCQ-HAMON of 41 Avenue Foch, 75116 Paris, France ("Dr Le Brocq-Hamon"),
(Mr Le Brocq and Dr Le Brocq-Hamon together the "Beneficiaries").
# RECITALS
(A) The Larchmont Family Settlement (the "Settlement") was established by a settlement dated 2 December 2004 made by the late Philippe Le Brocq as settlor. Ashford Fiduciary Services Limited acted as trustee of the Settlement until its retirement on 30 June 2024, when the Trustee was appointed in its place.
(B) The Beneficiaries commenced proceedings in the Royal Court of Jersey (Samedi Division) against the Trustee concerning the sale by the Settlement of its shareholding in Larchmont Holdings Limited (the "Proceedings").
(C) The parties have agreed to compromise the Proceedings on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Distribution. Within 30 days after the date of this Deed the Trustee shall distribute £1,250,000 to each of the Beneficiaries out of the Settlement fund.
2. Retention. The Trustee shall retain £400,000 (the "Retention") for a period of eighteen (18) months from the date of this Deed to meet any tax liabilities of the Settlement, and shall then distribute any balance equally to the Beneficiaries.
3. Release. Each Beneficiary releases the Trustee, Ashford Fiduciary Services Limited and their directors and officers from all claims arising out of the administration of the Settlement up to the date of this Deed. Ashford Fiduciary Services Limited may rely on this clause but is not a party to this Deed.
4. Discontinuance. Within 10 days after the distribution under clause 1, the parties shall apply to the Royal Court for the Proceedings to be discontinued with no order as to costs.
5. Protector. Mr Alistair Vibert, the protector of the Settlement, has consented to this Deed by letter dated 1 July 2026.
6. Governing Law. This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
Executed as a deed by MERIDIAN TRUSTEES (JERSEY) LIMITED acting by two directors: Sarah Renouf, Director; Jean-Luc Pirouet, Director
Signed as a deed by ÉTIENNE LE BROCQ in the presence of: Paul Gallichan, Advocate, St Helier
Signed as a deed by DR CLAUDINE MARIE LE BROCQ-HAMON in the presence of: Maître Hélène Dubois, Notaire, Paris`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Meridian Trustees (Jersey) Limited", "Étienne Le Brocq", "Claudine Marie Le Brocq-Hamon"],
      governingLaw: "Jersey",
      effectiveDate: "2026-07-09",
    },
  },
  {
    id: "v22-disputes-deed-variation-nsw",
    format: "docx",
    source: `# DEED OF VARIATION
relating to the Deed of Settlement dated 14 March 2025
Date: 25 August 2026
# Parties
| Name | Coolabah Earthmoving Pty Ltd (ACN 612 448 901) |
| Address | 17 Dunheved Circuit, St Marys NSW 2760 |
| Short name | Coolabah |
| Name | Yarran Civil Group Pty Ltd (ACN 150 227 634) as trustee for the Yarran Unit Trust |
| Address | Level 4, 100 Pacific Highway, North Sydney NSW 2060 |
| Short name | Yarran |
# Background
A. Coolabah and Yarran are parties to a deed titled "Deed of Settlement" dated 14 March 2025 (the Settlement Deed), under which Yarran agreed to pay Coolabah $1,800,000 by 18 monthly instalments, the last falling due on 14 September 2026, in settlement of Supreme Court of New South Wales proceedings no. 2024/00318765.
B. Mr Darren Keogh guaranteed Yarran's obligations under the Settlement Deed. He is not a party to this deed and has consented to it by a separate letter dated 20 August 2026.
C. The parties wish to vary the Settlement Deed with effect from the Variation Date.
# Operative provisions
1. Definitions. In this deed, Variation Date means 1 September 2026. Terms defined in the Settlement Deed have the same meaning in this deed.
2. Variation. With effect on and from the Variation Date, clause 3.1 of the Settlement Deed is amended by replacing "18 monthly instalments" with "24 monthly instalments", so that the final instalment falls due on 14 March 2027.
3. Interest. Yarran must pay interest at 6% per annum on each instalment deferred by this deed, within 7 days after each instalment date.
4. Confirmation. Except as varied by this deed, the Settlement Deed continues in full force and effect, and the release in clause 5 of the Settlement Deed is not affected.
5. Governing law. This deed is governed by the law in force in New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
===
# Execution
Executed as a deed.
| Executed by Coolabah Earthmoving Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Bradley John Whitfield; Director/Secretary: Leanne Maree Whitfield |
| Executed by Yarran Civil Group Pty Ltd as trustee for the Yarran Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Sole Director and Secretary: Nguyen Thi Mai |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Coolabah Earthmoving Pty Ltd", "Yarran Civil Group Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-09-01",
      amends: "Deed of Settlement",
    },
  },
  {
    id: "v22-disputes-minute-scotland",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
CALEDONIAN ESTATES (NOMINEES) LIMITED, incorporated under the Companies Acts (Registered Number SC214773) and having its Registered Office at 5 Atholl Crescent, Edinburgh EH3 8EJ, and CALEDONIAN ESTATES (TRUSTEE) LIMITED, incorporated under the Companies Acts (Registered Number SC214774) and having its Registered Office at the same address, as nominees and trustees for the Caledonian Property Unit Trust (together the "Landlord")
and
McALLISTER & REID, a firm of chartered surveyors having its principal place of business at 220 West George Street, Glasgow G2 2PQ (the "Tenant")
CONSIDERING THAT:
(One) the Tenant is tenant of the second floor of 14 Castle Street, Edinburgh under a Lease between Strathmore Investments Limited, the Landlord's predecessor in title, and the Tenant dated 14 and 21 November 2016 and registered in the Books of Council and Session on 2 December 2016, for a period of fifteen years from and after 28 November 2016 (the "Lease");
(Two) disputes have arisen between the parties as to rent arrears of £64,310 and the rent payable from the review date of 28 November 2021, and the Landlord has raised an action for payment in the Sheriff Court of Lothian and Borders at Edinburgh (the "Action");
(Three) Hamish McAllister, a partner of the Tenant, granted a personal guarantee of the Tenant's obligations under the Lease, and is not a party to this Minute of Agreement;
(Four) the parties have agreed to settle the Action and the said disputes in full and final settlement on the following terms;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute of Agreement "Effective Date" means 6 October 2026.
2. The Tenant shall pay to the Landlord the sum of £52,000 within 21 days of the Effective Date in full and final settlement of all arrears of rent due under the Lease up to and including the quarter day of 28 August 2026.
3. The yearly rent payable under the Lease from and after 28 November 2021 is agreed at £88,500, and the next rent review date under the Lease remains 28 November 2026.
4. Within 7 days after receipt of the sum in clause 2, the parties shall instruct their agents to lodge a joint minute in the Action seeking decree of absolvitor with no expenses due to or by either party.
5. Save as provided in clause 3, nothing in this Minute of Agreement varies the Lease, which shall remain in full force and effect.
6. This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the jurisdiction of the Scottish courts.
7. The parties consent to the registration of this Minute of Agreement for preservation and execution.
IN WITNESS WHEREOF these presents are subscribed as follows:
they are subscribed for and on behalf of CALEDONIAN ESTATES (NOMINEES) LIMITED and CALEDONIAN ESTATES (TRUSTEE) LIMITED at Edinburgh on 2 October 2026 by Alasdair Iain Munro, Director of each company, before this witness Morag Ferguson, Trainee Solicitor, Burness Craig LLP, 50 Lothian Road, Edinburgh;
and they are subscribed for and on behalf of McALLISTER & REID at Glasgow on 6 October 2026 by Fiona Reid, Partner, before this witness Gordon Lennox, Office Manager, 220 West George Street, Glasgow.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Caledonian Estates (Nominees) Limited", "Caledonian Estates (Trustee) Limited", "McAllister & Reid"],
      governingLaw: "Scotland",
      effectiveDate: "2026-10-06",
    },
  },
  {
    id: "v22-disputes-engagement-ireland",
    format: "pdf",
    pageFooters: true,
    source: `Ó BRIAIN KAVANAGH LLP
Solicitors
Merrion House, 58 Fitzwilliam Square, Dublin 2, D02 X285
Our ref: DL/BCD/0112-26
20 January 2026
Private and Confidential
Ballycarra Dairies Unlimited Company
Ballycarra, Co. Mayo, F23 K2N4
For the attention of: Mr. Séamus Walsh, Chief Executive
Dear Séamus,
# Letter of Engagement
Matter: Ballycarra Dairies Unlimited Company v Shannonside Packaging DAC, High Court (Commercial List)
1. Thank you for instructing us. This letter, together with our enclosed Terms of Business, sets out the basis on which we will act for Ballycarra Dairies Unlimited Company (the "Company") in this matter.
2. Scope. We will advise and act for the Company in recovering its losses arising from defective packaging supplied by Shannonside Packaging DAC under a supply agreement dated 5 May 2021, which had an initial term of five years, including issuing and conducting proceedings and any mediation ordered by the Court.
3. People. Deirdre Lynch, partner, will have overall responsibility for the matter, assisted by Cian Moloney, associate. We expect to instruct counsel, Ms. Aoife Brennan BL and Mr. Conor Hegarty SC, whose fees will be charged to you as disbursements.
4. Fees. Our fees will be charged on the basis of time spent at the hourly rates set out in the enclosed notice under section 150 of the Legal Services Regulation Act 2015. We will invoice monthly and our invoices are payable within 30 days. Our present estimate of costs to the end of trial is €180,000 plus VAT and outlays.
5. Termination. You may end our engagement at any time by notice in writing. We may cease to act on giving you 14 days' written notice in the circumstances set out in our Terms of Business. Our obligations of confidentiality continue after the engagement ends.
6. Governing law. This letter and our Terms of Business are governed by the laws of Ireland, and the Irish courts shall have exclusive jurisdiction over any dispute arising from them.
7. Please sign and return the enclosed copy of this letter to confirm your acceptance of these terms.
Yours sincerely,
Deirdre Lynch
Partner, for and on behalf of Ó Briain Kavanagh LLP
===
# Acceptance
We confirm our agreement to the terms of this letter and the enclosed Terms of Business.
Signed for and on behalf of Ballycarra Dairies Unlimited Company
Séamus Walsh, Chief Executive
Date: 2 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Ó Briain Kavanagh LLP", "Ballycarra Dairies Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-20",
    },
  },
];
