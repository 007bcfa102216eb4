import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: technology — SaaS, software licences, hosting, development, data processing, order forms, outsourcing. */
export const TECHNOLOGY_V26: UnseenDocument[] = [
  {
    id: "v26-technology-delaware-saas-licence",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE SUBSCRIPTION AND LICENSE AGREEMENT
BrightLedger Software, Inc.
and
Harborview Logistics LLC
Contract Reference: BL-ENT-2026-0117
===
# SOFTWARE SUBSCRIPTION AND LICENSE AGREEMENT
This Software Subscription and License Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between BrightLedger Software, Inc., a Delaware corporation having its principal place of business at 1201 North Orange Street, Suite 600, Wilmington, Delaware 19801 ("BrightLedger"), and Harborview Logistics LLC, a Maryland limited liability company having its principal place of business at 400 East Pratt Street, Baltimore, Maryland 21202 ("Customer").
# 1. License Grant
1.1 Subject to the terms of this Agreement and payment of the Fees, BrightLedger grants Customer a non-exclusive, non-transferable, non-sublicensable license during the Term to access and use the BrightLedger Freight Accounting software, in object code form only, solely for Customer's internal business purposes and for up to two hundred fifty (250) Named Users.
1.2 Customer shall not reverse engineer, decompile or disassemble the software, or use it to provide service bureau or time-sharing services to any third party.
# 2. Fees and Payment
2.1 Customer shall pay the annual subscription fees set out in Exhibit A. Invoices are due net thirty (30) days from the invoice date, and overdue amounts bear interest at one percent (1%) per month.
# 3. Term and Termination
3.1 The initial term of this Agreement commences on the Effective Date and continues for thirty-six (36) months (the "Initial Term").
3.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each (each, a "Renewal Term"), unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3.3 Either party may terminate this Agreement on thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within that period.
3.4 Sections 2, 5, 6 and 7 survive any expiration or termination of this Agreement for a period of five (5) years.
# 4. Warranty
4.1 BrightLedger warrants that for ninety (90) days following initial delivery the software will perform materially in accordance with its documentation. Customer's exclusive remedy for breach of this warranty is correction or replacement of the non-conforming software.
# 5. Confidentiality
5.1 Each party shall hold the other party's Confidential Information in confidence and use it only to perform its obligations or exercise its rights under this Agreement.
# 6. Limitation of Liability
6.1 Except for breach of Section 5, neither party's aggregate liability shall exceed the fees paid or payable by Customer in the twelve (12) months preceding the event giving rise to the claim.
# 7. Governing Law; Entire Agreement
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
7.2 This Agreement supersedes the Evaluation Agreement between the parties dated November 10, 2025, which was governed by the laws of the State of Maryland.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTLEDGER SOFTWARE, INC. | HARBORVIEW LOGISTICS LLC |
| By: /s/ Marcus T. Ellery | By: /s/ Dana Whitfield |
| Name: Marcus T. Ellery, Chief Revenue Officer | Name: Dana Whitfield, Managing Member |
| Date: March 3, 2026 | Date: March 5, 2026 |`,
    truth: {
      title: "Software Subscription and License Agreement",
      documentType: "Licence agreement",
      parties: ["BrightLedger Software, Inc.", "Harborview Logistics LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "1 year",
    },
  },
  {
    id: "v26-technology-northern-ireland-managed-hosting",
    format: "docx",
    storedPageCount: 3,
    source: `# MANAGED HOSTING SERVICES AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) LAGANSIDE DATA CENTRES LIMITED, a company incorporated in Northern Ireland with company number NI645218 whose registered office is at Unit 7, Titanic Quarter Business Park, Queen's Road, Belfast BT3 9DT (the "Provider"); and
(2) MOURNE MUTUAL INSURANCE LIMITED, a company incorporated in Northern Ireland with company number NI031877 whose registered office is at 22 Bridge Street, Newry BT35 8AE (the "Customer").
BACKGROUND
(A) The Provider operates data centre facilities in Belfast and Londonderry and provides managed hosting services to businesses in the financial services sector.
(B) The Customer wishes to migrate its policy administration systems to the Provider's facilities, and the Provider has agreed to host and manage them on the terms of this Agreement.
# 1. DEFINITIONS
1.1 In this Agreement:
"Commencement Date" means 1 May 2026;
"Initial Term" means the period of two years from the Commencement Date;
"Migration Period" means the period of ninety (90) days after the Commencement Date during which the Provider will migrate the Customer Systems to the Provider's facilities;
"Services" means the managed hosting, monitoring, backup and disaster recovery services described in Schedule 1.
# 2. SERVICES AND DURATION
2.1 The Provider shall provide the Services from the Commencement Date in accordance with the Service Levels.
2.2 This Agreement shall continue for the Initial Term unless terminated earlier in accordance with clause 5.
2.3 The Customer may extend this Agreement for one further period of twelve (12) months by giving the Provider not less than six (6) months' written notice before the end of the Initial Term. If no such notice is given, this Agreement shall expire at the end of the Initial Term.
===
# 3. CHARGES
3.1 The Customer shall pay the Charges of £14,200 per month (exclusive of VAT), invoiced quarterly in advance and payable within thirty (30) days of the date of each invoice.
# 4. CUSTOMER DATA
4.1 The Provider shall process Customer Data only on the Customer's documented instructions and shall notify the Customer of any Personal Data Breach without undue delay and in any event within 24 hours of becoming aware of it.
# 5. TERMINATION AND EXIT
5.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty (30) days of notice requiring it to be remedied.
5.2 On expiry or termination the Provider shall provide the Exit Assistance for a period of up to six (6) months.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed by Aoife Quinn, Director, for and on behalf of LAGANSIDE DATA CENTRES LIMITED | Signed by Conor Devlin, Director, for and on behalf of MOURNE MUTUAL INSURANCE LIMITED |
===
# SCHEDULE 1 – SERVICES AND SERVICE LEVELS
| Service | Target | Service Credit |
| Primary hosting (Belfast) | 99.95% availability per month | 5% of monthly Charges per 0.1% shortfall |
| Disaster recovery failover | Recovery within 4 hours | 10% of monthly Charges |
| Backup restore | Within 8 Business Hours | 2% of monthly Charges |`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Laganside Data Centres Limited", "Mourne Mutual Insurance Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-05-01",
      term: "2 years",
    },
  },
  {
    id: "v26-technology-ireland-data-processing-addendum",
    format: "txt",
    source: `# DATA PROCESSING ADDENDUM
This Data Processing Addendum (the "Addendum") is made on 20 January 2026
BETWEEN
CORRIB CLOUD SERVICES DAC, a designated activity company registered in Ireland under number 658214, having its registered office at Block C, Galway Technology Park, Parkmore, Galway H91 X2P7 (the "Processor"); and
ST. BRENDAN'S CREDIT UNION LIMITED, registered under the Credit Union Act 1997 with registration number 412CU, having its registered office at 14 Shop Street, Tralee, Co. Kerry V92 E6K3 (the "Controller").
# 1. Background and effect
1.1 The parties are party to a Cloud Services Agreement dated 5 October 2023 (the "Agreement") under which the Processor hosts the Controller's member banking platform. The Agreement has an initial term of three (3) years from 5 October 2023, which is not changed by this Addendum.
1.2 With effect from 1 February 2026 (the "Addendum Effective Date"), this Addendum amends and supplements the Agreement. Clause 14 (Data Protection) of the Agreement is deleted and replaced by the terms of this Addendum. If this Addendum conflicts with the Agreement, this Addendum prevails.
# 2. Processing of Personal Data
2.1 The Processor shall process Controller Personal Data only on documented instructions from the Controller, including with regard to transfers outside the European Economic Area, as required by Article 28(3) of the GDPR.
2.2 The subject matter, nature and purpose of the processing, the types of Personal Data and the categories of Data Subjects are set out in Annex 1.
# 3. Sub-processors
3.1 The Controller grants general authorisation for the sub-processors listed in Annex 2. The Processor shall give the Controller not less than thirty (30) days' prior notice of any intended addition or replacement, during which the Controller may object on reasonable grounds.
# 4. Security and breach notification
4.1 The Processor shall implement the technical and organisational measures set out in Annex 3 and shall notify the Controller of any Personal Data Breach without undue delay and in any event within forty-eight (48) hours of becoming aware of it.
# 5. Audit
5.1 The Controller may audit the Processor's compliance with this Addendum once in any twelve (12) month period on not less than twenty (20) Business Days' notice.
# 6. Return and deletion
6.1 Within thirty (30) days after the end of the provision of the Services, the Processor shall, at the Controller's election, return or delete all Controller Personal Data, save where retention is required by Union or Member State law.
# 7. Duration
7.1 Clauses 17 (Term) and 18 (Termination) of the Agreement apply to this Addendum as if set out in full.
# 8. Governing law
8.1 This Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
8.2 Save as amended by this Addendum, the Agreement remains in full force and effect.
Signed for and on behalf of CORRIB CLOUD SERVICES DAC: Niamh Fahy, Director
Signed for and on behalf of ST. BRENDAN'S CREDIT UNION LIMITED: Declan Moriarty, Chief Executive Officer
# ANNEX 1 – DETAILS OF PROCESSING
| Subject matter | Hosting and management of the member banking platform |
| Duration of processing | For the duration of the Agreement |
| Data Subjects | Members, prospective members and employees of the Controller |
| Personal Data | Identification, contact, account and transaction data |`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Corrib Cloud Services DAC", "St. Brendan's Credit Union Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      amends: "Cloud Services Agreement",
    },
  },
  {
    id: "v26-technology-scotland-minute-software-development",
    format: "pdf",
    pdfMargin: 90,
    source: `# MINUTE OF AGREEMENT FOR SOFTWARE DEVELOPMENT SERVICES
between
THISTLEBYTE SOLUTIONS LIMITED, incorporated under the Companies Acts with registered number SC712094 and having its registered office at 3 Lochrin Square, 96 Fountainbridge, Edinburgh EH3 9QA ("the Developer")
and
CAIRNGORM OUTDOOR RETAIL LIMITED, incorporated under the Companies Acts with registered number SC455120 and having its registered office at Dalfaber Industrial Estate, Aviemore PH22 1ST ("the Client")
CONSIDERING THAT the Client wishes to commission the design and development of an e-commerce and stock management application (the "Application") and the Developer has agreed to provide those services; NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Duration
1.1 This Agreement shall have effect from 1 June 2026 (the "Commencement Date") to 31 May 2027, unless terminated earlier in accordance with Clause 8.
2. Services
2.1 The Developer shall design, develop, test and deliver the Application in accordance with the Specification and the milestones in the Schedule, using suitably skilled and experienced personnel.
3. Acceptance
3.1 The Client shall carry out the acceptance tests for each milestone within fifteen (15) Working Days of its delivery and shall either issue an acceptance certificate or give written reasons for rejection.
4. Charges
4.1 The Client shall pay the milestone charges set out in the Schedule within thirty (30) days of receipt of a valid VAT invoice.
5. Intellectual Property and Escrow
5.1 On payment in full, all intellectual property rights in the bespoke elements of the Application shall vest in the Client. The Developer shall deposit the source code of any retained components with an independent escrow agent within twenty (20) Working Days of final acceptance.
6. Warranty
6.1 The Developer shall remedy free of charge any defect notified to it within ninety (90) days after final acceptance (the "Warranty Period").
7. Non-solicitation
7.1 Neither party shall solicit any employee of the other who has been engaged in the Services during the currency of this Agreement and for six (6) months after its termination or expiry.
8. Termination
8.1 Either party may terminate this Agreement with immediate effect by written notice if the other is in material breach and, where the breach is capable of remedy, fails to remedy it within twenty (20) Working Days of being required to do so.
9. Law and Jurisdiction
9.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of THISTLEBYTE SOLUTIONS LIMITED at Edinburgh on 18 May 2026 by Fiona MacLeod, Director, in the presence of Ewan Grant, 14 Marchmont Crescent, Edinburgh, witness
Subscribed for and on behalf of CAIRNGORM OUTDOOR RETAIL LIMITED at Aviemore on 25 May 2026 by Iain Munro, Director, in the presence of Morag Stewart, 2 Grampian Road, Aviemore, witness
===
This is the Schedule referred to in the foregoing Minute of Agreement between Thistlebyte Solutions Limited and Cairngorm Outdoor Retail Limited
# SCHEDULE – MILESTONES AND CHARGES
| Milestone | Target Date | Charge (GBP) |
| 1. Discovery and specification sign-off | 30 June 2026 | 18,000 |
| 2. Catalogue and checkout build | 30 September 2026 | 42,500 |
| 3. Stock management and EPOS integration | 15 January 2027 | 38,000 |
| 4. Final acceptance and go-live | 31 March 2027 | 21,500 |`,
    truth: {
      title: "Minute of Agreement for Software Development Services",
      documentType: "Services agreement",
      parties: ["Thistlebyte Solutions Limited", "Cairngorm Outdoor Retail Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v26-technology-singapore-cloud-order-form",
    format: "docx",
    storedPageCount: 2,
    source: `# CLOUD INFRASTRUCTURE ORDER FORM
Order Form No. MC-2026-0418
This Order Form is entered into under, and incorporates the terms of, the Master Cloud Services Agreement between the Provider and the Customer dated 9 September 2024 (the "Master Agreement"). Capitalised terms not defined in this Order Form have the meanings given in the Master Agreement.
| Provider | Merlion Cloud Pte. Ltd. (UEN 201912345K), 8 Temasek Boulevard, #22-03 Suntec Tower Three, Singapore 038988 |
| Customer | Straits Fintech Holdings Pte. Ltd. (UEN 202003456M), 71 Robinson Road, #14-01, Singapore 068895 |
| Order Effective Date | 1 July 2026 |
| Subscription Term | 24 months from the Order Effective Date |
| Renewal | This Order Form renews automatically for successive periods of 12 months each unless either party gives the other at least 90 days' written notice of non-renewal before the end of the then-current term |
| Minimum Commitment Period | The first 12 months of the Subscription Term, during which the Customer may not reduce the committed capacity |
| Services | Managed private cloud (Tier III, Singapore region): 96 vCPU and 768 GB RAM committed capacity, 60 TB replicated storage, 24x7 managed security operations |
| Fees | SGD 18,500 per month plus GST, invoiced monthly in advance and payable within 30 days of the invoice date |
| Service Levels | 99.9% monthly availability; service credits as set out in Schedule 2 of the Master Agreement |
| Governing Law | This Order Form is governed by the laws of Singapore |
===
# SPECIAL TERMS
1. Onboarding. The Provider will complete onboarding within 45 days after the Order Effective Date. Onboarding fees are waived.
2. Data residency. Customer Data will be stored and processed only in data centres located in Singapore.
3. Relationship with the Master Agreement. The Master Agreement, which has an initial term of five (5) years from 9 September 2024, continues to apply. If this Order Form conflicts with the Master Agreement, this Order Form prevails in respect of the Services ordered under it.
4. Disputes. Any dispute arising out of this Order Form shall be referred to arbitration administered by the Singapore International Arbitration Centre in accordance with the Master Agreement.
Signed for and on behalf of Merlion Cloud Pte. Ltd.
Name: Tan Wei Ling, Director, Enterprise Sales. Date: 18 June 2026
Signed for and on behalf of Straits Fintech Holdings Pte. Ltd.
Name: Rahul Menon, Chief Technology Officer. Date: 22 June 2026`,
    truth: {
      title: "Cloud Infrastructure Order Form",
      documentType: "Services agreement",
      parties: ["Merlion Cloud Pte. Ltd.", "Straits Fintech Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-07-01",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v26-technology-india-infrastructure-outsourcing",
    format: "txt",
    source: `# IT INFRASTRUCTURE OUTSOURCING AGREEMENT
This IT Infrastructure Outsourcing Agreement ("Agreement") is executed at Bengaluru on this 27th day of March, 2026
BY AND BETWEEN
DECCAN INFOTECH SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U72900KA2011PTC058812 and its registered office at No. 14, Outer Ring Road, Bellandur, Bengaluru 560 103, Karnataka (hereinafter referred to as the "Service Provider", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
KAVERI AGRO FOODS LIMITED, a company incorporated under the Companies Act, 1956, having CIN L15122KA1994PLC016230 and its registered office at Plot 22, Hebbal Industrial Area, Mysuru 570 016, Karnataka (hereinafter referred to as the "Customer", which expression shall include its successors and permitted assigns) of the OTHER PART.
The Service Provider and the Customer are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS the Customer wishes to outsource the operation and management of its data centre, end-user computing and network infrastructure, and the Service Provider has represented that it has the requisite skills, personnel and resources to provide such services.
NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:
1. DEFINITIONS
1.1 "Effective Date" means 1 April 2026.
1.2 "Services" means the infrastructure management services described in Schedule A, to be performed in accordance with the service levels in Schedule B.
2. TERM
2.1 This Agreement shall come into force on the Effective Date and shall remain in force for a period of five (5) years commencing on the Effective Date, unless terminated earlier in accordance with this Agreement.
2.2 The Parties may, by mutual written agreement executed not less than ninety (90) days before expiry, renew this Agreement for a further period of two (2) years on such terms as they may then agree.
3. TRANSITION
3.1 The Service Provider shall complete the transition of the Services within one hundred and twenty (120) days from the Effective Date (the "Transition Period").
4. FEES AND PAYMENT
4.1 The Customer shall pay the monthly fees set out in Schedule C within forty-five (45) days of receipt of a correct invoice, subject to deduction of tax at source as required under the Income-tax Act, 1961. GST shall be charged in addition.
5. LOCK-IN AND TERMINATION FOR CONVENIENCE
5.1 Neither Party may terminate this Agreement for convenience during the first twenty-four (24) months from the Effective Date (the "Lock-in Period"). Thereafter the Customer may terminate this Agreement for convenience on one hundred and eighty (180) days' written notice.
6. NON-SOLICITATION
6.1 During the term of this Agreement and for twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party who was engaged in the Services.
7. EXIT MANAGEMENT
7.1 On expiry or termination of this Agreement, the Service Provider shall provide exit management assistance for a period of up to six (6) months.
8. GOVERNING LAW AND DISPUTE RESOLUTION
8.1 This Agreement shall be governed by and construed in accordance with the laws of India. Any dispute shall be finally resolved by arbitration under the Arbitration and Conciliation Act, 1996 by a sole arbitrator, and the seat of arbitration shall be Bengaluru. Subject thereto, the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have caused this Agreement to be executed by their duly authorised representatives on the date and at the place first above written.
For DECCAN INFOTECH SERVICES PRIVATE LIMITED - Authorised Signatory: Suresh Iyengar, Director
For KAVERI AGRO FOODS LIMITED - Authorised Signatory: Lakshmi Narayan, Chief Financial Officer
Witnesses: 1. Arvind Rao 2. Meena Kulkarni`,
    truth: {
      title: "IT Infrastructure Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Deccan Infotech Services Private Limited", "Kaveri Agro Foods Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "5 years",
    },
  },
  {
    id: "v26-technology-new-zealand-term-licence-parties-at-end",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 72,
    source: `# SOFTWARE LICENCE AGREEMENT
# 1. Interpretation
1.1 In this Agreement: "Commencement Date" means 1 August 2026; "Licensor" and "Licensee" mean the parties named as such in the Execution section at the end of this Agreement; "Software" means the RouteWise fleet optimisation software, version 6, and any updates supplied under this Agreement; "Sites" means the Licensee's depots listed in the Particulars.
# 2. Licence
2.1 The Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software at the Sites, for up to 40 concurrent users, for the Licensee's internal business purposes only.
# 3. Term
3.1 The licence starts on the Commencement Date and continues for three years, ending on 31 July 2029, unless terminated earlier under clause 9.
3.2 The Licensee may, by written notice given not later than 60 days before the end of the term, ask to renew the licence for a further term of three years at the Licensor's then-current fees. Any renewal requires the Licensor's written acceptance.
# 4. Fees
4.1 The Licensee will pay an annual licence fee of NZD 64,000 plus GST, invoiced annually in advance. Each invoice is payable on the 20th of the month following the month of invoice.
# 5. Support
5.1 The Licensor will provide support and maintenance in accordance with its standard support policy during the term, including all minor releases of version 6.
# 6. Warranty
6.1 The Licensor warrants that the Software will perform substantially in accordance with its documentation for 90 days after installation. The Licensee is acquiring the Software for the purposes of a business, and the parties agree that the Consumer Guarantees Act 1993 does not apply.
# 7. Confidentiality
7.1 Each party will keep the other party's confidential information confidential during the term and for five years afterwards.
# 8. Liability
8.1 The Licensor's total liability under or in connection with this Agreement is limited to the licence fees paid in the 12 months before the claim arose.
# 9. Termination
9.1 Either party may terminate this Agreement by notice if the other party commits a material breach and does not remedy it within 20 working days of receiving notice of the breach.
# 10. Governing law
10.1 This Agreement is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
===
# Particulars
| Sites | Christchurch (Hornby), Timaru, Dunedin (South Dunedin) |
| Concurrent users | 40 |
| Licensee contact | Fleet Systems Manager, fleet.systems@southernalpsfreight.co.nz |
# Execution
Licensor: KŌWHAI ANALYTICS LIMITED (company number 7712345), Level 4, 12 Customs Street East, Auckland 1010
Signed by Hemi Walker, Director. Date: 24 July 2026
Licensee: SOUTHERN ALPS FREIGHT LIMITED (company number 1894420), 55 Parkhouse Road, Sockburn, Christchurch 8042
Signed by Claire Donnelly, Director. Date: 27 July 2026`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Kōwhai Analytics Limited", "Southern Alps Freight Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-08-01",
      expiryDate: "2029-07-31",
      term: "3 years",
    },
  },
  {
    id: "v26-technology-ontario-evaluation-licence-letter",
    format: "docx",
    source: `NORTHERN PIXEL SYSTEMS INC.
250 Front Street West, Suite 900, Toronto, Ontario M5V 3G5 · legal@northernpixel.ca
February 2, 2026
BY EMAIL
Lakeshore Transit Logistics Ltd.
1800 Lakeshore Road West
Mississauga, Ontario L5J 1J7
Attention: Ms. Priya Raman, Director of Operations
Our reference: NPS/EVAL/0093
Re: Fleetwise Evaluation Licence
Dear Ms. Raman:
Further to our letter of January 15, 2026 and our meeting at your Mississauga offices on January 28, 2026, Northern Pixel Systems Inc. ("Northern Pixel") is pleased to grant Lakeshore Transit Logistics Ltd. ("Lakeshore") a limited, non-exclusive, non-transferable and revocable licence to access and use the Fleetwise route-planning platform (the "Platform") on the terms of this letter.
1. Evaluation Period. The licence is granted for ninety (90) days from the date of this letter, ending on May 3, 2026 (the "Evaluation Period"). It does not renew. Any use of the Platform after the Evaluation Period requires a separate subscription agreement.
2. Scope. Lakeshore may permit up to fifteen (15) of its employees to use the Platform solely to evaluate whether to acquire a subscription, and not for live dispatching.
3. Fees. No licence fees are payable for the Evaluation Period. If Lakeshore enters into a subscription agreement within thirty (30) days after the Evaluation Period ends, Northern Pixel will credit the $7,500 onboarding fee.
4. Data. Lakeshore's data uploaded to the Platform remains Lakeshore's property and will be deleted within fifteen (15) days after the Evaluation Period unless Lakeshore subscribes.
5. Confidentiality. Lakeshore will keep the Platform and all non-public information about it confidential for three (3) years after the Evaluation Period ends.
6. No warranty. The Platform is provided "as is" for evaluation, without warranties or conditions of any kind.
7. Governing law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario.
Please confirm Lakeshore's agreement by signing and returning a copy of this letter.
Yours truly,
NORTHERN PIXEL SYSTEMS INC.
Per: Daniel Okafor
Vice-President, Sales
===
AGREED AND ACCEPTED this 9th day of February, 2026.
LAKESHORE TRANSIT LOGISTICS LTD.
Per: Priya Raman
Director of Operations
I have authority to bind the corporation.`,
    truth: {
      title: "Fleetwise Evaluation Licence",
      documentType: "Licence agreement",
      parties: ["Northern Pixel Systems Inc.", "Lakeshore Transit Logistics Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-02",
      expiryDate: "2026-05-03",
      term: "90 days",
    },
  },
];
