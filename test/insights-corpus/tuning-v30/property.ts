import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations, agreements for lease. */
export const PROPERTY_V30: UnseenDocument[] = [
  {
    id: "v30-property-scottish-office-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
between
GLENMORRISTON ESTATES LIMITED, a company incorporated under the Companies Acts (Registered Number SC412877) and having its Registered Office at 14 Atholl Crescent, Edinburgh EH3 8HA (hereinafter referred to as "the Landlord")
and
FORTH VALLEY ANALYTICS LTD, a company incorporated under the Companies Acts (Registered Number SC598210) and having its Registered Office at Unit 3, Castlecraig Business Park, Stirling FK7 7WT (hereinafter referred to as "the Tenant")
# SCHEDULE OF PARTICULARS
| Subjects | Suite 2.1, Second Floor, Canal Court, 40 Port Dundas Road, Glasgow G4 0HF, as shown outlined in red on the Plan |
| Date of Entry | 28 May 2026 |
| Period | ten (10) years from and including the Date of Entry |
| Expiry Date | 27 May 2036 |
| Rent | £48,500 per annum exclusive of VAT, subject to review |
| Review Date | 28 May 2031 |
| Break Date | 28 May 2031 |
| Permitted Use | Offices within Class 4 of the Town and Country Planning (Use Classes) (Scotland) Order 1997 |
===
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Lease the expressions set out in the Schedule of Particulars have the meanings given to them there, and "Quarter Days" means 28 February, 28 May, 28 August and 28 November in each year.
# 2. LET
2.1 The Landlord lets the Subjects to the Tenant for the Period, and the Tenant accepts this Lease.
2.2 This Lease is granted in implement of the Agreement for Lease between the Landlord and the Tenant dated 9 March 2026, which is superseded on the Date of Entry except for the Landlord's obligations in respect of latent defects in the fit-out works, which continue for a period of two years after the Date of Entry.
# 3. RENT
3.1 The Tenant shall pay the Rent by equal quarterly instalments in advance on the Quarter Days, provided that no Rent shall be payable for the period of six months from and including the Date of Entry, the first payment being due on 28 November 2026.
3.2 Any sum not paid within fourteen days of its due date shall bear interest at four per cent above the base rate of the Bank of Scotland plc from the due date until paid.
# 4. RENT REVIEW
4.1 The Rent shall be reviewed as at the Review Date to the higher of the Rent payable immediately before the Review Date and the open market rent, which failing agreement within three months after the Review Date shall be determined by an independent surveyor acting as an expert.
# 5. TENANT'S OPTION TO TERMINATE
5.1 The Tenant may bring this Lease to an end on the Break Date by giving the Landlord not less than six months' prior written notice, provided that there are no arrears of Rent at the Break Date.
# 6. END OF THE LEASE
6.1 At the Expiry Date or earlier termination the Tenant shall remove from the Subjects without any warning or process of removal. Tacit relocation shall not operate, and the Tenant shall have no right to occupy the Subjects beyond the Expiry Date.
# 7. LAW AND JURISDICTION
7.1 This Lease shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
7.2 The parties consent to the registration of this Lease and of any certificate issued under clause 4 for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Plan annexed are executed as follows:
SUBSCRIBED for and on behalf of GLENMORRISTON ESTATES LIMITED at Edinburgh on 12 May 2026 by Fiona Catriona MacLeod, Director, before this witness Euan Robert Drummond, Solicitor, 9 Charlotte Square, Edinburgh
SUBSCRIBED for and on behalf of FORTH VALLEY ANALYTICS LTD at Stirling on 14 May 2026 by Gregor Alasdair Munro, Director, before this witness Morag Anne Kerr, Office Manager, Unit 3, Castlecraig Business Park, Stirling`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Glenmorriston Estates Limited", "Forth Valley Analytics Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2036-05-27",
      term: "10 years",
    },
  },
  {
    id: "v30-property-pune-leave-and-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# LEAVE AND LICENCE AGREEMENT
This Agreement of Leave and Licence is made and executed at Pune on this 20th day of June, 2026
BETWEEN
Mr. Rajesh Vinayak Kulkarni, aged about 58 years, Occ.: Business, residing at 7, Shrikrishna Bungalow, Law College Road, Erandwane, Pune 411004, hereinafter called "the LICENSOR" (which expression shall, unless repugnant to the context or meaning thereof, include his heirs, executors, administrators and assigns) of the ONE PART
AND
Sahyadri Software Solutions Private Limited, a company incorporated under the Companies Act, 2013, CIN U72200PN2018PTC176543, having its registered office at Office No. 302, Pride Icon, Kharadi, Pune 411014, through its authorised signatory Ms. Anjali Suresh Deshpande, hereinafter called "the LICENSEE" (which expression shall include its successors and permitted assigns) of the OTHER PART.
WHEREAS the Licensor is the absolute owner of office premises No. 501 on the fifth floor of the building known as Sai Capital, Baner Road, Pune 411045, more particularly described in the Schedule hereunder written ("the Licensed Premises"), and the Licensee has approached the Licensor for permission to use the Licensed Premises on leave and licence basis for its office.
NOW THIS AGREEMENT WITNESSETH AS UNDER:
1. PERIOD: The Licensor hereby grants to the Licensee leave and licence to use and occupy the Licensed Premises for a period of eleven (11) months commencing from 1st July 2026 (the "Commencement Date") and ending on 31st May 2027.
2. LICENCE FEE: The Licensee shall pay a monthly licence fee of Rs. 85,000/- (Rupees Eighty-Five Thousand only) on or before the 5th day of each English calendar month by bank transfer, after deduction of tax at source as applicable.
3. SECURITY DEPOSIT: The Licensee has paid to the Licensor an interest-free refundable security deposit of Rs. 5,10,000/- (Rupees Five Lakh Ten Thousand only), which shall be refunded within fifteen (15) days of the Licensee handing over vacant and peaceful possession, after deducting any dues.
4. LOCK-IN: The first six (6) months of the licence period shall be a lock-in period during which neither party shall terminate this Agreement save for breach. Thereafter either party may terminate this Agreement by giving one (1) month's prior written notice.
5. RENEWAL: On expiry the parties may, by mutual written consent, renew this licence for a further period of eleven months on such terms as may then be agreed, with an increase of five per cent (5%) in the licence fee.
6. NO TENANCY: Nothing herein shall be construed as creating any tenancy, sub-tenancy or lease in favour of the Licensee. The legal possession of the Licensed Premises shall at all times remain with the Licensor, and the Licensee shall be a mere licensee.
7. OUTGOINGS: Society maintenance charges and property tax shall be borne by the Licensor; electricity and internet charges shall be borne by the Licensee as per actual bills.
8. REGISTRATION: This Agreement shall be registered under section 55 of the Maharashtra Rent Control Act, 1999, and the stamp duty and registration charges shall be borne equally by the parties.
9. GOVERNING LAW: This Agreement shall be governed by the laws of India, and the courts at Pune alone shall have jurisdiction.
===
# THE SCHEDULE ABOVE REFERRED TO
Office premises No. 501 admeasuring 1,850 sq. ft. carpet area on the fifth floor of the building known as Sai Capital, constructed on Survey No. 48/2, Baner, Taluka Haveli, District Pune, together with two covered car parking spaces in the stilt level.
IN WITNESS WHEREOF the parties hereto have set and subscribed their respective hands on the day and year first hereinabove written.
| SIGNED by the within-named LICENSOR | Rajesh Vinayak Kulkarni |
| SIGNED by the within-named LICENSEE through its authorised signatory | Anjali Suresh Deshpande, Director |
WITNESSES: 1. Sunil Pandurang Jagtap, Kothrud, Pune 2. Meera Nitin Joshi, Aundh, Pune`,
    truth: {
      title: "Leave and Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Rajesh Vinayak Kulkarni", "Sahyadri Software Solutions Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-05-31",
      term: "11 months",
    },
  },
  {
    id: "v30-property-belfast-rent-review-memorandum",
    format: "pdf",
    pdfMargin: 72,
    source: `# MEMORANDUM OF RENT REVIEW
Date: 14 January 2026
# Parties
(1) LAGAN QUAY PROPERTIES LIMITED, a company incorporated in Northern Ireland with registered number NI612345, whose registered office is at 2 Lanyon Place, Belfast BT1 3LP ("the Landlord")
(2) MOURNE OUTDOOR RETAIL LIMITED, a company incorporated in Northern Ireland with registered number NI089876, whose registered office is at 45 Hill Street, Newry BT34 1AF ("the Tenant")
# Background
A. By a lease dated 2 October 2015 and made between the Landlord (1) and the Tenant (2) (the "Lease"), the premises known as Unit 7, Boucher Retail Park, Belfast BT12 6HR (the "Premises") were demised to the Tenant for a term of fifteen years from 29 September 2015 at an initial yearly rent of £54,000.
B. The Lease provides for the rent to be reviewed on 29 September 2020 and on 29 September 2025 (each a "Review Date"). The rent was not increased on the first Review Date.
C. Following negotiations between their respective surveyors, the Landlord and the Tenant have agreed the revised rent payable from the second Review Date and wish to record it as clause 5.9 of the Lease requires.
# Operative provisions
1. The Landlord and the Tenant record and agree that the yearly rent payable under the Lease from and including 29 September 2025 is £62,750 (sixty-two thousand seven hundred and fifty pounds), exclusive of VAT.
2. The Tenant shall, within fourteen days after the date of this Memorandum, pay to the Landlord the difference between the rent paid for the quarters falling due on and after 29 September 2025 and the revised rent, together with interest on each instalment of that difference at two per cent below the base rate of Bank of Ireland, as clause 5.7 of the Lease provides.
3. There is no further Review Date under the Lease.
4. This Memorandum records the outcome of the rent review only and does not vary the Lease, which continues in full force and effect.
5. This Memorandum is governed by the law of Northern Ireland.
6. This Memorandum is signed in duplicate, one part to be placed with each of the Lease and its counterpart.
Signed for and on behalf of Lagan Quay Properties Limited by Ciaran Patrick McAlinden, Director
Signed for and on behalf of Mourne Outdoor Retail Limited by Roisin Bernadette Magennis, Director`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Lagan Quay Properties Limited", "Mourne Outdoor Retail Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-14",
    },
  },
  {
    id: "v30-property-parramatta-deed-of-surrender",
    format: "txt",
    source: `# DEED OF SURRENDER OF LEASE
Shop 4, 10 Smith Street, Parramatta NSW 2150
| Date | 12 June 2026 |
# Parties
Parramatta Riverside Holdings Pty Ltd ACN 612 345 678 in its capacity as trustee for the Riverside Property Trust, of Level 9, 10 Smith Street, Parramatta NSW 2150 (Lessor)
Harbourline Physiotherapy Pty Ltd ACN 154 987 321 of Shop 4, 10 Smith Street, Parramatta NSW 2150 (Lessee)
Dr Amelia Rose Hartigan of 22 Wattle Street, Epping NSW 2121 (Guarantor)
# Background
A The Lessor leases the Premises to the Lessee under registered lease AR123456 (Lease) for a term of five years commencing on 1 July 2022 and expiring on 30 June 2027, with an option for a further term of five years.
B The Guarantor guaranteed the Lessee's obligations under the Lease.
C The Lessee has asked the Lessor to accept an early surrender of the Lease, and the Lessor has agreed on the terms of this deed.
# Operative part
1 Definitions
In this deed, Effective Date means 30 June 2026; Surrender Payment means $45,000 plus GST; and Business Day means a day on which banks are open for general business in Sydney.
2 Surrender
On and from the Effective Date the Lessee surrenders to the Lessor its interest in the Lease and the Premises, and the Lessor accepts that surrender.
3 Surrender Payment
The Lessee must pay the Surrender Payment to the Lessor by bank transfer no later than 5 Business Days before the Effective Date. If the Surrender Payment is not paid in full on time, the Lessor may by notice to the Lessee declare this deed void.
4 Vacant possession
On or before the Effective Date the Lessee must give vacant possession of the Premises, remove its fixtures and fittings and make good any damage caused by their removal.
5 Releases
5.1 Subject to clauses 3 and 4, the Lessor releases the Lessee and the Guarantor from all claims under the Lease arising after the Effective Date.
5.2 The Lessee releases the Lessor from all claims under or in connection with the Lease.
5.3 This clause 5 survives the surrender.
6 Bank guarantee
The Lessor must return the bank guarantee held under the Lease to the Lessee within 14 days after the Effective Date, if the Lessee has complied with clauses 3 and 4.
7 Registration
The Lessor must lodge this deed for registration at NSW Land Registry Services, and the Lessee must pay the registration fee.
8 Costs and GST
Each party bears its own legal costs. The Lessee must pay GST on the Surrender Payment on receipt of a tax invoice.
9 Governing law
This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
Executed as a deed.
Executed by Parramatta Riverside Holdings Pty Ltd ACN 612 345 678 as trustee for the Riverside Property Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by Thomas Nguyen, Director, and Leanne Gail Whitfield, Director/Secretary
Executed by Harbourline Physiotherapy Pty Ltd ACN 154 987 321 in accordance with section 127 of the Corporations Act 2001 (Cth) by Marcus Hartigan, Sole Director and Secretary
Signed, sealed and delivered by Amelia Rose Hartigan in the presence of Jacinta Louise Reilly, Witness`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Parramatta Riverside Holdings Pty Ltd", "Harbourline Physiotherapy Pty Ltd", "Amelia Rose Hartigan"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v30-property-austin-property-management",
    format: "docx",
    source: `# PROPERTY MANAGEMENT AGREEMENT
This Property Management Agreement (this "Agreement") is made and entered into as of April 1, 2026 (the "Effective Date"), by and between BLUEBONNET CROSSING APARTMENTS, LLC, a Texas limited liability company ("Owner"), and LONE STAR RESIDENTIAL MANAGEMENT, INC., a Texas corporation ("Manager").
# RECITALS
WHEREAS, Owner is the owner of the 212-unit multifamily residential community known as Bluebonnet Crossing Apartments, located at 4400 South Congress Avenue, Austin, Texas 78745 (the "Property"); and
WHEREAS, Owner desires to engage Manager to manage, operate and lease the Property, and Manager is willing to do so, on the terms set forth below.
NOW, THEREFORE, in consideration of the mutual covenants herein contained, the parties agree as follows:
1. Appointment. Owner appoints Manager as the exclusive managing and leasing agent for the Property, and Manager accepts such appointment. Manager shall act as an independent contractor.
2. Term. The initial term of this Agreement shall commence on the Effective Date and continue for one (1) year (the "Initial Term"). Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each unless either party delivers written notice of non-renewal to the other at least sixty (60) days prior to the expiration of the then-current term.
3. Termination. Either party may terminate this Agreement without cause upon ninety (90) days' prior written notice to the other. Owner may terminate this Agreement upon thirty (30) days' notice following the closing of a sale of the Property.
4. Leasing. Manager shall use commercially reasonable efforts to keep the Property leased, using the current Texas Apartment Association lease form, for lease terms of not less than six (6) nor more than fifteen (15) months, at rents within the rent schedule approved by Owner.
5. Compensation. Owner shall pay Manager a monthly management fee equal to three and one-half percent (3.5%) of Gross Collections for the preceding month, payable on or before the tenth (10th) day of each month, together with a leasing fee of $150 for each new lease signed.
6. Accounts and Reports. All rents and security deposits collected shall be deposited in a trust account at a federally insured institution in Austin, Texas, held by Manager as agent for Owner, and shall not be commingled with Manager's own funds. Manager shall deliver monthly operating reports within twenty (20) days after the end of each month.
===
7. Annual Budget. Manager shall submit a proposed operating and capital budget for each calendar year no later than November 1 of the preceding year.
8. Insurance and Indemnity. Each party shall maintain the insurance described in Exhibit B. The indemnity obligations of Owner and Manager under this Section 8 shall survive the expiration or termination of this Agreement for a period of two (2) years.
9. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, Owner shall not solicit for employment any on-site employee of Manager without Manager's prior written consent.
10. Governing Law; Venue. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas. Venue for any action arising hereunder shall lie exclusively in Travis County, Texas.
11. Entire Agreement. This Agreement supersedes the interim management letter between the parties dated February 16, 2026, which shall terminate on the Effective Date.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| OWNER: BLUEBONNET CROSSING APARTMENTS, LLC | MANAGER: LONE STAR RESIDENTIAL MANAGEMENT, INC. |
| By: Hill Country Multifamily GP, LLC, its Manager | By: Deborah L. Castillo |
| By: Raymond T. Whitaker, President | Title: Executive Vice President |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Bluebonnet Crossing Apartments, LLC", "Lone Star Residential Management, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v30-property-kowloon-bay-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `DATED the 18th day of February 2026
KOWLOON BAY LOGISTICS PROPERTIES LIMITED (as Landlord)
PEARL DELTA COLD CHAIN LIMITED (as Tenant)
PEARL DELTA HOLDINGS LIMITED (as Guarantor)
# DEED OF VARIATION
relating to a Tenancy Agreement of Units 1201 to 1205, 12th Floor, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Kowloon
Lam, Chan & Partners, Solicitors, 21st Floor, Wing On House, 71 Des Voeux Road Central, Hong Kong
===
THIS DEED OF VARIATION is made on the 18th day of February 2026
BETWEEN:
(1) KOWLOON BAY LOGISTICS PROPERTIES LIMITED, a company incorporated in Hong Kong (Company No. 2456781) whose registered office is at 28th Floor, Millennium City 1, 388 Kwun Tong Road, Kowloon (the "Landlord");
(2) PEARL DELTA COLD CHAIN LIMITED, a company incorporated in Hong Kong (Company No. 1987654) whose registered office is at Units 1201 to 1205, 12th Floor, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Kowloon (the "Tenant"); and
(3) PEARL DELTA HOLDINGS LIMITED, a company incorporated in the British Virgin Islands (Company No. 0876543) whose principal place of business is at 9th Floor, Central Tower, 28 Queen's Road Central, Hong Kong (the "Guarantor").
WHEREAS:
(A) By a Tenancy Agreement dated 15 March 2024 (the "Tenancy Agreement") the Landlord let the Premises to the Tenant for a term of three (3) years commencing on 1 April 2024 and expiring on 31 March 2027, with an option for the Tenant to renew for a further term of three (3) years at the then open market rent.
(B) The Guarantor guaranteed the performance of the Tenant's obligations under the Tenancy Agreement.
(C) The parties have agreed to vary the Tenancy Agreement in the manner set out below.
NOW THIS DEED WITNESSES as follows:
1. Words and expressions defined in the Tenancy Agreement have the same meanings in this Deed.
2. With effect from the date of this Deed the Tenancy Agreement is varied as follows:
(a) in Clause 2.1, the monthly rent of HK$186,000 is replaced by HK$172,500, exclusive of rates, Government rent and management fees, for each month from 1 March 2026;
(b) in Clause 4.3, the permitted use is extended to include cold storage and ancillary offices; and
(c) a new Clause 9.8 is added: "The Tenant may terminate this tenancy on 30 September 2026 by giving the Landlord not less than three (3) months' prior written notice and paying one month's rent as compensation."
3. The Guarantor consents to this Deed and confirms that its guarantee extends to the Tenancy Agreement as varied.
4. Save as varied by this Deed, the Tenancy Agreement remains in full force and effect.
5. The stamp duty on this Deed and the legal costs of both parties shall be borne by the Tenant.
6. This Deed is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed by the parties the day and year first above written.
SEALED with the Common Seal of KOWLOON BAY LOGISTICS PROPERTIES LIMITED and signed by Wong Ka Ming, Director, in the presence of Chan Mei Ling, Solicitor, Hong Kong SAR
SEALED with the Common Seal of PEARL DELTA COLD CHAIN LIMITED and signed by Leung Tsz Hin, Director, in the presence of Ho Wai Yan, Solicitor, Hong Kong SAR
EXECUTED as a deed by PEARL DELTA HOLDINGS LIMITED acting by Leung Chi Keung, Director, in the presence of Ho Wai Yan, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kowloon Bay Logistics Properties Limited", "Pearl Delta Cold Chain Limited", "Pearl Delta Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-18",
      amends: "Tenancy Agreement",
    },
  },
  {
    id: "v30-property-harrogate-deed-of-covenant",
    format: "txt",
    source: `# DEED OF COVENANT
THIS DEED is made on the 7th day of April 2026
BETWEEN
(1) THE ORCHARDS (HARROGATE) MANAGEMENT COMPANY LIMITED (company number 05123456) whose registered office is at 3 Station Parade, Harrogate HG1 1UF ("the Management Company"); and
(2) DANIEL JAMES OKAFOR and PRIYA LAKSHMI OKAFOR both of Flat 6, 41 Kings Road, Leeds LS6 1NS ("the Covenantor")
RECITALS
(A) By a lease dated 1 March 2005 made between Orchard Homes (Yorkshire) Limited (1), the Management Company (2) and John Peter Whitley (3) (the "Lease"), the property known as 17 Bramley Way, The Orchards, Harrogate HG2 9QX (the "Property") was let for a term of 125 years from 1 January 2005.
(B) Clause 4.12 of the Lease requires any assignee of the Lease to enter into a deed of covenant with the Management Company in the form of this deed before the assignment is registered.
(C) The Covenantor is about to take an assignment of the Lease from Margaret Anne Whitley, the personal representative of John Peter Whitley.
OPERATIVE PROVISIONS
1. The Covenantor covenants with the Management Company that, from the date of the assignment and for so long as the Covenantor is the tenant under the Lease, the Covenantor will pay the Service Charge and the Estate Rentcharge and will observe and perform the tenant's covenants in the Lease and the estate regulations made under it.
2. The Service Charge is payable half-yearly in advance on 1 January and 1 July in each year, and any amount unpaid for fourteen days after its due date shall carry interest at four per cent above the Bank of England base rate.
3. The Covenantor shall cease to be liable under this deed on a future assignment of the Lease once the assignee has entered into a deed of covenant with the Management Company in the same form.
4. Where the Covenantor is more than one person, their obligations are joint and several.
5. No person other than the parties to this deed shall have any right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.
6. This deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This document is executed as a deed and delivered on the date stated at the beginning of it.
Executed as a deed by THE ORCHARDS (HARROGATE) MANAGEMENT COMPANY LIMITED acting by Helen Margaret Birtwhistle, a director, in the presence of Witness: Andrew Paul Lister, 8 Victoria Avenue, Harrogate
Signed as a deed by DANIEL JAMES OKAFOR in the presence of Witness: Chloe Elizabeth Barker, Solicitor, Leeds
Signed as a deed by PRIYA LAKSHMI OKAFOR in the presence of Witness: Chloe Elizabeth Barker, Solicitor, Leeds`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["The Orchards (Harrogate) Management Company Limited", "Daniel James Okafor", "Priya Lakshmi Okafor"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-07",
    },
  },
  {
    id: "v30-property-dublin-licence-to-occupy-letter",
    format: "docx",
    storedPageCount: 2,
    source: `LIFFEY WORKSPACE LIMITED
3rd Floor, Ormond Building, 31-36 Ormond Quay Upper, Dublin 7, D07 F6DC | Registered in Ireland No. 654321
4 May 2026
The Directors
Corrib Data Labs DAC
Unit 5, Galway Technology Park, Parkmore, Galway H91 AX2P
Our ref: LW/ORM/2026/118
Dear Sirs
# Licence to Occupy
Premises: Desks 14 to 22 and Meeting Room C, Third Floor, Ormond Building, Dublin 7 (the "Space")
We are pleased to confirm the terms on which Liffey Workspace Limited ("we" or the "Licensor") grants Corrib Data Labs DAC ("you" or the "Licensee") a licence to occupy the Space.
1. Licence period. The licence will commence on 1 June 2026 (the "Commencement Date") and continue for an initial period of six (6) months. At the end of the initial period, and at the end of each renewal period, the licence will automatically renew for a further period of three (3) months unless either of us gives the other at least one month's written notice to end it.
2. Licence fee. You will pay a licence fee of €7,200 per month plus VAT, monthly in advance on the first day of each month. We will hold a deposit equal to two months' fee, to be returned within 30 days after the licence ends, less any sums you owe us.
3. Services. The fee includes shared reception, Wi-Fi, cleaning, and ten hours of meeting room use each month.
4. Relocation. We may move you to other space of a similar size within the Ormond Building on giving you 14 days' notice.
5. No tenancy. This letter creates a licence only. It does not create a tenancy, and you will not acquire any rights under the Landlord and Tenant Acts 1967 to 2019 in relation to the Space.
6. Law. This licence is governed by the laws of Ireland, and the courts of Ireland will have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours faithfully
Siobhán Ní Bhriain
Head of Workspace, for and on behalf of Liffey Workspace Limited
===
# Acceptance
We accept the terms of this licence to occupy.
Signed: Padraig Joseph Flaherty, Director, for and on behalf of Corrib Data Labs DAC
Date: 11 May 2026`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Liffey Workspace Limited", "Corrib Data Labs DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
      renewal: "3 months",
    },
  },
];
