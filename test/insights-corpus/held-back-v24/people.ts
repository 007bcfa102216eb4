import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: documents about people — service, consultancy, secondment, settlement, offer, power of attorney, amendment. */
export const PEOPLE_V24: UnseenDocument[] = [
  {
    id: "v24-people-scottish-executive-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE SERVICE AGREEMENT
MINUTE OF AGREEMENT
between
CALEDONIAN SUBSEA SERVICES LIMITED, a company incorporated under the Companies Acts (registered number SC512347) and having its registered office at 9 Riverside Quay, Aberdeen AB11 5PD (the "Company")
and
FIONA MARGARET BUCHANAN, residing at 22 Rubislaw Den North, Aberdeen AB15 4AN (the "Executive")
# 1. Definitions
1.1 In this Agreement: "Commencement Date" means 2 February 2026; "Board" means the board of directors of the Company from time to time; "Group Company" means the Company, any subsidiary or holding company of it and any subsidiary of such holding company; "Termination Date" means the date on which the Executive's employment ends, however arising.
# 2. Appointment and duration
2.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Chief Operating Officer with effect from the Commencement Date.
2.2 The Executive's period of continuous employment began on 4 August 2021, when she joined Caledonian Subsea Holdings Limited, a Group Company.
2.3 The appointment shall continue until terminated by either party giving to the other not less than six months' written notice, or otherwise in accordance with clause 9.
# 3. Remuneration
3.1 The Company shall pay the Executive a salary of £165,000 per annum, which shall accrue from day to day and be payable by equal monthly instalments in arrear on or before the last working day of each month.
3.2 The salary shall be reviewed by the Remuneration Committee annually, the first review to take place in April 2027. There is no obligation to increase the salary on any review.
# 4. Holidays
4.1 The Executive is entitled to thirty working days' holiday in each holiday year, which runs from 1 January to 31 December, in addition to the public holidays observed in Aberdeen.
===
# 5. Garden leave
5.1 Following service of notice by either party, the Board may require the Executive not to attend work for all or part of the notice period, which shall not exceed six months.
# 6. Restrictions after termination
6.1 The Executive agrees to the restrictions set out in the Schedule, each of which is separate and severable.
# 7. Law and jurisdiction
7.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
| Subscribed for and on behalf of the Company | Subscribed by the Executive |
| at Aberdeen on 14 January 2026 | at Aberdeen on 16 January 2026 |
| by Alasdair Ross Grant, Director | Fiona Margaret Buchanan |
| before this witness: Morag Elspeth Innes, 3 Albyn Place, Aberdeen | before this witness: Calum John Reid, 8 Union Row, Aberdeen |
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Caledonian Subsea Services Limited and Fiona Margaret Buchanan.
1. For twelve months after the Termination Date the Executive shall not be engaged or concerned in any Restricted Business within the United Kingdom Continental Shelf.
2. For twelve months after the Termination Date the Executive shall not solicit or entice away any Key Employee.
3. For nine months after the Termination Date the Executive shall not deal with any Restricted Customer.
4. Each period above is reduced by any period the Executive spends on garden leave under clause 5.`,
    truth: {
      title: "Executive Service Agreement",
      documentType: "Employment agreement",
      parties: ["Caledonian Subsea Services Limited", "Fiona Margaret Buchanan"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-02",
      term: "Until terminated",
    },
  },
  {
    id: "v24-people-new-york-consulting-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”) by and between Harbor Point Analytics, LLC, a Delaware limited liability company with offices at 350 Hudson Street, Suite 900, New York, New York 10014 (the “Company”), and Marcus T. Ellison, an individual residing at 41 Linden Avenue, Montclair, New Jersey 07042 (“Consultant”).
WHEREAS, the Company desires to retain Consultant to provide data engineering advisory services, and Consultant desires to provide such services, on the terms and subject to the conditions set forth below;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Services. Consultant shall provide the services described in Exhibit A (the “Services”) and shall devote not less than sixty (60) hours per calendar month to the Services.
2. Term. The term of this Agreement shall commence on the Effective Date and shall continue for twelve (12) months (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive six (6) month periods (each, a “Renewal Term”) unless either party notifies the other in writing of its intent not to renew at least thirty (30) days before the end of the then-current term.
3. Termination. Either party may terminate this Agreement for convenience upon forty-five (45) days’ prior written notice, or immediately upon written notice if the other party materially breaches this Agreement and fails to cure such breach within ten (10) days.
4. Compensation. The Company shall pay Consultant at the rate of $185 per hour. Consultant shall invoice the Company monthly in arrears, and the Company shall pay each undisputed invoice within thirty (30) days of receipt.
5. Independent Contractor. Consultant is an independent contractor and not an employee, partner or agent of the Company, and shall be solely responsible for all taxes on amounts paid under this Agreement.
6. Confidentiality. Consultant shall hold all Confidential Information in strict confidence. The obligations in this Section 6 shall survive for three (3) years following the expiration or termination of this Agreement.
7. Non-Solicitation. During the Term and for twelve (12) months thereafter, Consultant shall not, directly or indirectly, solicit for employment any employee of the Company.
8. Work Product. All deliverables created by Consultant in performing the Services are works made for hire and shall be the sole property of the Company.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in New York County.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| HARBOR POINT ANALYTICS, LLC | CONSULTANT |
| By: /s/ Dana R. Whitfield | /s/ Marcus T. Ellison |
| Name: Dana R. Whitfield | Marcus T. Ellison |
| Title: Managing Member | Date: March 4, 2026 |
# EXHIBIT A – SERVICES
1. Design and review of the Company’s cloud data warehouse architecture.
2. Advice on data pipeline reliability, monitoring and cost optimization.
3. Mentoring of the Company’s data engineering team, including two (2) onsite workshops per quarter.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Harbor Point Analytics, LLC", "Marcus T. Ellison"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v24-people-nz-secondment-agreement",
    format: "txt",
    source: `# SECONDMENT AGREEMENT
Date: 15/05/2026
# Parties
1. Kōwhai Engineering Limited (NZBN 9429041234567), of Level 6, 110 Featherston Street, Wellington 6011 (Employer)
2. Tasman Water Services Limited (NZBN 9429049876543), of 15 Trafalgar Street, Nelson 7010 (Host)
# Background
A. Aroha Ngata (Secondee) is employed by the Employer as a Senior Hydraulic Engineer under an individual employment agreement dated 7 March 2022.
B. The Host has asked the Employer to provide the services of the Secondee for the Host's Waimea network upgrade, and the Employer has agreed to do so on the terms of this agreement.
# Agreement
1. Definitions
1.1 In this agreement: Commencement Date means 1 June 2026; Secondment Period means the period from 1 June 2026 to 30 November 2027, unless ended earlier under clause 7; Secondment Fee means the fee set out in clause 4.
2. Secondment
2.1 The Employer will provide the services of the Secondee to the Host for the Secondment Period. The Secondee remains employed by the Employer throughout, and nothing in this agreement creates an employment relationship between the Secondee and the Host.
2.2 The Secondee is not a party to this agreement, but has confirmed to the Employer in writing that she consents to the secondment.
3. Duties and location
3.1 The Secondee will work under the day-to-day direction of the Host's Network Delivery Manager, principally at the Host's Richmond depot, and will observe the Host's health and safety policies.
4. Secondment Fee
4.1 The Host will pay the Employer a monthly fee of NZ$21,400 plus GST. The Employer will invoice on the 20th of each month and each invoice is payable by the 20th of the following month.
5. Extension
5.1 The parties may extend the Secondment Period by up to six months by written agreement signed before 31 October 2027. No extension takes effect otherwise.
6. Non-solicitation
6.1 The Host will not offer employment to the Secondee during the Secondment Period or for six months after it ends without the Employer's prior written consent.
7. Early termination
7.1 Either party may end the secondment early by giving the other not less than two months' written notice. The secondment ends automatically if the Secondee's employment with the Employer ends.
8. Governing law
8.1 This agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
Signed for Kōwhai Engineering Limited by Rawiri Te Hau, Chief Executive
Signed for Tasman Water Services Limited by Gemma Louise Fairweather, General Manager`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Kōwhai Engineering Limited", "Tasman Water Services Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v24-people-guernsey-power-of-attorney",
    format: "pdf",
    pageFooters: true,
    source: `# GENERAL POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed on the twelfth day of February two thousand and twenty-six
BETWEEN
(1) PETER JOHN OZANNE of La Vieille Maison, Route de la Hougue du Pommier, Castel, Guernsey GY5 7FQ (the "Donor"); and
(2) HELEN MARY OZANNE of the same address (the "Attorney").
WHEREAS the Donor is to be seconded by his employer, Sarnia Fiduciary Services Limited, to its office in Singapore from 1 March 2026 and wishes to appoint the Attorney to manage his affairs in the Bailiwick of Guernsey during his absence.
NOW THIS DEED WITNESSES as follows:
1. The Donor appoints the Attorney to be his true and lawful attorney and in his name and on his behalf to do anything which he can lawfully do by an attorney.
2. Without limiting clause 1, the Attorney may: (a) operate any bank or investment account held by the Donor alone; (b) manage, insure and repair the Donor's property known as La Vieille Maison, and let it for any term not exceeding three years; (c) sign and submit the Donor's income tax returns and deal with the Revenue Service; and (d) receive and give receipts for any money due to the Donor.
3. The Attorney may not sell, charge or otherwise dispose of any real property of the Donor without his prior written consent.
===
4. This Power of Attorney takes effect on the date of this deed and shall remain in force for a period of eighteen (18) months from that date, unless revoked earlier by the Donor by notice in writing to the Attorney.
5. The Donor undertakes to ratify whatever the Attorney lawfully does under this power. Any act done by the Attorney in good faith within fourteen days after revocation and before the Attorney has notice of the revocation shall be valid as regards any person dealing with the Attorney.
6. The Attorney accepts the appointment and agrees to keep proper accounts of all dealings under this power and to produce them to the Donor on request.
7. This Power of Attorney is governed by the laws of the Island of Guernsey.
IN WITNESS whereof this Power of Attorney has been executed as a deed on the date first written above.
| SIGNED as a deed by PETER JOHN OZANNE | in the presence of: Nicola Jane Brehaut, Advocate, St Peter Port |
| SIGNED by HELEN MARY OZANNE in acceptance of the appointment | in the presence of: Nicola Jane Brehaut, Advocate, St Peter Port |`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Peter John Ozanne", "Helen Mary Ozanne"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-02-12",
      expiryDate: "2027-08-12",
      term: "18 months",
    },
  },
  {
    id: "v24-people-england-settlement-agreement",
    format: "docx",
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT
# SETTLEMENT AGREEMENT
BRIGHTWATER LOGISTICS LIMITED
and
SAMUEL ADEBAYO OKAFOR
===
THIS AGREEMENT is dated 27 April 2026
# PARTIES
(1) BRIGHTWATER LOGISTICS LIMITED incorporated and registered in England and Wales with company number 07123456 whose registered office is at Unit 4, Meridian Park, Leicester LE19 1WX (the "Employer"); and
(2) SAMUEL ADEBAYO OKAFOR of 18 Clarendon Park Road, Leicester LE2 3AJ (the "Employee").
# BACKGROUND
(A) The Employee has been employed by the Employer since 1 September 2019 under a contract of employment dated 12 August 2019 (the "Employment Contract").
(B) The parties have agreed to enter into this agreement to record the terms on which the Employee's employment will terminate and to settle the claims referred to in clause 6.
# AGREED TERMS
1. Termination. The Employee's employment will terminate on 30 April 2026 (the "Termination Date"). The Employer will pay the Employee's salary and contractual benefits up to the Termination Date in the usual way.
2. Payment in lieu of notice. The Employer will pay the Employee £14,250, representing his three months' contractual notice period, less deductions for income tax and national insurance contributions.
3. Termination Payment. Subject to the Employee's compliance with this agreement, the Employer will pay the Employee £38,000 as compensation for loss of employment (the "Termination Payment") within 28 days of the later of the Termination Date and the date on which the Employer receives a copy of this agreement signed by the Employee together with the signed adviser's certificate. The parties believe that the first £30,000 may be paid free of tax.
4. Restrictive covenants. The Employee acknowledges that the restrictions in clause 19 of the Employment Contract (non-competition for six months and non-solicitation for twelve months after the Termination Date) remain in full force and effect.
5. Reference. The Employer will provide a reference in the form set out in Schedule 2 to any prospective employer who requests one.
6. Waiver of claims. The Employee agrees that the terms of this agreement are in full and final settlement of all claims which he has or may have against the Employer or any Group Company, including claims for unfair dismissal, wrongful dismissal and discrimination.
7. Statutory conditions. The conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996 and section 147(3) of the Equality Act 2010 are satisfied. The Employee has received independent advice from Rachel Dhillon of Harcourt Lane Solicitors LLP, 7 Friar Lane, Leicester LE1 5RB, as to the terms and effect of this agreement.
8. Legal fees. The Employer will contribute up to £600 plus VAT towards the Employee's legal fees, payable directly to Harcourt Lane Solicitors LLP on receipt of an invoice addressed to the Employee and marked payable by the Employer.
9. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Karen Elizabeth Holt, HR Director, for and on behalf of Brightwater Logistics Limited | ........................ |
| Signed by Samuel Adebayo Okafor | ........................ |
# SCHEDULE 1 ADVISER'S CERTIFICATE
I, Rachel Dhillon of Harcourt Lane Solicitors LLP, confirm that I have given Samuel Adebayo Okafor independent legal advice on the terms and effect of this agreement, that I am a solicitor holding a current practising certificate, and that a contract of insurance covering the risk of a claim in respect of loss arising from that advice is in force.
Signed: ........................ Date: 27 April 2026
# SCHEDULE 2 AGREED REFERENCE
We confirm that Samuel Adebayo Okafor was employed by Brightwater Logistics Limited from 1 September 2019 to 30 April 2026, latterly as Regional Transport Manager.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Brightwater Logistics Limited", "Samuel Adebayo Okafor"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-27",
    },
  },
  {
    id: "v24-people-ontario-offer-letter",
    format: "txt",
    source: `NORTHERN LIGHTS ROBOTICS INC.
1200 Bay Street, Suite 1500, Toronto, Ontario M5R 2A5 | www.northernlightsrobotics.ca
May 8, 2026
PERSONAL AND CONFIDENTIAL – Delivered by email
Ms. Priya Raman
77 Wellesley Street East, Apartment 1208
Toronto, Ontario M4Y 1H6
# Re: Offer of Employment
Dear Priya:
On behalf of Northern Lights Robotics Inc. (the "Company"), I am delighted to offer you employment in the position of Senior Controls Engineer, reporting to the Director of Automation. This letter replaces our conditional offer email of April 30, 2026 and sets out the terms of our offer.
1. Start Date. Your employment will commence on June 1, 2026 (the "Commencement Date"). Your employment is for an indefinite term and will continue until terminated in accordance with section 7 of this letter.
2. Probation. The first three (3) months of your employment will be a probationary period, during which the Company will assess your suitability for the role.
3. Salary. Your starting base salary will be CAD $128,000 per year, less applicable withholdings, paid bi-weekly in arrears by direct deposit.
4. Bonus. You will be eligible to participate in the Company's annual bonus plan, with a target of 10% of base salary, payable by March 31 following the end of each plan year.
5. Vacation. You will be entitled to three (3) weeks' paid vacation in each calendar year, prorated for 2026.
6. Benefits. You will be enrolled in the Company's group health and dental plan from the first day of the month following ninety (90) days of service.
7. Termination. The Company may terminate your employment without cause at any time by providing you with the minimum notice or pay in lieu of notice, severance pay (if applicable) and benefits continuation required by the Employment Standards Act, 2000 (Ontario), and nothing more. You may resign by giving the Company four (4) weeks' written notice.
8. Confidentiality and Non-Solicitation. As a condition of employment, you must sign the enclosed Confidentiality, Invention Assignment and Non-Solicitation Agreement, whose non-solicitation covenant continues for twelve (12) months after your employment ends.
9. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario.
This offer is open for acceptance until 5:00 p.m. (Toronto time) on May 15, 2026. To accept, please sign below and return a copy to me.
We look forward to welcoming you to the team.
Yours truly,
NORTHERN LIGHTS ROBOTICS INC.
Per: Daniel Okonkwo-Reyes
Vice President, People & Culture
ACCEPTANCE
I, Priya Raman, accept the offer of employment on the terms set out in this letter.
Signature: ______________________ Date: May 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northern Lights Robotics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v24-people-singapore-fixed-term-employment",
    format: "docx",
    storedPageCount: 3,
    source: `# FIXED-TERM EMPLOYMENT CONTRACT
# Part A – Key Terms
| Item | Details |
| Employer | Meridian Ledger Pte. Ltd. (UEN 201934567K), 8 Marina View, #27-01 Asia Square Tower 1, Singapore 018960 |
| Employee | Tan Wei Ling (NRIC S8812345D), Blk 45 Jalan Bukit Merah, #12-08, Singapore 150045 |
| Job Title | Head of Regulatory Compliance |
| Commencement Date | 1 July 2026 |
| Fixed Term | Two (2) years from and including the Commencement Date |
| Probation | Six (6) months from the Commencement Date |
| Basic Salary | S$14,500 per month, payable on or before the 7th day of the following month |
| Notice Period | One (1) month during probation; three (3) months thereafter |
| Annual Leave | 21 working days per calendar year, prorated for any partial year |
| Date of this Contract | 9 June 2026 |
===
# Part B – Standard Terms
1. Term. The Employee's employment shall be for the Fixed Term and shall end automatically on the last day of the Fixed Term without the need for notice, unless terminated earlier under clause 8. The Employer may offer to renew the employment for a further term, but any renewal requires a fresh written agreement signed by both parties.
2. Duties. The Employee shall perform the duties of the Job Title and such other duties as the Employer may reasonably assign, and shall comply with all directions of the Monetary Authority of Singapore applicable to her role.
3. Hours of work. Normal working hours are 9.00 a.m. to 6.00 p.m., Monday to Friday, with one hour for lunch.
4. Bonus. Any performance bonus is discretionary and, if awarded, will be paid in March of the following year. The Employee must be in employment and not under notice on the payment date.
5. Medical benefits. The Employee is entitled to 14 days' outpatient sick leave and 60 days' hospitalisation leave per year, and to coverage under the Employer's group medical insurance.
6. Confidentiality. The Employee's confidentiality obligations continue indefinitely after the employment ends.
7. Non-solicitation. For a period of twelve (12) months after the Employee ceases to be employed, she shall not solicit any client or employee of the Employer with whom she had material dealings in the last twelve (12) months of her employment.
8. Termination. Either party may terminate this Contract before the end of the Fixed Term by giving the Notice Period or paying salary in lieu of notice.
9. Governing law. This Contract is governed by the laws of the Republic of Singapore, and the parties submit to the non-exclusive jurisdiction of the courts of Singapore.
===
| Signed for and on behalf of Meridian Ledger Pte. Ltd. | Accepted and agreed by the Employee |
| Name: Lim Boon Keat | Name: Tan Wei Ling |
| Designation: Chief Executive Officer | Date: 11 June 2026 |
| Date: 9 June 2026 | |`,
    truth: {
      title: "Fixed-Term Employment Contract",
      documentType: "Employment agreement",
      parties: ["Meridian Ledger Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
    },
  },
  {
    id: "v24-people-difc-employment-amendment",
    format: "pdf",
    pdfMargin: 84,
    source: `# AMENDMENT NO. 1 TO EMPLOYMENT AGREEMENT
This Amendment No. 1 (the "Amendment") is made on 18 August 2026 between the employer and the employee whose names appear in the execution block at the end of this Amendment (respectively the "Employer" and the "Employee").
# Recitals
A. The Employer and the Employee are parties to an employment agreement dated 1 March 2024 (the "Employment Agreement"), under which the Employee is employed as Portfolio Manager for a fixed term of three (3) years from 1 March 2024.
B. Before joining the Employer, the Employee was employed by an affiliate of the Employer in Abu Dhabi under a contract governed by the laws of the Abu Dhabi Global Market, which terminated on 28 February 2024.
C. The parties wish to amend the Employment Agreement with effect from 1 September 2026 (the "Amendment Effective Date") to reflect the Employee's promotion.
# Agreed terms
1. Definitions. Capitalised terms used but not defined in this Amendment have the meanings given to them in the Employment Agreement.
2. Position. With effect from the Amendment Effective Date, clause 2.1 of the Employment Agreement is deleted and replaced with: "The Employee shall be employed as Head of Fixed Income, reporting to the Chief Investment Officer."
3. Salary. With effect from the Amendment Effective Date, the Employee's basic salary under clause 5.1 shall be AED 92,000 per month and the housing allowance under clause 5.2 shall be AED 25,000 per month, each payable monthly in arrears.
4. Deferred bonus. Clause 6.4 is amended so that any deferred bonus awarded on or after the Amendment Effective Date vests in three equal tranches over a period of thirty-six (36) months from the date of award.
5. Notice. Clause 14.1 is amended so that the notice period required from either party is four (4) months instead of three (3) months.
6. No other changes. Except as amended by this Amendment, the Employment Agreement, including its term, remains in full force and effect.
7. Governing law. This Amendment is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction over any dispute arising out of it.
===
# Execution
| For and on behalf of FALCON CREST CAPITAL (DIFC) LIMITED | Signed by the Employee |
| Name: Sarah Whitcombe | OMAR KHALID AL-HASHIMI |
| Title: Chief People Officer | Date: 19 August 2026 |
| Date: 18 August 2026 | |`,
    truth: {
      title: "Amendment No. 1 to Employment Agreement",
      documentType: "Amendment",
      parties: ["Falcon Crest Capital (DIFC) Limited", "Omar Khalid Al-Hashimi"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-09-01",
      amends: "Employment Agreement",
    },
  },
];
