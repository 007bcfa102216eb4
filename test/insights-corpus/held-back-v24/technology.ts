import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: technology contracts (SaaS, licences, hosting, development, data processing, order forms, outsourcing). */
export const TECHNOLOGY_V24: UnseenDocument[] = [
  {
    id: "v24-technology-saas-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE AS A SERVICE AGREEMENT
This Software as a Service Agreement (this "Agreement") is made and entered into as of March 3, 2026 by and between Brightwater Analytics, Inc., a Delaware corporation with its principal place of business at 400 Market Street, Suite 1200, Wilmington, Delaware 19801 ("Provider"), and Halvorsen Logistics LLC, a Minnesota limited liability company with offices at 77 Nicollet Mall, Minneapolis, Minnesota 55402 ("Customer").
# 1. Definitions
1.1 "Effective Date" means April 1, 2026.
1.2 "Service" means Provider's hosted route-optimization platform known as Brightwater Route, together with the related application programming interfaces and online Documentation, made available to Customer over the internet.
1.3 "Authorized Users" means Customer's employees and contractors who are permitted by Customer to access the Service, up to the number stated in the Order Schedule.
# 2. Provision of the Service
2.1 Provider will host, operate, maintain and support the Service and make it available to Authorized Users in accordance with the service levels in Exhibit A. No software will be delivered to or installed on Customer's systems, and nothing in this Agreement grants Customer any license to software other than the right to access the Service during the Term.
2.2 Provider will provide implementation and onboarding services for up to sixty (60) days after the Effective Date at no additional charge.
# 3. Fees and Payment
3.1 Customer shall pay an annual subscription fee of US$84,000, invoiced annually in advance. Invoices are payable within thirty (30) days after the invoice date, and overdue amounts accrue interest at the rate of one percent (1%) per month.
# 4. Term and Renewal
4.1 The initial term of this Agreement is thirty-six (36) months commencing on the Effective Date (the "Initial Term").
4.2 Upon expiry of the Initial Term, this Agreement will automatically renew for successive renewal terms of twelve (12) months each (each a "Renewal Term") unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
4.3 Either party may terminate this Agreement on thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within that period.
# 5. Warranties
5.1 Provider warrants that the Service will perform materially in accordance with the Documentation. If a new release fails to do so within ninety (90) days after it is made generally available, Provider will correct the non-conformity or, failing that, refund the prepaid fees for the affected period.
# 6. Confidentiality and Customer Data
6.1 Each party's obligations of confidentiality survive for five (5) years after termination or expiry of this Agreement.
6.2 On termination or expiry, Provider will make Customer Data available for export for thirty (30) days and will then delete it from its production systems.
# 7. Governing Law
7.1 This Agreement is governed by and shall be construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles, and the parties submit to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
| BRIGHTWATER ANALYTICS, INC. | HALVORSEN LOGISTICS LLC |
| By: /s/ Marcus Delaney | By: /s/ Ingrid Halvorsen |
| Name: Marcus Delaney | Name: Ingrid Halvorsen |
| Title: Chief Executive Officer | Title: Managing Member |
===
# EXHIBIT A – SERVICE LEVELS
Provider will make the Service available 99.9% of the time in each calendar month, excluding scheduled maintenance notified at least forty-eight (48) hours in advance.
| Monthly availability | Service credit |
| 99.0% to 99.9% | 5% of monthly fee |
| 97.0% to 98.99% | 10% of monthly fee |
| Below 97.0% | 25% of monthly fee |
Service credits must be claimed within fifteen (15) days after the end of the affected month and are Customer's sole remedy for unavailability.`,
    truth: {
      title: "Software as a Service Agreement",
      documentType: "Services agreement",
      parties: ["Brightwater Analytics, Inc.", "Halvorsen Logistics LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v24-technology-software-licence-england",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 14 May 2026
# SOFTWARE LICENCE AGREEMENT
(1) KESTREL CODE LIMITED
(2) ARDENT INSURANCE SERVICES PLC
relating to the licence of the Kestrel PolicyCore underwriting software
Harrow & Finch LLP, 20 Gresham Street, London EC2V 7JE
===
THIS AGREEMENT is dated 14 May 2026
# PARTIES
(1) KESTREL CODE LIMITED incorporated and registered in England and Wales with company number 08812345 whose registered office is at Unit 4, Riverside Works, Leeds LS1 4AP (the "Licensor").
(2) ARDENT INSURANCE SERVICES PLC incorporated and registered in England and Wales with company number 01239876 whose registered office is at 1 Lime Place, London EC3M 7AA (the "Licensee").
# BACKGROUND
(A) The Licensor owns the copyright and other intellectual property rights in the Software.
(B) The Licensee wishes to use the Software in its underwriting business and the Licensor has agreed to grant a licence on the terms of this agreement.
# AGREED TERMS
# 1. Interpretation
1.1 "Commencement Date": 1 June 2026.
1.2 "Escrow Agreement": the source code escrow agreement between the Licensor, the Licensee and Vaultline Escrow Limited dated 2 March 2026, under which the Source Code is deposited and updated with each Major Release.
1.3 "Software": the Kestrel PolicyCore underwriting software in object code form, including all Major Releases supplied during the Licence Period.
# 2. Grant of licence
2.1 In consideration of the Licence Fee, the Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software on servers under its control for up to 250 Named Users for the Licence Period.
# 3. Licence Period
3.1 This agreement shall continue for a period of five years from the Commencement Date (the "Licence Period"), unless terminated earlier in accordance with clause 11.
3.2 The Licensee may extend the Licence Period by one further period of two years by giving the Licensor not less than six months' written notice before the Licence Period ends. The Licence Period shall not otherwise be extended.
# 4. Fees
4.1 The Licensee shall pay a licence fee of £180,000 per year, invoiced annually in advance on the Commencement Date and each anniversary of it. Each invoice is payable within 30 days of receipt.
# 5. Warranty
5.1 The Licensor warrants that the Software will perform substantially in accordance with the Documentation for a period of 90 days from delivery (the "Warranty Period").
# 6. Escrow
6.1 The Licensor shall keep the Source Code deposited under the Escrow Agreement throughout the Licence Period. The Escrow Agreement continues for twelve months after the end of the Licence Period.
# 7. Non-solicitation
7.1 Neither party shall, during this agreement and for 12 months after its termination, solicit any employee of the other party who has been engaged in the supply or use of the Software.
# 11. Termination
11.1 Either party may terminate this agreement by giving not less than three months' written notice if the other party commits a material breach which is not remedied within 30 days of being notified in writing.
# 14. Governing law and jurisdiction
14.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
Signed by Priya Raman, director, for and on behalf of KESTREL CODE LIMITED ............................
Signed by Thomas Whitcombe, director, for and on behalf of ARDENT INSURANCE SERVICES PLC ............................`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Kestrel Code Limited", "Ardent Insurance Services plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-06-01",
      term: "5 years",
    },
  },
  {
    id: "v24-technology-hosting-minute-scotland",
    format: "txt",
    source: `# HOSTING SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CALEDONIAN DATA CENTRES LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 9 Lochside Crescent, Edinburgh EH12 9DJ ("the Provider")
and
STRATHMORE TRUSTEES LIMITED, incorporated under the Companies Acts (Registered Number SC287654) and having its Registered Office at 41 Reform Street, Dundee DD1 1SH, as sole trustee of the Glenmorven Heritage Trust ("the Customer")
WHEREAS the Customer requires managed hosting of the Glenmorven archive and visitor booking systems and the Provider has agreed to provide it, the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. DEFINITIONS
1.1 In this Agreement "Service Commencement Date" means 1 April 2026; "Services" means the managed hosting, backup and monitoring services described in Part 1 of the Schedule; and "Customer Data" means all data uploaded to the Provider's systems by or for the Customer.
2. SERVICES
2.1 The Provider shall provide the Services from its data centre at South Gyle, Edinburgh, to the standards set out in Part 1 of the Schedule.
3. DURATION
3.1 This Agreement shall be in force for a period of two years from and including the Service Commencement Date (the "Initial Period").
3.2 On expiry of the Initial Period this Agreement shall terminate, unless the parties agree in writing before then to extend it.
3.3 The Customer may terminate this Agreement on three months' written notice given at any time after the first anniversary of the Service Commencement Date.
4. CHARGES
4.1 The Customer shall pay the charges in Part 2 of the Schedule monthly in arrears within 28 days of the date of each invoice.
5. CUSTOMER DATA
5.1 Within 30 days after termination the Provider shall return the Customer Data to the Customer, and backups shall be destroyed no later than 90 days after termination.
6. CONFIDENTIALITY
6.1 The obligations in this Clause shall continue for three years after the termination of this Agreement.
7. LAW AND JURISDICTION
7.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of CALEDONIAN DATA CENTRES LIMITED at Edinburgh on 12 March 2026 by Ewan Robert Lindsay, Director, in the presence of Morag Ellen Baird, 3 Ravelston Dykes, Edinburgh EH4 3NT, witness.
Subscribed for and on behalf of STRATHMORE TRUSTEES LIMITED as trustee foresaid at Dundee on 17 March 2026 by Catriona Anne Fyfe, Director, in the presence of Gordon Keir Whyte, 8 Magdalen Yard Road, Dundee DD2 1AB, witness.
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Caledonian Data Centres Limited and Strathmore Trustees Limited.
Part 1 – Services: dedicated virtual servers (2 production, 1 staging), nightly backups retained for 35 days, 24/7 monitoring, 99.95% monthly availability.
Part 2 – Charges:
| Service | Monthly charge |
| Managed hosting (3 servers) | £2,450 |
| Backup and monitoring | £380 |`,
    truth: {
      title: "Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Data Centres Limited", "Strathmore Trustees Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
    },
  },
  {
    id: "v24-technology-dpa-addendum-ireland",
    format: "pdf",
    pdfMargin: 72,
    source: `# DATA PROCESSING ADDENDUM
This Data Processing Addendum (the "Addendum") is entered into on 11 May 2026 between:
(1) Lisnagry Cloud Services DAC, a designated activity company incorporated in Ireland (registered number 654321), whose registered office is at Block C, Dock Road, Limerick V94 X2R7 (the "Processor"); and
(2) Corrib Health Partners Limited, a private company limited by shares incorporated in Ireland (registered number 598765), whose registered office is at 14 Eyre Square, Galway H91 KX2P (the "Controller").
# Background
A. The parties are parties to a master services agreement dated 9 September 2024 (the "Master Services Agreement") under which the Processor provides cloud-based patient scheduling services to the Controller for an initial term of three years from that date.
B. The parties wish to amend the Master Services Agreement so that it meets the requirements of Article 28 of the GDPR and the Data Protection Acts 1988 to 2018.
# 1. Incorporation and effect
1.1 This Addendum amends and forms part of the Master Services Agreement with effect from 1 June 2026 (the "Addendum Effective Date"). If there is any conflict between this Addendum and the Master Services Agreement, this Addendum prevails.
1.2 This Addendum remains in force for as long as the Processor processes Personal Data on behalf of the Controller and ends automatically when the Master Services Agreement terminates or expires.
# 2. Processing
2.1 The Processor shall process Personal Data only on the documented instructions of the Controller, including as set out in Annex 1, and shall ensure that persons authorised to process it are bound by confidentiality.
# 3. Sub-processors
3.1 The Processor shall give the Controller at least 30 days' notice of any new sub-processor, during which the Controller may object on reasonable grounds.
# 4. Security and breaches
4.1 The Processor shall notify the Controller of any Personal Data Breach without undue delay and in any event within 48 hours of becoming aware of it.
# 5. Audit
5.1 The Controller may audit the Processor's compliance once in any 12-month period on not less than 30 days' notice.
# 6. Return and deletion
6.1 Within 60 days after the end of the provision of the services, the Processor shall at the Controller's choice return or delete all Personal Data.
# 7. Governing law
7.1 The Master Services Agreement is governed by the laws of England and Wales. Notwithstanding that, this Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
| Signed for Lisnagry Cloud Services DAC | Signed for Corrib Health Partners Limited |
| Name: Aoife Brennan | Name: Dr Niall Hennessy |
| Title: Director | Title: Chief Executive |
| Date: 11 May 2026 | Date: 13 May 2026 |
===
# Annex 1 – Details of Processing
| Subject matter | Hosting and processing of appointment and referral data |
| Duration | For the term of the Master Services Agreement |
| Data subjects | Patients, clinicians and referring practitioners |
| Categories of data | Contact details, appointment history, health data (special category) |
| Location | Data centres in Dublin and Frankfurt |`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Lisnagry Cloud Services DAC", "Corrib Health Partners Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v24-technology-order-form-singapore",
    format: "docx",
    source: `Tanjong Software Pte. Ltd. · 71 Ayer Rajah Crescent, #05-12, Singapore 139951 · www.tanjongsoftware.sg
# ORDER FORM
Order Form No. TS-2026-0147
This Order Form is entered into under Tanjong Software's Software Licence Terms (version 4.2) (the "Licence Terms"), which are incorporated into it by reference.
| Item | Details |
| Supplier | Tanjong Software Pte. Ltd. (UEN 201534567W), 71 Ayer Rajah Crescent, #05-12, Singapore 139951 |
| Customer | Merlion Freight Pte. Ltd. (UEN 201912345K), 10 Pandan Crescent, Singapore 128466 |
| Order Date | 2 February 2026 |
| Licensed Software | Tanjong WMS Enterprise Edition 9.x (on-premise), including the mobile scanner module |
| Licence Type | Non-exclusive, non-transferable term licence to install and use the Licensed Software on the Customer's own servers |
| Licensed Quantity | 40 named users; 2 production servers; 1 test server |
| Commencement Date | 1 March 2026 |
| Initial Licence Term | 12 months commencing on the Commencement Date |
| Renewal | On expiry of the Initial Licence Term the licence renews automatically for successive periods of 12 months unless either party gives at least 60 days' written notice of non-renewal |
| Licence Fees | SGD 96,000 per year, invoiced annually in advance |
| Payment Terms | Within 30 days of the invoice date |
| Support | Standard Support, 9 am to 6 pm SGT, Monday to Friday; Severity 1 response within 4 business hours |
| Implementation | Remote installation to be completed within 45 days after the Commencement Date |
# Special Conditions
1. The Licence Fees for any renewal period may not be increased by more than 5% over the fees for the preceding period.
2. The Customer may relocate the Licensed Software to a replacement server once in each licence year on 14 days' notice to the Supplier.
3. Notwithstanding clause 18 of the Licence Terms (which selects the laws of Malaysia), this Order Form and the Licence Terms as they apply to it are governed by the laws of Singapore, and any dispute shall be finally resolved by arbitration in Singapore under the SIAC Rules.
| Signed for Tanjong Software Pte. Ltd. | Accepted for Merlion Freight Pte. Ltd. |
| Name: Lim Wei Ming | Name: Siti Nurhaliza binte Rahman |
| Title: Director | Title: Chief Operating Officer |
| Date: 2 February 2026 | Date: 9 February 2026 |`,
    truth: {
      title: "Order Form",
      documentType: "Licence agreement",
      parties: ["Tanjong Software Pte. Ltd.", "Merlion Freight Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-01",
      expiryDate: "2027-02-28",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v24-technology-variation-letter-nz",
    format: "txt",
    source: `Pōhutukawa Digital Limited
Level 3, 135 Victoria Street West, Auckland 1010
NZBN 9429041234567
18 March 2026
Harbourline Ferries Limited
Attention: Anahera Walker, General Manager – Technology
Pier 2, Quay Street
Auckland 1010
Our ref: PD/HF/0042
Dear Anahera
# Variation of Software Development Agreement
We refer to the software development agreement between Pōhutukawa Digital Limited ("we") and Harbourline Ferries Limited ("you") dated 4 August 2025 (the "Agreement"), under which we are developing the Harbourline passenger booking app, and to your letter of 2 March 2026 asking us to add a real-time vessel tracking module.
This letter records the variation we have agreed. With effect from the date of this letter, the Agreement is varied as follows:
1. Schedule 1 (Specification) is amended by adding the Vessel Tracking Module described in the attachment to this letter.
2. The fixed price in clause 6.1 is increased from NZD 248,000 to NZD 291,500 (excluding GST). The additional NZD 43,500 is payable in two equal instalments on completion of Milestones 4 and 5, each on the 20th of the month following our invoice.
3. Milestone 4 (User Acceptance Testing) moves from 30 April 2026 to 12 June 2026, and Milestone 5 (Go-Live) moves from 22 May 2026 to 3 July 2026.
4. The 90-day warranty period in clause 11.2 applies to the Vessel Tracking Module from its Go-Live date.
Except as set out in this letter, the Agreement continues unchanged, including its term of twelve months from 4 August 2025 and the two-month post-launch support period.
This letter is governed by New Zealand law.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours sincerely
Tama Ngata
Director
Pōhutukawa Digital Limited
Agreed and accepted for and on behalf of Harbourline Ferries Limited
Signature: ______________________
Name: Anahera Walker
Title: General Manager – Technology
Date: 24 March 2026`,
    truth: {
      title: "Variation of Software Development Agreement",
      documentType: "Amendment",
      parties: ["Pōhutukawa Digital Limited", "Harbourline Ferries Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-18",
      amends: "Software Development Agreement",
    },
  },
  {
    id: "v24-technology-it-outsourcing-kenya",
    format: "pdf",
    pageFooters: true,
    source: `# MANAGED IT SERVICES AGREEMENT
between
SAVANNAH MANAGED SERVICES LIMITED
and
RIFT VALLEY TEA HOLDINGS PLC
and
RIFT VALLEY TEA ESTATES LIMITED
Dated the 3rd day of March, 2026
Wanjiru & Otieno Advocates, Riverside Drive, Nairobi
===
THIS AGREEMENT is made the 3rd day of March, 2026
BETWEEN:
(1) SAVANNAH MANAGED SERVICES LIMITED, a limited liability company incorporated in Kenya (registration number PVT-AAB1234) of P.O. Box 40123-00100, Westlands, Nairobi (the "Service Provider");
(2) RIFT VALLEY TEA HOLDINGS PLC, a public company incorporated in Kenya (registration number C.98765) of P.O. Box 555-20200, Kericho ("Holdings"); and
(3) RIFT VALLEY TEA ESTATES LIMITED, a limited liability company incorporated in Kenya (registration number C.101234) of P.O. Box 557-20200, Kericho ("Estates", and together with Holdings, the "Customers").
WHEREAS the Customers wish to outsource the operation of their information technology environment and the Service Provider has agreed to provide the Services on the terms of this Agreement.
NOW IT IS AGREED as follows:
1. DEFINITIONS
1.1 "Commencement Date" means 1 April 2026; "Transition Period" means the period of ninety (90) days following the Commencement Date; "Minimum Commitment Period" means the first twenty-four (24) months of the Term.
2. SERVICES
2.1 The Service Provider shall provide end-user support, network management, data centre operations and SAP Basis support for all sites of the Customers, in accordance with the service levels in Schedule 2.
3. TERM
3.1 This Agreement shall govern the provision of the Services for the period from 1 April 2026 to 31 March 2031 (the "Term"), unless terminated earlier in accordance with Clause 9.
3.2 The Customers may not terminate this Agreement for convenience during the Minimum Commitment Period. Thereafter the Customers may terminate on six (6) months' written notice on payment of the termination charges in Schedule 4.
3.3 The parties may, by written agreement made not later than twelve (12) months before the end of the Term, extend the Term by up to two (2) years.
4. CHARGES
4.1 The Customers shall pay the monthly service charges in Schedule 3 in Kenya Shillings within forty-five (45) days of receipt of a valid invoice.
5. EXIT AND NON-SOLICITATION
5.1 On termination or expiry the Service Provider shall provide exit assistance for up to six (6) months.
5.2 For twelve (12) months after the end of the Term no party shall solicit any employee of another party engaged in the Services.
6. GOVERNING LAW AND DISPUTES
6.1 This Agreement is governed by the laws of Kenya. Any dispute shall be referred to arbitration in Nairobi under the rules of the Nairobi Centre for International Arbitration.
IN WITNESS WHEREOF the parties have signed this Agreement on the date first written above.
SIGNED by James Kiprono Mutai, Director, for and on behalf of SAVANNAH MANAGED SERVICES LIMITED, in the presence of Esther Wanjiru, Advocate.
SIGNED by Grace Chebet Langat, Director, for and on behalf of RIFT VALLEY TEA HOLDINGS PLC, in the presence of Esther Wanjiru, Advocate.
SIGNED by Peter Kipchirchir Koech, Director, for and on behalf of RIFT VALLEY TEA ESTATES LIMITED, in the presence of Esther Wanjiru, Advocate.`,
    truth: {
      title: "Managed IT Services Agreement",
      documentType: "Services agreement",
      parties: ["Savannah Managed Services Limited", "Rift Valley Tea Holdings PLC", "Rift Valley Tea Estates Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "60 months",
    },
  },
  {
    id: "v24-technology-development-ontario",
    format: "docx",
    storedPageCount: 2,
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement (the "Agreement") is entered into by the developer and the client identified in the signature blocks at the end of this Agreement (each a "Party").
# 1. Definitions
1.1 "Effective Date" means January 15, 2026.
1.2 "Deliverables" means the software, source code, documentation and other materials that Developer is to deliver under a Statement of Work.
1.3 "Statement of Work" or "SOW" means a statement of work signed by both Parties that refers to this Agreement.
# 2. Engagement
2.1 Developer will design, develop, test and deliver the Deliverables described in each Statement of Work, beginning with SOW 1 for the Client's member online banking portal.
# 3. Term
3.1 This Agreement takes effect on the Effective Date and continues until terminated by either Party in accordance with Section 10. Each Statement of Work sets out its own schedule; SOW 1 is expected to run for approximately nine (9) months.
# 4. Fees
4.1 Client will pay Developer on a time-and-materials basis at the rates in the applicable SOW. Invoices are issued monthly and are payable within forty-five (45) days, plus applicable HST.
# 5. Acceptance
5.1 Client will have fifteen (15) business days after delivery of each Deliverable to test it and give notice of acceptance or of any material non-conformity.
# 6. Intellectual Property
6.1 On payment in full, Developer assigns to Client all right, title and interest in the Deliverables, and waives, and will cause its personnel to waive, their moral rights.
# 7. Warranty
7.1 Developer warrants that each Deliverable will conform to its specification for six (6) months after Acceptance.
# 8. Confidentiality and Non-Solicitation
8.1 The obligations of confidentiality survive for three (3) years after termination. Neither Party will solicit the other's employees during the term of this Agreement and for twelve (12) months after termination.
# 10. Termination
10.1 Either Party may terminate this Agreement for convenience on ninety (90) days' written notice, or on thirty (30) days' written notice if the other Party materially breaches this Agreement and does not cure the breach within that period.
# 11. Governing Law
11.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in that province, and the Parties attorn to the courts of Ontario sitting in Toronto.
===
# SIGNATURE PAGE
Developer: MAPLE CIRCUIT SOFTWARE INC., 2200 Yonge Street, Suite 1500, Toronto, Ontario M4S 2C6
Per: ______________________ Name: Daniel Okafor Title: President — I have authority to bind the corporation. Date: January 12, 2026
Client: LAKESHORE CREDIT UNION LIMITED, 85 Lakeshore Road East, Mississauga, Ontario L5G 1C9
Per: ______________________ Name: Geneviève Tremblay Title: Chief Information Officer — I have authority to bind the corporation. Date: January 14, 2026`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Maple Circuit Software Inc.", "Lakeshore Credit Union Limited"],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      term: "Until terminated",
    },
  },
];
