import type { UnseenDocument } from "../unseen/types";

/** Held-back v7 commercial set: NDAs, services, supply, distribution, agency, consultancy and framework agreements. */
export const COMMERCIAL_V7: UnseenDocument[] = [
  {
    id: "v7-commercial-one-way-nda-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# NON-DISCLOSURE AGREEMENT
This Non-Disclosure Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”), by and between Harborview Analytics, LLC, a Delaware limited liability company having its principal office at 1201 North Orange Street, Wilmington, Delaware 19801 (“Discloser”), and Tern Point Capital Partners LP, a Delaware limited partnership having its principal office at 500 Fifth Avenue, New York, New York 10110 (“Recipient”).
WHEREAS, Discloser wishes to disclose certain proprietary information to Recipient solely so that Recipient may evaluate a possible equity investment in Discloser (the “Purpose”);
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
1. Confidential Information. “Confidential Information” means all non-public information disclosed by Discloser to Recipient, whether orally, in writing or by inspection, including financial statements, customer lists, source code and business plans.
2. Obligations. Recipient shall hold the Confidential Information in strict confidence, shall use it only for the Purpose and shall not disclose it to any person other than its partners, employees and professional advisers who need to know it for the Purpose.
3. Exclusions. The obligations in Section 2 do not apply to information that is or becomes public through no fault of Recipient, was lawfully known to Recipient before disclosure, or is independently developed by Recipient.
4. Return of Materials. Within ten (10) business days after Discloser’s written request, Recipient shall return or destroy all Confidential Information in its possession.
===
5. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date. Recipient’s obligations under Section 2 shall survive the expiration of this Agreement for three (3) years.
6. Non-Solicitation. For twelve (12) months after the Effective Date, Recipient shall not solicit for employment any employee of Discloser with whom it had contact in connection with the Purpose.
7. No License. Nothing in this Agreement grants Recipient any license or other right in the Confidential Information.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
9. Entire Agreement. This Agreement constitutes the entire agreement between the parties concerning its subject matter.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| HARBORVIEW ANALYTICS, LLC | TERN POINT CAPITAL PARTNERS LP |
| By: Daniel R. Okafor | By: Tern Point GP LLC, its general partner |
| Title: Chief Executive Officer | By: Melissa Strand, Managing Member |`,
    truth: {
      title: "Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Harborview Analytics, LLC", "Tern Point Capital Partners LP"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v7-commercial-mutual-nda-scottish-minute",
    format: "docx",
    storedPageCount: 2,
    source: `# MUTUAL CONFIDENTIALITY AGREEMENT
MINUTE OF AGREEMENT between
GLENCAIRN MARINE SYSTEMS LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its registered office at 14 Albyn Place, Aberdeen AB10 1YH (“Glencairn”); and
ORKNEY TIDAL ENERGY LTD, incorporated under the Companies Acts (Registered Number SC598761) and having its registered office at Hatston Pier Road, Kirkwall KW15 1ZL (“OTE”)
(each a “Party” and together the “Parties”).
CONSIDERING THAT the Parties intend to exchange technical information about subsea cable monitoring for the purpose of discussing a possible collaboration (the “Project”);
NOW THEREFORE the Parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Each Party may disclose Confidential Information to the other. “Confidential Information” means all technical, commercial and financial information disclosed by one Party to the other in connection with the Project.
2. The receiving Party shall keep the disclosing Party’s Confidential Information confidential and shall use it only for the Project.
3. This Agreement shall take effect on 1 May 2026 (the “Effective Date”) notwithstanding the dates of execution, and shall continue for a period of thirty-six (36) months commencing on the Effective Date.
4. Either Party may end discussions on the Project at any time by giving fourteen (14) days’ written notice, but the obligations in clause 2 shall continue for five (5) years after the end of this Agreement.
5. Nothing in this Agreement obliges either Party to enter into any further agreement.
===
6. This Agreement and any non-contractual obligations arising out of it shall be governed by the law of Scotland, and the Parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of Glencairn Marine Systems Limited | Subscribed for and on behalf of Orkney Tidal Energy Ltd |
| at Aberdeen on 14 April 2026 | at Kirkwall on 21 April 2026 |
| by Fiona Mackay, Director | by Magnus Linklater, Director |
| before this witness: Ewan Ross, Solicitor, Aberdeen | before this witness: Isla Drever, Office Manager, Kirkwall |`,
    truth: {
      title: "Mutual Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Glencairn Marine Systems Limited", "Orkney Tidal Energy Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "36 months",
    },
  },
  {
    id: "v7-commercial-facilities-services-particulars",
    format: "pdf",
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
THIS AGREEMENT is dated 12 January 2026
# Key Particulars
| Supplier | Brightwater Facilities Limited, a company registered in England and Wales (company number 08812345), of Unit 4 Riverside Park, Leeds LS10 1RS |
| Customer | Calder Valley Housing Association Limited, a registered society (registration number 31245R), of 2 Bridge Street, Halifax HX1 1XA |
| Commencement Date | 1 February 2026 |
| Initial Term | Three years from the Commencement Date |
| Renewal | On expiry of the Initial Term the Agreement renews automatically for successive periods of 12 months unless either party gives not less than 6 months’ written notice before the end of the then current period |
| Charges | £186,000 per year, invoiced monthly in arrears and payable within 30 days of invoice |
| Mobilisation Period | The 4 weeks before the Commencement Date |
The Supplier and the Customer agree that the Key Particulars and the Terms below form this Agreement.
# Terms
1. Services. The Supplier shall provide cleaning, grounds maintenance and reactive repair services at the Customer’s communal sites listed in Schedule 1, in accordance with the service levels in Schedule 2.
2. Standard of performance. The Supplier shall perform the Services with the skill and care of a competent facilities contractor and shall comply with the Customer’s health and safety policies.
3. Term. This Agreement continues for the Initial Term and any renewal period, unless terminated earlier under clause 9.
4. Defects. The Supplier shall re-perform at its own cost any Services that are not performed to the required standard and are notified within 10 working days.
5. TUPE. The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply on the Commencement Date and on expiry.
6. Insurance. The Supplier shall maintain public liability insurance of not less than £10 million for each claim.
7. Liability. Each party’s total liability in each contract year is limited to 125% of the Charges paid or payable in that year.
8. Data protection. Each party shall comply with the UK GDPR and the Data Protection Act 2018.
9. Termination. Either party may terminate this Agreement by written notice if the other commits a material breach which is not remedied within 30 days.
10. Governing law. This Agreement and any dispute arising from it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
Signed for Brightwater Facilities Limited by Paul Hensby, Director
Signed for Calder Valley Housing Association Limited by Rukhsana Iqbal, Chief Executive`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Brightwater Facilities Limited", "Calder Valley Housing Association Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-01",
      expiryDate: "2029-02-01",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v7-commercial-supply-nsw-cover-page",
    format: "docx",
    storedPageCount: 3,
    source: `# SUPPLY AGREEMENT
Marramarra Orchards Pty Ltd (ACN 123 456 789)
and
Coastline Fresh Foods Pty Limited (ACN 987 654 321)
Prepared by Whitlam Brennan Lawyers, Level 12, 60 Martin Place, Sydney NSW 2000
===
This Agreement is made on 2 June 2026.
Parties
Marramarra Orchards Pty Ltd (ACN 123 456 789) of 88 Wisemans Ferry Road, Arcadia NSW 2159 (Supplier)
Coastline Fresh Foods Pty Limited (ACN 987 654 321) of 3 Distribution Drive, Erskine Park NSW 2759 (Customer)
Background
A. The Supplier grows and packs citrus fruit and stone fruit.
B. The Customer wishes to buy, and the Supplier wishes to sell, the Products on the terms of this Agreement.
1. Definitions
“Commencement Date” means 1 July 2026.
“Products” means the fruit described in Schedule 1, graded and packed to the specifications in Schedule 2.
“Term” means the period from 1 July 2026 to 30 June 2029.
2. Supply. During the Term the Supplier must supply, and the Customer must buy, not less than 60% of the Customer’s requirements for the Products.
3. Orders. The Customer must place orders at least 5 Business Days before the required delivery date.
4. Price and payment. The prices are set out in Schedule 3. The Customer must pay each invoice within 45 days after the end of the month in which it is issued.
5. Quality. The Supplier warrants that the Products will be fit for human consumption and free from defects for 14 days after delivery.
6. Option to extend. The Customer may extend the Term by one further period of 2 years by giving the Supplier written notice at least 3 months before the end of the Term.
===
7. Termination. Either party may terminate this Agreement immediately by notice if the other party suffers an Insolvency Event or commits a material breach not remedied within 20 Business Days.
8. Governing law. This Agreement is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
Executed as an agreement.
| Executed by Marramarra Orchards Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) | Executed by Coastline Fresh Foods Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth) |
| Director: Angela Kostas | Director: Brendan O’Neill |
| Director/Secretary: Peter Kostas | Director/Secretary: Wei Lin Tan |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Marramarra Orchards Pty Ltd", "Coastline Fresh Foods Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v7-commercial-distribution-singapore",
    format: "txt",
    source: `# DISTRIBUTION AGREEMENT
THIS DISTRIBUTION AGREEMENT is made on the fifteenth day of September Two Thousand and Twenty-Five
BETWEEN
(1) KESTREL AUDIO PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564 (the “Company”); and
(2) PT NUSANTARA ELEKTRONIK JAYA, a company incorporated in the Republic of Indonesia with its principal office at Jalan Gatot Subroto Kav. 18, Jakarta 12930 (the “Distributor”).
IT IS AGREED as follows:
1. Appointment. The Company appoints the Distributor as its exclusive distributor of the Products in the Republic of Indonesia (the “Territory”), and the Distributor accepts the appointment.
2. Purchase and resale. The Distributor shall purchase the Products from the Company for its own account and resell them in the Territory in its own name.
3. Minimum purchases. The Distributor shall purchase Products with an aggregate invoice value of not less than US$750,000 in each year of this Agreement.
4. Payment. The Distributor shall pay each invoice within sixty (60) days of the date of the bill of lading.
5. Duration. This Agreement shall commence on the date of this Agreement and continue for an initial period of five (5) years. Thereafter it shall automatically renew for successive periods of two (2) years unless either party gives the other not less than six (6) months’ written notice of non-renewal.
6. Non-competition. During this Agreement and for one (1) year after its termination, the Distributor shall not distribute in the Territory any product that competes with the Products.
7. Trade marks. The Distributor may use the Company’s trade marks only to promote the Products in the Territory.
8. Governing law and disputes. This Agreement shall be governed by the laws of Singapore. Any dispute shall be resolved by arbitration in Singapore under the Arbitration Rules of the Singapore International Arbitration Centre.
SIGNED by Tan Wei Ming, Managing Director, for and on behalf of KESTREL AUDIO PTE. LTD.
SIGNED by Budi Santoso, President Director, for and on behalf of PT NUSANTARA ELEKTRONIK JAYA`,
    truth: {
      title: "Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Kestrel Audio Pte. Ltd.", "PT Nusantara Elektronik Jaya"],
      governingLaw: "Singapore",
      effectiveDate: "2025-09-15",
      expiryDate: "2030-09-14",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v7-commercial-sales-agency-kenya",
    format: "pdf",
    pageFooters: true,
    source: `# SALES AGENCY AGREEMENT
THIS AGREEMENT is made the 7th day of October 2025
BETWEEN SAVANNA AGRI-INPUTS LIMITED, a limited liability company incorporated in the Republic of Kenya, of Post Office Box 45678-00100, Nairobi (hereinafter called “the Principal”) of the one part
AND JOSEPH KAMAU MWANGI, of Post Office Box 2210-20100, Nakuru (hereinafter called “the Agent”) of the other part.
WHEREAS the Principal manufactures fertilisers and crop protection products and wishes to appoint the Agent to solicit orders for them in Nakuru, Baringo and Laikipia Counties (“the Territory”).
NOW IT IS AGREED as follows:
1. Definitions. In this Agreement “Commencement Date” means 1 November 2025 and “Products” means the products listed in the First Schedule.
2. Appointment. With effect from the Commencement Date the Principal appoints the Agent as its non-exclusive sales agent in the Territory. The Agent shall have no authority to conclude contracts on behalf of the Principal.
3. Duties of the Agent. The Agent shall use his best endeavours to obtain orders for the Products and shall transmit every order to the Principal within two (2) days of receipt.
===
4. Commission. The Principal shall pay the Agent a commission of five per cent (5%) of the net invoice value of each order accepted, within thirty (30) days after the end of the month in which the Principal receives payment from the customer.
5. Duration. This Agreement shall continue in force from the Commencement Date until terminated by either party giving to the other not less than three (3) months’ notice in writing.
6. Restraint. For six (6) months after termination the Agent shall not act as agent in the Territory for any competitor of the Principal.
7. Governing law. This Agreement shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall be referred to arbitration in Nairobi under the Arbitration Act, 1995.
IN WITNESS WHEREOF the parties have set their hands on the date first above written.
| SEALED with the Common Seal of SAVANNA AGRI-INPUTS LIMITED in the presence of: Grace Wanjiru, Director; Peter Otieno, Secretary |
| SIGNED by the said JOSEPH KAMAU MWANGI in the presence of: Advocate Mercy Chebet |`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Savanna Agri-Inputs Limited", "Joseph Kamau Mwangi"],
      governingLaw: "Kenya",
      effectiveDate: "2025-11-01",
      term: "Until terminated",
    },
  },
  {
    id: "v7-commercial-consultancy-jersey-signature-parties",
    format: "docx",
    source: `# CONSULTANCY AGREEMENT
1. Appointment. The Company engages the Consultant to provide the compliance advisory services described in the Schedule (the “Services”), and the Consultant agrees to provide them on the terms of this Agreement.
2. Status. The Consultant is an independent contractor and not an employee of the Company. The Consultant is responsible for her own tax and social security contributions in Jersey.
3. Duration. This Agreement takes effect on 1 March 2026 (the “Commencement Date”). It continues for a fixed term of eighteen (18) months from the Commencement Date, unless terminated earlier by either party giving one (1) month’s written notice.
4. Time commitment. The Consultant will devote not less than six (6) days in each calendar month to the Services.
5. Fees. The Company will pay the Consultant a fee of £950 for each day worked. The Consultant will invoice monthly and the Company will pay each invoice within fourteen (14) days.
6. Confidentiality. The Consultant must keep the Company’s affairs confidential during this Agreement and at all times afterwards.
7. Non-solicitation. For twelve (12) months after this Agreement ends, the Consultant must not solicit any client of the Company for whom she provided Services.
===
8. Governing law. This Agreement is governed by Jersey law and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
# Schedule – The Services
Review of the Company’s anti-money laundering procedures; training for client-facing staff; attendance at quarterly risk committee meetings.
Dated: 20 February 2026
| Signed by Richard Vibert, Managing Director, for and on behalf of ST HELIER FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 104455, of 9 Bond Street, St Helier, Jersey JE2 3NP (the “Company”) |
| Signed by MARGARET ELLEN LE BRUN of La Rocque Cottage, La Grande Route de la Côte, St Clement, Jersey JE2 6FW (the “Consultant”) |`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["St Helier Fiduciary Services Limited", "Margaret Ellen Le Brun"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-01",
      expiryDate: "2027-09-01",
      term: "18 months",
    },
  },
  {
    id: "v7-commercial-framework-supply-ontario",
    format: "txt",
    source: `# FRAMEWORK AGREEMENT FOR THE SUPPLY OF LABORATORY CONSUMABLES
This Framework Agreement is made as of March 3, 2026,
BETWEEN: LAKEHEAD REGIONAL HEALTH NETWORK, a corporation without share capital incorporated under the laws of Ontario (the “Network”)
AND: NORTHSHORE SCIENTIFIC INC., a corporation incorporated under the laws of Canada, having its head office at 2250 Bovaird Drive East, Brampton, Ontario L6R 0W3 (the “Vendor”)
RECITALS
A. The Network issued Request for Proposals No. LRHN-2025-114 on September 8, 2025 for the supply of laboratory consumables to its member hospitals.
B. The Vendor was selected as the successful proponent, and the parties wish to record the terms on which the Network may place call-off orders.
NOW THEREFORE the parties agree as follows:
1. Framework Period. This Framework Agreement has an initial term starting on April 1, 2026 (the “Start Date”) and ending on March 31, 2028.
2. Extension. The Network may, in its sole discretion, extend the term once by up to twelve (12) months by written notice given not less than ninety (90) days before it ends.
3. Call-off Orders. The Network may place orders for Products at the prices in Schedule B. Each order forms a separate contract for the supply of goods on these terms. An order placed before the end of the term may provide for deliveries up to six (6) months after that date.
4. No minimum volume. The Network does not guarantee any minimum quantity of orders.
5. Payment. The Network shall pay undisputed invoices within forty-five (45) days of receipt.
6. Product warranty. The Vendor warrants that each Product will conform to its specification until the expiry date printed on its packaging.
7. Governing Law. This Framework Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
LAKEHEAD REGIONAL HEALTH NETWORK  Per: Sandra Kowalczyk, Vice-President, Procurement
NORTHSHORE SCIENTIFIC INC.  Per: Arjun Mehta, President – I have authority to bind the corporation`,
    truth: {
      title: "Framework Agreement for the Supply of Laboratory Consumables",
      documentType: "Supply agreement",
      parties: ["Lakehead Regional Health Network", "Northshore Scientific Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "24 months",
    },
  },
];
