import type { UnseenDocument } from "../unseen/types";

/** Letters, e-mails and amendments in Nigerian, Canadian, Kenyan, Scottish and US styles. */
export const LETTERS_AND_AMENDMENTS_T3: UnseenDocument[] = [
  {
    id: "t3-employment-letter-nigeria",
    format: "docx",
    source: `
ZENITH ARC ENGINEERING LIMITED
Plot 22, Adeola Odeku Street, Victoria Island, Lagos

18 November 2024

Mr. Tunde Adebayo
5 Allen Avenue
Ikeja, Lagos

Dear Mr. Adebayo,

LETTER OF EMPLOYMENT

We are pleased to offer you employment as Project Engineer with effect from 2 January 2025.
Your employment shall continue until terminated by either party giving one month's notice in writing.
This letter is governed by the laws of the Federal Republic of Nigeria.

Yours faithfully,
For: Zenith Arc Engineering Limited
Ngozi Eze, Head, Human Resources
`,
    truth: { title: "LETTER OF EMPLOYMENT", documentType: "Employment agreement", parties: ["Zenith Arc Engineering Limited", "Tunde Adebayo"], governingLaw: "Nigeria", effectiveDate: "2025-01-02", term: "Until terminated" },
  },
  {
    id: "t3-amendment-agreement-dated",
    format: "pdf",
    source: `
# AMENDMENT AGREEMENT
This Amendment Agreement is made on 12 December 2024 between Fynbos Packaging (Pty) Ltd (Fynbos) and Cape Orchard Exports (Pty) Ltd (Cape Orchard).
1. Background. The parties are party to the Agreement dated 1 February 2023 for the supply of fruit cartons (the Supply Agreement).
2. Extension. The Supply Agreement shall continue until 31 January 2027.
3. Law. This Amendment Agreement is governed by the laws of the Republic of South Africa.
`,
    truth: { title: "AMENDMENT AGREEMENT", documentType: "Amendment", parties: ["Fynbos Packaging (Pty) Ltd", "Cape Orchard Exports (Pty) Ltd"], governingLaw: "South Africa", effectiveDate: "2024-12-12", expiryDate: "2027-01-31", amends: "Supply Agreement" },
  },
  {
    id: "t3-addendum-master-purchase",
    format: "txt",
    source: `
ADDENDUM NO. 3 TO THE MASTER PURCHASE AGREEMENT

This Addendum No. 3 is made and entered into effective as of the 1st day of February, 2025, by and between Tall Pines Lumber Company, an Oregon corporation ("Seller"), and Cascadia Homebuilders, Inc., a Washington corporation ("Buyer").

The parties agree that the Master Purchase Agreement dated April 3, 2020 is amended as follows:

1. Exhibit A (Pricing) is replaced with the Exhibit A attached hereto.
2. The Master Purchase Agreement shall remain in force through January 31, 2028.
3. This Addendum shall be governed by the laws of the State of Oregon.
`,
    truth: { title: "ADDENDUM NO. 3 TO THE MASTER PURCHASE AGREEMENT", documentType: "Amendment", parties: ["Tall Pines Lumber Company", "Cascadia Homebuilders, Inc."], governingLaw: "Oregon", effectiveDate: "2025-02-01", expiryDate: "2028-01-31", amends: "Master Purchase Agreement" },
  },
  {
    id: "t3-email-termination",
    format: "txt",
    source: `
From: Procurement, Loch Lomond Hotels Limited <procurement@lochlomondhotels.example>
Sent: Monday, 3 February 2025 10:15
To: Service Desk, Trossachs Lift Engineers Ltd <desk@trossachslifts.example>
Subject: Notice of termination - Lift Maintenance Agreement

Dear Service Desk,

In accordance with clause 12 of the Lift Maintenance Agreement, we give you three months' notice of termination. The agreement will therefore end on 3 May 2025.

Kind regards,
Morag Buchanan
Procurement Manager
`,
    truth: { title: "Notice of termination - Lift Maintenance Agreement", documentType: "Notice", parties: ["Loch Lomond Hotels Limited", "Trossachs Lift Engineers Ltd"], effectiveDate: "2025-02-03" },
  },
  {
    id: "t3-offer-letter-bc",
    format: "pdf",
    source: `
Fraser Delta Robotics Inc.
4400 Still Creek Drive, Burnaby, British Columbia V5C 6C6

February 3, 2025

Mr. Arjun Gill
1088 Richards Street, Unit 2104
Vancouver, British Columbia V6B 0J8

Dear Arjun:

Offer of Employment

We are pleased to confirm our offer of employment as Controls Engineer. Your first day of employment will be March 3, 2025. Your employment will continue until it is terminated in accordance with this letter.
This letter is governed by the laws of the Province of British Columbia.

Yours truly,
Fraser Delta Robotics Inc.
Kim Sato, Director of Engineering
`,
    truth: { title: "Offer of Employment", documentType: "Employment agreement", parties: ["Fraser Delta Robotics Inc.", "Arjun Gill"], governingLaw: "British Columbia", effectiveDate: "2025-03-03", term: "Until terminated" },
  },
  {
    id: "t3-engagement-letter-kenya",
    format: "docx",
    source: `
MWANGI & ODHIAMBO ADVOCATES
ACK Garden House, 1st Ngong Avenue, Nairobi

Our Ref: MO/CORP/0912

7 October 2024

The Chief Executive Officer
Rift Valley Agritech Limited
P.O. Box 4455-20100
Nakuru

Dear Sir,

RE: LETTER OF ENGAGEMENT - CAPITAL RAISING

We thank you for instructing us in connection with the proposed capital raising by Rift Valley Agritech Limited. This letter sets out the terms of our engagement.
Our fees will be charged in accordance with the Advocates (Remuneration) Order. This engagement is governed by the laws of Kenya.

Yours faithfully,
MWANGI & ODHIAMBO ADVOCATES
`,
    truth: { title: "LETTER OF ENGAGEMENT - CAPITAL RAISING", documentType: "Engagement letter", parties: ["Mwangi & Odhiambo Advocates", "Rift Valley Agritech Limited"], governingLaw: "Kenya", effectiveDate: "2024-10-07" },
  },
  {
    id: "t3-variation-deed-employment",
    format: "pdf",
    source: `
# DEED OF VARIATION
relating to the Service Agreement dated 1 May 2019
This deed is dated 28 October 2024 and is made between:
(1) Glenrothes Precision Castings Limited, a company incorporated in Scotland (SC223344) (the Company); and
(2) Douglas Ewan Paterson of 12 Balgonie Road, Markinch KY7 6AB (the Executive).
1. With effect from 1 November 2024 the Executive's salary is increased to £142,000 per annum.
2. The Service Agreement continues in full force and effect as varied by this deed.
3. This deed is governed by Scots law.
`,
    truth: { title: "DEED OF VARIATION", documentType: "Amendment", parties: ["Glenrothes Precision Castings Limited", "Douglas Ewan Paterson"], governingLaw: "Scotland", effectiveDate: "2024-11-01", amends: "Service Agreement" },
  },
  {
    id: "t3-renewal-extension-letter",
    format: "txt",
    source: `
KILIMANJARO COURIERS LIMITED
Mombasa Road, Nairobi

12 March 2025

Savannah Pharmacies Limited
Attention: Mr. Peter Kamau
Moi Avenue, Nairobi

Dear Mr. Kamau,

Extension of the Courier Services Agreement dated 1 April 2022

We refer to the Courier Services Agreement dated 1 April 2022 between our companies. We are pleased to confirm that its term is extended so that it now expires on 31 March 2026. All other terms are unchanged.
This letter is governed by the laws of Kenya.

Yours sincerely,
Kilimanjaro Couriers Limited
`,
    truth: { title: "Extension of the Courier Services Agreement dated 1 April 2022", documentType: "Amendment", parties: ["Kilimanjaro Couriers Limited", "Savannah Pharmacies Limited"], governingLaw: "Kenya", effectiveDate: "2025-03-12", expiryDate: "2026-03-31", amends: "Courier Services Agreement" },
  },
  {
    id: "t3-claim-letter-scotland",
    format: "docx",
    source: `
Morrison Baird LLP
Solicitors
22 Blythswood Square, Glasgow G2 4BG

Forth Valley Haulage Limited
Unit 9, Grangemouth Docks
Grangemouth FK3 8UB

Our ref: KB/FVH/01

21 January 2025

Dear Sirs

Unpaid invoices – Clyde Logistics Limited

We act for Clyde Logistics Limited. Our client's invoices totalling £62,300 remain unpaid. Unless payment is made within 14 days we are instructed to raise proceedings in the Sheriff Court without further notice.

Yours faithfully
Morrison Baird LLP
`,
    truth: { title: "Unpaid invoices – Clyde Logistics Limited", documentType: "Letter", parties: ["Morrison Baird LLP", "Forth Valley Haulage Limited"], effectiveDate: "2025-01-21" },
  },
  {
    id: "t3-loan-facility-letter-ireland",
    format: "pdf",
    source: `
LIFFEYSIDE BANK DAC
Business Centre, 2 Grand Canal Square, Dublin 2

Strictly Private & Confidential
The Board of Directors
Wexford Craft Distillery Limited
Ballycanew Road, Gorey, Co. Wexford

5 August 2024

Dear Directors

Facility Letter – €400,000 Term Loan

We are pleased to offer Wexford Craft Distillery Limited a term loan of €400,000 on the terms of this letter.
Repayment: the loan is repayable in full on 4 August 2029.
This letter is governed by the laws of Ireland.

Yours faithfully
For and on behalf of Liffeyside Bank DAC
`,
    truth: { title: "Facility Letter – €400,000 Term Loan", documentType: "Facility agreement", parties: ["Liffeyside Bank DAC", "Wexford Craft Distillery Limited"], governingLaw: "Ireland", effectiveDate: "2024-08-05", expiryDate: "2029-08-04" },
  },
];
