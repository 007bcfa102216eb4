import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: technology — SaaS, software licences, hosting, development, data processing, order forms, outsourcing, IT services. */
export const TECHNOLOGY_V30: UnseenDocument[] = [
  {
    id: "v30-technology-saas-subscription-california",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE AS A SERVICE SUBSCRIPTION AGREEMENT
This Software as a Service Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Brightline Analytics, Inc., a Delaware corporation with its principal place of business at 500 Howard Street, Suite 900, San Francisco, California 94105 ("Provider"), and Harbor & Pike Logistics LLC, a Washington limited liability company with offices at 1201 Western Avenue, Seattle, Washington 98101 ("Customer").
# 1. Definitions
1.1 "Software" means Provider's hosted route-optimization platform known as Brightline Route, including all updates Provider makes generally available to its customers.
1.2 "Authorized Users" means Customer's employees and contractors, up to the number stated in the Order Schedule.
# 2. License Grant
2.1 Subject to the terms of this Agreement, Provider hereby grants Customer a non-exclusive, non-transferable, non-sublicensable license during the Term to access and use the Software, solely for Customer's internal business purposes and only by Authorized Users.
2.2 Customer shall not reverse engineer, decompile or attempt to derive the source code of the Software.
# 3. Term and Renewal
3.1 The initial term of this Agreement shall commence on the Effective Date and continue for thirty-six (36) months (the "Initial Term").
3.2 Thereafter, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each, a "Renewal Term") unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.
3.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within that period.
===
# 4. Fees and Payment
4.1 Customer shall pay the annual subscription fee set out in the Order Schedule, invoiced annually in advance. Invoices are due net thirty (30) days from the invoice date.
4.2 Provider may increase the fees for any Renewal Term by giving at least ninety (90) days' notice, provided that no increase exceeds five percent (5%).
# 5. Warranties
5.1 Provider warrants that for a period of ninety (90) days following the Effective Date the Software will perform materially in accordance with its documentation.
# 6. Confidentiality and Data
6.1 The obligations in this Section 6 shall survive termination of this Agreement for three (3) years.
6.2 Upon expiry or termination, Provider shall make Customer Data available for export for thirty (30) days, after which Provider may delete it.
# 7. General
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. The state and federal courts located in San Francisco County shall have exclusive jurisdiction.
7.2 This Agreement constitutes the entire agreement between the parties concerning its subject matter.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTLINE ANALYTICS, INC. | HARBOR & PIKE LOGISTICS LLC |
| By: /s/ Daniel Okafor | By: /s/ Rebecca Lindqvist |
| Name: Daniel Okafor, Chief Revenue Officer | Name: Rebecca Lindqvist, Managing Member |`,
    truth: {
      title: "Software as a Service Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Brightline Analytics, Inc.", "Harbor & Pike Logistics LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v30-technology-managed-hosting-england",
    format: "docx",
    storedPageCount: 3,
    source: `# MANAGED HOSTING SERVICES AGREEMENT
Dated 14 April 2026
(1) NORTHGATE CLOUD SERVICES LIMITED
(2) PENNINE MUTUAL BUILDING SOCIETY
Hallam & Co LLP, 3 Park Square East, Leeds LS1 2NE
===
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) NORTHGATE CLOUD SERVICES LIMITED, a company incorporated in England and Wales with company number 09876543 whose registered office is at Unit 4, Kirkstall Forge, Leeds LS5 3BF (the "Supplier"); and
(2) PENNINE MUTUAL BUILDING SOCIETY, a building society incorporated under the Building Societies Act 1986 whose principal office is at 22 Market Street, Halifax HX1 1PB (the "Customer").
BACKGROUND
(A) The Supplier operates Tier III data centres in Leeds and Manchester and provides managed hosting, backup and monitoring services.
(B) The Customer wishes to migrate its core banking and member portal environments to the Supplier's platform on the terms of this agreement.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this agreement:
"Commencement Date" means 1 May 2026;
"Exit Period" means the period of up to six (6) months following termination or expiry during which the Supplier shall provide the exit assistance described in Schedule 2;
"Initial Term" means the period of two (2) years from the Commencement Date;
"Minimum Commitment Period" means the first twelve (12) months after the Commencement Date.
# 2. DURATION
2.1 This agreement shall take effect on the Commencement Date and, unless terminated earlier in accordance with clause 12, shall continue for the Initial Term.
2.2 The Customer may, by giving the Supplier not less than six (6) months' written notice before the end of the Initial Term, extend this agreement once for a further period of twelve (12) months. If the Customer does not give that notice, this agreement shall expire at the end of the Initial Term.
2.3 The Customer may not terminate this agreement for convenience during the Minimum Commitment Period. After that period, the Customer may terminate on three (3) months' written notice.
# 3. SERVICES AND SERVICE LEVELS
3.1 The Supplier shall provide the Services described in Schedule 1 so as to meet or exceed the Service Levels, including 99.95% monthly availability of the production environment.
3.2 Service Credits shall be the Customer's sole financial remedy for failure to meet a Service Level, save where the Service Level failure persists for three (3) consecutive months.
# 4. CHARGES
4.1 The Customer shall pay the Charges monthly in arrears within thirty (30) days of receipt of a valid invoice.
# 13. GOVERNING LAW
13.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# SCHEDULE 1 – SERVICES
Managed hosting of the Customer's production, disaster recovery and test environments; 24/7 infrastructure monitoring; daily encrypted backups retained for thirty-five (35) days; quarterly disaster recovery testing.
Signed by Priya Desai, Director, for and on behalf of NORTHGATE CLOUD SERVICES LIMITED
Signed by Andrew Greenhalgh, Chief Operating Officer, for and on behalf of PENNINE MUTUAL BUILDING SOCIETY`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Northgate Cloud Services Limited", "Pennine Mutual Building Society"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-05-01",
      term: "2 years",
    },
  },
  {
    id: "v30-technology-it-support-scotland",
    format: "txt",
    source: `# IT SUPPORT SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CALEDONIAN TECHNOLOGY SOLUTIONS LIMITED, a company incorporated under the Companies Acts (Registered Number SC412376) and having its Registered Office at 14 Canal Street, Glasgow G4 0AD (the “Contractor”)
and
STRATHBLANE HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (Registered Number 2254R(S)) and having its Registered Office at 3 Station Road, Stirling FK8 2AA (the “Association”)
WHEREAS the Association, following a tender exercise advertised on Public Contracts Scotland, has selected the Contractor to provide desktop, network and cyber security support services;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions
“Commencement Date” means 1 June 2026.
“Services” means the IT support services described in Part 1 of the Schedule.
“Priority 1 Incident” means a failure rendering the Association’s housing management system unavailable to more than ten users.
2. Duration
2.1 This Agreement shall have effect from the Commencement Date until 31 May 2029, unless brought to an end earlier in terms of Clause 9.
2.2 Any continuation of the Services beyond 31 May 2029 shall require a new agreement following a fresh procurement.
3. Service Levels
3.1 The Contractor shall respond to a Priority 1 Incident within four (4) hours and resolve it within one (1) Business Day.
4. Price
4.1 The Association shall pay the Contractor a fixed monthly charge of £6,450 (exclusive of VAT) within thirty (30) days of receipt of a valid invoice.
9. Termination
9.1 The Association may terminate this Agreement on giving not less than three (3) months’ written notice to the Contractor.
10. Non-Solicitation
10.1 Neither party shall, during the period of this Agreement and for twelve (12) months thereafter, solicit the employment of any person engaged in the provision or receipt of the Services.
11. Law and Jurisdiction
11.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Schedule annexed are executed as follows:
They are subscribed for and on behalf of CALEDONIAN TECHNOLOGY SOLUTIONS LIMITED by Fiona MacLeod, Director, at Glasgow on 21 May 2026 before this witness, Callum Reid, 8 Hope Street, Glasgow.
They are subscribed for and on behalf of STRATHBLANE HOUSING ASSOCIATION LIMITED by Ewan Stewart, Chief Executive, at Stirling on 22 May 2026 before this witness, Morag Cunningham, 3 Station Road, Stirling.`,
    truth: {
      title: "IT Support Services Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Technology Solutions Limited", "Strathblane Housing Association Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v30-technology-software-licence-new-zealand",
    format: "pdf",
    pdfMargin: 90,
    source: `# SOFTWARE LICENCE AGREEMENT
The Licensor and the Licensee named in the execution block at the end of this Agreement agree as follows.
# 1. Interpretation
Commencement Date means 1 August 2026.
Licence Period means the period of five (5) years starting on the Commencement Date.
Software means the SiteLedger asset maintenance software in object code form, version 7 and any updates supplied under clause 5.
Delivery means the date on which the Licensor makes the Software available for download to the Licensee.
# 2. Grant of Licence
2.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Licensee in New Zealand for the Licence Period.
2.2 The licence is limited to 150 named users. Additional users may be added at the rates in the Price List.
2.3 At the end of the Licence Period the licence ends. Any new licence must be agreed in writing by both parties.
# 3. Licence Fee
3.1 The Licensee will pay the Licence Fee of NZ$240,000 (plus GST) in five equal annual instalments, each payable within twenty (20) Working Days of the date of invoice.
# 4. Warranty
4.1 The Licensor warrants that the Software will perform substantially in accordance with the Documentation for ninety (90) days from Delivery.
4.2 The parties agree that they are in trade and that the Consumer Guarantees Act 1993 does not apply.
# 5. Support and Escrow
5.1 The Licensor will provide support and updates for the first twelve (12) months after Delivery. Further support may be purchased under a separate support agreement.
5.2 The Licensor will keep the source code of the Software deposited with an independent escrow agent for the Licence Period, to be released to the Licensee if the Licensor is put into liquidation or ceases to support the Software.
# 6. Termination
6.1 Either party may terminate this Agreement by notice if the other party breaches it and does not remedy the breach within twenty (20) Working Days of being asked to do so.
6.2 Clauses 3, 7 and 8 survive termination.
# 8. Governing Law
8.1 This Agreement is governed by the laws of New Zealand and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Date: 15 July 2026
SIGNED for and on behalf of KAURI LOGIC LIMITED (company number 8123456), 41 Shortland Street, Auckland 1010, as Licensor, by Aroha Ngata, Director
SIGNED for and on behalf of RUAPEHU ENGINEERING LIMITED (company number 2045871), 9 Victoria Avenue, Whanganui 4500, as Licensee, by Graham Whitcombe, Director`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Kauri Logic Limited", "Ruapehu Engineering Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-08-01",
      expiryDate: "2031-07-31",
      term: "5 years",
    },
  },
  {
    id: "v30-technology-software-development-singapore",
    format: "docx",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
# KEY DETAILS
| Item | Details |
| Customer | Lion City Fintech Pte. Ltd. (UEN 201912345K), 8 Marina View, #15-01 Asia Square Tower 1, Singapore 018960 |
| Developer | Tan Wei Ming (NRIC No. S8123456D), of Blk 456 Ang Mo Kio Avenue 10, #08-1234, Singapore 560456 |
| Project | Design, build and deployment of the "PayLah Merchant" mobile application for iOS and Android |
| Commencement Date | 2 February 2026 |
| Term | Eighteen (18) months from the Commencement Date, unless terminated earlier under clause 12 |
| Fees | S$180,000 (exclusive of GST), payable on the milestones in Schedule 2 within 14 days of invoice |
| Warranty Period | 90 days after Acceptance of each Deliverable |
| Governing Law | Singapore |
This Agreement is made on 26 January 2026 between the Customer and the Developer named in the Key Details, who agree as follows.
1. Services. The Developer shall design, develop, test and deploy the Deliverables described in Schedule 1 in accordance with the Project Plan and with the skill and care of a competent software developer.
2. Acceptance. The Customer shall test each Deliverable within ten (10) Business Days of delivery and shall either accept it or notify the Developer of any Defects.
3. Intellectual Property. All intellectual property rights in the Deliverables shall vest in the Customer upon payment of the relevant milestone Fee. The Developer retains ownership of its pre-existing tools and libraries and grants the Customer a perpetual licence to use them as part of the Deliverables.
4. Personnel. The Developer shall perform the Services personally and shall not subcontract any part of them without the Customer's prior written consent.
===
5. Warranty. During the Warranty Period the Developer shall correct, at no charge, any Defect notified by the Customer.
6. Non-solicitation. For six (6) months after the end of the Term, neither party shall solicit any employee or contractor of the other who was involved in the Project.
12. Termination. Either party may terminate this Agreement by giving thirty (30) days' written notice. On termination the Customer shall pay for all work completed up to the date of termination.
13. Governing law and disputes. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
| Signed for and on behalf of Lion City Fintech Pte. Ltd. | Signed by Tan Wei Ming |
| Name: Chua Li Ting, Chief Technology Officer | Tan Wei Ming |`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Lion City Fintech Pte. Ltd.", "Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2027-08-02",
      term: "18 months",
    },
  },
  {
    id: "v30-technology-cloud-order-form-india",
    format: "txt",
    source: `# ORDER FORM
Order Form No.: NST/OF/2026/0418
This Order Form is issued under the Master Cloud Services Agreement dated 12 November 2024 between the parties (the "MSA"). Capitalised terms not defined in this Order Form have the meanings given in the MSA.
| Provider | Nimbus Stack Technologies Private Limited (CIN U72900KA2015PTC081234), 7th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 |
| Customer | Saraswati Retail Private Limited (CIN U52100MH2011PTC219876), acting for itself and as agent for its Affiliates listed in Annexure A, 301 Kamala Mills, Lower Parel, Mumbai 400013 |
| Services | Managed Kubernetes hosting (3 production clusters), managed PostgreSQL, daily backups and 24x7 L2 support |
| Hosting Region | Mumbai (primary) and Hyderabad (disaster recovery) |
| Service Commencement Date | 1 July 2026 |
| Initial Subscription Term | Twelve (12) months commencing on the Service Commencement Date |
| Fees | INR 4,80,000 per month plus GST, invoiced monthly in advance |
| Payment Terms | Forty-five (45) days from the date of invoice |
1. Renewal. On expiry of the Initial Subscription Term, this Order Form shall renew automatically for successive periods of twelve (12) months each, unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term. Fees for each renewal period may increase by up to seven per cent (7%).
2. Service Levels. The service levels in Schedule 3 of the MSA apply, save that monthly availability for the production clusters shall be 99.9%.
3. Data Localisation. All Customer Data shall be stored and processed in data centres located in India.
4. Precedence. If this Order Form conflicts with the MSA, this Order Form prevails in respect of the Services ordered under it.
5. Governing Law. This Order Form shall be governed by and construed in accordance with the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
Accepted and agreed:
For Nimbus Stack Technologies Private Limited: Authorised Signatory, Karthik Raman, Vice President – Sales. Date: 18 June 2026
For Saraswati Retail Private Limited: Authorised Signatory, Meera Kulkarni, Chief Information Officer. Date: 19 June 2026`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Nimbus Stack Technologies Private Limited", "Saraswati Retail Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v30-technology-outsourcing-deed-amendment-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF AMENDMENT
relating to the IT Outsourcing Agreement dated 1 October 2021
THIS DEED OF AMENDMENT is made on the 9th day of September 2026
BETWEEN:
(1) HARBOURVIEW BANK (ASIA) LIMITED, a company incorporated in Hong Kong with company number 0123456 whose registered office is at 18/F, One Exchange Square, 8 Connaught Place, Central, Hong Kong (the "Bank");
(2) APEXBRIDGE TECHNOLOGY SERVICES (HK) LIMITED, a company incorporated in Hong Kong with company number 2345678 whose registered office is at 12/F, Cyberport 3, 100 Cyberport Road, Hong Kong (the "Service Provider"); and
(3) APEXBRIDGE HOLDINGS LIMITED, a company incorporated in Bermuda whose registered office is at Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda (the "Guarantor").
WHEREAS:
(A) The Bank and the Service Provider are parties to an agreement entitled "IT Outsourcing Agreement" dated 1 October 2021 (the "Outsourcing Agreement"), under which the Service Provider provides data centre, end-user computing and application maintenance services to the Bank for an initial term of seven (7) years expiring on 30 September 2028.
(B) The Outsourcing Agreement is, as at the date of this Deed, governed by English law.
(C) The Guarantor guaranteed the obligations of the Service Provider under a deed of guarantee dated 1 October 2021.
(D) The parties wish to amend the Outsourcing Agreement to add disaster recovery services, to revise the service credit regime and to change its governing law, as set out in this Deed.
===
NOW THIS DEED WITNESSES as follows:
1. In this Deed, "Amendment Effective Date" means 1 October 2026. Terms defined in the Outsourcing Agreement have the same meaning in this Deed.
2. With effect from the Amendment Effective Date, the Outsourcing Agreement is amended as follows:
2.1 a new Schedule 2A (Disaster Recovery Services) in the form set out in the Appendix to this Deed is inserted;
2.2 in clause 18.4, the maximum service credits payable in any month are increased from 10% to 15% of the monthly Charges; and
2.3 clause 32 (Governing Law) is deleted and replaced with: "This Agreement is governed by the laws of the Hong Kong Special Administrative Region."
3. Save as amended by this Deed, the Outsourcing Agreement, including its term and termination provisions, remains in full force and effect.
4. The Guarantor confirms that its guarantee extends to the obligations of the Service Provider under the Outsourcing Agreement as amended by this Deed.
5. This Deed and any non-contractual obligations arising from it are governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS WHEREOF this Deed has been executed and delivered as a deed on the date first written above.
THE COMMON SEAL of HARBOURVIEW BANK (ASIA) LIMITED was affixed in the presence of Vivian Lau, Director, and Samuel Cheung, Company Secretary
EXECUTED as a DEED by APEXBRIDGE TECHNOLOGY SERVICES (HK) LIMITED acting by Rajesh Menon, Director, in the presence of witness Emily Ho, Solicitor, Hong Kong SAR
EXECUTED as a DEED by APEXBRIDGE HOLDINGS LIMITED acting by its duly authorised attorney Jonathan Tremblay`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Harbourview Bank (Asia) Limited", "Apexbridge Technology Services (HK) Limited", "Apexbridge Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-10-01",
      amends: "IT Outsourcing Agreement",
    },
  },
  {
    id: "v30-technology-notice-non-renewal-victoria",
    format: "docx",
    storedPageCount: 2,
    source: `SOUTHERN CROSS FREIGHT PTY LTD
ABN 42 118 765 302 | Level 12, 360 Collins Street, Melbourne VIC 3000 | +61 3 9602 4410
27 August 2026
By email (legal@ledgerline.com.au) and registered post
The Company Secretary
Ledgerline Software Pty Ltd
Suite 5.02, 88 Walker Street
North Sydney NSW 2060
Our ref: SCF/LEG/2026/117
Dear Sir or Madam
# Notice of Non-Renewal
Cloud Payroll Subscription Agreement dated 1 December 2023 between Southern Cross Freight Pty Ltd and Ledgerline Software Pty Ltd (Agreement)
We refer to clause 14.2 of the Agreement, under which the Agreement renews automatically for successive periods of twelve (12) months unless either party gives the other at least ninety (90) days' written notice of non-renewal before the end of the current term.
The current renewal term of the Agreement ends on 30 November 2026.
In accordance with clause 14.2, we give you notice that Southern Cross Freight Pty Ltd does not wish to renew the Agreement. The Agreement will therefore expire on 30 November 2026.
We also refer to our letter of 4 June 2026 raising concerns about repeated payroll processing delays. Nothing in this notice waives any of our rights in respect of those matters.
Under clause 16.3 of the Agreement, please provide a complete export of our payroll and employee data in CSV format no later than thirty (30) days after the expiry date, and confirm in writing the secure deletion of our data thereafter.
Please note that the Agreement is governed by the laws of New South Wales; nothing in this notice is intended to vary that position or any other term of the Agreement.
Please direct any questions to the undersigned.
Yours faithfully
Margaret Olsen
Chief Financial Officer
for and on behalf of Southern Cross Freight Pty Ltd
===
ACKNOWLEDGEMENT OF RECEIPT
We acknowledge receipt of the above notice.
Signed for and on behalf of Ledgerline Software Pty Ltd by Thomas Nguyen, General Counsel
Date: 2 September 2026`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Southern Cross Freight Pty Ltd", "Ledgerline Software Pty Ltd"],
      effectiveDate: "2026-08-27",
    },
  },
];
