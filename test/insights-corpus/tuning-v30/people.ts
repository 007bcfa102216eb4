import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: people — service agreements, employment contracts, consultancy, secondment, settlement, offer letters, powers of attorney and amendments. */
export const PEOPLE_V30: UnseenDocument[] = [
  {
    id: "v30-people-iom-executive-service",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE SERVICE AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MANNIN TRUST SERVICES LIMITED, a company incorporated in the Isle of Man with registered number 012345C whose registered office is at 3 Athol Street, Douglas, Isle of Man IM1 1JE (the "Company"); and
(2) SIOBHAN MARGARET KELLY of 22 Ballaquayle Road, Douglas, Isle of Man IM2 5DF (the "Executive").
# 1. Definitions
In this Agreement: "Appointment" means the employment of the Executive under this Agreement; "Commencement Date" means 1 May 2026; "Group" means the Company and its subsidiaries and holding companies from time to time; "Restricted Period" means the period of twelve (12) months immediately following the Termination Date, less any period spent on garden leave.
# 2. Appointment and term
2.1 The Company appoints the Executive as Chief Operating Officer. The Appointment shall commence on the Commencement Date and, subject to earlier termination under clause 14, shall continue for a fixed term of three (3) years, expiring on 30 April 2029 (the "Expiry Date").
2.2 The Company and the Executive may agree in writing, not later than three months before the Expiry Date, to extend the Appointment for such further period as they agree. Absent such agreement the Appointment shall end on the Expiry Date.
2.3 The Executive's period of continuous employment began on 6 January 2020, when she joined the Company as Head of Client Services.
# 3. Duties and hours
3.1 The Executive shall report to the Managing Director and devote the whole of her working time to the business of the Group. Her normal place of work is the Company's office in Douglas.
===
# 4. Remuneration
4.1 The Company shall pay the Executive a salary of £142,000 per annum, payable in equal monthly instalments in arrears on or before the last working day of each month, and reviewed annually each January without obligation to increase.
4.2 The Executive is eligible for a discretionary bonus of up to 30% of salary, payable within ninety (90) days after the end of the Company's financial year.
# 14. Termination
14.1 Either party may terminate the Appointment before the Expiry Date by giving the other not less than six (6) months' written notice.
14.2 The Company may place the Executive on garden leave for all or part of any notice period, not exceeding three (3) months.
# 16. Restrictions after termination
16.1 For the Restricted Period the Executive shall not, without the Company's prior written consent, be engaged in any business in the Isle of Man that competes with the fiduciary business of the Group, nor solicit any client of the Group with whom she dealt in the twelve (12) months before the Termination Date.
# 20. Governing law and jurisdiction
20.1 This Agreement shall be governed by and construed in accordance with the laws of the Isle of Man, and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
===
This Agreement has been executed by the parties on the date written at the beginning of it.
Signed by Howard Quayle, Director, for and on behalf of MANNIN TRUST SERVICES LIMITED
Signed by SIOBHAN MARGARET KELLY in the presence of: Witness: Ruth Corlett, Advocate, Douglas`,
    truth: {
      title: "Executive Service Agreement",
      documentType: "Employment agreement",
      parties: ["Mannin Trust Services Limited", "Siobhan Margaret Kelly"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
    },
  },
  {
    id: "v30-people-texas-consulting",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Pecan Ridge Energy Partners, LLC, a Texas limited liability company with its principal office at 2100 Travis Street, Suite 900, Houston, Texas 77002 ("Company"), and Marcus T. Hale, an individual residing at 48 Bluebonnet Lane, Austin, Texas 78704 ("Consultant").
WHEREAS, Company wishes to retain Consultant to provide reservoir engineering advice, and Consultant is willing to provide such services on the terms set forth below;
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Services
1.1 Consultant shall perform the services described in Exhibit A (the "Services") as an independent contractor and not as an employee, partner or agent of Company.
# 2. Term
2.1 This Agreement shall commence on the Effective Date and continue for an initial term of twelve (12) months (the "Initial Term").
2.2 Thereafter, this Agreement shall automatically renew for successive six (6) month periods (each a "Renewal Term") unless either party gives written notice of non-renewal at least thirty (30) days prior to the end of the then-current term.
2.3 Either party may terminate this Agreement for convenience upon forty-five (45) days' prior written notice.
# 3. Compensation
3.1 Company shall pay Consultant $185 per hour, not to exceed $16,000 in any calendar month without Company's prior written approval. Consultant shall invoice monthly and Company shall pay each undisputed invoice within thirty (30) days of receipt.
===
# 4. Confidentiality
4.1 Consultant shall hold all Confidential Information in strict confidence. The obligations in this Section 4 shall survive for three (3) years following expiration or termination of this Agreement.
# 5. Non-Solicitation
5.1 During the term and for twelve (12) months thereafter, Consultant shall not solicit for employment any employee of Company with whom Consultant worked.
# 6. Governing Law; Venue
6.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Any action arising hereunder shall be brought exclusively in the state or federal courts located in Harris County, Texas.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| PECAN RIDGE ENERGY PARTNERS, LLC | CONSULTANT |
| By: Elena Vasquez | Marcus T. Hale |
| Title: Managing Member | Date: March 3, 2026 |
===
# EXHIBIT A – STATEMENT OF WORK
Reservoir characterization and well-spacing review for the Company's Delaware Basin acreage; attendance at monthly technical committee meetings; written recommendations delivered within ten (10) business days of each meeting.
Key contact for Company: Jordan Pruitt, VP Subsurface.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Pecan Ridge Energy Partners, LLC", "Marcus T. Hale"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v30-people-singapore-offer-letter",
    format: "txt",
    source: `LUMEN MARITIME PTE. LTD.
80 Robinson Road, #14-02, Singapore 068898 · UEN 201912345K
2 February 2026
PRIVATE & CONFIDENTIAL
Ms Priya Raman
Blk 512 Bedok North Avenue 3, #08-221
Singapore 460512
Dear Priya,
# Offer of Employment
We are pleased to offer you employment with Lumen Maritime Pte. Ltd. (the "Company") in the position of Senior Data Engineer, reporting to the Director of Fleet Analytics, on the terms set out in this letter.
1. Commencement. Your employment will commence on 16 March 2026 (the "Commencement Date"). Your employment is permanent and will continue until terminated by either party in accordance with paragraph 7.
2. Probation. The first three (3) months of your employment will be a probationary period, which the Company may extend once by up to a further three (3) months.
3. Salary. Your basic salary will be S$9,800 per month, paid on or before the last working day of each month. You will also be eligible for an Annual Wage Supplement equal to one month's basic salary, payable in December, pro-rated in your first year.
4. Hours and place of work. Your normal working hours are 9.00 am to 6.00 pm, Monday to Friday, at the Company's office at 80 Robinson Road, with up to two days a week working from home.
5. Leave. You are entitled to eighteen (18) days' paid annual leave per calendar year, in addition to public holidays.
6. Benefits. You will be covered by the Company's group medical and hospitalisation insurance from the Commencement Date.
7. Termination. During probation either party may end your employment by giving one (1) week's written notice. After confirmation, the notice period is two (2) months, or salary in lieu of notice.
8. Non-solicitation. For six (6) months after your employment ends you must not solicit any employee or customer of the Company with whom you had dealings in your last year of employment.
9. Governing law. This letter and your employment are governed by the laws of Singapore.
This offer is open for acceptance until 9 February 2026. Please sign and return the enclosed copy to confirm your acceptance.
Yours sincerely,
Tan Wei Ling
Head of People
For and on behalf of Lumen Maritime Pte. Ltd.
ACCEPTANCE
I, Priya Raman, accept the offer of employment on the terms set out above.
Signature: Priya Raman    Date: 5 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Lumen Maritime Pte. Ltd.", "Priya Raman"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-16",
      term: "Until terminated",
    },
  },
  {
    id: "v30-people-nsw-secondment",
    format: "pdf",
    pageFooters: true,
    source: `# SECONDMENT AGREEMENT
Harbourline Engineering Pty Ltd
ACN 123 456 789
(Employer)
Port Jackson Water Services Pty Limited
ACN 987 654 321
(Host)
Daniel Chukwuemeka Okafor
(Secondee)
Kellaway Lindqvist Lawyers
Level 22, 1 Macquarie Place, Sydney NSW 2000
===
# Details
| Date | 12 June 2026 |
| Employer | Harbourline Engineering Pty Ltd ACN 123 456 789 of 40 Pitt Street, Sydney NSW 2000 |
| Host | Port Jackson Water Services Pty Limited ACN 987 654 321 of 5 Dowling Street, Woolloomooloo NSW 2011 |
| Secondee | Daniel Chukwuemeka Okafor of 17 Wattle Crescent, Glebe NSW 2037 |
# Background
A. The Secondee is employed by the Employer as a Senior Project Engineer under an employment contract dated 4 March 2019, which continues for an indefinite period.
B. The Host has asked the Employer to make the Secondee available to lead its Parramatta River outfall upgrade, and the Secondee agrees.
# 1. Definitions
Commencement Date means 1 July 2026.
Secondment Period means the period starting on the Commencement Date and ending on 30 June 2027, unless ended earlier under clause 9.
# 2. Secondment
2.1 The Employer seconds the Secondee to the Host for the Secondment Period. The Secondee remains employed by the Employer throughout and the Secondee's employment contract continues to apply, except as this agreement says otherwise.
2.2 During the Secondment Period the Secondee's terms of employment are varied as follows: the Secondee will work at the Host's Parramatta site under the day-to-day direction of the Host, and the Employer will pay the Secondee a secondment allowance of $650 per fortnight in addition to salary.
2.3 The parties may extend the Secondment Period by written agreement signed by all of them.
# 5. Costs
5.1 The Host must reimburse the Employer for the Secondee's salary, superannuation and on-costs, invoiced monthly in arrears and payable within 21 days after the invoice date.
# 9. Early termination
9.1 The Employer or the Host may end the secondment at any time by giving the other parties not less than four (4) weeks' written notice.
# 11. Non-solicitation
11.1 The Host must not, during the Secondment Period and for six (6) months after it ends, offer employment to the Secondee without the Employer's written consent.
# 14. Governing law
14.1 This agreement is governed by the law in force in New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
===
# Signing page
Executed by Harbourline Engineering Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Grant Whitfield; Director/Secretary: Leonie Baptiste
Executed by Port Jackson Water Services Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Mei Lin Chow; Secretary: Robert Sands
Signed by Daniel Chukwuemeka Okafor in the presence of Hannah Ellery (witness)`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Employment agreement",
      parties: ["Harbourline Engineering Pty Ltd", "Port Jackson Water Services Pty Limited", "Daniel Chukwuemeka Okafor"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
    },
  },
  {
    id: "v30-people-england-settlement",
    format: "docx",
    storedPageCount: 3,
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 27 January 2026
PARTIES
(1) BRIGHTWATER LOGISTICS LIMITED incorporated and registered in England and Wales with company number 08812345 whose registered office is at Unit 4, Meridian Park, Leicester LE19 1WX (the "Employer"); and
(2) THOMAS EDWARD BARNES of 14 Wycliffe Gardens, Lutterworth LE17 4RT (the "Employee").
BACKGROUND
(A) The Employee has been employed by the Employer since 2 September 2015, most recently as Regional Operations Manager, under a contract of employment dated 20 August 2015 (the "Employment Contract").
(B) The parties have agreed that the Employee's employment will terminate on the Termination Date and have entered into this agreement to record the terms on which all claims the Employee has or may have against the Employer are settled.
(C) The parties intend this agreement to be an effective settlement agreement that satisfies the conditions of section 203(3) of the Employment Rights Act 1996.
# 1. Interpretation
1.1 "Termination Date" means 31 January 2026. "Group Company" means the Employer and any subsidiary or holding company of it.
# 2. Termination of employment
2.1 The Employee's employment shall terminate on the Termination Date. The Employer shall pay the Employee's salary and accrued but untaken holiday up to the Termination Date in the usual way.
===
# 3. Termination payment
3.1 Subject to the Employee's compliance with this agreement, the Employer shall pay the Employee £38,500 as compensation for loss of employment, within 14 days after the later of the Termination Date and the Employer's receipt of a copy of this agreement signed by the Employee together with the adviser's certificate in the Schedule.
3.2 The first £30,000 of the payment shall be paid without deduction of income tax; the balance shall be paid subject to deduction of income tax and employee national insurance contributions.
# 5. Restrictive covenants
5.1 The Employee acknowledges that the restrictions in clause 19 of the Employment Contract, including the six (6) month non-solicitation of customers, remain in full force following the Termination Date.
# 8. Reference
8.1 The Employer shall provide a reference in the form agreed with the Employee in response to any request from a prospective employer received within two (2) years after the Termination Date.
# 12. Governing law
12.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
===
# SCHEDULE – ADVISER'S CERTIFICATE
I, Karen Whitlock of Whitlock & Co Solicitors, 9 Horsefair Street, Leicester LE1 5BU, confirm that I am a relevant independent adviser and have advised Thomas Edward Barnes on the terms and effect of this agreement, in particular its effect on his ability to pursue his rights before an employment tribunal.
Signed: Karen Whitlock   Date: 27 January 2026
Signed by Priya Chandler, HR Director, for and on behalf of Brightwater Logistics Limited
Signed by Thomas Edward Barnes`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Brightwater Logistics Limited", "Thomas Edward Barnes"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-01-27",
    },
  },
  {
    id: "v30-people-kenya-power-of-attorney",
    format: "pdf",
    pdfMargin: 84,
    source: `REPUBLIC OF KENYA
THE REGISTRATION OF DOCUMENTS ACT (CAP. 285)
# SPECIAL POWER OF ATTORNEY
KNOW ALL MEN BY THESE PRESENTS that I, WANJIRU ACHIENG MWANGI (National Identity Card No. 23456789) of Post Office Box Number 40512-00100, Nairobi, in the Republic of Kenya, presently residing in Toronto, Canada (hereinafter called "the Donor"), HEREBY NOMINATE, CONSTITUTE AND APPOINT PETER KAMAU NJOROGE (National Identity Card No. 28765432) of Post Office Box Number 1123-00200, Nairobi (hereinafter called "the Attorney") to be my true and lawful attorney, for me and in my name, to do all or any of the following acts:
1. To manage, let and collect the rents of my property known as Land Reference Number 209/12345, Kilimani, Nairobi, held by me under a lease from the Government of Kenya for a term of ninety-nine (99) years from 1 January 1990.
2. To enter into, renew and terminate tenancy agreements in respect of the said property for terms not exceeding two (2) years, and to give and receive notices to quit.
3. To pay all land rent, rates, service charges and other outgoings, and to receive and give receipts for all moneys due to me.
4. To engage advocates, valuers and contractors and to commence, defend or settle any proceedings relating to the said property.
5. To open and operate in my name an account with any bank in Kenya for the purposes of this Power of Attorney.
AND I HEREBY undertake to ratify and confirm whatever my Attorney shall lawfully do or cause to be done by virtue of these presents.
This Power of Attorney shall take effect on the date hereof and shall remain in force for a period of twelve (12) months from that date, unless sooner revoked by me by notice in writing delivered to the Attorney.
This Power of Attorney shall be governed by and construed in accordance with the laws of Kenya.
DATED at Toronto, Ontario, this 9th day of March 2026.
SIGNED by the said WANJIRU ACHIENG MWANGI, the Donor
Before me: Jonathan Reid, Notary Public in and for the Province of Ontario
ACCEPTANCE BY THE ATTORNEY
I, PETER KAMAU NJOROGE, accept my appointment as Attorney under this Power of Attorney.
SIGNED by the said PETER KAMAU NJOROGE at Nairobi on 16 March 2026
Before me: Advocate, Commissioner for Oaths: Grace Atieno Odhiambo
Drawn by: Odhiambo & Kariuki Advocates, Ngong Road, Nairobi`,
    truth: {
      title: "Special Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Wanjiru Achieng Mwangi", "Peter Kamau Njoroge"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-09",
      term: "12 months",
    },
  },
  {
    id: "v30-people-scotland-minute-of-variation",
    format: "docx",
    source: `# MINUTE OF VARIATION
between
GLENMORVEN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC498765) and having its Registered Office at Glenmorven Distillery, Craigellachie, Aberlour AB38 9ST ("the Company")
and
FIONA ISOBEL MACLEOD, residing at 7 Speyside Crescent, Elgin IV30 1QR ("the Employee")
relative to the Contract of Employment between the Company and the Employee dated 18 and 22 August 2021 ("the Contract")
WHEREAS:
(One) the Employee has been employed by the Company under the Contract since 1 September 2021 as Assistant Distillery Manager, such employment continuing until terminated by either party on three months' notice;
(Two) the Company has offered and the Employee has accepted promotion to the post of Distillery Manager; and
(Three) the Company and the Employee wish to vary the Contract as after provided:
NOW THEREFORE the Company and the Employee have agreed and do hereby agree as follows:
1. The variations set out in this Minute shall take effect on and from the first day of June Two thousand and twenty-six ("the Effective Date").
2. Clause 1.1 of the Contract is deleted and replaced with: "The Employee is employed as Distillery Manager and reports to the Operations Director."
3. Clause 5.1 of the Contract is varied so that the Employee's basic salary shall be £64,500 per annum, payable monthly in arrears on the twenty-eighth day of each month.
4. Clause 14.1 of the Contract is varied by substituting "six months" for "three months" as the period of notice to be given by either party.
5. A new clause 17A is inserted in the Contract: "For a period of nine months after the termination of employment the Employee shall not be employed in a managerial capacity by any malt whisky distiller within the Speyside region."
6. Save as varied by this Minute, the Contract shall continue in full force and effect, and the Contract and this Minute shall be read and construed as one document.
7. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows: they are subscribed for and on behalf of the Company by Alasdair Iain Grant, Director, at Aberlour on the fourteenth day of May Two thousand and twenty-six before this witness, Morag Cumming, Office Manager, Glenmorven Distillery, Craigellachie;
and they are subscribed by the Employee at Elgin on the nineteenth day of May Two thousand and twenty-six before this witness, Callum Ross, Solicitor, 31 High Street, Elgin.`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Glenmorven Distillers Limited", "Fiona Isobel MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      amends: "Contract of Employment",
    },
  },
  {
    id: "v30-people-difc-employment-contract",
    format: "txt",
    source: `# EMPLOYMENT CONTRACT
This Contract is dated 10 March 2026 and is made between the Employer and the Employee named in the Key Terms below.
# Key Terms
| Employer | Qasr Capital Advisors Limited, a private company registered in the Dubai International Financial Centre (registered number 4821), Level 9, Gate Village Building 3, DIFC, Dubai, United Arab Emirates |
| Employee | Rahul Menon, holder of Indian passport number Z4412987, of Apartment 1804, Park Towers, DIFC, Dubai |
| Position | Head of Portfolio Analytics |
| Commencement Date | 1 April 2026 |
| Term | Two (2) years commencing on the Commencement Date |
| Probation | Six (6) months |
| Basic Wage | AED 52,000 per month |
| Housing allowance | AED 15,000 per month |
| Notice period | Three (3) months (one (1) week during probation) |
# Standard Terms
1. Term. The employment begins on the Commencement Date and continues for the Term, ending on 31 March 2028 (the "Expiry Date"). On the Expiry Date, and on each anniversary of it, this Contract shall renew automatically for a further period of one (1) year unless either party has given the other not less than sixty (60) days' written notice of non-renewal.
2. Probation. The Employer may extend the probation once, provided the total does not exceed six (6) months, and may end the employment during probation on one (1) week's notice.
3. Wages. The Basic Wage and allowances are paid monthly in arrears into the Employee's UAE bank account through the Wages Protection System no later than the 25th day of each month.
4. End of service. The Employer shall make monthly contributions to the DIFC Employee Workplace Savings (DEWS) Plan in respect of the Employee in place of any end of service gratuity.
5. Annual leave. The Employee is entitled to twenty-five (25) working days' paid annual leave in each year, accruing pro rata.
6. Confidentiality and restrictions. The Employee shall keep the Employer's information confidential during and after employment. For six (6) months after the employment ends the Employee shall not work for a competing asset manager within the United Arab Emirates.
7. Law and jurisdiction. This Contract is governed by the laws of the Dubai International Financial Centre, including the DIFC Employment Law (DIFC Law No. 2 of 2019), and the DIFC Courts have exclusive jurisdiction over any dispute arising from it.
Signed for and on behalf of Qasr Capital Advisors Limited: Layla Al Mansoori, Chief Executive Officer
Signed by the Employee: Rahul Menon
Date of Employee's signature: 12 March 2026`,
    truth: {
      title: "Employment Contract",
      documentType: "Employment agreement",
      parties: ["Qasr Capital Advisors Limited", "Rahul Menon"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
