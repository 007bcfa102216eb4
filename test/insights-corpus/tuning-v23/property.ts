import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23: property documents (leases, licences to occupy, rent reviews, surrenders, deeds, management agreements). */
export const PROPERTY_V23: UnseenDocument[] = [
  {
    id: "v23-property-nsw-commercial-lease",
    format: "pdf",
    pageFooters: true,
    source: `# COMMERCIAL LEASE
Level 3 and Level 4, 210 Kent Street, Sydney NSW 2000
Harbourside Property Nominees Pty Ltd (ACN 612 448 903) as trustee for the Harbourside Office Trust
and
Brightwater Analytics Pty Ltd (ACN 158 772 410)
Prepared by Mallory Quinn Lawyers, Level 22, 1 Bligh Street, Sydney NSW 2000 (Ref: JQ:2291044)
===
# Reference Schedule
| Item | Particulars |
| 1. Landlord | Harbourside Property Nominees Pty Ltd (ACN 612 448 903) as trustee for the Harbourside Office Trust (ABN 41 889 210 556) of Level 9, 60 Martin Place, Sydney NSW 2000 |
| 2. Landlord's agent | Cordell Whitby Property Services Pty Ltd (ACN 003 118 227) of Level 2, 33 York Street, Sydney NSW 2000, or any other managing agent the Landlord notifies to the Tenant in writing from time to time |
| 3. Tenant | Brightwater Analytics Pty Ltd (ACN 158 772 410) of Suite 5, 18 Harris Street, Pyrmont NSW 2009 |
| 4. Security | Bank guarantee issued by Westpac Banking Corporation (ABN 33 007 457 141) for an amount equal to six (6) months' Rent plus GST, to be delivered on or before the date the Tenant signs this Lease |
| 5. Premises | Level 3 and Level 4 of the building known as 210 Kent Street, Sydney NSW 2000, being part of Lot 1 in Deposited Plan 1187220, with a lettable area of approximately 2,140 square metres |
| 6. Term | Five (5) years |
| 7. Commencement Date | 1 July 2026 |
| 8. Terminating Date | 30 June 2031 |
| 9. Option to renew | One further term of five (5) years, exercisable only by written notice given not earlier than twelve (12) months and not later than six (6) months before the Terminating Date |
| 10. Rent | $1,284,000 per annum plus GST, payable by equal monthly instalments in advance on the first day of each month |
| 11. Review dates | Fixed increases of 3.75% on each anniversary of the Commencement Date; market review on the commencement date of any further term |
| 12. Permitted use | Commercial offices and ancillary meeting and training rooms |
# 1. Grant of lease
1.1 The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date and ending on the Terminating Date, on the terms of this Lease.
1.2 If the Tenant remains in occupation with the Landlord's consent after the Terminating Date, it does so as a monthly tenant, and either party may end that monthly tenancy by giving one month's notice.
# 2. Make good
2.1 Within fourteen (14) days after this Lease ends, the Tenant must remove its fit-out and make good the Premises to the standard required by the Landlord's agent, acting reasonably.
# 3. Trustee limitation
3.1 Harbourside Property Nominees Pty Ltd enters into this Lease only in its capacity as trustee of the Harbourside Office Trust, and its liability under this Lease is limited to the extent it can be satisfied out of the assets of that trust.
# 4. Governing law
4.1 This Lease is governed by the law of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
| Executed by Harbourside Property Nominees Pty Ltd (ACN 612 448 903) as trustee for the Harbourside Office Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Executed by Brightwater Analytics Pty Ltd (ACN 158 772 410) in accordance with section 127 of the Corporations Act 2001 (Cth) |
| Signature of director: Margaret Anne Lowe | Signature of sole director and sole company secretary: Rohan Venkataraman |
| Signature of director/company secretary: Peter J. Castellanos | Date: 18 June 2026 |`,
    truth: {
      title: "Commercial Lease",
      documentType: "Lease",
      parties: ["Harbourside Property Nominees Pty Ltd", "Brightwater Analytics Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
    },
  },
  {
    id: "v23-property-london-licence-to-occupy",
    format: "pdf",
    pdfMargin: 90,
    source: `# LICENCE TO OCCUPY
Studio 2B, St. Anne's Wharf, 12 Shad Thames, London SE1 2YE
THIS LICENCE is dated 14 April 2026
PARTIES
(1) ST. ANNE'S WHARF (NOMINEE NO. 2) LIMITED (company number 10988341) and ST. ANNE'S WHARF (NOMINEE NO. 3) LIMITED (company number 10988377), both of whose registered offices are at 5th Floor, 40 Gracechurch Street, London EC3V 0BT, together acting as trustees of the St. Anne's Wharf Unit Trust (together the "Licensor"); and
(2) PIXEL & QUILL STUDIOS LLP, a limited liability partnership incorporated and registered in England and Wales with registered number OC428815, whose registered office is at Unit 2, 17 Tanner Street, London SE1 3LE (the "Licensee").
BACKGROUND
(A) The Licensor holds the Building under a headlease dated 2 February 2004 for a term of 125 years from 25 December 2003.
(B) Knight & Bramwell LLP act as managing agents for the Licensor and may give and receive notices on its behalf, but are not a party to this licence.
# 1. Definitions
"Commencement Date" means 1 May 2026.
"Licence Period" means the period from and including the Commencement Date to and including 31 October 2027, unless this licence is ended earlier under clause 6.
"Licence Fee" means £6,250 per month exclusive of VAT, which includes service charge, utilities and business rates.
"Premises" means the studio on the second floor of the Building known as Studio 2B, shown edged red on the attached plan.
# 2. Grant
2.1 The Licensor permits the Licensee to occupy the Premises during the Licence Period for use as a design studio, in common with the Licensor and all others authorised by it.
2.2 This licence is personal to the Licensee, does not create a tenancy or any other interest in land, and the Licensor retains possession and control of the Premises at all times.
# 3. Licence Fee and deposit
3.1 The Licensee shall pay the Licence Fee monthly in advance on the first day of each month; sums unpaid for fourteen days carry interest at 4% above the Bank of England base rate.
3.2 The Licensee shall on the date of this licence pay a deposit equal to three months' Licence Fee, to be held by Knight & Bramwell LLP and returned within 28 days after the Licence Period ends.
# 4. Termination
4.1 Either party may end this licence at any time by giving the other not less than one month's written notice, and the Licensor may end it immediately if the Licence Fee is more than 21 days overdue.
4.2 On the end of the Licence Period the Licensee shall remove its belongings within five working days; clauses 3.2 and 4.2 survive for six months.
# 5. Governing law
5.1 This licence and any dispute or claim arising out of or in connection with it are governed by the law of England and Wales.
| Signed by Harriet Okonkwo-Lewis, director, for and on behalf of St. Anne's Wharf (Nominee No. 2) Limited | Signed by Harriet Okonkwo-Lewis, director, for and on behalf of St. Anne's Wharf (Nominee No. 3) Limited |
| Signed by Tomasz Wiśniewski, designated member, for and on behalf of Pixel & Quill Studios LLP | Prepared by Knight & Bramwell LLP, Chartered Surveyors, on behalf of the Licensor |`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["St. Anne's Wharf (Nominee No. 2) Limited", "St. Anne's Wharf (Nominee No. 3) Limited", "Pixel & Quill Studios LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-10-31",
      term: "18 months",
    },
  },
  {
    id: "v23-property-inverness-rent-review",
    format: "pdf",
    source: `# RENT REVIEW MEMORANDUM
MINUTE OF AGREEMENT between
ALASDAIR JAMES MACLEOD, residing at Tigh na Mara, 4 Shore Road, Ullapool IV26 2UR, and FIONA CATRIONA GRANT, Chartered Accountant, of Grant Anderson & Co, 11 Church Street, Inverness IV1 1DY, as the trustees acting under a Trust Disposition and Settlement by the late Hamish Munro MacLeod dated 3 October 1998 and registered in the Books of Council and Session on 12 January 2005, and as such trustees the proprietors of the Glenmorven Estate (the "Landlords", which expression includes their successors as trustees and their assignees)
and
CALEDONIAN KILTMAKERS (INVERNESS) LIMITED, incorporated under the Companies Acts (Registered Number SC214473) and having its registered office at 28 Academy Street, Inverness IV1 1LG (the "Tenants")
WHEREAS
(One) By Lease between the Landlords' predecessors as trustees and the Tenants dated 14 and 21 May 2016 and registered in the Books of Council and Session on 2 June 2016 (the "Lease"), the shop and upper floors at 28 Academy Street, Inverness were let to the Tenants for a period of twenty-five years from 28 May 2016;
(Two) The Lease provides for the rent to be reviewed at each fifth anniversary of the date of entry, and the Landlords were advised on the present review by Ramsay Buchan, Chartered Surveyors, and the Tenants by Shona Urquhart MRICS; and
(Three) The Landlords and the Tenants have agreed the reviewed rent and wish to record it.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
(First) The rent payable under the Lease from and including 28 May 2026 (the "Effective Date") until the next review date under the Lease is FORTY-TWO THOUSAND FIVE HUNDRED POUNDS (£42,500) Sterling per annum, exclusive of VAT.
(Second) The Tenants shall within twenty-one days of the date of the last signature of this Minute pay to the Landlords the difference between the rent paid and the reviewed rent for the period from the Effective Date, together with interest as provided in the Lease.
(Third) Save as recorded in this Minute, the Lease remains in full force and effect, and nothing in this Minute waives any breach by the Tenants.
(Fourth) This Minute is governed by the law of Scotland, and the parties consent to its registration for preservation and execution.
IN WITNESS WHEREOF these presents are subscribed as follows:
| Subscribed by ALASDAIR JAMES MACLEOD at Ullapool on 2 September 2026 before this witness: Catherine Mary Ross, 9 Mill Street, Ullapool | Subscribed by FIONA CATRIONA GRANT at Inverness on 4 September 2026 before this witness: Duncan Iain Fraser, 11 Church Street, Inverness |
| Subscribed for and on behalf of CALEDONIAN KILTMAKERS (INVERNESS) LIMITED by Morag Elizabeth Fraser, Director, at Inverness on 9 September 2026 | before this witness: Kirsty Ann Campbell, 28 Academy Street, Inverness |`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Alasdair James MacLeod", "Fiona Catriona Grant", "Caledonian Kiltmakers (Inverness) Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
    },
  },
  {
    id: "v23-property-belfast-deed-of-surrender",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF SURRENDER
THIS DEED is made on the 3rd day of March 2026
# Particulars
| Landlord | Lagan Quay Investments Limited (company number NI612339) whose registered office is at 7th Floor, Victoria House, 15-17 Gloucester Street, Belfast BT1 4LS |
| Tenant | O'Hare & Mulholland (Belfast) Limited (company number NI048812) whose registered office is at 221 Lisburn Road, Belfast BT9 7EJ |
| Guarantor | Seamus Patrick O'Hare of 19 Malone Park, Belfast BT9 6NJ |
| Lease | a lease dated 9 January 2018 made between (1) the Landlord, (2) the Tenant and (3) the Guarantor of the Premises for a term of fifteen years from and including 1 January 2018, at an initial rent of £38,000 per annum |
| Premises | the ground floor retail unit and basement store known as 221 Lisburn Road, Belfast BT9 7EJ, comprised in Folio AN114093 County Antrim |
| Surrender Premium | £85,000, payable by the Tenant to the Landlord on the date of this Deed |
| Surrender Date | the date of this Deed |
# Operative provisions
1. In consideration of the Surrender Premium (receipt of which the Landlord acknowledges), the Tenant surrenders and yields up to the Landlord all its estate and interest in the Premises with effect from the Surrender Date, and the residue of the term granted by the Lease merges and is extinguished in the Landlord's reversion.
2. The Landlord releases the Tenant and the Guarantor from all the covenants, obligations and conditions of the Lease, whether arising before, on or after the Surrender Date, save for rent and service charge for the quarter ending 24 March 2026, which the Tenant shall pay within ten working days.
3. The Tenant releases the Landlord from all its covenants and obligations under the Lease, and the Guarantor joins in this Deed to give and receive the releases in clauses 2 and 3.
4. The Landlord confirms that Cathedral Quarter Bank plc, as mortgagee of the Landlord's interest, has consented to this surrender by a letter dated 24 February 2026; the bank is not a party to this Deed.
5. The Tenant shall give vacant possession of the Premises on the Surrender Date and leaves any items remaining in the Premises fourteen days after that date to the Landlord to dispose of as it sees fit.
6. This Deed is governed by and shall be construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
===
# Execution
| Executed as a deed by LAGAN QUAY INVESTMENTS LIMITED acting by two directors | Director: Gareth McIlroy | Director: Patricia Annett |
| Executed as a deed by O'HARE & MULHOLLAND (BELFAST) LIMITED acting by a director in the presence of a witness | Director: Seamus Patrick O'Hare | Witness: Niamh Corrigan, Solicitor, Carson Keogh, 3 Donegall Square North, Belfast |
| Signed as a deed and delivered by SEAMUS PATRICK O'HARE in the presence of | Signature: Seamus Patrick O'Hare | Witness: Niamh Corrigan, Solicitor |`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Lagan Quay Investments Limited", "O'Hare & Mulholland (Belfast) Limited", "Seamus Patrick O'Hare"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v23-property-kowloon-deed-of-mutual-covenant",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF MUTUAL COVENANT
in respect of Sunrise Residences, Kowloon Inland Lot No. 6612
THIS DEED OF MUTUAL COVENANT is made the eighteenth day of February in the year Two thousand and twenty-six
BETWEEN:
(1) KOWLOON BAY SUNRISE DEVELOPMENT COMPANY LIMITED whose registered office is situate at 28th Floor, Harbourfront Centre, 18 Sheung Yuet Road, Kowloon Bay, Kowloon, Hong Kong (the "First Owner");
(2) CHAN TAI MAN (holder of Hong Kong Identity Card No. K538271(4)) of Flat 12B, Tower 2, Sunrise Residences, 6 Wang Chiu Road, Kowloon Bay, Kowloon (the "First Assignee"); and
(3) PREMIER HARBOUR ESTATE MANAGEMENT LIMITED whose registered office is situate at Room 1503, 15th Floor, Tower 1, Enterprise Square, 9 Sheung Yuet Road, Kowloon Bay, Kowloon (the "Manager").
WHEREAS:
(A) The First Owner is the registered owner of Kowloon Inland Lot No. 6612 (the "Lot"), held from the Government under Conditions of Sale No. 20519 for a term of 50 years from 3 May 2019.
(B) The First Owner has erected on the Lot a development known as "Sunrise Residences" (the "Development") in accordance with plans approved by the Building Authority, the Authorized Person being Mr. Leung Chi Wai of LCW Architects Limited.
(C) By an Assignment of even date, the First Owner assigned to the First Assignee 11 out of 31,250 equal undivided shares of and in the Lot and the Development, together with the right to the exclusive use of Flat 12B on the 12th Floor of Tower 2.
(D) The parties have agreed to enter into this Deed to define and regulate the rights, interests and obligations of the Owners and to appoint the Manager.
NOW THIS DEED WITNESSETH as follows:
# Section I: Undivided Shares
1. The undivided shares in the Lot and the Development are allocated as set out in the First Schedule, and every Owner holds its undivided shares subject to and with the benefit of this Deed.
# Section II: Rights and Obligations of Owners
2. Each Owner shall observe the covenants in the Second Schedule, shall not alter the external appearance of the Development and shall pay its share of the Management Expenses.
# Section III: Appointment of the Manager
3. The First Owner appoints the Manager, and the Manager accepts appointment, as manager of the Development for an initial period of two years from the date of this Deed; thereafter the appointment continues until terminated under clause 4.
4. The Owners' Committee may terminate the Manager's appointment by not less than three months' notice in writing, and the Manager may resign by giving not less than three months' notice to the Owners' Committee.
# Section IV: Management Expenses
5. Each Owner shall pay monthly in advance its share of the Management Expenses under the annual budget, and on taking possession shall deposit with the Manager an amount equal to three months' management contributions; the Manager's remuneration shall not exceed 10% of the total annual Management Expenses.
# Section V: Governing Law
6. This Deed is governed by the laws of the Hong Kong Special Administrative Region. Lam, Ng & Partners act as solicitors for the First Owner in the preparation of this Deed.
IN WITNESS whereof the parties have executed this Deed the day and year first above written.
| SEALED with the Common Seal of KOWLOON BAY SUNRISE DEVELOPMENT COMPANY LIMITED and SIGNED by Wong Kar Ling, Director, in the presence of Ho Siu Fung, Solicitor, Hong Kong SAR | SIGNED SEALED AND DELIVERED by the said CHAN TAI MAN in the presence of Ho Siu Fung, Solicitor, Hong Kong SAR |
| SIGNED by Cheung Wing Yee, authorised signatory, for and on behalf of PREMIER HARBOUR ESTATE MANAGEMENT LIMITED | Witness to all signatures: Ho Siu Fung, Solicitor, Lam, Ng & Partners, Hong Kong |`,
    truth: {
      title: "Deed of Mutual Covenant",
      documentType: "Deed",
      parties: ["Kowloon Bay Sunrise Development Company Limited", "Chan Tai Man", "Premier Harbour Estate Management Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-18",
    },
  },
  {
    id: "v23-property-toronto-property-management",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of the 1st day of September, 2026 (the "Execution Date"),
BY AND BETWEEN:
2698154 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario, having its registered office at 100 King Street West, Suite 5700, Toronto, Ontario M5X 1C7 (the "Owner")
- and -
LAKESHORE & VAUGHAN REALTY MANAGEMENT LTD., a corporation incorporated under the laws of the Province of Ontario and a registered brokerage under the Trust in Real Estate Services Act, 2002, having its head office at 2200 Lake Shore Boulevard West, Unit 410, Etobicoke, Ontario M8V 1A4 (the "Manager")
# RECITALS
A. The Owner holds registered title to the residential rental complex municipally known as 1455 Queen Street East, Toronto (the "Property") as nominee and bare trustee for Maple Crest Residential Fund LP, acting by its general partner Maple Crest Residential GP Inc. (together, the "Beneficial Owner"), which has authorized the Owner to enter into this Agreement.
B. The Owner wishes to engage the Manager to manage, operate and lease the Property, and the Manager has agreed to do so, on the terms of this Agreement.
# ARTICLE 1 – APPOINTMENT
1.1 The Owner appoints the Manager as the exclusive manager and leasing agent of the Property, and the Manager accepts such appointment and shall perform the Services described in Schedule "A".
# ARTICLE 2 – TERM
2.1 The term of this Agreement shall be three (3) years commencing on October 1, 2026 (the "Commencement Date") and ending on September 30, 2029 (the "Initial Term").
2.2 Upon the expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either party gives written notice of non-renewal not less than one hundred and twenty (120) days before the end of the then-current term.
2.3 After the first anniversary of the Commencement Date, either party may terminate this Agreement without cause on ninety (90) days' written notice to the other.
# ARTICLE 3 – FEES
3.1 The Owner shall pay the Manager a management fee equal to four and one-quarter percent (4.25%) of Gross Receipts, payable within fifteen (15) days after the end of each calendar month, plus applicable HST.
3.2 The Manager shall hold all rents in a trust account at the Royal Bank of Canada designated for the Property and shall not commingle them with its own funds.
# ARTICLE 4 – RECORDS AND NON-SOLICITATION
4.1 The Manager shall keep complete books and records for the Property and retain them for seven (7) years after the end of the fiscal year to which they relate.
4.2 During the term and for twelve (12) months after its termination, the Owner shall not solicit or hire any superintendent employed by the Manager at the Property.
# ARTICLE 5 – GENERAL
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 This Agreement may be executed in counterparts and delivered electronically.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Execution Date.
| 2698154 ONTARIO INC. | LAKESHORE & VAUGHAN REALTY MANAGEMENT LTD. |
| Per: Daniel Okafor-Reyes, President | Per: Sophie Tremblay-Nguyen, Broker of Record |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["2698154 Ontario Inc.", "Lakeshore & Vaughan Realty Management Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-10-01",
      expiryDate: "2029-09-30",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v23-property-dublin-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
Dated 22 May 2026
ARDMORE PROPERTY HOLDINGS DESIGNATED ACTIVITY COMPANY
(as Landlord)
NÍ BHRIAIN ARCHITECTS UNLIMITED COMPANY
(as Tenant)
DR. AOIFE NÍ BHRIAIN
(as Guarantor)
relating to a lease of the Second Floor, Block C, Grand Canal Plaza, Dublin 4
Kilbride Moran, Solicitors, 14 Fitzwilliam Place, Dublin 2
===
THIS DEED OF VARIATION is dated 22 May 2026 and is made BETWEEN:
(1) ARDMORE PROPERTY HOLDINGS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 598214, whose registered office is at 2 Haddington Road, Dublin 4 (the "Landlord");
(2) NÍ BHRIAIN ARCHITECTS UNLIMITED COMPANY, an unlimited company incorporated in Ireland with registered number 401773, whose registered office is at Second Floor, Block C, Grand Canal Plaza, Dublin 4 (the "Tenant"); and
(3) DR. AOIFE NÍ BHRIAIN of 6 Sandymount Avenue, Dublin 4 (the "Guarantor").
BACKGROUND
(A) This Deed is supplemental to a lease dated 14 June 2019 made between (1) Clonmore Estates Limited, (2) the Tenant and (3) the Guarantor, by which the Premises were demised for a term of twenty years from 14 June 2019 (the "Lease").
(B) The reversion immediately expectant on the term granted by the Lease is now vested in the Landlord, Clonmore Estates Limited having transferred it to the Landlord on 30 November 2023.
(C) The parties have agreed to vary the Lease on the terms of this Deed.
# 1. Definitions
1.1 "Effective Date" means 1 June 2026, and "Premises" has the meaning given in the Lease.
# 2. Variations
2.1 With effect from the Effective Date the Lease is varied as follows: (a) in clause 9.4 the Break Date is changed from 14 June 2029 to 14 June 2031, and the Tenant must give not less than nine (9) months' prior written notice to exercise the break; (b) the permitted use in clause 1.1 is extended to include architectural model-making workshops; and (c) the annual rent is €186,500.
2.2 Save as varied by this Deed the Lease remains in full force and effect, and references in the Lease to "this Lease" are to the Lease as varied.
# 3. Guarantor
3.1 The Guarantor consents to the variations and confirms that her guarantee in the Lease extends to the obligations of the Tenant under the Lease as varied by this Deed.
# 4. Governing law
4.1 This Deed is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the courts of Ireland.
IN WITNESS whereof the parties have executed this Deed as a deed and delivered it on the date stated above.
| Present when the common seal of ARDMORE PROPERTY HOLDINGS DESIGNATED ACTIVITY COMPANY was affixed: Director: Conor Fitzgerald; Director/Secretary: Siobhán Kavanagh | Signed and delivered as a deed by NÍ BHRIAIN ARCHITECTS UNLIMITED COMPANY acting by Aoife Ní Bhriain, Director, and Ciarán Ó Dálaigh, Secretary |
| Signed and delivered as a deed by DR. AOIFE NÍ BHRIAIN in the presence of: Eoin Whelan, Solicitor, Kilbride Moran, 14 Fitzwilliam Place, Dublin 2 | Title: Folio DN204117L, County Dublin |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ardmore Property Holdings Designated Activity Company", "Ní Bhriain Architects Unlimited Company", "Aoife Ní Bhriain"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Lease",
    },
  },
  {
    id: "v23-property-singapore-signage-consent",
    format: "txt",
    source: `ORCHID GROVE PROPERTIES PTE. LTD.
(Company Registration No. 201534817K)
80 Robinson Road, #22-01, Singapore 068898 | Tel: +65 6220 4410
7 July 2026
BY EMAIL AND BY HAND
Kopi & Kaya Holdings Pte. Ltd.
#01-12, 88 Telok Ayer Street
Singapore 048470
Attention: Mr. Lim Wei Jie, Managing Director
Our Ref: OGP/LSE/0147/26
Dear Sirs,
# LANDLORD'S CONSENT TO SIGNAGE
Premises: #01-12, 88 Telok Ayer Street, Singapore 048470 (the "Premises")
Lease: Lease dated 1 April 2026 between Orchid Grove Properties Pte. Ltd. as landlord and Kopi & Kaya Holdings Pte. Ltd. as tenant for a term of three (3) years from 1 April 2026 to 31 March 2029 (the "Lease")
1. We refer to your letter dated 16 June 2026 and the drawings prepared by your contractor, Lumen Signcraft Pte. Ltd. (ref. LS-2206 Rev B), for an illuminated fascia sign and a projecting blade sign at the Premises.
2. We consent to the installation of the signage shown in those drawings, subject to the following conditions: (a) you obtain, at your cost, all approvals required from the Urban Redevelopment Authority and the Building and Construction Authority before work starts; (b) the works are carried out by Lumen Signcraft Pte. Ltd. within sixty (60) days of the date of this letter; (c) you maintain public liability insurance of not less than S$2,000,000 covering the signage; and (d) you remove the signage and make good the façade at the expiry or earlier termination of the Lease.
3. This consent is personal to you, does not vary the Lease, and all the terms of the Lease continue to apply to the Premises and the signage.
4. This letter is governed by the laws of Singapore.
Please sign and return the enclosed duplicate of this letter within fourteen (14) days to confirm your agreement to these conditions.
Yours faithfully,
for and on behalf of
ORCHID GROVE PROPERTIES PTE. LTD.
Tan Mei Ling (Ms)
Director
cc: Ashford Lee Property Consultants Pte. Ltd. (managing agent)
We acknowledge and agree to the conditions set out above.
for and on behalf of KOPI & KAYA HOLDINGS PTE. LTD.
Name: Lim Wei Jie    Designation: Managing Director    Date: 10 July 2026`,
    truth: {
      title: "Landlord's Consent to Signage",
      documentType: "Letter",
      parties: ["Orchid Grove Properties Pte. Ltd.", "Kopi & Kaya Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-07",
    },
  },
];
