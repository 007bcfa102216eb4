import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23, people: employment, service, consultancy, secondment, settlement, power of attorney and variation documents. */
export const PEOPLE_V23: UnseenDocument[] = [
  {
    id: "v23-people-executive-service-agreement-sheffield",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE SERVICE AGREEMENT
between
HALDEN & ROWE HOLDINGS PLC
and
DR PRIYA RAMAN-WHITFIELD
Chief Operating Officer
Carver Lund LLP, 9 Paradise Square, Sheffield S1 2DE (Ref: HRH/0412/PRW)
===
THIS AGREEMENT is dated 3 March 2026
# PARTIES
(1) HALDEN & ROWE HOLDINGS PLC, a public limited company incorporated and registered in England and Wales with company number 04417823 whose registered office is at 22 Carver Street, Sheffield S1 4FS (the “Company”); and
(2) DR PRIYA RAMAN-WHITFIELD of 7 Ranmoor Park Road, Sheffield S10 3GX (the “Executive”).
# 1. INTERPRETATION
1.1 In this agreement: “Commencement Date” means 1 April 2026; “Group Company” means the Company, each of its subsidiaries (including Halden & Rowe Engineering Limited and H&R Precision Castings Limited) and any holding company of the Company from time to time; “Restricted Period” means the period of nine months immediately following the Termination Date, less any period of garden leave.
# 2. APPOINTMENT AND TERM
2.1 The Company shall employ the Executive and the Executive shall serve the Company as Chief Operating Officer.
2.2 The appointment shall commence on the Commencement Date and shall continue, subject to the remaining terms of this agreement, until terminated by either party giving to the other not less than twelve months’ prior written notice.
2.3 The Executive’s period of continuous employment began on 14 September 2019, when she joined Halden & Rowe Engineering Limited. No employment with a previous employer counts towards continuous employment.
2.4 The Executive shall serve a probationary period of six months, during which the notice period in clause 2.2 shall be three months.
# 3. REMUNERATION
3.1 The Company shall pay the Executive a salary of £245,000 per annum, payable in equal monthly instalments in arrears on or about the 25th day of each month.
3.2 The Executive may participate in the Halden & Rowe Annual Bonus Plan on the terms set by the Remuneration Committee from time to time, at its absolute discretion.
# 4. RESTRICTIONS
4.1 The Executive shall not, during the Restricted Period, be employed or engaged in any Restricted Business in competition with any Group Company, or solicit any Key Employee or Restricted Customer.
4.2 Clauses 4 and 5 (Confidential Information) shall survive termination of this agreement for a period of two years.
# 5. GOVERNING LAW
5.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Marcus Ellery, Director, for and on behalf of HALDEN & ROWE HOLDINGS PLC | ................................ |
| Witnessed by Joanne Petrakis, Company Secretary, 22 Carver Street, Sheffield S1 4FS | ................................ |
| Signed by DR PRIYA RAMAN-WHITFIELD | ................................ |`,
    truth: {
      title: "Executive Service Agreement",
      documentType: "Employment agreement",
      parties: ["Halden & Rowe Holdings plc", "Priya Raman-Whitfield"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v23-people-consulting-agreement-colorado",
    format: "pdf",
    pdfMargin: 84,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of the 17th day of February, 2026 (the “Effective Date”), by and between Bluestem 360 Analytics, LLC, a Colorado limited liability company with its principal office at 1550 Wynkoop Street, Suite 400, Denver, Colorado 80202 (“Company”), and Marisol Q. Ortega-Lindqvist, an individual residing at 88 Pearl Street, Boulder, Colorado 80302 (“Consultant”).
# RECITALS
WHEREAS, Company provides data engineering and analytics services to its customers, including Northwind Freight Systems, Inc., a Delaware corporation (the “Client”), under a Master Services Agreement dated June 2, 2025 (the “Client Agreement”); and
WHEREAS, Company wishes to retain Consultant, and Consultant wishes to be retained, to provide the services described in Exhibit A on the terms set forth below.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Services. Consultant shall perform the services set out in Exhibit A (the “Services”) as an independent contractor and not as an employee, agent or partner of Company. Consultant shall report to Company’s Director of Delivery, Ms. Keisha Armstrong-Bell.
2. Term. The term of this Agreement shall commence on the Effective Date and shall continue for a period of twelve (12) months (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive periods of six (6) months each (each, a “Renewal Term”) unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Compensation. Company shall pay Consultant USD 145 per hour. Consultant shall invoice monthly and Company shall pay each undisputed invoice within forty-five (45) days of receipt.
4. Client Terms. Consultant acknowledges that the Client Agreement is governed by the laws of the State of Delaware and agrees to comply with its confidentiality and data-protection provisions as if Consultant were a party to it, although Consultant is not a party to the Client Agreement.
5. Non-Solicitation. During the term and for eighteen (18) months after its expiration or termination, Consultant shall not solicit any employee of Company or provide services directly to the Client.
6. Termination. Either party may terminate this Agreement for convenience upon sixty (60) days’ prior written notice. Sections 4, 5, 7 and 8 shall survive any termination or expiration for three (3) years.
7. Confidentiality. Consultant shall hold all Confidential Information in strict confidence and use it only to perform the Services.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Colorado, without regard to its conflict of laws principles. The parties submit to the exclusive jurisdiction of the state and federal courts located in the City and County of Denver, Colorado.
9. Entire Agreement. This Agreement, including Exhibit A, constitutes the entire agreement between the parties and supersedes the letter of intent dated January 30, 2026.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| COMPANY: | CONSULTANT: |
| BLUESTEM 360 ANALYTICS, LLC | |
| By: ______________________ | ______________________ |
| Name: Devon K. Archer | Marisol Q. Ortega-Lindqvist |
| Title: Managing Member | Date: February 19, 2026 |
| Date: February 17, 2026 | |
===
# EXHIBIT A – SERVICES
Design and maintenance of freight-telemetry data pipelines for the Client; weekly status reporting to Company; attendance at quarterly planning sessions in Denver, Colorado.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Bluestem 360 Analytics, LLC", "Marisol Q. Ortega-Lindqvist"],
      governingLaw: "Colorado",
      effectiveDate: "2026-02-17",
      expiryDate: "2027-02-16",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v23-people-secondment-agreement-singapore",
    format: "pdf",
    source: `# SECONDMENT AGREEMENT
This Agreement is dated 14 April 2026 and is made between the Lender and the Host named in the Particulars below (each a “Party”).
# PARTICULARS
| Item | Details |
| Lender | Meridian Straits Engineering Pte. Ltd. (UEN 201912345K), a company incorporated in the Republic of Singapore whose registered office is at 80 Robinson Road, #14-02, Singapore 068898 |
| Host | Kepler Offshore Solutions (Asia) Pte. Ltd. (UEN 201534567W), a company incorporated in the Republic of Singapore whose registered office is at 1 HarbourFront Avenue, #09-01, Singapore 098632 |
| Secondee | Mr. Tan Wei Ming Jonathan, Senior Subsea Engineer, employed by the Lender under a contract of employment dated 3 January 2022 |
| Commencement Date | 1 May 2026 |
| Secondment Period | From the Commencement Date to 30 April 2028 (both dates inclusive), unless terminated earlier under clause 7 |
| Secondment Fee | S$18,400 per month plus GST, invoiced monthly in arrears and payable within thirty (30) days of the invoice date |
| Host Supervisor | Ms. Rachel Goh Li Ting, Head of Engineering of the Host |
| Place of Work | Host’s Jurong Island fabrication yard and offshore sites in the Riau Islands |
# TERMS
1. Parties. This Agreement is between the Lender and the Host only. The Secondee is not a party to this Agreement and signs the acknowledgement below only to confirm that he has read it. Kepler Offshore Holdings B.V., the Host’s parent company, is not a party.
2. Services. The Lender shall make available the services of the Secondee to the Host for the Secondment Period, and the Host shall pay the Secondment Fee.
3. Extension. The Parties may, by written agreement signed by both of them no later than 31 January 2028, extend the Secondment Period by a further period of up to twelve (12) months. There is no automatic extension.
4. Employment. The Secondee remains employed by the Lender throughout the Secondment Period. The Lender remains responsible for his salary, CPF contributions and work pass. Nothing in this Agreement creates an employment relationship between the Host and the Secondee.
5. Direction and Control. The Secondee shall work under the day-to-day direction of the Host Supervisor and shall comply with the Host’s site safety rules.
6. Non-Solicitation. The Host shall not, during the Secondment Period and for twelve (12) months after it ends, offer employment or engagement to the Secondee without the Lender’s prior written consent.
7. Termination. Either Party may end the secondment early by giving the other not less than three (3) months’ written notice, or immediately for material breach.
8. Governing Law and Disputes. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
# EXECUTION
| Signed by Lim Boon Huat, Director, for and on behalf of Meridian Straits Engineering Pte. Ltd. | ______________________ |
| Signed by Siddharth Nair, Director, for and on behalf of Kepler Offshore Solutions (Asia) Pte. Ltd. | ______________________ |
# SECONDEE’S ACKNOWLEDGEMENT
I acknowledge that I have read this Agreement and agree to work under the direction of the Host during the Secondment Period.
Tan Wei Ming Jonathan ______________________ Date: 20 April 2026`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Meridian Straits Engineering Pte. Ltd.", "Kepler Offshore Solutions (Asia) Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v23-people-settlement-agreement-newry",
    format: "pdf",
    pageFooters: true,
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
Made under Article 245 of the Employment Rights (Northern Ireland) Order 1996 and Article 20 of the Industrial Tribunals (Northern Ireland) Order 1996
THIS AGREEMENT is dated 12 February 2026
BETWEEN:
(1) Ó DÁLAIGH PRECISION TOOLING LIMITED (company number NI612408) whose registered office is at Unit 4, Carn Industrial Estate, Portadown, Craigavon BT63 5RH, acting for itself and as agent for each Group Company (the “Employer”); and
(2) SEÁN MAC GIOLLA PHÁDRAIG of 19 Mourneview Park, Newry BT34 1JX (the “Employee”).
# BACKGROUND
(A) The Employee has been employed by the Employer as Production Manager since 6 April 2015 under a contract of employment dated 2 March 2015.
(B) The Employee’s employment terminated by mutual agreement on 31 January 2026 (the “Termination Date”).
(C) The parties have entered into this agreement to record the terms on which they have agreed to settle all claims the Employee has or may have against the Employer or any Group Company.
# OPERATIVE TERMS
1. In this agreement “Group Company” means the Employer, its holding company Ó Dálaigh Group Holdings DAC (a company incorporated in Ireland) and every subsidiary of either of them.
2. Subject to the Employee complying with this agreement, the Employer shall pay the Employee £38,500 as compensation for loss of employment within 28 days after the later of the Termination Date and the date on which it receives a copy of this agreement signed by the Employee and the Adviser.
3. The Employee’s options under the Ó Dálaigh Group Holdings DAC Share Option Plan 2019, which is governed by the laws of Ireland, shall lapse on the Termination Date in accordance with the rules of that plan.
4. The restrictive covenants in clause 17 of the Employee’s contract of employment shall continue to apply for six months after the Termination Date.
5. The Employee accepts the payment in full and final settlement of all claims, including those listed in Schedule 1, against the Employer and any Group Company.
6. The Employer shall contribute £650 plus VAT towards the Employee’s legal costs, payable directly to Brennan & Kerr Solicitors on receipt of an invoice addressed to the Employee and marked payable by the Employer.
7. The Employee has received independent legal advice on the terms and effect of this agreement from Aoife Brennan of Brennan & Kerr Solicitors, 14 Hill Street, Newry BT34 1AR (the “Adviser”), a solicitor holding a current practising certificate.
8. The confidentiality obligations in this agreement shall survive without limit of time.
9. This agreement shall be governed by and construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts and industrial tribunals of Northern Ireland.
===
# SCHEDULE 1 – CLAIMS
Unfair dismissal; unlawful deductions from wages; breach of contract; claims under the Employment (Northern Ireland) Order 2002 and the Working Time Regulations (Northern Ireland) 2016.
# SIGNATURES
| Signed by Pádraig Ó Dálaigh, Director, for and on behalf of Ó DÁLAIGH PRECISION TOOLING LIMITED | ______________________ | Date: 12 February 2026 |
| Signed by SEÁN MAC GIOLLA PHÁDRAIG | ______________________ | Date: 11 February 2026 |
# ADVISER’S CERTIFICATE
I, Aoife Brennan of Brennan & Kerr Solicitors, confirm that I have advised the Employee on the terms and effect of this agreement, in particular its effect on his ability to pursue his rights before an industrial tribunal, and that I am covered by a contract of insurance in respect of that advice.
Signed: ______________________ Aoife Brennan, Solicitor Date: 11 February 2026`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Ó Dálaigh Precision Tooling Limited", "Seán Mac Giolla Phádraig"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-12",
    },
  },
  {
    id: "v23-people-power-of-attorney-hong-kong",
    format: "pdf",
    pdfMargin: 90,
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made on the ninth day of June Two Thousand and Twenty-Six by KOWLOON HARBOUR LOGISTICS (HOLDINGS) LIMITED, a company incorporated in Hong Kong (Company No. 2874561) whose registered office is at Room 1803, 18/F, Harbour Crest Tower, 33 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong (the “Company”),
in favour of MS. CHEUNG KA-YAN, KAREN, holder of Hong Kong Identity Card No. ending 4(7), of Flat B, 12/F, Block 3, Provident Gardens, 21 Wharf Road, North Point, Hong Kong (the “Attorney”), who accepts this appointment by signing below.
WHEREAS the Attorney is employed by the Company as its Regional Finance Director, and the board of directors of the Company resolved on 28 May 2026 to grant this power to her.
1. Appointment. The Company appoints the Attorney to be its true and lawful attorney, in its name and on its behalf, to: (a) sign offer letters, contracts of employment, secondment agreements and consultancy agreements with employees and contractors of the Company and its subsidiaries; (b) sign settlement agreements with departing employees where the total sum payable does not exceed HK$2,000,000; and (c) sign all filings required under the Mandatory Provident Fund Schemes Ordinance and the Employment Ordinance.
2. Limits. The Attorney shall not exercise any power in favour of herself, and shall not delegate any power except to Mr. Chan Wing-hong, Peter, the Company’s Head of People, who may act under clause 1(c) only.
3. Duration. This Power of Attorney shall remain in force for a period of one (1) year from the date hereof, unless earlier revoked by the Company by notice in writing to the Attorney.
4. Ratification. The Company undertakes to ratify whatever the Attorney lawfully does under this Power of Attorney, and to confirm any such act in writing within fourteen (14) days of the Attorney’s request.
5. Revocation of Earlier Power. The power of attorney granted by the Company on 2 May 2024 in favour of Mr. Wong Siu-ming, Stephen (the “Former Attorney”), which was granted for a period of three years, is revoked with effect from the date of this Power of Attorney.
6. Governing Law. This Power of Attorney shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
IN WITNESS WHEREOF the Company has executed this Power of Attorney as a deed on the date first written above.
| THE COMMON SEAL of KOWLOON HARBOUR LOGISTICS (HOLDINGS) LIMITED was affixed in the presence of: | |
| Director: Leung Tsz-chun | ______________________ |
| Director/Secretary: Ho Mei-ling | ______________________ |
| Witness: Lam Chi-keung, Solicitor, Hong Kong SAR, of Lam & Ip, 9/F, 8 Queen’s Road Central, Hong Kong | ______________________ |
# ACCEPTANCE BY THE ATTORNEY
I, CHEUNG KA-YAN, KAREN, accept my appointment as attorney of the Company on the terms of this Power of Attorney.
Signed: ______________________ Dated: 10 June 2026`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Kowloon Harbour Logistics (Holdings) Limited", "Cheung Ka-yan, Karen"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-09",
      expiryDate: "2027-06-09",
      term: "1 year",
    },
  },
  {
    id: "v23-people-fixed-term-employment-dundee",
    format: "docx",
    storedPageCount: 3,
    source: `# FIXED-TERM CONTRACT OF EMPLOYMENT
MINUTE OF AGREEMENT
between
TAYSIDE RENEWABLES PARTNERSHIP LLP, a limited liability partnership incorporated in Scotland (registered number SO305678) and having its registered office at 3 Riverside Drive, Dundee DD1 4XA (the “LLP”)
and
FIONNUALA MACLEOD, residing at 41 Perth Road, Dundee DD1 4HN (the “Employee”)
===
# 1. DEFINITIONS
1.1 In this Minute: “Commencement Date” means 6 July 2026; “Fixed Term” means the period of eighteen (18) months commencing on the Commencement Date; “Previous Employer” means Tayside Renewables Limited (registered number SC412876), a former member of the LLP.
# 2. TERM
2.1 The Employee’s employment under this Minute shall commence on the Commencement Date and, unless terminated earlier under clause 9, shall continue for the Fixed Term and shall end automatically on 5 January 2028 without any need for notice.
2.2 Any extension of the Fixed Term must be agreed in writing by both parties. The employment does not renew or continue automatically.
2.3 The Employee’s employment with the Previous Employer from 2 March 2021 to 5 July 2026 counts as part of her period of continuous employment.
2.4 The first three months of employment shall be a probationary period.
# 3. DUTIES AND PLACE OF WORK
3.1 The Employee is employed as Grid Connections Project Manager for the Carse of Gowrie onshore wind project and shall report to the LLP’s Head of Projects, Mr. Alasdair Menzies.
3.2 The Employee’s normal place of work is the LLP’s office at 3 Riverside Drive, Dundee.
# 4. SALARY AND PENSION
4.1 The Employee’s salary is £58,000 per annum, paid monthly in arrears by credit transfer on the last working day of each month.
4.2 The Employee will be enrolled in the LLP’s group personal pension scheme, administered by Clyde Pensions Administration Limited, which is not a party to this Minute.
# 5. NOTICE AND RESTRICTIONS
5.1 Either party may terminate the employment before the end of the Fixed Term by giving the other not less than one month’s written notice.
5.2 For six (6) months after the employment ends, the Employee shall not solicit any client of the LLP with whom she dealt in the final twelve months of her employment.
# 6. GOVERNING LAW
6.1 This Minute shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding two pages are subscribed as follows:
They are subscribed for and on behalf of TAYSIDE RENEWABLES PARTNERSHIP LLP by Callum Iain Dunbar, a Designated Member, at Dundee on 19 June 2026 before this witness: Morag Elspeth Kerr, Office Manager, 3 Riverside Drive, Dundee DD1 4XA.
| ______________________ Witness | ______________________ Designated Member |
They are subscribed by FIONNUALA MACLEOD at Dundee on 22 June 2026 before this witness: Duncan Reid, Chartered Accountant, 17 Nethergate, Dundee DD1 4BU.
| ______________________ Witness | ______________________ Fionnuala MacLeod |`,
    truth: {
      title: "Fixed-Term Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Tayside Renewables Partnership LLP", "Fionnuala MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-06",
      expiryDate: "2028-01-05",
      term: "18 months",
    },
  },
  {
    id: "v23-people-offer-letter-bengaluru",
    format: "txt",
    source: `VASTRAKALA TEXTILES PRIVATE LIMITED
CIN: U17120KA2011PTC058734, No. 42, 3rd Cross, Peenya Industrial Area, Bengaluru 560058, Karnataka
Ref: VTPL/HR/OL/2026/117
18 May 2026
Mr. Arjun S. Venkataraman
Flat 302, Sai Krupa Residency, 8th Main, Jayanagar 4th Block, Bengaluru 560011
Sub: Offer of Employment
Dear Arjun,
Further to your interviews on 29 April 2026 and 6 May 2026, our letter dated 8 May 2026, and your introduction to us by our recruitment partner, TalentBridge Search LLP, we are pleased to offer you the position of Senior Merchandiser (Export Knitwear) on the terms below.
1. Commencement: Your employment will commence on 1 July 2026 (the “Commencement Date”).
2. Duration: This is a permanent position. Your employment will continue until terminated by either party in accordance with paragraph 6.
3. Place of work: Our Peenya office, Bengaluru. You may be deputed to our group entity Vastrakala Exports LLP in Tiruppur for periods of up to three months at a time.
4. Probation: You will be on probation for six (6) months from the Commencement Date, which may be extended by up to three (3) months.
5. Remuneration: Your cost to company will be ₹18,60,000 per annum, as set out in Annexure A, paid monthly on the last working day of each month after statutory deductions.
6. Notice: During probation, either party may end your employment by giving fifteen (15) days’ notice. After confirmation, the notice period is sixty (60) days, or salary in lieu of notice.
7. Confidentiality and non-solicitation: You must keep our buyers’ designs and pricing confidential at all times, and for twelve (12) months after leaving you must not solicit our buyers or employees.
8. Governing law: This letter and your employment shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
9. Acceptance: Please sign and return the duplicate copy of this letter by 25 May 2026, failing which this offer will lapse.
We look forward to welcoming you to Vastrakala.
Yours sincerely,
For Vastrakala Textiles Private Limited
Meenakshi Iyengar
Head – Human Resources
Encl.: Annexure A (Compensation Structure)
ACCEPTANCE
I, Arjun S. Venkataraman, accept the above offer on the terms set out in this letter.
Signature: ______________________ Date: 21 May 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Vastrakala Textiles Private Limited", "Arjun S. Venkataraman"],
      governingLaw: "India",
      effectiveDate: "2026-07-01",
      term: "Until terminated",
    },
  },
  {
    id: "v23-people-deed-of-variation-consultancy-sydney",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to the Consultancy Services Agreement dated 1 October 2024
Wollemi Health Services Limited
Southern Cross Mentoring Pty Ltd as trustee for the Harbourview Mentoring Trust
Hallam Quay Lawyers, Level 21, 1 Bligh Street, Sydney NSW 2000
===
THIS DEED is made on 18 September 2026
# PARTIES
1. WOLLEMI HEALTH SERVICES LIMITED ACN 098 765 432 of Level 12, 60 Margaret Street, Sydney NSW 2000 (Client)
2. SOUTHERN CROSS MENTORING PTY LTD ACN 612 345 678 in its capacity as trustee for the Harbourview Mentoring Trust ABN 41 612 345 678, of Suite 5, 27 Military Road, Neutral Bay NSW 2089 (Consultant)
# BACKGROUND
A. The Client and Dr Kirsten A. O’Hare (Original Consultant) entered into the Consultancy Services Agreement dated 1 October 2024 (Agreement), under which the Original Consultant provides clinical leadership coaching to the Client’s senior medical staff for a term of three years from 1 October 2024.
B. By a deed of novation dated 30 June 2025 between the Client, the Original Consultant and the Consultant, the Original Consultant’s rights and obligations under the Agreement were novated to the Consultant.
C. Wollemi Health Group Limited ACN 087 654 321 guaranteed the Client’s payment obligations under the Agreement by a deed of guarantee dated 1 October 2024. It is not a party to this deed.
D. The parties wish to vary the Agreement on the terms of this deed.
# OPERATIVE PROVISIONS
1. Definitions. In this deed, Variation Date means 1 October 2026. Words defined in the Agreement have the same meaning in this deed.
2. Variation. With effect on and from the Variation Date, the Agreement is varied as follows: (a) in clause 5.1 (Fees), “$1,850 per day” is replaced with “$2,100 per day (exclusive of GST)”; (b) in clause 9.2 (Payment), “within 30 days” is replaced with “within 14 days”; (c) in Schedule 1 (Services), a new item 7 is inserted: “group supervision sessions for registrars, up to four per month”; and (d) in clause 21.1 (Governing law), “Victoria” is replaced with “New South Wales”.
3. No other change. Except as varied by this deed, the Agreement continues in full force and effect. In particular, the term of the Agreement under clause 3.1 and the notice period of ninety (90) days under clause 14.2 are not affected.
4. Guarantor. The Client must procure that, within 10 Business Days after the date of this deed, Wollemi Health Group Limited confirms in writing that its guarantee extends to the Agreement as varied.
5. Costs. Each party bears its own costs of negotiating and executing this deed.
6. Governing law. This deed is governed by the law of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
# EXECUTION
Executed as a deed.
| Executed by Wollemi Health Services Limited ACN 098 765 432 in accordance with section 127 of the Corporations Act 2001 (Cth) | |
| Signature of director: ______________________ Harriet J. Pemberton-Nguyen | Signature of director/company secretary: ______________________ Rohan Sethi |
| Executed by Southern Cross Mentoring Pty Ltd ACN 612 345 678 as trustee for the Harbourview Mentoring Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | |
| Signature of sole director and sole company secretary: ______________________ Kirsten Anne O’Hare | |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Wollemi Health Services Limited", "Southern Cross Mentoring Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-10-01",
      amends: "Consultancy Services Agreement",
    },
  },
];
