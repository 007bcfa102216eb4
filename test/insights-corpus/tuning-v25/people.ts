import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25: documents about people — service, consultancy, secondment, settlement, powers of attorney. */
export const PEOPLE_V25: UnseenDocument[] = [
  {
    id: "v25-people-director-service-agreement-ew",
    format: "pdf",
    pageFooters: true,
    source: `# SERVICE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) HARROWGATE & FINCH HOLDINGS PLC, a public limited company incorporated in England and Wales with company number 04417261, whose registered office is at 9 Quayside Row, Leeds LS1 4DJ (the "Company"); and
(2) OLIVER JAMES PEMBERTON-CLARKE of The Old Rectory, Church Lane, Harrogate HG3 1QT (the "Executive").
# BACKGROUND
(A) The Executive has been employed by Harrowgate & Finch Logistics Limited, a subsidiary of the Company, under a service agreement dated 2 January 2019, which is terminated and superseded by this agreement with effect from the Commencement Date.
(B) The Company wishes to appoint the Executive as Chief Operating Officer of the Company on the terms of this agreement.
# 1. DEFINITIONS
1.1 In this agreement: "Commencement Date" means 1 May 2026; "Group Company" means the Company, any subsidiary or holding company of the Company from time to time and any subsidiary of such holding company; "Restricted Period" means the period of twelve months following the Termination Date, reduced by any period of Garden Leave.
# 2. APPOINTMENT AND TERM
2.1 The Company shall employ the Executive and the Executive shall serve the Company as Chief Operating Officer with effect from the Commencement Date.
2.2 The Executive's period of continuous employment began on 2 January 2019.
2.3 The appointment shall continue until terminated by either party giving to the other not less than twelve months' prior written notice, or otherwise in accordance with clause 14.
# 3. REMUNERATION
3.1 The Company shall pay the Executive a salary of £245,000 per annum, payable in equal monthly instalments in arrear on or about the last working day of each month.
3.2 The Executive shall be eligible to participate in the Harrowgate & Finch Long-Term Incentive Plan 2024, subject to its rules, including a holding period of two years after vesting.
===
# 4. GARDEN LEAVE AND RESTRICTIONS
4.1 During all or any part of a period of notice the Company may require the Executive to take Garden Leave for up to six months.
4.2 The Executive shall not during the Restricted Period be engaged in any Competing Business, or solicit or entice away any Key Employee or Restricted Customer of any Group Company.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Margaret A. Holloway, Director, for and on behalf of HARROWGATE & FINCH HOLDINGS PLC | ..................... |
| Signed by OLIVER JAMES PEMBERTON-CLARKE | ..................... |
| in the presence of: Daniel Kirkby, Solicitor, 4 Park Square East, Leeds LS1 2NE | ..................... |`,
    truth: {
      title: "Service Agreement",
      documentType: "Employment agreement",
      parties: ["Harrowgate & Finch Holdings PLC", "Oliver James Pemberton-Clarke"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
  {
    id: "v25-people-consulting-services-california",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTING SERVICES AGREEMENT
between
BRIGHTWATER ANALYTICS, LLC
and
OKAFOR INSIGHT PARTNERS LLC
Prepared by Ferris Kamm LLP, counsel to Brightwater Analytics, LLC
===
This Consulting Services Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”) by and between Brightwater Analytics, LLC, a Delaware limited liability company having its principal place of business at 410 Harbor Boulevard, Suite 700, San Diego, California 92101 (“Company”), and Okafor Insight Partners LLC, a California limited liability company (“Consultant”).
# RECITALS
WHEREAS, Company desires to retain Consultant to provide data-governance advisory services, and Consultant desires to provide such services through its principal, Dr. Amara N. Okafor (the “Key Person”);
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
1. Services. Consultant shall perform the services described in Exhibit A (the “Services”). Consultant is an independent contractor, and nothing in this Agreement creates an employment relationship between Company and Consultant or the Key Person.
2. Term. The term of this Agreement shall commence on the Effective Date and continue for a period of twelve (12) months (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive periods of six (6) months each (each, a “Renewal Term”) unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Fees. Company shall pay Consultant $18,500 per month, invoiced monthly in arrears and payable within forty-five (45) days after receipt of a correct invoice.
4. Confidentiality. Consultant’s obligations under this Section 4 shall survive for a period of three (3) years after the expiration or termination of this Agreement.
5. Non-Solicitation. During the term and for a period of twelve (12) months thereafter, Consultant shall not solicit any employee of Company or of its affiliate, Brightwater Holdings, Inc.
6. Termination. Either party may terminate this Agreement for convenience on sixty (60) days’ prior written notice.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. Any arbitration under this Agreement shall be seated in San Diego, California.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER ANALYTICS, LLC | OKAFOR INSIGHT PARTNERS LLC |
| By: ____________________ | By: ____________________ |
| Name: Gregory P. Lindqvist-Hale | Name: Dr. Amara N. Okafor |
| Title: Chief Executive Officer | Title: Managing Member |
| Date: March 5, 2026 | Date: March 4, 2026 |`,
    truth: {
      title: "Consulting Services Agreement",
      documentType: "Services agreement",
      parties: ["Brightwater Analytics, LLC", "Okafor Insight Partners LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v25-people-offer-letter-singapore",
    format: "txt",
    source: `LUMINA BIOTECH PTE. LTD.
(UEN 201834567K)
80 Science Park Drive, #04-11, Singapore 118258
2 February 2026
PRIVATE & CONFIDENTIAL
Ms Tan Wei Ling
Blk 318 Clementi Avenue 5, #09-214
Singapore 120318
Our ref: HR/OFF/2026/017
Dear Wei Ling,
# Offer of Employment
Further to your interviews and our letter of 20 January 2026, we are pleased to offer you employment with Lumina Biotech Pte. Ltd. (the "Company") as Senior Research Scientist on the following terms.
1. Commencement. Your employment will commence on 16 March 2026 (the "Commencement Date").
2. Duration. Your employment is permanent and will continue until terminated by either party in accordance with paragraph 7.
3. Probation. The first six (6) months of your employment will be a probationary period, during which either party may terminate your employment on one (1) week's notice.
4. Salary. Your basic salary will be S$9,800 per month, payable on the 25th of each month, together with an annual wage supplement of one month's basic salary.
5. Place of work. You will be based at our Science Park laboratory and may be required to work at the premises of our parent company, Lumina Life Sciences Holdings Pte. Ltd.
6. Restrictive covenants. For six (6) months after your employment ends you will not solicit any employee or customer of the Company.
7. Termination. After confirmation, either party may terminate your employment by giving two (2) months' written notice or salary in lieu of notice.
8. Governing law. This letter and your employment are governed by the laws of Singapore.
This offer is open for acceptance until 13 February 2026. Please sign and return the duplicate copy of this letter to confirm your acceptance.
Yours sincerely,
Rachel Goh Hui Min
Head of People, for and on behalf of Lumina Biotech Pte. Ltd.
ACCEPTANCE
I, Tan Wei Ling, accept the offer of employment on the terms set out above.
Signature: ____________________    Date: 5 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Lumina Biotech Pte. Ltd.", "Tan Wei Ling"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-16",
      term: "Until terminated",
    },
  },
  {
    id: "v25-people-secondment-ireland-key-details",
    format: "pdf",
    pageFooters: true,
    source: `# SECONDMENT AGREEMENT
This Agreement is dated 27 March 2026 and is made between the parties named as Employer, Host and Secondee in the Key Details below.
# KEY DETAILS
| Employer | Ó Súilleabháin & Partners Engineering Limited, a private company limited by shares registered in Ireland (company number 612458), of 14 Fitzwilliam Place, Dublin 2, D02 XK61 |
| Host | Liffey Harbour Infrastructure Designated Activity Company (company number 701933), of Alexandra Road, Dublin Port, Dublin 1 |
| Secondee | Siobhán Ní Dhomhnaill, of 7 Seafield Crescent, Clontarf, Dublin 3 |
| Commencement Date | 6 April 2026 |
| Secondment Period | From 6 April 2026 to 5 October 2027 |
| Role with Host | Lead Marine Structures Engineer |
| Early termination | Three months' written notice by the Employer or the Host |
| Secondee's employment contract | Contract of Employment dated 11 September 2019 between the Employer and the Secondee |
# TERMS
1. The Employer agrees to second the Secondee to the Host for the Secondment Period, and the Host agrees to accept the Secondee, on the terms of this Agreement.
2. The Secondee remains employed by the Employer throughout the Secondment Period. Her Contract of Employment remains in force and is not varied except as set out in this Agreement.
3. The Secondment Period may be extended by up to six months if all three parties so agree in writing before it ends; it does not extend automatically.
4. The Host shall reimburse the Employer's costs of employing the Secondee, invoiced monthly and payable within thirty days of the invoice date.
5. The Host shall not, during the Secondment Period and for nine months afterwards, offer employment or an engagement to the Secondee without the Employer's prior written consent.
6. The Secondee's pension continues to be provided through the scheme sponsored by the Employer's parent, Ó Súilleabháin Group Holdings Limited, which is not a party to this Agreement.
7. Clauses 5 and 8 survive the end of the Secondment Period for two years.
8. This Agreement is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
===
# EXECUTION
| Signed for and on behalf of Ó Súilleabháin & Partners Engineering Limited by Cathal Ó Súilleabháin, Director | _______________ |
| Signed for and on behalf of Liffey Harbour Infrastructure Designated Activity Company by Aoife Brennan-Murphy, Chief People Officer | _______________ |
| Signed by Siobhán Ní Dhomhnaill | _______________ |`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Employment agreement",
      parties: ["Ó Súilleabháin & Partners Engineering Limited", "Liffey Harbour Infrastructure Designated Activity Company", "Siobhán Ní Dhomhnaill"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-06",
      expiryDate: "2027-10-05",
      term: "18 months",
    },
  },
  {
    id: "v25-people-settlement-minute-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# SETTLEMENT AGREEMENT
MINUTE OF AGREEMENT
between
KELVINSIDE HOSPITALITY GROUP LIMITED, incorporated under the Companies Acts (registered number SC498210) and having its registered office at 21 Blythswood Square, Glasgow G2 4BG ("the Employer")
and
ANGUS RODERICK DUNBAR, residing at 3 Mossgiel Road, Paisley PA2 7HS ("the Employee")
# CONSIDERING THAT
(a) the Employee has been employed by the Employer as Group Operations Director since 4 August 2014 under a contract of employment dated 28 July 2014;
(b) the Employee's employment will terminate on 30 June 2026 ("the Termination Date"); and
(c) the parties wish to settle all claims which the Employee has or may have against the Employer or any Group Company, including Kelvinside Hotels (Edinburgh) Limited, in connection with his employment or its termination;
NOW THEREFORE the parties AGREE as follows:
1. Effective Date. This Agreement takes effect on the date on which it is signed by the last of the parties to sign it ("the Effective Date"), as shown in the testing clause below.
2. Termination Payment. The Employer shall pay the Employee £86,400 by way of compensation for loss of employment within twenty-eight days after the later of the Effective Date and the Termination Date.
3. Notice. The Employer gave the Employee notice of termination by letter dated 27 March 2026, and the Employee has been released from the obligation to work his notice with effect from 1 May 2026.
4. Restrictive Covenants. The restrictions in clause 19 of the Employee's contract of employment, which apply for nine months after the Termination Date, remain in full force.
5. Full and Final Settlement. The Employee accepts the Termination Payment in full and final settlement of all claims, including claims for unfair dismissal, breach of contract and discrimination.
6. Independent Adviser. The Employee has received advice from Priya Raman of Harper Lennox LLP, Solicitors, 140 West George Street, Glasgow G2 2HG, a relevant independent adviser, as to the terms and effect of this Agreement. Harper Lennox LLP is not a party to this Agreement.
7. Law. This Agreement is governed by the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts and the Employment Tribunals in Scotland.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of KELVINSIDE HOSPITALITY GROUP LIMITED by Fraser Iain McCallum, Director, at Glasgow on 9 June 2026 before this witness, Morag Elizabeth Sinclair, 21 Blythswood Square, Glasgow.
They are subscribed by ANGUS RODERICK DUNBAR at Paisley on 12 June 2026 before this witness, Kenneth Arthur Boyle, 5 Gleniffer Drive, Paisley.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Kelvinside Hospitality Group Limited", "Angus Roderick Dunbar"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-12",
    },
  },
  {
    id: "v25-people-power-of-attorney-jersey-trustee",
    format: "txt",
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made as a deed on the twenty-second day of January two thousand and twenty-six by GRANITE BAY TRUSTEES LIMITED, a company incorporated in Jersey with registered number 88412 and having its registered office at 3rd Floor, Le Marchant House, 15 Esplanade, St Helier, Jersey JE2 3QA, acting in its capacity as trustee of The Marlowe Family Settlement established by a declaration of trust dated 14 May 2011 (the "Donor").
This Power of Attorney is made by the Donor alone; the persons appointed below are not parties to it.
1. Appointment. The Donor appoints each of Luc Pierre Le Brocq and Élodie Vibert, both employees of Granite Bay Fiduciary Services Limited (an affiliate of the Donor), to be its attorney (each an "Attorney"), with power to act severally.
2. Powers. Each Attorney may, in the name and on behalf of the Donor in its capacity as trustee, negotiate and sign any contract of employment, consultancy agreement, secondment agreement or settlement agreement with any employee or consultant of Marlowe Estates (Jersey) Limited, a company wholly owned by the Donor as trustee, and do all things incidental to them.
3. Limits. No Attorney may commit the Donor to any single payment exceeding £150,000 without the prior written approval of two directors of the Donor.
4. Duration. This Power of Attorney shall remain in force for a period of twelve months from the date of this deed, unless earlier revoked by written notice to the Attorneys.
5. Earlier power revoked. The power of attorney granted by the Donor to Peter J. Amy and dated 3 February 2024 is revoked with effect from the date of this deed.
6. Ratification. The Donor undertakes to ratify and confirm whatever an Attorney lawfully does under this Power of Attorney.
7. Governing law. This Power of Attorney is governed by Jersey law, and the Royal Court of Jersey has exclusive jurisdiction.
IN WITNESS whereof this Power of Attorney has been executed as a deed by the Donor on the date first written above.
EXECUTED AS A DEED by GRANITE BAY TRUSTEES LIMITED as trustee of The Marlowe Family Settlement
acting by Sarah-Jane Renouf, Director ______________________
and Michael O'Driscoll, Director ______________________
in the presence of: Charlotte Mauger, Legal Assistant, 15 Esplanade, St Helier, Jersey`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Granite Bay Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-22",
      expiryDate: "2027-01-22",
      term: "12 months",
    },
  },
  {
    id: "v25-people-fixed-term-employment-nz",
    format: "docx",
    source: `# INDIVIDUAL EMPLOYMENT AGREEMENT
Fixed Term – Seasonal
| Employer | Kōwhai Orchards Limited (NZBN 9429047781234), 112 Te Mata Road, Havelock North 4130 |
| Employee | Hemi Te Rangi Walker, 27 Kauri Street, Hastings 4122 |
| Position | Packhouse Shift Supervisor |
| Place of work | The Employer's packhouse at 58 Lawn Road, Clive, and other Hawke's Bay sites of the Kōwhai Fresh group |
| Commencement date | 1 October 2026 |
| End date | 31 March 2027 |
| Hours | 45 hours per week, Monday to Saturday, with additional hours during harvest |
| Wages | $34.50 per hour, paid fortnightly by direct credit |
1. Parties. This agreement is between the Employer and the Employee named above.
2. Fixed term. This is a fixed term agreement. The employment begins on the Commencement date and will end on the End date. The genuine reason for the fixed term is that the work is tied to the 2026–27 apple harvest and packing season. The employment will not continue after the End date unless the parties sign a new agreement.
3. Trial period. A trial period of 90 days applies from the Commencement date.
4. Notice. During the fixed term either party may end this agreement by giving two weeks' written notice.
5. Holidays. Because the employment is for less than 12 months, the Employee has agreed to be paid holiday pay of 8% of gross earnings with each pay.
6. Employment relationship problems. If a problem arises, the Employee may raise it with the Employer, seek help from the mediation service of the Ministry of Business, Innovation and Employment, or raise a personal grievance within 90 days.
7. Previous agreement. This agreement is separate from the seasonal agreement between the parties dated 18 September 2025, which ended on 30 April 2026.
8. Declaration. The Employee confirms that they were given a copy of this agreement on 2 September 2026 and told that they could seek independent advice before signing.
===
| Signed for Kōwhai Orchards Limited by Mereana Hōhepa-Clark, General Manager | Date: 10 September 2026 |
| Signed by Hemi Te Rangi Walker | Date: 14 September 2026 |`,
    truth: {
      title: "Individual Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Kōwhai Orchards Limited", "Hemi Te Rangi Walker"],
      effectiveDate: "2026-10-01",
      expiryDate: "2027-03-31",
      term: "6 months",
    },
  },
  {
    id: "v25-people-second-amendment-executive-ny",
    format: "pdf",
    pdfMargin: 90,
    source: `# SECOND AMENDMENT TO EXECUTIVE EMPLOYMENT AGREEMENT
This Second Amendment to Executive Employment Agreement (this "Second Amendment") is entered into on June 18, 2026, and is effective as of July 1, 2026 (the "Second Amendment Effective Date"), by and between HUDSON & VALE CAPITAL PARTNERS, L.P., a Delaware limited partnership ("Employer"), acting by its general partner, Hudson & Vale GP, LLC, and MARCUS T. REYES ("Executive").
# RECITALS
A. Employer and Executive are parties to that certain Executive Employment Agreement dated as of January 15, 2024 (as amended by the First Amendment dated March 1, 2025, the "Agreement"), under which Executive serves as Managing Director, Head of Credit.
B. The Agreement provides for an initial term of three (3) years commencing on February 1, 2024, which renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal.
C. Employer and Executive wish to amend the Agreement to change Executive's title, base salary and bonus eligibility, and not otherwise.
NOW, THEREFORE, the parties agree as follows:
1. Title. From the Second Amendment Effective Date, Executive shall serve as Partner and Chief Investment Officer, Private Credit.
2. Base Salary. Section 4(a) of the Agreement is amended by replacing "$475,000" with "$560,000".
3. Annual Bonus. Section 4(b) of the Agreement is amended to provide that Executive's target annual bonus shall be 150% of base salary, payable no later than March 15 of the year following the year in which it is earned.
4. Co-Investment. Executive may invest in Hudson & Vale Credit Opportunities Fund III, L.P. on a no-fee, no-carry basis; that fund is not a party to this Second Amendment.
5. No Other Changes. Except as expressly amended by this Second Amendment, the Agreement (including its term and renewal provisions) remains unchanged and in full force and effect.
6. Governing Law. This Second Amendment shall be governed by the laws of the State of New York, consistent with Section 15 of the Agreement.
7. Counterparts. This Second Amendment may be executed in counterparts, including by electronic signature, each of which is an original.
IN WITNESS WHEREOF, the parties have executed this Second Amendment on the date first written above.
| HUDSON & VALE CAPITAL PARTNERS, L.P. | EXECUTIVE |
| By: Hudson & Vale GP, LLC, its general partner | ______________________ |
| By: ______________________ Name: Evelyn S. Marchetti, Managing Member | Marcus T. Reyes |`,
    truth: {
      title: "Second Amendment to Executive Employment Agreement",
      documentType: "Amendment",
      parties: ["Hudson & Vale Capital Partners, L.P.", "Marcus T. Reyes"],
      governingLaw: "New York",
      effectiveDate: "2026-07-01",
      amends: "Executive Employment Agreement",
    },
  },
];
