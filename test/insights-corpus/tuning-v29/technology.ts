import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: technology — SaaS, software licences, hosting, development, data processing, order forms, outsourcing, IT services. */
export const TECHNOLOGY_V29: UnseenDocument[] = [
  {
    id: "v29-technology-saas-master-subscription-california",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SUBSCRIPTION AGREEMENT
This Master Subscription Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”) by and between Cobaltline Software, Inc., a Delaware corporation with offices at 415 Mission Street, Suite 1900, San Francisco, California 94105 (“Provider”), and Redwood Valley Health Partners, LLC, a California limited liability company with its principal place of business at 2200 Cleveland Avenue, Santa Rosa, California 95403 (“Customer”).
# 1. Services
1.1 Provider shall make its hosted scheduling and patient-intake platform (the “Services”) available to Customer’s authorized users during the Subscription Term, in accordance with the order documents signed by the parties and the service level commitments in Exhibit A.
1.2 The Services are provided on a hosted basis only. No software is sold, licensed or delivered to Customer under this Agreement, and Customer shall not receive any copy of the object code or source code of the platform.
1.3 Provider shall use commercially reasonable efforts to make the Services available 99.9% of the time in each calendar month, excluding scheduled maintenance notified at least forty-eight (48) hours in advance.
# 2. Fees and Payment
2.1 Customer shall pay the subscription fees set out in each order document. Provider shall invoice fees annually in advance, and Customer shall pay each undisputed invoice within thirty (30) days of the invoice date.
2.2 Provider may increase fees with effect from the start of any Renewal Term by giving Customer at least ninety (90) days’ prior written notice, provided that any increase shall not exceed five percent (5%).
# 3. Term and Termination
3.1 The initial term of this Agreement shall commence on the Effective Date and continue for thirty-six (36) months (the “Initial Term”).
3.2 Thereafter, this Agreement shall automatically renew for successive periods of twelve (12) months (each, a “Renewal Term”) unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3.3 Either party may terminate this Agreement upon written notice if the other party materially breaches this Agreement and fails to cure such breach within thirty (30) days after receiving notice of it.
3.4 For thirty (30) days after termination, Provider shall make Customer Data available for export, after which Provider shall delete it.
===
# 4. Confidentiality and Data
4.1 Each party shall protect the other party’s Confidential Information with at least reasonable care. The obligations in this Section 4 shall survive for five (5) years after termination of this Agreement.
4.2 The parties shall comply with the Business Associate Agreement attached as Exhibit B with respect to protected health information.
# 5. General
5.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. The state and federal courts located in San Francisco County, California shall have exclusive jurisdiction.
5.2 This Agreement, together with its exhibits and order documents, constitutes the entire agreement between the parties regarding its subject matter.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| COBALTLINE SOFTWARE, INC. | REDWOOD VALLEY HEALTH PARTNERS, LLC |
| By: Daniel Okafor | By: Teresa Lindqvist |
| Title: Chief Revenue Officer | Title: Managing Member |
| Date: March 2, 2026 | Date: March 3, 2026 |`,
    truth: {
      title: "Master Subscription Agreement",
      documentType: "Services agreement",
      parties: ["Cobaltline Software, Inc.", "Redwood Valley Health Partners, LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v29-technology-software-licence-england",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 14 April 2026
(1) LANTERN GEOSPATIAL LIMITED
(2) BRACKENFORD WATER SERVICES PLC
# SOFTWARE LICENCE AGREEMENT
relating to the AquaTrace network modelling software
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) LANTERN GEOSPATIAL LIMITED incorporated and registered in England and Wales with company number 08812345 whose registered office is at 3 Temple Quay, Bristol BS1 6DZ (Licensor).
(2) BRACKENFORD WATER SERVICES PLC incorporated and registered in England and Wales with company number 02366119 whose registered office is at Riverside House, Station Road, Reading RG1 1LX (Licensee).
# BACKGROUND
(A) The Licensor owns the AquaTrace network modelling software and wishes to grant the Licensee a licence to install and use it on the terms of this agreement.
# AGREED TERMS
1. Definitions. In this agreement: Commencement Date: 1 May 2026. Initial Term: the period of five years from the Commencement Date. Warranty Period: 90 days from the date of Delivery of each release of the Software.
2. Grant. In consideration of the Licence Fee, the Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software on up to 40 named workstations and two server environments at the Licensee's premises in the United Kingdom.
3. Duration. This agreement shall take effect on the Commencement Date and shall continue for the Initial Term, unless terminated earlier in accordance with clause 9.
4. Extension. The Licensee may, by giving the Licensor not less than six months' written notice before the end of the Initial Term, extend this agreement for one further period of two years on the same terms, save that the Licence Fee shall be adjusted in accordance with Schedule 2.
5. Licence Fee. The Licensee shall pay the Licence Fee of £186,000 (exclusive of VAT) within 30 days of the Commencement Date, and the annual support charge set out in Schedule 2 within 30 days of each invoice.
6. Warranty. The Licensor warrants that the Software will perform substantially in accordance with the Documentation during the Warranty Period.
7. Source code escrow. Within 60 days of the Commencement Date the Licensor shall deposit the source code of the Software with NCC Group Escrow Limited under a single licensee escrow agreement, and shall update the deposit within 30 days of each major release.
8. Limitation of liability. The Licensor's total liability arising under or in connection with this agreement shall not exceed an amount equal to the Licence Fee.
===
9. Termination. Either party may terminate this agreement with immediate effect by written notice if the other commits a material breach which it fails to remedy within 30 days of being notified of it. On termination the Licensee shall cease using the Software and, within 14 days, certify that all copies have been deleted.
10. Governing law. This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
11. Jurisdiction. Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to settle any dispute or claim arising out of or in connection with this agreement.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Priya Raman, Director, for and on behalf of LANTERN GEOSPATIAL LIMITED | ........................ |
| Signed by Andrew Collingwood, Chief Information Officer, for and on behalf of BRACKENFORD WATER SERVICES PLC | ........................ |`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Lantern Geospatial Limited", "Brackenford Water Services PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-05-01",
      term: "5 years",
    },
  },
  {
    id: "v29-technology-payroll-bureau-minute-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
between
THISTLE PAYROLL SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 14 Melville Street, Edinburgh EH3 7NS (hereinafter referred to as “the Bureau”)
and
GLENMORRAN ESTATES LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305512) and having its Registered Office at Glenmorran House, Aberfeldy, Perthshire PH15 2JQ (hereinafter referred to as “the Client”)
CONSIDERING THAT the Client wishes to outsource the processing of its payroll data and the Bureau has agreed to provide payroll processing services to the Client on the terms of this Minute of Agreement; NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Services. The Bureau shall provide to the Client the payroll bureau services described in the Schedule (“the Services”), including the calculation of pay, deductions and pension contributions, submission of Real Time Information to HM Revenue & Customs and the issue of payslips to the Client’s employees.
2. Data processing. In providing the Services the Bureau shall act as processor of personal data on behalf of the Client, shall process such data only on the documented instructions of the Client, and shall ensure that persons authorised to process the data are bound by obligations of confidentiality.
3. Records. The Bureau shall retain payroll records for a period of six years after the end of the tax year to which they relate, or such shorter period as the Client may direct in writing.
4. Duration. This Minute of Agreement shall commence on 1 June 2026 (“the Commencement Date”) and shall continue thereafter until terminated by either party giving to the other not less than three months’ notice in writing.
5. Charges. The Client shall pay the Bureau a monthly charge of £8.50 per employee processed, payable within fourteen days of the date of the Bureau’s invoice.
6. Exit. On termination the Bureau shall, within twenty-one days, return all Client data in a commonly used electronic format and thereafter securely delete all copies in its possession.
7. Law. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
# SCHEDULE
Weekly and monthly payroll runs; statutory sick pay, maternity and paternity pay calculations; auto-enrolment pension assessments and submissions; year-end P60 production; and a payroll helpline available 9am to 5pm on business days.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
subscribed for and on behalf of THISTLE PAYROLL SERVICES LIMITED at Edinburgh on 20 May 2026 by Fiona Margaret Baird, Director, before this witness Callum Reid, 9 Dundas Street, Edinburgh
subscribed for and on behalf of GLENMORRAN ESTATES LLP at Aberfeldy on 22 May 2026 by Hamish Stewart Drummond, Designated Member, before this witness Isla Ferguson, 3 Bank Street, Aberfeldy`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Thistle Payroll Services Limited", "Glenmorran Estates LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v29-technology-order-form-singapore",
    format: "txt",
    source: `# ORDER FORM
Order Form No. OF-2026-0418
This Order Form is entered into between the Provider and the Customer named below and is issued under the Master Services Agreement between them dated 5 January 2025 (the "MSA"), which has an initial term of three years from that date. Capitalised terms not defined here have the meanings given in the MSA.
| Provider | Meridian Cloudworks Pte. Ltd. (UEN 201912345K), 8 Marina View, #27-01, Singapore 018960 |
| Customer | Straits Harbour Logistics Pte. Ltd. (UEN 200512345M), 21 Tuas South Avenue 3, Singapore 637601 |
| Order Effective Date | 1 July 2026 |
| Subscription Term | 1 July 2026 to 30 June 2027 |
| Services | FleetSight telemetry platform (hosted), Enterprise tier, up to 250 vehicles, with 24x7 support |
| Fees | SGD 84,000 per annum, invoiced annually in advance; payable within 30 days of invoice |
| Renewal | This Order Form renews automatically for successive renewal terms of twelve (12) months each unless either party gives written notice of non-renewal at least 90 days before the end of the current term |
| Data location | Singapore region only |
Special terms
1. The Provider will deliver the Services as a hosted service; the Customer receives access to the Services only and no software will be installed on the Customer's systems.
2. Onboarding will be completed within 45 days after the Order Effective Date. Service credits under Schedule 3 of the MSA apply from the end of the onboarding period.
3. Customer Data will be retained for 60 days after the end of the Subscription Term and then deleted.
4. If there is any conflict between this Order Form and the MSA, this Order Form prevails in respect of the Services ordered here.
5. This Order Form is governed by the laws of Singapore, and the parties submit to the non-exclusive jurisdiction of the courts of Singapore.
Signed for and on behalf of Meridian Cloudworks Pte. Ltd.
Name: Lim Wei Jie, Director, Enterprise Sales. Date: 18 June 2026
Signed for and on behalf of Straits Harbour Logistics Pte. Ltd.
Name: Nur Aisyah binte Rahman, Chief Operating Officer. Date: 22 June 2026`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Meridian Cloudworks Pte. Ltd.", "Straits Harbour Logistics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v29-technology-hosting-second-amending-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# SECOND AMENDING AGREEMENT
THIS SECOND AMENDING AGREEMENT is made as of the 15th day of June, 2026.
BETWEEN:
NORTHBRIDGE DATA CENTRES INC., a corporation incorporated under the laws of the Province of Ontario (the “Provider”)
- and -
LAKESHORE MUTUAL INSURANCE COMPANY, a corporation continued under the Insurance Act (Ontario) (the “Customer”)
WHEREAS the Provider and the Customer entered into a Managed Hosting Services Agreement dated September 1, 2023, for an initial term of five (5) years commencing on September 1, 2023, as amended by a first amending agreement dated March 14, 2025 (as so amended, the “Hosting Agreement”);
AND WHEREAS the parties wish to amend the Hosting Agreement to add disaster recovery services and to revise the fees, with effect from July 1, 2026 (the “Amendment Effective Date”);
NOW THEREFORE in consideration of the mutual covenants herein and other good and valuable consideration (the receipt and sufficiency of which are hereby acknowledged), the parties agree as follows:
1. Interpretation. Capitalized terms used but not defined in this Second Amending Agreement have the meanings given to them in the Hosting Agreement.
2. Disaster Recovery Services. With effect from the Amendment Effective Date, Schedule B (Service Description) of the Hosting Agreement is deleted and replaced with Schedule B attached to this Second Amending Agreement, which adds warm-standby disaster recovery at the Provider’s Kanata facility with a recovery time objective of four (4) hours.
3. Fees. With effect from the Amendment Effective Date, the monthly hosting fee set out in Schedule C of the Hosting Agreement is increased from $42,500 to $51,750, plus applicable taxes, payable within thirty (30) days of invoice.
4. Termination for Convenience. Section 14.2 of the Hosting Agreement is amended by deleting “one hundred and eighty (180) days” and replacing it with “one hundred and twenty (120) days”.
===
5. Confirmation. Except as expressly amended by this Second Amending Agreement, the Hosting Agreement remains unamended and in full force and effect, and the term of the Hosting Agreement is not extended or otherwise affected.
6. Governing Law. This Second Amending Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7. Counterparts. This Second Amending Agreement may be executed in counterparts and delivered by electronic transmission, each of which shall be deemed an original.
IN WITNESS WHEREOF the parties have executed this Second Amending Agreement as of the date first written above.
| NORTHBRIDGE DATA CENTRES INC. | LAKESHORE MUTUAL INSURANCE COMPANY |
| Per: Marc-André Gauthier, President | Per: Sandra Whitfield, Senior Vice-President, Technology |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Second Amending Agreement",
      documentType: "Amendment",
      parties: ["Northbridge Data Centres Inc.", "Lakeshore Mutual Insurance Company"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      amends: "Managed Hosting Services Agreement",
    },
  },
  {
    id: "v29-technology-it-outsourcing-india",
    format: "docx",
    source: `# INFORMATION TECHNOLOGY OUTSOURCING AGREEMENT
between
SAHYADRI INFOTECH SERVICES PRIVATE LIMITED
and
DECCAN MERCANTILE BANK LIMITED
===
This Information Technology Outsourcing Agreement (“Agreement”) is entered into at Bengaluru on this 2nd day of February, 2026
BY AND BETWEEN
Sahyadri Infotech Services Private Limited, a company incorporated under the Companies Act, 2013, having CIN U72900KA2011PTC059871 and its registered office at Prestige Tech Park, Tower B, Outer Ring Road, Bengaluru 560 103 (hereinafter referred to as the “Service Provider”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
Deccan Mercantile Bank Limited, a banking company incorporated under the Companies Act, 1956 and having its registered office at Nariman Bhavan, 227 Backbay Reclamation, Mumbai 400 021 (hereinafter referred to as the “Customer”, which expression shall include its successors and assigns) of the OTHER PART.
WHEREAS the Customer wishes to outsource the operation of its data centre infrastructure, end-user computing and service desk functions, and the Service Provider has agreed to provide such services in accordance with the applicable directions of the Reserve Bank of India on outsourcing of information technology services.
1. DEFINITIONS
1.1 “Effective Date” means 1 April 2026.
1.2 “Services” means the services described in Schedule I, to be delivered to the service levels in Schedule II.
2. TERM
2.1 This Agreement shall come into force on the Effective Date and, unless terminated earlier in accordance with Clause 15, shall remain in force for a period of sixty (60) months commencing on the Effective Date (the “Term”).
2.2 The Customer may, by written notice given not less than six (6) months before the expiry of the Term, extend the Term by a further period of up to twenty-four (24) months. Absent such notice, this Agreement shall expire at the end of the Term.
3. LOCK-IN PERIOD
3.1 The Customer shall not terminate this Agreement for convenience during the first eighteen (18) months from the Effective Date (the “Lock-in Period”). Thereafter the Customer may terminate for convenience on ninety (90) days’ written notice.
4. FEES AND PAYMENT
4.1 The Customer shall pay the fees set out in Schedule III within forty-five (45) days of receipt of a valid tax invoice, subject to deduction of tax at source as required by law.
===
5. EXIT MANAGEMENT
5.1 On expiry or termination, the Service Provider shall provide exit assistance for a period of up to six (6) months so as to ensure an orderly transfer of the Services to the Customer or a replacement service provider.
6. NON-SOLICITATION
6.1 Neither party shall, during the Term and for twelve (12) months thereafter, solicit for employment any employee of the other party engaged in the delivery or receipt of the Services.
7. GOVERNING LAW AND DISPUTE RESOLUTION
7.1 This Agreement shall be governed by and construed in accordance with the laws of India.
7.2 Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996. The seat of arbitration shall be Mumbai, and subject thereto the courts at Mumbai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties hereto have executed this Agreement on the day, month and year first above written.
| For Sahyadri Infotech Services Private Limited | For Deccan Mercantile Bank Limited |
| Authorised Signatory: Venkatesh Iyer, Executive Director | Authorised Signatory: Meera Kulkarni, Chief Technology Officer |
| Witness: Rohan Desai | Witness: Anjali Patil |`,
    truth: {
      title: "Information Technology Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Sahyadri Infotech Services Private Limited", "Deccan Mercantile Bank Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "60 months",
    },
  },
  {
    id: "v29-technology-consent-to-assignment-letter-nz",
    format: "pdf",
    pdfMargin: 84,
    source: `Pōhutukawa Systems Limited
Level 4, 88 Customhouse Quay, Wellington 6011, New Zealand
27 May 2026
Harbour Analytics Limited
PO Box 1123, Shortland Street, Auckland 1140
Attention: Mere Tane, Chief Executive
By email: mere.tane@harbouranalytics.co.nz
Our ref: PSL/LEG/2026/044
Dear Mere
# Consent to Assignment
We refer to the Enterprise Software Licence Agreement between Pōhutukawa Systems Limited and Harbour Analytics Limited dated 9 March 2022 (Licence Agreement), which has an initial term of seven years from 1 April 2022, and to your letter dated 12 May 2026 requesting our consent to the assignment of the Licence Agreement to Southern Cross Data Limited (Assignee) as part of the sale of your analytics business.
Under clause 21.1 of the Licence Agreement, you may not assign your rights under it without our prior written consent. We confirm that we consent to the assignment of the Licence Agreement to the Assignee, subject to the following conditions:
1. the Assignee signs and delivers to us, within 10 business days after completion of the sale, a deed of covenant in the form we have provided, agreeing to be bound by the Licence Agreement;
2. all licence and support fees invoiced before completion are paid in full, including the invoice dated 1 May 2026, which is payable within 20 working days; and
3. completion of the sale occurs on or before 30 September 2026, failing which this consent will lapse.
This consent does not vary the Licence Agreement, and nothing in this letter waives any breach of it that occurred before the date of this letter. You will remain responsible for all obligations under the Licence Agreement arising before the assignment takes effect.
This letter is governed by the laws of New Zealand.
Please sign and return a copy of this letter to confirm your agreement to these conditions.
Yours sincerely
Aroha Ngata
General Counsel
Pōhutukawa Systems Limited
Acknowledged and agreed for and on behalf of Harbour Analytics Limited
Mere Tane, Director
Date: 2 June 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Pōhutukawa Systems Limited", "Harbour Analytics Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-27",
    },
  },
  {
    id: "v29-technology-software-development-victoria",
    format: "txt",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
Reference: SDA-0926 (member portal rebuild)
1. Agreement
The Developer and the Client named in the execution block at the end of this document agree that the Developer will design, build, test and deliver the Software described in Schedule 1 on the terms of this agreement.
2. Term
This agreement starts on 1 August 2026 (Start Date) and ends on 31 January 2027, unless it is terminated earlier under clause 9 (Term).
3. Development Services
3.1 The Developer will perform the development services in the three phases described in Schedule 1 and will deliver each phase for acceptance testing by the milestone date shown.
3.2 The Client has 10 business days after delivery of each phase to test it and to notify the Developer of any failure to meet the acceptance criteria.
4. Fees and payment
The Client will pay the fixed fee of A$312,000 (plus GST) in instalments on acceptance of each phase. Invoices are payable within 14 days after receipt.
5. Intellectual property
On payment in full, all intellectual property rights in the Software vest in the Client, except for the Developer's pre-existing code libraries, which are licensed to the Client on a perpetual, royalty-free basis.
6. Defects warranty
The Developer will correct any defect notified to it during the period of 90 days after acceptance of the final phase (Warranty Period) at no extra charge.
7. Non-solicitation
Neither party will solicit any employee of the other who was involved in the project during the Term and for 6 months afterwards.
8. Confidentiality
Each party must keep the other's confidential information confidential. This clause survives termination or expiry of this agreement for 3 years.
9. Termination
Either party may terminate this agreement by notice if the other party commits a material breach and does not remedy it within 15 business days after receiving notice of the breach.
10. Governing law
This agreement is governed by the laws of Victoria, Australia, and each party submits to the non-exclusive jurisdiction of the courts of Victoria.
Executed as an agreement.
Developer: Bellarine Code Works Pty Ltd ACN 612 345 678 of 22 Moorabool Street, Geelong VIC 3220, executed in accordance with section 127 of the Corporations Act 2001 (Cth) by Thomas Nguyen, Director, and Sarah Kellett, Director/Secretary
Client: Yarra Bend Cooperative Limited ACN 004 567 890 of 150 Johnston Street, Fitzroy VIC 3065, executed in accordance with section 127 of the Corporations Act 2001 (Cth) by Graham Ellis, Director, and Wendy Szabo, Company Secretary
Date of execution: 24 July 2026`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Bellarine Code Works Pty Ltd", "Yarra Bend Cooperative Limited"],
      governingLaw: "Victoria",
      effectiveDate: "2026-08-01",
      expiryDate: "2027-01-31",
      term: "6 months",
    },
  },
];
