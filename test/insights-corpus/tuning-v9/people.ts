import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: employment and other people documents drafted in varied styles and jurisdictions, with a lawyer's answers. */
export const PEOPLE_V9: UnseenDocument[] = [
  {
    id: "v9-people-directors-service-agreement-england",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is made on 2 March 2026
BETWEEN
(1) NORTHGATE RENEWABLES LIMITED (company number 09981234) whose registered office is at 40 Wellington Street, Leeds LS1 2DE (the "Company"); and
(2) PRIYA RAMASWAMY of 4 Elm Row, Harrogate HG1 5QT (the "Executive").
# 1. Definitions
"Commencement Date" means 1 April 2026.
"Restricted Period" means the period of six (6) months immediately following the Termination Date.
# 2. Appointment and Term
2.1 The Company shall employ the Executive as Chief Financial Officer and she shall serve as a director of the Company.
2.2 The appointment shall begin on the Commencement Date and shall continue, subject to the remaining terms of this Agreement, until terminated by either party giving the other not less than twelve (12) months' prior written notice.
2.3 No employment with a previous employer counts towards the Executive's period of continuous employment.
===
# 3. Remuneration
The Company shall pay the Executive a salary of £185,000 per year, reviewed annually, payable monthly in arrears.
# 4. Garden Leave
During any period of notice the Company may require the Executive not to attend work for up to six (6) months.
# 5. Restrictions
The Executive shall not, during the Restricted Period, be engaged in any business competing with the Company in the United Kingdom.
# 6. Governing Law
This Agreement and any dispute arising from it shall be governed by the law of England and Wales.
Executed as a deed by NORTHGATE RENEWABLES LIMITED acting by Graham Whitworth, Director, in the presence of a witness: Susan Carr, Solicitor, Leeds.
Signed as a deed by PRIYA RAMASWAMY in the presence of a witness: Thomas Bell, 9 Park Lane, Harrogate.`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Northgate Renewables Limited", "Priya Ramaswamy"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v9-people-offer-letter-massachusetts",
    format: "docx",
    storedPageCount: 2,
    source: `# HARBORVIEW GENOMICS, INC.
1 Kendall Square, Building 300, Cambridge, MA 02139
January 12, 2026
Mr. Daniel Okafor
58 Elm Street, Apt. 4
Somerville, MA 02143
# Offer of Employment
Dear Daniel:
On behalf of Harborview Genomics, Inc. (the "Company"), I am delighted to offer you the position of Senior Bioinformatics Scientist, reporting to the Vice President of Computational Biology. Your first day of work will be confirmed once the Company's background check has been completed.
Your annual base salary will be $168,000, paid bi-weekly. You will be eligible for an annual target bonus of 15% of base salary.
Subject to Board approval, you will be granted an option to purchase 20,000 shares of common stock, vesting over four (4) years with a one-year cliff.
The first ninety (90) days of your employment will be an introductory period, during which your performance will be reviewed.
===
Your employment with the Company will be for no fixed term and will continue until terminated by you or by the Company at any time, with or without cause. This is known as at-will employment.
As a condition of employment you must sign the Company's Employee Confidential Information and Invention Assignment Agreement, which contains a twelve (12) month non-solicitation covenant.
This letter shall be governed by the laws of the Commonwealth of Massachusetts.
Please sign and return this letter by January 19, 2026 to accept this offer.
Sincerely,
Laura Chen
Chief People Officer
Accepted and agreed: Daniel Okafor
Date: January 15, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Harborview Genomics, Inc.", "Daniel Okafor"],
      governingLaw: "Massachusetts",
      effectiveDate: "2026-01-12",
      term: "Until terminated",
    },
  },
  {
    id: "v9-people-tripartite-secondment-hong-kong",
    format: "txt",
    source: `# SECONDMENT AGREEMENT
THIS AGREEMENT is dated 8 May 2026 and is made AMONG:
(1) PACIFIC RIM LOGISTICS (SINGAPORE) PTE. LTD., a company incorporated in Singapore (UEN 200812345N), of 1 Harbourfront Avenue, Singapore 098632 (the "Home Employer");
(2) PACIFIC RIM LOGISTICS (HONG KONG) LIMITED, a company incorporated in Hong Kong (CR No. 2198455), of 18/F, One Kowloon, 1 Wang Yuen Street, Kowloon Bay, Hong Kong (the "Host"); and
(3) WONG MEI LING, holder of Singapore passport no. K1234567X, of 22 Tanjong Pagar Road, Singapore (the "Secondee").
# 1. Definitions
"Secondment Start Date" means 1 June 2026.
"Home Contract" means the contract of employment between the Home Employer and the Secondee dated 3 September 2019, which is governed by the laws of Singapore.
# 2. Secondment
2.1 The Home Employer seconds the Secondee to the Host to act as Regional Operations Manager.
2.2 The secondment shall start on the Secondment Start Date and end on 30 November 2027, unless ended earlier under clause 6.
# 3. Terms During Secondment
3.1 During the secondment the Secondee shall work at the Host's offices in Kowloon Bay, forty-four (44) hours per week, and shall report to the Host's Managing Director.
3.2 The Home Employer shall continue to pay the Secondee's salary. The Host shall provide a housing allowance of HKD 38,000 per month.
3.3 The Secondee's continuous employment with the Home Employer is unaffected.
# 4. Repatriation
On the end of the secondment the Secondee shall return to Singapore within fourteen (14) days.
# 5. Confidentiality
The Secondee's confidentiality obligations to the Host continue for three (3) years after the secondment ends.
# 6. Early Termination
Any party may end the secondment early on two (2) months' written notice.
# 7. Governing Law
This Agreement is governed by the laws of the Hong Kong Special Administrative Region. The Home Contract remains governed by its own law.
Signed by Lim Boon Keng for Pacific Rim Logistics (Singapore) Pte. Ltd.
Signed by Cheung Ka Wai for Pacific Rim Logistics (Hong Kong) Limited
Signed by Wong Mei Ling`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Pacific Rim Logistics (Singapore) Pte. Ltd.", "Pacific Rim Logistics (Hong Kong) Limited", "Wong Mei Ling"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v9-people-settlement-agreement-ireland",
    format: "pdf",
    source: `# SETTLEMENT AGREEMENT
This Agreement is made this 27th day of May 2026
BETWEEN
SHANNONSIDE PHARMACEUTICALS UNLIMITED COMPANY, having its registered office at Raheen Business Park, Limerick V94 K2E4 (registered number 451276) ("the Company")
AND
CIARÁN WALSH, of 11 O'Connell Avenue, Limerick ("the Employee").
# 1. Termination of Employment
1.1 The Employee's employment with the Company shall terminate by reason of redundancy on 30 June 2026 ("the Termination Date").
1.2 The Company shall pay the Employee his salary and accrued holiday up to the Termination Date in the normal way.
# 2. Settlement Payment
2.1 Subject to the Employee's compliance with this Agreement, the Company shall pay the Employee the sum of €62,500 ex gratia within twenty-eight (28) days after the later of the Termination Date and receipt of this Agreement signed by the Employee.
# 3. Full and Final Settlement
3.1 The Employee accepts the payment in full and final settlement of all claims he has or may have against the Company, including claims under the Unfair Dismissals Acts 1977 to 2015 and the Employment Equality Acts 1998 to 2015.
3.2 The Employee confirms that he has received independent legal advice from Deirdre Hogan of Hogan Solicitors LLP.
# 4. Restrictions
The Employee shall not, for six (6) months after the Termination Date, solicit any customer of the Company with whom he dealt in the last year of his employment.
# 5. Confidentiality
The parties shall keep the terms of this Agreement confidential, save as required by law.
# 6. Governing Law
This Agreement shall be governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
Signed for and on behalf of Shannonside Pharmaceuticals Unlimited Company by Orla Fitzpatrick, HR Director
Signed by Ciarán Walsh
Certificate of Adviser: I, Deirdre Hogan, confirm that I have advised the Employee on the terms and effect of this Agreement.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Shannonside Pharmaceuticals Unlimited Company", "Ciarán Walsh"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-27",
    },
  },
  {
    id: "v9-people-consultancy-agreement-new-zealand",
    format: "docx",
    source: `# INDEPENDENT CONSULTANCY AGREEMENT
DATE: 5 January 2026
PARTIES
TŪĪ SOFTWARE LIMITED (company number 6612093), of Level 3, 15 Allen Street, Te Aro, Wellington 6011 ("Client")
AROHA NGATA, self-employed contractor, of 27 Karaka Bay Road, Seatoun, Wellington 6022 ("Consultant")
# BACKGROUND
A. The Client wishes to engage the Consultant to lead the design of its accessibility programme.
B. The Consultant is in business on her own account and is not an employee of the Client.
# AGREED TERMS
# 1. Engagement and Term
1.1 The Client engages the Consultant to provide the Services described in the Schedule.
1.2 This Agreement shall continue for a fixed term of nine (9) months from 12 January 2026, after which it ends without the need for notice.
1.3 Either party may end this Agreement earlier by giving twenty (20) working days' written notice.
# 2. Fees
2.1 The Client shall pay the Consultant NZD 145 per hour plus GST. Invoices are payable on the 20th of the month following the invoice date.
# 3. Intellectual Property
3.1 All intellectual property created in performing the Services vests in the Client on creation.
3.2 The Consultant warrants that the deliverables will be free from material defects for twelve (12) months after delivery.
# 4. Status
The Consultant is responsible for her own tax, ACC levies and KiwiSaver arrangements.
# 5. Governing Law
This Agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
# SCHEDULE – SERVICES
| Service | Deliverable |
| Accessibility audit | Audit report against WCAG 2.2 |
| Programme design | Roadmap and training plan |
SIGNED for Tūī Software Limited by Hemi Walker, Director
SIGNED by Aroha Ngata`,
    truth: {
      title: "Independent Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Tūī Software Limited", "Aroha Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-01-12",
      expiryDate: "2026-10-12",
      term: "9 months",
    },
  },
  {
    id: "v9-people-retention-agreement-texas",
    format: "pdf",
    pageFooters: true,
    source: `# RETENTION AGREEMENT
This Retention Agreement (this "Agreement") is entered into effective as of the 1st day of July, 2026 (the "Effective Date"), by and between Lone Star Midstream Partners, L.P., a Delaware limited partnership (the "Partnership"), and Rebecca Alvarez, an individual residing in Houston, Texas ("Employee").
# RECITALS
WHEREAS, the Partnership is undertaking a strategic review of its gathering and processing business and considers the continued employment of Employee essential during that review; and
WHEREAS, the Partnership desires to provide Employee with an incentive to remain employed through the Retention Date, as defined below;
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Term. This Agreement shall remain in effect from the Effective Date through December 31, 2027 (the "Term"), and shall then expire automatically.
2. Retention Bonus. If Employee remains continuously employed by the Partnership through June 30, 2027 (the "Retention Date"), the Partnership shall pay Employee a lump-sum cash bonus of $240,000 within thirty (30) days after the Retention Date.
3. Qualifying Termination. If Employee's employment is terminated by the Partnership without Cause before the Retention Date, the bonus shall be paid within sixty (60) days, subject to Employee's execution of a release.
===
4. Clawback. If Employee resigns within twelve (12) months after receiving the bonus, Employee shall repay fifty percent (50%) of the after-tax amount.
5. Employment Terms. Except as set out in this Agreement, Employee's employment remains on the terms of her existing employment agreement, and Employee's employment remains at will.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of law rules; provided that any matter relating to Employee's Class B units shall continue to be governed by the Partnership Agreement, which is governed by Delaware law.
7. Entire Agreement. This Agreement is the entire agreement regarding its subject matter and may be amended only in writing.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
LONE STAR MIDSTREAM PARTNERS, L.P.
By: Lone Star Midstream GP, LLC, its general partner
By: James T. Whitaker, President and Chief Executive Officer
EMPLOYEE: Rebecca Alvarez`,
    truth: {
      title: "Retention Agreement",
      documentType: "Employment agreement",
      parties: ["Lone Star Midstream Partners, L.P.", "Rebecca Alvarez"],
      governingLaw: "Texas",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-12-31",
      term: "18 months",
    },
  },
  {
    id: "v9-people-fixed-term-employment-nsw-particulars",
    format: "docx",
    storedPageCount: 2,
    source: `# FIXED TERM EMPLOYMENT CONTRACT
# PART A – PARTICULARS
| Employer | Harbourside Clinical Research Pty Ltd (ACN 612 887 304), Level 9, 100 Miller Street, North Sydney NSW 2060 |
| Employee | Liam O'Connor, of 3/41 Bondi Road, Bondi NSW 2026 |
| Position | Clinical Trial Manager |
| Commencement Date | 16 March 2026 |
| Term | A fixed term of two (2) years commencing on the Commencement Date |
| Probation | Six (6) months |
| Salary | AUD 142,000 per annum plus superannuation |
| Notice | Four (4) weeks by either party during the Term |
===
# PART B – TERMS
1. The Employer employs the Employee in the Position for the Term set out in Part A. The employment ends automatically on the last day of the Term unless ended earlier under clause 6.
2. Any further employment after the Term will be by written agreement only; this contract does not renew.
3. The Employee's ordinary hours are 38 hours per week, Monday to Friday, plus reasonable additional hours.
4. The Employee is entitled to four (4) weeks' paid annual leave each year in accordance with the National Employment Standards.
5. The Employee shall keep the Employer's confidential information secret during and after employment.
6. Either party may end the employment during the Term by giving the notice set out in Part A, or the Employer may pay in lieu of notice.
7. For twelve (12) months after the employment ends the Employee shall not solicit any sponsor client of the Employer with whom the Employee dealt.
8. This contract is governed by the laws of New South Wales, and the parties submit to the jurisdiction of its courts.
Signed for Harbourside Clinical Research Pty Ltd by Dr Anjali Sharma, Managing Director, on 2 March 2026
Signed by Liam O'Connor on 4 March 2026`,
    truth: {
      title: "Fixed Term Employment Contract",
      documentType: "Employment agreement",
      parties: ["Harbourside Clinical Research Pty Ltd", "Liam O'Connor"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-16",
      expiryDate: "2028-03-15",
      term: "2 years",
    },
  },
  {
    id: "v9-people-employment-contract-kenya-signature-only",
    format: "txt",
    source: `# CONTRACT OF EMPLOYMENT
Dated 10 August 2026
This contract sets out the terms on which the Employer named in the signature section below employs the Employee named in that section.
# 1. Position and Place of Work
The Employee is employed as Agronomy Field Manager, based at the Employer's farm at Naivasha, and may be required to travel within Kenya.
# 2. Duration
2.1 The employment is for a fixed term of twenty-four (24) months starting on 1 September 2026 (the "Commencement Date").
2.2 The first three (3) months shall be a probationary period, during which either party may terminate on seven (7) days' notice.
2.3 This contract may be renewed only by written agreement of both parties made before it ends.
# 3. Remuneration
The Employee shall be paid a gross monthly salary of KES 285,000, payable by the last working day of each month, less statutory deductions (PAYE, NSSF and SHIF).
# 4. Leave
The Employee is entitled to twenty-one (21) working days' annual leave with full pay.
# 5. Termination
After probation either party may terminate this contract by giving one (1) month's written notice or paying one month's salary in lieu.
# 6. Confidentiality
The Employee shall not disclose confidential information of the Employer during employment or for two (2) years thereafter.
# 7. Governing Law
This contract is governed by the laws of Kenya, including the Employment Act, 2007.
# SIGNATURES
EMPLOYER: SAVANNA AGRITECH LIMITED (Company No. PVT-AAAB12345), P.O. Box 40123-00100, Nairobi
Signed by: Joseph Mwangi, Director
EMPLOYEE: WANJIRU KAMAU, ID No. 28765432, P.O. Box 220-20117, Naivasha
Signed by: Wanjiru Kamau`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Savanna Agritech Limited", "Wanjiru Kamau"],
      governingLaw: "Kenya",
      effectiveDate: "2026-09-01",
      expiryDate: "2028-08-31",
      term: "24 months",
    },
  },
];
