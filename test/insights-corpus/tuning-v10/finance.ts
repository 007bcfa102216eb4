import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10, finance: loans, facility agreements and letters, notes, guarantees, security and releases. */
export const FINANCE_V10: UnseenDocument[] = [
  {
    id: "v10-finance-term-facility-agreement-london",
    format: "pdf",
    pageFooters: true,
    source: `# TERM FACILITY AGREEMENT
dated 12 February 2026
for
CALDER LOGISTICS HOLDINGS LIMITED
as Borrower
with
NORTHBRIDGE BANK PLC
acting as Agent
£45,000,000 TERM FACILITY
===
THIS AGREEMENT is dated 12 February 2026 and made BETWEEN:
(1) CALDER LOGISTICS HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 08812345 (the "Borrower");
(2) THE FINANCIAL INSTITUTIONS listed in Schedule 1 (The Original Lenders) as lenders (the "Original Lenders"); and
(3) NORTHBRIDGE BANK PLC as agent of the other Finance Parties (the "Agent").
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
"Availability Period" means the period from and including the date of this Agreement to and including the date falling three months after the date of this Agreement.
"Interest Period" means each period of three months determined in accordance with Clause 9.
"Termination Date" means the date falling thirty-six (36) months after the date of this Agreement.
# 2. THE FACILITY
2.1 Subject to the terms of this Agreement, the Lenders make available to the Borrower a sterling term loan facility in an aggregate amount equal to £45,000,000.
# 6. REPAYMENT
6.1 The Borrower shall repay the Loans in full on the Termination Date.
# 7. PREPAYMENT
7.1 The Borrower may prepay the whole or any part of the Loans on not less than five Business Days' prior notice to the Agent.
# 24. GOVERNING LAW
24.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
===
# SCHEDULE 1 THE ORIGINAL LENDERS
| Name of Original Lender | Commitment |
| Northbridge Bank PLC | £20,000,000 |
| Harcourt Commercial Finance Limited | £15,000,000 |
| Rhine Mercantile Bank AG | £10,000,000 |
This Agreement has been entered into on the date stated at the beginning of this Agreement.`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Calder Logistics Holdings Limited", "Northbridge Bank PLC", "Harcourt Commercial Finance Limited", "Rhine Mercantile Bank AG"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-12",
      expiryDate: "2029-02-12",
      term: "36 months",
    },
  },
  {
    id: "v10-finance-facility-letter-hong-kong",
    format: "docx",
    storedPageCount: 2,
    source: `HARBOUR CITY BANK LIMITED
18/F Harbour City Tower, 3 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong
Private & Confidential
9 March 2026
The Directors
Jade Lotus Trading Company Limited
Unit 1208, 12/F, Wing On Centre, 111 Connaught Road Central, Hong Kong
Our Ref: CBD/TL/2026/0417
Dear Sirs,
# FACILITY LETTER
We, Harbour City Bank Limited (the "Bank"), are pleased to offer Jade Lotus Trading Company Limited (the "Borrower") the following banking facility, subject to the terms and conditions below.
| Facility | Term loan |
| Amount | HK$20,000,000 |
| Purpose | Refinancing of existing trade facilities and general working capital |
| Drawdown | In one amount within 3 months from the date of acceptance of this letter |
| Tenor | 24 months from the Drawdown Date |
| Interest | 1.75% per annum over one-month HIBOR, payable monthly in arrears |
| Repayment | 8 equal quarterly instalments, the first falling 3 months after the Drawdown Date |
| Security | Personal guarantee of Mr Chan Tai Man for HK$20,000,000 |
"Drawdown Date" means the date on which the loan is drawn by the Borrower.
This offer will lapse if the duplicate of this letter is not signed and returned to us within 30 days from the date of this letter.
This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
===
Yours faithfully,
For and on behalf of HARBOUR CITY BANK LIMITED
Alice Wong, Senior Relationship Manager
# ACCEPTANCE
We accept the above facility on the terms and conditions set out in this letter.
For and on behalf of Jade Lotus Trading Company Limited
Chan Tai Man, Director
Date: 20 March 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Harbour City Bank Limited", "Jade Lotus Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-09",
      term: "24 months",
    },
  },
  {
    id: "v10-finance-secured-promissory-note-new-york",
    format: "txt",
    source: `# SECURED PROMISSORY NOTE
Principal Amount: $750,000.00
Place: New York, New York
Date: January 15, 2026
FOR VALUE RECEIVED, the undersigned, BRIGHTWATER MARINE SERVICES LLC, a New York limited liability company ("Maker"), hereby unconditionally promises to pay to the order of HUDSON VALLEY CAPITAL PARTNERS, L.P., a Delaware limited partnership ("Holder"), the principal sum of Seven Hundred Fifty Thousand and 00/100 Dollars ($750,000.00), together with interest as provided below.
1. Interest. Interest shall accrue on the unpaid principal at eight percent (8%) per annum, computed on the basis of a 360-day year, payable monthly in arrears on the first day of each month.
2. Maturity. The entire unpaid principal balance, together with all accrued and unpaid interest, shall be due and payable on June 30, 2027 (the "Maturity Date").
3. Late Charge. If any payment is not received within ten (10) days after its due date, Maker shall pay a late charge of five percent (5%) of the overdue amount.
4. Prepayment. Maker may prepay this Note in whole or in part without premium at any time after the first twelve (12) months.
5. Security. This Note is secured by a Pledge Agreement of even date herewith between Maker and Holder, which is governed by the laws of the State of Delaware.
6. Events of Default. Upon any Event of Default, Holder may declare the entire unpaid balance immediately due and payable.
7. Governing Law. This Note shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
8. Waivers. Maker waives presentment, demand, protest and notice of dishonor.
MAKER:
BRIGHTWATER MARINE SERVICES LLC
By: Thomas Keane
Title: Managing Member`,
    truth: {
      title: "Secured Promissory Note",
      documentType: "Loan agreement",
      parties: ["Brightwater Marine Services LLC", "Hudson Valley Capital Partners, L.P."],
      governingLaw: "New York",
      effectiveDate: "2026-01-15",
      expiryDate: "2027-06-30",
    },
  },
  {
    id: "v10-finance-deed-of-guarantee-singapore",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on 2 April 2026
BY:
SILVERPINE GROUP HOLDINGS PTE. LTD. (UEN 200912345C), a company incorporated in Singapore with its registered office at 80 Robinson Road #10-01, Singapore 068898 (the "Guarantor")
IN FAVOUR OF:
STRAITS UNION BANK LIMITED, acting through its Singapore branch at 9 Raffles Place, Singapore 048619 (the "Bank")
WHEREAS:
(A) By a facility agreement dated 2 April 2026 (the "Facility Agreement") between the Bank and Silverpine Engineering Pte. Ltd. (the "Borrower"), the Bank agreed to make available to the Borrower a term loan of S$12,000,000 repayable in twenty (20) quarterly instalments over a period of five (5) years.
(B) The Guarantor is the holding company of the Borrower and has agreed to guarantee the Borrower's obligations.
NOW THIS DEED WITNESSES:
1. Guarantee. The Guarantor irrevocably and unconditionally guarantees to the Bank the punctual payment of all sums due from the Borrower under the Facility Agreement and shall pay any such sum within three (3) Business Days of demand.
2. Indemnity. The Guarantor shall indemnify the Bank against any loss incurred because any obligation of the Borrower is unenforceable, invalid or illegal.
3. Continuing Security. This guarantee is a continuing security and extends to the ultimate balance of sums payable by the Borrower, regardless of any intermediate payment or discharge in whole or in part.
4. Retention. The Bank may retain this Deed for a period of seven (7) months after all sums have been paid, in case any payment is avoided.
5. Financial Covenant. The Guarantor shall maintain a consolidated tangible net worth of not less than S$40,000,000, tested semi-annually.
6. Governing Law. This Deed is governed by the laws of Singapore and the Guarantor submits to the non-exclusive jurisdiction of the courts of Singapore.
===
IN WITNESS WHEREOF this Deed has been executed and delivered as a deed on the date stated above.
EXECUTED and DELIVERED as a DEED by SILVERPINE GROUP HOLDINGS PTE. LTD.
Director: Lee Hock Seng
Director/Secretary: Wong Pei Shan`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Silverpine Group Holdings Pte. Ltd.", "Straits Union Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-02",
    },
  },
  {
    id: "v10-finance-pledge-and-security-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# PLEDGE AND SECURITY AGREEMENT
This PLEDGE AND SECURITY AGREEMENT (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and among REDWOOD HARBOR FOODS, INC., a Delaware corporation (the "Company"), REDWOOD HARBOR DISTRIBUTION LLC, a Delaware limited liability company, and COASTLINE COLD STORAGE LLC, a California limited liability company (together with the Company, each a "Grantor" and collectively the "Grantors"), and MERIDIAN TRUST COMPANY, N.A., as collateral agent for the Secured Parties (in such capacity, the "Collateral Agent").
# RECITALS
WHEREAS, the Company, the lenders party thereto and Meridian Trust Company, N.A., as administrative agent, are parties to that certain Credit Agreement dated as of March 3, 2026 (the "Credit Agreement"), providing for a revolving credit facility maturing on the fifth anniversary of the closing date;
WHEREAS, this Agreement replaces the Security Agreement dated as of June 1, 2021 between the Company and First Redwood Bank, which was governed by the laws of the State of California and has been terminated;
NOW, THEREFORE, in consideration of the premises, the parties agree as follows:
Section 1. Grant of Security Interest. Each Grantor hereby pledges and grants to the Collateral Agent, for the benefit of the Secured Parties, a continuing security interest in all of its right, title and interest in the Collateral to secure the Secured Obligations.
Section 2. Perfection. Each Grantor authorizes the Collateral Agent to file UCC financing statements describing the Collateral in any applicable filing office.
Section 3. Covenants. Each Grantor shall give the Collateral Agent not less than thirty (30) days' prior written notice of any change in its name or jurisdiction of organization.
===
Section 4. Remedies. Upon an Event of Default, the Collateral Agent may sell the Collateral; ten (10) days' notice of any sale shall constitute reasonable notification.
Section 5. Termination; Release. This Agreement and the security interests granted hereby shall terminate when all Secured Obligations (other than contingent indemnification obligations) have been paid in full in cash and all Commitments have expired or been terminated.
Section 6. Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
IN WITNESS WHEREOF, the parties have caused this Agreement to be duly executed as of the date first above written.
REDWOOD HARBOR FOODS, INC. By: Megan Shaw, Chief Financial Officer
REDWOOD HARBOR DISTRIBUTION LLC By: Redwood Harbor Foods, Inc., its sole member, By: Megan Shaw, Chief Financial Officer
COASTLINE COLD STORAGE LLC By: Luis Herrera, Manager
MERIDIAN TRUST COMPANY, N.A., as Collateral Agent By: Janet Osei, Vice President`,
    truth: {
      title: "Pledge and Security Agreement",
      documentType: "Security agreement",
      parties: ["Redwood Harbor Foods, Inc.", "Redwood Harbor Distribution LLC", "Coastline Cold Storage LLC", "Meridian Trust Company, N.A."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v10-finance-deed-of-release-isle-of-man",
    format: "txt",
    source: `# DEED OF RELEASE
THIS DEED OF RELEASE is dated the twenty-seventh day of May 2026
PARTIES
1. MANX MERCHANT BANK LIMITED, a company incorporated in the Isle of Man with company number 001234C, having its registered office at 2 Athol Street, Douglas, Isle of Man IM1 1JA (the "Lender"); and
2. LAXEY TIDE HOTELS LIMITED, a company incorporated in the Isle of Man with company number 009876C, of The Promenade, Laxey, Isle of Man IM4 7DA (the "Chargor").
BACKGROUND
A. By a debenture dated 11 November 2019 (the "Debenture") the Chargor granted fixed and floating charges over its undertaking and assets to the Lender as security for a loan facility repayable over a term of seven years. The Debenture is governed by English law.
B. The Chargor has repaid all amounts owing to the Lender and the Lender has agreed to release the security created by the Debenture.
OPERATIVE PROVISIONS
1. Release. The Lender unconditionally and irrevocably releases and discharges all the property, assets and undertaking of the Chargor from the security created by the Debenture, with effect from the date of this deed.
2. Reassignment. The Lender reassigns to the Chargor all rights assigned to it by the Debenture.
3. Further Assurance. The Lender shall within five (5) Business Days deliver to the Chargor all title documents held under the Debenture and shall, within one month, file a memorandum of satisfaction with the Isle of Man Companies Registry.
4. Governing Law. This deed and any non-contractual obligations arising from it are governed by the laws of the Isle of Man.
EXECUTED as a deed by MANX MERCHANT BANK LIMITED acting by two directors:
Director: Alan Kermode
Director: Sarah Quayle
EXECUTED as a deed by LAXEY TIDE HOTELS LIMITED acting by a director in the presence of a witness:
Director: Peter Corlett
Witness: Jane Christian, Advocate, Douglas`,
    truth: {
      title: "Deed of Release",
      documentType: "Deed",
      parties: ["Manx Merchant Bank Limited", "Laxey Tide Hotels Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-05-27",
    },
  },
  {
    id: "v10-finance-loan-agreement-family-trust",
    format: "pdf",
    pageFooters: true,
    source: `# LOAN AGREEMENT
entered into by and between
MOLEFE FAMILY TRUST (Master's Reference Number IT 1234/2015), represented herein by its trustees Johannes Molefe and Thandi Molefe, duly authorised by a resolution of the trustees
(the "Lender")
and
KAROO SOLAR (PTY) LTD (Registration Number 2018/123456/07), a private company incorporated in the Republic of South Africa
(the "Borrower")
# 1. INTERPRETATION
1.1 "Effective Date" means 1 May 2026, being the date on which the Loan Amount is advanced to the Borrower;
1.2 "Loan Amount" means the amount set out in item 1 of the Schedule;
1.3 "Loan Period" means the period set out in item 3 of the Schedule;
1.4 "Signature Date" means the date of signature of this Agreement by the Party signing last.
# 2. LOAN
2.1 The Lender lends to the Borrower the Loan Amount, which shall be advanced on the Effective Date into the Borrower's nominated bank account.
# 3. INTEREST AND REPAYMENT
3.1 Interest shall accrue at the rate set out in item 2 of the Schedule, compounded monthly and payable monthly in arrears by the 7th day of each month.
3.2 The Borrower shall repay the Loan Amount together with all outstanding interest in full on the last day of the Loan Period.
3.3 The Borrower may not prepay the Loan Amount during the first six (6) months after the Effective Date.
# 4. BREACH
4.1 If the Borrower fails to remedy any breach within fourteen (14) days of written notice, the Lender may claim immediate repayment of all amounts owing.
# 5. GOVERNING LAW
5.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
===
# SCHEDULE
| Item | Description |
| 1. Loan Amount | R2,500,000 (two million five hundred thousand rand) |
| 2. Interest Rate | the prime lending rate plus 2% per annum |
| 3. Loan Period | eighteen (18) months commencing on the Effective Date |
| 4. Domicilia | Lender: 12 Oak Avenue, Rosebank, Johannesburg; Borrower: 5 Industria Road, Upington |
SIGNED at Johannesburg on 22 April 2026 for the Lender by Johannes Molefe (Trustee) and Thandi Molefe (Trustee)
SIGNED at Upington on 24 April 2026 for the Borrower by Pieter van Wyk (Director)`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Molefe Family Trust", "Karoo Solar (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-10-31",
      term: "18 months",
    },
  },
  {
    id: "v10-finance-second-amending-agreement-ontario",
    format: "docx",
    source: `# SECOND AMENDING AGREEMENT
THIS SECOND AMENDING AGREEMENT is made as of September 15, 2026,
AMONG:
MAPLELEAF PRECISION TOOLING INC., a corporation existing under the laws of the Province of Ontario (the "Borrower")
- and -
GREAT LAKES TOOLING HOLDINGS LTD., a corporation existing under the laws of the Province of Ontario (the "Guarantor")
- and -
DOMINION CHARTERED BANK, a Schedule I bank under the Bank Act (Canada) (the "Lender")
RECITALS:
A. The Borrower, the Guarantor and the Lender are parties to a credit agreement dated as of October 1, 2023, as amended by a first amending agreement dated as of March 31, 2025 (as so amended, the "Credit Agreement"), under which the Lender made available a revolving facility with a maturity date of October 1, 2026.
B. The parties wish to extend the maturity date and increase the revolving facility on the terms of this Agreement.
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
1. Interpretation. Capitalized terms not defined herein have the meanings given in the Credit Agreement. "Amendment Effective Date" means September 30, 2026.
2. Amendments. With effect on the Amendment Effective Date, the Credit Agreement is amended as follows:
(a) the definition of "Maturity Date" in Section 1.1 is deleted and replaced with: "Maturity Date" means October 1, 2028; and
(b) in Section 2.1, the amount "$5,000,000" is deleted and replaced with "$7,500,000".
3. Amendment Fee. The Borrower shall pay the Lender an amendment fee of $15,000 within five (5) Business Days after the Amendment Effective Date.
4. Confirmation of Guarantee. The Guarantor confirms that its guarantee continues in full force and extends to the Credit Agreement as amended.
5. Continuing Effect. Except as amended by this Agreement, the Credit Agreement remains unamended and in full force and effect.
6. Governing Law. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7. Counterparts. This Agreement may be executed in counterparts and delivered electronically.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
MAPLELEAF PRECISION TOOLING INC. Per: Hannah Kowalski, President
GREAT LAKES TOOLING HOLDINGS LTD. Per: Hannah Kowalski, Director
DOMINION CHARTERED BANK Per: Marc Tremblay, Director, Commercial Banking`,
    truth: {
      title: "Second Amending Agreement",
      documentType: "Amendment",
      parties: ["Mapleleaf Precision Tooling Inc.", "Great Lakes Tooling Holdings Ltd.", "Dominion Chartered Bank"],
      governingLaw: "Ontario",
      effectiveDate: "2026-09-30",
      amends: "Credit Agreement",
      expiryDate: "2028-10-01",
    },
  },
];
