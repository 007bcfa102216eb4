import type { UnseenDocument } from "../unseen/types";

/** Leases and a lease variation: English prescribed clauses, Scottish, Queensland item schedule, New York basic lease information. */
export const PROPERTY_V5: UnseenDocument[] = [
  {
    id: "v5-lease-england-prescribed-clauses",
    format: "docx",
    storedPageCount: 6,
    source: `# LEASE
# PRESCRIBED CLAUSES
| LR1. Date of lease | 24 June 2024 |
| LR2.1 Landlord's title number(s) | WYK812345 |
| LR2.2 Other title numbers | None |
| LR3. Parties to this lease | Landlord: CASTLEGATE ESTATES LIMITED (company registration number 04567890) whose registered office is at 1 Park Row, Leeds LS1 5AB |
| | Tenant: PIPER & VANE LLP (registration number OC345678) whose registered office is at 6 Wellington Place, Leeds LS1 4AP |
| LR4. Property | In the case of a conflict between this clause and the remainder of this lease then, for the purposes of registration, this clause shall prevail. See the definition of "Property" in clause 1.1 of this lease. |
| LR5. Prescribed statements etc. | None |
| LR6. Term for which the Property is leased | From and including 25 June 2024 to and including 24 June 2034 |
| LR7. Premium | None |
| LR8. Prohibitions or restrictions on disposing of this lease | This lease contains a provision that prohibits or restricts dispositions. |
| LR9. Rights of acquisition etc. | None |
| LR10. Restrictive covenants given in this lease by the Landlord in respect of land other than the Property | None |
| LR11. Easements | Part 1 of Schedule 1 |
| LR12. Estate rentcharge burdening the Property | None |
| LR13. Application for standard form of restriction | None |
| LR14. Declaration of trust where there is more than one person comprising the Tenant | Not applicable |
===
# THIS LEASE is dated 24 June 2024
1. Interpretation
1.1 The definitions in this clause apply in this lease.
Contractual Term: a term of 10 years beginning on, and including, 25 June 2024 and ending on, and including, 24 June 2034.
Break Date: 24 June 2029.
Rent Commencement Date: 25 December 2024.
Review Date: 25 June 2029.
Property: the fourth floor of the building known as Aire House, 31 Wellington Street, Leeds LS1 4DL.
2. Grant
2.1 The Landlord lets with full title guarantee the Property to the Tenant for the Contractual Term.
2.2 The grant is made together with the Rights listed in Schedule 1, excepting and reserving to the Landlord the rights listed in Schedule 2.
2.3 The Tenant shall pay the initial annual rent of £212,500 by equal quarterly instalments in advance on the usual quarter days.
===
3. Break clause
3.1 The Tenant may terminate this lease on the Break Date by giving the Landlord not less than six months' written notice.
4. Rent review
4.1 The annual rent shall be reviewed on the Review Date to the higher of the rent payable immediately before the Review Date and the open market rent.
5. Exclusion of security of tenure
5.1 The parties confirm that the Landlord served a notice dated 3 June 2024 on the Tenant in accordance with section 38A(3)(a) of the Landlord and Tenant Act 1954.
6. Governing law
6.1 This lease and any dispute or claim arising out of it shall be governed by the law of England and Wales.
This lease has been entered into on the date stated at the beginning of it.
Executed as a deed by CASTLEGATE ESTATES LIMITED acting by two directors
Executed as a deed by PIPER & VANE LLP acting by two members`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Castlegate Estates Limited", "Piper & Vane LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-06-25",
      expiryDate: "2034-06-24",
      term: "10 years",
    },
  },
  {
    id: "v5-deed-of-variation-lease",
    format: "txt",
    source: `DATED 9 January 2025
# DEED OF VARIATION
relating to Unit 4, Riverside Business Park, Mill Lane, Bristol BS3 4EJ
THIS DEED is made on 9 January 2025
BETWEEN
(1) HALDEN PROPERTY INVESTMENTS LIMITED (company number 05551234) whose registered office is at 20 Queen Square, Bristol BS1 4ND (the "Landlord"); and
(2) ORCHARD LANE DENTAL CARE LIMITED (company number 08881122) whose registered office is at Unit 4, Riverside Business Park, Mill Lane, Bristol BS3 4EJ (the "Tenant").
BACKGROUND
(A) This deed is supplemental to the Lease, by which the Property was let for a term of 15 years from and including 17 March 2016.
(B) The Landlord is entitled to the reversion immediately expectant on the term granted by the Lease and the Tenant is entitled to the residue of that term.
(C) The parties have agreed to vary the Lease on the terms of this deed.
AGREED TERMS
1. Definitions
"Lease" means the lease of the Property dated 17 March 2016 and made between the Landlord (1) and the Tenant (2), and the documents supplemental to it listed in the Schedule.
"Variation Date" means the date of this deed.
2. Variations
2.1 With effect from the Variation Date, the Lease is varied as follows:
(a) in clause 1.1, the definition of "Permitted Use" is deleted and replaced with: "use as a dental surgery and for the provision of facial aesthetic treatments, within Class E(e) of the Town and Country Planning (Use Classes) Order 1987";
(b) the annual rent is £38,750 from the Variation Date; and
(c) clause 7.4 (alterations) is amended so that the Tenant may install and remove internal demountable partitioning without consent.
3. Continuation of the Lease
3.1 Save as varied by this deed, the Lease continues in full force and effect.
4. Costs
4.1 The Tenant shall pay the Landlord's reasonable legal costs of this deed within 10 working days of demand.
5. Registration
5.1 The Tenant shall apply to HM Land Registry to note this deed against title number BL123987 within one month of the Variation Date.
6. Governing law
6.1 This deed is governed by English law.
SCHEDULE
Licence for alterations dated 2 May 2018.
Executed as a deed by HALDEN PROPERTY INVESTMENTS LIMITED acting by a director in the presence of a witness
Executed as a deed by ORCHARD LANE DENTAL CARE LIMITED acting by a director in the presence of a witness`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Halden Property Investments Limited", "Orchard Lane Dental Care Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-01-09",
      amends: "Lease",
    },
  },
  {
    id: "v5-lease-scotland-landlords",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
between
THE CLYDESIDE PENSION TRUSTEES LIMITED, incorporated under the Companies Acts (Registered Number SC223344) and having its Registered Office at 141 Bothwell Street, Glasgow G2 7EQ, as trustee for the Clydeside Engineering Pension Scheme ("the Landlords")
and
MACKINNON & REID LIMITED, incorporated under the Companies Acts (Registered Number SC556677) and having its Registered Office at Unit 12, Hillington Park, Glasgow G52 4XX ("the Tenants")
The Landlords HEREBY LET to the Tenants ALL and WHOLE the subjects known as Unit 12, Hillington Park, Glasgow, as more particularly described in Part 1 of the Schedule ("the Premises"), and that for the period of five years from and including 28 November 2024 ("the Date of Entry") until and including 27 November 2029 ("the Expiry Date"), notwithstanding the dates of execution of this Lease.
===
# 1. RENT
1.1 The Tenants shall pay to the Landlords a yearly rent of ONE HUNDRED AND FOUR THOUSAND POUNDS (£104,000) Sterling, exclusive of VAT, by equal quarterly payments in advance on 28 February, 28 May, 28 August and 28 November in each year.
1.2 The rent shall be reviewed on 28 November 2027 in accordance with Part 3 of the Schedule.
# 2. USE
2.1 The Premises shall be used only as a light industrial unit with ancillary offices.
# 3. REPAIR
3.1 The Tenants shall keep the Premises in good and substantial repair, the Landlords having no obligation to repair or renew.
# 4. IRRITANCY
4.1 If the rent remains unpaid for 21 days after its due date, the Landlords may, subject to the Law Reform (Miscellaneous Provisions) (Scotland) Act 1985, bring this Lease to an end by written notice.
# 5. TACIT RELOCATION
5.1 The Tenants may bring this Lease to an end at the Expiry Date by giving not less than six months' written notice, failing which this Lease will continue by tacit relocation.
# 6. LAW
6.1 This Lease is governed by the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the 2 preceding pages together with the Schedule annexed are executed as follows:
They are subscribed for and on behalf of THE CLYDESIDE PENSION TRUSTEES LIMITED at Glasgow on 21 November 2024 by Fiona Kerr, Director
They are subscribed for and on behalf of MACKINNON & REID LIMITED at Paisley on 25 November 2024 by Duncan Reid, Director, before this witness: Lorna Reid, 4 Gleniffer Road, Paisley`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["The Clydeside Pension Trustees Limited", "Mackinnon & Reid Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2024-11-28",
      expiryDate: "2029-11-27",
      term: "5 years",
    },
  },
  {
    id: "v5-retail-lease-queensland-items",
    format: "docx",
    storedPageCount: 4,
    source: `# RETAIL SHOP LEASE
# Reference Schedule
| Item 1 | Lessor | Brisbane Arcade Holdings Pty Ltd ACN 010 224 556 of 160 Queen Street, Brisbane QLD 4000 |
| Item 2 | Lessee | Sunny Bean Cafe Pty Ltd ACN 640 118 902 of Shop 3, 160 Queen Street, Brisbane QLD 4000 |
| Item 3 | Guarantor | NGUYEN VAN AN of 22 Jacaranda Avenue, Sunnybank QLD 4109 |
| Item 4 | Premises | Shop 3, ground floor, Brisbane Arcade, 160 Queen Street, Brisbane, having a lettable area of 64 square metres |
| Item 5 | Term | 5 years |
| Item 6 | Commencement Date | 1 September 2024 |
| Item 7 | Terminating Date | 31 August 2029 |
| Item 8 | Option | One further term of 5 years |
| Item 9 | Annual Rent | $118,400 plus GST |
| Item 10 | Review | Fixed increase of 4% on each anniversary of the Commencement Date; market review at the start of the further term |
| Item 11 | Permitted Use | Cafe and takeaway coffee |
| Item 12 | Security Deposit | Bank guarantee equal to 3 months' Annual Rent plus GST |
===
# Standard Terms
1. Grant of lease
1.1 The Lessor leases the Premises to the Lessee for the Term starting on the Commencement Date.
2. Rent
2.1 The Lessee must pay the Annual Rent by equal monthly instalments in advance on the first day of each month.
3. Option to renew
3.1 If the Lessee has complied with this Lease and gives the Lessor notice not earlier than 6 months and not later than 3 months before the Terminating Date, the Lessor must grant a further lease for the term in Item 8.
4. Retail Shop Leases Act
4.1 The Lessor has given the Lessee a disclosure statement at least 7 days before the Lessee entered into this Lease, as required by the Retail Shop Leases Act 1994 (Qld).
5. Guarantee
5.1 In consideration of the Lessor entering into this Lease at the Guarantor's request, the Guarantor guarantees to the Lessor the performance by the Lessee of its obligations under this Lease.
6. Governing law
6.1 This Lease is governed by the laws of Queensland.
===
Executed as a deed on 20 August 2024.
Lessor: Brisbane Arcade Holdings Pty Ltd by its directors
Lessee: Sunny Bean Cafe Pty Ltd by its sole director
Guarantor: signed, sealed and delivered by NGUYEN VAN AN in the presence of a witness`,
    truth: {
      title: "Retail Shop Lease",
      documentType: "Lease",
      parties: ["Brisbane Arcade Holdings Pty Ltd", "Sunny Bean Cafe Pty Ltd", "Nguyen Van An"],
      governingLaw: "Queensland",
      effectiveDate: "2024-09-01",
      expiryDate: "2029-08-31",
      term: "5 years",
    },
  },
  {
    id: "v5-office-lease-new-york",
    format: "txt",
    source: `# OFFICE LEASE
THIS LEASE (this "Lease") is made as of the 1st day of May, 2024, between MADISON CORNER OWNER LLC, a Delaware limited liability company ("Landlord"), and BRACKLEY & OSEI PLLC, a New York professional limited liability company ("Tenant").
# BASIC LEASE INFORMATION
| Building | 1410 Madison Avenue, New York, New York 10029 |
| Premises | The entire 9th floor of the Building, containing approximately 11,250 rentable square feet |
| Term | Ten (10) years |
| Commencement Date | June 1, 2024 |
| Expiration Date | May 31, 2034 |
| Fixed Rent | $798,750 per annum for Lease Years 1 through 5; $866,250 per annum for Lease Years 6 through 10 |
| Security Deposit | $199,687.50, in the form of a letter of credit |
| Permitted Use | Executive and general offices for the practice of law |
| Free Rent Period | The first four (4) months following the Commencement Date |
ARTICLE 1 - DEMISE
1.01 Landlord hereby leases to Tenant, and Tenant hereby hires from Landlord, the Premises for the Term, to commence on the Commencement Date and to end on the Expiration Date, unless sooner terminated as provided herein.
ARTICLE 2 - RENT
2.01 Tenant shall pay Fixed Rent in equal monthly installments in advance on the first day of each calendar month, without notice, demand or set-off.
2.02 Tenant shall pay, as additional rent, Tenant's Share (3.75%) of increases in Taxes over the Base Tax Year.
ARTICLE 3 - RENEWAL OPTION
3.01 Tenant shall have one (1) option to extend the Term for five (5) years at 95% of fair market rent, exercisable by notice given not less than fifteen (15) months before the Expiration Date.
ARTICLE 4 - ASSIGNMENT AND SUBLETTING
4.01 Tenant shall not assign this Lease or sublet the Premises without Landlord's prior written consent, not to be unreasonably withheld.
ARTICLE 5 - GOVERNING LAW
5.01 This Lease shall be governed by the laws of the State of New York.
IN WITNESS WHEREOF, Landlord and Tenant have executed this Lease as of the day and year first above written.
MADISON CORNER OWNER LLC
By: Madison Corner Manager LLC, its managing member
By: Steven Kaplan, Authorized Signatory
BRACKLEY & OSEI PLLC
By: Adwoa Osei, Managing Member`,
    truth: {
      title: "Office Lease",
      documentType: "Lease",
      parties: ["Madison Corner Owner LLC", "Brackley & Osei PLLC"],
      governingLaw: "New York",
      effectiveDate: "2024-06-01",
      expiryDate: "2034-05-31",
      term: "10 years",
    },
  },
  {
    id: "v5-minute-of-variation-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION OF LEASE
between
THE CLYDESIDE PENSION TRUSTEES LIMITED, incorporated under the Companies Acts (Registered Number SC223344) and having its Registered Office at 141 Bothwell Street, Glasgow G2 7EQ ("the Landlords")
and
MACKINNON & REID LIMITED, incorporated under the Companies Acts (Registered Number SC556677) and having its Registered Office at Unit 12, Hillington Park, Glasgow G52 4XX ("the Tenants")
CONSIDERING THAT:
(One) by Lease between the Landlords and the Tenants dated 21 and 25 November 2024 (the "Lease") the Landlords let to the Tenants the subjects known as Unit 12, Hillington Park, Glasgow for the period of five years from and including 28 November 2024;
(Two) the Tenants wish to use part of the subjects as a trade counter, and the Landlords have agreed to vary the Lease to permit that use, on the terms of this Minute of Variation;
NOW THEREFORE the Landlords and the Tenants HAVE AGREED and DO HEREBY AGREE as follows:
1. This Minute of Variation takes effect on 1 May 2025 (the "Variation Date").
2. With effect from the Variation Date, Clause 2.1 of the Lease is deleted and the following substituted: "2.1 The Premises shall be used only as a light industrial unit with ancillary offices and, on not more than 15 per cent of the gross internal area, a trade counter."
3. The Tenants shall pay to the Landlords, in addition to the rent, a variation premium of TWO THOUSAND FIVE HUNDRED POUNDS (£2,500) Sterling on the Variation Date.
4. The Tenants shall obtain at their own expense all planning and building warrant consents required for the trade counter before it opens to the public.
5. Save as varied by this Minute of Variation, the Lease remains in full force and effect and the Landlords and the Tenants confirm its terms.
6. The Tenants shall pay the Landlords' legal expenses in connection with this Minute of Variation and its registration, together with registration dues and VAT.
7. This Minute of Variation is governed by the law of Scotland.
8. The parties consent to the registration of this Minute of Variation for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this page are executed as follows:
They are subscribed for and on behalf of THE CLYDESIDE PENSION TRUSTEES LIMITED at Glasgow on 3 April 2025 by Fiona Kerr, Director
They are subscribed for and on behalf of MACKINNON & REID LIMITED at Paisley on 7 April 2025 by Duncan Reid, Director, before this witness:
Witness: Lorna Reid
Address: 4 Gleniffer Road, Paisley PA2 8TT`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["The Clydeside Pension Trustees Limited", "Mackinnon & Reid Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-05-01",
      amends: "Lease",
    },
  },
];
