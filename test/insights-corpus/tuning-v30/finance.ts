import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: finance — loan and facility agreements, facility letters, guarantees, security documents and amendments from many jurisdictions. */
export const FINANCE_V30: UnseenDocument[] = [
  {
    id: "v30-finance-sg-facility-letter",
    format: "pdf",
    pageFooters: true,
    source: `MERIDIAN STRAITS BANK LIMITED
(Incorporated in Singapore with limited liability, UEN 199801234K)
80 Robinson Road, #14-01, Singapore 068898
14 April 2026
PRIVATE & CONFIDENTIAL
The Board of Directors
Lumen Precision Engineering Pte. Ltd.
21 Tuas South Avenue 7
Singapore 637561
Our Ref: CB/SME/2026/0417
Dear Sirs
# Offer of Banking Facilities
We, Meridian Straits Bank Limited (the "Bank"), are pleased to offer Lumen Precision Engineering Pte. Ltd. (the "Borrower") the banking facilities described below (the "Facilities"), subject to the terms and conditions of this letter and the Bank's Standard Terms and Conditions for Business Banking.
| Facility | Limit | Purpose |
| Revolving Credit Facility | S$3,000,000 | Working capital |
| Trade Facility (Letters of Credit / Trust Receipts) | S$1,500,000 | Import of raw materials |
1. Availability. The Facilities shall be available for a period of twelve (12) months from the date of this letter. Any renewal of the Facilities thereafter shall be at the Bank's discretion and shall be made by a further letter.
2. Interest. Each Revolving Credit drawing shall bear interest at 1.85% per annum above SORA compounded in arrears, for interest periods of one (1), three (3) or six (6) months. Each trust receipt is repayable within 120 days of its date.
3. Security. The Facilities shall be secured by a debenture over all the assets of the Borrower and a joint and several guarantee from its directors limited to S$4,500,000.
4. Fees. An arrangement fee of S$7,500 is payable on acceptance of this offer and is not refundable.
5. Review. The Bank may review the Facilities at any time and in any event at least once in every twelve months.
6. Governing law. This letter and the Facilities shall be governed by the laws of Singapore, and the Borrower submits to the non-exclusive jurisdiction of the Singapore courts.
This offer will lapse if the duplicate of this letter, duly signed, is not received by the Bank within fourteen (14) days of the date of this letter.
Yours faithfully
For and on behalf of Meridian Straits Bank Limited
Tan Wei Ling
Senior Relationship Manager, Commercial Banking
===
# Acceptance
We accept the Facilities on the terms and conditions set out in this letter and in the Bank's Standard Terms and Conditions for Business Banking.
Signed for and on behalf of Lumen Precision Engineering Pte. Ltd. by Ong Kah Seng, Director, and Priya Ramasamy, Director
Date: 22 April 2026`,
    truth: {
      title: "Offer of Banking Facilities",
      documentType: "Facility agreement",
      parties: ["Meridian Straits Bank Limited", "Lumen Precision Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-14",
      expiryDate: "2027-04-14",
      term: "12 months",
    },
  },
  {
    id: "v30-finance-en-term-loan",
    format: "docx",
    storedPageCount: 3,
    source: `# TERM LOAN AGREEMENT
dated 2 February 2026
between
FENWICK MARINE HOLDINGS LIMITED
as Borrower
and
HARCOURT PRIVATE CREDIT FUND II LP
as Lender
£12,500,000 term loan facility
===
THIS AGREEMENT is dated 2 February 2026
BETWEEN:
(1) FENWICK MARINE HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 08812345 whose registered office is at Quayside House, 4 Fish Quay, North Shields NE30 1HJ (the "Borrower"); and
(2) HARCOURT PRIVATE CREDIT FUND II LP, a limited partnership registered in Jersey with number LP 3921, acting by its general partner Harcourt GP Limited (the "Lender").
IT IS AGREED as follows:
# 1. Definitions and interpretation
1.1 In this Agreement:
"Availability Period" means the period from and including the date of this Agreement to and including the date falling three (3) months after it.
"Business Day" means a day (other than a Saturday or Sunday) on which banks are open for general business in London.
"Facility" means the sterling term loan facility made available under this Agreement.
"Termination Date" means the date falling thirty-six (36) months after the date of this Agreement.
# 2. The Facility
2.1 Subject to the terms of this Agreement, the Lender makes available to the Borrower a sterling term loan facility in an aggregate amount equal to £12,500,000.
2.2 The Borrower shall apply all amounts borrowed by it towards the refinancing of its existing facilities with Northumbria Commercial Finance Limited under a facility agreement dated 19 June 2021 and governed by Scots law, and towards its general corporate purposes.
# 3. Repayment
3.1 The Borrower shall repay the Loan in equal quarterly instalments of £500,000, the first falling on the date six (6) months after the Utilisation Date, and shall repay all outstanding amounts in full on the Termination Date.
# 4. Interest
4.1 The rate of interest on the Loan for each Interest Period is the percentage rate per annum which is the aggregate of the Margin of 4.25 per cent. and Compounded SONIA. Each Interest Period shall be three (3) months.
# 5. Prepayment
5.1 The Borrower may prepay the Loan on not less than ten (10) Business Days' prior notice; any prepayment made within the first twelve (12) months after the Utilisation Date carries a prepayment fee of 2 per cent. of the amount prepaid.
# 6. Undertakings
6.1 The Borrower shall not, for so long as any amount is outstanding under this Agreement, create or permit to subsist any Security over any of its assets, and shall deliver its audited consolidated accounts within 120 days after the end of each financial year.
===
# 7. Governing law and jurisdiction
7.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
7.2 The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
# Signatures
The Borrower: FENWICK MARINE HOLDINGS LIMITED, by Alistair Reid, Director
The Lender: HARCOURT PRIVATE CREDIT FUND II LP, acting by its general partner Harcourt GP Limited, by Céline Le Brocq, Director`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Fenwick Marine Holdings Limited", "Harcourt Private Credit Fund II LP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-02",
      expiryDate: "2029-02-02",
      term: "36 months",
    },
  },
  {
    id: "v30-finance-ny-guaranty",
    format: "pdf",
    pdfMargin: 90,
    source: `# GUARANTY
THIS GUARANTY (this "Guaranty") is made as of March 3, 2026, by BRIGHTWATER HOLDINGS LLC, a Delaware limited liability company having its principal office at 1450 Broadway, 22nd Floor, New York, New York 10018 (the "Guarantor"), in favor of HUDSON VALLEY COMMERCIAL BANK, N.A., a national banking association (the "Lender").
RECITALS
A. Brightwater Hospitality Operating Co., LLC (the "Borrower"), a wholly owned subsidiary of the Guarantor, and the Lender are parties to a Loan Agreement dated as of January 15, 2026 (as amended from time to time, the "Loan Agreement"), providing for a term loan in the principal amount of $18,000,000 maturing on January 15, 2031.
B. It is a condition precedent to the Lender's obligations under the Loan Agreement that the Guarantor execute and deliver this Guaranty.
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the Guarantor agrees as follows:
1. Guaranty of Payment. The Guarantor absolutely, unconditionally and irrevocably guarantees to the Lender the punctual payment when due, whether at stated maturity, by acceleration or otherwise, of all Obligations of the Borrower under the Loan Agreement and the other Loan Documents. This is a guaranty of payment and not of collection.
2. Waivers. The Guarantor waives promptness, diligence, notice of acceptance, presentment, demand, protest and any requirement that the Lender exhaust any right or take any action against the Borrower or any collateral.
3. Payments. All payments under this Guaranty shall be made within five (5) Business Days after written demand by the Lender, in Dollars, without set-off or counterclaim.
4. Financial Covenant. So long as this Guaranty is in effect, the Guarantor shall maintain a Tangible Net Worth of not less than $40,000,000, tested as of the last day of each fiscal quarter.
5. Continuing Guaranty; Termination. This Guaranty is a continuing guaranty and shall remain in full force and effect until terminated as provided in this Section 5. The Guarantor may terminate this Guaranty as to future advances by not less than ninety (90) days' prior written notice to the Lender; no such termination shall affect any Obligations incurred before the effective date of termination. Sections 2 and 3 shall survive for two (2) years after any termination.
6. Reinstatement. This Guaranty shall continue to be effective or be reinstated if at any time any payment of the Obligations is rescinded or must otherwise be returned by the Lender.
7. Governing Law; Jurisdiction; Waiver of Jury Trial. This Guaranty shall be governed by and construed in accordance with the laws of the State of New York, without regard to conflicts of law principles that would require the application of the laws of another jurisdiction. The Guarantor submits to the jurisdiction of the state and federal courts located in the Borough of Manhattan. THE GUARANTOR WAIVES TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS GUARANTY.
IN WITNESS WHEREOF, the Guarantor has duly executed this Guaranty as of the date first written above.
BRIGHTWATER HOLDINGS LLC
By: Marcus J. Feld, Chief Financial Officer
ACKNOWLEDGED AND ACCEPTED:
HUDSON VALLEY COMMERCIAL BANK, N.A.
By: Denise Okafor, Senior Vice President`,
    truth: {
      title: "Guaranty",
      documentType: "Guarantee",
      parties: ["Brightwater Holdings LLC", "Hudson Valley Commercial Bank, N.A."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v30-finance-sc-floating-charge",
    format: "txt",
    source: `# BOND AND FLOATING CHARGE
by
GLENMORAY CASK & COOPERAGE LIMITED, incorporated under the Companies Acts in Scotland with registered number SC412876 and having its registered office at Unit 3, Speyside Industrial Estate, Rothes, Aberlour AB38 7AF (the "Company")
in favour of
FORTH AND TAY BANKING PLC, incorporated under the Companies Acts in Scotland with registered number SC009921 and having its registered office at 40 St Andrew Square, Edinburgh EH2 2YE (the "Bank")
# 1. Bond
1.1 The Company undertakes to the Bank that it will pay or discharge to the Bank on demand all the Secured Liabilities.
1.2 "Secured Liabilities" means all sums and liabilities, present or future, actual or contingent, due by the Company to the Bank on any account whatever, including under the facility letter issued by the Bank to the Company dated 28 May 2026.
# 2. Floating charge
2.1 As security for the Secured Liabilities the Company grants in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this Bond and Floating Charge is in force comprised in the Company's property and undertaking.
2.2 Paragraph 14 of Schedule B1 to the Insolvency Act 1986 applies to the floating charge created by this Bond and Floating Charge.
# 3. Negative pledge and ranking
3.1 The Company shall not, without the prior written consent of the Bank, create or permit to subsist any fixed security or other floating charge over any part of its property, other than a standard security granted in favour of the Bank.
# 4. Continuing security
4.1 This Bond and Floating Charge is a continuing security for the Secured Liabilities and shall not be satisfied by any intermediate payment or satisfaction of any part of them.
# 5. Registration
5.1 The Company authorises the Bank to deliver the particulars of this Bond and Floating Charge to the Registrar of Companies for registration within twenty-one (21) days beginning with the day after the date of its creation.
# 6. Law and jurisdiction
6.1 This Bond and Floating Charge shall be governed by and construed in accordance with the law of Scotland and the Company prorogates the non-exclusive jurisdiction of the Scottish courts.
# 7. Consent to registration
7.1 The Company consents to the registration of this Bond and Floating Charge and of any certificate issued under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed for and on behalf of the Company at Aberlour on the ninth day of June Two Thousand and Twenty-Six by Fiona Grant, Director, before this witness Euan Mackay, Solicitor, 12 High Street, Elgin IV30 1BQ.`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Glenmoray Cask & Cooperage Limited", "Forth and Tay Banking PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-09",
    },
  },
  {
    id: "v30-finance-ie-share-charge",
    format: "docx",
    source: `# DEED OF SHARE CHARGE
THIS DEED OF SHARE CHARGE is made on the 21st day of May 2026
BETWEEN:
(1) DECLAN MURPHY of Ard na Gréine, Blackrock Road, Cork, T12 X8K4 (the "Chargor"); and
(2) LIFFEYSIDE CAPITAL DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 654321 and having its registered office at 2 Grand Canal Square, Dublin 2, D02 A342 (the "Lender").
WHEREAS:
(A) By a loan agreement dated 14 May 2026 between the Lender and Murphy Hospitality Group Limited (the "Company"), the Lender agreed to make available to the Company a term loan of €6,000,000 repayable in full five (5) years after first drawdown.
(B) The Chargor is the registered holder of 100 ordinary shares of €1.00 each in the capital of the Company and has agreed to charge them to the Lender as security for the Company's obligations.
NOW THIS DEED WITNESSES as follows:
1. DEFINITIONS
In this Deed "Secured Obligations" means all present and future liabilities of the Company to the Lender under the Finance Documents, and "Charged Shares" means the shares described in Recital (B) together with all Related Rights.
2. CHARGE
The Chargor, as beneficial owner and as continuing security for the payment and discharge of the Secured Obligations, charges by way of first fixed charge in favour of the Lender all of his right, title and interest in the Charged Shares.
3. DELIVERY OF DOCUMENTS
Within five (5) Business Days of the date of this Deed the Chargor shall deliver to the Lender the share certificates for the Charged Shares together with share transfer forms executed in blank and undated.
4. VOTING AND DIVIDENDS
Until an Event of Default occurs, the Chargor may exercise the voting rights attaching to the Charged Shares and receive all dividends on them; thereafter the Lender may do so to the exclusion of the Chargor.
5. ENFORCEMENT
At any time after an Event of Default the Lender may, without notice to the Chargor, sell or otherwise dispose of the Charged Shares or appoint a receiver of them.
6. POWER OF ATTORNEY
The Chargor, by way of security, irrevocably appoints the Lender as his attorney to execute any document and do any act required to perfect or enforce this security.
7. CONTINUING SECURITY
This security is a continuing security and shall extend to the ultimate balance of the Secured Obligations, regardless of any intermediate payment or discharge in part.
8. GOVERNING LAW
This Deed and any non-contractual obligations arising from it shall be governed by and construed in accordance with the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
===
IN WITNESS whereof the parties have executed this Deed as a deed on the date first written above.
SIGNED AND DELIVERED as a deed by DECLAN MURPHY in the presence of: Siobhán Kelly, Solicitor, 5 South Mall, Cork
PRESENT when the common seal of LIFFEYSIDE CAPITAL DESIGNATED ACTIVITY COMPANY was affixed: Director: Niamh Byrne; Secretary: Conor Walsh`,
    truth: {
      title: "Deed of Share Charge",
      documentType: "Security agreement",
      parties: ["Declan Murphy", "Liffeyside Capital Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-21",
    },
  },
  {
    id: "v30-finance-nsw-amending-deed",
    format: "pdf",
    pageFooters: true,
    source: `# AMENDING DEED
Syndicated Facility Agreement
Coastline Logistics Pty Ltd (Borrower)
Coastline Logistics Holdings Pty Ltd (Parent)
Southern Cross Agency Services Pty Limited (Agent)
===
# Amending Deed
Date: 24 June 2026
Parties
| 1 | Coastline Logistics Pty Ltd ABN 51 612 345 987 of Level 9, 1 Macquarie Place, Sydney NSW 2000 (Borrower) |
| 2 | Coastline Logistics Holdings Pty Ltd ABN 22 600 111 444 of Level 9, 1 Macquarie Place, Sydney NSW 2000 (Parent) |
| 3 | Southern Cross Agency Services Pty Limited ABN 77 099 888 123 of Level 30, 255 George Street, Sydney NSW 2000, in its capacity as agent for the Lenders (Agent) |
Background
A The Borrower, the Parent, the Agent and the financial institutions named in it as lenders are parties to a syndicated facility agreement dated 10 August 2023 (the Facility Agreement), under which the Lenders provide facilities of A$95,000,000 with a Termination Date of 10 August 2027.
B The Agent has received the instructions of the Majority Lenders to enter into this deed on behalf of the Lenders.
Operative provisions
1 Definitions
Words defined in the Facility Agreement have the same meaning in this deed. Effective Date means 1 July 2026.
2 Amendments
With effect on and from the Effective Date, the Facility Agreement is amended as follows:
(a) in clause 1.1, the definition of Margin is replaced with "2.10% per annum";
(b) in clause 21.1 (Leverage Ratio), "3.00:1" is replaced with "3.50:1" for each Calculation Period ending on or before 30 June 2027; and
(c) in clause 24.2, the period for delivering annual financial statements is extended from 90 days to 120 days after the end of each Financial Year.
3 Confirmation
Each Obligor confirms that each guarantee and security interest given by it under the Finance Documents continues in full force and effect and extends to the Facility Agreement as amended by this deed.
4 Fee
The Borrower must pay the Agent (for the account of each Lender) an amendment fee of 0.15% of that Lender's Commitment within 5 Business Days after the Effective Date.
5 General
This deed is a Finance Document. Except as amended by this deed, the Facility Agreement remains unchanged, including the Termination Date. This deed is governed by the law of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
Executed as a deed.
Executed by Coastline Logistics Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Michael Tran; Director/Secretary: Jessica Hale
Executed by Coastline Logistics Holdings Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Michael Tran; Director/Secretary: Jessica Hale
Signed sealed and delivered for Southern Cross Agency Services Pty Limited by its attorney Rohan Pillai under power of attorney dated 2 March 2025, in the presence of: Amelia Watts`,
    truth: {
      title: "Amending Deed",
      documentType: "Amendment",
      parties: ["Coastline Logistics Pty Ltd", "Coastline Logistics Holdings Pty Ltd", "Southern Cross Agency Services Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Syndicated Facility Agreement",
    },
  },
  {
    id: "v30-finance-za-trust-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
entered into between the parties described in the Schedule of Particulars below
# SCHEDULE OF PARTICULARS
| Item | Particulars |
| 1. Lender | The trustees for the time being of the MTHUNZI FAMILY TRUST (Master's reference IT 2231/2014), acting in their capacity as such |
| 2. Borrower | UBUNTU AGRI PROCESSING (PTY) LTD, registration number 2017/384512/07, of 14 Voortrekker Road, Paarl, 7646 |
| 3. Loan Amount | R4,800,000 (four million eight hundred thousand rand) |
| 4. Commencement Date | 1 March 2026 |
| 5. Loan Period | twenty-four (24) months commencing on the Commencement Date |
| 6. Interest Rate | the publicly quoted prime rate plus 1.5% per annum, calculated daily and compounded monthly |
| 7. Interest Payment | monthly in arrears, within seven (7) days after the end of each month |
| 8. Security | cession in securitatem debiti of the Borrower's book debts |
1. INTERPRETATION
1.1 Terms set out in the Schedule of Particulars bear the meanings given to them there. "Final Repayment Date" means the last day of the Loan Period.
2. ADVANCE
2.1 The Lender shall advance the Loan Amount to the Borrower in a single amount on the Commencement Date, into the bank account nominated by the Borrower in writing.
3. REPAYMENT
3.1 The Borrower shall repay the Loan Amount, together with all accrued and unpaid interest, in full on the Final Repayment Date. The Borrower may prepay the whole or any part of the loan on thirty (30) days' written notice without penalty.
4. BREACH
4.1 If the Borrower fails to pay any amount on its due date and does not remedy that failure within ten (10) business days of written notice, the Lender may claim immediate repayment of all amounts owing.
5. NATIONAL CREDIT ACT
5.1 The parties record that the Borrower is a juristic person whose asset value exceeds the threshold determined under section 7(1) of the National Credit Act, 34 of 2005, and that the Act does not apply to this Agreement.
6. DOMICILIUM AND NOTICES
6.1 The parties choose as their domicilia citandi et executandi the addresses in the Schedule of Particulars and, for the Lender, 8 Main Street, Stellenbosch, 7600.
7. GOVERNING LAW
7.1 This Agreement is governed by the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the Western Cape Division of the High Court, Cape Town.
8. WHOLE AGREEMENT
8.1 This Agreement constitutes the whole agreement between the parties, and no variation of it shall be of any force unless reduced to writing and signed by both parties.
SIGNED at Stellenbosch on 24 February 2026.
For the MTHUNZI FAMILY TRUST: Sipho Mthunzi, Trustee, and Lerato Mthunzi, Trustee, duly authorised by resolution of the trustees dated 20 February 2026
SIGNED at Paarl on 26 February 2026.
For UBUNTU AGRI PROCESSING (PTY) LTD: Johan van der Merwe, Director, duly authorised`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Mthunzi Family Trust", "Ubuntu Agri Processing (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-03-01",
      expiryDate: "2028-02-29",
      term: "24 months",
    },
  },
  {
    id: "v30-finance-on-revolving-credit",
    format: "docx",
    storedPageCount: 3,
    source: `# REVOLVING CREDIT AGREEMENT
between
MAPLECREST FOODS INC.
as Borrower
and
LAKESHORE CREDIT UNION LIMITED
as Lender
Made as of the 15th day of September, 2026
===
THIS REVOLVING CREDIT AGREEMENT is made as of the 15th day of September, 2026.
BETWEEN:
MAPLECREST FOODS INC., a corporation incorporated under the laws of the Province of Ontario (the "Borrower")
- and -
LAKESHORE CREDIT UNION LIMITED, a credit union incorporated under the laws of the Province of Ontario (the "Lender")
WHEREAS the Borrower has requested, and the Lender has agreed to provide, a revolving operating credit facility on the terms of this Agreement;
NOW THEREFORE in consideration of the mutual covenants herein contained, the parties agree as follows:
# Article 1 – Interpretation
1.1 "Closing Date" means September 15, 2026.
1.2 "Term" means the period of one (1) year commencing on the Closing Date, as extended under Section 2.4.
1.3 "Maturity Date" means the last day of the Term.
# Article 2 – The Credit Facility
2.1 The Lender establishes in favour of the Borrower a revolving operating credit facility in the maximum principal amount of CDN$5,000,000, available by way of Prime Rate Loans and Letters of Credit.
2.2 Each Letter of Credit shall have an expiry date not later than 365 days after its date of issue and in any event not later than the Maturity Date.
2.3 Interest on Prime Rate Loans is payable monthly on the 22nd day of each month at the Lender's Prime Rate plus 0.75% per annum.
2.4 Automatic Extension. The Term shall be automatically extended for successive periods of one (1) year each unless either party gives the other written notice of non-renewal not less than sixty (60) days before the then current Maturity Date.
# Article 3 – Covenants
3.1 The Borrower shall maintain a Fixed Charge Coverage Ratio of not less than 1.20:1, tested at the end of each fiscal quarter, and shall deliver its annual audited financial statements within 120 days after each fiscal year end.
3.2 The Borrower shall not, without the Lender's prior written consent, declare dividends in excess of 50% of its net income in any fiscal year.
# Article 4 – Security
4.1 The obligations of the Borrower shall be secured by a general security agreement over all present and after-acquired personal property of the Borrower, registered under the Personal Property Security Act (Ontario).
===
# Article 5 – General
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Any notice shall be in writing and is deemed received on the second Business Day after its delivery by courier.
5.3 Time is of the essence of this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
MAPLECREST FOODS INC. Per: Gabrielle Tremblay, President. I have authority to bind the corporation.
LAKESHORE CREDIT UNION LIMITED Per: Harjit Sandhu, Vice-President, Commercial Lending. I have authority to bind the corporation.`,
    truth: {
      title: "Revolving Credit Agreement",
      documentType: "Facility agreement",
      parties: ["Maplecrest Foods Inc.", "Lakeshore Credit Union Limited"],
      governingLaw: "Ontario",
      effectiveDate: "2026-09-15",
      expiryDate: "2027-09-14",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
