import type { UnseenDocument } from "../unseen/types";

/** Commercial contracts: NDAs, services, SaaS, licences, supply, distribution, agency, consultancy, frameworks. */
export const COMMERCIAL_V6: UnseenDocument[] = [
  {
    id: "v6-mutual-nda-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement (this "Agreement") is made as of March 3, 2025 (the "Effective Date") between Lakeshore Robotics Inc., a corporation incorporated under the laws of Ontario, and Brantwood Analytics Ltd., a corporation incorporated under the Canada Business Corporations Act (each a "Party" and together the "Parties").
# Background
The Parties wish to explore a possible collaboration concerning warehouse automation software (the "Purpose") and, in doing so, each expects to disclose to the other information that it considers confidential.
# 1. Confidential Information
1.1 "Confidential Information" means all non-public information, in any form, disclosed by one Party (the "Discloser") to the other (the "Recipient") in connection with the Purpose, including source code, pricing, customer lists and product roadmaps.
1.2 Confidential Information does not include information that (a) is or becomes public other than through a breach of this Agreement; (b) was lawfully known to the Recipient before disclosure; (c) is independently developed without use of the Discloser's information; or (d) is lawfully received from a third party without restriction.
# 2. Obligations
2.1 The Recipient shall use Confidential Information solely for the Purpose and shall protect it with at least the degree of care it uses for its own information of a similar nature, and in no event less than reasonable care.
2.2 The Recipient may disclose Confidential Information to its directors, officers, employees and professional advisers who need to know it for the Purpose and are bound by obligations no less protective than these.
===
# 3. Term and Termination
3.1 This Agreement commences on the Effective Date and continues for a term of two (2) years, unless earlier terminated by either Party on thirty (30) days' written notice.
3.2 The Recipient's obligations under Section 2 survive expiry or termination for five (5) years in respect of information disclosed during the term.
3.3 On request, the Recipient shall promptly return or destroy all Confidential Information within ten (10) business days.
# 4. General
4.1 Nothing in this Agreement grants any licence or obliges either Party to enter into any further transaction.
4.2 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the Parties attorn to the exclusive jurisdiction of the courts of Ontario sitting in Toronto.
4.3 This Agreement may be executed in counterparts and delivered electronically.
IN WITNESS WHEREOF the Parties have executed this Agreement as of the Effective Date.
LAKESHORE ROBOTICS INC.
Per: Priya Ramaswamy, Chief Executive Officer
BRANTWOOD ANALYTICS LTD.
Per: Gordon MacNeil, President`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Lakeshore Robotics Inc.", "Brantwood Analytics Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2025-03-03",
      expiryDate: "2027-03-02",
      term: "2 years",
    },
  },
  {
    id: "v6-oneway-confidentiality-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# CONFIDENTIALITY UNDERTAKING
by
GLENMORVEN DISTILLERS LIMITED, incorporated in Scotland (Company Number SC418822) and having its Registered Office at 4 Harbour Road, Oban PA34 4AA ("the Recipient")
in favour of
ARDCAIRN ESTATES LIMITED, incorporated in Scotland (Company Number SC203117) and having its Registered Office at 19 Melville Street, Edinburgh EH3 7PE ("the Discloser")
WHEREAS the Discloser proposes to make available to the Recipient certain information relating to the sale of the Ardcairn bonded warehouse (the "Transaction").
NOW THEREFORE the Recipient undertakes as follows:
1. Definitions. In this Undertaking "Information" means all information relating to the Discloser, its business and the Transaction, whether written or oral, supplied before or after the date of this Undertaking.
2. Confidentiality. The Recipient shall keep the Information strictly confidential and shall not disclose it to any person other than its directors, employees, funders and professional advisers who need to know it in order to evaluate the Transaction.
3. Use. The Recipient shall use the Information only for the purpose of evaluating, negotiating and completing the Transaction.
4. Return. If the Transaction does not proceed, the Recipient shall, within fourteen days of a written request, return or destroy all documents containing Information.
===
5. Non-solicitation. For a period of twelve months from the date of this Undertaking, the Recipient shall not solicit any employee of the Discloser engaged at the warehouse.
6. No offer. Nothing in this Undertaking constitutes an offer capable of acceptance.
7. Law. This Undertaking shall be governed by, and construed in accordance with, Scots law, and the Recipient submits to the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the Recipient at Oban on 14 January 2025 before this witness:
Witness: Morag Sinclair, 4 Harbour Road, Oban
For and on behalf of Glenmorven Distillers Limited
Alasdair Buchanan, Director`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Glenmorven Distillers Limited", "Ardcairn Estates Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-01-14",
    },
  },
  {
    id: "v6-msa-new-york",
    format: "txt",
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (the "Agreement") is entered into by Hudson Ledger Corp. ("Provider") and Parkline Capital Partners LLC ("Client") and is effective as of the Effective Date defined below.
# 1. DEFINITIONS
"Effective Date" means June 1, 2025.
"Services" means the managed bookkeeping, reconciliation and fund-reporting services described in each Statement of Work.
"Statement of Work" or "SOW" means a document executed by both parties referencing this Agreement.
# 2. SERVICES
2.1 Provider shall perform the Services described in each SOW in a professional and workmanlike manner, consistent with generally accepted industry standards.
2.2 Each SOW is governed by this Agreement. If an SOW conflicts with this Agreement, this Agreement prevails unless the SOW expressly states otherwise.
# 3. FEES AND PAYMENT
3.1 Client shall pay the fees set out in each SOW. Provider shall invoice monthly in arrears and Client shall pay each undisputed invoice within thirty (30) days of receipt.
3.2 Late amounts bear interest at one percent (1%) per month or the maximum rate permitted by law, whichever is less.
===
# 4. TERM
4.1 The initial term of this Agreement is three (3) years from the Effective Date (the "Initial Term").
4.2 Thereafter this Agreement shall automatically renew for successive renewal terms of one (1) year each unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
4.3 Either party may terminate this Agreement for material breach not cured within sixty (60) days after written notice.
# 5. CONFIDENTIALITY
Each party shall hold the other's confidential information in confidence during the term and for three (3) years thereafter.
# 6. LIMITATION OF LIABILITY
Except for breaches of confidentiality, neither party's aggregate liability shall exceed the fees paid in the twelve (12) months preceding the claim.
# 7. GOVERNING LAW
This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles. The parties consent to the exclusive jurisdiction of the state and federal courts located in New York County.
HUDSON LEDGER CORP.
By: Marcus Feld, Chief Operating Officer
PARKLINE CAPITAL PARTNERS LLC
By: Danielle Osei, Managing Member`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Hudson Ledger Corp.", "Parkline Capital Partners LLC"],
      governingLaw: "New York",
      effectiveDate: "2025-06-01",
      expiryDate: "2028-06-01",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v6-saas-services-nsw",
    format: "pdf",
    source: `# CLOUD PLATFORM SUBSCRIPTION AGREEMENT
| Item | Details |
| Provider | Tallowood Cloud Pty Ltd (ACN 612 004 981) |
| Customer | Harbourside Physiotherapy Group Pty Ltd (ACN 133 887 420) |
| Commencement Date | 1 July 2025 |
| Subscription Term | 36 months from the Commencement Date |
| Renewal | Automatic renewal for further periods of 12 months unless either party gives 60 days' notice |
| Fees | AUD 4,200 per month, payable monthly in advance |
| Governing law | New South Wales |
===
# Terms and Conditions
1. Services. The Provider will make available to the Customer, as a hosted service accessed through a web browser, the Tallowood practice-management platform together with data hosting, backups, support and the service levels in Schedule 1 (the "Services"). The Customer receives no copy of any software and no licence to install it.
2. Service levels. The Provider will use reasonable endeavours to make the Services available 99.8% of each month, excluding scheduled maintenance notified at least 48 hours in advance. Service credits are the Customer's sole remedy for availability failures.
3. Customer data. The Customer owns its data. The Provider will process personal information only in accordance with the Privacy Act 1988 (Cth) and the data processing terms in Schedule 2.
4. Term. This agreement starts on the Commencement Date and continues for the Subscription Term. At the end of the Subscription Term it renews automatically for successive periods of 12 months unless either party gives at least 60 days' notice before the end of the then-current period.
5. Fees. Invoices are payable within 14 days. The Provider may increase fees on renewal by no more than CPI plus 3%.
===
6. Termination. Either party may terminate on notice if the other commits a material breach that is not remedied within 30 days.
7. Liability. Each party's total liability in any contract year is capped at the fees paid in that year.
8. Governing law. This agreement is governed by the laws of New South Wales and the parties submit to the non-exclusive jurisdiction of its courts.
Signed for Tallowood Cloud Pty Ltd by its director: Hamish Orr
Signed for Harbourside Physiotherapy Group Pty Ltd by its director: Leanne Vu`,
    truth: {
      title: "Cloud Platform Subscription Agreement",
      documentType: "Services agreement",
      parties: ["Tallowood Cloud Pty Ltd", "Harbourside Physiotherapy Group Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2025-07-01",
      expiryDate: "2028-07-01",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v6-software-license-delaware",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE LICENSE AGREEMENT
This Software License Agreement (this "Agreement") dated as of September 15, 2025 (the "Effective Date") is entered into by Quillmark Systems, Inc., a Delaware corporation ("Licensor"), and Bayview Freight Holdings LLC, a Delaware limited liability company ("Licensee").
# RECITALS
A. Licensor has developed the proprietary route-optimisation software known as QuillRoute (the "Software").
B. Licensee desires to obtain, and Licensor is willing to grant, a license to install and use the Software on Licensee's own servers on the terms below.
===
# ARTICLE 1 — GRANT OF LICENSE
1.1 Subject to the terms of this Agreement, Licensor grants Licensee a non-exclusive, non-transferable license during the Term to install, run and use the Software in object code form at Licensee's facilities for its internal business purposes, for up to 250 named users.
1.2 Licensee shall not sublicense, reverse engineer, decompile or modify the Software except as permitted by applicable law.
1.3 Licensor retains all right, title and interest in and to the Software.
# ARTICLE 2 — FEES
2.1 Licensee shall pay an annual license fee of US$180,000, payable within forty-five (45) days of each anniversary invoice.
2.2 Maintenance and support are included for the first twelve (12) months and thereafter are available at Licensor's then-current rates.
# ARTICLE 3 — SOURCE CODE ESCROW
Licensor shall deposit the source code with an escrow agent. The escrow agent shall release the source code if Licensor ceases to support the Software for a continuous period of eighteen (18) months.
===
# ARTICLE 4 — TERM
4.1 This Agreement shall commence on the Effective Date and shall continue for a period of five (5) years (the "Term"), unless terminated earlier in accordance with Section 4.2.
4.2 Either party may terminate this Agreement upon written notice if the other party materially breaches it and fails to cure within thirty (30) days.
# ARTICLE 5 — MISCELLANEOUS
5.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, excluding its conflicts of law rules.
5.2 Each party irrevocably submits to the jurisdiction of the Court of Chancery of the State of Delaware.
QUILLMARK SYSTEMS, INC.
By: Elena Voss, Chief Executive Officer
BAYVIEW FREIGHT HOLDINGS LLC
By: Terrence Mbeki-Hall, Authorized Signatory`,
    truth: {
      title: "Software License Agreement",
      documentType: "Licence agreement",
      parties: ["Quillmark Systems, Inc.", "Bayview Freight Holdings LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2025-09-15",
      expiryDate: "2030-09-14",
      term: "5 years",
    },
  },
  {
    id: "v6-subscription-licence-singapore",
    format: "txt",
    source: `# TERM SUBSCRIPTION LICENCE AGREEMENT
THIS AGREEMENT is made on 2 February 2026
BETWEEN:
(1) MERLION DATAWORKS PTE. LTD. (UEN 201534477K), a company incorporated in Singapore (the "Licensor"); and
(2) STRAITS MARINE ENGINEERING PTE. LTD. (UEN 199802231M), a company incorporated in Singapore (the "Licensee").
# 1. INTERPRETATION
1.1 "Licensed Software" means the Licensor's HullScan inspection software, in object code, together with updates supplied during the Subscription Period.
1.2 "Subscription Period" means the period of twenty-four (24) months commencing on the date of this Agreement, and each renewal period.
# 2. LICENCE
2.1 In consideration of the subscription fee, the Licensor grants to the Licensee a non-exclusive, non-transferable licence during the Subscription Period to install the Licensed Software on up to forty (40) devices owned by the Licensee and to use it for the Licensee's internal inspection work.
2.2 The Licensee is responsible for its own hosting and hardware. The Licensor provides no hosted service; support is limited to e-mail assistance on Singapore business days.
2.3 All intellectual property in the Licensed Software remains with the Licensor.
===
# 3. RENEWAL
3.1 The Subscription Period shall be renewed automatically for successive periods of twelve (12) months each unless either party gives not less than three (3) months' written notice before the end of the then-current period.
# 4. FEES
4.1 The subscription fee is SGD 96,000 per year, payable annually in advance within thirty (30) days of invoice.
# 5. TERMINATION
5.1 On termination the Licensee shall uninstall the Licensed Software within seven (7) days and certify that it has done so.
# 6. GOVERNING LAW AND DISPUTES
6.1 This Agreement is governed by the laws of Singapore.
6.2 Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
Signed by Lim Wei Jie, Director, for and on behalf of MERLION DATAWORKS PTE. LTD.
Signed by Nurul Ain binte Rahman, Director, for and on behalf of STRAITS MARINE ENGINEERING PTE. LTD.`,
    truth: {
      title: "Term Subscription Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Merlion Dataworks Pte. Ltd.", "Straits Marine Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-01",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v6-supply-ireland",
    format: "pdf",
    source: `# SUPPLY AGREEMENT
# Key Details
| Date of Agreement | 10 November 2025 |
| Supplier | Shannonside Dairy Ingredients Designated Activity Company |
| Buyer | Corrib Artisan Foods Limited |
| Products | Cultured butter and buttermilk powder as listed in Schedule 1 |
| Term | Four (4) years from the Date of Agreement |
| Governing Law | Ireland |
This Agreement consists of these Key Details and the attached Terms. The Key Details prevail over the Terms if they conflict.
===
# Terms
1. Supply. The Supplier shall manufacture and supply the Products to the Buyer in accordance with Orders placed under this Agreement, and the Buyer shall purchase from the Supplier not less than 70% of its annual requirements for the Products.
2. Orders and forecasts. The Buyer shall provide a rolling six-month forecast on the first business day of each month. Orders shall be placed at least twenty-one days before the requested delivery date.
3. Delivery. Delivery is DAP the Buyer's premises at Oranmore, County Galway (Incoterms 2020). Risk passes on delivery; title passes on payment.
4. Price. Prices are set out in Schedule 2 and may be reviewed once in each year of the Term by reference to the published milk price index.
5. Payment. The Buyer shall pay each invoice within 45 days of the end of the month in which it is issued.
6. Quality. The Products shall conform to the Specification and to all applicable food safety legislation. The Buyer may reject non-conforming Products by notice within ten days of delivery.
===
7. Duration. This Agreement begins on the Date of Agreement and continues for the Term stated in the Key Details. Either party may terminate it earlier on notice if the other becomes insolvent or commits a material breach which is not remedied within 30 days.
8. Governing law and jurisdiction. This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of Shannonside Dairy Ingredients Designated Activity Company: Niamh Gallagher, Director
Signed for and on behalf of Corrib Artisan Foods Limited: Declan Mulryan, Director`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Shannonside Dairy Ingredients Designated Activity Company", "Corrib Artisan Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2025-11-10",
      expiryDate: "2029-11-10",
      term: "4 years",
    },
  },
  {
    id: "v6-distribution-south-africa",
    format: "docx",
    storedPageCount: 3,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
entered into between
KAROO SOLAR TECHNOLOGIES (PTY) LTD
(Registration Number 2014/118532/07)
("the Principal")
and
UMHLANGA ENERGY DISTRIBUTORS (PTY) LTD
(Registration Number 2019/442017/07)
("the Distributor")
===
# 1. INTERPRETATION
1.1 "Effective Date" means 1 August 2025, notwithstanding the date of signature.
1.2 "Territory" means the provinces of KwaZulu-Natal and the Eastern Cape.
1.3 "Products" means the inverters and battery systems listed in Annexure A.
# 2. APPOINTMENT
2.1 The Principal appoints the Distributor as its exclusive distributor of the Products in the Territory, and the Distributor accepts the appointment.
2.2 The Distributor shall buy the Products from the Principal for its own account and resell them in its own name. The Distributor is not the agent of the Principal.
# 3. DURATION
3.1 This Agreement shall commence on the Effective Date and shall endure for a period of 5 (five) years, whereafter it shall terminate automatically unless extended in writing by the parties.
# 4. MINIMUM PURCHASES
4.1 The Distributor shall purchase Products to a value of not less than R12 000 000 (twelve million rand) in each contract year.
===
# 5. RESTRAINT
5.1 For the duration of this Agreement and for 12 (twelve) months after its termination, the Distributor shall not distribute competing products in the Territory.
# 6. BREACH
6.1 Should either party breach this Agreement and fail to remedy the breach within 14 (fourteen) days of written notice, the aggrieved party may cancel this Agreement.
# 7. GOVERNING LAW
7.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
SIGNED at Johannesburg on 22 July 2025 for KAROO SOLAR TECHNOLOGIES (PTY) LTD: Thabo Nkosi, Director
SIGNED at Durban on 24 July 2025 for UMHLANGA ENERGY DISTRIBUTORS (PTY) LTD: Ayesha Moodley, Director`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Karoo Solar Technologies (Pty) Ltd", "Umhlanga Energy Distributors (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2025-08-01",
      expiryDate: "2030-07-31",
      term: "5 years",
    },
  },
  {
    id: "v6-consulting-texas",
    format: "txt",
    source: `# INDEPENDENT CONSULTING AGREEMENT
This Independent Consulting Agreement ("Agreement") is made effective as of April 14, 2025, by and between Red Mesa Midstream, L.P., a Texas limited partnership ("Company"), and Caldwell Pipeline Advisory LLC, a Texas limited liability company ("Consultant").
1. Engagement. Company engages Consultant to provide pipeline integrity consulting services as described in Exhibit A (the "Services"). Consultant will determine the method, details and means of performing the Services.
2. Compensation. Company shall pay Consultant at the rate of $225 per hour, invoiced twice monthly. Payment is due within fifteen (15) days after Company's receipt of an invoice. Reasonable pre-approved expenses will be reimbursed.
3. Independent Contractor. Consultant is an independent contractor and not an employee, partner or agent of Company. Consultant is responsible for all taxes on amounts paid under this Agreement.
4. Term and Termination. This Agreement shall begin on the effective date above and shall remain in effect until terminated by either party upon fourteen (14) days' written notice to the other party.
5. Work Product. All reports, data and deliverables prepared by Consultant for Company shall be owned by Company as works made for hire, to the extent permitted by law.
===
6. Confidentiality. Consultant shall not disclose Company's confidential information during the engagement or for two (2) years thereafter.
7. Non-Solicitation. During the engagement and for six (6) months after it ends, Consultant shall not solicit any Company employee to leave Company.
8. Insurance. Consultant shall maintain professional liability insurance of not less than $1,000,000 per claim.
9. Governing Law; Venue. This Agreement is governed by the laws of the State of Texas. Venue for any suit lies exclusively in Harris County, Texas.
10. Entire Agreement. This Agreement, with Exhibit A, is the entire agreement of the parties on its subject matter.
RED MESA MIDSTREAM, L.P., by its general partner Red Mesa GP, LLC
By: Wade Hollister, Vice President
CALDWELL PIPELINE ADVISORY LLC
By: Josephine Caldwell, Manager`,
    truth: {
      title: "Independent Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Red Mesa Midstream, L.P.", "Caldwell Pipeline Advisory LLC"],
      governingLaw: "Texas",
      effectiveDate: "2025-04-14",
      term: "Until terminated",
    },
  },
  {
    id: "v6-framework-wales",
    format: "pdf",
    pageFooters: true,
    source: `# FRAMEWORK AGREEMENT
for the provision of Highway Drainage Maintenance Services
Dated 1 April 2025
Between
(1) DYFFRYN TEIFI COUNTY COUNCIL of County Hall, Aberteifi ("the Authority"); and
(2) GWALIA CIVILS LIMITED (company number 07718244) whose registered office is at Unit 5, Parc Menai, Bangor LL57 4FB ("the Contractor").
===
# 1. Definitions
"Call-Off Contract" means a contract for particular Services formed when the Authority issues a Works Order under this Framework.
"Framework Period" means the period of four (4) years commencing on 1 April 2025 and ending on 31 March 2029.
# 2. Appointment
2.1 The Authority appoints the Contractor as one of three framework contractors for highway drainage maintenance in the Authority's area. The Authority gives no guarantee of any minimum volume of work.
2.2 Each Call-Off Contract shall incorporate these terms. A Call-Off Contract entered into during the Framework Period may continue after its end for up to six (6) months to complete the works ordered.
# 3. Duration
3.1 This Framework Agreement takes effect on 1 April 2025 and, unless terminated earlier, expires at the end of the Framework Period.
# 4. Welsh Language
4.1 The Contractor shall comply with the Authority's Welsh Language Standards in all communications with the public.
# 5. Payment
5.1 The Authority shall pay valid undisputed invoices within 30 days of receipt.
===
# 6. Law
6.1 This Framework Agreement is governed by the law of England and Wales as it applies in Wales, and the courts of England and Wales sitting in Wales have exclusive jurisdiction.
Executed by affixing the common seal of Dyffryn Teifi County Council in the presence of: Rhian Pugh, Head of Legal Services
Signed for and on behalf of Gwalia Civils Limited: Iwan Prydderch, Managing Director`,
    truth: {
      title: "Framework Agreement",
      documentType: "Services agreement",
      parties: ["Dyffryn Teifi County Council", "Gwalia Civils Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-04-01",
      expiryDate: "2029-03-31",
      term: "4 years",
    },
  },
  {
    id: "v6-sales-agency-nz",
    format: "docx",
    storedPageCount: 2,
    source: `# SALES AGENCY AGREEMENT
Date: 5 May 2025
Parties
Kōwhai Outdoor Gear Limited, a company having its registered office in Christchurch (Principal)
Tasman Trade Representation Limited, a company having its registered office in Nelson (Agent)
Background
A. The Principal manufactures outdoor clothing and equipment.
B. The Principal wishes to appoint the Agent to seek orders for its products from retailers in the Top of the South, and the Agent has agreed to act on these terms.
Agreed terms
1. Appointment. The Principal appoints the Agent as its non-exclusive agent to solicit orders for the Products from retailers in the Territory. The Agent has no authority to conclude contracts on the Principal's behalf; all orders are subject to acceptance by the Principal.
2. Commission. The Principal will pay the Agent a commission of 8% of the net invoice value of accepted orders, payable by the 20th of the month following receipt of payment from the customer.
===
3. Term. This agreement starts on the date above and continues for a period of 2 years, when it ends unless the parties agree in writing to extend it. Either party may end it earlier by giving the other not less than 3 months' written notice.
4. Obligations of the Agent. The Agent will visit each key retailer at least once every quarter and provide monthly sales reports.
5. Governing law. This agreement is governed by New Zealand law.
Signed for Kōwhai Outdoor Gear Limited by Aroha Tipene, Director
Signed for Tasman Trade Representation Limited by Stuart Beckwith, Director`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Kōwhai Outdoor Gear Limited", "Tasman Trade Representation Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2025-05-05",
      expiryDate: "2027-05-04",
      term: "2 years",
    },
  },
];
