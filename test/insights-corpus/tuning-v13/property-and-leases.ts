import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (b): property documents — leases, a licence to occupy, a variation, a break notice and a management agreement. */
export const PROPERTY_AND_LEASES_V13: UnseenDocument[] = [
  {
    id: "v13-b-scot-minute-of-lease-distillery",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF LEASE
between
FIONA JANE MACLEOD, residing at Ardmore House, Kilchoman, Isle of Islay PA49 7UY, and ALASDAIR ROBERT GRANT, residing at 14 Heriot Row, Edinburgh EH3 6HP, as trustees of the Ardmore Estate Trust (the "Landlords")
and
GLENMORVEN DISTILLERS LLP, a limited liability partnership incorporated in Scotland (registered number SO306712) and having its registered office at Unit 3, Port Ellen Maltings, Isle of Islay PA42 7DX (the "Tenant")
# 1. Let and Duration
1.1 The Landlords let to the Tenant the subjects known as the Old Bonded Warehouse, Ardmore, Isle of Islay, as more particularly described in Part 1 of the Schedule (the "Premises").
1.2 The Lease shall be for the period from and including 28 May 2026 (the "Date of Entry") until and including 27 May 2036 (the "Expiry Date"), notwithstanding the date or dates of execution of this Lease.
1.3 The Tenant may terminate this Lease on the fifth anniversary of the Date of Entry by giving to the Landlords not less than nine months' prior written notice. Tacit relocation is excluded, and the Lease shall terminate on the Expiry Date without the need for notice by either party.
# 2. Rent
2.1 The rent shall be FORTY-TWO THOUSAND POUNDS (£42,000) per annum, payable quarterly in advance on 28 February, 28 May, 28 August and 28 November.
2.2 The rent shall be reviewed upwards only on each fifth anniversary of the Date of Entry in accordance with Part 2 of the Schedule.
# 3. Use
3.1 The Premises shall be used only for the maturation and bonded storage of spirits in cask and for no other purpose.
===
# 4. Repair
4.1 The Tenant shall keep the Premises in good and substantial repair, with the exception of the roof and main walls, which the Landlords shall maintain. Any defect notified to the Landlords shall be remedied within 28 days.
# 5. Law and Registration
5.1 This Lease shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
5.2 The parties consent to registration of this Lease for preservation and execution.
IN WITNESS WHEREOF these presents typewritten on this and the preceding page together with the Schedule annexed are executed as follows:
| Subscribed by FIONA JANE MACLEOD at Islay on 11 May 2026 | before this witness: Catriona Bell, Solicitor, Bowmore |
| Subscribed by ALASDAIR ROBERT GRANT at Edinburgh on 12 May 2026 | before this witness: Hamish Duncan, Trainee Solicitor, Edinburgh |
| Subscribed for GLENMORVEN DISTILLERS LLP by Morag Sinclair, Designated Member, at Port Ellen on 14 May 2026 | before this witness: Ewan Currie, Warehouse Manager |`,
    truth: {
      title: "Minute of Lease",
      documentType: "Lease",
      parties: ["Fiona Jane MacLeod", "Alasdair Robert Grant", "Glenmorven Distillers LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2036-05-27",
      term: "120 months",
    },
  },
  {
    id: "v13-b-nsw-retail-shop-lease-particulars",
    format: "docx",
    storedPageCount: 2,
    source: `# RETAIL SHOP LEASE
# Item Schedule (Lease Particulars)
| Item 1 – Landlord | Parramatta Quay Retail Pty Ltd ACN 612 448 903 of Level 9, 60 Phillip Street, Parramatta NSW 2150 |
| Item 2 – Tenant | Bao & Brew Pty Ltd ACN 655 170 228 of Shop 4, 21 Church Street, Parramatta NSW 2150 |
| Item 3 – Guarantor | Nil |
| Item 4 – Premises | Shop G17, Ground Floor, Parramatta Quay Arcade, 88 George Street, Parramatta NSW 2150 |
| Item 5 – Commencement Date | 1 July 2026 |
| Item 6 – Term | Five (5) years |
| Item 7 – Terminating Date | 30 June 2031 |
| Item 8 – Option for Further Term | One option of five (5) years, exercisable by notice given not earlier than 6 months and not later than 3 months before the Terminating Date |
| Item 9 – Base Rent | $96,000 per annum plus GST, payable monthly in advance |
| Item 10 – Rent Review | CPI review on each anniversary of the Commencement Date; market review on commencement of any further term |
| Item 11 – Security Deposit | A bank guarantee equal to three (3) months' Base Rent plus GST |
| Item 12 – Permitted Use | Café and takeaway dumplings |
===
# Part 2 – Terms of Lease
1. Grant. The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date and ending on the Terminating Date.
2. Further term. If the Tenant validly exercises the option in Item 8, the Landlord must grant a further lease for the further term on the same terms, except this clause and the Base Rent. The Tenant's option is personal and is not renewed automatically.
3. Holding over. If the Tenant remains in possession after the Terminating Date with the Landlord's consent, the Tenant does so as a monthly tenant terminable by either party on one month's notice.
4. Disclosure. The Tenant acknowledges receiving the Landlord's disclosure statement and a copy of the NSW Retail Leases Guide at least 7 days before entering into this Lease, as required by the Retail Leases Act 1994 (NSW).
5. Governing law. This Lease is governed by the laws of New South Wales.
Executed as a deed on 19 May 2026.
| Executed by Parramatta Quay Retail Pty Ltd in accordance with s 127 of the Corporations Act 2001 (Cth) | Director: Helen Z. Papadopoulos | Director/Secretary: Mark Hadley |
| Executed by Bao & Brew Pty Ltd in accordance with s 127 of the Corporations Act 2001 (Cth) | Sole Director and Secretary: Vincent Lam |`,
    truth: {
      title: "Retail Shop Lease",
      documentType: "Lease",
      parties: ["Parramatta Quay Retail Pty Ltd", "Bao & Brew Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
    },
  },
  {
    id: "v13-b-ireland-licence-to-occupy-desks",
    format: "txt",
    source: `# LICENCE TO OCCUPY
Date: 23 February 2026
Licensor: Liffey Yard Workspaces Limited (company number 704512), whose registered office is at 5 Hanover Quay, Dublin 2, D02 XR74
Licensee: Siobhán Áine Kearney, of 41 Ranelagh Road, Dublin 6, D06 K2W8
# 1. Licence
1.1 The Licensor permits the Licensee, in common with the Licensor and others authorised by it, to use four dedicated desks on the second floor of 5 Hanover Quay (the "Space") for the purpose of her architectural practice.
1.2 This Licence is personal to the Licensee. It confers no right of exclusive possession and does not create a relationship of landlord and tenant. The Licensee acknowledges that she has been advised to take independent legal advice.
# 2. Duration
2.1 This Licence commences on 1 March 2026 (the "Commencement Date") and continues until terminated by either party giving the other not less than four weeks' written notice.
2.2 There is a minimum commitment period of three months from the Commencement Date, during which the Licensee may not give notice under clause 2.1.
# 3. Fee
3.1 The Licensee shall pay a licence fee of €1,400 per month plus VAT, in advance on the first day of each month, together with a refundable deposit equal to two months' fees.
3.2 Fees unpaid for more than 14 days bear interest at 8% per annum.
# 4. Conduct
4.1 The Licensee shall comply with the house rules of the building as amended from time to time and shall not make any alterations to the Space.
# 5. Law
5.1 This Licence is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
Signed for and on behalf of Liffey Yard Workspaces Limited: Declan Furlong, Director
Signed by the Licensee: Siobhán Á. Kearney`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Liffey Yard Workspaces Limited", "Siobhán Áine Kearney"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-01",
      term: "Until terminated",
    },
  },
  {
    id: "v13-b-ew-deed-of-variation-lease-use",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a lease of Unit 7, Kingsmead Business Park, Bath BA2 3RT
THIS DEED is dated 9 April 2026
PARTIES
(1) KINGSMEAD ESTATES LIMITED incorporated and registered in England and Wales with company number 03318842 whose registered office is at 2 Queen Square, Bath BA1 2HN (the "Landlord");
(2) OAKAPPLE BREWING COMPANY LIMITED incorporated and registered in England and Wales with company number 09907415 whose registered office is at Unit 7, Kingsmead Business Park, Bath BA2 3RT (the "Tenant"); and
(3) RICHARD J. PENHALIGON of Coombe Farm, Priston, Bath BA2 9EF (the "Guarantor").
BACKGROUND
(A) By a lease dated 14 June 2019 and made between the Landlord (1), the Tenant (2) and the Guarantor (3) (the "Lease"), the Premises were let for a term of fifteen years from and including 24 June 2019 at an initial rent of £38,500 per annum.
(B) The Lease is governed by the law of England and Wales and the Tenant's tenancy is excluded from sections 24 to 28 of the Landlord and Tenant Act 1954.
(C) The parties have agreed to vary the Lease on the terms of this deed.
AGREED TERMS
1. With effect from the date of this deed, clause 1.1 of the Lease is varied by deleting the definition of "Permitted Use" and substituting: "Permitted Use: the brewing, bottling and storage of beer and cider, and the sale of beer and cider for consumption on the Premises in the taproom shown edged blue on Plan 2."
2. The Tenant shall pay the Landlord's reasonable legal costs of this deed within 10 working days of demand.
3. The Guarantor consents to the variation and confirms that his guarantee in the Lease extends to the Tenant's obligations under the Lease as varied by this deed.
4. Save as varied by this deed, the Lease remains in full force and effect, and nothing in this deed alters the term of the Lease.
5. This deed and any dispute or claim arising out of it shall be governed by and construed in accordance with the law of England and Wales.
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
| Executed as a deed by KINGSMEAD ESTATES LIMITED acting by a director in the presence of a witness | Director: Alison Rees-Morgan | Witness: Peter Vane |
| Executed as a deed by OAKAPPLE BREWING COMPANY LIMITED acting by two directors | Director: Thomas Hale | Director: Nadia Hale |
| Signed as a deed by RICHARD J. PENHALIGON in the presence of | Witness: Jennifer Cole, 3 Milsom Street, Bath |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kingsmead Estates Limited", "Oakapple Brewing Company Limited", "Richard J. Penhaligon"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-09",
      amends: "Lease",
    },
  },
  {
    id: "v13-b-ny-ground-lease-ninety-nine-years",
    format: "pdf",
    pageFooters: true,
    source: `# GROUND LEASE
THIS GROUND LEASE (this "Lease") is made and entered into as of the 15th day of January, 2026, by and between HUDSON RIVERSIDE HOLDINGS LLC, a New York limited liability company having an office at 350 Fifth Avenue, Suite 4100, New York, New York 10118 ("Landlord"), and MERIDIAN TOWER DEVELOPERS, L.P., a Delaware limited partnership having an office at 1 Bryant Park, New York, New York 10036 ("Tenant").
# ARTICLE 1 DEFINITIONS
"Commencement Date" means February 1, 2026.
"Expiration Date" means 11:59 p.m. (New York City time) on the day immediately preceding the ninety-ninth (99th) anniversary of the Commencement Date, or such earlier date on which this Lease is terminated in accordance with its terms.
"Construction Period" means the period of forty-eight (48) months following the Commencement Date, within which Tenant shall substantially complete the Improvements.
# ARTICLE 2 DEMISE AND TERM
2.1 Landlord hereby leases to Tenant, and Tenant hereby leases from Landlord, the land known as Block 1087, Lot 21 on the Tax Map of the Borough of Manhattan (the "Land"), for a term of ninety-nine (99) years commencing on the Commencement Date and ending on the Expiration Date (the "Term"), unless sooner terminated.
2.2 Tenant shall have no option to extend the Term.
# ARTICLE 3 RENT
3.1 Tenant shall pay fixed annual rent of Two Million Four Hundred Thousand Dollars ($2,400,000) for the first ten (10) Lease Years, increasing by ten percent (10%) at the start of each succeeding ten-year period.
3.2 Rent shall be payable in equal monthly installments in advance on the first day of each calendar month; any installment not paid within ten (10) days after the due date shall bear a late charge of four percent (4%).
===
# ARTICLE 4 LEASEHOLD MORTGAGES
4.1 Tenant may encumber its leasehold estate with one or more Leasehold Mortgages. Landlord shall give any Leasehold Mortgagee notice of any default and an additional sixty (60) days to cure the same.
# ARTICLE 5 MISCELLANEOUS
5.1 This Lease shall be governed by and construed in accordance with the laws of the State of New York, without regard to principles of conflicts of law.
5.2 A memorandum of this Lease shall be recorded in the Office of the City Register of the City of New York.
IN WITNESS WHEREOF, the parties have executed this Lease as of the date first above written.
| HUDSON RIVERSIDE HOLDINGS LLC | By: Daniel P. Abramowitz, Managing Member |
| MERIDIAN TOWER DEVELOPERS, L.P., by Meridian Tower GP LLC, its general partner | By: Elaine M. Ferreira-Stone, Authorized Signatory |`,
    truth: {
      title: "Ground Lease",
      documentType: "Lease",
      parties: ["Hudson Riverside Holdings LLC", "Meridian Tower Developers, L.P."],
      governingLaw: "New York",
      effectiveDate: "2026-02-01",
      expiryDate: "2125-01-31",
      term: "99 years",
    },
  },
  {
    id: "v13-b-ew-tenant-break-notice",
    format: "txt",
    source: `# NOTICE OF EXERCISE OF BREAK OPTION
To: Cathedral Quarter Property Company Limited (company number 05521390), whose registered office is at 18 St Paul's Square, Birmingham B3 1QU (the "Landlord")
From: Pemberton Print Solutions Ltd (company number 07263118), whose registered office is at Unit 12, Jewellery Quarter Works, Vyse Street, Birmingham B18 6HF (the "Tenant")
Date: 17 March 2026
Premises: Ground and first floors, 44 Graham Street, Birmingham B1 3JR
Lease: a lease of the Premises dated 30 September 2016 made between the Landlord (1) and the Tenant (2) for a term of fifteen years from 29 September 2016 (the "Lease")
1. The Tenant gives notice under clause 9.1 of the Lease that it terminates the Lease on 29 September 2026 (the "Break Date").
2. Clause 9.1 of the Lease entitles the Tenant to terminate the Lease on the tenth anniversary of the term commencement date by giving the Landlord not less than six months' written notice. This notice is given more than six months before the Break Date.
3. The Tenant will give up occupation of the whole of the Premises on or before the Break Date, free of any underlettings, and will have paid the rent due under the Lease up to and including the Break Date.
4. This notice supersedes the Tenant's letter of 2 February 2026, which was written without prejudice and is withdrawn.
5. This notice is served by hand and by recorded delivery at the Landlord's registered office in accordance with clause 12 of the Lease and section 196 of the Law of Property Act 1925.
Signed: Gareth Pemberton
Director, for and on behalf of Pemberton Print Solutions Ltd`,
    truth: {
      title: "Notice of Exercise of Break Option",
      documentType: "Notice",
      parties: ["Pemberton Print Solutions Ltd", "Cathedral Quarter Property Company Limited"],
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v13-b-hk-tenancy-agreement-cover-page",
    format: "docx",
    source: `# TENANCY AGREEMENT
relating to Flat B, 23rd Floor, Tower 2, Harbour Crest, 8 Tin Wan Praya Road, Aberdeen, Hong Kong
between
KELVIN WONG KA-HO
(as Landlord)
and
HARBOURLIGHT TRADING LIMITED
(as Tenant)
Dated 10 March 2026
===
THIS AGREEMENT is made on 10 March 2026 BETWEEN the Landlord, KELVIN WONG KA-HO (holder of Hong Kong Identity Card No. K123456(7)) of Flat 5A, 12 Conduit Road, Mid-Levels, Hong Kong, and the Tenant, HARBOURLIGHT TRADING LIMITED (Company No. 2981045), whose registered office is at Room 1602, 9 Queen's Road Central, Hong Kong.
1. Term. The Landlord lets and the Tenant takes the Premises for a term of two (2) years commencing on 1 April 2026 (the "Commencement Date") and expiring on 31 March 2028, both days inclusive.
2. Rent. HK$48,000 per calendar month, exclusive of management fees and Government rates, payable in advance on the first day of each month. A rent-free period of fourteen (14) days from the Commencement Date is granted for fitting out.
3. Deposit. The Tenant shall pay a deposit of HK$144,000, equal to three months' rent, to be refunded without interest within thirty (30) days after the expiry or sooner determination of the tenancy.
4. Break clause. Either party may terminate this tenancy at any time after the expiry of the first twelve (12) months of the term by giving not less than two (2) months' written notice to the other.
5. Option to renew. The Tenant may, by written notice given not less than three (3) months before the expiry of the term, renew the tenancy for a further one (1) year at the then prevailing market rent. Failing such notice the tenancy ends on expiry.
6. Use. The Premises shall be used as a residence for the Tenant's employees only.
7. Stamp duty. Stamp duty on this Agreement shall be borne by the Landlord and the Tenant in equal shares.
8. Governing law. This Agreement is governed by the laws of the Hong Kong Special Administrative Region.
| Signed by the Landlord KELVIN WONG KA-HO | in the presence of: Chan Siu Fung, Solicitor, Hong Kong SAR |
| Signed by Lo Wai Man, director, for and on behalf of HARBOURLIGHT TRADING LIMITED | in the presence of: Yip Hoi Ting |`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Kelvin Wong Ka-ho", "Harbourlight Trading Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
    },
  },
  {
    id: "v13-b-bc-property-management-signature-block",
    format: "pdf",
    source: `# PROPERTY MANAGEMENT AGREEMENT
Effective Date: June 1, 2026
Property: The Granville Crescent, a 64-unit residential rental building at 1450 West 12th Avenue, Vancouver, British Columbia
1. Appointment. The Owner appoints the Manager as its exclusive agent to manage, operate and lease the Property, and the Manager accepts the appointment on the terms of this Agreement.
2. Services. The Manager shall collect rents, arrange repairs and maintenance, market vacant units, screen applicants, administer tenancies under the Residential Tenancy Act (British Columbia), and deliver monthly financial statements within fifteen (15) days after each month end.
3. Fees. The Owner shall pay the Manager a management fee of four percent (4%) of gross rents collected, plus a leasing fee equal to one-half of one month's rent for each new tenancy. Invoices are payable within thirty (30) days.
4. Term and Renewal. This Agreement shall have an initial term of one (1) year commencing on the Effective Date. Thereafter, this Agreement shall automatically renew for successive periods of twelve (12) months each, unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
5. Termination for Cause. Either party may terminate this Agreement on ten (10) days' written notice if the other party commits a material breach that remains uncured at the end of that period.
6. Records. The Manager shall keep all books and records relating to the Property for a period of seven (7) years after the end of the fiscal year to which they relate, and this obligation survives termination.
7. Trust Account. All money received by the Manager on behalf of the Owner shall be held in a trust account in accordance with the Real Estate Services Act (British Columbia).
8. Governing Law. This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
| OWNER: GRANVILLE CRESCENT HOLDINGS LTD. | Per: Arjun S. Dhillon, President |
| MANAGER: COASTLINE PROPERTY MANAGEMENT INC. | Per: Meredith Okafor-Lindqvist, Managing Broker |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Granville Crescent Holdings Ltd.", "Coastline Property Management Inc."],
      governingLaw: "British Columbia",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "1 year",
      renewal: "12 months",
    },
  },
];
