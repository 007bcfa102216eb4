import type { UnseenDocument } from "../unseen/types";

/** Property documents (leases, licences to occupy, rent reviews, surrenders, variations, management agreements) drafted in many styles and jurisdictions. */
export const PROPERTY_V22: UnseenDocument[] = [
  {
    id: "v22-property-reading-trade-park-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Unit 7, Riverside Trade Park, Kingsmead Road, Reading RG1 8QX
Dated 18 March 2026
(1) NORTHGATE PROPERTY NOMINEE (NO. 2) LIMITED and NORTHGATE PROPERTY NOMINEE (NO. 3) LIMITED as trustees of the Northgate Commercial Property Unit Trust
(2) HARBOUR & FINCH COFFEE ROASTERS LTD
Whitlock Baines LLP, 40 Queen Street, London EC4R 1BN (Ref: PJW/NCP/0419)
===
# PRESCRIBED CLAUSES
| LR1. Date of lease | 18 March 2026 |
| LR2.1 Title number(s) | Landlord's title number: BK445123 |
| LR3. Parties to this lease | Landlord: NORTHGATE PROPERTY NOMINEE (NO. 2) LIMITED (company number 09876543) and NORTHGATE PROPERTY NOMINEE (NO. 3) LIMITED (company number 09876544), both of whose registered offices are at 1 Fenchurch Place, London EC3M 4AJ, as trustees of the Northgate Commercial Property Unit Trust, acting by its manager Northgate Real Estate Investment Management LLP |
| | Tenant: HARBOUR & FINCH COFFEE ROASTERS LTD (company number 12345678) whose registered office is at 3 Wharf Lane, Reading RG1 2AB |
| | Other parties: None |
| LR4. Property | In the case of a conflict between this clause and the remainder of this lease then, for the purposes of registration, this clause shall prevail. See the definition of "Property" in clause 1.1 of this lease. |
| LR6. Term for which the Property is leased | The term specified in this lease at clause 1.1 in the definition of "Contractual Term". |
| LR7. Premium | None |
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this lease:
"Annual Rent" means £86,500 per annum exclusive of VAT, subject to review in accordance with Schedule 3.
"Break Date" means 25 March 2031, and the Tenant may terminate this lease on the Break Date by giving the Landlord not less than six months' prior written notice.
"Contractual Term" means a term of 10 years from and including 25 March 2026 (the "Term Commencement Date").
"Managing Agent" means Pembroke Lyle Property Management Limited or such other agent as the Landlord may appoint from time to time.
"Rent Commencement Date" means 25 September 2026.
"Rent Deposit Deed" means the deed of the same date as this lease between the Landlord, the Tenant and Harbour & Finch Group Holdings Limited relating to a deposit of £25,950 held with Thames Valley Mutual Bank plc.
"Review Date" means 25 March 2031.
1.2 The Landlord and the Tenant agree that the provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease, the Tenant having received a warning notice on 2 March 2026 and made a statutory declaration on 9 March 2026.
# 2. GRANT
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, the Tenant paying the Annual Rent by equal quarterly instalments in advance on the usual quarter days.
# 3. GOVERNING LAW
3.1 This lease and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This lease has been executed as a deed and is delivered on the date stated at LR1.
===
Executed as a deed by NORTHGATE PROPERTY NOMINEE (NO. 2) LIMITED acting by Rupert Allingham, a director, in the presence of: Witness: Clare Osei, 14 Gresham Street, London EC2V 7JE, Trainee Solicitor
Executed as a deed by NORTHGATE PROPERTY NOMINEE (NO. 3) LIMITED acting by Rupert Allingham, a director, in the presence of: Witness: Clare Osei
Executed as a deed by HARBOUR & FINCH COFFEE ROASTERS LTD acting by Thomas Finch, a director, and Aisha Harbour, a director`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Northgate Property Nominee (No. 2) Limited", "Northgate Property Nominee (No. 3) Limited", "Harbour & Finch Coffee Roasters Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v22-property-aviemore-minute-of-lease",
    format: "pdf",
    source: `# MINUTE OF LEASE
between
ANGUS JAMES KINLOCH and MORAG ELSPETH KINLOCH, both residing at Tigh na Coille, Rothiemurchus, Aviemore PH22 1QH, as trustees of the Kinloch Family Trust constituted by Trust Deed dated 2 October 2011 and registered in the Books of Council and Session on 9 October 2011, and the survivor of them, and such other person or persons as may from time to time be the trustees of the said Trust (together the "Landlords")
and
CAIRNGORM OUTDOOR GEAR LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its registered office at 14 Grampian Road, Aviemore PH22 1RH (the "Tenant")
# 1. LET
1.1 The Landlords hereby let to the Tenant ALL and WHOLE the shop premises known as 31 Grampian Road, Aviemore PH22 1RL, being the subjects registered in the Land Register of Scotland under Title Number INV28841 (the "Premises").
1.2 The Lease shall be for the period from 28 May 2026 (the "Date of Entry") to 27 May 2031 (the "Expiry Date").
# 2. RENT
2.1 The Tenant shall pay a yearly rent of FORTY-TWO THOUSAND POUNDS (£42,000) Sterling, payable quarterly in advance on the Scottish quarter days of 28 February, 28 May, 28 August and 28 November, the first payment being due on the Date of Entry.
2.2 The rent shall be reviewed on 28 May 2029 (the "Review Date") to the open market rent, failing agreement to be determined by an independent surveyor nominated by the Chairman of the Royal Institution of Chartered Surveyors in Scotland.
# 3. TENANT'S OPTION TO TERMINATE
3.1 The Tenant may terminate this Lease on 27 May 2029 by giving to the Landlords not less than six months' prior written notice, provided the rent is fully paid at that date.
# 4. IRRITANCY
4.1 If the rent remains unpaid for fourteen days after a written demand served on the Tenant, the Landlords may irritate this Lease by notice in writing.
# 5. AGENTS AND NOTICES
5.1 Macrae Dunbar LLP, Solicitors, 7 Union Terrace, Inverness IV1 1JF are authorised to receive notices and payments for the Landlords, but shall incur no personal liability hereunder.
# 6. GOVERNING LAW
6.1 This Lease shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
| Subscribed by ANGUS JAMES KINLOCH | at Aviemore | on 20 May 2026 | before this witness: Fiona Grant, 3 Dalfaber Drive, Aviemore, Solicitor |
| Subscribed by MORAG ELSPETH KINLOCH | at Aviemore | on 20 May 2026 | before this witness: Fiona Grant |
| Subscribed for CAIRNGORM OUTDOOR GEAR LIMITED by Ewan Mackintosh, Director | at Inverness | on 22 May 2026 | before this witness: Isla Fraser, 9 Crown Street, Inverness, Office Manager |`,
    truth: {
      title: "Minute of Lease",
      documentType: "Lease",
      parties: ["Angus James Kinloch", "Morag Elspeth Kinloch", "Cairngorm Outdoor Gear Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2031-05-27",
      term: "60 months",
    },
  },
  {
    id: "v22-property-grand-canal-licence-to-occupy",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 16 June 2026
BETWEEN:
(1) DOCKSIDE WORKSPACE DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 701234 and having its registered office at Unit 2, Grand Canal Quay, Dublin 2, D02 XK71 (the "Licensor"); and
(2) ÓRLA NÍ BHRIAIN and CIARÁN DE BÚRCA, both of 6 Herbert Place, Dublin 2, practising in partnership under the name Ní Bhriain de Búrca Architects (together the "Licensee").
# 1. DEFINITIONS
1.1 "Building" means the building known as Dockside House, Grand Canal Quay, Dublin 2, held by the Licensor under a lease dated 1 March 2018 from Grand Canal Quay Holdings Limited (the "Superior Landlord") for a term of 25 years from that date (the "Headlease").
1.2 "Commencement Date" means 1 July 2026.
1.3 "Licence Fee" means €3,250 per month exclusive of VAT, payable monthly in advance within seven (7) days of invoice.
1.4 "Room" means the office known as Suite 4.03 on the fourth floor of the Building together with the shared use of the kitchen, meeting rooms and reception.
# 2. LICENCE
2.1 The Licensor permits the Licensee to occupy the Room for the purposes of an architectural practice for a period of six (6) months commencing on the Commencement Date (the "Initial Period").
2.2 Upon expiry of the Initial Period, this Licence shall automatically continue for successive periods of one (1) month each unless and until either party terminates it by giving the other not less than one (1) month's written notice.
2.3 The Licensee acknowledges that this Licence is personal to it, confers no estate or interest in the Building and does not create the relationship of landlord and tenant, and that the Licensor retains possession and control of the Room.
===
# 3. DEPOSIT
3.1 The Licensee shall pay a deposit of €6,500 on signing, which the Licensor will return, less any sums properly due, within thirty (30) days after the Licensee vacates.
# 4. SUPERIOR LANDLORD
4.1 The Licensee shall observe the covenants in the Headlease so far as they relate to the Room. The Superior Landlord is not a party to this Licence.
# 5. GOVERNING LAW
5.1 This Licence shall be governed by and construed in accordance with the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
SIGNED for and on behalf of DOCKSIDE WORKSPACE DESIGNATED ACTIVITY COMPANY by Niamh Gallagher, Director
SIGNED by ÓRLA NÍ BHRIAIN
SIGNED by CIARÁN DE BÚRCA`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Dockside Workspace Designated Activity Company", "Órla Ní Bhriain", "Ciarán de Búrca"],
      governingLaw: "Ireland",
      effectiveDate: "2026-07-01",
      expiryDate: "2026-12-31",
      term: "6 months",
      renewal: "1 month",
    },
  },
  {
    id: "v22-property-nathan-road-rent-review-memo",
    format: "pdf",
    source: `# MEMORANDUM OF RENT REVIEW
| Date of this Memorandum | 14 August 2026 |
| Landlord | HARBOURFRONT ESTATES (KOWLOON) LIMITED (Company No. 0456789) whose registered office is at 18/F, Ocean Gateway Tower, 3 Canton Road, Tsim Sha Tsui, Kowloon |
| Tenant | LUCKY STAR NOODLE HOUSE COMPANY LIMITED (Company No. 2987654) whose registered office is at Shop B, G/F, 88 Nathan Road, Tsim Sha Tsui, Kowloon |
| Lease | The tenancy agreement dated 2 May 2023 made between the Landlord and Golden Lotus Catering Limited (the "Original Tenant") for a term of six years from 1 May 2023 to 30 April 2029, the Tenant's interest having been assigned to it by the Original Tenant on 15 January 2025 |
| Premises | Shop B, Ground Floor, 88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong |
| Review Date | 1 May 2026, being the date on and from which this Memorandum takes effect |
| Revised Rent | HK$188,000 per calendar month exclusive of rates, Government rent and management fees |
# RECORD OF AGREEMENT
1. This Memorandum is supplemental to the Lease. The Landlord and the Tenant record that the rent payable under the Lease has been reviewed with effect from the Review Date and agreed at the Revised Rent, following the valuation report of Chan, Ho & Wong Surveyors Limited dated 30 June 2026.
2. The Tenant shall, within fourteen (14) days after the date of this Memorandum, pay to the Landlord the difference between the Revised Rent and the rent previously paid for the period from the Review Date.
3. The security deposit held under the Lease shall be increased to HK$564,000, being three months' Revised Rent, within thirty (30) days after the date of this Memorandum.
4. The next review of the rent under the Lease shall not take place before the expiry of the Lease, and the Tenant's option to renew the Lease for a further term of three years remains exercisable as provided in the Lease.
5. Save as recorded in this Memorandum, the Lease remains in full force and effect.
6. This Memorandum is governed by and shall be construed in accordance with the laws of the Hong Kong Special Administrative Region.
# EXECUTION
| SEALED with the Common Seal of HARBOURFRONT ESTATES (KOWLOON) LIMITED and signed by Mr. Kenneth Lau Wai-ming, Director | in the presence of: Ms. Grace Cheung, Solicitor, Hong Kong SAR |
| SIGNED by Ms. Tse Mei-ling, Director, for and on behalf of LUCKY STAR NOODLE HOUSE COMPANY LIMITED | in the presence of: Mr. Alan Ip Ka-chun, Solicitor, Hong Kong SAR |`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Harbourfront Estates (Kowloon) Limited", "Lucky Star Noodle House Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-01",
    },
  },
  {
    id: "v22-property-ridgeline-management-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and between RIDGELINE APARTMENTS OWNER, LLC, a Delaware limited liability company ("Owner"), and SUMMIT & VALE RESIDENTIAL MANAGEMENT, INC., a California corporation ("Manager").
# RECITALS
A. Owner is the owner of the 212-unit multifamily residential project commonly known as Ridgeline Apartments, 4400 Foothill Boulevard, Pasadena, California 91107 (the "Property"), which is encumbered by a deed of trust in favor of Golden Gate Mortgage Trust (the "Lender").
B. The Property is currently managed by Coastline Residential Services, LLC, a Nevada limited liability company, under a management agreement dated June 15, 2021, governed by the laws of the State of Nevada (the "Prior Management Agreement"), which Owner and Coastline Residential Services, LLC have agreed will terminate at 11:59 p.m. on March 31, 2026.
NOW, THEREFORE, the parties agree as follows:
# 1. Appointment and Term
1.1 Owner appoints Manager as the sole and exclusive manager and leasing agent of the Property, and Manager accepts such appointment, on the terms of this Agreement.
1.2 The initial term of this Agreement shall be three (3) years commencing on April 1, 2026 (the "Commencement Date"). Thereafter, this Agreement shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
1.3 Either party may terminate this Agreement without cause on sixty (60) days' written notice, and Owner may terminate immediately upon a sale of the Property or a foreclosure by the Lender.
# 2. Compensation
2.1 Owner shall pay Manager a monthly management fee equal to three and one-half percent (3.5%) of Gross Collections, payable on or before the tenth (10th) day of each month.
# 3. Non-Solicitation
3.1 During the term and for twelve (12) months after its termination, neither party shall solicit for employment any on-site employee of the other.
# 4. Miscellaneous
4.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles.
4.2 Sections 3 and 4 shall survive any termination of this Agreement for a period of two (2) years.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
OWNER: RIDGELINE APARTMENTS OWNER, LLC, a Delaware limited liability company
By: Ridgeline Capital Partners, L.P., a Delaware limited partnership, its managing member
By: Ridgeline GP, LLC, a Delaware limited liability company, its general partner
By: Marcus T. Alvarez, Authorized Signatory
MANAGER: SUMMIT & VALE RESIDENTIAL MANAGEMENT, INC., a California corporation
By: Jennifer L. Okoro, President and Chief Executive Officer`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Ridgeline Apartments Owner, LLC", "Summit & Vale Residential Management, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v22-property-king-street-consent-letter",
    format: "txt",
    source: `BAY & BLOOR REALTY HOLDINGS INC.
1800 Bay Street, Suite 2400, Toronto, Ontario M5S 2B2
February 9, 2026
DELIVERED BY EMAIL AND COURIER
Maple & Birch Bakery Co. Ltd.
220 King Street West, Unit 4
Toronto, Ontario M5H 1K4
Attention: Ms. Priya Ramanathan, President
Our File: BBR-220-04
# Landlord's Consent to Alterations
Dear Ms. Ramanathan:
We refer to the lease dated June 1, 2021 made between 1234567 Ontario Limited, as original landlord, and you, as tenant, for a term of ten (10) years, the landlord's interest in which is now held by us (the "Lease"), and to your letter of January 14, 2026 requesting our consent to the installation of a commercial bake oven and exhaust system in Unit 4, 220 King Street West (the "Works").
We consent to the Works on the following conditions: (a) the Works are carried out by Lakeshore Build Group Inc. in accordance with the drawings attached to your letter; (b) the Works are commenced within one hundred and twenty (120) days of the date of this letter, failing which this consent lapses; (c) you maintain the insurance required by the Lease and name us and Crestview Property Management Ltd., our property manager, as additional insureds; and (d) at the expiry or earlier termination of the Lease you remove the Works and restore the premises if we so require.
This consent is not a waiver of any provision of the Lease, which otherwise remains unamended.
This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement to these conditions by signing and returning a copy of this letter within ten (10) business days.
Yours truly,
BAY & BLOOR REALTY HOLDINGS INC.
Per: Daniel Okafor, Vice-President, Leasing
cc: Crestview Property Management Ltd.; Hargreaves Lo LLP (your counsel)
Acknowledged and agreed this 16th day of February, 2026.
MAPLE & BIRCH BAKERY CO. LTD.
Per: Priya Ramanathan, President`,
    truth: {
      title: "Landlord's Consent to Alterations",
      documentType: "Letter",
      parties: ["Bay & Bloor Realty Holdings Inc.", "Maple & Birch Bakery Co. Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v22-property-collins-lane-deed-of-surrender",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SURRENDER OF LEASE
Shop 3, 27 Collins Lane, Melbourne, Victoria 3000
Collins Lane Property Pty Ltd as trustee for the Collins Lane Property Unit Trust
Nguyen & Tran Dental Pty Ltd
Dr Minh Anh Nguyen
Prepared by Ashcombe Reid Lawyers, Level 12, 530 Collins Street, Melbourne VIC 3000
===
THIS DEED is made on the twelfth day of June, two thousand and twenty-six
# PARTIES
COLLINS LANE PROPERTY PTY LTD (ACN 612 345 678) of Level 5, 101 Flinders Lane, Melbourne, Victoria 3000 in its capacity as trustee for the Collins Lane Property Unit Trust (Landlord)
NGUYEN & TRAN DENTAL PTY LTD (ACN 634 987 210) of Shop 3, 27 Collins Lane, Melbourne, Victoria 3000 (Tenant)
DR MINH ANH NGUYEN of 14 Elm Grove, Kew, Victoria 3101 (Guarantor)
# BACKGROUND
A. By a lease dated 3 July 2022 (Lease) the Landlord leased the Premises to the Tenant for a term of five (5) years commencing on 1 July 2022 with one option to renew for a further term of five (5) years.
B. The Guarantor guaranteed the Tenant's obligations under the Lease.
C. The Tenant has asked the Landlord to accept a surrender of the Lease before its expiry, and the Landlord has agreed on the terms of this deed.
# OPERATIVE PROVISIONS
1. With effect on and from the date of this deed, the Tenant surrenders the Lease and all of its interest in the Premises to the Landlord, and the Landlord accepts that surrender.
2. The Tenant must pay the Landlord a surrender fee of $45,000 (plus GST) within seven (7) days after the date of this deed.
3. The Landlord must return to the Tenant the bank guarantee issued by Southern Cross Mutual Bank Limited for $28,600 within fourteen (14) days after receiving the surrender fee.
4. Subject to clauses 2 and 5, the Landlord releases the Tenant and the Guarantor from all claims under the Lease arising after the date of this deed.
5. The Tenant's obligations to make good the Premises under clause 18 of the Lease survive this deed for a period of three (3) months.
6. This deed is governed by the laws of Victoria, and the parties submit to the non-exclusive jurisdiction of its courts. The parties acknowledge that the Retail Leases Act 2003 (Vic) applies to the Lease.
# EXECUTED AS A DEED
| Executed by Collins Lane Property Pty Ltd (ACN 612 345 678) as trustee for the Collins Lane Property Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Helen Papadopoulos | Director/Secretary: George Whitfield |
| Executed by Nguyen & Tran Dental Pty Ltd (ACN 634 987 210) in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Minh Anh Nguyen | Director: Linh Tran |
| Signed, sealed and delivered by Dr Minh Anh Nguyen | in the presence of: Sophie Keane, Lawyer | |`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Collins Lane Property Pty Ltd", "Nguyen & Tran Dental Pty Ltd", "Minh Anh Nguyen"],
      governingLaw: "Victoria",
      effectiveDate: "2026-06-12",
    },
  },
  {
    id: "v22-property-lagan-quay-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made the 28th day of August 2026
BETWEEN:
(1) LAGAN QUAY INVESTMENTS LIMITED (company number NI612345) whose registered office is at 5 Donegall Square South, Belfast BT1 5JE (the "Landlord");
(2) BELFAST PRINT WORKS (NI) LIMITED (company number NI654987) whose registered office is at Unit 12, Duncrue Industrial Estate, Belfast BT3 9BP (the "Tenant"); and
(3) SÉAMUS O'NEILL of 22 Malone Park, Belfast BT9 6NJ (the "Guarantor").
# RECITALS
(A) By a lease dated 4 February 2019 and made between the Landlord (1) and Linen Hall Printers Limited (2) (the "Lease") the Premises were let for a term of fifteen years from 1 February 2019 at an initial rent of £64,000 per annum.
(B) The Lease was assigned to the Tenant with the Landlord's consent by an assignment dated 11 November 2022, and the Guarantor guaranteed the Tenant's obligations by a deed of guarantee of the same date.
(C) Ulster Provincial Bank plc, the Landlord's mortgagee, has consented to the variations set out in this Deed.
# 1. DEFINITIONS
1.1 "Effective Date" means 1 September 2026.
1.2 "Premises" means Unit 12, Duncrue Industrial Estate, Belfast BT3 9BP as more particularly described in the Lease.
===
# 2. VARIATIONS
2.1 With effect from the Effective Date the Lease is varied as follows:
(a) the yearly rent is reduced to £58,000 per annum, and the next rent review date remains 1 February 2029;
(b) clause 9 (Tenant's break option) is deleted in its entirety; and
(c) the permitted use is extended to include storage and distribution ancillary to a printing business.
2.2 The Guarantor consents to the variations and confirms that its guarantee extends to the Lease as varied by this Deed.
# 3. GENERAL
3.1 Save as varied by this Deed, the Lease remains in full force and effect and shall be read and construed together with this Deed.
3.2 This Deed shall be governed by and construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
Executed as a deed by LAGAN QUAY INVESTMENTS LIMITED acting by Conor Devlin, Director, and Ruth Agnew, Secretary
Executed as a deed by BELFAST PRINT WORKS (NI) LIMITED acting by Kieran McCann, Director, in the presence of Aoife Kerr, Solicitor
Signed as a deed by SÉAMUS O'NEILL in the presence of Aoife Kerr, Solicitor, Belfast`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Quay Investments Limited", "Belfast Print Works (NI) Limited", "Séamus O'Neill"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-09-01",
      amends: "Lease",
    },
  },
];
