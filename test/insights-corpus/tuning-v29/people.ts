import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: people — service agreements, employment contracts, consultancy, secondment, settlement, offer letters, powers of attorney, amendments. */
export const PEOPLE_V29: UnseenDocument[] = [
  {
    id: "v29-people-scottish-executive-service",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE SERVICE AGREEMENT
between
CAIRNGORM RENEWABLES LIMITED
and
FIONA ISOBEL MACRAE
Shepherd Lindsay LLP, Solicitors, 18 Union Terrace, Aberdeen AB10 1NJ
===
EXECUTIVE SERVICE AGREEMENT between
CAIRNGORM RENEWABLES LIMITED, a company incorporated under the Companies Acts (registered number SC612384) and having its registered office at 4 Marischal Square, Broad Street, Aberdeen AB10 1BL (the “Company”); and
FIONA ISOBEL MACRAE, residing at 27 Rubislaw Den North, Aberdeen AB15 4AL (the “Executive”).
# 1. Definitions
In this Agreement: “Appointment” means the employment of the Executive by the Company under this Agreement; “Commencement Date” means 1 June 2026; “Group Company” means the Company and any subsidiary or holding company of it from time to time.
The Executive’s period of continuous employment began on 3 September 2019, her prior employment with Cairngorm Wind Services Limited counting towards it.
# 2. Appointment and term
The Company shall employ the Executive as Chief Financial Officer. The Appointment shall commence on the Commencement Date and shall continue, subject to clause 14, until terminated by either party giving to the other not less than six months’ prior notice in writing.
The Company may, during any period of notice, place the Executive on garden leave for a period not exceeding three months.
# 3. Remuneration
The Company shall pay the Executive a salary of £168,000 per annum, payable monthly in arrears on or about the last working day of each month, and reviewed annually on 1 April without obligation to increase it.
The Executive is eligible to participate in the Company’s annual bonus plan, any bonus being payable within 90 days after the audited accounts for the relevant financial year are approved.
# 4. Hours and place of work
The Executive shall work such hours as are necessary for the proper performance of her duties, principally at the Company’s Aberdeen office.
# 14. Termination
The Company may terminate the Appointment with immediate effect by notice in writing if the Executive commits any act of gross misconduct or is disqualified from acting as a director.
# 15. Restrictions after termination
For a period of twelve months after the Appointment ends the Executive shall not solicit or deal with any Restricted Customer, and for a period of six months shall not be engaged in any Competing Business within Scotland.
# 16. Governing law and jurisdiction
This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages are subscribed as follows:
Subscribed for and on behalf of the Company at Aberdeen on 21 May 2026 by Alasdair Grant, Director, before this witness: Morag Stewart, 4 Marischal Square, Aberdeen.
Subscribed by the Executive at Aberdeen on 23 May 2026 before this witness: Iain Ross, 27 Rubislaw Den North, Aberdeen.`,
    truth: {
      title: "Executive Service Agreement",
      documentType: "Employment agreement",
      parties: ["Cairngorm Renewables Limited", "Fiona Isobel MacRae"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v29-people-ontario-consulting-renewing",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (the “Agreement”) is made and entered into as of the 9th day of March, 2026 (the “Effective Date”), by and among:
NORTHERN LUMEN ANALYTICS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 200 King Street West, Suite 1400, Toronto, Ontario M5H 3T4 (the “Company”);
OKAFOR ADVISORY SERVICES LTD., a corporation incorporated under the laws of the Province of Ontario, having its registered office at 88 City Centre Drive, Mississauga, Ontario L5B 1M5 (the “Consultant”); and
GABRIEL OKAFOR, an individual residing in the City of Mississauga, Ontario (the “Principal”).
# Recitals
A. The Company wishes to retain the Consultant to provide data governance advisory services, and the Consultant wishes to provide those services through the Principal.
B. The Principal is a party to this Agreement for the purposes of Sections 6 and 7.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Services
1.1 The Consultant shall cause the Principal to provide the services described in Schedule A (the “Services”) for not fewer than eight (8) days per calendar month.
# 2. Term
2.1 The term of this Agreement shall commence on the Effective Date and continue for an initial period of twelve (12) months (the “Initial Term”).
2.2 Thereafter, this Agreement shall automatically renew for successive renewal periods of six (6) months each unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
===
# 3. Fees and Invoicing
3.1 The Company shall pay the Consultant a fee of CAD $1,450 per day, plus applicable HST. The Consultant shall invoice monthly and each invoice is payable within thirty (30) days of receipt.
# 4. Independent Contractor
4.1 Nothing in this Agreement creates an employment relationship between the Company and the Consultant or the Principal. The Consultant is solely responsible for all source deductions and remittances relating to the Principal.
# 5. Termination
5.1 Either party may terminate this Agreement for convenience on sixty (60) days’ written notice, or immediately on written notice if the other party commits a material breach that is not cured within fifteen (15) days.
# 6. Confidentiality
6.1 The Consultant and the Principal shall keep the Company’s Confidential Information confidential during the term and for five (5) years thereafter.
# 7. Non-Solicitation
7.1 For twelve (12) months following the end of this Agreement, neither the Consultant nor the Principal shall solicit any employee of the Company to leave its employment.
# 8. Governing Law
8.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
| NORTHERN LUMEN ANALYTICS INC. | OKAFOR ADVISORY SERVICES LTD. |
| Per: Helen Vasquez-Baird, Chief Data Officer | Per: Gabriel Okafor, President |
| I have authority to bind the corporation. | I have authority to bind the corporation. |
SIGNED by GABRIEL OKAFOR in the presence of: Priya Deshmukh, Witness.
# Schedule A – Services
Data governance framework review; privacy impact assessments under PIPEDA; quarterly reporting to the Company’s Audit Committee.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Northern Lumen Analytics Inc.", "Okafor Advisory Services Ltd.", "Gabriel Okafor"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-08",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v29-people-singapore-offer-letter",
    format: "txt",
    source: `MERIDIAN QUAY PTE. LTD.
(UEN 201912345K)
1 Harbourfront Avenue, #14-02 Keppel Bay Tower, Singapore 098632
2 February 2026
PRIVATE & CONFIDENTIAL
Ms Tan Wei Ling
Blk 512 Bishan Street 13, #07-221
Singapore 570512
Dear Wei Ling,
# OFFER OF EMPLOYMENT
Following your interviews with us, we are pleased to offer you the position of Senior Product Designer with Meridian Quay Pte. Ltd. (the “Company”) on the terms set out in this letter.
1. Commencement. Your employment will commence on 2 March 2026 (the “Commencement Date”). Your employment is permanent and will continue until terminated by either party in accordance with this letter.
2. Probation. You will be on probation for the first three (3) months. During probation either party may end your employment by giving one (1) week’s notice.
3. Salary. Your basic salary will be S$8,200 per month, paid on the 25th day of each month, together with an Annual Wage Supplement of one month’s basic salary payable in December.
4. Hours and leave. Your normal working hours are 9.00 a.m. to 6.00 p.m., Monday to Friday. You are entitled to 18 working days of paid annual leave per calendar year, in addition to public holidays.
5. Notice. After confirmation, either party may terminate your employment by giving one (1) month’s notice in writing or salary in lieu of notice.
6. Non-solicitation. For six (6) months after your employment ends you must not solicit any client or employee of the Company with whom you dealt in your last twelve months of service.
7. Governing law. This letter and your employment shall be governed by the laws of Singapore.
This offer remains open for acceptance until 9 February 2026. Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours sincerely,
Rachel Goh
Head of People
For and on behalf of Meridian Quay Pte. Ltd.
ACCEPTANCE
I, Tan Wei Ling (NRIC S8812345D), accept the offer of employment on the terms set out above.
Signature: ______________________   Date: 5 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Meridian Quay Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v29-people-ni-settlement",
    format: "pdf",
    pdfMargin: 84,
    source: `WITHOUT PREJUDICE
# SETTLEMENT AGREEMENT
THIS AGREEMENT is made on the twentieth day of January two thousand and twenty-six
BETWEEN:
(1) LAGAN VALLEY CARE SERVICES LIMITED, a company incorporated in Northern Ireland with registered number NI654321, whose registered office is at 14 Bachelor’s Walk, Lisburn BT28 1XJ (the “Employer”); and
(2) DECLAN PATRICK McALEESE of 7 Hillsborough Road, Dromore BT25 1QW (the “Employee”).
# 1. Interpretation
“Contract of Employment” means the contract of employment between the Employer and the Employee dated 4 April 2018; “Termination Date” means 31 January 2026.
# 2. Termination of employment
2.1 The Employee’s employment will terminate on the Termination Date. The Employer will pay the Employee his salary and accrued but untaken holiday up to the Termination Date in the normal way.
2.2 Subject to the Employee’s compliance with this Agreement, the Employer will pay the Employee the sum of £34,500 as compensation for loss of employment within 21 days of the later of the Termination Date and receipt by the Employer of a copy of this Agreement signed by the Employee.
# 3. Claims
3.1 The Employee accepts the terms of this Agreement in full and final settlement of all claims he has or may have against the Employer arising out of his employment or its termination, including claims of unfair dismissal under the Employment Rights (Northern Ireland) Order 1996.
3.2 The conditions regulating settlement agreements under Article 245 of the Employment Rights (Northern Ireland) Order 1996 are satisfied in relation to this Agreement.
# 4. Confidentiality and reference
4.1 The parties shall keep the terms of this Agreement confidential, save as required by law. The Employer shall provide a reference in the form set out in Schedule 2.
4.2 The restrictions in clause 19 of the Contract of Employment, which apply for nine months after the Termination Date, shall continue to bind the Employee.
# 5. Governing law
This Agreement shall be governed by and construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts and industrial tribunals of Northern Ireland.
===
Signed by Siobhan Quinn, Director, for and on behalf of Lagan Valley Care Services Limited: ______________________
Signed by Declan Patrick McAleese: ______________________
# Schedule 1 – Adviser’s Certificate
I, Conor Hegarty of Hegarty Brennan Solicitors, 3 Margaret Street, Newry BT34 1DF, confirm that I am a relevant independent adviser and that I have advised the Employee on the terms and effect of this Agreement, in particular its effect on his ability to pursue his rights before an industrial tribunal.
Signed: Conor Hegarty   Dated: 19 January 2026
# Schedule 2 – Agreed Reference
Declan McAleese was employed by Lagan Valley Care Services Limited from 4 April 2018 to 31 January 2026 as Regional Care Manager.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Care Services Limited", "Declan Patrick McAleese"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-20",
    },
  },
  {
    id: "v29-people-nsw-secondment-details",
    format: "docx",
    source: `# SECONDMENT AGREEMENT
# Details
| Date | 15 June 2026 |
| Employer | Harbourline Engineering Pty Ltd ACN 612 345 678 of Level 9, 1 Market Street, Sydney NSW 2000 |
| Host | Coastal Rail Infrastructure Pty Ltd ACN 098 765 432 of 50 Hunter Street, Newcastle NSW 2300 |
| Secondee | Thomas Aroha Whitfield |
| Role | Senior Signalling Engineer |
| Commencement Date | 1 July 2026 |
| Secondment Period | From 1 July 2026 to 30 June 2027 |
| Secondment Fee | $28,500 per month plus GST, payable within 14 days after receipt of a tax invoice |
| Governing law | New South Wales |
# Background
A. The Secondee is employed by the Employer under an employment contract dated 3 February 2021.
B. The Host wishes to obtain the services of the Secondee, and the Employer has agreed to make the Secondee’s services available to the Host for the Secondment Period on the terms of this agreement.
# 1. Secondment
1.1 The Employer must make the Secondee available to the Host for the Secondment Period to perform the Role under the day-to-day direction of the Host.
1.2 The Host may ask to extend the Secondment Period by up to six months by notice given at least 30 days before it ends. Any extension takes effect only if the Employer agrees to it in writing.
# 2. Employment continues
2.1 The Secondee remains employed by the Employer throughout the Secondment Period. The Employer remains responsible for the Secondee’s salary, superannuation and workers compensation cover.
# 3. Fee
3.1 The Host must pay the Secondment Fee to the Employer monthly in arrears.
# 4. Early termination
4.1 Either party may end the secondment early by giving the other at least four weeks’ written notice.
# 5. Non-solicitation
5.1 During the Secondment Period and for six months after it ends, the Host must not offer employment to the Secondee without the Employer’s prior written consent.
# 6. Governing law
6.1 This agreement is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of its courts.
# Execution
Executed by Harbourline Engineering Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director – Nadia Kourakis; Director/Secretary – Peter Lum.
Executed by Coastal Rail Infrastructure Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director – Simon Tregear; Director/Secretary – Alice Ngata.
Secondee’s acknowledgement: I, Thomas Aroha Whitfield, acknowledge the terms of this secondment and agree to comply with the Host’s reasonable directions and policies. Signed 18 June 2026.`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Harbourline Engineering Pty Ltd", "Coastal Rail Infrastructure Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
    },
  },
  {
    id: "v29-people-iom-power-of-attorney",
    format: "pdf",
    pageFooters: true,
    source: `# POWER OF ATTORNEY
THIS DEED is made on 9 March 2026
BETWEEN:
(1) ELLAN VANNIN GAMING SERVICES LIMITED, a company incorporated in the Isle of Man with company number 012345C, whose registered office is at Third Floor, 30 Athol Street, Douglas, Isle of Man IM1 1JB (the “Company”); and
(2) CATRIONA MARY KINVIG of Thie Veg, Ballanard Road, Onchan, Isle of Man IM3 1EL (the “Attorney”).
# 1. Appointment
1.1 The Company appoints the Attorney to be its attorney, in its name and on its behalf, to do any of the things set out in clause 2.
1.2 The Attorney signs this deed to confirm that she accepts the appointment and the limits placed on it.
# 2. Powers
2.1 To negotiate, sign and deliver contracts of employment with persons employed or to be employed by the Company in the Isle of Man at an annual salary not exceeding £95,000.
2.2 To sign and submit applications for work permits and related correspondence to the Isle of Man Government Immigration Office.
2.3 To sign settlement agreements with departing employees, provided that no such agreement provides for a payment exceeding £40,000 or a notice period exceeding three months.
# 3. Duration
3.1 This power of attorney shall remain in force for a period of twelve (12) months from the date of this deed, unless revoked earlier by the Company by written notice to the Attorney.
# 4. Ratification
4.1 The Company undertakes to ratify anything done by the Attorney within the scope of clause 2 while this power of attorney is in force, and to confirm any such act in writing within 14 days if asked to do so.
# 5. Governing law
5.1 This deed is governed by and shall be construed in accordance with the laws of the Isle of Man.
===
IN WITNESS of which this document has been executed as a deed and delivered on the date stated at the beginning.
Executed as a deed by ELLAN VANNIN GAMING SERVICES LIMITED acting by two directors: Paul Corlett, Director; Jennifer Quayle, Director.
Signed as a deed by CATRIONA MARY KINVIG in the presence of: Witness name: Thomas Skillicorn; Address: 4 Derby Road, Douglas; Occupation: Advocate.`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Ellan Vannin Gaming Services Limited", "Catriona Mary Kinvig"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-09",
      term: "12 months",
    },
  },
  {
    id: "v29-people-texas-first-amendment",
    format: "docx",
    storedPageCount: 2,
    source: `# FIRST AMENDMENT TO EXECUTIVE EMPLOYMENT AGREEMENT
This First Amendment to Executive Employment Agreement (this “Amendment”) is entered into as of August 14, 2026 (the “Amendment Effective Date”), by and between Bluebonnet Therapeutics, Inc., a Delaware corporation with its principal office at 3300 North Lamar Boulevard, Austin, Texas 78705 (the “Company”), and Marcus J. Delacroix (“Executive”).
# RECITALS
WHEREAS, the Company and Executive are parties to that certain Executive Employment Agreement dated as of January 6, 2025 (the “Agreement”), which provides for an initial term of three (3) years that renews automatically for successive one (1) year periods unless either party gives ninety (90) days’ notice of non-renewal;
WHEREAS, the Agreement is governed by the laws of the State of Texas; and
WHEREAS, the Company has promoted Executive to the position of Chief Operating Officer, and the parties wish to amend the Agreement as set forth herein.
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Position. Section 2.1 of the Agreement is amended by replacing “Senior Vice President, Clinical Operations” with “Chief Operating Officer”.
2. Base Salary. Section 4.1 of the Agreement is amended so that, with effect from September 1, 2026, Executive’s Base Salary shall be $465,000 per year, payable in accordance with the Company’s regular payroll practices.
3. Severance. In Section 8.3 of the Agreement, the words “six (6) months” are replaced with “twelve (12) months”, so that the Severance Period is twelve (12) months following the Termination Date.
4. Non-Competition. In Section 9.1 of the Agreement, the Restricted Period is extended from twelve (12) months to eighteen (18) months following termination of employment.
===
5. No Other Changes. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. References in the Agreement to “this Agreement” include the Agreement as amended by this Amendment.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
| BLUEBONNET THERAPEUTICS, INC. | EXECUTIVE |
| By: Laura Whitcombe | Marcus J. Delacroix |
| Title: Chief Executive Officer | Date: August 17, 2026 |
| Date: August 14, 2026 | |`,
    truth: {
      title: "First Amendment to Executive Employment Agreement",
      documentType: "Amendment",
      parties: ["Bluebonnet Therapeutics, Inc.", "Marcus J. Delacroix"],
      governingLaw: "Texas",
      effectiveDate: "2026-08-14",
      amends: "Executive Employment Agreement",
    },
  },
  {
    id: "v29-people-india-consultancy",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
This Consultancy Agreement is executed at Bengaluru on this 5th day of January, 2026
BY AND BETWEEN
SARVAM AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U72900KA2017PTC104512 and its registered office at No. 48, 3rd Cross, HAL 2nd Stage, Indiranagar, Bengaluru 560 038 (hereinafter referred to as the “Company”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
DR. ANJALI RAGHAVAN, aged about 46 years, residing at Flat 12B, Prestige Lakeside, Whitefield, Bengaluru 560 066 (hereinafter referred to as the “Consultant”, which expression shall, unless repugnant to the context or meaning thereof, include her heirs, executors and administrators) of the OTHER PART.
The Company and the Consultant are hereinafter individually referred to as a “Party” and collectively as the “Parties”.
WHEREAS the Company is engaged in the development of precision irrigation systems and desires to avail the services of the Consultant, a soil scientist, on the terms and conditions set out herein.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. SCOPE. The Consultant shall advise the Company on soil health research, field trial design and the training of the Company’s agronomy staff, and shall devote not less than six (6) days per month to such services.
2. TERM. This Agreement shall be for a period of two (2) years commencing on 1st February, 2026 (the “Effective Date”) and ending on 31st January, 2028, unless terminated earlier in accordance with Clause 8. The Agreement may be renewed for such further period as the Parties may mutually agree in writing.
3. RETAINER FEE. The Company shall pay the Consultant a retainer fee of INR 3,50,000 (Rupees Three Lakh Fifty Thousand only) per month, subject to deduction of tax at source, within fifteen (15) days of receipt of her invoice.
4. STATUS. The Consultant is an independent professional and nothing herein shall constitute an employer-employee relationship between the Parties.
5. CONFIDENTIALITY. The Consultant shall keep all confidential information of the Company strictly confidential during the term and for a period of three (3) years thereafter.
6. INTELLECTUAL PROPERTY. All research data, reports and inventions made by the Consultant in the course of the services shall vest in the Company.
7. NON-SOLICITATION. For twelve (12) months after the expiry or termination of this Agreement, the Consultant shall not solicit any employee of the Company.
8. TERMINATION. Either Party may terminate this Agreement by giving thirty (30) days’ prior written notice to the other Party.
9. GOVERNING LAW AND ARBITRATION. This Agreement shall be governed by and construed in accordance with the laws of India. Any dispute shall be referred to a sole arbitrator under the Arbitration and Conciliation Act, 1996, the seat of arbitration being Bengaluru, and subject thereto the courts at Bengaluru shall have exclusive jurisdiction.
10. STAMP DUTY. This Agreement is executed on non-judicial stamp paper of the requisite value under the Karnataka Stamp Act, 1957, and the stamp duty shall be borne by the Company.
IN WITNESS WHEREOF the Parties have set their hands on the day, month and year first above written.
For SARVAM AGRITECH PRIVATE LIMITED: Karthik Subramanian, Managing Director
DR. ANJALI RAGHAVAN
Witnesses: 1. Meera Pillai, Bengaluru  2. Rohan D’Souza, Bengaluru`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Sarvam Agritech Private Limited", "Anjali Raghavan"],
      governingLaw: "India",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "2 years",
    },
  },
];
