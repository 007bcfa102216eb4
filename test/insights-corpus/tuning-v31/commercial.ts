import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: commercial contracts (supply, manufacturing, agency, distribution, NDAs, logistics, marketing and consultancy services) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V31: UnseenDocument[] = [
  {
    id: "v31-commercial-ontario-manufacturing-supply",
    format: "pdf",
    pageFooters: true,
    source: `# MANUFACTURING AND SUPPLY AGREEMENT
between
NORTHSHORE POLYMERS INC.
and
GREAT LAKES HOME PRODUCTS LLC
Dated as of the 1st day of June, 2026
===
# MANUFACTURING AND SUPPLY AGREEMENT
THIS AGREEMENT is made as of the 1st day of June, 2026 (the "Effective Date").
BETWEEN:
NORTHSHORE POLYMERS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 2200 Dundas Street East, Mississauga, Ontario L4X 1L5 (the "Manufacturer")
- and -
GREAT LAKES HOME PRODUCTS LLC, a Michigan limited liability company having its principal place of business at 410 Fulton Street West, Grand Rapids, Michigan 49503 (the "Customer")
WHEREAS the Customer wishes to have the Manufacturer manufacture and supply certain injection-moulded storage products to the Customer's specifications, and the Manufacturer is willing to do so on the terms of this Agreement;
NOW THEREFORE in consideration of the mutual covenants herein contained, the parties agree as follows:
# ARTICLE 1 – DEFINITIONS
1.1 "Products" means the products listed in Schedule A, manufactured in accordance with the specifications set out in Schedule B (the "Specifications").
1.2 "Contract Year" means each period of twelve (12) months beginning on the Effective Date or on an anniversary of the Effective Date.
# ARTICLE 2 – SUPPLY AND ORDERS
2.1 The Manufacturer shall manufacture and supply the Products to the Customer, and the Customer shall purchase from the Manufacturer not less than seventy percent (70%) of its requirements for the Products in each Contract Year.
2.2 The Customer shall provide a rolling twelve (12) month non-binding forecast, updated monthly. Purchase orders shall be placed at least forty-five (45) days before the requested delivery date.
# ARTICLE 3 – PRICE AND PAYMENT
3.1 Prices are set out in Schedule A, are stated in Canadian dollars and are FCA the Manufacturer's plant in Mississauga (Incoterms 2020).
3.2 The Customer shall pay each invoice within sixty (60) days after the date of the invoice.
# ARTICLE 4 – WARRANTY
4.1 The Manufacturer warrants that the Products will conform to the Specifications and will be free from defects in materials and workmanship for a period of eighteen (18) months from the date of delivery.
# ARTICLE 5 – TERM AND TERMINATION
5.1 This Agreement shall have an initial term of five (5) years commencing on the Effective Date (the "Initial Term").
5.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each, unless either party gives the other written notice of non-renewal at least one hundred and eighty (180) days before the end of the then-current term.
5.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving notice of the breach.
5.4 Articles 4 and 6 survive termination or expiry of this Agreement for a period of three (3) years.
# ARTICLE 6 – CONFIDENTIALITY AND TOOLING
6.1 Each party shall keep confidential the other's confidential information. All moulds and tooling paid for by the Customer remain the Customer's property and shall be returned within thirty (30) days after termination.
# ARTICLE 7 – GENERAL
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
7.2 The United Nations Convention on Contracts for the International Sale of Goods shall not apply to this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
| NORTHSHORE POLYMERS INC. | GREAT LAKES HOME PRODUCTS LLC |
| Per: Daniel Okafor, President | Per: Rachel Lindqvist, Manager |`,
    truth: {
      title: "Manufacturing and Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Northshore Polymers Inc.", "Great Lakes Home Products LLC"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v31-commercial-ni-commercial-agency",
    format: "docx",
    storedPageCount: 2,
    source: `# COMMERCIAL AGENCY AGREEMENT
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) ANTRIM LINEN WORKS LIMITED, a company incorporated in Northern Ireland with company number NI612345, whose registered office is at 8 Linenhall Street, Belfast BT2 8BG (the "Principal"); and
(2) SEAMUS CONNOLLY trading as Connolly Trade Representation, of 27 Main Street, Newry, County Down BT34 1AB (the "Agent").
# BACKGROUND
The Principal manufactures table and bed linen and wishes to appoint the Agent as its commercial agent to negotiate the sale of the Products to retailers in the Territory, on the terms of this agreement.
# AGREED TERMS
1. Definitions. In this agreement: "Commencement Date" means 1 May 2026; "Products" means the Principal's linen products listed in the Schedule; "Territory" means Northern Ireland and the counties of Donegal, Louth and Monaghan in Ireland.
2. Appointment. The Principal appoints the Agent as its exclusive agent for the Products in the Territory. The Agent has authority to negotiate but not to conclude contracts on the Principal's behalf.
3. Commission. The Principal shall pay the Agent commission of 8% of the net invoice value of every order accepted from a customer in the Territory. Commission is payable quarterly, within 30 days after the end of each calendar quarter.
4. Duration. 4.1 This agreement shall commence on the Commencement Date and shall continue for a period of three years, unless terminated earlier in accordance with clause 9.
4.2 The parties may, by written agreement made not later than three months before the end of that period, extend this agreement for a further period of two years. Nothing in this clause obliges either party to agree to an extension.
5. Agent's duties. The Agent shall look after the Principal's interests, act dutifully and in good faith, and provide a monthly report of customer contacts and market conditions.
===
6. Samples and materials. The Principal shall supply samples and promotional materials free of charge; these remain the Principal's property and must be returned within 14 days after termination.
7. Confidentiality. The Agent shall keep the Principal's price lists and customer information confidential during this agreement and for two years after it ends.
8. Restraint. For twelve months after termination the Agent shall not, within the Territory, represent any manufacturer of goods that compete with the Products.
9. Termination. Either party may terminate this agreement by written notice of not less than the minimum period required by regulation 15 of the Commercial Agents (Council Directive) Regulations (Northern Ireland) 1993, or immediately if the other party commits a material breach that is not remedied within 21 days of a written request to remedy it.
10. Governing law and jurisdiction. This agreement and any dispute arising from it shall be governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
This agreement has been entered into on the date stated at the beginning of it.
Signed by Aoife McCann, Director, for and on behalf of ANTRIM LINEN WORKS LIMITED
Signed by SEAMUS CONNOLLY
# SCHEDULE – PRODUCTS
| Range | Description |
| Lagan | Pure Irish linen tablecloths and napkins |
| Mourne | Linen and cotton-blend bed linen |`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Antrim Linen Works Limited", "Seamus Connolly"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
    },
  },
  {
    id: "v31-commercial-singapore-mutual-confidentiality",
    format: "txt",
    source: `# MUTUAL CONFIDENTIALITY AGREEMENT
This Agreement is made between the parties whose details appear in the execution blocks at the end of this Agreement (each a "Party" and together the "Parties"), in connection with their discussions concerning a possible collaboration on autonomous warehouse robotics and related analytics software (the "Purpose").
1. Effective Date. This Agreement takes effect on 2 February 2026 (the "Effective Date") and applies to Confidential Information disclosed before, on or after that date.
2. Confidential Information. "Confidential Information" means all technical, commercial and financial information disclosed by one Party (the "Discloser") to the other (the "Recipient") for the Purpose, whether in writing, orally or by demonstration, and whether or not marked as confidential.
3. Obligations. The Recipient shall use the Confidential Information only for the Purpose, shall not disclose it to any person other than its officers, employees and professional advisers who need to know it for the Purpose, and shall protect it with at least the degree of care it uses for its own confidential information.
4. Exceptions. Clause 3 does not apply to information that is or becomes public other than through breach of this Agreement, was lawfully known to the Recipient before disclosure, is independently developed, or must be disclosed by law or by the rules of any stock exchange.
5. Return of Information. Within fourteen (14) days of the Discloser's written request, the Recipient shall return or destroy all Confidential Information in its possession.
6. Duration. This Agreement shall remain in force for a period of two (2) years from the Effective Date. The obligations in clause 3 shall continue for five (5) years after the expiry or termination of this Agreement.
7. No Licence. Nothing in this Agreement grants any licence under any patent, copyright or other intellectual property right, or obliges either Party to enter into any further agreement.
8. Non-Solicitation. Neither Party shall, for twelve (12) months after the last disclosure made under this Agreement, solicit for employment any employee of the other Party who was involved in the Purpose.
9. Governing Law and Disputes. This Agreement is governed by the laws of Singapore. Any dispute arising out of or in connection with it shall be referred to and finally resolved by arbitration in Singapore administered by the Singapore International Arbitration Centre.
EXECUTION
Signed for and on behalf of LUMEN ANALYTICS PTE. LTD. (UEN 201912345K), 10 Anson Road #22-01, International Plaza, Singapore 079903
Name: Tan Wei Ling    Designation: Director    Date: 28 January 2026
Signed for and on behalf of HARBOURFRONT ROBOTICS PTE. LTD. (UEN 201633210D), 1 HarbourFront Avenue #14-07, Keppel Bay Tower, Singapore 098632
Name: Rajesh Pillai    Designation: Chief Executive Officer    Date: 30 January 2026`,
    truth: {
      title: "Mutual Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Lumen Analytics Pte. Ltd.", "Harbourfront Robotics Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-02",
      term: "2 years",
    },
  },
  {
    id: "v31-commercial-scotland-warehousing-minute",
    format: "pdf",
    pageFooters: true,
    source: `# WAREHOUSING AND LOGISTICS SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CALEDONIAN FREIGHT SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC456789) and having its Registered Office at Unit 4, Eurocentral, Motherwell ML1 4UF (the "Provider")
and
GLENMORRAY DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC102938) and having its Registered Office at Glenmorray House, Rothes, Aberlour AB38 7AA (the "Customer")
WHEREAS the Customer wishes to appoint the Provider to store, handle and distribute cased spirits on its behalf, the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. DEFINITIONS
1.1 "Premises" means the bonded warehouse at Unit 4, Eurocentral, Motherwell, which the Provider occupies under a lease for a period of twenty-five years from 28 November 2015.
1.2 "Services" means the storage, handling, order picking and onward transport services described in the Schedule.
1.3 "Commencement Date" means 1 July 2026.
1.4 "Service Period" means the period from the Commencement Date to 30 June 2029.
2. APPOINTMENT
2.1 The Customer appoints the Provider to provide the Services at the Premises during the Service Period, and this Agreement shall have effect for the Service Period unless terminated earlier under Clause 7.
3. CHARGES
3.1 The Customer shall pay the charges set out in the Schedule. The Provider shall invoice monthly in arrears and the Customer shall pay each invoice within thirty days of its date.
4. SERVICE LEVELS
4.1 The Provider shall achieve order accuracy of not less than 99.5 per cent in each month and shall dispatch each order within 24 hours of receipt.
5. BOND AND DUTY
5.1 The Provider shall maintain throughout the Service Period its approval by HM Revenue and Customs as an authorised warehousekeeper and shall keep the Premises approved as an excise warehouse.
6. LIABILITY
6.1 The Provider's liability for loss of or damage to goods shall not exceed £1,500 per pallet, and any claim must be notified in writing within fourteen days after the Customer becomes aware of it.
7. TERMINATION
7.1 Either party may terminate this Agreement with immediate effect if the other commits a material breach which is not remedied within thirty days of written notice, or becomes insolvent.
7.2 Either party may terminate this Agreement for convenience by giving not less than six months' written notice, expiring no earlier than 30 June 2027.
8. LAW AND JURISDICTION
8.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows: they are subscribed for and on behalf of CALEDONIAN FREIGHT SERVICES LIMITED at Motherwell on 10 June 2026 by Fiona Baird, Director, before the witness Craig Munro, 14 Hamilton Road, Motherwell; and for and on behalf of GLENMORRAY DISTILLERS LIMITED at Aberlour on 16 June 2026 by Alasdair Grant, Director, before the witness Isla Mackay, 3 Station Street, Rothes.
===
# THE SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Caledonian Freight Services Limited and Glenmorray Distillers Limited.
| Service | Description | Charge |
| Storage | Racked bonded storage of palletised cased goods | £4.20 per pallet per week |
| Handling | Receipt into and dispatch from bond | £6.50 per pallet movement |
| Picking | Case picking against customer orders | £0.45 per case |
| Transport | Onward delivery to UK mainland addresses | Per the agreed rate card |`,
    truth: {
      title: "Warehousing and Logistics Services Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Freight Services Limited", "Glenmorray Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v31-commercial-nsw-deed-of-variation",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
relating to the Exclusive Distribution Agreement dated 1 September 2023
THIS DEED is made on 9 March 2026
# PARTIES
Koala Coast Foods Pty Ltd (ACN 123 456 780) of 14 Harbour Drive, Coffs Harbour NSW 2450 (Supplier)
Southern Cross Wholesale Pty Ltd (ACN 611 222 333) of Level 3, 88 Phillip Street, Parramatta NSW 2150 (Distributor)
# BACKGROUND
A. The Supplier and the Distributor are parties to an Exclusive Distribution Agreement dated 1 September 2023 (Agreement), under which the Distributor was appointed exclusive distributor of the Products in New South Wales and the Australian Capital Territory for a term of five years commencing on 1 September 2023.
B. The parties wish to vary the Agreement to add Queensland to the Territory and to revise the minimum purchase targets, on the terms of this deed.
# OPERATIVE PROVISIONS
1. Definitions and interpretation
1.1 Terms defined in the Agreement have the same meaning in this deed.
1.2 Variation Effective Date means 1 April 2026.
2. Variation
With effect on and from the Variation Effective Date, the Agreement is varied as follows:
(a) the definition of "Territory" in clause 1.1 is replaced with: "Territory means New South Wales, the Australian Capital Territory and Queensland.";
(b) Schedule 2 (Minimum Purchase Targets) is replaced with the schedule set out in the Annexure to this deed; and
(c) in clause 9.3 (payment), "60 days" is replaced with "45 days".
3. Confirmation
Except as varied by this deed, the Agreement remains in full force and effect. Nothing in this deed extends or otherwise affects the Term of the Agreement.
4. Costs
Each party bears its own costs of negotiating and executing this deed.
5. Governing law
This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
===
# EXECUTED AS A DEED
Executed by Koala Coast Foods Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Mei Nakamura, Director, and Peter Vassallo, Company Secretary
Executed by Southern Cross Wholesale Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Lachlan Boyd, Sole Director and Company Secretary
# ANNEXURE – REPLACEMENT SCHEDULE 2
| Contract Year | Minimum Purchase Target (AUD, excluding GST) |
| Year 3 (1 September 2025 to 31 August 2026) | 1,450,000 |
| Year 4 (1 September 2026 to 31 August 2027) | 1,700,000 |
| Year 5 (1 September 2027 to 31 August 2028) | 1,950,000 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Koala Coast Foods Pty Ltd", "Southern Cross Wholesale Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
  {
    id: "v31-commercial-india-marketing-consultant-letter",
    format: "pdf",
    pdfMargin: 72,
    source: `SAHYADRI CONSUMER BRANDS PRIVATE LIMITED
CIN: U15400MH2011PTC223344
Registered Office: 5th Floor, Peninsula Towers, Senapati Bapat Marg, Lower Parel, Mumbai 400 013
Ref: SCB/MKT/2026/014
5 January 2026
BY EMAIL AND COURIER
The Partners
Brightline Media LLP
B-42, Koregaon Park Annexe, Pune 411 036
Dear Sirs,
# Appointment as Brand and Digital Marketing Consultant
1. We refer to your proposal dated 12 December 2025 and our subsequent discussions. We are pleased to appoint Brightline Media LLP (LLPIN AAB-7781) ("Consultant") to provide brand strategy and digital marketing services for our "Sahyadri Naturals" range, on the terms of this letter.
2. Scope. The Consultant shall develop the annual brand plan, manage our social media channels and paid digital campaigns, and report performance to our Chief Marketing Officer each month.
3. Term. The appointment shall be for a period of twelve (12) months commencing on 15 January 2026 (the "Start Date"), unless terminated earlier under paragraph 8. Any extension shall be agreed in writing between us.
4. Fees. We shall pay a monthly retainer of INR 4,50,000 plus applicable GST, invoiced at the start of each month and payable within forty-five (45) days of receipt of a valid tax invoice.
5. Intellectual Property. All creative work, content and campaign materials produced for us shall vest in us on creation.
6. Confidentiality. The Consultant shall keep our business information confidential during the appointment and for three (3) years thereafter.
7. Non-Solicitation. During the appointment and for six (6) months after it ends, neither of us shall solicit the other's employees who worked on the engagement.
8. Termination. Either of us may terminate this appointment by giving sixty (60) days' written notice, or immediately on written notice for material breach.
9. Governing Law. This letter shall be governed by the laws of India. Any dispute shall be referred to arbitration under the Arbitration and Conciliation Act, 1996 by a sole arbitrator, with the seat of arbitration at Mumbai.
Please sign and return the duplicate of this letter to confirm your acceptance of these terms.
Yours faithfully,
for Sahyadri Consumer Brands Private Limited
Anjali Deshmukh
Chief Marketing Officer
ACCEPTED AND AGREED
for Brightline Media LLP
Kabir Mehta, Designated Partner
Date: 8 January 2026`,
    truth: {
      title: "Appointment as Brand and Digital Marketing Consultant",
      documentType: "Services agreement",
      parties: ["Sahyadri Consumer Brands Private Limited", "Brightline Media LLP"],
      governingLaw: "India",
      effectiveDate: "2026-01-15",
      expiryDate: "2027-01-14",
      term: "12 months",
    },
  },
  {
    id: "v31-commercial-difc-master-services-key-details",
    format: "docx",
    source: `# MASTER SERVICES AGREEMENT
# KEY DETAILS
| Reference | MSA-FRH-2026-03 |
| Date of this Agreement | 18 February 2026 |
| Client | Falcon Ridge Holdings Limited, a private company registered in the Dubai International Financial Centre (registered number 004512), of Level 12, Gate Precinct Building 3, DIFC, Dubai, United Arab Emirates |
| Consultant | Meridian Data Consulting FZ-LLC, a free zone company licensed in Dubai Internet City (licence number 95122), of Office 210, Building 17, Dubai Internet City, Dubai, United Arab Emirates |
| Commencement Date | 1 March 2026 |
| Initial Term | 24 months |
| Renewal | Automatic, for successive periods of 12 months (clause 3.2) |
| Notice of non-renewal | At least 90 days before the end of the then-current term |
| Payment terms | 30 days from receipt of a valid tax invoice |
| Governing law | Laws of the Dubai International Financial Centre |
By signing below, the Client and the Consultant agree to the Key Details and the Terms and Conditions that follow.
| For Falcon Ridge Holdings Limited: Omar Al Suwaidi, Chief Operating Officer | For Meridian Data Consulting FZ-LLC: Priya Raman, Managing Director |
===
# TERMS AND CONDITIONS
1. Definitions. Capitalised terms used in the Key Details have the meanings given there. "Statement of Work" means a statement of work agreed under clause 2.2.
2. Services. 2.1 The Consultant shall provide data engineering, analytics and advisory services to the Client. 2.2 Each Statement of Work shall describe the deliverables, fees and duration of a project; a Statement of Work may continue beyond the term of this Agreement only if it says so.
3. Term. 3.1 This Agreement starts on the Commencement Date and continues for the Initial Term.
3.2 At the end of the Initial Term and of each renewal period, this Agreement renews automatically for a further period of 12 months unless either party gives the other notice of non-renewal at least 90 days before the end of the then-current term.
4. Fees. The Client shall pay the fees stated in each Statement of Work within the payment terms in the Key Details. Late amounts bear interest at 2% per annum above EIBOR.
5. Personnel and non-solicitation. Neither party shall, during the term and for 12 months afterwards, solicit any employee of the other who was engaged in the Services.
6. Confidentiality. Each party shall keep the other's confidential information secret during the term and for 3 years after it ends.
7. Termination. After the first 6 months of the Initial Term, either party may terminate this Agreement on 60 days' written notice. Either party may terminate immediately for a material breach not remedied within 20 business days.
8. Governing law and disputes. This Agreement is governed by the laws of the Dubai International Financial Centre. The Courts of the Dubai International Financial Centre have exclusive jurisdiction over any dispute arising from it.`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Falcon Ridge Holdings Limited", "Meridian Data Consulting FZ-LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-01",
      expiryDate: "2028-02-29",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v31-commercial-georgia-exclusive-distribution",
    format: "txt",
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
This Exclusive Distribution Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and between Peachtree Outdoor Gear, LLC, a Georgia limited liability company with its principal office at 1180 Peachtree Street NE, Suite 900, Atlanta, Georgia 30309 ("Supplier"), and Blue Ridge Sporting Supply, Inc., a North Carolina corporation with its principal office at 75 Biltmore Avenue, Asheville, North Carolina 28801 ("Distributor").
# RECITALS
A. Supplier designs and sells camping and hiking equipment under the TRAILHAVEN brand (the "Products").
B. Distributor has acted as Supplier's sales representative under a Sales Representative Agreement dated January 10, 2022 (the "Prior Agreement"), which was governed by the laws of the State of Tennessee, and the parties now wish to replace that arrangement with an exclusive distributorship.
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the parties agree as follows:
1. Appointment. Supplier hereby appoints Distributor as its exclusive distributor of the Products in the States of North Carolina, South Carolina, Tennessee and Virginia (the "Territory"), and Distributor accepts such appointment.
2. Minimum Purchases. During each Contract Year, Distributor shall purchase Products having an aggregate net price of not less than Two Million Four Hundred Thousand Dollars ($2,400,000). "Contract Year" means each successive twelve (12) month period beginning on the Effective Date.
3. Orders and Payment. All orders are subject to Supplier's acceptance. Distributor shall pay each invoice within forty-five (45) days after the invoice date.
4. Term. This Agreement shall commence on the Effective Date and shall continue in full force and effect until terminated by either party in accordance with Section 8.
5. Pricing. Supplier may change its distributor price list on not less than sixty (60) days' written notice to Distributor.
6. Warranty. Supplier warrants to end users that the Products will be free from defects in materials and workmanship for two (2) years from the date of retail sale.
7. Trademarks. Distributor may use the TRAILHAVEN marks solely to promote the Products in the Territory during the term of this Agreement.
8. Termination. 8.1 Either party may terminate this Agreement for any reason upon not less than one hundred twenty (120) days' prior written notice to the other party; provided that no such notice may be given before March 3, 2027. 8.2 Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after written notice.
9. Non-Competition. During the term of this Agreement and for a period of eighteen (18) months thereafter, Distributor shall not distribute any camping or hiking equipment that competes with the Products in the Territory.
10. Entire Agreement. This Agreement constitutes the entire agreement of the parties and supersedes the Prior Agreement, which shall terminate on the Effective Date.
11. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Georgia, without regard to its conflict of laws principles. Venue for any action shall lie exclusively in the state or federal courts located in Fulton County, Georgia.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
PEACHTREE OUTDOOR GEAR, LLC    By: /s/ Marcus Bell    Name: Marcus Bell    Title: Managing Member
BLUE RIDGE SPORTING SUPPLY, INC.    By: /s/ Dana Whitfield    Name: Dana Whitfield    Title: President`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Peachtree Outdoor Gear, LLC", "Blue Ridge Sporting Supply, Inc."],
      governingLaw: "Georgia",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
];
