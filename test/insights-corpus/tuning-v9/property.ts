import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: property documents (leases, licences, variations, lease guarantees, surrenders, rent review), drafted independently of the extractor. */
export const PROPERTY_V9: UnseenDocument[] = [
  {
    id: "v9-property-england-lease-prescribed-clauses",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
| LR1. Date of lease | 18 March 2026 |
| LR2.1 Landlord's title number(s) | WM812345 |
| LR3. Parties to this lease | Landlord: MERCIA INDUSTRIAL ESTATES LIMITED (company number 04567123) whose registered office is at 3 Colmore Row, Birmingham B3 2BJ |
|  | Tenant: FORGE & FLUX ENGINEERING LTD (company number 11223344) whose registered office is at Unit 4, Tyseley Park, Birmingham B11 2AA |
| LR4. Property | Unit 4, Tyseley Park, Birmingham, as more particularly described in clause 1.1 |
| LR6. Term for which the Property is leased | The term as specified in this lease at clause 1.1 in the definition of "Contractual Term" |
| LR13. Application for standard form of restriction | None |
===
# 1. Definitions and interpretation
1.1 In this lease the following definitions apply:
"Annual Rent": £86,500 per annum, subject to review on the Review Date.
"Contractual Term": a term of ten years from and including the Term Commencement Date.
"Term Commencement Date": 25 March 2026.
"Review Date": the fifth anniversary of the Term Commencement Date.
"Break Date": 25 March 2031.
# 2. Grant
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, the Tenant paying the Annual Rent by equal quarterly instalments in advance on the usual quarter days.
# 3. Tenant's break option
3.1 The Tenant may terminate this lease on the Break Date by giving the Landlord not less than six months' written notice, provided the Tenant has paid the Annual Rent due up to the Break Date.
# 4. Exclusion of security of tenure
4.1 The Landlord served a notice on the Tenant on 2 March 2026 under section 38A(3)(a) of the Landlord and Tenant Act 1954, and the Tenant made a statutory declaration in response on 6 March 2026.
4.2 The provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease.
# 5. Governing law and jurisdiction
5.1 This lease and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
5.2 The courts of England and Wales shall have exclusive jurisdiction.
===
Executed as a deed by MERCIA INDUSTRIAL ESTATES LIMITED acting by a director, in the presence of a witness:
Director: Harjit Sandhu    Witness: Claire Lomax, 40 Newhall Street, Birmingham
Executed as a deed by FORGE & FLUX ENGINEERING LTD acting by a director, in the presence of a witness:
Director: Owen Pritchard    Witness: Megan Hale, 7 Shirley Road, Solihull`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Mercia Industrial Estates Limited", "Forge & Flux Engineering Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v9-property-scotland-licence-to-occupy",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
Shop Unit 7, Merchant City Arcade, Glasgow
between
CLYDESIDE ESTATES LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO301234) and having its registered office at 90 St Vincent Street, Glasgow G2 5UB (the “Licensor”)
and
BRAW COFFEE LIMITED, incorporated under the Companies Acts (registered number SC654321) and having its registered office at 14 Ingram Street, Glasgow G1 1HA (the “Licensee”)
# 1. Definitions
“Start Date” means 1 June 2026.
“Licence Period” means the period from and including the Start Date to and including 30 November 2026.
“Licence Fee” means £1,750 per month plus VAT, payable monthly in advance within 14 days of invoice.
“Unit” means shop unit 7 on the ground floor of Merchant City Arcade, Glasgow.
# 2. Licence
2.1 The Licensor permits the Licensee to occupy the Unit during the Licence Period for the sale of coffee and light refreshments, in common with the Licensor and all others authorised by it.
2.2 The Licensee acknowledges that this Licence is personal to it, confers no exclusive possession and creates no lease of the Unit.
2.3 Either party may bring this Licence to an end before the expiry of the Licence Period by giving the other not less than four weeks’ written notice.
2.4 Nothing in this Licence obliges the Licensor to grant any further licence, although the Licensor may at its sole discretion offer the Licensee a further licence of up to three months.
# 3. Deposit
3.1 The Licensee shall pay a deposit of £3,500 on signing, to be repaid (less any sums due) within 28 days after the end of the Licence Period.
# 4. Law and jurisdiction
4.1 This Licence shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of CLYDESIDE ESTATES LLP at Glasgow on 20 May 2026 by Alasdair Munro, Designated Member
They are subscribed for and on behalf of BRAW COFFEE LIMITED at Glasgow on 22 May 2026 by Isla Kerr, Director, before this witness: Rory Baird, Trainee Solicitor, 2 West Regent Street, Glasgow`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clydeside Estates LLP", "Braw Coffee Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v9-property-northern-ireland-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made the 14th day of April 2026
BETWEEN:
(1) ROBERT JAMES McCANN and ELAINE MARY McCANN both of 22 Malone Park, Belfast BT9 6NJ as trustees of the McCann Family Settlement (together the "Landlord"); and
(2) LAGAN PRINT SERVICES LIMITED (company number NI612345) whose registered office is at 5 Duncrue Road, Belfast BT3 9BP (the "Tenant").
# RECITALS
(A) By a lease dated 2 February 2015 and made between the Landlord (1) and the Tenant (2) (the "Lease") the premises known as Unit 9, Duncrue Industrial Estate, Belfast were demised to the Tenant for a term of twenty-five years from 1 January 2015.
(B) The parties have agreed to vary the Lease on the terms of this Deed.
# 1. Definitions
1.1 "Variation Effective Date" means 1 May 2026, being the date on which the variations in clause 2 take effect.
1.2 Words defined in the Lease have the same meanings in this Deed.
# 2. Variations
2.1 With effect from the Variation Effective Date the Lease is varied as follows:
(a) the definition of "Permitted Use" is deleted and replaced by "use within Class B2 (general industrial) with ancillary storage and offices";
(b) the annual rent reserved by the Lease is increased to £41,250 per annum; and
(c) clause 7.4 (Tenant's break) is amended so that the break date is 1 January 2030 and the Tenant must give not less than nine months' written notice.
2.2 Save as varied by this Deed, the Lease remains in full force and effect and the term granted by the Lease is unaffected.
# 3. Costs
3.1 The Tenant shall pay the Landlord's reasonable legal costs of this Deed within 30 days of written demand.
# 4. Governing law
4.1 This Deed shall be governed by and construed in accordance with the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
SIGNED AND DELIVERED as a deed by ROBERT JAMES McCANN in the presence of: Niamh Quinn, Solicitor, Belfast
SIGNED AND DELIVERED as a deed by ELAINE MARY McCANN in the presence of: Niamh Quinn, Solicitor, Belfast
EXECUTED as a deed by LAGAN PRINT SERVICES LIMITED acting by Declan Moore, Director, in the presence of: Ciara Devlin`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Robert James McCann", "Elaine Mary McCann", "Lagan Print Services Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      amends: "Lease",
    },
  },
  {
    id: "v9-property-ireland-lease-guarantee",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS GUARANTEE is made the 9th day of February 2026
BETWEEN
1. LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY (registered number 654987) having its registered office at 2 Grand Canal Square, Dublin 2 (the "Landlord");
2. HARBOUR DIGITAL LIMITED (registered number 712345) having its registered office at Block C, Liffey Quay, Dublin 1 (the "Tenant"); and
3. SEÁN PATRICK O'BRIEN of 4 Ailesbury Road, Ballsbridge, Dublin 4 (the "Guarantor").
WHEREAS:
A. By a lease dated 1 September 2020 (the "Lease") the Landlord demised the third floor of Block C, Liffey Quay to the Tenant for a term of fifteen years from 1 September 2020 at an initial rent of €210,000 per annum.
B. The Landlord has agreed to defer payment of the rent due on 1 March 2026 and 1 June 2026 until 1 December 2026, on condition that the Guarantor enters into this Guarantee.
NOW THIS DEED WITNESSES as follows:
1. In consideration of the deferral recited above, the Guarantor guarantees to the Landlord that the Tenant will pay the rents reserved by the Lease and perform the tenant's covenants in the Lease.
2. As a separate and independent obligation, the Guarantor shall indemnify the Landlord against all losses arising from any failure of the Tenant to pay the rents or perform those covenants.
3. The liability of the Guarantor shall not be affected by any time or indulgence granted by the Landlord to the Tenant or by any variation of the Lease.
4. The aggregate liability of the Guarantor under this Guarantee shall not exceed €420,000, being two years' rent at the current rate.
5. Any demand under this Guarantee shall be paid within ten working days of service.
6. This Guarantee shall be governed by and construed in accordance with the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
===
IN WITNESS whereof the parties have executed this Guarantee as a deed on the date first written above.
PRESENT when the common seal of LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY was affixed: Director: Ronan Byrne  Secretary: Gráinne Walsh
PRESENT when the common seal of HARBOUR DIGITAL LIMITED was affixed: Director: Maeve Dunne  Director: Killian Fahy
SIGNED SEALED AND DELIVERED by SEÁN PATRICK O'BRIEN in the presence of: Aoife Kelly, Solicitor, 10 Fitzwilliam Place, Dublin 2`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Liffey Quay Properties Designated Activity Company", "Harbour Digital Limited", "Seán Patrick O'Brien"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v9-property-nsw-deed-of-surrender",
    format: "txt",
    source: `# Deed of Surrender of Lease
Date: 30 June 2026
# Parties
| Landlord | Harbourside Retail Pty Ltd ACN 612 345 678 of Level 9, 1 Macquarie Place, Sydney NSW 2000 |
| Tenant | Kookaburra Cafe Pty Ltd ACN 623 456 789 of Shop 12, Harbourside Centre, Darling Harbour NSW 2000 |
| Guarantor | Liam Nguyen of 7 Fig Tree Lane, Balmain NSW 2041 |
# Background
A. The Landlord leased Shop 12, Harbourside Centre to the Tenant under registered lease AN123456 for a term of five years commencing on 1 March 2023 and expiring on 28 February 2028 (Lease).
B. The Guarantor guaranteed the Tenant's obligations under the Lease.
C. The Tenant wishes to surrender the Lease and the Landlord has agreed to accept that surrender on the terms of this deed.
# Operative provisions
1. Surrender. The Tenant surrenders the Lease to the Landlord and the Landlord accepts that surrender, with effect from the date of this deed.
2. Surrender payment. The Tenant must pay the Landlord $45,000 (plus GST) within 10 Business Days after the date of this deed.
3. Vacant possession. The Tenant must give the Landlord vacant possession of the premises, with its fit-out removed, by 5.00pm on the date of this deed.
4. Release. Subject to clause 2, the Landlord releases the Tenant and the Guarantor from all obligations under the Lease arising after the date of this deed.
5. Confidentiality. Each party must keep the terms of this deed confidential. This clause survives for 2 years after the date of this deed.
6. Governing law. This deed is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
Executed as a deed.
Executed by Harbourside Retail Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Olivia Grant  Company Secretary: Mark Ellis
Executed by Kookaburra Cafe Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Sole director and secretary: Hannah Lee
Signed, sealed and delivered by Liam Nguyen in the presence of: Priya Sharma (witness)`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Harbourside Retail Pty Ltd", "Kookaburra Cafe Pty Ltd", "Liam Nguyen"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v9-property-texas-office-lease-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE AGREEMENT
between
LONE STAR PLAZA OWNER LLC, as Landlord
and
BLUEBONNET ANALYTICS, INC., as Tenant
Premises: Suite 1400, Lone Star Plaza, 2200 Ross Avenue, Dallas, Texas 75201
===
This Lease Agreement (this "Lease") is made and entered into as of the 3rd day of March, 2026, by and between LONE STAR PLAZA OWNER LLC, a Delaware limited liability company ("Landlord"), and BLUEBONNET ANALYTICS, INC., a Texas corporation ("Tenant").
# ARTICLE 1 - BASIC LEASE INFORMATION
| Premises | Suite 1400, approximately 8,250 rentable square feet |
| Commencement Date | April 1, 2026 |
| Lease Term | Sixty (60) full calendar months |
| Expiration Date | March 31, 2031 |
| Base Rent | $34.50 per rentable square foot per annum, payable monthly in advance on the first day of each month |
| Security Deposit | $47,437.50 |
| Extension Option | One (1) option to extend for five (5) years, as provided in Section 2.2 |
# ARTICLE 2 - TERM
2.1 Term. The Lease Term shall commence on the Commencement Date and end on the Expiration Date, unless sooner terminated as provided in this Lease.
2.2 Extension Option. Provided Tenant is not then in default, Tenant may extend the Lease Term for one (1) additional period of five (5) years by written notice to Landlord given not less than nine (9) nor more than twelve (12) months before the Expiration Date.
2.3 Holding Over. If Tenant remains in possession after the Expiration Date without Landlord's written consent, Tenant shall be a tenant at sufferance at a rent equal to 150% of the Base Rent then in effect.
# ARTICLE 3 - USE
3.1 Tenant shall use the Premises for general office purposes only and for no other purpose.
# ARTICLE 17 - MISCELLANEOUS
17.1 Governing Law. This Lease shall be governed by and construed in accordance with the laws of the State of Texas, and venue for any action shall lie in Dallas County, Texas.
17.2 Survival. Tenant's indemnity obligations under Article 11 shall survive the expiration or termination of this Lease for a period of two (2) years.
===
IN WITNESS WHEREOF, Landlord and Tenant have executed this Lease as of the date first written above.
LANDLORD: LONE STAR PLAZA OWNER LLC, a Delaware limited liability company
By: ______________  Name: Carla Jimenez  Title: Authorized Signatory
TENANT: BLUEBONNET ANALYTICS, INC., a Texas corporation
By: ______________  Name: Travis Boone  Title: Chief Executive Officer`,
    truth: {
      title: "Lease Agreement",
      documentType: "Lease",
      parties: ["Lone Star Plaza Owner LLC", "Bluebonnet Analytics, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "60 months",
    },
  },
  {
    id: "v9-property-singapore-tenancy-auto-renewal",
    format: "docx",
    storedPageCount: 3,
    source: `# TENANCY AGREEMENT
THIS AGREEMENT is made on 15 January 2026
BETWEEN TAN WEI MING (NRIC No. S7712345D) of 18 Jalan Kembangan, Singapore 419123 (the "Landlord", which expression shall include his personal representatives and assigns)
AND ORCHID BAY TRADING PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 60 Paya Lebar Road, #07-01, Singapore 409051 (the "Tenant")
WHEREAS the Landlord is the registered proprietor of the unit at 23 Kaki Bukit Crescent, #03-08, Singapore 416255 (the "Premises").
NOW IT IS HEREBY AGREED as follows:
1. The Landlord lets and the Tenant takes the Premises for the Term and at the Rent set out in the Schedule.
2. The Tenant shall on signing pay a security deposit equal to two (2) months' Rent, refundable without interest within fourteen (14) days after the end of the tenancy.
3. The Rent is payable monthly in advance on the 1st day of each calendar month without any deduction.
4. Diplomatic clause: after the expiry of the first twelve (12) months of the Term, the Tenant may terminate this tenancy by giving the Landlord not less than two (2) months' written notice.
5. Renewal: unless either party gives the other not less than three (3) months' written notice before the end of the Term (or of any renewal period) that it does not wish to continue, this tenancy shall automatically renew upon its expiry for successive further periods of one (1) year each on the same terms, save that the Rent may be revised by agreement.
6. The stamp duty payable on this Agreement shall be borne by the Tenant.
7. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
===
# THE SCHEDULE
| Item | Particulars |
| Commencement Date | 1 February 2026 |
| Term | Two (2) years commencing on the Commencement Date |
| Rent | S$6,800 per month |
| Permitted Use | Office and light storage |
===
SIGNED by the Landlord TAN WEI MING in the presence of: Lim Hui Shan
SIGNED by Rajesh s/o Kumar, Director, for and on behalf of the Tenant ORCHID BAY TRADING PTE. LTD. in the presence of: Nur Aisyah binte Rahman`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Tan Wei Ming", "Orchid Bay Trading Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "2 years",
      renewal: "1 year",
    },
  },
  {
    id: "v9-property-isle-of-man-rent-review-memorandum",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
Date of this memorandum: 12 October 2026
Property: Ground and first floors, 14 Athol Street, Douglas, Isle of Man IM1 1JA
Landlord: MANX COMMERCIAL HOLDINGS LIMITED (company number 012345C) of 1 Prospect Hill, Douglas IM1 1ET
Tenant: RAMSEY FIDUCIARY SERVICES LIMITED (company number 098765C) of 14 Athol Street, Douglas IM1 1JA
Lease: a lease dated 29 September 2016 made between the Landlord (1) and the Tenant (2) granting a term of fifteen years from and including 29 September 2016 and expiring on 28 September 2031 (the "Lease")
Review Date: 29 September 2026
Revised rent: £58,000 (fifty-eight thousand pounds) per annum exclusive of VAT
1. The Landlord and the Tenant record that the annual rent payable under the Lease from and including the Review Date has been agreed at the Revised rent.
2. Within 14 days after the date of this memorandum the Tenant shall pay the Landlord the difference between the rent paid and the Revised rent for the period since the Review Date, with interest at 2% above the Isle of Man Bank base rate.
3. This memorandum takes effect from its date and is to be annexed to the original and counterpart of the Lease. Save as recorded here, the Lease continues unchanged.
4. This memorandum is governed by the laws of the Isle of Man.
Signed for and on behalf of MANX COMMERCIAL HOLDINGS LIMITED by Peter Kinvig, Director
Signed for and on behalf of RAMSEY FIDUCIARY SERVICES LIMITED by Joanne Quayle, Director`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Manx Commercial Holdings Limited", "Ramsey Fiduciary Services Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-10-12",
    },
  },
];
