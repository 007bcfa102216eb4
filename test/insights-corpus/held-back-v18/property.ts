import type { UnseenDocument } from "../unseen/types";

/** Held-back v18 property documents: leases, licences, rent reviews, surrenders, variations, covenants and management agreements. */
export const PROPERTY_V18: UnseenDocument[] = [
  {
    id: "v18-property-ca-office-sublease",
    format: "pdf",
    pageFooters: true,
    source: `# OFFICE SUBLEASE
This Office Sublease (this "Sublease") is made and entered into as of the 3rd day of March, 2026 (the "Execution Date"), by and between NORTHGATE ANALYTICS, LLC, a Delaware limited liability company ("Sublandlord"), and PINECREST BIO, INC., a California corporation ("Subtenant").
# RECITALS
A. Sublandlord is the tenant under that certain Office Lease dated as of June 12, 2019 (the "Master Lease") with Embarcadero Tower Owner LP ("Master Landlord"), for premises on the 14th floor of the building located at 455 Market Street, San Francisco, California, for a term expiring on November 30, 2031.
B. Subtenant wishes to sublease from Sublandlord a portion of those premises consisting of approximately 6,200 rentable square feet (the "Subleased Premises") on the terms below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Term. The term of this Sublease (the "Term") shall commence on April 1, 2026 (the "Commencement Date") and shall end on March 31, 2029 (the "Expiration Date"), unless sooner terminated pursuant to this Sublease or upon termination of the Master Lease. Subtenant shall have no option to extend the Term.
2. Base Rent. Subtenant shall pay monthly Base Rent of $31,000.00, in advance, on the first day of each calendar month, without demand. Any installment not received within five (5) days after its due date shall bear a late charge of five percent (5%).
3. Security Deposit. Upon execution, Subtenant shall deposit $93,000.00 with Sublandlord as security. Sublandlord shall return the unapplied balance within thirty (30) days after the Expiration Date and Subtenant's surrender of the Subleased Premises.
4. Master Lease. Except as otherwise stated here, Subtenant assumes and agrees to perform Sublandlord's obligations under the Master Lease as they relate to the Subleased Premises. Sublandlord shall not agree to any amendment of the Master Lease that would materially affect Subtenant's rights without Subtenant's prior written consent.
5. Consent. This Sublease is conditioned on the written consent of Master Landlord, to be given by separate instrument. If that consent has not been obtained within forty-five (45) days after the Execution Date, either party may terminate this Sublease by written notice to the other.
6. Condition; Alterations. Subtenant accepts the Subleased Premises in their "AS IS" condition. Subtenant shall make no alterations without the consent of Sublandlord and, where required under the Master Lease, Master Landlord.
===
7. Insurance and Indemnity. Subtenant shall maintain the insurance required of the tenant under the Master Lease, naming Sublandlord and Master Landlord as additional insureds. Subtenant's indemnity obligations under this Section 7 shall survive the expiration or earlier termination of this Sublease for a period of two (2) years.
8. Holding Over. If Subtenant remains in possession after the Expiration Date, it shall be a tenant at sufferance at a monthly rent of one hundred fifty percent (150%) of the Base Rent then in effect.
9. Brokers. Each party represents that it has dealt with no broker in connection with this Sublease other than Bayline Commercial Partners, whose commission shall be paid by Sublandlord.
10. Notices. Notices shall be in writing and delivered by hand, by nationally recognized overnight courier or by certified mail to the addresses set out below the parties' signatures.
11. Governing Law. This Sublease shall be governed by and construed in accordance with the laws of the State of California.
12. Counterparts. This Sublease may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have executed this Sublease as of the Execution Date.
| SUBLANDLORD: NORTHGATE ANALYTICS, LLC | SUBTENANT: PINECREST BIO, INC. |
| By: ______________________ | By: ______________________ |
| Name: Diane Okafor | Name: Marcus Lindqvist |
| Title: Chief Financial Officer | Title: President |
| Address: 455 Market Street, Suite 1400, San Francisco, CA 94105 | Address: 2200 Bayshore Road, Palo Alto, CA 94303 |`,
    truth: {
      title: "Office Sublease",
      documentType: "Lease",
      parties: ["Northgate Analytics, LLC", "Pinecrest Bio, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v18-property-glasgow-studio-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
MINUTE OF AGREEMENT
between
CLYDESIDE WORKSPACE LLP, a limited liability partnership incorporated in Scotland (registered number SO306512) and having its registered office at 40 Lancefield Quay, Glasgow G3 8JD (the "Licensor")
and
FIONA MARGARET DRUMMOND, residing at 7 Hillhead Street, Glasgow G12 8PX, carrying on business as Drummond Ceramics (the "Licensee")
WHEREAS the Licensor is tenant of the building known as The Engine Shed, 12 Kelvinhaugh Street, Glasgow (the "Building") and has agreed to permit the Licensee to occupy Studio 3 within the Building (the "Studio") on the terms set out below; THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions. In this Minute of Agreement: "Date of Entry" means 1 August 2026; "Licence Fee" means £650 per month together with VAT; "Licence Period" means the period from and including the Date of Entry to and including 31 January 2027.
2. Grant. The Licensor grants to the Licensee a personal licence to occupy the Studio, in common with the Licensor and others authorised by it, for the Licence Period, for use as a ceramics studio and for no other purpose.
3. No lease. The parties agree that this Minute of Agreement creates a licence only and that no lease or tenancy of the Studio or any part of the Building is created or intended.
4. Payment. The Licence Fee is payable monthly in advance on the first day of each month by standing order. Any sum unpaid for fourteen days after it falls due shall bear interest at 4% per annum above the Bank of England base rate.
5. Early termination. Neither party may terminate this licence before 31 October 2026. Thereafter either party may terminate it by giving not less than one month's written notice to the other.
6. Licensee's obligations. The Licensee shall keep the Studio clean and tidy, shall not make any alteration to it, shall comply with the Building rules and shall on the ending of the licence remove all kilns, equipment and materials.
===
7. Deposit. The Licensee has paid a deposit of £1,300, which the Licensor shall repay, less any sums properly due to it, within twenty-one days after the end of the licence.
8. Governing law. This Minute of Agreement is governed by the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
9. Consent to registration. The parties consent to the registration of this Minute of Agreement and of any certificate under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CLYDESIDE WORKSPACE LLP | Subscribed by FIONA MARGARET DRUMMOND |
| at Glasgow on 21 July 2026 | at Glasgow on 24 July 2026 |
| by Callum Reid, Designated Member | |
| before this witness: Aileen Baird, 40 Lancefield Quay, Glasgow | before this witness: Thomas Drummond, 7 Hillhead Street, Glasgow |`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clydeside Workspace LLP", "Fiona Margaret Drummond"],
      governingLaw: "Scotland",
      effectiveDate: "2026-08-01",
      expiryDate: "2027-01-31",
      term: "6 months",
    },
  },
  {
    id: "v18-property-nsw-rent-review",
    format: "txt",
    source: `# RENT REVIEW MEMORANDUM
Retail Leases Act 1994 (NSW) – market rent review
Date of this memorandum: 14 August 2026
# Parties
Landlord: Harbourline Property Pty Ltd ACN 612 448 095 as trustee for the Harbourline Property Unit Trust, Level 9, 60 Clarence Street, Sydney NSW 2000
Tenant: Bright Tooth Dental Pty Ltd ACN 158 332 671, Shop 14, 210 Military Road, Neutral Bay NSW 2089
# Background
A. By a lease registered as dealing AM441920 (the Lease), the Landlord leased Shop 14, Neutral Bay Plaza, 210 Military Road, Neutral Bay to the Tenant for a term of seven years commencing on 1 July 2022, with an option to renew for a further five years.
B. The Lease provides for the rent to be reviewed to market on 1 July 2026 (the Review Date). The Landlord's notice of proposed market rent was served on 2 April 2026 and the Tenant's notice disputing it was served on 30 April 2026.
C. The parties have since agreed the market rent without referring the matter to a specialist retail valuer.
# Agreed terms
1. Effective Date. The reviewed rent applies on and from the Review Date, 1 July 2026 (the Effective Date).
2. Reviewed rent. The annual rent from the Effective Date is $148,500 plus GST, payable by equal monthly instalments in advance on the first day of each month.
3. Adjustment. The Tenant must pay the difference between the reviewed rent and the rent actually paid since the Effective Date within 14 days after the date of this memorandum.
4. Outgoings. The Tenant's share of outgoings under the Lease is not affected by this review.
5. Next review. The next review is the CPI review on 1 July 2027 under clause 4.2 of the Lease.
6. Lease continues. Except for the rent, the Lease continues unchanged. This memorandum records a review under the Lease and does not vary or surrender it.
7. Costs. Each party bears its own costs of this review.
8. Governing law. This memorandum is governed by the law of New South Wales.
Signed by Harbourline Property Pty Ltd in its capacity as trustee of the Harbourline Property Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
Director: Peter Andrianakis
Director/Secretary: Lena Kho
Signed by Bright Tooth Dental Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth):
Sole director and secretary: Dr Amrita Sandhu`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Harbourline Property Pty Ltd", "Bright Tooth Dental Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
    },
  },
  {
    id: "v18-property-dublin-surrender-deed",
    format: "pdf",
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made the 30th day of September 2026
BETWEEN
(1) LIFFEY QUAYS PROPERTY DESIGNATED ACTIVITY COMPANY, having its registered office at 2 Grand Canal Square, Dublin 2 (company number 587204) (the "Landlord");
(2) KESTREL SOFTWARE IRELAND LIMITED, having its registered office at Block C, Eastpoint Business Park, Dublin 3 (company number 451129) (the "Tenant"); and
(3) KESTREL SOFTWARE GROUP PLC, a company incorporated in England and Wales (company number 07745310), having its registered office at 1 Finsbury Avenue, London EC2M 2PF (the "Guarantor").
RECITALS
A. By a lease dated 14 March 2017 (the "Lease") made between the Landlord and the Tenant, the premises known as the third floor, Riverview House, 21 Sir John Rogerson's Quay, Dublin 2 (the "Premises") were demised to the Tenant for a term of twenty-five years from 1 March 2017, subject to the rent and covenants reserved by and contained in the Lease.
B. By a deed of guarantee dated 14 March 2017 (the "Guarantee"), the Guarantor guaranteed the performance of the Tenant's obligations under the Lease. The Guarantee is governed by the laws of England and Wales.
C. The Landlord has agreed to accept a surrender of the Lease on the terms of this Deed in consideration of the payment by the Tenant of the Surrender Premium.
NOW THIS DEED WITNESSES as follows:
1. In this Deed "Surrender Premium" means €420,000 and "Surrender Date" means the date of this Deed.
2. In consideration of the Surrender Premium, paid by the Tenant to the Landlord on or before the date of this Deed (receipt of which the Landlord acknowledges), the Tenant as beneficial owner surrenders and yields up to the Landlord, with effect from the Surrender Date, all its estate and interest in the Premises for the residue of the term granted by the Lease, to the intent that the residue of that term shall merge and be extinguished in the reversion.
3. The Landlord accepts the surrender and, subject to clause 4, releases the Tenant from all obligations under the Lease and the Guarantor from all obligations under the Guarantee, whether arising before or after the Surrender Date.
4. The release in clause 3 does not extend to the Tenant's liability for the service charge for the service charge year ending 31 December 2026, which the Landlord shall certify within six months after that date and which the Tenant shall pay within twenty-eight days of receiving the certificate.
5. The Tenant confirms that it has vacated the Premises and delivered up all keys and access cards, and that no sub-lease, licence or other right of occupation affecting the Premises subsists.
6. The Landlord and the Tenant each confirm that the Tenant renounced its renewal rights under the Landlord and Tenant (Amendment) Act 1980 by a deed of renunciation executed on 18 February 2017.
7. This Deed shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
===
IN WITNESS whereof the parties have executed this Deed the day and year first above written.
PRESENT when the common seal of LIFFEY QUAYS PROPERTY DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Sinéad Brennan; Secretary: Declan Murphy
SIGNED AND DELIVERED as a deed by KESTREL SOFTWARE IRELAND LIMITED acting by its director Aoife Gallagher in the presence of: Witness: Conor Walsh, Solicitor, Dublin 2
SIGNED AND DELIVERED as a deed by KESTREL SOFTWARE GROUP PLC acting by a director, Jonathan Pryce, in the presence of: Witness: Helen Marsh, Trainee Solicitor, London EC2`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Liffey Quays Property Designated Activity Company", "Kestrel Software Ireland Limited", "Kestrel Software Group PLC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-09-30",
    },
  },
  {
    id: "v18-property-ontario-management",
    format: "docx",
    source: `# PROPERTY MANAGEMENT AGREEMENT
THIS AGREEMENT is made as of the 1st day of April, 2026.
BETWEEN:
2487311 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario (the "Owner")
- and -
LAKESHORE RESIDENTIAL MANAGEMENT LTD., a corporation incorporated under the laws of the Province of Ontario (the "Manager")
WHEREAS the Owner is the registered owner of the 84-unit residential rental building municipally known as 1150 Lakeshore Road East, Mississauga, Ontario (the "Property") and wishes to retain the Manager to manage the Property;
NOW THEREFORE in consideration of the mutual covenants in this Agreement, the parties agree as follows:
# ARTICLE 1 – APPOINTMENT AND TERM
1.1 The Owner appoints the Manager as its exclusive agent to manage, operate and lease the Property, and the Manager accepts the appointment, on the terms of this Agreement.
1.2 The initial term of this Agreement shall be two (2) years commencing on April 1, 2026 (the "Commencement Date").
1.3 At the end of the initial term and of each renewal term, this Agreement shall automatically renew for a further period of one (1) year unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# ARTICLE 2 – DUTIES OF THE MANAGER
2.1 The Manager shall collect rents, arrange repairs and maintenance, enter into residential tenancy agreements in the standard form prescribed under the Residential Tenancies Act, 2006 for terms not exceeding one (1) year, and deal with the Landlord and Tenant Board on the Owner's behalf.
2.2 The Manager shall deposit all rents into a trust account maintained for the Property and shall deliver a monthly statement to the Owner within fifteen (15) days after the end of each month.
2.3 The Manager shall not incur any single expenditure in excess of $10,000 without the Owner's prior written approval, except in an emergency.
# ARTICLE 3 – FEES
3.1 The Owner shall pay the Manager a management fee equal to four percent (4%) of gross rents collected, payable monthly out of the trust account.
3.2 Leasing commissions for commercial units, if any, shall be agreed separately in writing.
===
# ARTICLE 4 – TERMINATION
4.1 Either party may terminate this Agreement for convenience on one hundred and twenty (120) days' written notice, or immediately if the other party commits a material breach that remains uncured thirty (30) days after notice.
4.2 For twelve (12) months following termination, neither party shall solicit for employment any on-site employee of the other.
4.3 On termination the Manager shall within ten (10) business days deliver to the Owner all books, records, keys and funds relating to the Property.
# ARTICLE 5 – GENERAL
5.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 This Agreement enures to the benefit of and binds the parties and their respective successors and permitted assigns.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| 2487311 ONTARIO INC. | LAKESHORE RESIDENTIAL MANAGEMENT LTD. |
| Per: ______________________ | Per: ______________________ |
| Name: Harjit Gill, President | Name: Renée Thibodeau, Vice-President |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["2487311 Ontario Inc.", "Lakeshore Residential Management Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
      renewal: "1 year",
    },
  },
  {
    id: "v18-property-hk-consent-letter",
    format: "txt",
    source: `HARBOURFRONT ESTATES (KOWLOON) LIMITED
28/F, Pacific Harbour Centre, 18 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong
Tel: +852 2380 5500
12 May 2026
BY HAND AND BY EMAIL
Lumen Optical Trading Company Limited
Shop G12, Ground Floor, Pacific Harbour Centre
18 Canton Road, Tsim Sha Tsui, Kowloon
Attention: Mr. Kelvin Leung, Director
Our ref: HEK/LS/G12/2026-07
Dear Sirs,
# Consent to Alterations
Premises: Shop G12, Ground Floor, Pacific Harbour Centre
We refer to the tenancy agreement dated 20 December 2024 between us as landlord and you as tenant for a term of three years from 1 January 2025 (the "Tenancy Agreement"), and to your letter dated 2 April 2026 requesting consent to the shopfront and interior works described in the drawings enclosed with it (the "Works").
We consent to the Works on the following conditions:
1. The Works shall be carried out by contractors approved by us, in accordance with the approved drawings and all applicable ordinances, and shall be completed within 60 days after the date of this letter.
2. You shall obtain all approvals required from the Buildings Department and the Fire Services Department before starting the Works, and send us copies.
3. You shall pay our architect's fee of HK$18,000 within 14 days after receiving our invoice.
4. At the expiry or sooner determination of the Tenancy Agreement you shall, if we so require, remove the Works and reinstate the premises to their original condition at your own cost.
5. This consent is personal to you and does not waive any other provision of the Tenancy Agreement, which remains in full force and effect.
This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Please sign and return the enclosed copy of this letter to confirm your agreement to these conditions.
Yours faithfully,
For and on behalf of
HARBOURFRONT ESTATES (KOWLOON) LIMITED
Winnie Chow
Leasing Manager
We confirm our agreement to the above conditions.
For and on behalf of Lumen Optical Trading Company Limited
Kelvin Leung, Director
Date: 19 May 2026`,
    truth: {
      title: "Consent to Alterations",
      documentType: "Letter",
      parties: ["Harbourfront Estates (Kowloon) Limited", "Lumen Optical Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v18-property-ni-deed-of-variation",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF VARIATION
relating to a lease of Unit 7, Boucher Retail Park, Belfast
DATED 15 September 2026
(1) LAGAN VALLEY INVESTMENTS LIMITED
(2) MOURNE OUTDOOR LIMITED
Cathedral Quarter Solicitors, 14 Donegall Square West, Belfast BT1 6JA
===
THIS DEED OF VARIATION is dated 15 September 2026
PARTIES
(1) LAGAN VALLEY INVESTMENTS LIMITED, incorporated and registered in Northern Ireland with company number NI612987, whose registered office is at 5 Lanyon Place, Belfast BT1 3LP (the "Landlord").
(2) MOURNE OUTDOOR LIMITED, incorporated and registered in Northern Ireland with company number NI055310, whose registered office is at 22 Castle Street, Newcastle, County Down BT33 0RB (the "Tenant").
BACKGROUND
(A) This deed is supplemental to a lease dated 3 April 2018 of Unit 7, Boucher Retail Park, Belfast (the "Property") made between the Landlord and the Tenant for a term of fifteen years from and including 1 April 2018 (the "Lease").
(B) The Landlord is entitled to the reversion immediately expectant on the term of the Lease, and the Tenant is entitled to the residue of that term.
(C) The parties have agreed to vary the Lease as set out in this deed.
AGREED TERMS
1. Definitions. In this deed "Effective Date" means 29 September 2026. Words defined in the Lease have the same meaning in this deed.
2. Variations. With effect from the Effective Date the Lease is varied as follows:
2.1 in clause 1.1, the definition of "Permitted Use" is deleted and replaced with: "use for the retail sale of outdoor clothing, camping equipment and bicycles, together with the servicing and repair of bicycles";
2.2 clause 9.3 (Tenant's break option) is amended so that the Break Date is 31 March 2028 and the Tenant must give not less than nine months' written notice to exercise it; and
2.3 the annual rent is reduced from £86,000 to £79,500, subject to review on the Review Dates under Schedule 3 of the Lease.
3. Continuation. Except as varied by this deed, the Lease remains in full force and effect, and the Lease and this deed shall be read as one instrument.
4. Costs. The Tenant shall pay the Landlord's reasonable legal costs of this deed within 10 working days of demand.
5. Registration. The Tenant shall within one month apply to the Land Registry to note this deed against Folio AN14421L County Antrim.
6. Governing law. This deed and any dispute arising out of it are governed by the law of Northern Ireland, and the courts of Northern Ireland have exclusive jurisdiction.
===
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
| Executed as a deed by LAGAN VALLEY INVESTMENTS LIMITED acting by a director in the presence of a witness | Director: Niall Hegarty | Witness: Gemma Doherty |
| Executed as a deed by MOURNE OUTDOOR LIMITED acting by two directors | Director: Owen McKeown | Director: Ruth McKeown |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Investments Limited", "Mourne Outdoor Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-09-29",
      amends: "Lease",
    },
  },
  {
    id: "v18-property-iom-deed-of-covenant",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF COVENANT
THIS DEED is made on the fifth day of November two thousand and twenty-six
BY
(1) EWAN PATRICK QUAYLE and SIOBHAN MARIE QUAYLE, both of Thie Veg, Ballamodha Road, Ballasalla, Isle of Man IM9 3AU (together the "Covenantor")
IN FAVOUR OF
(2) SEAVIEW COURT (DOUGLAS) MANAGEMENT COMPANY LIMITED, a company incorporated in the Isle of Man with registered number 093344C, whose registered office is at Flat 1, Seaview Court, Queen's Promenade, Douglas, Isle of Man IM2 4NL (the "Management Company"); and
(3) MONA'S ISLE ESTATES LIMITED, a company incorporated in the Isle of Man with registered number 001872C, whose registered office is at 10 Athol Street, Douglas, Isle of Man IM1 1JA (the "Lessor").
WHEREAS
(A) Flat 14, Seaview Court, Queen's Promenade, Douglas (the "Flat") is held under a lease dated 25 March 1998 made between the Lessor, the Management Company and Arthur Kinvig for a term of 999 years from 25 March 1998 (the "Lease").
(B) The Covenantor is acquiring the Flat from the personal representatives of Arthur Kinvig, and clause 6.4 of the Lease requires every assignee to enter into a deed of covenant with the Lessor and the Management Company before the assignment is registered.
NOW THIS DEED WITNESSES:
1. The Covenantor covenants with the Lessor and separately with the Management Company to pay the rent and the service charge reserved by the Lease and to observe and perform the lessee's covenants in the Lease for so long as the Covenantor is the lessee under it.
2. The Covenantor shall pay the service charge on account by two equal instalments on 1 April and 1 October in each year, and any balancing payment within 21 days of the Management Company's certificate for the relevant service charge year.
3. The Covenantor shall apply for membership of the Management Company, accept one share in it, and not transfer that share except to a successor lessee of the Flat.
4. The Covenantor shall procure that any future assignee of the Flat enters into a deed in this form before the assignment is completed.
5. Where the Covenantor is more than one person, their obligations are joint and several.
6. Nothing in this Deed releases any former lessee from liability for breaches of the Lease committed before the date of this Deed.
7. This Deed is governed by the laws of the Isle of Man, and the parties submit to the jurisdiction of the High Court of the Isle of Man.
===
IN WITNESS whereof the Covenantor has executed this Deed on the date first above written.
SIGNED AND DELIVERED as a deed by EWAN PATRICK QUAYLE in the presence of:
Witness: Alan Corlett, Advocate, 3 Hill Street, Douglas
SIGNED AND DELIVERED as a deed by SIOBHAN MARIE QUAYLE in the presence of:
Witness: Alan Corlett, Advocate, 3 Hill Street, Douglas`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Ewan Patrick Quayle", "Siobhan Marie Quayle", "Seaview Court (Douglas) Management Company Limited", "Mona's Isle Estates Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-11-05",
    },
  },
];
