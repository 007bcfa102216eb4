import type { UnseenDocument } from "../unseen/types";

/** Contracts in South African, Kenyan, Malaysian, German-English, Welsh, Scottish and US municipal drafting. */
export const CONTRACTS_T3: UnseenDocument[] = [
  {
    id: "t3-services-south-africa",
    format: "txt",
    source: `
MASTER SERVICES AGREEMENT

entered into between

PROTEA PAYROLL SOLUTIONS (PTY) LTD
Registration number 2011/123456/07
("the Service Provider")

and

MOPANI MINING SERVICES (PTY) LTD
Registration number 2005/654321/07
("the Client")

1. COMMENCEMENT AND DURATION
1.1 This Agreement commences on the Signature Date, being 1 August 2024, and endures for a period of 36 (thirty-six) months.
2. SERVICES
2.1 The Service Provider shall render the payroll services described in Annexure A.
3. GOVERNING LAW
3.1 This Agreement is governed by the laws of the Republic of South Africa.
`,
    truth: { title: "MASTER SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Protea Payroll Solutions (Pty) Ltd", "Mopani Mining Services (Pty) Ltd"], governingLaw: "South Africa", effectiveDate: "2024-08-01", term: "36 months", expiryDate: "2027-07-31" },
  },
  {
    id: "t3-lease-kenya",
    format: "pdf",
    source: `
# LEASE
THIS LEASE is made the 1st day of November Two Thousand and Twenty-Three
BETWEEN ACACIA HEIGHTS LIMITED of Post Office Box Number 12345-00100 Nairobi in the Republic of Kenya (hereinafter called "the Lessor" which expression shall where the context so admits include its successors and assigns) of the one part AND MARA TECHNOLOGIES LIMITED of Post Office Box Number 67890-00200 Nairobi (hereinafter called "the Lessee" which expression shall where the context so admits include its successors and permitted assigns) of the other part.
NOW THIS LEASE WITNESSES as follows:
1. The Lessor leases to the Lessee the premises on the fourth floor of Acacia Heights, Westlands, for a term of six (6) years from the 1st day of January 2024.
2. The rent is KES 450,000 per month payable quarterly in advance.
3. This Lease is governed by the laws of Kenya.
`,
    truth: { title: "LEASE", documentType: "Lease", parties: ["Acacia Heights Limited", "Mara Technologies Limited"], governingLaw: "Kenya", effectiveDate: "2024-01-01", term: "6 years", expiryDate: "2030-01-01" },
  },
  {
    id: "t3-nda-malaysia",
    format: "docx",
    source: `
# NON-DISCLOSURE AGREEMENT
THIS AGREEMENT is made on 5 March 2024
BETWEEN
(1) KINABALU DIGITAL SDN. BHD. (Company No. 201801012345), a company incorporated in Malaysia with its registered address at Level 8, Menara Sentral, Kuala Lumpur ("Kinabalu"); and
(2) STRAITS PAYMENTS PTE. LTD. (UEN 201733344W), a company incorporated in Singapore ("Straits").
1. Each party shall keep the other's Confidential Information confidential.
2. This Agreement shall continue for a period of 2 years from the date of this Agreement.
3. This Agreement is governed by the laws of Malaysia.
`,
    truth: { title: "NON-DISCLOSURE AGREEMENT", documentType: "NDA", parties: ["Kinabalu Digital Sdn. Bhd.", "Straits Payments Pte. Ltd."], governingLaw: "Malaysia", effectiveDate: "2024-03-05", term: "2 years", expiryDate: "2026-03-05" },
  },
  {
    id: "t3-items-schedule-act",
    format: "pdf",
    source: `
# SERVICES CONTRACT
# Schedule 1 – Contract Details
| Item 1 | Customer | Capital Region Water Authority ABN 77 888 999 000 |
| Item 2 | Supplier | Molonglo Field Services Pty Ltd ACN 612 345 678 |
| Item 3 | Commencement Date | 1 July 2024 |
| Item 4 | Initial Term | 3 years |
| Item 5 | Governing law | Australian Capital Territory |
1. The Supplier must perform the Services in accordance with this Contract.
2. The Customer must pay the Fees within 20 business days of a correctly rendered invoice.
`,
    truth: { title: "SERVICES CONTRACT", documentType: "Services agreement", parties: ["Capital Region Water Authority", "Molonglo Field Services Pty Ltd"], governingLaw: "Australian Capital Territory", effectiveDate: "2024-07-01", term: "3 years", expiryDate: "2027-06-30" },
  },
  {
    id: "t3-loan-date-words",
    format: "txt",
    source: `
LOAN AGREEMENT

THIS LOAN AGREEMENT is made this Fifteenth day of May, Two Thousand Twenty-Four, by and between OKAFOR HOLDINGS LIMITED, a company incorporated under the laws of the Federal Republic of Nigeria (the "Lender"), and LAGOON FRESH FOODS LIMITED, a company incorporated under the laws of the Federal Republic of Nigeria (the "Borrower").

1. The Lender shall lend the Borrower NGN 150,000,000.
2. The Borrower shall repay the Loan in full not later than 14 May 2026 (the "Repayment Date").
3. This Agreement shall be governed by the laws of the Federal Republic of Nigeria.
`,
    truth: { title: "LOAN AGREEMENT", documentType: "Loan agreement", parties: ["Okafor Holdings Limited", "Lagoon Fresh Foods Limited"], governingLaw: "Nigeria", effectiveDate: "2024-05-15", expiryDate: "2026-05-14" },
  },
  {
    id: "t3-subscription-parties-schedule",
    format: "docx",
    storedPageCount: 9,
    source: `
# SHARE SUBSCRIPTION AGREEMENT
This agreement is dated 3 June 2024 and is made between the parties listed in Schedule 1.
1. Subscription. Each Investor shall subscribe for the number of Series A Shares set against its name in Schedule 1.
2. Completion. Completion shall take place on the date of this agreement.
3. Law. This agreement is governed by Scots law.
# Schedule 1 – Parties
| Party | Registered office or address | Series A Shares |
| Cairngorm Climate Fund LP | 20 Charlotte Square, Edinburgh EH2 4DF | 400,000 |
| Isla Mairi Fraser | 11 Royal Terrace, Glasgow G3 7NT | 50,000 |
| Skye Carbon Analytics Limited | 2 Marischal Square, Aberdeen AB10 1BL | — |
`,
    truth: { title: "SHARE SUBSCRIPTION AGREEMENT", documentType: "Share subscription agreement", parties: ["Cairngorm Climate Fund LP", "Isla Mairi Fraser", "Skye Carbon Analytics Limited"], governingLaw: "Scotland", effectiveDate: "2024-06-03" },
  },
  {
    id: "t3-assignment-unquoted",
    format: "pdf",
    source: `
# DEED OF ASSIGNMENT
THIS DEED is dated 4 April 2024
PARTIES
(1) TAFF VALLEY SOFTWARE LIMITED incorporated and registered in Wales with company number 09876123 whose registered office is at 3 Bute Street, Cardiff CF10 5AA (Assignor).
(2) MENAI HOLDINGS LIMITED incorporated and registered in Wales with company number 10293847 whose registered office is at 1 Castle Square, Caernarfon LL55 2NF (Assignee).
BACKGROUND
The Assignor has agreed to assign the Intellectual Property Rights to the Assignee.
AGREED TERMS
1. The Assignor assigns to the Assignee absolutely all its right, title and interest in the Intellectual Property Rights.
2. This deed is governed by the law of England and Wales.
`,
    truth: { title: "DEED OF ASSIGNMENT", documentType: "Deed", parties: ["Taff Valley Software Limited", "Menai Holdings Limited"], governingLaw: "England and Wales", effectiveDate: "2024-04-04" },
  },
  {
    id: "t3-interlocal-agreement",
    format: "txt",
    source: `
INTERLOCAL AGREEMENT FOR SHARED PARKS MAINTENANCE

This Interlocal Agreement (the "Agreement") is entered into by and between the COUNTY OF MARIN, a political subdivision of the State of California (hereinafter "County"), and the TOWN OF FAIRFAX, a municipal corporation (hereinafter "Town").

1. Purpose. County and Town will share the maintenance of the parks listed in Exhibit A.
2. Term. This Agreement shall be effective on July 1, 2024 and shall terminate on June 30, 2027, unless terminated earlier pursuant to Section 9.
3. Governing Law. This Agreement shall be governed by the laws of the State of California.

COUNTY OF MARIN
By: ____________________  Date: 06/11/2024

TOWN OF FAIRFAX
By: ____________________  Date: 06/18/2024
`,
    truth: { title: "INTERLOCAL AGREEMENT FOR SHARED PARKS MAINTENANCE", documentType: "Other", parties: ["County of Marin", "Town of Fairfax"], governingLaw: "California", effectiveDate: "2024-07-01", expiryDate: "2027-06-30" },
  },
  {
    id: "t3-lease-german-english",
    format: "docx",
    source: `
# COMMERCIAL LEASE AGREEMENT
between
Rheinpark Immobilien GmbH, Rheinuferstraße 4, 40213 Düsseldorf
– hereinafter "Landlord" –
and
Bergfeld Design GmbH, Kaiserstraße 21, 40479 Düsseldorf
– hereinafter "Tenant" –
§ 1 Leased premises. The Landlord lets to the Tenant the office space on the second floor of Rheinuferstraße 4.
§ 2 Lease term. The lease commences on 01.07.2024 and is concluded for a fixed term of five years.
§ 3 Rent. The monthly rent is EUR 6,400 plus VAT.
§ 4 Applicable law. This agreement is subject to the laws of the Federal Republic of Germany.
`,
    truth: { title: "COMMERCIAL LEASE AGREEMENT", documentType: "Lease", parties: ["Rheinpark Immobilien GmbH", "Bergfeld Design GmbH"], governingLaw: "Germany", effectiveDate: "2024-07-01", term: "5 years", expiryDate: "2029-06-30" },
  },
  {
    id: "t3-distribution-three-parties",
    format: "pdf",
    source: `
# DISTRIBUTION AGREEMENT
This Distribution Agreement is dated 9 September 2024 and is made among Tanager Instruments, Inc., a Colorado corporation ("Tanager"), Bolt & Hollis Trading Co., a Colorado corporation ("Distributor"), and Mesa Verde Holdings, LLC, a Colorado limited liability company ("Guarantor").
1. Appointment. Tanager appoints Distributor as its non-exclusive distributor in the Territory.
2. Term. This Agreement has an initial term of four (4) years beginning on the date hereof.
3. Governing Law. This Agreement is governed by the laws of the State of Colorado.
`,
    truth: { title: "DISTRIBUTION AGREEMENT", documentType: "Distribution agreement", parties: ["Tanager Instruments, Inc.", "Bolt & Hollis Trading Co.", "Mesa Verde Holdings, LLC"], governingLaw: "Colorado", effectiveDate: "2024-09-09", term: "4 years", expiryDate: "2028-09-08" },
  },
  {
    id: "t3-guarantee-by-deed-made",
    format: "txt",
    source: `
GUARANTEE

Dated: 30th September 2024

This guarantee is given by Lerato Ndlovu of 14 Jan Smuts Avenue, Johannesburg (the Guarantor) in favour of Karoo Equipment Finance (Pty) Ltd (the Creditor).

1. The Guarantor guarantees the obligations of Ndlovu Haulage CC under the Rental Agreement.
2. This guarantee is governed by the laws of the Republic of South Africa.
`,
    truth: { title: "GUARANTEE", documentType: "Guarantee", parties: ["Lerato Ndlovu", "Karoo Equipment Finance (Pty) Ltd"], governingLaw: "South Africa", effectiveDate: "2024-09-30" },
  },
  {
    id: "t3-consultancy-for-a-period",
    format: "docx",
    source: `
# CONSULTANCY SERVICES AGREEMENT
This agreement is made on 2nd December 2024 between Brecon Beacons National Park Authority of Plas y Ffynnon, Brecon LD3 7HP (the Authority) and Sioned Haf Pritchard of 3 Lion Street, Hay-on-Wye HR3 5AA (the Consultant).
1. The Consultant will advise the Authority on its visitor survey for a period of six (6) months starting on 6 January 2025.
2. The Authority will pay £450 per day.
3. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "CONSULTANCY SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Brecon Beacons National Park Authority", "Sioned Haf Pritchard"], governingLaw: "England and Wales", effectiveDate: "2025-01-06", term: "6 months", expiryDate: "2025-07-05" },
  },
];
