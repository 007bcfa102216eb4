import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: eight technology contracts (SaaS, software licences, hosting, development, data processing, order forms, outsourcing). */
export const TECHNOLOGY_V18: UnseenDocument[] = [
  {
    id: "v18-technology-saas-subscription-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE-AS-A-SERVICE SUBSCRIPTION AGREEMENT
This Software-as-a-Service Subscription Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Northwind Analytics, LLC, a Delaware limited liability company having its principal place of business at 1201 North Orange Street, Suite 400, Wilmington, Delaware 19801 ("Provider"), and Harbor Point Logistics, Inc., a California corporation having its principal place of business at 550 Embarcadero West, Oakland, California 94607 ("Customer").
RECITALS
WHEREAS, Provider operates a proprietary cloud-based freight analytics platform known as "Northwind Route IQ" (the "Platform"); and
WHEREAS, Customer wishes to subscribe to the Platform on the terms and subject to the conditions set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, and for other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
# 1. Subscription
1.1 Grant of Rights. Subject to the terms and conditions of this Agreement and payment of the Fees, Provider hereby grants to Customer a non-exclusive, non-transferable, non-sublicensable right during the Term to access and use the Platform solely for Customer's internal business purposes, for up to the number of Authorized Users set forth in Exhibit A.
1.2 Restrictions. Customer shall not (a) reverse engineer, decompile or disassemble the Platform; (b) resell, rent or otherwise make the Platform available to any third party; or (c) use the Platform to build a competing product or service.
# 2. Fees and Payment
2.1 Customer shall pay the annual subscription fees set out in Exhibit A annually in advance. All invoices are due and payable within thirty (30) days of the invoice date. Late amounts accrue interest at the lesser of 1.5% per month or the maximum rate permitted by law.
2.2 Provider may increase the Fees with effect from the start of any Renewal Term by giving Customer at least ninety (90) days' prior written notice, provided that no single increase shall exceed five percent (5%).
# 3. Term and Termination
3.1 Term. This Agreement shall have an initial term of thirty-six (36) months commencing on the Effective Date (the "Initial Term"). Thereafter, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each, a "Renewal Term"), unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.
3.2 Termination for Cause. Either party may terminate this Agreement upon written notice if the other party materially breaches this Agreement and fails to cure such breach within thirty (30) days after receipt of notice describing the breach.
3.3 Effect of Termination. Upon any termination or expiration, Customer may export Customer Data for a period of forty-five (45) days, after which Provider may delete it. Sections 2, 5, 6 and 7 shall survive any termination or expiration of this Agreement.
===
# 4. Warranties
4.1 Provider warrants that, for a period of ninety (90) days following Customer's first login, the Platform will perform materially in accordance with the Documentation, and thereafter that it will not materially degrade the functionality of the Platform during the Term. Customer's exclusive remedy for breach of this warranty is re-performance or, failing that, a refund of prepaid Fees for the affected period.
4.2 EXCEPT AS EXPRESSLY SET FORTH IN THIS SECTION 4, THE PLATFORM IS PROVIDED "AS IS" AND PROVIDER DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.
# 5. Confidentiality
Each party shall hold the other party's Confidential Information in confidence during the Term and for a period of five (5) years thereafter, and shall protect trade secrets for so long as they remain trade secrets under applicable law.
# 6. Limitation of Liability
EXCEPT FOR BREACH OF SECTION 5, NEITHER PARTY'S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL EXCEED THE FEES PAID OR PAYABLE BY CUSTOMER IN THE TWELVE (12) MONTHS PRECEDING THE EVENT GIVING RISE TO THE CLAIM.
# 7. Governing Law and Venue
This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized representatives as of the Effective Date.
| NORTHWIND ANALYTICS, LLC | HARBOR POINT LOGISTICS, INC. |
| By: /s/ Dana R. Whitfield | By: /s/ Marcus Oyelaran |
| Name: Dana R. Whitfield | Name: Marcus Oyelaran |
| Title: Chief Executive Officer | Title: Vice President, Operations |
| Date: March 5, 2026 | Date: March 4, 2026 |`,
    truth: {
      title: "Software-as-a-Service Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Northwind Analytics, LLC", "Harbor Point Logistics, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v18-technology-licence-deed-isle-of-man",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SOFTWARE LICENCE
Dated 1 July 2026
MANNIN LEDGER TECHNOLOGIES LIMITED
and
DOUGLAS BAY TRUSTEES LIMITED (as trustee of the Ellan Vannin Staff Pension Scheme)
relating to the PensionPoint scheme administration software
Quayle Kinvig Advocates, 21 Athol Street, Douglas, Isle of Man IM1 1LB
===
THIS DEED is made on the first day of July Two Thousand and Twenty-Six
BETWEEN:
(1) MANNIN LEDGER TECHNOLOGIES LIMITED, a company incorporated in the Isle of Man with company number 012345C whose registered office is at 14 Prospect Hill, Douglas, Isle of Man IM1 1ET (the "Licensor"); and
(2) DOUGLAS BAY TRUSTEES LIMITED, a company incorporated in the Isle of Man with company number 004567V whose registered office is at 3 Finch Road, Douglas, Isle of Man IM1 2PT, in its capacity as trustee of the Ellan Vannin Staff Pension Scheme (the "Scheme") (the "Licensee").
BACKGROUND
(A) The Licensor owns the software known as PensionPoint, which is used to administer occupational pension schemes.
(B) The Licensor has agreed to grant the Licensee a licence of that software for the purposes of the Scheme, and the parties have chosen to record that licence in a deed.
# 1. DEFINITIONS
1.1 In this Deed: "Commencement Date" means 15 July 2026; "Licence Fee" means the one-off fee of £48,000 payable under clause 4; "Software" means the PensionPoint software in object code form, including all updates supplied under clause 6; and "Support Period" means the period of twelve (12) months from the Commencement Date, as extended under clause 6.2.
# 2. GRANT OF LICENCE
2.1 With effect from the Commencement Date the Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software for the administration of the Scheme. The Licensee may permit its appointed scheme administrator to use the Software on its behalf, but remains responsible for that use.
# 3. DURATION
3.1 This Deed and the licence granted under it shall continue until terminated in accordance with clause 7.
# 4. FEES
4.1 The Licence Fee shall be paid within 30 days of the Commencement Date. Support charges for any extended Support Period shall be invoiced annually in advance.
===
# 5. WARRANTY
5.1 The Licensor warrants that for a period of ninety (90) days from the Commencement Date the Software will perform substantially in accordance with its user documentation.
# 6. SUPPORT AND ESCROW
6.1 The Licensor shall provide support and updates during the Support Period.
6.2 The Licensee may, at its option, extend the Support Period for further periods of twelve (12) months by giving written notice before the end of the then-current Support Period.
6.3 Within 60 days of the date of this Deed the Licensor shall deposit the source code of the Software with an independent escrow agent under a three-party escrow agreement, and release of the source code shall be governed by that agreement.
# 7. TERMINATION
7.1 The Licensor may terminate the licence by written notice if the Licensee fails to pay the Licence Fee within 30 days of a written demand, or uses the Software outside the scope of clause 2.
7.2 The Licensee may terminate this Deed at any time by giving not less than three months' written notice to the Licensor.
# 8. TRUSTEE LIMITATION
8.1 The Licensee enters into this Deed solely in its capacity as trustee of the Scheme, and its liability under this Deed is limited to the assets of the Scheme from time to time.
# 9. GOVERNING LAW
9.1 This Deed shall be governed by and construed in accordance with the laws of the Isle of Man, and the parties submit to the exclusive jurisdiction of the High Court of Justice of the Isle of Man.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
EXECUTED as a DEED by MANNIN LEDGER TECHNOLOGIES LIMITED acting by two directors: Peter Corlett, Director; Hannah Kewley, Director
EXECUTED as a DEED by DOUGLAS BAY TRUSTEES LIMITED as trustee of the Ellan Vannin Staff Pension Scheme acting by a director, Robert Quirk, in the presence of: Catriona Skillicorn, 21 Athol Street, Douglas, Advocate's clerk`,
    truth: {
      title: "Deed of Software Licence",
      documentType: "Licence agreement",
      parties: ["Mannin Ledger Technologies Limited", "Douglas Bay Trustees Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-07-15",
      term: "Until terminated",
    },
  },
  {
    id: "v18-technology-it-outsourcing-minute-scotland",
    format: "txt",
    source: `# IT OUTSOURCING AGREEMENT
MINUTE OF AGREEMENT
among
(FIRST) CLYDEBANK DIGITAL SERVICES LIMITED, incorporated under the Companies Acts (registered number SC612345) and having its registered office at 200 Bath Street, Glasgow G2 4HJ (the "Supplier");
(SECOND) LOMOND ESTATES MANAGEMENT LIMITED, incorporated under the Companies Acts (registered number SC498765) and having its registered office at 9 Lochside Road, Balloch G83 8LA (the "Customer"); and
(THIRD) CLYDEBANK DIGITAL HOLDINGS PLC, incorporated under the Companies Acts (registered number SC301122) and having its registered office at 200 Bath Street, Glasgow G2 4HJ (the "Guarantor").
WHEREAS the Customer wishes to outsource the operation of its information technology estate to the Supplier, and the Guarantor, as the Supplier's parent company, has agreed to guarantee the Supplier's obligations: NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. DEFINITIONS
In this Agreement "Service Commencement Date" means 1 June 2026, and "Services" means the managed desktop, network, hosting and service desk services described in Schedule 1.
# 2. DURATION
2.1 This Agreement shall commence on the Service Commencement Date and, subject to earlier termination, shall continue for an initial period of three (3) years.
2.2 On expiry of the initial period this Agreement shall continue automatically for successive periods of one (1) year each unless the Supplier or the Customer gives not less than six (6) months' written notice to terminate it at the end of the initial period or of any such successive period.
# 3. SERVICES AND SERVICE LEVELS
3.1 The Supplier shall provide the Services from the Service Commencement Date in accordance with the service levels in Schedule 1. Service credits shall be calculated monthly and, short of a material breach, are the Customer's sole financial remedy for service level failures.
# 4. CHARGES
4.1 The Customer shall pay the monthly charges set out in Schedule 3 within thirty (30) days of receipt of a valid VAT invoice. The charges are fixed for the first eighteen (18) months after the Service Commencement Date and thereafter shall be indexed annually by reference to CPI.
# 5. EMPLOYEES
5.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 will apply to the transfer of the Customer's IT staff to the Supplier on the Service Commencement Date.
5.2 During the continuance of this Agreement and for twelve (12) months thereafter neither the Supplier nor the Customer shall solicit the employment of any of the other's key personnel.
# 6. EXIT
6.1 On termination or expiry the Supplier shall provide exit assistance for a period of up to nine (9) months in accordance with the exit plan in Schedule 4.
# 7. GUARANTEE
7.1 The Guarantor guarantees to the Customer the due performance by the Supplier of all of its obligations under this Agreement and binds itself as cautioner and full debtor for those obligations.
# 8. LAW AND JURISDICTION
8.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
# 9. CONSENT TO REGISTRATION
9.1 The parties consent to the registration of these presents for preservation.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Schedules annexed are executed as follows:
Subscribed for and on behalf of CLYDEBANK DIGITAL SERVICES LIMITED at Glasgow on the twentieth day of May Two thousand and twenty-six by Fiona Drummond, Director, before this witness: Callum Baird, Solicitor, 200 Bath Street, Glasgow
Subscribed for and on behalf of LOMOND ESTATES MANAGEMENT LIMITED at Balloch on the twenty-second day of May Two thousand and twenty-six by Iain MacLeod, Director, before this witness: Morag Reid, 9 Lochside Road, Balloch
Subscribed for and on behalf of CLYDEBANK DIGITAL HOLDINGS PLC at Glasgow on the twentieth day of May Two thousand and twenty-six by Fiona Drummond, Director, before this witness: Callum Baird, Solicitor, 200 Bath Street, Glasgow`,
    truth: {
      title: "IT Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Clydebank Digital Services Limited", "Lomond Estates Management Limited", "Clydebank Digital Holdings plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v18-technology-data-processing-addendum-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# DATA PROCESSING ADDENDUM
THIS ADDENDUM is dated 9 February 2026
BETWEEN:
(1) LIFFEY CLOUD PAYROLL DAC, a designated activity company registered in Ireland with company number 612345, whose registered office is at 30 Sir John Rogerson's Quay, Dublin 2, D02 XY12 (the "Processor"); and
(2) SHANNONSIDE CREDIT UNION LIMITED, registered number 187CU, whose registered office is at 4 O'Connell Street, Limerick, V94 K2X7 (the "Controller").
BACKGROUND
(A) The parties are party to the Cloud Payroll Services Agreement dated 12 October 2023 (the "Principal Agreement"), under which the Processor provides hosted payroll services to the Controller for an initial term of five (5) years from 1 November 2023.
(B) The parties wish to supplement the Principal Agreement with the terms on which the Processor processes personal data on behalf of the Controller, so as to comply with Article 28 of the GDPR and the Data Protection Act 2018.
IT IS AGREED as follows:
# 1. Interpretation and Effect
1.1 Terms defined in the Principal Agreement have the same meaning in this Addendum. "GDPR" means Regulation (EU) 2016/679.
1.2 This Addendum takes effect on 1 March 2026 (the "Addendum Effective Date") and from that date forms part of the Principal Agreement. If there is any conflict between this Addendum and the Principal Agreement in relation to the processing of Personal Data, this Addendum prevails.
# 2. Processing Details
| Subject matter | Payroll processing for the Controller's employees |
| Duration of processing | For the duration of the Principal Agreement and any exit period |
| Data subjects | Employees, former employees and pensioners of the Controller |
| Personal data | Identification data, PPSN, bank details, salary, tax and pension data |
| Special categories | Trade union membership, where deductions are made |
# 3. Processor Obligations
3.1 The Processor shall process Personal Data only on the documented instructions of the Controller, ensure that persons authorised to process it are bound by confidentiality, and implement the technical and organisational measures set out in Annex 2.
3.2 The Processor shall notify the Controller without undue delay, and in any event within forty-eight (48) hours, after becoming aware of a Personal Data Breach.
3.3 The Processor shall not engage a sub-processor without the Controller's prior written authorisation, and shall give at least thirty (30) days' notice of any intended change to the authorised sub-processors listed in Annex 3.
===
3.4 The Controller may audit the Processor's compliance with this Addendum not more than once in any twelve (12) month period, on not less than fourteen (14) days' notice.
3.5 The Processor shall not transfer Personal Data outside the European Economic Area except under the Standard Contractual Clauses adopted by Commission Implementing Decision (EU) 2021/914.
# 4. Return and Deletion
4.1 On termination or expiry of the Principal Agreement, the Processor shall, at the Controller's choice, return or delete all Personal Data within sixty (60) days, unless Irish or EU law requires its retention (including the six-year retention of payroll records for Revenue purposes).
# 5. Duration
5.1 This Addendum terminates automatically on the termination or expiry of the Principal Agreement. Clause 4 survives termination.
# 6. Governing Law
6.1 Notwithstanding clause 27 of the Principal Agreement (under which the Principal Agreement is governed by the law of England and Wales), this Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
6.2 Save as supplemented by this Addendum, the Principal Agreement remains in full force and effect.
Signed for and on behalf of LIFFEY CLOUD PAYROLL DAC by Aoife Brennan, Director, on 9 February 2026
Signed for and on behalf of SHANNONSIDE CREDIT UNION LIMITED by Declan Hartigan, Chief Executive, on 16 February 2026`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Liffey Cloud Payroll DAC", "Shannonside Credit Union Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-01",
      amends: "Cloud Payroll Services Agreement",
    },
  },
  {
    id: "v18-technology-software-development-india",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement ("Agreement") is executed at Bengaluru on this 17th day of August, 2026
BY AND BETWEEN
TEJAS INFOWAYS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, bearing CIN U72200KA2015PTC081234 and having its registered office at No. 42, 3rd Cross, Koramangala 5th Block, Bengaluru 560095, Karnataka (hereinafter referred to as the "Developer", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and permitted assigns) of the ONE PART;
AND
SAHYADRI AGRITECH LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008, bearing LLPIN AAB-1234 and having its registered office at Plot 17, Hinjewadi Phase II, Pune 411057, Maharashtra (hereinafter referred to as the "Client", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its partners for the time being and their successors and permitted assigns) of the OTHER PART.
The Developer and the Client are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Client wishes to have a mobile application and web portal developed through which farmers may book soil-testing and crop advisory services (the "Application").
B. The Developer is engaged in the business of software development and has agreed to design, develop, test and deliver the Application on the terms set out below.
NOW, THEREFORE, THIS AGREEMENT WITNESSETH AS FOLLOWS:
# 1. COMMENCEMENT AND TERM
1.1 This Agreement shall come into force on the date of its execution (the "Effective Date") and shall remain in force for a period of eighteen (18) months from the Effective Date, unless terminated earlier in accordance with Clause 8.
1.2 The term of this Agreement may be extended only by mutual written agreement of the Parties.
# 2. SCOPE OF WORK
2.1 The Developer shall develop the Application in accordance with the functional specification at Annexure A and the milestones at Annexure B. Development is expected to be completed within nine (9) months of the Effective Date.
===
# 3. ACCEPTANCE AND DEFECT LIABILITY
3.1 The Client shall carry out acceptance testing within fifteen (15) business days of delivery of each milestone.
3.2 The Developer shall rectify, free of charge, any defect notified to it during a defect liability period of ninety (90) days following final acceptance of the Application.
# 4. FEES
4.1 The Client shall pay the Developer a fixed fee of INR 64,00,000 (Rupees Sixty-Four Lakhs only), plus applicable GST, in instalments on achievement of the milestones, each invoice being payable within thirty (30) days of receipt.
# 5. INTELLECTUAL PROPERTY
5.1 Upon payment of the fee in full, all intellectual property rights in the Application shall vest in the Client. The Developer retains ownership of its pre-existing tools and code libraries and grants the Client a royalty-free right to use them as part of the Application.
# 6. NON-SOLICITATION
6.1 During the term of this Agreement and for a period of twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party engaged in the project.
# 7. CONFIDENTIALITY
7.1 Each Party shall keep confidential the other Party's confidential information, and this obligation shall survive for three (3) years after the termination or expiry of this Agreement.
# 8. TERMINATION
8.1 Either Party may terminate this Agreement by giving thirty (30) days' written notice if the other Party commits a material breach and fails to cure it within that period.
# 9. GOVERNING LAW AND ARBITRATION
9.1 This Agreement shall be governed by and construed in accordance with the laws of India. Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, the seat and venue of arbitration being Bengaluru. Subject thereto, the courts at Bengaluru shall have exclusive jurisdiction.
===
IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year first above written.
| For TEJAS INFOWAYS PRIVATE LIMITED | For SAHYADRI AGRITECH LLP |
| Authorised Signatory: Ramesh Kulkarni, Director | Designated Partner: Anjali Deshmukh |
| Witness: S. Prakash, Bengaluru | Witness: Nikhil Joshi, Pune |`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Tejas Infoways Private Limited", "Sahyadri Agritech LLP"],
      governingLaw: "India",
      effectiveDate: "2026-08-17",
      expiryDate: "2028-02-17",
      term: "18 months",
    },
  },
  {
    id: "v18-technology-non-renewal-notice-kenya",
    format: "txt",
    source: `SAVANNA FINTECH SOLUTIONS LIMITED
7th Floor, Westside Towers, Lower Kabete Road, Westlands
P.O. Box 40211-00100, Nairobi, Kenya
Tel: +254 20 765 4321 | legal@savannafintech.co.ke
Our Ref: SFS/LEG/2026/114
Your Ref: MCS/CS/0921
21st August 2026
BY HAND AND BY EMAIL
The Managing Director
Msingi Cloud Services Limited
Msingi House, Ngong Road
P.O. Box 30561-00100
Nairobi
Dear Sir/Madam,
# NOTICE OF NON-RENEWAL
We refer to the Software Subscription Agreement dated 1st November 2024 between Savanna Fintech Solutions Limited and Msingi Cloud Services Limited (the "Agreement"), under which your company provides our loan origination platform on a subscription basis, and to our letter of 3rd July 2026 regarding the service outages experienced in June 2026.
The Agreement was entered into for an initial term of twenty-four (24) months and, under clause 14.2, renews automatically for successive periods of twelve (12) months unless either party gives at least sixty (60) days' written notice before the end of the current term.
In accordance with clause 14.2, we hereby give you notice that we do not wish the Agreement to renew, and that the Agreement will accordingly come to an end on the expiry of the current term.
Please arrange for the export of all our data in the format specified in Schedule 3 within thirty (30) days after the end of the term, and thereafter confirm its deletion from your systems, as required by clause 16 and the Data Protection Act, 2019.
This notice is without prejudice to our rights in respect of the service credits claimed in our letter of 3rd July 2026, which remain outstanding.
Kindly acknowledge receipt of this notice by signing and returning the enclosed copy.
Yours faithfully,
For and on behalf of SAVANNA FINTECH SOLUTIONS LIMITED
Wanjiru Kamau
Chief Executive Officer
cc: Head of Legal, Msingi Cloud Services Limited
Received by: ____________________ Date: ____________`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Savanna Fintech Solutions Limited", "Msingi Cloud Services Limited"],
      effectiveDate: "2026-08-21",
    },
  },
  {
    id: "v18-technology-backup-order-form-nsw",
    format: "docx",
    source: `# ORDER FORM
Managed Backup and Disaster Recovery Services
Order No. BGC-OF-2026-0117
This Order Form is entered into under, and forms part of, the Master Services Agreement between the Supplier and the Customer dated 4 May 2023 (the "MSA"), which continues until terminated in accordance with its clause 15. Capitalised terms not defined in this Order Form have the meanings given in the MSA.
# 1. Key Details
| Item | Details |
| Supplier | Bluegum Cloud Pty Ltd (ACN 612 345 678), Level 9, 60 Margaret Street, Sydney NSW 2000 |
| Customer | Harbourside Legal Pty Ltd (ACN 098 765 432), Suite 3, 1 Macquarie Place, Sydney NSW 2000 |
| Order Date | 12 January 2026 |
| Commencement Date | 1 February 2026 |
| Initial Term | 24 months from the Commencement Date |
| Renewal | Automatic renewal for successive 12 month periods unless either party gives at least 90 days' written notice before the end of the then-current term |
| Services | Daily encrypted backup of up to 20 TB; replication to a secondary Bluegum data centre in Melbourne; quarterly disaster recovery test |
| Service Levels | Recovery point objective 24 hours; recovery time objective 4 hours (Schedule 2 of the MSA) |
| Fees | A$6,850 per month (excluding GST), invoiced monthly in advance |
| Payment Terms | 14 days from the date of invoice |
| Minimum Commitment | The Customer may not terminate for convenience during the first 12 months of the Initial Term |
| Data Retention | Backup data retained for 35 days on a rolling basis; all copies deleted within 30 days after termination |
| Governing Law | New South Wales |
# 2. Special Conditions
2.1 The data centres used for the Services will be located in Australia, and no Customer Data will be stored or accessed outside Australia without the Customer's prior written consent.
2.2 Clause 12 of the MSA (Limitation of Liability) applies to this Order Form, save that the cap for claims for loss or corruption of Customer Data is increased to A$500,000.
2.3 This Order Form is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
2.4 If there is any inconsistency between this Order Form and the MSA, this Order Form prevails in respect of the Services.
# Signed as an agreement
Signed for Bluegum Cloud Pty Ltd (ACN 612 345 678) in accordance with section 127 of the Corporations Act 2001 (Cth) by Priya Natarajan, Director, and Tom Ellery, Director/Secretary. Date: 12 January 2026
Signed for Harbourside Legal Pty Ltd (ACN 098 765 432) by its authorised representative, Georgina Wu, Practice Manager. Date: 27/01/2026`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Bluegum Cloud Pty Ltd", "Harbourside Legal Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-02-01",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v18-technology-website-hosting-ontario",
    format: "pdf",
    pdfMargin: 84,
    source: `# WEBSITE HOSTING AGREEMENT
Dated as of April 20, 2026
1. Services. Provider will host Client's patient booking website and associated databases on Provider's servers located in Toronto, Ontario, provide 24/7 monitoring, daily backups and security patching, and maintain availability of at least 99.9% in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.
2. Term. This Agreement takes effect on May 1, 2026 (the "Effective Date") and continues until April 30, 2028, unless terminated earlier under section 9 (the "Term"). Client may extend the Term once, for one additional year, by written notice given to Provider at least sixty (60) days before April 30, 2028. This Agreement does not renew automatically.
3. Fees. Client will pay a monthly hosting fee of CAD 1,250 plus HST, invoiced monthly in advance. Invoices are payable within fifteen (15) days. Fees are fixed for the first twelve (12) months of the Term.
4. Service Credits. If availability falls below 99.9% in a month, Client will receive a credit of 5% of that month's fee for each 0.1% shortfall, up to 50% of that month's fee.
5. Privacy. Provider will handle personal health information only as Client's agent within the meaning of the Personal Health Information Protection Act, 2004 (Ontario), and will notify Client of any privacy breach within twenty-four (24) hours of discovering it.
6. Client Data. Client owns all Client Data. Following expiry or termination, Provider will make Client Data available for download for sixty (60) days and will then securely destroy it.
7. Non-Solicitation. During the Term and for twelve (12) months after it ends, neither party will solicit for employment any employee of the other who worked on the Services.
8. Limitation of Liability. Provider's total liability under this Agreement will not exceed the fees paid by Client in the twelve (12) months before the claim arose.
9. Termination. Either party may terminate this Agreement on thirty (30) days' written notice if the other party fails to remedy a material breach within that period. Sections 6, 7 and 8 survive termination.
10. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in that province, and the parties attorn to the exclusive jurisdiction of the courts of Ontario.
11. Entire Agreement. This Agreement replaces Provider's hosting proposal dated March 12, 2026 and all prior discussions between the parties about its subject matter.
===
The parties have signed this Agreement as of the date first written above.
| MAPLE CIRCUIT HOSTING INC. ("Provider") | LAKESHORE PHYSIOTHERAPY PROFESSIONAL CORPORATION ("Client") |
| 2200 Yonge Street, Suite 1500, Toronto, Ontario M4S 2C6 | 88 Lakeshore Road East, Mississauga, Ontario L5G 1E2 |
| Per: Jordan Belanger, President | Per: Dr. Aisha Rahman, Director |
| I have authority to bind the corporation. | I have authority to bind the corporation. |
| Date: April 22, 2026 | Date: April 24, 2026 |`,
    truth: {
      title: "Website Hosting Agreement",
      documentType: "Services agreement",
      parties: ["Maple Circuit Hosting Inc.", "Lakeshore Physiotherapy Professional Corporation"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
];
