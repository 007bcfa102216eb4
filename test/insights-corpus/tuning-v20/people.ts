import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20, people: employment, consultancy, secondment, settlement and power-of-attorney documents drafted in many styles. */
export const PEOPLE_V20: UnseenDocument[] = [
  {
    id: "v20-people-jersey-director-service",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 20 March 2026 and is made between the persons whose details are set out in Schedule 1 (The Parties), each a “party” and together the “parties”.
# 1. DEFINITIONS
In this Agreement: “Commencement Date” means 1 April 2026; “Group” means the Company, Hallowmere Group Holdings plc and each of their subsidiaries from time to time; “Restricted Period” means the period of twelve (12) months immediately following the Termination Date, less any period of garden leave; and “Termination Date” means the date on which the Executive's employment ends.
# 2. APPOINTMENT AND TERM
2.1 The Company shall employ the Executive as Chief Investment Officer, and the Executive shall serve the Company, for a fixed term of thirty-six (36) months commencing on the Commencement Date (the “Term”), unless the employment is terminated earlier in accordance with clause 9.
2.2 The Executive's period of continuous employment began on 6 September 2021, when she joined Hallowmere Fund Services Limited, another member of the Group.
2.3 Any extension of the Term must be agreed in writing by both parties. Nothing in this Agreement obliges either party to extend the Term, and the Term will not be extended by conduct.
# 3. REMUNERATION
3.1 The Company shall pay the Executive a salary of £245,000 a year, payable by equal monthly instalments in arrear on or about the 25th day of each month.
3.2 The Executive may participate in the Hallowmere Group Long-Term Incentive Plan, under which awards vest after a performance period of three (3) years, at the discretion of the remuneration committee of Hallowmere Group Holdings plc.
# 4. NOTICE AND GARDEN LEAVE
4.1 Either party may terminate the Executive's employment before the end of the Term by giving not less than six (6) months' written notice to the other.
4.2 During any period of notice the Company may place the Executive on garden leave for up to three (3) months.
# 5. RESTRICTIONS AND CONFIDENTIALITY
5.1 During the Restricted Period the Executive shall not, without the Company's prior written consent, solicit or deal with any client of the Group with whom she had material dealings in the twelve (12) months before the Termination Date.
5.2 The Executive's obligations of confidentiality survive the termination of this Agreement for a period of five (5) years.
# 6. GOVERNING LAW
6.1 This Agreement is governed by the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
6.2 This Agreement supersedes the offer letter dated 2 February 2026 issued to the Executive by Hallowmere Group Holdings plc, which was governed by the laws of England and Wales.
===
# SCHEDULE 1 – THE PARTIES
| Party | Details |
| The Company | Hallowmere Capital (Jersey) Limited, a company incorporated in Jersey with registered number 118204, whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA |
| The Executive | Dr Amelia Rose Fenwick-Ortiz of La Maison des Prés, Rue de la Mare, St Ouen, Jersey JE3 2AB |
Hallowmere Group Holdings plc, the Company's ultimate parent, is referred to in this Agreement for convenience only and is not a party to it.
# EXECUTION
Signed by Jonathan Pierre Le Masurier, Director, for and on behalf of Hallowmere Capital (Jersey) Limited: ______________________
Signed by Dr Amelia Rose Fenwick-Ortiz: ______________________
in the presence of: Witness name: Philippe Le Cornu, Advocate; Address: 7 Bond Street, St Helier, Jersey`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Hallowmere Capital (Jersey) Limited", "Amelia Rose Fenwick-Ortiz"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v20-people-texas-consulting-three-party",
    format: "pdf",
    pdfMargin: 110,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and among Brightwater Analytics, LLC, a Delaware limited liability company with offices at 500 Congress Avenue, Suite 1200, Austin, Texas 78701 (“Company”), Kestrel & Finch Advisory Partners, L.P., a Texas limited partnership acting by and through its general partner, Kestrel GP, Inc. (“Consultant”), and J. Marcus O'Donnell, Jr., an individual residing in Travis County, Texas (“Principal” and, together with Consultant, the “Consultant Parties”).
# RECITALS
WHEREAS, Company previously engaged Principal under a letter agreement dated January 9, 2025, which was governed by the laws of the State of California (the “Prior Agreement”);
WHEREAS, Brightwater Holdings, Inc., the sole member of Company, has approved the engagement of the Consultant Parties on the terms set forth below;
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Services. The Consultant Parties shall provide the data-governance and pricing analytics services described in Exhibit A (the “Services”). Principal shall personally lead the performance of the Services.
2. Term. This Agreement shall continue for an initial term of twelve (12) months from the Effective Date (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive renewal terms of six (6) months each (each, a “Renewal Term”), unless either Company or Consultant gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Compensation. Company shall pay Consultant a retainer of $18,500 per month, invoiced monthly in arrears and payable net thirty (30) days by wire transfer to Consultant's account at Pecan Street National Bank, Austin, Texas.
4. Termination for Convenience. Either Company or Consultant may terminate this Agreement at any time on sixty (60) days' prior written notice.
5. Non-Solicitation. During the term of this Agreement and for eighteen (18) months thereafter, neither Consultant Party shall solicit for employment any employee of Company.
6. Confidentiality. The Consultant Parties' confidentiality obligations shall survive for five (5) years following expiration or termination of this Agreement.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict-of-laws principles, and the parties consent to exclusive venue in the state and federal courts located in Travis County, Texas.
8. Entire Agreement. This Agreement supersedes the Prior Agreement, which terminates on the Effective Date.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
BRIGHTWATER ANALYTICS, LLC — By: ____________ Name: Dana K. Whitlock Title: Chief Executive Officer
KESTREL & FINCH ADVISORY PARTNERS, L.P. — By: Kestrel GP, Inc., its general partner — By: ____________ Name: Harold Finch III Title: President
J. MARCUS O'DONNELL, JR. — ____________`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Brightwater Analytics, LLC", "Kestrel & Finch Advisory Partners, L.P.", "J. Marcus O'Donnell, Jr."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v20-people-singapore-secondment-cover",
    format: "docx",
    storedPageCount: 3,
    source: `# SECONDMENT AGREEMENT
Dated the 14th day of May 2026
between
TAN, LIM & PARTNERS ENGINEERING PTE. LTD.
(as Employer)
and
MARINA BAY INFRASTRUCTURE HOLDINGS PTE. LTD.
(as Host)
relating to the secondment of Mr. Rajesh Kumar s/o Subramaniam
===
# SECONDMENT AGREEMENT
THIS AGREEMENT is dated 14 May 2026 and made BETWEEN:
(1) TAN, LIM & PARTNERS ENGINEERING PTE. LTD. (UEN 200912345K), a company incorporated in Singapore whose registered office is at 10 Anson Road, #22-05 International Plaza, Singapore 079903 (the “Employer”); and
(2) MARINA BAY INFRASTRUCTURE HOLDINGS PTE. LTD. (UEN 201598765W), a company incorporated in Singapore whose registered office is at 8 Marina View, #31-01 Asia Square Tower 1, Singapore 018960 (the “Host”).
# BACKGROUND
(A) Mr. Rajesh Kumar s/o Subramaniam (the “Secondee”) is employed by the Employer under a contract of employment dated 2 January 2019 (the “Employment Contract”), which continues in force during the secondment.
(B) The Host wishes to obtain the services of the Secondee for its Changi East terminal works, and the Employer has agreed to provide those services on the terms of this Agreement. The Secondee is not a party to this Agreement; he consented to the secondment by letter to the Employer dated 30 April 2026.
# 1. DEFINITIONS
“Commencement Date” means 1 June 2026.
“Secondment Period” means the period from 1 June 2026 to 30 November 2027 (both dates inclusive), unless ended earlier under clause 7.
# 2. SECONDMENT
2.1 This Agreement takes effect on the Commencement Date and continues for the Secondment Period, during which the Employer shall make the services of the Secondee available to the Host.
2.2 The Secondee remains an employee of the Employer at all times. Nothing in this Agreement creates a contract of employment between the Secondee and the Host.
# 3. SECONDMENT FEE
The Host shall pay the Employer a monthly secondment fee of S$24,800 plus GST, within thirty (30) days of receipt of each invoice, into the Employer's account with Straits Merchant Bank Ltd.
# 4. EXTENSION
The Host may ask, by written notice given not later than two (2) months before the end of the Secondment Period, for the secondment to be extended by up to six (6) months. Any extension takes effect only if the Employer agrees to it in writing.
# 5. NON-SOLICITATION
During the Secondment Period and for twelve (12) months after it ends, the Host shall not offer employment to the Secondee.
# 6. GOVERNING LAW
This Agreement is governed by the laws of Singapore, and any dispute shall be resolved by arbitration in Singapore under the SIAC Rules.
# 7. TERMINATION
Either party may terminate this Agreement by giving the other not less than three (3) months' written notice.
===
# EXECUTION PAGE
Signed by Lim Wei Ming, Director, for and on behalf of TAN, LIM & PARTNERS ENGINEERING PTE. LTD.
Signed by Siti Nurhaliza binte Ahmad, Director, for and on behalf of MARINA BAY INFRASTRUCTURE HOLDINGS PTE. LTD.
Read and acknowledged (not as a party) by the Secondee, Rajesh Kumar s/o Subramaniam, on 16 May 2026.`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Tan, Lim & Partners Engineering Pte. Ltd.", "Marina Bay Infrastructure Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v20-people-scotland-minute-settlement",
    format: "docx",
    source: `# SETTLEMENT AGREEMENT
MINUTE OF AGREEMENT
between
MACALLISTER, DUNBAR & REID LIMITED, incorporated under the Companies Acts (registered in Scotland with number SC412987) and having its registered office at 44 West George Street, Glasgow G2 1DA (the “Company”)
and
FIONA MHAIRI MACLEOD, residing at 7 Ardconnel Terrace, Inverness IV2 3AE (the “Employee”)
WHEREAS (One) the Employee has been employed by the Company since 4 August 2019 under a statement of terms issued by the Company's former parent, Reid Holdings (UK) plc, which is governed by the law of England and Wales; and (Two) the parties have agreed that the Employee's employment will end on 31 March 2026 (the “Termination Date”) and wish to settle all claims the Employee has or may have;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Termination. The Employee's employment shall terminate on the Termination Date. The Company shall pay the Employee's salary and accrued holiday pay to that date in the normal way.
2. Settlement payment. The Company shall pay the Employee £38,500 as compensation for loss of employment within twenty-eight (28) days after the later of the Termination Date and the Company's receipt of this Minute signed by the Employee and the adviser's certificate. The first £30,000 is paid without deduction of tax.
3. Waiver. The Employee accepts the terms of this Minute in full and final settlement of all claims against the Company and any Group Company (including MacAllister Dunbar Group Holdings Limited) and their officers and employees.
4. Restrictive covenants. The Employee reaffirms the non-dealing covenant in clause 17 of her statement of terms, which applies for six (6) months after the Termination Date.
5. Adviser. The Employee has received advice on the terms and effect of this Minute from Catriona E. Baird, solicitor, of Baird Rennie & Co, 18 Union Street, Aberdeen AB11 6BD, a relevant independent adviser. The Company shall contribute £750 plus VAT towards her fees.
6. Statutory conditions. The conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996 are satisfied.
7. Law. This Minute of Agreement is governed by the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
they are subscribed for and on behalf of the Company by Hamish John Dunbar, Director, at Glasgow on the sixteenth day of February Two Thousand and Twenty-Six before this witness: Morag Anne Ferguson, Office Manager, 12 Hyndland Road, Glasgow G12 9UP
and by the Employee at Inverness on the sixteenth day of February Two Thousand and Twenty-Six before this witness: Iain Ross Munro, Pharmacist, 3 Culduthel Road, Inverness IV2 4AA`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["MacAllister, Dunbar & Reid Limited", "Fiona Mhairi MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v20-people-iom-trustee-power-of-attorney",
    format: "pdf",
    pageFooters: true,
    source: `# GENERAL POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made as a deed on the 3rd day of March, 2026
BETWEEN:
(1) BALLACRAINE TRUSTEES LIMITED (company number 012345C), a company incorporated in the Isle of Man whose registered office is at 2nd Floor, 14 Athol Street, Douglas, Isle of Man IM1 1JA, in its capacity as sole trustee of the Kermode Family Settlement constituted by a declaration of trust dated 12 October 2011 (the “Donor”);
(2) EÓIN PATRICK CORLETT of Ballagarey House, Glen Vine, Isle of Man IM4 4EF; and
(3) SINÉAD MÁIRE CORLETT of 9 Marathon Avenue, Douglas, Isle of Man IM2 4JA,
(the persons named at (2) and (3) together the “Attorneys” and each an “Attorney”).
# RECITALS
(A) The Donor, as trustee of the Kermode Family Settlement, holds all the issued shares in Peel Harbour Marine Holdings Limited and freehold property at Ballaugh.
(B) William Thomas Kermode, the settlor and protector of the Kermode Family Settlement, consented in writing on 20 February 2026 to the grant of this power. He is not a party to this deed.
# 1. APPOINTMENT
The Donor appoints the Attorneys, jointly and severally, to be its attorneys in the Isle of Man and elsewhere, to act in its name and on its behalf as trustee of the Kermode Family Settlement.
# 2. POWERS
The Attorneys may: (a) operate the accounts of the Settlement with Ramsey & Peel Bank (Isle of Man) Limited; (b) attend meetings and vote the shares held in Peel Harbour Marine Holdings Limited; and (c) sign and deliver any transfer, lease or other document relating to the Settlement's property, provided that no single payment or disposal above £250,000 is made without the prior written approval of two directors of the Donor.
# 3. DURATION
This Power of Attorney shall remain in force for a period of two (2) years from the date of this deed and shall then terminate automatically, unless revoked earlier by the Donor by written notice to the Attorneys.
# 4. RATIFICATION AND PROTECTION
The Donor undertakes to ratify whatever the Attorneys lawfully do under this deed. Any act done in good faith by an Attorney within fourteen (14) days after revocation, and before the Attorney receives notice of it, binds the Donor.
# 5. ACCEPTANCE
Each Attorney accepts the appointment and agrees to account to the Donor in writing within thirty (30) days after the end of each calendar quarter.
# 6. GOVERNING LAW
This deed is governed by the laws of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
===
EXECUTED as a deed by BALLACRAINE TRUSTEES LIMITED acting by two directors: Director: Catherine Ann Quilliam ____________ Director: Robert J. Kinvig ____________
SIGNED as a deed by EÓIN PATRICK CORLETT ____________ in the presence of: Juan Christian Teare, Advocate, Teare & Callow, 5 Finch Road, Douglas IM1 2PT
SIGNED as a deed by SINÉAD MÁIRE CORLETT ____________ in the presence of: Juan Christian Teare, Advocate, Teare & Callow, 5 Finch Road, Douglas IM1 2PT`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Ballacraine Trustees Limited", "Eóin Patrick Corlett", "Sinéad Máire Corlett"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v20-people-nz-fixed-term-offer-letter",
    format: "txt",
    source: `Kōwhai & Rātā Software Limited
Level 6, 21 Customhouse Quay, Wellington 6011, New Zealand
9 January 2026
PRIVATE AND CONFIDENTIAL
Ms Aroha Te Rangi-Walker
14 Tinakori Road
Thorndon, Wellington 6011
Our ref: PEO/2026/014
Dear Aroha
# Offer of Fixed-Term Employment
Thank you for meeting us on 2 December 2025 and for your email of 18 December 2025. Following the reference checks carried out for us by Harbourside Talent Limited, we are delighted to offer you the position of Senior Data Engineer with Kōwhai & Rātā Software Limited (the “Company”). This letter and the attached Terms of Employment together form your employment agreement.
1. Commencement and term. Your employment will commence on 1 February 2026 (the “Commencement Date”). This is a fixed-term position for the Orchard Migration Project: the term of your employment is from 1 February 2026 to 31 January 2027, and it will end on that date without further notice. The genuine reason for the fixed term is that funding for the project ends on 31 January 2027.
2. Trial period. A trial period of 90 days applies from the Commencement Date.
3. Hours and remuneration. You will work 40 hours per week. Your salary is NZ$148,000 per annum, paid fortnightly into your nominated bank account.
4. Notice. Either of us may end your employment before the end of the term by giving four (4) weeks' written notice.
5. Restraint. For three (3) months after your employment ends you must not solicit any client of the Company with whom you dealt in your last six months of employment.
6. KiwiSaver. The Company will contribute 3% of your gross earnings to your KiwiSaver scheme.
7. Law. This agreement is governed by the laws of New Zealand, and the Employment Relations Act 2000 applies to it.
8. Advice and acceptance. You are entitled to seek independent advice on this offer. Please sign and return a copy by 23 January 2026; the offer lapses if it is not accepted by then.
Ngā mihi nui
Mereana Halbert
Chief People Officer
For and on behalf of Kōwhai & Rātā Software Limited
cc: Harbourside Talent Limited
ACCEPTANCE
I, Aroha Te Rangi-Walker, accept the offer of fixed-term employment on the terms set out above.
Signed: ____________________
Date: 14 January 2026`,
    truth: {
      title: "Offer of Fixed-Term Employment",
      documentType: "Employment agreement",
      parties: ["Kōwhai & Rātā Software Limited", "Aroha Te Rangi-Walker"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-02-01",
      expiryDate: "2027-01-31",
      term: "12 months",
    },
  },
  {
    id: "v20-people-sa-second-addendum-consultancy",
    format: "txt",
    source: `# SECOND ADDENDUM TO CONSULTANCY AGREEMENT
This Second Addendum is entered into by and between the parties whose names, registration numbers and signatures appear in the execution table at the end of this document (each a “Party” and together the “Parties”). In this Addendum the first Party named in that table is the “Client” and the second is the “Consultant”.
1. BACKGROUND
1.1 The Client and Isipho Project Services CC concluded a Consultancy Agreement signed on 27 February 2025 (the “Agreement”) for development management services at the Sibaya Node precinct, for an initial period of twelve (12) months commencing on 1 March 2025, renewing automatically for successive periods of twelve (12) months.
1.2 By a First Addendum dated 3 June 2025, Isipho Project Services CC ceded and delegated all of its rights and obligations under the Agreement to the Consultant, and Isipho Project Services CC ceased to be a party to the Agreement.
1.3 The Parties wish the Agreement to end on a fixed date and to adjust the fees.
2. EFFECTIVE DATE
This Addendum takes effect on 1 March 2026 (the “Addendum Effective Date”), regardless of the date on which it is signed by the last Party.
3. DURATION OF THE AGREEMENT
3.1 Clause 4.2 of the Agreement (Automatic Renewal) is deleted with effect from the Addendum Effective Date.
3.2 Clause 4.1 of the Agreement is deleted and replaced with: “4.1 This Agreement shall remain in force until 31 August 2026 (the End Date), on which date it shall terminate automatically, unless terminated earlier under clause 15.”
4. FEES
With effect from the Addendum Effective Date the monthly retainer is R185,000 (excluding VAT). Invoices are payable within thirty (30) days of statement into the Consultant's account with Ubuntu Mutual Bank Limited.
5. RETENTION AND RESTRAINT
5.1 The Client may retain 5% of each invoice for a retention period of three (3) months after the End Date.
5.2 Clause 11 of the Agreement (a restraint of twelve (12) months after termination) remains unchanged.
6. GENERAL
Save as amended by this Addendum, the Agreement remains in full force and effect. This Addendum is governed by the laws of the Republic of South Africa, and the Parties choose their domicilia citandi et executandi as set out in the Agreement.
EXECUTION
| Party | Registration number | Signed at | On | Signed by (who warrants authority) |
| Umhlanga Coastal Developments (Pty) Ltd | 2014/123456/07 | Umhlanga | 20 February 2026 | Nomvula Govender, Director |
| Mokoena, Pillay & Associates Inc. | 2019/654321/21 | Johannesburg | 24 February 2026 | Thandiwe N. Mokoena-Pillay, Director |
As witnesses: 1. Sipho Dlamini 2. Ayesha Moosa`,
    truth: {
      title: "Second Addendum to Consultancy Agreement",
      documentType: "Amendment",
      parties: ["Umhlanga Coastal Developments (Pty) Ltd", "Mokoena, Pillay & Associates Inc."],
      governingLaw: "South Africa",
      effectiveDate: "2026-03-01",
      expiryDate: "2026-08-31",
      amends: "Consultancy Agreement",
    },
  },
  {
    id: "v20-people-difc-employment-particulars",
    format: "pdf",
    source: `# CONTRACT OF EMPLOYMENT
This Contract of Employment (the “Contract”) is dated 15 May 2026 and is made between the Employer and the Employee named in the Particulars below. The Particulars and the Standard Terms together form the Contract.
# PARTICULARS
| Item | Particular |
| Employer | Al Noor Wealth Partners (DIFC) Limited, a private company registered in the Dubai International Financial Centre with registered number 4471, of Unit 12, Level 3, Gate Village Building 3, DIFC, Dubai, United Arab Emirates |
| Employee | Mr. Omar bin Khalid Al-Mansoori, holder of Emirates ID 784-1990-1234567-1, of Villa 18, Street 7, Al Barsha 2, Dubai |
| Position | Senior Relationship Manager, Private Clients |
| Reporting to | Head of Private Clients (currently Ms. Layla Haddad) |
| Commencement Date | 1 July 2026 |
| Duration | Unlimited term: the employment continues until terminated in accordance with Standard Term 6 |
| Probation | Six (6) months from the Commencement Date |
| Notice | Three (3) months' written notice by either party after probation; one (1) week during probation |
| Basic salary | AED 62,000 per month, paid monthly in arrears by the 25th day of each month into the Employee's account with Gulf Crescent Bank PJSC |
| Non-compete | Six (6) months after the Termination Date, within the United Arab Emirates |
# STANDARD TERMS
1. Employment Law. The Contract is subject to DIFC Law No. 2 of 2019 (the “Employment Law”).
2. Visa. The Employer shall procure the Employee's DIFC employment visa. Al Noor Holding L.L.C., the Employer's parent company established in mainland Dubai, is not a party to this Contract and has no obligations under it.
3. Workplace savings. The Employer shall make contributions for the Employee to the DIFC Employee Workplace Savings Plan in accordance with the Employment Law.
4. Confidentiality. The Employee's confidentiality obligations continue for three (3) years after the Termination Date.
5. Previous offer. This Contract replaces the conditional offer letter dated 28 April 2026, which lapses on signature of this Contract.
6. Termination. Either party may terminate the employment by giving the notice stated in the Particulars. The Employer may terminate the employment without notice for cause under Article 59 of the Employment Law.
7. Governing law. This Contract is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction over any dispute arising from it.
Signed for and on behalf of Al Noor Wealth Partners (DIFC) Limited by Tariq Yusuf Rahman, Chief Executive Officer. Date: 15 May 2026
Signed by the Employee, Omar bin Khalid Al-Mansoori. Date: 18 May 2026`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Al Noor Wealth Partners (DIFC) Limited", "Omar bin Khalid Al-Mansoori"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-07-01",
      term: "Until terminated",
    },
  },
];
