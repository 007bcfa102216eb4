import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: eight commercial contracts (supply, distribution, services, agency, NDAs) drafted in varied jurisdictions and styles. */
export const COMMERCIAL_V18: UnseenDocument[] = [
  {
    id: "v18-commercial-mutual-nda-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made on 16 February 2026
BETWEEN:
(1) TEMASEK RIDGE ROBOTICS PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 8 Kallang Avenue, #05-11 Aperia Tower, Singapore 339509 ("Temasek Ridge"); and
(2) LUMEN MARITIME SYSTEMS PTE. LTD. (UEN 202004567M), a company incorporated in Singapore with its registered office at 1 HarbourFront Place, #12-02, Singapore 098633 ("Lumen"),
(each a "Party" and together the "Parties").
# 1. Definitions
1.1 "Confidential Information" means all information of a technical, commercial or financial nature disclosed by one Party (the "Discloser") to the other (the "Recipient"), whether orally, in writing or by demonstration, in connection with the Purpose.
1.2 "Effective Date" means 2 February 2026, being the date on which the Parties began discussions concerning the Purpose. This Agreement applies to Confidential Information disclosed on or after the Effective Date, notwithstanding the date on which it is signed.
1.3 "Purpose" means evaluating a possible collaboration on the development of autonomous hull-inspection drones.
# 2. Obligations of the Recipient
2.1 The Recipient shall keep the Discloser's Confidential Information confidential and shall use it only for the Purpose.
2.2 The Recipient may disclose Confidential Information only to its directors, employees and professional advisers who need to know it for the Purpose and who are bound by duties of confidence no less protective than this Agreement.
# 3. Exceptions
The obligations in clause 2 do not apply to information which is or becomes public other than through a breach of this Agreement, which the Recipient already lawfully held, or which the Recipient is required to disclose by law or by the rules of the Singapore Exchange.
===
# 4. Return of Information
Within fourteen (14) days of a written request from the Discloser, the Recipient shall return or destroy all documents containing the Discloser's Confidential Information and confirm in writing that it has done so.
# 5. Term
5.1 This Agreement shall remain in force for a period of two (2) years commencing on the Effective Date, unless terminated earlier under clause 5.3.
5.2 The obligations in clause 2 shall survive the expiry or termination of this Agreement for a further three (3) years.
5.3 Either Party may terminate this Agreement by giving the other not less than thirty (30) days' written notice.
# 6. No Licence or Commitment
Nothing in this Agreement grants the Recipient any licence or other right in the Discloser's Confidential Information, or obliges either Party to enter into any further agreement.
# 7. Governing Law and Dispute Resolution
7.1 This Agreement is governed by and shall be construed in accordance with the laws of Singapore.
7.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Singapore administered by the Singapore International Arbitration Centre.
Signed for and on behalf of TEMASEK RIDGE ROBOTICS PTE. LTD.
Name: Tan Wei Ling | Designation: Director
Signed for and on behalf of LUMEN MARITIME SYSTEMS PTE. LTD.
Name: Rajesh Pillai | Designation: Chief Executive Officer`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Temasek Ridge Robotics Pte. Ltd.", "Lumen Maritime Systems Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-01",
      term: "2 years",
    },
  },
  {
    id: "v18-commercial-supply-india",
    format: "docx",
    storedPageCount: 2,
    source: `# SUPPLY AGREEMENT
This Supply Agreement ("Agreement") is executed at Pune on this 3rd day of March, 2026
BY AND BETWEEN
DECCAN POLYMERS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, bearing CIN U25209MH2014PTC254567 and having its registered office at Plot No. 42, MIDC Bhosari, Pune 411026, Maharashtra (hereinafter referred to as the "Supplier", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
SHAKTI HOME APPLIANCES LIMITED, a company incorporated under the Companies Act, 1956, bearing CIN L29300GJ1994PLC022871 and having its registered office at 7th Floor, Shivalik Plaza, Sarkhej-Gandhinagar Highway, Ahmedabad 380054, Gujarat (hereinafter referred to as the "Purchaser", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the OTHER PART.
The Supplier and the Purchaser are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Supplier is engaged in the business of manufacturing precision engineering-plastic mouldings.
B. The Purchaser wishes to purchase moulded drum and lid components for its range of washing machines, and the Supplier has agreed to supply them on the terms and conditions set out herein.
NOW, THEREFORE, THIS AGREEMENT WITNESSETH AS FOLLOWS:
# 1. DEFINITIONS
1.1 "Commencement Date" means 1 April 2026.
1.2 "Products" means the components described in Annexure A, as amended by the Parties in writing from time to time.
# 2. SUPPLY AND ORDERS
2.1 The Supplier shall manufacture and supply the Products against purchase orders issued by the Purchaser. Each purchase order shall be placed at least twenty-one (21) days before the required delivery date.
2.2 The Purchaser shall purchase not less than seventy per cent (70%) of its annual requirement of the Products from the Supplier.
# 3. PRICE AND PAYMENT
3.1 The prices in Annexure B shall remain firm for six (6) months from the Commencement Date and shall thereafter be reviewed half-yearly with reference to published polymer indices.
3.2 The Purchaser shall pay each undisputed invoice within forty-five (45) days of receipt of a valid tax invoice under the Central Goods and Services Tax Act, 2017.
===
# 4. WARRANTY
The Supplier warrants that the Products shall conform to the agreed drawings and be free from defects in material and workmanship for a period of eighteen (18) months from the date of delivery.
# 5. TERM AND RENEWAL
5.1 This Agreement shall remain in force for an initial period of thirty-six (36) months from the Commencement Date (the "Initial Term").
5.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods of twelve (12) months each, unless either Party gives the other not less than ninety (90) days' written notice of non-renewal before the end of the then-current term.
# 6. TERMINATION
Either Party may terminate this Agreement if the other commits a material breach which remains unremedied sixty (60) days after written notice requiring it to be remedied.
# 7. GOVERNING LAW AND DISPUTE RESOLUTION
7.1 This Agreement shall be governed by and construed in accordance with the laws of India.
7.2 Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, the seat of arbitration being Mumbai. Subject thereto, the courts at Pune shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year first above written.
| For DECCAN POLYMERS PRIVATE LIMITED | For SHAKTI HOME APPLIANCES LIMITED |
| Authorised Signatory: Anil Kulkarni, Director | Authorised Signatory: Meera Desai, Chief Procurement Officer |
| Witness: Prakash Joshi, Pune | Witness: Hetal Shah, Ahmedabad |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Deccan Polymers Private Limited", "Shakti Home Appliances Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-04-01",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v18-commercial-distribution-new-zealand",
    format: "pdf",
    pdfMargin: 84,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
# Key Details
| Item | Detail |
| Date of Agreement | 24 March 2026 |
| Supplier | Kōwhai Natural Skincare Limited (NZBN 9429047123456), 18 Tory Street, Te Aro, Wellington 6011 |
| Distributor | Southern Cross Beauty Distributors Limited (NZBN 9429050987654), 210 Great South Road, Greenlane, Auckland 1051 |
| Territory | New Zealand and the Cook Islands |
| Products | The skincare products listed in Schedule 1 |
| Commencement Date | 1 April 2026 |
| Initial Term | Three years |
| Minimum Purchase Target | NZ$450,000 (excluding GST) in each Contract Year |
| Renewal | One further term of two years at the Distributor's option (clause 3.2) |
| Governing Law | New Zealand |
# Agreed Terms
1. Appointment. The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory for the Term. The Distributor buys the Products and resells them on its own account and is not the Supplier's agent.
2. Definitions. Capitalised terms in the Key Details have the meanings given there. "Contract Year" means each period of twelve months starting on the Commencement Date or an anniversary of it. "Term" means the Initial Term and any renewal term.
3. Term.
3.1 This Agreement starts on the Commencement Date and continues for the Initial Term, unless ended earlier under clause 9.
3.2 The Distributor may renew this Agreement for one further term of two years by giving the Supplier written notice at least six months before the end of the Initial Term, but only if it has met the Minimum Purchase Target in every Contract Year.
4. Orders and payment. The Distributor must pay each invoice by the 20th of the month following the month of invoice. Title to the Products passes on payment in full.
5. Marketing. The Distributor must use its best endeavours to promote the Products and must spend at least 4% of its Product revenue on marketing approved by the Supplier.
6. Trade marks. The Distributor may use the Supplier's trade marks only to market the Products in the Territory during the Term.
7. Restraint. During the Term and for twelve months after it ends, the Distributor must not distribute any competing natural skincare range in the Territory.
8. Stock on termination. For thirty days after this Agreement ends, the Supplier may buy back any unsold Products at the Distributor's landed cost.
9. Termination. Either party may terminate this Agreement by notice if the other commits a material breach and fails to remedy it within 20 working days after being asked to do so, or if the other becomes insolvent.
10. Governing law. This Agreement is governed by New Zealand law, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed for Kōwhai Natural Skincare Limited by Aroha Tipene, Director
Signed for Southern Cross Beauty Distributors Limited by Michael Chen, Director`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Kōwhai Natural Skincare Limited", "Southern Cross Beauty Distributors Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v18-commercial-agency-ireland",
    format: "docx",
    source: `# COMMERCIAL AGENCY AGREEMENT
THIS AGREEMENT is dated 19 February 2026
BETWEEN
(1) BRANDT & VOGEL MASCHINENBAU GMBH, a company incorporated in Germany and registered in the commercial register of the Local Court of Stuttgart under number HRB 734512, whose principal place of business is at Industriestraße 14, 70565 Stuttgart, Germany (the "Principal"); and
(2) SEÁN Ó BRIAIN of Unit 6, Ballybrit Business Park, Galway H91 X2C4, Ireland (the "Agent").
BACKGROUND
(A) The Principal manufactures industrial packaging and palletising machinery.
(B) The Principal wishes to appoint the Agent as its commercial agent to negotiate sales of the Products to customers in the Territory, and the Agent is willing to act on the terms of this Agreement.
AGREED TERMS
1. Interpretation
1.1 "Regulations" means the European Communities (Commercial Agents) Regulations 1994 (S.I. No. 33 of 1994), as amended.
1.2 "Territory" means Ireland and Northern Ireland.
1.3 "Products" means the machinery listed in the Schedule and any replacement models.
2. Appointment
2.1 The Principal appoints the Agent as its exclusive commercial agent in the Territory to negotiate the sale of the Products on the Principal's behalf.
2.2 The Agent has no authority to conclude contracts in the name of the Principal or to accept payment on its behalf.
3. Commission
3.1 The Principal shall pay the Agent commission of seven per cent (7%) of the net invoiced value of every order for the Products from a customer in the Territory.
3.2 Commission becomes due when the customer pays, and the Principal shall pay it within thirty (30) days after the end of the calendar quarter in which it became due, with a statement of the commission due.
4. Duration
4.1 This Agreement commences on the date of this Agreement and shall continue until terminated by either party in accordance with clause 4.2 or clause 7.
4.2 Either party may terminate this Agreement by written notice of not less than one month during the first year, two months during the second year and three months during the third and any subsequent year of this Agreement.
5. Restraint of trade
For a period of two years after the termination of this Agreement, the Agent shall not, in the Territory, negotiate sales of packaging machinery that competes with the Products.
6. Confidentiality
The Agent shall keep the Principal's price lists and customer information confidential during this Agreement and for five years after it ends.
7. Termination for cause and indemnity
7.1 Either party may terminate this Agreement immediately by notice if the other commits a material breach which is not remedied within fourteen days of written notice.
7.2 On termination the Agent shall be entitled to an indemnity in accordance with the Regulations.
8. Governing law and jurisdiction
This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
SIGNED for and on behalf of BRANDT & VOGEL MASCHINENBAU GMBH by Klaus Brandt, Geschäftsführer
SIGNED by SEÁN Ó BRIAIN in the presence of Aoife Keane, Solicitor, Eyre Square, Galway`,
    truth: {
      title: "Commercial Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Brandt & Vogel Maschinenbau GmbH", "Seán Ó Briain"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-19",
      term: "Until terminated",
    },
  },
  {
    id: "v18-commercial-facilities-services-scotland",
    format: "txt",
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
GRANITE CITY FACILITIES LIMITED, a company incorporated under the Companies Acts (registered number SC614872) and having its registered office at 21 Albyn Place, Aberdeen AB10 1YL (hereinafter referred to as "the Contractor")
and
DEE VALLEY HOTELS LIMITED, a company incorporated under the Companies Acts (registered number SC287391) and having its registered office at 3 Riverside Drive, Aberdeen AB11 7LH (hereinafter referred to as "the Client")
WHEREAS the Client owns and operates the hotels listed in Part 1 of the Schedule and wishes to engage the Contractor to provide the Services at those hotels;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Agreement: "Commencement Date" means 1 May 2026; "Contract Period" means the period from 1 May 2026 to 30 April 2028, both dates inclusive; and "Services" means the cleaning, planned maintenance, reactive repair and grounds maintenance services described in Part 2 of the Schedule.
2. The Contractor shall provide the Services throughout the Contract Period to the service levels set out in Part 2 of the Schedule.
3. The Client may extend the Contract Period by up to twelve months by giving the Contractor written notice not less than three months before the end of the Contract Period.
4. The Client shall pay the Contractor a monthly fee of £38,400 plus VAT, invoiced monthly in arrears and payable within thirty days of receipt of a valid invoice.
5. Either party may terminate this Agreement on three months' written notice, provided that no such notice may take effect before 30 April 2027.
6. The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply to the commencement and ending of the Services, and the Contractor shall indemnify the Client against all employment liabilities arising during the Contract Period.
7. The Contractor shall maintain public liability insurance of not less than £10,000,000 for any one occurrence throughout the Contract Period and for six years thereafter.
8. This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are subscribed as follows:
They are subscribed for and on behalf of GRANITE CITY FACILITIES LIMITED by Morag Hendry, Director, at Aberdeen on the fourteenth day of April Two thousand and twenty-six in the presence of Callum Reid, 40 Union Street, Aberdeen, witness
They are subscribed for and on behalf of DEE VALLEY HOTELS LIMITED by Ian Cruickshank, Director, at Inverness on the seventeenth day of April Two thousand and twenty-six in the presence of Shona Fraser, 9 Academy Street, Inverness, witness
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Granite City Facilities Limited and Dee Valley Hotels Limited
# Part 1 – Hotels
| Hotel | Address | Rooms |
| The Deeside Lodge | Riverside Drive, Aberdeen | 96 |
| Balmedie Links Hotel | Coast Road, Balmedie | 58 |
| Banchory Mill Inn | North Deeside Road, Banchory | 34 |
# Part 2 – Services and Service Levels
Daily cleaning of all public areas; reactive repairs attended within 4 hours (urgent) or 2 working days (routine); planned maintenance in accordance with the agreed annual programme.`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Granite City Facilities Limited", "Dee Valley Hotels Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v18-commercial-deed-of-variation-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to the Supply Agreement dated 1 July 2023
Murray Basin Milling Pty Ltd (ACN 612 345 678)
and
Harbour Bakehouse Group Pty Ltd (ACN 158 902 334)
Whitlam Grey Lawyers, Level 21, 88 Phillip Street, Sydney NSW 2000
===
# DEED OF VARIATION
THIS DEED is made on the 9th day of June 2026
PARTIES
1. MURRAY BASIN MILLING PTY LTD (ACN 612 345 678) of 14 Irrigation Way, Griffith NSW 2680 ("Supplier")
2. HARBOUR BAKEHOUSE GROUP PTY LTD (ACN 158 902 334) of Unit 3, 40 O'Riordan Street, Alexandria NSW 2015 ("Customer")
RECITALS
A. The Supplier and the Customer are parties to a supply agreement dated 1 July 2023 under which the Supplier supplies milled flour to the Customer's bakeries (the "Supply Agreement").
B. The Supply Agreement has an initial term of five years ending on 30 June 2028 and is governed by the laws of Victoria.
C. The parties wish to vary the Supply Agreement on the terms of this deed.
OPERATIVE PROVISIONS
1. Definitions. Terms defined in the Supply Agreement have the same meaning in this deed. "Effective Date" means 1 July 2026.
2. Variation. With effect on and from the Effective Date, the Supply Agreement is varied as follows:
(a) clause 3.1 is deleted and replaced with: "This agreement continues until 30 June 2030 unless terminated earlier in accordance with its terms.";
(b) in clause 6.2, "30 days" is replaced with "45 days";
(c) clause 24 is deleted and replaced with: "This agreement is governed by the laws of New South Wales."; and
(d) Schedule 2 (Pricing) is replaced with the Schedule to this deed.
3. Confirmation. Except as varied by this deed, the Supply Agreement continues in full force and effect.
4. Costs. Each party bears its own costs of negotiating and executing this deed.
5. Governing law. This deed is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
6. Counterparts. This deed may be executed in counterparts, including by electronic signature.
EXECUTED AS A DEED
Executed by Murray Basin Milling Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Graham O'Neill, Director, and Leanne Parkes, Director/Secretary
Executed by Harbour Bakehouse Group Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by Sophie Nguyen, Director, and Daniel Marsh, Secretary
===
# SCHEDULE – Replacement Schedule 2 (Pricing)
| Product | Price per tonne (AUD, excluding GST) |
| Bakers' flour, 11.5% protein | 685.00 |
| Wholemeal flour, stone-ground | 742.50 |
| Rye flour, light | 910.00 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Murray Basin Milling Pty Ltd", "Harbour Bakehouse Group Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v18-commercial-confidentiality-letter-kenya",
    format: "docx",
    storedPageCount: 2,
    source: `HARBOURLINE CAPITAL PARTNERS LLP
12 Bishopsgate Yard, London EC2N 4BQ | +44 20 7946 0321 | www.harbourline.example
A limited liability partnership registered in England and Wales with number OC428817
PRIVATE AND CONFIDENTIAL
Our ref: HCP/BAO/0412 (Project Baobab)
11 March 2026
The Board of Directors
Mwangi Agro Processors Limited
Plot 209/8865, Mombasa Road
PO Box 45120-00100, Nairobi, Kenya
For the attention of Mrs Grace Wanjiru Mwangi, Managing Director
Dear Mrs Mwangi
# Confidentiality Agreement
We refer to our meeting in Nairobi on 24 February 2026 and to your email of 2 March 2026. We are considering a possible minority equity investment in Mwangi Agro Processors Limited (the "Company") (the "Proposed Transaction"). In consideration of the Company making information available to us, we agree with the Company as follows.
1. "Confidential Information" means all information relating to the Company and its subsidiaries that is supplied to us or our advisers in connection with the Proposed Transaction, and the fact that discussions are taking place.
2. We shall keep the Confidential Information confidential and use it only to evaluate, negotiate and complete the Proposed Transaction.
3. We may disclose Confidential Information to our partners, employees, professional advisers and prospective co-investors who need to know it, provided that we inform them of its confidential nature and remain responsible for their compliance with this letter.
4. For a period of twelve months from the date of this letter we shall not, without the Company's consent, solicit for employment any senior manager of the Company with whom we have had contact in connection with the Proposed Transaction.
5. If we decide not to proceed, we shall within ten business days of the Company's request return or destroy all Confidential Information in our possession.
6. Nothing in this letter obliges either of us to proceed with the Proposed Transaction, and no offer is made by this letter.
7. Our obligations under this letter shall continue for a period of two years from the date of this letter.
8. This letter is governed by the laws of Kenya, and the courts of Kenya shall have exclusive jurisdiction to settle any dispute arising from it.
Please confirm the Company's agreement by signing and returning the enclosed copy of this letter.
Yours sincerely
===
Tobias Rennick
Partner, for and on behalf of Harbourline Capital Partners LLP
We acknowledge and agree to the terms of this letter.
Grace Wanjiru Mwangi
Managing Director, for and on behalf of Mwangi Agro Processors Limited
Date: 16 March 2026`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Harbourline Capital Partners LLP", "Mwangi Agro Processors Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-11",
      expiryDate: "2028-03-11",
      term: "2 years",
    },
  },
  {
    id: "v18-commercial-consulting-services-colorado",
    format: "txt",
    source: `# CONSULTING SERVICES AGREEMENT
This Consulting Services Agreement (this "Agreement") is made and entered into as of October 1, 2026 (the "Effective Date") by and between the client identified as "Client" and the consultant identified as "Consultant" in the signature blocks below.
1. Services. Consultant will perform the data-engineering and analytics services described in each statement of work executed by both parties under this Agreement (each, an "SOW"). Each SOW is governed by this Agreement.
2. Fees and Payment. Client will pay the fees set out in each SOW. Invoices are due net thirty (30) days from the invoice date, and overdue amounts bear interest at one and one-half percent (1.5%) per month or the maximum rate permitted by law, if less.
3. Term. This Agreement has an initial term of one (1) year commencing on the Effective Date (the "Initial Term"). Thereafter, this Agreement will automatically renew for successive renewal terms of one (1) year each unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
4. Termination. Either party may terminate this Agreement or any SOW for convenience on forty-five (45) days' written notice. Any SOW in progress on expiry of this Agreement will continue to be governed by this Agreement until that SOW is completed.
5. Independent Contractor. Consultant is an independent contractor, and nothing in this Agreement creates a partnership, joint venture or employment relationship.
6. Confidentiality. Each party will protect the other's confidential information with reasonable care. This Section 6 survives for three (3) years after termination or expiration of this Agreement.
7. Intellectual Property. Upon Client's payment in full, Consultant assigns to Client all right, title and interest in the deliverables under each SOW, excluding Consultant's pre-existing tools and know-how, which Consultant licenses to Client on a non-exclusive, perpetual basis for use with the deliverables.
8. Warranty. Consultant warrants that the services will be performed in a professional and workmanlike manner. Client must notify Consultant of any breach of this warranty within ninety (90) days after delivery of the affected deliverable.
9. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither party will solicit for employment any employee of the other who worked on an SOW.
10. Limitation of Liability. Except for breach of Section 6, neither party's liability will exceed the fees paid under this Agreement in the twelve (12) months preceding the claim.
11. Governing Law; Venue. This Agreement is governed by the laws of the State of Colorado, without regard to its conflict of laws principles. The state and federal courts located in the City and County of Denver, Colorado have exclusive jurisdiction.
12. Entire Agreement. This Agreement, together with all SOWs, is the entire agreement of the parties on its subject matter. It may be signed in counterparts and by electronic signature.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| CLIENT: | CONSULTANT: |
| Harrow & Pike Outfitters, Inc., a Colorado corporation | Bluefin Analytics LLC, a Delaware limited liability company |
| 1780 Wazee Street, Denver, CO 80202 | 500 Delaware Avenue, Suite 1200, Wilmington, DE 19801 |
| By: /s/ Dana Whitcomb | By: /s/ Marcus Oyelaran |
| Name: Dana Whitcomb | Name: Marcus Oyelaran |
| Title: Chief Operating Officer | Title: Managing Member |
| Date: September 28, 2026 | Date: September 29, 2026 |`,
    truth: {
      title: "Consulting Services Agreement",
      documentType: "Services agreement",
      parties: ["Harrow & Pike Outfitters, Inc.", "Bluefin Analytics LLC"],
      governingLaw: "Colorado",
      effectiveDate: "2026-10-01",
      expiryDate: "2027-09-30",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
