import type { UnseenDocument } from "../unseen/types";

/** Property and leasing documents (v15, set b): leases, licences, variations, notices and memoranda, with durations hidden among distractors. */
export const PROPERTY_AND_LEASING_V15: UnseenDocument[] = [
  {
    id: "v15-b-lease-harrowgate-pemberton",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Unit 4, Calder Park, Wakefield WF2 7AL
Dated 14 April 2026
HARROWGATE ESTATES LIMITED (1)
PEMBERTON OPTICS LTD (2)
MAURA PEMBERTON (3)
===
# Particulars
| Date | 14 April 2026 |
| Landlord | Harrowgate Estates Limited (company number 04417782) whose registered office is at 9 Park Row, Leeds LS1 5HD |
| Tenant | Pemberton Optics Ltd (company number 11820345) whose registered office is at 3 Bridge Street, Wakefield WF1 1QX |
| Guarantor | Maura Pemberton of 27 Lupset Crescent, Wakefield WF2 8RT |
| Property | Unit 4, Calder Park, Wakefield WF2 7AL shown edged red on Plan 1 |
| Rent | £48,500 a year exclusive of VAT |
| Rent Commencement Date | the date falling six months after the Term Commencement Date |
| Review Date | the fifth anniversary of the Term Commencement Date |
| Break Date | 24 March 2031 |
| Term Commencement Date | 25 March 2026 |
| Contractual Term | ten (10) years from and including the Term Commencement Date |
# 1. Interpretation
1.1 The definitions in the Particulars apply in this Lease. “Term” means the Contractual Term together with any period of holding over or extension of it, whether by statute or at common law.
1.2 A reference to the end of the Term is to the end of the Term however it ends.
# 2. Grant and rent
2.1 In consideration of the Tenant's covenants, the Landlord lets the Property to the Tenant for the Contractual Term.
2.2 The Tenant shall pay the Rent from the Rent Commencement Date by equal quarterly payments in advance on the usual quarter days. Any sum not paid within 14 days after its due date bears interest at 4% a year above the Bank of England base rate.
2.3 The Rent shall be reviewed on the Review Date to the open market rent, upwards only.
# 3. Tenant's break clause
3.1 The Tenant may end this Lease on the Break Date by giving the Landlord not less than six months' prior written notice, provided that on the Break Date the Tenant has paid the Rent then due and gives up vacant possession.
# 4. Guarantee
4.1 The Guarantor guarantees to the Landlord the performance of the tenant covenants. The Guarantor's liability ends when the Tenant is released from the tenant covenants under the Landlord and Tenant (Covenants) Act 1995.
# 5. Exclusion of security of tenure
5.1 The parties confirm that the Landlord served a notice on the Tenant in accordance with section 38A(3)(a) of the Landlord and Tenant Act 1954 not less than 14 days before this Lease was entered into, and that sections 24 to 28 of that Act are excluded.
# 6. Governing law
6.1 This Lease and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
===
Executed as a deed by HARROWGATE ESTATES LIMITED acting by Philip Ashworth, a director, in the presence of a witness
Executed as a deed by PEMBERTON OPTICS LTD acting by Maura Pemberton, a director, in the presence of a witness
Signed as a deed by MAURA PEMBERTON in the presence of a witness`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Harrowgate Estates Limited", "Pemberton Optics Ltd", "Maura Pemberton"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v15-b-minute-of-variation-st-vincent-street",
    format: "pdf",
    source: `# MINUTE OF VARIATION
of Lease
between
CLYDEVIEW PROPERTY INVESTMENTS LIMITED
and
THE MACKINNON PARTNERSHIP LLP
relating to Ground Floor, 140 St Vincent Street, Glasgow G2 5LA
===
MINUTE OF VARIATION between
CLYDEVIEW PROPERTY INVESTMENTS LIMITED, incorporated under the Companies Acts (registered number SC482210) and having its registered office at 22 Blythswood Square, Glasgow G2 4BG (the “Landlord”); and
THE MACKINNON PARTNERSHIP LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO305561) and having its registered office at 140 St Vincent Street, Glasgow G2 5LA (the “Tenant”)
WHEREAS
(A) By Lease between the Landlord and the Tenant dated 2 June and registered in the Books of Council and Session on 11 June 2019 (the “Lease”), the Landlord let the Ground Floor, 140 St Vincent Street, Glasgow (the “Premises”) to the Tenant for a period of fifteen years from and including 28 May 2019.
(B) The Lease provides for review of the rent on each fifth anniversary of the date of entry, and the rent was last reviewed with effect from 28 May 2024.
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this Minute of Variation.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Effective Date. This Minute of Variation takes effect on and from 1 July 2026 (the “Effective Date”).
2. Permitted use. With effect from the Effective Date, Clause 4.1 of the Lease is deleted and replaced by: “The Tenant shall use the Premises only as offices within Class 4 of the Town and Country Planning (Use Classes) (Scotland) Order 1997 or as a training centre.”
3. Service charge. The service charge cap in Clause 7.3 of the Lease is increased to £18,750 per annum, payable within twenty-one days of demand.
4. Notices. Clause 19 of the Lease is amended so that notices may also be served by email, and a notice sent by email is treated as received two business days after it is sent.
5. Continuation. Except as varied by this Minute of Variation, the Lease continues in full force and effect. Nothing in this Minute of Variation alters the duration of the Lease or its date of expiry.
6. Governing law. This Minute of Variation is governed by the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
7. Registration. The parties consent to the registration of this Minute of Variation and of any certificate referred to in it for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CLYDEVIEW PROPERTY INVESTMENTS LIMITED at Glasgow on 12 June 2026 by Fiona Drummond, Director, before this witness: Alan Reid, 5 Hope Street, Glasgow
Subscribed for and on behalf of THE MACKINNON PARTNERSHIP LLP at Edinburgh on 19 June 2026 by Hamish MacKinnon, Designated Member, before this witness: Isla Grant, 9 Queen Street, Edinburgh`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Clydeview Property Investments Limited", "The MacKinnon Partnership LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      amends: "Lease",
    },
  },
  {
    id: "v15-b-kiosk-licence-parramatta",
    format: "pdf",
    pageFooters: true,
    source: `# KIOSK LICENCE AGREEMENT
Parramatta Gateway Shopping Centre
# Item Schedule
| Item 1 — Licensor | Parramatta Gateway Pty Ltd (ACN 612 447 903) as trustee for the Gateway Retail Trust, Level 3, 88 Church Street, Parramatta NSW 2150 |
| Item 2 — Licensee | Minh Anh Tran trading as Bean There Coffee, 5/41 Good Street, Granville NSW 2142 |
| Item 3 — Licensed Area | Kiosk K12, Ground Level, shown hatched on the plan in Annexure A |
| Item 4 — Licence Fee | $3,150 per month plus GST, payable monthly in advance within 7 days of invoice |
| Item 5 — Security Deposit | an amount equal to three months' Licence Fee |
| Item 6 — Trading Hours | 7.00 am to 6.00 pm, seven days a week |
| Item 7 — Commencement Date | 1 August 2026 |
| Item 8 — Licence Period | eighteen (18) months starting on the Commencement Date |
| Item 9 — Holdover Period | six (6) months |
This Agreement is dated 15 July 2026 and is made between the Licensor and the Licensee named in the Item Schedule.
# 1. Grant of licence
1.1 The Licensor grants the Licensee a non-exclusive licence to occupy the Licensed Area during the Trading Hours for the sale of coffee, tea and pre-packaged snacks. This Agreement is a licence only and does not create a lease or any other interest in land.
# 2. Licence Fee and Security Deposit
2.1 The Licensee must pay the Licence Fee as set out in Item 4. Any amount unpaid for more than 14 days bears interest at 8% per annum.
2.2 The Licensor will refund the Security Deposit within 60 days after this Agreement ends, less any amount the Licensee owes.
# 3. Licence Period and holdover
3.1 The licence runs for the Licence Period.
3.2 At the end of the Licence Period and of each Holdover Period, this Agreement automatically continues for a further Holdover Period unless either party has given the other at least sixty (60) days' written notice that it is to end.
3.3 The Licensor may relocate the Licensee to another kiosk within the Centre on 30 days' notice.
# 4. Termination
4.1 The Licensor may terminate this Agreement on 14 days' notice if the Licence Fee remains unpaid after its due date.
# 5. Governing law
5.1 This Agreement is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
Executed by Parramatta Gateway Pty Ltd (ACN 612 447 903) as trustee for the Gateway Retail Trust in accordance with section 127 of the Corporations Act 2001 (Cth): Director — Rebecca Lowe; Director/Secretary — Tom Kariotis
Signed by Minh Anh Tran in the presence of: Witness — Linh Nguyen`,
    truth: {
      title: "Kiosk Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Parramatta Gateway Pty Ltd", "Minh Anh Tran"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-01-31",
      term: "18 months",
      renewal: "6 months",
    },
  },
  {
    id: "v15-b-break-notice-riverbank-house",
    format: "pdf",
    pdfMargin: 90,
    source: `# NOTICE OF EXERCISE OF BREAK OPTION
To: Grand Canal Dock Properties Designated Activity Company (registered number 587214), whose registered office is at 2 Hanover Quay, Dublin 2, D02 XW80 (the “Landlord”)
From: Oisín Software Solutions Limited (registered number 432119), whose registered office is at Unit 7, Block C, Sandyford Business Park, Dublin 18, D18 K6P2 (the “Tenant”)
Property: Third Floor, Riverbank House, 14 Sir John Rogerson's Quay, Dublin 2
Lease: the lease dated 19 February 2015 made between Liffeyside Developments Limited (1) and the Tenant (2) of the Property for a term of twenty (20) years from 1 March 2015, the reversion to which is now vested in the Landlord
1. We, the Tenant, give you notice under clause 11.2 of the Lease that we exercise the option to determine the Lease on 28 February 2027 (the “Break Date”).
2. Clause 11.2 of the Lease requires not less than nine (9) months' prior written notice and requires that, on the Break Date, all rent then due has been paid and vacant possession of the Property is given up. The Tenant confirms that it will comply with those conditions.
3. Accordingly, the term granted by the Lease will end on the Break Date, without prejudice to the rights of either party in respect of any earlier breach of covenant.
4. Rent for the quarter beginning 1 December 2026 will be paid in full, and the Tenant requests repayment, within 28 days after the Break Date, of any rent paid for the period after the Break Date.
5. This notice is served by registered post and by hand at the Landlord's registered office in accordance with clause 14 of the Lease. A copy is being sent to the Landlord's managing agents, Hartley Lambert Property Advisers, for information only.
6. Please acknowledge receipt by signing and returning the enclosed copy of this notice within fourteen (14) days.
Dated this 21st day of May 2026
Signed: Ciara Ní Bhriain, Director, for and on behalf of Oisín Software Solutions Limited
===
# Acknowledgement of receipt
We acknowledge receipt of the original of this notice on 25 May 2026.
Signed: Conor Whelan, Director, for and on behalf of Grand Canal Dock Properties Designated Activity Company`,
    truth: {
      title: "Notice of Exercise of Break Option",
      documentType: "Notice",
      parties: ["Oisín Software Solutions Limited", "Grand Canal Dock Properties Designated Activity Company"],
      effectiveDate: "2026-05-21",
    },
  },
  {
    id: "v15-b-property-management-bluebonnet",
    format: "docx",
    storedPageCount: 2,
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and between Bluebonnet Ridge Apartments, LLC, a Texas limited liability company ("Owner"), and Lone Star Residential Management, Inc., a Texas corporation ("Manager").
# RECITALS
A. Owner owns the 212-unit multifamily community known as Bluebonnet Ridge, located at 4800 West Slaughter Lane, Austin, Texas 78749 (the "Property").
B. Owner desires to engage Manager to manage, operate and lease the Property, and Manager desires to accept that engagement, on the terms of this Agreement.
NOW, THEREFORE, in consideration of the mutual covenants below, Owner and Manager agree as follows:
1. Management Fee. Owner shall pay Manager a monthly fee equal to three and one-half percent (3.5%) of Gross Collections, payable on or before the tenth (10th) day of each month for the preceding month.
2. Leasing Authority. Manager shall not enter into any residential lease for a term of less than six (6) months or more than fifteen (15) months without Owner's prior written approval.
3. Reports. Manager shall deliver to Owner a rent roll, an aged delinquency report and an operating statement within twenty (20) days after the end of each calendar month.
4. Term. The term of this Agreement shall commence on April 1, 2026 (the "Commencement Date") and shall continue for an initial term of one (1) year. Thereafter this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either party delivers written notice of non-renewal to the other not less than sixty (60) days before the end of the then-current term.
5. Termination. Either party may terminate this Agreement without cause on thirty (30) days' prior written notice. If Owner terminates without cause during the first six (6) months of the initial term, Owner shall pay Manager a termination fee equal to one month's Management Fee.
===
6. Indemnity; Survival. Owner shall indemnify Manager against third-party claims arising from the condition of the Property, except to the extent caused by Manager's gross negligence or willful misconduct. This Section 6 shall survive for two (2) years after the expiration or termination of this Agreement.
7. Governing Law. This Agreement shall be governed by the laws of the State of Texas, and exclusive venue for any action shall lie in Travis County, Texas.
8. Entire Agreement. This Agreement is the entire agreement of the parties concerning its subject matter and may be amended only in a writing signed by both parties.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
OWNER: BLUEBONNET RIDGE APARTMENTS, LLC — By: Carla Whitfield, Authorized Signatory
MANAGER: LONE STAR RESIDENTIAL MANAGEMENT, INC. — By: Derek Alvarez, President`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Bluebonnet Ridge Apartments, LLC", "Lone Star Residential Management, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v15-b-tenancy-holland-grove",
    format: "docx",
    source: `# TENANCY AGREEMENT
THIS TENANCY AGREEMENT is made on 12 May 2026
BETWEEN
(1) TAN WEI MING and LIM SIEW LING, both of 18 Jalan Kembangan, Singapore 419122 (together the “Landlord”); and
(2) NORDVIK MARINE PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 1 HarbourFront Avenue, #14-07 Keppel Bay Tower, Singapore 098632 (the “Tenant”).
WHEREBY IT IS AGREED as follows:
1. Premises. The Landlord lets and the Tenant takes the apartment known as 7 Holland Grove Road, #03-02, Singapore 278790, with the furniture and fittings listed in the inventory (the “Premises”), for use as a private residence by the Tenant's employee, Mr Erik Solberg, and his immediate family only.
2. Rent and deposit.
(a) The monthly rent is S$6,800, payable in advance on the 1st day of each calendar month without deduction.
(b) The Tenant shall pay a security deposit of S$13,600, equal to two (2) months' rent, to be refunded without interest within fourteen (14) days after the end of the tenancy, less any lawful deductions.
3. Minor repairs. The Tenant shall bear the cost of minor repairs up to S$200 per item and shall have the air-conditioning units serviced once every three (3) months.
4. Diplomatic clause. If Mr Erik Solberg is transferred out of Singapore at any time after the first twelve (12) months of the tenancy, the Tenant may end the tenancy by giving the Landlord not less than two (2) months' written notice, together with documentary evidence of the transfer.
===
5. Term. The tenancy is for a term of two (2) years commencing on 1 June 2026 (the “Commencement Date”) and expiring on 31 May 2028.
6. Option to renew. On the Tenant's written request made not less than three (3) months before the expiry of the term, and provided there is no subsisting breach, the Landlord shall grant the Tenant a further term of one (1) year at the prevailing market rent, on the same terms except this option.
7. Stamp duty. The stamp duty on this Agreement shall be borne by the Tenant.
8. Governing law. This Agreement is governed by the laws of the Republic of Singapore.
Signed by TAN WEI MING
Signed by LIM SIEW LING
Signed by Kari Hansen, Director, for and on behalf of NORDVIK MARINE PTE. LTD.`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Tan Wei Ming", "Lim Siew Ling", "Nordvik Marine Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-05-31",
      term: "2 years",
    },
  },
  {
    id: "v15-b-car-parking-licence-westlands",
    format: "txt",
    source: `# CAR PARKING LICENCE
Westlands Square, Waiyaki Way, Nairobi
1. Definitions. In this Licence: “Licensor” means the party signing below as Licensor; “Licensee” means the party signing below as Licensee; “Spaces” means the twelve (12) car parking bays numbered B1-14 to B1-25 on Basement Level 1 of Westlands Square; and “Start Date” means 1 September 2026.
2. Licence. The Licensor permits the Licensee, its staff and visitors to park private motor vehicles in the Spaces 24 hours a day, subject to the Licensor's right of access for cleaning and maintenance. This Licence is personal to the Licensee and creates no tenancy or other interest in land.
3. Fee. The Licensee shall pay KES 9,500 per Space per month plus VAT, invoiced quarterly in advance and payable within fifteen (15) days of the invoice date. The Licensor may review the fee once in any twelve (12) month period on one month's written notice.
4. Access cards. The Licensee shall pay a deposit of KES 2,000 for each access card, refundable within thirty (30) days after this Licence ends on return of the card.
5. Duration. This Licence starts on the Start Date and has no fixed end date. It continues until terminated by either party giving the other not less than one (1) calendar month's written notice, which may expire on any day.
6. Immediate termination. The Licensor may end this Licence immediately by notice if any fee remains unpaid thirty (30) days after it is due.
7. Risk. Vehicles and their contents are parked entirely at the owner's risk, and the Licensor is not liable for any loss or damage except where caused by its negligence.
8. Governing law. This Licence is governed by the laws of Kenya, and the parties submit to the jurisdiction of the courts of Kenya at Nairobi.
SIGNED for and on behalf of the Licensor, WESTLANDS SQUARE LIMITED (Company No. PVT-AAB7K2Q), P.O. Box 45210-00100, Nairobi, by Njeri Kamau, Director, on 18 August 2026
SIGNED for and on behalf of the Licensee, KILIMO ANALYTICS EAST AFRICA LIMITED (Company No. PVT-7LU5R3M), 4th Floor, The Mirage, Chiromo Road, Nairobi, by Brian Otieno, Director, on 20 August 2026`,
    truth: {
      title: "Car Parking Licence",
      documentType: "Licence agreement",
      parties: ["Westlands Square Limited", "Kilimo Analytics East Africa Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-09-01",
      term: "Until terminated",
    },
  },
  {
    id: "v15-b-rent-review-memorandum-harbour-house",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
Date: 6 November 2026
Parties:
(1) MANNIN QUAY INVESTMENTS LIMITED (company number 012345C) of 3 Athol Street, Douglas, Isle of Man IM1 1JE (the “Landlord”)
(2) CREGNEASH DIGITAL LIMITED (company number 134567C) of Suite 2, Peel Road, Douglas, Isle of Man IM1 4LZ (the “Tenant”)
Lease: the lease dated 29 September 2016 made between the Landlord (1) and the Tenant (2) of the Second Floor, Harbour House, North Quay, Douglas, for a term of fifteen (15) years commencing on 29 September 2016 and expiring on 28 September 2031
Review Date: 29 September 2026
1. The Landlord and the Tenant record that the yearly rent reserved by the Lease has been agreed at £62,000 per annum exclusive of VAT (the “Reviewed Rent”), payable as from the Review Date. The rent payable from the previous review date, 29 September 2021, was £55,500 per annum.
2. Within fourteen (14) days of the date of this Memorandum the Tenant shall pay the shortfall between the Reviewed Rent and the rent paid since the Review Date, together with interest under clause 4.7 of the Lease.
3. The Review Date is the last review date under the Lease.
4. This Memorandum takes effect on the date written above. It is supplemental to the Lease, shall be annexed to the Lease and its counterpart, and does not vary the term of the Lease or any of its other provisions.
5. This Memorandum is governed by the laws of the Isle of Man.
Signed by Gareth Quayle, Director, for and on behalf of MANNIN QUAY INVESTMENTS LIMITED
Signed by Ruth Kinvig, Director, for and on behalf of CREGNEASH DIGITAL LIMITED`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Mannin Quay Investments Limited", "Cregneash Digital Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-11-06",
    },
  },
];
