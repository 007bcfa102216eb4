import type { UnseenDocument } from "../unseen/types";

/** Property documents (leases, licences to occupy, rent reviews, surrenders, variations, management agreements, consents) drafted independently of the extraction rules. */
export const PROPERTY_V20: UnseenDocument[] = [
  {
    id: "v20-property-bristol-trade-park-lease",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Unit 7, Severnside Trade Park, Kings Weston Lane, Avonmouth, Bristol BS11 8AZ
| LR1. Date of lease | 20 March 2026 |
| LR2.1 Landlord's title number(s) | BL118204 |
| LR2.2 Other title numbers | None |
| LR3. Parties to this lease: Landlord | ABBOTSFORD NOMINEE (NO. 1) LIMITED (company number 09876543) and ABBOTSFORD NOMINEE (NO. 2) LIMITED (company number 09876544), each having its registered office at 8 Queen Square, Bristol BS1 4LH, acting together as trustees of the Abbotsford Commercial Property Unit Trust |
| LR3. Parties to this lease: Tenant | HARTLEY & QUINN (BRISTOL) LIMITED (company number 11223344) whose registered office is at 2 Portwall Lane, Bristol BS1 6NB |
| LR3. Parties to this lease: Guarantor | HARTLEY & QUINN GROUP HOLDINGS LIMITED (company number 07654321) whose registered office is at 2 Portwall Lane, Bristol BS1 6NB |
| LR4. Property | In the case of a conflict between this clause and the remainder of this lease then, for the purposes of registration, this clause shall prevail. See the definition of "Property" in clause 1.1 |
| LR5. Prescribed statements etc. | None |
| LR6. Term for which the Property is leased | The term as specified in this lease at clause 1.1 in the definition of "Contractual Term" |
| LR7. Premium | None |
| LR8. Prohibitions or restrictions on disposing of this lease | This lease contains a provision that prohibits or restricts dispositions |
| LR9 to LR14 | None |
===
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this lease:
"Annual Rent": £184,000 per annum exclusive of VAT, subject to review on the Review Date.
"Contractual Term": a term of ten years from and including the Term Commencement Date and ending on and including 24 March 2036.
"Term Commencement Date": 25 March 2026.
"Rent Commencement Date": 25 September 2026, being the date six months after the Term Commencement Date.
"Review Date": 25 March 2031.
"Break Date": 25 March 2031, on which the Tenant may end this lease by giving the Landlord not less than nine months' prior written notice.
"Group Company": a company in the same group of companies as the Tenant, including Hartley & Quinn Logistics Limited, which may share occupation of the Property under clause 7.6 without becoming a tenant.
"Managing Agent": Redcliffe Property Management LLP or any other agent the Landlord appoints.
2. The Landlord lets the Property to the Tenant for the Contractual Term. The Tenant shall pay the Annual Rent by equal quarterly instalments in advance on the usual quarter days into the account of the Landlord at Clifton Mutual Bank plc notified by the Managing Agent.
3. In consideration of the grant of this lease, the Guarantor guarantees to the Landlord the performance of the Tenant's covenants on the terms of Schedule 3, for so long as the Tenant is bound by the tenant covenants of this lease.
4. The parties confirm that the Landlord served a warning notice on the Tenant in accordance with section 38A(3)(a) of the Landlord and Tenant Act 1954 before this lease was entered into, and that sections 24 to 28 of that Act are excluded in relation to the tenancy created by this lease.
5. This lease and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
Executed as a deed by ABBOTSFORD NOMINEE (NO. 1) LIMITED acting by Priya Raman, a director, in the presence of Thomas Ellery, witness
Executed as a deed by ABBOTSFORD NOMINEE (NO. 2) LIMITED acting by Priya Raman, a director, in the presence of Thomas Ellery, witness
Executed as a deed by HARTLEY & QUINN (BRISTOL) LIMITED acting by Gareth Quinn, a director, and Sian Hartley, a director
Executed as a deed by HARTLEY & QUINN GROUP HOLDINGS LIMITED acting by Sian Hartley, a director, in the presence of Joanna Price, witness`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Abbotsford Nominee (No. 1) Limited", "Abbotsford Nominee (No. 2) Limited", "Hartley & Quinn (Bristol) Limited", "Hartley & Quinn Group Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v20-property-dublin-serviced-office-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
Serviced office accommodation at Suite 3.04, The Grand Canal Exchange, Grand Canal Quay, Dublin 2, D02 XK71
THIS LICENCE is dated 18 May 2026
BETWEEN:
(1) GRAND CANAL WORKSPACE DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland (registered number 654321) having its registered office at Block C, The Grand Canal Exchange, Dublin 2 (the "Licensor"); and
(2) BRENNAN, Ó SÚILLEABHÁIN & CO., a firm of chartered architects practising from 27 Fitzwilliam Place, Dublin 2 (the "Licensee").
BACKGROUND
The Licensor holds the building known as The Grand Canal Exchange under a lease dated 1 February 2019 granted by Spencer Dock Investments ICAV for a term of twenty-five years (the "Headlease"). Nothing in this Licence grants the Licensee any interest under the Headlease.
# 1. Definitions
“Commencement Date” means 1 June 2026.
“Initial Period” means the period of six (6) months commencing on the Commencement Date.
“Licence Fee” means €4,850 per month, payable monthly in advance on the first day of each month.
# 2. Grant of licence
2.1 The Licensor permits the Licensee to occupy the Suite, in common with the Licensor and others authorised by it, for the Initial Period and any Renewal Period.
2.2 At the end of the Initial Period, and at the end of each Renewal Period, this Licence shall automatically renew for a further period of three (3) months (each a “Renewal Period”) unless either party gives the other not less than one (1) month's written notice to end it on the last day of the Initial Period or the then current Renewal Period.
# 3. Deposit
The Licensee shall pay a deposit equal to two months' Licence Fee, which the Licensor shall hold and return within twenty-one (21) days after this Licence ends, less any sums properly due.
# 4. No tenancy
This Licence is personal to the Licensee, creates no relationship of landlord and tenant, and confers no rights under the Landlord and Tenant (Amendment) Act 1980. The Licensee confirms that it has received independent legal advice from Mulcahy Fitzgerald LLP before signing.
# 5. Governing law
This Licence is governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
===
Signed for and on behalf of GRAND CANAL WORKSPACE DAC by Aoife Kinsella, Director
Signed for and on behalf of BRENNAN, Ó SÚILLEABHÁIN & CO. by Declan Brennan, Partner
Witnessed by Róisín Keogh, Office Manager, 18 May 2026`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Grand Canal Workspace Designated Activity Company", "Brennan, Ó Súilleabháin & Co."],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v20-property-belfast-rent-review-memorandum",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
Premises: Ground and first floors, 41 Donegall Street, Belfast BT1 2FG
Date of this Memorandum: 14 January 2026
| Lease | Lease dated 3 October 2015 made between Carrick Estates Limited (1) and Mourne Outdoor Supplies Limited (2) |
| Term of the Lease | 15 years from and including 29 September 2015 |
| Landlord | LAGAN QUAYSIDE PROPERTIES LIMITED (company number NI612345) of 6 Lanyon Place, Belfast BT1 3LP, successor in title to Carrick Estates Limited |
| Tenant | MOURNE OUTDOOR SUPPLIES LIMITED (company number NI054321) of 41 Donegall Street, Belfast BT1 2FG |
| Review Date | 29 September 2025 |
| Revised Rent | £62,500 per annum exclusive of VAT |
1. The Landlord and the Tenant record that the yearly rent payable under the Lease from and including the Review Date has been agreed at the Revised Rent, following negotiations between McAllister Doherty Chartered Surveyors for the Landlord and Gillespie Property Consultants for the Tenant.
2. Within fourteen days after the date of this Memorandum the Tenant shall pay to the Landlord the difference between the rent paid and the Revised Rent for the period from the Review Date to the quarter day immediately before the date of this Memorandum, together with interest at the base rate of Ulster Provincial Bank plc.
3. The next review date under the Lease is 29 September 2030, and this Memorandum does not alter the term of the Lease.
4. Save as recorded in this Memorandum, the Lease remains in full force and effect, and this Memorandum does not vary the Lease.
5. This Memorandum takes effect on the date written above and is governed by the law of Northern Ireland.
Signed by Conor Magee, director, for and on behalf of LAGAN QUAYSIDE PROPERTIES LIMITED
Signed by Shauna McKeown, director, for and on behalf of MOURNE OUTDOOR SUPPLIES LIMITED`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Lagan Quayside Properties Limited", "Mourne Outdoor Supplies Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-01-14",
    },
  },
  {
    id: "v20-property-stirling-minute-of-variation",
    format: "pdf",
    source: `# MINUTE OF VARIATION OF LEASE
relating to Units 2 and 3, Kelvin Business Centre, Castle Business Park, Stirling FK9 4TZ
between
CALEDONIAN LAND INVESTMENTS LIMITED PARTNERSHIP, a limited partnership registered in Scotland under the Limited Partnerships Act 1907 (registered number SL031245) and having its principal place of business at 14 Melville Street, Edinburgh EH3 7NS, acting by its general partner CALEDONIAN LAND (GP) LIMITED, incorporated under the Companies Acts (registered number SC512345) and having its registered office at the same address ("the Landlord")
and
MACLEOD & ROSS VETERINARY LIMITED, incorporated under the Companies Acts (registered number SC298765) and having its registered office at Unit 2, Kelvin Business Centre, Castle Business Park, Stirling FK9 4TZ ("the Tenant")
CONSIDERING THAT:
(A) By Lease between Forth Valley Developments Limited and the Tenant dated 12 and 19 May 2016 and registered in the Books of Council and Session on 2 June 2016 ("the Lease"), the subjects were let to the Tenant for a period of ten years from and after 28 May 2016 until 27 May 2026;
(B) the Landlord acquired the interest of Forth Valley Developments Limited as landlord under the Lease in 2021; and
(C) the parties have agreed to extend the duration of the Lease and to vary the rent on the terms of this Minute of Variation;
NOW THEREFORE the parties agree as follows:
1. With effect from and including 1 April 2026 ("the Effective Date") the Lease is varied as follows:
1.1 the date of expiry of the Lease is changed from 27 May 2026 to 27 May 2036, and the Lease shall accordingly endure until 27 May 2036;
1.2 the rent shall be £48,000 per annum from 28 May 2026, subject to review on 28 May 2031; and
1.3 the Tenant may terminate the Lease on 28 May 2031 by giving the Landlord not less than six months' prior written notice.
2. Except as varied by this Minute of Variation, the Lease continues in full force and effect.
3. This Minute of Variation is governed by the law of Scotland.
4. The parties consent to the registration of this Minute of Variation and of any certificate issued under it for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CALEDONIAN LAND (GP) LIMITED as general partner of CALEDONIAN LAND INVESTMENTS LIMITED PARTNERSHIP | at Edinburgh on 23 March 2026 | by Euan Struthers, Director | before Kirsty Allan, witness, 9 Rose Street, Edinburgh |
| Subscribed for and on behalf of MACLEOD & ROSS VETERINARY LIMITED | at Stirling on 27 March 2026 | by Isobel Ross, Director | before Callum Duthie, witness, 4 Port Street, Stirling |`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Caledonian Land Investments Limited Partnership", "MacLeod & Ross Veterinary Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2036-05-27",
      amends: "Lease",
    },
  },
  {
    id: "v20-property-kwai-chung-deed-of-surrender",
    format: "docx",
    source: `# DEED OF SURRENDER
THIS DEED is made on the thirtieth day of June two thousand and twenty-six
BETWEEN:
(1) CHEUNG SHA WAN INDUSTRIAL PROPERTIES LIMITED (Company No. 0456789) whose registered office is situate at 18th Floor, Tower 1, Lai Chi Kok Centre, 833 Cheung Sha Wan Road, Kowloon, Hong Kong (the "Landlord"); and
(2) LEUNG KA-WAI, CHRISTINA (holder of Hong Kong Identity Card No. K123456(3)) and WONG SIU-MING (holder of Hong Kong Identity Card No. Y654321(0)), both of Flat B, 12th Floor, Block 3, Mei Foo Sun Chuen, Kowloon, carrying on business in partnership under the style of "Harbour Lights Printing Co." (together the "Tenant").
WHEREAS:
(A) By a Tenancy Agreement dated 15 August 2023 made between the Landlord of the one part and the Tenant of the other part (the "Tenancy Agreement"), the Landlord let Workshop Unit 7, 9th Floor, Kwai Hing Industrial Building, 10 Kwai Hei Street, Kwai Chung, New Territories (the "Premises") to the Tenant for a term of three (3) years commencing on 1 September 2023 and expiring on 31 August 2026.
(B) The Tenant's obligations under the Tenancy Agreement were guaranteed by Mr. Leung Chi-keung under a separate guarantee dated 15 August 2023, which is not affected by this Deed.
(C) The Landlord has agreed to accept an early surrender of the Tenancy Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. The Tenant surrenders and yields up to the Landlord all its estate and interest in the Premises for the unexpired residue of the term created by the Tenancy Agreement with effect from the date of this Deed, and the Landlord accepts the surrender.
2. In consideration of the surrender the Tenant shall on the date of this Deed pay to the Landlord a surrender premium of HK$180,000, and the Landlord shall within thirty (30) days after the date of this Deed refund the rental deposit of HK$96,000 (without interest) by transfer to the Tenant's account at Pearl River Commercial Bank Limited.
3. Subject to clause 4, each party releases the other from all obligations under the Tenancy Agreement arising after the date of this Deed.
4. The Tenant remains liable for rent, management fees and rates up to the date of this Deed and for reinstatement under clause 6.2 of the Tenancy Agreement, and this clause shall continue in force for six (6) months after the date of this Deed.
5. Each party shall bear its own legal costs. The Landlord is represented by Messrs. Lo, Tsang & Partners and the Tenant by Messrs. Ho & Chiu.
6. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof this Deed has been executed on the day and year first above written.
SEALED with the Common Seal of CHEUNG SHA WAN INDUSTRIAL PROPERTIES LIMITED and SIGNED by Ho Wing-yee, Director, in the presence of Chan Siu-fong, Solicitor, Hong Kong SAR
SIGNED SEALED AND DELIVERED by LEUNG KA-WAI, CHRISTINA in the presence of Ng Pui-shan, Solicitor, Hong Kong SAR
SIGNED SEALED AND DELIVERED by WONG SIU-MING in the presence of Ng Pui-shan, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Cheung Sha Wan Industrial Properties Limited", "Leung Ka-wai, Christina", "Wong Siu-ming"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v20-property-texas-property-management",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
between
PECAN HOLLOW APARTMENTS OWNER, LLC
and
MESQUITE CREEK TOWNHOMES, L.P.
as Owners
and
LONE STAR RESIDENTIAL MANAGEMENT, INC.
as Manager
Dated as of March 3, 2026
===
This Property Management Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026, by and among PECAN HOLLOW APARTMENTS OWNER, LLC, a Delaware limited liability company, acting by and through Bluebonnet Asset Management, LLC, its manager, MESQUITE CREEK TOWNHOMES, L.P., a Texas limited partnership (Pecan Hollow Apartments Owner, LLC and Mesquite Creek Townhomes, L.P., each an "Owner" and together, the "Owners"), and LONE STAR RESIDENTIAL MANAGEMENT, INC., a Texas corporation ("Manager").
# RECITALS
A. Owners own the multifamily residential projects known as Pecan Hollow Apartments, 4100 Pecan Hollow Drive, Austin, Texas 78745, and Mesquite Creek Townhomes, 1200 Mesquite Creek Trail, Round Rock, Texas 78664 (each a "Property" and together the "Properties").
B. The Properties are encumbered by loans from Frontera National Bank, N.A. (the "Lender"), which requires that the Properties be managed by a professional manager approved by the Lender.
# 1. Appointment
Owners hereby appoint Manager as the exclusive managing agent of the Properties, and Manager accepts the appointment, on the terms of this Agreement.
# 2. Term
2.1 "Effective Date" means April 1, 2026. The initial term of this Agreement shall be thirty-six (36) months commencing on the Effective Date (the "Initial Term").
2.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
2.3 After the first twelve (12) months of the Initial Term, either party may terminate this Agreement for convenience on sixty (60) days' written notice.
# 3. Compensation
Owners shall pay Manager a management fee equal to three and one-quarter percent (3.25%) of Gross Collections for each calendar month, payable on or before the tenth (10th) day of the following month.
# 4. Accounts
Manager shall deposit all rents and other receipts in a separate trust account for each Property at Frontera National Bank, N.A., and shall deliver monthly operating reports within twenty (20) days after the end of each month.
# 5. Non-Solicitation
During the Term and for twelve (12) months thereafter, neither Owner shall solicit for employment any on-site employee of Manager. Manager's indemnity obligations survive termination for two (2) years.
# 6. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles, and venue shall lie in Travis County, Texas.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
OWNER: PECAN HOLLOW APARTMENTS OWNER, LLC, By: Bluebonnet Asset Management, LLC, its manager, By: /s/ Rosalind M. Vázquez, Name: Rosalind M. Vázquez, Title: Managing Director
OWNER: MESQUITE CREEK TOWNHOMES, L.P., By: Mesquite Creek GP, LLC, its general partner, By: /s/ J. Travis Holloway, Name: J. Travis Holloway, Title: President
MANAGER: LONE STAR RESIDENTIAL MANAGEMENT, INC., By: /s/ Denise A. Okafor, Name: Denise A. Okafor, Title: Chief Executive Officer`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Pecan Hollow Apartments Owner, LLC", "Mesquite Creek Townhomes, L.P.", "Lone Star Residential Management, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "1 year",
    },
  },
  {
    id: "v20-property-auckland-residential-tenancy",
    format: "txt",
    source: `# RESIDENTIAL TENANCY AGREEMENT
Fixed-term tenancy under the Residential Tenancies Act 1986
| Landlord | Kōwhai Trustee Services Limited (company number 6543210) as trustee of the Ngata Whānau Trust |
| Landlord's address for service | c/- Harbourside Property Management Limited, Level 2, 15 Customs Street East, Auckland 1010 |
| Landlord's agent | Harbourside Property Management Limited, which acts for the Landlord and is not a party to this tenancy |
| Tenant 1 | Ms Sarah-Jane O'Connell, of 8 Ponsonby Terrace, Auckland 1011 |
| Tenant 2 | Mr Wiremu T. Parata, of 8 Ponsonby Terrace, Auckland 1011 |
| Emergency contact for tenants | Hemi Parata (father of Tenant 2), 021 555 0192 |
| Address of premises | 22A Kererū Street, Grey Lynn, Auckland 1021 |
| Start date of tenancy | 1 May 2026 |
| Type of tenancy | Fixed term, from 1 May 2026 to 30 April 2027 |
| Rent | $780 per week, payable fortnightly in advance into the agent's trust account at Te Awa Bank Limited |
| Bond | $3,120 (four weeks' rent), to be lodged with Tenancy Services within 23 working days of receipt |
1. The tenancy starts on the start date and ends on 30 April 2027. Any extension or new tenancy must be agreed in writing by the landlord and the tenants.
2. The tenants must not have rent paid more than two weeks in advance, and the landlord must give at least 60 days' written notice of any rent increase.
3. The landlord must give at least 48 hours' notice before entering the premises to inspect them, and no more than one inspection may take place in any four-week period.
4. The tenants are jointly and severally liable for the obligations of the tenant under this agreement.
5. The insulation statement and healthy homes standards compliance statement attached to this agreement form part of it.
6. This agreement is governed by the laws of New Zealand.
Signed by Tania Whitcombe, Property Manager, Harbourside Property Management Limited, as agent for Kōwhai Trustee Services Limited — 9 April 2026
Signed by Sarah-Jane O'Connell (Tenant 1) — 10 April 2026
Signed by Wiremu T. Parata (Tenant 2) — 10 April 2026`,
    truth: {
      title: "Residential Tenancy Agreement",
      documentType: "Lease",
      parties: ["Kōwhai Trustee Services Limited", "Sarah-Jane O'Connell", "Wiremu T. Parata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
    },
  },
  {
    id: "v20-property-box-hill-signage-consent-letter",
    format: "pdf",
    pdfMargin: 90,
    source: `FERNCLIFF RETAIL PROPERTIES PTY LTD
ACN 612 345 678 as trustee for the Ferncliff Property Trust
Level 11, 330 Collins Street, Melbourne VIC 3000
12 February 2026
Our ref: FRP/BOX/0412
Private and confidential
The Directors
Nguyễn & Sons Bakehouse Pty Ltd
Shop 14, Box Hill Central Arcade, 1 Main Street, Box Hill VIC 3128
By email: directors@nguyenandsons.com.au
Dear Directors
# Landlord's Consent to Signage and Shopfront Works
Lease of Shop 14, Box Hill Central Arcade, dated 19 January 2024 between Ferncliff Retail Properties Pty Ltd and Nguyễn & Sons Bakehouse Pty Ltd, for a term of five years commencing on 1 March 2024 (the "Lease")
We refer to your letter of 28 January 2026 and to drawings SKD-221 revision C prepared by Sato Kimura Design Studio showing new illuminated signage and a replacement shopfront (the "Works").
Pursuant to clause 9.3 of the Lease, the Landlord consents to the Works on the following conditions:
1. the Works must be completed within 90 days after the date of this letter by a registered building practitioner;
2. the Tenant must maintain public liability insurance of not less than $20 million throughout the Works;
3. on the expiry or earlier termination of the Lease the Tenant must remove the signage and make good any damage within 14 days;
4. the Tenant must pay the Landlord's legal costs of $1,650 (including GST) within 30 days after receiving an invoice, into the account of Ferncliff Retail Properties Pty Ltd at Southern Cross Mutual Bank, BSB 633-108, account 184 552 901; and
5. this consent is personal to the Tenant and does not vary the Lease, and the guarantor under the Lease, Mr Thanh Van Nguyễn, is not released.
This letter is governed by the laws of Victoria.
Please countersign and return a copy of this letter to confirm your agreement to these conditions.
Yours faithfully
Marcus Delahunty
Asset Manager, for and on behalf of Ferncliff Retail Properties Pty Ltd
We acknowledge and agree to the conditions set out above.
Signed for and on behalf of Nguyễn & Sons Bakehouse Pty Ltd by Linh Nguyễn, Director, on 17 February 2026`,
    truth: {
      title: "Landlord's Consent to Signage and Shopfront Works",
      documentType: "Letter",
      parties: ["Ferncliff Retail Properties Pty Ltd", "Nguyễn & Sons Bakehouse Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-02-12",
    },
  },
];
