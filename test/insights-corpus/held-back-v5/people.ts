import type { UnseenDocument } from "../unseen/types";

/** Employment, director service, contractor and settlement documents with individuals as parties. */
export const PEOPLE_V5: UnseenDocument[] = [
  {
    id: "v5-director-service-uk",
    format: "docx",
    storedPageCount: 3,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 3 March 2025
# PARTIES
(1) ASHGROVE LOGISTICS LIMITED incorporated and registered in England and Wales with company number 07123456 whose registered office is at Unit 2, Thorp Arch Estate, Wetherby LS23 7FZ (Company).
(2) CLARE ELIZABETH HOLLOWAY of 27 Fenwick Road, Harrogate HG1 2AB (Executive).
# AGREED TERMS
1. Interpretation
1.1 In this agreement: Commencement Date: 1 April 2025; Board: the board of directors of the Company; Restricted Period: the period of 12 months immediately following the Termination Date.
2. Appointment and term
2.1 The Company shall employ the Executive and the Executive shall serve the Company as Chief Operating Officer.
2.2 The appointment shall commence on the Commencement Date and shall continue, subject to the remaining terms of this agreement, until terminated by either party giving the other not less than six months' prior notice in writing.
2.3 No employment with a previous employer counts towards the Executive's period of continuous employment.
3. Duties
3.1 The Executive shall devote the whole of her working time, attention and abilities to the business of the Company.
===
4. Salary and benefits
4.1 The Company shall pay the Executive a salary of £145,000 per annum, payable monthly in arrears on or about the last working day of each month.
4.2 The Executive shall be entitled to 28 days' paid holiday in each holiday year in addition to public holidays.
4.3 The Company shall contribute 8% of salary to a registered pension scheme.
5. Garden leave
5.1 During any period of notice the Company may require the Executive not to attend work for up to six months.
6. Restrictive covenants
6.1 The Executive shall not, during the Restricted Period, be engaged in any Restricted Business in competition with the Company.
7. Governing law
7.1 This agreement and any dispute or claim arising out of it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
Executed as a deed by ASHGROVE LOGISTICS LIMITED acting by Martin Oakes, a director, in the presence of a witness
Signed as a deed by CLARE ELIZABETH HOLLOWAY in the presence of a witness`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Ashgrove Logistics Limited", "Clare Elizabeth Holloway"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v5-executive-employment-ny",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE EMPLOYMENT AGREEMENT
This Executive Employment Agreement (the "Agreement") is dated January 6, 2025 and is effective as of February 3, 2025 (the "Effective Date"), by and between Corvid Health Systems, Inc., a New York corporation (the "Company"), and Dr. Marcus T. Reyes ("Executive").
WHEREAS, the Company desires to employ Executive as its Chief Medical Officer, and Executive desires to accept such employment, on the terms set forth below.
NOW, THEREFORE, the parties agree as follows:
1. Position and Duties. Executive shall serve as Chief Medical Officer, reporting to the Chief Executive Officer, and shall perform the duties customarily associated with that position.
2. Term of Employment. The period of Executive's employment under this Agreement (the "Employment Period") shall begin on the Effective Date and continue for three (3) years, ending on the third anniversary of the Effective Date; provided that the Employment Period shall automatically extend for additional one (1) year periods unless either party gives written notice of non-extension at least ninety (90) days before the then-scheduled expiration.
3. Compensation.
(a) Base Salary. The Company shall pay Executive an annual base salary of $485,000, payable in accordance with the Company's regular payroll practices.
(b) Annual Bonus. Executive shall be eligible for an annual target bonus of 40% of Base Salary.
(c) Equity. Subject to Board approval, Executive shall be granted an option to purchase 250,000 shares of common stock, vesting over four (4) years with a one (1) year cliff.
===
4. Termination. Either party may terminate the Employment Period at any time. If the Company terminates Executive's employment without Cause, Executive shall receive twelve (12) months of Base Salary continuation, subject to a release of claims.
5. Restrictive Covenants. During employment and for twelve (12) months thereafter, Executive shall not solicit any employee or customer of the Company.
6. Section 409A. This Agreement is intended to comply with Section 409A of the Internal Revenue Code.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to conflict of law provisions.
8. Entire Agreement. This Agreement supersedes the offer letter dated December 12, 2024.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
CORVID HEALTH SYSTEMS, INC.
By: Elaine Zhou, Chief Executive Officer
EXECUTIVE
Marcus T. Reyes, M.D.`,
    truth: {
      title: "Executive Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Corvid Health Systems, Inc.", "Marcus T. Reyes"],
      governingLaw: "New York",
      effectiveDate: "2025-02-03",
      expiryDate: "2028-02-03",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v5-employment-india",
    format: "txt",
    source: `# EMPLOYMENT AGREEMENT
This Employment Agreement is made at Bengaluru on 12.08.2024
BETWEEN
NILGIRI SOFTWARE SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 1956 and having its registered office at No. 45, 3rd Cross, Koramangala 4th Block, Bengaluru 560 034, Karnataka (hereinafter called the "Company", which expression shall include its successors and assigns) of the FIRST PART
AND
MS. PRIYA RAGHAVAN, daughter of Mr. S. Raghavan, aged 29 years, residing at 17/2, Palace Cross Road, Malleshwaram, Bengaluru 560 003 (hereinafter called the "Employee") of the SECOND PART.
WHEREAS the Company has offered to employ the Employee as Senior Data Engineer by its offer letter dated 24.07.2024 and the Employee has accepted the said offer.
NOW THIS AGREEMENT WITNESSETH:
1. COMMENCEMENT: The Employee's employment shall commence on 02.09.2024 and shall continue until terminated in accordance with Clause 11.
2. PROBATION: The Employee shall be on probation for a period of six (6) months from the date of joining, which may be extended by a further three (3) months at the discretion of the Company.
3. REMUNERATION: The Employee shall be paid a cost to company of INR 32,00,000 per annum as detailed in Annexure A, subject to deduction of tax at source.
4. WORKING HOURS: The normal working hours shall be 9.30 a.m. to 6.30 p.m., Monday to Friday.
5. LEAVE: The Employee shall be entitled to 18 days of earned leave and 12 days of casual and sick leave in each calendar year.
6. CONFIDENTIALITY: The Employee shall not, during or after the employment, disclose any confidential information of the Company.
7. INTELLECTUAL PROPERTY: All work product created by the Employee in the course of employment shall vest in the Company.
11. TERMINATION: After confirmation, either party may terminate this Agreement by giving sixty (60) days' notice in writing or salary in lieu thereof. During probation the notice period shall be fifteen (15) days.
12. GOVERNING LAW: This Agreement shall be governed by the laws of India and the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have signed this Agreement on the date and place first mentioned above.
For NILGIRI SOFTWARE SERVICES PRIVATE LIMITED
(Ravi Shankar Iyer, Head - Human Resources)
PRIYA RAGHAVAN
WITNESSES: 1. K. Lakshmi  2. Mohammed Irfan`,
    truth: {
      title: "Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Nilgiri Software Services Private Limited", "Priya Raghavan"],
      governingLaw: "India",
      effectiveDate: "2024-09-02",
      term: "Until terminated",
    },
  },
  {
    id: "v5-settlement-employment-uk",
    format: "pdf",
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 28 October 2024
PARTIES
(1) BRIGHTWATER MEDIA GROUP PLC incorporated and registered in England and Wales with company number 03456789 whose registered office is at 9 Piccadilly Place, Manchester M1 3BN (the Employer).
(2) DANIEL OKAFOR of Flat 4, 19 Canal Street, Manchester M1 3HE (the Employee).
BACKGROUND
(A) The Employee is employed by the Employer as Head of Audience Development under a contract of employment dated 14 May 2019.
(B) The parties have agreed that the Employee's employment will terminate on 31 October 2024 (the Termination Date).
(C) The parties intend this agreement to be an effective waiver of any claims in accordance with section 203(3) of the Employment Rights Act 1996 and section 147 of the Equality Act 2010.
AGREED TERMS
1. Termination
1.1 The Employee's employment shall terminate on the Termination Date. The Employer shall pay the Employee's salary and contractual benefits up to the Termination Date.
2. Payment
2.1 Subject to the Employee's compliance with this agreement, the Employer shall pay the Employee £62,500 as compensation for loss of employment (the Termination Payment) within 14 days of receipt of a copy of this agreement signed by the Employee and the Adviser's certificate.
2.2 The first £30,000 of the Termination Payment shall be paid without deduction of tax.
3. Waiver of claims
3.1 The Employee agrees that the terms of this agreement are in full and final settlement of all claims which he has or may have against the Employer arising out of his employment or its termination.
4. Confidentiality and references
4.1 The Employer shall provide a reference in the agreed form.
5. Legal advice
5.1 The Employer shall contribute up to £750 plus VAT towards the Employee's legal fees.
6. Governing law
6.1 This agreement shall be governed by and construed in accordance with the law of England and Wales.
Signed by Hannah Price, Chief People Officer, for and on behalf of BRIGHTWATER MEDIA GROUP PLC
Signed by DANIEL OKAFOR
ADVISER'S CERTIFICATE
I, Sarah Lin of Lin & Partners Solicitors, 3 St Ann's Square, Manchester M2 7LP, confirm that I have given Daniel Okafor advice as to the terms and effect of this agreement, and in particular its effect on his ability to pursue claims before an employment tribunal.
Signed: Sarah Lin   Date: 28 October 2024`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Brightwater Media Group plc", "Daniel Okafor"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-10-28",
    },
  },
  {
    id: "v5-deed-settlement-victoria",
    format: "docx",
    source: `# DEED OF SETTLEMENT AND RELEASE
Date: 19 June 2025
# Parties
Bluegum Constructions Pty Ltd ACN 604 112 233 of Level 3, 45 Collins Street, Melbourne VIC 3000 (Bluegum)
Yarra Civil Pty Ltd ACN 611 998 447 of 7 Dockside Road, Port Melbourne VIC 3207 (Yarra Civil)
# Background
A. Bluegum engaged Yarra Civil under a subcontract dated 2 February 2022 for civil works at the Werribee Logistics Estate (Subcontract).
B. Yarra Civil commenced proceedings against Bluegum in the Supreme Court of Victoria, proceeding number S ECI 2024 01234, claiming $2.3 million in unpaid progress claims (Proceeding). Bluegum has counterclaimed for liquidated damages.
C. The parties have agreed to settle the Proceeding on the terms of this deed, without any admission of liability.
# Operative provisions
1. Settlement Sum
1.1 Bluegum must pay Yarra Civil $1,450,000 (inclusive of GST) within 14 days after the date of this deed.
2. Discontinuance
2.1 Within 5 Business Days after receipt of the Settlement Sum, the parties must file consent orders dismissing the Proceeding and the counterclaim with no order as to costs.
3. Release
3.1 On payment of the Settlement Sum, each party releases the other from all Claims arising out of or in connection with the Subcontract or the Proceeding.
3.2 The defects liability period under the Subcontract ends on the date of this deed.
4. Bar
4.1 This deed may be pleaded as a bar to any Claim released by it.
5. Confidentiality
5.1 The terms of this deed are confidential except as required by law.
6. Governing law
6.1 This deed is governed by the law of Victoria, Australia.
Executed as a deed.
Executed by Bluegum Constructions Pty Ltd ACN 604 112 233 in accordance with section 127 of the Corporations Act 2001 (Cth) by Andrew Kowalski, Director, and Sophie Tran, Company Secretary
Executed by Yarra Civil Pty Ltd ACN 611 998 447 in accordance with section 127 of the Corporations Act 2001 (Cth) by Con Papadopoulos, Sole Director and Company Secretary`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Bluegum Constructions Pty Ltd", "Yarra Civil Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2025-06-19",
    },
  },
  {
    id: "v5-contractor-bc-individual",
    format: "txt",
    source: `# INDEPENDENT CONTRACTOR AGREEMENT
THIS AGREEMENT is dated for reference November 1, 2024.
BETWEEN:
FRASER VALLEY TIMBER CO. LTD., a British Columbia company having an office at 2200 - 1055 West Georgia Street, Vancouver, British Columbia V6E 3P3
(the "Company")
AND:
ÉLODIE TREMBLAY, of 1220 Oak Bay Avenue, Victoria, British Columbia V8R 1C1
(the "Contractor")
WHEREAS the Company wishes to retain the Contractor to provide forestry certification and audit services, and the Contractor wishes to provide those services as an independent contractor;
NOW THEREFORE the parties agree as follows:
1. Services. The Contractor will provide the services described in Schedule "A" (the "Services") on an as-needed basis.
2. Term. The term of this Agreement commences on November 1, 2024 and shall continue for twelve (12) months, unless terminated earlier under section 9.
3. Fees. The Company will pay the Contractor $145 per hour plus GST, invoiced monthly. Invoices are payable within 15 days of receipt.
4. Expenses. The Company will reimburse reasonable pre-approved travel expenses.
5. Independent Contractor. The Contractor is not an employee of the Company and is responsible for all remittances to the Canada Revenue Agency and WorkSafeBC.
6. Confidentiality. The Contractor will keep confidential all non-public information of the Company, during the term and for two (2) years after it ends.
7. Work Product. All reports and data prepared by the Contractor in performing the Services belong to the Company.
9. Termination. Either party may terminate this Agreement on thirty (30) days' written notice to the other.
10. Governing Law. This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable in that Province.
IN WITNESS WHEREOF the parties have executed this Agreement as of the reference date above.
FRASER VALLEY TIMBER CO. LTD.
Per: Gordon McAllister, Vice President, Operations
SIGNED by ÉLODIE TREMBLAY in the presence of: Nadia Hassan, Barrister & Solicitor
SCHEDULE "A" - SERVICES
Chain-of-custody audits under FSC and PEFC standards at the Company's Chilliwack and Mission mills; annual certification reporting.`,
    truth: {
      title: "Independent Contractor Agreement",
      documentType: "Services agreement",
      parties: ["Fraser Valley Timber Co. Ltd.", "Élodie Tremblay"],
      governingLaw: "British Columbia",
      effectiveDate: "2024-11-01",
      expiryDate: "2025-10-31",
      term: "12 months",
    },
  },
  {
    id: "v5-employment-hk-fixed-term",
    format: "pdf",
    source: `KOWLOON PRECISION INSTRUMENTS LIMITED
Unit 8, 22/F, Millennium City 5, 418 Kwun Tong Road, Kowloon, Hong Kong
# EMPLOYMENT CONTRACT (FIXED TERM)
This Contract is made on 10 July 2024
BETWEEN Kowloon Precision Instruments Limited (the "Employer")
AND Mr. Chan Tai Man (HKID No. A123456(7)), of Flat C, 15/F, Block 3, Laguna City, Kwun Tong, Kowloon (the "Employee")
1. POSITION: The Employee is employed as Quality Assurance Manager, reporting to the General Manager.
2. TERM: The employment is for a fixed term of two (2) years commencing on 1 August 2024 and ending on 31 July 2026, unless terminated earlier under Clause 9.
3. PROBATION: The first three (3) months of employment shall be a probationary period, during which either party may terminate the employment by giving seven (7) days' notice.
4. SALARY: HK$68,000 per month, payable on or before the last working day of each month. A discretionary year-end bonus may be paid.
5. HOURS OF WORK: 9:00 a.m. to 6:00 p.m., Monday to Friday.
6. ANNUAL LEAVE: 14 working days per year, in addition to statutory holidays.
7. MANDATORY PROVIDENT FUND: The Employer and the Employee shall each contribute in accordance with the Mandatory Provident Fund Schemes Ordinance (Cap. 485).
8. GRATUITY: On completion of the fixed term, the Employee shall be entitled to a gratuity of 10% of the total basic salary earned.
9. TERMINATION: After probation, either party may terminate this Contract by giving one (1) month's notice in writing or payment in lieu.
10. GOVERNING LAW: This Contract shall be governed by the laws of the Hong Kong Special Administrative Region, including the Employment Ordinance (Cap. 57).
For and on behalf of
KOWLOON PRECISION INSTRUMENTS LIMITED
Lau Wing Sze, General Manager
Accepted and agreed by the Employee:
Chan Tai Man
Date: 12 July 2024`,
    truth: {
      title: "Employment Contract (Fixed Term)",
      documentType: "Employment agreement",
      parties: ["Kowloon Precision Instruments Limited", "Chan Tai Man"],
      governingLaw: "Hong Kong",
      effectiveDate: "2024-08-01",
      expiryDate: "2026-07-31",
      term: "2 years",
    },
  },
];
