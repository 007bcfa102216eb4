import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: people — service agreements, employment contracts, consultancy, secondment, settlement, offer letters, powers of attorney, amendments. */
export const PEOPLE_V31: UnseenDocument[] = [
  {
    id: "v31-people-director-service-agreement-ew",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
HALBERD MARINE SYSTEMS LIMITED
and
FIONA CATRIONA MACLEAN
Dated 14 April 2026
===
# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) HALBERD MARINE SYSTEMS LIMITED incorporated and registered in England and Wales with company number 08817342 whose registered office is at Unit 4, Quayside Park, Southampton SO14 3JF (the "Company"); and
(2) FIONA CATRIONA MACLEAN of 27 Archers Road, Winchester SO23 8QE (the "Executive").
# AGREED TERMS
1. INTERPRETATION
1.1 In this agreement: "Appointment" means the employment of the Executive by the Company on the terms of this agreement; "Commencement Date" means 1 May 2026; "Restricted Period" means the period of nine months immediately following the Termination Date; "Termination Date" means the date on which the Appointment terminates.
2. TERM OF APPOINTMENT
2.1 The Appointment shall commence on the Commencement Date and shall continue, subject to the remaining terms of this agreement, until terminated by either party giving the other not less than six months' prior notice in writing.
2.2 The Executive's period of continuous employment began on 3 February 2021, her previous employment with Halberd Group Holdings Limited counting towards it.
3. DUTIES
3.1 The Executive shall serve the Company as Chief Operating Officer and shall be a director of the Company for so long as the Appointment continues.
4. REMUNERATION
4.1 The Company shall pay the Executive a salary of £165,000 per annum, which shall accrue from day to day and be payable monthly in arrears on or about the 28th day of each month. The salary shall be reviewed by the Remuneration Committee on 1 April each year.
5. HOLIDAYS
5.1 The Executive shall be entitled to 28 working days' paid holiday in each holiday year, which runs from 1 January to 31 December, in addition to public holidays in England.
6. GARDEN LEAVE
6.1 Following service of notice by either party, the Company may require the Executive to take garden leave for all or part of the remainder of the notice period, not exceeding six months.
7. RESTRICTIVE COVENANTS
7.1 The Executive shall not during the Restricted Period be engaged in any Restricted Business or solicit any Restricted Customer or Key Employee.
8. SURVIVAL
8.1 Clauses 7 and 9 shall survive the termination of the Appointment for a period of twelve months.
9. CONFIDENTIAL INFORMATION
9.1 The Executive shall not use or disclose any Confidential Information except in the proper performance of her duties.
10. GOVERNING LAW AND JURISDICTION
10.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter or formation shall be governed by and construed in accordance with the law of England and Wales.
10.2 Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This agreement has been entered into on the date stated at the beginning of it.
Signed by TOMASZ WILK, Chair of the Board, for and on behalf of HALBERD MARINE SYSTEMS LIMITED
Signed by FIONA CATRIONA MACLEAN`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Halberd Marine Systems Limited", "Fiona Catriona MacLean"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
  {
    id: "v31-people-consulting-agreement-ontario",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTING AGREEMENT
THIS CONSULTING AGREEMENT is made as of the 2nd day of March, 2026.
BETWEEN:
NORTHBRIDGE CLEAN ENERGY INC., a corporation incorporated under the laws of the Province of Ontario (the "Company")
- and -
LAKESHORE ADVISORY SERVICES LTD., a corporation incorporated under the laws of the Province of Ontario (the "Consultant")
- and -
DANIEL OKAFOR, an individual residing in the City of Toronto, in the Province of Ontario (the "Principal")
WHEREAS the Company wishes to retain the Consultant to provide, through the Principal, advisory services in connection with the Company's grid-storage projects, and the Consultant is willing to do so on the terms set out below;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
1. Services. The Consultant shall cause the Principal to provide the services described in Schedule "A" (the "Services") for not less than ten (10) days in each calendar month.
2. Term. The term of this Agreement shall commence on March 16, 2026 (the "Start Date") and shall continue for a period of eighteen (18) months (the "Initial Term"), unless terminated earlier in accordance with Section 7. Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods of six (6) months each (each a "Renewal Term") unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3. Fees. The Company shall pay the Consultant a fee of CAD $1,450 per day plus applicable HST. The Consultant shall invoice monthly and each invoice shall be payable within thirty (30) days of receipt.
4. Independent Contractor. Nothing in this Agreement creates an employment relationship between the Company and the Consultant or the Principal, and the Consultant is solely responsible for the Principal's remuneration and statutory remittances.
5. Confidentiality. The obligations in this Section 5 shall survive the termination of this Agreement for a period of five (5) years.
6. Non-Solicitation. During the term and for twelve (12) months thereafter, neither the Consultant nor the Principal shall solicit any employee of the Company.
7. Termination. Either party may terminate this Agreement for convenience on ninety (90) days' written notice, or immediately for material breach not cured within fifteen (15) days.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
9. Entire Agreement. This Agreement, including Schedule "A", constitutes the entire agreement among the parties.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
NORTHBRIDGE CLEAN ENERGY INC.
Per: Marguerite Lalonde, Chief Financial Officer — I have authority to bind the corporation.
LAKESHORE ADVISORY SERVICES LTD.
Per: Daniel Okafor, President
SIGNED by DANIEL OKAFOR in the presence of: Witness: Helen Tsang
# SCHEDULE "A" — SERVICES
Strategic advice on interconnection applications with the Independent Electricity System Operator; review of engineering, procurement and construction proposals; attendance at monthly steering committee meetings.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Northbridge Clean Energy Inc.", "Lakeshore Advisory Services Ltd.", "Daniel Okafor"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-16",
      expiryDate: "2027-09-15",
      term: "18 months",
      renewal: "6 months",
    },
  },
  {
    id: "v31-people-secondment-agreement-singapore",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 80,
    source: `# SECONDMENT AGREEMENT
# Key Details
| Date of this Agreement | 20 May 2026 |
| Employer | Tembusu Engineering Pte. Ltd. (UEN 201534567K), 80 Robinson Road, #14-02, Singapore 068898 |
| Host | Marina Coastal Infrastructure Pte. Ltd. (UEN 201988812D), 1 HarbourFront Avenue, #09-01, Singapore 098632 |
| Secondee | Mr Lim Wei Jie, Senior Project Engineer |
| Commencement Date | 1 June 2026 |
| Secondment Period | from the Commencement Date to 31 May 2027 |
| Secondment Fee | S$18,500 per month plus GST |
| Place of Work | Tuas Port Phase 3 site office |
This Agreement is made on the date stated in the Key Details between the Employer and the Host named above. Words defined in the Key Details have the same meaning in the Terms below.
===
# Terms
1. Secondment. The Employer shall make the services of the Secondee available to the Host for the Secondment Period, and the Host shall direct the Secondee's day-to-day work at the Place of Work.
2. Duration. This Agreement shall take effect on the Commencement Date and shall continue for the Secondment Period unless terminated earlier under clause 8. The Secondment Period may be extended only by written agreement signed by both parties.
3. Employment. The Secondee shall remain employed by the Employer under his contract of employment dated 4 January 2022, and the Employer shall continue to pay his salary, CPF contributions and benefits.
4. Fee. The Host shall pay the Secondment Fee monthly in arrears within thirty (30) days of the date of the Employer's invoice.
5. Insurance. The Host shall maintain work injury compensation and public liability cover for the Secondee for the Secondment Period and for three (3) months after it ends.
6. Intellectual Property. All work product created by the Secondee for the Host during the Secondment Period shall vest in the Host.
7. Non-Solicitation. For six (6) months after the Secondment Period ends, the Host shall not offer employment to the Secondee without the Employer's written consent.
8. Termination. Either party may terminate this Agreement by giving the other not less than one (1) month's written notice.
9. Third Parties. The Secondee is not a party to this Agreement but has confirmed in writing his consent to the secondment. A person who is not a party has no right under the Contracts (Rights of Third Parties) Act 2001 to enforce any term of this Agreement.
10. Governing Law. This Agreement is governed by the laws of Singapore, and the parties submit to the non-exclusive jurisdiction of the Singapore courts.
Signed for and on behalf of Tembusu Engineering Pte. Ltd. by Chua Mei Ling, Head of Human Resources
Signed for and on behalf of Marina Coastal Infrastructure Pte. Ltd. by Arvind Subramaniam, Project Director`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Tembusu Engineering Pte. Ltd.", "Marina Coastal Infrastructure Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v31-people-offer-letter-california",
    format: "txt",
    source: `BRIGHTWATER BIOLOGICS, INC.
2200 Bayshore Parkway, Suite 300, Redwood City, CA 94063
April 7, 2026
PERSONAL AND CONFIDENTIAL
Ms. Sofia Delgado-Reyes
1418 Alameda de las Pulgas
Menlo Park, CA 94025
Re: Offer of Employment
Dear Sofia:
Following your interviews with our team, and further to our letter of March 24, 2026 confirming the interview schedule, Brightwater Biologics, Inc. (the "Company") is pleased to offer you the position of Director, Clinical Operations, reporting to the Chief Medical Officer.
Commencement. Your employment with the Company will commence on May 4, 2026 (the "Commencement Date"), and you will work from our Redwood City office.
Compensation. Your base salary will be $238,000 per year, paid semi-monthly in accordance with the Company's normal payroll practices. You will be eligible for an annual performance bonus with a target of 20% of base salary.
Signing Bonus. You will receive a one-time signing bonus of $25,000, payable within thirty (30) days after the Commencement Date. If you resign within twelve (12) months after the Commencement Date, you agree to repay the signing bonus in full.
Equity. Subject to Board approval, you will be granted an option to purchase 60,000 shares of the Company's common stock, vesting over four (4) years with a one-year cliff.
At-Will Employment. Your employment with the Company is "at will": it is for no fixed period and will continue until terminated by you or the Company at any time, with or without cause or advance notice.
Conditions. This offer is contingent on satisfactory completion of a background check and on your signing the Company's Employee Confidential Information and Inventions Assignment Agreement.
Governing Law. This letter shall be governed by the laws of the State of California.
This offer will expire if a countersigned copy is not received by 5:00 p.m. Pacific Time on April 14, 2026.
We are excited about the prospect of you joining us.
Sincerely,
Rebecca Tamura
Chief People Officer
Brightwater Biologics, Inc.
ACCEPTED AND AGREED:
Sofia Delgado-Reyes
Date: April 10, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Brightwater Biologics, Inc.", "Sofia Delgado-Reyes"],
      governingLaw: "California",
      effectiveDate: "2026-05-04",
      term: "Until terminated",
    },
  },
  {
    id: "v31-people-settlement-minute-scotland",
    format: "docx",
    source: `# SETTLEMENT AGREEMENT
MINUTE OF AGREEMENT
between
GLENCAIRN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC412876) and having its Registered Office at 14 Riverside Quay, Perth PH2 8BD ("the Employer")
and
ALASDAIR JOHN FERGUSON, residing at 9 Kinnoull Terrace, Perth PH2 7DJ ("the Employee")
WHEREAS the Employee has been employed by the Employer as Head of Distribution under a contract of employment dated 2 October 2017 ("the Contract of Employment"), and the parties have agreed to settle all claims the Employee has or may have arising from his employment or its termination, this Minute of Agreement being a settlement agreement for the purposes of section 203(3) of the Employment Rights Act 1996;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. The Employee's employment shall terminate on 31 March 2026 ("the Termination Date"). The Employer shall pay the Employee his salary and contractual benefits up to the Termination Date in the usual way.
2. Within twenty-eight days after the later of the Termination Date and the Employer's receipt of this Minute of Agreement signed by the Employee, the Employer shall pay the Employee the sum of FORTY-EIGHT THOUSAND SEVEN HUNDRED AND FIFTY POUNDS (£48,750) as compensation for loss of office, the first £30,000 of which the parties believe may be paid without deduction of tax.
3. The Employee accepts the payment in full and final settlement of all claims against the Employer and its Group Companies, including the claims listed in the Schedule.
4. The restrictive covenants in clause 17 of the Contract of Employment, including the restriction on competing for six months after the Termination Date, shall remain in full force and effect.
5. The Employee confirms that he has received independent legal advice on the terms and effect of this Minute of Agreement from Ms Rhona Baird, Solicitor, of Baird Lennox LLP, Edinburgh, who holds a current policy of professional indemnity insurance.
6. The Employer shall provide an agreed reference in the terms of Appendix 1 to any prospective employer who requests one within two years after the Termination Date.
7. Both parties shall keep the terms of this Minute of Agreement confidential, save as required by law.
8. This Minute of Agreement is sent without prejudice and subject to contract until signed by both parties, whereupon it shall be treated as an open document.
9. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of GLENCAIRN DISTILLERS LIMITED by Morag Anne Stewart, Director, at Perth on the Sixteenth day of March Two thousand and twenty-six in the presence of Euan Drummond, Solicitor, 3 Tay Street, Perth
Subscribed by ALASDAIR JOHN FERGUSON at Perth on the Sixteenth day of March Two thousand and twenty-six in the presence of Catherine Ferguson, 9 Kinnoull Terrace, Perth
# CERTIFICATE OF INDEPENDENT ADVISER
I, Rhona Baird, confirm that I have advised the Employee on the terms and effect of this Minute of Agreement and in particular its effect on his ability to pursue claims before an Employment Tribunal.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Glencairn Distillers Limited", "Alasdair John Ferguson"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-16",
    },
  },
  {
    id: "v31-people-power-of-attorney-hong-kong",
    format: "pdf",
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed on the fifth day of January two thousand and twenty-six by JADE HARBOUR LOGISTICS LIMITED, a company incorporated in Hong Kong with Company No. 2876541 whose registered office is at 18/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories, Hong Kong (the "Company").
1. APPOINTMENT
1.1 The Company appoints WONG KA YAN, holder of Hong Kong Identity Card No. K123456(7), and RAJESH MENON, holder of Hong Kong Identity Card No. R765432(1), each of care of the Company's registered office, jointly and severally to be its true and lawful attorneys (the "Attorneys") in the Company's name and on its behalf to:
(a) sign, issue, vary and terminate contracts of employment, offer letters, secondment letters and consultancy agreements with persons below the grade of Vice President whose annual remuneration does not exceed HK$1,200,000;
(b) sign Mandatory Provident Fund enrolment forms and employer's returns (including Forms IR56B, IR56E and IR56F) for filing with the Inland Revenue Department;
(c) represent the Company in conciliation meetings at the Labour Department and in proceedings before the Labour Tribunal and the Minor Employment Claims Adjudication Board, and agree settlements of claims not exceeding HK$300,000 each.
2. LIMITATIONS
2.1 The Attorneys shall not without the prior written approval of the board of directors enter into any fixed-term contract of employment for a term exceeding two (2) years or any agreement containing a notice period longer than three (3) months.
3. DURATION AND REVOCATION
3.1 This power of attorney shall remain in force for a period of one (1) year from the date of this deed, unless revoked earlier by the Company by notice in writing to the Attorneys.
3.2 Any act done by an Attorney within fourteen (14) days after revocation and without notice of it shall be valid as between the Company and any person dealing in good faith with that Attorney.
4. RATIFICATION
4.1 The Company undertakes to ratify and confirm whatever the Attorneys lawfully do or cause to be done in exercise of the powers conferred by this deed.
5. GOVERNING LAW
5.1 This power of attorney shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
IN WITNESS whereof this power of attorney has been executed as a deed and delivered on the date first written above.
The Common Seal of JADE HARBOUR LOGISTICS LIMITED was affixed in the presence of:
Director: Leung Chi Wai
Director / Secretary: Patricia Ho Mei Kuen`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Jade Harbour Logistics Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-01-05",
      expiryDate: "2027-01-05",
      term: "1 year",
    },
  },
  {
    id: "v31-people-amendment-executive-employment-texas",
    format: "docx",
    storedPageCount: 2,
    source: `# AMENDMENT NO. 2 TO EXECUTIVE EMPLOYMENT AGREEMENT
This Amendment No. 2 to Executive Employment Agreement (this "Amendment") is made and entered into effective as of September 30, 2026 (the "Amendment Effective Date"), by and between Lonestar Midstream Partners, LLC, a Delaware limited liability company (the "Company"), and Marcus T. Whitfield (the "Executive").
# RECITALS
A. The Company and the Executive are parties to that certain Executive Employment Agreement dated as of January 4, 2024, as amended by Amendment No. 1 dated as of March 1, 2025 (as so amended, the "Agreement"), which provides for an initial term of three (3) years that renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal.
B. In connection with the Executive's promotion to President and Chief Executive Officer, the Company and the Executive desire to amend the Agreement as set forth herein.
NOW, THEREFORE, in consideration of the mutual promises contained herein, the parties agree as follows:
1. Title and Duties. Section 2.1 of the Agreement is amended by replacing "Executive Vice President, Operations" with "President and Chief Executive Officer".
2. Base Salary. Section 4.1 of the Agreement is deleted in its entirety and replaced with the following: "4.1 Base Salary. Effective as of the Amendment Effective Date, the Company shall pay the Executive an annual base salary of $425,000, payable in accordance with the Company's regular payroll practices."
3. Annual Bonus. The Executive's target annual bonus under Section 4.2 shall be seventy-five percent (75%) of Base Salary, pro-rated for fiscal year 2026.
4. Non-Competition. Section 9.2 of the Agreement is amended by replacing "twelve (12) months" with "eighteen (18) months" in each place it appears.
5. Severance. Section 7.3(a) of the Agreement is amended so that the Severance Period is twenty-four (24) months following the Date of Termination.
6. No Other Changes. Except as expressly set forth in this Amendment, the Agreement remains unmodified and in full force and effect. References in the Agreement to "this Agreement" shall mean the Agreement as amended by this Amendment.
7. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles.
8. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
LONESTAR MIDSTREAM PARTNERS, LLC
By: Carolyn J. Beaumont
Title: Chair, Compensation Committee of the Board of Managers
Date: September 30, 2026
EXECUTIVE
Marcus T. Whitfield
Date: October 2, 2026`,
    truth: {
      title: "Amendment No. 2 to Executive Employment Agreement",
      documentType: "Amendment",
      parties: ["Lonestar Midstream Partners, LLC", "Marcus T. Whitfield"],
      governingLaw: "Texas",
      effectiveDate: "2026-09-30",
      amends: "Executive Employment Agreement",
    },
  },
  {
    id: "v31-people-fixed-term-contract-kenya",
    format: "txt",
    source: `# CONTRACT OF EMPLOYMENT
(Issued pursuant to section 9 of the Employment Act, 2007)
THIS CONTRACT is made on 12th June 2026
BETWEEN
SAVANNA AGRITECH LIMITED, a limited liability company incorporated in the Republic of Kenya (Company No. PVT-7LU2ZK9Q) of P.O. Box 40512-00100, Nairobi (hereinafter "the Employer")
AND
GRACE WANJIRU NJOROGE, holder of National Identity Card No. 28765431, of P.O. Box 1187-20100, Nakuru (hereinafter "the Employee")
1. POSITION: The Employer employs the Employee as Regional Agronomist, based at the Employer's Nakuru field station, reporting to the Head of Farmer Services.
2. DURATION: This is a fixed-term contract for a period of two (2) years commencing on 1st July 2026 ("the Commencement Date"). It may be renewed only by mutual written agreement of the parties concluded not later than one (1) month before its expiry; in the absence of such agreement it shall lapse at the end of the fixed term.
3. PROBATION: The first six (6) months of employment shall be a probationary period, during which either party may terminate this contract by giving seven (7) days' notice.
4. REMUNERATION: The Employee shall be paid a gross salary of KES 285,000 per month, inclusive of house allowance, payable by the last working day of each month, subject to statutory deductions (PAYE, NSSF, SHIF and the Housing Levy).
5. HOURS AND LEAVE: Normal working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday. The Employee is entitled to twenty-one (21) working days' annual leave with full pay.
6. TERMINATION: After confirmation, either party may terminate this contract by giving one (1) month's written notice or paying one month's salary in lieu of notice.
7. CONFIDENTIALITY: The Employee shall not disclose any confidential information of the Employer during employment or for three (3) years after it ends.
8. NON-SOLICITATION: For six (6) months after this contract ends, the Employee shall not solicit any contract farmer or customer of the Employer with whom she dealt.
9. DISPUTES: Any dispute arising from this contract shall first be referred to the Employer's grievance procedure and, failing resolution, to the Employment and Labour Relations Court.
10. GOVERNING LAW: This contract shall be governed by the laws of Kenya.
SIGNED for and on behalf of SAVANNA AGRITECH LIMITED by JOSEPH KIPROTICH MUTAI, Human Resources Director
SIGNED by the said GRACE WANJIRU NJOROGE
In the presence of: Advocate Wambui Karanja, Nairobi`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Savanna Agritech Limited", "Grace Wanjiru Njoroge"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
    },
  },
];
