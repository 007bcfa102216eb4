import type { UnseenDocument } from "../unseen/types";

/** Tuning set v12: commercial and property documents (services, licences, supply, employment, leases, licences to occupy). */
export const COMMERCIAL_AND_PROPERTY_V12: UnseenDocument[] = [
  {
    id: "v12-commercial-texas-master-services",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Lonestar Data Partners LLC, a Texas limited liability company with its principal office at 1400 Congress Avenue, Suite 900, Austin, Texas 78701 ("Provider"), and Brazos Valley Health Systems, Inc., a Texas nonprofit corporation with offices at 3115 University Drive East, Bryan, Texas 77802 ("Client").
# 1. SERVICES
1.1 Provider shall perform the data integration, reporting and analytics services described in each Statement of Work executed by the parties from time to time (each, an "SOW").
1.2 Each SOW shall state its own project schedule. Unless an SOW provides otherwise, deliverables shall be accepted or rejected within ten (10) business days after delivery.
# 2. TERM AND RENEWAL
2.1 This Agreement shall commence on the Effective Date and continue for a period of thirty-six (36) months (the "Initial Term").
2.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive renewal periods of twelve (12) months each (each, a "Renewal Term") unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
===
# 3. FEES AND PAYMENT
3.1 Client shall pay the fees set out in each SOW. Invoices are payable within forty-five (45) days of receipt.
3.2 Provider may increase its hourly rates once in any twelve (12) month period on sixty (60) days' prior written notice.
# 4. WARRANTIES
4.1 Provider warrants that the Services will be performed in a professional and workmanlike manner and that each deliverable will conform to its specification for a period of ninety (90) days following acceptance.
# 5. CONFIDENTIALITY AND HIPAA
5.1 Each party shall protect the other's Confidential Information. The obligations in this Section 5 shall survive termination or expiration of this Agreement for a period of five (5) years.
5.2 The parties shall enter into a Business Associate Agreement in the form attached as Exhibit B.
# 6. NON-SOLICITATION
6.1 During the term of this Agreement and for eighteen (18) months thereafter, neither party shall solicit for employment any employee of the other party who was involved in the Services.
===
# 7. GOVERNING LAW AND VENUE
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Venue shall lie exclusively in the state or federal courts located in Travis County, Texas.
# 8. MISCELLANEOUS
8.1 This Agreement, together with all SOWs and Exhibits, constitutes the entire agreement of the parties and supersedes the Letter of Intent dated January 12, 2026.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| LONESTAR DATA PARTNERS LLC | BRAZOS VALLEY HEALTH SYSTEMS, INC. |
| By: /s/ Marcus T. Whitfield | By: /s/ Elena R. Castillo |
| Name: Marcus T. Whitfield | Name: Elena R. Castillo |
| Title: Managing Member | Title: Chief Information Officer |
| Date: March 3, 2026 | Date: March 5, 2026 |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Lonestar Data Partners LLC", "Brazos Valley Health Systems, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v12-commercial-england-software-licence-cover",
    format: "pdf",
    source: `DATED 14 April 2026
# SOFTWARE LICENCE AGREEMENT
(1) HARTWELL ANALYTICS LIMITED
(2) NORTHGATE BUILDING SOCIETY
relating to the licence of the Hartwell Ledger Insight platform
Prepared by Cardew Finch LLP, 20 Old Bailey, London EC4M 7AN
===
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) HARTWELL ANALYTICS LIMITED, a company incorporated in England and Wales with company number 09876543 whose registered office is at 3 Whitehall Court, Leeds LS1 4HR (the "Licensor"); and
(2) NORTHGATE BUILDING SOCIETY, a building society incorporated under the Building Societies Act 1986 with FCA firm reference number 104512 whose principal office is at Northgate House, Sunderland SR1 3AB (the "Licensee").
# KEY DETAILS
| Item | Detail | Clause reference |
| Licensed Software | Hartwell Ledger Insight version 7, including the reconciliation and regulatory reporting modules, in object code only | Clause 2 and Schedule 1 |
| Licence Period | From 1 May 2026 to 30 April 2029, unless terminated earlier in accordance with clause 12 | Clause 3 |
| Permitted Users | Up to 350 named employees and contractors of the Licensee located in the United Kingdom | Clause 2.3 |
| Support Services | Second-line support for an initial period of 12 months, thereafter at the Licensee's option on the then-current terms | Schedule 2 |
| Licence Fee | £186,000 per annum, payable annually in advance within 30 days of invoice | Clause 6 |
# 1. DEFINITIONS
"Commencement Date" means 1 May 2026.
"Business Day" means a day other than a Saturday, Sunday or public holiday in England.
# 3. LICENCE PERIOD AND EXTENSION
3.1 The licence granted under clause 2 shall run for the Licence Period set out in the Key Details.
3.2 The Licensee may, by giving not less than six months' written notice before the end of the Licence Period, elect to extend the Licence Period by a single further period of 12 months. Absent such notice this Agreement shall expire at the end of the Licence Period.
# 12. TERMINATION
12.1 Either party may terminate this Agreement on 60 days' written notice if the other commits a material breach which is not remedied within that period.
12.4 Clauses 8 (Confidentiality) and 10 (Liability) shall survive termination for three years.
# 20. GOVERNING LAW
20.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of England and Wales, and the courts of England have exclusive jurisdiction.
| Signed by Priya Raman, director, for and on behalf of HARTWELL ANALYTICS LIMITED | .............................. |
| Signed by Graham Oakes, Chief Operating Officer, for and on behalf of NORTHGATE BUILDING SOCIETY | .............................. |`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Hartwell Analytics Limited", "Northgate Building Society"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "36 months",
    },
  },
  {
    id: "v12-commercial-scotland-minute-of-agreement-supply",
    format: "docx",
    storedPageCount: 3,
    source: `# SUPPLY AGREEMENT
MINUTE OF AGREEMENT between GLENMORAY FOODS LIMITED, a company incorporated under the Companies Acts (registered number SC412087) and having its registered office at Unit 4, Longman Industrial Estate, Inverness IV1 1SU (the "Supplier"); and HIGHLAND LARDER LLP, a limited liability partnership (registered number SO305511) having its registered office at 22 Academy Street, Inverness IV1 1LA (the "Purchaser").
WHEREAS the Supplier produces cold-smoked and hot-smoked salmon products and the Purchaser wishes to purchase such products for sale through its delicatessens and online shop, the parties HAVE AGREED AND DO HEREBY AGREE as follows:
# 1. DEFINITIONS
1.1 "Commencement Date" means 1 June 2026.
1.2 "Products" means the products listed in Part 1 of the Schedule, as amended by agreement in writing from time to time.
# 2. DURATION
2.1 This Agreement shall continue in force for a period of two years from the Commencement Date, whereupon it shall terminate automatically without the need for notice.
2.2 Not later than three months before the end of that period the parties shall meet in good faith to discuss whether a new agreement should be entered into.
===
# 3. ORDERS, DELIVERY AND PRICE
3.1 The Purchaser shall place orders by email not less than five Business Days before the required delivery date.
3.2 Prices are fixed for the first twelve months after the Commencement Date and may thereafter be reviewed once a year.
3.3 Invoices shall be paid within 30 days of the end of the month in which they are issued.
# 4. QUALITY
4.1 The Products shall have a minimum remaining shelf life of fourteen days on delivery.
# 5. EXCLUSIVITY
5.1 During this Agreement and for six months after its termination the Purchaser shall not stock smoked salmon produced in the Highlands by any other producer.
===
# 6. LAW AND JURISDICTION
6.1 This Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Schedule are subscribed as follows:
| Subscribed for and on behalf of GLENMORAY FOODS LIMITED | at Inverness on the 20th day of May 2026 | by Fiona MacRae, Director |
| Subscribed for and on behalf of HIGHLAND LARDER LLP | at Inverness on the 22nd day of May 2026 | by Alasdair Munro, Designated Member |
| Witness: Catriona Grant, solicitor, 10 Union Street, Inverness | | |
# SCHEDULE
Part 1: Products. Part 2: Price list. Part 3: Delivery points.`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Glenmoray Foods Limited", "Highland Larder LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-06-01",
      term: "2 years",
    },
  },
  {
    id: "v12-commercial-nz-offer-of-employment-letter",
    format: "txt",
    source: `Kōwhai Software Limited
Level 3, 110 Customs Street West, Auckland 1010 | NZBN 9429047712345
17 February 2026
Ms Aroha Ngata
45 Ponsonby Road
Ponsonby, Auckland 1011
Our ref: HR/2026/031
Dear Aroha
# Offer of Employment
We are delighted to offer you the position of Senior Product Designer with Kōwhai Software Limited on the terms set out in this letter and the attached Employment Terms, which together form your employment agreement.
Start date: Your employment will commence on 9 March 2026 (the "Commencement Date"). This is a permanent full-time position which will continue until terminated by either of us in accordance with this agreement.
Trial period: The first 90 days of your employment will be a trial period under section 67A of the Employment Relations Act 2000.
| Item | Detail |
| Salary | NZ$142,000 per annum, paid fortnightly |
| Hours | 40 hours per week, Monday to Friday, with flexible start and finish times |
| Annual leave | Four weeks per year, plus a paid day off on your birthday |
| Notice | Four weeks' written notice by either party after the trial period |
Restraint: For six months after your employment ends you must not solicit any client of the company with whom you dealt in your last twelve months of employment.
This agreement is governed by the laws of New Zealand. You are entitled to seek independent advice before accepting this offer, and this offer remains open until 3 March 2026.
We look forward to welcoming you to the team.
Ngā mihi
Tama Reweti
Chief Executive, Kōwhai Software Limited
I accept the offer of employment on the terms set out above.
Signed: Aroha Ngata   Date: 20 February 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Kōwhai Software Limited", "Aroha Ngata"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-09",
      term: "Until terminated",
    },
  },
  {
    id: "v12-commercial-nsw-commercial-lease-particulars",
    format: "pdf",
    pageFooters: true,
    source: `# COMMERCIAL LEASE
Shop 7, Campbell Parade Arcade, 180 Campbell Parade, Bondi Beach NSW 2026
# REFERENCE SCHEDULE
| Item | Particular | Detail |
| 1 | Lessor | Coastline Property Holdings Pty Ltd ACN 612 884 301 as trustee for the Coastline Unit Trust, of Level 9, 50 Pitt Street, Sydney NSW 2000 |
| 2 | Lessee | Bondi Physio Group Pty Ltd ACN 655 210 947 of Shop 7, 180 Campbell Parade, Bondi Beach NSW 2026 |
| 3 | Guarantor | Daniel Patrick Kerr of 14 Wairoa Avenue, North Bondi NSW 2026 |
| 4 | Term | Five (5) years commencing on the Commencement Date |
| 5 | Commencement Date | 1 July 2026 |
| 6 | Terminating Date | 30 June 2031 |
| 7 | Option to renew | One further term of five (5) years, exercisable by the Lessee by notice given not earlier than 6 months and not later than 3 months before the Terminating Date |
| 8 | Rent | $96,000 per annum plus GST, payable monthly in advance on the first day of each month |
| 9 | Rent review | Fixed increase of 4% on each anniversary of the Commencement Date; market review on exercise of the option |
| 10 | Security deposit | Bank guarantee equal to three (3) months' rent plus GST |
| 11 | Permitted use | Physiotherapy and allied health clinic |
===
THIS LEASE is dated 12 June 2026 and is made between the Lessor, the Lessee and the Guarantor named in the Reference Schedule.
# 1. GRANT OF LEASE
1.1 The Lessor leases the Premises to the Lessee for the Term stated in Item 4 of the Reference Schedule, and the Lessee accepts the lease on the terms of this Lease.
# 2. HOLDING OVER
2.1 If the Lessee continues in occupation after the Terminating Date with the Lessor's consent, it does so as a monthly tenant terminable on one month's notice by either party.
# 3. OPTION
3.1 The option in Item 7 is not automatic; the further term arises only if the Lessee gives notice within the period stated and is not then in breach.
# 4. GUARANTEE
4.1 In consideration of the Lessor granting this Lease at the Guarantor's request, the Guarantor guarantees the Lessee's obligations under this Lease and any holding over.
===
# 5. GOVERNING LAW
5.1 This Lease is governed by the laws of New South Wales.
| Executed by Coastline Property Holdings Pty Ltd as trustee for the Coastline Unit Trust in accordance with s 127 of the Corporations Act 2001 | Director: Helen Vasilakis | Director/Secretary: George Vasilakis |
| Executed by Bondi Physio Group Pty Ltd in accordance with s 127 of the Corporations Act 2001 | Sole Director and Secretary: Amelia Chen | |
| Signed by Daniel Patrick Kerr in the presence of: | Witness: Sophie Laurent | |`,
    truth: {
      title: "Commercial Lease",
      documentType: "Lease",
      parties: ["Coastline Property Holdings Pty Ltd", "Bondi Physio Group Pty Ltd", "Daniel Patrick Kerr"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
    },
  },
  {
    id: "v12-commercial-ireland-licence-to-occupy-desk",
    format: "pdf",
    source: `# LICENCE TO OCCUPY
FLEXIBLE WORKSPACE AT SECOND FLOOR, 14 ORMOND QUAY UPPER, DUBLIN 7, D07 X2F8
This Licence is made on the date stated in the execution table at the end of this document between the Licensor and the Licensee identified there.
# 1. DEFINITIONS
In this Licence:
“Start Date” means 1 September 2026.
“Licence Period” means a period of eleven months commencing on the Start Date.
“Workspace” means the six dedicated desks shown hatched on the plan annexed, together with shared use of the meeting rooms and kitchen.
“Head Lease” means the lease of the Building dated 4 January 2010 made between Ormond Estates Limited and the Licensor for a term of 25 years from 1 January 2010.
# 2. GRANT
2.1 The Licensor permits the Licensee to occupy the Workspace for the Licence Period in common with the Licensor and its other licensees.
2.2 This Licence is personal to the Licensee, confers no estate or interest in land, and does not create the relationship of landlord and tenant.
# 3. FEES
3.1 The Licensee shall pay a monthly fee of €3,150 plus VAT in advance on the first working day of each month, and a deposit of two months' fees on signing.
# 4. ENDING THE LICENCE
4.1 Either party may end this Licence early by giving the other not less than one month's written notice.
4.2 The Licence shall end automatically if the Head Lease is forfeited or surrendered.
4.3 On the end of the Licence the Licensee shall remove its belongings and return all access cards within five working days.
# 5. LAW
5.1 This Licence is governed by the laws of Ireland and the Irish courts shall have exclusive jurisdiction.
# EXECUTION
| Role | Name | Address | Signature and date |
| Licensor | Liffey Quay Workspaces DAC (company number 698213) | 14 Ormond Quay Upper, Dublin 7 | Signed by Niamh O'Sullivan, director, on 20 August 2026 |
| Licensee | Saoirse Byrne, trading as Byrne Design Studio | 31 Manor Street, Stoneybatter, Dublin 7 | Signed by Saoirse Byrne on 21 August 2026 |`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Liffey Quay Workspaces DAC", "Saoirse Byrne"],
      governingLaw: "Ireland",
      effectiveDate: "2026-09-01",
      expiryDate: "2027-07-31",
      term: "11 months",
    },
  },
  {
    id: "v12-commercial-hong-kong-directors-service-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR'S SERVICE AGREEMENT
HARBOURLINE LOGISTICS (HK) LIMITED
and
WONG KA MING
===
THIS AGREEMENT is made on the 28th day of August 2026
BETWEEN:
(1) HARBOURLINE LOGISTICS (HK) LIMITED (香港海線物流有限公司), a company incorporated in Hong Kong with company number 2987654, whose registered office is at 18/F, Kerry Centre, 683 King's Road, Quarry Bay, Hong Kong (the "Company"); and
(2) WONG KA MING (Hong Kong Identity Card No. K123456(7)) of Flat B, 22/F, Tower 3, Harbour Green, 8 Sham Mong Road, Kowloon (the "Executive").
# 1. INTERPRETATION
1.1 "Commencement Date" means 1 October 2026.
1.2 "Previous Agreement" means the service agreement between the Executive and Harbourline Group Holdings Limited dated 1 October 2021 for a fixed term of five years expiring on 30 September 2026, which was governed by the laws of Singapore.
# 2. APPOINTMENT AND DURATION
2.1 The Company appoints the Executive as Managing Director with effect from the Commencement Date.
2.2 The appointment shall continue, subject to earlier termination under clause 14, until terminated by either party giving to the other not less than six (6) months' prior written notice.
2.3 The Executive's period of continuous employment began on 1 October 2021.
===
# 3. REMUNERATION
3.1 The Company shall pay the Executive a basic salary of HK$3,600,000 per annum, reviewed annually, together with a discretionary bonus.
# 4. RESTRICTIONS AFTER TERMINATION
4.1 For a period of twelve (12) months after the Termination Date the Executive shall not be engaged in any business competing with the Company in Hong Kong, Macau or Guangdong Province.
4.2 The Company may place the Executive on garden leave for all or part of any notice period, up to a maximum of three months.
# 5. GOVERNING LAW
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
| SIGNED by Lau Siu Fung, Chairman, for and on behalf of HARBOURLINE LOGISTICS (HK) LIMITED | in the presence of: Chan Wai Yee, solicitor |
| SIGNED by WONG KA MING | in the presence of: Ho Mei Lin |`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Harbourline Logistics (HK) Limited", "Wong Ka Ming"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-10-01",
      term: "Until terminated",
    },
  },
  {
    id: "v12-commercial-bc-managed-hosting-signature-parties",
    format: "pdf",
    source: `# MANAGED HOSTING SERVICES AGREEMENT
The parties identified in the signature table at the end of this Agreement agree as follows.
# PART 1 – INTERPRETATION
1.1 "Customer" means, jointly and severally, each of the entities named as Customer in the signature table.
1.2 "Service Start Date" means January 15, 2027.
1.3 "Services" means the managed infrastructure, hosting, monitoring, backup and patching services described in Schedule A, delivered from the Provider's data centres in Vancouver and Kamloops. No software is licensed to the Customer under this Agreement.
# PART 2 – TERM
2.1 This Agreement runs for an initial term of one (1) year from the Service Start Date.
2.2 At the end of the initial term and of each renewal term, this Agreement renews automatically for a further term of one (1) year unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current term.
# PART 3 – SERVICE LEVELS
3.1 The Provider will make the hosted environment available 99.95% of the time in each calendar month. Service credits must be claimed within thirty (30) days after the end of the month concerned.
3.2 Backups are retained for thirty-five (35) days on a rolling basis.
# PART 4 – FEES
4.1 Monthly fees are set out in Schedule B and are payable within thirty (30) days of invoice. Fees are fixed for the first eighteen (18) months after the Service Start Date.
# PART 5 – EXIT
5.1 On expiry or termination, the Provider will keep the Customer's data available for retrieval for ninety (90) days and will then securely delete it.
# PART 6 – GENERAL
6.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable there.
# SIGNATURES
| Role | Legal name | Authorized signatory | Date signed |
| Provider | Cascadia Cloud Inc. (BC0987654), 1055 West Georgia Street, Suite 2100, Vancouver, BC V6E 3P3 | Rajinder Sidhu, President | December 9, 2026 |
| Customer | Fraser River Credit Union, 3300 Kingsway, Burnaby, BC V5R 5K2 | Monique Tremblay, Chief Technology Officer | December 11, 2026 |
| Customer | FRCU Wealth Management Ltd. (BC1122334), 3300 Kingsway, Burnaby, BC V5R 5K2 | Monique Tremblay, Director | December 11, 2026 |`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Cascadia Cloud Inc.", "Fraser River Credit Union", "FRCU Wealth Management Ltd."],
      governingLaw: "British Columbia",
      effectiveDate: "2027-01-15",
      expiryDate: "2028-01-15",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
