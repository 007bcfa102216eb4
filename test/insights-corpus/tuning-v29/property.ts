import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations, agreements for lease. */
export const PROPERTY_V29: UnseenDocument[] = [
  {
    id: "v29-property-leeds-dental-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
# Prescribed Clauses
| LR1. Date of lease | 27 March 2026 |
| LR2.1 Landlord's title number(s) | WYK884120 |
| LR2.2 Other title numbers | None |
| LR3. Parties to this lease | Landlord: HALBERD ESTATES (LEEDS) LIMITED incorporated and registered in England and Wales with company number 09441872 whose registered office is at 4 Wellington Place, Leeds LS1 4AP |
| | Tenant: COPPERLEAF DENTAL CARE LLP a limited liability partnership registered in England and Wales with number OC418823 whose registered office is at 19 Otley Road, Headingley, Leeds LS6 3AA |
| | Guarantor: DR PRIYA NAIDOO of 7 Weetwood Lane, Leeds LS16 5NP |
| LR4. Property | In the case of a conflict between this clause and the remainder of this lease then, for the purposes of registration, this clause shall prevail. See the definition of "Property" in clause 1.1 of this lease. |
| LR5. Prescribed statements etc. | None |
| LR6. Term for which the Property is leased | The term as specified in this lease at clause 1.1 in the definition of "Contractual Term". |
| LR7. Premium | None |
| LR8. Prohibitions or restrictions on disposing of this lease | This lease contains a provision that prohibits or restricts dispositions. |
| LR9 – LR14 | None |
===
# 1. Definitions and interpretation
1.1 In this lease:
"Annual Rent" means £64,500 a year, subject to review in accordance with clause 7.
"Break Date" means 25 March 2031, and "Break Notice" means written notice given by the Tenant not less than six months before the Break Date.
"Contractual Term" means a term of ten years beginning on and including the Term Start Date and ending on and including 24 March 2036.
"Property" means the ground floor premises known as Unit 2, Kirkstall Forge Pavilion, Bridge Road, Leeds LS5 3BF, shown edged red on the Plan.
"Rent Commencement Date" means 25 September 2026.
"Review Date" means 25 March 2031.
"Term Start Date" means 25 March 2026.
# 2. Grant
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, the Tenant paying the Annual Rent by equal quarterly instalments in advance on the usual quarter days, the first payment (being a proportionate sum) to be made on the Rent Commencement Date.
# 3. Exclusion of security of tenure
3.1 The parties confirm that the Landlord served on the Tenant a notice dated 2 March 2026 in the form set out in Schedule 1 to the Regulatory Reform (Business Tenancies) (England and Wales) Order 2003 and that the Tenant made a statutory declaration dated 9 March 2026, and the provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease.
# 4. Guarantee
4.1 In consideration of the grant of this lease the Guarantor guarantees to the Landlord that the Tenant shall pay the rents and perform its covenants, and the provisions of Schedule 3 apply.
# 5. Tenant's break
5.1 The Tenant may terminate this lease on the Break Date by serving a Break Notice, subject to payment of all Annual Rent due up to the Break Date and the Tenant giving up occupation.
# 6. Governing law and jurisdiction
6.1 This lease and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This lease has been executed as a deed and is delivered and takes effect on the date stated at LR1.`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Halberd Estates (Leeds) Limited", "Copperleaf Dental Care LLP", "Priya Naidoo"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v29-property-dublin-licence-to-occupy",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
THIS LICENCE is made the 8th day of May 2026
BETWEEN
CASTLEBRIDGE PROPERTY HOLDINGS DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland (registered number 612398) having its registered office at 21 Fitzwilliam Square, Dublin 2, D02 RX30 (the "Licensor"); and
WILLOW AND WREN COFFEE LIMITED, a company incorporated in Ireland (registered number 704115) having its registered office at Unit 4, Sandyford Business Park, Dublin 18 (the "Licensee").
# RECITALS
A. The Licensor holds the building known as Castlebridge House, 40 Baggot Street Lower, Dublin 2 (the "Building") under a lease dated 3 February 2011 for a term of twenty-five years from 1 January 2011, and is permitted by that lease to grant licences of parts of the Building.
B. The Licensee wishes to operate a coffee kiosk in the ground floor atrium of the Building pending the fitting out of its permanent unit elsewhere.
# OPERATIVE PROVISIONS
1. Definitions. In this Licence: "Licence Area" means the area of approximately 14 square metres in the ground floor atrium shown hatched on the attached plan; "Licence Period" means the period of six (6) months commencing on 1 June 2026; "Licence Fee" means €2,150 per month exclusive of VAT.
2. Grant. The Licensor grants to the Licensee, for the Licence Period, permission to occupy the Licence Area in common with the Licensor and all others authorised by it, for the sole purpose of the sale of hot drinks and pre-packaged food.
3. Fee. The Licensee shall pay the Licence Fee monthly in advance on the first day of each month, without deduction, within seven (7) days of invoice.
4. Termination. Either party may end this Licence before the end of the Licence Period by giving not less than one (1) month's written notice to the other. On the ending of this Licence the Licensee shall remove its kiosk and make good any damage within five (5) working days.
5. No tenancy. The parties acknowledge that this Licence is a personal permission only, that the Licensor retains possession and control of the Licence Area, and that nothing in this Licence creates the relationship of landlord and tenant or confers any right to a new tenancy under the Landlord and Tenant (Amendment) Act 1980.
6. Insurance. The Licensee shall maintain public liability insurance of not less than €6,500,000 for any one event throughout the Licence Period.
7. Governing law. This Licence is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
===
# SCHEDULE – LICENSEE'S OBLIGATIONS
(a) to keep the Licence Area clean and tidy and free from rubbish;
(b) not to cook on the Licence Area or use any naked flame;
(c) to comply with the Licensor's reasonable regulations for the Building notified from time to time.
IN WITNESS whereof the parties have signed this Licence on the date first written above.
Signed for and on behalf of CASTLEBRIDGE PROPERTY HOLDINGS DESIGNATED ACTIVITY COMPANY by Declan Moran, Director
Signed for and on behalf of WILLOW AND WREN COFFEE LIMITED by Aoife Brennan, Director`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Castlebridge Property Holdings Designated Activity Company", "Willow and Wren Coffee Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v29-property-belfast-rent-review-memo",
    format: "txt",
    source: `# RENT REVIEW MEMORANDUM
THIS MEMORANDUM is made the second day of June Two Thousand and Twenty-Six
BETWEEN LAGAN QUAY INVESTMENTS LIMITED (company number NI612345) whose registered office is at 1 Donegall Quay, Belfast BT1 3EA (the "Landlord") of the one part and MOURNE OUTDOOR SUPPLIES LTD (company number NI058812) whose registered office is at 88 Main Street, Newcastle, County Down BT33 0AE (the "Tenant") of the other part.
WHEREAS:
1. By a lease dated 14 October 2016 and made between the Landlord of the one part and the Tenant of the other part (the "Lease") the premises known as Unit 6, Laganside Retail Park, Belfast BT7 1JQ (the "Premises") were demised for a term of fifteen years from 1 October 2016 at an initial yearly rent of £41,000, subject to review on every fifth anniversary of that date.
2. The Lease provides that the reviewed rent shall be payable from the review date falling on 1 October 2025 (the "Review Date").
3. The Landlord and the Tenant have agreed the rent payable under the Lease from the Review Date and have agreed to record it in this memorandum.
NOW IT IS HEREBY RECORDED AND AGREED as follows:
1. The yearly rent payable under the Lease from and including the Review Date is £48,750 (forty-eight thousand seven hundred and fifty pounds) exclusive of VAT.
2. The Tenant shall pay to the Landlord within fourteen (14) days of the date of this memorandum the difference between the rent paid and the reviewed rent for the period from the Review Date to the quarter day next following the date of this memorandum, together with interest on it at the rate set out in the Lease.
3. The next review date under the Lease remains 1 October 2030.
4. Save as recorded above, the Lease remains in full force and effect, and nothing in this memorandum varies its terms.
5. This memorandum is governed by the law of Northern Ireland.
Signed on behalf of the Landlord: Colm Gillespie, Director
Signed on behalf of the Tenant: Niamh Dougan, Director
A duplicate of this memorandum is to be annexed to each part of the Lease.`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Lagan Quay Investments Limited", "Mourne Outdoor Supplies Ltd"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v29-property-parramatta-deed-of-surrender",
    format: "pdf",
    pdfMargin: 84,
    source: `# DEED OF SURRENDER OF LEASE
Shop 14, Parramatta Gateway Centre, 120 Church Street, Parramatta NSW 2150
Harbourline Retail Pty Ltd (ACN 612 448 901) as trustee for the Harbourline Retail Property Trust
Bellbird Pharmacy Pty Ltd (ACN 143 227 018)
Thomas Albert Kowalski
Marlow Pryce Lawyers, Level 22, 1 Farrer Place, Sydney NSW 2000
===
THIS DEED is made on 16 June 2026
# Parties
Harbourline Retail Pty Ltd (ACN 612 448 901) of Level 9, 60 Margaret Street, Sydney NSW 2000 in its capacity as trustee for the Harbourline Retail Property Trust (Landlord)
Bellbird Pharmacy Pty Ltd (ACN 143 227 018) of Shop 14, Parramatta Gateway Centre, 120 Church Street, Parramatta NSW 2150 (Tenant)
Thomas Albert Kowalski of 31 Grandview Parade, Epping NSW 2121 (Guarantor)
# Background
A. By registered lease AM482190 dated 2 July 2019 (Lease) the Landlord leased the Premises to the Tenant for a term of 10 years commencing on 1 July 2019, with an option to renew for a further 5 years.
B. The Guarantor guaranteed the Tenant's obligations under the Lease.
C. The Tenant has asked the Landlord to accept a surrender of the Lease and the Landlord has agreed on the terms of this deed.
# Operative provisions
1. Definitions and commencement
1.1 Surrender Date means 30 June 2026.
1.2 Surrender Payment means $85,000 (plus GST).
1.3 This deed takes effect on and from the Surrender Date.
2. Surrender
2.1 With effect on and from the Surrender Date the Tenant surrenders the Lease and its estate and interest in the Premises to the Landlord, and the Landlord accepts that surrender.
2.2 The Tenant must pay the Surrender Payment to the Landlord within 5 Business Days after the date of this deed.
2.3 The Tenant must vacate the Premises and return all keys and access cards by 4.00 pm on the Surrender Date.
3. Releases
3.1 Subject to clause 2.2, the Landlord releases the Tenant and the Guarantor from all claims under the Lease arising after the Surrender Date.
3.2 The Landlord must return the bank guarantee held under the Lease within 30 days after the Surrender Date.
4. Registration
4.1 The Landlord must lodge this deed (or a surrender in registrable form) for registration with NSW Land Registry Services, and the Tenant must pay the registration fee.
5. Governing law
5.1 This deed is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of its courts.
Executed as a deed by each party in accordance with section 127 of the Corporations Act 2001 (Cth) or, in the case of the Guarantor, signed sealed and delivered in the presence of a witness.`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Harbourline Retail Pty Ltd", "Bellbird Pharmacy Pty Ltd", "Thomas Albert Kowalski"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v29-property-douglas-deed-of-covenant",
    format: "docx",
    source: `# DEED OF COVENANT
THIS DEED OF COVENANT is made on the 3rd day of March 2026
BETWEEN:
(1) MARTIN JOHN QUAYLE and ELLEN MARGARET QUAYLE both of 14 Ballaquayle Road, Douglas, Isle of Man IM2 5DQ (together the "Covenantors");
(2) SULBY HEIGHTS MANAGEMENT COMPANY LIMITED, a company incorporated in the Isle of Man with company number 013456C whose registered office is at 2 Athol Street, Douglas, Isle of Man IM1 1JA (the "Management Company"); and
(3) MANNIN PROPERTY HOLDINGS LIMITED, a company incorporated in the Isle of Man with company number 127731C whose registered office is at 30 Prospect Hill, Douglas, Isle of Man IM1 1ET (the "Landlord").
# RECITALS
(A) By a lease dated 12 September 2008 and made between the Landlord (1), the Management Company (2) and Catriona Kermode (3) (the "Lease") Apartment 9, Sulby Heights, Queens Promenade, Douglas (the "Apartment") was demised for a term of 999 years from 1 January 2008.
(B) The Lease requires that any assignee of the Lease enters into a deed of covenant with the Management Company and the Landlord before registration of the assignment.
(C) The Covenantors are taking an assignment of the Lease on the date of this deed.
# NOW THIS DEED WITNESSES
1. The Covenantors jointly and severally covenant with the Management Company and separately with the Landlord that from the date of the assignment they will pay the service charge and the ground rent reserved by the Lease and observe and perform the tenant's covenants and the regulations contained in the Lease.
2. The Covenantors' liability under clause 1 ends when they assign the Lease with the consent required by the Lease and the assignee has entered into a deed of covenant in this form, but without release from any earlier breach.
3. The Management Company confirms that the service charge for the year ending 31 December 2025 has been paid and that no arrears are outstanding at the date of this deed.
4. The Covenantors shall notify the Management Company of the assignment within one month and pay its reasonable registration fee of £95.
5. This deed is governed by and shall be construed in accordance with the laws of the Isle of Man and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
===
IN WITNESS of which this deed has been executed and delivered on the date first written above.
SIGNED AND DELIVERED as a deed by MARTIN JOHN QUAYLE in the presence of: Witness: Ruth Corlett, Solicitor, Douglas
SIGNED AND DELIVERED as a deed by ELLEN MARGARET QUAYLE in the presence of: Witness: Ruth Corlett, Solicitor, Douglas
EXECUTED as a deed by SULBY HEIGHTS MANAGEMENT COMPANY LIMITED acting by Graham Skillicorn, Director, and Lorna Teare, Secretary
EXECUTED as a deed by MANNIN PROPERTY HOLDINGS LIMITED acting by Peter Cannell, Director, in the presence of: Witness: Jill Moore`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Martin John Quayle", "Ellen Margaret Quayle", "Sulby Heights Management Company Limited", "Mannin Property Holdings Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v29-property-glasgow-minute-of-variation",
    format: "txt",
    source: `# MINUTE OF VARIATION OF LEASE
between
CALEDONIAN ARCADE NOMINEES LIMITED, incorporated under the Companies Acts (Registered Number SC198472) and having their Registered Office at 150 St Vincent Street, Glasgow G2 5NE, as nominee for and on behalf of the Caledonian Arcade Unit Trust (hereinafter referred to as the "Landlords")
and
THISTLE & PINE INTERIORS LIMITED, incorporated under the Companies Acts (Registered Number SC551230) and having their Registered Office at 27 Bath Street, Glasgow G2 1HW (hereinafter referred to as the "Tenants")
CONSIDERING THAT:
(ONE) By Lease between the Landlords and the Tenants dated 11 and 16 May 2016 and registered in the Books of Council and Session on 20 June 2016 (the "Lease"), the Landlords let to the Tenants the subjects known as Unit 3, Caledonian Arcade, 45 Buchanan Street, Glasgow for the period from and including 28 May 2016 until and including 27 May 2031;
(TWO) The Lease contains a tenant's option to terminate the Lease on 28 May 2026, which the Tenants did not exercise; and
(THREE) The Landlords and the Tenants have agreed to vary the Lease on the terms of this Minute of Variation.
NOW THEREFORE the Landlords and the Tenants HAVE AGREED and DO HEREBY AGREE that with effect from 28 November 2026 (the "Effective Date") the Lease shall be varied as follows:
1. Clause 4.1 (Use) of the Lease is deleted and replaced with: "The Tenants shall use the Premises only as a showroom for the display and sale of furniture, soft furnishings and interior design services and for no other purpose."
2. A new Clause 19 (Tenants' Break Option) is inserted: "The Tenants may bring this Lease to an end on 28 May 2029 by giving to the Landlords not less than six months' prior written notice, provided that there are no arrears of rent at the date of termination."
3. The rent payable under the Lease from the Effective Date shall be reduced to FIFTY-TWO THOUSAND POUNDS (£52,000) Sterling per annum, payable quarterly in advance, until the next rent review date under the Lease.
4. Save as varied by this Minute of Variation, the Lease shall remain in full force and effect and the Tenants' period of lease shall not be extended.
5. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
6. The parties consent to the registration of this Minute of Variation and of any certificate under it for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CALEDONIAN ARCADE NOMINEES LIMITED at Glasgow on 14 October 2026 by Alasdair Fraser, Director, before this witness: Morag Innes, 150 St Vincent Street, Glasgow
Subscribed for and on behalf of THISTLE & PINE INTERIORS LIMITED at Edinburgh on 21 October 2026 by Kirsty McLeod, Director, before this witness: Euan Baird, 9 Queen Street, Edinburgh`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Caledonian Arcade Nominees Limited", "Thistle & Pine Interiors Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-11-28",
      amends: "Lease",
    },
  },
  {
    id: "v29-property-houston-management-agreement",
    format: "docx",
    storedPageCount: 3,
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and between LONE STAR GALLERIA OWNER, LLC, a Delaware limited liability company ("Owner"), and PECAN GROVE REALTY MANAGEMENT, INC., a Texas corporation ("Manager").
# RECITALS
Owner is the owner of the retail shopping center commonly known as Westheimer Galleria Commons, 5800 Westheimer Road, Houston, Texas 77057, as more particularly described in Exhibit A (the "Property"). Owner desires to engage Manager to manage, operate and lease the Property, and Manager is willing to do so on the terms of this Agreement.
# AGREEMENT
1. Appointment. Owner hereby appoints Manager as the exclusive managing and leasing agent of the Property, and Manager accepts such appointment.
2. Term. The term of this Agreement shall commence on April 1, 2026 (the "Commencement Date") and shall continue for an initial term of one (1) year. Thereafter, this Agreement shall automatically renew for successive one (1) year periods unless either party delivers written notice of non-renewal to the other at least sixty (60) days before the end of the then-current term.
3. Duties of Manager. Manager shall collect rents, enforce the tenant leases of the Property (the terms of which Manager shall not extend beyond ten (10) years without Owner's written approval), arrange for repairs and maintenance, and deliver monthly operating reports to Owner by the fifteenth (15th) day of each month.
4. Compensation. Owner shall pay Manager a management fee equal to four percent (4%) of gross receipts collected from the Property, payable monthly in arrears by the tenth (10th) day of each calendar month, together with the leasing commissions set out in Exhibit B.
5. Termination. Owner may terminate this Agreement for convenience on thirty (30) days' written notice. Upon any termination Manager shall deliver all books, records, keys and tenant files to Owner within fifteen (15) days.
6. Non-Solicitation. During the term and for twelve (12) months thereafter, neither party shall solicit for employment any on-site employee of the other.
7. Indemnity. Manager shall indemnify Owner against claims arising from Manager's gross negligence or willful misconduct. This Section 7 shall survive termination for a period of two (2) years.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, and venue for any action shall lie exclusively in Harris County, Texas.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
OWNER: LONE STAR GALLERIA OWNER, LLC, a Delaware limited liability company
By: Galleria Holdings Manager LLC, its managing member
By: ______________________ Name: Rebecca Alvarez Title: Vice President
MANAGER: PECAN GROVE REALTY MANAGEMENT, INC., a Texas corporation
By: ______________________ Name: Dwayne Whitfield Title: President
===
# EXHIBIT A – LEGAL DESCRIPTION OF THE PROPERTY
Being a 9.412 acre tract of land situated in the John Austin Survey, Abstract No. 1, Harris County, Texas, being all of Reserve "A", Westheimer Galleria Commons, a subdivision recorded in Film Code No. 651204 of the Map Records of Harris County, Texas.
# EXHIBIT B – LEASING COMMISSIONS
| New lease | 6% of base rent for years 1–5; 3% for years 6–10 |
| Renewal or extension | 3% of base rent for the renewal term |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Lone Star Galleria Owner, LLC", "Pecan Grove Realty Management, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v29-property-causeway-bay-agreement-for-lease",
    format: "pdf",
    pageFooters: true,
    source: `# AGREEMENT FOR LEASE
THIS AGREEMENT is made the 20th day of April 2026
BETWEEN:
(1) VICTORIA HARBOUR PLAZA LIMITED, a company incorporated in Hong Kong (Company No. 0418826) whose registered office is situate at 38th Floor, Harbour Centre Tower, 8 Percival Street, Causeway Bay, Hong Kong (the "Landlord"); and
(2) JADE LANTERN TEAHOUSE COMPANY LIMITED, a company incorporated in Hong Kong (Company No. 2987154) whose registered office is situate at Flat B, 11th Floor, Kiu Fu Commercial Building, 300 Lockhart Road, Wan Chai, Hong Kong (the "Tenant").
NOW IT IS HEREBY AGREED as follows:
1. Agreement to let. The Landlord agrees to let and the Tenant agrees to take the Premises for the Term at the Rent and on the other terms set out in the Schedule and in the form of lease annexed (the "Lease").
2. Execution of Lease. The Tenant shall execute and deliver the Lease to the Landlord within fourteen (14) days after the Landlord's written request. Until the Lease is executed, the Tenant shall hold the Premises from the Term Commencement Date as if the Lease had been granted, and the covenants of the Lease shall bind both parties accordingly.
3. Deposit. On signing this Agreement the Tenant shall pay the Deposit, which the Landlord shall hold, free of interest, until thirty (30) days after the expiry or sooner determination of the Term and the delivery up of the Premises.
4. Fitting-out. The Tenant may enter the Premises during the Fitting-out Period as licensee only to carry out its fitting-out works in accordance with the Landlord's approved plans. No rent is payable during the Fitting-out Period, but the Tenant shall pay management fees and air-conditioning charges.
5. Stamp duty and costs. The stamp duty on this Agreement and on the Lease shall be borne by the parties in equal shares, and each party shall bear its own legal costs.
6. Conditions. If the Tenant fails to pay the Deposit or to execute the Lease when required, the Landlord may rescind this Agreement by written notice and forfeit the Deposit.
7. Governing law. This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
# THE SCHEDULE
| Premises | Shop G12, Ground Floor, Victoria Harbour Plaza, 8 Percival Street, Causeway Bay, Hong Kong |
| Term | Three (3) years from and including the Term Commencement Date to and including 31 August 2029 |
| Term Commencement Date | 1 September 2026 |
| Rent | HK$185,000 per month, exclusive of rates, management fees and air-conditioning charges, payable monthly in advance on the first day of each calendar month |
| Rent-free Period | Two (2) months from the Term Commencement Date |
| Fitting-out Period | 1 July 2026 to 31 August 2026 |
| Deposit | HK$735,000, equal to three (3) months' Rent plus management fees and air-conditioning charges |
| Option to Renew | A further term of three (3) years at the then open market rent, exercisable by the Tenant by written notice given not less than six (6) months before the expiry of the Term |
| Break Clause | None |
SIGNED by Leung Wai Man, director, for and on behalf of the Landlord
SIGNED by Chan Siu Ling, director, for and on behalf of the Tenant
Received from the Tenant the Deposit of HK$735,000 this 20th day of April 2026.`,
    truth: {
      title: "Agreement for Lease",
      documentType: "Lease",
      parties: ["Victoria Harbour Plaza Limited", "Jade Lantern Teahouse Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-09-01",
      expiryDate: "2029-08-31",
      term: "3 years",
    },
  },
];
