import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: people — service agreements, employment, consultancy, secondment, settlement, offer letters, powers of attorney, amendments. */
export const PEOPLE_V27: UnseenDocument[] = [
  {
    id: "v27-people-sg-director-service",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 12 June 2026
BETWEEN:
(1) MERIDIAN HARBOUR HOLDINGS PTE. LTD. (UEN 201812345K), a company incorporated in Singapore with its registered office at 80 Robinson Road, #14-02, Singapore 068898 (the “Company”); and
(2) TAN WEI LING (NRIC No. S8012345D) of 21 Jalan Kembangan, #03-11, Singapore 419152 (the “Executive”).
IT IS AGREED as follows:
# 1. Definitions
1.1 In this Agreement: “Appointment” means the employment of the Executive under this Agreement; “Board” means the board of directors of the Company from time to time; “Commencement Date” means 1 July 2026; “Group” means the Company and its subsidiaries; “Termination Date” means the date on which the Appointment ends.
# 2. Appointment and Term
2.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Chief Operating Officer and an executive director of the Company.
2.2 The Appointment shall be for a fixed term of three (3) years commencing on the Commencement Date, unless terminated earlier in accordance with Clause 5. Any extension of the Appointment beyond that term shall be agreed in writing by the parties before it ends.
2.3 The Executive's period of continuous employment with the Group began on 2 January 2019, when she joined Meridian Harbour Logistics Pte. Ltd.
# 3. Remuneration and Benefits
3.1 The Company shall pay the Executive a basic salary of S$396,000 per annum, payable in twelve equal instalments in arrears on or before the last working day of each month.
3.2 The Executive shall be eligible for an annual performance bonus at the discretion of the Remuneration Committee, payable within ninety (90) days after the Company's financial year end.
3.3 The Company shall contribute to the Central Provident Fund in accordance with the Central Provident Fund Act 1953.
# 4. Duties
4.1 The Executive shall devote the whole of her working time to the business of the Group and shall report to the Board.
===
# 5. Termination
5.1 Either party may terminate the Appointment by giving the other not less than six (6) months' written notice. The Company may elect to pay basic salary in lieu of all or part of the notice period.
5.2 The Company may terminate the Appointment summarily for gross misconduct or wilful breach of this Agreement.
# 6. Restrictions after Termination
6.1 For a period of twelve (12) months after the Termination Date the Executive shall not, in Singapore or Malaysia, be engaged or interested in any business which competes with the business of the Group.
6.2 For a period of eighteen (18) months after the Termination Date the Executive shall not solicit any senior employee or customer of the Group.
# 7. Confidentiality
7.1 The Executive's obligations of confidentiality shall survive the termination of the Appointment without limit in time.
# 8. Governing Law and Jurisdiction
8.1 This Agreement is governed by the laws of Singapore and the parties submit to the exclusive jurisdiction of the courts of Singapore.
SIGNED by LIM CHEE KEONG, Chairman, for and on behalf of MERIDIAN HARBOUR HOLDINGS PTE. LTD.
SIGNED by TAN WEI LING in the presence of: Rachel Goh, Advocate and Solicitor`,
    truth: {
      title: "Executive Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Meridian Harbour Holdings Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "3 years",
    },
  },
  {
    id: "v27-people-ca-consulting",
    format: "pdf",
    pdfMargin: 84,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”) by and between Lumenfield Analytics, Inc., a Delaware corporation with offices at 410 Townsend Street, Suite 200, San Francisco, California 94107 (the “Company”), and Rafael Ortiz, an individual residing at 2287 Lakeshore Avenue, Oakland, California 94606 (“Consultant”).
1. Services. Consultant shall provide the data-engineering advisory services described in Exhibit A (the “Services”) and shall devote up to twenty (20) hours per week to the Services.
2. Term. The term of this Agreement shall be twelve (12) months commencing on the Effective Date (the “Initial Term”). Upon expiration of the Initial Term, this Agreement shall automatically renew for successive six (6) month periods (each, a “Renewal Term”) unless either party notifies the other in writing of its intent not to renew at least thirty (30) days before the end of the then-current term.
3. Compensation. The Company shall pay Consultant $185 per hour. Consultant shall invoice monthly in arrears, and the Company shall pay each undisputed invoice within thirty (30) days of receipt. Pre-approved expenses will be reimbursed at cost.
4. Independent Contractor. Consultant is an independent contractor and not an employee of the Company. Consultant is not eligible for any employee benefit plan and is solely responsible for all taxes on amounts paid under this Agreement, which the Company will report on Form 1099.
5. Confidentiality. Consultant shall hold all Confidential Information in strict confidence. This obligation survives for five (5) years after the expiration or termination of this Agreement.
6. Intellectual Property. All work product created by Consultant in performing the Services is assigned to the Company. This assignment does not apply to any invention that qualifies fully under California Labor Code Section 2870.
7. Non-Solicitation. During the term and for twelve (12) months thereafter, Consultant shall not solicit any employee of the Company to leave its employ.
8. Termination. Either party may terminate this Agreement for convenience on fifteen (15) days' written notice to the other.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. The state and federal courts located in San Francisco County shall have exclusive jurisdiction.
10. Entire Agreement. This Agreement, including Exhibit A, is the entire agreement of the parties and supersedes the letter of intent dated January 20, 2026.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
LUMENFIELD ANALYTICS, INC.  By: Dana Whitcomb  Title: Chief Executive Officer
CONSULTANT: Rafael Ortiz
===
# EXHIBIT A – SERVICES
Review of the Company's data pipeline architecture and recommendations for migration to a streaming model.
Design and documentation of data-quality checks for the customer analytics platform.
Up to two (2) on-site workshops per quarter with the Company's engineering team.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Lumenfield Analytics, Inc.", "Rafael Ortiz"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v27-people-ie-secondment",
    format: "pdf",
    pageFooters: true,
    source: `# SECONDMENT AGREEMENT
# Particulars
| Date of this Agreement | 14 April 2026 |
| Employer | Corrib Engineering Designated Activity Company, a company incorporated in Ireland (registered number 612345) having its registered office at Dock Road, Galway H91 X2Y3 |
| Host | Shannonside Renewables Limited, a company incorporated in Ireland (registered number 598761) having its registered office at 3 Honan's Quay, Limerick V94 K8P2 |
| Secondee | Aoife Brennan, Senior Electrical Engineer |
| Commencement Date | 1 June 2026 |
| Secondment Period | From 1 June 2026 to 31 May 2027 |
| Secondment Fee | €9,850 per month plus VAT, invoiced monthly and payable within 30 days of invoice |
| Early termination notice | 2 months' written notice by either party |
This Agreement is made between the Employer and the Host named in the Particulars. The Secondee is not a party to this Agreement.
# 1. Secondment
1.1 The Employer agrees to make the services of the Secondee available to the Host for the Secondment Period, and the Host agrees to pay the Secondment Fee for those services.
1.2 The Secondee shall remain employed by the Employer throughout the Secondment Period under her contract of employment dated 3 September 2021, which is not varied by this Agreement.
1.3 The Employer shall remain responsible for the Secondee's salary, PRSA contributions and PAYE, PRSI and USC deductions.
# 2. Day-to-day Direction
2.1 The Host shall direct the Secondee's day-to-day work at its wind farm projects in Counties Clare and Kerry and shall comply with the Safety, Health and Welfare at Work Act 2005 in respect of her.
2.2 The Host shall notify the Employer promptly of any conduct or performance concern; disciplinary matters remain for the Employer.
===
# 3. Termination
3.1 Either party may end the secondment before the end of the Secondment Period by giving the early termination notice stated in the Particulars.
3.2 On the end of the secondment the Secondee shall return to work for the Employer.
# 4. Non-solicitation
4.1 For six (6) months after the secondment ends the Host shall not offer employment to the Secondee without the Employer's prior written consent.
# 5. Governing Law
5.1 This Agreement is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the courts of Ireland.
Signed for and on behalf of Corrib Engineering Designated Activity Company: Niamh Fahy, Director
Signed for and on behalf of Shannonside Renewables Limited: Cormac Hegarty, Chief Executive`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Corrib Engineering Designated Activity Company", "Shannonside Renewables Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v27-people-nz-offer-letter",
    format: "docx",
    storedPageCount: 2,
    source: `KŌWHAI DIGITAL LIMITED
Level 4, 22 Customhouse Quay, Wellington 6011 · www.kowhaidigital.co.nz
2 February 2026
PRIVATE AND CONFIDENTIAL
Ms Mere Parata
14 Kauri Street
Petone, Lower Hutt 5012
Dear Mere
# Offer of Employment
Position: Product Designer, reporting to the Head of Design
Following your interviews on 20 and 27 January 2026, we are delighted to offer you employment with Kōwhai Digital Limited on the terms set out in this letter, which together with the attached Schedule forms your individual employment agreement.
Your employment will commence on Monday 16 March 2026 (the “Commencement Date”). It is a permanent, full-time position and will continue until terminated by either party in accordance with this agreement.
A trial period of 90 days from the Commencement Date will apply under section 67A of the Employment Relations Act 2000.
Your salary will be NZ$112,000 per annum, paid fortnightly by direct credit. Your ordinary hours are 40 per week, Monday to Friday. We will contribute 4% of your gross salary to KiwiSaver.
After the trial period, either of us may end your employment by giving four weeks' written notice. You are entitled to annual holidays under the Holidays Act 2003, currently four weeks each year.
This agreement is governed by the laws of New Zealand. You are entitled to seek independent advice about it before signing.
Please sign and return a copy of this letter by 13 February 2026 to confirm your acceptance. If we have not heard from you by then, this offer will lapse.
Ngā mihi
Hemi Walker
Chief People Officer, Kōwhai Digital Limited
===
# Schedule – Acceptance
I, Mere Parata, have read and understood the terms of this offer, have had the opportunity to seek independent advice, and accept employment with Kōwhai Digital Limited on those terms.
Signed: Mere Parata
Date: 9 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Kōwhai Digital Limited", "Mere Parata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-16",
      term: "Until terminated",
    },
  },
  {
    id: "v27-people-ew-settlement",
    format: "docx",
    storedPageCount: 3,
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT
DATED 27 January 2026
(1) HARROWGATE LOGISTICS LIMITED
(2) DANIEL OKAFOR
# SETTLEMENT AGREEMENT
Agreed in accordance with section 203(3) of the Employment Rights Act 1996
===
THIS AGREEMENT is dated 27 January 2026
BETWEEN:
(1) HARROWGATE LOGISTICS LIMITED incorporated and registered in England and Wales with company number 04567123 whose registered office is at Unit 7, Thorp Arch Estate, Wetherby LS23 7BJ (the “Employer”); and
(2) DANIEL OKAFOR of 31 Beech Grove, Harrogate HG2 0ET (the “Employee”).
# BACKGROUND
(A) The Employee has been employed by the Employer as Regional Operations Manager under a contract of employment dated 4 September 2019 (the “Contract”).
(B) The parties have agreed that the Employee's employment will terminate on 31 January 2026 (the “Termination Date”) and have entered into this agreement to record the terms on which all claims are settled.
# AGREED TERMS
1. The Employer shall pay the Employee his salary and accrued holiday pay up to the Termination Date in the usual way.
2. Subject to the Employee's compliance with this agreement, the Employer shall pay the Employee £38,500 by way of compensation for loss of employment (the “Termination Payment”) within 28 days after the later of the Termination Date and the Employer's receipt of this agreement signed by the Employee and the adviser's certificate. The first £30,000 shall be paid without deduction of tax.
3. The Employer shall contribute up to £750 plus VAT towards the Employee's legal fees, payable directly to his adviser.
4. The Employee accepts the Termination Payment in full and final settlement of all claims he has or may have against the Employer or any Group Company arising out of his employment or its termination, including claims for unfair dismissal, wrongful dismissal and under the Equality Act 2010.
5. The restrictive covenants in clause 18 of the Contract, including the six-month non-solicitation covenant, shall continue to apply after the Termination Date.
6. The Employer shall provide a reference in the form set out in Schedule 2 to any prospective employer who requests one.
7. Each party shall keep the terms of this agreement confidential, save as required by law.
8. This agreement and any dispute or claim arising out of it shall be governed by and construed in accordance with the law of England and Wales, and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
===
# SCHEDULE 1 – ADVISER'S CERTIFICATE
I, Helen Carr of Carr Whitley Solicitors, 9 Park Parade, Harrogate HG1 5AF, confirm that I have given Daniel Okafor independent legal advice on the terms and effect of this agreement and in particular its effect on his ability to pursue a claim before an employment tribunal.
# SCHEDULE 2 – AGREED REFERENCE
Daniel Okafor was employed by Harrowgate Logistics Limited from 4 September 2019 to 31 January 2026, latterly as Regional Operations Manager.
Signed by Karen Blythe, HR Director, for and on behalf of HARROWGATE LOGISTICS LIMITED
Signed by DANIEL OKAFOR`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Harrowgate Logistics Limited", "Daniel Okafor"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-01-27",
    },
  },
  {
    id: "v27-people-hk-power-of-attorney",
    format: "docx",
    source: `# GENERAL POWER OF ATTORNEY
(Powers of Attorney Ordinance, Cap. 31)
THIS GENERAL POWER OF ATTORNEY is made on the 3rd day of March, 2026 by CHAN SIU MING, holder of Hong Kong Identity Card No. A123456(7), of Flat 12B, Tower 3, Laguna Verde, 8 Laguna Verde Avenue, Hung Hom, Kowloon, Hong Kong (the “Donor”).
1. I, the Donor, appoint CHAN KA YAN, holder of Hong Kong Identity Card No. Y765432(1), of Flat 7A, 33 Tai Hang Road, Hong Kong (the “Attorney”), to be my attorney in accordance with section 7 of the Powers of Attorney Ordinance.
2. Without limiting paragraph 1, the Attorney may in my name operate, open and close my accounts with The Hongkong and Shanghai Banking Corporation Limited and Hang Seng Bank Limited, collect rents under the tenancy of Flat 12B dated 1 August 2025 for a term of two years, and sign any document required for those purposes.
3. This Power of Attorney takes effect on the date of its execution and shall remain in force for a period of twelve (12) months from the date hereof, unless previously revoked by me by notice in writing to the Attorney.
4. I undertake to ratify whatever the Attorney lawfully does under this Power of Attorney.
5. This is not an enduring power of attorney and it will be revoked if I become mentally incapable.
6. This Power of Attorney shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
===
IN WITNESS whereof I have executed this Power of Attorney as a deed on the date first above written.
SIGNED, SEALED AND DELIVERED by CHAN SIU MING in the presence of:
Wong Tsz Hin, Solicitor, Hong Kong SAR, of Wong & Lau, 18/F Wing On House, 71 Des Voeux Road Central, Hong Kong
I, Wong Tsz Hin, certify that the Donor appeared to understand the nature and effect of this instrument when he signed it in my presence.`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Chan Siu Ming", "Chan Ka Yan"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
    },
  },
  {
    id: "v27-people-on-amending-agreement",
    format: "txt",
    source: `# AMENDING AGREEMENT
THIS AMENDING AGREEMENT is made as of the 15th day of May, 2026.
BETWEEN:
NORTHBAY COLD STORAGE INC., a corporation incorporated under the laws of the Province of Ontario (the “Corporation”)
- and -
PRIYA RAGHUNATHAN, of the City of Mississauga, in the Province of Ontario (the “Executive”)
WHEREAS the Corporation and the Executive are parties to an agreement entitled “Executive Employment Agreement” dated January 10, 2023 (the “Employment Agreement”), which was entered into when the Executive was based at the Corporation's Delta, British Columbia facility and which is governed by the laws of the Province of British Columbia;
AND WHEREAS the Executive has agreed to relocate to the Corporation's head office in Toronto and the parties wish to amend the Employment Agreement accordingly;
NOW THEREFORE in consideration of the mutual covenants herein and other good and valuable consideration, the parties agree as follows:
1. Effective Date. The amendments in this Amending Agreement take effect on June 1, 2026 (the “Amendment Effective Date”).
2. Position. Section 2.1 of the Employment Agreement is amended by replacing “Vice-President, Western Operations” with “Senior Vice-President, Operations”.
3. Base Salary. Section 4.1 of the Employment Agreement is amended by replacing “$215,000” with “$248,000”.
4. Place of Work. Section 2.4 of the Employment Agreement is deleted and replaced with: “The Executive's principal place of work shall be the Corporation's head office at 5100 Dixie Road, Toronto, Ontario.”
5. Relocation. The Corporation shall reimburse reasonable relocation expenses up to $30,000. If the Executive resigns within twelve (12) months after the Amendment Effective Date, she shall repay those expenses pro rata.
6. Termination Without Cause. Section 9.2 of the Employment Agreement is amended so that the notice period is twelve (12) months plus one (1) month for each completed year of service, to a maximum of eighteen (18) months, inclusive of all entitlements under the Employment Standards Act, 2000 (Ontario).
7. Governing Law. This Amending Agreement and the Employment Agreement, as amended by it, shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
8. Continuing Effect. Except as amended by this Amending Agreement, the Employment Agreement remains unchanged and in full force and effect.
IN WITNESS WHEREOF the parties have executed this Amending Agreement as of the date first written above.
NORTHBAY COLD STORAGE INC.  Per: Gordon Ashby, President and Chief Executive Officer
PRIYA RAGHUNATHAN  Witness: Lucy Tremblay`,
    truth: {
      title: "Amending Agreement",
      documentType: "Amendment",
      parties: ["Northbay Cold Storage Inc.", "Priya Raghunathan"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      amends: "Executive Employment Agreement",
    },
  },
  {
    id: "v27-people-sc-consultancy-minute",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
MINUTE OF AGREEMENT
between
GLENCAIRN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC498213) and having its Registered Office at 5 Exchange Crescent, Edinburgh EH3 8RA (“the Company”)
and
MORAG ELSPETH FRASER, residing at Tigh na Mara, Shore Road, Nairn IV12 4HE (“the Consultant”)
WHEREAS the Company wishes to engage the Consultant to advise on the development of its new malt whisky maturation programme and the Consultant has agreed to provide such advice on the terms of this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions. In this Minute of Agreement “Commencement Date” means 1 April 2026; “Engagement” means the engagement of the Consultant under this Minute of Agreement; and “Services” means the services described in Clause 3.
2. Duration. The Engagement shall be for a period of two years commencing on the Commencement Date, subject to earlier termination under Clause 7. The parties may agree in writing to extend the Engagement, but no extension shall arise otherwise.
3. Services. The Consultant shall provide maturation, cask selection and blending advice to the Company for not fewer than six days in each calendar month.
4. Fees. The Company shall pay the Consultant a fee of £650 per day worked, plus VAT if applicable, within 30 days of receipt of her monthly invoice.
5. Status. The Consultant is engaged as an independent contractor and nothing in this Minute of Agreement creates a contract of employment. The Consultant is responsible for her own income tax and National Insurance contributions.
6. Confidentiality and Intellectual Property. All recipes, blends and know-how disclosed to or developed by the Consultant in providing the Services belong to the Company. The obligations in this Clause continue for five years after the Engagement ends.
7. Termination. Either party may terminate the Engagement by giving the other not less than three months' notice in writing.
8. Non-solicitation. For twelve months after the Engagement ends the Consultant shall not solicit any employee of the Company.
9. Law. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents are executed as follows: they are subscribed for and on behalf of Glencairn Distillers Limited by Alasdair Munro, Director, at Edinburgh on 18 March 2026 before this witness, Eilidh Grant, Solicitor, Edinburgh; and by the said Morag Elspeth Fraser at Nairn on 20 March 2026 before this witness, Calum Ross, Bank Officer, Nairn.`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Glencairn Distillers Limited", "Morag Elspeth Fraser"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
    },
  },
];
