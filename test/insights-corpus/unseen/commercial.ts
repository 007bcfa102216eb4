import type { UnseenDocument } from "./types";

/** Services, licences, SaaS, supply and distribution, drafted in several firms' house styles. */
export const COMMERCIAL: UnseenDocument[] = [
  {
    id: "saas-subscription-us",
    format: "pdf",
    source: `
# CLOUD SUBSCRIPTION AGREEMENT
This Cloud Subscription Agreement is entered into by Nimbusline Software Corp. ("Provider") and Carraway Logistics, LLC ("Subscriber") as of April 15, 2024 (the "Effective Date").
1. Subscription. Provider grants Subscriber a non-exclusive, non-transferable right to access and use the Platform, and to permit its Authorized Users to do so, during the Subscription Term solely for Subscriber's internal business purposes. Subscriber shall not sublicense, reverse engineer or resell the Platform.
2. Fees. Subscriber shall pay the annual subscription fee set out in the Order Form in advance.
3. Subscription Term. The initial Subscription Term is three (3) years from the Effective Date. Thereafter this Agreement shall automatically renew for successive one (1) year periods unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.
4. Data. Subscriber retains all rights in Subscriber Data. Provider shall maintain the security measures described in Exhibit B.
5. Governing Law. This Agreement and any dispute arising out of it shall be governed by the laws of the State of Delaware, without regard to its conflict of laws principles.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
NIMBUSLINE SOFTWARE CORP.
By: Aaron Feld, Chief Revenue Officer
CARRAWAY LOGISTICS, LLC
By: Mei Ling Ortiz, VP Operations
`,
    truth: { title: "CLOUD SUBSCRIPTION AGREEMENT", documentType: "Licence agreement", parties: ["Nimbusline Software Corp.", "Carraway Logistics, LLC"], governingLaw: "Delaware", effectiveDate: "2024-04-15", term: "3 years", expiryDate: "2027-04-15", renewal: "1 year" },
  },
  {
    id: "managed-services-uk-table",
    format: "docx",
    storedPageCount: 4,
    source: `
# MANAGED IT SERVICES AGREEMENT
# KEY DETAILS
| Date | 3 June 2024 |
| Supplier | Tessellate Systems Limited (company number 08812345) |
| Customer | Holloway & Finch LLP (partnership number OC301122) |
| Commencement Date | 1 July 2024 |
| Initial Term | 36 months |
| Governing law | England and Wales |
| Charges | As set out in Schedule 2 |
This agreement comprises these Key Details, the attached Terms and Conditions and the Schedules.
# TERMS AND CONDITIONS
1. The Supplier shall provide the managed IT services described in Schedule 1 from the Commencement Date with reasonable skill and care and in accordance with the service levels.
2. This agreement continues for the Initial Term and then until terminated by either party giving not less than three months' written notice.
3. The Customer shall pay the Charges monthly in arrears within thirty days of the date of each invoice.
4. Neither party limits its liability for death or personal injury caused by its negligence.
Signed for and on behalf of Tessellate Systems Limited
Signed for and on behalf of Holloway & Finch LLP
`,
    truth: { title: "MANAGED IT SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Tessellate Systems Limited", "Holloway & Finch LLP"], governingLaw: "England and Wales", effectiveDate: "2024-07-01", term: "36 months", expiryDate: "2027-06-30" },
  },
  {
    id: "software-licence-scots",
    format: "txt",
    source: `
SOFTWARE LICENCE AGREEMENT

between

CALEDONIAN GEOSPATIAL LIMITED, incorporated under the Companies Acts (registered number SC455102) and having its registered office at 3 Melville Crescent, Edinburgh EH3 7HW ("the Licensor")

and

BRAEMORE ESTATES LLP, a limited liability partnership (registered number SO305871) having its principal office at Mains of Braemore, Ullapool IV23 2RX ("the Licensee")

WHEREAS the Licensor has developed the mapping software known as TerraScope;

NOW THEREFORE the parties agree as follows:

1. Grant. The Licensor grants the Licensee a non-exclusive licence to install and use TerraScope on up to twenty workstations.

2. Duration. This Licence shall commence on 1 November 2023 and shall endure for a period of five years, unless terminated earlier in accordance with Clause 9.

3. Royalties. The Licensee shall pay the licence fee annually in advance.

4. Law. This Agreement shall be governed by and construed in accordance with the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts.

IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of Caledonian Geospatial Limited at Edinburgh on 24 October 2023
Subscribed for and on behalf of Braemore Estates LLP at Ullapool on 27 October 2023
`,
    truth: { title: "SOFTWARE LICENCE AGREEMENT", documentType: "Licence agreement", parties: ["Caledonian Geospatial Limited", "Braemore Estates LLP"], governingLaw: "Scotland", effectiveDate: "2023-11-01", term: "5 years", expiryDate: "2028-10-31" },
  },
  {
    id: "consulting-individual-ca",
    format: "pdf",
    source: `
# INDEPENDENT CONTRACTOR AGREEMENT
Effective Date: January 8, 2025
Parties: Sunforge Solar, Inc., a California corporation ("Company"), and Teodora Vasquez, an individual ("Contractor").
Company wishes to retain Contractor to perform engineering consulting services, and Contractor wishes to perform those services, on the terms below.
1. Services. Contractor shall perform the services described in each Statement of Work. Contractor is an independent contractor and not an employee of Company.
2. Term. This Agreement begins on the Effective Date and shall continue through December 31, 2025, unless terminated earlier by either party on fourteen (14) days' written notice.
3. Compensation. Company shall pay Contractor $150 per hour, invoiced monthly.
4. Governing Law. This Agreement is governed by the laws of the State of California.
COMPANY: Sunforge Solar, Inc.
CONTRACTOR: Teodora Vasquez
`,
    truth: { title: "INDEPENDENT CONTRACTOR AGREEMENT", documentType: "Services agreement", parties: ["Sunforge Solar, Inc.", "Teodora Vasquez"], governingLaw: "California", effectiveDate: "2025-01-08", expiryDate: "2025-12-31" },
  },
  {
    id: "distribution-ireland",
    format: "docx",
    source: `
# EXCLUSIVE DISTRIBUTION AGREEMENT
THIS AGREEMENT is dated the 12th day of March 2024
BETWEEN:
(1) LIFFEY BOTANICALS DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 612233, whose registered office is at Unit 4, Ballymount Road, Dublin 12 (the "Supplier"); and
(2) NORDVIK HANDEL AS, a company incorporated in Norway with organisation number 918 443 221, whose registered office is at Karl Johans gate 7, 0154 Oslo (the "Distributor").
BACKGROUND
The Supplier manufactures natural skincare products and wishes to appoint the Distributor as its exclusive distributor in the Territory.
1. Appointment. The Supplier appoints the Distributor as its exclusive distributor of the Products in Norway, Sweden and Denmark.
2. Duration. This Agreement shall come into force on the date hereof and, subject to earlier termination, shall continue for an initial period of two (2) years, after which it shall automatically extend for successive periods of twelve (12) months unless terminated by either party on six months' notice.
3. Minimum purchase. The Distributor shall purchase not less than the Minimum Quantity in each Contract Year.
4. Governing law. This Agreement shall be governed by the laws of Ireland.
`,
    truth: { title: "EXCLUSIVE DISTRIBUTION AGREEMENT", documentType: "Distribution agreement", parties: ["Liffey Botanicals Designated Activity Company", "Nordvik Handel AS"], governingLaw: "Ireland", effectiveDate: "2024-03-12", term: "2 years", expiryDate: "2026-03-11", renewal: "12 months" },
  },
  {
    id: "supply-framework-nsw",
    format: "pdf",
    pageFooters: true,
    source: `
# SUPPLY AGREEMENT
(Framework – Medical Consumables)
Date: 2 September 2024
Parties
Kestrel Medical Supplies Pty Ltd ACN 612 554 901 of 40 Burrows Road, Alexandria NSW 2015 (Supplier)
Harbourside Health Network ABN 55 221 093 887 of 1 Hospital Road, Sydney NSW 2000 (Purchaser)
Operative provisions
1. The Supplier agrees to supply and the Purchaser may order the Products listed in the Schedule at the prices set out there.
2. This agreement starts on the date above and ends on 1 September 2027 unless it is terminated earlier.
3. Risk in the Products passes on delivery to the Purchaser's nominated premises.
4. This agreement is governed by the law in force in New South Wales.
===
Schedule – Products and Prices
| Product | Unit price (AUD) |
| Nitrile examination gloves (box of 100) | 9.40 |
| Sterile dressing pack | 3.15 |
| Syringe 10 ml (box of 100) | 21.00 |
`,
    truth: { title: "SUPPLY AGREEMENT", documentType: "Supply agreement", parties: ["Kestrel Medical Supplies Pty Ltd", "Harbourside Health Network"], governingLaw: "New South Wales", effectiveDate: "2024-09-02", expiryDate: "2027-09-01" },
  },
  {
    id: "sow-under-msa",
    format: "txt",
    source: `
STATEMENT OF WORK No. 4

This Statement of Work is issued under the Master Services Agreement dated 6 May 2021 between Quillon Data Ltd ("Quillon") and Bramwell Insurance plc ("Bramwell") and is governed by its terms, including its governing law clause (English law).

Project: Claims analytics dashboard
SOW Start Date: 14 October 2024
SOW End Date: 31 March 2025

Deliverables: data model, dashboard, handover documentation.
Fees: fixed fee of GBP 84,000, payable in three instalments.

Agreed by Quillon Data Ltd and Bramwell Insurance plc.
`,
    truth: { title: "STATEMENT OF WORK No. 4", documentType: "Services agreement", parties: ["Quillon Data Ltd", "Bramwell Insurance plc"], governingLaw: "England and Wales", effectiveDate: "2024-10-14", expiryDate: "2025-03-31" },
  },
  {
    id: "trademark-licence-ny",
    format: "docx",
    storedPageCount: 3,
    source: `
# TRADEMARK LICENSE AGREEMENT
This TRADEMARK LICENSE AGREEMENT (this "Agreement"), dated as of October 1, 2023, is by and between HARLOW & PIKE BRANDS, INC., a New York corporation ("Licensor"), and GREENPOINT APPAREL CO., a New Jersey corporation ("Licensee").
RECITALS
A. Licensor owns the HARLOW & PIKE marks listed on Schedule A (the "Licensed Marks").
B. Licensee wishes to use the Licensed Marks on apparel, and Licensor is willing to license them on the terms of this Agreement.
1. License Grant. Licensor hereby grants to Licensee an exclusive license to use the Licensed Marks in the Territory on Licensed Products.
2. Royalties. Licensee shall pay Licensor a royalty of seven percent (7%) of Net Sales, quarterly.
3. Term. The term of this Agreement shall be for a period of four (4) years commencing on the date hereof.
4. Choice of Law. This Agreement shall be construed in accordance with the internal laws of the State of New York.
`,
    truth: { title: "TRADEMARK LICENSE AGREEMENT", documentType: "Licence agreement", parties: ["Harlow & Pike Brands, Inc.", "Greenpoint Apparel Co."], governingLaw: "New York", effectiveDate: "2023-10-01", term: "4 years", expiryDate: "2027-09-30" },
  },
  {
    id: "hosting-services-ontario",
    format: "txt",
    source: `
HOSTING SERVICES AGREEMENT

THIS AGREEMENT made as of the 20th day of February, 2024.

AMONG:
MAPLEGRID HOSTING INC., a corporation existing under the laws of Ontario
(the "Service Provider")
- and -
LAKESHORE CREDIT UNION LIMITED
(the "Client")

1. The Service Provider will host and operate the Client's member portal in its Toronto data centre and provide the support services in Schedule "A".
2. This Agreement will remain in effect until terminated by either party on ninety (90) days' written notice to the other.
3. The Client will pay the monthly fees in Schedule "B".
4. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
`,
    truth: { title: "HOSTING SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Maplegrid Hosting Inc.", "Lakeshore Credit Union Limited"], governingLaw: "Ontario", effectiveDate: "2024-02-20", term: "Until terminated" },
  },
  {
    id: "saas-master-singapore",
    format: "pdf",
    source: `
# MASTER SUBSCRIPTION AND SERVICES AGREEMENT
Reference: MSSA-2024-117
This Agreement is made on 5 August 2024 between Lumora Analytics Pte. Ltd. (UEN 201812345K), a company incorporated in Singapore ("Lumora"), and Straits Maritime Holdings Limited, a company incorporated in Hong Kong ("Customer").
1. Licence to use. Lumora grants Customer a non-exclusive, non-transferable licence for its users to access the Lumora Platform during the Term. Implementation and training are provided as professional services under separate orders.
2. Term. This Agreement commences on the date above and shall terminate 24 months after the Effective Date, being the date of this Agreement.
3. Fees are payable in Singapore dollars within 30 days of invoice.
4. This Agreement shall be governed by, and construed in accordance with, the laws of Singapore.
`,
    truth: { title: "MASTER SUBSCRIPTION AND SERVICES AGREEMENT", documentType: "Licence agreement", parties: ["Lumora Analytics Pte. Ltd.", "Straits Maritime Holdings Limited"], governingLaw: "Singapore", effectiveDate: "2024-08-05", term: "24 months", expiryDate: "2026-08-05" },
  },
];
