import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations. */
export const PROPERTY_V26: UnseenDocument[] = [
  {
    id: "v26-property-scottish-retail-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
between
CLYDESIDE RETAIL ESTATES LIMITED, a company incorporated under the Companies Acts (registered number SC402318) and having its registered office at 140 West George Street, Glasgow G2 2HG (the "Landlord")
and
THISTLE & FERN COFFEE LIMITED, a company incorporated under the Companies Acts (registered number SC611907) and having its registered office at 9 Ingram Street, Glasgow G1 1HA (the "Tenant")
of
Retail Unit 2, 55 Byres Road, Glasgow G11 5RG
===
# 1. Definitions and Interpretation
In this Lease, unless the context otherwise requires:
"Date of Entry" means 28 May 2026, being the date on which this Lease commences;
"Duration" means the period of ten years from and including the Date of Entry;
"Rent" means THIRTY EIGHT THOUSAND FIVE HUNDRED POUNDS (£38,500) Sterling per annum exclusive of VAT, subject to review in terms of Part 3 of the Schedule;
"Review Date" means the fifth anniversary of the Date of Entry;
"Break Date" means 28 May 2031;
"Term Days" means Whitsunday (28 May), Lammas (28 August), Martinmas (28 November) and Candlemas (28 February) in each year.
# 2. Let
The Landlord lets the Premises to the Tenant for the Duration at the Rent and on the conditions set out in this Lease and the Schedule. Notwithstanding the dates of execution, the date of entry shall be the Date of Entry.
# 3. Rent
The Tenant shall pay the Rent quarterly in advance on the Term Days, the first payment being made on the Date of Entry for the period from the Date of Entry to the next Term Day. Any sum unpaid for fourteen days after its due date shall bear interest at four per cent above the base rate of the Bank of England.
# 4. Tenant's Option to Terminate
The Tenant may bring this Lease to an end on the Break Date by giving the Landlord not less than six months' prior written notice, provided that there are no arrears of Rent at the Break Date.
# 5. Irritancy
If the Tenant fails to pay any Rent within twenty-one days after it falls due, the Landlord may, after serving a warning notice allowing the Tenant not less than fourteen days to pay, terminate this Lease by written notice.
# 6. Governing Law and Jurisdiction
This Lease shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
# 7. Consent to Registration
The parties consent to the registration of this Lease and of any certificate given under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:
| Subscribed for and on behalf of the Landlord | at Glasgow on 12 May 2026 | by Fiona Jane McLeish, Director |
| Subscribed for and on behalf of the Tenant | at Edinburgh on 15 May 2026 | by Ruairidh Campbell, Director |
in the presence of Alasdair Ross, Solicitor, 21 Blythswood Square, Glasgow (witness to both signatures)
===
# SCHEDULE
Part 1: The Premises. The ground floor retail unit known as Retail Unit 2, 55 Byres Road, Glasgow G11 5RG, shown outlined in red on the plan annexed.
Part 2: Permitted Use. Use as a café for the sale of hot and cold food and drink for consumption on and off the Premises.
Part 3: Rent Review. On the Review Date the Rent shall be reviewed upwards only to the open market rent, failing agreement to be determined by an independent surveyor acting as expert.
This is the Schedule referred to in the foregoing Lease between Clydeside Retail Estates Limited and Thistle & Fern Coffee Limited.`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Clydeside Retail Estates Limited", "Thistle & Fern Coffee Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2036-05-27",
      term: "10 years",
    },
  },
  {
    id: "v26-property-guernsey-licence-to-occupy",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 20 May 2026
# Particulars
| Licensor | Bordage Estates Limited, a company incorporated in Guernsey with registered number 48211, whose registered office is at Hirzel Court, St Peter Port, Guernsey GY1 2NH |
| Licensee | Harbour Light Studio Limited, a company incorporated in Guernsey with registered number 71904, whose registered office is at 3 The Pollet, St Peter Port, Guernsey GY1 1WQ |
| Property | Unit 3, Les Bas Courtils Industrial Estate, St Sampson, Guernsey GY2 4TD |
| Start Date | 1 June 2026 |
| End Date | 30 November 2026 |
| Licence Period | The period from and including the Start Date to and including the End Date, unless ended earlier under clause 6 |
| Licence Fee | £1,450 per month, payable monthly in advance on the first day of each month |
| Deposit | £2,900, returned within 28 days after the end of the Licence Period less any sums properly due |
| Permitted Use | Photographic studio and storage of equipment |
1. Grant. In consideration of the Licence Fee the Licensor permits the Licensee to occupy the Property for the Permitted Use during the Licence Period, in common with the Licensor and all others authorised by it.
2. No tenancy. This Licence is personal to the Licensee. It does not create a tenancy or any other interest in land, and the Licensor retains possession and control of the Property.
3. Licensee's obligations. The Licensee shall pay the Licence Fee without deduction, keep the Property clean and tidy, not make any alterations, and comply with all reasonable regulations for the estate notified by the Licensor.
4. Access. The Licensor and those authorised by it may enter the Property at any reasonable time on giving reasonable notice, and at any time in an emergency.
===
5. Extension. The Licensee may, not later than 31 October 2026, ask the Licensor to extend the Licence Period by up to three months. The Licensor may agree or refuse in its absolute discretion, and no extension takes effect unless agreed in writing.
6. Ending this Licence. Either party may end this Licence at any time by giving the other not less than one month's written notice. The Licensor may end it immediately by notice if the Licence Fee is fourteen days in arrears.
7. Leaving the Property. At the end of the Licence Period the Licensee shall remove all its belongings and leave the Property in the condition in which it was found. The Licensee shall not remain in occupation after the Licence Period ends.
8. Governing law. This Licence is governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
Signed for and on behalf of Bordage Estates Limited by Peter Le Page, Director
Signed for and on behalf of Harbour Light Studio Limited by Amélie Ozanne, Director`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Bordage Estates Limited", "Harbour Light Studio Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v26-property-dublin-rent-review-memorandum",
    format: "pdf",
    pdfMargin: 84,
    source: `# MEMORANDUM OF RENT REVIEW
DATE: 14 April 2026
PARTIES:
(1) LIFFEY QUAY INVESTMENTS DESIGNATED ACTIVITY COMPANY (registered number 563201) having its registered office at 25 North Wall Quay, Dublin 1, D01 H104 (the "Landlord"); and
(2) ARDMORE DENTAL GROUP LIMITED (registered number 418876) having its registered office at Unit 4, Sandyford Business Park, Dublin 18, D18 K7W4 (the "Tenant").
# BACKGROUND
A. By a lease dated 2 March 2016 (the "Lease") made between Liffey Quay Developments Limited of the one part and the Tenant of the other part, the premises known as Ground Floor, Block C, Grand Canal Plaza, Dublin 4 (the "Premises") were demised to the Tenant for a term of twenty-five years from 1 March 2016 at an initial yearly rent of €96,000, subject to review.
B. The reversion immediately expectant on the term granted by the Lease is now vested in the Landlord.
C. Clause 5 of the Lease provides for the rent to be reviewed on 1 March 2021 and on every fifth anniversary thereafter. The review on 1 March 2021 resulted in no change to the rent.
D. The Landlord and the Tenant have agreed the rent payable under the Lease following the review on 1 March 2026 and wish to record it in this memorandum, as contemplated by clause 5.9 of the Lease.
# IT IS AGREED AND RECORDED as follows:
1. The yearly rent payable under the Lease from and including 1 March 2026 is €118,500 (one hundred and eighteen thousand five hundred euro) exclusive of VAT, payable by equal quarterly payments in advance on the usual quarter days.
2. Within fourteen days after the date of this memorandum the Tenant shall pay to the Landlord the difference between the rent paid and the revised rent for the period from 1 March 2026 to the next quarter day, together with interest at the rate specified in clause 5.10 of the Lease.
3. The next rent review date under the Lease is 1 March 2031. Nothing in this memorandum waives or varies any other term of the Lease.
4. Each party shall bear its own costs. The Tenant shall pay the stamp duty (if any) on this memorandum.
5. This memorandum is governed by and shall be construed in accordance with the laws of Ireland.
Signed in duplicate on the date above.
| Signed for and on behalf of LIFFEY QUAY INVESTMENTS DESIGNATED ACTIVITY COMPANY | Director: Niamh Cunningham |
| Signed for and on behalf of ARDMORE DENTAL GROUP LIMITED | Director: Cormac Ó Briain |`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Liffey Quay Investments Designated Activity Company", "Ardmore Dental Group Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v26-property-nsw-deed-of-surrender",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SURRENDER OF LEASE
Shop 14, 2-8 Harris Street, Pyrmont NSW 2009
Harbourline Custodians Pty Ltd as trustee for the Pyrmont Office Trust (Landlord)
Kestrel Analytics Pty Ltd (Tenant)
Marcus Allan Whitford (Guarantor)
===
THIS DEED is made on 11 June 2026
# Parties
Harbourline Custodians Pty Ltd ACN 612 447 901 of Level 22, 1 Bligh Street, Sydney NSW 2000 in its capacity as trustee for the Pyrmont Office Trust (Landlord)
Kestrel Analytics Pty Ltd ACN 155 302 678 of Shop 14, 2-8 Harris Street, Pyrmont NSW 2009 (Tenant)
Marcus Allan Whitford of 17 Wharf Road, Balmain NSW 2041 (Guarantor)
# Background
A. Under lease registered number AQ518342 (Lease) the Landlord leased the Premises to the Tenant for a term of 10 years commencing on 1 July 2019 and expiring on 30 June 2029, and the Guarantor guaranteed the Tenant's obligations.
B. The Tenant has asked the Landlord to accept a surrender of the Lease before its expiry, and the Landlord has agreed on the terms of this deed.
# 1. Definitions
Effective Date means 30 June 2026, being the date on which the surrender takes effect.
Surrender Payment means $185,000 plus GST.
Business Day means a day on which banks are open for general business in Sydney.
# 2. Surrender
With effect on and from the Effective Date the Tenant surrenders the Lease and all its interest in the Premises to the Landlord, and the Landlord accepts that surrender.
# 3. Surrender Payment
The Tenant must pay the Surrender Payment to the Landlord no later than 5 Business Days before the Effective Date. The surrender does not take effect until the Surrender Payment has been paid in cleared funds.
===
# 4. Releases
Subject to clause 3, on the Effective Date the Landlord releases the Tenant and the Guarantor from all claims under the Lease, except claims for outgoings for the period up to the Effective Date, which must be paid within 30 days after the Landlord gives a final adjustment statement.
# 5. Bank Guarantee
The Landlord must return the bank guarantee held under the Lease to the Tenant within 14 days after the Effective Date.
# 6. Registration
The Tenant must deliver a signed surrender of lease in registrable form on or before the Effective Date, and the Landlord must lodge it with NSW Land Registry Services.
# 7. Governing Law
This deed is governed by the law of New South Wales and each party submits to the non-exclusive jurisdiction of its courts.
Executed as a deed.
Executed by Harbourline Custodians Pty Ltd as trustee for the Pyrmont Office Trust in accordance with section 127 of the Corporations Act 2001 (Cth)
| Director: Georgina Palmer | Director/Secretary: Luke Tran |
Executed by Kestrel Analytics Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)
| Sole Director and Secretary: Priyanka Sethi |
Signed, sealed and delivered by Marcus Allan Whitford in the presence of Jennifer Lo (witness)`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Harbourline Custodians Pty Ltd", "Kestrel Analytics Pty Ltd", "Marcus Allan Whitford"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v26-property-winchester-deed-of-covenant",
    format: "txt",
    source: `# DEED OF COVENANT
relating to Flat 7, Marlowe Court, 22 Quarry Road, Winchester SO23 0JF
THIS DEED is dated 9 February 2026
# PARTIES
(1) PRIYA NAIR and THOMAS EDWARD HALE both of Flat 7, Marlowe Court, 22 Quarry Road, Winchester SO23 0JF (together the "Covenantor");
(2) MARLOWE COURT (WINCHESTER) MANAGEMENT COMPANY LIMITED incorporated and registered in England and Wales with company number 05127743 whose registered office is at 4 Jewry Street, Winchester SO23 8RZ (the "Management Company"); and
(3) WESSEX GROUND RENTS LLP a limited liability partnership registered in England and Wales with number OC398812 whose registered office is at 10 Hatherley Road, Salisbury SP1 2QW (the "Landlord").
# BACKGROUND
(A) By a lease dated 14 March 2005 and made between Marlowe Homes Limited (1) the Management Company (2) and Simon Peter Drake (3) the Property was demised for a term of 999 years from and including 1 January 2005 (the "Lease").
(B) The Lease has today been assigned to the Covenantor by a transfer of even date with this deed.
(C) Clause 8.4 of the Lease requires every assignee of the Lease to enter into a deed of covenant with the Management Company and the Landlord in the form of this deed.
# OPERATIVE PROVISIONS
1. The Covenantor covenants with the Management Company and, as a separate covenant, with the Landlord, from the date of this deed and for so long as the Covenantor remains the tenant under the Lease, to pay the rents and service charge reserved by the Lease and to observe and perform the tenant's covenants in the Lease.
2. The service charge is payable on account in two equal instalments on 1 April and 1 October in each year, and any balancing payment is payable within 21 days after service of the year-end certificate.
3. The Covenantor shall within 14 days after the date of this deed apply to become a member of the Management Company and shall, on any future assignment of the Lease, procure that the assignee enters into a deed in this form.
4. The Covenantor is released from the covenants in clause 1 on a lawful assignment of the Lease, but without prejudice to any liability for a breach occurring before the assignment.
5. Where the Covenantor is more than one person, their obligations are joint and several.
6. A person who is not a party to this deed has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.
7. This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This document is executed as a deed and delivered on the date stated at the beginning of it.
| Executed as a deed by PRIYA NAIR | in the presence of: Olivia Grant, 3 Canon Street, Winchester (solicitor) |
| Executed as a deed by THOMAS EDWARD HALE | in the presence of: Olivia Grant, 3 Canon Street, Winchester (solicitor) |
| Executed as a deed by MARLOWE COURT (WINCHESTER) MANAGEMENT COMPANY LIMITED | acting by Helen Ashdown, a director, in the presence of Mark Ashdown |
| Executed as a deed by WESSEX GROUND RENTS LLP | acting by two members: Graham Pike and Susan Oyelaran |`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Priya Nair", "Thomas Edward Hale", "Marlowe Court (Winchester) Management Company Limited", "Wessex Ground Rents LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v26-property-chicago-management-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# RESIDENTIAL PROPERTY MANAGEMENT AGREEMENT
This Residential Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and between LAKESHORE FLATS OWNER LLC, a Delaware limited liability company ("Owner"), and MERIDIAN RESIDENTIAL MANAGEMENT, INC., an Illinois corporation ("Manager").
# RECITALS
WHEREAS, Owner is the owner of the eighty-six (86) unit apartment building commonly known as 4410 North Sheridan Road, Chicago, Illinois 60640 (the "Property"); and
WHEREAS, Owner desires to engage Manager to manage, operate and lease the Property, and Manager desires to accept such engagement, on the terms set forth below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Appointment. Owner hereby appoints Manager as the exclusive managing and leasing agent for the Property, and Manager accepts such appointment.
2. Term. The initial term of this Agreement shall be one (1) year commencing on April 1, 2026 (the "Commencement Date"). Thereafter, this Agreement shall automatically renew for successive terms of one (1) year each unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3. Termination. Either party may terminate this Agreement without cause upon ninety (90) days' prior written notice. Owner may terminate immediately upon written notice if Manager commits fraud or gross negligence, or upon a sale of the Property.
4. Duties of Manager. Manager shall (a) market and lease apartments at rents approved by Owner; (b) collect rents and other charges; (c) hold tenant security deposits in a segregated account in accordance with the Chicago Residential Landlord and Tenant Ordinance; (d) arrange for repairs and maintenance, provided that no single expenditure exceeding $5,000 shall be made without Owner's prior approval except in an emergency; and (e) deliver monthly operating statements to Owner.
5. Compensation. Owner shall pay Manager a management fee equal to four percent (4%) of gross monthly collections, payable on or before the tenth (10th) day of each month, and a leasing fee equal to fifty percent (50%) of the first month's rent for each new lease.
6. Operating Account. All funds collected by Manager shall be deposited into an operating account in Owner's name at a federally insured bank in Chicago, Illinois.
7. Insurance. Manager shall maintain commercial general liability insurance of not less than $2,000,000 per occurrence and fidelity coverage of not less than $500,000, naming Owner as an additional insured.
8. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, Owner shall not solicit for employment any on-site employee of Manager without Manager's prior written consent.
9. Indemnification. Each party shall indemnify the other against claims arising from its own negligence or willful misconduct. This Section 9 shall survive the expiration or termination of this Agreement for a period of two (2) years.
10. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Illinois, without regard to its conflict-of-laws principles. Venue shall lie exclusively in the state or federal courts located in Cook County, Illinois.
11. Entire Agreement. This Agreement constitutes the entire agreement of the parties regarding its subject matter and may be amended only by a writing signed by both parties.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
| OWNER: LAKESHORE FLATS OWNER LLC, a Delaware limited liability company | By: Sheridan Capital Partners LLC, its Manager | By: Daniel R. Okafor, Managing Director |
| MANAGER: MERIDIAN RESIDENTIAL MANAGEMENT, INC. | By: Laura M. Kowalczyk | Title: President |`,
    truth: {
      title: "Residential Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Lakeshore Flats Owner LLC", "Meridian Residential Management, Inc."],
      governingLaw: "Illinois",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v26-property-belfast-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
relating to a Lease of Unit 5, Boucher Retail Park, Belfast BT12 6HR
DATED the 27th day of April 2026
LAGAN VALLEY PROPERTY HOLDINGS LIMITED (1)
NORTHSTAR OUTDOOR RETAIL LIMITED (2)
===
THIS DEED OF VARIATION is made the 27th day of April 2026
BETWEEN:
(1) LAGAN VALLEY PROPERTY HOLDINGS LIMITED (company number NI612345) whose registered office is at 8 Donegall Square North, Belfast BT1 5GB (the "Landlord"); and
(2) NORTHSTAR OUTDOOR RETAIL LIMITED (company number NI078901) whose registered office is at 41 Main Street, Ballymena BT43 6AB (the "Tenant").
WHEREAS:
(A) This Deed is supplemental to a lease dated 1 October 2021 made between the Landlord of the one part and the Tenant of the other part whereby the premises known as Unit 5, Boucher Retail Park, Belfast BT12 6HR (the "Premises") were demised for a term of fifteen years from and including 1 October 2021 (the "Lease").
(B) The Landlord and the Tenant have agreed to vary the Lease as set out in this Deed with effect from 1 May 2026 (the "Effective Date").
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Words and expressions defined in the Lease have the same meaning in this Deed unless the context requires otherwise.
2. Variations. With effect from the Effective Date the Lease is varied as follows:
2.1 in clause 1.1 the definition of "Permitted Use" is deleted and replaced with "the retail sale of outdoor clothing, footwear and camping equipment, together with an ancillary café";
2.2 clause 9 (Tenant's Break Option), which entitled the Tenant to determine the Lease on 1 October 2026 on giving not less than six months' notice, is deleted; and
2.3 in clause 4.2 the words "1 October 2026" are deleted and replaced with "1 October 2027" so that the first Review Date falls on 1 October 2027.
3. Rent concession. In consideration of the Tenant agreeing to the deletion of the break option, the Landlord shall allow the Tenant a concession equal to three months' rent, to be applied against the rent falling due on the Effective Date.
4. Confirmation. Save as varied by this Deed the Lease remains in full force and effect, and nothing in this Deed alters the term granted by the Lease.
5. Costs. Each party shall bear its own legal costs, and the Tenant shall pay any stamp duty land tax payable on this Deed.
6. Governing law. This Deed shall be governed by and construed in accordance with the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
| Executed as a deed by LAGAN VALLEY PROPERTY HOLDINGS LIMITED acting by two directors | Ciaran Doherty | Rachel Beattie |
| Executed as a deed by NORTHSTAR OUTDOOR RETAIL LIMITED acting by a director in the presence of a witness | Gareth McIlroy | Witness: Sinead Quinn |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Property Holdings Limited", "Northstar Outdoor Retail Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      amends: "Lease",
    },
  },
  {
    id: "v26-property-toronto-sublease-consent-letter",
    format: "txt",
    source: `FRONT STREET OFFICE PROPERTIES INC.
200 Front Street West, Suite 3100, Toronto, Ontario M5V 3K2
May 12, 2026
DELIVERED BY EMAIL
Northwind Actuarial Consulting Ltd.
100 King Street West, Suite 1400
Toronto, Ontario M5X 1A9
Attention: Ms. Helen Argyros, Chief Financial Officer
Dear Ms. Argyros:
# Landlord's Consent to Sublease
Re: Lease dated November 18, 2020 of Suite 1400, 100 King Street West, Toronto (the "Lease")
We refer to your letter dated April 2, 2026 requesting the Landlord's consent to a sublease of approximately 4,200 square feet of the Premises on the 14th floor (the "Sublet Space") to Grayhaven Legal Technologies Corp. (the "Subtenant") for a term of three (3) years commencing June 1, 2026 (the "Sublease"). The Lease is for a term of ten (10) years expiring on November 30, 2030.
Pursuant to section 14.2 of the Lease, the Landlord hereby consents to the Sublease, subject to the following conditions:
1. The Tenant shall remain fully liable for the performance of all of the tenant's obligations under the Lease, and nothing in this consent releases the Tenant.
2. The Sublease shall be subject and subordinate to the Lease and shall terminate no later than one day before the expiry or earlier termination of the Lease.
3. The Tenant shall pay to the Landlord fifty percent (50%) of any rent received under the Sublease in excess of the rent payable under the Lease for the Sublet Space, within fifteen (15) days after receipt.
4. The Tenant shall pay the Landlord's administration fee of $1,500 plus HST and the Landlord's reasonable legal costs within thirty (30) days of invoice.
5. This consent does not constitute consent to any further subletting, assignment or change of control, each of which requires the Landlord's prior written consent.
6. This consent shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement to these conditions by signing and returning a copy of this letter by May 26, 2026, failing which this consent will lapse.
Yours truly,
FRONT STREET OFFICE PROPERTIES INC.
Per: Sanjay Mehta, Senior Vice President, Leasing
I have authority to bind the corporation.
ACKNOWLEDGED AND AGREED this 19th day of May, 2026.
NORTHWIND ACTUARIAL CONSULTING LTD.
Per: Helen Argyros, Chief Financial Officer`,
    truth: {
      title: "Landlord's Consent to Sublease",
      documentType: "Letter",
      parties: ["Front Street Office Properties Inc.", "Northwind Actuarial Consulting Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-12",
    },
  },
];
