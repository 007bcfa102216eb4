import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations, agreements for lease. */
export const PROPERTY_V31: UnseenDocument[] = [
  {
    id: "v31-property-dallas-office-lease",
    format: "pdf",
    pageFooters: true,
    source: `# OFFICE LEASE
# BASIC LEASE INFORMATION
| Lease Date | March 3, 2026 |
| Landlord | Trinity Plaza Owner LLC, a Delaware limited liability company |
| Tenant | Pecan Street Analytics, Inc., a Texas corporation |
| Premises | Suite 1400, 14th Floor, Trinity Plaza, 2150 Ross Avenue, Dallas, Texas 75201 (approximately 9,850 rentable square feet) |
| Commencement Date | May 1, 2026 |
| Term | Sixty-two (62) months |
| Expiration Date | June 30, 2031 |
| Base Rent | As set out in Schedule 1; Base Rent is abated for Months 1 and 2 of the Term |
| Security Deposit | $48,000.00 |
| Extension Option | One (1) option to extend for five (5) years (Section 3.3) |
===
This Office Lease (this “Lease”) is made and entered into as of March 3, 2026 (the “Lease Date”), by and between TRINITY PLAZA OWNER LLC, a Delaware limited liability company (“Landlord”), and PECAN STREET ANALYTICS, INC., a Texas corporation (“Tenant”). The Basic Lease Information above is incorporated into and made a part of this Lease.
# ARTICLE 3. TERM
3.1 Term. The term of this Lease (the “Term”) shall be sixty-two (62) months, commencing on the Commencement Date and expiring at 11:59 p.m. local time on the Expiration Date, unless sooner terminated or extended as provided in this Lease.
3.2 Early Access. Tenant may enter the Premises up to thirty (30) days before the Commencement Date solely to install furniture, cabling and equipment. Such early access shall be subject to all terms of this Lease other than the obligation to pay Base Rent.
3.3 Extension Option. Tenant shall have one (1) option to extend the Term for a period of five (5) years by delivering written notice to Landlord not less than nine (9) months nor more than twelve (12) months prior to the Expiration Date. Base Rent for the extension term shall be ninety-five percent (95%) of the Prevailing Market Rate. If Tenant fails to deliver timely notice, the option shall lapse.
# ARTICLE 4. RENT
4.1 Base Rent shall be payable monthly in advance on the first day of each calendar month without demand, deduction or offset. Any installment not received within five (5) days after its due date shall bear a late charge of five percent (5%).
4.2 Tenant shall pay Tenant's Share (3.94%) of Operating Expenses in excess of those for the 2026 Base Year.
# ARTICLE 22. HOLDING OVER
If Tenant remains in possession after the expiration or earlier termination of the Term, Tenant shall be a tenant at sufferance at a daily rate equal to one hundred fifty percent (150%) of the Base Rent then in effect.
# ARTICLE 27. MISCELLANEOUS
27.1 Governing Law. This Lease shall be governed by and construed in accordance with the laws of the State of Texas. Venue for any action shall lie exclusively in the state courts of Dallas County, Texas.
===
IN WITNESS WHEREOF, Landlord and Tenant have executed this Lease as of the Lease Date.
LANDLORD: TRINITY PLAZA OWNER LLC, a Delaware limited liability company
By: Trinity Plaza Manager LLC, a Delaware limited liability company, its Manager
By: Marcus J. Whitfield, Vice President
TENANT: PECAN STREET ANALYTICS, INC., a Texas corporation
By: Priya Raman, Chief Executive Officer
# SCHEDULE 1 — BASE RENT
| Months of Term | Annual Rate per RSF | Monthly Base Rent |
| 1 – 2 | $0.00 (abated) | $0.00 |
| 3 – 14 | $38.50 | $31,602.08 |
| 15 – 26 | $39.50 | $32,422.92 |
| 27 – 38 | $40.50 | $33,243.75 |
| 39 – 50 | $41.50 | $34,064.58 |
| 51 – 62 | $42.50 | $34,885.42 |`,
    truth: {
      title: "Office Lease",
      documentType: "Lease",
      parties: ["Trinity Plaza Owner LLC", "Pecan Street Analytics, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-06-30",
      term: "62 months",
    },
  },
  {
    id: "v31-property-dublin-kiosk-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
# Kiosk K7, Level 1, Camac Quarter Shopping Centre, Dublin 22
THIS LICENCE is dated 18 August 2026
PARTIES
(1) CAMAC QUARTER RETAIL DAC (company number 604812) whose registered office is at Block C, Camac Business Park, Clondalkin, Dublin 22 (the “Licensor”); and
(2) ORLA BRENNAN of 27 Ashgrove Park, Lucan, Co. Dublin, trading as Brennan’s Brews (the “Licensee”).
# 1. PARTICULARS
| Licensed Area | Kiosk K7 on Level 1 of the Centre, shown edged red on the attached plan |
| Commencement Date | 1 September 2026 |
| Expiry Date | 31 August 2027 |
| Licence Period | the period from and including the Commencement Date to and including the Expiry Date |
| Licence Fee | €1,450 per month plus VAT, payable monthly in advance on the first day of each month |
| Service Contribution | €210 per month plus VAT |
| Deposit | €4,350 |
| Permitted Use | the sale of hot drinks and pre-packaged snacks for consumption off the Licensed Area |
| Trading Hours | 9.00 a.m. to 9.00 p.m. Monday to Saturday and 11.00 a.m. to 7.00 p.m. on Sundays |
# 2. GRANT OF LICENCE
2.1 The Licensor permits the Licensee to occupy the Licensed Area for the Permitted Use during the Licence Period, in common with the Licensor and all others authorised by it.
2.2 This Licence is personal to the Licensee and may not be assigned. It creates no relationship of landlord and tenant and the Licensor retains possession and control of the Licensed Area at all times.
2.3 The Licensee confirms that it has taken independent legal advice and understands that it will acquire no rights under the Landlord and Tenant (Amendment) Act 1980 by reason of its occupation.
# 3. ENDING THIS LICENCE
3.1 Either party may end this Licence at any time by giving the other not less than one month’s written notice.
3.2 The Licensor may end this Licence immediately by notice if any Licence Fee is unpaid fourteen days after its due date.
3.3 This Licence does not renew. Any occupation after the Expiry Date with the Licensor’s consent shall be at will only.
# 4. DEPOSIT
The Licensor shall return the Deposit, less any sums properly due, within twenty-eight days after the Licence ends.
# 5. GOVERNING LAW
This Licence is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the courts of Ireland.
===
SIGNED by Declan Furlong, director, for and on behalf of CAMAC QUARTER RETAIL DAC
SIGNED by ORLA BRENNAN in the presence of: Siobhán Kehoe, Solicitor, Lucan, Co. Dublin`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Camac Quarter Retail DAC", "Orla Brennan"],
      governingLaw: "Ireland",
      effectiveDate: "2026-09-01",
      expiryDate: "2027-08-31",
      term: "12 months",
    },
  },
  {
    id: "v31-property-belfast-rent-review-memo",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
| Property | Ground and first floors, 41 Linenhall Street, Belfast BT2 8BG |
| Lease | Lease dated 9 January 2014 made between (1) Castle Lane Properties Limited and (2) Oakfield Print & Design Limited for a term of 20 years from 9 January 2014 |
| Landlord | Donegall Square Investments Limited (company number NI612345) of 5 Donegall Square South, Belfast BT1 5JE |
| Tenant | Oakfield Print & Design Limited (company number NI045678) of 41 Linenhall Street, Belfast BT2 8BG |
| Effective Date | 9 January 2026 (the second Review Date under clause 4 of the Lease) |
| Revised Rent | £62,500 per annum exclusive of VAT and rates |
This Memorandum is dated 21 April 2026 and is made between the Landlord and the Tenant.
The reversion immediately expectant on the term granted by the Lease is now vested in the Landlord.
1. The Landlord and the Tenant record that they have agreed that the yearly rent payable under the Lease with effect from and including the Effective Date is the Revised Rent.
2. The Tenant shall pay to the Landlord within 14 days of the date of this Memorandum the sum of £3,860.27, being the difference between the rent paid and the Revised Rent from the Effective Date to the March quarter day, together with interest as provided in clause 4.6 of the Lease.
3. The next Review Date under the Lease is 9 January 2031.
4. Nothing in this Memorandum varies the Lease other than to record the rent payable from the Effective Date.
5. This Memorandum is governed by the law of Northern Ireland.
Signed for and on behalf of Donegall Square Investments Limited: Gráinne McAteer, Director — 21 April 2026
Signed for and on behalf of Oakfield Print & Design Limited: Robert Kerr, Managing Director — 21 April 2026
The Tenant's counterpart of this Memorandum is to be kept with the Tenant's part of the Lease.`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Donegall Square Investments Limited", "Oakfield Print & Design Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-09",
    },
  },
  {
    id: "v31-property-kwun-tong-surrender",
    format: "pdf",
    pdfMargin: 72,
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made the 15th day of January 2027
BETWEEN:
(1) WING FAT INVESTMENT COMPANY LIMITED (Company No. 0457812) whose registered office is situate at 21st Floor, Wing Fat Centre, 88 How Ming Street, Kwun Tong, Kowloon, Hong Kong (“the Landlord”); and
(2) BLUE HERON TRADING LIMITED (Company No. 2987341) whose registered office is situate at Flat B, 12th Floor, Kin Wah Industrial Building, 38 Hoi Yuen Road, Kwun Tong, Kowloon, Hong Kong (“the Tenant”).
WHEREAS:
(A) By a Tenancy Agreement dated 20 February 2025 (“the Tenancy Agreement”) the Landlord let to the Tenant Flat B on the 12th Floor of Kin Wah Industrial Building, 38 Hoi Yuen Road, Kwun Tong, Kowloon (“the Premises”) for a term of three years commencing on 1 March 2025 and expiring on 29 February 2028 at a monthly rent of HK$38,600 exclusive of rates, Government rent and management fees.
(B) The Tenant has requested and the Landlord has agreed to accept an early surrender of the Tenancy Agreement upon the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. In consideration of the sum of HK$77,200 (being two months’ rent) paid by the Tenant to the Landlord on or before the execution of this Deed (the receipt whereof the Landlord hereby acknowledges), the Tenant as beneficial owner HEREBY SURRENDERS and YIELDS UP unto the Landlord all its estate, right, title and interest in the Premises under the Tenancy Agreement with effect from the date of this Deed, and the Landlord HEREBY ACCEPTS such surrender.
2. The Tenant has on the date hereof delivered vacant possession of the Premises and all keys and access cards to the Landlord.
3. The Landlord shall refund the security deposit of HK$115,800 to the Tenant, without interest and less any deductions permitted by the Tenancy Agreement, within fourteen (14) days after the date of this Deed.
4. Subject to Clause 5, each party releases the other from all claims and obligations under the Tenancy Agreement.
5. The Tenant shall remain liable for rates, Government rent and management fees attributable to the period up to the date of this Deed, and this Clause shall survive for six (6) months from the date hereof.
6. The stamp duty (if any) and the legal costs of and incidental to this Deed shall be borne by the parties in equal shares.
7. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof the parties hereto have executed this Deed the day and year first above written.
SEALED with the Common Seal of WING FAT INVESTMENT COMPANY LIMITED and SIGNED by Leung Ka Wai, Director, in the presence of: Ho Mei Ling, Solicitor, Hong Kong SAR
SEALED with the Common Seal of BLUE HERON TRADING LIMITED and SIGNED by Daniel Cheung Chi Keung, Director, in the presence of: Ho Mei Ling, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Wing Fat Investment Company Limited", "Blue Heron Trading Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2027-01-15",
    },
  },
  {
    id: "v31-property-cardiff-deed-of-covenant",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF COVENANT
# relating to Flat 6, Penarth Quays, Ferry Road, Cardiff CF11 0JR
THIS DEED is made on the twelfth day of November two thousand and twenty-six
BETWEEN
(1) SAMUEL OWEN PRICE and CERI ANNE PRICE both of 4 Heol y Nant, Whitchurch, Cardiff CF14 1AB (together the “Covenantors”);
(2) PENARTH QUAYS MANAGEMENT COMPANY LIMITED (company number 05123987) whose registered office is at Suite 2, Ocean House, Bute Street, Cardiff CF10 5AL (the “Management Company”); and
(3) TAFF ESTATES (FREEHOLDS) LIMITED (company number 04987123) whose registered office is at 10 Cathedral Road, Cardiff CF11 9LJ (the “Landlord”).
BACKGROUND
(A) This deed is supplemental to a lease of the Property dated 30 June 2005 made between (1) the Landlord (2) the Management Company and (3) Gareth Lloyd for a term of 999 years from 1 January 2005 (the “Lease”).
(B) The Covenantors are buying the residue of the term granted by the Lease from Alun Morgan and Bethan Morgan, and paragraph 14 of the Fourth Schedule to the Lease requires every assignee to enter into a deed of covenant directly with the Management Company and the Landlord.
# 1. INTERPRETATION
“Completion” means completion of the assignment of the Lease to the Covenantors, which is taking place on the date of this deed.
# 2. COVENANTS
2.1 With effect from Completion the Covenantors jointly and severally covenant with the Management Company, and separately with the Landlord, to pay the Service Charge and the rent reserved by the Lease and to observe and perform the tenant’s covenants in the Lease for so long as the Covenantors are the tenant under the Lease.
2.2 The Service Charge is payable in equal half-yearly instalments in advance on 1 January and 1 July in each year, and any instalment unpaid for 21 days shall carry interest at 4% above the Bank of England base rate.
2.3 The Covenantors shall not assign the Lease without procuring that the assignee enters into a deed of covenant in this form.
# 3. RELEASE
On a lawful assignment of the Lease by them the Covenantors shall be released from their covenants in this deed, without prejudice to any liability accrued before the assignment.
# 4. REGISTRATION
The Landlord and the Management Company consent to the assignment and shall note it in their records on receipt of notice within one month of Completion together with a registration fee of £90 plus VAT.
# 5. GOVERNING LAW
This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
===
This document is executed as a deed and delivered on the date stated at the beginning of it.
Executed as a deed by SAMUEL OWEN PRICE in the presence of: Witness: Rhian Davies, 8 Plasturton Avenue, Cardiff, Solicitor
Executed as a deed by CERI ANNE PRICE in the presence of: Witness: Rhian Davies, 8 Plasturton Avenue, Cardiff, Solicitor
Executed as a deed by PENARTH QUAYS MANAGEMENT COMPANY LIMITED acting by Huw Jenkins, a director, in the presence of a witness
Executed as a deed by TAFF ESTATES (FREEHOLDS) LIMITED acting by two directors: Eleri Thomas and Mark Bowen`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Samuel Owen Price", "Ceri Anne Price", "Penarth Quays Management Company Limited", "Taff Estates (Freeholds) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-11-12",
    },
  },
  {
    id: "v31-property-auckland-management",
    format: "pdf",
    pageFooters: true,
    source: `# RESIDENTIAL PROPERTY MANAGEMENT AGREEMENT
Kōwhai Trustee Limited as trustee of the Kōwhai Family Trust
(Owner)
and
Harbourside Property Management Limited
(Manager)
Properties: 14 and 16 Tui Street, Mount Eden, Auckland 1024
Prepared by Pōhutukawa Law, Level 3, 22 Customs Street East, Auckland
===
# KEY TERMS
| Date of Agreement | 22 June 2026 |
| Owner | Kōwhai Trustee Limited (company number 6789012), in its capacity as trustee of the Kōwhai Family Trust |
| Manager | Harbourside Property Management Limited (company number 7012345), 101 Jervois Road, Herne Bay, Auckland |
| Start Date | 1 July 2026 |
| Initial Term | 12 months commencing on the Start Date and ending on 30 June 2027 |
| Management Fee | 7.5% plus GST of gross rent collected |
| Letting Fee | one week’s rent plus GST for each new tenancy arranged |
| Repairs Limit | $750 plus GST per job without the Owner’s prior approval |
# 1. APPOINTMENT
1.1 The Owner appoints the Manager as its exclusive agent to let and manage the Properties in accordance with the Residential Tenancies Act 1986 and this Agreement.
# 2. TERM AND RENEWAL
2.1 This Agreement starts on the Start Date and continues for the Initial Term.
2.2 At the end of the Initial Term, and at the end of each renewal period, this Agreement automatically renews for a further period of 12 months unless either party gives the other at least 60 days’ written notice before the end of the then current period that it is not to renew.
2.3 Either party may terminate this Agreement on 20 working days’ notice if the other commits a material breach that is not remedied within 10 working days of being notified of it.
# 3. RENT AND ACCOUNTS
3.1 The Manager shall bank all rent into its trust account and pay the net amount to the Owner on the 20th day of each month with a monthly statement.
3.2 The Manager shall lodge all bonds with Tenancy Services within 23 working days of receipt.
# 4. AFTER TERMINATION
If within 90 days after this Agreement ends the Owner lets either Property to a tenant introduced by the Manager, the Owner shall pay the Manager the Letting Fee.
# 5. TRUSTEE LIMITATION
Kōwhai Trustee Limited enters into this Agreement only as trustee of the Kōwhai Family Trust, and its liability is limited to the assets of that trust.
# 6. GOVERNING LAW
This Agreement is governed by the laws of New Zealand and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed for Kōwhai Trustee Limited by Aroha Ngata and Peter Sinclair, directors
Signed for Harbourside Property Management Limited by Jess Whitmore, Licensed Manager`,
    truth: {
      title: "Residential Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Kōwhai Trustee Limited", "Harbourside Property Management Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v31-property-glasgow-minute-of-variation",
    format: "txt",
    source: `# MINUTE OF VARIATION OF LEASE
between
CLYDE WATERFRONT PROPERTIES LIMITED, incorporated under the Companies Acts (Registered Number SC345678) and having its Registered Office at 200 Broomielaw, Glasgow G1 4RU ("the Landlords")
and
THISTLE & FERN HOSPITALITY LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305123) and having its Registered Office at 14 Rose Street, Edinburgh EH2 2PR ("the Tenants")
CONSIDERING THAT:
(One) By Lease between the Landlords and the Tenants dated 14 and 28 November 2019 and registered in the Books of Council and Session on 9 December 2019 ("the Lease"), the Landlords let to the Tenants the restaurant premises at Unit 3, 180 Broomielaw, Glasgow for a period of fifteen years from and including 28 November 2019;
(Two) The Landlords and the Tenants have agreed to vary the Lease as set out in this Minute of Variation.
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute "Effective Date" means 1 April 2026.
2. With effect from the Effective Date:
2.1 the rent payable under the Lease shall be SEVENTY ONE THOUSAND POUNDS (£71,000) Sterling per annum;
2.2 Clause 6 of the Lease (the Tenants' option to terminate the Lease on 28 November 2029 on not less than nine months' prior written notice) is deleted; and
2.3 the Permitted Use is extended to include the sale of alcohol for consumption off the premises.
3. In consideration of the deletion of Clause 6 of the Lease, the Landlords grant the Tenants a rent-free period of four months from the Effective Date.
4. Save as varied by this Minute, the Lease remains in full force and effect, and references in the Lease to "this Lease" include this Minute.
5. This Minute of Variation is governed by the Law of Scotland. The parties consent to registration hereof for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CLYDE WATERFRONT PROPERTIES LIMITED at Glasgow on 3 March 2026 by Fiona MacLeod, Director, before this witness: Alasdair Munro, Trainee Solicitor, 5 West Regent Street, Glasgow
Subscribed for and on behalf of THISTLE & FERN HOSPITALITY LLP at Edinburgh on 10 March 2026 by Euan Grant, Member, before this witness: Kirsty Baird, Office Manager, 14 Rose Street, Edinburgh`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Clyde Waterfront Properties Limited", "Thistle & Fern Hospitality LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      amends: "Lease",
    },
  },
  {
    id: "v31-property-southbank-agreement-for-lease",
    format: "docx",
    source: `# AGREEMENT FOR LEASE
# Shop G02, Riverlight Building, 120 Wattle Parade, Southbank VIC 3006
# Reference Schedule
| Item 1 | Date of this Agreement | 14 August 2026 |
| Item 2 | Landlord | Riverlight Developments Pty Ltd ACN 614 229 871 of Level 9, 350 Queen Street, Melbourne VIC 3000 |
| Item 3 | Tenant | Bellbird Allied Health Pty Ltd ACN 638 112 405 of 12 Glenferrie Road, Malvern VIC 3144 |
| Item 4 | Guarantor | Dr Hannah Lim of 9 Banksia Court, Kew VIC 3101 |
| Item 5 | Landlord's Works | the base building works described in Annexure B |
| Item 6 | Target Date for Practical Completion | 1 March 2027 |
| Item 7 | Sunset Date | 30 June 2027 |
| Item 8 | Bank Guarantee | $24,000 (equal to three months' rent plus GST under the Agreed Form Lease) |
===
# 1. Definitions
Agreed Form Lease means the lease in the form of Annexure A, the term, rent and review provisions of which are set out in its Schedule.
Lease Commencement Date means the date 10 Business Days after the date on which the Landlord's Works reach Practical Completion.
# 2. Landlord's Works
The Landlord must carry out the Landlord's Works in a proper and workmanlike manner and use reasonable endeavours to reach Practical Completion by the Target Date.
# 3. Grant of Lease
3.1 On the Lease Commencement Date the Landlord must grant, and the Tenant must accept, a lease of the Premises in the terms of the Agreed Form Lease.
3.2 Within 10 Business Days after being given the engrossed lease, the Tenant must sign and return it together with the Bank Guarantee.
3.3 The Tenant may enter the Premises for a fitout period of 8 weeks before the Lease Commencement Date, during which no rent is payable.
# 4. Sunset Date
If Practical Completion has not occurred by the Sunset Date, either party may terminate this Agreement by written notice to the other, and the Landlord must return the Bank Guarantee within 5 Business Days.
# 5. Retail Leases Act
The Landlord has given the Tenant a disclosure statement and a copy of the Agreed Form Lease at least 14 days before the Tenant entered into this Agreement, as required by the Retail Leases Act 2003 (Vic).
# 6. Guarantee
In consideration of the Landlord entering into this Agreement at the Guarantor's request, the Guarantor guarantees the Tenant's obligations under this Agreement and agrees to sign the guarantee and indemnity contained in the Agreed Form Lease.
# 7. Governing law
This Agreement is governed by the laws of Victoria and each party submits to the non-exclusive jurisdiction of the courts of Victoria.
Executed by Riverlight Developments Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Thomas Nguyen, Director, and Sarah Callaghan, Director/Secretary
Executed by Bellbird Allied Health Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Hannah Lim, Sole Director and Secretary
Signed by Hannah Lim as Guarantor in the presence of: Michael Osei, Witness`,
    truth: {
      title: "Agreement for Lease",
      documentType: "Lease",
      parties: ["Riverlight Developments Pty Ltd", "Bellbird Allied Health Pty Ltd", "Hannah Lim"],
      governingLaw: "Victoria",
      effectiveDate: "2026-08-14",
    },
  },
];
