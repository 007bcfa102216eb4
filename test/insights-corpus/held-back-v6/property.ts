import type { UnseenDocument } from "../unseen/types";

/** Property: leases, licences to occupy, deeds of variation, rent review memoranda, tenant guarantees. */
export const PROPERTY_V6: UnseenDocument[] = [
  {
    id: "v6-lease-england-cover",
    format: "pdf",
    pageFooters: true,
    source: `DATED 20 June 2025
(1) ASHWORTH PROPERTY INVESTMENTS LIMITED
(2) KESTREL PRINT & PACKAGING LIMITED
# LEASE
relating to Unit 4, Brindley Trade Park, Coventry CV6 5RS
Term: 10 years from 24 June 2025
===
# LAND REGISTRY PRESCRIBED CLAUSES
| LR1. Date of lease | 20 June 2025 |
| LR2.1 Landlord's title number | WM884120 |
| LR3. Parties | Landlord: ASHWORTH PROPERTY INVESTMENTS LIMITED (company number 05561237) whose registered office is at 1 Temple Row, Birmingham B2 5LG. Tenant: KESTREL PRINT & PACKAGING LIMITED (company number 10234887) whose registered office is at 8 Foleshill Road, Coventry CV1 4JW |
| LR6. Term for which the Property is leased | From and including 24 June 2025 (the "Term Commencement Date") to and including 23 June 2035 |
| LR9. Rights of acquisition | None |
# 1. INTERPRETATION
1.1 "Contractual Term" means a term of 10 years beginning on, and including, the Term Commencement Date and ending on, and including, 23 June 2035.
1.2 "Rent Commencement Date" means the date six months after the Term Commencement Date.
1.3 "Review Date" means 24 June 2030.
# 2. GRANT
2.1 The Landlord lets the Property to the Tenant for the Contractual Term with full title guarantee, the Tenant paying the Annual Rent of £68,750 by equal quarterly instalments in advance on the usual quarter days.
===
# 3. TENANT'S COVENANTS
3.1 The Tenant shall keep the Property in good and substantial repair and condition.
3.2 The Tenant shall not use the Property other than for a use within Class B2 or B8.
# 4. BREAK CLAUSE
4.1 The Tenant may terminate this lease on 24 June 2030 by giving the Landlord not less than six months' written notice, provided there are no arrears of Annual Rent.
# 5. SECURITY OF TENURE
5.1 The parties confirm that the provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease.
# 6. GOVERNING LAW
6.1 This lease and any dispute or claim arising out of it shall be governed by the law of England and Wales.
Executed as a deed by ASHWORTH PROPERTY INVESTMENTS LIMITED acting by a director in the presence of a witness: Gareth Pryce, Director
Executed as a deed by KESTREL PRINT & PACKAGING LIMITED acting by two directors: Hannah Lowe, Director; Imran Qureshi, Director`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Ashworth Property Investments Limited", "Kestrel Print & Packaging Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-06-24",
      expiryDate: "2035-06-23",
      term: "10 years",
    },
  },
  {
    id: "v6-licence-to-occupy-london",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
This Licence is dated 18 August 2025 and is made between:
(1) Clerkenwell Workspace Holdings Limited (company number 08321456) of 55 Farringdon Road, London EC1M 3JB (the "Licensor"); and
(2) Orbital Sound Studios Limited (company number 12877034) of 2 Exmouth Market, London EC1R 4PX (the "Licensee").
1. Licence. The Licensor permits the Licensee to occupy the rooms on the third floor of 55 Farringdon Road shown edged red on the attached plan (the "Rooms"), in common with the Licensor and others authorised by it, for use as recording studio offices.
2. Licence Period. This licence begins on 1 September 2025 and continues for a period of six (6) months, subject to earlier termination under clause 6.
3. Licence Fee. The Licensee shall pay a licence fee of £3,100 per month, plus VAT, in advance on the first day of each month.
4. No tenancy. The parties agree that this licence is personal to the Licensee and does not create a tenancy or give the Licensee exclusive possession of any part of the building. The Licensor may move the Licensee to other comparable rooms on not less than one week's notice.
===
5. Licensee's obligations. The Licensee shall keep the Rooms clean and tidy, not cause nuisance to other occupiers, and comply with the building regulations displayed in reception.
6. Termination. Either party may terminate this licence by giving the other not less than one month's written notice.
7. Law. This licence is governed by the law of England and Wales.
Signed by Rupert Adair, director, for and on behalf of Clerkenwell Workspace Holdings Limited
Signed by Tomasz Nowak, director, for and on behalf of Orbital Sound Studios Limited`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clerkenwell Workspace Holdings Limited", "Orbital Sound Studios Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-09-01",
      expiryDate: "2026-02-28",
      term: "6 months",
    },
  },
  {
    id: "v6-deed-of-variation-lease-ireland",
    format: "txt",
    source: `# DEED OF VARIATION OF LEASE
THIS DEED OF VARIATION is made the 9th day of September 2025
BETWEEN
LIFFEY QUAYS REAL ESTATE DESIGNATED ACTIVITY COMPANY having its registered office at 2 Grand Canal Square, Dublin 2 (the "Landlord") of the one part; and
BLACKTHORN PHARMACY LIMITED having its registered office at 14 Main Street, Naas, County Kildare (the "Tenant") of the other part.
RECITALS
A. By a lease dated 1 March 2019 made between the Landlord of the one part and the Tenant of the other part (the "Lease"), the premises known as Unit 3, Quayside Retail Centre, Dublin 1 were demised to the Tenant for a term of twenty-five (25) years from 1 March 2019, subject to the rents and covenants therein reserved and contained.
B. The Landlord has agreed to vary the Lease so as to permit the additional use described below on the terms of this Deed.
===
NOW THIS DEED WITNESSES as follows:
1. With effect from the date of this Deed the permitted user clause in the Lease shall be varied by adding at the end: "and, ancillary thereto, the provision of vaccination and health screening services".
2. In consideration of the variation, the yearly rent reserved by the Lease shall be increased from €84,000 to €89,500 with effect from the next gale day.
3. Save as varied by this Deed, the Lease shall remain in full force and effect, and the Lease and this Deed shall be read and construed as one document.
4. Nothing in this Deed shall operate to alter the term of the Lease or the rent review dates.
5. This Deed shall be governed by and construed in accordance with the laws of Ireland.
IN WITNESS whereof the parties have executed this Deed in the manner following.
PRESENT when the common seal of LIFFEY QUAYS REAL ESTATE DESIGNATED ACTIVITY COMPANY was affixed hereto: Eoin Fitzgerald, Director; Aoife Brennan, Secretary
SIGNED and DELIVERED as a deed by BLACKTHORN PHARMACY LIMITED acting by its director Ciarán Walsh, in the presence of Mairéad O'Sullivan, solicitor`,
    truth: {
      title: "Deed of Variation of Lease",
      documentType: "Amendment",
      parties: ["Liffey Quays Real Estate Designated Activity Company", "Blackthorn Pharmacy Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2025-09-09",
      amends: "Lease",
    },
  },
  {
    id: "v6-rent-review-memorandum",
    format: "docx",
    source: `# RENT REVIEW MEMORANDUM
Date: 12 January 2026
Landlord: Thamesmead Retail Estates Limited (company number 03318890)
Tenant: Halcyon Bakeries Limited (company number 07019933)
Property: 11 Powis Street, Woolwich, London SE18 6LF
Lease: a lease of the Property dated 29 September 2015 made between Thamesmead Retail Estates Limited (1) and Halcyon Bakeries Limited (2) for a term of 15 years from 29 September 2015
Review Date: 29 September 2025
Revised rent: £52,000 (fifty-two thousand pounds) per annum exclusive of VAT
The Landlord and the Tenant record that the annual rent payable under the Lease has been reviewed in accordance with the rent review provisions of the Lease, and that the revised rent stated above is the rent payable from and including the Review Date.
The Tenant shall, within 14 days of the date of this memorandum, pay the Landlord the difference between the rent paid and the revised rent for the period from the Review Date to the quarter day following the date of this memorandum, together with interest at the rate provided in the Lease.
This memorandum is not a variation of the Lease, whose terms continue unaltered. The Landlord and the Tenant shall each place a copy of this memorandum with their counterpart of the Lease.
Signed for Thamesmead Retail Estates Limited: Philippa Marsh, Director
Signed for Halcyon Bakeries Limited: Kofi Mensah, Director`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Thamesmead Retail Estates Limited", "Halcyon Bakeries Limited"],
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v6-tenant-guarantee-nsw",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
(Lease – Shop 14, Parramatta Market Arcade)
This deed is made on 6 May 2025 between:
Landlord: Burramatta Arcade Pty Ltd ACN 003 451 679 of Level 3, 10 Church Street, Parramatta NSW 2150
Tenant: Tran Family Noodle House Pty Ltd ACN 644 120 587 of Shop 14, Parramatta Market Arcade
Guarantor: Hoang Minh Tran of 22 Arthur Street, Strathfield NSW 2135
Background
A. The Landlord has agreed to grant the Tenant a lease of Shop 14, Parramatta Market Arcade for a term of five years commencing on 1 June 2025 (the Lease).
B. The Landlord requires the Guarantor to guarantee the Tenant's obligations under the Lease.
===
Operative provisions
1. Guarantee. In consideration of the Landlord granting the Lease at the Guarantor's request, the Guarantor unconditionally and irrevocably guarantees to the Landlord the due payment of rent and all other money payable by the Tenant and the performance of all the Tenant's obligations under the Lease.
2. Indemnity. As a separate obligation, the Guarantor indemnifies the Landlord against any loss the Landlord suffers because the Tenant fails to perform the Lease, or because the Lease is disclaimed by a liquidator.
3. Continuing guarantee. This guarantee is a continuing obligation and remains in force until all money payable under the Lease has been paid and all obligations performed, including during any holding over or further term.
4. No release. The Guarantor's liability is not affected by any time or indulgence given to the Tenant or any variation of the Lease.
5. Governing law. This deed is governed by the law of New South Wales.
Executed as a deed.
Executed by Burramatta Arcade Pty Ltd under section 127 of the Corporations Act 2001: Director: George Haddad; Secretary: Mona Haddad
Executed by Tran Family Noodle House Pty Ltd by its sole director: Hoang Minh Tran
Signed, sealed and delivered by Hoang Minh Tran in the presence of: Witness: Linda Pham, Solicitor`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Burramatta Arcade Pty Ltd", "Tran Family Noodle House Pty Ltd", "Hoang Minh Tran"],
      governingLaw: "New South Wales",
      effectiveDate: "2025-05-06",
    },
  },
  {
    id: "v6-office-lease-ontario",
    format: "docx",
    storedPageCount: 3,
    source: `# OFFICE LEASE
THIS LEASE is made as of the 14th day of March, 2026.
BETWEEN:
KING & BAY REALTY HOLDINGS INC.
(the "Landlord")
- and -
NORTHERN LIGHTS INSURANCE BROKERS LTD.
(the "Tenant")
# ARTICLE 1 — BASIC TERMS
| Premises | Suite 2100, 145 King Street West, Toronto, Ontario, approximately 6,850 rentable square feet |
| Term | Five (5) years |
| Commencement Date | May 1, 2026 |
| Expiry Date | April 30, 2031 |
| Basic Rent | $31.50 per rentable square foot per annum, plus HST |
| Renewal Option | One option to extend for a further five (5) years on ninety (90) days' prior notice |
===
# ARTICLE 2 — GRANT AND TERM
2.1 The Landlord leases the Premises to the Tenant for the Term, commencing on the Commencement Date and ending on the Expiry Date, unless terminated earlier in accordance with this Lease.
2.2 Provided the Tenant is not in default, the Tenant shall have the option to extend the Term for one further period of five (5) years by giving notice not less than nine (9) months before the Expiry Date. Basic Rent for the extension term shall be fair market rent as agreed or determined by arbitration.
# ARTICLE 3 — RENT
3.1 The Tenant shall pay Basic Rent and Additional Rent monthly in advance on the first day of each month. The first four (4) months of Basic Rent are abated.
# ARTICLE 4 — USE
4.1 The Premises shall be used only for general business offices of an insurance brokerage.
===
# ARTICLE 5 — GENERAL
5.1 This Lease shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Time is of the essence of this Lease.
IN WITNESS WHEREOF the parties have executed this Lease.
KING & BAY REALTY HOLDINGS INC. Per: Vincent Marchetti, ASO — I have authority to bind the corporation
NORTHERN LIGHTS INSURANCE BROKERS LTD. Per: Aisha Bello, President — I have authority to bind the corporation`,
    truth: {
      title: "Office Lease",
      documentType: "Lease",
      parties: ["King & Bay Realty Holdings Inc.", "Northern Lights Insurance Brokers Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-04-30",
      term: "5 years",
    },
  },
  {
    id: "v6-retail-lease-queensland",
    format: "txt",
    source: `# RETAIL SHOP LEASE
# Reference Schedule
| Item 1 Landlord | Moreton Bay Shopping Centres Pty Ltd ACN 097 112 405 |
| Item 2 Tenant | Sunshine Coast Optometry Pty Ltd ACN 618 330 294 |
| Item 3 Premises | Shop 27, Redcliffe Plaza, 220 Anzac Avenue, Kippa-Ring QLD 4021 |
| Item 4 Commencement Date | 1 August 2025 |
| Item 5 Term | 3 years |
| Item 6 Expiry Date | 31 July 2028 |
| Item 7 Option Term | 3 years (one option) |
| Item 8 Annual Rent | $96,000 plus GST |
| Item 9 Permitted Use | Optometry practice and sale of eyewear |
===
# Standard Terms
1. Lease. The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date.
2. Rent. The Tenant must pay the Annual Rent by equal monthly instalments in advance on the first day of each month. The Annual Rent increases by 4% on each anniversary of the Commencement Date.
3. Option. If the Tenant wishes to renew, it must give the Landlord notice not more than 6 months and not less than 3 months before the Expiry Date. If it does so and is not in breach, the Landlord must grant a further lease for the Option Term.
4. Outgoings. The Tenant must pay its proportion of the centre's outgoings as estimated in the disclosure statement.
5. Retail Shop Leases Act. The parties acknowledge that the Retail Shop Leases Act 1994 (Qld) applies to this lease, and that the Tenant received the Landlord's disclosure statement at least 7 days before entering into this lease.
6. Law. This lease is governed by the laws of Queensland.
Executed by Moreton Bay Shopping Centres Pty Ltd under section 127 of the Corporations Act 2001: Director: Graham Whitlock; Secretary: Fiona Doyle
Executed by Sunshine Coast Optometry Pty Ltd under section 127 of the Corporations Act 2001: Director: Dr Ravi Menon; Director: Chloe Menon
Dated: 15 July 2025`,
    truth: {
      title: "Retail Shop Lease",
      documentType: "Lease",
      parties: ["Moreton Bay Shopping Centres Pty Ltd", "Sunshine Coast Optometry Pty Ltd"],
      governingLaw: "Queensland",
      effectiveDate: "2025-08-01",
      expiryDate: "2028-07-31",
      term: "3 years",
    },
  },
  {
    id: "v6-lease-scotland-industrial",
    format: "txt",
    source: `# LEASE
between
FORTH VALLEY INDUSTRIAL PROPERTIES LIMITED, incorporated under the Companies Acts (Registered Number SC177042) and having its Registered Office at 80 George Street, Edinburgh EH2 3BU ("the Landlords")
and
GRANGEMOUTH COATINGS LIMITED, incorporated under the Companies Acts (Registered Number SC512889) and having its Registered Office at Earls Road, Grangemouth FK3 8XA ("the Tenants")
1. LET. The Landlords hereby let to the Tenants, but excluding assignees and sub-tenants except as permitted by this Lease, ALL and WHOLE the industrial unit known as Unit 9, Kerse Road Industrial Estate, Stirling FK7 7SG, being the subjects registered in the Land Register of Scotland under Title Number STG44120 ("the Premises").
2. DURATION. The lease shall be for the period of ten (10) years from and after 28 November 2025 ("the Date of Entry"), notwithstanding the date or dates of execution hereof.
3. RENT. The Tenants shall pay to the Landlords a yearly rent of £58,400, payable quarterly in advance at the usual quarter days. The rent shall be reviewed at the fifth anniversary of the Date of Entry.
===
4. REPAIR. The Tenants shall be responsible for all repairs to the Premises, whether ordinary or extraordinary, and including repairs required by latent defects and damage by any cause whatsoever.
5. IRRITANCY. If the Tenants fail to pay rent for a period of fourteen days after it falls due and then fail to pay within fourteen days of a written demand under section 4 of the Law Reform (Miscellaneous Provisions) (Scotland) Act 1985, the Landlords may irritate this Lease.
6. LAW. This Lease shall be governed by, and construed in accordance with, Scots law.
7. CONSENT TO REGISTRATION. The parties consent to registration hereof for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of the Landlords at Edinburgh on 20 November 2025 by Catriona Munro, Director, before Ewan Reid, Solicitor, Edinburgh
Subscribed for and on behalf of the Tenants at Grangemouth on 21 November 2025 by Angus Dalgleish, Director, before Fiona Baird, Office Manager, Grangemouth`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Forth Valley Industrial Properties Limited", "Grangemouth Coatings Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-11-28",
      expiryDate: "2035-11-28",
      term: "10 years",
    },
  },
  {
    id: "v6-lease-variation-jersey",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Lease of Second Floor, Liberation Chambers, St Helier
THIS DEED is dated 30 April 2026 and made between:
(1) ROYAL SQUARE ESTATES LIMITED, a company incorporated in Jersey with registered number 88124 (the "Lessor"); and
(2) CORBIÈRE FUND SERVICES LIMITED, a company incorporated in Jersey with registered number 120775 (the "Lessee").
# Background
(A) The Lessor let the Premises to the Lessee by a lease titled "Contract of Lease – Second Floor, Liberation Chambers" dated 1 July 2017 (the "Lease") for a term of nine (9) years from 1 July 2017, which was passed before the Royal Court.
(B) The parties wish to vary the Lease to permit sharing of occupation within the Lessee's group and to change the rent on the terms below.
===
# Operative provisions
1. Group sharing. With effect from the date of this Deed, clause 7 of the Lease shall be varied by adding a new clause 7.6 permitting the Lessee to share occupation of the Premises with any company in its group, provided no relationship of landlord and tenant is created. Nothing in this Deed alters the term of the Lease.
2. Rent. From the next quarter day after the date of this Deed the annual rent shall be £142,000.
3. Costs. The Lessee shall pay the Lessor's reasonable legal costs of this Deed within 14 days of demand.
4. Continuation. Except as varied by this Deed, the Lease continues in full force and effect.
5. Law and jurisdiction. This Deed is governed by Jersey law and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
Executed as a deed by Royal Square Estates Limited acting by Philippe Le Gresley, Director
Executed as a deed by Corbière Fund Services Limited acting by Sarah Renouf, Director`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Royal Square Estates Limited", "Corbière Fund Services Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-30",
      amends: "Contract of Lease – Second Floor, Liberation Chambers",
    },
  },
];
