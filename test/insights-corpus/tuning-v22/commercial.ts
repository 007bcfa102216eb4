import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22, commercial: supply, distribution, agency, NDA, franchise variation, services and a termination notice. */
export const COMMERCIAL_V22: UnseenDocument[] = [
  {
    id: "v22-commercial-supply-nsw-particulars",
    format: "pdf",
    pageFooters: true,
    source: `# SUPPLY AGREEMENT
Reference: KFP/SA/2026-014
# Agreement Details
| Item | Details |
| Date of this Agreement | 12 June 2026 |
| Supplier | Kookaburra Fresh Produce Pty Ltd (ACN 612 345 678) of 40 Produce Lane, Sydney Markets, Flemington NSW 2129 |
| Customer | Harbour & Vine Grocers Pty Ltd (ACN 158 234 901) as trustee for the Harbour & Vine Unit Trust (ABN 55 158 234 901) of Level 2, 88 Darling Drive, Pyrmont NSW 2009 |
| Supplier's Representative | Ms Priya Ramanathan, National Accounts Manager |
| Customer's Representative | Mr Oliver J. Whitcombe, Head of Procurement |
| Commencement Date | 1 July 2026 |
| Initial Term | Three (3) years commencing on the Commencement Date |
| Renewal | Automatic renewal for further periods of twelve (12) months under clause 3.2 |
| Payment Terms | 30 days from the end of the month of invoice |
| Governing Law | New South Wales |
===
# 1. Definitions and interpretation
1.1 In this Agreement, words defined in the Agreement Details have the meanings given there, and "Products" means the fresh fruit and vegetables described in Schedule 1.
1.2 Where the Customer enters into this Agreement as trustee, it does so both in its own right and as trustee of the trust named in the Agreement Details.
# 2. Supply
2.1 The Supplier will supply the Products to the Customer's distribution centres at Eastern Creek and Wetherill Park in accordance with Orders placed by the Customer.
2.2 Nothing in this Agreement obliges the Customer to purchase a minimum quantity of Products, except that the Customer will use reasonable endeavours to order not less than 60% of its forecast requirements from the Supplier in each Contract Year.
# 3. Term
3.1 This Agreement starts on the Commencement Date and continues for the Initial Term.
3.2 At the end of the Initial Term, and at the end of each renewal period, this Agreement automatically renews for a further period of twelve (12) months unless either party gives the other not less than ninety (90) days' written notice of non-renewal.
# 4. Quality and claims
4.1 The Supplier warrants that the Products will, on delivery and for a shelf life of not less than seven (7) days, be of merchantable quality and comply with the Specifications.
4.2 The Customer must notify any claim for defective Products within 48 hours of delivery.
# 5. Price and payment
5.1 Prices are set out in Schedule 2 and may be reviewed with effect from each 1 July during the Term.
# 6. Logistics contractor
6.1 The Supplier may use Southern Cross Cold Chain Pty Ltd as its logistics contractor. Southern Cross Cold Chain Pty Ltd is not a party to this Agreement and the Supplier remains responsible for its performance.
# 7. Governing law
7.1 This Agreement is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Execution
Executed by Kookaburra Fresh Produce Pty Ltd (ACN 612 345 678) in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Michael Anthony Bruno | Director/Secretary: Helen Louise Bruno |
Executed by Harbour & Vine Grocers Pty Ltd (ACN 158 234 901) in its own right and as trustee for the Harbour & Vine Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
| Sole Director and Secretary: Georgios Papadakis |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Kookaburra Fresh Produce Pty Ltd", "Harbour & Vine Grocers Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v22-commercial-distribution-ontario",
    format: "pdf",
    pdfMargin: 96,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
This Exclusive Distribution Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"),
BY AND BETWEEN:
MAPLE RIDGE INSTRUMENTS INC., a corporation incorporated under the Business Corporations Act (Ontario), having its head office at 2200 Dundas Street West, Suite 410, Mississauga, Ontario L5K 2L1 (the "Manufacturer");
- AND -
BÉRUBÉ & FILS DISTRIBUTION INC., a corporation incorporated under the Business Corporations Act (Québec), having its principal place of business at 1455 boulevard Industriel, Laval, Québec H7L 4S3 (the "Distributor").
# RECITALS
A. The Manufacturer designs and manufactures laboratory calibration instruments and is a wholly-owned subsidiary of Maple Ridge Holdings Ltd., which is not a party to this Agreement.
B. The Distributor wishes to be appointed as the exclusive distributor of the Products in the Territory, and the Manufacturer is willing to appoint it on the terms set out below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Appointment
1.1 The Manufacturer appoints the Distributor as its exclusive distributor of the Products in the Provinces of Québec, New Brunswick, Nova Scotia, Prince Edward Island and Newfoundland and Labrador (the "Territory"), and the Distributor accepts the appointment.
1.2 The Distributor shall purchase Products for resale in its own name and for its own account and is not the agent of the Manufacturer.
# 2. Term
2.1 This Agreement shall have an initial term of five (5) years from the Effective Date (the "Initial Term").
2.2 The Distributor may, by written notice given not less than six (6) months before the end of the Initial Term, elect to renew this Agreement for one further term of three (3) years, provided that it has met the Minimum Purchase Target in each of the two preceding Contract Years.
# 3. Minimum purchases and payment
3.1 The Distributor shall purchase Products having an aggregate net invoice value of not less than CAD 1,250,000 in each Contract Year (the "Minimum Purchase Target").
3.2 Invoices are payable within forty-five (45) days of the invoice date.
# 4. Non-competition
4.1 During the Term and for a period of eighteen (18) months after its expiry or termination, the Distributor shall not distribute in the Territory any product that competes with the Products.
# 5. Termination
5.1 Either party may terminate this Agreement on ninety (90) days' written notice if the other commits a material breach that is not remedied within that period.
# 6. Governing law and language
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
6.2 The parties have required that this Agreement be drawn up in English. Les parties ont exigé que la présente convention soit rédigée en anglais.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
| MAPLE RIDGE INSTRUMENTS INC. | BÉRUBÉ & FILS DISTRIBUTION INC. |
| Per: Gurpreet S. Dhillon, President and Chief Executive Officer | Per: Marie-Ève Bérubé, présidente |
| I have authority to bind the corporation. | J'ai l'autorité de lier la société. |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Maple Ridge Instruments Inc.", "Bérubé & Fils Distribution Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-03",
      term: "5 years",
    },
  },
  {
    id: "v22-commercial-agency-ireland",
    format: "docx",
    storedPageCount: 2,
    source: `# COMMERCIAL AGENCY AGREEMENT
THIS AGREEMENT is dated 14 September 2026
BETWEEN
(1) CLONMORE MARINE SUPPLIES DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 654321, whose registered office is at Unit 4, Ringaskiddy Business Park, Ringaskiddy, County Cork, P43 XK20 (the "Principal"); and
(2) MR SEÁN Ó BRIAIN, of 7 Harbour Row, Kinsale, County Cork, P17 AB12 (the "Agent").
BACKGROUND
(A) The Principal supplies marine safety equipment and wishes to appoint the Agent to negotiate and conclude sales of the Products on its behalf in the Territory.
(B) The Agent was previously engaged to do so by Clonmore Marine Supplies Limited, a former member of the Principal's group, under an agreement dated 2 January 2019 which was governed by the laws of England and Wales and which terminated on 30 June 2026. Clonmore Marine Supplies Limited is not a party to this Agreement.
# 1. Definitions
1.1 "Commencement Date" means 1 October 2026.
1.2 "Territory" means the counties of Cork, Kerry and Waterford.
1.3 "Regulations" means the European Communities (Commercial Agents) Regulations, 1994 and 1997.
# 2. Appointment
2.1 The Principal appoints the Agent, with effect from the Commencement Date, as its non-exclusive commercial agent in the Territory to negotiate and conclude sales of the Products in the name and on behalf of the Principal.
# 3. Duration
3.1 This Agreement shall continue from the Commencement Date until terminated by either party giving written notice to the other in accordance with clause 3.2.
3.2 The period of notice shall be one month during the first year of this Agreement, two months during the second year and three months thereafter, as required by the Regulations.
# 4. Commission
4.1 The Agent shall be entitled to a commission of 7.5% of the net invoice value of each order concluded as a result of the Agent's action, payable within 30 days of the end of each calendar quarter.
# 5. Restraint of trade
5.1 For a period of two years after termination of this Agreement, the Agent shall not act for any competing supplier of marine safety equipment in the Territory.
# 6. Governing law and jurisdiction
6.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
===
IN WITNESS whereof the parties have signed this Agreement on the date first written above.
SIGNED by Aoife Ní Mhurchú, director, for and on behalf of CLONMORE MARINE SUPPLIES DESIGNATED ACTIVITY COMPANY
in the presence of: Declan Fitzgerald, solicitor, South Mall, Cork
SIGNED by SEÁN Ó BRIAIN
in the presence of: Niamh Crowley, 3 Pearse Street, Kinsale`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Clonmore Marine Supplies Designated Activity Company", "Seán Ó Briain"],
      governingLaw: "Ireland",
      effectiveDate: "2026-10-01",
      term: "Until terminated",
    },
  },
  {
    id: "v22-commercial-nda-scotland-fund",
    format: "txt",
    source: `# CONFIDENTIALITY AGREEMENT
MINUTE OF AGREEMENT
between
GLENMORRAN DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC612345) and having its registered office at 14 Atholl Crescent, Edinburgh EH3 8HA ("Glenmorran")
and
CALEDONIA GROWTH FUND III LP, a limited partnership registered in Scotland under the Limited Partnerships Act 1907 with registered number SL034567, acting by its general partner CALEDONIA GROWTH (GP III) LIMITED, incorporated under the Companies Acts (registered number SC701234), both having their principal place of business at 5 West Nile Street, Glasgow G1 2PR (the "Fund")
WHEREAS the Fund is considering a possible investment in the share capital of Glenmorran's subsidiary, Islay Cask Company Limited (the "Target"), and the parties wish to set out the terms on which Glenmorran will disclose information about the Target to the Fund;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions. In this Agreement: "Effective Date" means 16 February 2026; "Confidential Information" means all information relating to the Target disclosed by or on behalf of Glenmorran, whether before or after the Effective Date; "Proposed Transaction" means the possible investment described above; and "Representatives" means, in relation to the Fund, its general partner, its manager Caledonia Capital Management LLP, and its professional advisers, including Rennie, MacLeod & Co, Chartered Accountants.
2. Confidentiality. The Fund shall keep the Confidential Information confidential and shall use it solely for the purpose of evaluating the Proposed Transaction.
3. Permitted disclosure. The Fund may disclose Confidential Information to those of its Representatives who need to know it, provided that the Fund procures that they comply with this Agreement as if they were parties to it.
4. Non-solicitation. For twelve months from the Effective Date the Fund shall not solicit any senior employee of the Target.
5. Duration. This Agreement shall remain in force for a period of two years from the Effective Date, save that clause 2 shall survive for a further three years in respect of any Confidential Information comprising trade secrets.
6. Return of information. On written demand by Glenmorran, the Fund shall within ten Business Days return or destroy all Confidential Information.
7. Governing law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents are executed as follows:
| SUBSCRIBED for and on behalf of GLENMORRAN DISTILLERS LIMITED | at Edinburgh | on 9 February 2026 | by Fiona Catriona MacAulay, Director | before this witness: Hamish Urquhart, 22 Comely Bank Road, Edinburgh |
| SUBSCRIBED for and on behalf of CALEDONIA GROWTH FUND III LP, acting by its general partner CALEDONIA GROWTH (GP III) LIMITED | at Glasgow | on 12 February 2026 | by Alasdair J. R. Kinnear, Director of the general partner | before this witness: Morag Baillie, 9 Park Circus, Glasgow |`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Glenmorran Distillers Limited", "Caledonia Growth Fund III LP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-16",
      expiryDate: "2028-02-16",
      term: "2 years",
    },
  },
  {
    id: "v22-commercial-franchise-variation-nz",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
# relating to a Franchise Agreement
THIS DEED is made on the 21st day of May 2026
BETWEEN
KŌWHAI COFFEE FRANCHISING LIMITED (company number 1234567), a company incorporated in New Zealand having its registered office at Level 3, 101 Customhouse Quay, Wellington 6011 ("Franchisor")
AND
T & A PARATA LIMITED (company number 7654321), a company incorporated in New Zealand having its registered office at 18 Te Awa Road, Hamilton 3204 ("Franchisee")
BACKGROUND
A. The Franchisor and the Franchisee are parties to a Franchise Agreement dated 1 September 2021 (the "Franchise Agreement") under which the Franchisee operates a Kōwhai Coffee store at The Base, Te Rapa, for a term of ten (10) years from 1 September 2021, with one right of renewal for a further five (5) years at the Franchisee's option. The Franchise Agreement is governed by the laws of New Zealand.
B. The Franchisee's obligations under the Franchise Agreement are guaranteed by Tāne Wiremu Parata and Aroha Mere Parata (the "Guarantors") under a deed of guarantee dated 1 September 2021. The Guarantors are not parties to this Deed.
C. The parties wish to vary the Franchise Agreement to relocate the Premises and to change the Marketing Fund contribution.
IT IS AGREED
1. Variation. With effect on and from 1 June 2026 (the "Variation Date"), the Franchise Agreement is varied as follows:
(a) in Item 4 of Schedule 1, the Premises are changed to "Shop 12, Rototuna Village, 21 Horsham Downs Road, Hamilton";
(b) in clause 14.3, "2%" is deleted and replaced with "2.5%"; and
(c) clause 22.1 (Fit-out) is amended so that the Franchisee must complete the fit-out of the new Premises within 120 days after the Variation Date.
2. No other change. Except as varied by this Deed, the Franchise Agreement continues in full force and effect, and the term and renewal right described in Background A are unchanged.
3. Costs. The Franchisee shall pay the Franchisor's legal costs of this Deed, fixed at NZ$1,850 plus GST.
4. Governing law. This Deed is governed by the laws of New Zealand and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
===
EXECUTED AS A DEED
| SIGNED for KŌWHAI COFFEE FRANCHISING LIMITED by: | SIGNED for T & A PARATA LIMITED by: |
| Director: Rāwiri James Hēnare | Director: Tāne Wiremu Parata |
| Director: Sophie M. Lindqvist | Director: Aroha Mere Parata |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kōwhai Coffee Franchising Limited", "T & A Parata Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-01",
      amends: "Franchise Agreement",
    },
  },
  {
    id: "v22-commercial-fm-services-singapore",
    format: "pdf",
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
between
LION CITY LOGISTICS PTE. LTD.
(as Customer)
and
TAN, LIM & PARTNERS FACILITY SERVICES LLP
(as Service Provider)
Dated 18 March 2026
===
# KEY DETAILS
| Customer | Lion City Logistics Pte. Ltd. (UEN 201912345K), 10 Tuas South Avenue 4, Singapore 637040 |
| Service Provider | Tan, Lim & Partners Facility Services LLP (UEN T15LL1234A), 150 Ubi Avenue 4, #05-02, Singapore 408830 |
| Customer's parent company (not a party) | Lion City Holdings Pte. Ltd. |
| Site | Tuas South Distribution Centre |
| Commencement Date | 1 April 2026 |
| Initial Term | The period of twenty-four (24) months commencing on the Commencement Date and ending on 31 March 2028 |
| Renewal | Automatic, for one (1) year at a time, under clause 3.2 |
| Charges | S$48,500 per month, invoiced monthly in arrears and payable within 30 days of invoice |
| Defects Liability Period | 6 months after completion of each item of project work |
# TERMS AND CONDITIONS
1. Services. The Service Provider shall provide the facilities management services described in Schedule 1 at the Site with the skill and care of a competent and experienced provider of such services.
2. Service levels. If the Service Provider fails to meet a Service Level in any month, the Customer shall be entitled to the service credits set out in Schedule 2.
3. Term.
3.1 This Agreement shall commence on the Commencement Date and continue for the Initial Term.
3.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods of one (1) year each unless either party gives at least sixty (60) days' written notice of non-renewal before the end of the then-current term.
4. Non-solicitation. Neither party shall, during the Term and for twelve (12) months thereafter, solicit any employee of the other engaged in the Services.
5. Subcontracting. The Service Provider may subcontract mechanical and electrical maintenance to Jurong Engineering Services Pte Ltd but remains fully responsible for the Services.
6. Governing law. This Agreement is governed by the laws of the Republic of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
| Signed by Daniel Tan Wei Ming, Managing Partner, for and on behalf of Tan, Lim & Partners Facility Services LLP | Signed by Ms Nurul Huda binte Ahmad, Director, for and on behalf of Lion City Logistics Pte. Ltd. |
| Witness: Lim Hui Shan | Witness: Rajesh s/o Krishnan |`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Lion City Logistics Pte. Ltd.", "Tan, Lim & Partners Facility Services LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "24 months",
      renewal: "1 year",
    },
  },
  {
    id: "v22-commercial-master-supply-new-york",
    format: "docx",
    source: `# MASTER SUPPLY AGREEMENT
This Master Supply Agreement (this “Agreement”) is entered into by and between the supplier (“Supplier”) and the buyer (“Buyer”) identified in the signature block at the end of this Agreement (each, a “Party” and together, the “Parties”).
# 1. Definitions
1.1 “Effective Date” means April 1, 2026, regardless of the dates on which the Parties sign.
1.2 “Initial Term” means the period from April 1, 2026 to March 31, 2029.
1.3 “Products” means the engineered polymer compounds listed in Exhibit A, as updated by the Parties in writing from time to time.
# 2. Purchase Orders
2.1 Buyer may issue purchase orders for Products during the Term. Each accepted purchase order is governed by this Agreement, and any conflicting terms in either Party's standard forms are rejected.
2.2 Buyer's affiliates may order Products under this Agreement, but no affiliate becomes a Party by doing so.
# 3. Term
3.1 This Agreement is effective on the Effective Date and continues for the Initial Term. The Parties may extend this Agreement only by a written amendment signed by both Parties; there is no automatic renewal.
# 4. Pricing and Payment
4.1 Prices are fixed for the first Contract Year and thereafter adjust each April 1 by the change in the resin index described in Exhibit B.
4.2 Payment is due net sixty (60) days from Buyer's receipt of a correct invoice.
# 5. Warranty
5.1 Supplier warrants that Products will conform to the Specifications for eighteen (18) months from delivery.
# 6. Guaranty
6.1 Buyer's payment obligations are guaranteed by Harlan & Booth Holdings, Inc. under a separate Guaranty of even date. Harlan & Booth Holdings, Inc. is not a Party to this Agreement.
# 7. Confidentiality
7.1 Each Party's confidentiality obligations survive for five (5) years after expiration or termination of this Agreement.
# 8. Governing Law
8.1 This Agreement is governed by the laws of the State of New York, without regard to its conflict of laws principles. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
IN WITNESS WHEREOF, the Parties have executed this Agreement by their duly authorized representatives.
| SUPPLIER | BUYER |
| CEDAR POINT POLYMERS, LLC, an Ohio limited liability company | HARLAN & BOOTH MANUFACTURING CO., a Michigan corporation |
| By: Dana K. Whitfield | By: Marcus A. Oyelaran |
| Title: Chief Executive Officer | Title: Vice President, Global Sourcing |
| Date: March 20, 2026 | Date: March 24, 2026 |
| Notices: 4100 Lakeshore Drive, Sandusky, OH 44870 | Notices: 7 Industrial Parkway SW, Grand Rapids, MI 49512 |`,
    truth: {
      title: "Master Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Cedar Point Polymers, LLC", "Harlan & Booth Manufacturing Co."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v22-commercial-termination-notice-south-africa",
    format: "pdf",
    source: `# UBUNTU AGRI-CHEM (PTY) LTD
Registration number 2011/004567/07
Building 3, Waterfall Corporate Campus, 74 Waterfall Drive, Midrand, 1685
Tel +27 11 555 0100 | legal@ubuntuagrichem.co.za
15 July 2026
Our ref: UAC/LEG/0931
Your ref: KFS/JvdM
BY EMAIL AND REGISTERED POST
The Directors
Karoo Farm Supplies CC
(Registration number 1998/012345/23)
12 Voortrekker Street
Graaff-Reinet, 6280
For the attention of: Mr J. van der Merwe
Dear Sirs
# NOTICE OF TERMINATION
Re: Non-Exclusive Distribution Agreement dated 1 June 2022
1. We refer to the Non-Exclusive Distribution Agreement between Ubuntu Agri-Chem (Pty) Ltd and Karoo Farm Supplies CC dated 1 June 2022 (the "Agreement"), which was entered into for an initial period of three (3) years and has since continued on a month-to-month basis, and to our letters of 3 April 2026 and 19 May 2026 regarding overdue invoices.
2. In terms of clause 17.2 of the Agreement, either party may terminate the Agreement on not less than sixty (60) days' written notice to the other.
3. We hereby give you notice that the Agreement will terminate on 30 September 2026 (the "Termination Date").
4. Until the Termination Date we will continue to fulfil orders on cash-on-delivery terms only. Outstanding invoices totalling R384,212.50 remain payable in full, and the restraint in clause 21 of the Agreement will apply for twelve (12) months after the Termination Date.
5. Please arrange for the return of all demonstration stock and marketing materials to our Midrand warehouse within 14 days after the Termination Date.
6. This notice is given without prejudice to any of our rights under the Agreement, all of which are reserved.
Yours faithfully
Lindiwe Dube
Head of Legal, for and on behalf of Ubuntu Agri-Chem (Pty) Ltd
cc: Mokoena Naidoo Inc. (Attention: Mr S. Naidoo)`,
    truth: {
      title: "Notice of Termination",
      documentType: "Notice",
      parties: ["Ubuntu Agri-Chem (Pty) Ltd", "Karoo Farm Supplies CC"],
      effectiveDate: "2026-07-15",
    },
  },
];
