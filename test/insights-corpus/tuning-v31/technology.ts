import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: technology — SaaS, software licences, hosting, development, data processing, order forms, outsourcing, IT services. */
export const TECHNOLOGY_V31: UnseenDocument[] = [
  {
    id: "v31-technology-saas-subscription-california",
    format: "pdf",
    pageFooters: true,
    source: `# SAAS SUBSCRIPTION AGREEMENT
This SaaS Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Brightline Analytics, Inc., a Delaware corporation with its principal place of business at 500 Howard Street, Suite 900, San Francisco, California 94105 ("Provider"), and Redwood Valley Credit Union, a California state-chartered credit union with offices at 1200 Santa Rosa Avenue, Santa Rosa, California 95404 ("Customer").
# 1. Definitions
1.1 "Platform" means Provider's hosted member-analytics software known as Brightline Insight, including all updates Provider makes generally available to its subscribers.
1.2 "Authorized Users" means Customer's employees and contractors, up to the number stated in Exhibit A, who are permitted to access the Platform.
# 2. License Grant
2.1 Subject to the terms of this Agreement, Provider hereby grants Customer a non-exclusive, non-transferable, non-sublicensable license during the Subscription Term to access and use the Platform, through its Authorized Users, solely for Customer's internal business purposes.
2.2 Customer shall not reverse engineer, resell or frame the Platform, or use it to build a competing product.
# 3. Fees and Payment
3.1 Customer shall pay the annual subscription fees set out in Exhibit A within thirty (30) days after the date of each invoice. Late amounts bear interest at one percent (1%) per month.
3.2 Provider may increase the fees for any Renewal Term by no more than five percent (5%) on at least ninety (90) days' prior written notice.
# 4. Term and Renewal
4.1 The initial subscription term shall commence on the Effective Date and continue for thirty-six (36) months (the "Initial Term").
4.2 Thereafter this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each a "Renewal Term" and, together with the Initial Term, the "Subscription Term"), unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
4.3 Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after written notice.
# 5. Warranty
Provider warrants that for ninety (90) days after the Effective Date the Platform will perform materially in accordance with its Documentation. Customer's exclusive remedy is re-performance or a pro-rata refund.
# 6. Confidentiality and Customer Data
6.1 Each party's confidentiality obligations survive for three (3) years after expiration or termination of this Agreement.
6.2 For thirty (30) days after termination Provider shall make Customer Data available for export, after which Provider shall delete it.
# 7. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. The state and federal courts located in San Francisco County shall have exclusive jurisdiction.
===
IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized representatives.
| BRIGHTLINE ANALYTICS, INC. | REDWOOD VALLEY CREDIT UNION |
| By: /s/ Marcus Oyelaran | By: /s/ Dana Whitfield |
| Name: Marcus Oyelaran | Name: Dana Whitfield |
| Title: Chief Revenue Officer | Title: EVP, Operations |
| Date: March 4, 2026 | Date: March 3, 2026 |
# Exhibit A – Subscription Details
| Item | Detail |
| Authorized Users | 250 |
| Annual Subscription Fee | US$96,000 |
| Implementation Fee (one-time) | US$18,500 |`,
    truth: {
      title: "SaaS Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Brightline Analytics, Inc.", "Redwood Valley Credit Union"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v31-technology-it-outsourcing-msa-south-africa",
    format: "docx",
    storedPageCount: 3,
    source: `# MASTER SERVICES AGREEMENT
(IT Infrastructure Outsourcing)
entered into by and between
KAROO DIGITAL SERVICES (PTY) LTD (Registration number 2011/004512/07), a private company incorporated in the Republic of South Africa, of 14 Loop Street, Cape Town, 8001 ("the Service Provider")
and
UMHLANGA MUTUAL ASSURANCE LIMITED (Registration number 1998/017733/06), a public company incorporated in the Republic of South Africa, of 3 Palm Boulevard, Umhlanga Ridge, 4319 ("the Customer")
# 1. INTERPRETATION
1.1 "Commencement Date" means 1 June 2026;
1.2 "Signature Date" means the date of signature of this Agreement by the Party signing last;
1.3 "Services" means the data centre, network, service desk and end-user computing services described in Schedule 1;
1.4 "Transition Period" means the period of four (4) months from the Commencement Date during which the Service Provider shall take over the Services from the Customer's incumbent supplier.
# 2. DURATION
2.1 This Agreement shall commence on the Commencement Date and, subject to earlier termination in accordance with its terms, shall endure for a period of five (5) years (the "Initial Period").
2.2 The Customer may, by written notice given not less than six (6) months before the expiry of the Initial Period, extend this Agreement for one further period of two (2) years on the same terms.
# 3. SERVICE LEVELS AND SERVICE CREDITS
Service credits shall be calculated in accordance with Schedule 2 and shall not in any month exceed fifteen percent (15%) of the monthly Charges.
===
# 4. CHARGES
The Charges are payable monthly in arrears within thirty (30) days after receipt of a valid tax invoice, and are subject to annual escalation on each anniversary of the Commencement Date in line with CPI.
# 5. PERSONNEL
Neither Party shall solicit for employment any employee of the other Party engaged in the Services during the term of this Agreement and for twelve (12) months after its termination.
# 6. EXIT MANAGEMENT
On expiry or termination the Service Provider shall provide termination assistance for a period of up to nine (9) months (the "Exit Period") at the rates in Schedule 3.
# 7. PROTECTION OF PERSONAL INFORMATION
The Service Provider shall process personal information only as an operator on behalf of the Customer and in accordance with the Protection of Personal Information Act 4 of 2013.
# 8. GOVERNING LAW AND JURISDICTION
This Agreement shall be governed by and construed in accordance with the laws of the Republic of South Africa. Subject to clause 9, the Parties consent to the jurisdiction of the High Court of South Africa, Western Cape Division, Cape Town.
# 9. DISPUTE RESOLUTION
Any dispute not resolved by the Parties' executives within twenty (20) business days shall be referred to arbitration under the rules of the Arbitration Foundation of Southern Africa.
SIGNED at Cape Town on this 12th day of May 2026.
For: KAROO DIGITAL SERVICES (PTY) LTD, duly authorised: Thandeka Mbeki, Chief Executive Officer
SIGNED at Umhlanga on this 15th day of May 2026.
For: UMHLANGA MUTUAL ASSURANCE LIMITED, duly authorised: Pieter van der Merwe, Chief Operating Officer
===
# SCHEDULE 1 – SERVICES
| Service Tower | Scope | Service Hours |
| Data Centre | Hosting and management of 140 virtual servers at the Service Provider's Cape Town facility | 24x7 |
| Network | WAN and LAN management for 38 branches | 24x7 |
| Service Desk | First-line support for 2,100 users | 07:00–19:00 weekdays |
| End-User Computing | Device provisioning, patching and field support | 08:00–17:00 weekdays |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Karoo Digital Services (Pty) Ltd", "Umhlanga Mutual Assurance Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "5 years",
    },
  },
  {
    id: "v31-technology-data-processing-addendum-ireland",
    format: "txt",
    source: `# DATA PROCESSING ADDENDUM
| Customer (Controller) | Corrib Fertility Clinics Limited, company number 612345, registered office 4 Eyre Square, Galway H91 X2C4 |
| Provider (Processor) | Nimbus Stack Hosting Limited, company number 540981, registered office Block C, Sandyford Business Park, Dublin 18 |
| Principal Agreement | Cloud Hosting Agreement between the parties dated 17 October 2024 |
| Addendum Effective Date | 1 April 2026 |
| Approved Sub-processors | As listed in Schedule 2 |
1. Background. The parties entered into the Cloud Hosting Agreement (the "Principal Agreement"), which has an initial term of three years from 1 November 2024. This Addendum supplements and amends the Principal Agreement with effect from the Addendum Effective Date so that the Provider's processing of Customer Personal Data meets Article 28 of the GDPR and the Data Protection Act 2018.
2. Amendment. Clause 14 (Data Protection) of the Principal Agreement is deleted and replaced by the terms of this Addendum. If this Addendum conflicts with the Principal Agreement, this Addendum prevails.
3. Instructions. The Provider shall process Customer Personal Data only on the Customer's documented instructions, including with regard to transfers outside the European Economic Area.
4. Special category data. The parties acknowledge that Customer Personal Data includes data concerning health, and the Provider shall apply the additional safeguards in Schedule 3.
5. Personal data breach. The Provider shall notify the Customer without undue delay and in any event within forty-eight (48) hours after becoming aware of a personal data breach.
6. Sub-processors. The Provider shall give the Customer at least thirty (30) days' notice of any new sub-processor, during which the Customer may object on reasonable grounds.
7. Audit. The Customer may audit the Provider's compliance once in any twelve (12) month period on twenty (20) business days' notice.
8. Return and deletion. Within thirty (30) days after the end of the provision of the hosting services, the Provider shall return or delete all Customer Personal Data, at the Customer's choice.
9. Duration. This Addendum takes effect on the Addendum Effective Date and remains in force for so long as the Provider processes Customer Personal Data under the Principal Agreement.
10. Governing law. This Addendum is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction over any dispute arising from it.
Signed for and on behalf of Corrib Fertility Clinics Limited
Aoife Ní Bhriain, Chief Executive
Date: 24 March 2026
Signed for and on behalf of Nimbus Stack Hosting Limited
Ciarán Dolan, Director
Date: 26 March 2026`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Corrib Fertility Clinics Limited", "Nimbus Stack Hosting Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-01",
      amends: "Cloud Hosting Agreement",
    },
  },
  {
    id: "v31-technology-software-development-singapore",
    format: "pdf",
    pdfMargin: 80,
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
relating to the design and build of the HarbourPay merchant mobile application
between
LION CITY FINTECH PTE. LTD.
and
TEMBUSU CODE WORKS LLP
Dated 20 March 2026
===
THIS AGREEMENT is dated 20 March 2026 and made BETWEEN:
(1) LION CITY FINTECH PTE. LTD. (UEN 201934567K), a company incorporated in Singapore whose registered office is at 8 Marina View, #30-01 Asia Square Tower 1, Singapore 018960 (the "Client"); and
(2) TEMBUSU CODE WORKS LLP (UEN T21LL0456A), a limited liability partnership registered in Singapore whose registered office is at 71 Ayer Rajah Crescent, #05-12, Singapore 139951 (the "Developer").
BACKGROUND
(A) The Client wishes to engage the Developer to design, develop, test and deliver the Application, and the Developer has agreed to do so on the terms of this Agreement.
# 1. DEFINITIONS
"Application" means the HarbourPay merchant mobile application for iOS and Android, with its administration portal, as specified in Schedule 1.
"Commencement Date" means 1 April 2026.
"Warranty Period" means the period of ninety (90) days after Acceptance of the final Milestone.
# 2. TERM
2.1 This Agreement shall run from the Commencement Date to 31 March 2027 (inclusive), unless terminated earlier in accordance with clause 9.
2.2 If Acceptance of the final Milestone has not occurred by 31 March 2027, the Client may, by written notice, extend this Agreement until Acceptance occurs.
# 3. MILESTONES AND PAYMENT
| Milestone | Target Date | Fee (SGD) |
| 1. Discovery and UX design | 15 May 2026 | 48,000 |
| 2. Minimum viable product build | 30 September 2026 | 126,000 |
| 3. Production release and Acceptance | 15 January 2027 | 84,000 |
The Developer shall invoice each Milestone on its Acceptance, and the Client shall pay each undisputed invoice within thirty (30) days.
# 4. INTELLECTUAL PROPERTY
All intellectual property rights in the Application vest in the Client on payment of the relevant Milestone fee. The Developer retains its pre-existing tools and grants the Client a perpetual licence to use them as part of the Application.
# 5. WARRANTY
The Developer shall correct, free of charge, any defect reported during the Warranty Period.
# 6. NON-SOLICITATION
Neither party shall solicit the other's staff engaged on the project for six (6) months after the end of this Agreement.
# 7. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed by Wong Mei Ling, Director, for and on behalf of LION CITY FINTECH PTE. LTD.
Signed by Arjun Pillai, Designated Partner, for and on behalf of TEMBUSU CODE WORKS LLP`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Lion City Fintech Pte. Ltd.", "Tembusu Code Works LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
    },
  },
  {
    id: "v31-technology-hosting-order-form-ontario",
    format: "docx",
    source: `# ORDER FORM
Order Form No. OF-2026-0417
This Order Form is entered into under the Master Hosting Terms between the Provider and the Customer dated September 9, 2024 (the "Master Terms"). Capitalized terms not defined here have the meanings given in the Master Terms.
| Provider | Maplegrid Infrastructure Inc., 200 Bay Street, Suite 1800, Toronto, Ontario M5J 2J2 |
| Customer | Georgian Bay Logistics Ltd., 45 Hurontario Street, Collingwood, Ontario L9Y 2L7 |
| Order Date | June 10, 2026 |
| Service Start Date | July 1, 2026 |
| Initial Subscription Term | 24 months commencing on the Service Start Date |
| Renewal | Automatically renews for successive 12-month terms unless either party gives notice of non-renewal at least 90 days before the end of the then-current term |
| Billing | Monthly in advance; invoices payable net 45 days |
| Minimum Commitment | CAD 14,500 per month |
# Services Ordered
| Service | Quantity | Monthly Fee (CAD) |
| Dedicated private cloud cluster (3 nodes) | 1 | 9,800 |
| Managed backup – 20 TB with 35-day retention | 1 | 2,400 |
| 24x7 managed security monitoring | 1 | 2,300 |
# Terms
1. Effective Date. This Order Form becomes effective on the Service Start Date (the "Effective Date").
2. Migration. The Provider shall complete migration of the Customer's workloads from its current data centre within sixty (60) days after the Service Start Date.
3. Service Levels. The Provider shall meet 99.95% monthly availability for the private cloud cluster; service credits are the Customer's sole remedy for any shortfall.
4. Early Termination. If the Customer terminates for convenience before the end of the Initial Subscription Term, it shall pay the Minimum Commitment for each remaining month.
5. Precedence. If this Order Form conflicts with the Master Terms, this Order Form prevails.
6. Governing Law. Clause 19 of the Master Terms (which refers to the laws of British Columbia) does not apply to this Order Form. This Order Form is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
Accepted and agreed:
| MAPLEGRID INFRASTRUCTURE INC. | GEORGIAN BAY LOGISTICS LTD. |
| Per: Priya Raman, VP Sales | Per: Gordon Tremblay, President |
| Date: June 10, 2026 | Date: June 12, 2026 |
I/We have authority to bind the corporation.`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Maplegrid Infrastructure Inc.", "Georgian Bay Logistics Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v31-technology-notice-non-renewal-new-zealand",
    format: "txt",
    source: `Te Awa Regional Council
Private Bag 3016, Hamilton 3240
Telephone 07 859 0999 | www.teawa.govt.nz
14 April 2026
Our ref: ICT/CON/2019-044
By email and courier
Kererū Software Limited
Level 4, 22 Customhouse Quay
Wellington 6011
Attention: The Managing Director
Dear Sir or Madam
# NOTICE OF NON-RENEWAL
Licence and Support Agreement dated 1 July 2019 (the "Agreement")
We refer to the Agreement between Te Awa Regional Council and Kererū Software Limited for the licence, hosting and support of the Pātaka rates and property system, and to our letter of 3 February 2026 and our meeting with your account team on 10 March 2026.
Under clause 3.2 of the Agreement, the Agreement renews automatically for successive periods of two years unless either party gives the other at least six months' written notice of non-renewal before the end of the current renewal period.
The Council hereby gives notice under clauses 3.2 and 26 of the Agreement that it does not wish the Agreement to renew. The Agreement will therefore expire at the end of the current renewal period.
Under clause 18 (Transition Assistance) we request that you provide a full export of the Council's rating data in the format described in Schedule 5 no later than 60 days before expiry, and read-only access to the system for 90 days after expiry.
Nothing in this notice waives any of the Council's rights under the Agreement, including its rights in respect of the service credits claimed in our letter of 3 February 2026.
Please acknowledge receipt of this notice by return email to ict.contracts@teawa.govt.nz.
Yours faithfully
Hemi Walker
Chief Information Officer
Te Awa Regional Council
cc: Legal Services Manager`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Te Awa Regional Council", "Kererū Software Limited"],
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v31-technology-deed-of-variation-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to the Software Licence Agreement dated 1 August 2023
THIS DEED is made on the 3rd day of March 2026
BETWEEN:
(1) KOWLOON ROUTE SYSTEMS LIMITED (company number 2874411), whose registered office is at 18/F, Two Harbourfront, 22 Tak Fung Street, Hung Hom, Kowloon, Hong Kong (the "Licensor");
(2) PEARL DELTA TERMINALS LIMITED (company number 1650923), whose registered office is at Terminal 9 North, Tsing Yi, New Territories, Hong Kong (the "Licensee"); and
(3) PEARL DELTA LOGISTICS (SHENZHEN) CO., LTD., a company established in the People's Republic of China with unified social credit code 91440300MA5FXXK21Q, whose registered address is at 8 Yantian Road, Yantian District, Shenzhen (the "Additional Licensee").
RECITALS
(A) The Licensor and the Licensee are parties to the Software Licence Agreement dated 1 August 2023 (the "Licence Agreement"), under which the Licensor licenses its YardMaster terminal operating system to the Licensee for an initial term of seven years from 1 August 2023, and which is expressed to be governed by English law.
(B) The parties wish to vary the Licence Agreement to admit the Additional Licensee, to add a licensed site and to change its governing law, in each case with effect from the Variation Effective Date.
IT IS AGREED as follows:
1. In this Deed "Variation Effective Date" means 1 April 2026. Terms defined in the Licence Agreement have the same meanings in this Deed.
2. With effect from the Variation Effective Date the Licence Agreement is varied as follows:
2.1 the Additional Licensee becomes a party to the Licence Agreement as a Licensee, jointly and severally liable with the Licensee;
2.2 Schedule 2 (Licensed Sites) is amended by adding "Shenzhen Yantian Inland Depot";
2.3 the annual licence fee in Schedule 3 is increased from HK$2,400,000 to HK$2,950,000, payable quarterly in advance within fourteen (14) days of invoice; and
2.4 clause 31 (Governing Law) is deleted and replaced with: "This Agreement is governed by the laws of the Hong Kong Special Administrative Region."
3. Except as varied by this Deed, the Licence Agreement continues in full force and effect. Nothing in this Deed affects the initial term of the Licence Agreement or the Licensee's option to extend it.
4. This Deed is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof this Deed has been executed as a deed and delivered on the date first above written.
EXECUTED as a DEED by KOWLOON ROUTE SYSTEMS LIMITED by affixing its common seal in the presence of: Raymond Chan Tak-ming, Director, and Vivian Lau, Company Secretary
EXECUTED as a DEED by PEARL DELTA TERMINALS LIMITED by affixing its common seal in the presence of: Edmund Ho, Director, and Grace Tsang, Director
EXECUTED as a DEED by PEARL DELTA LOGISTICS (SHENZHEN) CO., LTD. acting by its legal representative Zhou Wei, in the presence of: Li Na, Witness`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kowloon Route Systems Limited", "Pearl Delta Terminals Limited", "Pearl Delta Logistics (Shenzhen) Co., Ltd."],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v31-technology-hosting-minute-of-agreement-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# HOSTING SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
GRAMPIAN CLOUD SOLUTIONS LIMITED, incorporated under the Companies Acts (Registered Number SC512873) and having its Registered Office at 21 Union Row, Aberdeen AB10 1SA ("the Supplier");
and
LOCHSIDE HERITAGE TRUST, a Scottish charitable incorporated organisation (Scottish Charity Number SC049218) having its principal office at Lochside House, 4 Shore Street, Oban PA34 4LQ ("the Customer")
WHEREAS the Customer wishes the Supplier to host and manage its collections management system and public website, and the Supplier has agreed to do so; THEREFORE the parties have agreed and do hereby agree as follows:
# 1. DEFINITIONS
"Service Commencement Date" means 1 March 2026;
"Initial Period" means a period of two years from the Service Commencement Date;
"Contract Year" means each period of twelve months beginning on the Service Commencement Date or an anniversary of it.
# 2. DURATION
2.1 This Agreement shall come into force on the Service Commencement Date and shall continue for the Initial Period.
2.2 On the expiry of the Initial Period, and on the expiry of each subsequent year, this Agreement shall continue automatically for a further period of one year unless either party has given the other not less than three months' written notice of termination.
===
# 3. SERVICES
The Supplier shall provide the hosting, backup and monitoring services described in the Schedule with 99.9% availability in each calendar month, measured at the Supplier's Aberdeen data centre.
# 4. CHARGES
The Customer shall pay £2,150 per month plus VAT, invoiced quarterly in advance and payable within thirty days. Charges are fixed for the first Contract Year and thereafter may be increased once in each Contract Year by no more than CPI.
# 5. DATA PROTECTION
Each party shall comply with the UK GDPR and the Data Protection Act 2018. On termination the Supplier shall retain backups for thirty days and then securely delete them.
# 6. LIMITATION OF LIABILITY
The Supplier's total liability in any Contract Year shall not exceed the Charges paid in that Contract Year.
# 7. LAW AND JURISDICTION
This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding two pages are executed as follows:
They are subscribed for and on behalf of GRAMPIAN CLOUD SOLUTIONS LIMITED at Aberdeen on the fifth day of February Two thousand and twenty-six by Callum Reid, Director, before this witness: Moira Stewart, 9 Albyn Place, Aberdeen
They are subscribed for and on behalf of LOCHSIDE HERITAGE TRUST at Oban on the eleventh day of February Two thousand and twenty-six by Isobel Fraser, Charity Trustee, before this witness: Neil MacInnes, 2 George Street, Oban
# SCHEDULE
| Service | Detail |
| Application hosting | Two virtual servers for the collections management system |
| Website hosting | Managed WordPress with content delivery network |
| Backup | Nightly, retained for 30 days |
| Monitoring | 24x7 with email and telephone alerting |`,
    truth: {
      title: "Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Grampian Cloud Solutions Limited", "Lochside Heritage Trust"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-01",
      expiryDate: "2028-03-01",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
