import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (helper a): employment, consultancy, services, licence and agency documents with independently written truths. */
export const EMPLOYMENT_AND_SERVICES_V13: UnseenDocument[] = [
  {
    id: "v13-a-scottish-executive-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# EXECUTIVE SERVICE AGREEMENT
MINUTE OF AGREEMENT
between
ALBA TIDAL ENERGY LIMITED, incorporated under the Companies Acts (registered number SC612345) and having its registered office at 14 Melville Street, Edinburgh EH3 7NS (the "Company")
and
FIONA MAIRI MACLEOD, residing at 7 Craiglockhart Drive South, Edinburgh EH14 1HS (the "Executive")
WHEREAS the Company wishes to employ the Executive as its Chief Operating Officer and the Executive has agreed to serve on the terms set out below: NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Interpretation
1.1 In this Agreement: "Commencement Date" means 1 April 2026; "Fixed Term" has the meaning given in clause 2.1; "Restricted Period" means the period of twelve (12) months following the Termination Date, less any period spent on garden leave; "Termination Date" means the date on which the Executive's employment ends, however it ends.
# 2. Appointment and Duration
2.1 The Company shall employ the Executive for a fixed period of three years, commencing on the Commencement Date and ending on the day before the third anniversary of the Commencement Date (the "Fixed Term"), unless terminated earlier under clause 12.
2.2 The Executive's period of continuous employment began on 6 January 2020, when the Executive joined Alba Tidal Services Limited, a company in the same group.
2.3 Any extension of the Fixed Term must be agreed in writing by the parties not later than three months before it ends; in the absence of such agreement the employment shall end on expiry of the Fixed Term.
# 4. Remuneration
4.1 The Company shall pay the Executive a salary of £165,000 per annum, payable monthly in arrears on or about the 28th day of each month.
4.2 The Executive is eligible for an annual bonus of up to 40% of salary, payable within ninety (90) days after the end of the financial year to which it relates.
===
# 12. Termination
12.1 Either party may terminate the employment before the end of the Fixed Term by giving the other not less than six (6) months' written notice.
12.2 During any period of notice the Company may require the Executive to take garden leave for up to three (3) months.
# 14. Restrictive Covenants
14.1 The Executive shall not during the Restricted Period be engaged in any business which competes with the tidal energy business of the Company in Scotland, Ireland or Norway.
14.2 The Executive shall not during the Restricted Period solicit any person who was a customer of the Company in the twelve (12) months before the Termination Date.
# 18. Law and Jurisdiction
18.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents on this and the preceding page are subscribed as follows:
subscribed for and on behalf of the Company by Alasdair Ross Grant, Director, at Edinburgh on 9 March 2026 before this witness: Morag Cameron, 21 Queen Street, Edinburgh
subscribed by the Executive at Glasgow on 11 March 2026 before this witness: Iain Duncan Munro, 5 Park Circus, Glasgow`,
    truth: {
      title: "Executive Service Agreement",
      documentType: "Employment agreement",
      parties: ["Alba Tidal Energy Limited", "Fiona Mairi MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v13-a-delaware-master-services-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
between
GRANITE PEAK LOGISTICS, LLC
and
NORTHWIND DATA SYSTEMS, INC.
===
This Master Services Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”), by and between Granite Peak Logistics, LLC, a Delaware limited liability company with offices at 1201 N. Orange Street, Wilmington, Delaware 19801 (“Customer”), and Northwind Data Systems, Inc., a Colorado corporation with its principal place of business at 1700 Lincoln Street, Suite 2400, Denver, Colorado 80203 (“Provider”).
# 1. Definitions
1.1 “Initial Term” means the period of thirty-six (36) months from the Effective Date.
1.2 “Renewal Term” has the meaning given in Section 9.2.
1.3 “Statement of Work” or “SOW” means a statement of work executed by both parties that references this Agreement.
# 2. Services
2.1 Provider shall perform the managed data services described in each SOW. Each SOW shall state its own duration, which shall not extend the term of this Agreement.
# 5. Fees and Payment
5.1 Customer shall pay each undisputed invoice within forty-five (45) days after receipt. Overdue amounts bear interest at one percent (1%) per month.
# 7. Warranties
7.1 Provider warrants that the Services will be performed in a professional and workmanlike manner. Customer must notify Provider of any breach of this warranty within ninety (90) days after performance of the affected Services.
# 8. Confidentiality
8.1 Each party shall hold the other party’s Confidential Information in confidence and use it only to perform or receive the Services.
# 9. Term and Termination
9.1 This Agreement begins on the Effective Date and continues for the Initial Term.
9.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods of twelve (12) months each (each, a “Renewal Term”) unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
9.3 Either party may terminate this Agreement for a material breach that is not cured within thirty (30) days after written notice.
9.4 Sections 5 and 8 survive termination or expiry of this Agreement for a period of five (5) years.
# 10. Miscellaneous
10.1 This Agreement is governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. The state and federal courts located in New Castle County, Delaware have exclusive jurisdiction.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| GRANITE PEAK LOGISTICS, LLC | NORTHWIND DATA SYSTEMS, INC. |
| By: /s/ Dana R. Whitcomb | By: /s/ Arjun Mehta |
| Name: Dana R. Whitcomb, Chief Executive Officer | Name: Arjun Mehta, President |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Granite Peak Logistics, LLC", "Northwind Data Systems, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v13-a-nsw-consultancy-key-details",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTANCY AGREEMENT
# Key Details
| Item | Details |
| Client | Tasman Ridge Water Corporation Pty Ltd (ACN 098 765 432) of Level 9, 60 Martin Place, Sydney NSW 2000 |
| Consultant | Harbourline Advisory Pty Ltd (ACN 612 345 678) as trustee for the Harbourline Unit Trust (ABN 55 612 345 678) of 3/18 Blues Point Road, McMahons Point NSW 2060 |
| Key Person | Nicholas A. Papadopoulos |
| Services | Strategic asset-management advice for the Upper Nepean Pipeline Renewal Program, as described in Schedule 1 |
| Commencement Date | 1 July 2026 |
| Term | From the Commencement Date until and including 30 June 2027 |
| Fees | $2,450 per day (excluding GST), invoiced monthly in arrears and payable within 21 days after receipt of a valid tax invoice |
| Termination for convenience | Either party, on 20 Business Days' written notice |
| Governing law | New South Wales |
| Date of this Agreement | 18 June 2026 |
===
# Terms and Conditions
1. The Consultant must provide the Services during the Term through the Key Person, who may not be replaced without the Client's prior written consent.
2. The Client must pay the Fees in accordance with the Key Details. The Consultant may not charge for travel time within the Sydney metropolitan area.
3. Either party may terminate this Agreement for convenience by giving the notice specified in the Key Details, or immediately by written notice if the other party commits a material breach that is not remedied within 10 Business Days.
4. The Consultant must maintain professional indemnity insurance of at least $5,000,000 during the Term and for seven (7) years after it ends.
5. For six (6) months after the end of the Term, the Consultant must not advise any other water utility on the Upper Nepean Pipeline Renewal Program.
6. Clauses 4 and 5 survive the end of this Agreement.
7. This Agreement is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed by Tasman Ridge Water Corporation Pty Ltd (ACN 098 765 432) in accordance with section 127 of the Corporations Act 2001 (Cth)
| Director: Helen M. Osei | Director/Company Secretary: Grant Yeoh |
Executed by Harbourline Advisory Pty Ltd (ACN 612 345 678) as trustee for the Harbourline Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth)
| Sole Director and Company Secretary: Nicholas A. Papadopoulos |`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Tasman Ridge Water Corporation Pty Ltd", "Harbourline Advisory Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
    },
  },
  {
    id: "v13-a-ontario-offer-letter",
    format: "txt",
    source: `Northern Larch Robotics Inc.
250 University Avenue, Suite 800, Toronto, Ontario M5H 3E5
February 9, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya K. Raman
45 Lakeshore Road East, Unit 1203
Mississauga, Ontario L5G 1C9
# Offer of Employment
Dear Priya:
We are delighted to offer you the position of Senior Controls Engineer with Northern Larch Robotics Inc. (the “Company”), reporting to the Vice President, Engineering, on the terms set out in this letter.
1. Start date. Your employment will commence on March 16, 2026 (the “Commencement Date”).
2. Duration. Your employment is for an indefinite term and will continue until terminated by you or by the Company in accordance with this letter.
3. Probation. The first three (3) months of your employment will be a probationary period.
4. Salary. Your base salary will be CAD $128,000 per year, paid bi-weekly in arrears. You will be entitled to three (3) weeks of paid vacation in each calendar year.
5. Termination. The Company may terminate your employment without cause by providing you with the minimum notice or pay in lieu of notice, severance and benefits required by the Employment Standards Act, 2000 (Ontario). You agree to give the Company four (4) weeks’ written notice of resignation.
6. Non-solicitation. For twelve (12) months after your employment ends, you will not solicit any employee or customer of the Company.
7. Governing law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario.
This offer remains open for acceptance until 5:00 p.m. (Toronto time) on February 20, 2026. To accept, please sign and return a copy of this letter.
Yours truly,
Northern Larch Robotics Inc.
Per: Gordon B. Fraser, Vice President, People
I accept the offer of employment on the terms set out above.
Priya K. Raman
Date: February 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northern Larch Robotics Inc.", "Priya K. Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-16",
      term: "Until terminated",
    },
  },
  {
    id: "v13-a-irish-software-licence-go-live",
    format: "pdf",
    source: `# SOFTWARE LICENCE AGREEMENT
THIS AGREEMENT is dated 14 January 2026
BETWEEN:
(1) CLOCHÁN SOFTWARE DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 654321 whose registered office is at Block C, Eastpoint Business Park, Dublin 3, D03 X2F4 (the "Licensor");
(2) MUNSTER VETERINARY GROUP UNLIMITED COMPANY, a company incorporated in Ireland with registered number 543210 whose registered office is at 2 Lapp's Quay, Cork, T12 RW7D; and
(3) MUNSTER VETERINARY LABORATORIES LIMITED, a company incorporated in Ireland with registered number 432109 whose registered office is at Raheen Business Park, Limerick, V94 K2N3,
(the parties at (2) and (3) together the "Licensees").
BACKGROUND
(A) The Licensor owns the LabTrack laboratory information management software.
(B) The Licensees wish to use that software at their laboratories in Cork and Limerick on the terms of this Agreement.
IT IS AGREED as follows:
# 1. Definitions
"Go-Live Date" means the date on which the Licensor notifies the Licensees in writing that the Software has been installed at both Sites and has passed the acceptance tests in Schedule 2.
"Software" means the LabTrack software in object code form, including all updates supplied under this Agreement.
# 2. Licence
2.1 The Licensor grants to the Licensees a non-exclusive, non-transferable licence to install and use the Software at the Sites for their internal business purposes.
# 3. Commencement and Duration
3.1 This Agreement commences on the date of this Agreement and, unless terminated earlier, continues for an initial period of twenty-four (24) months from the Go-Live Date.
3.2 The Licensees may extend this Agreement for a further twelve (12) months by written notice given not later than three (3) months before the end of that initial period.
3.3 The Licensor shall use reasonable endeavours to achieve the Go-Live Date within ninety (90) days after the date of this Agreement.
# 4. Fees
4.1 The Licence Fee is payable annually in advance within thirty (30) days after the date of each invoice.
# 7. Warranty
7.1 The Licensor warrants that for a period of six (6) months from the Go-Live Date the Software will perform substantially in accordance with its documentation.
# 12. Governing Law and Jurisdiction
12.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
SIGNED for and on behalf of CLOCHÁN SOFTWARE DESIGNATED ACTIVITY COMPANY by Éanna Fitzgerald, Director
SIGNED for and on behalf of MUNSTER VETERINARY GROUP UNLIMITED COMPANY by Siobhán M. Ní Bhriain, Director
SIGNED for and on behalf of MUNSTER VETERINARY LABORATORIES LIMITED by Declan J. O'Keeffe, Director`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Clochán Software Designated Activity Company", "Munster Veterinary Group Unlimited Company", "Munster Veterinary Laboratories Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-14",
      term: "24 months",
    },
  },
  {
    id: "v13-a-deed-of-variation-employment",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED is made on the 2nd day of February 2026
BETWEEN
(1) HOLLOWAY & FINCH PUBLISHING LIMITED (company number 04567123) whose registered office is at 22 Bedford Row, London WC1R 4JS (the "Employer"); and
(2) OLUWASEUN T. ADEYEMI of Flat 4, 31 Ferndale Road, London SW9 8BQ (the "Employee").
BACKGROUND
(A) The Employee is employed by the Employer under a contract of employment dated 1 September 2021 (the "Contract of Employment"), which is for an indefinite period.
(B) The parties wish to vary the Contract of Employment on the terms of this Deed.
# 1. Effective Date
1.1 This Deed takes effect on 1 March 2026 (the "Effective Date").
# 2. Variations
2.1 With effect from the Effective Date the Contract of Employment is varied as follows:
(a) the Employee's job title shall be Publishing Director;
(b) clause 4.1 (Salary) is amended so that the Employee's basic salary is £96,000 per annum;
(c) clause 17.1 (Notice) is amended by deleting "three months'" and inserting "six months'";
(d) the following new clause 18.4 is inserted: "For a period of nine months after the Termination Date the Employee shall not solicit any author who was under contract with the Employer during the final twelve months of the Employee's employment."
2.2 Except as varied by this Deed, the Contract of Employment remains in full force and effect.
# 3. General
3.1 This Deed may be executed in counterparts.
3.2 This Deed and any dispute or claim arising out of it are governed by the law of England and Wales.
This Deed has been executed and delivered as a deed on the date first written above.
Executed as a deed by HOLLOWAY & FINCH PUBLISHING LIMITED acting by Marcus Holloway, a director, in the presence of: Witness: Rebecca Lyle, 9 Gray's Inn Square, London WC1R 5JD
Signed as a deed by OLUWASEUN T. ADEYEMI in the presence of: Witness: Tomás Ferreira, 40 Brixton Hill, London SW2 1QN`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Holloway & Finch Publishing Limited", "Oluwaseun T. Adeyemi"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-01",
      amends: "Contract of Employment",
    },
  },
  {
    id: "v13-a-kenya-settlement-signature-block-parties",
    format: "pdf",
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is made on the 27th day of April 2026 between the parties whose details are set out in the execution block at the end of this Agreement (the "Company" and the "Employee").
WHEREAS:
(A) The Employee has been employed by the Company as Regional Operations Manager under a contract of employment dated 1 February 2019.
(B) The Company has notified the Employee that her position is redundant, and her employment will terminate on 30 April 2026 (the "Termination Date").
(C) The parties wish to settle all claims the Employee has or may have against the Company arising from her employment or its termination.
NOW IT IS AGREED as follows:
1. Termination. The Employee's employment shall terminate on the Termination Date. The Company shall pay the Employee her salary and accrued leave up to the Termination Date.
2. Settlement Sum. The Company shall pay the Employee KES 3,600,000 (the "Settlement Sum"), which includes severance pay under section 40 of the Employment Act, 2007, within fourteen (14) days after the later of the Termination Date and the date of this Agreement.
3. Certificate of Service. The Company shall issue a certificate of service to the Employee within seven (7) days after the Termination Date.
4. Company Property. The Employee shall return all property of the Company, including her laptop and motor vehicle KDA 123X, on or before the Termination Date.
5. Non-solicitation. For six (6) months after the Termination Date the Employee shall not solicit any customer of the Company with whom she dealt in the last twelve (12) months of her employment.
6. Confidentiality. The Employee shall keep the terms of this Agreement and the Company's confidential information confidential without limit of time.
7. Full and Final Settlement. The Employee accepts the Settlement Sum in full and final settlement of all claims, and shall not bring any claim before the Employment and Labour Relations Court in respect of her employment.
8. Governing Law. This Agreement is governed by the laws of Kenya.
# EXECUTION
SIGNED by DAVID KIPROTICH RONO, Director, for and on behalf of KESTREL LOGISTICS (KENYA) LIMITED (Company No. PVT-7XY123A), of Mombasa Road, P.O. Box 45210-00100, Nairobi (the "Company")
in the presence of: Grace N. Mutua, Advocate
SIGNED by WANJIRU ACHIENG ODHIAMBO (ID No. 28765432), of P.O. Box 1180-00606, Nairobi (the "Employee")
in the presence of: Peter O. Otieno, Advocate`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Kestrel Logistics (Kenya) Limited", "Wanjiru Achieng Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-27",
    },
  },
  {
    id: "v13-a-india-sales-agency-partnership",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
This Sales Agency Agreement is made at Chennai on this 15th day of May, 2026
BY AND BETWEEN
Vaigai Pumps and Motors Private Limited, a company incorporated under the Companies Act, 2013, having CIN U29120TN2011PTC081234 and its registered office at No. 42, Industrial Estate, Guindy, Chennai 600 032, hereinafter referred to as the "Principal" (which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
Raghavan & Sons, a partnership firm registered under the Indian Partnership Act, 1932, having its principal office at 17 Town Hall Road, Madurai 625 001, acting through its managing partner Mr. S. Raghavan Iyer, hereinafter referred to as the "Agent" of the OTHER PART.
WHEREAS the Principal manufactures agricultural pump sets and the Agent has agreed to promote them in the Territory on the terms below.
NOW THIS AGREEMENT WITNESSETH as follows:
1. Appointment. The Principal appoints the Agent as its exclusive sales agent for the districts of Madurai, Dindigul and Theni (the "Territory") to canvass and obtain orders for the Products. The Agent shall not conclude any contract in the name of the Principal.
2. Term.
2.1 This Agreement shall come into force on 1 June 2026 (the "Commencement Date") and shall remain in force for a period of two (2) years from and including the Commencement Date.
2.2 Thereafter this Agreement shall automatically renew for successive periods of one (1) year each, unless either Party gives the other not less than three (3) months' written notice of its intention not to renew.
3. Commission. The Principal shall pay the Agent a commission of four per cent (4%) of the net invoice value of all Products sold in the Territory, within thirty (30) days after the end of each calendar quarter.
4. Non-compete. During the Term and for one (1) year thereafter, the Agent shall not promote any products that compete with the Products in the Territory.
5. Security Deposit. The Agent shall keep a security deposit of INR 5,00,000 with the Principal, refundable within sixty (60) days after expiry or termination of this Agreement.
6. Governing Law and Disputes. This Agreement shall be governed by the laws of India. Any dispute shall be referred to arbitration seated at Chennai under the Arbitration and Conciliation Act, 1996, and subject thereto the courts at Chennai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day and year first above written.
For Vaigai Pumps and Motors Private Limited
K. Meenakshi Sundaram, Director
For Raghavan & Sons
S. Raghavan Iyer, Managing Partner
Witnesses: 1. R. Lakshmi Narayanan  2. P. Anitha Devi`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Vaigai Pumps and Motors Private Limited", "Raghavan & Sons"],
      governingLaw: "India",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-05-31",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
