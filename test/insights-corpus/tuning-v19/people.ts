import type { UnseenDocument } from "../unseen/types";

/** Tuning v19, people: employment, consultancy, secondment, power of attorney, settlement, variation and engagement documents. */
export const PEOPLE_V19: UnseenDocument[] = [
  {
    id: "v19-people-jersey-director-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# SERVICE AGREEMENT
between
ST HELIER TRUST SERVICES LIMITED
and
MARGUERITE ANNE LE BRETON
relating to her employment as Managing Director
===
THIS AGREEMENT is dated 14 May 2026
# PARTIES
(1) ST HELIER TRUST SERVICES LIMITED, a company incorporated in Jersey with registered number 104422, whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Company"); and
(2) MARGUERITE ANNE LE BRETON of La Maison du Coin, Rue de la Pointe, St Brelade, Jersey JE3 8AB (the "Executive").
# BACKGROUND
(A) The Company is a wholly-owned subsidiary of Corbière Fiduciary Group Limited (the "Parent"). The Parent is not a party to this agreement.
(B) The Executive has been employed by the Parent since 3 January 2019 under a contract of employment governed by English law, which terminates on the day before the Commencement Date. The Company wishes to employ the Executive as its Managing Director on the terms of this agreement.
# 1. INTERPRETATION
1.1 "Commencement Date" means 1 June 2026.
1.2 "Group Company" means the Company, the Parent and any subsidiary of the Parent from time to time.
1.3 "Restricted Period" means the period of twelve (12) months immediately following the Termination Date, reduced by any period spent on garden leave.
# 2. APPOINTMENT AND DURATION
2.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Managing Director with effect from the Commencement Date.
2.2 The Executive's employment under this agreement is for an indefinite period and shall continue until terminated by either party giving the other not less than six (6) months' prior written notice, or otherwise in accordance with clause 8.
2.3 The first six (6) months of employment shall be a probationary period, during which either party may terminate the employment on one (1) month's written notice. The Executive's period of continuous employment began on 3 January 2019.
# 3. DUTIES
3.1 The Executive shall devote the whole of her working time to the business of the Company and shall act as a director of any Group Company if so required by the board of the Parent.
# 4. REMUNERATION
4.1 The Company shall pay the Executive a salary of £185,000 per annum, payable monthly in arrears on or about the 25th day of each month, and reviewed each January.
4.2 The Executive may participate in the Parent's discretionary bonus scheme, under which any award vests over a period of three (3) years.
# 5. HOLIDAY
5.1 The Executive is entitled to twenty-eight (28) working days' paid holiday in each holiday year, in addition to Jersey public holidays.
# 6. CONFIDENTIALITY AND RESTRICTIONS
6.1 The Executive's obligations of confidentiality continue without limit of time after the Termination Date.
6.2 For the Restricted Period the Executive shall not be engaged in any business in Jersey or Guernsey which competes with the trust and corporate services business of any Group Company.
# 7. GARDEN LEAVE
7.1 After notice of termination has been given, the Company may place the Executive on garden leave for all or part of the notice period, not exceeding three (3) months.
# 8. TERMINATION
8.1 The Company may terminate the employment with immediate effect by written notice for gross misconduct, or by making a payment in lieu of the unexpired part of the notice period.
# 9. GOVERNING LAW
9.1 This agreement and any dispute arising out of it shall be governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
Signed by Philippe Renouf, Director, for and on behalf of ST HELIER TRUST SERVICES LIMITED
Signed by MARGUERITE ANNE LE BRETON in the presence of Sarah Falle, Advocate, St Helier`,
    truth: {
      title: "Service Agreement",
      documentType: "Employment agreement",
      parties: ["St Helier Trust Services Limited", "Marguerite Anne Le Breton"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v19-people-texas-consulting-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is made and entered into as of February 16, 2026, by and between Bluebonnet Energy Partners, LLC, a Delaware limited liability company having its principal office at 700 Louisiana Street, Suite 2100, Houston, Texas 77002 (the “Company”), and Dr. Ravi Subramanian, an individual residing at 418 Heights Boulevard, Houston, Texas 77008 (“Consultant”).
WHEREAS, the Company and its affiliate Bluebonnet Midstream Holdings, LLC operate natural gas gathering assets in the Permian Basin, and the Company wishes to engage Consultant to provide independent reservoir engineering advice;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
1. Services. Consultant shall provide the services described in Exhibit A (the “Services”) as an independent contractor and not as an employee of the Company or of any affiliate.
2. Term. The engagement under this Agreement shall commence on March 1, 2026 (the “Commencement Date”) and shall continue for an initial term of twelve (12) months. Thereafter this Agreement shall automatically renew for successive periods of six (6) months each, unless either party gives the other written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Compensation. The Company shall pay Consultant $325 per hour, invoiced monthly and payable net thirty (30) days from receipt of a correct invoice. Expenses above $1,000 require prior written approval.
4. Termination. Either party may terminate this Agreement for convenience on sixty (60) days’ written notice, or immediately upon a material breach that remains uncured for ten (10) days after notice.
5. Confidentiality. Consultant shall hold the Company’s Confidential Information in confidence during the term and for five (5) years thereafter.
6. Non-Solicitation. During the term and for eighteen (18) months after its expiration or termination, Consultant shall not solicit any employee of the Company or Bluebonnet Midstream Holdings, LLC.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles, and the state and federal courts located in Harris County, Texas shall have exclusive jurisdiction.
8. Entire Agreement. This Agreement supersedes the letter of intent between the parties dated January 20, 2026.
===
# EXHIBIT A – SERVICES
Reservoir modelling and reserves review for the Delaware Basin acreage, attendance at monthly asset review meetings, and such related technical advice as the Company’s Vice President, Engineering, Mr. Carlos Ibarra, may reasonably request.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
BLUEBONNET ENERGY PARTNERS, LLC By: Jennifer Whitlock, Chief Executive Officer
CONSULTANT: Ravi Subramanian`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Bluebonnet Energy Partners, LLC", "Ravi Subramanian"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-01",
      expiryDate: "2027-02-28",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v19-people-singapore-secondment-agreement",
    format: "pdf",
    source: `# SECONDMENT AGREEMENT
# KEY DETAILS
| Item | Details |
| Seconding Employer | Straits Actuarial Consulting Pte. Ltd. (UEN 201534871K), 8 Marina View, #27-01, Singapore 018960 |
| Host | Lion City Reinsurance Pte. Ltd. (UEN 200912345W), 1 Raffles Quay, #40-02, Singapore 048583 |
| Secondee | Ms Tan Mei Ling, Senior Actuarial Analyst, an employee of the Seconding Employer |
| Commencement Date | 1 April 2026 |
| Secondment Period | From 1 April 2026 to 31 March 2027 (both dates inclusive) |
| Secondment Fee | S$21,500 per month plus GST, payable within 30 days of the date of invoice |
| Early termination | Either Party may end the secondment on two (2) months' written notice |
This Agreement is dated 12 March 2026 and is made between the Seconding Employer and the Host named in the Key Details (each a "Party").
# 1. SUPPLY OF SERVICES
1.1 The Seconding Employer shall make the services of the Secondee available to the Host for the Secondment Period, and the Host shall pay the Secondment Fee for those services.
1.2 The Secondee is not a party to this Agreement. The Secondee remains employed by the Seconding Employer under her contract of employment dated 4 January 2021, and nothing in this Agreement creates an employment relationship between the Host and the Secondee.
1.3 The Secondment Period may be extended only by written agreement of both Parties signed before 1 February 2027.
# 2. HOST'S OBLIGATIONS
2.1 The Host shall direct the Secondee's day-to-day work, provide a safe place of work, and report any concern about the Secondee's conduct to the Seconding Employer within five (5) business days.
2.2 The Host shall not, during the Secondment Period and for twelve (12) months after it ends, offer employment to the Secondee without the prior written consent of the Seconding Employer.
# 3. LIABILITY AND INSURANCE
3.1 The Host shall indemnify the Seconding Employer against claims arising from the Secondee's acts under the Host's direction, provided that such claims are notified within six (6) months after the end of the Secondment Period.
# 4. GOVERNING LAW AND DISPUTES
4.1 This Agreement is governed by the laws of the Republic of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
Signed for Straits Actuarial Consulting Pte. Ltd. by Lim Boon Keng, Director
Signed for Lion City Reinsurance Pte. Ltd. by Rachel Ong, Chief Actuary
# ACKNOWLEDGEMENT BY SECONDEE
I, Tan Mei Ling, acknowledge that I have read this Agreement and consent to my secondment to the Host on the terms above. Signed on 16 March 2026.`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Straits Actuarial Consulting Pte. Ltd.", "Lion City Reinsurance Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
    },
  },
  {
    id: "v19-people-isle-of-man-staff-power-of-attorney",
    format: "txt",
    source: `# POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed on the 9th day of February 2026 by DOUGLAS BAY PAYMENTS LIMITED, a company incorporated in the Isle of Man with company number 019876C, whose registered office is at 15 Athol Street, Douglas, Isle of Man IM1 1LB (the "Company").
WHEREAS by resolutions of its board of directors passed at a meeting held on 2 February 2026 the Company resolved to appoint an attorney to deal with staff matters on its behalf.
NOW THIS DEED WITNESSES as follows:
1. APPOINTMENT. The Company appoints CATRIONA JANE KEWLEY of 4 Glen Road, Laxey, Isle of Man IM4 7AN, the Company's Head of People (the "Attorney"), to be its attorney in its name and on its behalf to exercise the powers set out in clause 2.
2. POWERS. The Attorney may negotiate, sign and deliver, in the name of the Company: (a) offer letters and contracts of employment; (b) secondment and consultancy agreements with individuals; (c) settlement agreements with current or former employees; and (d) any notice, reference or certificate relating to the employment of any person by the Company.
3. LIMITATIONS. The Attorney shall not: (a) sign any contract of employment for a fixed term exceeding twenty-four (24) months, or providing for a notice period of more than six (6) months; (b) agree any settlement payment exceeding £75,000; or (c) appoint a substitute attorney, except that she may authorise Mr Rhys Kinvig, Payroll Manager, to sign routine payroll notices for periods of up to thirty (30) days.
4. DURATION. This power of attorney takes effect on the date of this deed and shall remain in force for a period of twelve (12) months from that date, unless revoked earlier by notice in writing from the Company to the Attorney.
5. RATIFICATION. The Company undertakes to ratify and confirm whatever the Attorney lawfully does in the exercise of the powers conferred by this deed. This undertaking survives for six (6) months after this power of attorney ceases to have effect.
6. RELIANCE. Any person dealing with the Attorney may rely on this power of attorney until that person receives written notice of its revocation.
7. GOVERNING LAW. This power of attorney and any non-contractual obligations arising out of it are governed by the laws of the Isle of Man.
IN WITNESS whereof this power of attorney has been executed as a deed by the Company on the date first written above.
EXECUTED AS A DEED by DOUGLAS BAY PAYMENTS LIMITED acting by two directors:
Director: Thomas Quayle
Director: Ewan Corlett
Specimen signature of the Attorney: Catriona Jane Kewley`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Douglas Bay Payments Limited", "Catriona Jane Kewley"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-02-09",
      expiryDate: "2027-02-09",
      term: "12 months",
    },
  },
  {
    id: "v19-people-northern-ireland-employee-settlement",
    format: "docx",
    source: `Without prejudice and subject to contract until signed by all parties
# AGREEMENT
THIS AGREEMENT is dated the twentieth day of March two thousand and twenty-six
BETWEEN:
(1) LAGAN VALLEY FOODS LIMITED (company number NI612345), whose registered office is at Unit 4, Silverwood Industrial Estate, Lurgan, Co. Armagh BT66 6LN (the "Employer"); and
(2) SEAMUS PATRICK McALEESE of 27 Lough Road, Lisburn BT28 3QX (the "Employee").
# BACKGROUND
(A) The Employee has been employed by the Employer since 6 September 2011 under a contract of employment dated 1 September 2011 (the "Contract").
(B) The Employee's employment will terminate by reason of redundancy on 31 March 2026 (the "Termination Date").
(C) The parties have entered into this agreement to record and implement the terms on which they have agreed to settle all claims which the Employee has or may have arising out of his employment or its termination, and it is intended to satisfy the conditions regulating settlement agreements under Article 245 of the Employment Rights (Northern Ireland) Order 1996.
# 1. PAYMENTS
1.1 The Employer shall pay the Employee his salary and accrued holiday pay up to the Termination Date, together with a payment in lieu of twelve (12) weeks' notice.
1.2 Subject to the Employee complying with this agreement, the Employer shall pay the Employee £48,250 as compensation for loss of employment within twenty-eight (28) days after the later of the Termination Date and the Employer's receipt of a copy of this agreement signed by the Employee.
1.3 The Employer shall contribute up to £600 plus VAT towards the Employee's legal costs, payable directly to Doherty & Co Solicitors on receipt of their invoice addressed to the Employee.
# 2. SETTLEMENT OF CLAIMS
2.1 The Employee accepts the terms of this agreement in full and final settlement of all claims he has or may have against the Employer or any Group Company, or any of their officers or employees, arising out of his employment or its termination.
# 3. CONTINUING OBLIGATIONS
3.1 The restrictions in clause 17 of the Contract, including the obligation not to solicit customers for six (6) months after the Termination Date, continue to apply.
# 4. INDEPENDENT ADVICE
4.1 The Employee confirms that he has received advice from Niamh Doherty of Doherty & Co Solicitors, 9 Bridge Street, Lisburn BT28 1XY, a relevant independent adviser, as to the terms and effect of this agreement.
# 5. GOVERNING LAW
5.1 This agreement is governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the industrial tribunals and courts of Northern Ireland.
Signed by Aoife Brennan, HR Director, for and on behalf of LAGAN VALLEY FOODS LIMITED
Signed by SEAMUS PATRICK McALEESE
===
# SCHEDULE – ADVISER'S CERTIFICATE
I, Niamh Doherty, confirm that I have given the Employee independent legal advice on the terms and effect of this agreement, that I am a solicitor holding a current practising certificate, and that a contract of insurance covers the risk of a claim in respect of loss arising from that advice.
Signed: Niamh Doherty, Doherty & Co Solicitors, 20 March 2026`,
    truth: {
      title: "Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Foods Limited", "Seamus Patrick McAleese"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-20",
    },
  },
  {
    id: "v19-people-new-zealand-fixed-term-offer-letter",
    format: "pdf",
    pageFooters: true,
    source: `KŌWHAI ANALYTICS LIMITED
Level 9, 120 Featherston Street, Wellington 6011 | NZBN 9429047712345
15 May 2026
PRIVATE AND CONFIDENTIAL
Mr Hemi Walker
22 Aro Street
Aro Valley, Wellington 6021
Our ref: HR/2026/118
Dear Hemi
# Offer of Fixed-Term Employment
Further to your interview on 28 April 2026 and our conditional offer letter of 2 May 2026, we are delighted to confirm our offer of employment as Senior Data Analyst, reporting to Dr Aroha Ngata, Head of Insights. The enclosed employment agreement forms part of this offer.
1. Fixed term. Your employment is for a fixed term of eighteen (18) months starting on 6 July 2026 (the "Commencement Date") and ending on 5 January 2028. The genuine reason for the fixed term, for the purposes of section 66 of the Employment Relations Act 2000, is that your role supports our health data programme, which is funded only until early 2028. Your employment will end on that date unless we agree in writing to extend it.
2. Trial period. A trial period of ninety (90) days from the Commencement Date will apply.
3. Remuneration. Your salary will be NZ$128,000 per annum, paid fortnightly, plus KiwiSaver employer contributions at 3%.
4. Notice. During the fixed term either of us may end your employment early by giving four (4) weeks' written notice.
5. Confidentiality. Your duty of confidentiality continues after your employment ends.
6. Law. This letter and your employment agreement are governed by the laws of New Zealand.
You are entitled to seek independent advice about this offer. Please sign and return a copy of this letter by 29 May 2026, after which the offer will lapse.
Ngā mihi
Louise Fairbairn
Chief People Officer, for and on behalf of Kōwhai Analytics Limited
===
# ACCEPTANCE
I, Hemi Walker, have read and understood this offer and the enclosed employment agreement, have had the opportunity to seek independent advice, and accept the offer.
Signed: Hemi Walker
Date: 22 May 2026`,
    truth: {
      title: "Offer of Fixed-Term Employment",
      documentType: "Employment agreement",
      parties: ["Kōwhai Analytics Limited", "Hemi Walker"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-06",
      expiryDate: "2028-01-05",
      term: "18 months",
    },
  },
  {
    id: "v19-people-hong-kong-consultancy-deed-of-variation",
    format: "txt",
    source: `# DEED OF VARIATION
relating to a Consultancy Agreement dated 1 April 2024
THIS DEED is made on the 3rd day of March, 2026
BETWEEN:
(1) HARBOURVIEW CAPITAL PARTNERS LIMITED (Company No. 2876541), whose registered office is at 28/F, Two Exchange Square, 8 Connaught Place, Central, Hong Kong (the "Company");
(2) LWM ADVISORY LIMITED (Company No. 3011227), whose registered office is at Room 1203, 88 Hing Fat Street, Causeway Bay, Hong Kong (the "Consultant"); and
(3) LEUNG WAI MAN of Flat 5B, 12 Tai Hang Road, Hong Kong (the "Individual").
WHEREAS:
(A) The Company, the Consultant and the Individual are parties to a consultancy agreement dated 1 April 2024 (the "Agreement"), under which the Consultant provides the services of the Individual as senior adviser to the Company's investment committee for a term of three (3) years from 1 April 2024.
(B) Clause 19 of the Agreement provides that it is governed by the laws of Singapore. Following the Individual's relocation to Hong Kong, the parties wish to vary the Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. INTERPRETATION. Words defined in the Agreement have the same meaning in this Deed. "Variation Effective Date" means 1 April 2026.
2. VARIATIONS. With effect from the Variation Effective Date the Agreement is varied as follows:
(a) in clause 5.1, the monthly fee of HK$96,000 is replaced by HK$118,000, payable within fourteen (14) days of invoice;
(b) Schedule 1 is amended so that the Services include chairing the Company's remuneration committee;
(c) in clause 12.2, the non-competition period of six (6) months is replaced by nine (9) months; and
(d) clause 19 is deleted and replaced with: "This Agreement is governed by the laws of Hong Kong."
3. CONTINUATION. Save as varied by this Deed, the Agreement remains in full force and effect. Nothing in this Deed extends or shortens the term of the Agreement.
4. COUNTERPARTS. This Deed may be executed in any number of counterparts.
5. GOVERNING LAW. This Deed and any dispute arising from it are governed by the laws of Hong Kong, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
EXECUTED as a DEED by HARBOURVIEW CAPITAL PARTNERS LIMITED by Victor Chan Ka Ho, Director
EXECUTED as a DEED by LWM ADVISORY LIMITED by Leung Wai Man, Director
SIGNED, SEALED AND DELIVERED by LEUNG WAI MAN in the presence of Karen Ho, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Harbourview Capital Partners Limited", "LWM Advisory Limited", "Leung Wai Man"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-01",
      amends: "Consultancy Agreement",
    },
  },
  {
    id: "v19-people-nsw-workplace-terms-of-engagement",
    format: "pdf",
    pdfMargin: 84,
    source: `MACQUARIE LANE LAWYERS PTY LTD
ABN 51 623 004 118 | Level 17, 60 Martin Place, Sydney NSW 2000
27 April 2026
Wattle Grove Aged Care Pty Ltd
14 Church Street, Parramatta NSW 2150
Attention: Ms Priya Raman, Chief People Officer
Our ref: EMP/2611/DLO
Dear Priya
# Terms of Engagement
Thank you for instructing us to act for Wattle Grove Aged Care Pty Ltd. This letter sets out the terms on which we will act. Our client is Wattle Grove Aged Care Pty Ltd only, and not your parent company, Wattle Grove Group Holdings Limited, or any of your directors or employees.
1. Scope. We will advise you on the proposed restructure of your rostering team, including the four (4) week consultation period required under the applicable enterprise agreement, and on the complaint made by an employee we refer to as Employee A.
2. Investigator. With your approval we will engage Ms Helen Tsiolkas of Workplace Inquiry Partners as independent investigator on your behalf, under a separate agreement between you and her firm.
3. Fees. Our fees are charged at the hourly rates in the attached schedule. Our rates increase by 4% on 1 July 2026. Invoices are issued monthly and are payable within fourteen (14) days. Our estimate of $38,000 plus GST is valid for sixty (60) days.
4. Duration. These terms apply to this matter and to any later matter on which you instruct us, and they continue until terminated by either of us giving written notice to the other.
5. Records. We will keep your file for seven (7) years after the matter ends, after which it may be destroyed without further notice.
6. Law. These terms are governed by the laws of New South Wales.
Please sign and return the enclosed copy of this letter to confirm your agreement. If you give us further instructions before doing so, you will be taken to have accepted these terms.
Yours sincerely
Daniel Lo
Principal, Macquarie Lane Lawyers Pty Ltd
Acknowledged and agreed for and on behalf of Wattle Grove Aged Care Pty Ltd: Priya Raman, Chief People Officer, 4 May 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Macquarie Lane Lawyers Pty Ltd", "Wattle Grove Aged Care Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-27",
      term: "Until terminated",
    },
  },
];
