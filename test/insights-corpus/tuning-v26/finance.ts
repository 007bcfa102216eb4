import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: finance — loan and facility agreements, facility letters, guarantees, security documents, intercreditor and amendment documents, from many jurisdictions. */
export const FINANCE_V26: UnseenDocument[] = [
  {
    id: "v26-finance-hartwell-term-facility",
    format: "pdf",
    pageFooters: true,
    source: `DATED 14 April 2026
(1) HARTWELL FOODS LIMITED as Borrower
(2) HARTWELL GROUP HOLDINGS LIMITED as Guarantor
(3) NORTHGATE BANK PLC as Lender
# TERM FACILITY AGREEMENT
£12,500,000 amortising term loan facility
Pell Harcourt LLP, 40 Basinghall Street, London EC2V 5DE
===
THIS AGREEMENT is dated 14 April 2026 and is made BETWEEN:
(1) HARTWELL FOODS LIMITED, a company incorporated in England and Wales with registered number 04512398 whose registered office is at Unit 3, Meadow Lane Industrial Estate, Leicester LE4 9BN (the “Borrower”);
(2) HARTWELL GROUP HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 09877312 whose registered office is at the same address (the “Guarantor”); and
(3) NORTHGATE BANK PLC, registered in England and Wales with number 00231876, acting through its office at 1 Lombard Place, Manchester M2 3HB (the “Lender”).
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
“Availability Period” means the period from and including the date of this Agreement to and including the date falling three Months after the date of this Agreement.
“Business Day” means a day (other than a Saturday or Sunday) on which banks are open for general business in London.
“Interest Period” means each period of three Months determined in accordance with Clause 7 (Interest Periods).
“Margin” means 2.85 per cent. per annum.
“Termination Date” means the date falling sixty (60) Months after the date of this Agreement.
# 2. THE FACILITY
2.1 Subject to the terms of this Agreement, the Lender makes available to the Borrower a sterling term loan facility in an aggregate amount equal to £12,500,000.
# 3. PURPOSE
3.1 The Borrower shall apply all amounts borrowed by it under the Facility towards refinancing its existing indebtedness to Wessex Asset Finance Limited and the acquisition of a chilled distribution centre at Coalville.
# 4. REPAYMENT
4.1 The Borrower shall repay the Loan in nineteen consecutive quarterly instalments of £312,500 each, the first falling on the date six Months after the date of this Agreement, and shall repay all amounts then outstanding in full on the Termination Date.
# 5. PREPAYMENT
5.1 The Borrower may, if it gives the Lender not less than ten Business Days' (or such shorter period as the Lender may agree) prior notice, prepay the whole or any part of the Loan (but, if in part, by a minimum amount of £500,000).
# 6. GUARANTEE
6.1 The Guarantor irrevocably and unconditionally guarantees to the Lender punctual performance by the Borrower of all its obligations under the Finance Documents.
# 28. GOVERNING LAW
28.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
===
# SIGNATURES
The Borrower: HARTWELL FOODS LIMITED, by Daniel Okafor, Director
The Guarantor: HARTWELL GROUP HOLDINGS LIMITED, by Daniel Okafor, Director
The Lender: NORTHGATE BANK PLC, by Fiona Reddish, Director, Corporate Banking`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Hartwell Foods Limited", "Hartwell Group Holdings Limited", "Northgate Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2031-04-14",
      term: "60 months",
    },
  },
  {
    id: "v26-finance-straits-meridian-facility-letter",
    format: "pdf",
    pdfMargin: 80,
    source: `STRAITS MERIDIAN BANK LIMITED
(Incorporated in Singapore, UEN 195600123K)
Commercial Banking Group, 80 Raffles Place, #28-01, Singapore 048624
8 April 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Tanjong Precision Engineering Pte. Ltd.
21 Tuas South Avenue 7, Singapore 637621
Our Ref: CBG/SME/2026/0418
Dear Sirs
# FACILITY LETTER
We refer to our recent discussions and to our letter of indicative terms dated 2 March 2026. We are pleased to offer Tanjong Precision Engineering Pte. Ltd. (the “Borrower”) the banking facility described below, on the terms of this letter and our Standard Terms and Conditions for Business Banking (the “Standard Terms”).
| Facility | Revolving credit facility |
| Limit | SGD 5,000,000 |
| Purpose | General working capital |
| Interest | Compounded SORA plus 2.10% per annum, payable on the last day of each interest period |
| Interest periods | 1, 3 or 6 months, at the Borrower's option |
| Commitment fee | 0.35% per annum on the undrawn limit, payable quarterly in arrears |
1. Availability. The Facility is granted for an initial period of twelve (12) months from the date of this letter. Upon the expiry of that period and of each subsequent period, the Facility shall be renewed automatically for a further period of twelve (12) months unless the Bank notifies the Borrower in writing, not less than thirty (30) days before the end of the current period, that it will not be renewed.
2. Drawings. Each drawing shall be in a minimum amount of SGD 250,000 and shall be repaid on the last day of its interest period, subject to redrawing.
3. Security. The Facility shall be secured by (a) a debenture over all the assets of the Borrower and (b) a personal guarantee from Mr Lim Wei Jie limited to SGD 5,000,000, each in form and substance satisfactory to the Bank.
4. Financial covenant. The Borrower shall maintain a tangible net worth of not less than SGD 8,000,000, tested on its audited accounts for each financial year, which shall be delivered to the Bank within 150 days after the financial year end.
5. Governing law. This letter and the Standard Terms are governed by the laws of Singapore, and the Borrower submits to the non-exclusive jurisdiction of the courts of Singapore.
6. Acceptance. This offer will lapse if the duplicate of this letter, duly signed, is not returned to us within thirty (30) days of the date of this letter.
Yours faithfully
For and on behalf of STRAITS MERIDIAN BANK LIMITED
Chua Mei Ling, Relationship Director          Rajesh Pillai, Credit Manager
Acceptance by the Borrower
We accept the Facility on the terms and conditions of this letter and the Standard Terms.
For and on behalf of TANJONG PRECISION ENGINEERING PTE. LTD.
Lim Wei Jie, Director          Goh Siew Hua, Director
Date: 15 April 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Straits Meridian Bank Limited", "Tanjong Precision Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-08",
      expiryDate: "2027-04-08",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v26-finance-renouf-jersey-guarantee",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on the 3rd day of March 2026
BY
(1) ALASDAIR JAMES RENOUF of La Maison Blanche, Rue de la Mare, St Ouen, Jersey JE3 2AB (the “Guarantor”)
IN FAVOUR OF
(2) ST HELIER TRUST BANK LIMITED, a company incorporated in Jersey with registered number 18842, whose registered office is at 9 Library Place, St Helier, Jersey JE4 8PX (the “Bank”).
WHEREAS
(A) The Bank has agreed to make available to Renouf Marine Services Limited (the “Company”) an overdraft facility and a term loan of £900,000 under a facility letter dated 19 February 2026 (as amended from time to time, the “Facility Letter”).
(B) The Guarantor is a director and the principal shareholder of the Company and has agreed to guarantee the obligations of the Company to the Bank on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Guarantee. The Guarantor guarantees to the Bank the due and punctual payment by the Company of all monies and liabilities now or in the future due, owing or incurred by the Company to the Bank (the “Guaranteed Liabilities”), and undertakes to pay each amount demanded within five (5) Business Days of the Bank's written demand.
2. Limit. The maximum aggregate liability of the Guarantor under this Deed shall not exceed £750,000, together with interest from the date of demand and the costs of enforcement.
3. Continuing security. This Deed is a continuing guarantee and shall remain in full force until terminated in accordance with clause 4, notwithstanding any intermediate payment or settlement of account.
4. Termination. The Guarantor may terminate this Deed by giving the Bank not less than three (3) months' written notice, but shall remain liable for the Guaranteed Liabilities incurred up to the expiry of that notice.
5. Waiver of customary law rights. The Guarantor abandons any right he may have under the customary law of Jersey to require that the Bank first proceed against or claim payment from the Company (droit de discussion), or that liability be divided between him and any co-guarantor (droit de division).
6. Independent advice. The Guarantor confirms that he was advised to obtain independent legal advice before executing this Deed and was given the opportunity to do so.
7. Reinstatement. If any payment by the Company is avoided or reduced on its insolvency, the liability of the Guarantor shall continue as if the payment had not been made, and this clause shall survive for two years after any release of the Guarantor.
===
8. Notices. Any demand or notice under this Deed shall be in writing and delivered to the Guarantor at the address set out above.
9. Governing law and jurisdiction. This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered by the Guarantor on the date first written above.
SIGNED AND DELIVERED AS A DEED by ALASDAIR JAMES RENOUF
in the presence of:
Witness: Marianne Le Cornu, Advocate, 22 Hill Street, St Helier, Jersey JE2 4UA`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Alasdair James Renouf", "St Helier Trust Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v26-finance-harlow-creek-first-amendment",
    format: "docx",
    storedPageCount: 3,
    source: `# FIRST AMENDMENT TO CREDIT AGREEMENT
This FIRST AMENDMENT TO CREDIT AGREEMENT (this “Amendment”) is made and entered into as of June 12, 2026, by and among HARLOW CREEK LOGISTICS, LLC, a Delaware limited liability company (the “Borrower”), HARLOW CREEK HOLDINGS, INC., a Delaware corporation (“Holdings”), the financial institutions party hereto as lenders, being PINECREST NATIONAL BANK, N.A., BLUEWATER COMMERCIAL BANK and FIRST OSAGE TRUST COMPANY (collectively, the “Lenders”), and PINECREST NATIONAL BANK, N.A., as administrative agent for the Lenders (in such capacity, the “Administrative Agent”).
# RECITALS
WHEREAS, the Borrower, Holdings, the Lenders and the Administrative Agent are parties to that certain Credit Agreement, dated as of March 1, 2024 (as amended, restated, supplemented or otherwise modified prior to the date hereof, the “Credit Agreement”), pursuant to which the Lenders have made available a revolving credit facility maturing on March 1, 2029;
WHEREAS, the Borrower has requested that the Lenders increase the Aggregate Revolving Commitments and modify the Consolidated Fixed Charge Coverage Ratio covenant, and the Lenders are willing to do so on the terms set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein contained, the parties hereto agree as follows:
Section 1. Defined Terms. Capitalized terms used but not defined herein have the meanings given to them in the Credit Agreement.
Section 2. Amendments to the Credit Agreement. (a) The definition of “Aggregate Revolving Commitments” in Section 1.01 of the Credit Agreement is amended by replacing “$40,000,000” with “$55,000,000”. (b) Section 7.11(b) of the Credit Agreement is amended by replacing “1.25 to 1.00” with “1.15 to 1.00” for each fiscal quarter ending on or before December 31, 2026. (c) Schedule 2.01 to the Credit Agreement is replaced in its entirety by Annex A hereto.
===
Section 3. Effectiveness. This Amendment shall become effective on June 15, 2026 (the “First Amendment Effective Date”), provided that the Administrative Agent shall have received (a) counterparts of this Amendment executed by each party hereto, (b) for the account of each Lender, an upfront fee equal to 0.20% of the increase in its Revolving Commitment, and (c) a certificate of a Responsible Officer of the Borrower.
Section 4. Reaffirmation. Holdings reaffirms its obligations under the Guaranty and each Collateral Document and agrees that they continue to guarantee and secure the Obligations as amended hereby.
Section 5. Representations and Warranties. The Borrower represents and warrants that, after giving effect to this Amendment, no Default or Event of Default has occurred and is continuing.
Section 6. No Other Amendments. Except as expressly set forth herein, the Credit Agreement remains unchanged and in full force and effect, including the Maturity Date. This Amendment constitutes a Loan Document.
Section 7. Governing Law. THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
Section 8. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
[Signature pages follow]
===
IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the date first above written.
HARLOW CREEK LOGISTICS, LLC, as Borrower
By: Marcus T. Whitfield, Chief Financial Officer
HARLOW CREEK HOLDINGS, INC.
By: Marcus T. Whitfield, Treasurer
PINECREST NATIONAL BANK, N.A., as Administrative Agent and as a Lender
By: Sandra Kowalczyk, Senior Vice President
BLUEWATER COMMERCIAL BANK, as a Lender
By: Owen Redcloud, Managing Director
FIRST OSAGE TRUST COMPANY, as a Lender
By: Priya Natarajan, Vice President`,
    truth: {
      title: "First Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Harlow Creek Logistics, LLC", "Harlow Creek Holdings, Inc.", "Pinecrest National Bank, N.A.", "Bluewater Commercial Bank", "First Osage Trust Company"],
      governingLaw: "New York",
      effectiveDate: "2026-06-15",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v26-finance-glencairn-bond-floating-charge",
    format: "docx",
    source: `# BOND AND FLOATING CHARGE
by
GLENCAIRN DISTILLING COMPANY LIMITED
in favour of
CALEDONIAN MERCANTILE BANK PLC
===
WE, GLENCAIRN DISTILLING COMPANY LIMITED, incorporated under the Companies Acts in Scotland (registered number SC412087) and having our registered office at 14 Balvenie Street, Dufftown, Keith AB55 4DH (the “Company”), HEREBY UNDERTAKE to pay to CALEDONIAN MERCANTILE BANK PLC, incorporated in Scotland (registered number SC000987) and having its registered office at 2 St Andrew Square, Edinburgh EH2 2BD (the “Bank”), on demand all sums which are now or which may at any time become due to the Bank by the Company, whether actually or contingently (the “Secured Liabilities”).
1. Floating charge. In security of the Secured Liabilities the Company HEREBY GRANTS in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this floating charge is in force comprised in the property and undertaking of the Company.
2. Ranking and negative pledge. The Company shall not, without the prior written consent of the Bank, create any fixed security or floating charge ranking in priority to or pari passu with this floating charge, and this floating charge shall rank in priority to any fixed security created by the Company after its date, other than in favour of the Bank.
3. Demands. A demand for payment made by the Bank shall be in writing and the Company shall pay the amount demanded within seven days after receipt. A certificate signed by an officer of the Bank as to the amount of the Secured Liabilities shall, save in the case of manifest error, be conclusive.
4. Continuing security. This Bond and Floating Charge is a continuing security for the Secured Liabilities, notwithstanding any intermediate payment or settlement of account.
5. Receivers and administrators. At any time after any of the Secured Liabilities have become payable and remain unpaid, the Bank may appoint a receiver, or an administrator under paragraph 14 of Schedule B1 to the Insolvency Act 1986.
6. Registration. The Company shall deliver, or permit the Bank to deliver, the particulars of this floating charge to the Registrar of Companies within twenty-one days beginning with the day after its date of creation.
7. Governing law. This Bond and Floating Charge shall be governed by and construed in accordance with the law of Scotland, and the Company prorogates the non-exclusive jurisdiction of the Scottish courts.
8. Consent to registration. The Company consents to the registration of this Bond and Floating Charge and of any certificate referred to in clause 3 for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed for and on behalf of the Company at Aberdeen on the ninth day of February in the year Two thousand and twenty-six as follows:
Signature: ____________________ Director: Euan Farquharson
Signature: ____________________ Witness: Kirsty Anne Mowat, Solicitor, 18 Golden Square, Aberdeen AB10 1RH`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Glencairn Distilling Company Limited", "Caledonian Mercantile Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v26-finance-shannonside-intercreditor",
    format: "docx",
    storedPageCount: 2,
    source: `# INTERCREDITOR AGREEMENT
Particulars
| Date | 22 May 2026 |
| Senior Lender | Liffey Commercial Bank DAC, registered in Ireland (number 512344), of 2 Grand Canal Quay, Dublin 2, D02 X576 |
| Subordinated Creditor | Corrib Holdings Unlimited Company, registered in Ireland (number 604118), of Quay Street, Galway, H91 KD23 |
| Debtor | Shannonside Hotels Limited, registered in Ireland (number 377209), of Dock Road, Limerick, V94 R2CK |
| Senior Facility Agreement | the €18,000,000 term facility agreement dated 4 March 2025 between the Debtor and the Senior Lender |
| Subordinated Loan Agreement | the shareholder loan agreement dated 30 November 2023 between the Debtor and the Subordinated Creditor |
| Standstill Period | 120 days |
THIS AGREEMENT is dated on the date set out in the Particulars and is made between the Senior Lender, the Subordinated Creditor and the Debtor (each a “Party”).
# 1. Definitions
“Senior Debt” means all present and future liabilities of the Debtor to the Senior Lender under the Senior Facility Agreement and the related security documents.
“Subordinated Debt” means all present and future liabilities of the Debtor to the Subordinated Creditor, including under the Subordinated Loan Agreement.
“Senior Discharge Date” means the date on which the Senior Lender confirms that the Senior Debt has been fully and finally discharged and that it has no further commitment to lend.
# 2. Ranking
The Parties agree that the Senior Debt shall rank in priority to the Subordinated Debt, and the Subordinated Debt is postponed and subordinated to the Senior Debt.
# 3. Permitted payments
Before the Senior Discharge Date the Debtor may pay, and the Subordinated Creditor may receive, scheduled interest on the Subordinated Debt only while no Event of Default under the Senior Facility Agreement is continuing; otherwise such payments are blocked for up to 179 days after a payment stop notice from the Senior Lender.
# 4. Standstill
The Subordinated Creditor shall not take any enforcement action in respect of the Subordinated Debt until the expiry of the Standstill Period, which begins on the date on which the Senior Lender receives notice of a default under the Subordinated Loan Agreement.
# 5. Turnover
If the Subordinated Creditor receives any payment in breach of this Agreement, it shall hold it on trust for the Senior Lender and pay it over within three Business Days of receipt.
# 6. Amendments to the Senior Facility Agreement
The Senior Lender may amend the Senior Facility Agreement, including by extending its termination date of 4 March 2030, without the consent of the Subordinated Creditor.
===
# 7. Governing law and jurisdiction
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of LIFFEY COMMERCIAL BANK DAC by Niamh Gallagher, Authorised Signatory
Signed for and on behalf of CORRIB HOLDINGS UNLIMITED COMPANY by Declan Ó Briain, Director
Signed for and on behalf of SHANNONSIDE HOTELS LIMITED by Róisín Byrne, Director`,
    truth: {
      title: "Intercreditor Agreement",
      documentType: "Other",
      parties: ["Liffey Commercial Bank DAC", "Corrib Holdings Unlimited Company", "Shannonside Hotels Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-22",
    },
  },
  {
    id: "v26-finance-karoo-sunworks-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
entered into by and between
JOHANNES PETRUS VAN WYK
(Identity Number 6805125034081), an adult male residing at 14 Dorp Street, Stellenbosch, 7600 (“the Lender”)
and
KAROO SUNWORKS (PTY) LTD
(Registration Number 2019/384112/07), a private company incorporated in the Republic of South Africa with its registered office at Unit 5, Montague Park, Montague Gardens, Cape Town, 7441 (“the Borrower”)
# 1. INTERPRETATION
1.1 In this Agreement, unless the context indicates otherwise:
1.1.1 “Effective Date” means 1 May 2026, notwithstanding the Signature Date;
1.1.2 “Loan” means the amount of R2 500 000,00 (two million five hundred thousand rand) advanced by the Lender to the Borrower in terms of clause 2;
1.1.3 “Prime Rate” means the publicly quoted basic rate of interest charged by FirstRand Bank Limited from time to time, as certified by any manager of that bank;
1.1.4 “Signature Date” means the date of signature of this Agreement by the party signing last.
# 2. LOAN AND DURATION
2.1 The Lender shall advance the Loan to the Borrower by electronic transfer into the Borrower's nominated bank account on the Effective Date.
2.2 The Loan is advanced for a period of 24 (twenty-four) months from the Effective Date and the Borrower shall repay the capital in full, together with all accrued interest, on 1 May 2028 (“the Final Repayment Date”).
# 3. INTEREST
3.1 The Loan shall bear interest at the Prime Rate plus 2% (two percent) per annum, calculated daily and compounded monthly, payable within 7 (seven) days after the end of each calendar month.
# 4. BREACH
4.1 Should the Borrower fail to pay any amount on its due date and fail to remedy that breach within 10 (ten) business days after receipt of written notice, the Lender may claim immediate repayment of the full outstanding balance.
# 5. SUBORDINATION
5.1 The Lender agrees, if called upon by the Borrower's bankers or auditors, to subordinate his claims under this Agreement in favour of the Borrower's other creditors for so long as the Borrower's liabilities exceed its assets, fairly valued.
# 6. DOMICILIUM AND NOTICES
6.1 The parties choose their domicilia citandi et executandi at the addresses set out above.
# 7. GOVERNING LAW
7.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the Western Cape Division of the High Court, Cape Town.
# 8. WHOLE AGREEMENT
8.1 This Agreement constitutes the whole agreement between the parties, and no variation shall be of any force unless reduced to writing and signed by both parties.
SIGNED at Stellenbosch on this 27th day of April 2026.
J P VAN WYK (Lender)
AS WITNESSES: 1. A. Fourie 2. L. Daniels
SIGNED at Cape Town on this 29th day of April 2026.
For KAROO SUNWORKS (PTY) LTD: Thandiwe Mokoena, Director, who warrants that she is duly authorised hereto
AS WITNESSES: 1. S. Naidoo 2. P. Jacobs`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Johannes Petrus van Wyk", "Karoo Sunworks (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-05-01",
      term: "24 months",
    },
  },
  {
    id: "v26-finance-mannin-amendment-letter",
    format: "txt",
    source: `MANNIN COMMERCIAL BANK LIMITED
Prospect Hill, Douglas, Isle of Man IM1 1ET
Registered in the Isle of Man No. 004512C. Licensed by the Isle of Man Financial Services Authority.
19 June 2026
The Directors
Ramsey Bay Properties Limited
Harbour Chambers, West Quay, Ramsey, Isle of Man IM8 1DW
Our ref: CB/RBP/0412
Dear Sirs
# AMENDMENT LETTER
Facility letter dated 2 October 2024 between Mannin Commercial Bank Limited (the “Bank”) and Ramsey Bay Properties Limited (the “Borrower”) (the “Facility Letter”)
1. We refer to the Facility Letter and to our letter of 28 May 2026 setting out the outcome of our annual review. Terms defined in the Facility Letter have the same meaning in this letter.
2. With effect from 1 July 2026 (the “Effective Date”), the Facility Letter shall be amended as follows:
(a) in paragraph 4 (Interest), the Margin of 2.75 per cent. per annum shall be replaced by 2.40 per cent. per annum;
(b) in paragraph 9.1 (Loan to Value), “65 per cent.” shall be replaced by “70 per cent.”; and
(c) a new paragraph 10.4 shall be inserted: “The Borrower shall deliver to the Bank a rent roll for the Properties within 30 days after each quarter day.”
3. Save as amended by this letter, the Facility Letter remains in full force and effect. For the avoidance of doubt, the Final Repayment Date of 1 October 2029 is not changed.
4. The Borrower shall pay the Bank an amendment fee of £2,500 within 14 days of the Effective Date.
5. This letter and any non-contractual obligations arising out of or in connection with it are governed by Manx law, and the courts of the Isle of Man have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
For and on behalf of Mannin Commercial Bank Limited
Kathryn Quayle, Senior Relationship Manager
We agree to the amendments set out above.
For and on behalf of Ramsey Bay Properties Limited
Thomas Kinvig, Director
Date: 24 June 2026`,
    truth: {
      title: "Amendment Letter",
      documentType: "Amendment",
      parties: ["Mannin Commercial Bank Limited", "Ramsey Bay Properties Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-07-01",
      amends: "Facility Letter",
    },
  },
];
