import type { UnseenDocument } from "../unseen/types";

/** Tuning set v16 (helper b): real-estate documents with terms, renewals and distractor durations. */
export const REAL_ESTATE_V16: UnseenDocument[] = [
  {
    id: "v16-b-lease-harrowgate-blackfriars",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Unit 4, Paternoster Yard, London EC4M 7DX
Dated 20 March 2026
HARROWGATE ESTATES LIMITED (1)
BLACKFRIARS PRINT STUDIO LTD (2)
MARCUS ALAN ELWOOD (3)
===
# PARTICULARS
| Date | 20 March 2026 |
| Landlord | Harrowgate Estates Limited (company number 04417825) of 9 Chancery Lane, London WC2A 1LS |
| Tenant | Blackfriars Print Studio Ltd (company number 11893402) of 2 Ludgate Broadway, London EC4V 6DX |
| Guarantor | Marcus Alan Elwood of 17 Cloudesley Road, London N1 0EL |
| Rent | £48,500 per annum, payable quarterly in advance on the usual quarter days |
| Rent Free Period | the period of four months starting on the Term Commencement Date |
| Review Date | the fifth anniversary of the Term Commencement Date |
| Break Date | 25 March 2031, on not less than six months' prior written notice |
| Term Commencement Date | 25 March 2026 |
| Contractual Term | ten years from and including the Term Commencement Date |
# 1. Definitions and interpretation
1.1 In this Lease the definitions in the Particulars apply and “Term” means the Contractual Term together with any period of holding over.
1.2 The Tenant shall pay interest on any rent unpaid for more than fourteen days after its due date.
# 2. Grant
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, that is for 10 years from and including 25 March 2026, at the Rent.
2.2 The Guarantor guarantees the obligations of the Tenant on the terms of Schedule 2.
# 3. Break clause
3.1 The Tenant may end this Lease on the Break Date by giving the Landlord not less than six months' written notice, provided there are no arrears of Rent.
# 4. Repairs and yielding up
4.1 The Tenant shall keep the Property in good repair and shall yield it up at the end of the Term.
4.2 The Landlord shall return the rent deposit within 28 days after the end of the Term.
# 5. Governing law
5.1 This Lease and any dispute or claim arising out of it shall be governed by the law of England and Wales.
This Lease has been executed as a deed and is delivered on the date stated in the Particulars.`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Harrowgate Estates Limited", "Blackfriars Print Studio Ltd", "Marcus Alan Elwood"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v16-b-licence-to-occupy-clydebank",
    format: "pdf",
    source: `# MINUTE OF AGREEMENT
between
CLYDEBANK INNOVATION HUB LIMITED, incorporated under the Companies Acts (registered number SC612044) and having its registered office at 1 Queens Quay, Clydebank G81 1BF (“the Licensor”)
and
FIRTH ROBOTICS LTD (registered number SC705318) having its registered office at 44 West George Street, Glasgow G2 1DH (“the Licensee”)
# LICENCE TO OCCUPY
# 1. Definitions
“Desk Space” means the twelve workstations on the second floor of the Hub shown on the plan annexed.
“Start Date” means 1 June 2026.
“Licence Period” means the period commencing on the Start Date and ending on 30 November 2027.
# 2. Licence fee
2.1 The Licensee shall pay a monthly licence fee of £3,600, invoiced on the first day of each month and payable within seven days of invoice.
2.2 A deposit of £7,200 is payable on signing and shall be returned within twenty-eight days after the Licensee vacates.
# 3. Grant and duration
3.1 The Licensor grants the Licensee a personal, non-exclusive licence to occupy the Desk Space for the Licence Period.
3.2 Nothing in this Minute of Agreement creates a lease or confers any security of tenure on the Licensee.
3.3 The Licensee may end the licence at any time by giving not less than one month's written notice.
3.4 The parties may, by written agreement, extend the Licence Period by a further six months; failing such agreement the licence ends on 30 November 2027.
# 4. Law
4.1 This Minute of Agreement is governed by the law of Scotland and the parties submit to the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents are subscribed as follows:
Subscribed for the Licensor at Clydebank on the fourth day of May Two Thousand and Twenty-Six by Alison Rennie, Director
Subscribed for the Licensee at Glasgow on the sixth day of May Two Thousand and Twenty-Six by Callum Brodie, Director`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clydebank Innovation Hub Limited", "Firth Robotics Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v16-b-deed-of-variation-lagan-quay",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
THIS DEED is made on 12 February 2026
BETWEEN
(1) LAGAN QUAY PROPERTIES LIMITED (company number NI634120) whose registered office is at 3 Donegall Quay, Belfast BT1 3EA (the “Landlord”); and
(2) ORMEAU ARTISAN BAKERIES LIMITED (company number NI651987) whose registered office is at 210 Ormeau Road, Belfast BT7 2FY (the “Tenant”).
# BACKGROUND
(A) By a lease dated 1 January 2020 made between the Landlord and the Tenant (the “Lease”) the premises at Ground Floor, 5 Lanyon Place, Belfast were let for a term of fifteen years from 1 January 2020.
(B) The Lease permits the Tenant to terminate it on three months' notice expiring on 31 December 2029.
(C) The parties have agreed to vary the Lease as set out in this Deed.
# 1. Variations
1.1 With effect from the date of this Deed, the annual rent reserved by the Lease is £36,000.
1.2 In clause 9.2 of the Lease the words “three months'” are replaced by “six months'”.
1.3 The permitted use in the Lease is extended to include the sale of hot food for consumption off the premises.
===
# 2. Continuation
2.1 Save as varied by this Deed, the Lease continues in full force and effect and the term granted by the Lease is not altered.
2.2 The Tenant shall pay the Landlord's reasonable legal costs within 30 days of written demand.
# 3. Governing law
3.1 This Deed is governed by the law of Northern Ireland and the courts of Northern Ireland have exclusive jurisdiction.
Executed as a deed by LAGAN QUAY PROPERTIES LIMITED acting by Siobhan McCann, Director, in the presence of a witness
Executed as a deed by ORMEAU ARTISAN BAKERIES LIMITED acting by Declan Rafferty, Director, in the presence of a witness`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Quay Properties Limited", "Ormeau Artisan Bakeries Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-12",
      amends: "Lease",
    },
  },
  {
    id: "v16-b-rent-review-memo-victoria-harbour",
    format: "txt",
    source: `# RENT REVIEW MEMORANDUM
Date of this Memorandum: 3 July 2026
Landlord: VICTORIA HARBOUR REALTY LIMITED, whose registered office is at 18/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong
Tenant: JADE LOTUS TRADING COMPANY LIMITED, whose registered office is at Unit 1203, 12/F, Kowloon Commerce Tower, 9 Canton Road, Tsim Sha Tsui, Kowloon
Premises: Shop 7, Ground Floor, Harbour Arcade, Wan Chai
1. This Memorandum is supplemental to a tenancy agreement dated 15 March 2023 (the "Tenancy Agreement") under which the Premises were let for a term of six years from 1 April 2023.
2. Under clause 4 of the Tenancy Agreement the rent is to be reviewed at the end of each period of three years (each a "Review Date"), the first Review Date being 1 April 2026.
3. The Landlord and the Tenant record that the rent payable with effect from the Review Date of 1 April 2026 has been agreed at HK$96,000 per calendar month, exclusive of rates and management fees.
4. The Tenant shall pay the difference between the revised rent and the rent paid since the Review Date within fourteen days of the date of this Memorandum, without interest.
5. The next review of rent shall take place only if the Tenancy Agreement is renewed, and nothing in this Memorandum extends or otherwise changes the term of the Tenancy Agreement.
6. This Memorandum shall be governed by and construed in accordance with the laws of Hong Kong.
Signed for and on behalf of the Landlord: Raymond Leung Ka-wai, Director
Signed for and on behalf of the Tenant: Cheung Mei Ling, Director`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Victoria Harbour Realty Limited", "Jade Lotus Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-03",
    },
  },
  {
    id: "v16-b-lease-agreement-lone-star",
    format: "pdf",
    pdfMargin: 90,
    source: `# COMMERCIAL LEASE AGREEMENT
This Lease Agreement (this “Lease”) is made and entered into as of the 3rd day of March, 2026, by and between LONE STAR RETAIL PARTNERS, LLC, a Texas limited liability company (“Landlord”), and BLUEBONNET COFFEE ROASTERS, INC., a Texas corporation (“Tenant”).
# 1. Premises
Landlord leases to Tenant approximately 2,150 rentable square feet known as Suite 110, 4800 South Congress Avenue, Austin, Texas 78745 (the “Premises”).
# 2. Rent and Security Deposit
2.1 Base Rent of $6,450 per month is due on the first day of each month. A late charge of five percent (5%) applies to any installment not received within five (5) days after its due date.
2.2 Tenant has deposited $12,900 as a security deposit, which Landlord shall refund within thirty (30) days after Tenant surrenders the Premises.
# 3. Term
3.1 “Commencement Date” means April 1, 2026.
3.2 The initial term of this Lease shall be thirty-six (36) months, commencing on the Commencement Date (the “Initial Term”).
3.3 Upon expiration of the Initial Term, this Lease shall automatically renew for successive renewal terms of twelve (12) months each, on the same terms, unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
# 4. Use and Maintenance
Tenant shall use the Premises solely as a coffee roastery and retail café, and shall maintain the HVAC system under a service contract with inspections every ninety (90) days.
# 5. Indemnity
Tenant's indemnity obligations under this Lease shall survive its expiration or termination for a period of two (2) years.
# 6. Governing Law
This Lease shall be governed by and construed in accordance with the laws of the State of Texas, and venue shall lie in Travis County.
LANDLORD: LONE STAR RETAIL PARTNERS, LLC  By: Dana Whitfield, Managing Member
TENANT: BLUEBONNET COFFEE ROASTERS, INC.  By: Luis Ortega, President`,
    truth: {
      title: "Commercial Lease Agreement",
      documentType: "Lease",
      parties: ["Lone Star Retail Partners, LLC", "Bluebonnet Coffee Roasters, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v16-b-signage-consent-letter-kowhai",
    format: "docx",
    source: `KŌWHAI PROPERTY HOLDINGS LIMITED
Level 6, 120 Featherston Street, Wellington 6011, New Zealand
18 May 2026
The Directors
Tui Street Cafe Limited
14 Cuba Street
Te Aro, Wellington 6011
Our ref: KPH/LEA/0417
# Consent to Installation of Signage
Dear Directors
We refer to your letter of 2 May 2026 and to the deed of lease dated 29 September 2023 under which you occupy the ground floor of 14 Cuba Street for a term of six years from 1 October 2023.
As landlord we consent to the installation of an illuminated fascia sign on the Cuba Street frontage in accordance with the drawings enclosed with your letter, on the following conditions:
1. the works are completed by a licensed signwriter within three months of the date of this letter, failing which this consent lapses;
2. you maintain public liability insurance of not less than NZ$2,000,000 and provide a certificate within 10 working days;
3. you remove the sign and make good any damage at the end of the lease, however it ends.
This consent is personal to you, does not vary the lease and is given without prejudice to our rights under the lease.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours sincerely
Hemi Walker
Portfolio Manager, for and on behalf of Kōwhai Property Holdings Limited
We accept the above conditions.
Signed for Tui Street Cafe Limited by Aroha Ngata, Director, on 21 May 2026`,
    truth: {
      title: "Consent to Installation of Signage",
      documentType: "Letter",
      parties: ["Kōwhai Property Holdings Limited", "Tui Street Cafe Limited"],
      effectiveDate: "2026-05-18",
    },
  },
  {
    id: "v16-b-break-notice-merlion",
    format: "txt",
    source: `MERLION ANALYTICS PTE. LTD.
(UEN 201834567K)
80 Robinson Road, #15-02, Singapore 068898
30 January 2026
BY HAND AND BY EMAIL
Tanjong Pagar Towers Pte. Ltd.
7 Wallich Street, #20-01
Singapore 078884
Attention: The Leasing Manager
# NOTICE OF EXERCISE OF BREAK OPTION
Premises: #12-01 to #12-04, Tanjong Pagar Towers, 7 Wallich Street, Singapore
1. We refer to the lease dated 12 June 2023 between you as landlord and us as tenant for a term of five (5) years from 1 August 2023 (the "Lease").
2. Under clause 6.3 of the Lease the tenant may terminate the Lease with effect from 31 July 2026 by giving the landlord not less than six (6) months' prior written notice.
3. We hereby give you notice that we exercise that option and that the Lease will terminate on 31 July 2026 (the "Break Date").
4. We will reinstate the Premises and deliver vacant possession on or before the Break Date, and request the return of the security deposit within thirty (30) days thereafter as the Lease provides.
5. Please acknowledge receipt of this notice by countersigning and returning the duplicate copy.
Yours faithfully
Ng Wei Jie
Director, for and on behalf of Merlion Analytics Pte. Ltd.
Received on behalf of Tanjong Pagar Towers Pte. Ltd. on 30 January 2026`,
    truth: {
      title: "Notice of Exercise of Break Option",
      documentType: "Notice",
      parties: ["Merlion Analytics Pte. Ltd.", "Tanjong Pagar Towers Pte. Ltd."],
      effectiveDate: "2026-01-30",
    },
  },
  {
    id: "v16-b-property-management-lakeshore",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
THIS AGREEMENT is dated April 14, 2026.
BETWEEN:
LAKESHORE RESIDENTIAL HOLDINGS INC., a corporation incorporated under the laws of the Province of Ontario (the “Owner”)
- and -
MAPLE CREST PROPERTY MANAGEMENT LTD., a corporation incorporated under the laws of the Province of Ontario (the “Manager”)
# 1. Definitions
1.1 “Effective Date” means May 1, 2026.
1.2 “Property” means the 84-unit residential building municipally known as 2250 Lake Shore Boulevard West, Toronto, Ontario.
# 2. Appointment and Services
2.1 The Owner appoints the Manager as its exclusive agent to lease, operate and maintain the Property.
2.2 The Manager shall deliver monthly operating statements within fifteen (15) days after the end of each month and an annual budget at least sixty (60) days before each fiscal year.
2.3 The Manager shall keep all books and records relating to the Property for seven (7) years.
# 3. Fees
3.1 The Owner shall pay a management fee of 4% of gross monthly receipts, deducted monthly from the operating account.
# 4. Term and Termination
4.1 This Agreement shall commence on the Effective Date and shall continue in force until terminated by either party giving the other not less than ninety (90) days' written notice.
4.2 For twelve (12) months after termination, neither party shall solicit for employment any on-site staff of the other.
===
# 5. General
5.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Any notice must be in writing and is deemed received two (2) business days after it is sent by courier.
IN WITNESS WHEREOF the parties have executed this Agreement.
LAKESHORE RESIDENTIAL HOLDINGS INC.  Per: Priya Raman, President
MAPLE CREST PROPERTY MANAGEMENT LTD.  Per: Gordon MacLeod, Chief Executive Officer`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Lakeshore Residential Holdings Inc.", "Maple Crest Property Management Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
];
