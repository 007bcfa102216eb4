import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: people — service agreements, employment, consultancy, secondment, settlement, offer letters, powers of attorney and amendments. */
export const PEOPLE_V28: UnseenDocument[] = [
  {
    id: "v28-people-jersey-director-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 27 February 2026
BETWEEN
(1) HARBOURVIEW TRUST COMPANY LIMITED, a company incorporated in Jersey with registered number 118442 whose registered office is at 14 Esplanade, St Helier, Jersey JE2 3QA (the "Company"); and
(2) ELOISE MARGARET LE BRETON of La Maison Rouge, Rue de la Pointe, St Ouen, Jersey JE3 2AB (the "Executive").
# 1. Definitions
1.1 In this Agreement: "Commencement Date" means 1 April 2026; "Group Company" means the Company and any holding company or subsidiary of the Company from time to time; "Restricted Period" means the period of twelve months immediately following the Termination Date, less any period of garden leave.
1.2 The Executive's period of continuous employment with the Group began on 3 September 2019, when she joined Harbourview Fund Services Limited.
# 2. Appointment and term
2.1 The Company appoints the Executive as Managing Director and the Executive accepts the appointment on the terms of this Agreement.
2.2 The appointment shall commence on the Commencement Date and shall continue, subject to clause 14, until terminated by either party giving the other not less than six months' prior written notice.
2.3 The Executive shall retire from the Company's board at the annual general meeting following her sixty-fifth birthday unless the board resolves otherwise.
===
# 3. Remuneration
3.1 The Company shall pay the Executive the remuneration set out below, payable monthly in arrears on or about the 25th day of each month.
| Item | Entitlement |
| Basic salary | £185,000 per annum, reviewed each January |
| Pension | 10% of basic salary to the Group pension scheme |
| Holiday | 30 working days plus Jersey public holidays |
| Car allowance | £9,600 per annum |
3.2 The Executive may participate in the Group's discretionary bonus plan; any bonus shall be paid within 90 days of the end of the relevant financial year.
# 4. Restrictions
4.1 For the Restricted Period the Executive shall not, without the prior written consent of the Company, be engaged in any business in Jersey or Guernsey which competes with the trust and corporate services business of any Group Company.
4.2 The obligations of confidentiality in clause 12 shall survive termination of this Agreement for a period of five years.
# 5. Governing law
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
SIGNED by Philippe Renouf, Chairman, for and on behalf of HARBOURVIEW TRUST COMPANY LIMITED
SIGNED by ELOISE MARGARET LE BRETON
in the presence of: Claire Vibert, Advocate, St Helier`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Harbourview Trust Company Limited", "Eloise Margaret Le Breton"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v28-people-ontario-consulting-services",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTING SERVICES AGREEMENT
This Consulting Services Agreement (the "Agreement") is made and entered into as of the 16th day of March, 2026 (the "Effective Date"),
BETWEEN: NORTHERN LOON ANALYTICS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 220 Bay Street, Suite 1400, Toronto, Ontario M5J 2W4 (the "Client")
AND: PRIYA RAMASWAMY CONSULTING LTD., a corporation incorporated under the Canada Business Corporations Act, having its registered office at 88 King Street North, Waterloo, Ontario N2J 2X3 (the "Consultant")
WHEREAS the Client wishes to retain the Consultant to provide data governance advisory services, and the Consultant has agreed to provide those services through its principal, Priya Ramaswamy (the "Key Person");
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
1. Services. The Consultant shall provide the services described in Schedule A (the "Services") as an independent contractor and not as an employee of the Client.
2. Term. This Agreement shall commence on the Effective Date and continue for an initial term of twelve (12) months (the "Initial Term"). Upon expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of six (6) months each unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.
3. Fees. The Client shall pay the fees set out in Schedule A. Invoices are payable within thirty (30) days of receipt. HST shall be added where applicable.
4. Termination. Either party may terminate this Agreement for convenience on sixty (60) days' written notice to the other party.
5. Non-Solicitation. For a period of twelve (12) months after termination, neither party shall solicit for employment any employee of the other party with whom it had material contact.
6. Confidentiality. The Consultant's obligations of confidentiality shall survive termination for five (5) years.
7. Governing Law. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the parties attorn to the courts of Ontario sitting in Toronto.
===
# SCHEDULE A – SERVICES AND FEES
| Service | Fee |
| Data governance assessment | CAD 18,500 fixed |
| Monthly advisory retainer (up to 20 hours) | CAD 6,000 per month |
| Additional hours | CAD 240 per hour |
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
NORTHERN LOON ANALYTICS INC. Per: Gordon Whitehorse, Chief Executive Officer — I have authority to bind the corporation.
PRIYA RAMASWAMY CONSULTING LTD. Per: Priya Ramaswamy, President — I have authority to bind the corporation.`,
    truth: {
      title: "Consulting Services Agreement",
      documentType: "Services agreement",
      parties: ["Northern Loon Analytics Inc.", "Priya Ramaswamy Consulting Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-16",
      expiryDate: "2027-03-15",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v28-people-singapore-offer-letter",
    format: "txt",
    source: `MERLION FREIGHT SOLUTIONS PTE. LTD.
(UEN 201534567K)
80 Robinson Road, #12-01, Singapore 068898
5 May 2026
PRIVATE AND CONFIDENTIAL
Mr Daniel Tan Wei Ming
Blk 456 Ang Mo Kio Avenue 10, #08-1234
Singapore 560456
Our ref: HR/2026/0417
Dear Daniel,
# Offer of Employment
Further to your interview on 22 April 2026, we are pleased to offer you the position of Regional Operations Manager with Merlion Freight Solutions Pte. Ltd. (the "Company") on the terms set out in this letter.
1. Commencement and duration: This is a fixed-term contract of employment for a period of eighteen (18) months from 1 June 2026 (the "Commencement Date"). The Company may, at its discretion, offer to renew the contract for a further period by mutual agreement in writing.
2. Probation: The first three (3) months of your employment will be a probationary period, during which either party may terminate your employment by giving one (1) week's notice.
3. Remuneration and benefits:
| Basic salary | S$9,800 per month |
| Annual wage supplement | One month's basic salary, pro-rated |
| Annual leave | 18 working days per calendar year |
| Medical and dental | Group insurance from the Commencement Date |
4. Notice: After confirmation, either party may terminate your employment by giving one (1) month's written notice or salary in lieu of notice.
5. Restrictions: For six (6) months after your employment ends, you shall not solicit any customer of the Company with whom you dealt in the last twelve (12) months of your employment.
6. Governing law: This letter and your employment shall be governed by the laws of Singapore.
Please indicate your acceptance by signing and returning the duplicate copy of this letter by 12 May 2026, failing which this offer will lapse.
Yours sincerely,
Lim Hui Shan
Head of Human Resources
For and on behalf of Merlion Freight Solutions Pte. Ltd.
ACCEPTANCE: I, Daniel Tan Wei Ming, accept the offer of employment on the terms set out above.
Signature: ______________________   Date: 8 May 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Merlion Freight Solutions Pte. Ltd.", "Daniel Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-12-01",
      term: "18 months",
    },
  },
  {
    id: "v28-people-scotland-secondment-minute",
    format: "pdf",
    pdfMargin: 80,
    source: `# SECONDMENT AGREEMENT
between
CALEDONIAN WATER SERVICES LIMITED
and
GLENMORAY ENERGY PLC
relating to the secondment of Fiona MacAulay
===
MINUTE OF AGREEMENT
between
CALEDONIAN WATER SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC298877) and having its registered office at 6 Marischal Square, Aberdeen AB10 1BL (the "Employer"); and
GLENMORAY ENERGY PLC, incorporated under the Companies Acts (Registered Number SC104552) and having its registered office at Longman House, 28 Longman Road, Inverness IV1 1SF (the "Host")
WHEREAS the Employer has agreed to second its employee, Fiona MacAulay (the "Secondee"), to the Host to assist with the Host's hydrogen pipeline consenting programme, and the Host wishes to receive her services on the terms of this Minute of Agreement;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Interpretation
1.1 "Secondment Start Date" means the fourth day of May two thousand and twenty-six.
1.2 "Secondment Period" means the period from and including the Secondment Start Date to and including 3 May 2027, unless ended earlier under clause 8. Any extension of the Secondment Period shall require the written agreement of both parties.
# 2. The Secondment
2.1 The Employer shall make the services of the Secondee available to the Host during the Secondment Period. The Secondee shall remain employed by the Employer throughout and nothing in this Minute of Agreement shall make her an employee of the Host.
2.2 The Host shall reimburse the Employer monthly for the Secondee's salary, employer pension contributions and reasonable expenses, within thirty days of receipt of the Employer's invoice.
# 3. Termination and restrictions
3.1 Either party may end the secondment early by giving not less than two months' written notice to the other.
3.2 For six months after the end of the Secondment Period the Host shall not offer employment to the Secondee without the Employer's prior written consent.
# 4. Law
4.1 This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of CALEDONIAN WATER SERVICES LIMITED by Alasdair Grant, Director, at Aberdeen on 20 April 2026 before this witness: Morag Stewart, Solicitor, Aberdeen
Subscribed for and on behalf of GLENMORAY ENERGY PLC by Catriona Munro, Director, at Inverness on 23 April 2026 before this witness: Iain Fraser, Company Secretary, Inverness`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Water Services Limited", "Glenmoray Energy plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-04",
      expiryDate: "2027-05-03",
      term: "12 months",
    },
  },
  {
    id: "v28-people-ireland-settlement-agreement",
    format: "docx",
    storedPageCount: 3,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is made on the 14th day of April 2026
BETWEEN
(1) BRÍD Ó SÚILLEABHÁIN of 7 Lower Glanmire Road, Cork T23 X2K7 (the "Employee"); and
(2) LIFFEYSIDE MEDICAL DEVICES DESIGNATED ACTIVITY COMPANY, registered in Ireland under number 645221, whose registered office is at Block C, Eastpoint Business Park, Dublin 3, D03 E2W5 (the "Employer").
# BACKGROUND
(A) The Employee has been employed by the Employer since 2 September 2019, most recently as Senior Quality Engineer.
(B) On 9 February 2026 the Employee referred a complaint to the Workplace Relations Commission under reference ADJ-00051234 (the "Complaint").
(C) The parties have agreed that the Employee's employment will end on 30 April 2026 (the "Termination Date") and wish to settle the Complaint and all other claims on the terms of this Agreement.
===
# 1. Termination Payment
1.1 Subject to the Employee complying with this Agreement, the Employer shall pay the Employee the sum of €48,500 as an ex gratia termination payment (the "Termination Payment") within twenty-one (21) days after the later of the Termination Date and the date on which the Employer receives a copy of this Agreement signed by the Employee.
1.2 The first €10,160 of the Termination Payment shall be paid without deduction of tax under the basic exemption; the balance shall be paid subject to PAYE, USC and PRSI as required by law.
# 2. Full and final settlement
2.1 The Employee accepts the Termination Payment in full and final settlement of the Complaint and of all claims she has or may have against the Employer or any group company arising from her employment or its termination, and shall withdraw the Complaint within seven (7) days of receiving the Termination Payment.
2.2 The Employee confirms that she has received independent legal advice on the terms and effect of this Agreement from Niamh Coughlan, Solicitor, of Coughlan Breen LLP, Cork.
# 3. Continuing obligations
3.1 The restrictive covenants in clause 19 of the Employee's contract of employment, which apply for a period of six (6) months from the Termination Date, shall continue in full force and effect.
3.2 Each party shall keep the terms of this Agreement confidential, save as required by law or for the purposes of obtaining professional advice.
3.3 The Employer shall provide a reference in the agreed form set out in the Schedule.
===
# 4. Governing law
4.1 This Agreement shall be governed by and construed in accordance with the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
SIGNED by BRÍD Ó SÚILLEABHÁIN in the presence of: Niamh Coughlan, Solicitor
SIGNED for and on behalf of LIFFEYSIDE MEDICAL DEVICES DESIGNATED ACTIVITY COMPANY by Conor Kavanagh, HR Director`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Bríd Ó Súilleabháin", "Liffeyside Medical Devices Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v28-people-hong-kong-general-power-of-attorney",
    format: "pdf",
    pageFooters: true,
    source: `# GENERAL POWER OF ATTORNEY
(Section 5, Powers of Attorney Ordinance, Cap. 31)
THIS GENERAL POWER OF ATTORNEY is made this 9th day of March 2026 by CHAN SIU MING (Hong Kong Identity Card No. K123456(7)) of Flat 12B, Tower 3, Ocean Crest, 8 Hoi Fai Road, Tai Kok Tsui, Kowloon, Hong Kong (the "Donor").
1. I, the Donor, being about to take up an employment secondment with my employer in Vancouver, Canada, appoint LEUNG MEI LING (Hong Kong Identity Card No. R765432(1)) of Flat 5A, 22 Broadwood Road, Happy Valley, Hong Kong (the "Attorney") to be my attorney in accordance with section 5 of the Powers of Attorney Ordinance (Cap. 31).
2. Without limiting the general authority conferred by section 5, the Attorney may in my name and on my behalf:
(a) operate my bank accounts with The Hongkong and Shanghai Banking Corporation Limited and withdraw or transfer funds;
(b) receive my salary, bonus and Mandatory Provident Fund statements and deal with the Inland Revenue Department in respect of my salaries tax;
(c) give notice under, renew or sign a new tenancy of Flat 12B (the current tenancy being for a term of two years commencing on 1 July 2025); and
(d) sign and deliver any document, deed or instrument that I could lawfully sign in person.
===
3. This Power of Attorney shall remain in force for a period of twelve (12) months from the date hereof, unless I revoke it earlier by written notice delivered to the Attorney.
4. I undertake to ratify whatever the Attorney lawfully does or causes to be done under this Power of Attorney, and any person dealing with the Attorney may rely on it until receiving written notice of its revocation.
5. This Power of Attorney shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
IN WITNESS whereof I have executed this instrument as a deed on the day and year first above written.
SIGNED, SEALED and DELIVERED by the said CHAN SIU MING in the presence of: Wong Ka Fai, Solicitor, Hong Kong SAR
ACCEPTANCE: I, LEUNG MEI LING, accept my appointment as attorney under this instrument and undertake to act in the Donor's best interests.
Signed by LEUNG MEI LING on 10 March 2026`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Chan Siu Ming", "Leung Mei Ling"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-09",
      term: "12 months",
    },
  },
  {
    id: "v28-people-new-zealand-employment-variation",
    format: "docx",
    source: `# VARIATION AGREEMENT
This Variation Agreement is dated 2 February 2026 and is between:
Kōwhai Orchards Limited (company number 5123987), of 45 Te Mata Road, Havelock North 4130 ("Employer"); and
Tama Ngata, of 18 Karamu Road, Hastings 4122 ("Employee").
# Background
A. The parties are party to an Individual Employment Agreement dated 1 July 2023 (the "Employment Agreement") under which the Employee is employed as Orchard Supervisor. The Employment Agreement included a 90-day trial period, which has long since ended.
B. The parties have agreed to vary the Employment Agreement as set out below.
# Agreed terms
1. Variation Date: In this Variation Agreement, "Variation Date" means 1 March 2026. The variations below take effect on and from the Variation Date.
2. Position: The Employee's position will be Orchard Manager, reporting to the General Manager, and Schedule 1 of the Employment Agreement is replaced by the position description attached to this Variation Agreement.
3. Remuneration: Clause 9.1 of the Employment Agreement is amended so that the Employee's salary is NZ$86,000 gross per annum, reviewed each July.
4. Hours of work: Clause 7.2 is amended so that the Employee's ordinary hours are 45 per week during the harvest season (February to May) and 40 per week at other times.
5. Notice: Clause 21.1 is amended so that either party must give six (6) weeks' written notice of termination, instead of four (4) weeks.
===
6. Continuing effect: Except as varied by this Variation Agreement, the Employment Agreement continues in full force and effect, including the six-month restraint in clause 24.
7. Advice: The Employee acknowledges that the Employer advised him of his right to seek independent advice on this Variation Agreement and gave him reasonable time to do so before signing.
8. Governing law: This Variation Agreement is governed by the laws of New Zealand.
Signed for Kōwhai Orchards Limited by Hemi Walker, Director, on 2 February 2026
Signed by Tama Ngata on 2 February 2026`,
    truth: {
      title: "Variation Agreement",
      documentType: "Amendment",
      parties: ["Kōwhai Orchards Limited", "Tama Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-01",
      amends: "Individual Employment Agreement",
    },
  },
  {
    id: "v28-people-texas-second-amendment-consulting",
    format: "txt",
    source: `# SECOND AMENDMENT TO CONSULTING AGREEMENT
This Second Amendment to Consulting Agreement (this "Amendment") is entered into as of March 3, 2026, and is effective as of April 1, 2026 (the "Amendment Effective Date"), by and between Lone Star Midstream Partners, LLC, a Delaware limited liability company ("Company"), and Dr. Marcus A. Whitfield, an individual residing in Harris County, Texas ("Consultant").
# RECITALS
A. Company and Consultant are parties to that certain Consulting Agreement dated January 15, 2024, as amended by the First Amendment to Consulting Agreement dated February 1, 2025 (as so amended, the "Agreement"), under which Consultant provides pipeline integrity engineering services for an initial term of twenty-four (24) months.
B. The parties wish to extend the term of the Agreement, end its automatic renewal and adjust Consultant's fees, as set forth below.
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Term. Section 3.1 of the Agreement is deleted and replaced with the following: "3.1 The term of this Agreement began on January 15, 2024 and shall end on December 31, 2027, unless terminated earlier in accordance with Section 9."
2. No Renewal. Section 3.2 (Automatic Renewal) of the Agreement is deleted in its entirety, and the Agreement shall not renew after December 31, 2027 except by a written amendment signed by both parties.
3. Fees. With effect from the Amendment Effective Date, Exhibit B of the Agreement is amended so that Consultant's hourly rate is:
| Role | Hourly rate |
| Principal engineering services | $325 |
| Expert witness testimony | $450 |
Invoices remain payable net thirty (30) days from receipt.
4. Non-Competition. The parties confirm that the twelve (12) month non-competition covenant in Section 11 of the Agreement runs from the end of the term as extended by this Amendment.
5. Effect. Except as expressly modified by this Amendment, the Agreement remains unchanged and in full force and effect. Capitalized terms not defined in this Amendment have the meanings given in the Agreement.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles, consistent with Section 14.6 of the Agreement.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.
LONE STAR MIDSTREAM PARTNERS, LLC
By: Rebecca Alvarez
Title: Chief Operating Officer
CONSULTANT
Marcus A. Whitfield`,
    truth: {
      title: "Second Amendment to Consulting Agreement",
      documentType: "Amendment",
      parties: ["Lone Star Midstream Partners, LLC", "Marcus A. Whitfield"],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-12-31",
      amends: "Consulting Agreement",
    },
  },
];
