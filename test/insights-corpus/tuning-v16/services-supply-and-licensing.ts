import type { UnseenDocument } from "../unseen/types";

/** v16 tuning set (helper a): services, supply, distribution and licensing documents with varied term drafting. */
export const SERVICES_SUPPLY_AND_LICENSING_V16: UnseenDocument[] = [
  {
    id: "v16-a-msa-delaware-analytics",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Northwind Analytics LLC, a Delaware limited liability company having its principal office at 1201 Orange Street, Wilmington, Delaware 19801 ("Provider"), and Harbor Freight Logistics, Inc., a New Jersey corporation with offices at 40 Port Avenue, Newark, New Jersey 07114 ("Customer").
# 1. Services
1.1 Provider shall perform the data analytics services described in each Statement of Work executed by the parties (each, an "SOW"). Each SOW shall state its own project timeline, which shall not extend the term of this Agreement.
# 2. Fees and Payment
2.1 Customer shall pay all undisputed invoices within forty-five (45) days after receipt. Late amounts accrue interest at one percent (1%) per month.
2.2 Provider may adjust its rate card once in each twelve (12) month period on not less than sixty (60) days' prior written notice.
# 3. Warranty
3.1 Provider warrants that the Services will be performed in a professional and workmanlike manner. Customer must notify Provider of any breach of this warranty within ninety (90) days after performance of the affected Services.
# 4. Term and Termination
4.1 This Agreement shall have an initial term of three (3) years commencing on the Effective Date (the "Initial Term").
4.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each (each, a "Renewal Term") unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
4.3 Either party may terminate this Agreement for material breach that remains uncured thirty (30) days after written notice.
4.4 Sections 5 (Confidentiality) and 7 (Limitation of Liability) shall survive for a period of five (5) years following termination or expiration.
===
# 5. Confidentiality
5.1 Each party shall hold the other party's Confidential Information in confidence and use it only for the purposes of this Agreement.
# 6. Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. The parties submit to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
# 7. Limitation of Liability
7.1 Neither party's aggregate liability shall exceed the fees paid in the twelve (12) months preceding the claim.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| NORTHWIND ANALYTICS LLC | HARBOR FREIGHT LOGISTICS, INC. |
| By: Dana Whitfield | By: Luis Ortega |
| Title: Managing Member | Title: Chief Operating Officer |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Northwind Analytics LLC", "Harbor Freight Logistics, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v16-a-minute-supply-scotland-oats",
    format: "pdf",
    source: `# SUPPLY AGREEMENT
MINUTE OF AGREEMENT between
CALEDONIAN OATMEAL MILLERS LIMITED, incorporated under the Companies Acts (registered number SC512347) and having its registered office at Mill Lade, Blairgowrie PH10 6AB (the "Supplier"); and
BEN LEDI FOODS LIMITED, incorporated under the Companies Acts (registered number SC288910) and having its registered office at 7 Teith Road, Callander FK17 8HA (the "Buyer").
WHEREAS the Supplier mills and packs oat products and the Buyer wishes to purchase such products for its bakery business, the parties have agreed as follows:
# 1. Definitions
In this Minute of Agreement:
"Commencement Date" means 1 February 2026;
"Contract Period" means the period from and including the Commencement Date to and including 31 January 2028;
"Products" means the milled oat products listed in the Schedule.
# 2. Supply
2.1 During the Contract Period the Supplier shall supply and the Buyer shall purchase not less than 80 per cent of the Buyer's requirements of the Products.
2.2 The Buyer shall place orders not less than fourteen days before the required delivery date.
# 3. Price and Payment
3.1 Prices shall be reviewed every six months by reference to the published oat price index.
3.2 The Buyer shall pay each invoice within thirty days of the end of the month in which it is issued.
# 4. Duration
4.1 This Minute of Agreement shall have effect for the Contract Period.
4.2 The Buyer may, by written notice given not later than three months before the end of the Contract Period, extend this Minute of Agreement for a single further period of twelve months. Failing such notice this Minute of Agreement shall expire at the end of the Contract Period.
# 5. Quality
5.1 The Buyer shall notify any defect in the Products within ten days of delivery.
# 6. Law and Jurisdiction
6.1 This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents are executed as follows: subscribed for and on behalf of the said Caledonian Oatmeal Millers Limited at Blairgowrie on the twelfth day of January Two thousand and twenty-six by Alasdair Grant, Director, before this witness Morag Reid; and subscribed for and on behalf of the said Ben Ledi Foods Limited at Callander on the twelfth day of January Two thousand and twenty-six by Fiona McLaren, Director.`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Caledonian Oatmeal Millers Limited", "Ben Ledi Foods Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "24 months",
    },
  },
  {
    id: "v16-a-saas-licence-singapore-dental",
    format: "docx",
    storedPageCount: 2,
    source: `# SOFTWARE SUBSCRIPTION LICENCE AGREEMENT
Key Details
| Date of Agreement | 20 March 2026 |
| Licensor | Lionsgate Cloud Pte. Ltd. (UEN 201912345K), 8 Marina View, #21-01, Singapore 018960 |
| Licensee | Marina Bay Dental Group Pte. Ltd. (UEN 200807766M), 1 Raffles Place, #30-02, Singapore 048616 |
| Software | ClinicFlow practice management software (cloud edition) |
| Subscription Start Date | 1 April 2026 (the "Commencement Date") |
| Fees | SGD 4,800 per month, payable within 14 days of invoice |
| Licence Period | 18 months from the Commencement Date |
| Renewal | Automatic, for successive periods of 12 months, unless either party gives at least 30 days' notice before the end of the then-current period |
| Governing law | Singapore |
These Key Details and the attached Standard Terms together form the Agreement between the Licensor and the Licensee.
===
# Standard Terms
# 1. Grant of Licence
1.1 The Licensor grants to the Licensee a non-exclusive, non-transferable licence during the Licence Period to access and use the Software for the internal business purposes of the Licensee's clinics in Singapore.
# 2. Support
2.1 The Licensor shall respond to priority one incidents within 4 hours and to all other incidents within 2 business days.
# 3. Data
3.1 On expiry or termination, the Licensor shall make the Licensee's data available for export for 90 days, after which it shall be deleted.
# 4. Term
4.1 This Agreement shall continue for the Licence Period and shall then renew in accordance with the Renewal row of the Key Details.
4.2 Either party may terminate this Agreement immediately by notice if the other party commits a material breach which is not remedied within 21 days of notice.
# 5. Law
5.1 This Agreement is governed by the laws of Singapore and the parties submit to the exclusive jurisdiction of the Singapore courts.
Signed for Lionsgate Cloud Pte. Ltd. by Tan Wei Ming, Director
Signed for Marina Bay Dental Group Pte. Ltd. by Dr Priya Nair, Director`,
    truth: {
      title: "Software Subscription Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Lionsgate Cloud Pte. Ltd.", "Marina Bay Dental Group Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-10-01",
      term: "18 months",
      renewal: "12 months",
    },
  },
  {
    id: "v16-a-licence-to-occupy-shoreditch",
    format: "txt",
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 14 May 2026
BETWEEN:
(1) KESTREL ESTATES LIMITED (company number 04567891) whose registered office is at 22 Bevis Marks, London EC3A 7JB (the "Licensor"); and
(2) BRIGHTWATER STUDIO LLP (registered number OC412345) whose registered office is at 3 Rivington Street, London EC2A 3DT (the "Licensee").
BACKGROUND
(A) The Licensor holds the Property under a lease dated 25 December 2015 made between Shoreditch Holdings plc and the Licensor for a term of 15 years from and including 25 December 2015 (the "Headlease").
(B) The Licensor has agreed to permit the Licensee to occupy part of the Property on the terms of this Licence.
# 1. Definitions
"Commencement Date" means 1 June 2026.
"Licence Period" means the period starting on the Commencement Date and ending on 30 November 2026.
"Premises" means the second floor studio at the Property shown edged red on the attached plan.
# 2. Licence
2.1 The Licensor permits the Licensee to occupy the Premises for the Licence Period in common with the Licensor and all others authorised by it.
2.2 This Licence is personal to the Licensee and creates no relationship of landlord and tenant.
# 3. Licence Fee
3.1 The Licensee shall pay a licence fee of £3,250 per month in advance on the first day of each month. Any sum unpaid for 7 days shall bear interest at 4% above the Bank of England base rate.
3.2 The Licensee shall pay a deposit equal to two months' licence fee, to be returned within 28 days after the end of the Licence Period.
# 4. Termination
4.1 Either party may end this Licence at any time by giving not less than one month's written notice to the other.
4.2 This Licence shall end automatically on the last day of the Licence Period or, if earlier, on the determination of the Headlease.
# 5. Governing Law
5.1 This Licence and any dispute arising out of it shall be governed by the law of England and Wales.
Signed by Harriet Cole, director, for and on behalf of KESTREL ESTATES LIMITED
Signed by Tomasz Nowak, designated member, for and on behalf of BRIGHTWATER STUDIO LLP`,
    truth: {
      title: "Licence To Occupy",
      documentType: "Licence agreement",
      parties: ["Kestrel Estates Limited", "Brightwater Studio LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v16-a-sales-agency-ontario-kitchenware",
    format: "pdf",
    source: `# SALES AGENCY AGREEMENT
THIS AGREEMENT made as of the 15th day of September, 2026.
BETWEEN:
MAPLE LEAF KITCHENWARE CORP., a corporation incorporated under the laws of the Province of Ontario (the "Principal")
- and -
LAURENTIAN SALES AGENCY INC., a corporation incorporated under the laws of Canada (the "Agent")
WHEREAS the Principal manufactures cookware and wishes to appoint the Agent to solicit orders for its products in the Province of Quebec;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Appointment
1.1 The Principal appoints the Agent as its exclusive sales agent for the Territory to solicit orders for the Products from retailers. The Agent shall not conclude contracts on behalf of the Principal.
# 2. Commission
2.1 The Principal shall pay the Agent a commission of eight percent (8%) of the net invoice value of accepted orders, payable within thirty (30) days after the end of each calendar quarter.
# 3. Restrictive Covenants
3.1 During this Agreement and for a period of twelve (12) months after its termination, the Agent shall not represent any competing manufacturer of cookware in the Territory.
3.2 The Agent's obligations of confidentiality shall survive termination for two (2) years.
# 4. Term
4.1 This Agreement shall commence on the date first written above and shall continue in force until terminated by either party upon not less than ninety (90) days' written notice to the other party.
4.2 The Principal may terminate this Agreement immediately if the Agent fails to achieve the minimum sales target in any two (2) consecutive quarters.
# 5. Governing Law
5.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement.
| MAPLE LEAF KITCHENWARE CORP. | LAURENTIAN SALES AGENCY INC. |
| Per: Gordon MacInnis, President | Per: Chantal Bouchard, President |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Maple Leaf Kitchenware Corp.", "Laurentian Sales Agency Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-09-15",
      term: "Until terminated",
    },
  },
  {
    id: "v16-a-deed-variation-hosting-nsw",
    format: "docx",
    source: `# DEED OF VARIATION
Managed Hosting Services Agreement
This Deed is made on 20 May 2026
Parties
Southern Cross Data Centres Pty Ltd (ACN 123 456 789) of Level 9, 1 Martin Place, Sydney NSW 2000 (Provider)
Bondi Health Fund Limited (ACN 987 654 321) of 55 Campbell Parade, Bondi Beach NSW 2026 (Customer)
Background
A. The parties entered into a Managed Hosting Services Agreement dated 1 July 2023 (the Agreement) for an initial term of three years from 1 July 2023, with an option for the Customer to extend for a further two years.
B. The Customer exercised that option by notice dated 14 February 2026.
C. The parties wish to vary the service levels and charges under the Agreement as set out in this Deed.
Operative provisions
1. Definitions
In this Deed, Variation Effective Date means 1 July 2026. Terms defined in the Agreement have the same meaning in this Deed.
2. Variation
With effect on and from the Variation Effective Date, the Agreement is varied as follows:
(a) in Schedule 2, the monthly hosting charge is replaced with AUD 38,500 (excluding GST);
(b) in Schedule 3, the availability target is increased from 99.5% to 99.9%, measured over each calendar month;
(c) in clause 14.2, the period for payment of invoices is changed from 30 days to 21 days.
3. Confirmation
Except as varied by this Deed, the Agreement remains in full force and effect. Nothing in this Deed changes the term of the Agreement.
4. Governing law
The Agreement remains governed by the laws of Victoria. This Deed is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
Executed as a deed.
Executed by Southern Cross Data Centres Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Mark Ellison, Director, and Joanne Pike, Company Secretary
Executed by Bondi Health Fund Limited in accordance with section 127 of the Corporations Act 2001 (Cth) by Sandra Wu, Director, and Peter Galanis, Director`,
    truth: {
      title: "Deed Of Variation",
      documentType: "Amendment",
      parties: ["Southern Cross Data Centres Pty Ltd", "Bondi Health Fund Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Managed Hosting Services Agreement",
    },
  },
  {
    id: "v16-a-consultancy-cover-ireland-engineering",
    format: "pdf",
    pageFooters: true,
    source: `# CONSULTANCY SERVICES AGREEMENT
between
LIFFEY ENGINEERING DESIGNATED ACTIVITY COMPANY
(the "Client")
and
CORRIB CONSULTING LIMITED
(the "Consultant")
Dated 10 June 2026
===
THIS AGREEMENT is dated 10 June 2026
BETWEEN
(1) LIFFEY ENGINEERING DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 654321 and having its registered office at 14 Grand Canal Quay, Dublin 2, D02 X576; and
(2) CORRIB CONSULTING LIMITED, a company incorporated in Ireland with registered number 598712 and having its registered office at Unit 4, Galway Business Park, Galway, H91 T2C8.
# 1. Interpretation
1.1 "Commencement Date" means 1 July 2026. "Services" means the structural review services described in Schedule 1.
# 2. Services
2.1 The Consultant shall provide the Services with reasonable skill, care and diligence.
2.2 If the Client notifies the Consultant within six (6) months after delivery of any report that it contains an error, the Consultant shall correct that report at no additional charge.
# 3. Fees
3.1 The Client shall pay the Consultant's monthly invoices within thirty (30) days of receipt.
# 4. Insurance
4.1 The Consultant shall maintain professional indemnity insurance of not less than €2,000,000 during the Term and for six (6) years after its end.
# 5. Term
5.1 This Agreement shall run from the Commencement Date to 31 December 2026 (the "Term"), unless terminated earlier in accordance with clause 6.
5.2 Any extension of the Term must be agreed in writing by both parties.
# 6. Termination
6.1 The Client may terminate this Agreement at any time on fourteen (14) days' written notice.
# 7. Governing Law
7.1 This Agreement is governed by the laws of Ireland and the courts of Ireland have exclusive jurisdiction.
Schedule 1 - Services
Structural review of the Ringsend pumping station upgrade, comprising site inspections, a draft report and a final report.
Signed by Niamh Kelly, Director, for and on behalf of LIFFEY ENGINEERING DESIGNATED ACTIVITY COMPANY
Signed by Declan Walsh, Director, for and on behalf of CORRIB CONSULTING LIMITED`,
    truth: {
      title: "Consultancy Services Agreement",
      documentType: "Services agreement",
      parties: ["Liffey Engineering Designated Activity Company", "Corrib Consulting Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-07-01",
      expiryDate: "2026-12-31",
      term: "6 months",
    },
  },
  {
    id: "v16-a-supply-install-kenya-solar",
    format: "txt",
    source: `# SUPPLY AND INSTALLATION AGREEMENT
Date: 3rd March 2026
1. The Supplier shall supply and install the solar pumping equipment described in the Schedule (the "Equipment") at the Purchaser's premises at Ahero, Kisumu County.
2. Delivery. The Supplier shall deliver the Equipment within twenty-one (21) days of receipt of the deposit and complete installation within a further fourteen (14) days.
3. Price and Payment. The Purchaser shall pay a deposit of forty per cent (40%) of the Price on signature and the balance within thirty (30) days of commissioning.
4. Warranty. The Supplier warrants the solar panels against manufacturing defects for twenty-four (24) months from commissioning and the pumps for twelve (12) months from commissioning.
5. Ongoing Supply. The Supplier shall supply replacement parts and consumables for the Equipment at the prices in the Schedule, which shall be held for the first six (6) months and may thereafter be revised on thirty (30) days' notice.
6. Duration. This Agreement shall remain in force for a period of two (2) years from the date of this Agreement. The parties may renew this Agreement for a further one (1) year by written agreement signed before its expiry.
7. Termination. Either party may terminate this Agreement by giving sixty (60) days' written notice to the other party.
8. Disputes. Any dispute shall first be referred to the managing director of the Supplier and the chairperson of the Purchaser for resolution within fourteen (14) days, failing which it shall be referred to arbitration in Nairobi.
9. Governing Law. This Agreement shall be governed by the laws of Kenya.
SCHEDULE
| Item | Quantity | Price (KES) |
| 5 kW solar pumping kit | 4 | 1,840,000 |
| Installation and commissioning | 1 | 260,000 |
SIGNED for and on behalf of RIFT VALLEY SOLAR LIMITED (the "Supplier") by Joseph Kamau, Director
SIGNED for and on behalf of KISUMU FRESH PRODUCE COOPERATIVE SOCIETY LIMITED (the "Purchaser") by Grace Achieng, Chairperson
In the presence of: Peter Otieno, Advocate`,
    truth: {
      title: "Supply And Installation Agreement",
      documentType: "Supply agreement",
      parties: ["Rift Valley Solar Limited", "Kisumu Fresh Produce Cooperative Society Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
];
