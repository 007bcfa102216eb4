import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20: eight technology contracts (SaaS, licences, hosting, data processing, order forms, outsourcing) drafted independently of the extractor. */
export const TECHNOLOGY_V20: UnseenDocument[] = [
  {
    id: "v20-technology-saas-subscription-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE-AS-A-SERVICE SUBSCRIPTION AGREEMENT
This Software-as-a-Service Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among Brightwater Analytics, LLC, a Delaware limited liability company with offices at 200 Market Street, Suite 1400, Wilmington, Delaware 19801 ("Provider"), Halvorsen & Reyes Holdings, Inc., a New York corporation, and Halvorsen & Reyes Logistics Co., a New Jersey corporation and a wholly owned subsidiary of Halvorsen & Reyes Holdings, Inc. (each, a "Customer Entity" and together, "Customer"). Provider and Customer are each referred to as a "party".
# 1. Subscription and License
1.1 Subject to the terms of this Agreement, Provider hereby grants Customer a non-exclusive, non-transferable, non-sublicensable license during the Subscription Term to access and use the Brightwater Route Intelligence software platform (the "Platform") for Customer's internal business purposes.
1.2 Customer may permit employees of its Affiliates, including Halvorsen & Reyes Canada ULC and H&R Freight de México, S. de R.L. de C.V., to use the Platform as Authorized Users. No Affiliate is a party to this Agreement, and Customer remains responsible for the acts and omissions of each Authorized User.
# 2. Term and Renewal
2.1 The initial subscription term shall commence on the Effective Date and continue for thirty-six (36) months (the "Initial Term").
2.2 Thereafter, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each, a "Renewal Term" and, together with the Initial Term, the "Subscription Term") unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
2.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within that thirty (30) day period.
# 3. Fees and Payment
3.1 Customer shall pay the annual subscription fee set out in Exhibit A within forty-five (45) days after the date of each invoice, by wire transfer to Provider's account at First Harbor Trust Company, N.A., ABA 031100209, or as Provider otherwise directs in writing.
3.2 Provider may increase the fees for any Renewal Term by no more than five percent (5%) upon sixty (60) days' prior written notice.
===
# 4. Warranties
4.1 Provider warrants that the Platform will perform materially in accordance with its Documentation for a period of ninety (90) days from the date on which access credentials are first issued (the "Warranty Period").
# 5. Confidentiality
5.1 Each party's obligations under this Section 5 shall survive any expiration or termination of this Agreement for a period of five (5) years.
# 6. Governing Law; Entire Agreement
6.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
6.2 This Agreement supersedes the evaluation agreement between Provider and Halvorsen & Reyes Holdings, Inc. dated October 14, 2025, which was governed by the laws of the State of New York.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTWATER ANALYTICS, LLC | HALVORSEN & REYES HOLDINGS, INC. | HALVORSEN & REYES LOGISTICS CO. |
| By: /s/ Daniel K. Osei | By: /s/ Marisol T. Reyes | By: /s/ Gunnar Halvorsen |
| Name: Daniel K. Osei | Name: Marisol T. Reyes | Name: Gunnar Halvorsen |
| Title: Managing Member | Title: Chief Executive Officer | Title: President |`,
    truth: {
      title: "Software-as-a-Service Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Brightwater Analytics, LLC", "Halvorsen & Reyes Holdings, Inc.", "Halvorsen & Reyes Logistics Co."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v20-technology-pension-software-licence",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE LICENCE AGREEMENT
relating to the PensionFlow administration software
Dated 14 April 2026
MARLOW & FINCH SOFTWARE LIMITED
and
KESTREL PENSIONS TRUSTEE LIMITED
as trustee of the Kestrel Group Pension Scheme
Ashdown Carver LLP, Solicitors, 40 Cheapside, London EC2V 6AA
===
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MARLOW & FINCH SOFTWARE LIMITED, a company incorporated in England and Wales with company number 09876543, whose registered office is at Unit 4, Riverside Works, Marlow SL7 1QT (the "Licensor"); and
(2) KESTREL PENSIONS TRUSTEE LIMITED, a company incorporated in England and Wales with company number 04123987, whose registered office is at 1 Kestrel Court, Reading RG1 8AB, acting solely in its capacity as trustee of the Kestrel Group Pension Scheme (the "Licensee").
BACKGROUND
(A) The Licensor owns the PensionFlow software. The Licensee, as trustee of the Kestrel Group Pension Scheme (the "Scheme"), whose principal employer is Kestrel Engineering Group plc, wishes to use the software to administer the Scheme.
# 1. Definitions
"Commencement Date" means 1 May 2026.
"Licence Period" means the period described in clause 3.1.
"Support Period" means the period of twelve months from the Commencement Date during which the Licensor shall provide support and maintenance free of charge.
# 2. Grant of Licence
2.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software for the administration of the Scheme during the Licence Period, for up to 40 named users.
# 3. Licence Period
3.1 The licence shall run from the Commencement Date for a period of five years and shall then expire, unless terminated earlier in accordance with clause 9.
3.2 The Licensee may extend the Licence Period once, by a further two years, by giving the Licensor not less than six months' written notice before the Licence Period expires.
# 4. Source Code Escrow
4.1 Within 30 days after the Commencement Date the Licensor shall deposit the source code of the Software with NCC Escrow International Limited under a three-party escrow agreement, which shall remain in force for the Licence Period.
# 5. Fees
5.1 The Licensee shall pay a licence fee of £48,000 per year, annually in advance, within 30 days of the date of the Licensor's invoice.
# 9. Termination
9.1 Either party may terminate this agreement by giving the other three months' written notice if the other commits a material breach which is not remedied within that notice period.
9.2 Clause 6 (Confidentiality) and clause 8 (Limitation of Liability) shall survive termination or expiry for two years.
# 10. Trustee Capacity
10.1 The Licensee enters into this agreement only in its capacity as trustee of the Scheme, and its liability under this agreement is limited to the assets of the Scheme from time to time.
# 11. Governing Law
11.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# EXECUTION
Signed by Harriet Finch, director, for and on behalf of MARLOW & FINCH SOFTWARE LIMITED
Signed by Rajesh Anand, director, for and on behalf of KESTREL PENSIONS TRUSTEE LIMITED as trustee of the Kestrel Group Pension Scheme`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Marlow & Finch Software Limited", "Kestrel Pensions Trustee Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-05-01",
      term: "5 years",
    },
  },
  {
    id: "v20-technology-hosting-minute-scotland",
    format: "pdf",
    pdfMargin: 130,
    source: `# MINUTE OF AGREEMENT
for the provision of managed hosting services
between
CAIRNGORM DATA CENTRES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC612345) and having its registered office at 8 Lochside Crescent, Edinburgh EH12 9DJ (the "Provider")
and
MACLEOD, RAMSAY AND PARTNERS, Chartered Accountants, a Scottish partnership having its principal place of business at 27 Union Street, Aberdeen AB11 6BD, the partners of which at the date of this Agreement are Fiona Catriona MacLeod, Ewan Ramsay and Priya Nair (the "Client")
WHEREAS the Client wishes to move its practice management and document systems from its previous supplier, Grampian Cloud Services Limited, to the Provider's data centre, and the Provider has agreed to host and manage them;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Agreement: "Services" means the managed hosting, backup and disaster recovery services described in the Schedule; "Start Date" means 1 July 2026; and "Minimum Commitment Period" means the period of twenty-four months from the Start Date during which the Client may not terminate this Agreement for convenience.
2.1 This Agreement shall subsist for the period from 1 July 2026 to 30 June 2029 (the "Term") and shall come to an end on the expiry of the Term without the need for notice by either party.
2.2 After the end of the Minimum Commitment Period, the Client may terminate this Agreement by giving the Provider not less than six months' written notice.
3. The Provider shall make the hosted environment available for 99.95% of each calendar month and shall retain backup copies of Client Data on a rolling ninety-day basis.
4. The Client shall pay the monthly charges set out in the Schedule monthly in advance, within fourteen days of invoice, to the Provider's account with Bank of Scotland plc.
5. On expiry or termination the Provider shall return all Client Data within thirty days and securely delete it within sixty days thereafter.
6. This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
They are subscribed for and on behalf of CAIRNGORM DATA CENTRES LIMITED by Alasdair Iain Grant, director, at Edinburgh on 18 June 2026 in the presence of Morag Elspeth Duncan, 8 Lochside Crescent, Edinburgh, witness.
They are subscribed for and on behalf of MACLEOD, RAMSAY AND PARTNERS by Fiona Catriona MacLeod, partner, at Aberdeen on 22 June 2026 in the presence of Thomas Baird, 27 Union Street, Aberdeen, witness.
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Cairngorm Data Centres Limited and MacLeod, Ramsay and Partners.
| Service | Description | Monthly charge |
| Managed hosting | Dedicated virtual environment, patching and monitoring | £3,200 |
| Backup | Nightly encrypted backup, 90-day retention | £640 |
| Disaster recovery | Replication to secondary site, 4-hour recovery time objective | £1,150 |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Cairngorm Data Centres Limited", "MacLeod, Ramsay and Partners"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v20-technology-order-form-singapore",
    format: "txt",
    source: `# ORDER FORM
Order Form No. QF-2026-0417, issued under the Master Subscription Agreement dated 12 January 2024 between the Supplier and the Customer (the "MSA").
| Order Date | 15 July 2026 |
| Supplier | Quay 9 Digital Pte. Ltd. (UEN 201912345K), 1 Fusionopolis Way, #20-02, Singapore 138632 |
| Customer | Raffles Quay Holdings (S) Pte. Ltd. (UEN 199803456M), 80 Robinson Road, #10-01, Singapore 068898 |
| Reseller of record | Kopi Cloud Solutions Pte. Ltd. |
| Customer billing contact | Ms. Lim Hui Min, Finance Manager |
| Subscription Service | Quay 9 TradeLens platform, Enterprise tier, 250 named users |
| Subscription Start Date (the "Commencement Date") | 1 August 2026 |
| Subscription Term | Twenty-four (24) months |
| Subscription End Date | 31 July 2028 |
| Renewal | Renews automatically for successive periods of one (1) year unless either party gives at least sixty (60) days' written notice of non-renewal before the end of the then-current term |
| Fees | SGD 186,000 per year, invoiced annually in advance |
| Payment terms | 45 days from invoice date, to the Supplier's account with DBS Bank Ltd |
| Implementation | Onboarding to be completed within 90 days after the Commencement Date |
# Terms
1. Grant. The Supplier grants the Customer a non-exclusive, non-transferable right to access and use the Subscription Service during the Subscription Term for the Customer's internal business purposes, subject to the MSA.
2. Parties. This Order Form is entered into between the Supplier and the Customer only. The reseller of record invoices the Customer as the Supplier's collection agent and has no authority to vary this Order Form.
3. Relationship with the MSA. The MSA had an initial term of three (3) years from 12 January 2024 and continues thereafter until terminated. Expiry or termination of the MSA will not end this Order Form before the Subscription End Date. If this Order Form conflicts with the MSA, this Order Form prevails.
4. Price protection. Fees for the first renewal period will not increase by more than four per cent (4%).
5. Governing law. This Order Form, like the MSA, is governed by the laws of Singapore.
| For Quay 9 Digital Pte. Ltd. | For Raffles Quay Holdings (S) Pte. Ltd. |
| Name: Arjun Menon | Name: Chloe Tan Wei Ling |
| Title: Chief Revenue Officer | Title: Group Chief Information Officer |
| Date: 15 July 2026 | Date: 17 July 2026 |`,
    truth: {
      title: "Order Form",
      documentType: "Licence agreement",
      parties: ["Quay 9 Digital Pte. Ltd.", "Raffles Quay Holdings (S) Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "24 months",
      renewal: "1 year",
    },
  },
  {
    id: "v20-technology-dpa-addendum-ireland",
    format: "docx",
    source: `# DATA PROCESSING ADDENDUM
This Data Processing Addendum (the “Addendum”) is made on 20 January 2026 and supplements and amends the Cloud Services Agreement dated 9 September 2024 (the “Agreement”).
PARTIES
Ó BRIAIN MEDICAL DEVICES DAC (registered in Ireland under number 654321), having its registered office at Unit 12, Ballybrit Business Park, Galway H91 X2Y3 (the “Customer” or “Controller”); and
GLASÁN CLOUD SERVICES LIMITED (registered in Ireland under number 598765), having its registered office at 3 Grand Canal Quay, Dublin 2, D02 K7W1 (the “Provider” or “Processor”).
BACKGROUND
(A) The Agreement was originally entered into between the Customer and Glasán Hosting Limited and was novated to the Provider by a deed of novation dated 30 June 2025. Glasán Hosting Limited has no continuing rights or obligations under the Agreement.
(B) Under the Agreement the Provider processes personal data on behalf of the Customer, and the parties wish to record the terms required by Article 28 of the GDPR.
# 1. Effect
1.1 This Addendum takes effect on 1 February 2026 (the “Addendum Effective Date”) and forms part of the Agreement from that date.
1.2 This Addendum does not alter the duration of the Agreement, whose initial term of thirty-six (36) months ran from 9 September 2024. This Addendum applies for as long as the Processor processes Customer Personal Data.
# 2. Processing
2.1 The Processor shall process Customer Personal Data only on the documented instructions of the Controller.
2.2 The Processor shall notify the Controller of any Personal Data Breach without undue delay and in any event within 48 hours of becoming aware of it.
# 3. Sub-processors
3.1 The Controller authorises the Sub-processors listed in the Annex. The Processor shall give the Controller at least 30 days’ notice before engaging any new Sub-processor.
# 4. Deletion and Return
4.1 Within 90 days after the end of the provision of the services, the Processor shall delete or return all Customer Personal Data, save that it may retain copies required by law for up to 6 years.
# 5. Audit
5.1 The Controller may audit the Processor’s compliance once in any 12-month period on not less than 30 days’ written notice.
# 6. Governing Law
6.1 Notwithstanding clause 18 of the Agreement, under which the Agreement is governed by the laws of England and Wales, this Addendum and any dispute arising from it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
| Signed for and on behalf of Ó BRIAIN MEDICAL DEVICES DAC | Signed for and on behalf of GLASÁN CLOUD SERVICES LIMITED |
| Siobhán Ní Bhriain, Director | Cathal Mac Giolla, Chief Technology Officer |
===
# ANNEX – AUTHORISED SUB-PROCESSORS
| Sub-processor | Location | Service |
| Nimbus Infrastructure Europe S.à r.l. | Luxembourg | Infrastructure hosting |
| Fáilte Support Desk Limited | Cork, Ireland | Second-line support |
| Kaveri Data Services Private Limited | Pune, India | Database administration (standard contractual clauses apply) |`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Ó Briain Medical Devices DAC", "Glasán Cloud Services Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      amends: "Cloud Services Agreement",
    },
  },
  {
    id: "v20-technology-interim-support-letter-nz",
    format: "txt",
    source: `KŌWHAI DIGITAL LIMITED
Level 3, 115 Customhouse Quay, Wellington 6011 | NZBN 9429041234567 | hello@kowhaidigital.co.nz
12 June 2026
Our ref: KD/TVW/0612
Ms Aroha J. Whitcombe
Chief Executive
Tūī Valley Wines Limited
148 State Highway 63, Renwick 7204, Marlborough
By email: aroha.whitcombe@tuivalley.co.nz
Dear Aroha
# Interim IT Support Services
Thank you for meeting us on 4 June. Following the departure of your previous provider, Southern Alps Technology Limited, this letter sets out the terms on which Kōwhai Digital Limited ("we", "us") will provide interim IT support to Tūī Valley Wines Limited ("you").
1. Services. We will provide helpdesk support, device management, Microsoft 365 administration and network monitoring for your cellar door and winery sites, responding to urgent requests within 4 business hours.
2. Duration. The services will be provided for six months, from 1 July 2026 (the "Start Date") until 31 December 2026. Either of us may end this arrangement earlier by giving the other 30 days' written notice.
3. Fees. Our fixed fee is NZD 7,850 plus GST per month, invoiced on the first working day of each month and payable by the 20th of the following month into our account with Kiwibank Limited.
4. Staff. Neither of us will solicit the other's staff while this arrangement continues and for 6 months after it ends.
5. Extension. If you would like us to continue after 31 December 2026 we can agree a further period in writing; nothing in this letter renews automatically.
6. Terms. Our Terms of Business (version 4.2) apply except where this letter says otherwise. This letter is governed by New Zealand law.
Please sign and return the enclosed copy to confirm your acceptance.
Ngā mihi
Rawiri Te Ao
Managing Director
Kōwhai Digital Limited
cc: Hamish Doyle, Doyle Clarke Lawyers
Accepted and agreed for and on behalf of Tūī Valley Wines Limited:
Aroha J. Whitcombe, Chief Executive
Date: 19 June 2026`,
    truth: {
      title: "Interim IT Support Services",
      documentType: "Services agreement",
      parties: ["Kōwhai Digital Limited", "Tūī Valley Wines Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2026-12-31",
      term: "6 months",
    },
  },
  {
    id: "v20-technology-it-outsourcing-msa-india",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
(Information Technology Infrastructure Outsourcing)
BETWEEN
SRINIVASA TECHNOLOGY SERVICES PRIVATE LIMITED
AND
THE DECCAN CO-OPERATIVE URBAN BANK OF HYDERABAD LIMITED
Dated: 3rd March 2026
===
This MASTER SERVICES AGREEMENT (the "Agreement") is executed at Bengaluru on this 3rd day of March, 2026
BY AND BETWEEN
SRINIVASA TECHNOLOGY SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U72900KA2011PTC061234 and its registered office at No. 42, Outer Ring Road, Marathahalli, Bengaluru 560037 (hereinafter referred to as the "Service Provider", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
THE DECCAN CO-OPERATIVE URBAN BANK OF HYDERABAD LIMITED, a multi-State co-operative society registered under the Multi-State Co-operative Societies Act, 2002, having its head office at 5-9-22, Abids, Hyderabad 500001 (hereinafter referred to as the "Bank", which expression shall include its successors and assigns) of the OTHER PART.
The Service Provider and the Bank are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Bank wishes to outsource the operation of its data centre, network and end-user computing, currently operated by Charminar Systems Limited, in compliance with the directions of the Reserve Bank of India on outsourcing of information technology services.
B. The performance of the Service Provider is guaranteed by its holding company, Srinivasa Infotech Limited, under a separate deed of guarantee of even date.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
# 1. DEFINITIONS
1.1 "Effective Date" means 1st April 2026.
1.2 "Transition Period" means the period of six (6) months commencing on the Effective Date during which the Service Provider shall take over the Services from the incumbent vendor.
1.3 "Lock-in Period" means the period of twenty-four (24) months commencing on the Effective Date, during which the Bank shall not terminate this Agreement for convenience.
# 2. TERM
2.1 This Agreement shall be valid for an initial period of five (5) years commencing on the Effective Date, unless terminated earlier in accordance with Clause 14.
2.2 The Parties may, by mutual written agreement executed not less than one hundred and eighty (180) days before expiry, renew this Agreement for a further period of up to two (2) years on such terms as they may agree.
# 3. EXIT MANAGEMENT
3.1 On expiry or termination, the Service Provider shall provide exit management assistance for a period of up to twelve (12) months.
# 4. PAYMENT
4.1 The Bank shall pay undisputed invoices within thirty (30) days of receipt by RTGS to the Service Provider's account with HDFC Bank Limited, Koramangala branch.
# 5. RECORDS
5.1 The Service Provider shall preserve all records relating to the Services for a period of ten (10) years or such longer period as the Reserve Bank of India may prescribe.
# 6. GOVERNING LAW AND ARBITRATION
6.1 This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be referred to arbitration seated at Hyderabad under the Arbitration and Conciliation Act, 1996, and subject thereto the courts at Hyderabad shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have caused this Agreement to be executed by their duly authorised representatives on the day, month and year first above written.
| For SRINIVASA TECHNOLOGY SERVICES PRIVATE LIMITED | For THE DECCAN CO-OPERATIVE URBAN BANK OF HYDERABAD LIMITED |
| Authorised Signatory: K. V. Ramanathan, Director | Authorised Signatory: Smt. Lakshmi Prasanna Reddy, General Manager (IT) |
| Witness: S. Narayan | Witness: M. Abdul Rahim |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Srinivasa Technology Services Private Limited", "The Deccan Co-operative Urban Bank of Hyderabad Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "5 years",
    },
  },
  {
    id: "v20-technology-deed-of-variation-iom",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Software Development and Maintenance Agreement
THIS DEED is made on the twenty-sixth day of February two thousand and twenty-six
BETWEEN the persons whose names and details are set out in Schedule 1 (together the "Parties" and each a "Party").
RECITALS
(A) The Parties entered into a software development and maintenance agreement dated 2 March 2023 (the "Agreement") under which the Developer designs, develops and maintains the Client's online gaming platform and the Key Developer gives certain personal undertakings.
(B) Under clause 3.1 of the Agreement, the Agreement was entered into for an initial term of four years commencing on 2 March 2023 and is due to expire on 1 March 2027.
(C) Manx Platform Holdings Limited, the Client's parent company, guaranteed the Client's payment obligations by a letter dated 2 March 2023, which is not affected by this Deed.
(D) The Parties wish to extend the Agreement and vary the maintenance charges.
IT IS AGREED as follows:
1. Terms defined in the Agreement have the same meaning in this Deed. "Variation Date" means 1 March 2026, the date on which the variations in clause 2 take effect.
2. With effect from the Variation Date, the Agreement is varied as follows:
2.1 clause 3.1 is deleted and replaced with: "3.1 This Agreement shall continue in force until 31 March 2029, when it shall expire automatically, unless terminated earlier in accordance with clause 15.";
2.2 in clause 7.2, the monthly maintenance charge of £18,500 is replaced with £21,000, payable within 21 days of invoice; and
2.3 in clause 12.4 (Non-Solicitation), "twelve months" is replaced with "nine months".
3. Save as varied by this Deed, the Agreement remains in full force and effect. The ninety-day warranty period in clause 9 of the Agreement applies to each release delivered after the Variation Date.
4. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
===
# SCHEDULE 1 – THE PARTIES
| Role | Name | Details |
| Client | DOUGLAS BAY GAMING LIMITED | incorporated in the Isle of Man, company number 012345C, registered office 2nd Floor, Athol House, Athol Street, Douglas IM1 1JE |
| Developer | SNAEFELL CODE WORKS LLC | an Isle of Man limited liability company, registered number 004567L, of 17 Parliament Street, Ramsey IM8 1AP |
| Key Developer | MR PETER JOHN KERMODE | of Ballacraine Farm, St John's, Isle of Man IM4 3LJ |
# EXECUTION
Executed as a deed by DOUGLAS BAY GAMING LIMITED acting by Catherine M. Quayle, director, in the presence of Eleanor Skillicorn, advocate, Douglas (witness)
Executed as a deed by SNAEFELL CODE WORKS LLC acting by its manager, Callister Management Services Limited, acting by Thomas Callister, director, in the presence of Ruth Kinvig, 9 Bowring Road, Ramsey (witness)
Signed as a deed by PETER JOHN KERMODE in the presence of Juan Corlett, 3 Mill Road, Peel (witness)`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Douglas Bay Gaming Limited", "Snaefell Code Works LLC", "Peter John Kermode"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-03-31",
      amends: "Software Development and Maintenance Agreement",
    },
  },
];
