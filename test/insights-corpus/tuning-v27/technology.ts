import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: technology — SaaS, software licences, hosting, development, data processing, order forms, outsourcing, IT services. */
export const TECHNOLOGY_V27: UnseenDocument[] = [
  {
    id: "v27-technology-saas-subscription-california",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE AS A SERVICE SUBSCRIPTION AGREEMENT
This Software as a Service Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Lumenfold Analytics, Inc., a Delaware corporation with its principal place of business at 410 Townsend Street, Suite 300, San Francisco, California 94107 ("Provider"), and Bright Harbor Credit Union, a California state-chartered credit union with offices at 2200 Capitol Mall, Sacramento, California 95816 ("Customer").
# RECITALS
WHEREAS, Provider has developed and hosts a proprietary loan-portfolio analytics platform known as Lumenfold Insight (the "Software"); and
WHEREAS, Customer wishes to obtain the right to access and use the Software on the terms set forth herein;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# 1. License Grant
1.1 Subject to the terms of this Agreement and payment of the Fees, Provider hereby grants to Customer a non-exclusive, non-transferable, non-sublicensable license during the Term to access and use the Software via the internet solely for Customer's internal business purposes, for up to the number of Authorized Users stated in Exhibit A.
1.2 Customer shall not reverse engineer, decompile or attempt to derive the source code of the Software. Provider shall deposit the source code of the Software with a recognized escrow agent under a three-party escrow agreement, which shall remain in effect for two (2) years after any termination of this Agreement.
# 2. Fees and Payment
2.1 Customer shall pay the subscription fees set forth in Exhibit A annually in advance. All invoices are payable within thirty (30) days of the invoice date, and late amounts accrue interest at one percent (1%) per month.
2.2 Provider may increase the fees for any Renewal Term by giving Customer written notice at least one hundred twenty (120) days before the start of that Renewal Term.
===
# 3. Term and Termination
3.1 This Agreement shall commence on the Effective Date and continue for an initial term of thirty-six (36) months (the "Initial Term").
3.2 Thereafter, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each a "Renewal Term") unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
3.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within that period.
3.4 Sections 1.2, 2, 5 and 6 shall survive any termination or expiration of this Agreement for a period of five (5) years.
# 4. Warranties
4.1 Provider warrants that the Software will perform materially in accordance with its documentation for a period of ninety (90) days following the Effective Date. Customer's exclusive remedy for breach of this warranty is re-performance or, failing that, a refund of prepaid fees.
# 5. Confidentiality
5.1 Each party shall hold the other party's Confidential Information in confidence and use it only to perform its obligations or exercise its rights under this Agreement.
# 6. Limitation of Liability
6.1 Except for breach of Section 5, neither party's aggregate liability shall exceed the fees paid or payable in the twelve (12) months preceding the event giving rise to the claim.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. The parties submit to the exclusive jurisdiction of the state and federal courts located in San Francisco County, California.
===
IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorized representatives.
| LUMENFOLD ANALYTICS, INC. | BRIGHT HARBOR CREDIT UNION |
| By: /s/ Priya Raman | By: /s/ Thomas Okafor |
| Name: Priya Raman | Name: Thomas Okafor |
| Title: Chief Executive Officer | Title: Chief Operating Officer |
| Date: March 3, 2026 | Date: March 5, 2026 |`,
    truth: {
      title: "Software as a Service Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Lumenfold Analytics, Inc.", "Bright Harbor Credit Union"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v27-technology-data-processing-addendum-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `# DATA PROCESSING ADDENDUM
THIS ADDENDUM is dated 20 May 2026
BETWEEN:
(1) CORRIB CLOUD SERVICES LIMITED, a company incorporated in Ireland with registered number 612345 and having its registered office at Block C, Galway Technology Park, Parkmore, Galway H91 X2Y4 (the “Processor”); and
(2) MEITHEAL HEALTH DAC, a designated activity company incorporated in Ireland with registered number 701122 and having its registered office at 14 Fitzwilliam Square, Dublin 2, D02 KX33 (the “Controller”).
# BACKGROUND
(A) The Controller and the Processor are parties to a Cloud Services Agreement dated 14 January 2025 (the “Principal Agreement”) under which the Processor provides hosted clinical records services to the Controller for an initial term of three (3) years from 1 February 2025.
(B) The parties wish to supplement the Principal Agreement so that it meets the requirements of Article 28 of the GDPR and the Data Protection Act 2018, and agree that this Addendum forms part of the Principal Agreement.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Addendum: “Addendum Effective Date” means 1 June 2026; “GDPR” means Regulation (EU) 2016/679; and “Personal Data”, “Personal Data Breach” and “Processing” have the meanings given to them in the GDPR.
1.2 Except as supplemented by this Addendum, the Principal Agreement remains in full force and effect. If there is any conflict between this Addendum and the Principal Agreement in relation to Personal Data, this Addendum prevails.
# 2. PROCESSING OF PERSONAL DATA
2.1 With effect from the Addendum Effective Date, the Processor shall process Personal Data only on the documented instructions of the Controller, as set out in Annex 1, unless required to do so by Union or Member State law.
2.2 The Processor shall notify the Controller without undue delay, and in any event within forty-eight (48) hours, after becoming aware of a Personal Data Breach.
2.3 The Processor shall give the Controller not less than thirty (30) days’ prior written notice of any intended addition or replacement of a sub-processor, during which the Controller may object on reasonable grounds.
===
# 3. DURATION AND DELETION
3.1 This Addendum is co-terminous with the Principal Agreement and terminates automatically on the termination or expiry of the Principal Agreement.
3.2 Within sixty (60) days after termination, the Processor shall, at the Controller’s choice, delete or return all Personal Data and delete existing copies.
3.3 Clauses 2.2 and 4 survive termination of this Addendum for a period of six (6) years.
# 4. AUDIT
4.1 The Processor shall make available to the Controller all information necessary to demonstrate compliance with this Addendum and shall allow for audits, on not less than fourteen (14) days’ notice, no more than once in any twelve (12) month period.
# 5. GOVERNING LAW AND JURISDICTION
5.1 Clause 24 of the Principal Agreement provides that the Principal Agreement is governed by the laws of England and Wales. Notwithstanding that clause, this Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
===
# ANNEX 1 – DETAILS OF PROCESSING
| Subject matter | Hosting and support of the Controller’s clinical records platform |
| Categories of data subjects | Patients, clinicians and administrative staff |
| Categories of data | Contact details, health data, appointment records |
| Location of processing | Data centres in Dublin and Frankfurt |
Signed for and on behalf of CORRIB CLOUD SERVICES LIMITED by Aoife Brennan, Director
Signed for and on behalf of MEITHEAL HEALTH DAC by Ciarán Dunne, Chief Executive`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Corrib Cloud Services Limited", "Meitheal Health DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Cloud Services Agreement",
    },
  },
  {
    id: "v27-technology-software-development-india",
    format: "txt",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement is entered into at Bengaluru on this 15th day of April, 2026
BY AND BETWEEN
NILGIRI FINSERV PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U65999KA2019PTC123456 and its registered office at 4th Floor, Prestige Meridian II, M.G. Road, Bengaluru 560001 (hereinafter referred to as the "Client", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
KODAI CODEWORKS LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008, with LLPIN AAB-4321 and its office at 22 Anna Salai, Chennai 600002 (hereinafter referred to as the "Developer", which expression shall include its successors and permitted assigns) of the OTHER PART.
WHEREAS the Client wishes to engage the Developer to design, develop, test and deploy a mobile lending application (the "Application") and the Developer has agreed to do so on the terms set out below.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. SCOPE. The Developer shall provide the software development services described in Annexure A (the "Services") in accordance with the milestones set out in Annexure B.
2. TERM. This Agreement shall be in force from 15 April 2026 to 14 October 2027, unless terminated earlier in accordance with Clause 9.
3. FEES. The Client shall pay the milestone fees set out in Annexure B within forty-five (45) days of receipt of a valid GST invoice issued after acceptance of the relevant milestone.
4. ACCEPTANCE. The Client shall have fifteen (15) Business Days from delivery of each milestone to carry out acceptance testing and notify the Developer of any non-conformities.
5. INTELLECTUAL PROPERTY. All intellectual property rights in the Application shall vest in the Client upon payment of the relevant fees. The Developer grants the Client a perpetual, royalty-free licence to use any pre-existing tools of the Developer incorporated in the Application.
6. WARRANTY. The Developer warrants that the Application will be free from material defects for a warranty period of six (6) months from the date of final acceptance, during which the Developer shall rectify reported defects free of charge.
7. NON-SOLICITATION. During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party engaged in the Services.
8. CONFIDENTIALITY. Each party shall keep the other's confidential information secret. This obligation shall survive for three (3) years after the expiry or termination of this Agreement.
9. TERMINATION. Either party may terminate this Agreement by giving sixty (60) days' written notice to the other party, or forthwith if the other party commits a material breach which is not remedied within thirty (30) days of notice.
10. GOVERNING LAW AND ARBITRATION. This Agreement shall be governed by and construed in accordance with the laws of India. Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, and the seat of arbitration shall be Bengaluru.
IN WITNESS WHEREOF the parties have executed this Agreement on the day, month and year first above written.
For NILGIRI FINSERV PRIVATE LIMITED
Authorised Signatory: Rohan Iyer, Director
For KODAI CODEWORKS LLP
Designated Partner: Meenakshi Sundaram
Witnesses: 1. Kavya Rao, Bengaluru  2. Arjun Pillai, Chennai`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Nilgiri Finserv Private Limited", "Kodai Codeworks LLP"],
      governingLaw: "India",
      effectiveDate: "2026-04-15",
      expiryDate: "2027-10-14",
      term: "18 months",
    },
  },
  {
    id: "v27-technology-it-outsourcing-minute-scotland",
    format: "pdf",
    pdfMargin: 72,
    source: `# MINUTE OF AGREEMENT
between
CALEDONIAN WATER SERVICES LIMITED
and
THISTLEGATE DIGITAL SOLUTIONS LTD
relating to the outsourcing of IT infrastructure and service desk services
===
MINUTE OF AGREEMENT between
CALEDONIAN WATER SERVICES LIMITED, incorporated under the Companies Acts in Scotland (registered number SC401122) and having its registered office at 8 Marischal Square, Aberdeen AB10 1BL (the "Customer"); and
THISTLEGATE DIGITAL SOLUTIONS LTD, incorporated under the Companies Acts in Scotland (registered number SC587310) and having its registered office at 150 St Vincent Street, Glasgow G2 5NE (the "Service Provider")
WHEREAS the Customer wishes to outsource the operation of its IT infrastructure and service desk to the Service Provider, THE PARTIES HAVE AGREED AND DO HEREBY AGREE as follows:
# 1. Definitions
1.1 In this Agreement: "Commencement Date" means 1 July 2026; "Services" means the IT infrastructure management, service desk and end-user computing services described in Schedule 1; "Exit Period" means the period described in Clause 2.3.
# 2. Duration
2.1 This Agreement shall continue for a period of five years from the Commencement Date (the "Initial Period"), unless terminated earlier in accordance with Schedule 5.
2.2 The Customer may, by giving not less than six months' written notice before the end of the Initial Period, extend this Agreement for one further period of two years.
2.3 On expiry or termination the Service Provider shall provide the exit services described in Schedule 4 for an Exit Period of up to nine (9) months.
# 3. Service Levels
3.1 The Service Provider shall meet or exceed the service levels in Schedule 2. Service credits shall be deducted from the following month's charges and are the Customer's sole financial remedy for service level failures below the critical threshold.
# 4. Charges
4.1 The charges in Schedule 3 shall be invoiced monthly in arrears and shall be payable within thirty days of receipt of a valid invoice.
# 5. Staff
5.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 are expected to apply to the Customer's in-house IT staff on the Commencement Date.
5.2 Neither party shall, during the Initial Period and for twelve months afterwards, solicit any key personnel of the other party.
# 6. Law and Jurisdiction
6.1 This Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedules are subscribed as follows:
| Subscribed for and on behalf of CALEDONIAN WATER SERVICES LIMITED | Subscribed for and on behalf of THISTLEGATE DIGITAL SOLUTIONS LTD |
| at Aberdeen on 12 June 2026 | at Glasgow on 16 June 2026 |
| by Fiona MacLeod, Director | by Hamish Grant, Director |
| before this witness: Iain Ross, Solicitor, Aberdeen | before this witness: Morag Bell, Solicitor, Glasgow |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Water Services Limited", "Thistlegate Digital Solutions Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-07-01",
      term: "5 years",
    },
  },
  {
    id: "v27-technology-managed-hosting-order-form-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `# MANAGED HOSTING ORDER FORM
Order Form No. SG-2026-0417
This Order Form is entered into under the Master Hosting Terms (version 4.2) published by the Supplier, which are incorporated into it by reference.
| Order Date | 10 July 2026 |
| Supplier | Merlion Cloud Infrastructure Pte. Ltd. (UEN 201812345K), 1 Fusionopolis Way, #12-01, Singapore 138632 |
| Customer | Tembusu Logistics Pte. Ltd. (UEN 201598765M), 30 Tuas Avenue 8, Singapore 639247 |
| Commencement Date | 1 August 2026 |
| Subscription Term | 24 months starting on the Commencement Date |
| Renewal | Automatically renews for successive periods of 12 months unless either party gives notice of non-renewal at least 60 days before the end of the then-current term |
| Services | Dedicated private cloud (2 compute clusters), managed backup and 24x7 monitoring |
| Service Level | 99.95% monthly availability; service credits as set out in Schedule 2 of the Master Hosting Terms |
| Fees | SGD 18,400 per month, invoiced monthly in advance |
| Payment Terms | Within 45 days of invoice date |
| Quotation Valid Until | 24 July 2026 |
| Governing Law | Singapore |
===
# Special Terms
1. Minimum commitment: the Customer may not terminate for convenience during the first 12 months of the Subscription Term (the "Lock-in Period").
2. Data migration: the Supplier will complete migration of the Customer's existing workloads within 30 days of the Commencement Date.
3. Data residency: all Customer data will be hosted only in the Supplier's data centres in Singapore.
4. If this Order Form conflicts with the Master Hosting Terms, this Order Form prevails.
5. This Order Form is governed by the laws of Singapore, and the parties submit to the exclusive jurisdiction of the courts of Singapore.
# Signatures
| For Merlion Cloud Infrastructure Pte. Ltd. | For Tembusu Logistics Pte. Ltd. |
| Name: Daniel Koh | Name: Lim Siew Ling |
| Title: Head of Enterprise Sales | Title: Chief Financial Officer |
| Date: 10 July 2026 | Date: 14 July 2026 |`,
    truth: {
      title: "Managed Hosting Order Form",
      documentType: "Services agreement",
      parties: ["Merlion Cloud Infrastructure Pte. Ltd.", "Tembusu Logistics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v27-technology-consent-to-assignment-letter-nz",
    format: "txt",
    source: `KŌWHAI SOFTWARE LIMITED
Level 7, 45 Johnston Street, Wellington 6011, New Zealand
Company number 6123456
2 September 2026
The Directors
Pōhutukawa Retail Group Limited
88 Queen Street
Auckland 1010
Our ref: KS/LIC/0932
Dear Directors
# Consent to Assignment of Enterprise Licence Agreement
1. We refer to the Enterprise Licence Agreement between Kōwhai Software Limited ("we") and Pōhutukawa Retail Group Limited ("you") dated 1 February 2024 (the "Licence Agreement"), which licenses our StockSense retail platform to you for an initial term of five years from 1 February 2024, and to your letter of 19 August 2026 asking for our consent to its assignment.
2. You have told us that you intend to transfer your retail operations to your wholly owned subsidiary, Pōhutukawa Stores Limited (the "Assignee"), on or about 1 October 2026.
3. Under clause 18.2 of the Licence Agreement you may not assign it without our prior written consent. We consent to the assignment of the Licence Agreement to the Assignee, on the following conditions:
(a) the assignment is completed by 31 December 2026, failing which this consent will lapse;
(b) the Assignee signs a deed of covenant with us in the form attached, agreeing to be bound by the Licence Agreement; and
(c) you pay all licence fees accrued up to the date of assignment within 20 working days after that date.
4. Apart from this consent, the Licence Agreement is unchanged. Clause 27 of the Licence Agreement applies the laws of New South Wales, Australia; this letter, however, is governed by the laws of New Zealand.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully
Hemi Walker
General Counsel
For and on behalf of Kōwhai Software Limited
Accepted and agreed for and on behalf of Pōhutukawa Retail Group Limited
Signed: Sarah Ngata, Director
Date: 9 September 2026`,
    truth: {
      title: "Consent to Assignment of Enterprise Licence Agreement",
      documentType: "Letter",
      parties: ["Kōwhai Software Limited", "Pōhutukawa Retail Group Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-09-02",
    },
  },
  {
    id: "v27-technology-deed-of-variation-licence-ni",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
THIS DEED is made on the 3rd day of March 2026
BETWEEN:
(1) FOYLE SYSTEMS LIMITED, a company incorporated in Northern Ireland with company number NI612233, whose registered office is at Ebrington Square, Derry BT47 6FA (the "Licensor"); and
(2) LAGAN VALLEY HOUSING ASSOCIATION LIMITED, a registered society with registered number IP000451, whose registered office is at 3 Bridge Street, Lisburn BT28 1XZ (the "Licensee").
# RECITALS
(A) The Licensor and the Licensee entered into a Software Licence Agreement dated 12 December 2023 (the "Licence Agreement") under which the Licensor licenses its HousingCore software to the Licensee for an initial term of four (4) years commencing on 1 January 2024, renewing automatically for successive periods of one (1) year.
(B) The Licence Agreement is governed by the laws of England and Wales.
(C) The parties wish to vary the Licence Agreement to add the HousingCore Mobile module, increase the number of Named Users and amend the fees, with effect from the Variation Date.
NOW THIS DEED WITNESSES as follows:
# 1. Definitions and interpretation
1.1 Capitalised terms not defined in this Deed have the meanings given to them in the Licence Agreement.
1.2 "Variation Date" means 1 April 2026, being the date on which the variations made by this Deed take effect.
# 2. Variations
With effect from the Variation Date the Licence Agreement is varied as follows:
2.1 in clause 2.1, "250 Named Users" is deleted and replaced with "400 Named Users";
2.2 a new Schedule 1A (HousingCore Mobile) in the form set out in the Schedule to this Deed is inserted after Schedule 1; and
2.3 in Schedule 3 (Fees), the annual licence fee of £86,000 is deleted and replaced with £118,500, payable annually in advance within 30 days of the date of invoice.
# 3. Continuation
3.1 Save as varied by this Deed, the Licence Agreement continues in full force and effect, and nothing in this Deed extends or shortens the term of the Licence Agreement.
3.2 The Licence Agreement and this Deed shall be read and construed as one document.
# 4. Governing law
4.1 This Deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
# THE SCHEDULE – HOUSINGCORE MOBILE
1. The Licensee may use the HousingCore Mobile application on iOS and Android devices for its Named Users.
2. Support is available from 8.00 am to 6.00 pm Monday to Friday, with a response to Priority 1 incidents within 2 hours.
IN WITNESS WHEREOF this Deed has been executed and delivered on the date first written above.
Executed as a deed by FOYLE SYSTEMS LIMITED acting by Declan McCann, Director, and Siobhan Kerr, Company Secretary
Executed as a deed by LAGAN VALLEY HOUSING ASSOCIATION LIMITED acting by Colm Devlin, Chair, and Ruth Agnew, Secretary`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Foyle Systems Limited", "Lagan Valley Housing Association Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v27-technology-it-managed-services-victoria",
    format: "docx",
    source: `# IT MANAGED SERVICES AGREEMENT
Agreement reference: MSA-VIC-2026-118
The parties to this agreement are identified in the execution block at the end of this document. In this agreement, “Provider” means the first party named there and “Client” means the second.
# 1. Definitions
In this agreement:
“Commencement Date” means 1 September 2026.
“Minimum Term” means the period of 12 months starting on the Commencement Date.
“Services” means the managed IT services described in the Service Schedule, including help desk, patch management, endpoint security and Microsoft 365 administration.
“Business Day” means a day other than a Saturday, Sunday or public holiday in Melbourne, Victoria.
# 2. Term
2.1 This agreement starts on the Commencement Date and continues until terminated by either party in accordance with clause 5.
2.2 Neither party may terminate this agreement for convenience before the end of the Minimum Term.
# 3. Services
3.1 The Provider must provide the Services with due care and skill and in accordance with the service levels in the Service Schedule.
3.2 The Provider must respond to Priority 1 incidents within one hour, 24 hours a day, 7 days a week.
# 4. Fees
4.1 The Client must pay the monthly fee of A$9,850 (excluding GST) within 14 days after the date of each tax invoice.
4.2 The Provider may increase the fees once in each 12-month period by giving 60 days’ notice, by no more than the increase in CPI.
===
# 5. Termination
5.1 After the Minimum Term, either party may terminate this agreement by giving at least 90 days’ written notice to the other party.
5.2 Either party may terminate this agreement immediately by notice if the other party suffers an insolvency event.
5.3 On termination, the Provider must provide reasonable transition assistance for up to 60 days at its then-current rates.
# 6. Restraint
6.1 The Client must not, during the term of this agreement and for 6 months after it ends, engage any person who was employed by the Provider to provide the Services.
# 7. Governing law
7.1 This agreement is governed by the law in force in Victoria, Australia, and each party submits to the non-exclusive jurisdiction of the courts of Victoria.
===
# Execution
| Party | Execution |
| Provider: Yarra Bend Technology Services Pty Ltd ACN 612 345 678 of Level 4, 21 Bourke Street, Melbourne VIC 3000 | Executed in accordance with section 127 of the Corporations Act 2001 (Cth) by its directors Nathan Chau and Olivia Brennan-Hart |
| Client: Harcourt Orchard Holdings Pty Ltd ACN 145 987 321 as trustee for the Harcourt Family Trust, of 18 Calder Highway, Bendigo VIC 3550 | Executed by its sole director and secretary, Margaret Harcourt |
| Date of agreement | 18 August 2026 |`,
    truth: {
      title: "IT Managed Services Agreement",
      documentType: "Services agreement",
      parties: ["Yarra Bend Technology Services Pty Ltd", "Harcourt Orchard Holdings Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-09-01",
      term: "Until terminated",
    },
  },
];
