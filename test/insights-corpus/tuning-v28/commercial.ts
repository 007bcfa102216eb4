import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: commercial contracts (supply, distribution, services, agency, NDAs, franchise, manufacturing, logistics, marketing) in varied styles and jurisdictions. */
export const COMMERCIAL_V28: UnseenDocument[] = [
  {
    id: "v28-commercial-ohio-master-supply",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SUPPLY AGREEMENT
This Master Supply Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Buckeye Fastener Works, LLC, an Ohio limited liability company having its principal place of business at 4410 Industrial Parkway, Dayton, Ohio 45414 ("Supplier"), and Great Lakes Trailer Manufacturing, Inc., a Michigan corporation with offices at 900 Harbor Drive, Holland, Michigan 49423 ("Buyer").
# RECITALS
WHEREAS, Supplier manufactures and sells industrial fasteners, brackets and related components; and WHEREAS, Buyer wishes to purchase such components for incorporation into its trailer products on the terms set out below.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# 1. Purchase Orders
1.1 Buyer may from time to time issue purchase orders for Products listed in Exhibit A. Each accepted purchase order is governed by this Agreement, and any conflicting terms in a purchase order or acknowledgment are void.
1.2 Supplier shall acknowledge or reject each purchase order within five (5) Business Days of receipt.
# 2. Price and Payment
2.1 Prices are as stated in Exhibit A and are firm for the first twelve (12) months following the Effective Date.
2.2 Supplier shall invoice on shipment. Buyer shall pay each undisputed invoice within forty-five (45) days of the invoice date.
# 3. Delivery
Products shall be delivered FCA Supplier's Dayton facility (Incoterms 2020). Title and risk of loss pass to Buyer upon delivery to Buyer's nominated carrier.
# 4. Warranty
Supplier warrants that the Products will conform to the Specifications and be free from defects in material and workmanship for a period of eighteen (18) months from the date of delivery (the "Warranty Period").
# 5. Term and Termination
5.1 This Agreement shall have an initial term of three (3) years commencing on the Effective Date (the "Initial Term").
5.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each (each a "Renewal Term") unless either party gives the other written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.
5.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure such breach within that thirty (30) day period.
5.4 Sections 4, 6 and 8 shall survive any expiration or termination of this Agreement for a period of two (2) years.
# 6. Confidentiality
Each party shall hold the other party's Confidential Information in confidence and use it solely for the purposes of this Agreement.
# 7. Limitation of Liability
EXCEPT FOR BREACH OF SECTION 6, NEITHER PARTY SHALL BE LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.
# 8. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio, without regard to its conflict of laws principles. The parties submit to the exclusive jurisdiction of the state and federal courts located in Montgomery County, Ohio.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BUCKEYE FASTENER WORKS, LLC | GREAT LAKES TRAILER MANUFACTURING, INC. |
| By: Dana R. Whitcomb | By: Luis Ortega |
| Title: Managing Member | Title: Vice President, Procurement |`,
    truth: {
      title: "Master Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Buckeye Fastener Works, LLC", "Great Lakes Trailer Manufacturing, Inc."],
      governingLaw: "Ohio",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v28-commercial-england-exclusive-distribution",
    format: "docx",
    storedPageCount: 3,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
relating to the distribution of Brennan branded garden power tools in the United Kingdom and Ireland
BRENNAN WERKZEUGE GMBH
and
THAMESIDE OUTDOOR SUPPLIES LIMITED
Dated 14 April 2026
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) BRENNAN WERKZEUGE GMBH, a company incorporated in Germany (registered at the Amtsgericht Stuttgart under HRB 734561) whose registered office is at Industriestraße 22, 70565 Stuttgart, Germany (the "Supplier"); and
(2) THAMESIDE OUTDOOR SUPPLIES LIMITED, incorporated and registered in England and Wales with company number 09876543 whose registered office is at Unit 7, Riverside Trading Estate, Reading RG1 8DB (the "Distributor").
# BACKGROUND
(A) The Supplier and the Distributor were parties to a non-exclusive distribution agreement dated 3 March 2020, which was governed by German law and which expires on 30 April 2026 (the "Previous Agreement").
(B) The parties wish to replace the Previous Agreement with an exclusive appointment on the terms of this agreement.
# AGREED TERMS
1. Definitions
In this agreement: "Commencement Date" means 1 May 2026; "Products" means the products listed in Schedule 1; "Territory" means the United Kingdom and the Republic of Ireland.
2. Appointment
2.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory, and the Distributor accepts the appointment.
2.2 The Distributor shall purchase Products from the Supplier in its own name and for its own account and shall not act as agent of the Supplier.
3. Duration
3.1 The appointment shall run for a period of five years from the Commencement Date (the "Initial Period"), unless terminated earlier in accordance with clause 10.
3.2 The Distributor may extend this agreement for one further period of three years by giving the Supplier not less than six months' written notice before the end of the Initial Period. If no such notice is given, this agreement shall expire at the end of the Initial Period.
4. Minimum purchase targets
The Distributor shall purchase not less than the minimum quantities set out in Schedule 2 in each year of the Initial Period.
===
5. Payment
The Distributor shall pay each invoice in euros within 60 days of the end of the month in which the invoice is dated.
6. Restrictions
For the duration of this agreement and for 12 months after its termination, the Distributor shall not manufacture or distribute in the Territory any goods which compete with the Products.
10. Termination
Either party may terminate this agreement with immediate effect by giving written notice to the other if the other commits a material breach which is not remedied within 30 days of notice requiring it to do so.
11. Governing law and jurisdiction
This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales. The courts of England and Wales shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Klaus Reinhardt, Geschäftsführer, for and on behalf of BRENNAN WERKZEUGE GMBH | ........................ |
| Signed by Priya Anand, director, for and on behalf of THAMESIDE OUTDOOR SUPPLIES LIMITED | ........................ |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Brennan Werkzeuge GmbH", "Thameside Outdoor Supplies Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-05-01",
      term: "5 years",
    },
  },
  {
    id: "v28-commercial-scotland-minute-logistics",
    format: "txt",
    source: `# WAREHOUSING AND LOGISTICS SERVICES AGREEMENT
MINUTE OF AGREEMENT between HIGHLAND FREIGHT SERVICES LIMITED, a company incorporated under the Companies Acts with registered number SC412278 and having its registered office at 3 Longman Drive, Inverness IV1 1SU (the "Provider") and GLENMORVEN DISTILLERS LIMITED, a company incorporated under the Companies Acts with registered number SC099104 and having its registered office at Glenmorven, Dufftown, Keith AB55 4DH (the "Customer")
CONSIDERING THAT the Provider operates a bonded warehouse at Longman Drive, Inverness which it occupies under a lease granted for a term of fifteen years from 28 May 2019, and the Customer wishes to engage the Provider to store, handle and distribute its cased whisky; NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions
In this Agreement "Start Date" means 1 March 2026, and "Services" means the storage, order picking, duty-suspended movement and onward delivery services described in Part 1 of the Schedule.
2. Services
The Provider shall perform the Services from the Start Date with the skill and care to be expected of a competent bonded warehouse operator and in accordance with the service levels in Part 2 of the Schedule.
3. Duration
This Agreement shall come into force on the Start Date and shall continue until terminated by either party giving to the other not less than six months' written notice, provided that no such notice may be given so as to expire before the first anniversary of the Start Date.
4. Charges
The Customer shall pay the charges set out in Part 3 of the Schedule monthly in arrears within thirty days of the date of the Provider's invoice. Storage rates shall be reviewed on each anniversary of the Start Date.
5. Liability
The Provider's liability for loss of or damage to goods in its custody shall not exceed the duty-paid replacement value of the goods concerned.
6. Exit
On termination the Provider shall co-operate with the Customer for a period of up to three months to transfer stock to a replacement provider.
7. Governing Law
This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
They are subscribed for and on behalf of HIGHLAND FREIGHT SERVICES LIMITED at Inverness on the twelfth day of February Two thousand and twenty-six by Fiona MacRae, Director, before this witness Calum Ross, 14 Culduthel Road, Inverness.
They are subscribed for and on behalf of GLENMORVEN DISTILLERS LIMITED at Dufftown on the sixteenth day of February Two thousand and twenty-six by Alasdair Grant, Director, before this witness Morag Simpson, 2 Balvenie Street, Dufftown.
This is the Schedule referred to in the foregoing Minute of Agreement between Highland Freight Services Limited and Glenmorven Distillers Limited.`,
    truth: {
      title: "Warehousing and Logistics Services Agreement",
      documentType: "Services agreement",
      parties: ["Highland Freight Services Limited", "Glenmorven Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-01",
      term: "Until terminated",
    },
  },
  {
    id: "v28-commercial-singapore-mutual-nda",
    format: "pdf",
    pdfMargin: 72,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
# Key Details
| Party A | Lumina Analytics Pte. Ltd. (UEN 201912345K), 71 Ayer Rajah Crescent, #05-12, Singapore 139951 |
| Party B | Harbourline Advisory LLP (UEN T18LL0456H), 8 Marina View, #29-01, Singapore 018960 |
| Purpose | Evaluating a possible collaboration on predictive maintenance analytics for port equipment |
| Effective Date | 2 June 2026 |
| Term | Two (2) years from the Effective Date |
| Confidentiality Period | Three (3) years after the end of the Term |
| Governing Law | Singapore |
The parties named in the Key Details above agree to the terms set out below, which form part of this Agreement together with the Key Details.
# 1. Confidential Information
1.1 "Confidential Information" means all information, in any form, disclosed by one party (the "Discloser") to the other (the "Recipient") in connection with the Purpose, whether before or after the Effective Date, that is marked confidential or would reasonably be regarded as confidential.
1.2 Confidential Information does not include information that is or becomes public other than through the Recipient's breach, was lawfully known to the Recipient before disclosure, or is independently developed.
# 2. Obligations
2.1 The Recipient shall use the Confidential Information only for the Purpose and shall disclose it only to its partners, officers, employees and professional advisers who need to know it and are bound by equivalent obligations.
2.2 The Recipient shall notify the Discloser promptly, and in any event within forty-eight (48) hours, on becoming aware of any unauthorised disclosure.
# 3. Duration
3.1 This Agreement applies for the Term stated in the Key Details. Either party may end the Term earlier by giving thirty (30) days' written notice.
3.2 The obligations in clause 2 continue for the Confidentiality Period, and, for any trade secret, for so long as the information remains a trade secret.
# 4. Return of Information
Within fourteen (14) days of a written request, the Recipient shall return or destroy all Confidential Information of the Discloser.
# 5. No Commitment
Nothing in this Agreement obliges either party to enter into any further agreement or transaction.
# 6. Law and Disputes
This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
| Signed for Lumina Analytics Pte. Ltd. | Signed for Harbourline Advisory LLP |
| Name: Wei Ling Tan, Chief Executive Officer | Name: Rohan Menon, Partner |
| Date: 2 June 2026 | Date: 2 June 2026 |`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Lumina Analytics Pte. Ltd.", "Harbourline Advisory LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-02",
      expiryDate: "2028-06-02",
      term: "2 years",
    },
  },
  {
    id: "v28-commercial-nsw-franchise-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
# Franchise Agreement – Bright Bean Coffee, Kirra Beach
THIS DEED is made on the 9th day of July 2026
BETWEEN
BRIGHT BEAN FRANCHISING PTY LTD (ACN 612 345 078) of Level 4, 55 Clarence Street, Sydney NSW 2000 (Franchisor);
KIRRA COAST CAFES PTY LTD (ACN 634 221 905) in its capacity as trustee for the Kirra Coast Family Trust, of 2/18 Marine Parade, Kingscliff NSW 2487 (Franchisee); and
MARCUS JAMES O'LEARY of 11 Tweed Coast Road, Cabarita Beach NSW 2488 (Guarantor).
# RECITALS
A. The Franchisor, the Franchisee and the Guarantor are parties to a franchise agreement dated 14 September 2021 (Franchise Agreement) under which the Franchisee was granted the right to operate a Bright Bean Coffee outlet at Shop 3, Kirra Beach Plaza, for a term of ten years from 1 October 2021, with an option to renew for a further five years.
B. The parties have agreed to vary the Franchise Agreement to relocate the outlet and adjust the royalty on the terms of this deed.
# OPERATIVE PROVISIONS
1. Definitions and interpretation
1.1 Words defined in the Franchise Agreement have the same meaning in this deed.
1.2 Variation Date means 1 August 2026.
2. Variation
With effect on and from the Variation Date, the Franchise Agreement is varied as follows:
(a) in Item 3 of the Schedule, the Premises are replaced with "Shop 12, Kingscliff Central, 27 Marine Parade, Kingscliff NSW 2487";
(b) in clause 9.1, the continuing royalty of "7% of Gross Sales" is replaced with "6.5% of Gross Sales"; and
(c) a new clause 14.6 is inserted requiring the Franchisee to complete a refurbishment of the new Premises within 90 days after the Variation Date.
3. Confirmation
Except as varied by this deed, the Franchise Agreement (including its term and renewal option) continues unchanged and in full force and effect. The Guarantor confirms that its guarantee and indemnity in clause 28 of the Franchise Agreement extends to the Franchise Agreement as varied by this deed.
4. Costs
The Franchisee must pay the Franchisor's reasonable legal costs of this deed, capped at $1,800 (excluding GST), within 14 days of demand.
5. Governing law
This deed is governed by the laws of New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
# EXECUTED AS A DEED
| Executed by Bright Bean Franchising Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Sophie Nguyen / Director: Ben Hartley |
| Executed by Kirra Coast Cafes Pty Ltd as trustee for the Kirra Coast Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Sole director and secretary: Marcus O'Leary |
| Signed, sealed and delivered by Marcus James O'Leary in the presence of Jodie Kemp | Marcus James O'Leary |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Bright Bean Franchising Pty Ltd", "Kirra Coast Cafes Pty Ltd", "Marcus James O'Leary"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      amends: "Franchise Agreement",
    },
  },
  {
    id: "v28-commercial-south-africa-sales-agency",
    format: "pdf",
    pageFooters: true,
    source: `# SALES AGENCY AGREEMENT
The party described as the Principal and the party described as the Agent in the execution blocks at the end of this agreement (each a "party") agree as follows.
# 1. Appointment
1.1 The Principal appoints the Agent as its non-exclusive sales agent to canvass for and obtain orders for the Principal's solar mounting systems and inverter enclosures ("the Products") from installers and wholesalers in the Western Cape and Northern Cape provinces ("the Territory").
1.2 The Agent has no authority to conclude contracts on behalf of the Principal. All orders obtained by the Agent are subject to acceptance by the Principal, which will invoice customers directly.
# 2. Duration
2.1 This agreement commences on 1 April 2026 and continues for an initial period of 24 (twenty-four) months.
2.2 On the expiry of the initial period, and on the expiry of each renewal period, this agreement shall automatically renew for a further period of 12 (twelve) months, unless either party gives the other not less than 3 (three) months' written notice of termination before the end of the then-current period.
# 3. Commission
3.1 The Principal shall pay the Agent a commission of 6% (six percent) of the net invoiced value (excluding VAT) of all orders obtained by the Agent and accepted by the Principal.
3.2 Commission is earned only once the customer has paid in full and is payable within 30 (thirty) days after the end of the month in which payment is received.
# 4. Agent's Undertakings
4.1 The Agent shall use reasonable endeavours to promote the Products, shall comply with the Principal's price lists and shall not make any representation about the Products beyond the Principal's published specifications.
4.2 The Agent shall submit a written activity report on the last business day of each month.
# 5. Restraint
For the duration of this agreement and for 12 (twelve) months after it ends, the Agent shall not solicit orders in the Territory for products that compete with the Products. The parties agree that this restraint is reasonable.
# 6. Breach
If a party breaches this agreement and fails to remedy the breach within 14 (fourteen) days after written notice, the other party may cancel this agreement without prejudice to any claim for damages.
# 7. Domicilium and Law
7.1 The parties choose the addresses in their execution blocks as their domicilia citandi et executandi.
7.2 This agreement is governed by the laws of the Republic of South Africa.
# Execution
| PRINCIPAL: KAROO SOLAR COMPONENTS (PTY) LTD, registration number 2015/214587/07, 18 Bofors Circle, Epping Industria, Cape Town, 7460 | Signed at Cape Town on 18 March 2026 by Johan van der Merwe, Managing Director, who warrants authority |
| AGENT: THANDIWE MOLEFE, identity number 8504120345081, of 22 Kloof Nek Road, Tamboerskloof, Cape Town, 8001 | Signed at Cape Town on 23 March 2026 |`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Karoo Solar Components (Pty) Ltd", "Thandiwe Molefe"],
      governingLaw: "South Africa",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v28-commercial-ontario-manufacturing-supply",
    format: "docx",
    storedPageCount: 2,
    source: `# MANUFACTURING AND SUPPLY AGREEMENT
This Manufacturing and Supply Agreement is dated as of the 15th day of September, 2026.
BETWEEN: MAPLE RIDGE NUTRACEUTICALS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 120 Harwood Avenue South, Ajax, Ontario L1S 2H6 (the "Customer")
AND: NORTHSHORE CONTRACT PACKAGING LTD., a corporation incorporated under the Canada Business Corporations Act, having its head office at 45 Alness Street, Toronto, Ontario M3J 2H1 (the "Manufacturer")
WHEREAS the Manufacturer operates a licensed natural health products facility and the Customer wishes to engage the Manufacturer to manufacture, package and supply the Customer's products;
AND WHEREAS this Agreement supersedes the non-binding letter of intent between the parties dated June 2, 2026;
NOW THEREFORE the parties agree as follows:
# ARTICLE 1 – DEFINITIONS
1.1 "Effective Date" means October 1, 2026.
1.2 "Products" means the vitamin and supplement products described in Schedule "A", manufactured to the Specifications.
1.3 "Term" means the period from and including the Effective Date to and including September 30, 2029, unless terminated earlier under Article 9.
# ARTICLE 2 – MANUFACTURE AND SUPPLY
2.1 During the Term, the Manufacturer shall manufacture and supply the Products to the Customer in accordance with firm purchase orders, and the Customer shall purchase not less than 70% of its requirements for the Products from the Manufacturer.
2.2 The Customer shall provide a rolling twelve (12) month forecast, of which the first three (3) months are binding.
# ARTICLE 3 – PRICE AND PAYMENT
3.1 Prices are set out in Schedule "B" in Canadian dollars and may be adjusted once in each contract year on sixty (60) days' notice.
3.2 Payment is due thirty (30) days from the date of invoice.
===
# ARTICLE 4 – QUALITY AND WARRANTY
4.1 The Manufacturer warrants that each batch will meet the Specifications and will remain within specification until the expiry date printed on the label, being not less than twenty-four (24) months from the date of manufacture.
4.2 The Manufacturer shall retain batch records for seven (7) years after release of each batch.
# ARTICLE 9 – TERM AND TERMINATION
9.1 This Agreement shall remain in force for the Term. The parties may extend the Term for additional periods of twelve (12) months each only by written agreement signed by both parties no later than six (6) months before the end of the Term.
9.2 Either party may terminate this Agreement on ninety (90) days' written notice if the other party breaches a material obligation and fails to remedy the breach within that period.
# ARTICLE 12 – GOVERNING LAW
12.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| MAPLE RIDGE NUTRACEUTICALS INC. | NORTHSHORE CONTRACT PACKAGING LTD. |
| Per: Anita Desrosiers, President | Per: Gordon Mills, Chief Operating Officer |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Manufacturing and Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Maple Ridge Nutraceuticals Inc.", "Northshore Contract Packaging Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-10-01",
      expiryDate: "2029-09-30",
      term: "36 months",
    },
  },
  {
    id: "v28-commercial-difc-marketing-letter",
    format: "txt",
    source: `SANDSTONE CREATIVE AGENCY LIMITED
Unit 1402, Level 14, Index Tower, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
DIFC Registration No. CL4821
5 May 2026
Ms Reem Al Suwaidi
Head of Marketing
Oasis Home Retail LLC
Warehouse 9, Al Quoz Industrial Area 3
Dubai, United Arab Emirates
Our ref: SCA/OHR/2026-07
Dear Ms Al Suwaidi,
# Influencer Marketing Campaign Services
Further to our proposal letter of 20 April 2026 and our meeting on 28 April 2026, we are pleased to set out the terms on which Sandstone Creative Agency Limited ("we", "us") will provide influencer marketing services to Oasis Home Retail LLC ("you") for your "Home for Eid" and autumn ranges.
1. Services. We will plan, contract and manage a programme of at least 24 sponsored posts by approved influencers across Instagram and TikTok, provide monthly performance reports and manage all influencer payments, as described in the attached Annex.
2. Duration. This letter agreement takes effect on 1 June 2026 (the "Commencement Date") and ends on 30 November 2026, unless either of us terminates it earlier by giving 30 days' written notice.
3. Fees. You will pay a monthly management fee of AED 42,000 (exclusive of VAT) together with influencer fees at cost, invoiced monthly in advance and payable within 15 days of invoice.
4. Content. Each post will be submitted for your approval at least 3 business days before publication. You will own the campaign content, and we will procure that influencers keep posts live for at least 90 days after publication.
5. Exclusivity. During the campaign and for 3 months after it ends, we will not run an influencer campaign for a home furnishings retailer in the UAE without your consent.
6. Law. This letter agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Please confirm your acceptance by signing and returning the enclosed copy of this letter.
Yours sincerely,
Karim Haddad
Managing Director
For and on behalf of Sandstone Creative Agency Limited
Accepted and agreed for and on behalf of Oasis Home Retail LLC:
Reem Al Suwaidi, Head of Marketing
Date: 11 May 2026`,
    truth: {
      title: "Influencer Marketing Campaign Services",
      documentType: "Services agreement",
      parties: ["Sandstone Creative Agency Limited", "Oasis Home Retail LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
];
