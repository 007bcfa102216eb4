import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: finance — loan and facility agreements, facility letters, guarantees, security documents and amendments from many jurisdictions. */
export const FINANCE_V31: UnseenDocument[] = [
  {
    id: "v31-finance-sg-term-loan-facility",
    format: "pdf",
    pageFooters: true,
    source: `# TERM LOAN FACILITY AGREEMENT
Dated 14 April 2026
MERIDIAN PRECISION ENGINEERING PTE. LTD. as Borrower
HALVERSON HOLDINGS PTE. LTD. as Original Guarantor
STRAITS UNION BANK LIMITED as Lender
S$18,000,000 Term Loan Facility
===
THIS AGREEMENT is dated 14 April 2026 and made BETWEEN:
(1) MERIDIAN PRECISION ENGINEERING PTE. LTD. (UEN 201512345K), a company incorporated in Singapore whose registered office is at 21 Tuas South Avenue 3, Singapore 637380 (the "Borrower");
(2) HALVERSON HOLDINGS PTE. LTD. (UEN 200898765W), a company incorporated in Singapore whose registered office is at 8 Marina View, #30-02 Asia Square Tower 1, Singapore 018960 (the "Original Guarantor"); and
(3) STRAITS UNION BANK LIMITED (UEN 196800412R), whose registered office is at 80 Raffles Place, Singapore 048624 (the "Lender").
IT IS AGREED as follows:
# 1. DEFINITIONS
"Availability Period" means the period from and including the date of this Agreement to and including the date falling three (3) months after the date of this Agreement.
"Final Repayment Date" means 14 April 2029.
"Interest Period" means each period of three (3) months, the first commencing on the Utilisation Date.
# 2. THE FACILITY
2.1 Subject to the terms of this Agreement, the Lender makes available to the Borrower a Singapore dollar term loan facility in an aggregate amount equal to S$18,000,000.
2.2 The Borrower shall apply all amounts borrowed by it towards the acquisition and installation of five-axis machining equipment at its Tuas facility.
# 3. TERM AND REPAYMENT
3.1 This Agreement shall continue for a term of thirty-six (36) months from the date of this Agreement.
3.2 The Borrower shall repay the Loan in twelve (12) equal quarterly instalments, the last of which shall fall due on the Final Repayment Date, when all amounts outstanding under this Agreement shall be paid in full.
3.3 The Borrower may prepay the whole or any part of the Loan (but, if in part, by a minimum of S$500,000) on giving not less than ten (10) Business Days' prior notice to the Lender.
# 4. INTEREST
4.1 The rate of interest on the Loan for each Interest Period is the percentage rate per annum which is the aggregate of a margin of 2.15 per cent. per annum and Compounded SORA for that Interest Period.
# 5. GUARANTEE
5.1 The Original Guarantor irrevocably and unconditionally guarantees to the Lender punctual performance by the Borrower of all its obligations under this Agreement, and undertakes to pay any amount not paid by the Borrower when due within three (3) Business Days of demand.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by Singapore law.
6.2 The courts of Singapore have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
===
# SIGNATURES
MERIDIAN PRECISION ENGINEERING PTE. LTD. as Borrower, by: Lim Wei Jie, Director
HALVERSON HOLDINGS PTE. LTD. as Original Guarantor, by: Priya Raghunathan, Director
STRAITS UNION BANK LIMITED as Lender, by: Jonathan Koh Seng Huat, Managing Director, Corporate Banking`,
    truth: {
      title: "Term Loan Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Meridian Precision Engineering Pte. Ltd.", "Halverson Holdings Pte. Ltd.", "Straits Union Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "36 months",
    },
  },
  {
    id: "v31-finance-hk-share-charge",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SHARE CHARGE
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) TALLOWAY INVESTMENTS LIMITED, a BVI business company incorporated in the British Virgin Islands (company number 1987654) whose registered office is at Craigmuir Chambers, Road Town, Tortola, British Virgin Islands (the "Chargor"); and
(2) KOWLOON MERCHANT CREDIT LIMITED, a company incorporated in Hong Kong (company number 2845110) whose registered office is at 18/F, Harbour Commercial Centre, 33 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong (the "Chargee").
WHEREAS:
(A) Pursuant to a facility agreement dated 2 December 2025 (the "Facility Agreement") made between Harbourline Logistics (HK) Limited (the "Company") as borrower and the Chargee as lender, the Chargee has agreed to make available to the Company a term loan facility of up to HK$45,000,000 for a term of five (5) years. The Facility Agreement is governed by English law.
(B) The Chargor is the legal and beneficial owner of 10,000 ordinary shares in the Company (the "Shares"), being the entire issued share capital of the Company.
(C) It is a condition precedent to the first utilisation under the Facility Agreement that the Chargor enters into this Deed.
NOW THIS DEED WITNESSES as follows:
# 1. Interpretation
1.1 "Secured Obligations" means all present and future moneys, debts and liabilities due, owing or incurred by the Company or the Chargor to the Chargee under or in connection with the Facility Agreement and this Deed.
1.2 "Charged Property" means the Shares and all dividends, interest, rights and other assets accruing to or offered in respect of the Shares.
# 2. Charge
2.1 The Chargor, as legal and beneficial owner, charges by way of first fixed charge in favour of the Chargee all of its right, title and interest in the Charged Property as security for the payment and discharge of the Secured Obligations.
2.2 This security is a continuing security and shall extend to the ultimate balance of the Secured Obligations, regardless of any intermediate payment or discharge in whole or in part.
# 3. Delivery of documents
3.1 Within five (5) Business Days of the date of this Deed, the Chargor shall deliver to the Chargee the share certificates for the Shares together with undated instruments of transfer executed in blank.
# 4. Enforcement
4.1 At any time after an Event of Default (as defined in the Facility Agreement) has occurred and is continuing, the security constituted by this Deed shall become immediately enforceable and the Chargee may sell or otherwise dispose of the Charged Property without notice to the Chargor.
# 5. Release
5.1 Upon the Secured Obligations having been irrevocably and unconditionally discharged in full, the Chargee shall, at the request and cost of the Chargor, release the Charged Property from this security.
# 6. Governing law and jurisdiction
6.1 This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region of the People's Republic of China, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first above written.
EXECUTED as a DEED by TALLOWAY INVESTMENTS LIMITED acting by its sole director, Mr. Chan Ka Ming, in the presence of:
Witness: Wong Siu Fan, Solicitor, Hong Kong SAR
SEALED with the COMMON SEAL of KOWLOON MERCHANT CREDIT LIMITED and SIGNED by Ho Wing Sze, Director, and Leung Tak Wah, Secretary`,
    truth: {
      title: "Deed of Share Charge",
      documentType: "Security agreement",
      parties: ["Talloway Investments Limited", "Kowloon Merchant Credit Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v31-finance-on-shareholder-loan",
    format: "pdf",
    pdfMargin: 84,
    source: `# SHAREHOLDER LOAN AGREEMENT
This Shareholder Loan Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"),
BETWEEN:
DAVID ALAN FOURNIER, an individual residing at 48 Glen Road, Toronto, Ontario M4W 2V2
(the "Lender")
- and -
NORTHBAY CIDER WORKS INC., a corporation incorporated under the Business Corporations Act (Ontario), having its registered office at 1120 Lakeshore Drive, North Bay, Ontario P1B 8G4
(the "Borrower")
WHEREAS the Lender is the registered holder of 40% of the issued and outstanding common shares of the Borrower and has agreed to lend funds to the Borrower for the expansion of its fermentation facility;
NOW THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Loan. The Lender shall advance to the Borrower the principal sum of CAD $350,000 (the "Loan") on the Effective Date by wire transfer.
2. Term. The term of this Agreement is one (1) year from the Effective Date, ending on March 3, 2027 (the "Maturity Date").
3. Automatic Renewal. Unless either party delivers written notice of non-renewal to the other not less than sixty (60) days before the then-current Maturity Date, the term shall automatically renew for successive periods of one (1) year each, and the Maturity Date shall be extended accordingly.
4. Interest. The Loan bears interest at 6.5% per annum, calculated and compounded monthly, payable on the first Business Day of each month.
5. Repayment and Prepayment. The Borrower shall repay the Loan with accrued interest on the Maturity Date. The Borrower may prepay all or part of the Loan at any time on thirty (30) days' prior written notice, without bonus or penalty.
6. Subordination. The Loan is subordinated to all indebtedness of the Borrower to Laurentian Farm Credit Union, and the Lender shall execute any postponement agreement reasonably required by that lender.
7. Events of Default. The Loan shall become immediately due and payable if the Borrower fails to pay any amount within fifteen (15) days after its due date, or becomes bankrupt or insolvent.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
9. Entire Agreement. This Agreement constitutes the entire agreement between the parties with respect to the Loan and may be amended only in writing signed by both parties.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
SIGNED, SEALED AND DELIVERED in the presence of:
Witness: Karen Leblanc
DAVID ALAN FOURNIER
NORTHBAY CIDER WORKS INC.
Per: Sandra Moreau, President. I have authority to bind the corporation.`,
    truth: {
      title: "Shareholder Loan Agreement",
      documentType: "Loan agreement",
      parties: ["David Alan Fournier", "Northbay Cider Works Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v31-finance-ew-rcf-facility-letter",
    format: "docx",
    storedPageCount: 2,
    source: `Aldergate Commercial Bank plc
Corporate Banking Centre, 40 Cheapside, London EC2V 6AA
Registered in England and Wales No. 02219875
Our ref: CB/RCF/4471
12 May 2026
Strictly Private and Confidential
The Directors
Pennant Hill Foods Limited
Unit 7, Riverside Park, Reading RG1 8DN
Dear Sirs
# Revolving Credit Facility
Further to our indicative terms letter dated 2 April 2026 and our subsequent discussions, Aldergate Commercial Bank plc (the "Bank") is pleased to offer Pennant Hill Foods Limited (company number 06543218) (the "Borrower") a revolving credit facility on the terms and subject to the conditions of this letter and the Bank's Standard Terms for Business Facilities (the "Standard Terms").
1. Amount: £2,500,000 (the "Facility").
2. Purpose: the general working capital requirements of the Borrower.
3. Term: the Facility is available for a period of twelve (12) months from the date of this letter. Each loan must be repaid on the last day of its Interest Period, and all amounts outstanding must be repaid on the expiry of that period.
4. Interest Periods: one, three or six months, at the Borrower's election, by a utilisation request received not later than 11.00 a.m. three (3) Business Days before the proposed drawdown date.
5. Interest: Compounded Daily SONIA plus a margin of 2.40% per annum.
6. Fees: an arrangement fee of £12,500, payable on acceptance, and a commitment fee of 0.90% per annum on the undrawn amount, payable quarterly in arrear.
7. Security: the debenture granted by the Borrower in favour of the Bank dated 5 January 2024, and an unlimited guarantee from Pennant Hill Group Limited.
8. Review: the Bank will review the Facility before the end of its term. Any renewal is at the Bank's discretion and will be offered by a new facility letter.
9. Acceptance: this offer will lapse unless the duplicate of this letter, signed on behalf of the Borrower, is received by the Bank within twenty-eight (28) days of the date of this letter.
10. Law: this letter and any non-contractual obligations arising out of or in connection with it are governed by English law.
Yours faithfully
Martin Okafor, Relationship Director
for and on behalf of Aldergate Commercial Bank plc
===
Acceptance
We accept the Facility on the terms and subject to the conditions of the letter dated 12 May 2026 and the Standard Terms, and confirm that our board of directors has passed a resolution approving this acceptance.
Signed for and on behalf of Pennant Hill Foods Limited
Eleanor Pryce, Director
Date: 20 May 2026`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Aldergate Commercial Bank plc", "Pennant Hill Foods Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-12",
      expiryDate: "2027-05-12",
      term: "12 months",
    },
  },
  {
    id: "v31-finance-nsw-amendment-deed",
    format: "docx",
    storedPageCount: 3,
    source: `# Amendment Deed
Term Facility Agreement dated 15 June 2023
Coolabah Agricultural Holdings Pty Ltd (Borrower)
Coolabah Pastoral Co Pty Ltd (Guarantor)
Eastbridge Capital Partners Pty Limited as trustee for the Eastbridge Private Credit Fund (Lender)
===
# Details
| Date | 27 March 2026 |
| Borrower | Coolabah Agricultural Holdings Pty Ltd ABN 41 612 334 908 of Level 9, 60 Margaret Street, Sydney NSW 2000 |
| Guarantor | Coolabah Pastoral Co Pty Ltd ABN 18 097 225 641 of 1440 Mitchell Highway, Dubbo NSW 2830 |
| Lender | Eastbridge Capital Partners Pty Limited ABN 63 158 442 017 as trustee for the Eastbridge Private Credit Fund, of Level 22, 1 Bligh Street, Sydney NSW 2000 |
| Governing law | New South Wales |
# Background
A. The Borrower, the Guarantor and the Lender are parties to a document entitled "Term Facility Agreement" dated 15 June 2023 (the Facility Agreement), under which the Lender provided a term facility of A$40,000,000 for a term of three years ending on 15 June 2026.
B. The parties have agreed to amend the Facility Agreement on the terms of this deed.
# Agreed terms
1. Definitions. Words defined in the Facility Agreement have the same meaning in this deed. Effective Date means 1 April 2026.
2. Amendment. With effect on and from the Effective Date, the Facility Agreement is amended as follows:
(a) the definition of "Termination Date" in clause 1.1 is deleted and replaced with: "Termination Date means 15 June 2029.";
(b) in clause 2.1, "A$40,000,000" is replaced with "A$55,000,000"; and
(c) in the definition of "Margin", "2.40% per annum" is replaced with "2.15% per annum".
3. Confirmation. Except as amended by this deed, the Facility Agreement remains in full force and effect. The Guarantor confirms that its guarantee and indemnity under clause 14 of the Facility Agreement extends to the Facility Agreement as amended by this deed.
4. Trustee limitation. The Lender enters into this deed only in its capacity as trustee of the Eastbridge Private Credit Fund, and its liability is limited to the extent it can be satisfied out of the assets of that fund.
5. Costs. The Borrower must pay the Lender's reasonable legal costs of this deed within ten (10) Business Days of demand.
6. Governing law. This deed is governed by the law in force in New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of that place.
7. Counterparts. This deed may be executed in any number of counterparts.
===
# Signing page
Executed as a deed.
Executed by Coolabah Agricultural Holdings Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Hamish Torrance; Director/Secretary: Beth Torrance
Executed by Coolabah Pastoral Co Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Sole director and sole secretary: Hamish Torrance
Executed by Eastbridge Capital Partners Pty Limited as trustee for the Eastbridge Private Credit Fund in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Olivia Sandoval; Director: Rajiv Menon`,
    truth: {
      title: "Amendment Deed",
      documentType: "Amendment",
      parties: ["Coolabah Agricultural Holdings Pty Ltd", "Coolabah Pastoral Co Pty Ltd", "Eastbridge Capital Partners Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-01",
      amends: "Term Facility Agreement",
    },
  },
  {
    id: "v31-finance-je-personal-guarantee",
    format: "docx",
    source: `# GUARANTEE
THIS GUARANTEE is made on the twentieth day of January two thousand and twenty-six
BY:
(1) THOMAS EDWARD RENOUF of La Maison du Coin, La Rue de la Pointe, St Ouen, Jersey JE3 2BA; and
(2) CLAIRE ÉLISE RENOUF of the same address,
(together the "Guarantors" and each a "Guarantor")
IN FAVOUR OF:
(3) ST HELIER MARINE FINANCE LIMITED, a company incorporated in Jersey with registered number 114532 whose registered office is at 3 The Esplanade, St Helier, Jersey JE2 3QA (the "Lender").
WHEREAS the Lender has agreed, under a loan agreement dated 19 January 2026 (the "Loan Agreement"), to lend the sum of £1,200,000 to Renouf Boatyards Limited (the "Borrower") for a term of five (5) years, on condition that the Guarantors enter into this Guarantee.
NOW THIS GUARANTEE WITNESSES as follows:
1. Guarantee. In consideration of the Lender making the loan available to the Borrower, the Guarantors jointly and severally guarantee to the Lender the due and punctual payment of all moneys which are or become due from the Borrower under the Loan Agreement (the "Guaranteed Liabilities"), and shall pay the Guaranteed Liabilities within five (5) Business Days of written demand.
2. Limit. The aggregate liability of the Guarantors under this Guarantee shall not exceed £600,000 together with interest from the date of demand and enforcement costs.
3. Renunciation of customary law rights. Each Guarantor irrevocably abandons any right which it has or may have under the customary law of Jersey, whether by virtue of the droit de discussion or the droit de division or otherwise, to require that recourse be had to the assets of the Borrower or of any other guarantor before any claim is enforced against it under this Guarantee.
4. Continuing guarantee. This Guarantee is a continuing security and shall continue in force until terminated by a Guarantor giving not less than three (3) months' written notice to the Lender. Termination shall not affect the liability of any Guarantor for Guaranteed Liabilities incurred before the notice expires, and the other Guarantor shall remain bound.
5. Preservation. If any payment by the Borrower is avoided or set aside on its bankruptcy (désastre), liability under this Guarantee shall continue as if the payment had not been made, and this clause shall survive for a period of two (2) years after any termination.
6. Governing law. This Guarantee shall be governed by and construed in accordance with the laws of the Island of Jersey, and each Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS whereof the Guarantors have signed this Guarantee on the date first above written.
Signed by THOMAS EDWARD RENOUF in the presence of: Witness: Marianne Le Cornu, Advocate, St Helier
Signed by CLAIRE ÉLISE RENOUF in the presence of: Witness: Marianne Le Cornu, Advocate, St Helier
Accepted by ST HELIER MARINE FINANCE LIMITED. Authorised signatory: Philip Vibert`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Thomas Edward Renouf", "Claire Élise Renouf", "St Helier Marine Finance Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-20",
      term: "Until terminated",
    },
  },
  {
    id: "v31-finance-sc-standard-security",
    format: "txt",
    source: `# STANDARD SECURITY
by
GLENDEVON DISTILLING COMPANY LIMITED
in favour of
CALEDONIAN MUTUAL BANK PLC
Subjects: Glendevon Distillery, Mill Road, Dollar, Clackmannanshire FK14 7LX
WE, GLENDEVON DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC418237) and having our Registered Office at Glendevon Distillery, Mill Road, Dollar FK14 7LX (the "Chargor"), in security of all sums due and that may become due by us to CALEDONIAN MUTUAL BANK PLC, incorporated under the Companies Acts (Registered Number SC009421) and having its Registered Office at 14 St Vincent Place, Glasgow G1 2DH (the "Bank") and its successors and assignees, whether on account current, bills, loans or otherwise, HEREBY GRANT a Standard Security in favour of the Bank over ALL and WHOLE the subjects known as Glendevon Distillery, Mill Road, Dollar, being the subjects registered in the Land Register of Scotland under Title Number CLK8841 (the "Subjects");
The Standard Conditions specified in Schedule 3 to the Conveyancing and Feudal Reform (Scotland) Act 1970, as amended, and any lawful variation thereof operative for the time being, shall apply; and the Standard Conditions shall be varied by the Bank's Standard Security Variations No. 7, which the Chargor acknowledges having received;
The Chargor undertakes that it shall not, without the prior written consent of the Bank, grant any lease of the Subjects or any part of them for a period exceeding five (5) years, nor create any further security over the Subjects;
The Chargor shall keep the Subjects insured against fire and such other risks as the Bank may require for their full reinstatement value, and shall produce the policy and premium receipts to the Bank within seven (7) days of request;
Without prejudice to the Standard Conditions, the Bank may serve a calling-up notice at any time after an Event of Default under the facility agreement dated 2 March 2026 between the Chargor and the Bank;
And we grant warrandice;
And we consent to registration hereof for preservation and execution;
This Standard Security shall be governed by and construed in accordance with the Law of Scotland;
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the said Glendevon Distilling Company Limited by Fiona Jean MacRae, Director, at Dollar on the Twelfth day of March Two thousand and twenty-six before this witness, Alasdair Iain Cameron, Solicitor, 22 Bridge Street, Stirling FK8 1AB
F J MacRae, Director
A I Cameron, Witness`,
    truth: {
      title: "Standard Security",
      documentType: "Security agreement",
      parties: ["Glendevon Distilling Company Limited", "Caledonian Mutual Bank plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-12",
    },
  },
  {
    id: "v31-finance-ng-consent-letter",
    format: "txt",
    source: `MARINA TRUST BANK PLC
RC 112345
Plot 1402 Ahmadu Bello Way, Victoria Island, Lagos
Our Ref: MTB/CB/2026/0318
18 March 2026
The Managing Director
Okonkwo Agro-Allied Industries Limited
27 Oba Akran Avenue, Ikeja
Lagos State
Dear Sir,
# CONSENT TO DISPOSAL OF CHARGED PROPERTY
We refer to your letter dated 4 March 2026 requesting the consent of Marina Trust Bank Plc (the "Bank") to the sale by Okonkwo Agro-Allied Industries Limited (the "Company") of its warehouse at Plot 9, Ikeja Industrial Estate (the "Property") to Sahel Cold Chain Limited for a consideration of ₦850,000,000.
The Property is subject to a legal mortgage in favour of the Bank securing the ₦2,000,000,000 term loan facility made available to the Company under the facility agreement dated 10 August 2024 (the "Facility Agreement"), which has a tenor of sixty (60) months and requires the Bank's prior written consent to any disposal of charged assets.
The Bank hereby consents to the disposal of the Property, subject to the following conditions:
1. the net sale proceeds shall be paid directly into the Company's collection account with the Bank and applied in prepayment of the facility within five (5) Business Days of completion;
2. the Company shall deliver to the Bank a certified copy of the executed deed of assignment within fourteen (14) days of completion;
3. the Bank will execute a deed of release of the legal mortgage over the Property only upon receipt of the full net sale proceeds; and
4. all costs of the release, including stamp duties and registration fees at the Lagos State Lands Registry, shall be borne by the Company.
Save as set out in this letter, the Facility Agreement and all security granted under it remain in full force and effect, and nothing in this letter shall operate as a waiver of any other right of the Bank.
Kindly signify your acceptance of the above conditions by signing and returning the enclosed duplicate copy of this letter.
Yours faithfully,
For: MARINA TRUST BANK PLC
Adaeze Nwosu, Head, Corporate Banking
Tunde Bakare, Relationship Manager
ACKNOWLEDGED AND ACCEPTED
For and on behalf of Okonkwo Agro-Allied Industries Limited
Chinedu Okonkwo, Managing Director
Date: 23 March 2026`,
    truth: {
      title: "Consent to Disposal of Charged Property",
      documentType: "Letter",
      parties: ["Marina Trust Bank Plc", "Okonkwo Agro-Allied Industries Limited"],
      effectiveDate: "2026-03-18",
    },
  },
];
