import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: people — service agreements, employment contracts, consultancy, secondment, settlement, offer letters, powers of attorney, amendments. */
export const PEOPLE_V26: UnseenDocument[] = [
  {
    id: "v26-people-scottish-directors-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
MINUTE OF AGREEMENT
between
CAIRNGORM RENEWABLES PLC, a company incorporated under the Companies Acts (registered number SC612274) and having its registered office at 40 Queen's Road, Aberdeen AB15 4YE (the "Company")
and
ALASDAIR JAMES FRASER, residing at 9 Ferryhill Terrace, Aberdeen AB11 6SQ (the "Executive")
# 1. Definitions
1.1 In this Agreement: "Appointment" means the employment of the Executive under this Agreement; "Commencement Date" means 1 May 2026; "Group" means the Company and its subsidiaries from time to time; "Restricted Period" means the period of nine months following the Termination Date; and "Termination Date" means the date on which the Appointment terminates.
# 2. Appointment and duration
2.1 The Company appoints the Executive as Chief Operating Officer of the Company with effect from the Commencement Date. The Executive's period of continuous employment began on 6 January 2020, when he joined Cairngorm Energy Services Limited, a member of the Group.
2.2 The Appointment shall continue until terminated by either party giving to the other not less than twelve months' prior written notice, or otherwise in accordance with clause 7.
2.3 During any period of notice the Company may require the Executive to take garden leave for a period not exceeding six months.
===
# 3. Duties
3.1 The Executive shall devote the whole of his working time to the business of the Group and shall report to the Chief Executive Officer and the board of directors of the Company.
# 4. Remuneration
4.1 The Company shall pay the Executive a basic salary of £185,000 per annum, payable by equal monthly instalments in arrears on or about the 25th day of each month. Salary will be reviewed (without obligation to increase it) on 1 April in each year.
4.2 The Executive may participate in the Company's annual bonus scheme, the rules of which are non-contractual.
# 5. Holidays
5.1 The Executive is entitled to 30 working days' holiday in each holiday year running from 1 January to 31 December, in addition to Scottish public holidays.
# 6. Restrictive covenants
6.1 During the Restricted Period the Executive shall not be engaged in any business within Scotland which competes with the business of the Group, and for twelve months after the Termination Date he shall not solicit any senior employee of the Group.
# 7. Termination
7.1 The Company may terminate the Appointment with immediate effect by written notice if the Executive commits any act of gross misconduct or becomes bankrupt.
# 8. Governing law
8.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are executed as follows:
Subscribed for and on behalf of CAIRNGORM RENEWABLES PLC at Aberdeen on 14 April 2026 by Morag Elizabeth Duncan, Director, before this witness: Kirsty Anne Reid, Solicitor, 22 Union Grove, Aberdeen
Subscribed by ALASDAIR JAMES FRASER at Aberdeen on 16 April 2026 before this witness: Hamish Peter Gordon, 3 Rubislaw Den North, Aberdeen`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Cairngorm Renewables plc", "Alasdair James Fraser"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
  {
    id: "v26-people-colorado-consulting-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between Ridgeline Outdoor Brands, LLC, a Colorado limited liability company with its principal office at 1550 Wynkoop Street, Suite 400, Denver, Colorado 80202 (the "Company"), and Albright Advisory Group LLC, a Wyoming limited liability company ("Consultant"), acting through its sole member, Marcus T. Albright.
# RECITALS
WHEREAS, the Company wishes to engage Consultant to provide supply-chain and sourcing advisory services, and Consultant wishes to provide such services, on the terms and subject to the conditions set forth below;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Services. Consultant shall provide the services described in Exhibit A (the "Services"). The Services shall be performed personally by Marcus T. Albright, and Consultant shall not subcontract the Services without the Company's prior written consent.
2. Term. The term of this Agreement shall commence on the Effective Date and continue for a period of twelve (12) months (the "Initial Term"). Thereafter, this Agreement shall automatically renew for successive periods of three (3) months each (each, a "Renewal Term") unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Compensation. The Company shall pay Consultant a retainer of $12,500 per month. Consultant shall invoice monthly in arrears, and each invoice shall be payable within thirty (30) days of receipt. Reasonable pre-approved travel expenses shall be reimbursed at cost.
4. Independent Contractor. Consultant is an independent contractor and not an employee, partner or agent of the Company. Consultant is solely responsible for all taxes on amounts paid under this Agreement.
===
5. Confidentiality. Consultant shall hold the Company's Confidential Information in strict confidence. This obligation shall survive for three (3) years after the expiration or termination of this Agreement.
6. Non-Solicitation. During the term of this Agreement and for six (6) months thereafter, Consultant shall not solicit any employee of the Company to leave its employ.
7. Termination. Either party may terminate this Agreement for convenience upon sixty (60) days' prior written notice, or immediately upon a material breach by the other party that remains uncured ten (10) days after written notice.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Colorado, without regard to its conflict of laws principles. The parties consent to the exclusive venue of the state and federal courts located in the City and County of Denver.
9. Entire Agreement. This Agreement constitutes the entire agreement between the parties and supersedes the letter of intent between them dated January 20, 2026.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| RIDGELINE OUTDOOR BRANDS, LLC | ALBRIGHT ADVISORY GROUP LLC |
| By: /s/ Dana K. Whitfield | By: /s/ Marcus T. Albright |
| Name: Dana K. Whitfield | Name: Marcus T. Albright |
| Title: Chief Executive Officer | Title: Sole Member |
# EXHIBIT A — SERVICES
Review of the Company's Asia-Pacific supplier base; negotiation support for the 2027 footwear sourcing round; monthly written reports to the Chief Operating Officer.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Ridgeline Outdoor Brands, LLC", "Albright Advisory Group LLC"],
      governingLaw: "Colorado",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "3 months",
    },
  },
  {
    id: "v26-people-singapore-secondment-agreement",
    format: "pdf",
    pdfMargin: 90,
    source: `DATED 18 May 2026
# SECONDMENT AGREEMENT
between
KESTREL ENGINEERING PTE. LTD.
(as Employer)
and
MARINA CAUSEWAY INFRASTRUCTURE PTE. LTD.
(as Host)
relating to the secondment of Mr Daniel Lim Wei Jie
===
# KEY DETAILS
| Employer | Kestrel Engineering Pte. Ltd. (UEN 200812345K), 10 Anson Road, #22-01 International Plaza, Singapore 079903 |
| Host | Marina Causeway Infrastructure Pte. Ltd. (UEN 201534567W), 1 Marina Boulevard, #18-02, Singapore 018989 |
| Secondee | Mr Daniel Lim Wei Jie, Senior Project Engineer, an employee of the Employer |
| Secondment Period | from 1 June 2026 to 31 May 2027 (both dates inclusive) |
| Commencement Date | 1 June 2026 |
| Secondment Fee | S$14,800 per month plus GST, invoiced monthly in arrears and payable within 30 days of invoice |
| Early termination | either party on 2 months' written notice |
# TERMS
1. In consideration of the Secondment Fee, the Employer agrees to make the services of the Secondee available to the Host for the Secondment Period on the terms of this Agreement, and the Host accepts those services.
2. The Secondee remains employed by the Employer throughout the Secondment Period. The Employer shall continue to pay the Secondee's salary and CPF contributions. The Host shall direct the Secondee's day-to-day work at its project office at Tuas.
3. The Secondment Period may be extended only by a written agreement signed by the Employer and the Host before its last day. There is no automatic extension.
4. All intellectual property created by the Secondee for the Host during the Secondment Period shall vest in the Host.
5. Neither party shall, during the Secondment Period and for 12 months after it ends, solicit for employment any employee of the other party with whom it had dealings in connection with this Agreement.
6. The obligations of confidentiality in this Agreement survive for five years after the end of the Secondment Period.
7. The Secondee is not a party to this Agreement. His consent to the secondment is recorded in a separate letter to him from the Employer dated 12 May 2026.
8. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed for and on behalf of KESTREL ENGINEERING PTE. LTD. by Tan Mei Ling, Director
Signed for and on behalf of MARINA CAUSEWAY INFRASTRUCTURE PTE. LTD. by Rajesh Kumar s/o Subramaniam, Chief Executive Officer`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Kestrel Engineering Pte. Ltd.", "Marina Causeway Infrastructure Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v26-people-northern-ireland-settlement-agreement",
    format: "docx",
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 20 March 2026
BETWEEN:
(1) LAGAN VALLEY LOGISTICS LIMITED, a company incorporated in Northern Ireland with company number NI634512, whose registered office is at Unit 4, Blaris Industrial Estate, Lisburn BT27 5QB (the "Employer"); and
(2) CIARAN PATRICK DEVLIN of 17 Hillhall Road, Lisburn BT27 5JA (the "Employee").
# BACKGROUND
(A) The Employee has been employed by the Employer as Regional Transport Manager since 2 September 2019 under a contract of employment dated 15 August 2019 (the "Employment Contract").
(B) The parties have agreed that the Employee's employment will terminate on the Termination Date. They have entered into this agreement to record the terms on which all claims the Employee has or may have against the Employer are settled. This agreement satisfies the conditions regulating settlement agreements under Article 245 of the Employment Rights (Northern Ireland) Order 1996.
# 1. Termination
1.1 The Employee's employment will terminate on 31 March 2026 (the "Termination Date"). The Employer will pay the Employee's salary and provide his contractual benefits up to the Termination Date in the usual way.
1.2 The Employer will pay the Employee £13,750, equal to three months' basic salary, in lieu of his contractual notice period, subject to deductions for tax and national insurance.
# 2. Settlement payment
2.1 Subject to the Employee's compliance with this agreement, the Employer shall pay the Employee £28,000 (the "Settlement Payment") as compensation for loss of employment, within 28 days of the later of the Termination Date and the Employer's receipt of a copy of this agreement signed by the Employee together with the adviser's certificate in Schedule 1.
2.2 The parties believe that the first £30,000 of the Settlement Payment and any other termination payments may be paid free of tax.
# 3. Waiver of claims
3.1 The Employee accepts the Settlement Payment in full and final settlement of all claims against the Employer and any Group Company arising out of his employment or its termination, including claims for unfair dismissal, redundancy pay, and discrimination under the Sex Discrimination (Northern Ireland) Order 1976.
# 4. Continuing obligations
4.1 The post-termination restrictions in clause 18 of the Employment Contract, including the six-month non-solicitation covenant, continue to apply in accordance with their terms.
4.2 The Employer will provide a reference in the form set out in Schedule 2 to any prospective employer who requests one.
# 5. Independent advice
5.1 The Employee has received independent legal advice from Orla Keane of Keane & Co Solicitors, 12 Bow Street, Lisburn, a relevant independent adviser, as to the terms and effect of this agreement. The Employer will contribute up to £500 plus VAT towards the Employee's legal fees.
# 6. Governing law and jurisdiction
6.1 This agreement is governed by the law of Northern Ireland, and the courts and industrial tribunals of Northern Ireland have exclusive jurisdiction over any dispute arising from it.
===
Signed by GARETH MILLIGAN, Director, for and on behalf of LAGAN VALLEY LOGISTICS LIMITED
Signed by CIARAN PATRICK DEVLIN
# SCHEDULE 1 — ADVISER'S CERTIFICATE
I, Orla Keane, of Keane & Co Solicitors, confirm that I have advised Ciaran Patrick Devlin as to the terms and effect of the above agreement, and in particular its effect on his ability to pursue his rights before an industrial tribunal. Signed: Orla Keane. Date: 20 March 2026.
# SCHEDULE 2 — AGREED REFERENCE
Ciaran Devlin was employed by Lagan Valley Logistics Limited from 2 September 2019 to 31 March 2026, latterly as Regional Transport Manager.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Logistics Limited", "Ciaran Patrick Devlin"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-20",
    },
  },
  {
    id: "v26-people-ontario-fixed-term-offer-letter",
    format: "pdf",
    pageFooters: true,
    source: `NORTHSHORE ANALYTICS INC.
220 Bay Street, Suite 1500, Toronto, Ontario M5J 2W4 | www.northshoreanalytics.ca
March 10, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raman
48 Glenforest Road
Mississauga, Ontario L5B 2X1
# Offer of Employment
Dear Priya:
Further to our conversations and your interview on February 26, 2026, we are pleased to offer you employment with Northshore Analytics Inc. ("Northshore") as Senior Data Engineer, reporting to the Director, Data Platforms, on the following terms.
1. Term. This is a fixed-term position for eighteen (18) months commencing on May 4, 2026 (the "Commencement Date"). Your employment will end at the close of the fixed term unless extended by a written agreement signed by both of us; it will not renew by itself.
2. Salary. Your base salary will be CAD $128,000 per year, less applicable withholdings, paid bi-weekly in arrears.
3. Probation. The first three (3) months of your employment will be a probationary period.
4. Benefits. You will be eligible to join Northshore's group health and dental plans after ninety (90) days of continuous service.
5. Vacation. You will be entitled to three (3) weeks of paid vacation per calendar year, prorated for partial years.
6. Early Termination. Northshore may end your employment before the end of the fixed term by providing you with the minimum notice, termination pay and severance pay (if any) required by the Employment Standards Act, 2000, and nothing more.
===
7. Confidentiality. As a condition of employment you must sign our Confidentiality and Intellectual Property Agreement, enclosed, which includes a non-solicitation covenant lasting twelve (12) months after your employment ends.
8. Governing Law. This letter agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
9. Acceptance. Please sign and return a copy of this letter by March 20, 2026, after which this offer will lapse.
We look forward to welcoming you to the team.
Yours sincerely,
Northshore Analytics Inc.
Jonathan Okafor
Vice President, People & Culture
# ACCEPTANCE
I, Priya Raman, have read, understood and accept the terms of employment set out in this letter.
Signature: Priya Raman
Date: March 14, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northshore Analytics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-04",
      expiryDate: "2027-11-03",
      term: "18 months",
    },
  },
  {
    id: "v26-people-isle-of-man-general-power-of-attorney",
    format: "txt",
    source: `# GENERAL POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made as a deed on the third day of March two thousand and twenty-six BETWEEN:
(1) THOMAS EDWARD KINRADE of Ballavarkish Farm, Colby, Isle of Man IM9 4AD (the "Donor"); and
(2) MARGARET ANNE QUAYLE of 14 Victoria Road, Douglas, Isle of Man IM2 4ER (the "Attorney"), who is a party to this deed for the purpose of accepting her appointment.
WHEREAS the Donor is to reside in Western Australia for work from April 2026 and wishes to appoint the Attorney to manage his affairs in the Isle of Man during his absence.
NOW THIS DEED WITNESSES as follows:
1. Appointment. The Donor appoints the Attorney to be his attorney, with authority to do on his behalf anything which he can lawfully do by an attorney, and the Attorney accepts the appointment.
2. Particular powers. Without limiting clause 1, the Attorney may: (a) operate the Donor's accounts with Isle of Man Bank Limited; (b) collect the rent payable under the lease of Ballavarkish Cottage granted for a term of five years from 1 October 2023, and give receipts for it; (c) sign returns and correspondence addressed to the Income Tax Division of the Treasury; and (d) sell livestock and farm equipment at a price not less than market value.
3. Duration. This power of attorney takes effect on the date of this deed and shall remain in force for a period of twelve months from that date, after which it shall lapse, unless revoked earlier by written notice from the Donor to the Attorney. It may be extended only by a fresh deed.
4. Reliance. Any person dealing with the Attorney may rely on a certificate signed by the Attorney, dated not more than 14 days earlier, that this power has not been revoked.
5. Ratification. The Donor undertakes to ratify whatever the Attorney lawfully does or causes to be done under this power.
6. Accounts. The Attorney shall keep proper accounts of all dealings under this power and shall send a copy to the Donor every six months.
7. Governing law. This deed is governed by and shall be construed in accordance with the laws of the Isle of Man.
IN WITNESS whereof this deed has been executed by the parties on the date first written above.
SIGNED AS A DEED and DELIVERED by THOMAS EDWARD KINRADE in the presence of:
Witness: Juan Christian Corlett, Advocate, Athol Street, Douglas
SIGNED AS A DEED and DELIVERED by MARGARET ANNE QUAYLE in the presence of:
Witness: Catriona Skillicorn, Notary Public, Prospect Hill, Douglas`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Thomas Edward Kinrade", "Margaret Anne Quayle"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
    },
  },
  {
    id: "v26-people-nsw-deed-of-variation-executive-service",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF VARIATION
Executive Service Agreement — Daniel James O'Connor
THIS DEED is made on 12 June 2026
# PARTIES
| Company | Harbourside Capital Pty Ltd ACN 612 345 078 in its capacity as trustee of the Harbourside Unit Trust, of Level 21, 60 Margaret Street, Sydney NSW 2000 |
| Executive | Daniel James O'Connor of 5 Wunulla Road, Point Piper NSW 2027 |
# BACKGROUND
A. The Company and the Executive are parties to an Executive Service Agreement dated 1 February 2023 (the "Agreement"), under which the Executive was employed as Chief Investment Officer for an initial term of three years from 1 February 2023. The Agreement has continued since the end of that term on the same terms.
B. The parties wish to vary the Agreement with effect from the Variation Date as set out in this deed.
# OPERATIVE PROVISIONS
1. Definitions. Capitalised terms used in this deed have the meaning given to them in the Agreement. "Variation Date" means 1 July 2026.
2. Variation. With effect from the Variation Date the Agreement is varied as follows:
(a) clause 5.1 is deleted and replaced with: "The Company will pay the Executive a Total Fixed Remuneration of A$465,000 per annum, inclusive of superannuation contributions.";
(b) in clause 14.1 (notice of termination), "three months" is replaced with "six months"; and
(c) in clause 17.2, the Restraint Period of "six months" is replaced with "twelve months".
===
3. Confirmation. Except as varied by this deed, the Agreement continues in full force and effect, and the Agreement and this deed are to be read together as one document.
4. Trustee limitation of liability. The Company enters into this deed only in its capacity as trustee of the Harbourside Unit Trust. Its liability under this deed is limited to the extent it can be satisfied out of the assets of that trust from which it is actually indemnified.
5. Costs. Each party bears its own costs of negotiating and executing this deed.
6. Governing law. This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
7. Counterparts. This deed may be executed in any number of counterparts, including by electronic signature under the Electronic Transactions Act 2000 (NSW).
===
# EXECUTED AS A DEED
Executed by Harbourside Capital Pty Ltd ACN 612 345 078 as trustee of the Harbourside Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Sophie Louise Tran | Director/Secretary: Michael Anthony Reyes |
Signed, sealed and delivered by Daniel James O'Connor in the presence of:
| Witness: Elena Papadopoulos | Date: 12 June 2026 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Harbourside Capital Pty Ltd", "Daniel James O'Connor"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Executive Service Agreement",
    },
  },
  {
    id: "v26-people-kenya-fixed-term-contract-of-employment",
    format: "txt",
    source: `# CONTRACT OF EMPLOYMENT
(Fixed Term)
# 1. Interpretation
1.1 In this Contract, "the Employer" and "the Employee" mean the persons so described in the execution section at the end of this Contract, and "the Act" means the Employment Act, 2007.
1.2 "Commencement Date" means 1 July 2026.
# 2. Appointment and term
2.1 The Employer employs the Employee as Finance and Administration Manager, based at the Employer's offices in Westlands, Nairobi.
2.2 The employment is for a fixed term of two (2) years from the Commencement Date and shall expire on 30 June 2028, unless terminated earlier in accordance with this Contract.
2.3 The first six (6) months of employment are a probationary period, during which either party may terminate the employment by giving seven (7) days' written notice in accordance with section 42 of the Act.
2.4 This Contract may be renewed for a further term only by written agreement made not less than one (1) month before its expiry. There is no automatic renewal and the Employee shall have no expectation of renewal.
# 3. Remuneration
3.1 The Employee shall be paid a gross monthly salary of KES 420,000 on or before the last working day of each month, subject to PAYE, NSSF, SHIF and Affordable Housing Levy deductions.
# 4. Hours and leave
4.1 Normal working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday. The Employee is entitled to twenty-one (21) working days of annual leave with full pay in each year of service.
# 5. Termination
5.1 After confirmation, either party may terminate this Contract by giving one (1) month's written notice or paying one month's salary in lieu of notice.
# 6. Confidentiality and non-solicitation
6.1 The Employee's duty of confidentiality continues for two (2) years after the end of the employment. For six (6) months after the end of the employment the Employee shall not solicit any client of the Employer.
# 7. Governing law
7.1 This Contract is governed by the laws of Kenya, and any dispute shall be determined by the Employment and Labour Relations Court at Nairobi.
# EXECUTION
Employer: SAVANNAH AGRITECH SOLUTIONS LIMITED (Company No. PVT-AAB1234XYZ), of P.O. Box 40123-00100, Nairobi
Signed for the Employer by Wanjiru Kamau, Managing Director. Date: 9 June 2026
Employee: JOSEPH OTIENO ODHIAMBO (National ID No. 23456789), of P.O. Box 5521-40100, Kisumu
Signed by the Employee. Date: 11 June 2026
In the presence of: Grace Njeri Mwangi, Advocate of the High Court of Kenya`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Savannah Agritech Solutions Limited", "Joseph Otieno Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
    },
  },
];
