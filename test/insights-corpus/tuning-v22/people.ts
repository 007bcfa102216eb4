import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22, people: employment, consultancy, secondment, power of attorney, settlement and variation documents. */
export const PEOPLE_V22: UnseenDocument[] = [
  {
    id: "v22-people-director-service-agreement-leeds",
    format: "pdf",
    pageFooters: true,
    source: `# SERVICE AGREEMENT
THIS AGREEMENT is dated 3 March 2026
BETWEEN:
(1) THISTLEDOWN & MARSH HOSPITALITY LIMITED, a company incorporated and registered in England and Wales with company number 08812374 whose registered office is at 4th Floor, Castle Chambers, 17-19 Albion Street, Leeds LS1 6HX (the "Company"); and
(2) MR JONATHAN R. ASHWORTH-PEEL of The Old Rectory, Church Lane, Sutton-under-Whitestonecliffe, Thirsk, North Yorkshire YO7 2PR (the "Executive").
BACKGROUND
The Company is a wholly-owned subsidiary of Thistledown Group plc (company number 04410297) (the "Parent"). The Company wishes to appoint the Executive as its Chief Operating Officer on the terms of this agreement. The board of the Parent has approved the appointment, but the Parent is not a party to this agreement.
# 1. Definitions
1.1 In this agreement: "Appointment" means the employment of the Executive by the Company under this agreement; "Board" means the board of directors of the Company from time to time; "Commencement Date" means 1 April 2026; "Group Company" means the Company, the Parent and each of their subsidiaries from time to time; "Termination Date" means the date on which the Appointment ends, however it ends.
# 2. Term of Appointment
2.1 The Appointment shall be for a fixed term of three years commencing on the Commencement Date and shall expire automatically at the end of that term unless the parties agree in writing to extend it.
2.2 Either party may terminate the Appointment before the end of the fixed term by giving the other not less than twelve months' prior written notice.
2.3 The Executive's period of continuous employment began on 6 January 2020, when he joined Thistledown Group plc as Head of Estates.
# 3. Duties
3.1 The Executive shall serve the Company as Chief Operating Officer and shall report to the Chief Executive Officer, currently Ms Rebecca Okonjo-Hale, or to such other person as the Board may nominate.
3.2 The Executive shall, if the Board so requests, serve as a director of any Group Company without further remuneration.
# 4. Remuneration
4.1 The Company shall pay the Executive a salary of £185,000 per annum, payable by equal monthly instalments in arrears on or about the last working day of each month, and reviewed by the Remuneration Committee of the Parent each April.
# 5. Restrictions after termination
5.1 For a period of six months after the Termination Date the Executive shall not, without the prior written consent of the Board, be engaged in any Restricted Business, and for a period of twelve months after the Termination Date he shall not solicit or entice away any Key Employee.
# 6. Governing law and jurisdiction
6.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
# Execution
Signed by Gareth Lowther-Sims, director, for and on behalf of THISTLEDOWN & MARSH HOSPITALITY LIMITED
Signature: ______________________
Signed by JONATHAN R. ASHWORTH-PEEL in the presence of:
Signature: ______________________
Witness name: Priya Chaudhry
Witness address: 12 Park Row, Leeds LS1 5JL
Witness occupation: Solicitor`,
    truth: {
      title: "Service Agreement",
      documentType: "Employment agreement",
      parties: ["Thistledown & Marsh Hospitality Limited", "Jonathan R. Ashworth-Peel"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v22-people-consulting-agreement-california",
    format: "pdf",
    pdfMargin: 90,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between Blue Heron Therapeutics, Inc., a Delaware corporation with its principal place of business at 1450 Owens Street, Suite 300, San Francisco, California 94158 ("Company"), and Okafor, Lind & Associates, LLC, a California limited liability company with offices at 2200 Powell Street, Emeryville, California 94608 ("Consultant").
# RECITALS
WHEREAS, Company is developing small-molecule therapies for fibrotic disease and wishes to obtain regulatory strategy services; and
WHEREAS, Consultant, acting through its principal Dr. Adaeze N. Okafor (the "Key Person"), is willing to provide such services on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Services. Consultant shall provide the services described in Exhibit A (the "Services"). Consultant shall cause the Key Person to perform the Services personally and shall not subcontract any part of the Services without Company's prior written consent.
2. Term. This Agreement shall have an initial term of twelve (12) months commencing on the Effective Date (the "Initial Term"). Thereafter, this Agreement shall automatically renew for successive renewal terms of six (6) months each unless either party notifies the other in writing of its intention not to renew at least thirty (30) days before the end of the then-current term.
3. Compensation. Company shall pay Consultant a fee of $425 per hour, invoiced monthly, and each undisputed invoice shall be payable within forty-five (45) days of receipt. The letter agreement between Company and the Key Person dated September 14, 2024 expired on December 31, 2025 and is superseded by this Agreement.
4. Independent Contractor. Consultant is an independent contractor and not an employee, partner, or agent of Company. Neither Consultant nor the Key Person shall be eligible to participate in any Company benefit plan, and Consultant shall be solely responsible for all taxes on amounts paid under this Agreement.
5. Confidentiality. Consultant shall hold all Confidential Information of Company in strict confidence. Consultant's obligations under this Section 5 shall survive for a period of five (5) years following any expiration or termination of this Agreement.
6. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, Consultant shall not, directly or indirectly, solicit any employee of Company to leave Company's employ.
7. Termination. Either party may terminate this Agreement for convenience on sixty (60) days' prior written notice to the other party.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles, notwithstanding that Company is organized under the laws of the State of Delaware.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BLUE HERON THERAPEUTICS, INC. | OKAFOR, LIND & ASSOCIATES, LLC |
| By: ______________________ | By: ______________________ |
| Name: Dr. Priya Raman | Name: Tomasz Lind |
| Title: Chief Executive Officer | Title: Managing Member |
===
# EXHIBIT A
# SERVICES
1. Preparation of the pre-IND meeting package for BHT-207 and attendance at the pre-IND meeting with the U.S. Food and Drug Administration.
2. Review of the nonclinical development plan prepared by Company's contract research organization, Sierra Preclinical Partners, L.P., and written recommendations to Company.
3. Such other regulatory strategy services as Company and Consultant may agree in writing from time to time.`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Blue Heron Therapeutics, Inc.", "Okafor, Lind & Associates, LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-02",
      term: "12 months",
      renewal: "6 months",
    },
  },
  {
    id: "v22-people-secondment-minute-aberdeen",
    format: "docx",
    storedPageCount: 2,
    source: `# SECONDMENT AGREEMENT
MINUTE OF AGREEMENT
among
CALEDONIAN SUBSEA ENGINEERING LIMITED, incorporated under the Companies Acts (Registered Number SC412908) and having its Registered Office at Tern House, 2 Prospect Road, Westhill, Aberdeenshire AB32 6FJ (the "Employer");
NORTH SEA DECOMMISSIONING SERVICES (UK) LIMITED, incorporated under the Companies Acts (Registered Number SC598114) and having its Registered Office at 40 Albyn Place, Aberdeen AB10 1YN (the "Host"); and
ALASDAIR IAIN MACRAE, residing at 7 Braeside Crescent, Stonehaven AB39 2LT (the "Secondee")
WHEREAS the Secondee has been employed by the Employer as a Senior Pipeline Engineer under a contract of employment dated 12 August 2019 (the "Employment Contract"), and the Host wishes to obtain the services of the Secondee for its Brent Field decommissioning programme;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions. In this Agreement: "Commencement Date" means 1 May 2026; "Secondment" means the secondment of the Secondee to the Host under this Agreement; "Secondment Period" means the period from the Commencement Date to 30 April 2027 (both dates inclusive).
2. Secondment. The Employer shall second the Secondee to the Host for the Secondment Period, at the end of which the Secondee shall return to work for the Employer. The Secondment shall not be extended unless all of the parties so agree in writing.
3. Terms of employment. The Secondee shall remain employed by the Employer throughout the Secondment Period and the Employment Contract shall continue in full force, save that during the Secondment the Secondee shall work at the Host's offices at 40 Albyn Place, Aberdeen, and offshore as the Host reasonably directs, for 40 hours a week on a rotation of two weeks offshore and three weeks onshore. Nothing in this Agreement shall make the Secondee an employee of the Host or of its parent company, Forth & Tay Energy Holdings plc.
===
4. Salary and benefits. The Employer shall continue to pay the Secondee's salary of £96,000 a year together with an offshore allowance of £145 for each day spent offshore, and the Host shall reimburse the Employer for those sums plus an administration charge of eight per cent within thirty days after receipt of each monthly invoice.
5. Leave. The Secondee shall take his 33 days' annual leave at times agreed with the Host's Decommissioning Manager, presently Mr Calum Strachan.
6. Early termination. The Employer or the Host may end the Secondment early by giving the other parties not less than one month's written notice.
7. Confidentiality. The Secondee's obligations of confidence to the Host shall continue for two years after the end of the Secondment Period.
8. Law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CALEDONIAN SUBSEA ENGINEERING LIMITED | at Westhill on 14 April 2026 | by Fiona Grant, Director | before this witness: Euan Ross, 9 Old Skene Road, Westhill |
| Subscribed for and on behalf of NORTH SEA DECOMMISSIONING SERVICES (UK) LIMITED | at Aberdeen on 16 April 2026 | by Marjorie Duthie, Director | before this witness: Kirsty Baird, 40 Albyn Place, Aberdeen |
| Subscribed by the said ALASDAIR IAIN MACRAE | at Stonehaven on 17 April 2026 | | before this witness: Niall Ferguson, 3 Allardice Street, Stonehaven |`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Employment agreement",
      parties: ["Caledonian Subsea Engineering Limited", "North Sea Decommissioning Services (UK) Limited", "Alasdair Iain Macrae"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
    },
  },
  {
    id: "v22-people-power-of-attorney-crewing-guernsey",
    format: "pdf",
    source: `# POWER OF ATTORNEY
THIS DEED is made on the twentieth day of January in the year two thousand and twenty-six
BETWEEN:
(1) KESTREL MARITIME HOLDINGS (GUERNSEY) LIMITED, a company incorporated in the Island of Guernsey with registered number 58213, whose registered office is at Les Banques House, Les Banques, St Peter Port, Guernsey GY1 3HS (the "Company"); and
(2) MS CATRIONA M. LE PAGE of La Hougue Farm, Rue de la Hougue, Castel, Guernsey GY5 7DZ, the Company's Head of Crewing (the "Attorney").
WHEREAS:
(A) The Company is the holding company of the Kestrel group, whose vessels are crewed through its subsidiary Kestrel Crew Services Limited, and the Company wishes to appoint the Attorney to sign seafarers' employment agreements and related documents on its behalf.
(B) By a power of attorney dated 3 February 2023 the Company appointed Mr Pieter van der Berg as its attorney for similar purposes. That power is revoked by clause 6 below.
NOW THIS DEED WITNESSES as follows:
1. Appointment. The Company appoints the Attorney to be its attorney, in its name and on its behalf, to negotiate, sign, vary and terminate seafarers' employment agreements, crew agency agreements and articles of agreement for crew members serving on vessels owned or managed by any member of the Kestrel group.
2. Limits. The Attorney shall not sign any document under which the Company would incur a liability of more than US$250,000, and shall not appoint a substitute or delegate any of the powers in this Deed.
3. Acceptance and undertakings. By executing this Deed the Attorney accepts the appointment and undertakes to the Company to exercise the powers in good faith, to keep a register of every document signed under this Deed and to deliver that register to the Company Secretary at the end of each calendar quarter.
4. Duration. This Power of Attorney shall remain in force for a period of twelve (12) months from the date of this Deed, unless it is revoked earlier by written notice from the Company to the Attorney.
5. Ratification. The Company undertakes to ratify anything done by the Attorney under this Deed, including anything done within fourteen (14) days after revocation and before the Attorney has received notice of the revocation.
6. Revocation of prior power. The power of attorney dated 3 February 2023 in favour of Mr Pieter van der Berg is revoked with immediate effect.
7. Governing law. This Deed shall be governed by and construed in accordance with the laws of the Island of Guernsey, and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
| Executed as a deed by KESTREL MARITIME HOLDINGS (GUERNSEY) LIMITED | acting by Rupert Ozanne, Director | and Mélanie Brehaut, Director |
| Signed as a deed by CATRIONA M. LE PAGE | in the presence of: Advocate Jonathan Falla | Falla & Mahy Advocates, St Julian's Avenue, St Peter Port |`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Kestrel Maritime Holdings (Guernsey) Limited", "Catriona M. Le Page"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-01-20",
      expiryDate: "2027-01-20",
      term: "12 months",
    },
  },
  {
    id: "v22-people-settlement-agreement-belfast",
    format: "pdf",
    pageFooters: true,
    source: `DATED 9 February 2026
(1) LAGAN VALLEY FOODS (N.I.) LIMITED
(2) CIARÁN Ó DÓNAILL
# SETTLEMENT AGREEMENT
relating to the termination of the employment of Ciarán Ó Dónaill
Carson Whyte LLP, Solicitors, 14 Bedford Street, Belfast BT2 7FD
===
THIS AGREEMENT is made on 9 February 2026
BETWEEN:
(1) LAGAN VALLEY FOODS (N.I.) LIMITED (company number NI604417) whose registered office is at Unit 5, Blaris Industrial Estate, Altona Road, Lisburn BT27 5QB (the "Employer"); and
(2) CIARÁN Ó DÓNAILL of 22 Glenmore Park, Lisburn BT27 4RT (the "Employee").
WHEREAS the Employee has been employed by the Employer since 4 September 2017 under a contract of employment dated 28 August 2017, and the parties have agreed that the employment will end on the Termination Date on the terms of this agreement, which is intended to be a settlement agreement for the purposes of Article 245 of the Employment Rights (Northern Ireland) Order 1996.
1. Definitions. "Termination Date" means 31 March 2026. "Group Company" means the Employer, its holding company Lagan Valley Holdings plc and any subsidiary of either of them.
2. Termination. The Employee's employment will terminate on the Termination Date. Until then the Employee will remain on garden leave and will continue to receive his salary and contractual benefits.
3. Payment. Subject to the Employee's compliance with this agreement, the Employer will pay the Employee £38,500 as compensation for loss of employment within 28 days after the later of the Termination Date and the date on which the Employer receives a copy of this agreement signed by the Employee and the Adviser's certificate signed by the Adviser.
4. Waiver of claims. The Employee accepts the payment in full and final settlement of all claims he has or may have against the Employer or any Group Company, or any of their officers or employees, arising out of his employment or its termination.
5. Restrictive covenants. The Employee reaffirms the post-termination restrictions in clause 19 of his contract of employment, which will apply for six months after the Termination Date.
6. Independent advice. The Employee confirms that he has received independent legal advice from Orla McKenna of McKenna & Shields Solicitors, 3 Market Square, Lisburn BT28 1AG (the "Adviser"), a relevant independent adviser, as to the terms and effect of this agreement. The Employer will contribute up to £600 plus VAT towards the Adviser's fees.
7. Reference. The Employer will provide a reference in the agreed form to any prospective employer that requests one within two years after the Termination Date.
8. Governing law. This agreement is governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the industrial tribunals and courts of Northern Ireland.
===
Signed by Siobhán Kearney, HR Director, for and on behalf of LAGAN VALLEY FOODS (N.I.) LIMITED
Signature: ______________________ Date: 9 February 2026
Signed by CIARÁN Ó DÓNAILL
Signature: ______________________ Date: 9 February 2026
# ADVISER'S CERTIFICATE
I, Orla McKenna, of McKenna & Shields Solicitors, confirm that I have advised Ciarán Ó Dónaill as to the terms and effect of the above agreement and in particular its effect on his ability to pursue his rights before an industrial tribunal, and that there is in force a policy of insurance covering the risk of a claim by him in respect of loss arising from that advice.
Signature: ______________________ Date: 9 February 2026`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Foods (N.I.) Limited", "Ciarán Ó Dónaill"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v22-people-offer-letter-singapore",
    format: "docx",
    source: `MERIDIAN QUANTITATIVE PTE. LTD.
(UEN 201934567K)
8 Marina View, #29-01 Asia Square Tower 1, Singapore 018960
12 February 2026
PRIVATE & CONFIDENTIAL
Mr. Rahul Venkataraman
Blk 418 Bedok North Avenue 2, #07-153
Singapore 460418
Our ref: HR/2026/0117
# Offer of Employment
Dear Rahul,
We are pleased to offer you employment with Meridian Quantitative Pte. Ltd. (the "Company") as Senior Quantitative Analyst on the terms set out in this letter. You were introduced to us by Talent Bridge Asia Pte. Ltd.; that firm is not your employer, and no fee is payable by you.
1. Commencement. Your employment will commence on 2 March 2026 (the "Commencement Date"). Your employment is permanent and will continue until terminated by either party in accordance with paragraph 6.
2. Probation. The first six (6) months of your employment will be a probationary period, which the Company may extend by up to three (3) months.
3. Salary. Your basic salary will be S$14,500 per month, paid on the 25th day of each month, with an annual wage supplement of one month's basic salary payable in December.
4. Hours and place of work. Your normal working hours are 8.30 a.m. to 6.00 p.m., Monday to Friday, at our offices at Asia Square Tower 1.
5. Leave. You will be entitled to eighteen (18) working days' paid annual leave in each calendar year, pro-rated in your first year.
6. Notice. During probation either party may end your employment on one (1) week's notice; after confirmation, the notice period will be three (3) months, or salary in lieu of notice.
7. Restrictions. For six (6) months after your employment ends you will not solicit any client of the Company with whom you dealt in your last twelve (12) months of employment.
8. Governing law. This letter and your employment are governed by the laws of the Republic of Singapore.
This offer remains open until 19 February 2026. Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours sincerely,
for and on behalf of Meridian Quantitative Pte. Ltd.
Lim Shu Fen (Ms)
Head of Human Resources
===
# Acceptance
I, Rahul Venkataraman, accept the offer of employment on the terms set out in this letter.
Signature: ______________________
Date: 16 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Meridian Quantitative Pte. Ltd.", "Rahul Venkataraman"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v22-people-fixed-term-employment-sydney",
    format: "txt",
    source: `# FIXED TERM EMPLOYMENT AGREEMENT
# Key Details
| Item | Details |
| Employer | Jarrah & Banksia Landscape Architects Pty Ltd (ACN 612 449 870) as trustee for the Jarrah Banksia Unit Trust (ABN 47 612 449 870) of Level 3, 88 Foveaux Street, Surry Hills NSW 2010 |
| Employee | Ngaire T. Whitfield of 14/2 Wattle Street, Ultimo NSW 2007 |
| Position | Senior Landscape Architect (parental leave replacement for Ms Hana Brook) |
| Start Date | Monday, 4 May 2026 |
| Term | 18 months, commencing on the Start Date and ending on 3 November 2027 |
| Probation | 3 months |
| Notice | 4 weeks (either party) |
| Salary | $128,000 per annum plus superannuation |
| Governing law | New South Wales |
This Agreement is made between the Employer and the Employee named in the Key Details and is dated 20 April 2026.
1. Term. The Employee's employment begins on the Start Date and, subject to earlier termination under clause 6, ends at the end of the Term without the need for notice. This Agreement does not renew, and any further engagement will require a new written agreement.
2. Award. The Architects Award 2020 and the National Employment Standards under the Fair Work Act 2009 (Cth) apply to the employment. The Salary is paid in satisfaction of all entitlements under the Award.
3. Duties. The Employee will report to the Studio Director, currently Marcus Oyelaran, and will perform the duties of the Position.
4. Hours. The Employee's ordinary hours are 38 hours per week, Monday to Friday, plus reasonable additional hours.
5. Leave. The Employee is entitled to annual leave, personal/carer's leave and other leave in accordance with the National Employment Standards.
6. Termination. Either party may end the employment before the end of the Term by giving the period of notice in the Key Details. The Employer may end the employment without notice for serious misconduct.
7. Restraint. For 6 months after the employment ends, the Employee must not solicit or accept work from any client of the Employer with whom the Employee dealt in the last 12 months of the employment.
8. Confidentiality. The Employee's obligations of confidentiality continue after the employment ends.
9. Governing law. This Agreement is governed by the laws of New South Wales, and the parties submit to the non-exclusive jurisdiction of the courts of that State.
Executed as an agreement
| Executed by Jarrah & Banksia Landscape Architects Pty Ltd (ACN 612 449 870) as trustee for the Jarrah Banksia Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | |
| Director: Marcus Oyelaran | Director/Secretary: Eliza Pham-Nguyen |
| Signed by Ngaire T. Whitfield | Witness: Tom Baxter |`,
    truth: {
      title: "Fixed Term Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Jarrah & Banksia Landscape Architects Pty Ltd", "Ngaire T. Whitfield"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-04",
      expiryDate: "2027-11-03",
      term: "18 months",
    },
  },
  {
    id: "v22-people-deed-of-variation-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to an Employment Agreement dated 1 September 2021
THIS DEED is made on the 15th day of June 2026
BETWEEN:
(1) HARBOURFRONT ASSET MANAGEMENT (HONG KONG) LIMITED, a company incorporated in Hong Kong with company number 2875310, whose registered office is at 32/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong (the "Company"); and
(2) WONG MEI-LING, VIVIAN, of Flat 12B, Tower 2, Residence Bel-Air, 38 Bel-Air Avenue, Pok Fu Lam, Hong Kong (the "Executive").
RECITALS:
(A) The Executive and Harbourfront Asset Management (Singapore) Pte. Ltd. ("HAM Singapore") entered into an employment agreement dated 1 September 2021 (the "Employment Agreement"), which was governed by the laws of Singapore and provided for an initial term of three (3) years from 1 September 2021, renewing automatically for successive periods of one (1) year unless either party gave notice.
(B) By a deed of novation dated 2 January 2024 between HAM Singapore, the Company and the Executive, the Employment Agreement was novated to the Company and HAM Singapore was released from it.
(C) The Executive is to be promoted to Chief Investment Officer, Asia ex-Japan, and the parties wish to vary the Employment Agreement by this Deed.
IT IS AGREED as follows:
1. Definitions. "Variation Effective Date" means 1 July 2026. Terms defined in the Employment Agreement have the same meanings in this Deed.
2. Variations. With effect from the Variation Effective Date the Employment Agreement is varied as follows:
(a) clause 2.1 (Position) is replaced by: "The Executive shall serve as Chief Investment Officer, Asia ex-Japan, reporting to the Group Chief Executive of Harbourfront Capital Group AB, currently Mr. Anders Kjær-Holm.";
(b) in clause 5.1 (Salary), "HK$3,100,000" is replaced by "HK$4,200,000";
(c) in clause 14.1 (Notice), "three (3) months" is replaced by "six (6) months";
(d) in clause 17.2 (Non-competition), the restricted period of "six (6) months" is replaced by "nine (9) months"; and
(e) clause 25 (Governing Law) is replaced by: "This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region."
3. Continuation. Save as varied by this Deed, the Employment Agreement remains in full force and effect, and the Employment Agreement and this Deed shall be read as one document.
4. Governing law. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the courts of Hong Kong.
===
IN WITNESS WHEREOF this Deed has been executed as a deed on the date first written above.
The Common Seal of HARBOURFRONT ASSET MANAGEMENT (HONG KONG) LIMITED was affixed in the presence of:
Director: Chan Ka-Wai, Kelvin
Director: Ng Siu-Fong
SIGNED, SEALED AND DELIVERED by WONG MEI-LING, VIVIAN in the presence of:
Witness: Leung Tsz-Yan, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Harbourfront Asset Management (Hong Kong) Limited", "Wong Mei-Ling, Vivian"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      amends: "Employment Agreement",
    },
  },
];
