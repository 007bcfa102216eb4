import type { UnseenDocument } from "./types";

/** Leases, tenancies and licences to occupy in English, Scots and US styles. */
export const PROPERTY: UnseenDocument[] = [
  {
    id: "commercial-lease-prescribed",
    format: "pdf",
    source: `
# LEASE
# Unit 4, Riverside Trade Park, Reading
LR1. Date of lease: 25 March 2024
LR2. Title number(s): BK405566
LR3. Parties to this lease
Landlord: RIVERSIDE TRADE PARK (READING) LIMITED incorporated and registered in England and Wales with company number 09554321
Tenant: PARCELWISE COURIERS LIMITED incorporated and registered in England and Wales with company number 11223309
LR4. Property: Unit 4, Riverside Trade Park, Cardiff Road, Reading RG1 8EX
LR5. Term: a term of ten years from and including 25 March 2024
LR6. Rent: £68,500 a year, subject to review on the fifth anniversary
===
1. The Landlord lets the Property to the Tenant for the Term at the Rent.
2. The Tenant shall keep the Property in good and substantial repair and condition.
3. This lease and any dispute or claim arising out of it shall be governed by the law of England and Wales.
Executed as a deed by Riverside Trade Park (Reading) Limited
Executed as a deed by Parcelwise Couriers Limited
`,
    truth: { title: "LEASE", documentType: "Lease", parties: ["Riverside Trade Park (Reading) Limited", "Parcelwise Couriers Limited"], governingLaw: "England and Wales", effectiveDate: "2024-03-25", term: "10 years", expiryDate: "2034-03-24" },
  },
  {
    id: "hereby-let-scots",
    format: "txt",
    source: `
LEASE

by

DUNMORE PROPERTY INVESTMENTS LIMITED, incorporated under the Companies Acts (SC332100), having its registered office at 12 Albyn Place, Aberdeen AB10 1YH ("the Landlords")

to

GRANITE CITY COFFEE COMPANY LIMITED, incorporated under the Companies Acts (SC611872), having its registered office at 5 Union Row, Aberdeen AB10 1SA ("the Tenants")

of the shop premises at 220 Union Street, Aberdeen

The Landlords HEREBY LET to the Tenants ALL and WHOLE the Premises for the period from 28 May 2024 (the "Date of Entry") until 27 May 2034, at the rent of TWENTY-FOUR THOUSAND POUNDS (£24,000) Sterling per annum.

The Tenants shall use the Premises only as a coffee shop.

This Lease shall be construed and take effect according to the Law of Scotland.
`,
    truth: { title: "LEASE", documentType: "Lease", parties: ["Dunmore Property Investments Limited", "Granite City Coffee Company Limited"], governingLaw: "Scotland", effectiveDate: "2024-05-28", expiryDate: "2034-05-27", term: "120 months" },
  },
  {
    id: "residential-lease-fl",
    format: "docx",
    source: `
# RESIDENTIAL LEASE AGREEMENT
| Landlord | Coral Gables Rentals LLC |
| Tenant | Jonathan P. Reyes and Alicia M. Reyes |
| Premises | 1450 Ponce de Leon Blvd, Apt 6B, Coral Gables, FL 33134 |
| Lease Term | From February 1, 2025 to January 31, 2026 |
| Monthly Rent | $3,200 |
| Security Deposit | $6,400 |
1. Landlord leases the Premises to Tenant for the Lease Term stated above.
2. Rent is due on the first day of each month. A late fee of $100 applies after the fifth day.
3. Tenant shall not sublet without Landlord's written consent.
4. This Lease shall be governed by the laws of the State of Florida.
`,
    truth: { title: "RESIDENTIAL LEASE AGREEMENT", documentType: "Lease", parties: ["Coral Gables Rentals LLC", "Jonathan P. Reyes", "Alicia M. Reyes"], governingLaw: "Florida", effectiveDate: "2025-02-01", expiryDate: "2026-01-31", term: "12 months" },
  },
  {
    id: "licence-to-occupy",
    format: "pdf",
    source: `
# LICENCE TO OCCUPY
(desk space)
Date: 10 June 2024
Licensor: Foundry Works Coworking Limited, The Foundry, 2 Kelham Island, Sheffield S3 8RY
Licensee: Oyelaran Design Studio Ltd
1. The Licensor permits the Licensee to occupy four desks in the Licensed Area in common with others. This licence creates no relationship of landlord and tenant and confers no exclusive possession.
2. The licence begins on 17 June 2024 and continues from month to month until terminated by either party on one month's notice.
3. Licence fee: £1,100 per month plus VAT.
4. English law governs this licence.
`,
    truth: { title: "LICENCE TO OCCUPY", documentType: "Licence agreement", parties: ["Foundry Works Coworking Limited", "Oyelaran Design Studio Ltd"], governingLaw: "England and Wales", effectiveDate: "2024-06-17", term: "Until terminated" },
  },
  {
    id: "deed-of-variation-lease",
    format: "docx",
    storedPageCount: 3,
    source: `
# DEED OF VARIATION
relating to a lease of Second Floor, 18 Cathedral Walk, Norwich
THIS DEED is dated 14 August 2024
PARTIES
(1) ST ANDREWS HALL ESTATES LIMITED (company number 03366120) (the "Landlord")
(2) WENSUM ACCOUNTANCY SERVICES LIMITED (company number 07765432) (the "Tenant")
BACKGROUND
(A) This deed is supplemental to a lease dated 29 September 2019 between the Landlord and the Tenant for a term of fifteen years from 29 September 2019 (the "Lease").
(B) The parties have agreed to vary the Lease to permit use of the Property as a training centre.
1. VARIATION. With effect from 1 September 2024 clause 4.2 of the Lease is varied by adding the words "or as a training centre" after "offices".
2. The Lease shall remain in full force and effect as varied by this deed.
3. This deed and any dispute or claim arising out of it is governed by the law of England and Wales.
`,
    truth: { title: "DEED OF VARIATION", documentType: "Amendment", parties: ["St Andrews Hall Estates Limited", "Wensum Accountancy Services Limited"], governingLaw: "England and Wales", effectiveDate: "2024-09-01", amends: "Lease" },
  },
  {
    id: "ground-lease-ny",
    format: "txt",
    source: `
GROUND LEASE

THIS GROUND LEASE (this "Lease") is entered into as of September 30, 2023, by HUDSON VALLEY LAND TRUST, a New York not-for-profit corporation ("Lessor"), and KINGSTON SOLAR ONE LLC, a Delaware limited liability company ("Lessee").

1. Demise. Lessor leases to Lessee approximately 42 acres of land in Ulster County, New York, for construction and operation of a solar generating facility.

2. Term. The term of this Lease shall commence on the date hereof and expire at 11:59 p.m. on September 29, 2048, unless sooner terminated as provided herein. Lessee may extend the term for two successive periods of five (5) years each by written notice.

3. Rent. Annual rent of $1,200 per acre, escalating two percent annually.

4. Governing Law. This Lease shall be governed by the laws of the State of New York.
`,
    truth: { title: "GROUND LEASE", documentType: "Lease", parties: ["Hudson Valley Land Trust", "Kingston Solar One LLC"], governingLaw: "New York", effectiveDate: "2023-09-30", expiryDate: "2048-09-29" },
  },
  {
    id: "assured-shorthold",
    format: "pdf",
    source: `
# ASSURED SHORTHOLD TENANCY AGREEMENT
This agreement is made on 3 January 2025 under Part I of the Housing Act 1988.
Landlord: Mrs Harriet Olufunmilayo Adeyemi of 9 Larkspur Close, Milton Keynes MK7 6HW
Tenant: Mr Daniel Kowalczyk
Property: 42 Portway Mews, Milton Keynes MK9 1AB
Term: 12 months beginning on 10 January 2025
Rent: £1,250 per calendar month, payable in advance on the 10th of each month
Deposit: £1,442, protected with the Deposit Protection Service
1. The Landlord lets the Property to the Tenant for the Term at the Rent.
2. The Tenant must keep the Property clean and in good condition and must not keep pets without consent.
`,
    truth: { title: "ASSURED SHORTHOLD TENANCY AGREEMENT", documentType: "Lease", parties: ["Harriet Olufunmilayo Adeyemi", "Daniel Kowalczyk"], effectiveDate: "2025-01-10", term: "12 months", expiryDate: "2026-01-09" },
  },
  {
    id: "rent-deposit-deed",
    format: "docx",
    source: `
# RENT DEPOSIT DEED
DATE: 2 October 2024
PARTIES:
1. CASTLEGATE INVESTMENTS LIMITED, a company registered in England and Wales under number 05533102 (Landlord)
2. PETALS AND STEMS LTD, a company registered in England and Wales under number 12988001 (Tenant)
AGREED TERMS:
1. The Tenant has paid the Landlord £9,000 as a deposit to be held as security for the performance of the Tenant's covenants in the lease of Shop 2, Castlegate, York.
2. The Landlord shall hold the deposit in a designated account and pay interest earned to the Tenant annually.
3. The Landlord shall repay the balance of the deposit within 28 days after the end of the lease.
4. This deed is governed by the law of England and Wales.
`,
    truth: { title: "RENT DEPOSIT DEED", documentType: "Deed", parties: ["Castlegate Investments Limited", "Petals and Stems Ltd"], governingLaw: "England and Wales", effectiveDate: "2024-10-02" },
  },
];
