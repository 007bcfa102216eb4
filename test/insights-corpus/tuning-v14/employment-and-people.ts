import type { UnseenDocument } from "../unseen/types";

/** Employment and people documents (v14, set a): offer letter, service agreement, fixed-term contract, separation, consultancy, engagement letter, variation, notice. */
export const EMPLOYMENT_AND_PEOPLE_V14: UnseenDocument[] = [
  {
    id: "v14-a-offer-letter-new-york",
    format: "pdf",
    pageFooters: true,
    source: `TALLIS & ROWE CAPITAL PARTNERS LLC
500 Fifth Avenue, 38th Floor, New York, NY 10110
March 2, 2026
PERSONAL AND CONFIDENTIAL
Ms. Priya Anand Raman
44 Bergen Street, Apt. 3B
Brooklyn, NY 11201
# Offer of Employment
Dear Priya:
On behalf of Tallis & Rowe Capital Partners LLC (the “Company”), I am delighted to offer you the position of Vice President, Portfolio Analytics, reporting to the Chief Investment Officer, on the terms set out in this letter.
Start Date. Your employment will commence on April 13, 2026 (the “Commencement Date”).
Compensation. Your base salary will be $215,000 per year, paid semi-monthly. You will also receive a one-time sign-on bonus of $25,000, which you must repay in full if you resign within twelve (12) months after the Commencement Date.
Introductory Period. The first ninety (90) days of your employment will be an introductory period during which your performance will be reviewed.
Benefits. You will be eligible to participate in the Company’s medical, dental and 401(k) plans from the first day of the month following thirty (30) days of employment.
Duration. There is no fixed term. Your employment will continue until terminated by you or by the Company. Your employment is “at will”, which means that either you or the Company may terminate it at any time, with or without cause or notice, although we ask that you give us two (2) weeks’ notice of resignation.
Restrictive Covenants. As a condition of employment you must sign the Company’s Confidentiality and Non-Solicitation Agreement, which prohibits solicitation of Company clients and employees for twelve (12) months after your employment ends.
Governing Law. This letter is governed by the laws of the State of New York.
This offer will remain open until March 9, 2026. To accept, please sign and return a copy of this letter.
We look forward to welcoming you to the team.
Sincerely,
Jonathan M. Rowe
Managing Partner
Tallis & Rowe Capital Partners LLC
===
ACCEPTED AND AGREED:
Priya Anand Raman
Date: March 5, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Tallis & Rowe Capital Partners LLC", "Priya Anand Raman"],
      governingLaw: "New York",
      effectiveDate: "2026-04-13",
      term: "Until terminated",
    },
  },
  {
    id: "v14-a-director-service-england",
    format: "docx",
    storedPageCount: 3,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 28 January 2026
PARTIES
(1) FENWICK HARGREAVE GROUP PLC incorporated and registered in England and Wales with company number 04417782 whose registered office is at 1 Cathedral Square, Peterborough PE1 1XH (the “Company”).
(2) JONATHAN EDWARD ST JOHN LACEY of 3 Orchard Rise, Harpenden, Hertfordshire AL5 2PQ (the “Executive”).
AGREED TERMS
# 1. Interpretation
1.1 In this agreement: “Commencement Date” means 1 March 2026; “Group Company” means the Company and any subsidiary or holding company of it from time to time; “Restricted Period” means the period of nine (9) months immediately following the Termination Date, less any period of Garden Leave.
# 2. Term of Appointment
2.1 The appointment shall commence on the Commencement Date and shall continue, subject to the remaining terms of this agreement, until terminated by either party giving the other not less than twelve (12) months’ prior notice in writing.
2.2 The Executive’s period of continuous employment began on 4 June 2019, when he joined Fenwick Hargreave Logistics Limited.
2.3 The Executive warrants that he is not bound by any restriction arising under his previous service agreement dated 10 May 2019.
# 3. Duties
3.1 The Executive shall serve as Chief Financial Officer of the Company and shall be a director of the Company.
===
# 4. Remuneration
4.1 The Company shall pay the Executive a salary of £310,000 per annum, payable in equal monthly instalments in arrears and reviewed annually without any obligation to increase it.
# 5. Garden Leave
5.1 Following service of notice by either party, the Company may place the Executive on Garden Leave for up to six (6) months.
# 6. Restrictive Covenants
6.1 The Executive shall not, for the Restricted Period, be engaged in any Restricted Business within the United Kingdom.
6.2 The Executive shall not, for twelve (12) months after the Termination Date, solicit or deal with any Restricted Customer.
# 7. Pension
7.1 The Company shall contribute 10% of salary to a registered pension scheme of the Executive’s choice.
# 8. Governing Law and Jurisdiction
8.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
This agreement has been entered into on the date stated at the beginning of it.
Signed by Catherine Mary Oduya, director, for and on behalf of FENWICK HARGREAVE GROUP PLC
Signed by JONATHAN EDWARD ST JOHN LACEY`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Fenwick Hargreave Group PLC", "Jonathan Edward St John Lacey"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-01",
      term: "Until terminated",
    },
  },
  {
    id: "v14-a-fixed-term-contract-ni",
    format: "docx",
    source: `# FIXED-TERM CONTRACT OF EMPLOYMENT
This contract, together with the Employee Handbook, forms the written statement of terms of employment required by Article 33 of the Employment Rights (Northern Ireland) Order 1996.
| Employer | Lagan Valley Health Partnership Limited (company number NI652207), Bridge House, 20 Bachelor’s Walk, Lisburn BT28 1XN |
| Employee | Siobhán Marie O’Hare, 17 Knockbracken Park, Belfast BT8 6SE |
| Job title | Practice Pharmacist |
| Place of work | Lisburn Health Centre and such other surgeries of the Employer within 20 miles as it may reasonably require |
| Commencement Date | 6 April 2026 |
| Fixed term | Fifty-two (52) weeks starting on the Commencement Date and ending on 4 April 2027 |
| Reason for fixed term | Cover for a period of maternity leave |
| Probationary period | Three (3) months |
| Hours | 30 hours per week, Monday to Thursday |
| Salary | £41,600 per annum, paid monthly on the last working day of each month |
| Holiday | 28 days per year (pro rata), including public holidays |
# 1. Term
1.1 Your employment will begin on the Commencement Date and will end automatically on 4 April 2027 without the need for notice.
1.2 Your previous employment with the Northern Health and Social Care Trust does not count as part of your period of continuous employment.
# 2. Probation and Notice
2.1 During the probationary period either party may end your employment by giving one (1) week’s notice.
2.2 After the probationary period, either party may end your employment before the end of the fixed term by giving four (4) weeks’ written notice.
# 3. Pension
3.1 You will be auto-enrolled into the Employer’s workplace pension scheme after three (3) months of employment.
# 4. Confidentiality
4.1 Your duty of confidentiality continues after your employment ends without limit in time.
# 5. Governing Law
5.1 This contract is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts and industrial tribunals of Northern Ireland.
Date of issue: 16 March 2026
Signed for the Employer: Dr Ruairí Keenan, Managing Partner
Signed by the Employee: Siobhán Marie O’Hare    Date: 20 March 2026`,
    truth: {
      title: "Fixed-Term Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Lagan Valley Health Partnership Limited", "Siobhán Marie O’Hare"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-06",
      expiryDate: "2027-04-04",
      term: "52 weeks",
    },
  },
  {
    id: "v14-a-separation-south-africa",
    format: "pdf",
    source: `# MUTUAL SEPARATION AGREEMENT
entered into by and between
UMHLANGA FREIGHT SOLUTIONS (PTY) LTD
(Registration number 2011/004532/07), a private company duly incorporated in accordance with the laws of the Republic of South Africa, herein represented by Sipho Mandla Khumalo in his capacity as Chief Executive Officer, he being duly authorised thereto (“the Company”)
and
THANDEKA NOMVULA DLAMINI
(Identity number 8503120456081), an adult female residing at 21 Palm Boulevard, Umhlanga Ridge, KwaZulu-Natal (“the Employee”)
# 1. INTRODUCTION
1.1 The Employee has been employed by the Company since 1 February 2017, most recently as Regional Operations Manager, in terms of a written contract of employment dated 20 January 2017.
1.2 Following consultation in terms of section 189 of the Labour Relations Act 66 of 1995, the parties have agreed to terminate the employment relationship by mutual agreement on the terms set out below.
# 2. TERMINATION OF EMPLOYMENT
2.1 The Employee’s employment will terminate on 31 May 2026 (“the Termination Date”). The Employee is not required to work the remainder of her one (1) month notice period.
# 3. SEPARATION PAYMENT
3.1 The Company will pay the Employee a separation payment of R486,000, being eighteen (18) weeks’ remuneration, less tax, within seven (7) days after the Termination Date.
3.2 The Company will also pay the Employee for her twelve (12) days of accrued but unused annual leave.
# 4. RESTRAINT AND CONFIDENTIALITY
4.1 The restraint of trade in clause 17 of the contract of employment, which applies for twelve (12) months after the Termination Date within the Province of KwaZulu-Natal, remains in force.
# 5. FULL AND FINAL SETTLEMENT
5.1 This agreement is in full and final settlement of all claims which the Employee has or may have against the Company arising from her employment or its termination, including any referral to the CCMA or the Labour Court.
# 6. GOVERNING LAW
6.1 This agreement is governed by the laws of the Republic of South Africa.
# 7. WHOLE AGREEMENT
7.1 This document constitutes the whole agreement between the parties, and no variation of it is of any force unless in writing and signed by both parties.
===
THUS DONE AND SIGNED at DURBAN on 14/05/2026 by both parties.
For UMHLANGA FREIGHT SOLUTIONS (PTY) LTD: Sipho Mandla Khumalo, Chief Executive Officer
As witnesses: 1. Lindiwe Zulu  2. Pieter van der Merwe
THANDEKA NOMVULA DLAMINI
As witnesses: 1. Ayesha Moodley  2. Bongani Ntuli`,
    truth: {
      title: "Mutual Separation Agreement",
      documentType: "Settlement agreement",
      parties: ["Umhlanga Freight Solutions (Pty) Ltd", "Thandeka Nomvula Dlamini"],
      governingLaw: "South Africa",
      effectiveDate: "2026-05-14",
    },
  },
  {
    id: "v14-a-consultancy-new-zealand",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
Date: 23 February 2026
Parties
KŌWHAI DIGITAL LIMITED (company number 7784120), a company having its registered office at Level 3, 18 Shortland Street, Auckland 1010 (“Kōwhai”)
MEREANA ROSE TAUROA, self-employed contractor, of 15 Ponsonby Road, Ponsonby, Auckland 1011 (“the Consultant”)
Background
Kōwhai wishes to engage the Consultant to lead the user-research workstream for its digital banking app project, and the Consultant has agreed to provide those services as an independent contractor.
# 1. Commencement and Term
1.1 This Agreement commences on 2 March 2026 (the “Commencement Date”).
1.2 The engagement is for a term of twenty-six (26) weeks from the Commencement Date, ending on 31 August 2026, unless ended earlier under clause 7.
1.3 Any extension must be agreed in writing; there is no automatic renewal.
# 2. Services
2.1 The Consultant will provide the services described in the Schedule for up to three (3) days per week.
# 3. Fees and Invoicing
3.1 Kōwhai will pay the Consultant NZ$1,150 per day plus GST. The Consultant will invoice monthly and Kōwhai will pay each valid invoice by the 20th of the month following the month of invoice.
# 4. Independent Contractor
4.1 The Consultant is an independent contractor and not an employee of Kōwhai. Nothing in this Agreement creates an employment relationship within the meaning of the Employment Relations Act 2000.
# 5. Intellectual Property
5.1 All intellectual property created by the Consultant in performing the Services vests in Kōwhai on creation.
# 6. Non-solicitation
6.1 For six (6) months after the engagement ends, the Consultant will not solicit any employee of Kōwhai to leave Kōwhai.
# 7. Termination
7.1 Either party may end this Agreement by giving ten (10) working days’ written notice.
# 8. Governing Law
8.1 This Agreement is governed by the laws of New Zealand.
# Schedule – Services
| Workstream | Deliverable | Timing |
| Discovery | Research plan and recruitment of 24 participants | Weeks 1–4 |
| Fieldwork | Moderated usability sessions and synthesis | Weeks 5–16 |
| Reporting | Insights report and design recommendations | Weeks 17–26 |
Signed for Kōwhai Digital Limited by Aroha Jane Whitmore, Chief Executive
Signed by Mereana Rose Tauroa`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Kōwhai Digital Limited", "Mereana Rose Tauroa"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-02",
      expiryDate: "2026-08-31",
      term: "26 weeks",
    },
  },
  {
    id: "v14-a-engagement-letter-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `LAM, WHITAKER & CO.
Solicitors & Notaries
22/F, Alexandra House, 18 Chater Road, Central, Hong Kong
Tel: +852 2810 4400
Our ref: GWL/HCH/26-0117
Your ref: HR/RS/2026
8 April 2026
By email and post
Harbour Crest Hospitality Limited
9/F, Harbour Crest Tower
33 Canton Road, Tsim Sha Tsui, Kowloon
Attention: Ms Vivian Chan Siu-Ling, Director of Human Resources
Dear Ms Chan
Thank you for instructing us to advise Harbour Crest Hospitality Limited (the “Company”) on the proposed restructuring of its Kowloon hotel operations and the associated redundancies. This letter sets out the basis on which we will act.
Scope. We will advise on the requirements of the Employment Ordinance (Cap. 57) for severance and long service payments, prepare template termination letters, and review the settlement deed for senior staff. We estimate that the work will take about six (6) weeks.
Team. Grace Wing-Yan Lam, partner, will be responsible for the matter, assisted by Daniel Whitaker, associate.
Fees. Our fees will be charged at hourly rates of HK$6,800 (partner) and HK$3,900 (associate). We will invoice monthly, and invoices are payable within thirty (30) days.
Ending our instructions. You may end our instructions at any time by written notice and will pay our fees incurred to that date. We may stop acting in the circumstances permitted by the Hong Kong Solicitors’ Guide to Professional Conduct.
Files. We will retain our file for seven (7) years after the matter closes, after which it may be destroyed without further notice.
Law. Our engagement and these terms are governed by the laws of the Hong Kong Special Administrative Region.
Please sign and return the enclosed copy of this letter to confirm your instructions.
Yours sincerely
Grace Wing-Yan Lam
Partner
for Lam, Whitaker & Co.
===
We confirm our agreement to the terms of this letter.
For and on behalf of Harbour Crest Hospitality Limited
Vivian Chan Siu-Ling, Director of Human Resources
Date: 15 April 2026`,
    truth: {
      title: "Letter",
      documentType: "Engagement letter",
      parties: ["Lam, Whitaker & Co.", "Harbour Crest Hospitality Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-08",
    },
  },
  {
    id: "v14-a-deed-variation-guernsey",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
THIS DEED is made on the 3rd day of March 2026
BETWEEN:
(1) SARNIA FIDUCIARY SERVICES LIMITED, a company incorporated in Guernsey with registered number 41236, whose registered office is at Les Echelons Court, Les Echelons, St Peter Port, Guernsey GY1 1AR (the “Employer”); and
(2) ÉLODIE FRANÇOISE LE PAGE of La Vieille Maison, Rue de la Croix, St Martin, Guernsey GY4 6RN (the “Employee”).
WHEREAS:
(A) The Employee is employed by the Employer as a Senior Trust Administrator under a contract of employment dated 1 September 2021 (the “Contract of Employment”), which provided for a probationary period of six (6) months and a notice period of three (3) months.
(B) The Employee has made a flexible working request, and the parties have agreed to vary the Contract of Employment as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
# 1. Effective Date
1.1 The variations in clause 2 take effect on 1 April 2026 (the “Effective Date”).
# 2. Variations
2.1 Clause 5 (Hours of Work) of the Contract of Employment is deleted and replaced with: “Your normal hours of work are 22.5 hours per week, worked on Monday, Tuesday and Wednesday.”
2.2 Clause 6.1 (Salary) of the Contract of Employment is amended so that the Employee’s salary is £38,700 per annum, being a pro rata reduction to reflect the reduced hours.
2.3 The Employee’s annual holiday entitlement is reduced pro rata to 15 days plus the bank holidays falling on her working days.
===
# 3. Continuity
3.1 Save as varied by this Deed, the Contract of Employment remains in full force and effect. The Employee’s continuous employment is unaffected.
# 4. Governing Law
4.1 This Deed is governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
Executed as a deed by SARNIA FIDUCIARY SERVICES LIMITED acting by two directors: Gavin Ozanne, Director; Rebecca Mahy, Director
Signed as a deed by ÉLODIE FRANÇOISE LE PAGE in the presence of: Jacques Brehaut, Advocate, St Peter Port (witness)`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sarnia Fiduciary Services Limited", "Élodie Françoise Le Page"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-04-01",
      amends: "Contract of Employment",
    },
  },
  {
    id: "v14-a-termination-notice-india",
    format: "txt",
    source: `DECCAN PRECISION CASTINGS PRIVATE LIMITED
CIN: U27310TG2008PTC058812
Registered Office: Plot No. 41, IDA Phase II, Cherlapally, Hyderabad – 500 051, Telangana
Ref: DPC/HR/2026/0388
2nd April 2026
BY HAND AND BY EMAIL
Mr. Arvind Kumar Subramanian
Employee Code: DPC-01174
Flat 302, Srinidhi Residency, Madhapur, Hyderabad – 500 081
# NOTICE OF TERMINATION OF EMPLOYMENT
Dear Mr. Subramanian,
1. You were appointed as Deputy Manager – Quality Assurance under the Appointment Letter dated 12th July 2019 (the “Appointment Letter”), clause 14 of which permits either party to terminate your employment by giving three (3) months’ notice in writing.
2. Following the closure of the Company’s Medak foundry, the Company hereby gives you notice under clause 14 of the Appointment Letter that your employment will terminate at the close of business on 2nd July 2026 (the “Relieving Date”).
3. During the notice period you will continue to receive your full salary and benefits. The Company may, at its discretion, relieve you earlier and pay salary in lieu of the unexpired part of the notice period.
4. Your full and final settlement, including gratuity under the Payment of Gratuity Act, 1972 and encashment of 18 days’ earned leave, will be paid within forty-five (45) days after the Relieving Date.
5. The confidentiality obligations in clause 16 of the Appointment Letter continue after the Relieving Date, and the non-solicitation undertaking in clause 17 continues for twelve (12) months after the Relieving Date.
6. Please return your identity card, laptop and all Company documents to the Human Resources department on or before the Relieving Date.
Yours faithfully,
For Deccan Precision Castings Private Limited
Ramesh Venkata Rao
Head – Human Resources
Acknowledged receipt: ____________________    Date: __________`,
    truth: {
      title: "Notice of Termination of Employment",
      documentType: "Notice",
      parties: ["Deccan Precision Castings Private Limited", "Arvind Kumar Subramanian"],
      effectiveDate: "2026-04-02",
    },
  },
];
