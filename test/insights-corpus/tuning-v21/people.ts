import type { UnseenDocument } from "../unseen/types";

/** Tuning v21: documents about people (service, employment, consultancy, secondment, attorney, settlement), drafted independently of the extraction rules. */
export const PEOPLE_V21: UnseenDocument[] = [
  {
    id: "v21-people-director-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# SERVICE AGREEMENT
relating to the appointment of an Executive Director
HALLAM & PRYCE ENGINEERING LIMITED
and
DR ANJALI RAO-WHITFIELD
Prepared by Thorncliffe Bayliss LLP, Solicitors, Sheffield
===
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) HALLAM & PRYCE ENGINEERING LIMITED, a company incorporated in England and Wales with company number 04418812, whose registered office is at Unit 3, Don Valley Works, Attercliffe Road, Sheffield S4 7WB (the “Company”); and
(2) DR ANJALI RAO-WHITFIELD of 7 Marlowe Close, Sheffield S10 2HB (the “Executive”).
# 1. Interpretation
1.1 In this Agreement: “Commencement Date” means 1 May 2026; “Group” means the Company, its holding company Hallam & Pryce Group plc (company number 01120934) and their subsidiaries from time to time; “Board” means the board of directors of the Company.
1.2 The Executive’s period of continuous employment began on 6 January 2021, when she joined Pryce Fabrications Limited, a Group Company. No employment with any other person counts towards that period.
# 2. Appointment and term
2.1 The Company shall employ the Executive and the Executive shall serve the Company as Chief Operating Officer on the terms of this Agreement.
2.2 The appointment shall commence on the Commencement Date and shall continue, subject to the remaining terms of this Agreement, until terminated by either party giving to the other not less than six months’ prior written notice.
2.3 The Company may, in its sole discretion, place the Executive on garden leave for all or any part of any period of notice, not exceeding three months.
# 3. Remuneration
3.1 The Company shall pay the Executive a salary of £148,000 a year, payable by equal monthly instalments in arrears on or about the last working day of each month and reviewed annually by the Remuneration Committee of Hallam & Pryce Group plc, without any obligation to increase it.
3.2 The Executive may participate in the Group Long-Term Incentive Plan, under which awards vest over a three-year period and are subject to a two-year holding period.
# 4. Restrictions after termination
4.1 For a period of twelve months after the Termination Date the Executive shall not, without the prior written consent of the Board, be engaged in any Restricted Business in competition with the Company, and for eighteen months shall not solicit any Key Employee.
4.2 Clauses 4 and 5 survive termination of this Agreement.
# 5. Governing law and jurisdiction
5.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed by MARCUS JOHN PRYCE, Director, for and on behalf of HALLAM & PRYCE ENGINEERING LIMITED | ........................ |
| Signed by DR ANJALI RAO-WHITFIELD in the presence of: | ........................ |
| Witness: Eleanor Daventry, Trainee Solicitor, Thorncliffe Bayliss LLP, 40 Campo Lane, Sheffield S1 2EG | ........................ |`,
    truth: {
      title: "Service Agreement",
      documentType: "Employment agreement",
      parties: ["Hallam & Pryce Engineering Limited", "Anjali Rao-Whitfield"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
  {
    id: "v21-people-offer-letter-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `MERIDIAN TIDEWATER PTE. LTD.
(Company Registration No. 201734562K)
80 Robinson Road, #14-02, Singapore 068898 | Tel: +65 6225 0190
A member of the Tidewater Holdings Group
Our ref: MT/HR/2026/0142
2 March 2026
PRIVATE & CONFIDENTIAL
Ms Tan Wei Ling
Blk 418 Bedok North Avenue 2, #09-115
Singapore 460418
Dear Ms Tan,
# OFFER OF EMPLOYMENT
Further to your interviews on 9 and 16 February 2026, and to your introduction by Talentbridge Search Pte. Ltd., we are pleased to offer you employment with Meridian Tidewater Pte. Ltd. (the “Company”) on the terms set out in this letter.
1. Position: You will be employed as Senior Data Analyst in the Commercial Insights team, reporting to the Head of Analytics.
2. Commencement and duration: Your employment will commence on 1 April 2026 (the “Commencement Date”) and is for a fixed term of eighteen (18) months commencing on the Commencement Date, after which it will end automatically unless the Company offers you a further contract in writing.
3. Probation: The first three (3) months of your employment will be a probationary period, during which either party may end your employment on one (1) week’s written notice. After confirmation, the notice period is one (1) month or salary in lieu.
4. Salary: Your basic salary will be S$7,800 per month, payable on the 25th day of each month by transfer to your nominated bank account. You will also be eligible for an Annual Wage Supplement of one month’s salary, pro-rated.
5. Leave: You are entitled to fourteen (14) days of paid annual leave per calendar year, in addition to public holidays.
6. Confidentiality: Your obligations of confidentiality continue for two (2) years after your employment ends.
7. Law: This letter and your employment are governed by the laws of the Republic of Singapore.
Please confirm your acceptance by signing and returning the duplicate copy of this letter by 9 March 2026, after which this offer will lapse.
Yours sincerely,
Jasmine Koh
Head of People
For and on behalf of Meridian Tidewater Pte. Ltd.
===
# ACCEPTANCE
I, Tan Wei Ling (NRIC No. S8934412F), accept the offer of employment set out in the letter dated 2 March 2026 on the terms stated in it.
Signature: ____________________
Date: 5 March 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Meridian Tidewater Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-09-30",
      term: "18 months",
    },
  },
  {
    id: "v21-people-consulting-agreement-colorado",
    format: "pdf",
    pdfMargin: 90,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”), by and between BRIGHTWATER ANALYTICS, LLC, a Colorado limited liability company with its principal office at 1550 Wynkoop Street, Suite 400, Denver, Colorado 80202 (the “Company”), and OKONKWO & REYES ADVISORY GROUP, INC., a Texas corporation with offices at 600 Congress Avenue, Austin, Texas 78701 (“Consultant”).
WHEREAS, the Company wishes to retain Consultant to provide workforce planning and compensation benchmarking services, and Consultant wishes to provide such services, on the terms below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Services. Consultant shall perform the services described in Exhibit A (the “Services”). Consultant shall cause Dr. Marisol Reyes (the “Key Person”) to lead the Services. Consultant may engage Lakeshore Survey Partners LLC as a subcontractor for data collection only, and shall remain responsible for its performance.
2. Term. This Agreement shall commence on the Effective Date and continue for an initial term of twelve (12) months (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive renewal terms of six (6) months each, unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Fees. The Company shall pay Consultant a monthly retainer of $18,500, invoiced monthly in arrears and payable within thirty (30) days of receipt of a proper invoice. Consultant shall bear its own expenses unless pre-approved in writing.
4. Independent Contractor. Consultant is an independent contractor. Neither Consultant nor the Key Person is an employee, partner or agent of the Company, and neither shall be entitled to any employee benefits of the Company.
5. Non-Solicitation. During the term and for eighteen (18) months thereafter, neither party shall solicit for employment any employee of the other with whom it had material contact.
6. Confidentiality. Each party’s obligations under this Section 6 shall survive for three (3) years after expiration or termination of this Agreement.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Colorado, without regard to its conflict of laws principles. Any action shall be brought in the state or federal courts located in the City and County of Denver.
8. Entire Agreement. This Agreement, together with Exhibit A, supersedes the letter of intent between the parties dated January 20, 2026.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER ANALYTICS, LLC | OKONKWO & REYES ADVISORY GROUP, INC. |
| By: ______________________ | By: ______________________ |
| Name: Daniel P. Whitcombe | Name: Chinedu A. Okonkwo |
| Title: Chief People Officer | Title: President and Chief Executive Officer |
| Date: March 3, 2026 | Date: March 4, 2026 |
# EXHIBIT A – SERVICES
Quarterly compensation benchmarking against the Mountain West technology sector; design of a job architecture for the Company’s 240 employees; and advice on pay-equity reporting under Colorado law.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Brightwater Analytics, LLC", "Okonkwo & Reyes Advisory Group, Inc."],
      governingLaw: "Colorado",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v21-people-secondment-scotland",
    format: "txt",
    source: `# SECONDMENT AGREEMENT
MINUTE OF AGREEMENT between
CALEDONIAN GRID SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC512334) and having its Registered Office at 9 Lochside Crescent, Edinburgh EH12 9DJ (the “Employer”); and
NORTHERN LIGHTS RENEWABLES (ORKNEY) LIMITED, incorporated under the Companies Acts (Registered Number SC698021) and having its Registered Office at Hatston Pier Road, Kirkwall, Orkney KW15 1ZL (the “Host”)
WHEREAS the Employer employs Fiona MacLeod-Grant, residing at 22 Craigleith Avenue, Edinburgh EH4 3HX (the “Secondee”), under a contract of employment dated 11 August 2019, and the Host wishes to have the services of the Secondee made available to it;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions. In this Agreement “Commencement Date” means 4 May 2026, and “Secondment Period” means the period from 4 May 2026 to 3 November 2027 (inclusive).
2. Secondment. The Employer shall make the services of the Secondee available to the Host as Grid Connections Engineer throughout the Secondment Period. The Secondee remains employed by the Employer and is not a party to this Agreement.
3. Early termination. Either party may end the Secondment on giving not less than two months’ written notice to the other. The Host may end it immediately if the Secondee commits gross misconduct.
4. Secondment Fee. The Host shall pay the Employer a monthly fee equal to the Secondee’s salary, employer’s pension contributions and national insurance plus 8%, within 30 days of each invoice. Northern Lights Renewables Holdings plc has agreed to meet the Host’s costs under an intra-group arrangement, but is not a party to this Agreement.
5. Employment terms. The Secondee’s contract of employment, which is for an indefinite period and requires three months’ notice, continues throughout the Secondment Period, and nothing in this Agreement varies it.
6. Restrictions. For six months after the end of the Secondment Period, the Host shall not offer employment to the Secondee without the Employer’s consent.
7. Law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CALEDONIAN GRID SERVICES LIMITED by Alasdair Ruaridh Munro, Director, at Edinburgh on 20 April 2026 before this witness: Catriona Bell, Legal Assistant, 9 Lochside Crescent, Edinburgh
Subscribed for and on behalf of NORTHERN LIGHTS RENEWABLES (ORKNEY) LIMITED by Ingrid Flett, Director, at Kirkwall on 22 April 2026 before this witness: Magnus Rendall, Office Manager, Hatston Pier Road, Kirkwall
ACKNOWLEDGEMENT BY SECONDEE (not as a party): I, Fiona MacLeod-Grant, confirm that I have read this Agreement and agree to work for the Host during the Secondment Period. Signed: ______________ Date: 24 April 2026`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Grid Services Limited", "Northern Lights Renewables (Orkney) Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-04",
      expiryDate: "2027-11-03",
      term: "18 months",
    },
  },
  {
    id: "v21-people-power-of-attorney-nz",
    format: "pdf",
    pageFooters: true,
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed poll on the ninth day of February 2026 by KAIMANAWA ORCHARDS LIMITED (company number 5129874), a company incorporated in New Zealand having its registered office at 118 Te Puke Highway, Te Puke 3119 (the “Company”).
# BACKGROUND
A. The directors of the Company expect to be outside New Zealand for much of the 2026 harvest season and wish to provide for the Company’s employment and engagement of staff during that time.
B. The Company is an accredited Recognised Seasonal Employer and engages seasonal workers through Bay Harvest Labour Hire Limited, which is not an attorney under this deed.
# OPERATIVE PROVISIONS
1. Appointment. The Company appoints HĒMI TE RANGI WALKER, orchard manager, of 42 Boucher Avenue, Te Puke, and SIOBHAN O’CONNELL-BARNES, human resources adviser, of 7 Kowhai Lane, Tauranga (each an “Attorney”), jointly and severally, to be its attorneys.
2. Powers. Each Attorney may in the name of and on behalf of the Company: (a) sign individual employment agreements and seasonal employment agreements; (b) issue, vary and accept notices of resignation and termination; (c) negotiate and sign records of settlement of personal grievances up to NZ$25,000 in each case, including before a mediator of the Ministry of Business, Innovation and Employment; and (d) correspond with Immigration New Zealand about work visas for the Company’s staff.
3. Duration. This Power of Attorney shall remain in force for a period of twelve (12) months from the date of this deed, unless revoked earlier by written notice given to each Attorney.
4. Ratification. The Company undertakes to ratify anything done by an Attorney in exercising these powers, including anything done within 14 days after revocation but before the Attorney receives notice of it.
5. Law. This deed is governed by the laws of New Zealand.
EXECUTED AS A DEED by KAIMANAWA ORCHARDS LIMITED:
| Director: Graham Ewan Tait | Signature: ................ |
| Director: Aroha Mereana Tait | Signature: ................ |
Prepared by Whitiora Legal, Barristers and Solicitors, Tauranga. Ref: KOL/0386.
===
# CERTIFICATE OF NON-REVOCATION
I, Siobhan O’Connell-Barnes, of Tauranga, human resources adviser, certify that I have not received notice of any event revoking the Power of Attorney granted by Kaimanawa Orchards Limited on 9 February 2026.
Signed at Tauranga on ____________________ 2026.`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Kaimanawa Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-02-09",
      expiryDate: "2027-02-09",
      term: "12 months",
    },
  },
  {
    id: "v21-people-settlement-northern-ireland",
    format: "docx",
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 27 March 2026
PARTIES
(1) FOXGLOVE & MARSH LLP, a limited liability partnership registered in Northern Ireland with number NC001472, whose registered office is at 5 Chichester Street, Belfast BT1 4JA (the “Firm”); and
(2) MR OLUWASEUN ADEYEMI-CLARKE of 31 Malone Park, Belfast BT9 6NJ (the “Employee”).
BACKGROUND
(A) The Employee has been employed by the Firm as Senior Associate since 2 September 2019. The Firm and the Employee have agreed that the employment will end on the Termination Date on the terms of this Agreement.
(B) This Agreement satisfies the conditions regulating compromise agreements under Article 245 of the Employment Rights (Northern Ireland) Order 1996 and the equivalent provisions of other applicable legislation.
AGREED TERMS
1. Definitions. “Termination Date” means 30 April 2026. “Associated Firm” means Foxglove & Marsh (Dublin) LLP and any other firm under common control with the Firm.
2. Termination. The employment will end on the Termination Date. Until then the Employee will remain on garden leave and will receive salary and benefits in the normal way.
3. Payment. Subject to the Employee’s compliance with this Agreement, the Firm will pay the Employee £42,500 as compensation for loss of employment within 28 days after the later of the Termination Date and receipt of this Agreement signed by the Employee and the Adviser’s certificate.
4. Waiver of claims. The Employee accepts the payment in full and final settlement of all claims against the Firm, any Associated Firm and their partners and employees, including claims that could be brought before an industrial tribunal or the Fair Employment Tribunal.
5. Restrictive covenants. The Employee reaffirms the restrictions in clause 18 of his contract of employment, which continue for six months after the Termination Date.
6. Confidentiality. The parties shall keep the terms of this Agreement confidential, save as required by law or to professional advisers.
7. Governing law. This Agreement is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
Signed by Deirdre Cassidy, Managing Partner, for and on behalf of FOXGLOVE & MARSH LLP: ________________
Signed by OLUWASEUN ADEYEMI-CLARKE: ________________
===
# SCHEDULE – ADVISER’S CERTIFICATE
I, Ms Priya Natarajan of Beckett Lowe Solicitors, 14 Donegall Square West, Belfast BT1 6JA, confirm that I am a relevant independent adviser and have advised the Employee on the terms and effect of this Agreement, in particular its effect on his ability to pursue his rights before an industrial tribunal.
Signed: ________________ Date: 26 March 2026`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Foxglove & Marsh LLP", "Oluwaseun Adeyemi-Clarke"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-27",
    },
  },
  {
    id: "v21-people-employment-agreement-bc",
    format: "txt",
    source: `# EMPLOYMENT AGREEMENT
# KEY TERMS
| Employer | 1187342 B.C. Ltd., carrying on business as Cedar & Sage Dental Studio, 2150 West 4th Avenue, Vancouver, British Columbia V6K 1N6 |
| Employee | Dr. Émilie Bouchard-Nakamura, 88 East 11th Avenue, Vancouver, British Columbia V5T 2C4 |
| Position | Associate Dentist |
| Commencement Date | March 16, 2026 |
| Term | Two (2) years from the Commencement Date |
| Base Salary | CAD $182,000 per year, paid semi-monthly |
| Probation | Three (3) months |
| Governing Law | The laws of the Province of British Columbia and the federal laws of Canada applicable there |
# STANDARD TERMS
1. The Key Terms form part of this Agreement. If there is any conflict, the Key Terms prevail.
2. The Employee will be employed for the Term stated in the Key Terms. The parties may, by mutual written agreement made at least sixty (60) days before the Term ends, extend the employment for a further period; absent such an agreement the employment ends when the Term expires.
3. Either party may end the employment before the Term expires by giving the notice required under the Employment Standards Act (British Columbia), or pay in lieu, and the Employer may end it for just cause without notice.
4. The Employee shall maintain her registration with the College of Oral Health Professionals of British Columbia throughout the Term. The Employer will reimburse annual registration fees within thirty (30) days of receiving proof of payment.
5. For twelve (12) months after the employment ends, the Employee shall not solicit any patient of the Employer whom she treated during the last year of her employment.
6. The Employee acknowledges that the clinic premises are leased by the Employer from Kitsilano Commercial Holdings Inc. for a term expiring on September 30, 2031, and that the Employee has no rights under that lease.
7. This Agreement replaces the locum arrangement between the Employee and the Employer dated October 1, 2025, which is terminated on the Commencement Date.
SIGNED on March 2, 2026.
| 1187342 B.C. Ltd. by its authorized signatory: | Dr. Rajinder S. Sandhu, President |
| Witness for the Employee: | Harpreet Gill, Practice Manager |
| Employee: | Dr. Émilie Bouchard-Nakamura |`,
    truth: {
      title: "Employment Agreement",
      documentType: "Employment agreement",
      parties: ["1187342 B.C. Ltd.", "Émilie Bouchard-Nakamura"],
      governingLaw: "British Columbia",
      effectiveDate: "2026-03-16",
      expiryDate: "2028-03-16",
      term: "2 years",
    },
  },
  {
    id: "v21-people-deed-of-variation-jersey",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Consultancy Agreement dated 1 September 2023
THIS DEED is made on 12 June 2026
BETWEEN
(1) BAILIWICK FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 118254, whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the “Company”); and
(2) MARGUERITE DE LA HAYE, of La Rocque Farm, La Grande Route de la Côte, St Clement, Jersey JE2 6FT (the “Consultant”).
RECITALS
(A) The Consultant and Sarnia Trust Company Limited, a company incorporated in Guernsey, entered into a consultancy agreement dated 1 September 2023 for a term of three (3) years from that date, governed by the law of England and Wales (the “Agreement”).
(B) By a deed of novation dated 3 March 2025, Sarnia Trust Company Limited transferred its rights and obligations under the Agreement to the Company, and it has no further rights or obligations under the Agreement.
(C) The parties wish to vary the Agreement as set out in this Deed.
IT IS AGREED as follows:
1. Effective Date. The variations in this Deed shall take effect on and from 1 July 2026 (the “Effective Date”).
2. Variations. With effect from the Effective Date the Agreement is varied as set out in the Schedule.
3. Continuation. Save as varied by this Deed, the Agreement remains in full force and effect, and its term and the notice of termination required by clause 12 of it (three months) are unchanged.
4. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the law of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
# SCHEDULE – VARIATIONS
| Clause of the Agreement | Variation |
| 3.1 (Services) | The Consultant shall additionally chair the Company’s Conduct Risk Committee. |
| 5.1 (Fees) | The daily rate is increased from £950 to £1,100, payable within 21 days of invoice. |
| 9.2 (Restrictions) | The non-solicitation period after termination is reduced from twelve to nine months. |
EXECUTED AS A DEED by the parties on the date stated at the beginning of it.
| Executed as a deed by BAILIWICK FIDUCIARY SERVICES LIMITED acting by two directors | Director: Philippe Renouf Le Maistre | Director: Hannah Elizabeth Quérée |
| Signed as a deed by MARGUERITE DE LA HAYE in the presence of | Witness: Thomas Vibert, Advocate, Vibert Le Cornu & Co | St Helier |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Bailiwick Fiduciary Services Limited", "Marguerite de la Haye"],
      governingLaw: "Jersey",
      effectiveDate: "2026-07-01",
      amends: "Consultancy Agreement",
    },
  },
];
