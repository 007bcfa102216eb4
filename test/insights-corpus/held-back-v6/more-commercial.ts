import type { UnseenDocument } from "../unseen/types";

/** More layouts: parties named only in the signature block, a term stated only as a date range, a Hong Kong tenancy, a South African share sale, an unincorporated joint venture. */
export const MORE_COMMERCIAL_V6: UnseenDocument[] = [
  {
    id: "v6-supply-victoria-signature-only",
    format: "txt",
    source: `# PRODUCT SUPPLY AGREEMENT
1. About this agreement
1.1 This agreement is between the supplier and the customer who sign it at the end (Supplier and Customer). It takes effect on 1 September 2025 (Start Date).
1.2 The Supplier mills and kiln-dries hardwood flooring and the Customer installs flooring for residential builders across Melbourne and regional Victoria.
2. Supply
2.1 The Supplier will supply, and the Customer will buy, the flooring products listed in the Price Schedule (Products) in the quantities ordered by the Customer from time to time.
2.2 The Customer must give the Supplier a non-binding forecast of its requirements every quarter. Orders must be placed at least 10 business days before the delivery date.
2.3 The Supplier will deliver to the Customer's warehouse at Dandenong South. Title and risk pass on delivery.
3. Price and payment
3.1 Prices are as set out in the Price Schedule and are fixed for the first 12 months. After that, the Supplier may change prices on 60 days' notice.
3.2 The Customer must pay each invoice within 30 days after the end of the month in which it is issued.
===
4. Term
4.1 This agreement starts on the Start Date and runs for 2 years. It then ends unless the parties agree in writing to extend it.
5. Defects
5.1 The Customer must notify the Supplier of any visible defect within 7 days after delivery. The Supplier will replace defective Products at its cost.
6. Ending this agreement early
6.1 Either party may end this agreement immediately by notice if the other party has a receiver or administrator appointed or does not fix a material breach within 21 days after being asked to.
7. Law
7.1 The laws of Victoria govern this agreement.
Signed for GIPPSLAND HARDWOOD MILLS PTY LTD ACN 004 118 272 (Supplier) by its director: Neil Faulkner
Signed for KNOX FLOORING SOLUTIONS PTY LTD ACN 622 907 150 (Customer) by its director: Bianca Russo`,
    truth: {
      title: "Product Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Gippsland Hardwood Mills Pty Ltd", "Knox Flooring Solutions Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2025-09-01",
      expiryDate: "2027-08-31",
      term: "2 years",
    },
  },
  {
    id: "v6-mutual-nda-difc-date-range",
    format: "docx",
    storedPageCount: 2,
    source: `# MUTUAL CONFIDENTIALITY AGREEMENT
This Agreement is dated 1 March 2026 and is made between:
(1) SAND DUNE WEALTH MANAGEMENT LIMITED, a company registered in the Dubai International Financial Centre with registered number 4471, of Gate Village 3, DIFC, Dubai ("SDWM"); and
(2) CREEKSIDE FAMILY OFFICE LIMITED, a company registered in the Dubai International Financial Centre with registered number 5102, of Index Tower, DIFC, Dubai ("Creekside").
1. Purpose. The parties intend to discuss a possible combination of their advisory businesses (the "Proposed Transaction") and will exchange information for that purpose only.
2. Confidential Information. Each party shall keep confidential all information received from the other concerning the Proposed Transaction, the other's clients and its business, and shall not use it except to evaluate the Proposed Transaction.
3. Client data. Neither party shall disclose any personal data of clients except in anonymised form and in compliance with the DIFC Data Protection Law No. 5 of 2020.
4. Permitted disclosure. A party may disclose information to its directors, employees and advisers who need to know it, and where required by the Dubai Financial Services Authority or by law.
===
5. Duration. This Agreement applies from 1 March 2026 to 28 February 2028. Obligations in respect of client data continue after that date for so long as the data is held.
6. Return of information. On written request, each party shall return or destroy the other's information within fifteen (15) days.
7. Governing law and jurisdiction. This Agreement is governed by the laws of the Dubai International Financial Centre and the DIFC Courts have exclusive jurisdiction.
Signed for Sand Dune Wealth Management Limited: Faisal Al Marri, Chief Executive
Signed for Creekside Family Office Limited: Eleanor Whitby, Managing Director`,
    truth: {
      title: "Mutual Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Sand Dune Wealth Management Limited", "Creekside Family Office Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-01",
      expiryDate: "2028-02-28",
      term: "24 months",
    },
  },
  {
    id: "v6-tenancy-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `# TENANCY AGREEMENT
THIS AGREEMENT is made the 5th day of December 2025
| Landlord | TSIM SHA TSUI PROPERTIES LIMITED, whose registered office is at 15/F, Ocean Centre, 5 Canton Road, Kowloon |
| Tenant | NATHAN ROAD DENTAL CLINIC LIMITED, whose registered office is at Room 1203, 12/F, 238 Nathan Road, Kowloon |
| Premises | Room 1203, 12th Floor, 238 Nathan Road, Kowloon |
| Term | Two (2) years commencing on 1 January 2026 and expiring on 31 December 2027 (both days inclusive) |
| Rent | HK$68,000 per calendar month, exclusive of rates, government rent and management fees |
| Rent-free Period | The first two (2) months of the Term |
| Deposit | HK$204,000, being three months' rent |
===
1. The Landlord lets and the Tenant takes the Premises for the Term at the Rent, payable monthly in advance on the first day of each calendar month.
2. The Tenant shall use the Premises as a dental clinic only and shall obtain all licences required by the Department of Health.
3. The Tenant shall not assign, underlet or part with possession of the Premises or any part of them.
4. The Deposit shall be refunded to the Tenant without interest within thirty (30) days after the expiry or sooner determination of this tenancy and delivery of vacant possession, less any sums lawfully deducted.
5. If the Rent or any part of it is unpaid for fifteen (15) days after becoming payable, the Landlord may re-enter the Premises and this tenancy shall absolutely determine.
6. The stamp duty on this Agreement and its counterpart shall be borne by the Landlord and the Tenant in equal shares.
7. This Agreement is governed by the laws of the Hong Kong Special Administrative Region.
CONFIRMED AND ACCEPTED by the Landlord: For and on behalf of TSIM SHA TSUI PROPERTIES LIMITED, Chan Ka Ming, Director
CONFIRMED AND ACCEPTED by the Tenant: For and on behalf of NATHAN ROAD DENTAL CLINIC LIMITED, Dr Ho Wai Lun, Director`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Tsim Sha Tsui Properties Limited", "Nathan Road Dental Clinic Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-01-01",
      expiryDate: "2027-12-31",
      term: "2 years",
    },
  },
  {
    id: "v6-sale-of-shares-south-africa",
    format: "pdf",
    source: `# SALE OF SHARES AGREEMENT
between
VAN DER MERWE FAMILY HOLDINGS (PTY) LTD (Registration Number 2008/017733/07)
("the Seller")
and
CAPE WINELANDS HOSPITALITY GROUP (PTY) LTD (Registration Number 2011/004519/07)
("the Purchaser")
in respect of all the issued shares in STELLENBOSCH GUESTHOUSE COLLECTION (PTY) LTD
===
1. INTERPRETATION
1.1 "Signature Date" means the date of signature of this Agreement by the party last signing it.
1.2 "Effective Date" means 1 March 2026, or such other date as the parties agree in writing.
1.3 "Sale Shares" means 100 ordinary shares, being all the issued shares in the Company.
2. SALE
2.1 The Seller sells the Sale Shares to the Purchaser, who purchases them, with effect from the Effective Date.
3. PURCHASE PRICE
3.1 The purchase price is R38 500 000 (thirty-eight million five hundred thousand rand), payable against delivery of the share certificates and signed share transfer forms on the Effective Date.
4. SUSPENSIVE CONDITIONS
4.1 This Agreement is subject to the fulfilment of the condition that the Competition Commission approves the transaction, by no later than 120 (one hundred and twenty) days after the Signature Date.
5. WARRANTIES
5.1 The Seller gives the warranties in Annexure B, which shall survive for 18 (eighteen) months after the Effective Date.
===
6. RESTRAINT
6.1 The Seller shall not, for 3 (three) years after the Effective Date, own or manage any guesthouse within 30 kilometres of Stellenbosch.
7. GOVERNING LAW
7.1 This Agreement shall be governed by the laws of the Republic of South Africa.
SIGNED at Stellenbosch on 9 February 2026 for VAN DER MERWE FAMILY HOLDINGS (PTY) LTD by Pieter van der Merwe, Director
SIGNED at Cape Town on 11 February 2026 for CAPE WINELANDS HOSPITALITY GROUP (PTY) LTD by Sipho Dlamini, Director`,
    truth: {
      title: "Sale of Shares Agreement",
      documentType: "Share purchase agreement",
      parties: ["Van der Merwe Family Holdings (Pty) Ltd", "Cape Winelands Hospitality Group (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-03-01",
    },
  },
  {
    id: "v6-maintenance-services-manitoba",
    format: "docx",
    storedPageCount: 2,
    source: `# EQUIPMENT MAINTENANCE SERVICES AGREEMENT
THIS AGREEMENT is made as of the 2nd day of June, 2025
BETWEEN: RED RIVER GRAIN TERMINALS LTD. (the "Owner")
AND: ASSINIBOINE MECHANICAL SERVICES INC. (the "Contractor")
1. Services. The Contractor shall inspect, maintain and repair the grain elevators, conveyors and dust collection systems at the Owner's terminals in Winnipeg and Brandon in accordance with the maintenance schedule in Schedule A, and shall respond to breakdown calls within four (4) hours, twenty-four hours a day.
2. Fees. The Owner shall pay a monthly fee of $18,900 plus GST and PST, and time-and-materials rates for breakdown work outside the scheduled maintenance, payable within thirty (30) days of invoice.
3. Term. This Agreement commences on July 1, 2025 (the "Commencement Date") and continues for an initial term of one (1) year. It shall automatically renew for successive terms of twelve (12) months each, unless either party notifies the other in writing at least sixty (60) days before the end of the then-current term that it does not wish to renew.
===
4. Safety. The Contractor shall comply with The Workplace Safety and Health Act (Manitoba) and the Owner's site safety rules, including confined space entry permits.
5. Insurance. The Contractor shall carry commercial general liability insurance of at least $5,000,000 per occurrence, naming the Owner as an additional insured.
6. Governing Law. This Agreement shall be governed by the laws of the Province of Manitoba and the laws of Canada applicable therein.
RED RIVER GRAIN TERMINALS LTD. Per: Curtis Wiebe, General Manager
ASSINIBOINE MECHANICAL SERVICES INC. Per: Monique Lafrenière, President`,
    truth: {
      title: "Equipment Maintenance Services Agreement",
      documentType: "Services agreement",
      parties: ["Red River Grain Terminals Ltd.", "Assiniboine Mechanical Services Inc."],
      governingLaw: "Manitoba",
      effectiveDate: "2025-07-01",
      expiryDate: "2026-06-30",
      term: "1 year",
      renewal: "12 months",
    },
  },
  {
    id: "v6-unincorporated-jv-south-australia",
    format: "txt",
    source: `# UNINCORPORATED JOINT VENTURE AGREEMENT
Barossa Valley Shiraz Project
This agreement is dated 19 August 2025.
BETWEEN
Tanunda Ridge Vineyards Pty Ltd ACN 058 331 640 of 12 Murray Street, Tanunda SA 5352 (Tanunda); and
Adelaide Hills Wine Ventures Pty Ltd ACN 149 806 227 of 88 Mount Barker Road, Hahndorf SA 5245 (AHWV).
RECITALS
A. Tanunda owns a 40 hectare vineyard at Lyndoch. AHWV operates a winery and cellar door at Hahndorf.
B. The parties wish to produce and market a single-vineyard shiraz together as an unincorporated joint venture, without forming a partnership.
1. Joint venture. The parties establish the joint venture for the purpose of growing, vinifying and marketing the Lyndoch shiraz (the Project). Participating interests are Tanunda 50% and AHWV 50%.
2. Management committee. A management committee of two representatives from each party will make all decisions about the Project. Each party has one vote, and decisions require unanimity.
3. Contributions. Tanunda will contribute the fruit from the vineyard. AHWV will contribute winemaking, storage and bottling. Marketing costs are shared equally.
===
4. Output. Each party takes its share of the bottled wine in kind and sells it separately. Neither party may bind the other.
5. Duration. This agreement commences on the date it is signed and continues until terminated by either party giving not less than six (6) months' notice in writing, expiring on 30 June in any year.
6. No partnership. Nothing in this agreement constitutes a partnership between the parties.
7. Governing law. This agreement is governed by the laws of South Australia.
Executed by Tanunda Ridge Vineyards Pty Ltd in accordance with section 127 of the Corporations Act 2001: Director: Ulrich Schultz; Director: Karin Schultz
Executed by Adelaide Hills Wine Ventures Pty Ltd in accordance with section 127 of the Corporations Act 2001: Director: Sam Whitely; Secretary: Priya Nair`,
    truth: {
      title: "Unincorporated Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Tanunda Ridge Vineyards Pty Ltd", "Adelaide Hills Wine Ventures Pty Ltd"],
      governingLaw: "South Australia",
      effectiveDate: "2025-08-19",
      term: "Until terminated",
    },
  },
];
