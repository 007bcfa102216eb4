import type { UnseenDocument } from "../unseen/types";

/** v16 tuning set (helper a): employment contracts, offer and variation letters, engagements and consultancies with varied term drafting. */
export const EMPLOYMENT_AND_ENGAGEMENTS_V16: UnseenDocument[] = [
  {
    id: "v16-a-offer-letter-california-robotics",
    format: "pdf",
    source: `# REDWOOD ROBOTICS, INC.
455 Bryant Street, San Francisco, CA 94107
April 14, 2026
PERSONAL AND CONFIDENTIAL
Mr. Marcus Alvarez
2218 Shattuck Avenue, Apt. 5
Berkeley, CA 94704
# Offer of Employment
Dear Marcus:
On behalf of Redwood Robotics, Inc. (the "Company"), I am pleased to offer you the position of Senior Controls Engineer, reporting to the VP of Engineering. Your start date will be agreed between us and is expected to be in June 2026.
Compensation. Your base salary will be $185,000 per year, paid semi-monthly. You will be eligible for a signing bonus of $15,000, which you must repay in full if you resign within twelve (12) months of your start date.
Introductory Period. The first ninety (90) days of your employment will be an introductory period during which your manager will review your performance.
Equity. Subject to Board approval, you will be granted an option to purchase 20,000 shares, vesting over four (4) years with a one (1) year cliff.
Confidentiality and Non-Solicitation. As a condition of employment you must sign the Company's Employee Confidential Information and Inventions Assignment Agreement, which includes a covenant not to solicit Company employees for twelve (12) months after your employment ends.
At-Will Employment. Your employment with the Company is for no specified period. It is at-will and will continue until terminated by you or the Company at any time, with or without cause or advance notice.
Governing Law. This letter agreement is governed by the laws of the State of California.
This offer will remain open for seven (7) days from the date of this letter. To accept, please sign and return a copy of this letter.
Sincerely,
Karen Liu
Chief People Officer
Redwood Robotics, Inc.
ACCEPTED AND AGREED:
Marcus Alvarez
Date: April 20, 2026`,
    truth: {
      title: "Offer Of Employment",
      documentType: "Employment agreement",
      parties: ["Redwood Robotics, Inc.", "Marcus Alvarez"],
      governingLaw: "California",
      effectiveDate: "2026-04-14",
      term: "Until terminated",
    },
  },
  {
    id: "v16-a-director-service-jersey-trust",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 2 February 2026
BETWEEN:
(1) SAINT HELIER TRUST COMPANY LIMITED, a company incorporated in Jersey with registered number 98765, whose registered office is at 12 Esplanade, St Helier, Jersey JE2 3QA (the "Company"); and
(2) PHILIPPA JANE RENOUF of La Houguette, Rue de la Mare, St Ouen, Jersey JE3 2EB (the "Executive").
# 1. Definitions
1.1 "Commencement Date" means 1 March 2026. "Group" means the Company and its subsidiaries.
1.2 The Executive's period of continuous employment began on 6 May 2019, when she joined a Group company.
# 2. Appointment
2.1 The Company appoints the Executive as Managing Director and she shall serve as a director of the Company.
# 3. Notice and Garden Leave
3.1 After the Initial Period, either party may terminate the Appointment by giving not less than six (6) months' written notice.
3.2 During any period of notice the Company may place the Executive on garden leave for up to three (3) months.
# 4. Duration of Appointment
4.1 The Appointment shall commence on the Commencement Date and shall continue for a fixed period of three (3) years (the "Initial Period").
4.2 At the end of the Initial Period the Appointment shall automatically continue for successive periods of twelve (12) months each unless and until terminated in accordance with clause 3.1.
# 5. Remuneration
5.1 The Company shall pay the Executive a salary of £240,000 per annum, reviewed each year in January.
# 6. Restrictions
6.1 For nine (9) months after termination the Executive shall not solicit any client of the Group with whom she dealt in the twelve (12) months before termination.
# 7. Governing Law
7.1 This Agreement is governed by the laws of the Island of Jersey and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
Signed by Edward Le Brocq, Chairman, for and on behalf of SAINT HELIER TRUST COMPANY LIMITED
Signed by PHILIPPA JANE RENOUF`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Saint Helier Trust Company Limited", "Philippa Jane Renouf"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-02-28",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v16-a-fixed-term-contract-ni-biotech",
    format: "docx",
    storedPageCount: 3,
    source: `# CONTRACT OF EMPLOYMENT
This contract is dated 1 December 2025 and is made between LAGAN VALLEY BIOTECH LIMITED (registered in Northern Ireland, number NI654321), of 9 Linenhall Street, Lisburn BT28 1FJ (the "Company") and CIARAN PATRICK DOHERTY of 31 Antrim Road, Belfast BT15 2BE ("you").
# 1. Job Title
You are employed as a Laboratory Analyst in the Quality Control department.
# 2. Probationary Period
The first six months of your employment will be a probationary period, during which either party may end your employment on one week's notice.
===
# 3. Commencement and Duration
3.1 Your employment will begin on 5 January 2026 (the "Commencement Date").
3.2 This is a fixed-term contract. It will end on 4 July 2027 without the need for notice unless terminated earlier under clause 7.
3.3 No employment with a previous employer counts as part of your period of continuous employment.
# 4. Hours and Pay
4.1 Your normal hours are 37.5 per week. Your salary is £29,500 per year, paid monthly in arrears on the last working day of each month.
# 5. Holidays
5.1 The holiday year runs from 1 April to 31 March. You are entitled to 25 days' holiday plus 10 public and statutory holidays in each holiday year, pro rata.
===
# 6. Sickness
6.1 You must notify your manager by 9.30 am on the first day of absence.
# 7. Notice
7.1 After the probationary period, you must give the Company one month's notice and the Company will give you one week's notice for each complete year of service, subject to a minimum of one month.
# 8. Governing Law
8.1 This contract is governed by the law of Northern Ireland.
Signed for and on behalf of LAGAN VALLEY BIOTECH LIMITED by Siobhan Quinn, HR Director
Signed by CIARAN PATRICK DOHERTY`,
    truth: {
      title: "Contract Of Employment",
      documentType: "Employment agreement",
      parties: ["Lagan Valley Biotech Limited", "Ciaran Patrick Doherty"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-05",
      expiryDate: "2027-07-04",
      term: "18 months",
    },
  },
  {
    id: "v16-a-terms-engagement-hk-solicitors",
    format: "pdf",
    source: `# HARCOURT NG & CO.
Solicitors and Notaries
21/F, Nine Queen's Road Central, Hong Kong
Our ref: HN/VHS/2026-031
9 March 2026
The Board of Directors
Victoria Harbour Shipping Limited
18/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong
Dear Sirs,
# Terms of Engagement
Acquisition of vessel management business from Lantau Marine Services Limited
Thank you for your letter of 2 March 2026 instructing us to act for Victoria Harbour Shipping Limited in connection with the proposed acquisition. This letter sets out the terms on which we will act.
1. Scope. We will advise on the due diligence, negotiate the sale and purchase agreement and attend to completion. We will not advise on tax or on the laws of any jurisdiction other than Hong Kong.
2. Fees. Our fees will be charged at the hourly rates set out in the Annex, which are reviewed on 1 April each year. We estimate our fees at HK$1,200,000 to HK$1,500,000.
3. Billing. We will bill monthly. Our bills are payable within 30 days; interest at 1% per month may be charged on bills unpaid after that period.
4. Files. We will retain our files for 7 years after the matter is closed, after which they may be destroyed without further reference to you.
5. Ending the engagement. You may end our engagement at any time by written notice. We may stop acting on reasonable grounds, giving you reasonable notice.
6. Governing law. This engagement and these terms are governed by the laws of Hong Kong.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours faithfully,
Harcourt Ng & Co.
Partner: Vivian Ng
We agree to the above terms.
For and on behalf of Victoria Harbour Shipping Limited
Name: Raymond Cheung, Director
Date: 12 March 2026`,
    truth: {
      title: "Terms Of Engagement",
      documentType: "Engagement letter",
      parties: ["Harcourt Ng & Co.", "Victoria Harbour Shipping Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v16-a-individual-employment-nz-orchards",
    format: "txt",
    source: `# INDIVIDUAL EMPLOYMENT AGREEMENT
PARTICULARS
| Employer | Kōwhai Orchards Limited (company number 7712034), 118 State Highway 2, Te Puke 3119 |
| Employee | Aroha Ngata |
| Position | Packhouse Supervisor |
| Commencement Date | 13 April 2026 |
| Trial period | 90 days from the Commencement Date |
| Hours | 40 hours per week, Monday to Friday, with seasonal overtime |
| Pay | NZ$31.50 per hour, paid fortnightly |
1. Trial Period. The employee will serve a trial period of 90 days under section 67A of the Employment Relations Act 2000. During the trial period the employer may dismiss the employee by giving one week's notice.
2. Nature of Employment. This is a permanent employment agreement. The employment will begin on the Commencement Date and will continue until terminated by either party in accordance with clause 8. It is not for a fixed term.
3. Duties. The employee will supervise packhouse staff during the kiwifruit harvest season and carry out other reasonable duties.
4. Holidays. The employee is entitled to four weeks' annual holidays after each 12 months of continuous employment.
5. Sick Leave. After six months of continuous employment the employee is entitled to 10 days' sick leave in each 12-month period.
6. Restraint. For 6 months after the employment ends the employee will not work for a competing packhouse within 50 kilometres of Te Puke.
7. Employment Relationship Problems. Either party may raise a personal grievance within 90 days of the action complained of.
8. Termination. Either party may end this agreement by giving four weeks' written notice.
9. Governing Law. This agreement is governed by the laws of New Zealand.
SIGNED by Hemi Walker, General Manager, for and on behalf of KŌWHAI ORCHARDS LIMITED
SIGNED by AROHA NGATA
Date: 27 March 2026`,
    truth: {
      title: "Individual Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Kōwhai Orchards Limited", "Aroha Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-04-13",
      term: "Until terminated",
    },
  },
  {
    id: "v16-a-variation-letter-iom-gaming",
    format: "docx",
    source: `# SNAEFELL GAMING LIMITED
Registered in the Isle of Man, company number 012345C
Fort Anne, South Quay, Douglas, Isle of Man IM1 5PD
4 March 2026
PRIVATE AND CONFIDENTIAL
Thomas Quayle
Ballaugh Cottage, Main Road, Ballaugh, Isle of Man IM7 5EA
# Variation to your Executive Service Agreement
Dear Thomas,
I refer to your Executive Service Agreement with Snaefell Gaming Limited dated 1 October 2023 (the "Agreement"), which was entered into for an initial period of three years and renews automatically for periods of twelve months thereafter.
Following our meeting on 24 February 2026, the Company has agreed to the following changes to the Agreement, which will take effect on 1 April 2026 (the "Effective Date"):
1. Your base salary will increase to £165,000 per annum.
2. Clause 15.1 (Notice) is amended so that the notice period to be given by either party is reduced from six months to three months.
3. Clause 19.2 (Non-competition) is amended so that the restricted period is reduced from twelve months to six months after termination.
All other terms of the Agreement, including its duration and renewal provisions, remain unchanged.
This letter is governed by the laws of the Isle of Man.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely,
Catherine Kinvig
Chief Executive Officer
For and on behalf of Snaefell Gaming Limited
I agree to the variation of my Executive Service Agreement set out above.
Signed: Thomas Quayle
Date: 9 March 2026`,
    truth: {
      title: "Variation To Your Executive Service Agreement",
      documentType: "Amendment",
      parties: ["Snaefell Gaming Limited", "Thomas Quayle"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-01",
      amends: "Executive Service Agreement",
    },
  },
  {
    id: "v16-a-consultancy-india-pharma",
    format: "pdf",
    pageFooters: true,
    source: `# CONSULTANCY AGREEMENT
This Consultancy Agreement is executed at Hyderabad on this 20th day of April, 2026
BY AND BETWEEN
DECCAN PHARMA PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U24230TG2011PTC075123 and its registered office at Plot 42, Genome Valley, Shameerpet, Hyderabad 500078, Telangana (hereinafter referred to as the "Company", which expression shall include its successors and permitted assigns) of the ONE PART;
AND
DR. RAVI SHANKAR IYER, aged about 52 years, residing at 7-1-28, Ameerpet, Hyderabad 500016 (hereinafter referred to as the "Consultant") of the OTHER PART.
# 1. Engagement
1.1 The Company engages the Consultant to advise on regulatory filings for its oncology portfolio, with effect from 1st May, 2026 (the "Effective Date").
# 2. Fees
2.1 The Company shall pay a monthly retainer of INR 3,50,000, subject to deduction of tax at source, within fifteen (15) days of receipt of the Consultant's invoice.
# 3. Lock-in
3.1 Neither party shall terminate this Agreement without cause during the first three (3) months from the Effective Date (the "Lock-in Period").
# 4. Term
4.1 This Agreement shall be valid for a period of twelve (12) months from the Effective Date.
4.2 Upon expiry, this Agreement shall stand automatically renewed for further periods of six (6) months each on the same terms, unless either party gives thirty (30) days' prior written notice of its intention not to renew.
4.3 After the Lock-in Period, either party may terminate this Agreement by giving thirty (30) days' written notice.
# 5. Confidentiality and Non-Compete
5.1 The Consultant's confidentiality obligations shall survive for five (5) years after termination.
5.2 For one (1) year after termination the Consultant shall not advise any competitor of the Company on oncology products.
# 6. Governing Law and Jurisdiction
6.1 This Agreement shall be governed by the laws of India and the courts at Hyderabad shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have set their hands on the day, month and year first above written.
For DECCAN PHARMA PRIVATE LIMITED: Anil Reddy, Director
DR. RAVI SHANKAR IYER
Witness 1: S. Lakshmi
Witness 2: K. Prasad`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Deccan Pharma Private Limited", "Ravi Shankar Iyer"],
      governingLaw: "India",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-05-01",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v16-a-contractor-difc-advisory",
    format: "txt",
    source: `# INDEPENDENT CONTRACTOR AGREEMENT
THIS AGREEMENT is dated 20 January 2026 and is made between:
GULF MERIDIAN ADVISORY LTD, a company registered in the Dubai International Financial Centre with registered number 4567, whose registered office is at Unit 1203, Gate Village 3, DIFC, Dubai, United Arab Emirates (the "Company"); and
SAMIR HADDAD, of Villa 14, Street 7, Al Barsha 2, Dubai, United Arab Emirates (the "Contractor").
1. DEFINITIONS
"Start Date" means 1 February 2026.
"Contract Period" has the meaning given in clause 4.1.
2. SERVICES
2.1 The Contractor shall provide financial advisory services to the Company's clients as an independent contractor and not as an employee.
3. FEES
3.1 The Company shall pay the Contractor's invoices within ten (10) Business Days of receipt. Fees are reviewed every six (6) months.
4. CONTRACT PERIOD
4.1 This Agreement shall be for a period of one (1) year, beginning on the Start Date and ending on the first anniversary of the Start Date (the "Contract Period").
4.2 The Company may, by written notice given at least thirty (30) days before the end of the Contract Period, extend the Contract Period by up to six (6) months. Otherwise this Agreement shall expire at the end of the Contract Period.
4.3 Either party may terminate this Agreement on thirty (30) days' written notice.
5. NON-SOLICITATION
5.1 For six (6) months after this Agreement ends, the Contractor shall not solicit any client of the Company for whom he performed services.
6. GOVERNING LAW
6.1 This Agreement is governed by the laws of the Dubai International Financial Centre and the DIFC Courts have exclusive jurisdiction.
SIGNED by Layla Al Mansoori, Director, for and on behalf of GULF MERIDIAN ADVISORY LTD
SIGNED by SAMIR HADDAD`,
    truth: {
      title: "Independent Contractor Agreement",
      documentType: "Services agreement",
      parties: ["Gulf Meridian Advisory Ltd", "Samir Haddad"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-01",
      expiryDate: "2027-02-01",
      term: "1 year",
    },
  },
];
