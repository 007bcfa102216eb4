import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: commercial contracts (supply, distribution, services, agency, NDAs, manufacturing) in varied styles and jurisdictions. */
export const COMMERCIAL_V26: UnseenDocument[] = [
  {
    id: "v26-commercial-ni-manufacturing-supply",
    format: "pdf",
    pageFooters: true,
    source: `# MANUFACTURING AND SUPPLY AGREEMENT
LOUGHVIEW COMPOSITES LIMITED
and
ARDGLASS MARINE PRODUCTS LIMITED
Dated 14 April 2026
===
THIS AGREEMENT is dated 14 April 2026
PARTIES
(1) LOUGHVIEW COMPOSITES LIMITED, a company incorporated in Northern Ireland with company number NI654321 whose registered office is at Unit 4, Carn Industrial Estate, Portadown BT63 5RH (the “Manufacturer”); and
(2) ARDGLASS MARINE PRODUCTS LIMITED, a company incorporated in Northern Ireland with company number NI701122 whose registered office is at 18 Quay Street, Ardglass BT30 7SA (the “Customer”).
BACKGROUND
(A) The Customer designs glass-reinforced plastic boat hulls and deck mouldings and wishes to appoint the Manufacturer to manufacture and supply them to the Customer’s Specifications.
(B) The Manufacturer has agreed to do so on the terms of this Agreement.
# 1. Definitions
1.1 “Commencement Date” means 1 May 2026.
1.2 “Initial Term” means the period of three (3) years commencing on the Commencement Date.
1.3 “Warranty Period” means, for each Product, eighteen (18) months from the date of its delivery.
1.4 “Forecast” means the Customer’s rolling, non-binding forecast of its requirements for the following twelve (12) months.
# 2. Term
2.1 This Agreement shall come into force on the Commencement Date and, unless terminated earlier in accordance with clause 14, shall continue for the Initial Term.
2.2 On expiry of the Initial Term this Agreement shall automatically renew for successive periods of twelve (12) months (each a “Renewal Period”) unless either party gives the other not less than six (6) months’ written notice of non-renewal before the end of the Initial Term or the then current Renewal Period.
# 3. Orders and price
3.1 The Customer shall submit Purchase Orders not less than eight (8) weeks before the required delivery date. The Manufacturer shall accept or reject each Purchase Order within five (5) Business Days.
3.2 The prices in Schedule 1 are fixed for the first twelve (12) months after the Commencement Date and may then be reviewed annually. The Customer shall pay each invoice within sixty (60) days of the end of the month in which it is received.
# 4. Warranty
4.1 The Manufacturer warrants that each Product will conform to the Specifications and be free from defects in materials and workmanship during the Warranty Period.
# 14. Termination
14.1 Either party may terminate this Agreement with immediate effect by notice if the other commits a material breach that it fails to remedy within thirty (30) days of being notified of it.
# 20. Governing law and jurisdiction
20.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland, and the parties irrevocably submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
This Agreement has been entered into on the date stated at the beginning of it.
Signed by Conor McAleese, Director, for and on behalf of LOUGHVIEW COMPOSITES LIMITED
Signed by Gráinne Rooney, Director, for and on behalf of ARDGLASS MARINE PRODUCTS LIMITED`,
    truth: {
      title: "Manufacturing and Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Loughview Composites Limited", "Ardglass Marine Products Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v26-commercial-ireland-commercial-agency",
    format: "pdf",
    source: `# COMMERCIAL AGENCY AGREEMENT
THIS AGREEMENT is made on the 2nd day of February 2026
BETWEEN
KILBRACK DAIRY SYSTEMS DESIGNATED ACTIVITY COMPANY, a company registered in Ireland under number 712345 and having its registered office at Kilbrack Business Park, Fermoy, County Cork, P61 XK12 (the “Principal”);
AND
SEÁN Ó BRIAIN, of Cnoc na Gaoithe, Dingle, County Kerry, V92 AB34, trading as Ó Briain Farm Sales (the “Agent”).
WHEREAS the Principal manufactures milking parlour and bulk milk cooling equipment and wishes to appoint the Agent as its commercial agent within the meaning of the European Communities (Commercial Agents) Regulations 1994 (the “Regulations”).
NOW IT IS HEREBY AGREED as follows:
1. Appointment. The Principal appoints the Agent as its non-exclusive agent to negotiate the sale of the Products to customers in Counties Kerry, Limerick and Clare (the “Territory”). The Agent has no authority to conclude contracts or to bind the Principal.
2. Duration. This Agreement shall commence on the date hereof and shall continue in force until terminated by either party in accordance with clause 9.
3. Commission. The Principal shall pay the Agent a commission of six per cent (6%) of the net invoice value of every order accepted from a customer in the Territory. Commission shall be paid within thirty (30) days after the end of the calendar quarter in which the customer pays.
4. Agent’s duties. The Agent shall look after the Principal’s interests, act dutifully and in good faith, and report to the Principal each month on visits made and orders secured.
5. Samples. Demonstration units supplied to the Agent remain the property of the Principal and shall be returned within fourteen (14) days of the end of this Agreement.
9. Termination. Either party may terminate this Agreement by written notice of not less than one month in the first year, two months in the second year and three months in the third and subsequent years, as required by Regulation 14 of the Regulations, or immediately for material breach.
10. Restraint of trade. For a period of two (2) years after termination the Agent shall not, within the Territory, act for any manufacturer of goods competing with the Products.
11. Indemnity. On termination the Agent shall be entitled to an indemnity in accordance with Regulation 17 of the Regulations.
14. Governing law. This Agreement shall be governed by and construed in accordance with the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
IN WITNESS whereof the parties have signed this Agreement on the date first written above.
SIGNED by Niamh Cashman, Director, for and on behalf of KILBRACK DAIRY SYSTEMS DESIGNATED ACTIVITY COMPANY
SIGNED by SEÁN Ó BRIAIN in the presence of: Máire Ní Shé, Solicitor, Tralee`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Kilbrack Dairy Systems Designated Activity Company", "Seán Ó Briain"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-02",
      term: "Until terminated",
    },
  },
  {
    id: "v26-commercial-minnesota-msa",
    format: "pdf",
    pdfMargin: 80,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and between Halvorsen Cold Chain Logistics, LLC, a Minnesota limited liability company with its principal office at 2200 Energy Park Drive, St. Paul, Minnesota 55108 (“Customer”), and Brightline Fleet Analytics, Inc., a Delaware corporation with offices at 410 N. Michigan Avenue, Suite 900, Chicago, Illinois 60611 (“Provider”).
# RECITALS
WHEREAS, Customer operates a fleet of refrigerated trailers and wishes to engage Provider to monitor trailer temperatures and optimize delivery routes; and
WHEREAS, Provider is willing to perform such services on the terms set forth herein;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Services. Provider shall perform the telematics monitoring, route optimization and reporting services described in one or more statements of work executed by both parties (each, an “SOW”). Each SOW is incorporated into this Agreement.
2. Term. 2.1 The initial term of this Agreement shall be thirty-six (36) months commencing on the Effective Date (the “Initial Term”).
2.2 Customer may, at its sole option, extend the Initial Term for one (1) additional period of twelve (12) months by giving Provider written notice at least ninety (90) days before the end of the Initial Term. This Agreement shall not renew automatically.
2.3 The term of each SOW shall be as stated in that SOW, provided that no SOW shall extend beyond the term of this Agreement.
3. Fees and Payment. Customer shall pay the fees set forth in each SOW within forty-five (45) days after receipt of a correct invoice. Late amounts bear interest at one percent (1%) per month.
4. Service Levels. Provider shall make the monitoring platform available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least forty-eight (48) hours in advance.
7. Confidentiality. Each party shall hold the other’s Confidential Information in confidence. The obligations in this Section 7 shall survive for five (5) years after expiration or termination of this Agreement.
8. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party who performed work under an SOW.
10. Termination for Convenience. Customer may terminate this Agreement or any SOW for convenience upon sixty (60) days’ prior written notice.
12. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Minnesota, without regard to its conflict-of-laws principles. The state and federal courts located in Ramsey County, Minnesota shall have exclusive jurisdiction.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| HALVORSEN COLD CHAIN LOGISTICS, LLC | BRIGHTLINE FLEET ANALYTICS, INC. |
| By: ______________________ | By: ______________________ |
| Name: Karin Halvorsen | Name: Marcus Oduya |
| Title: Chief Executive Officer | Title: President |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Halvorsen Cold Chain Logistics, LLC", "Brightline Fleet Analytics, Inc."],
      governingLaw: "Minnesota",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
    },
  },
  {
    id: "v26-commercial-scotland-exclusive-distribution",
    format: "docx",
    storedPageCount: 3,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
MINUTE OF AGREEMENT
between
GLENMORVEN SPIRITS LIMITED, incorporated under the Companies Acts (registered number SC612345) and having its registered office at 7 Distillery Road, Tain IV19 1PY (“the Supplier”)
and
NORDKAPP DRIKKE AS, a company incorporated in Norway (organisation number 923 456 789) and having its principal place of business at Strandgata 14, 9008 Tromsø, Norway (“the Distributor”)
===
# 1 Definitions
1.1 In this Agreement: “Commencement Date” means 1 July 2026; “Products” means the single malt Scotch whiskies listed in Part 1 of the Schedule; “Territory” means the Kingdom of Norway; and “Contract Year” means each period of twelve months beginning on the Commencement Date or an anniversary of it.
# 2 Appointment
2.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory, and the Distributor accepts the appointment. The Distributor buys and resells the Products in its own name and for its own account.
# 3 Duration
3.1 This Agreement shall subsist from the Commencement Date until 30 June 2029, when it shall come to an end without the need for notice unless the parties agree in writing to extend it.
# 4 Minimum purchases
4.1 The Distributor shall purchase not less than four thousand (4,000) cases of the Products in each Contract Year. If it fails to do so in two consecutive Contract Years, the Supplier may convert the appointment to a non-exclusive one on three months’ notice.
# 5 Prices and payment
5.1 The Products shall be sold ex works Tain at the prices in Part 2 of the Schedule. The Distributor shall pay each invoice within forty-five (45) days of the date of the bill of lading.
# 9 Restrictions after termination
9.1 For twelve (12) months after this Agreement ends the Distributor shall not distribute in the Territory any Scotch whisky that competes with the Products.
# 12 Law and jurisdiction
12.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of Glenmorven Spirits Limited at Edinburgh on 19 June 2026 by Fiona MacRae, Director, before this witness: Alasdair Munro, 3 Rutland Square, Edinburgh
Subscribed for and on behalf of Nordkapp Drikke AS at Tromsø on 23 June 2026 by Erik Johansen, Daglig leder
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Glenmorven Spirits Limited and Nordkapp Drikke AS.
# Part 1 – Products and Part 2 – Prices
| Product | Bottle size | Price per case of 6 (GBP) |
| Glenmorven 12 Year Old | 70cl | 162.00 |
| Glenmorven 18 Year Old Sherry Cask | 70cl | 318.00 |
| Glenmorven Tain Port Finish | 70cl | 204.00 |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Glenmorven Spirits Limited", "Nordkapp Drikke AS"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v26-commercial-singapore-mutual-nda",
    format: "docx",
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
Effective Date: 9 January 2026
The parties identified in the execution block at the end of this Agreement (each a “Party”) wish to exchange confidential information for the purpose of evaluating a possible contract manufacturing arrangement for medical-grade silicone components (the “Purpose”). They agree as follows.
# 1. Confidential Information
1.1 “Confidential Information” means all information disclosed by one Party (the “Discloser”) to the other (the “Recipient”) in connection with the Purpose, whether before or after the Effective Date, including formulations, tooling drawings, pricing and customer lists.
# 2. Obligations
2.1 The Recipient shall use the Confidential Information only for the Purpose, keep it secret, and disclose it only to its officers, employees and professional advisers who need to know it and are bound by duties of confidence no less strict than this Agreement.
# 3. Exclusions
3.1 Clause 2 does not apply to information that is or becomes public other than through the Recipient’s breach, was lawfully known to the Recipient before disclosure, or is independently developed without use of the Confidential Information.
# 4. Term
4.1 This Agreement shall remain in force for a period of two (2) years from the Effective Date, unless terminated earlier by either Party on thirty (30) days’ written notice.
4.2 Notwithstanding expiry or termination, the obligations in clause 2 shall continue for five (5) years after the date of expiry or termination.
# 5. Return of information
5.1 Within fourteen (14) days of a written request, the Recipient shall return or destroy all Confidential Information of the Discloser, save for copies kept in automatic electronic back-ups.
# 6. Non-solicitation
6.1 Neither Party shall, during the term of this Agreement and for twelve (12) months afterwards, solicit any employee of the other Party with whom it had contact in connection with the Purpose.
# 7. No licence and no commitment
7.1 Nothing in this Agreement grants any licence under any intellectual property right or obliges either Party to enter into any further agreement.
# 8. Governing law and disputes
8.1 This Agreement is governed by the laws of the Republic of Singapore. Any dispute arising out of or in connection with it shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
# EXECUTION
| Signed for and on behalf of | Signed for and on behalf of |
| MERLION BIOPOLYMERS PTE. LTD. (UEN 201912345K) | KAWASAN PRECISION MOULDING SDN. BHD. (Registration No. 201801023456 (1281234-X)) |
| 10 Tuas Avenue 3, Singapore 639410 | Lot 22, Jalan Perindustrian Bukit Minyak 5, 14100 Simpang Ampat, Penang, Malaysia |
| Name: Dr Lim Wei Ling | Name: Ahmad Faizal bin Osman |
| Title: Managing Director | Title: Chief Operating Officer |
| Date: 9 January 2026 | Date: 12 January 2026 |`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Merlion Biopolymers Pte. Ltd.", "Kawasan Precision Moulding Sdn. Bhd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-09",
      expiryDate: "2028-01-09",
      term: "2 years",
    },
  },
  {
    id: "v26-commercial-hong-kong-deed-of-variation",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to a Supply Agreement dated 12 March 2023
THIS DEED is made on the twenty-seventh day of February Two Thousand and Twenty-Six
BETWEEN:
(1) PEARL DELTA ELECTRONICS COMPANY LIMITED, a company incorporated in Hong Kong (Company No. 1234567) whose registered office is at Unit 1808, 18/F, Tower 2, Metroplaza, 223 Hing Fong Road, Kwai Chung, New Territories, Hong Kong (the “Supplier”); and
(2) ORCHID HOME APPLIANCES LIMITED, a company incorporated in Hong Kong (Company No. 2345678) whose registered office is at 9/F, Kodak House II, 39 Healthy Street East, North Point, Hong Kong (the “Purchaser”).
RECITALS
(A) The Supplier and the Purchaser are parties to a supply agreement dated 12 March 2023 (the “Supply Agreement”) under which the Supplier supplies printed circuit board assemblies to the Purchaser for an initial term of five (5) years from 1 April 2023.
(B) The parties wish to vary the Supply Agreement on the terms of this Deed.
IT IS AGREED as follows:
1. In this Deed, “Variation Date” means 1 March 2026. Terms defined in the Supply Agreement have the same meanings in this Deed.
2. With effect from the Variation Date the Supply Agreement is varied as follows:
(a) Schedule 2 (Prices) is deleted and replaced by the Annex to this Deed;
(b) in clause 7.2, the words “thirty (30) days” are deleted and replaced with “forty-five (45) days”; and
(c) in clause 11.1, the warranty period of “twelve (12) months” is deleted and replaced with “twenty-four (24) months”.
3. Save as varied by this Deed, the Supply Agreement, including its term and the provisions for its renewal, remains in full force and effect.
4. This Deed and any non-contractual obligations arising out of it are governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
THE COMMON SEAL of PEARL DELTA ELECTRONICS COMPANY LIMITED was affixed in the presence of: Chan Ka Ming, Director, and Wong Siu Fan, Company Secretary
THE COMMON SEAL of ORCHID HOME APPLIANCES LIMITED was affixed in the presence of: Leung Mei Yee, Director
===
# ANNEX – Revised Schedule 2 (Prices)
| Part number | Description | Unit price (HKD) |
| PD-4410 | Main control board, induction hob | 86.40 |
| PD-4422 | Display board, rice cooker | 31.75 |
| PD-5103 | Motor driver board, air purifier | 58.20 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Pearl Delta Electronics Company Limited", "Orchid Home Appliances Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v26-commercial-nz-letter-supply-cartons",
    format: "txt",
    source: `Tāmaki Packaging Limited
48 Neilson Street, Onehunga, Auckland 1061
NZBN 9429041234567
16 March 2026
Ms Aroha Tuhiwai
Operations Manager
Harbourside Print Co Limited
3 Hargreaves Street, Port Chalmers, Dunedin 9023
Our ref: TP/HPC/2026-07
Dear Aroha
# Letter Agreement for the Supply of Corrugated Cartons
Further to our quotation letter of 2 March 2026 and our meeting in Dunedin last week, this letter sets out the terms on which Tāmaki Packaging Limited (“we”) will supply corrugated cartons to Harbourside Print Co Limited (“you”).
1. Products and prices. We will supply the carton styles and sizes in the attached price list. Prices are fixed for the first six months and may then be adjusted once every six months on 30 days’ notice to reflect paper board costs.
2. Term. This letter agreement is for a period of twelve (12) months commencing on 1 April 2026 (the “Start Date”). It will then renew automatically for further periods of twelve (12) months unless either of us gives the other at least sixty (60) days’ written notice before the end of the then current period.
3. Orders and delivery. You will place orders at least ten (10) working days before the delivery date. Delivery is to your Port Chalmers premises.
4. Payment. Our invoices are payable on the 20th of the month following the date of invoice.
5. Consumer Guarantees Act. We are both in trade, and the parties agree that the Consumer Guarantees Act 1993 and sections 9, 12A and 13 of the Fair Trading Act 1986 do not apply to supplies under this letter agreement.
6. Governing law. This letter agreement is governed by New Zealand law and we each submit to the non-exclusive jurisdiction of the New Zealand courts.
If you are happy with these terms, please sign and return the enclosed copy of this letter.
Yours sincerely
Rawiri Henare
Commercial Manager
Tāmaki Packaging Limited
Agreed and accepted for and on behalf of Harbourside Print Co Limited
Signed: Aroha Tuhiwai, Operations Manager
Date: 24 March 2026`,
    truth: {
      title: "Letter Agreement for the Supply of Corrugated Cartons",
      documentType: "Supply agreement",
      parties: ["Tāmaki Packaging Limited", "Harbourside Print Co Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v26-commercial-victoria-maintenance-services",
    format: "txt",
    source: `# EQUIPMENT MAINTENANCE SERVICES AGREEMENT
# Item Schedule
| Item | Details |
| 1. Customer | Murray Basin Grain Handling Pty Ltd ACN 612 345 678 of 55 Lake Road, Swan Hill VIC 3585 |
| 2. Contractor | Ridgeline Conveyor Services Pty Ltd ACN 623 456 789 as trustee for the Ridgeline Family Trust ABN 12 345 678 901 of 9 Furnace Road, Bendigo VIC 3550 |
| 3. Agreement Date | 20 July 2026 |
| 4. Commencement Date | 1 August 2026 |
| 5. Initial Term | 2 years |
| 6. Expiry Date | 31 July 2028 |
| 7. Option to extend | One further term of 1 year, exercisable by the Customer by notice given not later than 3 months before the Expiry Date |
| 8. Sites | Swan Hill and Kerang grain receival sites |
| 9. Call-out response time | 4 hours |
| 10. Payment terms | 30 days from the end of the month in which a valid tax invoice is received |
| 11. Defects period | 90 days after completion of each repair |
| 12. Governing law | Victoria |
# General Terms
1. Term. This Agreement begins on the Commencement Date and continues until the Expiry Date, unless extended under clause 2 or terminated earlier under clause 9.
2. Option. The Customer may extend this Agreement for the further term in Item 7 by written notice to the Contractor. If the Customer does not give that notice, this Agreement ends on the Expiry Date. There is no automatic renewal.
3. Services. The Contractor must carry out the preventative maintenance of bucket elevators, belt conveyors and grain dryers described in Schedule 1, and attend breakdowns within the call-out response time.
4. Trustee. The Contractor enters into this Agreement as trustee of the Ridgeline Family Trust and warrants that it has power under the trust deed to do so and a right of indemnity out of the trust assets.
5. Insurance. The Contractor must hold public liability insurance of at least $20 million per occurrence throughout the Term.
6. Defects. The Contractor must re-perform at its own cost any repair that proves defective within the defects period.
9. Termination. The Customer may terminate this Agreement for convenience on 60 days’ written notice, or immediately if the Contractor commits a material breach not remedied within 14 days.
12. Governing law. This Agreement is governed by the laws of Victoria, and each party submits to the non-exclusive jurisdiction of the courts of Victoria.
Executed as an agreement.
Executed by Murray Basin Grain Handling Pty Ltd ACN 612 345 678 in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Peter Kovacs; Director/Secretary: Leanne Whitford
Executed by Ridgeline Conveyor Services Pty Ltd ACN 623 456 789 as trustee for the Ridgeline Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth): Sole Director and Secretary: Daniel Ridge`,
    truth: {
      title: "Equipment Maintenance Services Agreement",
      documentType: "Services agreement",
      parties: ["Murray Basin Grain Handling Pty Ltd", "Ridgeline Conveyor Services Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "2 years",
    },
  },
];
