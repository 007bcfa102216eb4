import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: commercial contracts (supply, distribution, services, agency, NDAs, manufacturing, logistics, consultancy) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V30: UnseenDocument[] = [
  {
    id: "v30-commercial-supply-england-auto-renew",
    format: "pdf",
    pageFooters: true,
    source: `# SUPPLY AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) NORTHFIELD COMPONENTS LIMITED, a company incorporated in England and Wales with company number 08817264 whose registered office is at Unit 4, Calder Park, Wakefield WF2 7UA (the "Supplier"); and
(2) BRACKENRIDGE ENGINEERING PLC, a company incorporated in England and Wales with company number 03349871 whose registered office is at 220 Aston Cross Road, Birmingham B6 5RQ (the "Customer").
BACKGROUND
(A) The Supplier manufactures precision-machined hydraulic fittings and adaptors.
(B) The Customer wishes to purchase, and the Supplier has agreed to supply, the Products on the terms of this agreement.
AGREED TERMS
# 1. Interpretation
1.1 In this agreement: "Commencement Date" means 1 May 2026; "Order" means an order for Products placed by the Customer in accordance with clause 3; "Products" means the products listed in Schedule 1, as amended from time to time by written agreement.
# 2. Duration
2.1 This agreement shall come into force on the Commencement Date and, unless terminated earlier in accordance with clause 7, shall continue for an initial period of three (3) years commencing on the Commencement Date (the "Initial Term").
2.2 On expiry of the Initial Term this agreement shall automatically renew for successive periods of twelve (12) months (each a "Renewal Period") unless either party gives the other not less than six (6) months' written notice to terminate at the end of the Initial Term or the then current Renewal Period.
# 3. Forecasts and Orders
3.1 On or before the tenth day of each month the Customer shall provide a rolling, non-binding forecast of its requirements for the following nine (9) months.
3.2 The Supplier shall accept or reject each Order within three (3) Business Days of receipt. Accepted Orders shall be delivered within the lead times set out in Schedule 1.
===
# 4. Price and payment
4.1 The prices are fixed for the first twelve (12) months after the Commencement Date and may then be reviewed annually by reference to the Producer Price Index.
4.2 The Supplier shall invoice on delivery and the Customer shall pay each undisputed invoice within sixty (60) days of the end of the month in which it is received.
# 5. Warranty
5.1 The Supplier warrants that for a period of eighteen (18) months from delivery the Products shall conform to their specification and be free from defects in material and workmanship.
# 6. Confidentiality
6.1 Each party shall keep the other's confidential information confidential during this agreement and for five (5) years after its termination.
# 7. Termination
7.1 Either party may terminate this agreement with immediate effect by written notice if the other party commits a material breach which, if remediable, is not remedied within thirty (30) days of a notice requiring it to do so.
7.2 Clauses 5 and 6 shall survive termination or expiry of this agreement.
# 8. Governing law and jurisdiction
8.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
===
# SCHEDULE 1 - PRODUCTS
| Part No. | Description | Lead time | Unit price (GBP) |
| NCL-1140 | 1/2" BSP male adaptor, zinc-nickel plated | 6 weeks | 3.85 |
| NCL-2215 | 3/4" JIC 90-degree elbow | 8 weeks | 6.10 |
| NCL-3302 | Bulkhead union, stainless steel 316 | 10 weeks | 14.40 |
Signed by Karen Ashworth, Director, for and on behalf of NORTHFIELD COMPONENTS LIMITED
Signed by David Okonjo, Director, for and on behalf of BRACKENRIDGE ENGINEERING PLC`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Northfield Components Limited", "Brackenridge Engineering plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v30-commercial-agency-ireland-key-details",
    format: "docx",
    storedPageCount: 3,
    source: `# COMMERCIAL AGENCY AGREEMENT
# KEY DETAILS
| Date of this Agreement | 18 June 2026 |
| Principal | Vellmar Kochgeschirr GmbH, a company registered in the commercial register of the Local Court of Munich under HRB 214577, of Leopoldstraße 88, 80802 Munich, Germany |
| Agent | Corrib Trade Representation Limited, a company incorporated in Ireland with company number 604412, of Unit 7, Galway Technology Park, Parkmore, Galway H91 P2DK |
| Territory | Ireland and Northern Ireland |
| Products | The Vellmar cookware ranges set out in Schedule 1 |
| Commencement Date | 1 July 2026 |
| Initial Term | Two (2) years from and including the Commencement Date |
| Commission | 7.5% of the Net Sales Value of Products sold to Customers in the Territory |
This Agreement is made on the date stated in the Key Details between the Principal and the Agent named in the Key Details. The Key Details form part of this Agreement.
# 1. Appointment
1.1 The Principal appoints the Agent as its non-exclusive commercial agent to negotiate the sale of the Products to retail and hospitality customers in the Territory on behalf of and in the name of the Principal.
1.2 The Agent shall not purchase Products for its own account, hold stock, or bind the Principal to any contract without the Principal's prior written approval of each order.
# 2. Duration
2.1 This Agreement begins on the Commencement Date and shall continue for the Initial Term. At the end of the Initial Term it shall expire automatically unless the parties have agreed in writing to extend it.
2.2 Either party may terminate this Agreement before the end of the Initial Term by written notice of one (1) month during the first year and two (2) months during the second year, in accordance with Regulation 6 of the European Communities (Commercial Agents) Regulations 1994.
===
# 3. Commission
3.1 Commission shall accrue when the Customer has paid for the Products and shall be paid quarterly, not later than the last day of the month following the end of each quarter.
3.2 The Principal shall send the Agent a statement of commission due with each payment.
# 4. Agent's obligations
4.1 The Agent shall look after the Principal's interests, act dutifully and in good faith, and make proper efforts to negotiate sales of the Products.
# 5. Restraint of trade
5.1 For a period of twelve (12) months after termination of this Agreement the Agent shall not act for any manufacturer of cookware competing with the Products in the Territory.
# 6. Indemnity
6.1 On termination the Agent shall be entitled to an indemnity in accordance with the Regulations, provided it notifies the Principal within one (1) year of termination that it intends to pursue its entitlement.
# 7. Governing law and jurisdiction
7.1 This Agreement is governed by the laws of Ireland. The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with it.
===
# SCHEDULE 1 - PRODUCTS
Vellmar Classic stainless steel range; Vellmar Guss cast-iron range; Vellmar Profi professional range.
Signed for and on behalf of Vellmar Kochgeschirr GmbH by Johanna Reiter, Geschäftsführerin
Signed for and on behalf of Corrib Trade Representation Limited by Cathal Ó Briain, Director`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Vellmar Kochgeschirr GmbH", "Corrib Trade Representation Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
    },
  },
  {
    id: "v30-commercial-nda-california-signature-blocks",
    format: "txt",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this “Agreement”) is entered into as of March 3, 2026 (the “Effective Date”) by and between the two parties identified in the signature blocks at the end of this Agreement (each, a “Party,” and together, the “Parties”).
The Parties wish to evaluate a possible commercial relationship concerning the licensing of geospatial analytics models (the “Purpose”) and to protect confidential information exchanged for the Purpose.
1. Confidential Information. “Confidential Information” means all non-public business, technical and financial information disclosed by one Party (the “Discloser”) to the other Party (the “Recipient”) that is marked confidential or that a reasonable person would understand to be confidential.
2. Obligations. The Recipient shall use the Discloser’s Confidential Information only for the Purpose, shall not disclose it to any third party other than its employees and advisers who need to know it for the Purpose, and shall protect it with at least reasonable care.
3. Exclusions. The obligations in Section 2 do not apply to information that is or becomes public through no fault of the Recipient, was known to the Recipient before disclosure, is independently developed, or is rightfully received from a third party without restriction.
4. Compelled Disclosure. The Recipient may disclose Confidential Information to the extent required by law, provided it gives the Discloser prompt notice (where lawful) and reasonable assistance in seeking a protective order.
5. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either Party on thirty (30) days’ written notice. The Recipient’s obligations with respect to Confidential Information disclosed during the term shall survive for three (3) years following expiration or termination, and with respect to trade secrets for so long as they remain trade secrets.
6. Non-Solicitation. During the term and for twelve (12) months thereafter, neither Party shall directly solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.
7. Return of Materials. Within ten (10) business days after a written request, the Recipient shall return or destroy the Discloser’s Confidential Information.
8. No License. Nothing in this Agreement grants any license or other right in any Confidential Information, patent, copyright or trademark of the Discloser.
9. Governing Law. This Agreement shall be governed by the laws of the State of California, without regard to its conflict of laws principles. The state and federal courts located in Santa Clara County, California shall have exclusive jurisdiction.
10. Entire Agreement. This Agreement is the entire agreement of the Parties regarding its subject matter and may be amended only in a writing signed by both Parties.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
LUMENFOLD, INC., a Delaware corporation
By: /s/ Priya Natarajan
Name: Priya Natarajan
Title: Chief Executive Officer
Date: March 5, 2026
Address: 455 Bryant Street, Suite 300, San Francisco, CA 94107
HARROW PEAK ANALYTICS LLC, a Colorado limited liability company
By: /s/ Marcus Ellery
Name: Marcus Ellery
Title: Managing Member
Date: March 3, 2026
Address: 1801 Wynkoop Street, Denver, CO 80202`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Lumenfold, Inc.", "Harrow Peak Analytics LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v30-commercial-warehousing-scotland-minute",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 72,
    source: `# WAREHOUSING AND DISTRIBUTION SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CLYDE BAY LOGISTICS LIMITED, incorporated under the Companies Acts (Registered Number SC412233) and having its Registered Office at 40 Hillington Road South, Glasgow G52 4TQ (hereinafter referred to as "the Provider")
and
HEATHERGLEN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC198406) and having its Registered Office at Glenbrae House, Keith, Banffshire AB55 5BS (hereinafter referred to as "the Client")
WHEREAS the Client wishes to appoint the Provider to store cased spirits under bond and to distribute them to the Client's customers in the United Kingdom, and the Provider has agreed to do so on the terms of this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. DEFINITIONS
1.1 "Commencement Date" means 1 June 2026;
1.2 "Services Period" means the period from the Commencement Date to 31 May 2029, both dates inclusive;
1.3 "Warehouse" means the excise warehouse at Unit 12, Hillington Park, Glasgow, which the Provider occupies under a lease from Hillington Estates Limited for a period of twenty-five years from Whitsunday 2011.
2. DURATION
2.1 The Provider shall provide the Services throughout the Services Period. This Agreement shall terminate at the end of the Services Period unless extended by written agreement of the parties.
===
3. THE SERVICES
3.1 The Provider shall receive, store, pick, pack and despatch the Client's goods at the Warehouse in accordance with the Service Levels in the Schedule, and shall maintain its approval as an authorised warehousekeeper.
4. CHARGES
4.1 The Client shall pay storage charges of £2.45 per pallet per week and the handling charges in the Schedule. Invoices are payable within thirty days of the date of invoice.
4.2 The charges shall be reviewed on each anniversary of the Commencement Date by reference to the Consumer Prices Index.
5. LIABILITY
5.1 The Provider shall not be liable for any loss of or damage to goods unless the Client notifies a claim in writing within nine months of the date on which the loss or damage was discovered.
6. TERMINATION
6.1 Either party may terminate this Agreement on six months' written notice to the other, provided that no such notice shall expire before 31 May 2027.
7. LAW AND JURISDICTION
7.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows: they are subscribed for and on behalf of CLYDE BAY LOGISTICS LIMITED at Glasgow on the Twentieth day of May Two thousand and twenty-six by Fiona MacLeod, Director, before this witness Ewan Grant, Solicitor, 2 West Regent Street, Glasgow; and they are subscribed for and on behalf of HEATHERGLEN DISTILLERS LIMITED at Keith on the Twenty-second day of May Two thousand and twenty-six by Alasdair Ross, Director, before this witness Morag Innes, Office Manager, Glenbrae House, Keith.
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Clyde Bay Logistics Limited and Heatherglen Distillers Limited.
| Service | Service Level | Handling charge |
| Inbound receipt and put-away | Within 24 hours of arrival | £3.10 per pallet |
| Order picking | 99.5% accuracy | £0.42 per case |
| Despatch of next-day orders | Orders received by 14:00 | £6.75 per consignment |`,
    truth: {
      title: "Warehousing and Distribution Services Agreement",
      documentType: "Services agreement",
      parties: ["Clyde Bay Logistics Limited", "Heatherglen Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v30-commercial-deed-of-variation-nsw-distribution",
    format: "docx",
    source: `# DEED OF VARIATION
Exclusive Distribution Agreement
THIS DEED is made on the 9th day of March 2026
# PARTIES
1. KOALA RIDGE BEVERAGES PTY LTD (ACN 614 220 957) of 18 Bourke Road, Alexandria NSW 2015 (Supplier)
2. PACIFIC REACH TRADING PTE. LTD. (UEN 201834567K) of 80 Robinson Road, #14-02, Singapore 068898 (Distributor)
# RECITALS
A. The Supplier and the Distributor are parties to an Exclusive Distribution Agreement dated 2 February 2023 (Distribution Agreement) under which the Distributor was appointed exclusive distributor of the Supplier's sparkling juices in Singapore and Malaysia for an initial term of five (5) years from 2 February 2023.
B. The parties wish to vary the Distribution Agreement to add Brunei Darussalam to the Territory, to revise the Minimum Purchase Targets and to change the law governing the Distribution Agreement.
# OPERATIVE PROVISIONS
1. Definitions and interpretation
1.1 In this deed, Variation Effective Date means 1 April 2026.
1.2 Capitalised terms used but not defined in this deed have the meanings given to them in the Distribution Agreement.
2. Variation
2.1 With effect on and from the Variation Effective Date, the Distribution Agreement is varied as follows:
(a) in clause 1.1, the definition of Territory is deleted and replaced with: "Territory means Singapore, Malaysia and Brunei Darussalam.";
(b) Schedule 2 (Minimum Purchase Targets) is deleted and replaced with the schedule in the Annexure to this deed; and
(c) clause 24.1, which provides that the Distribution Agreement is governed by the law in force in Queensland, is deleted and replaced with: "This agreement is governed by the law in force in New South Wales."
2.2 Except as varied by this deed, the Distribution Agreement continues in full force and effect. Nothing in this deed affects the term of the Distribution Agreement or the ninety (90) day cure period in clause 19.2.
3. Confirmation
3.1 Each party confirms that, as at the date of this deed, it has not given or received any notice of breach or termination under the Distribution Agreement.
4. Costs
4.1 Each party must pay its own costs of negotiating, preparing and executing this deed.
5. Governing law
5.1 This deed is governed by the law in force in New South Wales. Each party irrevocably submits to the non-exclusive jurisdiction of the courts of New South Wales.
6. Counterparts
6.1 This deed may be executed in any number of counterparts, which together constitute one instrument.
===
EXECUTED as a deed.
Executed by Koala Ridge Beverages Pty Ltd (ACN 614 220 957) in accordance with section 127 of the Corporations Act 2001 (Cth) by Hamish Doyle, Director, and Lena Kowalski, Director/Company Secretary.
Executed by Pacific Reach Trading Pte. Ltd. as a deed by Tan Wei Ming, Director, in the presence of Nur Aisyah Binte Rahman, Witness.
# ANNEXURE - MINIMUM PURCHASE TARGETS
| Contract Year | Minimum cases |
| Year ending 1 February 2027 | 48,000 |
| Year ending 1 February 2028 | 55,000 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Koala Ridge Beverages Pty Ltd", "Pacific Reach Trading Pte. Ltd."],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
  {
    id: "v30-commercial-consent-letter-hong-kong",
    format: "pdf",
    source: `KOWLOON PRECISION MOULDING LIMITED
Units 1208-10, 12/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon, Hong Kong
Tel: +852 2345 6789  Email: legal@kpm.com.hk
Our ref: KPM/LEG/2026/031
Your ref: BH/SC/0117
27 February 2026
BY EMAIL AND COURIER
Bluehaven Home Products Limited
Suite 2101, Tower 2, Times Square, 1 Matheson Street, Causeway Bay, Hong Kong
Attention: Ms Sandra Cheung, General Counsel
Dear Ms Cheung
# CONSENT TO ASSIGNMENT
Contract Manufacturing Agreement dated 5 September 2024 between Kowloon Precision Moulding Limited and Bluehaven Home Products Limited (the "Agreement")
We refer to your letter of 12 February 2026 requesting our consent under clause 21.2 of the Agreement to the assignment of your rights and obligations under the Agreement to Bluehaven Brands (Asia) Limited (the "Assignee"), your wholly-owned subsidiary, as part of a group reorganisation.
We confirm that we consent to the proposed assignment, subject to the following conditions:
(a) the assignment is made by a written instrument in a form approved by us, and the Assignee delivers to us its written undertaking to perform all of the obligations of the buyer under the Agreement;
(b) you remain jointly and severally liable with the Assignee for all amounts due under purchase orders placed before the assignment takes effect, including invoices payable on the 45-day terms in clause 8.3; and
(c) the outstanding tooling balance of HK$186,400 is paid in full before the assignment takes effect.
Nothing in this letter amends the Agreement, which continues for the remainder of its initial term of four (4) years from 5 September 2024, or waives any of our rights under it.
This letter is governed by the laws of the Hong Kong Special Administrative Region.
Please confirm your acceptance of these conditions by countersigning and returning a copy of this letter within fourteen (14) days.
Yours sincerely
For and on behalf of Kowloon Precision Moulding Limited
Raymond Leung
Managing Director
We acknowledge and accept the conditions set out above.
For and on behalf of Bluehaven Home Products Limited
Sandra Cheung, General Counsel
Date: 6 March 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Kowloon Precision Moulding Limited", "Bluehaven Home Products Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-27",
    },
  },
  {
    id: "v30-commercial-consultancy-south-africa-cover-page",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTANCY SERVICES AGREEMENT
between
MTHEMBU ADVISORY (PTY) LTD
(Registration number 2015/118342/07)
("the Consultant")
and
KAROO SOLAR HOLDINGS (RF) PROPRIETARY LIMITED
(Registration number 2019/402117/06)
("the Client")
===
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement, unless the context indicates otherwise:
1.1.1 "Commencement Date" means 1 August 2026, notwithstanding the Signature Date;
1.1.2 "Parties" means the Consultant and the Client, and "Party" means either of them;
1.1.3 "Services" means the regulatory, licensing and grid-connection advisory services described in Annexure A;
1.1.4 "Signature Date" means the date on which this Agreement is signed by the Party signing last.
# 2. DURATION
2.1 This Agreement shall endure for an initial period of eighteen (18) months from the Commencement Date ("the Initial Period").
2.2 Upon expiry of the Initial Period, this Agreement shall automatically renew for successive periods of six (6) months each, unless either Party gives the other not less than sixty (60) days' written notice of termination before the end of the Initial Period or the then current renewal period.
# 3. FEES AND PAYMENT
3.1 The Client shall pay the Consultant a monthly retainer of R185 000 (excluding VAT), together with approved disbursements, within thirty (30) days of receipt of a valid tax invoice.
# 4. NON-SOLICITATION
4.1 The Client shall not, during this Agreement and for a period of twelve (12) months after its termination, employ or engage any employee of the Consultant who rendered the Services.
# 5. CONFIDENTIALITY
5.1 The obligations of confidentiality in this clause 5 shall survive termination of this Agreement for a period of three (3) years.
# 6. DOMICILIUM CITANDI ET EXECUTANDI
6.1 The Parties choose as their domicilia the addresses on the signature page.
# 7. GOVERNING LAW
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Republic of South Africa, and the Parties consent to the jurisdiction of the High Court of South Africa, Gauteng Division, Johannesburg.
===
SIGNED at Johannesburg on this 14th day of July 2026.
For and on behalf of MTHEMBU ADVISORY (PTY) LTD, 3 Sturdee Avenue, Rosebank, Johannesburg, 2196: Nomvula Mthembu, Director, who warrants that she is duly authorised.
SIGNED at Cape Town on this 21st day of July 2026.
For and on behalf of KAROO SOLAR HOLDINGS (RF) PROPRIETARY LIMITED, 12 Dock Road, V&A Waterfront, Cape Town, 8001: Pieter van der Merwe, Chief Executive Officer, who warrants that he is duly authorised.`,
    truth: {
      title: "Consultancy Services Agreement",
      documentType: "Services agreement",
      parties: ["Mthembu Advisory (Pty) Ltd", "Karoo Solar Holdings (RF) Proprietary Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-02-01",
      term: "18 months",
      renewal: "6 months",
    },
  },
  {
    id: "v30-commercial-contract-manufacturing-india",
    format: "txt",
    source: `# CONTRACT MANUFACTURING AGREEMENT
This Contract Manufacturing Agreement ("Agreement") is made and entered into at Pune on this 12th day of January, 2026
BY AND BETWEEN
SAHYADRI FORMULATIONS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U24230PN2011PTC140215 and its registered office at Plot No. D-41, MIDC Chakan Phase II, Pune 410501, Maharashtra (hereinafter referred to as the "Manufacturer", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and permitted assigns) of the ONE PART;
AND
VERDANT LEAF CONSUMER PRODUCTS LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008, having LLPIN AAK-4512 and its registered office at 3rd Floor, 100 Feet Road, Indiranagar, Bengaluru 560038, Karnataka (hereinafter referred to as the "Company", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its partners for the time being, successors and permitted assigns) of the OTHER PART.
The Manufacturer and the Company are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Manufacturer holds a valid manufacturing licence under the Drugs and Cosmetics Act, 1940 and operates a GMP-certified facility at Chakan, Pune.
B. The Company owns the "Verdant Leaf" brand of herbal skincare products and wishes the Manufacturer to manufacture and supply such products to it on the terms set out below.
NOW THEREFORE, IN CONSIDERATION OF THE MUTUAL COVENANTS SET OUT HEREIN, THE PARTIES AGREE AS FOLLOWS:
1. DEFINITIONS
1.1 "Effective Date" means 1st February, 2026.
1.2 "Products" means the products listed in Annexure A, manufactured to the Specifications provided by the Company.
2. TERM
2.1 This Agreement shall be valid for a period of five (5) years commencing on the Effective Date, unless terminated earlier in accordance with Clause 8.
2.2 Neither Party shall terminate this Agreement for convenience during the first twenty-four (24) months from the Effective Date (the "Lock-in Period"). After the Lock-in Period, either Party may terminate this Agreement by giving one hundred and eighty (180) days' prior written notice.
2.3 The Parties may renew this Agreement for a further period of three (3) years on mutually agreed terms by executing a written renewal agreement not later than ninety (90) days before its expiry.
3. MANUFACTURE AND SUPPLY
3.1 The Manufacturer shall manufacture and supply the Products to the Company against purchase orders issued by the Company, subject to a minimum batch size of 5,000 units per SKU.
4. PRICE AND PAYMENT
4.1 The Company shall pay the prices in Annexure A within forty-five (45) days from the date of each invoice.
5. QUALITY AND WARRANTY
5.1 The Manufacturer warrants that each batch shall conform to the Specifications and shall have a remaining shelf life of not less than twenty-four (24) months on delivery, and shall replace any non-conforming Products notified within twelve (12) months from the date of manufacture.
6. CONFIDENTIALITY
6.1 The obligations of confidentiality shall survive for a period of three (3) years after the expiry or termination of this Agreement.
7. GOVERNING LAW AND DISPUTE RESOLUTION
7.1 This Agreement shall be governed by and construed in accordance with the laws of India. Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, with the seat of arbitration at Mumbai. Subject thereto, the courts at Pune shall have exclusive jurisdiction.
8. TERMINATION
8.1 Either Party may terminate this Agreement forthwith if the other Party commits a material breach and fails to cure it within thirty (30) days of written notice.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year first above written.
For SAHYADRI FORMULATIONS PRIVATE LIMITED
Authorised Signatory: Anand Kulkarni, Managing Director
For VERDANT LEAF CONSUMER PRODUCTS LLP
Designated Partner: Meera Iyer
Witnesses:
1. Sunil Patwardhan, Pune
2. Kavya Rao, Bengaluru`,
    truth: {
      title: "Contract Manufacturing Agreement",
      documentType: "Supply agreement",
      parties: ["Sahyadri Formulations Private Limited", "Verdant Leaf Consumer Products LLP"],
      governingLaw: "India",
      effectiveDate: "2026-02-01",
      expiryDate: "2031-01-31",
      term: "5 years",
    },
  },
];
