import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: commercial contracts drafted in varied styles and jurisdictions, with a lawyer's answers. */
export const COMMERCIAL_V9: UnseenDocument[] = [
  {
    id: "v9-commercial-mutual-nda-california",
    format: "pdf",
    pageFooters: true,
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Brightline Analytics LLC, a Delaware limited liability company having its principal office at 410 Harrison Street, San Francisco, California 94105 ("Brightline"), and Coral Reef Robotics, Inc., a California corporation located at 88 Shoreline Drive, San Diego, California 92101 ("Coral Reef").
# 1. Purpose
The parties wish to explore a possible joint development of autonomous hull-inspection drones (the "Purpose") and, in connection with the Purpose, each may disclose Confidential Information to the other.
# 2. Confidential Information
"Confidential Information" means all non-public business, technical and financial information disclosed by one party to the other, whether orally, in writing or by inspection, that is marked confidential or would reasonably be understood to be confidential.
# 3. Obligations
The receiving party shall use Confidential Information solely for the Purpose and shall not disclose it to any third party other than its employees and advisers who need to know it and are bound by obligations no less protective than these.
===
# 4. Term
This Agreement shall continue for a period of two (2) years from the Effective Date, unless earlier terminated by either party on thirty (30) days' written notice.
Notwithstanding any expiration or termination, the obligations of confidentiality under Section 3 shall survive for five (5) years following the date of disclosure of the relevant Confidential Information.
# 5. Return of Materials
Within ten (10) business days after a written request, the receiving party shall return or destroy all Confidential Information in its possession.
# 6. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in San Francisco County.
# 7. Miscellaneous
This Agreement is the entire agreement of the parties on its subject matter and may be amended only in a writing signed by both parties.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTLINE ANALYTICS LLC | CORAL REEF ROBOTICS, INC. |
| By: Marcus Feld | By: Alana Kealoha |
| Title: Managing Member | Title: Chief Executive Officer |`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Brightline Analytics LLC", "Coral Reef Robotics, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v9-commercial-msa-england-auto-renew",
    format: "docx",
    storedPageCount: 2,
    source: `# MASTER SERVICES AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) THAMESGATE FACILITIES GROUP LIMITED, a company incorporated in England and Wales with company number 07745120 whose registered office is at 3 Riverside Walk, London SE1 9PP (the "Supplier"); and
(2) HOLLOWAY & PRICE RETAIL LIMITED, a company incorporated in England and Wales with company number 10238841 whose registered office is at Unit 7, Meadowhall Park, Sheffield S9 1EP (the "Customer").
# BACKGROUND
(A) The Supplier provides cleaning, security and maintenance services to retail premises.
(B) The Customer wishes to appoint the Supplier to provide those services at its stores on the terms of this Agreement.
# 1. DEFINITIONS
In this Agreement:
“Commencement Date” means 1 May 2026;
“Initial Term” means the period of thirty-six (36) months commencing on the Commencement Date;
“Renewal Period” means each successive period of twelve (12) months following the Initial Term;
“Services” means the services described in Schedule 1.
===
# 2. DURATION
2.1 This Agreement shall take effect on the Commencement Date and shall continue for the Initial Term.
2.2 On expiry of the Initial Term this Agreement shall automatically renew for successive Renewal Periods unless either party gives the other not less than three (3) months' written notice of non-renewal before the end of the Initial Term or the then current Renewal Period.
# 3. CHARGES
3.1 The Customer shall pay each undisputed invoice within forty-five (45) days of receipt.
3.2 The Supplier may review the Charges once in each period of twelve (12) months.
# 4. LIABILITY
Each party's total liability in any Contract Year shall not exceed 125% of the Charges paid in that Contract Year.
# 5. GOVERNING LAW AND JURISDICTION
This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
Signed by Rebecca Oduya, Director, for and on behalf of THAMESGATE FACILITIES GROUP LIMITED
Signed by Gareth Holloway, Director, for and on behalf of HOLLOWAY & PRICE RETAIL LIMITED`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Thamesgate Facilities Group Limited", "Holloway & Price Retail Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v9-commercial-minute-of-agreement-supply-scotland",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
GLENMORVEN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC482117) and having its Registered Office at Distillery Road, Dufftown, Keith AB55 4DH ("the Purchaser")
and
CALEDONIAN CASK SUPPLY COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC301954) and having its Registered Office at 14 Cooperage Lane, Alloa FK10 1HS ("the Supplier")
# CONSIDERING THAT
The Purchaser requires a steady supply of refurbished oak casks for the maturation of spirit, and the Supplier has agreed to supply them, NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Supply Period
The Supplier shall supply Casks to the Purchaser during the period from and including 1 July 2026 until and including 30 June 2029 ("the Supply Period").
# 2. Orders and Delivery
The Purchaser shall place call-off orders not less than twenty-one days before the required delivery date. Delivery shall be made to the Purchaser's bonded warehouse at Dufftown.
# 3. Price and Payment
The prices are set out in the Schedule. Invoices shall be paid within thirty days of the end of the month in which delivery is made.
# 4. Warranty
The Supplier warrants that each Cask shall be free from leaks and defects for a period of eighteen months from delivery.
# 5. Termination
Either party may terminate this Agreement on six months' written notice if the other commits a material breach which is not remedied within twenty-eight days.
# 6. Law
This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows: they are subscribed for and on behalf of the Purchaser by Fiona MacLeod, Director, at Dufftown on 2 June 2026 and for and on behalf of the Supplier by Alasdair Reid, Director, at Alloa on 5 June 2026.
# SCHEDULE
| Cask type | Price per cask |
| Ex-bourbon barrel (200 litres) | GBP 145 |
| Ex-sherry butt (500 litres) | GBP 610 |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Supply agreement",
      parties: ["Glenmorven Distillers Limited", "Caledonian Cask Supply Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v9-commercial-saas-key-details-singapore",
    format: "pdf",
    source: `# SOFTWARE SUBSCRIPTION AGREEMENT
# KEY DETAILS
| Provider | Lionspire Cloud Pte. Ltd. (UEN 201734567K), 12 Marina View, #21-01, Singapore 018961 |
| Customer | Orchid Bay Hospitality Pte. Ltd. (UEN 199905512D), 50 Scotts Road, Singapore 228242 |
| Software | Lionspire PropertyDesk (hotel reservations and front-desk management platform) |
| Commencement Date | 1 February 2026 |
| Subscription Term | Twenty-four (24) months, ending on 31 January 2028 |
| Renewal | Automatic renewal for successive periods of twelve (12) months unless either party gives 60 days' notice |
| Fees | SGD 4,800 per month, invoiced quarterly in advance |
| Governing Law | Singapore |
The Provider and the Customer agree that this Agreement consists of these Key Details and the General Terms below.
===
# GENERAL TERMS
# 1. Licence
1.1 In consideration of the Fees, the Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access and use the Software for its internal business purposes at its properties.
1.2 The Customer shall not sub-license, copy, modify or reverse engineer the Software.
# 2. Support
The Provider shall respond to priority one incidents within two (2) hours, twenty-four hours a day.
# 3. Payment
Invoices are payable within thirty (30) days. Late amounts bear interest at 1% per month.
# 4. Data
On expiry or termination the Provider shall make Customer Data available for export for ninety (90) days and shall then delete it.
# 5. Law and Disputes
This Agreement is governed by the laws of the Republic of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
| Signed for Lionspire Cloud Pte. Ltd. | Signed for Orchid Bay Hospitality Pte. Ltd. |
| Name: Tan Wei Jie, Director | Name: Priya Menon, General Manager |
| Date: 20 January 2026 | Date: 22 January 2026 |`,
    truth: {
      title: "Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Lionspire Cloud Pte. Ltd.", "Orchid Bay Hospitality Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v9-commercial-deed-of-variation-distribution-ireland",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made on the 9th day of June 2026
BETWEEN
LISMORE MEDICAL DEVICES LIMITED, a private company limited by shares incorporated in Ireland (registered number 612844) having its registered office at Unit 4, Cork Airport Business Park, Cork T12 X8N2 (the "Supplier"); and
ATLANTIC HEALTHCARE DISTRIBUTION DAC, a designated activity company incorporated in Ireland (registered number 588201) having its registered office at 21 Fitzwilliam Square, Dublin 2 (the "Distributor").
# WHEREAS
(A) The Supplier and the Distributor are parties to a distribution agreement dated 2 January 2023 (the "Distribution Agreement"), under which the Distributor was appointed for an initial term of five (5) years from that date. The Distribution Agreement is governed by the laws of Northern Ireland.
(B) The parties wish to vary the Distribution Agreement to add new products and to adjust the territory, as set out in this Deed.
# 1. Variations
1.1 With effect from the date of this Deed, Schedule 1 (Products) to the Distribution Agreement is deleted and replaced by the Schedule to this Deed.
1.2 Clause 2.1 of the Distribution Agreement is amended by deleting "the Republic of Ireland" and inserting "the Republic of Ireland and Northern Ireland".
1.3 The minimum purchase target in Clause 6.2 is increased from EUR 1,200,000 to EUR 1,450,000 for each contract year.
# 2. Continuation
Save as varied by this Deed, the Distribution Agreement shall continue in full force and effect, and nothing in this Deed alters its duration.
# 3. Governing Law
This Deed and any non-contractual obligations arising out of it shall be governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
# SCHEDULE – PRODUCTS
| Product | Code |
| Single-use laparoscopic trocar | LMD-301 |
| Wound drainage kit | LMD-415 |
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
Present when the common seal of LISMORE MEDICAL DEVICES LIMITED was affixed: Niamh Brennan, Director; Colm Daly, Secretary
Signed and delivered as a deed by ATLANTIC HEALTHCARE DISTRIBUTION DAC acting by Eoin Fitzgerald, Director`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lismore Medical Devices Limited", "Atlantic Healthcare Distribution DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-09",
      amends: "Distribution Agreement",
    },
  },
  {
    id: "v9-commercial-sales-agency-cover-south-africa",
    format: "pdf",
    pageFooters: true,
    source: `# SALES AGENCY AGREEMENT
between
KAROO SOLAR COMPONENTS (PTY) LTD
(Registration number 2014/228431/07)
and
THABO SIPHO NKOSI
(Identity number 8203155123081), trading as Nkosi Energy Sales
===
# 1. Parties
1.1 The parties to this agreement are Karoo Solar Components (Pty) Ltd, a private company incorporated in the Republic of South Africa, with its principal place of business at 9 Voortrekker Road, Bellville, Cape Town ("the Principal"), and Thabo Sipho Nkosi, an adult male residing at 17 Jacaranda Street, Polokwane ("the Agent").
# 2. Appointment
2.1 The Principal appoints the Agent as its non-exclusive sales agent to solicit orders for the Principal's solar inverters and mounting systems from customers in the Limpopo and Mpumalanga provinces ("the Territory").
2.2 The Agent shall not conclude contracts on behalf of the Principal; all orders are subject to acceptance by the Principal.
# 3. Commencement and Duration
3.1 This agreement shall commence on 1 August 2026 and shall endure indefinitely until terminated by either party giving to the other not less than three (3) calendar months' written notice.
# 4. Commission
4.1 The Principal shall pay the Agent a commission of 6% of the net invoice value of accepted orders, within fifteen (15) days after the end of the month in which the Principal receives payment.
# 5. Restraint
5.1 For a period of twelve (12) months after termination, the Agent shall not solicit any customer in the Territory for competing products.
# 6. Governing Law
6.1 This agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
SIGNED at Cape Town on 18 July 2026 for Karoo Solar Components (Pty) Ltd by Johan van der Merwe, duly authorised.
SIGNED at Polokwane on 22 July 2026 by Thabo Sipho Nkosi.`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Karoo Solar Components (Pty) Ltd", "Thabo Sipho Nkosi"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-01",
      term: "Until terminated",
    },
  },
  {
    id: "v9-commercial-outsourcing-india-lock-in",
    format: "docx",
    storedPageCount: 3,
    source: `# BUSINESS PROCESS OUTSOURCING AGREEMENT
This Business Process Outsourcing Agreement is executed at Mumbai on this 15th day of September 2026
BY AND AMONG
MERIDIAN INSURANCE SERVICES PRIVATE LIMITED, a company incorporated under the Companies Act, 2013 (CIN U66000MH2011PTC219876), having its registered office at 7th Floor, Nariman Bhavan, Nariman Point, Mumbai 400021 (hereinafter "the Client", which expression shall include its successors and permitted assigns) of the FIRST PART;
VANTAPOINT GLOBAL SERVICES LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008 (LLPIN AAB-4412), having its office at Tower B, Cyber City, Gurugram 122002 (hereinafter "the Service Provider") of the SECOND PART; and
VANTAPOINT TECHNOLOGIES LIMITED, a company incorporated under the Companies Act, 1956, having its registered office at 22 Residency Road, Bengaluru 560025 (hereinafter "the Parent") of the THIRD PART.
===
# 1. Definitions
1.1 "Effective Date" means 1 October 2026.
1.2 "Lock-in Period" means the period of twenty-four (24) months following the Effective Date, during which the Client may not terminate this Agreement for convenience.
1.3 "Services" means the claims processing and policy administration services described in Schedule A.
# 2. Term
2.1 This Agreement shall remain in force for an initial period of five (5) years from the Effective Date.
2.2 The Client may, by written notice given not less than six (6) months before the end of the initial period, extend this Agreement once for a further period of two (2) years. Absent such notice, this Agreement shall expire at the end of the initial period.
# 3. Transition
On expiry or termination the Service Provider shall provide exit assistance for up to six (6) months.
# 4. Parent Guarantee
The Parent guarantees the due performance of the Service Provider's obligations under this Agreement.
===
# 5. Fees
The Client shall pay the fees in Schedule B within thirty (30) days of receipt of a valid GST invoice.
# 6. Governing Law and Dispute Resolution
6.1 This Agreement shall be governed by and construed in accordance with the laws of India.
6.2 Disputes shall be finally resolved by arbitration seated in Mumbai under the Arbitration and Conciliation Act, 1996.
IN WITNESS WHEREOF the Parties have set their hands on the day and year first above written.
| For MERIDIAN INSURANCE SERVICES PRIVATE LIMITED | For VANTAPOINT GLOBAL SERVICES LLP | For VANTAPOINT TECHNOLOGIES LIMITED |
| Anil Deshpande, Managing Director | Kavita Rao, Designated Partner | Suresh Iyer, Director |`,
    truth: {
      title: "Business Process Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Meridian Insurance Services Private Limited", "Vantapoint Global Services LLP", "Vantapoint Technologies Limited"],
      governingLaw: "India",
      effectiveDate: "2026-10-01",
      expiryDate: "2031-10-01",
      term: "5 years",
    },
  },
  {
    id: "v9-commercial-brand-licence-jersey-signature-only",
    format: "txt",
    source: `# BRAND LICENCE AGREEMENT
Dated: 20 October 2026
This Agreement is made between the Licensor and the Licensee named in the execution block at the end of this Agreement.
# 1. Interpretation
"Brand" means the trade marks HARBOUR LIGHT and the lighthouse device registered in Jersey and the United Kingdom.
"Commencement Date" means 1 November 2026.
"Licence Period" means the period from 1 November 2026 to 31 October 2031.
# 2. Grant
2.1 The Licensor grants the Licensee an exclusive licence to use the Brand on boutique hotel and restaurant services in the Channel Islands during the Licence Period.
2.2 At the end of the Licence Period, and at the end of each renewal period, the licence shall automatically renew for a further period of one (1) year unless either party gives at least ninety (90) days' written notice of non-renewal.
# 3. Royalties
The Licensee shall pay a royalty of 4% of gross revenues, quarterly in arrears, within twenty (20) days of each quarter end.
# 4. Quality Control
The Licensee shall maintain standards at least equal to those approved by the Licensor and shall allow inspection on seven (7) days' notice.
# 5. Post-termination
For six (6) months after termination the Licensee may sell off existing branded stock.
# 6. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
# EXECUTION
Signed for and on behalf of HARBOUR LIGHT BRANDS LIMITED (Jersey company number 118204), 5 Esplanade, St Helier, Jersey JE2 3QA, as Licensor, by Claire Le Brocq, Director
Signed for and on behalf of FOSSE & LANE TRUSTEES LIMITED, 2 Hill Street, St Helier, Jersey JE1 1BB, in its capacity as trustee of the Corbière Family Trust, as Licensee, by Martin Vibert, Director`,
    truth: {
      title: "Brand Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Harbour Light Brands Limited", "Fosse & Lane Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-11-01",
      expiryDate: "2031-10-31",
      term: "60 months",
      renewal: "1 year",
    },
  },
];
