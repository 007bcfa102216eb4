import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations, agreements for lease. */
export const PROPERTY_V27: UnseenDocument[] = [
  {
    id: "v27-property-lease-leeds-office",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Third Floor, Calverley House, 22 Park Row, Leeds LS1 5JF
Dated 14 April 2026
(1) PARK ROW ESTATES LIMITED
(2) NORTHERN LEDGER ANALYTICS LTD
(3) HANNAH ELIZABETH CRAIG
===
# PRESCRIBED CLAUSES
| LR1. Date of lease | 14 April 2026 |
| LR2.1 Title number(s) | Landlord's title number: WYK889012 |
| LR3. Parties to this lease | Landlord: PARK ROW ESTATES LIMITED (company number 04567123) whose registered office is at 1 City Square, Leeds LS1 2ES. Tenant: NORTHERN LEDGER ANALYTICS LTD (company number 11223344) whose registered office is at 9 Wellington Place, Leeds LS1 4AP. Guarantor: HANNAH ELIZABETH CRAIG of 7 Moor Road, Harrogate HG2 8AB |
| LR4. Property | The Third Floor of Calverley House, 22 Park Row, Leeds LS1 5JF, as more particularly described in clause 1.1 |
| LR6. Term for which the Property is leased | The Contractual Term as defined in clause 1.1 |
| LR13. Application for standard form of restriction | None |
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this lease the following definitions apply:
"Annual Rent" means £148,000 per annum exclusive of VAT, subject to review under clause 7.
"Break Date" means 30 April 2031, on which the Tenant may end this lease by giving the Landlord not less than six months' written notice.
"Contractual Term" means a term of ten years from and including the Term Commencement Date to and including 30 April 2036.
"Rent Commencement Date" means the date falling six months after the Term Commencement Date.
"Review Date" means the fifth anniversary of the Term Commencement Date.
"Term Commencement Date" means 1 May 2026.
1.2 A reference to the Guarantor includes the personal representatives of the Guarantor.
# 2. GRANT
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, with the rights set out in Schedule 1, the Tenant paying the Annual Rent by equal quarterly instalments in advance on the usual quarter days.
2.2 The Guarantor guarantees to the Landlord the performance of the Tenant covenants in this lease on the terms of Schedule 4.
# 3. EXCLUSION OF SECURITY OF TENURE
3.1 The Landlord served a warning notice on the Tenant on 2 April 2026 and the Tenant made a statutory declaration on 8 April 2026. The provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease.
===
# 4. GOVERNING LAW
4.1 This lease and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
4.2 The courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This lease has been executed as a deed and is delivered and takes effect on the date stated at LR1.
Executed as a deed by PARK ROW ESTATES LIMITED acting by Graham Pickles, a director, in the presence of: Witness: Susan Oldroyd, 4 Kirkgate, Otley LS21 3HJ
Executed as a deed by NORTHERN LEDGER ANALYTICS LTD acting by Imran Siddiqui, a director, in the presence of: Witness: Paul Hirst, 2 Mill Lane, Leeds LS13 1AB
Signed as a deed by HANNAH ELIZABETH CRAIG in the presence of: Witness: Thomas Lund, 11 Station Road, Harrogate HG1 1TT`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Park Row Estates Limited", "Northern Ledger Analytics Ltd", "Hannah Elizabeth Craig"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2036-04-30",
      term: "10 years",
    },
  },
  {
    id: "v27-property-licence-letter-dublin",
    format: "docx",
    storedPageCount: 2,
    source: `# GRAFTON WORKSPACE LIMITED
14 Fitzwilliam Place, Dublin 2, D02 XY45 | Registered in Ireland No. 654321 | VAT IE9876543T
8 May 2026
Private & Confidential
For the attention of Ms Aoife Brennan
Brightwater Analytics Designated Activity Company
3 Herbert Lane
Dublin 2, D02 KT61
Our ref: GW/LIC/2026/117
Dear Aoife,
# Licence to Occupy
Premises: Suite 3, Second Floor, 14 Fitzwilliam Place, Dublin 2 (the "Suite")
Further to our meeting on 22 April 2026 and my email of 29 April 2026, I am pleased to set out the terms on which Grafton Workspace Limited ("we") will permit Brightwater Analytics Designated Activity Company ("you") to occupy the Suite.
1. Period. The licence begins on 1 June 2026 (the "Commencement Date") and ends on 30 November 2026, unless ended earlier under paragraph 7.
2. Licence fee. The fee is €4,750 per month plus VAT, payable monthly in advance on the first day of each month. The first payment is due within five working days of your countersignature of this letter.
3. Deposit. You will pay a deposit equal to two months' licence fee, which we will return (less any sums properly due to us) within 28 days after the licence ends.
4. Services. The fee includes shared reception, cleaning, Wi-Fi, heating and use of the meeting rooms on the ground floor for up to ten hours per month.
5. No tenancy. This letter grants a personal licence only. It does not create a relationship of landlord and tenant and you will not have exclusive possession of the Suite. We may, on seven days' notice, require you to move to another suite of comparable size in the building.
6. No extension. You have no right to remain in occupation after 30 November 2026. Any extension must be agreed in writing by both of us.
7. Early termination. Either of us may end the licence by giving not less than one month's written notice, expiring no earlier than 31 August 2026.
8. Governing law. This letter and the licence it grants are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
===
If you are happy with these terms, please sign and return the enclosed copy of this letter.
Yours sincerely,
Declan Moriarty
Director, for and on behalf of Grafton Workspace Limited
# Acceptance
We accept the licence on the terms set out in this letter.
Signed: Aoife Brennan, Chief Operating Officer, for and on behalf of Brightwater Analytics Designated Activity Company
Date: 12 May 2026`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Grafton Workspace Limited", "Brightwater Analytics Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v27-property-rent-review-memo-cardiff",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
Dated: 9 July 2026
| Property | Unit 7, Capital Business Park, Wentloog, Cardiff CF3 2PX |
| Lease | A lease of the Property dated 25 March 2016 made between (1) Taff Vale Industrial Properties Limited and (2) Cwmbran Precision Engineering Limited for a term of fifteen years from 25 March 2016 |
| Landlord | Glamorgan Logistics Property Fund Trustee Limited (company number 09911223) of 5 Callaghan Square, Cardiff CF10 5BT, as trustee of the Glamorgan Logistics Property Unit Trust |
| Tenant | Dragon Fabrications Limited (company number 08877665) of Unit 7, Capital Business Park, Wentloog, Cardiff CF3 2PX |
| Review Date | 25 March 2026 |
| Revised Rent | £86,500 (eighty-six thousand five hundred pounds) per annum exclusive of VAT |
1. The Landlord is entitled to the reversion immediately expectant on the term granted by the Lease and the Tenant is entitled to the residue of that term by virtue of an assignment dated 14 November 2020.
2. The Landlord and the Tenant record that, following negotiation between their surveyors and without reference to an arbitrator or independent expert, the yearly rent reserved by the Lease for the period beginning on the Review Date has been agreed under clause 6 of the Lease at the Revised Rent.
3. The Tenant shall pay to the Landlord, within 14 days of the date of this memorandum, the difference between the rent paid for the period since the Review Date and the Revised Rent for that period, together with interest at the rate set out in clause 6.9 of the Lease.
4. The next review date under the Lease is 25 March 2031.
5. This memorandum is supplemental to the Lease and, except for recording the Revised Rent, does not vary the Lease.
6. This memorandum is governed by the law of England and Wales.
This memorandum is signed in duplicate, each party retaining one part.
Signed for and on behalf of Glamorgan Logistics Property Fund Trustee Limited as trustee of the Glamorgan Logistics Property Unit Trust: Rhian Pritchard, Authorised Signatory
Signed for and on behalf of Dragon Fabrications Limited: Gareth Lloyd, Director`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Glamorgan Logistics Property Fund Trustee Limited", "Dragon Fabrications Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-07-09",
    },
  },
  {
    id: "v27-property-surrender-belfast",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made the 30th day of June 2026
BETWEEN:
(1) LAGAN QUAYS DEVELOPMENTS LIMITED (company number NI612345) whose registered office is at 40 Donegall Quay, Belfast BT1 3EA (the "Landlord"); and
(2) MOURNE OUTDOOR RETAIL LIMITED (company number NI655443) whose registered office is at 17 Main Street, Newcastle, County Down BT33 0AD (the "Tenant").
WHEREAS:
(A) By a lease dated 1 August 2019 made between the Landlord (1) and the Tenant (2) (the "Lease"), the premises known as Ground Floor Retail Unit 2, Lagan Quays, Belfast (the "Premises") were demised to the Tenant for a term of twenty-five years from 1 August 2019, subject to a tenant's option to determine on 31 July 2029.
(B) The Landlord has agreed to accept a surrender of the Lease on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. In consideration of the sum of £45,000 paid by the Tenant to the Landlord (receipt of which the Landlord acknowledges), the Tenant surrenders and yields up to the Landlord all its estate, right, title and interest in the Premises and the Lease, and the Landlord accepts that surrender, with effect from the date of this Deed.
2. The Landlord releases the Tenant, and the Tenant releases the Landlord, from all obligations and liabilities under the Lease arising on or after the date of this Deed, but not from any liability for breaches committed before that date.
3. The Landlord shall within ten working days after the date of this Deed repay to the Tenant the proportion of the rent and service charge paid in advance that relates to any period after that date.
4. The Tenant shall deliver up vacant possession of the Premises and all keys and access cards by 5.00 pm on the date of this Deed, and shall remove its fascia signage within 14 days afterwards, making good any damage caused.
===
5. The Landlord waives any claim for dilapidations under the Lease, save in respect of the signage referred to in clause 4.
6. The Tenant consents to the registration of the surrender in the Land Registry of Northern Ireland and to the closure of the leasehold folio AN123456L.
7. This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS whereof this Deed has been executed and delivered by the parties on the day and year first above written.
Executed as a deed by LAGAN QUAYS DEVELOPMENTS LIMITED acting by two directors: Ciaran McAleese, Director; Niamh Doherty, Director
Executed as a deed by MOURNE OUTDOOR RETAIL LIMITED acting by a director in the presence of a witness: Ronan Magee, Director; Witness: Eimear Quinn, Solicitor, Belfast`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Lagan Quays Developments Limited", "Mourne Outdoor Retail Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v27-property-deed-of-covenant-ramsey",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF COVENANT
relating to Apartment 6, Mooar View, Ramsey, Isle of Man
THIS DEED is made on 21 September 2026
BETWEEN:
(1) MOOAR VIEW MANAGEMENT COMPANY LIMITED (company number 134567C) whose registered office is at 15 Athol Street, Douglas, Isle of Man IM1 1LB (the "Management Company");
(2) QUAYSIDE RAMSEY LIMITED (company number 112233C) whose registered office is at 15 Athol Street, Douglas, Isle of Man IM1 1LB (the "Lessor"); and
(3) CALLUM PETER KINRADE and MORAG ELIZABETH KINRADE, both of 6 Mooar View, Ramsey, Isle of Man IM8 3AB (together the "Covenantor").
BACKGROUND:
(A) By a lease dated 3 February 2011 (the "Lease") the Lessor demised Apartment 6, Mooar View (the "Apartment") for a term of 999 years from 1 January 2011.
(B) The Covenantor is taking an assignment of the Lease from Martin John Quine.
(C) Clause 4.12 of the Lease requires every assignee to enter into a deed of covenant with the Management Company and the Lessor in the form of this deed.
OPERATIVE PROVISIONS:
1. The Covenantor covenants with the Management Company and separately with the Lessor that, from the date of this deed and for so long as the Covenantor is the owner of the Lease, the Covenantor will pay the service charge and observe and perform the covenants on the part of the lessee contained in the Lease.
2. The service charge is payable by two equal instalments in advance on 1 January and 1 July in each year. Any sum unpaid for 21 days after it falls due carries interest at 4% above the base rate of Isle of Man Bank Limited.
3. Where the Covenantor comprises more than one person, their obligations are joint and several.
4. The Covenantor will be released from its obligations under clause 1 on a future assignment of the Lease, but only once the assignee has entered into a deed of covenant in the same form.
5. The Management Company covenants with the Covenantor to provide the Services set out in the Fifth Schedule to the Lease.
6. This deed is governed by the laws of the Isle of Man and the parties submit to the non-exclusive jurisdiction of the courts of the Isle of Man.
===
Executed as a deed by MOOAR VIEW MANAGEMENT COMPANY LIMITED acting by its director Alan Corlett in the presence of: Witness: Julie Kermode, Advocate's Clerk, Douglas
Executed as a deed by QUAYSIDE RAMSEY LIMITED acting by its director Stephen Teare in the presence of: Witness: Julie Kermode, Advocate's Clerk, Douglas
Signed as a deed by CALLUM PETER KINRADE in the presence of: Witness: David Crellin, 2 Parliament Street, Ramsey
Signed as a deed by MORAG ELIZABETH KINRADE in the presence of: Witness: David Crellin, 2 Parliament Street, Ramsey`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Mooar View Management Company Limited", "Quayside Ramsey Limited", "Callum Peter Kinrade", "Morag Elizabeth Kinrade"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-09-21",
    },
  },
  {
    id: "v27-property-management-cypress-texas",
    format: "docx",
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of the 1st day of July, 2026 (the "Effective Date"), by and between LONE STAR RETAIL HOLDINGS, LLC, a Texas limited liability company ("Owner"), and BRAZOS PROPERTY SERVICES, INC., a Texas corporation ("Manager").
# RECITALS
A. Owner is the owner of the shopping center commonly known as Cypress Creek Plaza, 14250 Louetta Road, Cypress, Texas 77429 (the "Property").
B. Owner desires to engage Manager to manage, operate and lease the Property, and Manager desires to accept that engagement, on the terms set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Appointment. Owner hereby appoints Manager as the sole and exclusive managing and leasing agent for the Property.
2. Term. The initial term of this Agreement shall commence on the Effective Date and continue for a period of one (1) year, expiring on June 30, 2027 (the "Initial Term"). Thereafter, this Agreement shall automatically renew for successive periods of one (1) year each (each, a "Renewal Term") unless either party delivers written notice of non-renewal to the other at least sixty (60) days prior to the expiration of the then-current term.
3. Duties of Manager. Manager shall collect all rents and other charges, arrange for maintenance and repairs, enforce tenant leases, deliver a proposed annual operating budget to Owner on or before November 1 of each year, and deliver monthly operating reports within fifteen (15) days after the end of each calendar month.
4. Compensation. Owner shall pay Manager a monthly management fee equal to three and one-half percent (3.5%) of Gross Receipts for the preceding month, payable within ten (10) days after receipt of Manager's monthly report. Manager shall also be entitled to leasing commissions in accordance with Exhibit B, including on any lease executed within one hundred eighty (180) days after termination with a prospect registered by Manager before termination.
5. Trust Account. All funds collected by Manager shall be deposited in a segregated trust account at an FDIC-insured bank located in Harris County, Texas.
6. Insurance. Manager shall maintain commercial general liability insurance of not less than $2,000,000 per occurrence and a fidelity bond covering all employees who handle Owner's funds.
===
7. Termination. Either party may terminate this Agreement for cause upon thirty (30) days' written notice if the other party fails to cure a material default within that period. Owner may terminate without cause upon ninety (90) days' written notice and payment of a termination fee equal to two (2) months' management fees.
8. Indemnification. Each party shall indemnify the other against claims arising from its gross negligence or willful misconduct. This Section 8 shall survive termination of this Agreement for a period of two (2) years.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, and venue for any action shall lie exclusively in Harris County, Texas.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
OWNER: LONE STAR RETAIL HOLDINGS, LLC, a Texas limited liability company
By: Robert Alvarez, Managing Member
MANAGER: BRAZOS PROPERTY SERVICES, INC., a Texas corporation
By: Denise Okafor, President`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Lone Star Retail Holdings, LLC", "Brazos Property Services, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v27-property-minute-of-variation-glasgow",
    format: "pdf",
    pdfMargin: 80,
    source: `# MINUTE OF VARIATION OF LEASE
between
CLYDESIDE COMMERCIAL ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC345678) and having its Registered Office at 120 Bothwell Street, Glasgow G2 7JS (the "Landlord")
and
THISTLE & HEATHER PHARMACY LIMITED, incorporated under the Companies Acts (Registered Number SC512233) and having its Registered Office at 8 Byres Road, Glasgow G12 8TD (the "Tenant")
CONSIDERING THAT:
(A) By Lease between the Landlord and the Tenant dated 3 and 10 June 2019 and registered in the Books of Council and Session on 24 June 2019 (the "Lease"), the Landlord let to the Tenant the shop premises at 8 Byres Road, Glasgow G12 8TD for the period from 28 May 2019 until 27 May 2029;
(B) The Landlord and the Tenant have agreed to vary the Lease with effect from 1 September 2026 (the "Variation Date") on the terms of this Minute of Variation;
NOW THEREFORE the Landlord and the Tenant AGREE as follows:
1. With effect from the Variation Date, Clause 3.1 of the Lease (Use) is deleted and replaced by: "The Premises shall be used only as a retail pharmacy and clinic for the provision of NHS and private healthcare services."
2. With effect from the Variation Date, the rent stated in Part 4 of the Schedule to the Lease is increased to THIRTY-EIGHT THOUSAND POUNDS (£38,000) Sterling per annum, payable quarterly in advance on the Scottish quarter days.
3. The Tenant's option to terminate the Lease on 28 May 2027 contained in Clause 18 of the Lease is deleted.
4. Nothing in this Minute of Variation alters the period of the Lease. Save as varied by this Minute of Variation, the Lease remains in full force and effect.
5. Each party shall bear its own legal costs. The Tenant shall pay any Land and Buildings Transaction Tax and the registration dues in the Books of Council and Session.
6. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland.
7. The parties consent to the registration of this Minute of Variation for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CLYDESIDE COMMERCIAL ESTATES LIMITED at Glasgow on 18 August 2026 by Fiona MacLeod, Director, before this witness: Kenneth Baird, Trainee Solicitor, 120 Bothwell Street, Glasgow
Subscribed for and on behalf of THISTLE & HEATHER PHARMACY LIMITED at Glasgow on 22 August 2026 by Anish Rao, Director, before this witness: Eilidh Campbell, Pharmacist, 8 Byres Road, Glasgow`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Clydeside Commercial Estates Limited", "Thistle & Heather Pharmacy Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-09-01",
      amends: "Lease",
    },
  },
  {
    id: "v27-property-agreement-to-lease-petone",
    format: "txt",
    source: `# AGREEMENT TO LEASE
THIS AGREEMENT is dated the 12th day of August 2026
PARTIES
HARBOURSIDE PROPERTIES LIMITED (company number 1234567) of Level 4, 88 The Terrace, Wellington ("Landlord")
KŌWHAI COFFEE ROASTERS LIMITED (company number 7654321) of 3 Jackson Street, Petone ("Tenant")
TĀNE RĀWIRI NGATA of 18 Rātā Street, Lower Hutt ("Guarantor")
BACKGROUND
A. The Landlord owns the building at 210 Jackson Street, Petone and is refurbishing its ground floor.
B. The Landlord has agreed to grant, and the Tenant has agreed to take, a lease of the Premises once the Landlord's Works are complete, on the terms of this agreement.
# Schedule of Particulars
| Premises | Ground floor tenancy, 210 Jackson Street, Petone (approximately 240 m²) |
| Landlord's Works | The works described in Schedule 2 |
| Commencement Date | The date ten working days after the Landlord notifies the Tenant that the Landlord's Works are practically complete |
| Term | Six (6) years from the Commencement Date |
| Rights of Renewal | Two further terms of three (3) years each, exercisable by the Tenant giving notice |
| Annual Rent | $96,000 plus GST, payable monthly in advance |
| Rent Review Dates | CPI review on each second anniversary of the Commencement Date; market review on each renewal date |
| Bank Guarantee | Three months' rent plus GST, to be delivered within five working days after the date of this agreement |
1. Grant of lease. The Landlord shall grant, and the Tenant shall accept, a lease of the Premises on the terms of the Auckland District Law Society Deed of Lease (Sixth Edition 2012) as varied by this agreement, for the Term and at the Annual Rent set out in the Schedule of Particulars.
2. Landlord's Works. The Landlord shall use reasonable endeavours to achieve practical completion of the Landlord's Works by 30 November 2026. If practical completion has not occurred by 31 March 2027, either party may cancel this agreement by written notice to the other.
3. Early access. The Tenant may enter the Premises from four weeks before the Commencement Date to carry out its fit-out, without paying rent, provided it complies with the Landlord's reasonable site rules.
4. Finance condition. This agreement is conditional on the Tenant confirming within fifteen working days after the date of this agreement that it has obtained finance for its fit-out on terms satisfactory to it.
5. Interim terms. Until the deed of lease is signed, the relationship between the Landlord and the Tenant from the Commencement Date shall be governed by the terms of the lease as if it had been signed.
6. Guarantee. The Guarantor guarantees the Tenant's obligations under this agreement and under the lease, on the terms of the guarantee contained in the Deed of Lease.
7. Governing law. This agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
SIGNED by HARBOURSIDE PROPERTIES LIMITED by its directors Mere Tamihana and Jonathan Reeves
SIGNED by KŌWHAI COFFEE ROASTERS LIMITED by its director Sophie Tūhoe-Barrett
SIGNED by TĀNE RĀWIRI NGATA in the presence of Hemi Walker, Solicitor, Lower Hutt`,
    truth: {
      title: "Agreement to Lease",
      documentType: "Lease",
      parties: ["Harbourside Properties Limited", "Kōwhai Coffee Roasters Limited", "Tāne Rāwiri Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-08-12",
      term: "6 years",
    },
  },
];
