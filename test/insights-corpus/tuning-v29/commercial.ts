import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: commercial contracts (supply, distribution, services, agency, NDAs, manufacturing, logistics, marketing, consultancy) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V29: UnseenDocument[] = [
  {
    id: "v29-commercial-scottish-cask-supply",
    format: "pdf",
    pageFooters: true,
    source: `# CASK SUPPLY AGREEMENT
MINUTE OF AGREEMENT between GLEN ARRIN COOPERAGE LIMITED, incorporated under the Companies Acts (Registered Number SC384112) and having its Registered Office at Unit 4, Linkwood Industrial Estate, Elgin IV30 8XZ (the "Supplier"); STRATHDEE DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC201776) and having its Registered Office at Mains of Strathdee, Aberlour AB38 9QT (the "Purchaser"); and STRATHDEE HOLDINGS PLC, incorporated under the Companies Acts (Registered Number SC199040) and having its Registered Office at 18 Rutland Square, Edinburgh EH1 2BB (the "Guarantor")
CONSIDERING THAT the Supplier manufactures and reconditions oak casks and the Purchaser wishes to purchase casks for the maturation of spirit on the terms set out below; NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
1.1 In this Agreement: "Commencement Date" means 1 April 2026; "Casks" means the hogsheads, barrels and butts described in the Schedule; "Contract Year" means each period of twelve months starting on the Commencement Date or an anniversary of it.
# 2. Duration
2.1 This Agreement shall commence on the Commencement Date and, subject to earlier termination under Clause 9, shall continue for a period of three years.
2.2 The Purchaser may, by written notice given not later than six months before the end of that period, extend this Agreement once for a further period of two years. Failing such notice this Agreement shall end on the expiry of the period in Clause 2.1.
# 3. Supply and Forecasts
3.1 The Purchaser shall provide a rolling forecast of its requirements each quarter and shall place firm orders not less than eight weeks before the required delivery date.
3.2 The Purchaser shall take not fewer than 4,000 Casks in each Contract Year.
# 4. Price and Payment
4.1 Prices are set out in the Schedule and may be reviewed once in each Contract Year on ninety days' notice. Invoices are payable within thirty days of the end of the month of delivery.
# 5. Warranty
5.1 The Supplier warrants that each Cask shall be free from leaks and defects in workmanship for a period of eighteen months from delivery.
# 6. Guarantee
6.1 The Guarantor guarantees to the Supplier the due payment by the Purchaser of all sums falling due under this Agreement.
# 9. Termination
9.1 Either party may terminate this Agreement by giving six months' written notice if the other commits a material breach which is not remedied within thirty days of being required to do so.
# 10. Law and Jurisdiction
10.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
# Schedule: Casks and Prices
| Cask | Capacity | Price per Cask |
| Reconditioned American oak barrel | 200 litres | GBP 145 |
| Rebuilt hogshead | 250 litres | GBP 210 |
| Seasoned European oak butt | 500 litres | GBP 690 |
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows: they are subscribed for and on behalf of Glen Arrin Cooperage Limited by Callum Duncan Ross, Director, at Elgin on the twelfth day of March Two thousand and twenty-six before this witness Morag Anne Leslie, Office Manager, 4 Linkwood Industrial Estate, Elgin;
they are subscribed for and on behalf of Strathdee Distillers Limited and Strathdee Holdings PLC by Fiona Grant, Director of each, at Aberlour on the sixteenth day of March Two thousand and twenty-six before this witness Euan McPhail, Distillery Manager, Mains of Strathdee, Aberlour.`,
    truth: {
      title: "Cask Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Glen Arrin Cooperage Limited", "Strathdee Distillers Limited", "Strathdee Holdings PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v29-commercial-ni-commercial-agency",
    format: "docx",
    storedPageCount: 3,
    source: `# COMMERCIAL AGENCY AGREEMENT
DATED 14 January 2026
LAGAN VALLEY FOODS LIMITED
and
MOURNE SALES AGENCY LLP
Carson McDowell Solicitors, Murray House, Murray Street, Belfast BT1 6DN
===
THIS AGREEMENT is dated 14 January 2026
BETWEEN
(1) LAGAN VALLEY FOODS LIMITED, a company incorporated in Northern Ireland with registered number NI612345 whose registered office is at 7 Moira Road, Lisburn BT28 1RW (the "Principal"); and
(2) MOURNE SALES AGENCY LLP, a limited liability partnership registered in Northern Ireland with number NC001872 whose registered office is at 22 Main Street, Newcastle BT33 0AD (the "Agent").
BACKGROUND
The Principal produces chilled ready meals and wishes to appoint the Agent as its commercial agent to negotiate sales to independent retailers in the Territory on the Principal's behalf.
# 1. Interpretation
1.1 "Commencement Date" means 1 February 2026. "Territory" means Northern Ireland and the counties of Donegal, Louth and Monaghan. "Regulations" means the Commercial Agents (Council Directive) Regulations 1993.
# 2. Appointment
2.1 The Principal appoints the Agent as its non-exclusive agent to negotiate the sale of the Products in the Territory. The Agent has no authority to conclude contracts in the Principal's name.
# 3. Duration
3.1 This Agreement shall commence on the Commencement Date and shall continue for an initial period of 2 years. It shall then continue automatically for successive periods of 12 months each unless either party gives the other not less than three months' written notice to terminate, expiring at the end of the initial period or of any such successive period.
# 4. Commission
4.1 The Principal shall pay the Agent commission of 6% of the net invoice value of orders obtained by the Agent, within 30 days after the end of the quarter in which the customer pays.
# 5. Restraint of Trade
5.1 For 12 months after termination the Agent shall not act for any producer of competing chilled ready meals in the Territory.
# 6. Indemnity on Termination
6.1 On termination the Agent shall be entitled to an indemnity in accordance with regulation 17 of the Regulations.
# 7. Governing Law
7.1 This Agreement and any dispute arising from it shall be governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
# SCHEDULE - PRODUCTS
| Range | Pack sizes |
| Lagan Kitchen classic meals | 400g, 800g |
| Lagan Kitchen family trays | 1.2kg |
Signed by Patrick Hughes, Director, for and on behalf of LAGAN VALLEY FOODS LIMITED
Signed by Siobhan Kelly, Designated Member, for and on behalf of MOURNE SALES AGENCY LLP`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Lagan Valley Foods Limited", "Mourne Sales Agency LLP"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "2 years",
      renewal: "12 months",
    },
  },
  {
    id: "v29-commercial-colorado-mutual-nda",
    format: "txt",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Ridgeline Analytics, LLC, a Colorado limited liability company with offices at 1600 Wynkoop Street, Suite 300, Denver, Colorado 80202 ("Ridgeline"), and Harbor Point Capital Partners, L.P., a Delaware limited partnership acting through its general partner, Harbor Point GP, LLC, with offices at 45 Seaport Boulevard, Boston, Massachusetts 02210 ("Harbor Point"). Ridgeline and Harbor Point are each a "Party."
WHEREAS, the Parties wish to explore a possible investment by Harbor Point in Ridgeline (the "Transaction") and, in connection therewith, each Party may disclose Confidential Information to the other;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Confidential Information. "Confidential Information" means all non-public information disclosed by a Party, whether before or after the Effective Date, that is marked confidential or would reasonably be understood to be confidential.
2. Obligations. The receiving Party shall use Confidential Information solely to evaluate the Transaction and shall protect it with at least the degree of care it uses for its own information of like kind, and in no event less than reasonable care.
3. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either Party upon thirty (30) days' written notice. The obligations in Section 2 shall survive expiration or termination for a period of five (5) years.
4. Non-Solicitation. For twelve (12) months after the Effective Date, neither Party shall solicit for employment any employee of the other Party with whom it had contact in connection with the Transaction.
5. Return of Materials. Within ten (10) business days of a written request, the receiving Party shall return or destroy all Confidential Information.
6. Prior Letter. This Agreement supersedes the one-way confidentiality letter dated June 10, 2024 from Ridgeline to Harbor Point.
7. Governing Law. This Agreement shall be governed by the laws of the State of Colorado, without regard to its conflict of laws principles. Each Party consents to the exclusive jurisdiction of the state and federal courts located in Denver, Colorado.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
RIDGELINE ANALYTICS, LLC
By: /s/ Marisol Vega   Name: Marisol Vega   Title: Chief Executive Officer
HARBOR POINT CAPITAL PARTNERS, L.P.
By: Harbor Point GP, LLC, its general partner
By: /s/ Thomas Whitcombe   Name: Thomas Whitcombe   Title: Managing Director`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Ridgeline Analytics, LLC", "Harbor Point Capital Partners, L.P."],
      governingLaw: "Colorado",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v29-commercial-singapore-logistics",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 48,
    source: `# LOGISTICS SERVICES AGREEMENT
# Part A - Key Details
| Item | Details |
| Agreement Date | 20 April 2026 |
| Customer | Merlion Fresh Produce Pte. Ltd. (UEN 201512345K), 12 Pasir Panjang Wholesale Centre, Singapore 110012 |
| Provider | Tanjong Cold Chain Logistics Pte. Ltd. (UEN 200898765M), 3 Tuas South Avenue 9, Singapore 637331 |
| Services | Chilled warehousing at 0-4 degrees Celsius, pick and pack, and last-mile delivery to the Customer's retail accounts |
| Commencement Date | 1 May 2026 |
| Term | From 1 May 2026 to 30 April 2028 |
| Free Storage Period | 14 days per inbound consignment |
| Payment Terms | 45 days from date of invoice |
| Governing Law | Singapore |
# Part B - Terms and Conditions
1. Interpretation. Capitalised terms used in Part B have the meanings given in Part A. If Part A and Part B conflict, Part A prevails.
2. Term. This Agreement takes effect on the Commencement Date and continues for the Term. It does not renew automatically; any extension must be agreed in writing not later than three months before the end of the Term.
3. Service Levels. The Provider shall meet the service levels in Part C. Service credits are the Customer's sole financial remedy for service level failures.
4. Charges. The Customer shall pay the charges in Part C within the Payment Terms. Late payments bear interest at 1% per month.
5. Liability. The Provider's liability for loss of or damage to goods is limited to SGD 5.00 per kilogram. The Provider is discharged from all liability unless a claim is notified in writing within nine months of the date of delivery or the date on which the goods should have been delivered.
6. Termination. Either party may terminate on 60 days' written notice if the other party fails to remedy a material breach within 30 days of notice.
7. Disputes. Any dispute shall be referred to arbitration in Singapore administered by the Singapore International Arbitration Centre. This Agreement is governed by the laws of Singapore.
===
# Part C - Charges
| Charge | Rate (SGD) |
| Chilled storage per pallet per week | 18.50 |
| Pick and pack per carton | 0.85 |
| Delivery per drop | 22.00 |
Signed for and on behalf of Merlion Fresh Produce Pte. Ltd. by Lim Wei Ling, Director
Signed for and on behalf of Tanjong Cold Chain Logistics Pte. Ltd. by Rajesh s/o Krishnan, Chief Operating Officer`,
    truth: {
      title: "Logistics Services Agreement",
      documentType: "Services agreement",
      parties: ["Merlion Fresh Produce Pte. Ltd.", "Tanjong Cold Chain Logistics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v29-commercial-nsw-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
This deed is made on 9 February 2026.
# Parties
Kookaburra Outdoor Gear Pty Ltd ACN 612 345 678 of 41 Bourke Road, Alexandria NSW 2015 (Supplier)
Southern Cross Retail Distribution Pty Ltd ACN 605 987 321 in its capacity as trustee for the Southern Cross Distribution Unit Trust, of Level 9, 60 Carrington Street, Sydney NSW 2000 (Distributor)
# Background
A. The Supplier and the Distributor are parties to a document titled "Exclusive Distribution Agreement" dated 1 July 2023 (Agreement), under which the Distributor was appointed exclusive distributor of the Supplier's camping equipment in Australia for an initial term of five years from 1 July 2023.
B. The parties wish to vary the Agreement on the terms of this deed.
# Operative provisions
1. Definitions. Words defined in the Agreement have the same meaning in this deed. Variation Date means 1 March 2026.
2. Variation. With effect on and from the Variation Date, the Agreement is varied as follows:
(a) in clause 1.1, the definition of Territory is replaced with "Australia and New Zealand";
(b) in clause 7.2, the Minimum Annual Purchase is increased from AUD 1,800,000 to AUD 2,400,000; and
(c) in clause 11.3, "sixty (60) days" is replaced with "forty-five (45) days".
3. Confirmation. Except as varied by this deed, the Agreement remains in full force and effect. Nothing in this deed extends or shortens the term of the Agreement.
4. Trustee. The Distributor enters into this deed as trustee of the Southern Cross Distribution Unit Trust and warrants that it has power under the trust deed to do so.
5. Costs. Each party bears its own costs of preparing and executing this deed.
6. Governing law. This deed is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed as a deed.
Executed by Kookaburra Outdoor Gear Pty Ltd ACN 612 345 678 in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director - Bronwyn Ashby; Director/Company Secretary - Hamish Treloar
Executed by Southern Cross Retail Distribution Pty Ltd ACN 605 987 321 as trustee for the Southern Cross Distribution Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by: Sole Director and Company Secretary - Anh Nguyen`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kookaburra Outdoor Gear Pty Ltd", "Southern Cross Retail Distribution Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
  {
    id: "v29-commercial-kenya-marketing-letter",
    format: "pdf",
    source: `SAVANNA CREATIVE AGENCY LIMITED
5th Floor, Westside Towers, Lower Kabete Road, Westlands, P.O. Box 66021-00800, Nairobi, Kenya
Tel: +254 20 765 4400 | hello@savannacreative.co.ke
Our ref: SCA/KTE/2026/014
16 February 2026
The Managing Director
Kilima Tea Estates Limited
P.O. Box 4521-00200
Nairobi
Attention: Ms. Wanjiru Kamau
Dear Madam,
# Provision of Digital Marketing Services
Further to your letter of 2 February 2026 and our proposal of 9 February 2026, we are pleased to set out below the terms on which Savanna Creative Agency Limited ("we") will provide digital marketing services to Kilima Tea Estates Limited ("you").
1. Services. We will plan and run your social media channels, produce monthly content for the Kilima Gold brand, manage paid search and social campaigns and report to you on performance each month.
2. Duration. The Services will be provided for a period of six (6) months commencing on 1 March 2026 (the "Commencement Date"). Any continuation after that period will be agreed in a fresh letter.
3. Fees. You will pay a monthly retainer of KES 480,000 plus VAT, invoiced in advance on the first business day of each month and payable within 30 days of invoice. Media spend is billed at cost.
4. Intellectual property. On payment in full, copyright in the creative work we produce for you passes to you.
5. Exclusivity. During the engagement and for three (3) months after it ends, we will not provide similar services to any other tea producer in Kenya.
6. Termination. Either party may end this engagement by giving 30 days' written notice.
7. Law. This letter is governed by the laws of Kenya and any dispute will be referred to the courts at Nairobi.
Please confirm your acceptance by signing and returning the enclosed copy of this letter.
Yours faithfully,
Otieno Mwangi
Managing Director, for and on behalf of Savanna Creative Agency Limited
Accepted and agreed for and on behalf of Kilima Tea Estates Limited
Signed: Wanjiru Kamau, Managing Director
Date: 20 February 2026`,
    truth: {
      title: "Provision of Digital Marketing Services",
      documentType: "Services agreement",
      parties: ["Savanna Creative Agency Limited", "Kilima Tea Estates Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-01",
      expiryDate: "2026-08-31",
      term: "6 months",
    },
  },
  {
    id: "v29-commercial-india-consultancy",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTANCY AGREEMENT
THIS CONSULTANCY AGREEMENT is executed at Bengaluru on this 5th day of January, 2026
BY AND BETWEEN:
VYOMA AEROSPACE PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, bearing CIN U35303KA2019PTC123456 and having its registered office at No. 88, 2nd Cross, Peenya Industrial Area, Bengaluru 560058, Karnataka (hereinafter referred to as the "Company", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
DR. MEENAKSHI RAGHAVAN, aged about 52 years, daughter of Shri K. Raghavan, residing at Flat 1204, Prestige Lakeside, Whitefield, Bengaluru 560066 (hereinafter referred to as the "Consultant", which expression shall include her heirs, executors and legal representatives) of the OTHER PART.
WHEREAS the Company designs composite airframe components and desires to engage the Consultant, who has expertise in aerospace materials certification, and the Consultant has agreed to be so engaged on the terms hereinafter appearing.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. Engagement. The Company engages the Consultant on a non-exclusive basis to advise on DGCA and EASA certification of the Company's composite products. The Consultant is an independent contractor and nothing herein creates a relationship of employer and employee.
2. Term. The term of this Agreement shall commence on 15 January 2026 (the "Effective Date") and, unless terminated earlier in accordance with Clause 8, shall expire on 14 July 2027, being a period of eighteen (18) months. The parties may renew this Agreement only by mutual written agreement.
3. Fees. The Company shall pay the Consultant a fee of INR 3,50,000 per month, subject to deduction of tax at source, within fifteen (15) days of receipt of an invoice.
4. Confidentiality. The Consultant shall keep confidential all information of the Company during the term and for a period of three (3) years thereafter.
5. Non-solicitation. For twelve (12) months after the end of the term the Consultant shall not solicit any employee of the Company.
===
6. Intellectual Property. All reports and deliverables prepared by the Consultant shall vest in the Company upon creation.
8. Termination. Either party may terminate this Agreement by giving sixty (60) days' prior written notice to the other.
9. Governing Law and Arbitration. This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be resolved by a sole arbitrator under the Arbitration and Conciliation Act, 1996, the seat of arbitration being Bengaluru.
IN WITNESS WHEREOF the parties have set their hands on the day, month and year first above written.
For VYOMA AEROSPACE PRIVATE LIMITED - Authorised Signatory: Arjun Menon, Chief Executive Officer
DR. MEENAKSHI RAGHAVAN - Consultant
Witnesses: 1. Kavya Shetty 2. Prakash Iyer`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Vyoma Aerospace Private Limited", "Meenakshi Raghavan"],
      governingLaw: "India",
      effectiveDate: "2026-01-15",
      expiryDate: "2027-07-14",
      term: "18 months",
    },
  },
  {
    id: "v29-commercial-ontario-contract-manufacturing",
    format: "txt",
    source: `# CONTRACT MANUFACTURING AGREEMENT
The parties named in the signature blocks at the end of this Agreement agree as follows.
# Article 1 - Definitions
1.1 "Customer" means the party identified as Customer below; "Manufacturer" means the party identified as Manufacturer below; "Effective Date" means June 1, 2026; "Products" means the injection-moulded housings and components described in Schedule A, made to the Customer's specifications and using the Customer's tooling.
# Article 2 - Manufacture and Supply
2.1 The Manufacturer shall manufacture the Products and sell them to the Customer against purchase orders issued under this Agreement.
2.2 During the first twelve (12) months after the Effective Date the Customer shall order not less than 250,000 units of the Products.
2.3 Tooling supplied by the Customer remains the Customer's property and shall be returned within fifteen (15) business days after termination.
# Article 3 - Price and Payment
3.1 Prices are set out in Schedule A and are fixed until December 31, 2026. Invoices are payable net sixty (60) days.
# Article 4 - Warranty
4.1 The Manufacturer warrants that the Products will conform to the specifications and be free from defects in materials and workmanship for twenty-four (24) months after delivery.
# Article 5 - Term and Termination
5.1 This Agreement begins on the Effective Date and continues until terminated by either party on not less than one hundred and eighty (180) days' written notice to the other.
5.2 Either party may terminate immediately if the other becomes bankrupt or insolvent or makes an assignment for the benefit of creditors.
# Article 6 - Governing Law
6.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
# Schedule A - Products and Prices
| Part number | Description | Unit price (CAD) |
| NH-2210 | Upper housing, kettle, white | 1.42 |
| NH-2211 | Base housing, kettle, white | 1.18 |
| NH-3040 | Control knob | 0.21 |
MANUFACTURER: MAPLEFIELD PLASTICS INC., 450 Industrial Parkway North, Aurora, Ontario L4G 4C3
Per: Daniel Okafor, President - I have authority to bind the corporation. Date: May 22, 2026
CUSTOMER: NORTHSHORE HOME APPLIANCES LTD., 2200 Argentia Road, Mississauga, Ontario L5N 2K7
Per: Geneviève Tremblay, Vice-President, Operations - I have authority to bind the corporation. Date: May 26, 2026`,
    truth: {
      title: "Contract Manufacturing Agreement",
      documentType: "Supply agreement",
      parties: ["Maplefield Plastics Inc.", "Northshore Home Appliances Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
];
