import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: documents about people (employment, consultancy, secondment, power of attorney, settlement), written independently of the extractor. */
export const PEOPLE_V18: UnseenDocument[] = [
  {
    id: "v18-people-texas-executive-employment",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE EMPLOYMENT AGREEMENT
This Executive Employment Agreement (this "Agreement") is made and entered into as of March 3, 2026, by and between Lone Star Valve Holdings, Inc., a Texas corporation with its principal office at 4400 Post Oak Parkway, Suite 1200, Houston, Texas 77027 (the "Company"), and Marcus T. Whitfield, an individual residing in Harris County, Texas ("Executive").
# RECITALS
WHEREAS, the Company desires to employ Executive as its Chief Operating Officer, and Executive desires to accept such employment, on the terms and conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the parties agree as follows:
# 1. Employment and Term
1.1 Effective Date. Executive's employment under this Agreement shall begin on April 1, 2026 (the "Effective Date").
1.2 Initial Term. The initial term of employment shall commence on the Effective Date and continue for a period of three (3) years (the "Initial Term"), unless earlier terminated pursuant to Section 5.
1.3 Renewal. Upon expiration of the Initial Term, this Agreement shall automatically renew for successive one (1) year periods (each, a "Renewal Term") unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.
# 2. Position and Duties
Executive shall serve as Chief Operating Officer, reporting to the Chief Executive Officer, and shall devote substantially all of Executive's business time and attention to the business of the Company.
# 3. Compensation
3.1 Base Salary. The Company shall pay Executive an annual base salary of $385,000 ("Base Salary"), payable in accordance with the Company's regular payroll practices, but no less frequently than semi-monthly.
3.2 Annual Bonus. Executive shall be eligible for an annual performance bonus with a target of fifty percent (50%) of Base Salary, payable no later than March 15 of the year following the year in which it is earned.
3.3 Equity. Subject to approval by the Board, Executive shall be granted 120,000 restricted stock units vesting in equal annual installments over four (4) years.
# 4. Benefits
Executive shall be entitled to participate in all employee benefit plans generally available to senior executives of the Company and to four (4) weeks of paid vacation per calendar year.
===
# 5. Termination
5.1 Executive may resign for any reason upon sixty (60) days' prior written notice to the Company.
5.2 If the Company terminates Executive's employment without Cause, the Company shall pay Executive severance equal to twelve (12) months of Base Salary, subject to Executive's execution of a general release of claims within forty-five (45) days after the termination date.
# 6. Restrictive Covenants
During employment and for a period of eighteen (18) months thereafter, Executive shall not, within the State of Texas, engage in any business competitive with the Company, nor solicit any employee or customer of the Company. This Section 6 shall survive the termination of this Agreement.
# 7. Governing Law; Venue
This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Venue for any action shall lie exclusively in the state or federal courts located in Harris County, Texas.
# 8. Entire Agreement
This Agreement supersedes the offer letter to Executive dated February 10, 2026 and constitutes the entire agreement between the parties with respect to its subject matter. It may be amended only by a writing signed by both parties.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
| LONE STAR VALVE HOLDINGS, INC. | EXECUTIVE |
| By: /s/ Denise R. Alvarado | /s/ Marcus T. Whitfield |
| Name: Denise R. Alvarado, Chief Executive Officer | Marcus T. Whitfield |`,
    truth: {
      title: "Executive Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Lone Star Valve Holdings, Inc.", "Marcus T. Whitfield"],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v18-people-english-consultancy",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTANCY AGREEMENT
THIS AGREEMENT is dated 14 January 2026
# PARTIES
(1) HARROWGATE RAIL SYSTEMS LIMITED incorporated and registered in England and Wales with company number 08812374 whose registered office is at Unit 4, Calder Park, Wakefield WF2 7AW (the "Client"); and
(2) PEMBERTON SIGNALLING CONSULTANCY LTD incorporated and registered in England and Wales with company number 11290563 whose registered office is at 27 Abbey Foregate, Shrewsbury SY2 6AH (the "Consultancy").
# BACKGROUND
(A) The Client wishes to obtain the services of the Consultancy in connection with the re-signalling of its Leeds depot, and the Consultancy has agreed to provide those services on the terms of this agreement.
# AGREED TERMS
1. Interpretation
1.1 In this agreement: "Commencement Date" means 1 February 2026; "Engagement" means the engagement of the Consultancy by the Client on the terms of this agreement; "Individual" means Andrew Pemberton, a director of the Consultancy, or any substitute approved under clause 3.2; "Services" means the services described in the Schedule.
2. Term of engagement
2.1 The Engagement shall run from 1 February 2026 to 31 July 2026, unless terminated earlier in accordance with clause 9.
2.2 The parties may extend the Engagement only by written agreement signed by both of them.
3. Duties and obligations
3.1 The Consultancy shall procure that the Individual provides the Services on not fewer than three days in each week and shall give the Client reasonable notice of any absence.
3.2 The Consultancy may, with the Client's prior written approval, provide a suitably qualified substitute for the Individual at its own cost.
4. Fees
4.1 The Client shall pay the Consultancy a fee of £650 per day (exclusive of VAT), invoiced monthly in arrears. Each invoice shall be paid within 30 days of receipt.
===
5. Intellectual property
5.1 All works created by the Individual in the course of the Engagement shall vest in the Client on creation, and the Consultancy hereby assigns them to the Client with full title guarantee.
6. Confidentiality
6.1 The Consultancy shall keep the Client's confidential information secret during the Engagement and for five years after it ends.
7. Restrictions
7.1 For a period of six months after the Engagement ends, the Consultancy shall not, and shall procure that the Individual shall not, solicit any employee of the Client with whom the Individual dealt in the last twelve months of the Engagement.
8. Insurance
8.1 The Consultancy shall maintain professional indemnity insurance of not less than £2,000,000 during the Engagement and for six years after it ends.
9. Termination
9.1 Either party may terminate the Engagement at any time by giving not less than four weeks' written notice to the other.
10. Status
10.1 Nothing in this agreement shall render the Individual an employee, worker or agent of the Client. The Consultancy shall be responsible for all income tax and National Insurance contributions in respect of its fees.
11. Governing law and jurisdiction
11.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
# SCHEDULE
# Services
Independent review of signalling design packages for the Leeds depot re-signalling project, attendance at weekly design review meetings, and delivery of a final assurance report by 15 July 2026.
| Signed by Claire Dunmore, director, for and on behalf of HARROWGATE RAIL SYSTEMS LIMITED | ........................ |
| Signed by Andrew Pemberton, director, for and on behalf of PEMBERTON SIGNALLING CONSULTANCY LTD | ........................ |`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Harrowgate Rail Systems Limited", "Pemberton Signalling Consultancy Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-01",
      expiryDate: "2026-07-31",
      term: "6 months",
    },
  },
  {
    id: "v18-people-nz-offer-letter",
    format: "txt",
    source: `KŌWHAI ORCHARDS LIMITED
212 Te Mata Road, Havelock North 4130, New Zealand | Phone 06 877 4410 | people@kowhaiorchards.co.nz
9 February 2026
Ms Aroha Ngata
14 Kauri Street
Hastings 4122
PRIVATE AND CONFIDENTIAL
Kia ora Aroha
# Offer of Employment
Following your interview with us on 28 January 2026, we are delighted to offer you the position of Orchard Operations Manager with Kōwhai Orchards Limited (the "Company"). This letter and the attached Schedule of Standard Terms together form your individual employment agreement.
Start date and nature of employment: Your employment will commence on Monday, 2 March 2026 (the "Commencement Date"). Your employment is permanent and full-time, and will continue until terminated by either party in accordance with this agreement.
Trial period: Your employment is subject to a trial period of 90 days from the Commencement Date under section 67A of the Employment Relations Act 2000.
Remuneration: $98,000 gross per annum, paid fortnightly in arrears by direct credit to your nominated bank account. Your salary will be reviewed annually each July.
Hours of work: 40 hours per week, Monday to Friday, with additional hours as reasonably required during the harvest season (February to May).
Holidays and leave: annual holidays, sick leave and public holidays in accordance with the Holidays Act 2003.
KiwiSaver: the Company will make employer contributions of 3% of your gross taxable earnings if you are a KiwiSaver member.
Notice: after the trial period, either party may end your employment by giving four (4) weeks' written notice.
Non-solicitation: for three months after your employment ends you must not solicit any grower, packhouse or customer of the Company with whom you dealt in your last year of employment.
Governing law: this offer and your employment are governed by the laws of New Zealand. Any employment relationship problem will be resolved under the Employment Relations Act 2000.
You are entitled to seek independent advice about this offer. If you accept, please sign the acceptance below and return a copy to us by 5.00 pm on 20 February 2026, after which this offer will lapse.
Ngā mihi nui
Hemi Walker
General Manager
Kōwhai Orchards Limited
ACCEPTANCE
I, Aroha Ngata, have read and understood this offer, have had the opportunity to seek independent advice, and accept employment on the terms set out above.
Signed: Aroha Ngata    Date: 16/2/2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Kōwhai Orchards Limited", "Aroha Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v18-people-singapore-secondment",
    format: "pdf",
    pdfMargin: 84,
    source: `# SECONDMENT AGREEMENT
DATED 5 MAY 2026
TANJUNG MARITIME SERVICES SDN. BHD.
(as Employer)
TMS LOGISTICS (SINGAPORE) PTE. LTD.
(as Host)
LIM WEI JIE
(as Secondee)
===
THIS AGREEMENT is made on 5 May 2026
BETWEEN:
(1) TANJUNG MARITIME SERVICES SDN. BHD. (Registration No. 200801012345 (812345-K)), a company incorporated in Malaysia with its registered office at Level 9, Menara Pelabuhan, Jalan Pelabuhan Utara, 42000 Port Klang, Selangor, Malaysia (the "Employer");
(2) TMS LOGISTICS (SINGAPORE) PTE. LTD. (UEN 201534567W), a company incorporated in Singapore with its registered office at 1 HarbourFront Avenue, #14-07 Keppel Bay Tower, Singapore 098632 (the "Host"); and
(3) LIM WEI JIE (Malaysian Passport No. A51234567) of 22 Jalan Bukit Tinggi 3, 41200 Klang, Selangor, Malaysia (the "Secondee").
WHEREAS:
(A) The Secondee is employed by the Employer under a contract of employment dated 3 January 2022 (the "Employment Contract"), which is governed by the laws of Malaysia.
(B) The Employer has agreed to second the Secondee to the Host, and the Secondee has agreed to the secondment. This Agreement sets out the terms on which the Secondee's employment with the Employer will continue during the secondment.
IT IS AGREED as follows:
1. DEFINITIONS. In this Agreement: "Commencement Date" means 1 June 2026; "Secondment Period" means the period commencing on 1 June 2026 and ending on 31 May 2027, unless terminated earlier under Clause 8.
2. SECONDMENT. During the Secondment Period the Secondee shall work for the Host in Singapore as Regional Operations Lead. The Secondee shall remain employed by the Employer throughout, and the Secondee's continuity of employment shall not be broken.
3. SALARY AND BENEFITS. The Employer shall continue to pay the Secondee's salary of RM 18,500 per month. The Host shall provide a housing allowance of S$4,200 per month. The Employer shall invoice the Host monthly for the salary cost plus a 5% administration charge, and the Host shall pay each invoice within thirty (30) days.
4. EMPLOYMENT PASS. The Host shall apply for an Employment Pass for the Secondee. The secondment is conditional on the Employment Pass being issued before the Commencement Date.
5. HOURS AND LEAVE. The Secondee shall observe the Host's normal working hours and public holidays, and shall retain the annual leave entitlement under the Employment Contract.
6. CONFIDENTIALITY. The Secondee shall keep confidential all information of the Host, and this obligation shall continue for three (3) years after the end of the Secondment Period.
7. NON-SOLICITATION. For six (6) months after the end of the Secondment Period the Secondee shall not solicit any employee of the Host.
8. TERMINATION. Any party may end the secondment by giving two (2) months' written notice to the others. The secondment shall end automatically if the Employment Pass is cancelled or the Employment Contract terminates.
9. RETURN. At the end of the Secondment Period the Secondee shall return to work for the Employer in Port Klang in a role of equivalent status.
10. GOVERNING LAW. This Agreement is governed by the laws of Singapore, and the parties submit to the non-exclusive jurisdiction of the courts of Singapore. The Employment Contract remains governed by the laws of Malaysia.
11. THIRD PARTY RIGHTS. A person who is not a party has no right under the Contracts (Rights of Third Parties) Act 2001 to enforce any term of this Agreement.
| Signed by Ahmad Faizal bin Rahman, Director, for and on behalf of TANJUNG MARITIME SERVICES SDN. BHD. | Signed by Tan Mei Ling, Director, for and on behalf of TMS LOGISTICS (SINGAPORE) PTE. LTD. |
| Signed by LIM WEI JIE in the presence of: Nur Aisyah binti Osman | |`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Employment agreement",
      parties: ["Tanjung Maritime Services Sdn. Bhd.", "TMS Logistics (Singapore) Pte. Ltd.", "Lim Wei Jie"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v18-people-isle-of-man-power-of-attorney",
    format: "docx",
    storedPageCount: 2,
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made as a deed on the twelfth day of May two thousand and twenty-six
BY:
(1) MANNIN FIDUCIARY SERVICES LIMITED, a company incorporated in the Isle of Man with registered number 012345C, whose registered office is at 3rd Floor, Athol House, Athol Street, Douglas, Isle of Man IM1 1JE (the "Company")
IN FAVOUR OF:
(2) CATRIONA JANE QUAYLE of Ballakilley Farm, Ballasalla, Isle of Man IM9 3DA (the "Attorney")
WHEREAS the Company employs approximately 140 staff and wishes to authorise the Attorney, its Head of People, to execute documents relating to those staff during the sabbatical of its Chief Executive.
NOW THIS DEED WITNESSES as follows:
1. APPOINTMENT. The Company appoints the Attorney to be its attorney, in its name and on its behalf, to do any of the acts set out in clause 2.
2. POWERS. The Attorney may:
(a) negotiate, sign and deliver offer letters and contracts of employment for posts with an annual salary not exceeding £120,000, including fixed-term contracts of not more than twenty-four (24) months;
(b) sign settlement agreements with departing employees providing for payments not exceeding £50,000 in each case;
(c) give and receive notices of termination of employment, including notices of up to six (6) months;
(d) sign secondment letters, references and confirmations of employment.
3. LIMITATIONS. The Attorney shall not delegate any of these powers, and shall not sign any document relating to the appointment, remuneration or removal of a director of the Company.
4. DURATION. This Power of Attorney shall remain in force for a period of twelve (12) months from the date of this deed, unless revoked earlier by written notice from the Company to the Attorney.
5. RATIFICATION. The Company undertakes to ratify and confirm whatever the Attorney lawfully does under this Power of Attorney. Any person dealing with the Attorney may rely on it until that person receives written notice of its revocation.
6. GOVERNING LAW. This Power of Attorney is governed by and shall be construed in accordance with the laws of the Isle of Man.
IN WITNESS whereof this Power of Attorney has been executed as a deed and delivered on the date first written above.
===
| Executed as a deed by MANNIN FIDUCIARY SERVICES LIMITED acting by Robert Kinvig, director, and Susan Corlett, director | ........................ |
| In the presence of: Paul Cregeen, Advocate, Douglas | ........................ |
# ATTORNEY'S ACKNOWLEDGEMENT
I, Catriona Jane Quayle, acknowledge my appointment as attorney under this Power of Attorney and agree to exercise the powers conferred on me in good faith and within the limitations set out above.
Signed: Catriona Jane Quayle    Dated: 14 May 2026`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Mannin Fiduciary Services Limited", "Catriona Jane Quayle"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-05-12",
      expiryDate: "2027-05-12",
      term: "12 months",
    },
  },
  {
    id: "v18-people-scottish-settlement-minute",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF AGREEMENT
between
CLYDE FORTH ENGINEERING LIMITED, a company incorporated under the Companies Acts (registered number SC418237) and having its registered office at 55 Finnieston Street, Glasgow G3 8JU (the "Company")
and
FIONA ISOBEL MACLEOD, residing at 9 Marchmont Crescent, Edinburgh EH9 1HN (the "Employee")
WHEREAS the Employee has been employed by the Company as Senior Project Engineer under a contract of employment dated 2 September 2019; the parties have agreed that the Employee's employment will end on the Termination Date; and the parties wish to settle all claims which the Employee has or may have against the Company
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Agreement "Termination Date" means 30 April 2026, and "Adviser" means Morag Dalziel of Dalziel & Rennie, Solicitors, 12 Albyn Place, Aberdeen AB10 1YH.
2. The Employee's employment will terminate on the Termination Date. The Company shall pay the Employee's salary and any accrued but untaken holiday up to the Termination Date in the usual way.
3. The Company shall pay the Employee a sum equal to three months' basic salary in lieu of notice, subject to deduction of income tax and National Insurance contributions.
4. Subject to the Employee complying with this Agreement, the Company shall pay the Employee the sum of £42,500 as compensation for loss of employment within 14 days after the later of the Termination Date and the Company's receipt of this Agreement signed by the Employee together with the Adviser's certificate. The first £30,000 shall be paid without deduction of tax in terms of sections 401 and 403 of the Income Tax (Earnings and Pensions) Act 2003.
5. The Employee accepts the terms of this Agreement in full and final settlement of all claims which she has or may have against the Company or any group company arising out of her employment or its termination, including claims of unfair dismissal under the Employment Rights Act 1996 and claims under the Equality Act 2010. The conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996 and section 147 of the Equality Act 2010 are satisfied.
6. The Employee confirms that the restrictions in clause 19 of her contract of employment, which prevent her from soliciting the Company's clients for nine months after the Termination Date, remain in full force.
7. The Company shall provide an agreed reference in the form set out in Part 2 of the Schedule. Each party shall keep the terms of this Agreement confidential.
8. The Employee shall return all property of the Company, including her laptop and security pass, on or before the Termination Date.
9. Although this Agreement is marked "without prejudice and subject to contract", it shall become open and binding when signed by both parties.
10. This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this page and the Schedule annexed are subscribed for and on behalf of Clyde Forth Engineering Limited by Gordon Baird, Director, at Glasgow on 17 April 2026 before this witness Elaine Kerr, 55 Finnieston Street, Glasgow; and by the said Fiona Isobel MacLeod at Edinburgh on 17 April 2026 before this witness Hamish Ross, 3 Warrender Park Road, Edinburgh.
===
# SCHEDULE
# Part 1 – Adviser's Certificate
I, Morag Dalziel, Solicitor, of Dalziel & Rennie, confirm that I have given Fiona Isobel MacLeod independent legal advice on the terms and effect of this Agreement, and in particular its effect on her ability to pursue claims before an employment tribunal. I hold a current practising certificate and there is in force a policy of professional indemnity insurance covering the risk of a claim in respect of that advice.
Signed: Morag Dalziel    Date: 16 April 2026
# Part 2 – Agreed Reference
Fiona MacLeod was employed by Clyde Forth Engineering Limited as Senior Project Engineer from 2 September 2019 until 30 April 2026.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Clyde Forth Engineering Limited", "Fiona Isobel MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-17",
    },
  },
  {
    id: "v18-people-difc-fixed-term-contract",
    format: "docx",
    source: `# EMPLOYMENT CONTRACT
Date: 20 July 2026
# PART A – KEY TERMS
| Employer | Al Noor Capital Partners Limited, a private company registered in the Dubai International Financial Centre with registered number 4127, of Unit 1504, Level 15, Gate Building, DIFC, Dubai, United Arab Emirates |
| Employee | Priya Raghunathan, holder of Indian passport no. Z4567123, of Apartment 2208, Burj Vista Tower 1, Downtown Dubai, United Arab Emirates |
| Job title | Vice President – Credit Risk |
| Commencement Date | 1 September 2026 |
| Term | Fixed term of two (2) years commencing on the Commencement Date |
| Probation | Six (6) months from the Commencement Date |
| Basic salary | AED 52,000 per month, payable on or before the 25th day of each month |
| Allowances | Housing AED 18,000 per month; transport AED 2,500 per month |
| Annual leave | Twenty-five (25) Working Days per Holiday Year |
| Notice period | Three (3) months (one (1) month during Probation) |
| Place of work | DIFC, Dubai |
===
# PART B – STANDARD TERMS
1. Parties and structure. This Contract is made between the Employer and the Employee named in Part A. Part A and Part B together form the Contract; if they conflict, Part A prevails.
2. Term. The Employee's employment shall be for the Term stated in Part A and shall expire at the end of that Term unless terminated earlier under clause 9. This Contract does not renew automatically; any renewal requires a new written agreement signed by both parties.
3. Visa. The employment is conditional on the Employee obtaining and maintaining a DIFC employment visa, which the Employer shall sponsor.
4. Salary. The basic salary and allowances in Part A shall be paid in UAE Dirhams into the Employee's UAE bank account.
5. Workplace savings. The Employer shall make monthly contributions to the DIFC Employee Workplace Savings Plan (DEWS) in accordance with the DIFC Employment Law No. 2 of 2019.
6. Leave. The Employee is entitled to annual leave as stated in Part A and to sick leave in accordance with the DIFC Employment Law.
7. Confidentiality. The Employee shall not disclose any confidential information of the Employer or its clients, during employment or at any time afterwards.
8. Restrictions. For six (6) months after the termination of employment the Employee shall not solicit any client of the Employer with whom she dealt in the twelve (12) months before termination.
9. Termination. Either party may terminate this Contract by giving the notice period stated in Part A. The Employer may pay basic salary in lieu of notice.
10. Governing law. This Contract is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction over any dispute arising from it.
| Signed for and on behalf of Al Noor Capital Partners Limited | Signed by the Employee |
| Khalid Al Mansoori, Chief Executive Officer | Priya Raghunathan |`,
    truth: {
      title: "Employment Contract",
      documentType: "Employment agreement",
      parties: ["Al Noor Capital Partners Limited", "Priya Raghunathan"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-09-01",
      expiryDate: "2028-08-31",
      term: "2 years",
    },
  },
  {
    id: "v18-people-ontario-amending-agreement",
    format: "txt",
    source: `# FIRST AMENDING AGREEMENT
THIS FIRST AMENDING AGREEMENT is made as of the 15th day of June, 2026.
BETWEEN:
MAPLE RIDGE ANALYTICS INC., a corporation existing under the laws of the Province of Ontario
(the "Company")
- and -
DR. SAMUEL ADEBAYO OKAFOR, an individual resident in the City of Ottawa, in the Province of Ontario
(the "Contractor")
WHEREAS:
A. The Company and the Contractor entered into an Independent Contractor Agreement dated January 5, 2025 (the "Contractor Agreement") for a term of thirty-six (36) months commencing on January 5, 2025, under which the Contractor provides biostatistical consulting services to the Company;
B. Section 14.3 of the Contractor Agreement provides that it may be amended only by written agreement signed by both parties; and
C. The parties wish to amend the Contractor Agreement to increase the Contractor's hourly rate and expand the scope of services, as set out below.
NOW THEREFORE in consideration of the mutual covenants herein and other good and valuable consideration (the receipt and sufficiency of which are hereby acknowledged), the parties agree as follows:
1. Defined Terms. Capitalized terms used but not defined herein have the meanings given to them in the Contractor Agreement.
2. Amendment Effective Date. The amendments made by this Amending Agreement take effect on July 1, 2026 (the "Amendment Effective Date").
3. Fees. Section 4.1 of the Contractor Agreement is deleted and replaced with: "The Company shall pay the Contractor CAD 185 per hour, plus applicable HST, invoiced monthly and payable within thirty (30) days of receipt of invoice."
4. Services. Schedule A of the Contractor Agreement is amended by adding: "(f) preparation of statistical analysis plans for Phase II clinical studies."
5. Non-Solicitation. Section 9.2 of the Contractor Agreement is amended by replacing "six (6) months" with "twelve (12) months".
6. No Other Changes. Except as amended by this Amending Agreement, the Contractor Agreement remains in full force and effect unamended, including Section 2.2, under which the Contractor Agreement renews automatically for successive twelve (12) month periods unless either party gives sixty (60) days' notice of non-renewal.
7. Governing Law. This Amending Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
8. Counterparts. This Amending Agreement may be executed in counterparts and delivered by electronic transmission, each of which shall be deemed an original.
IN WITNESS WHEREOF the parties have executed this Amending Agreement as of the date first written above.
MAPLE RIDGE ANALYTICS INC.
Per: ____________________ Name: Laura Chen-Beaudoin  Title: President
I have authority to bind the corporation.
SIGNED, SEALED AND DELIVERED in the presence of:
Witness: ____________________ Name: Tom Ferris
____________________ DR. SAMUEL ADEBAYO OKAFOR`,
    truth: {
      title: "First Amending Agreement",
      documentType: "Amendment",
      parties: ["Maple Ridge Analytics Inc.", "Samuel Adebayo Okafor"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      amends: "Independent Contractor Agreement",
    },
  },
];
