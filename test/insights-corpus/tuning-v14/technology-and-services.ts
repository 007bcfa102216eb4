import type { UnseenDocument } from "../unseen/types";

/** Tuning v14 (set c): technology, services, supply, distribution, NDA and employment documents from several jurisdictions. */
export const TECHNOLOGY_AND_SERVICES_V14: UnseenDocument[] = [
  {
    id: "v14-c-nsw-software-subscription",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE SUBSCRIPTION AGREEMENT
# Key Details
| Item | Detail |
| 1. Provider | Tallowood Cloud Systems Pty Ltd (ACN 612 345 908) of Level 9, 88 Phillip Street, Sydney NSW 2000 |
| 2. Customer | Mudgee Regional Health Cooperative Limited (ACN 087 654 321) of 14 Church Street, Mudgee NSW 2850 |
| 3. Software | Tallowood RosterPro workforce scheduling platform (cloud edition) |
| 4. Commencement Date | 1 July 2026 |
| 5. Subscription Term | 36 months commencing on the Commencement Date |
| 6. Renewal Term | 12 months |
| 7. Subscription Fees | AUD 84,000 per annum, invoiced annually in advance and payable within 30 days of invoice |
| 8. Authorised Users | Up to 450 named users |
This Agreement consists of these Key Details and the General Terms that follow. If there is any inconsistency, the Key Details prevail.
===
# General Terms
# 1. Licence
1.1 In consideration of the Subscription Fees, the Provider grants the Customer a non-exclusive, non-transferable licence for the Subscription Term to access and use the Software over the internet for the Customer's internal business purposes, by not more than the number of Authorised Users.
1.2 The Customer must not sub-license, resell, copy or reverse engineer the Software.
# 2. Term and renewal
2.1 This Agreement begins on the Commencement Date and continues for the Subscription Term set out in Item 5.
2.2 At the end of the Subscription Term, and at the end of each Renewal Term, this Agreement automatically renews for a further Renewal Term (Item 6) unless either party gives the other written notice of non-renewal at least 90 days before the end of the then-current term.
# 3. Support and availability
3.1 The Provider will use reasonable endeavours to make the Software available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.
# 4. Customer Data
4.1 The Customer owns all data it uploads. On termination the Provider will make Customer Data available for export for 60 days, after which it may be deleted.
# 5. Liability
5.1 Each party's total liability under this Agreement in any 12 month period is limited to the Subscription Fees paid in that period.
# 6. Termination
6.1 Either party may terminate this Agreement by notice if the other commits a material breach that is not remedied within 30 days after notice of it.
# 7. Governing law
7.1 This Agreement is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed by Tallowood Cloud Systems Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Hamish Carroll, Director, and Linh Tran, Director/Secretary. Date: 18 June 2026
Executed by Mudgee Regional Health Cooperative Limited by its authorised officer Fiona Beatrice Walsh, Chief Executive. Date: 22 June 2026`,
    truth: {
      title: "Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Tallowood Cloud Systems Pty Ltd", "Mudgee Regional Health Cooperative Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v14-c-ontario-managed-services",
    format: "docx",
    storedPageCount: 2,
    source: `# MANAGED SERVICES AGREEMENT
This Managed Services Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026,
BY AND BETWEEN:
NORTHSHORE IT SOLUTIONS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 250 King Street West, Suite 1100, Toronto, Ontario M5V 1J2 (the "Provider"),
- and -
LAKEHEAD MUNICIPAL CREDIT UNION LIMITED, a credit union continued under the laws of the Province of Ontario, having its principal office at 1020 Red River Road, Thunder Bay, Ontario P7B 1K5 (the "Client").
WHEREAS the Client wishes to outsource the monitoring and support of its information technology infrastructure and the Provider has agreed to provide those services on the terms set out below;
NOW THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Definitions
1.1 "Effective Date" means April 1, 2026, being the date on which the transition of the Services to the Provider is scheduled to be completed.
1.2 "Services" means the managed network, server and help-desk services described in Schedule A.
# 2. Term
2.1 The initial term of this Agreement shall be thirty-six (36) months from the Effective Date (the "Initial Term").
2.2 Upon expiry of the Initial Term, this Agreement shall renew automatically for successive renewal terms of one (1) year each, unless either party notifies the other in writing of its intention not to renew not less than one hundred and twenty (120) days before the end of the then-current term.
===
# 3. Fees
3.1 The Client shall pay the monthly fees set out in Schedule B within thirty (30) days after receipt of each invoice. Fees are fixed for the first twenty-four (24) months of the Initial Term.
# 4. Service Levels
4.1 The Provider shall meet the service levels in Schedule C. Priority 1 incidents shall be responded to within fifteen (15) minutes, twenty-four hours a day.
# 5. Confidentiality
5.1 Each party shall keep the other's confidential information secret. The obligations in this Section 5 shall survive for five (5) years following termination or expiry of this Agreement.
# 6. Termination for Convenience
6.1 After the first anniversary of the Effective Date, the Client may terminate this Agreement on six (6) months' written notice upon payment of the early termination fee set out in Schedule B.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
NORTHSHORE IT SOLUTIONS INC. Per: ______________ Name: Daniel Okafor Title: President. I have authority to bind the corporation.
LAKEHEAD MUNICIPAL CREDIT UNION LIMITED Per: ______________ Name: Josée Marie Lavigne Title: Chief Operating Officer. I have authority to bind the credit union.`,
    truth: {
      title: "Managed Services Agreement",
      documentType: "Services agreement",
      parties: ["Northshore IT Solutions Inc.", "Lakehead Municipal Credit Union Limited"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-04-01",
      term: "36 months",
      renewal: "1 year",
    },
  },
  {
    id: "v14-c-scotland-software-development",
    format: "pdf",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
MINUTE OF AGREEMENT
between
CAIRNGORM OUTDOOR RETAIL LIMITED, incorporated under the Companies Acts (Registered Number SC412873) and having its Registered Office at 7 Academy Street, Inverness IV1 1JN (the "Client")
and
FORTH PIXEL STUDIOS LLP, a limited liability partnership incorporated in Scotland (Registered Number SO305521) and having its Registered Office at 40 Constitution Street, Edinburgh EH6 6RS (the "Developer")
WHEREAS the Client wishes to commission a customer mobile application and the Developer has agreed to design and build it, the parties have agreed as follows:
# 1. Definitions
In this Agreement "Commencement Date" means 6 April 2026; "Deliverables" means the application, source code and documentation described in the Schedule; and "Warranty Period" means the period of ninety (90) days after acceptance of the final Deliverable.
# 2. Services and Duration
2.1 The Developer shall provide the design and development services described in the Schedule.
2.2 This Agreement shall have effect for a period of twenty-six (26) weeks commencing on the Commencement Date, that is to and including 4 October 2026, unless terminated earlier in accordance with Clause 7.
# 3. Fees
3.1 The Client shall pay the fixed price of £148,500 plus VAT in the milestone instalments set out in the Schedule, each within fourteen (14) days of the relevant invoice.
# 4. Warranty
4.1 The Developer shall correct, free of charge, any defect in a Deliverable notified to it during the Warranty Period.
# 5. Intellectual Property
5.1 On payment of each instalment, all intellectual property in the related Deliverables shall vest in the Client.
# 6. Non-solicitation
6.1 Neither party shall, during this Agreement and for twelve (12) months after it ends, solicit any employee of the other who was involved in the services.
# 7. Termination
7.1 Either party may terminate this Agreement on thirty (30) days' written notice if the other party is in material breach.
# 8. Law and Jurisdiction
8.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule are executed as follows: subscribed for and on behalf of Cairngorm Outdoor Retail Limited at Inverness on 24 March 2026 by Alasdair Rory MacLeod, Director, before this witness Morag Fraser, 3 Ness Walk, Inverness;
and subscribed for and on behalf of Forth Pixel Studios LLP at Edinburgh on 27 March 2026 by Isla Ramsay, Designated Member, before this witness Calum Baird, 12 Leith Walk, Edinburgh.
===
# SCHEDULE
| Milestone | Deliverable | Instalment |
| 1 | Discovery and design sign-off | £29,700 |
| 2 | Beta release on iOS and Android | £59,400 |
| 3 | Final acceptance | £59,400 |
This is the Schedule referred to in the foregoing Minute of Agreement between Cairngorm Outdoor Retail Limited and Forth Pixel Studios LLP.`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Cairngorm Outdoor Retail Limited", "Forth Pixel Studios LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-06",
      expiryDate: "2026-10-04",
      term: "26 weeks",
    },
  },
  {
    id: "v14-c-singapore-equipment-supply",
    format: "txt",
    source: `# EQUIPMENT SUPPLY AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) MERLION DATA HARDWARE PTE. LTD. (UEN 201812345K), a company incorporated in Singapore whose registered office is at 10 Ubi Crescent, #05-22 Ubi Techpark, Singapore 408564 (the "Supplier"); and
(2) STRAITS LOGISTICS HOLDINGS PTE. LTD. (UEN 200609876M), a company incorporated in Singapore whose registered office is at 2 Changi South Lane, Singapore 486123 (the "Buyer").
BACKGROUND: The Buyer intends to refresh the servers and storage arrays in its two data centres and wishes to buy them from the Supplier under purchase orders placed under this Agreement.
# 1. Interpretation
1.1 "Equipment" means the servers, storage arrays and networking hardware listed in the Schedule of Prices, as updated from time to time by written agreement.
# 2. Duration
2.1 This Agreement shall be in force for the period from 1 May 2026 (the "Commencement Date") to 30 April 2028 (the "Term"), unless terminated earlier under clause 7.
2.2 Any purchase order accepted before the end of the Term shall be fulfilled in accordance with this Agreement even if delivery falls after the Term.
# 3. Orders and Delivery
3.1 The Buyer may place purchase orders at any time during the Term. The Supplier shall deliver the Equipment within twenty-one (21) days after accepting an order.
# 4. Price and Payment
4.1 The prices in the Schedule of Prices are fixed for the first twelve (12) months of the Term. Invoices are payable within forty-five (45) days of the invoice date.
# 5. Warranty
5.1 The Supplier warrants that the Equipment will be free from defects in materials and workmanship for thirty-six (36) months from delivery.
# 6. Title and Risk
6.1 Risk passes to the Buyer on delivery; title passes on payment in full.
# 7. Termination
7.1 Either party may terminate this Agreement by giving not less than three (3) months' written notice to the other.
# 8. Governing Law
8.1 This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration in Singapore administered by the Singapore International Arbitration Centre.
SIGNED by Tan Wei Ming, Director, for and on behalf of MERLION DATA HARDWARE PTE. LTD.
SIGNED by Priya Nair, Chief Financial Officer, for and on behalf of STRAITS LOGISTICS HOLDINGS PTE. LTD.`,
    truth: {
      title: "Equipment Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Merlion Data Hardware Pte. Ltd.", "Straits Logistics Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v14-c-delaware-executive-employment",
    format: "docx",
    source: `# EXECUTIVE EMPLOYMENT AGREEMENT
This Executive Employment Agreement (the "Agreement") is entered into on February 9, 2026, by and between Quillfeather Robotics, Inc., a Delaware corporation with its principal place of business at 1201 North Orange Street, Wilmington, Delaware 19801 (the "Company"), and Marcus Aurelio Delgado, an individual residing at 48 Brandywine Boulevard, Wilmington, Delaware 19809 (the "Executive").
# 1. Position and Effective Date
1.1 The Company shall employ the Executive as Vice President, Engineering, reporting to the Chief Executive Officer.
1.2 This Agreement shall be effective as of March 2, 2026 (the "Effective Date"), on which date the Executive's employment shall commence.
# 2. Term of Employment
2.1 The Executive's employment shall continue from the Effective Date until terminated by either party in accordance with Section 6. The Executive's employment is "at will", and nothing in this Agreement creates employment for any fixed period.
# 3. Compensation
3.1 The Company shall pay the Executive a base salary of $265,000 per year, payable in accordance with the Company's regular payroll schedule and reviewed annually.
3.2 The Executive is eligible for an annual target bonus of 30% of base salary. Any bonus earned for a fiscal year will be paid no later than March 15 of the following year.
# 4. Equity
4.1 Subject to board approval, the Executive will be granted an option to purchase 120,000 shares of common stock, vesting over four (4) years, with twenty-five percent (25%) vesting on the first anniversary of the Effective Date and the balance in thirty-six (36) equal monthly installments.
# 5. Restrictive Covenants
5.1 During employment and for twelve (12) months thereafter, the Executive shall not engage in any business that competes with the Company in the field of warehouse robotics in the United States.
5.2 During employment and for eighteen (18) months thereafter, the Executive shall not solicit any employee or customer of the Company.
# 6. Termination
6.1 Either party may terminate the Executive's employment at any time; the Executive agrees to give at least four (4) weeks' written notice of resignation.
6.2 If the Company terminates the Executive's employment without Cause, the Executive shall receive severance equal to six (6) months of base salary, subject to signing a release of claims.
# 7. Governing Law
7.1 This Agreement shall be governed by the laws of the State of Delaware, without regard to its conflict of laws principles.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
QUILLFEATHER ROBOTICS, INC. By: ____________ Name: Evelyn Sato Title: Chief Executive Officer
EXECUTIVE: ____________ Marcus Aurelio Delgado`,
    truth: {
      title: "Executive Employment Agreement",
      documentType: "Employment agreement",
      parties: ["Quillfeather Robotics, Inc.", "Marcus Aurelio Delgado"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v14-c-india-mutual-nda",
    format: "docx",
    storedPageCount: 2,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement is executed at Bengaluru on this 15th day of January, 2026 and is effective from 1 December 2025 (the "Effective Date"), being the date on which the Parties first exchanged Confidential Information in connection with the Purpose.
BY AND BETWEEN
KAVERI ANALYTICS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U72200KA2017PTC101234 and its registered office at 3rd Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 (hereinafter referred to as "Kaveri", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
BRIGHTWATER FINTECH LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008, having LLPIN AAK-4521 and its office at 12 Bandra Kurla Complex, Mumbai 400051 (hereinafter referred to as "Brightwater") of the OTHER PART.
Kaveri and Brightwater are each a "Party" and together the "Parties".
# 1. Purpose
The Parties wish to evaluate a possible collaboration for credit-risk scoring of small business borrowers (the "Purpose").
# 2. Confidential Information
"Confidential Information" means all non-public business, technical and financial information disclosed by one Party to the other, whether before or after the Effective Date, in connection with the Purpose.
# 3. Obligations
Each Party shall use the other's Confidential Information solely for the Purpose and shall not disclose it except to its employees and advisers who need to know it and are bound by equivalent obligations of confidence.
===
# 4. Term
4.1 This Agreement shall remain in force for a period of two (2) years from the Effective Date, unless terminated earlier by either Party on thirty (30) days' written notice.
4.2 Notwithstanding expiry or termination, the obligations in Clause 3 shall continue for a period of five (5) years from the date of expiry or termination.
# 5. Return of Information
Within fifteen (15) days of a written request, the receiving Party shall return or destroy the disclosing Party's Confidential Information.
# 6. No Licence
Nothing in this Agreement grants any licence under any patent, copyright or other intellectual property right of either Party.
# 7. Governing Law and Jurisdiction
This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have caused this Agreement to be executed by their authorised signatories on the date first written above.
For KAVERI ANALYTICS PRIVATE LIMITED: Authorised Signatory. Name: Srinivasan Raghavendra Iyer. Designation: Director
For BRIGHTWATER FINTECH LLP: Designated Partner. Name: Aisha Farhan Qureshi`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Kaveri Analytics Private Limited", "Brightwater Fintech LLP"],
      governingLaw: "India",
      effectiveDate: "2025-12-01",
      expiryDate: "2027-12-01",
      term: "2 years",
    },
  },
  {
    id: "v14-c-nz-website-maintenance",
    format: "txt",
    source: `# WEBSITE MAINTENANCE AGREEMENT
Date: 20 May 2026
Parties
Kōwhai Garden Supplies Limited (company number 6123457), 55 Great South Road, Papakura, Auckland 2110 ("Client")
Aroha Mere Ngata, trading as Ngata Web Studio, of 9 Tui Street, Rotorua 3010 ("Contractor")
Background
A. The Contractor built the Client's online shop and the Client wants the Contractor to keep it secure, backed up and up to date.
Agreed terms
1. Services. The Contractor will provide the maintenance services in the attached service description, including monthly security updates, daily backups and up to 6 hours of content changes each month.
2. Initial term. This agreement starts on 1 June 2026 (the "Start Date") and runs for an initial term of 12 months from and including the Start Date.
3. Renewal. At the end of the initial term this agreement renews automatically for further periods of 12 months each, unless either party gives at least 30 days' written notice before the end of the current period that it does not want to renew.
4. Fees. The Client will pay NZ$650 plus GST per month, invoiced on the 1st of each month and payable by the 20th of that month.
5. Response times. The Contractor will respond to a reported outage within 4 business hours.
6. Hand-over. If this agreement ends, the Contractor will give the Client all passwords, code and files within 5 working days.
7. Liability. The Contractor's total liability is limited to the fees paid in the 3 months before the claim.
8. Law. This agreement is governed by New Zealand law.
Signed for Kōwhai Garden Supplies Limited by Te Rangi Brown, director
Signed by Aroha Mere Ngata`,
    truth: {
      title: "Website Maintenance Agreement",
      documentType: "Services agreement",
      parties: ["Kōwhai Garden Supplies Limited", "Aroha Mere Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v14-c-difc-reseller",
    format: "pdf",
    pageFooters: true,
    source: `# RESELLER AGREEMENT
relating to the Sentinel Vault endpoint security software in the Gulf Cooperation Council
between
AXIOMGUARD SOFTWARE LIMITED
and
FALCON GATE TECHNOLOGIES LTD
===
THIS RESELLER AGREEMENT is dated 26 January 2026
BETWEEN
(1) AXIOMGUARD SOFTWARE LIMITED, a company incorporated in England and Wales (company number 09876543) whose registered office is at 30 Finsbury Square, London EC2A 1AG ("Vendor"); and
(2) FALCON GATE TECHNOLOGIES LTD, a company registered in the Dubai International Financial Centre (registered number 4821) whose registered office is at Unit 1504, Index Tower, DIFC, Dubai, United Arab Emirates ("Reseller").
# 1. Definitions
"Effective Date" means 1 February 2026. "Territory" means the United Arab Emirates, the Kingdom of Saudi Arabia, Qatar, Kuwait, Bahrain and Oman. "Products" means the Sentinel Vault software licences and support subscriptions listed in Schedule 1.
# 2. Appointment
2.1 The Vendor appoints the Reseller as its non-exclusive reseller of the Products in the Territory. The Reseller buys Products from the Vendor and resells them in its own name to end customers, who take their licence directly from the Vendor under its end user terms.
# 3. Term
3.1 This Agreement shall continue for a period of three (3) years from the Effective Date and shall then expire unless extended under clause 3.2.
3.2 The Reseller may extend this Agreement for one further period of two (2) years by giving written notice to the Vendor not less than six (6) months before expiry, provided the Reseller has met the Minimum Commitment in each year.
# 4. Minimum Commitment
4.1 The Reseller shall purchase Products with a list value of at least USD 750,000 in each twelve (12) month period from the Effective Date.
# 5. Prices and Payment
5.1 The Reseller shall pay each Vendor invoice within sixty (60) days of its date. Discounts are set out in Schedule 2.
# 6. Restrictions
6.1 During this Agreement and for six (6) months after it ends the Reseller shall not distribute any product that competes with the Products in the Territory.
# 7. Governing Law and Jurisdiction
7.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre. The DIFC Courts have exclusive jurisdiction.
Signed by Oliver Grant Whitcombe, director, for and on behalf of AXIOMGUARD SOFTWARE LIMITED
Signed by Khalid Rashed Al Mansoori, managing director, for and on behalf of FALCON GATE TECHNOLOGIES LTD`,
    truth: {
      title: "Reseller Agreement",
      documentType: "Distribution agreement",
      parties: ["Axiomguard Software Limited", "Falcon Gate Technologies Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-01",
      expiryDate: "2029-02-01",
      term: "3 years",
    },
  },
];
