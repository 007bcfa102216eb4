import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25: property documents (leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements). */
export const PROPERTY_V25: UnseenDocument[] = [
  {
    id: "v25-property-lease-wc1-prescribed-clauses",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
# PRESCRIBED CLAUSES
| LR1. Date of lease | 14 April 2026 |
| LR2.1 Landlord's title number(s) | NGL884213 |
| LR2.2 Other title numbers | None |
| LR3. Parties to this lease | Landlord: HARCOURT & VANE ESTATES LIMITED (company number 04417726) whose registered office is at 9 Cavendish Mews, London W1G 7PL. Tenant: BRAMBLE, FINCH AND CO. LIMITED (company number 11890342) whose registered office is at Unit 4, Tanner's Yard, Bermondsey, London SE1 3LD |
| LR4. Property | The ground and first floors of 22 Lamb's Conduit Street, London WC1N 3LE, as more particularly described in clause 1.1 |
| LR5. Prescribed statements | None |
| LR6. Term for which the Property is leased | The term of 10 years from and including 24 June 2026 (the “Term Commencement Date”) (the “Contractual Term”) |
| LR7. Premium | None |
| LR8. Prohibitions or restrictions on disposing of this lease | This lease contains a provision that prohibits or restricts dispositions |
| LR13. Application for standard form of restriction | None |
===
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Lease: “Annual Rent” means £148,500 per annum (exclusive of VAT) subject to review; “Break Date” means 24 June 2031; “Rent Commencement Date” means the date falling three months after the Term Commencement Date; “Review Dates” means 24 June 2029 and 24 June 2033; and “Managing Agent” means Cordell Property Management LLP or any other agent the Landlord appoints from time to time.
# 2. GRANT
2.1 The Landlord lets the Property to the Tenant for the Contractual Term with full title guarantee, the Tenant paying the Annual Rent from the Rent Commencement Date.
# 3. RENT AND OTHER PAYMENTS
3.1 The Tenant shall pay the Annual Rent by equal quarterly instalments in advance on the usual quarter days, and shall pay the service charge demanded by the Managing Agent within 14 days of demand.
# 4. TENANT'S BREAK OPTION
4.1 The Tenant may terminate this Lease on the Break Date by giving the Landlord not less than six months' written notice, provided that the Annual Rent has been paid in full.
# 5. EXCLUSION OF SECURITY OF TENURE
5.1 The Landlord served a notice on the Tenant on 3 March 2026 in accordance with section 38A(3)(a) of the Landlord and Tenant Act 1954, and Antonia Bramble, a director of the Tenant duly authorised, made a statutory declaration on 9 March 2026. The provisions of sections 24 to 28 of that Act are excluded in relation to the tenancy created by this Lease.
# 6. RENT DEPOSIT
6.1 On the date of this Lease the Tenant shall pay a deposit of £37,125 to be held by the Landlord under a rent deposit deed of even date for the first 36 months of the Contractual Term.
# 7. GOVERNING LAW AND JURISDICTION
7.1 This Lease and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
# EXECUTION
This Lease has been executed as a deed and is delivered on the date stated in clause LR1.
Executed as a deed by HARCOURT & VANE ESTATES LIMITED acting by a director in the presence of a witness:
Director: Marcus Vane
Witness: Priya Chaudhary, Trainee Solicitor, 41 Old Brompton Road, London SW7 3HZ
Executed as a deed by BRAMBLE, FINCH AND CO. LIMITED acting by two directors:
Director: Antonia Bramble
Director: Hugo Finch`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Harcourt & Vane Estates Limited", "Bramble, Finch and Co. Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-06-24",
      expiryDate: "2036-06-23",
      term: "10 years",
    },
  },
  {
    id: "v25-property-licence-to-occupy-broomielaw",
    format: "docx",
    storedPageCount: 3,
    source: `# LICENCE TO OCCUPY
between
CALEDONIAN QUAYS (NOMINEE 1) LIMITED, incorporated under the Companies Acts (registered number SC612044) and having its registered office at 40 Queen Street, Edinburgh EH2 3NH, and CALEDONIAN QUAYS (NOMINEE 2) LIMITED, incorporated under the Companies Acts (registered number SC612051) and having its registered office at 40 Queen Street, Edinburgh EH2 3NH, as trustees for and on behalf of the Caledonian Quays Unit Trust (together the "Licensor")
and
McINNES & DUFF DESIGN LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO307719) and having its registered office at 7 Bath Street, Glasgow G2 1HY (the "Licensee")
Subjects: Suite 3.2, Caledonian Quays, 150 Broomielaw, Glasgow G1 4RJ
===
# 1. Definitions
In this Licence:
"Date of Entry" means 16 March 2026;
"Licence Period" means the period of six months commencing on the Date of Entry, subject to earlier termination under clause 4;
"Premises" means the suite on the third floor of the building known as Caledonian Quays, 150 Broomielaw, Glasgow G1 4RJ shown outlined in red on the plan annexed and signed as relative to this Licence;
"Licensor's Agent" means Strathmore Property Consultants Limited or such other agent as the Licensor may appoint from time to time;
"Licence Fee" means £2,350 per calendar month, payable monthly in advance on the first day of each month.
# 2. Grant of Licence
2.1 The Licensor grants to the Licensee permission to occupy the Premises for the Licence Period in common with the Licensor and all others authorised by it.
2.2 This Licence is personal to the Licensee, confers no lease or other real right in the Premises and may not be assigned.
# 3. Deposit
3.1 The Licensee shall pay to the Licensor's Agent a deposit equal to two months' Licence Fee, which shall be returned within 28 days after the end of the Licence Period.
# 4. Termination
4.1 Either party may terminate this Licence by giving not less than one month's written notice to the other.
4.2 On termination the Licensee shall remove its furniture and equipment and leave the Premises clean and tidy.
# 5. Law and Jurisdiction
5.1 This Licence is governed by the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are executed as follows:
Subscribed for and on behalf of CALEDONIAN QUAYS (NOMINEE 1) LIMITED and CALEDONIAN QUAYS (NOMINEE 2) LIMITED at Edinburgh on 2 March 2026 by Fiona Mackintosh, Authorised Signatory, before this witness: Callum Reid, Solicitor, 40 Queen Street, Edinburgh
Subscribed for and on behalf of McINNES & DUFF DESIGN LLP at Glasgow on 9 March 2026 by Euan McInnes, Designated Member, before this witness: Kirsty Law, Office Manager, 7 Bath Street, Glasgow`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Caledonian Quays (Nominee 1) Limited", "Caledonian Quays (Nominee 2) Limited", "McInnes & Duff Design LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-16",
      expiryDate: "2026-09-15",
      term: "6 months",
    },
  },
  {
    id: "v25-property-rent-review-memorandum-belfast",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
| Date | 20 January 2026 |
| Landlord | LAGAN RIVERSIDE PROPERTIES LIMITED (company number NI604418) of 1 Lanyon Place, Belfast BT1 3LP |
| Tenant | O'HARE & QUINN (BELFAST) LTD (company number NI072291) of 55 Botanic Avenue, Belfast BT7 1JL |
| Lease | A lease dated 1 October 2019 made between Lagan Riverside Properties Limited (1), Hanlon Print Services Limited (2) and Dermot O'Hare (3) of Unit 6, Gasworks Business Park, Ormeau Road, Belfast for a term of 15 years from 1 October 2019, the tenant's interest in which was assigned to the Tenant by an assignment dated 14 February 2022 |
| Review Date | 1 October 2024 |
| Revised Rent | £46,750 (forty-six thousand seven hundred and fifty pounds) per annum exclusive of VAT |
1. The Landlord and the Tenant record that the yearly rent payable under the Lease from and including the Review Date has been agreed at the Revised Rent, in place of the previous rent of £41,000 per annum.
2. The Tenant shall, within 21 days of the date of this memorandum, pay to the Landlord the difference between the Revised Rent and the rent actually paid for the period from the Review Date to the quarter day following the date of this memorandum, together with interest at the rate set out in the Lease.
3. The next review date under the Lease is 1 October 2029.
4. Hanlon Print Services Limited, the original tenant, and Dermot O'Hare, the guarantor under the Lease, are not parties to this memorandum, and nothing in it releases or affects their liability under the Lease or the authorised guarantee agreement dated 14 February 2022.
5. This memorandum is supplemental to the Lease and records the outcome of the rent review only; it does not vary any other term of the Lease.
6. This memorandum is governed by the law of Northern Ireland.
Signed for and on behalf of LAGAN RIVERSIDE PROPERTIES LIMITED by Niamh Gallagher, Director
Signed for and on behalf of O'HARE & QUINN (BELFAST) LTD by Ciarán Quinn, Director
A duplicate of this memorandum is to be kept with the Lease and the counterpart Lease.`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Lagan Riverside Properties Limited", "O'Hare & Quinn (Belfast) Ltd"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-20",
    },
  },
  {
    id: "v25-property-deed-of-surrender-hanover-quay",
    format: "pdf",
    pdfMargin: 84,
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made on the 27th day of February 2026
BETWEEN:
(1) LIFFEY BASIN INVESTMENTS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland (registered number 598812) having its registered office at 2 Grand Canal Square, Dublin 2, D02 A342 (the "Landlord");
(2) Ó BROIN PHARMACY UNLIMITED COMPANY, an unlimited company incorporated in Ireland (registered number 431907) having its registered office at 18 Main Street, Naas, Co. Kildare, W91 K2T6 (the "Tenant"); and
(3) SÉAMUS Ó BROIN of Ard na Gréine, Sallins Road, Naas, Co. Kildare (the "Guarantor").
# BACKGROUND
(A) By a lease dated 12 July 2016 made between Docklands Retail Holdings Limited (1), the Tenant (2) and the Guarantor (3) (the "Lease") the premises known as Unit 3, Hanover Quay, Dublin 2 (the "Premises") were demised to the Tenant for a term of 25 years from 1 July 2016, subject to the rents and covenants reserved by and contained in the Lease.
(B) The reversion immediately expectant on the term created by the Lease is now vested in the Landlord.
(C) The Tenant has agreed to surrender the Lease to the Landlord on the terms of this Deed, and the Guarantor joins in this Deed to consent to the surrender.
# 1. DEFINITIONS
1.1 "Surrender Date" means 31 March 2026.
1.2 "Surrender Premium" means the sum of €85,000 payable by the Tenant to the Landlord on the date of this Deed.
# 2. SURRENDER
2.1 In consideration of the Surrender Premium, the Tenant as beneficial owner surrenders and yields up to the Landlord, with effect from the Surrender Date, all its estate, right, title and interest in the Premises, to the intent that the residue of the term of the Lease shall merge and be extinguished in the reversion.
2.2 This Deed takes effect on the Surrender Date and not on the date on which it is made; until the Surrender Date the Tenant shall continue to observe the covenants in the Lease.
# 3. RELEASES
3.1 With effect from the Surrender Date the Landlord releases the Tenant and the Guarantor from all obligations under the Lease, except for rent and service charge due up to the Surrender Date, which the Tenant shall pay within ten Business Days of demand.
3.2 With effect from the Surrender Date the Tenant releases the Landlord from all obligations under the Lease.
# 4. RENUNCIATION
4.1 The Tenant confirms that it executed a deed of renunciation on 4 August 2016 under section 47 of the Landlord and Tenant (Amendment) Act 1980 and has no entitlement to a new tenancy of the Premises.
# 5. GOVERNING LAW
5.1 This Deed shall be governed by and construed in accordance with the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
===
IN WITNESS whereof this Deed has been entered into and delivered as a deed on the date first written above.
PRESENT when the common seal of LIFFEY BASIN INVESTMENTS DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Aoife Ní Bhriain; Director/Secretary: Conor Whelan
SIGNED AND DELIVERED as a deed by Ó BROIN PHARMACY UNLIMITED COMPANY acting by its director Séamus Ó Broin in the presence of: Gráinne Lynch, Solicitor, Naas
SIGNED AND DELIVERED as a deed by SÉAMUS Ó BROIN in the presence of: Gráinne Lynch, Solicitor, Naas`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Liffey Basin Investments Designated Activity Company", "Ó Broin Pharmacy Unlimited Company", "Séamus Ó Broin"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-31",
    },
  },
  {
    id: "v25-property-deed-of-covenant-douglas-apartment",
    format: "docx",
    source: `# DEED OF COVENANT
relating to Apartment 7, Promenade House, Central Promenade, Douglas, Isle of Man
THIS DEED is made on 19 June 2026
BETWEEN
(1) MR RHYS KEWLEY and MRS AALISH KEWLEY, both of 3 Ballaquayle Road, Douglas, Isle of Man IM2 5DF (together the "Covenantor");
(2) PROMENADE HOUSE (DOUGLAS) MANAGEMENT COMPANY LIMITED, a company incorporated in the Isle of Man with registered number 084412C whose registered office is at 12 Athol Street, Douglas IM1 1JA (the "Management Company"); and
(3) MANX HERITAGE FREEHOLDS LIMITED, a company incorporated in the Isle of Man with registered number 129907C whose registered office is at 12 Athol Street, Douglas IM1 1JA (the "Lessor").
# RECITALS
(A) This Deed is supplemental to a lease of the Apartment dated 1 March 1998 made between Promenade Developments Limited (1), the Management Company (2) and Janet Mary Skillicorn (3) for a term of 999 years from 25 March 1997 (the "Lease").
(B) By a transfer of even date, Mr Thomas Corlett (the "Seller") has transferred the Lease to the Covenantor.
(C) Clause 4.12 of the Lease requires every assignee of the Lease to enter into a deed of covenant with the Management Company and the Lessor before the assignment is registered.
# OPERATIVE PROVISIONS
1. The Covenantor covenants with the Management Company and separately with the Lessor that, from the date of this Deed and for so long as the Lease is vested in the Covenantor, it will pay the service charge and observe and perform the covenants on the part of the lessee contained in the Lease.
2. The Covenantor shall, within 14 days of the date of this Deed, apply to become a member of the Management Company and take a transfer from the Seller of his one ordinary share of £1 in the Management Company.
3. The Covenantor's liability under this Deed shall cease when the Lease is assigned to a person who has entered into a deed of covenant in this form, without affecting liability for any earlier breach.
4. Where the Covenantor comprises more than one person, their obligations are joint and several.
5. This Deed shall be governed by and construed in accordance with the laws of the Isle of Man.
===
EXECUTED as a deed and delivered on the date stated at the beginning of this Deed.
SIGNED as a deed by RHYS KEWLEY in the presence of: Witness: Philippa Quayle, Advocate, Douglas
SIGNED as a deed by AALISH KEWLEY in the presence of: Witness: Philippa Quayle, Advocate, Douglas
EXECUTED as a deed by PROMENADE HOUSE (DOUGLAS) MANAGEMENT COMPANY LIMITED acting by its director Juan Crellin and its secretary Athol Corporate Services Limited
EXECUTED as a deed by MANX HERITAGE FREEHOLDS LIMITED acting by two directors: Hilary Teare and Stephen Moore`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Rhys Kewley", "Aalish Kewley", "Promenade House (Douglas) Management Company Limited", "Manx Heritage Freeholds Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-06-19",
    },
  },
  {
    id: "v25-property-management-agreement-sunridge",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
between
SUNRIDGE COMMONS OWNER, LLC,
a Delaware limited liability company,
as Owner,
and
PACIFIC CREST REALTY ADVISORS, INC.,
a California corporation,
as Manager
Sunridge Commons Shopping Center, 4100 Mission Valley Road, San Diego, California
===
This Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between SUNRIDGE COMMONS OWNER, LLC, a Delaware limited liability company ("Owner"), and PACIFIC CREST REALTY ADVISORS, INC., a California corporation ("Manager").
# RECITALS
A. Owner holds the leasehold interest in the Sunridge Commons Shopping Center (the "Property") under a Ground Lease dated June 1, 2004 with Mission Valley Land Trust, as ground lessor, for a term of ninety-nine (99) years.
B. Owner wishes to engage Manager to manage, operate and lease the Property, and Manager wishes to accept that engagement, on the terms set forth below.
# 1. APPOINTMENT AND TERM
1.1 Owner hereby appoints Manager as the sole and exclusive managing and leasing agent of the Property.
1.2 The initial term of this Agreement shall be three (3) years commencing on the Effective Date (the "Initial Term"). Upon expiration of the Initial Term, this Agreement shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# 2. COMPENSATION
2.1 Owner shall pay Manager a monthly management fee equal to three percent (3%) of Gross Receipts, payable within fifteen (15) days after the end of each calendar month.
2.2 If Owner terminates this Agreement without cause, Manager shall be entitled to a leasing commission on any lease signed within one hundred eighty (180) days after termination with a prospect introduced by Manager.
# 3. TERMINATION
3.1 Either party may terminate this Agreement for cause on thirty (30) days' written notice if the other party fails to cure a material breach within that period.
3.2 Sections 2.2, 4 and 5 shall survive termination for a period of two (2) years.
# 4. INDEMNITY AND INSURANCE
4.1 Manager shall maintain commercial general liability insurance of not less than $2,000,000 per occurrence naming Owner, Sunridge Holdings Fund II, L.P. and Owner's lender, Coastline Federal Bank, as additional insureds.
# 5. GOVERNING LAW
5.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
OWNER: SUNRIDGE COMMONS OWNER, LLC, a Delaware limited liability company
By: Sunridge Holdings Fund II, L.P., its sole member
By: Sunridge GP, LLC, its general partner
By: ______________ Name: Dana K. Whitfield Title: Managing Director
MANAGER: PACIFIC CREST REALTY ADVISORS, INC., a California corporation
By: ______________ Name: Robert J. Alvarez Title: President`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Sunridge Commons Owner, LLC", "Pacific Crest Realty Advisors, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v25-property-consent-letter-robinson-road-signage",
    format: "txt",
    source: `MARINA VISTA PROPERTIES PTE. LTD.
(Company Registration No. 201534417K)
8 Marina View, #30-01, Singapore 018960
5 January 2026
BY EMAIL AND BY HAND
The Managing Partner
Tan, Lim & Associates LLP
80 Robinson Road, #12-03
Singapore 068898
Our ref: MVP/L/1203/26-004
Dear Sirs
# Landlord's Consent to Installation of External Signage
Lease of #12-03, 80 Robinson Road, Singapore 068898 (the "Premises")
1. We refer to the lease of the Premises dated 1 July 2024 between us as landlord and you as tenant for a term of three (3) years from 1 July 2024 (the "Lease"), and to your letter dated 18 November 2025 requesting our consent to install a signage panel at the level 12 lift lobby and on the building directory.
2. We consent to the installation of the signage described in your letter, in accordance with the drawings enclosed with it, on the following conditions:
(a) the works are carried out by a contractor approved by our managing agent, Knight Realty Management (Singapore) Pte Ltd, within three (3) months of the date of this letter;
(b) you obtain all approvals required from the relevant authorities before the works start; and
(c) you remove the signage and make good any damage at the expiry or earlier determination of the Lease.
3. This consent is personal to you and does not waive any of our rights under the Lease. Except as set out in this letter, the Lease continues in full force and effect.
4. This letter is governed by the laws of Singapore.
Please sign and return the enclosed copy of this letter to confirm your agreement to these conditions.
Yours faithfully
Cheryl Ong
Director
for and on behalf of Marina Vista Properties Pte. Ltd.
cc: Knight Realty Management (Singapore) Pte Ltd
We agree to the conditions set out above.
for and on behalf of Tan, Lim & Associates LLP
Name: Benjamin Lim Wei Jie, Partner
Date: 12 January 2026`,
    truth: {
      title: "Landlord's Consent to Installation of External Signage",
      documentType: "Letter",
      parties: ["Marina Vista Properties Pte. Ltd.", "Tan, Lim & Associates LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-05",
    },
  },
  {
    id: "v25-property-deed-of-variation-harbourside-shop",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION OF LEASE
# Details
| Date | The date on which this deed is executed by the last party to sign it, as shown in the execution block |
| Landlord | Southern Cross Custodians (Australia) Limited ACN 101 223 449 as custodian for the Harbourside Retail Property Trust, of Level 18, 123 Pitt Street, Sydney NSW 2000 |
| Tenant | Nguyen & Partridge Pty Ltd ACN 612 448 107 of Shop 14, Harbourside Arcade, 2-10 Darling Drive, Sydney NSW 2000 |
| Guarantor | Minh Anh Nguyen of 27 Wattle Crescent, Pyrmont NSW 2009 |
| Lease | Retail Lease registered number AQ482211 dated 2 July 2021 between Harbourside Retail Pty Ltd as landlord, the Tenant and the Guarantor, for a term of 5 years commencing on 1 July 2021 |
| Responsible entity | Harbourside Funds Management Limited ACN 159 772 031, responsible entity of the Harbourside Retail Property Trust (not a party to this deed) |
# Background
A. The Landlord acquired the reversion of the Lease from Harbourside Retail Pty Ltd on 30 September 2023.
B. The parties have agreed to vary the Lease on the terms of this deed.
# Operative provisions
1. Definitions. Words defined in the Lease have the same meaning in this deed, and “Variation Date” means the Date of this deed.
2. Variation. With effect on and from the Variation Date the Lease is varied as follows: (a) item 9 of the Reference Schedule (Base Rent) is deleted and replaced with "$118,400 per annum plus GST"; (b) item 11 (Permitted Use) is deleted and replaced with "Café and licensed restaurant"; and (c) in clause 7.3 (Trading Hours) "10.00 pm" is replaced with "11.30 pm".
3. Guarantor. The Guarantor consents to this deed and agrees that the guarantee in the Lease extends to the Lease as varied.
4. Lease confirmed. Except as varied by this deed, the Lease remains in full force and effect. This deed does not extend the term of the Lease or create a new lease.
5. Costs and registration. The Tenant must pay the Landlord's reasonable legal costs of this deed within 14 days after demand and must lodge this deed for registration within 30 days after the Variation Date.
6. Limitation of liability. The Landlord enters into this deed only as custodian of the Harbourside Retail Property Trust, and its liability is limited to the assets of that trust.
7. Governing law. This deed is governed by the laws of New South Wales.
===
# Execution
Executed as a deed.
Executed by Southern Cross Custodians (Australia) Limited ACN 101 223 449 as custodian for the Harbourside Retail Property Trust by its attorneys under power of attorney dated 14 May 2019, who have no notice of its revocation: Attorney: Rebecca Hollis; Attorney: Daniel Osei. Date: 10 March 2026
Executed by Nguyen & Partridge Pty Ltd ACN 612 448 107 in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Minh Anh Nguyen; Director/Secretary: Samuel Partridge. Date: 17 March 2026
Signed, sealed and delivered by Minh Anh Nguyen in the presence of: Witness: Lucy Tran. Date: 17 March 2026`,
    truth: {
      title: "Deed of Variation of Lease",
      documentType: "Amendment",
      parties: ["Southern Cross Custodians (Australia) Limited", "Nguyen & Partridge Pty Ltd", "Minh Anh Nguyen"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-17",
      amends: "Retail Lease",
    },
  },
];
