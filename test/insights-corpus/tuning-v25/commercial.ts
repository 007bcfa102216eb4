import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25: commercial contracts (supply, distribution, services, agency, NDAs) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V25: UnseenDocument[] = [
  {
    id: "v25-commercial-distribution-hamburg",
    format: "pdf",
    pageFooters: true,
    source: `# DISTRIBUTION AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) HARROWGATE & FINCH TRADING LIMITED, a company incorporated in England and Wales with company number 08812345 whose registered office is at Unit 4, Calder Park, Wakefield WF2 7AA (“Supplier”); and
(2) NORDLICHT VERTRIEB GMBH, a company incorporated in Germany and registered in the commercial register of the local court of Hamburg under HRB 154321, whose business address is Spaldingstraße 64, 20097 Hamburg (“Distributor”).
# BACKGROUND
(A) The Supplier manufactures commercial kitchen ventilation equipment at its factory in Wakefield.
(B) The Distributor previously sold the Products in the Territory under a letter of appointment dated 2 September 2022 issued by the Supplier's former parent company, Finch Industrial Holdings Limited, which expired on 31 March 2026.
(C) The Supplier wishes to appoint the Distributor as its exclusive distributor of the Products in the Territory on the terms of this Agreement.
# 1. DEFINITIONS
1.1 “Commencement Date” means 1 May 2026.
1.2 “Products” means the canopy, fan and filter ranges listed in Schedule 1, as updated by the Supplier from time to time.
1.3 “Territory” means Germany, Austria and Switzerland.
# 2. APPOINTMENT
2.1 The Supplier appoints the Distributor as its exclusive distributor for the resale of the Products in the Territory, and the Distributor shall buy and resell the Products in its own name and for its own account.
2.2 The Distributor shall purchase Products with an aggregate invoice value of not less than EUR 1,500,000 in each year of this Agreement.
# 3. DURATION
3.1 This Agreement shall continue for an initial period of three (3) years commencing on the Commencement Date (the “Initial Term”), unless terminated earlier in accordance with clause 10.
3.2 On expiry of the Initial Term this Agreement shall automatically continue for successive periods of twelve (12) months (each a “Renewal Period”) unless either party gives the other not less than six (6) months' written notice to terminate at the end of the Initial Term or of the then current Renewal Period.
# 4. PRICE AND PAYMENT
4.1 The Distributor shall pay each invoice within forty-five (45) days of the date of invoice.
4.2 The Supplier warrants that the Products will be free from material defects for eighteen (18) months from delivery.
# 10. TERMINATION AND RESTRICTIONS
10.1 Either party may terminate this Agreement by notice with immediate effect if the other commits a material breach which is not remedied within thirty (30) days of being notified of it.
10.2 For twelve (12) months after termination the Distributor shall not sell products which compete with the Products in the Territory. Clause 11 (Confidentiality) shall survive for five (5) years after termination.
# 12. GOVERNING LAW AND DISPUTES
12.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
12.2 Any dispute shall be finally resolved by arbitration under the ICC Rules. The seat of the arbitration shall be Zurich, Switzerland and the language shall be English.
===
This Agreement has been entered into on the date stated at the beginning of it.
| Signed by Eleanor Marsh, director, for and on behalf of HARROWGATE & FINCH TRADING LIMITED | ............................ |
| Signed by Jens Albrecht, Geschäftsführer, for and on behalf of NORDLICHT VERTRIEB GMBH | ............................ |`,
    truth: {
      title: "Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Harrowgate & Finch Trading Limited", "Nordlicht Vertrieb GmbH"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v25-commercial-scots-cask-supply",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
between
SPEYSIDE COOPERAGE (ROTHES) LIMITED, incorporated under the Companies Acts (Registered Number SC412345) and having its Registered Office at Station Road, Rothes, Aberlour AB38 7AB (the “Supplier”)
and
THE GLEN ARDOCH DISTILLERY COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC098765) and having its Registered Office at 10 Lothian Road, Edinburgh EH1 2AB (the “Purchaser”)
relating to the supply of oak casks
===
CONSIDERING THAT:
(A) the Supplier supplied casks to the Purchaser until 31 December 2025 under the Purchaser's standard conditions of purchase dated 4 June 2021, which were governed by the law of England and Wales; and
(B) the Parties wish to record the terms on which the Supplier will supply casks from the Effective Date;
NOW THEREFORE the Parties HAVE AGREED AND DO HEREBY AGREE as follows:
1. Commencement and Duration. This Agreement shall come into force on the date on which it is signed by the last of the Parties to sign it (the “Effective Date”) and shall, subject to earlier termination, continue for a period of two years from the Effective Date.
2. Extension. The Purchaser may extend the period of this Agreement by one further year by giving the Supplier written notice not later than three months before its expiry. Failing such notice this Agreement shall end on the expiry of the period in Clause 1.
3. Supply. The Supplier shall supply not fewer than 1,200 first-fill ex-bourbon hogsheads in each Contract Year, delivered to the Purchaser's warehouses at Keith.
4. Price and Payment. The Purchaser shall pay each invoice within thirty days of its date. Prices are fixed for the first twelve months and thereafter reviewed annually.
5. Warranty. The Supplier warrants that each cask will remain free from leaks for ninety days after filling.
6. Material Breach. Either Party may terminate this Agreement if the other fails to remedy a material breach within twenty-eight days of written notice requiring it to do so.
7. Law and Jurisdiction. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the Parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
SUBSCRIBED for and on behalf of SPEYSIDE COOPERAGE (ROTHES) LIMITED at Rothes on the twelfth day of February Two thousand and twenty-six by Callum Grant, Director, before this witness: Morag Duncan, Solicitor, 5 High Street, Elgin
SUBSCRIBED for and on behalf of THE GLEN ARDOCH DISTILLERY COMPANY LIMITED at Edinburgh on the nineteenth day of February Two thousand and twenty-six by Fiona Ardoch-Reid, Director, before this witness: Euan Blackwood, Trainee Solicitor, 10 Lothian Road, Edinburgh`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Supply agreement",
      parties: ["Speyside Cooperage (Rothes) Limited", "The Glen Ardoch Distillery Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-19",
      expiryDate: "2028-02-19",
      term: "2 years",
    },
  },
  {
    id: "v25-commercial-mutual-nda-texas",
    format: "txt",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and between Bluewater Analytics, LLC, a Delaware limited liability company with its principal place of business at 400 Congress Avenue, Suite 1200, Austin, Texas 78701 (“Bluewater”), and Dr. Priya Ramanathan, an individual residing at 18 Larkspur Lane, Palo Alto, California 94301 (“Ramanathan”). Bluewater and Ramanathan are each a “Party” and together the “Parties.”
1. Purpose. The Parties wish to evaluate a possible license of certain sensor calibration technology developed by Ramanathan (the “Purpose”) and, in doing so, may disclose Confidential Information to one another.
2. Confidential Information. “Confidential Information” means all non-public business, technical and financial information disclosed by a Party (the “Discloser”) to the other Party (the “Recipient”), whether orally, in writing or by inspection, that is marked or identified as confidential or that a reasonable person would understand to be confidential.
3. Obligations. The Recipient shall use Confidential Information solely for the Purpose and shall not disclose it to anyone other than its Representatives who need to know it for the Purpose. Bluewater's affiliate, Bluewater Sensor Labs, Inc., may receive Confidential Information as a Representative of Bluewater but is not a party to this Agreement.
4. Exclusions. The obligations in Section 3 do not apply to information that is or becomes publicly available through no fault of the Recipient, was lawfully known to the Recipient before disclosure, or is independently developed without use of the Discloser's Confidential Information.
5. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either Party upon thirty (30) days' prior written notice to the other Party.
6. Survival. The Recipient's obligations with respect to Confidential Information disclosed during the term of this Agreement shall survive for five (5) years following its expiration or termination, and with respect to trade secrets for so long as they remain trade secrets under applicable law.
7. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.
8. Return of Materials. Within ten (10) business days after the Discloser's written request, the Recipient shall return or destroy all Confidential Information of the Discloser in its possession.
9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. The state and federal courts located in Travis County, Texas shall have exclusive jurisdiction over any dispute arising out of this Agreement.
10. Entire Agreement. This Agreement is the entire agreement of the Parties concerning its subject matter and may be amended only in a writing signed by both Parties.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
BLUEWATER ANALYTICS, LLC
By: /s/ Marcus Ellery
Name: Marcus Ellery
Title: Managing Member
Date: March 5, 2026
PRIYA RAMANATHAN
/s/ Priya Ramanathan
Date: March 4, 2026`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Bluewater Analytics, LLC", "Priya Ramanathan"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v25-commercial-produce-supply-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# PRODUCE SUPPLY AGREEMENT
This Agreement is dated 18 June 2026.
# Key Details
| Item | Details |
| Supplier | Koala Ridge Produce Pty Ltd ACN 612 345 678 of 22 Orchard Road, Batlow NSW 2730 |
| Customer | Marlow Holdings Pty Ltd ACN 098 765 432 as trustee for the Marlow Family Trust ABN 11 222 333 444, trading as Marlow's Fresh Markets, of 5 Harbour Street, Sydney NSW 2000 |
| Supplier's agent for notices | Batlow Fruit Marketing Co-operative Limited, 1 Kurrajong Avenue, Batlow NSW 2730 |
| Products | Apples and pears of the varieties and grades set out in Schedule 1 |
| Commencement Date | 1 July 2026 |
| Initial Term | 24 months commencing on the Commencement Date |
| Renewal | At the end of the Initial Term this Agreement renews automatically for successive periods of 12 months unless either party gives at least 90 days' notice of non-renewal |
| Exclusivity Period | The first 6 months of the Initial Term |
| Payment terms | 30 days from the end of the month in which the invoice is issued |
| Quality claims period | 48 hours after delivery |
| Governing law | New South Wales |
# General Terms
1. Term. This Agreement begins on the Commencement Date and continues for the Initial Term, and then renews as set out in the Key Details, unless terminated earlier under clause 6.
2. Supply. The Supplier must supply the Products in the quantities set out in each weekly order placed by the Customer by 12 noon each Thursday, delivered to the Customer's distribution centre at Homebush.
3. Exclusivity. During the Exclusivity Period the Customer must not buy apples or pears of the same varieties from any other grower in the Batlow region.
4. Pricing. Prices are as set out in Schedule 2 and are reviewed every 12 months by agreement, failing which they increase by CPI.
5. Quality. The Customer may reject any consignment that does not meet the grade specifications, by notice given within the quality claims period.
6. Termination. Either party may terminate this Agreement by notice if the other party fails to remedy a material breach within 60 days of receiving notice of it.
7. Trustee. The Customer enters into this Agreement only in its capacity as trustee of the Marlow Family Trust, and its liability is limited to the assets of that trust.
8. Governing law. This Agreement is governed by the laws in force in New South Wales and each party submits to the non-exclusive jurisdiction of the courts of New South Wales and courts of appeal from them.
===
# Execution
Executed by Koala Ridge Produce Pty Ltd ACN 612 345 678 in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director: Hamish O'Rourke; Director/Secretary: Leanne O'Rourke
Executed by Marlow Holdings Pty Ltd ACN 098 765 432 in its capacity as trustee for the Marlow Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by its sole director and secretary: Gregory Marlow`,
    truth: {
      title: "Produce Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Koala Ridge Produce Pty Ltd", "Marlow Holdings Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v25-commercial-deed-of-variation-ireland",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made on the 9th day of September 2026
BETWEEN:
(1) Ó BRIAIN ENGINEERING DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 654321, having its registered office at Unit 12, Raheen Business Park, Limerick V94 X2Y3 (the “Customer”); and
(2) LOUGH DERG COMPONENTS UNLIMITED COMPANY, an unlimited company incorporated in Ireland with registered number 701234, having its registered office at Ballina, Killaloe, County Tipperary V94 A1B2 (the “Supplier”).
WHEREAS:
(A) The Customer and Shannon Precision Limited (the “Original Supplier”) entered into a supply agreement dated 2 March 2023 (the “Supply Agreement”) for an initial term of five (5) years from that date.
(B) By a deed of novation dated 15 January 2025 between the Customer, the Original Supplier and the Supplier, the rights and obligations of the Original Supplier under the Supply Agreement were transferred to the Supplier.
(C) The parties wish to vary the Supply Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Words defined in the Supply Agreement have the same meanings in this Deed. “Variation Effective Date” means 1 October 2026.
2. Variation. With effect from the Variation Effective Date, the Supply Agreement is varied as follows:
(a) Schedule 2 (Products) is deleted and replaced by the schedule set out in the Appendix to this Deed;
(b) in clause 7.2, the words “sixty (60) days” are deleted and replaced by “forty-five (45) days”; and
(c) in clause 14.1 (Warranty), the warranty period is extended to twenty-four (24) months from delivery.
3. Continuation. Save as varied by this Deed, the Supply Agreement remains in full force and effect. Nothing in this Deed extends or shortens the term of the Supply Agreement.
4. Counterparts. This Deed may be executed in any number of counterparts, each of which is an original.
5. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
# Appendix – Revised Schedule 2 (Products)
| Part number | Description | Unit price (EUR) |
| LDC-4410 | Machined hydraulic manifold block | 184.00 |
| LDC-4412 | Stainless steel flange adaptor | 36.50 |
| LDC-4420 | Precision valve spool, hardened | 72.25 |
===
IN WITNESS whereof this Deed has been entered into and delivered as a deed on the date stated at the beginning of it.
GIVEN under the common seal of Ó BRIAIN ENGINEERING DESIGNATED ACTIVITY COMPANY and delivered as a deed in the presence of: Director: Siobhán Ní Mhurchú; Secretary: Declan Furlong
SIGNED and delivered as a deed for and on behalf of LOUGH DERG COMPONENTS UNLIMITED COMPANY by its duly appointed attorney Pádraig Kennelly under a power of attorney dated 3 August 2026, in the presence of: Aoife Brennan, Solicitor, Killaloe`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ó Briain Engineering Designated Activity Company", "Lough Derg Components Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-10-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v25-commercial-sales-agency-south-africa",
    format: "pdf",
    pdfMargin: 84,
    source: `# SALES AGENCY AGREEMENT
The parties to this agreement are the Principal and the Agent whose names, registration numbers and addresses appear with their signatures at the end of this agreement.
# 1. Definitions
1.1 “Signature Date” means the date on which this agreement is signed by the party signing last.
1.2 “Territory” means the provinces of KwaZulu-Natal and the Eastern Cape.
1.3 “Products” means the hydraulic cylinders, pumps and fittings manufactured or imported by the Principal.
# 2. Appointment
2.1 The Principal appoints the Agent as its sole sales agent in the Territory to canvass for and procure orders for the Products in the name of and on behalf of the Principal.
2.2 The Agent has no authority to conclude contracts or to accept payment on behalf of the Principal. All orders are subject to acceptance by the Principal at its head office.
# 3. Duration
3.1 This agreement commences on the Signature Date and shall continue indefinitely until terminated by either party giving to the other not less than three (3) calendar months' written notice.
# 4. Commission
4.1 The Principal shall pay the Agent a commission of 7.5% of the net invoiced value of orders procured by the Agent, on or before the 25th day of the month following the month in which the customer pays the Principal.
# 5. Restraint
5.1 For twelve (12) months after termination the Agent shall not act for any competitor of the Principal in the Territory.
# 6. Breach
6.1 If either party breaches this agreement and fails to remedy the breach within fourteen (14) days of written notice, the other party may cancel this agreement immediately.
# 7. Governing law and jurisdiction
7.1 This agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the KwaZulu-Natal Division of the High Court, Durban.
# 8. Domicilium
8.1 The parties choose the addresses set out beneath their signatures as their domicilia citandi et executandi.
===
SIGNED at Johannesburg on this 27th day of January 2026.
For: TSHWANE HYDRAULICS (PTY) LTD (Registration No. 2011/123456/07), the Principal, 14 Silverton Road, Pretoria 0184
Name: Thabo Mokoena, Managing Director, who warrants that he is duly authorised
As witnesses: 1. Lerato Khumalo 2. Pieter van der Merwe
SIGNED at Durban on this 2nd day of February 2026.
For: IMBALI TRADE AGENCIES CC (Registration No. 2015/087654/23), the Agent, 301 Florida Road, Morningside, Durban 4001
Name: Naledi Dlamini, Member, who warrants that she is duly authorised
As witnesses: 1. Sibusiso Zulu 2. Ayesha Patel`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Tshwane Hydraulics (Pty) Ltd", "Imbali Trade Agencies CC"],
      governingLaw: "South Africa",
      effectiveDate: "2026-02-02",
      term: "Until terminated",
    },
  },
  {
    id: "v25-commercial-cross-docking-letter-singapore",
    format: "txt",
    source: `STRAITS MERIDIAN LOGISTICS PTE. LTD.
(UEN 201912345K)
80 Robinson Road, #14-02, Singapore 068898
6 August 2026
By email and courier
Kampong Bay Freight Sdn. Bhd.
Level 9, Menara Kampung Baru, Jalan Raja Muda Abdul Aziz, 50300 Kuala Lumpur, Malaysia
Attention: Encik Ahmad Faizal bin Osman, Chief Executive Officer
Our ref: SML/CD/2026/118
Dear Encik Ahmad Faizal,
# Provision of Cross-Docking Services
1. We refer to our proposal dated 15 July 2026 and your email of 29 July 2026. This letter sets out the terms on which Straits Meridian Logistics Pte. Ltd. (“we”, “us”) will provide cross-docking and consolidation services to Kampong Bay Freight Sdn. Bhd. (“you”) at our facility at 21 Tuas South Avenue 3, Singapore, for your cargo moving between Johor Bahru and Singapore.
2. Term. We will provide the services for a period of six (6) months from the date of this letter, unless ended earlier by either of us on thirty (30) days' written notice.
3. Fees. You will pay a monthly fee of SGD 18,000 plus a handling charge of SGD 9.50 per pallet, invoiced monthly in arrears and payable within fourteen (14) days of the invoice date.
4. Service levels. We will turn around inbound trailers within four (4) hours of arrival on at least 98% of occasions in each calendar month.
5. Group companies. Reports will also be sent to your parent company, Kampong Bay Holdings Berhad, which is not a party to this letter and takes no obligations under it.
6. Non-solicitation. For six (6) months after the services end, neither of us will solicit any of the other's warehouse supervisors.
7. Governing law. This letter and any agreement formed by your acceptance of it are governed by the laws of Singapore. Any dispute will be referred to arbitration in Singapore administered by the Singapore International Arbitration Centre.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours sincerely,
for and on behalf of Straits Meridian Logistics Pte. Ltd.
Daniel Lim Kok Wah
Managing Director
cc: Lim Chua & Partners LLP (your solicitors)
Agreed and accepted for and on behalf of Kampong Bay Freight Sdn. Bhd.
Name: Ahmad Faizal bin Osman
Designation: Chief Executive Officer
Date: 11 August 2026`,
    truth: {
      title: "Provision of Cross-Docking Services",
      documentType: "Services agreement",
      parties: ["Straits Meridian Logistics Pte. Ltd.", "Kampong Bay Freight Sdn. Bhd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-06",
      expiryDate: "2027-02-06",
      term: "6 months",
    },
  },
  {
    id: "v25-commercial-warehousing-ontario",
    format: "docx",
    storedPageCount: 3,
    source: `# WAREHOUSING AND LOGISTICS SERVICES AGREEMENT
between
2468135 ONTARIO INC.
(operating as Northshore Warehousing)
- and -
DISTRIBUTION BÉLANGER & FILS INC.
Dated as of March 16, 2026
===
THIS WAREHOUSING AND LOGISTICS SERVICES AGREEMENT is made as of the 16th day of March, 2026,
BETWEEN: 2468135 ONTARIO INC., a corporation existing under the laws of the Province of Ontario (the “Provider”),
AND: DISTRIBUTION BÉLANGER & FILS INC., a corporation existing under the laws of the Province of Québec (the “Customer”).
WHEREAS the Provider operates a temperature-controlled warehouse at 1250 Industrial Parkway, Thunder Bay, Ontario, and the Customer wishes to engage the Provider to store and distribute its food products in Northern Ontario;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# Article 1 – Definitions
1.1 “Effective Date” means April 1, 2026.
1.2 “Initial Term” means the period from April 1, 2026 to March 31, 2029.
1.3 “Services” means the receiving, storage, pick-and-pack and delivery services described in Schedule A.
# Article 2 – Term
2.1 This Agreement takes effect on the Effective Date and continues for the Initial Term. It shall thereafter automatically renew for successive renewal terms of one (1) year each unless either party gives written notice of non-renewal at least one hundred and eighty (180) days before the end of the then-current term.
2.2 The Customer may not terminate this Agreement for convenience during the first eighteen (18) months of the Initial Term (the “Lock-in Period”).
2.3 The Customer represents that its warehousing agreement with Entrepôts Laval Ltée, which is governed by the laws of the Province of Québec, terminates on March 31, 2026.
# Article 3 – Fees and Security
3.1 The Customer shall pay the fees set out in Schedule B. Invoices are payable net thirty (30) days.
3.2 Within ten (10) Business Days after the date of this Agreement, the Customer shall procure that its parent, Bélanger Holdings Inc., delivers a guarantee of the Customer's obligations in the form of Schedule C. Bélanger Holdings Inc. is not a party to this Agreement.
# Article 9 – Governing Law
9.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the parties attorn to the courts of Ontario.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
2468135 ONTARIO INC.
Per: Name: Gordon Whitefeather, Title: President. I have authority to bind the corporation.
DISTRIBUTION BÉLANGER & FILS INC.
Per: Name: Marie-Ève Bélanger, Title: Vice-présidente, Opérations. I have authority to bind the corporation.`,
    truth: {
      title: "Warehousing and Logistics Services Agreement",
      documentType: "Services agreement",
      parties: ["2468135 Ontario Inc.", "Distribution Bélanger & Fils Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "1 year",
    },
  },
];
