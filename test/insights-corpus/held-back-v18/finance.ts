import type { UnseenDocument } from "../unseen/types";

/** Held-back v18 finance documents: loan and facility agreements, a facility letter, guarantee, security, promissory note and amendment deed. */
export const FINANCE_V18: UnseenDocument[] = [
  {
    id: "v18-finance-ny-term-loan-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# TERM LOAN AGREEMENT
This TERM LOAN AGREEMENT (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among GRANITE PEAK LOGISTICS, LLC, a Delaware limited liability company with its principal place of business at 410 Lexington Avenue, Suite 2200, New York, New York 10170 (the "Borrower"), GRANITE PEAK HOLDINGS, INC., a Delaware corporation ("Holdings"), and HUDSON FIRST NATIONAL BANK, a national banking association (the "Lender").
# RECITALS
WHEREAS, the Borrower is party to that certain Credit Agreement dated as of June 1, 2021 with Palisade Commercial Finance Corp., which agreement is governed by the laws of the State of New Jersey (the "Existing Credit Agreement"); and
WHEREAS, the Borrower has requested that the Lender make a term loan to the Borrower in the principal amount of Eighteen Million Dollars ($18,000,000) to refinance in full the indebtedness outstanding under the Existing Credit Agreement, and the Lender is willing to do so on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# ARTICLE 1. THE LOAN
1.1 Loan. Subject to the satisfaction of the conditions precedent set forth in Schedule 1, the Lender shall make a single advance to the Borrower on the Effective Date in the amount of $18,000,000 (the "Loan"). Amounts repaid may not be reborrowed.
1.2 Term. The term of the Loan shall be sixty (60) months from the Effective Date, and all outstanding principal, accrued interest and other Obligations shall be due and payable in full on March 3, 2031 (the "Maturity Date").
1.3 Amortization. Interest only shall be payable during the first twelve (12) months following the Effective Date. Thereafter the Borrower shall repay the principal in equal quarterly installments of $450,000 on the last Business Day of each March, June, September and December, with the balance due on the Maturity Date.
===
# ARTICLE 2. INTEREST AND FEES
2.1 Interest Rate. The Loan shall bear interest at Term SOFR for an Interest Period of one (1) or three (3) months, as selected by the Borrower, plus 2.75% per annum. Upon the occurrence and during the continuance of an Event of Default, the rate shall increase by 2.00% per annum.
2.2 Prepayment. The Borrower may prepay the Loan in whole or in part upon not less than five (5) Business Days' prior written notice to the Lender. Any prepayment made during the first twenty-four (24) months after the Effective Date shall be accompanied by a prepayment premium of 1.00% of the principal amount prepaid.
2.3 Closing Fee. The Borrower shall pay to the Lender on the Effective Date a closing fee equal to 0.50% of the Loan.
# ARTICLE 3. GUARANTY
3.1 Holdings hereby absolutely, unconditionally and irrevocably guarantees to the Lender the punctual payment when due of all Obligations of the Borrower under this Agreement.
# ARTICLE 4. COVENANTS
4.1 Financial Statements. The Borrower shall deliver to the Lender audited annual financial statements within one hundred twenty (120) days after the end of each fiscal year and unaudited quarterly financial statements within forty-five (45) days after the end of each fiscal quarter.
4.2 Fixed Charge Coverage Ratio. The Borrower shall maintain a Fixed Charge Coverage Ratio of not less than 1.25 to 1.00, tested quarterly on a trailing twelve-month basis.
===
# ARTICLE 5. MISCELLANEOUS
5.1 Survival. The indemnification obligations of the Borrower shall survive the repayment of the Loan and the termination of this Agreement for a period of three (3) years.
5.2 GOVERNING LAW. THIS AGREEMENT AND THE OTHER LOAN DOCUMENTS SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAWS OF THE STATE OF NEW YORK, WITHOUT REGARD TO CONFLICT OF LAWS PRINCIPLES OTHER THAN SECTIONS 5-1401 AND 5-1402 OF THE NEW YORK GENERAL OBLIGATIONS LAW.
5.3 WAIVER OF JURY TRIAL. EACH PARTY HEREBY IRREVOCABLY WAIVES ANY RIGHT TO A TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AGREEMENT.
IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorized officers as of the date first written above.
| GRANITE PEAK LOGISTICS, LLC | By: /s/ Marcus Ellery, Chief Financial Officer |
| GRANITE PEAK HOLDINGS, INC. | By: /s/ Marcus Ellery, Treasurer |
| HUDSON FIRST NATIONAL BANK | By: /s/ Denise Okafor, Senior Vice President |`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Granite Peak Logistics, LLC", "Granite Peak Holdings, Inc.", "Hudson First National Bank"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-03",
      term: "60 months",
    },
  },
  {
    id: "v18-finance-eng-facility-letter",
    format: "docx",
    storedPageCount: 2,
    source: `THAMESBRIDGE COMMERCIAL BANK PLC
Business Banking Centre, 1 Cheapside Court, London EC2V 6AA
Registered in England and Wales No. 02948815
Private and Confidential
The Directors
Orchard Lane Bakeries Limited
Unit 4, Riverside Trading Estate
Reading RG1 8DN
14 April 2026
Our ref: CB/4471/TL
Dear Sirs
# Term Loan Facility
We are pleased to offer Orchard Lane Bakeries Limited (company number 08815230) (the "Borrower") a term loan facility on the terms of this letter and our Standard Terms for Business Lending (Edition 7). This letter replaces our indicative terms letter dated 3 March 2026, which is of no further effect.
1. Amount: £750,000.
2. Purpose: to part-finance the purchase of a new production line at the Borrower's premises at Unit 4, Riverside Trading Estate, Reading.
3. Term and repayment: The facility is made available for a period of five years from the date of this letter. The loan shall be repaid by 54 consecutive monthly instalments of capital and interest, the first falling due six months after drawdown, with any balance repayable in full on 14 April 2031 (the "Final Repayment Date").
4. Interest: 3.10% per annum over the Bank of England Base Rate, payable monthly in arrears.
5. Arrangement fee: £5,625, payable on acceptance of this letter.
6. Security: a first-ranking debenture from the Borrower and a limited personal guarantee of £150,000 from Mr Daniel Hughes, each in our standard form.
7. Prepayment: the loan may be prepaid in whole or in part on not less than 30 days' written notice, subject to payment of any break costs.
8. Review: the facility will be reviewed annually on the basis of the Borrower's audited accounts, which must be delivered to us within 180 days of each financial year end.
===
9. Availability: this offer will lapse if we have not received the duplicate of this letter signed on behalf of the Borrower within 28 days of the date of this letter. The facility must be drawn within three months of acceptance.
10. Governing law: this letter and any non-contractual obligations arising out of or in connection with it are governed by the law of England and Wales, and the courts of England have exclusive jurisdiction.
Please confirm your acceptance by signing and returning the enclosed duplicate of this letter.
Yours faithfully
For and on behalf of Thamesbridge Commercial Bank plc
Helen Marsh
Relationship Director
# Acceptance
We accept the facility offered above on the terms and conditions set out in this letter and in the Standard Terms for Business Lending.
Signed by Daniel Hughes, Director, for and on behalf of Orchard Lane Bakeries Limited
Date: 22 April 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Thamesbridge Commercial Bank plc", "Orchard Lane Bakeries Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2031-04-14",
      term: "5 years",
    },
  },
  {
    id: "v18-finance-scot-floating-charge",
    format: "txt",
    source: `# FLOATING CHARGE
by
GLENCAIRN DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (registered number SC512874) and having its registered office at 7 Kirk Wynd, Dufftown, Keith AB55 4AB (the "Company")
in favour of
CALEDONIAN CAPITAL PARTNERS LLP, a limited liability partnership incorporated in Scotland (registered number SO305561) and having its registered office at 40 Queen Street, Edinburgh EH2 3NH (the "Lender")
# 1 Definitions
1.1 In this Floating Charge:
"Facility Agreement" means the facility agreement dated 12 May 2026 between the Company and the Lender for a term loan of £4,000,000 repayable over seven years, which is governed by the law of England and Wales;
"Secured Liabilities" means all present and future obligations and liabilities of the Company to the Lender, whether actual or contingent, under the Facility Agreement or otherwise;
"Charged Property" means the whole of the property (including uncalled capital) which is or may be from time to time while this Floating Charge is in force comprised in the property and undertaking of the Company.
# 2 Undertaking to pay
The Company undertakes to the Lender that it will pay and discharge the Secured Liabilities when due.
# 3 Floating charge
3.1 As security for the payment and discharge of the Secured Liabilities, the Company grants a floating charge in favour of the Lender over the Charged Property.
3.2 Paragraph 14 of Schedule B1 to the Insolvency Act 1986 applies to the floating charge created by this Floating Charge, which is a qualifying floating charge.
# 4 Negative pledge
The Company shall not, without the prior written consent of the Lender, create or permit to subsist any fixed security or floating charge over the Charged Property, other than the standard security over the bonded warehouse at Mortlach Road, Dufftown granted in favour of the Lender.
# 5 Continuing security
This Floating Charge is a continuing security and shall remain in force until the Secured Liabilities have been irrevocably paid and discharged in full and the Lender has granted a discharge.
# 6 Enforcement
At any time after the Secured Liabilities have become payable on demand, the Lender may appoint an administrator of the Company or, so far as permitted by law, a receiver of the Charged Property.
# 7 Registration
The Company consents to registration of particulars of this Floating Charge at Companies House within the period of 21 days beginning with the day after the date of its creation, and to its registration for preservation and execution in the Books of Council and Session.
# 8 Governing law
This Floating Charge shall be governed by and construed in accordance with the law of Scotland, and the Company submits to the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are subscribed for and on behalf of the Company at Dufftown on the Twentieth day of May Two Thousand and Twenty-six by Fiona Catriona Grant, Director, before this witness Alasdair Reid, Solicitor, 3 Balvenie Street, Dufftown.
Fiona Catriona Grant, Director
Alasdair Reid, Witness`,
    truth: {
      title: "Floating Charge",
      documentType: "Security agreement",
      parties: ["Glencairn Distilling Company Limited", "Caledonian Capital Partners LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-20",
    },
  },
  {
    id: "v18-finance-jersey-personal-guarantee",
    format: "pdf",
    pdfMargin: 90,
    source: `# PERSONAL GUARANTEE AND INDEMNITY
THIS DEED is made on the 9th day of June 2026
BY:
(1) MARGUERITE ANNE LE BRETON of La Maison du Coin, Rue de la Fosse, St Ouen, Jersey JE3 2AB (the "Guarantor");
IN FAVOUR OF:
(2) ST HELIER MERCHANT BANK LIMITED, a company incorporated in Jersey with registered number 48213 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Bank").
# BACKGROUND
(A) By a facility agreement dated 2 June 2026 (the "Facility Agreement") the Bank has agreed to make available to Le Breton Estates Limited (the "Borrower") a loan facility of £1,200,000 for a term of five years.
(B) The Guarantor is a director and the majority shareholder of the Borrower and has agreed to guarantee the obligations of the Borrower to the Bank on the terms of this Deed.
# 1. GUARANTEE AND INDEMNITY
1.1 The Guarantor guarantees to the Bank the due and punctual payment of all sums now or in the future owing by the Borrower to the Bank under the Facility Agreement (the "Guaranteed Obligations").
1.2 As a separate and independent obligation, the Guarantor shall indemnify the Bank on demand against any loss it incurs as a result of any of the Guaranteed Obligations being or becoming unenforceable, invalid or illegal.
1.3 The maximum aggregate liability of the Guarantor under this Deed shall not exceed £400,000 together with interest and enforcement costs.
# 2. DEMANDS
Any sum demanded under this Deed shall be paid by the Guarantor within five Business Days of the date of the Bank's written demand.
# 3. WAIVER OF CUSTOMARY LAW RIGHTS
The Guarantor abandons any right which she has or may have under the customary law of Jersey to require that the Bank first take proceedings against or discuss the assets of the Borrower (droit de discussion) or that the liability be divided between her and any co-guarantor (droit de division).
# 4. CONTINUING GUARANTEE
This Deed is a continuing guarantee and shall remain in full force and effect until terminated by the Guarantor giving the Bank not less than three months' written notice. Termination shall not affect the Guarantor's liability for Guaranteed Obligations incurred before the expiry of that notice.
# 5. INDEPENDENT ADVICE
The Guarantor confirms that before executing this Deed she received independent legal advice from Advocate Peter Renouf of Renouf & Co, St Helier.
# 6. GOVERNING LAW AND JURISDICTION
This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS of which this Deed has been executed as a deed and delivered on the date stated at the beginning of it.
SIGNED as a DEED by MARGUERITE ANNE LE BRETON in the presence of:
Witness: Peter Renouf, Advocate, 3 Hill Street, St Helier, Jersey`,
    truth: {
      title: "Personal Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Marguerite Anne Le Breton", "St Helier Merchant Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-09",
      term: "Until terminated",
    },
  },
  {
    id: "v18-finance-ontario-promissory-note",
    format: "txt",
    source: `# PROMISSORY NOTE
| Principal Amount | CDN $350,000.00 |
| Date | the 15th day of July, 2026 |
| Place | Toronto, Ontario |
FOR VALUE RECEIVED, NORTHSHORE DENTAL HOLDINGS INC., a corporation incorporated under the laws of the Province of Ontario (the "Maker"), hereby unconditionally promises to pay to the order of ROBERT JAMES MACLEOD, of 44 Glenview Avenue, Toronto, Ontario M4R 1P6 (the "Holder"), the Principal Amount together with interest as set out below.
1. Loan. This Note evidences a loan of the Principal Amount advanced by the Holder to the Maker on the date of this Note, the receipt of which the Maker acknowledges.
2. Term and Maturity. The term of this Note is twenty-four (24) months from the date hereof. The Maker shall repay the entire unpaid Principal Amount, together with all accrued and unpaid interest, on July 15, 2028 (the "Maturity Date").
3. Interest. Interest shall accrue on the unpaid Principal Amount at the rate of seven and one-half percent (7.5%) per annum, calculated and compounded monthly, not in advance, and shall be payable on the last day of each calendar month. For the purposes of the Interest Act (Canada), the yearly rate of interest to which the rate calculated on the basis of a 365-day year is equivalent is that rate multiplied by the actual number of days in the calendar year and divided by 365.
4. Prepayment. The Maker may prepay all or any part of the Principal Amount at any time on thirty (30) days' prior written notice to the Holder, without bonus or penalty.
5. Events of Default. If the Maker fails to pay any amount under this Note within ten (10) days after its due date, or becomes bankrupt or insolvent, the Holder may declare the entire unpaid Principal Amount and accrued interest immediately due and payable.
6. Subordination. This Note is subordinated to the Maker's indebtedness to the Bank of Upper Canada Trust under the credit agreement dated March 1, 2024, in accordance with the subordination and postponement agreement of even date herewith.
7. Waiver. The Maker waives presentment for payment, protest, notice of protest and notice of dishonour of this Note.
8. Governing Law. This Note shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the Maker has executed this Note as of the date first written above.
NORTHSHORE DENTAL HOLDINGS INC.
Per: Dr. Priya Raman
Title: President
I have authority to bind the corporation.`,
    truth: {
      title: "Promissory Note",
      documentType: "Loan agreement",
      parties: ["Northshore Dental Holdings Inc.", "Robert James MacLeod"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-15",
      expiryDate: "2028-07-15",
      term: "24 months",
    },
  },
  {
    id: "v18-finance-nsw-commercial-loan",
    format: "docx",
    storedPageCount: 3,
    source: `# Commercial Loan Agreement
# Details
| Item | Particulars |
| Date of this agreement | 24 July 2026 |
| Lender | Southern Cross Private Credit Pty Ltd ACN 612 334 809 of Level 12, 1 Macquarie Place, Sydney NSW 2000 |
| Borrower | Bluegum Earthmoving Pty Ltd ACN 145 992 017 of 18 Industrial Drive, Penrith NSW 2750 |
| Guarantor | Kieran Thomas Walsh of 6 Ridge Street, Glenbrook NSW 2773 |
| Principal | A$1,850,000 |
| Commencement Date | 1 August 2026 |
| Term | 36 months commencing on the Commencement Date |
| Interest Rate | 9.25% per annum, fixed for the Term |
| Repayments | Monthly instalments of principal and interest in arrears |
| Security | General security agreement over all present and after-acquired property of the Borrower |
===
# Agreed terms
1. Definitions. In this agreement, Commencement Date and Term have the meanings given in the Details, and Repayment Date means the last day of the Term.
2. Advance. The Lender must advance the Principal to the Borrower on the Commencement Date if it has received the signed general security agreement and evidence of registration of the Lender's security interest on the PPSR.
3. Term. This agreement starts on the Commencement Date and ends on the Repayment Date, when all money owing must be repaid in full.
4. Extension option. The Borrower may, by notice given not less than 90 days before the Repayment Date, ask the Lender to extend the Term by a further 12 months. The Lender may grant or refuse that request in its absolute discretion, and the Term is not extended unless the Lender agrees in writing.
5. Prepayment. The Borrower may repay the whole of the loan early on giving 30 days' notice. A break fee of 2% of the amount prepaid applies to any repayment made in the first 18 months of the Term.
6. Default interest. On any overdue amount, interest accrues at the Interest Rate plus 3% per annum.
7. Guarantee and indemnity. In consideration of the Lender entering into this agreement at the Guarantor's request, the Guarantor unconditionally guarantees the due payment of all money owing by the Borrower and indemnifies the Lender against any loss arising from the Borrower's default.
===
8. Financial information. The Borrower must give the Lender its annual financial statements within 120 days after the end of each financial year.
9. Governing law. This agreement is governed by the law in force in New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed by Southern Cross Private Credit Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Aaron Lim, Director, and Sophie Nguyen, Company Secretary
Executed by Bluegum Earthmoving Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Kieran Thomas Walsh, Director, and Leanne Walsh, Director
Signed by Kieran Thomas Walsh in the presence of Michael Farrell, Justice of the Peace`,
    truth: {
      title: "Commercial Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Southern Cross Private Credit Pty Ltd", "Bluegum Earthmoving Pty Ltd", "Kieran Thomas Walsh"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      expiryDate: "2029-07-31",
      term: "36 months",
    },
  },
  {
    id: "v18-finance-sg-term-facility-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# TERM LOAN FACILITY AGREEMENT
S$12,000,000 term loan facility
dated 30 September 2026
between
LIONGATE PRECISION ENGINEERING PTE. LTD. as Borrower
LIONGATE HOLDINGS PTE. LTD. as Guarantor
MARINA STRAITS BANK LIMITED as Lender
and ORCHID SECURITY TRUSTEES PTE. LTD. as Security Trustee
===
THIS AGREEMENT is dated 30 September 2026 and is made BETWEEN:
(1) LIONGATE PRECISION ENGINEERING PTE. LTD. (UEN 201512345K), a company incorporated in Singapore with its registered office at 21 Tuas Avenue 8, Singapore 639236 (the "Borrower");
(2) LIONGATE HOLDINGS PTE. LTD. (UEN 200908765D), a company incorporated in Singapore (the "Guarantor");
(3) MARINA STRAITS BANK LIMITED, acting through its Singapore branch at 8 Marina View, #30-01, Singapore 018960 (the "Lender"); and
(4) ORCHID SECURITY TRUSTEES PTE. LTD. (UEN 201133221N), as trustee for the Secured Parties (the "Security Trustee").
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
“Availability Period” means the period from and including the date of this Agreement to and including the date falling three (3) months after the date of this Agreement.
“Interest Period” means a period of three (3) months or such other period as the Borrower and the Lender may agree.
“Malaysian Share Charge” means the charge over the shares in Liongate Engineering (M) Sdn. Bhd. granted by the Guarantor in favour of the Security Trustee, which is governed by the laws of Malaysia.
“Termination Date” means the date falling forty-eight (48) months after the date of this Agreement.
# 2. THE FACILITY
2.1 The Lender makes available to the Borrower a Singapore dollar term loan facility in an aggregate amount of S$12,000,000 for a tenor of forty-eight (48) months from the date of this Agreement.
2.2 The Borrower shall apply all amounts borrowed under the Facility towards the acquisition of a factory at 21 Tuas Avenue 8 and related fit-out costs.
# 3. REPAYMENT
The Borrower shall repay the Loan in sixteen (16) equal quarterly instalments, the first falling due on the last day of the first Interest Period ending after the expiry of the Availability Period, and the final instalment on the Termination Date.
===
# 4. GUARANTEE
The Guarantor irrevocably and unconditionally guarantees to the Lender the punctual performance by the Borrower of all its obligations under the Finance Documents.
# 5. SECURITY TRUSTEE
The Security Trustee shall hold the Transaction Security on trust for the Lender and shall act only on the instructions of the Lender.
# 6. INFORMATION UNDERTAKINGS
The Borrower shall supply to the Lender its audited consolidated financial statements within one hundred and twenty (120) days after the end of each financial year.
# 7. GOVERNING LAW
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Republic of Singapore. The courts of Singapore have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
| Borrower | LIONGATE PRECISION ENGINEERING PTE. LTD. By: Tan Wei Ming, Director |
| Guarantor | LIONGATE HOLDINGS PTE. LTD. By: Tan Wei Ming, Director |
| Lender | MARINA STRAITS BANK LIMITED By: Rachel Goh, Managing Director |
| Security Trustee | ORCHID SECURITY TRUSTEES PTE. LTD. By: Suresh Pillai, Authorised Signatory |`,
    truth: {
      title: "Term Loan Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Liongate Precision Engineering Pte. Ltd.", "Liongate Holdings Pte. Ltd.", "Marina Straits Bank Limited", "Orchid Security Trustees Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-09-30",
      expiryDate: "2030-09-30",
      term: "48 months",
    },
  },
  {
    id: "v18-finance-hk-deed-of-amendment",
    format: "docx",
    source: `# DEED OF AMENDMENT
relating to a Revolving Loan Facility Agreement dated 12 March 2024
THIS DEED is made on 28 October 2026
BETWEEN:
(1) PEARL DELTA TRADING LIMITED (Company No. 2874410), a company incorporated in Hong Kong whose registered office is at 18/F, Harbour Commercial Building, 122 Connaught Road Central, Hong Kong (the "Borrower");
(2) VICTORIA HARBOUR BANKING CORPORATION LIMITED, whose principal office is at 9 Queen's Road Central, Hong Kong (the "Lender"); and
(3) CHAN WING KEI, holder of Hong Kong Identity Card No. K123456(7), of Flat 12B, Tower 2, The Waterfront, 1 Austin Road West, Kowloon (the "Guarantor").
# RECITALS
(A) By a revolving loan facility agreement dated 12 March 2024 (the "Original Agreement"), the Lender made available to the Borrower a revolving loan facility of HK$30,000,000 for a term of three years from the date of the Original Agreement, with a Termination Date of 12 March 2027.
(B) The Guarantor guaranteed the obligations of the Borrower under the Original Agreement by a personal guarantee dated 12 March 2024.
(C) The parties have agreed to amend the Original Agreement in the manner set out in this Deed.
# 1. DEFINITIONS
1.1 Terms defined in the Original Agreement have the same meaning in this Deed.
1.2 "Effective Date" means 1 November 2026.
# 2. AMENDMENTS
2.1 With effect from the Effective Date, the Original Agreement shall be amended as follows:
(a) in Clause 2.1 (The Facility), the figure "HK$30,000,000" shall be deleted and replaced with "HK$45,000,000";
(b) in Clause 8.2 (Margin), "2.25 per cent. per annum" shall be deleted and replaced with "1.95 per cent. per annum"; and
(c) a new Clause 21.4 (Gearing) shall be inserted requiring the Borrower to ensure that its Total Borrowings do not at any time exceed 1.5 times its Tangible Net Worth.
2.2 For the avoidance of doubt, nothing in this Deed extends the Termination Date.
# 3. GUARANTOR CONFIRMATION
The Guarantor consents to the amendments made by this Deed and confirms that the personal guarantee dated 12 March 2024 continues in full force and extends to the obligations of the Borrower under the Original Agreement as amended by this Deed.
# 4. AMENDMENT FEE
The Borrower shall pay to the Lender an amendment fee of HK$60,000 within five Business Days after the Effective Date.
# 5. CONTINUITY
Save as amended by this Deed, the Original Agreement remains in full force and effect, and the Original Agreement and this Deed shall be read and construed as one document.
# 6. GOVERNING LAW
This Deed is governed by and shall be construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the courts of Hong Kong.
IN WITNESS whereof this Deed has been executed as a deed on the date first written above.
THE COMMON SEAL of PEARL DELTA TRADING LIMITED was affixed in the presence of Leung Ka Ho, Director
THE COMMON SEAL of VICTORIA HARBOUR BANKING CORPORATION LIMITED was affixed in the presence of Margaret Ip, Authorised Signatory
SIGNED, SEALED and DELIVERED by CHAN WING KEI in the presence of Wong Siu Fan, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Pearl Delta Trading Limited", "Victoria Harbour Banking Corporation Limited", "Chan Wing Kei"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-11-01",
      amends: "Revolving Loan Facility Agreement",
    },
  },
];
