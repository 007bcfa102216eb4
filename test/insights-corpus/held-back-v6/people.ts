import type { UnseenDocument } from "../unseen/types";

/** People: employment, director's service, offer letters, contractors, settlements with individuals. */
export const PEOPLE_V6: UnseenDocument[] = [
  {
    id: "v6-employment-england",
    format: "docx",
    storedPageCount: 3,
    source: `# CONTRACT OF EMPLOYMENT
THIS CONTRACT is dated 12 May 2025
PARTIES
(1) FENWICK & HALE LOGISTICS LIMITED incorporated and registered in England and Wales with company number 09912345 whose registered office is at 40 Canal Street, Manchester M1 3WD (the "Employer")
(2) SAMUEL ADEYEMI of 17 Beech Grove, Stockport SK4 2LT (the "Employee")
===
1. Commencement. Your employment under this contract begins on 2 June 2025 (the "Commencement Date"). No previous employment counts as part of your period of continuous employment.
2. Job title. You are employed as Senior Transport Planner, reporting to the Head of Operations.
3. Probation. The first six months of your employment are a probationary period, during which either party may end the employment on one week's notice.
4. Place of work. Your normal place of work is the Employer's depot at Trafford Park, but you may be required to work at other sites in Greater Manchester.
5. Hours. Your normal hours are 37.5 per week, Monday to Friday. You may be required to work additional hours when the needs of the business require.
6. Salary. Your salary is £46,500 per year, paid monthly in arrears on or about the last working day of each month by credit transfer.
7. Holidays. You are entitled to 25 days' paid holiday in each holiday year (1 January to 31 December), plus bank holidays.
===
8. Duration and notice. Your employment will continue until terminated by either party giving the other written notice. After probation, you must give three months' notice and the Employer must give three months' notice or, if greater, the statutory minimum.
9. Restrictions. For six months after your employment ends you will not solicit any customer with whom you dealt in your last twelve months of employment.
10. Pension. The Employer will auto-enrol you in its workplace pension scheme in accordance with the Pensions Act 2008.
11. Governing law. This contract is governed by the law of England and Wales, and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
Signed for and on behalf of Fenwick & Hale Logistics Limited
Claire Whitcombe, HR Director
Signed by the Employee
Samuel Adeyemi`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Fenwick & Hale Logistics Limited", "Samuel Adeyemi"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-06-02",
      term: "Until terminated",
    },
  },
  {
    id: "v6-director-service-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is made the 28th day of November 2025
BETWEEN
JADE HARBOUR TRADING LIMITED (嘉港貿易有限公司), a company incorporated in Hong Kong whose registered office is at 18/F, Lippo Centre Tower 2, 89 Queensway, Admiralty, Hong Kong (the "Company"); and
MS CHEUNG WING SZE (Hong Kong Identity Card No. K123456(7)), residing at Flat 12B, Block 3, Taikoo Shing, Hong Kong (the "Executive").
WHEREAS the Company wishes to employ the Executive as its Executive Director and the Executive has agreed to serve on the terms below.
# 1. APPOINTMENT AND TERM
1.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Executive Director with effect from 1 January 2026 (the "Commencement Date").
1.2 The appointment shall be for a fixed term of three (3) years from the Commencement Date, subject to earlier termination under Clause 8. Any extension must be agreed in writing.
===
# 2. DUTIES
2.1 The Executive shall devote her whole working time to the business of the Company and its subsidiaries and shall comply with the Listing Rules where applicable to the group.
# 3. REMUNERATION
3.1 The Company shall pay the Executive a salary of HK$2,160,000 per annum, payable in twelve equal monthly instalments, and a discretionary bonus.
3.2 The Company shall make mandatory contributions for the Executive under the Mandatory Provident Fund Schemes Ordinance (Cap. 485).
# 4. LEAVE
4.1 The Executive is entitled to 22 working days' paid annual leave.
# 8. TERMINATION
8.1 Either party may terminate this Agreement by giving not less than six (6) months' written notice or payment in lieu.
# 9. RESTRICTIVE COVENANTS
9.1 For six (6) months after termination the Executive shall not be engaged in any business competing with the Company in Hong Kong or the Mainland.
===
# 10. GOVERNING LAW
10.1 This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
SIGNED by Lau Chi Keung, Chairman, for and on behalf of JADE HARBOUR TRADING LIMITED
SIGNED by CHEUNG WING SZE`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Jade Harbour Trading Limited", "Cheung Wing Sze"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-01-01",
      expiryDate: "2029-01-01",
      term: "3 years",
    },
  },
  {
    id: "v6-offer-letter-california",
    format: "txt",
    source: `Sunfield Biosciences, Inc.
2200 Mission College Boulevard, Santa Clara, CA 95054
July 21, 2025
Mr. Daniel Okafor
418 Alder Court
Sunnyvale, CA 94087
# Offer of Employment
Dear Daniel,
On behalf of Sunfield Biosciences, Inc. (the "Company"), I am pleased to offer you the position of Principal Data Scientist, reporting to our Vice President of Computational Biology. This letter sets out the terms of your employment.
Start date. Your start date will be a date we agree together, which we expect to be in early September 2025.
Compensation. Your base salary will be $212,000 per year, paid semi-monthly in accordance with the Company's normal payroll practices. You will be eligible for an annual target bonus of 15% of base salary.
Equity. Subject to Board approval, you will be granted an option to purchase 40,000 shares of the Company's common stock, vesting over four years with a one-year cliff.
Benefits. You will be eligible for the Company's standard medical, dental and vision plans and its 401(k) plan.
===
At-will employment. Your employment with the Company will be "at will" and will continue until terminated by you or the Company at any time, with or without cause or notice.
Confidentiality. As a condition of employment you must sign the Company's Employee Confidential Information and Inventions Assignment Agreement.
Governing law. This letter is governed by the laws of the State of California.
This offer will remain open until August 1, 2025. To accept, please sign and return a copy of this letter.
Sincerely,
Rebecca Lindqvist
Chief People Officer, Sunfield Biosciences, Inc.
Accepted and agreed:
Daniel Okafor
Date: July 24, 2025`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Sunfield Biosciences, Inc.", "Daniel Okafor"],
      governingLaw: "California",
      effectiveDate: "2025-07-21",
      term: "Until terminated",
    },
  },
  {
    id: "v6-contractor-british-columbia",
    format: "docx",
    storedPageCount: 2,
    source: `# INDEPENDENT CONTRACTOR AGREEMENT
THIS AGREEMENT is dated for reference January 20, 2026.
BETWEEN:
COAST MOUNTAIN GAMES STUDIO LTD., a British Columbia company with an office at 1200 Homer Street, Vancouver, BC V6B 2Y5
(the "Studio")
AND:
Mr John Tremblay, residing at 3318 West 7th Avenue, Vancouver, BC V6R 1W4
(the "Contractor")
1. SERVICES. The Contractor will provide technical art and shader development services for the Studio's title currently known as "Skyward Drift", as described in Schedule A.
2. TERM. The engagement will begin on February 2, 2026 (the "Start Date") and continue for twelve (12) months, ending on February 2, 2027, unless terminated earlier under section 7.
3. FEES. The Studio will pay the Contractor CAD $95 per hour, up to 150 hours per month, on invoices submitted monthly and payable within 30 days. GST will be added where applicable.
4. INDEPENDENT CONTRACTOR. The Contractor is not an employee of the Studio. The Contractor is responsible for their own income tax, Canada Pension Plan contributions and WorkSafeBC coverage.
===
5. INTELLECTUAL PROPERTY. The Contractor assigns to the Studio all rights in work product created under this Agreement and waives all moral rights in it in favour of the Studio.
6. CONFIDENTIALITY. The Contractor will keep the Studio's confidential information secret during the engagement and for three (3) years after it ends.
7. TERMINATION. Either party may end this Agreement on fifteen (15) days' written notice.
8. GOVERNING LAW. This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable in that province.
COAST MOUNTAIN GAMES STUDIO LTD.
Per: Simone Gagnon, Studio Head
John Tremblay`,
    truth: {
      title: "Independent Contractor Agreement",
      documentType: "Services agreement",
      parties: ["Coast Mountain Games Studio Ltd.", "John Tremblay"],
      governingLaw: "British Columbia",
      effectiveDate: "2026-02-02",
      expiryDate: "2027-02-02",
      term: "12 months",
    },
  },
  {
    id: "v6-settlement-individual-northern-ireland",
    format: "pdf",
    source: `# SETTLEMENT AGREEMENT
WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
This Agreement is made on 3 October 2025
Between:
(1) Lagan Valley Engineering Limited (company number NI601234) whose registered office is at 22 Ravenhill Road, Belfast BT6 8DJ (the "Employer"); and
(2) Siobhán McKeown of 9 Ballyhackamore Gardens, Belfast BT4 3HQ (the "Employee").
# Background
The Employee's employment with the Employer will end on the Termination Date. The parties have entered into this Agreement to settle all claims the Employee has or may have against the Employer, in accordance with Article 245 of the Employment Rights (Northern Ireland) Order 1996 and the other statutory provisions listed in Schedule 1.
# 1. Termination
1.1 The Employee's employment will terminate on 31 October 2025 (the "Termination Date"). The Employer will pay the Employee's salary and accrued holiday up to the Termination Date in the usual way.
# 2. Settlement payment
2.1 Within 28 days after receiving a copy of this Agreement signed by the Employee and the adviser's certificate, the Employer will pay the Employee £38,000 as compensation for loss of employment. The first £30,000 will be paid without deduction of tax.
===
# 3. Waiver of claims
3.1 The Employee accepts the terms of this Agreement in full and final settlement of all claims against the Employer, its officers and employees, arising from her employment or its termination.
# 4. Confidentiality and references
4.1 The parties will keep the terms of this Agreement confidential. The Employer will give a reference in the form set out in Schedule 2.
# 5. Adviser
5.1 The Employee has received independent legal advice from Gráinne Doherty of Doherty Quinn Solicitors, a relevant independent adviser, as to the terms and effect of this Agreement.
# 6. Law
6.1 This Agreement is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the industrial tribunals and courts of Northern Ireland.
Signed for Lagan Valley Engineering Limited: Conor Hegarty, Director
Signed by the Employee: Siobhán McKeown`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Engineering Limited", "Siobhán McKeown"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2025-10-03",
    },
  },
  {
    id: "v6-fixed-term-employment-scotland",
    format: "txt",
    source: `# FIXED-TERM CONTRACT OF EMPLOYMENT
between
THE KELVINSIDE RESEARCH TRUST, a Scottish charitable incorporated organisation (SC049871), having its principal office at 3 Park Circus, Glasgow G3 6AX ("the Trust")
and
DR EILIDH FRASER, residing at 27 Hyndland Road, Glasgow G12 9UY ("the Employee")
1. START AND DURATION
1.1 The Employee's employment shall commence on 6 January 2025 and shall be for a fixed term of eighteen (18) months, being the period of the Trust's grant funding for the Clyde Estuary Sediment Project.
1.2 The employment will end automatically at the end of the fixed term without further notice, unless it is terminated earlier by either party giving one month's written notice.
2. POSITION
2.1 The Employee is employed as Postdoctoral Research Fellow and reports to the Principal Investigator.
3. SALARY
3.1 The Employee's salary is £41,064 per annum on Grade 7, spine point 33, paid monthly.
4. HOLIDAYS
4.1 The Employee is entitled to 30 days' annual leave plus 8 public holidays, pro rata for any part year.
===
5. PENSION
5.1 The Employee is eligible to join the Universities Superannuation Scheme.
6. SICKNESS ABSENCE
6.1 The Employee must notify the Principal Investigator by 10 am on the first day of absence. Statutory sick pay applies together with any contractual sick pay under the Trust's policy.
7. GRIEVANCE AND DISCIPLINE
7.1 The Trust's grievance and disciplinary procedures, available on the staff intranet, apply but do not form part of this contract.
8. LAW
8.1 This contract is governed by the law of Scotland.
Signed for and on behalf of the Trust at Glasgow on 9 December 2024: Professor Iain McAllister, Director
Signed by the Employee at Glasgow on 11 December 2024: Eilidh Fraser`,
    truth: {
      title: "Fixed-Term Contract of Employment",
      documentType: "Employment agreement",
      parties: ["The Kelvinside Research Trust", "Eilidh Fraser"],
      governingLaw: "Scotland",
      effectiveDate: "2025-01-06",
      expiryDate: "2026-07-05",
      term: "18 months",
    },
  },
  {
    id: "v6-employment-india",
    format: "pdf",
    source: `# EMPLOYMENT AGREEMENT
This Employment Agreement is executed at Bengaluru on this 4th day of August, 2025
BY AND BETWEEN
NILGIRI SOFTWARE SOLUTIONS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having its registered office at No. 42, 3rd Cross, Indiranagar, Bengaluru 560038 (hereinafter referred to as the "Company", which expression shall, unless repugnant to the context, include its successors and assigns) of the ONE PART;
AND
Ms. Kavya Subramanian, daughter of Mr. R. Subramanian, aged about 29 years, residing at Flat 304, Prestige Lakeside, Whitefield, Bengaluru 560066 (hereinafter referred to as the "Employee") of the OTHER PART.
===
1. APPOINTMENT. The Company hereby appoints the Employee as Senior Software Engineer with effect from 18 August 2025 (the "Joining Date").
2. PROBATION. The Employee shall be on probation for a period of six (6) months from the Joining Date, which may be extended by up to three (3) months at the Company's discretion.
3. REMUNERATION. The Employee shall be paid a cost to company of INR 28,00,000 per annum, the break-up of which is given in Annexure A.
4. DURATION. This Agreement shall continue in force from the Joining Date until it is terminated by either party in accordance with Clause 9.
5. SERVICE BOND. The Employee agrees to remain in the Company's service for at least twelve (12) months after completion of the sponsored certification training, failing which the training cost shall be repayable pro rata.
===
9. TERMINATION. After confirmation, either party may terminate this Agreement by giving ninety (90) days' written notice or salary in lieu thereof.
10. NON-SOLICITATION. For one (1) year after cessation of employment, the Employee shall not solicit any client or employee of the Company.
11. GOVERNING LAW AND JURISDICTION. This Agreement shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
For NILGIRI SOFTWARE SOLUTIONS PRIVATE LIMITED
Authorised Signatory: Arvind Hegde, Head – Human Resources
EMPLOYEE: Kavya Subramanian`,
    truth: {
      title: "Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Nilgiri Software Solutions Private Limited", "Kavya Subramanian"],
      governingLaw: "India",
      effectiveDate: "2025-08-18",
      term: "Until terminated",
    },
  },
  {
    id: "v6-consultancy-individual-victoria",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
Date: 17 March 2025
Parties
Yarra Bend Health Services Ltd ABN 44 108 557 213 of 120 Victoria Parade, Fitzroy VIC 3065 (Client)
Meredith Anne Coulson ABN 81 662 019 374 of 6 Kooyong Road, Armadale VIC 3143 (Consultant)
1 Engagement
1.1 The Client engages the Consultant to review and redesign its clinical governance framework (Services), and the Consultant accepts the engagement.
1.2 The Consultant will perform the Services personally and may not subcontract without the Client's written consent.
2 Term
2.1 This agreement commences on 1 April 2025 and, unless terminated earlier, continues for a term of six (6) months.
3 Fees
3.1 The Client will pay the Consultant a fee of $1,650 (including GST) per day worked, for no more than 3 days per week.
3.2 The Consultant will invoice monthly and the Client will pay each correct invoice within 21 days.
===
4 Relationship
4.1 The Consultant is an independent contractor. Nothing in this agreement creates an employment relationship, partnership or agency.
5 Confidentiality and privacy
5.1 The Consultant must comply with the Health Records Act 2001 (Vic) in handling any health information.
6 Termination
6.1 Either party may terminate this agreement by giving 2 weeks' written notice.
7 Governing law
7.1 This agreement is governed by the laws in force in Victoria, Australia.
Executed by Yarra Bend Health Services Ltd in accordance with section 127 of the Corporations Act 2001 (Cth):
Director: Paul Kritikos    Director/Secretary: Annalise Ho
Signed by Meredith Anne Coulson`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Yarra Bend Health Services Ltd", "Meredith Anne Coulson"],
      governingLaw: "Victoria",
      effectiveDate: "2025-04-01",
      expiryDate: "2025-09-30",
      term: "6 months",
    },
  },
  {
    id: "v6-executive-employment-massachusetts",
    format: "docx",
    storedPageCount: 3,
    source: `# EXECUTIVE EMPLOYMENT AGREEMENT
This Executive Employment Agreement (the "Agreement") is entered into as of October 1, 2025 (the "Effective Date") by and between Beacon Hill Therapeutics, Inc., a Delaware corporation with its principal place of business in Boston, Massachusetts (the "Company"), and Margaret L. Donnelly (the "Executive").
1. Position. The Company shall employ the Executive as its Chief Financial Officer, reporting to the Chief Executive Officer.
2. Term. The Executive's employment under this Agreement shall commence on the Effective Date and continue for an initial term of two (2) years (the "Initial Term"). The term shall thereafter be extended automatically for successive one (1) year periods unless either party gives written notice of non-extension at least ninety (90) days prior to the end of the then-current term.
===
3. Compensation. (a) Base Salary: $435,000 per year. (b) Annual Bonus: target of 40% of Base Salary, based on achievement of goals set by the Board. (c) Equity: a stock option covering 150,000 shares, vesting monthly over forty-eight (48) months.
4. Severance. If the Company terminates the Executive's employment without Cause, the Company shall continue her Base Salary for twelve (12) months, subject to her signing a release.
5. Noncompetition. In accordance with the Massachusetts Noncompetition Agreement Act, for twelve (12) months after her employment ends, the Executive shall not engage in any business developing RNA-based therapeutics in the United States. The Executive was given this Agreement at least ten (10) business days before its effective date and advised of her right to consult counsel.
===
6. Governing Law. This Agreement shall be governed by the laws of the Commonwealth of Massachusetts, and any action shall be brought in the Business Litigation Session of the Suffolk County Superior Court.
7. Entire Agreement. This Agreement supersedes the offer letter dated August 29, 2025.
BEACON HILL THERAPEUTICS, INC.
By: Raymond Cho, Chief Executive Officer
EXECUTIVE
Margaret L. Donnelly`,
    truth: {
      title: "Executive Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Beacon Hill Therapeutics, Inc.", "Margaret L. Donnelly"],
      governingLaw: "Massachusetts",
      effectiveDate: "2025-10-01",
      expiryDate: "2027-09-30",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
