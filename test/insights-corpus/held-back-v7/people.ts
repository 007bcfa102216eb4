import type { UnseenDocument } from "../unseen/types";

/** Held-back v7: employment, director, offer-letter, contractor, consultancy, settlement and secondment documents. */
export const PEOPLE_V7: UnseenDocument[] = [
  {
    id: "v7-people-employment-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# CONTRACT OF EMPLOYMENT
between
GLENMORVEN DISTILLERS LIMITED, a company incorporated under the Companies Acts (Registered in Scotland SC412877) and having its Registered Office at Mill of Tore, Rothes, Aberlour AB38 7RT (the "Company")
and
FIONA CATRIONA MACLEOD, residing at 7 Seafield Crescent, Elgin IV30 1RQ (the "Employee")
# 1. Definitions
In this Contract: "Commencement Date" means 4 May 2026; "Group" means the Company and its subsidiaries from time to time.
# 2. Appointment and Duration
2.1 The Company shall employ the Employee as Head Distiller with effect from the Commencement Date.
2.2 The employment is permanent and shall continue until terminated by either party in accordance with clause 9.
2.3 The first six months of employment are a probationary period, during which either party may end the employment on one week's written notice.
2.4 No period of employment with a previous employer counts as part of the Employee's continuous employment.
# 3. Place of Work and Hours
The Employee's normal place of work is the Company's distillery at Rothes. Normal hours are 37.5 per week, Monday to Friday.
# 4. Salary
The Employee's salary is £58,500 per annum, payable monthly in arrears on the last working day of each month by credit transfer.
===
# 5. Holidays
The holiday year runs from 1 January to 31 December. The Employee is entitled to 28 days' paid holiday in each holiday year in addition to Scottish public holidays observed by the Company.
# 9. Termination
After the probationary period, either party may terminate the employment by giving the other not less than three months' written notice.
# 10. Restrictions After Employment
For nine months after the employment ends the Employee shall not solicit any customer of the Group with whom she dealt in the last twelve months of employment.
# 12. Law
This Contract shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of GLENMORVEN DISTILLERS LIMITED | by Alasdair Grant, Director |
| at Rothes on 14 April 2026 | before this witness: Morag Innes, Office Manager, Rothes |
| Subscribed by FIONA CATRIONA MACLEOD | at Elgin on 16 April 2026 |`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Glenmorven Distillers Limited", "Fiona Catriona MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-04",
      term: "Until terminated",
    },
  },
  {
    id: "v7-people-director-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `DATED 2 February 2026
(1) HALBERD ROBOTICS PLC
(2) AMARA OKONKWO-REID
# EXECUTIVE DIRECTOR'S SERVICE AGREEMENT
Ledbury Whitcombe LLP, 30 Farringdon Street, London EC4A 4HH
===
THIS AGREEMENT is dated 2 February 2026
BETWEEN:
(1) HALBERD ROBOTICS PLC incorporated and registered in England and Wales with company number 09876543 whose registered office is at Unit 4, Cambridge Science Park, Milton Road, Cambridge CB4 0FY (the "Company"); and
(2) DR AMARA OKONKWO-REID of 19 Grantchester Meadows, Cambridge CB3 9JL (the "Executive").
# 1. Interpretation
1.1 In this agreement "Appointment" means the employment of the Executive by the Company on the terms of this agreement, and "Commencement Date" means 1 March 2026.
1.2 This agreement supersedes the service agreement between the Company and the Executive dated 3 May 2021, which shall terminate on the day before the Commencement Date.
# 2. Term of Appointment
2.1 The Appointment shall be for a fixed term of thirty-six (36) months commencing on the Commencement Date, subject to earlier termination in accordance with this agreement.
2.2 The parties may agree in writing, not later than six months before the end of the fixed term, to extend the Appointment. In the absence of such agreement the Appointment shall end at the end of the fixed term.
2.3 Either party may terminate the Appointment before the end of the fixed term by giving not less than six months' prior notice in writing.
# 3. Duties
The Executive shall serve as Chief Technology Officer and as an executive director of the Company and shall report to the Chief Executive Officer.
# 4. Remuneration
The Company shall pay the Executive a salary of £185,000 per annum, reviewed annually in April, and the Executive shall be eligible for a bonus under the Company's annual incentive plan.
# 15. Garden Leave and Restrictions
15.1 The Company may place the Executive on garden leave for all or part of any notice period, not exceeding three months.
15.2 For twelve months after the termination date the Executive shall not be engaged in any business competing with the Company in the field of warehouse robotics.
# 22. Governing Law and Jurisdiction
This agreement and any dispute or claim arising out of it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Priya Dhanani, Director, for and on behalf of HALBERD ROBOTICS PLC | Signed by AMARA OKONKWO-REID |`,
    truth: {
      title: "Executive Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Halberd Robotics PLC", "Amara Okonkwo-Reid"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-02-28",
      term: "36 months",
    },
  },
  {
    id: "v7-people-offer-letter-ontario",
    format: "pdf",
    source: `# NORTHBEAM ANALYTICS INC.
200 Wellington Street West, Suite 1100, Toronto, Ontario M5V 3C7
March 9, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raman
44 Elm Grove Avenue
Toronto, Ontario M6K 2H9
# Re: Offer of Employment – Senior Data Engineer
Dear Priya,
Further to our letter of February 24, 2026 and your interviews with our team, we are delighted to offer you employment with Northbeam Analytics Inc. ("Northbeam") on the terms set out in this letter.
Position: You will be employed as Senior Data Engineer, reporting to the Director of Data Platforms. Your start date will be confirmed in writing once your reference and background checks are complete.
Salary: Your base salary will be CAD $142,000 per year, paid bi-weekly, less required deductions.
Duration: Your employment is for an indefinite period and will continue until terminated by either of us as set out below.
Probation: The first three (3) months of employment will be a probationary period.
Termination: Northbeam may terminate your employment without cause by providing the notice, or pay in lieu of notice, and severance required by the Employment Standards Act, 2000 (Ontario), and nothing more. You may resign on two (2) weeks' written notice.
Confidentiality and non-solicitation: You will be required to sign our standard Confidentiality and Intellectual Property Agreement. For six (6) months after your employment ends you will not solicit any Northbeam employee to leave.
Governing law: This letter and your employment are governed by the laws of the Province of Ontario and the federal laws of Canada applicable there.
This offer is open for acceptance until 5:00 p.m. (Toronto time) on March 20, 2026. To accept, please sign and return a copy of this letter.
Yours sincerely,
Daniel Okafor
Chief People Officer, Northbeam Analytics Inc.
I accept the offer of employment on the terms set out above.
Signature: Priya Raman    Date: March 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northbeam Analytics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-09",
      term: "Until terminated",
    },
  },
  {
    id: "v7-people-contractor-california",
    format: "docx",
    storedPageCount: 3,
    source: `# INDEPENDENT CONTRACTOR AGREEMENT
This Independent Contractor Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between Sagebrush Interactive LLC, a California limited liability company with its principal place of business at 1550 Mission Street, San Francisco, California 94103 ("Company"), and Mateo Alvarez Ruiz, an individual residing at 882 Alcatraz Avenue, Oakland, California 94609 ("Contractor").
# 1. Services
Contractor shall provide game audio design services as described in each statement of work signed by both parties (each, an "SOW").
# 2. Term
2.1 This Agreement shall commence on the Effective Date and continue for a period of twelve (12) months (the "Initial Term").
2.2 Thereafter this Agreement shall automatically renew for successive three (3) month periods (each, a "Renewal Term") unless either party gives the other written notice of non-renewal at least thirty (30) days before the end of the then-current term.
2.3 Either party may terminate this Agreement for convenience on fifteen (15) days' written notice.
===
# 3. Compensation
Company shall pay Contractor $95 per hour. Contractor shall invoice monthly and Company shall pay each undisputed invoice within thirty (30) days of receipt (Net 30).
# 4. Independent Contractor Status
Contractor is an independent contractor and not an employee of Company. Contractor controls the manner and means of performing the Services, supplies Contractor's own equipment and is responsible for all taxes on amounts paid under this Agreement.
# 5. Confidentiality
Contractor shall hold Company's Confidential Information in confidence during the term and for three (3) years thereafter.
# 6. Non-Solicitation
During the term and for twelve (12) months after termination, Contractor shall not solicit any employee of Company to leave Company's employ.
# 7. Governing Law
This Agreement shall be governed by the laws of the State of California, without regard to its conflict of laws principles. Venue shall lie in the state and federal courts located in San Francisco County.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| SAGEBRUSH INTERACTIVE LLC | CONTRACTOR |
| By: Jenna Kowalczyk | Mateo Alvarez Ruiz |
| Title: Chief Operating Officer | Date: March 4, 2026 |`,
    truth: {
      title: "Independent Contractor Agreement",
      documentType: "Services agreement",
      parties: ["Sagebrush Interactive LLC", "Mateo Alvarez Ruiz"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "3 months",
    },
  },
  {
    id: "v7-people-consultancy-singapore",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
# Key Details
| Date of Agreement | 18 May 2026 |
| Company | Straits Meridian Pte. Ltd. (UEN 201934567K), 10 Anson Road, #22-02 International Plaza, Singapore 079903 |
| Consultant | Tan Wei Ling, of 23 Jalan Bunga Rampai, Singapore 538421 |
| Commencement Date | 1 June 2026 |
| Engagement Period | From 1 June 2026 to 30 November 2027 (both dates inclusive) |
| Services | Regulatory advisory services for the Company's payment services licence application |
| Fees | S$1,600 per day, invoiced monthly and payable within 30 days of invoice |
| Notice | Either party may end the engagement early on one (1) month's written notice |
# Terms and Conditions
1. The Company engages the Consultant, and the Consultant agrees to provide the Services, for the Engagement Period set out in the Key Details, subject to earlier termination under clause 9.
2. The Engagement Period may be extended only by written agreement signed by both parties. There is no automatic extension or renewal.
3. The Consultant is engaged as an independent contractor. Nothing in this Agreement creates a relationship of employer and employee, and the Consultant is responsible for her own tax and CPF matters.
4. The Consultant shall devote such time as is reasonably necessary to perform the Services, being not less than eight days in each calendar month.
5. The Consultant's confidentiality obligations continue for five (5) years after this Agreement ends.
6. All intellectual property created by the Consultant in performing the Services belongs to the Company on creation.
9. The Company may terminate this Agreement immediately by written notice if the Consultant commits a material breach that is not remedied within 14 days of notice.
12. This Agreement is governed by the laws of the Republic of Singapore, and the parties submit to the exclusive jurisdiction of the Singapore courts.
Signed for and on behalf of Straits Meridian Pte. Ltd. by Lim Boon Keat, Chief Executive Officer
Signed by Tan Wei Ling`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Straits Meridian Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v7-people-settlement-northern-ireland",
    format: "pdf",
    pageFooters: true,
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated the twentieth day of January Two Thousand and Twenty-Six
PARTIES
(1) LAGAN VALLEY FOODS LIMITED, a company registered in Northern Ireland with number NI612345, whose registered office is at 3 Moira Road, Lisburn BT28 1RB (the "Employer"); and
(2) CIARÁN DOHERTY of 51 Ballynahinch Road, Carryduff BT8 8DN (the "Employee").
BACKGROUND
The Employee has been employed by the Employer since 2 September 2019 under a contract of employment dated 14 August 2019. The parties have agreed that the employment will end on the Termination Date on the terms of this agreement.
# 1. Termination
1.1 The Employee's employment will terminate on 31 January 2026 (the "Termination Date").
1.2 The Employer will pay the Employee his salary and contractual benefits up to the Termination Date and three months' pay in lieu of notice.
# 2. Settlement Payment
2.1 Subject to the Employee's compliance with this agreement, the Employer will pay the Employee £24,750 as compensation for loss of employment within 28 days after the later of the Termination Date and the date the Employer receives a copy of this agreement signed by the Employee.
2.2 The first £30,000 of any termination payment is expected to be paid free of tax.
===
# 3. Waiver of Claims
The Employee accepts the terms of this agreement in full and final settlement of all claims against the Employer, including the particular complaints of unfair dismissal and unlawful deductions listed in the Schedule, in accordance with Article 245 of the Employment Rights (Northern Ireland) Order 1996.
# 4. Confidentiality and Reference
4.1 The Employee shall keep the terms of this agreement confidential, save as required by law.
4.2 The Employer will give an agreed reference in the form set out in the Schedule on request for five years after the Termination Date.
# 5. Adviser
The Employee has received advice from Siobhán McAteer of McAteer & Co Solicitors, Belfast, a relevant independent adviser, as to the terms and effect of this agreement.
# 6. Governing Law
This agreement shall be governed by and construed in accordance with the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts and industrial tribunals of Northern Ireland.
Signed by Gareth Neill, Human Resources Director, for and on behalf of LAGAN VALLEY FOODS LIMITED
Signed by CIARÁN DOHERTY`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Foods Limited", "Ciarán Doherty"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-20",
    },
  },
  {
    id: "v7-people-secondment-hong-kong",
    format: "docx",
    source: `# SECONDMENT AGREEMENT
THIS AGREEMENT is made on 5 June 2026
BETWEEN
(1) HARBOURLINE LOGISTICS (HONG KONG) LIMITED, a company incorporated in Hong Kong (Company No. 2765431) whose registered office is at 18/F, Island Place Tower, 510 King's Road, North Point, Hong Kong (the "Employer"); and
(2) KOWLOON BAY TERMINALS LIMITED, a company incorporated in Hong Kong (Company No. 1987622) whose registered office is at 9 Sheung Yuet Road, Kowloon Bay, Kowloon, Hong Kong (the "Host").
WHEREAS the Employer employs Mr. Chan Ka Yan (the "Secondee") under an employment contract dated 2 April 2019 and has agreed to make the Secondee's services available to the Host on the terms of this Agreement.
# 1. Definitions
"Commencement Date" means 1 July 2026.
"Secondment Period" means the period starting on the Commencement Date and ending on 30 June 2027.
# 2. Secondment
2.1 The Employer shall provide the services of the Secondee to the Host as Operations Planning Manager for the Secondment Period.
2.2 This Agreement shall continue in force until the end of the Secondment Period unless terminated earlier under clause 8.
2.3 The Host may, by giving written notice to the Employer not less than two months before the end of the Secondment Period, request an extension of up to six months, which shall take effect only if the Employer agrees in writing.
===
# 3. Employment Status
The Secondee shall remain employed by the Employer throughout the Secondment Period. Nothing in this Agreement makes the Secondee an employee of the Host.
# 4. Secondment Fee
The Host shall pay the Employer a monthly fee of HK$96,000 equal to the Secondee's salary, MPF contributions and benefits, plus a 10% administration charge, within thirty days of the Employer's invoice.
# 8. Termination
Either party may terminate this Agreement on one month's written notice to the other.
# 12. Governing Law
This Agreement is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts. The Secondee's employment contract remains governed by its own terms.
| Signed by Wong Siu Ming, Director, for and on behalf of HARBOURLINE LOGISTICS (HONG KONG) LIMITED | Signed by Ho Lai Fan, Director, for and on behalf of KOWLOON BAY TERMINALS LIMITED |`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Harbourline Logistics (Hong Kong) Limited", "Kowloon Bay Terminals Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
    },
  },
  {
    id: "v7-people-fixed-term-new-zealand",
    format: "txt",
    source: `# INDIVIDUAL FIXED TERM EMPLOYMENT AGREEMENT
# 1. Position and Start
1.1 The Employer employs the Employee as Packhouse Supervisor at its packhouse at 310 Te Mata Road, Havelock North.
1.2 In this agreement, "Commencement Date" means 1 October 2026.
# 2. Fixed Term
2.1 This employment is for a fixed term of six (6) months from the Commencement Date, after which it will end without further notice.
2.2 The genuine reason for the fixed term, as required by section 66 of the Employment Relations Act 2000, is that the position exists only for the 2026/27 harvest and packing season.
2.3 Any offer of further employment after the fixed term will be made in a new written agreement; this agreement does not renew or roll over.
# 3. Hours and Wages
The Employee will work 40 hours per week, Monday to Friday, with overtime on Saturdays during peak harvest. The Employee will be paid $31.50 per hour gross, fortnightly in arrears.
# 4. Trial Period
There is no trial period in this agreement.
# 5. Holidays
As the employment is for less than twelve months, annual holiday pay of 8% of gross earnings will be paid with each wage payment, as agreed.
# 6. Ending Employment Early
Either party may end the employment before the end of the fixed term by giving two weeks' written notice, or in the case of serious misconduct, without notice.
# 7. Resolving Employment Relationship Problems
If a problem arises, either party may raise it with the other. The Employee has 90 days to raise a personal grievance. Mediation services are available from the Ministry of Business, Innovation and Employment.
# 8. Law
This agreement is governed by the law of New Zealand.
# Signatures
Signed for and on behalf of RIVERSTONE ORCHARDS LIMITED (the "Employer") by Anahera Walker, General Manager, on 14 September 2026
Signed by HEMI TAUROA (the "Employee") on 15 September 2026, who confirms he was advised of his right to seek independent advice and given reasonable time to do so`,
    truth: {
      title: "Individual Fixed Term Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Riverstone Orchards Limited", "Hemi Tauroa"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-10-01",
      expiryDate: "2027-04-01",
      term: "6 months",
    },
  },
];
