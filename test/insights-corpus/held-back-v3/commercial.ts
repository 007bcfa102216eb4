import type { UnseenDocument } from "../unseen/types";

/** Commercial and property documents in Indian, Australian, Irish, Hong Kong, Canadian and US drafting. */
export const COMMERCIAL_V3: UnseenDocument[] = [
  {
    id: "v3-services-india",
    format: "txt",
    source: `
SERVICES AGREEMENT

This Services Agreement is made and executed at Bengaluru on this 3rd day of March, 2025

BY AND BETWEEN

Kaveri Infotech Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at No. 14, 2nd Cross, Koramangala, Bengaluru 560034 (hereinafter referred to as the "Service Provider", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;

AND

Nilgiri Textiles Limited, a company incorporated under the Companies Act, 1956, having its registered office at 7 Avinashi Road, Coimbatore 641018 (hereinafter referred to as the "Client", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the OTHER PART.

The Service Provider and the Client are hereinafter individually referred to as a "Party" and collectively as the "Parties".

1. SCOPE. The Service Provider shall render the application maintenance services described in Annexure A.
2. TENURE. This Agreement shall come into force on the date of its execution and shall be valid for a period of two (2) years therefrom, unless terminated earlier in accordance with Clause 9.
3. FEES. The Client shall pay the fees set out in Annexure B within thirty (30) days of receipt of a valid tax invoice.
4. GOVERNING LAW AND JURISDICTION. This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
`,
    truth: { title: "SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Kaveri Infotech Private Limited", "Nilgiri Textiles Limited"], governingLaw: "India", effectiveDate: "2025-03-03", term: "2 years", expiryDate: "2027-03-02" },
  },
  {
    id: "v3-leave-licence-mumbai",
    format: "pdf",
    source: `
# LEAVE AND LICENCE AGREEMENT
This Leave and Licence Agreement is made at Mumbai on this 15th day of January 2024
BETWEEN
Mr. Rajesh Kumar Mehta, aged about 52 years, residing at Flat 802, Sea Breeze, Carter Road, Bandra (West), Mumbai 400050, hereinafter called the "Licensor" of the One Part;
AND
M/s. Sahyadri Logistics LLP, a limited liability partnership having its office at Unit 5, Kanjurmarg Industrial Estate, Mumbai 400042, hereinafter called the "Licensee" of the Other Part.
WHEREAS the Licensor is the owner of the premises described in the Schedule hereunder written and has agreed to grant the Licensee a licence to use the same.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. The licence is granted for a period of 11 (eleven) months commencing from 1st February 2024 and ending on 31st December 2024.
2. The Licensee shall pay a monthly licence fee of Rs. 1,85,000 on or before the 5th day of each month.
3. This Agreement shall be governed by the laws of India and the courts at Mumbai alone shall have jurisdiction.
`,
    truth: { title: "LEAVE AND LICENCE AGREEMENT", documentType: "Licence agreement", parties: ["Rajesh Kumar Mehta", "Sahyadri Logistics LLP"], governingLaw: "India", effectiveDate: "2024-02-01", term: "11 months", expiryDate: "2024-12-31" },
  },
  {
    id: "v3-consultancy-details-wa",
    format: "docx",
    storedPageCount: 4,
    source: `
# CONSULTANCY AGREEMENT
# Details
| Date | 12 August 2024 |
| Principal | Wattle Creek Mining Pty Ltd ACN 123 456 789 of Level 9, 40 St Georges Terrace, Perth WA 6000 |
| Consultant | Jarrah Geoscience Pty Ltd ABN 11 222 333 444 of 3 Hay Street, Subiaco WA 6008 |
| Commencement Date | 1 September 2024 |
| Term | 18 months from the Commencement Date |
| Fees | $1,650 per day (excluding GST) |
| Governing law | Western Australia |

# General terms
1. The Consultant must provide the Services described in Schedule 1 with due care and skill.
2. The Principal must pay each correctly rendered tax invoice within 30 days.
3. Either party may terminate this agreement for material breach on 14 days' written notice.
`,
    truth: { title: "CONSULTANCY AGREEMENT", documentType: "Services agreement", parties: ["Wattle Creek Mining Pty Ltd", "Jarrah Geoscience Pty Ltd"], governingLaw: "Western Australia", effectiveDate: "2024-09-01", term: "18 months", expiryDate: "2026-03-01" },
  },
  {
    id: "v3-staffing-pennsylvania",
    format: "txt",
    source: `
MASTER STAFFING AGREEMENT

This Master Staffing Agreement ("Agreement") is entered into as of the 1st day of October, 2024 (the "Effective Date"), by and between Keystone Talent Partners, L.P., a Pennsylvania limited partnership ("Agency"), and Brightwater Health System, Inc., a Pennsylvania nonprofit corporation ("Client").

1. Services. Agency will furnish temporary clinical personnel to Client pursuant to written work orders.

2. Term. The initial term of this Agreement shall commence on the Effective Date and continue for a period of three (3) years. Thereafter, this Agreement shall renew automatically for successive one (1) year terms unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.

3. Fees. Client shall pay Agency the bill rates set forth in Exhibit A.

4. Governing Law. This Agreement shall be governed by the laws of the Commonwealth of Pennsylvania, without regard to its conflict of laws principles.
`,
    truth: { title: "MASTER STAFFING AGREEMENT", documentType: "Services agreement", parties: ["Keystone Talent Partners, L.P.", "Brightwater Health System, Inc."], governingLaw: "Pennsylvania", effectiveDate: "2024-10-01", term: "3 years", expiryDate: "2027-09-30", renewal: "1 year" },
  },
  {
    id: "v3-distribution-recitals-first",
    format: "pdf",
    pageFooters: true,
    source: `
# EXCLUSIVE DISTRIBUTION AGREEMENT
RECITALS
A. Lumen Optics GmbH designs and manufactures precision microscope optics.
B. Nordlight Distribution AB wishes to distribute those products in the Nordic countries on the terms of this agreement.
THIS AGREEMENT is made on 2 April 2024
BETWEEN
(1) LUMEN OPTICS GMBH, a company registered in Germany under HRB 45123, whose registered office is at Carl-Zeiss-Strasse 8, 07743 Jena ("Manufacturer"); and
(2) NORDLIGHT DISTRIBUTION AB, a company registered in Sweden with organisation number 556677-8899, whose registered office is at Kungsgatan 12, 111 43 Stockholm ("Distributor").
IT IS AGREED as follows:
1. Appointment. The Manufacturer appoints the Distributor as its exclusive distributor of the Products in the Territory.
2. Duration. This agreement comes into force on the date hereof and shall continue for an initial period of five years, after which either party may end it on six months' notice.
3. Law. This agreement and any dispute arising from it shall be governed by Swedish law.
`,
    truth: { title: "EXCLUSIVE DISTRIBUTION AGREEMENT", documentType: "Distribution agreement", parties: ["Lumen Optics GmbH", "Nordlight Distribution AB"], governingLaw: "Sweden", effectiveDate: "2024-04-02", term: "5 years", expiryDate: "2029-04-01" },
  },
  {
    id: "v3-supply-made-on-uk",
    format: "txt",
    source: `
SUPPLY AGREEMENT

THIS AGREEMENT is made on the 3rd day of March 2025

BETWEEN

PENNINE DAIRIES LIMITED, a company incorporated in England and Wales with company number 04455667 whose registered office is at Mill Lane, Skipton BD23 1AA (the "Supplier");

AND

CAVERSHAM FINE FOODS LIMITED, a company incorporated in England and Wales with company number 07788990 whose registered office is at 2 Bridge Street, Reading RG4 8AA (the "Buyer").

OPERATIVE PROVISIONS

1. The Supplier shall supply and the Buyer shall purchase the Goods on the terms of this agreement.
2. This agreement shall commence on 1 April 2025 and shall continue until terminated by either party giving to the other not less than six months' written notice.
3. This agreement shall be governed by and construed in accordance with the laws of England and Wales.
`,
    truth: { title: "SUPPLY AGREEMENT", documentType: "Supply agreement", parties: ["Pennine Dairies Limited", "Caversham Fine Foods Limited"], governingLaw: "England and Wales", effectiveDate: "2025-04-01", term: "Until terminated" },
  },
  {
    id: "v3-commercial-lease-arizona",
    format: "docx",
    source: `
# COMMERCIAL LEASE AGREEMENT
This Lease is made this 5th day of August, 2024, by and between Canyon Ridge Properties, LLC, an Arizona limited liability company ("Landlord"), and Saguaro Coffee Roasters, Inc., an Arizona corporation ("Tenant").
1. PREMISES. Landlord leases to Tenant the premises known as Suite 110, 4410 North Scottsdale Road, Scottsdale, Arizona 85251.
2. TERM. The term of this Lease shall be sixty (60) months, commencing on September 1, 2024 (the "Commencement Date") and ending on August 31, 2029, unless sooner terminated as provided herein.
3. BASE RENT. Tenant shall pay monthly base rent of $7,250.00, due on the first day of each month.
4. GOVERNING LAW. This Lease shall be governed by the laws of the State of Arizona.
`,
    truth: { title: "COMMERCIAL LEASE AGREEMENT", documentType: "Lease", parties: ["Canyon Ridge Properties, LLC", "Saguaro Coffee Roasters, Inc."], governingLaw: "Arizona", effectiveDate: "2024-09-01", term: "60 months", expiryDate: "2029-08-31" },
  },
  {
    id: "v3-services-ireland-dated-the",
    format: "pdf",
    source: `
# MANAGED DATA SERVICES AGREEMENT
THIS AGREEMENT dated the 3rd day of March 2025
BETWEEN LIFFEY DATA SERVICES DESIGNATED ACTIVITY COMPANY having its registered office at 40 Sir John Rogerson's Quay, Dublin 2 (hereinafter called "the Provider") of the one part AND SHANNON MEDTECH UNLIMITED COMPANY having its registered office at Plassey Park, Limerick (hereinafter called "the Customer") of the other part.
NOW IT IS HEREBY AGREED as follows:
1. The Provider shall provide the managed data services described in the First Schedule.
2. This Agreement shall be for an initial term of thirty-six months from the date hereof.
3. This Agreement shall be governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
`,
    truth: { title: "MANAGED DATA SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Liffey Data Services Designated Activity Company", "Shannon Medtech Unlimited Company"], governingLaw: "Ireland", effectiveDate: "2025-03-03", term: "36 months", expiryDate: "2028-03-03" },
  },
  {
    id: "v3-tenancy-hong-kong",
    format: "docx",
    storedPageCount: 2,
    source: `
# TENANCY AGREEMENT
AN AGREEMENT made the 18th day of April 2024 between the Landlord and the Tenant named in the First Schedule.
# FIRST SCHEDULE
| Landlord | GOLDEN HARVEST ESTATES LIMITED whose registered office is at 22/F, Harbour Centre, 25 Harbour Road, Wanchai, Hong Kong |
| Tenant | CHAN TAI MAN (HKID No. A123456(7)) |
| Premises | Flat C, 12th Floor, Block 3, Mei Foo Sun Chuen, Kowloon |
| Term | Two (2) years commencing from 1st May 2024 and expiring on 30th April 2026 (both days inclusive) |
| Rent | HK$18,500 per month exclusive of rates |
# SECOND SCHEDULE
1. The Tenant shall pay the Rent in advance on the first day of each calendar month.
2. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.
`,
    truth: { title: "TENANCY AGREEMENT", documentType: "Lease", parties: ["Golden Harvest Estates Limited", "Chan Tai Man"], governingLaw: "Hong Kong", effectiveDate: "2024-05-01", term: "2 years", expiryDate: "2026-04-30" },
  },
  {
    id: "v3-grant-agreement-ohio",
    format: "txt",
    source: `
GRANT AGREEMENT

Grantor: The Hollis Family Foundation
Grantee: Riverbend Community Arts, Inc.
Grant Number: HFF-2024-031
Grant Amount: $85,000
Grant Period: July 1, 2024 through June 30, 2025

The Hollis Family Foundation ("Foundation") awards the grant described above to Riverbend Community Arts, Inc. ("Grantee") for the youth mural program described in the proposal dated March 4, 2024.

1. Use of Funds. Grantee shall use the grant solely for the program and return any funds unspent at the end of the Grant Period.
2. Reports. Grantee shall submit a narrative and financial report within sixty (60) days after the Grant Period ends.
3. This Agreement shall be governed by the laws of the State of Ohio.
`,
    truth: { title: "GRANT AGREEMENT", documentType: "Other", parties: ["The Hollis Family Foundation", "Riverbend Community Arts, Inc."], governingLaw: "Ohio", effectiveDate: "2024-07-01", expiryDate: "2025-06-30", term: "12 months" },
  },
  {
    id: "v3-minute-of-agreement-scots",
    format: "pdf",
    source: `
# MINUTE OF AGREEMENT
between
ALBA RENEWABLE HEAT LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 5 Longman Drive, Inverness IV1 1SU (hereinafter referred to as "the Contractor")
and
THE HIGHLAND COUNCIL, a local authority constituted under the Local Government etc. (Scotland) Act 1994 and having its headquarters at Glenurquhart Road, Inverness IV3 5NX (hereinafter referred to as "the Council")
WHEREAS the Council wishes to appoint the Contractor to maintain the biomass boilers at its schools;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. The Contractor shall provide the maintenance services set out in the Specification.
2. The Contract Period shall be the period from 1 January 2025 to 31 December 2027.
3. This Minute of Agreement shall be construed in accordance with the Law of Scotland.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the Contractor at Inverness on 4 December 2024 and for and on behalf of the Council at Inverness on 9 December 2024.
`,
    truth: { title: "MINUTE OF AGREEMENT", documentType: "Services agreement", parties: ["Alba Renewable Heat Limited", "The Highland Council"], governingLaw: "Scotland", effectiveDate: "2025-01-01", expiryDate: "2027-12-31", term: "36 months" },
  },
  {
    id: "v3-order-form-saas",
    format: "docx",
    source: `
# ORDER FORM
| Customer | Bluejay Dental Group, P.C. |
| Provider | Chartwell Cloud, Inc. |
| Service | Chartwell Practice Cloud, Professional edition, 40 users |
| Start Date | 03/01/2025 |
| Subscription Term | 24 months |
| Fees | $2,400 per month, billed annually in advance |

This Order Form is governed by the Master Subscription Agreement between the parties. Provider grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal business purposes. This Order Form is governed by the laws of the State of Delaware.
`,
    truth: { title: "ORDER FORM", documentType: "Licence agreement", parties: ["Bluejay Dental Group, P.C.", "Chartwell Cloud, Inc."], governingLaw: "Delaware", effectiveDate: "2025-03-01", term: "24 months", expiryDate: "2027-02-28" },
  },
  {
    id: "v3-professional-services-llp",
    format: "txt",
    source: `
PROFESSIONAL SERVICES AGREEMENT

This agreement is dated 7 May 2024 and is between Fairbanks, Reid & Co. LLP, a limited liability partnership registered in England with number OC301122 (the 'Supplier'), and Greyfriars Housing Association Limited (the 'Customer').

1. Services. The Supplier will provide the asset valuation services described in the Schedule.
2. Duration. This agreement commences on 1 June 2024 and continues for twelve (12) months.
3. Charges. The Customer will pay the charges within 30 days of invoice.
4. Law. English law governs this agreement and any dispute arising out of it.
`,
    truth: { title: "PROFESSIONAL SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Fairbanks, Reid & Co. LLP", "Greyfriars Housing Association Limited"], governingLaw: "England and Wales", effectiveDate: "2024-06-01", term: "12 months", expiryDate: "2025-05-31" },
  },
  {
    id: "v3-mou-washington-agencies",
    format: "pdf",
    source: `
# MEMORANDUM OF UNDERSTANDING
I. PARTIES
This Memorandum of Understanding (MOU) is hereby entered into by the City of Tacoma (City) and Pierce County Fire Protection District No. 5 (District).
II. PURPOSE
The purpose of this MOU is to set out how the City and the District will share emergency dispatch services.
III. EFFECTIVE DATE AND DURATION
This MOU shall be effective as of March 20, 2025 and shall remain in effect for five (5) years, unless terminated earlier by either party on one hundred eighty (180) days' written notice.
IV. GOVERNING LAW
This MOU shall be governed by the laws of the State of Washington.
CITY OF TACOMA
By: Elena Marsh, City Manager   Date: 03/14/2025
PIERCE COUNTY FIRE PROTECTION DISTRICT NO. 5
By: Ronald Kwan, Fire Chief   Date: 03/20/2025
`,
    truth: { title: "MEMORANDUM OF UNDERSTANDING", documentType: "Other", parties: ["City of Tacoma", "Pierce County Fire Protection District No. 5"], governingLaw: "Washington", effectiveDate: "2025-03-20", term: "5 years", expiryDate: "2030-03-19" },
  },
];
