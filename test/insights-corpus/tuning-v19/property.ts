import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: property documents (leases, licences to occupy, rent reviews, variations, surrenders, management, consents). */
export const PROPERTY_V19: UnseenDocument[] = [
  {
    id: "v19-property-scottish-trade-unit-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
between
ABERDEEN HARBOUR ESTATES LIMITED
and
CAIRNGORM OUTDOOR SUPPLIES LLP
and
CAIRNGORM GROUP HOLDINGS LIMITED
Subjects: Unit 4, Footdee Trade Park, Aberdeen AB11 5DQ
===
# LEASE
between
ABERDEEN HARBOUR ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC204518) and having its Registered Office at 7 Regent Quay, Aberdeen AB11 5BE (hereinafter referred to as “the Landlords”);
CAIRNGORM OUTDOOR SUPPLIES LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305127) and having its Registered Office at 19 High Street, Aviemore PH22 1RH (hereinafter referred to as “the Tenants”); and
CAIRNGORM GROUP HOLDINGS LIMITED, incorporated under the Companies Acts (Registered Number SC511093) and having its Registered Office at 19 High Street, Aviemore PH22 1RH (hereinafter referred to as “the Guarantors”)
# 1. Definitions
In this Lease: “Date of Entry” means 28 May 2026 notwithstanding the date or dates of execution hereof; “Landlords' Agents” means Grampian Property Partners or such other agents as the Landlords may appoint from time to time; “Rent Commencement Date” means the date falling six months after the Date of Entry; and “Rent Review Date” means the fifth anniversary of the Date of Entry.
# 2. Let and Duration
The Landlords hereby let to the Tenants the Subjects for the period of ten years from and including the Date of Entry (hereinafter referred to as “the Period of the Lease”). The parties agree that this Lease shall not be continued by tacit relocation but shall terminate on the expiry of the Period of the Lease without the need for any notice by either party.
# 3. Rent
The Tenants shall pay to the Landlords a yearly rent of FORTY-TWO THOUSAND POUNDS (£42,000) Sterling, exclusive of VAT, by equal quarterly payments in advance on the Scottish Quarter Days (28 February, 28 May, 28 August and 28 November), the first payment to be made on the Rent Commencement Date for the period from that date to the next Quarter Day.
# 4. Rent Review
The rent shall be reviewed upwards only on the Rent Review Date in accordance with Part 2 of the Schedule, and the reviewed rent shall be notified to the Tenants by the Landlords' Agents.
# 5. Tenants' Option to Terminate
The Tenants may terminate this Lease on the fifth anniversary of the Date of Entry by giving to the Landlords not less than nine months' prior written notice, provided the Tenants are not then in material breach of their obligations.
# 6. Guarantee
The Guarantors guarantee to the Landlords the due payment of the rent and the performance of the Tenants' obligations, which guarantee shall continue in force for so long as the Tenants remain bound under this Lease.
# 7. Law and Jurisdiction
This Lease shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
# 8. Consent to Registration
The parties consent to the registration of this Lease and of any certificate issued under it for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
Subscribed for and on behalf of ABERDEEN HARBOUR ESTATES LIMITED at Aberdeen on 12 May 2026 by Fiona MacRae, Director, before this witness: Callum Reid, Solicitor, 3 Union Row, Aberdeen
Subscribed for and on behalf of CAIRNGORM OUTDOOR SUPPLIES LLP at Aviemore on 14 May 2026 by Euan Grant, Designated Member, before this witness: Isla Munro, 8 Grampian Road, Aviemore
Subscribed for and on behalf of CAIRNGORM GROUP HOLDINGS LIMITED at Aviemore on 14 May 2026 by Euan Grant, Director, before this witness: Isla Munro, 8 Grampian Road, Aviemore`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Aberdeen Harbour Estates Limited", "Cairngorm Outdoor Supplies LLP", "Cairngorm Group Holdings Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2036-05-27",
      term: "10 years",
    },
  },
  {
    id: "v19-property-dublin-desk-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# AGREEMENT
THIS AGREEMENT is dated 9 February 2026
| Item | Details |
| Licensor | Liffey Quay Workspace Limited (company number 612874), whose registered office is at Unit 2, Hanover Quay, Dublin 2, D02 XK73 |
| Licensee | Brightwater Analytics Designated Activity Company (company number 701355), whose registered office is at 40 Fitzwilliam Place, Dublin 2 |
| Building | Hanover Quay Works, Hanover Quay, Dublin 2 |
| Workstations | Twelve (12) desks in the area shown on the plan in the Schedule, or such other desks in the Building as the Licensor may designate from time to time |
| Start Date | 2 March 2026 |
| Licence Period | From the Start Date until terminated under clause 5 |
| Licence Fee | €6,600 per month plus VAT, payable monthly in advance by direct debit |
| Deposit | €13,200, to be repaid within 30 days after this Agreement ends |
# 1. Grant
1.1 The Licensor permits the Licensee to use the Workstations, in common with the Licensor and all others authorised by it, for the Licence Period, together with the use of the shared kitchen, meeting rooms (subject to booking) and washrooms in the Building.
1.2 This Agreement is a personal licence. It does not give the Licensee exclusive possession of any part of the Building and does not create a tenancy or any relationship of landlord and tenant between the parties.
# 2. Relocation and Access
2.1 The Licensor may on not less than 5 Business Days' notice require the Licensee to move to other desks within the Building.
2.2 The Licensor and its contractors may enter any part of the Building at any time without notice.
# 3. Services
The Licence Fee includes heating, lighting, cleaning, broadband and reception services. The Licensor does not warrant that any service will be uninterrupted.
# 4. Superior Lease
The Licensor holds the Building under a lease dated 18 December 2014 made between Docklands Quarter Holdings plc and the Licensor for a term of twenty-five years from 1 January 2015. Nothing in this Agreement authorises the Licensee to do anything that would breach that lease.
# 5. Termination
5.1 Either party may end this Agreement at any time by giving the other not less than one month's written notice, but no such notice given by the Licensee may expire before 31 May 2026.
5.2 This Agreement ends automatically if the Licensor's lease of the Building ends for any reason.
# 6. Governing Law
This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of Liffey Quay Workspace Limited by Aoife Kinsella, Director
Signed for and on behalf of Brightwater Analytics Designated Activity Company by Ronan Deasy, Chief Operating Officer
===
# Schedule – Plan
[Plan showing desks 3.01 to 3.12 on the third floor of the Building, hatched blue]`,
    truth: {
      title: "Agreement",
      documentType: "Licence agreement",
      parties: ["Liffey Quay Workspace Limited", "Brightwater Analytics Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-02",
      term: "Until terminated",
    },
  },
  {
    id: "v19-property-hong-kong-corporate-tenancy",
    format: "txt",
    source: `# TENANCY AGREEMENT
THIS AGREEMENT is made the 15th day of April 2026 BETWEEN the Landlord and the Tenant whose names and addresses are set out in Schedule I.
WHEREBY IT IS AGREED as follows:
1. The Landlord shall let and the Tenant shall take the Premises described in Schedule II for the Term and at the Rent set out in Schedule III, subject to the terms below.
2. The Rent shall be paid monthly in advance on the first day of each calendar month without any deduction. If any Rent remains unpaid for fifteen (15) days after becoming due, the Landlord may re-enter the Premises and this Agreement shall thereupon end.
3. The Tenant shall pay to the Landlord on signing a Deposit equal to two (2) months' Rent, to be refunded without interest within thirty (30) days after the Premises are delivered up in good repair.
4. The Premises shall be used as private residential premises only, for occupation by the Occupier named in Schedule I and his immediate family, and the Tenant shall not assign, underlet or part with possession of the Premises.
5. Break clause: either party may terminate this Agreement at any time after the expiry of the first twelve (12) months of the Term by giving the other not less than two (2) months' written notice or paying two (2) months' Rent in lieu of notice.
6. Option to renew: the Tenant may, by written notice given not less than three (3) months before the expiry of the Term, request a new tenancy of the Premises for a further term of one (1) year at the then prevailing market rent. If the parties do not agree the new rent in writing, the tenancy shall end at the expiry of the Term.
7. The commission payable to Peak Homes Property Agency Limited, the estate agent who introduced the parties, shall be borne by the Landlord and the Tenant in equal shares.
8. This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
# SCHEDULE I
| Landlord | WONG KA LING (Hong Kong Identity Card No. C123456(7)) of Flat B, 12th Floor, Cheery Court, 28 Conduit Road, Mid-Levels, Hong Kong |
| Tenant | HARBOURVIEW ANALYTICS (HONG KONG) LIMITED, whose registered office is at 18th Floor, Tower Two, Pacific Plaza, 9 Queen's Road Central, Hong Kong |
| Occupier | Mr. David Lee Chun-kit, an employee of the Tenant |
# SCHEDULE II
| Premises | Flat A, 21st Floor, Tower 3, Island Crest, 8 First Street, Sai Ying Pun, Hong Kong, together with car parking space No. P17 |
# SCHEDULE III
| Term | Two (2) years commencing on 1st May 2026 and expiring on 30th April 2028 (both days inclusive) |
| Rent | HK$48,000 per month, inclusive of management fees, exclusive of Government rates and Government rent |
| Rent-free period | 1st May 2026 to 14th May 2026 (both days inclusive) |
CONFIRMED AND ACCEPTED by the Landlord: WONG KA LING
CONFIRMED AND ACCEPTED for and on behalf of the Tenant, HARBOURVIEW ANALYTICS (HONG KONG) LIMITED, by Grace Lam, Director
RECEIVED from the Tenant the sum of HK$96,000 being the Deposit above mentioned. WONG KA LING`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Wong Ka Ling", "Harbourview Analytics (Hong Kong) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "2 years",
    },
  },
  {
    id: "v19-property-new-york-management",
    format: "pdf",
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026, by and between 510 WEST 48TH OWNER LLC, a Delaware limited liability company (“Owner”), and HUDSON STREET RESIDENTIAL MANAGEMENT, INC., a New York corporation (“Manager”).
# RECITALS
A. Owner is the fee owner of the land and the forty-two unit residential apartment building known as 510 West 48th Street, New York, New York 10036 (the “Property”).
B. Owner's acquisition of the Property was financed by a mortgage loan from Empire Harbor Bank, N.A. (“Lender”), and Lender requires that the Property be managed by a professional manager reasonably acceptable to it.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Appointment. Owner hereby appoints Manager as the sole and exclusive managing agent of the Property, and Manager accepts such appointment, on the terms of this Agreement. Manager shall act solely as agent of Owner and not as a tenant, partner or joint venturer of Owner.
2. Term. The term of this Agreement shall commence on April 1, 2026 (the “Commencement Date”) and shall continue for an initial period of one (1) year (the “Initial Term”). Upon the expiration of the Initial Term and of each Renewal Term, this Agreement shall automatically be extended for a successive period of one (1) year (each, a “Renewal Term”) unless either party delivers written notice of non-renewal to the other not less than sixty (60) days before the end of the then current term.
3. Leasing. Manager shall use commercially reasonable efforts to lease apartments at the Property on Owner's standard form of lease, for terms of not less than one (1) year nor more than two (2) years, at rents not below those on the rent schedule approved by Owner.
4. Management Fee. Owner shall pay Manager a monthly fee equal to three and one-half percent (3.5%) of gross receipts collected in the prior month, payable within ten (10) days after Manager delivers its monthly operating report.
5. Termination. Either party may terminate this Agreement for cause on thirty (30) days' written notice. Upon any sale of the Property or foreclosure by Lender, Owner may terminate this Agreement on ten (10) days' written notice.
6. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment the building superintendent or any other on-site employee of the other.
7. Survival. Sections 4 and 6 and Manager's indemnity obligations shall survive the expiration or termination of this Agreement for a period of two (2) years.
8. Governing Law. This Agreement shall be governed by, and construed in accordance with, the laws of the State of New York, without regard to its conflict of laws principles.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
OWNER: 510 WEST 48TH OWNER LLC, a Delaware limited liability company
By: West 48 Holdings Manager LLC, its sole member
By: ______________ Name: Daniel R. Costa Title: Authorized Signatory
MANAGER: HUDSON STREET RESIDENTIAL MANAGEMENT, INC.
By: ______________ Name: Maria Alvarez Title: President
ACKNOWLEDGED for the purposes of Recital B only, without becoming a party to this Agreement: EMPIRE HARBOR BANK, N.A.
By: ______________ Name: Steven Okafor Title: Vice President`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["510 West 48th Owner LLC", "Hudson Street Residential Management, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v19-property-belfast-rent-review-memo",
    format: "pdf",
    pageFooters: true,
    source: `# MEMORANDUM OF RENT REVIEW
THIS MEMORANDUM is dated 14 November 2026
BETWEEN:
(1) LAGAN RIVERSIDE PROPERTIES LIMITED (company number NI612873) whose registered office is at 2 Lanyon Place, Belfast BT1 3LP (the “Landlord”); and
(2) MOURNE COFFEE ROASTERS LIMITED (company number NI654120) whose registered office is at 55 Main Street, Newcastle, County Down BT33 0AD (the “Tenant”).
# BACKGROUND
(A) By a lease dated 1 October 2016 made between the Landlord (1) and Carrick Bakeries Limited (2) (the “Lease”) the premises known as Unit 7, Laganside Courts, Oxford Street, Belfast (the “Premises”) were demised for a term of twenty years from and including 1 October 2016 at an initial yearly rent of £36,000.
(B) The Lease was assigned to the Tenant by a deed of assignment dated 5 March 2021, with the Landlord's consent given by a licence to assign of the same date.
(C) The Lease provides for the rent to be reviewed on 1 October 2021, 1 October 2026 and 1 October 2031 (each a “Review Date”). The review as at 1 October 2021 resulted in no increase.
(D) The Landlord and the Tenant have agreed the revised rent payable from the Review Date falling on 1 October 2026 without reference to an independent surveyor.
# IT IS RECORDED AND AGREED as follows:
1. With effect from and including 1 October 2026 the yearly rent payable under the Lease is £44,250 (forty-four thousand two hundred and fifty pounds), exclusive of VAT.
2. The Tenant shall pay to the Landlord, within fourteen days of the date of this Memorandum, the difference between the rent paid and the revised rent for the period from 1 October 2026 to the quarter day immediately following the date of this Memorandum, together with interest at the rate specified in the Lease.
3. The next Review Date is 1 October 2031. Save as recorded in this Memorandum, the Lease remains in full force and effect and unamended.
4. This Memorandum takes effect on the date at the head of it. It is supplemental to the Lease, and each party shall place a copy of it with its part of the Lease.
5. This Memorandum is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
Signed by Declan Hughes, Director, for and on behalf of LAGAN RIVERSIDE PROPERTIES LIMITED
Signed by Niamh O'Neill, Director, for and on behalf of MOURNE COFFEE ROASTERS LIMITED`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Lagan Riverside Properties Limited", "Mourne Coffee Roasters Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-11-14",
    },
  },
  {
    id: "v19-property-belvedere-underlease-variation",
    format: "docx",
    source: `DATED 17 June 2026
(1) THAMESMEAD INDUSTRIAL NOMINEE 1 LIMITED and THAMESMEAD INDUSTRIAL NOMINEE 2 LIMITED
(2) KESTREL LOGISTICS UK LIMITED
(3) KESTREL HOLDINGS GROUP PLC
# DEED OF VARIATION
relating to an underlease of Unit 12, Belvedere Link, Belvedere
===
THIS DEED is made on the seventeenth day of June two thousand and twenty-six
# PARTIES
(1) THAMESMEAD INDUSTRIAL NOMINEE 1 LIMITED (company number 10987341) and THAMESMEAD INDUSTRIAL NOMINEE 2 LIMITED (company number 10987402), both of whose registered offices are at 1 Bartholomew Lane, London EC2N 2AX, as trustees of the Thamesmead Industrial Unit Trust (together the “Landlord”);
(2) KESTREL LOGISTICS UK LIMITED (company number 06543217) whose registered office is at Kestrel House, Crabtree Manorway, Belvedere DA17 6BT (the “Tenant”); and
(3) KESTREL HOLDINGS GROUP PLC (company number 04123980) whose registered office is at 20 Old Broad Street, London EC2N 1DP (the “Guarantor”).
# BACKGROUND
(A) This deed is supplemental to an underlease dated 3 May 2019 made between Thamesmead Industrial Nominee 1 Limited and Thamesmead Industrial Nominee 2 Limited (1), the Tenant (2) and the Guarantor (3) (the “Underlease”), by which Unit 12, Belvedere Link, Belvedere (the “Property”) was let for a term of ten years from and including 3 May 2019.
(B) The Landlord's interest in the Property is held under a headlease dated 24 March 1998 for a term of 125 years from 25 March 1998 granted by the London Borough of Bexley, whose consent to this deed is not required.
(C) The parties have agreed to vary the Underlease on the terms of this deed.
# 1. Variations
1.1 With effect from the date of this deed the Underlease is varied as follows:
(a) in clause 1.1, the definition of “Permitted Use” is deleted and replaced with: “use within Class B8 of the Town and Country Planning (Use Classes) Order 1987 with ancillary offices and, with the Landlord's prior written consent, trade counter use”; and
(b) a new clause 11 is inserted: “11. The Tenant may determine this Underlease on 3 May 2027 (the Break Date) by giving the Landlord not less than six months' written notice, provided that on the Break Date the Tenant has paid the Annual Rent then due and gives up vacant possession of the Property.”
1.2 Save as varied by this deed, the Underlease remains in full force and effect.
# 2. Guarantor's Confirmation
The Guarantor consents to the variations and confirms that its obligations under the Underlease extend to the Underlease as varied by this deed.
# 3. Costs
The Tenant shall pay the Landlord's reasonable legal costs of this deed within 14 days of written demand.
# 4. Governing Law
This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This document is executed as a deed and is delivered on the date stated at the beginning of it.
===
Executed as a deed by THAMESMEAD INDUSTRIAL NOMINEE 1 LIMITED acting by a director, Oliver Prentice, in the presence of a witness
Executed as a deed by THAMESMEAD INDUSTRIAL NOMINEE 2 LIMITED acting by a director, Oliver Prentice, in the presence of a witness
Executed as a deed by KESTREL LOGISTICS UK LIMITED acting by two directors
Executed as a deed by KESTREL HOLDINGS GROUP PLC acting by a director and its secretary`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Thamesmead Industrial Nominee 1 Limited", "Thamesmead Industrial Nominee 2 Limited", "Kestrel Logistics UK Limited", "Kestrel Holdings Group plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-06-17",
      amends: "Underlease",
    },
  },
  {
    id: "v19-property-wellington-surrender-deed",
    format: "txt",
    source: `# DEED OF SURRENDER OF LEASE
Date: 19 June 2026
# PARTIES
KOWHAI TRUSTEES LIMITED (company number 2854471) as trustee of the Kowhai Property Trust (Landlord)
TUI CRAFT BREWING LIMITED (company number 6190245) (Tenant)
ARIHIA PAEWAI of Lower Hutt, company director (Guarantor)
# BACKGROUND
A. By a deed of lease dated 28 June 2022 (Lease) the Landlord leased to the Tenant the premises at 14 Tory Street, Te Aro, Wellington (Premises) for a term of six years from 1 July 2022, with two rights of renewal of three years each.
B. The Guarantor guaranteed the Tenant's obligations under the Lease.
C. The Tenant has asked to be released early from the Lease and the Landlord has agreed to accept a surrender of the Lease on the terms of this deed.
# OPERATIVE PART
1. Definitions: In this deed “Effective Date” means 30 June 2026, and “Surrender Payment” means $38,500 plus GST (if any).
2. Surrender: With effect from the Effective Date the Tenant surrenders to the Landlord all of its estate and interest in the Premises and under the Lease, and the Landlord accepts the surrender.
3. Payment: The Tenant shall pay the Surrender Payment to the Landlord on or before the Effective Date. If payment is not made in full by then, this deed is of no effect.
4. Release: Subject to clause 3, the Landlord releases the Tenant and the Guarantor from all obligations under the Lease arising after the Effective Date. Nothing in this deed releases the Tenant from liability for rent and outgoings up to and including the Effective Date, which must be paid within 20 working days after the Effective Date.
5. Reinstatement: The Landlord accepts the Premises in their condition at the date of this deed and waives the Tenant's reinstatement obligations, except that the Tenant shall remove the brewing vats from the ground floor by the Effective Date.
6. Confidentiality: The parties shall keep the terms of this deed confidential for two years after the Effective Date.
7. Trustee limitation: Kowhai Trustees Limited enters into this deed only in its capacity as trustee of the Kowhai Property Trust and its liability is limited to the assets of that trust.
8. Law: This deed is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
# EXECUTION
SIGNED by KOWHAI TRUSTEES LIMITED as Landlord by its directors Hemi Walker and Susan Park
EXECUTED by TUI CRAFT BREWING LIMITED as Tenant by its director Arihia Paewai
SIGNED by ARIHIA PAEWAI as Guarantor in the presence of: Jacob Tane, Solicitor, Wellington`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Kowhai Trustees Limited", "Tui Craft Brewing Limited", "Arihia Paewai"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v19-property-jersey-alterations-consent",
    format: "pdf",
    pdfMargin: 80,
    source: `St Aubin Bay Properties Limited
22 Esplanade, St Helier, Jersey JE2 3QA
Registered in Jersey No. 104577
21 July 2026
The Directors
Seaview Bistro Limited
4 Le Boulevard
St Aubin, Jersey JE3 8AB
Our ref: SABP/HC3/0457
Your ref: SB/PK
By email and post
Dear Sirs
# Consent to Alterations
Premises: Unit 3, Harbour Court, St Aubin (the “Premises”)
We refer to your letter dated 2 July 2026 and to the contract lease of the Premises passed before the Royal Court on 14 January 2022 between this company as lessor and your company as lessee for a term of twelve years from 25 December 2021 (the “Lease”).
We consent under clause 6.3 of the Lease to your installing a retractable awning and an illuminated fascia sign on the south elevation of the Premises, as shown on drawing SB-014 rev C enclosed with your letter (the “Works”), on the following conditions:
1. the Works are carried out in a good and workmanlike manner, in accordance with all necessary planning and building bye-law permissions, and are completed within three months of the date of this letter, failing which this consent will lapse;
2. you maintain public liability insurance of not less than £5,000,000 covering the Works and provide us with a copy of the policy on request;
3. at the end of the Lease, however it ends, you will remove the Works and make good any damage if we ask you to do so; and
4. this consent is personal to Seaview Bistro Limited, does not vary the Lease and does not extend to any other alterations.
This letter is governed by the laws of the Island of Jersey.
Please sign and return the enclosed copy of this letter to confirm your agreement to these conditions.
Yours faithfully
Philippa Le Cornu
Director, for and on behalf of St Aubin Bay Properties Limited
cc: Le Maistre Voisin, Advocates (your advocates)
===
We agree to the conditions set out above.
Signed for and on behalf of Seaview Bistro Limited by Paul Kerhoas, Director
Date: 28 July 2026`,
    truth: {
      title: "Consent to Alterations",
      documentType: "Letter",
      parties: ["St Aubin Bay Properties Limited", "Seaview Bistro Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-07-21",
    },
  },
];
