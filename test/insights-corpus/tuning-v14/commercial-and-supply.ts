import type { UnseenDocument } from "../unseen/types";

/** Commercial and supply documents (v14, set a): supply, agency, subscription, NDA, variation, hosting, consent letter, standstill. */
export const COMMERCIAL_AND_SUPPLY_V14: UnseenDocument[] = [
  {
    id: "v14-a-supply-ontario-particulars",
    format: "pdf",
    pageFooters: true,
    source: `# SUPPLY AGREEMENT
| Item | Particular | Details |
| 1 | Supplier | Northbay Polymers Inc., a corporation incorporated under the laws of Ontario (Ontario Corporation No. 2739104), 410 Industrial Parkway North, Sudbury, Ontario P3A 4R7 |
| 2 | Customer | Halvorsen Packaging Ltd. and Halvorsen Packaging (Québec) Inc., each of 88 Dufferin Street, Toronto, Ontario M6K 1Z6 (jointly and severally, the “Customer”) |
| 3 | Products | Food-grade HDPE resin pellets as described in Schedule A |
| 4 | Commencement Date | June 1, 2026 |
| 5 | Initial Term | Thirty-six (36) months from the Commencement Date |
| 6 | Renewal Term | Successive periods of twelve (12) months |
| 7 | Payment Terms | Net sixty (60) days from date of invoice |
| 8 | Product Warranty Period | Eighteen (18) months from delivery |
This Supply Agreement is dated May 18, 2026 and is made between the Supplier and the Customer identified in Items 1 and 2 above (the “Particulars”).
# 1. Interpretation
1.1 Capitalised terms used in this Agreement and not otherwise defined have the meanings given to them in the Particulars.
1.2 References to an “Item” are to an item of the Particulars.
# 2. Supply
2.1 The Supplier shall manufacture and supply the Products to the Customer in accordance with purchase orders issued under this Agreement.
2.2 The Customer shall purchase not less than 70% of its annual requirement for the Products from the Supplier.
===
# 3. Term and Renewal
3.1 This Agreement begins on the Commencement Date and continues for the Initial Term set out in Item 5.
3.2 On expiry of the Initial Term, this Agreement shall automatically renew for the Renewal Term set out in Item 6, and shall continue to renew in that way at the end of each Renewal Term, unless either party gives the other written notice of non-renewal not less than ninety (90) days before the end of the then-current term.
# 4. Price and Payment
4.1 The Customer shall pay each invoice within the Payment Terms set out in Item 7.
4.2 Prices are fixed for the first twelve (12) months and may thereafter be adjusted once in each contract year on sixty (60) days' notice.
# 5. Warranty
5.1 The Supplier warrants that the Products will conform to the Specification for the Product Warranty Period.
# 6. Termination
6.1 Either party may terminate this Agreement immediately by notice if the other commits a material breach which is not remedied within thirty (30) days of notice of the breach.
6.2 Clauses 5, 7 and 8 survive termination for a period of two (2) years.
# 7. Governing Law
7.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
# 8. Execution
| NORTHBAY POLYMERS INC. | HALVORSEN PACKAGING LTD. | HALVORSEN PACKAGING (QUÉBEC) INC. |
| Per: Marcus D. Feeney, President | Per: Ingrid Halvorsen, Chief Executive Officer | Per: Luc Bergeron, Secretary |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Northbay Polymers Inc.", "Halvorsen Packaging Ltd.", "Halvorsen Packaging (Québec) Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-06-01",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v14-a-sales-agency-nsw",
    format: "docx",
    storedPageCount: 2,
    source: `# SALES AGENCY AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) KESTREL MARINE EQUIPMENT PTY LTD (ACN 612 448 903) of Unit 4, 22 Frenchs Forest Road, Frenchs Forest NSW 2086 (the “Principal”); and
(2) DANIEL AARON WHITCOMBE of 7 The Esplanade, Manly NSW 2095 (the “Agent”).
BACKGROUND
A. The Principal designs and manufactures outboard motor accessories and rigging hardware (the “Products”).
B. The Principal wishes to appoint the Agent to solicit orders for the Products in the Territory on the terms of this agreement.
# 1. Definitions
In this agreement:
“Commencement Date” means 1 May 2026.
“Territory” means the State of New South Wales and the Australian Capital Territory.
“Commission” means 7.5% of the net invoiced value of each Accepted Order.
# 2. Appointment
2.1 The Principal appoints the Agent as its non-exclusive commercial agent to negotiate the sale of the Products in the Territory on behalf of and in the name of the Principal.
2.2 The Agent has no authority to conclude contracts on the Principal’s behalf.
# 3. Term
3.1 This agreement is for a period of two (2) years commencing on the Commencement Date, so that it ends on the day before the second anniversary of the Commencement Date.
3.2 The Principal may, by written notice given at least sixty (60) days before the end of the term, offer to extend this agreement for one further period of twelve (12) months. Any extension takes effect only if the Agent accepts that offer in writing.
===
# 4. Commission
4.1 Commission on each Accepted Order is payable within thirty (30) days after the end of the calendar month in which the Principal receives payment from the customer.
# 5. Restraint
5.1 For six (6) months after this agreement ends, the Agent must not solicit any customer in the Territory for the supply of goods that compete with the Products.
# 6. Termination
6.1 Either party may terminate this agreement on three (3) months’ written notice.
# 7. Governing law
7.1 This agreement is governed by the law in force in New South Wales and each party submits to the non-exclusive jurisdiction of its courts.
EXECUTED as an agreement.
Executed by Kestrel Marine Equipment Pty Ltd (ACN 612 448 903) in accordance with section 127 of the Corporations Act 2001 (Cth) by Helen Louise Sarkis, Director, and Bradley Ng, Director/Secretary
Signed by Daniel Aaron Whitcombe in the presence of Kirsty Ellen Moore, witness`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Kestrel Marine Equipment Pty Ltd", "Daniel Aaron Whitcombe"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "2 years",
    },
  },
  {
    id: "v14-a-saas-subscription-singapore",
    format: "txt",
    source: `# SOFTWARE SUBSCRIPTION AGREEMENT
This Software Subscription Agreement (“Agreement”) is entered into on 3 March 2026 between the Provider and the Subscriber, each as named in the signature blocks at the end of this Agreement.
# 1. Definitions
“Platform” means the Provider’s cloud-hosted accounting and practice-management software known as LedgerLoop, including all updates made generally available.
“Commencement Date” means 1 April 2026.
“Authorised Users” means up to forty (40) partners and employees of the Subscriber.
# 2. Licence
2.1 The Provider grants the Subscriber a non-exclusive, non-transferable licence for the Authorised Users to access and use the Platform during the Subscription Term for the Subscriber’s internal business purposes.
# 3. Subscription Term
3.1 The initial Subscription Term runs from the Commencement Date, 1 April 2026, to 31 March 2027 (both dates inclusive).
3.2 The Subscription Term shall thereafter automatically renew for successive periods of one (1) year each unless either party notifies the other in writing of its intention not to renew at least thirty (30) days before the end of the then-current Subscription Term.
# 4. Fees
4.1 The annual Subscription Fee of SGD 28,800 is payable in advance within fourteen (14) days of invoice.
# 5. Data
5.1 On expiry or termination, the Provider will make the Subscriber’s data available for export for sixty (60) days, after which it will be deleted.
# 6. Warranty
6.1 The Provider warrants that the Platform will perform materially in accordance with its documentation for ninety (90) days after the Commencement Date.
# 7. Governing Law and Disputes
7.1 This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
SIGNED for and on behalf of the Provider:
LUMEN LEDGER PTE. LTD. (UEN 201912345K), 10 Anson Road, International Plaza, Singapore 079903
Name: Rachel Koh Mei Ling    Title: Director
SIGNED for and on behalf of the Subscriber:
ONG KENG HUI & PARTNERS LLP (UEN T14LL0821B), 1 Raffles Place, One Raffles Place, Singapore 048616
Name: Ong Keng Hui    Title: Managing Partner`,
    truth: {
      title: "Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Lumen Ledger Pte. Ltd.", "Ong Keng Hui & Partners LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
      renewal: "1 year",
    },
  },
  {
    id: "v14-a-mutual-nda-delaware",
    format: "pdf",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this “Agreement”) is made and entered into as of the 9th day of February, 2026 (the “Effective Date”) by and between Brightwater Analytics, LLC, a Delaware limited liability company with offices at 1201 N. Orange Street, Wilmington, Delaware 19801, and Corvane Therapeutics, Inc., a Delaware corporation with offices at 75 Binney Street, Cambridge, Massachusetts 02142 (each, a “Party”).
WHEREAS, the Parties wish to evaluate a potential collaboration concerning machine-learning analysis of clinical trial data (the “Purpose”);
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Confidential Information. “Confidential Information” means all non-public information disclosed by one Party to the other in connection with the Purpose, whether before or after the Effective Date.
2. Obligations. The receiving Party shall use Confidential Information solely for the Purpose and shall protect it with at least a reasonable degree of care.
3. Term. This Agreement shall commence on the Effective Date and shall remain in effect until terminated by either Party upon thirty (30) days’ prior written notice to the other Party.
4. Survival. The obligations in Section 2 shall survive any termination of this Agreement for a period of five (5) years, provided that obligations relating to trade secrets shall survive for so long as the information remains a trade secret.
5. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.
6. Return of Materials. Within ten (10) business days after a written request, the receiving Party shall return or destroy all Confidential Information.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. The Parties consent to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
8. Entire Agreement. This Agreement supersedes the Confidentiality Agreement between the Parties dated October 2, 2024, which was governed by the laws of the Commonwealth of Massachusetts.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
BRIGHTWATER ANALYTICS, LLC
By: Samuel R. Okafor
Title: Managing Member
CORVANE THERAPEUTICS, INC.
By: Dr. Elena V. Marchetti
Title: Chief Business Officer`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Brightwater Analytics, LLC", "Corvane Therapeutics, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-02-09",
      term: "Until terminated",
    },
  },
  {
    id: "v14-a-minute-variation-scotland",
    format: "docx",
    source: `# MINUTE OF VARIATION
between
GLENFINNAN DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC287114) and having its registered office at Station Road, Corpach, Fort William PH33 7JH (“Glenfinnan”)
and
ARNPRIOR COOPERAGE LIMITED, incorporated under the Companies Acts (registered number SC401993) and having its registered office at 2 Kippen Road, Arnprior, Stirling FK8 3EW (the “Supplier”)
WHEREAS
(A) Glenfinnan and the Supplier are parties to a Supply Agreement dated 2 September 2022 (the “Supply Agreement”) under which the Supplier supplies refurbished oak casks for an initial term of five years from that date.
(B) The parties have agreed to vary the Supply Agreement on the terms of this Minute of Variation.
NOW THEREFORE the parties agree as follows:
# 1. Interpretation
1.1 Words defined in the Supply Agreement have the same meaning in this Minute of Variation.
1.2 “Variation Effective Date” means 1 July 2026.
# 2. Variation
2.1 With effect from the Variation Effective Date, Schedule 2 (Prices) of the Supply Agreement is deleted and replaced by the Schedule annexed to this Minute of Variation.
2.2 With effect from the Variation Effective Date, clause 6.3 of the Supply Agreement is amended so that the Supplier shall deliver to the Corpach and Banavie bonded warehouses only, and the period for payment of invoices is extended from thirty (30) days to forty-five (45) days.
# 3. Continuation
3.1 Save as varied by this Minute of Variation, the Supply Agreement continues in full force and effect, and nothing in this Minute of Variation alters the duration of the Supply Agreement.
# 4. Governing Law
4.1 This Minute of Variation is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents, together with the Schedule annexed, are executed as follows:
Subscribed for and on behalf of GLENFINNAN DISTILLERS LIMITED at Fort William on the twelfth day of June Two thousand and twenty-six by Alasdair Ruaridh MacPhee, Director, before this witness: Morag Campbell, 4 Lochy Crescent, Fort William
Subscribed for and on behalf of ARNPRIOR COOPERAGE LIMITED at Stirling on the fifteenth day of June Two thousand and twenty-six by Fiona Jane Drummond, Director, before this witness: Euan Gillies, 9 Main Street, Kippen
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Variation between Glenfinnan Distillers Limited and Arnprior Cooperage Limited.
| Cask type | Price per cask (ex VAT) |
| Refill hogshead (250 litres) | £185.00 |
| Ex-bourbon barrel (200 litres) | £142.00 |
| Sherry butt (500 litres) | £610.00 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Glenfinnan Distillers Limited", "Arnprior Cooperage Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v14-a-hosting-services-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `DATED 20 JANUARY 2026
# MANAGED HOSTING SERVICES AGREEMENT
between
CORRIB CLOUD SERVICES DAC
and
ARDMORE INSURANCE BROKERS LIMITED
===
THIS AGREEMENT is dated 20 January 2026
PARTIES
(1) Corrib Cloud Services DAC, a designated activity company incorporated in Ireland with registered number 658213, whose registered office is at Unit 9, Ballybrit Business Park, Galway H91 P2DK (the “Provider”).
(2) Ardmore Insurance Brokers Limited, a private company limited by shares incorporated in Ireland with registered number 401177, whose registered office is at 14 Upper Mount Street, Dublin 2, D02 YX53 (the “Customer”).
AGREED TERMS
# 1. Definitions
“Go-Live Date” means the date on which the Provider notifies the Customer in writing that the Hosted Environment has passed the Acceptance Tests.
“Minimum Term” means the period of eighteen (18) months starting on the Go-Live Date.
“Services” means the managed hosting, monitoring, backup and support services described in the Schedule.
# 2. Commencement and Term
2.1 This Agreement takes effect on the date of this Agreement.
2.2 The Provider shall provide the Services from the Go-Live Date, and this Agreement shall continue until the expiry of the Minimum Term, when it shall end automatically unless the parties agree in writing to extend it.
2.3 The Provider shall use reasonable endeavours to achieve the Go-Live Date within twelve (12) weeks after the date of this Agreement.
# 3. Charges
3.1 The Customer shall pay the monthly Service Charges within thirty (30) days of the date of each invoice.
# 4. Service Levels
4.1 The Provider shall make the Hosted Environment available 99.9% of the time in each month. Service credits are the Customer’s sole remedy for a failure to meet this service level.
# 5. Exit
5.1 For a period of ninety (90) days after this Agreement ends the Provider shall provide reasonable exit assistance at its then-current rates.
# 6. Law and Jurisdiction
6.1 This Agreement is governed by the laws of Ireland and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of Corrib Cloud Services DAC by Niamh Ó Floinn, Director
Signed for and on behalf of Ardmore Insurance Brokers Limited by Conor Patrick Brennan, Chief Operating Officer
===
# SCHEDULE – THE SERVICES
| Service | Description | Hours |
| Managed hosting | Dedicated virtual private cloud in the Provider’s Galway data centre | 24/7 |
| Monitoring | Infrastructure and application monitoring with alerting | 24/7 |
| Backup | Nightly encrypted backups, retained for 35 days | Nightly |
| Support | Service desk for incidents and service requests | 08:00–18:00 Monday to Friday |`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Corrib Cloud Services DAC", "Ardmore Insurance Brokers Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-20",
      term: "18 months",
    },
  },
  {
    id: "v14-a-consent-letter-jersey",
    format: "pdf",
    pageFooters: true,
    source: `ST AUBIN RETAIL GROUP LIMITED
La Route de la Haule, St Aubin, Jersey JE3 8BA | Registered in Jersey No. 93115
The Directors
Harbourline Logistics (Jersey) Limited
Commercial Buildings
St Helier, Jersey JE2 3NX
17 March 2026
Our ref: SARG/LEGAL/0412
Dear Sirs
# Consent to Subcontracting
We refer to the Warehousing Agreement dated 4 January 2024 between us (the “Warehousing Agreement”), which has an initial term of five (5) years and is governed by English law. Terms defined in the Warehousing Agreement have the same meanings in this letter.
You have asked for our consent under clause 11.2 of the Warehousing Agreement to your subcontracting the last-mile delivery of Goods within the Island to Pallet Express (CI) Limited (the “Subcontractor”).
We consent to that subcontracting on the following conditions:
1. you remain fully responsible for the acts and omissions of the Subcontractor as if they were your own;
2. the Subcontractor holds goods-in-transit insurance of not less than £250,000 per consignment at all times; and
3. you give us not less than fourteen (14) days’ written notice of any change to the Subcontractor’s delivery depots.
We may withdraw this consent by giving you thirty (30) days’ written notice if any of these conditions is not met. Save as set out in this letter, the Warehousing Agreement is unaffected.
This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of Jersey.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully
Peter Hamon
Commercial Director
for and on behalf of St Aubin Retail Group Limited
We accept the conditions set out above.
Signed for and on behalf of Harbourline Logistics (Jersey) Limited: Anne-Marie Le Cornu, Director
Date: 24 March 2026`,
    truth: {
      title: "Consent to Subcontracting",
      documentType: "Letter",
      parties: ["St Aubin Retail Group Limited", "Harbourline Logistics (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-17",
    },
  },
  {
    id: "v14-a-standstill-kenya",
    format: "txt",
    source: `# STANDSTILL AGREEMENT
THIS STANDSTILL AGREEMENT is made this 5th day of May 2026
BETWEEN:
1. MARA AGRO-PROCESSORS LIMITED, a limited liability company incorporated in Kenya (registration number PVT-9XUQ7A2M), of P.O. Box 4417-00100, Nairobi (“Mara”);
2. RIFT VALLEY TRUST CORPORATION LIMITED, of Kenyatta Avenue, Nakuru, acting in its capacity as trustee of the Mara Outgrowers Welfare Trust (the “Trustee”); and
3. TANA IRRIGATION SYSTEMS LIMITED, a limited liability company incorporated in Kenya (registration number C.118764), of Mombasa Road, Nairobi (“Tana”).
RECITALS
A. Under an Equipment Supply Contract dated 19 November 2021, Tana supplied and installed centre-pivot irrigation systems at Mara’s estates near Narok, with a defects liability period of twenty-four (24) months from commissioning.
B. Mara and the Trustee allege that the systems were defective and intend to bring claims against Tana (the “Claims”). Tana denies the Claims.
C. The parties wish to pursue settlement discussions without the need to issue proceedings to protect against any limitation defence.
IT IS AGREED as follows:
1. Standstill Period. In this Agreement, the “Standstill Period” means a period of six (6) months from the date of this Agreement.
2. Limitation. Time shall not run for the purposes of the Limitation of Actions Act (Cap. 22) or any other limitation period in respect of the Claims during the Standstill Period.
3. No proceedings. None of the parties shall commence proceedings in respect of the Claims during the Standstill Period. Any party may end the Standstill Period early by giving not less than twenty-eight (28) days’ written notice to the others.
4. Duration. This Agreement shall terminate automatically at the end of the Standstill Period. Clauses 2, 5 and 6 shall survive for such period as is necessary to give effect to them.
5. Without prejudice. Nothing in this Agreement is an admission of liability, and settlement discussions shall be without prejudice.
6. Governing law. This Agreement is governed by the laws of Kenya and the parties submit to the exclusive jurisdiction of the High Court of Kenya at Nairobi.
SIGNED by the duly authorised representatives of the parties on the date first written above.
For Mara Agro-Processors Limited: Wanjiru Njeri Kamau, Director
For Rift Valley Trust Corporation Limited as trustee: Otieno Barack Ouma, Trust Manager
For Tana Irrigation Systems Limited: Hassan Abdi Farah, Managing Director`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Mara Agro-Processors Limited", "Rift Valley Trust Corporation Limited", "Tana Irrigation Systems Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-05-05",
      expiryDate: "2026-11-05",
      term: "6 months",
    },
  },
];
