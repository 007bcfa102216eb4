import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: commercial contracts (supply, distribution, services, agency, NDAs, franchise, manufacturing, logistics) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V27: UnseenDocument[] = [
  {
    id: "v27-commercial-delaware-master-supply",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SUPPLY AGREEMENT
This Master Supply Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”) by and between Ridgeline Polymer Solutions, LLC, a Delaware limited liability company with its principal office at 4100 Concord Pike, Wilmington, Delaware 19803 (“Supplier”), and Harbor Point Packaging Co., a Maryland corporation with offices at 2200 Boston Street, Baltimore, Maryland 21231 (“Buyer”).
# RECITALS
WHEREAS, Supplier manufactures food-grade polyethylene resins and barrier films; and WHEREAS, Buyer wishes to purchase such products from Supplier from time to time under purchase orders issued pursuant to this Agreement.
NOW, THEREFORE, in consideration of the mutual covenants set forth herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
# 1. Purchase Orders
1.1 Buyer may issue purchase orders for the products listed in Exhibit A (the “Products”). Each accepted purchase order shall be governed by this Agreement and, in the event of any conflict, the terms of this Agreement shall control.
1.2 Supplier shall acknowledge or reject each purchase order within five (5) Business Days of receipt. A purchase order not rejected within that period shall be deemed accepted.
# 2. Pricing and Payment
2.1 Prices are set forth in Exhibit A and are firm for the first twelve (12) months following the Effective Date; thereafter Supplier may adjust prices once per calendar year on sixty (60) days' prior written notice.
2.2 Buyer shall pay each undisputed invoice within forty-five (45) days after receipt. Late amounts bear interest at one percent (1%) per month.
# 3. Warranty
3.1 Supplier warrants that the Products will conform to the Specifications and be free from defects in material and workmanship for a period of eighteen (18) months from the date of delivery (the “Warranty Period”).
3.2 Buyer's sole remedy for breach of this warranty is replacement of, or credit for, the non-conforming Products.
===
# 4. Term and Termination
4.1 The initial term of this Agreement shall be three (3) years from the Effective Date (the “Initial Term”). Thereafter, this Agreement shall automatically renew for successive one (1) year renewal terms unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
4.2 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure such breach within such thirty (30) day period.
4.3 Sections 3, 5 and 6 shall survive any expiration or termination of this Agreement for a period of five (5) years.
# 5. Confidentiality
Each party shall hold the other party's Confidential Information in confidence and use it only to perform this Agreement.
# 6. Limitation of Liability
EXCEPT FOR BREACH OF SECTION 5, NEITHER PARTY SHALL BE LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.
# 7. Governing Law; Venue
This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. The parties submit to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
# 8. Entire Agreement
This Agreement, together with its Exhibits, constitutes the entire agreement of the parties and supersedes the letter agreement between them dated November 12, 2024, which was governed by the laws of the State of Maryland.
IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorized representatives as of the Effective Date.
| RIDGELINE POLYMER SOLUTIONS, LLC | HARBOR POINT PACKAGING CO. |
| By: /s/ Marcus T. Bellamy | By: /s/ Renee Okafor |
| Name: Marcus T. Bellamy | Name: Renee Okafor |
| Title: Chief Executive Officer | Title: Vice President, Procurement |`,
    truth: {
      title: "Master Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Ridgeline Polymer Solutions, LLC", "Harbor Point Packaging Co."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v27-commercial-english-exclusive-distribution",
    format: "docx",
    storedPageCount: 3,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
Dated 14 April 2026
KESTREL AUDIO LIMITED
and
BALTIC SOUND DISTRIBUTION SIA
Fairbrook Lyle LLP, 12 Queen Street, Reading RG1 1SX (Ref: KA/0417/DIST)
===
THIS AGREEMENT is dated 14 April 2026
PARTIES
(1) KESTREL AUDIO LIMITED incorporated and registered in England and Wales with company number 08812345 whose registered office is at Unit 4, Mill Lane Industrial Estate, Reading RG1 3PL (Supplier).
(2) BALTIC SOUND DISTRIBUTION SIA incorporated and registered in the Republic of Latvia with registration number 40103987654 whose registered office is at Brivibas iela 118, Riga, LV-1001, Latvia (Distributor).
BACKGROUND
(A) The Supplier designs and manufactures professional studio monitors and headphones.
(B) The Supplier wishes to appoint the Distributor as its exclusive distributor of the Products in the Territory, and the Distributor wishes to accept that appointment, on the terms of this agreement.
AGREED TERMS
# 1. Interpretation
1.1 In this agreement: “Commencement Date” means 1 May 2026; “Contract Year” means each period of 12 months beginning on the Commencement Date or an anniversary of it; “Products” means the products listed in Schedule 1; and “Territory” means the Republic of Estonia, the Republic of Latvia and the Republic of Lithuania.
# 2. Appointment
2.1 The Supplier appoints the Distributor as its exclusive distributor for the resale of the Products in the Territory, and shall not appoint any other person to distribute the Products in the Territory.
2.2 The Distributor shall purchase Products with an aggregate invoice value of not less than EUR 400,000 in each Contract Year.
# 3. Duration
3.1 This agreement shall commence on the Commencement Date and shall continue for a period of five years (the Initial Period), unless terminated earlier in accordance with clause 5.
3.2 The Distributor may, not less than six months before the end of the Initial Period, request in writing that this agreement be extended for a further period of three years. The Supplier may accept or refuse that request in its absolute discretion, and any extension shall take effect only if recorded in a written variation signed by both parties.
# 4. Orders and payment
4.1 The Distributor shall pay each invoice in euro within 60 days of the end of the month in which it is issued.
# 5. Termination
5.1 Either party may terminate this agreement with immediate effect by giving written notice if the other party commits a material breach which is not remedied within 30 days of being notified of it.
# 6. Restrictions after termination
6.1 For a period of 12 months after termination or expiry of this agreement, the Distributor shall not distribute in the Territory any products which compete with the Products.
# 7. Governing law and jurisdiction
7.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter or formation shall be governed by and construed in accordance with the law of England and Wales.
7.2 Each party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This agreement has been entered into on the date stated at the beginning of it.
Signed by Helen Marsh, director, for and on behalf of KESTREL AUDIO LIMITED
Signed by Janis Ozols, member of the management board, for and on behalf of BALTIC SOUND DISTRIBUTION SIA
===
# Schedule 1 Products
| Product code | Description | Ex-works price (EUR) |
| KA-M5 | Kestrel M5 active studio monitor | 289 |
| KA-H2 | Kestrel H2 closed-back reference headphones | 172 |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Kestrel Audio Limited", "Baltic Sound Distribution SIA"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-04-30",
      term: "5 years",
    },
  },
  {
    id: "v27-commercial-singapore-mutual-nda",
    format: "txt",
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement (the “Agreement”) is entered into on the 2nd day of February, 2026 (the “Effective Date”) by and between:
(1) LIONGATE ROBOTICS PTE. LTD. (UEN 201812345K), a company incorporated in Singapore with its registered address at 21 Tuas South Avenue 6, #03-11, Singapore 637021; and
(2) STRAITS COLD CHAIN SOLUTIONS PTE. LTD. (UEN 201509876W), a company incorporated in Singapore with its registered address at 8 Pandan Crescent, #05-02, Singapore 128464,
(each a “Party” and together the “Parties”).
# 1. Purpose
The Parties wish to exchange information for the purpose of evaluating the supply and installation of an automated storage and retrieval system at the Pandan Crescent facility (the “Purpose”).
# 2. Confidential Information
“Confidential Information” means all information disclosed by one Party to the other, whether before or after the Effective Date, in any form, which is marked as confidential or would reasonably be regarded as confidential.
# 3. Obligations
3.1 The receiving Party shall use the Confidential Information solely for the Purpose and shall not disclose it to any third party other than its officers, employees and professional advisers who need to know it for the Purpose.
3.2 On written request, the receiving Party shall within fourteen (14) days return or destroy all Confidential Information in its possession.
# 4. Term
4.1 This Agreement shall remain in force for two (2) years from the Effective Date, unless terminated earlier by either Party giving thirty (30) days' written notice to the other.
4.2 The obligations in Clause 3 shall survive expiry or termination of this Agreement for a period of five (5) years.
# 5. No Obligation to Proceed
Nothing in this Agreement obliges either Party to enter into any further agreement. Any supply contract shall be negotiated separately.
# 6. Governing Law and Dispute Resolution
6.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore.
6.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed for and on behalf of LIONGATE ROBOTICS PTE. LTD. by Tan Wei Ming, Director, on 2 February 2026
Signed for and on behalf of STRAITS COLD CHAIN SOLUTIONS PTE. LTD. by Nurul Aisyah binte Rahman, Chief Operating Officer, on 5 February 2026`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Liongate Robotics Pte. Ltd.", "Straits Cold Chain Solutions Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-02",
      term: "2 years",
    },
  },
  {
    id: "v27-commercial-scottish-logistics-minute",
    format: "pdf",
    pageFooters: true,
    source: `# LOGISTICS SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
GLENMORVEN DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC412233) and having its registered office at 7 Distillery Road, Keith AB55 5BS (“the Customer”)
and
FORTH FREIGHT LOGISTICS LIMITED, incorporated under the Companies Acts (registered number SC298877) and having its registered office at Earls Road, Grangemouth FK3 8XE (“the Provider”)
WHEREAS the Provider occupies a bonded warehouse at Earls Road, Grangemouth under a lease for a period of fifteen years from Whitsunday 2019, and the Customer wishes to engage the Provider to store and distribute its cased spirits;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
In this Agreement “Goods” means cased and palletised whisky and gin belonging to the Customer; “Services” means the receipt, bonded storage, order picking, export documentation and onward transport of the Goods described in the Schedule.
# 2. Duration
2.1 This Agreement shall commence on 1 July 2026 (“the Commencement Date”) and shall continue until 30 June 2029, when it shall expire without the need for notice.
2.2 Either party may terminate this Agreement on giving six months' written notice to the other, such notice not to expire before 30 June 2027.
===
# 3. The Services
3.1 The Provider shall perform the Services with the skill and care of a competent bonded warehousekeeper and in compliance with all HMRC requirements.
3.2 The Provider shall maintain insurance of the Goods for their full duty-paid replacement value.
# 4. Charges
4.1 The Customer shall pay the charges set out in the Schedule monthly in arrears within thirty days of the date of each invoice.
4.2 The Provider shall have no lien over the Goods for unpaid charges.
# 5. Liability
The Provider's liability for loss of or damage to the Goods shall not exceed the sum of two million pounds sterling in any one year.
# 6. Law and Jurisdiction
This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
| Subscribed for and on behalf of GLENMORVEN DISTILLERS LIMITED at Keith on 12 June 2026 by Alasdair Innes, Director, before this witness: Morag Leslie, 3 Mid Street, Keith | Subscribed for and on behalf of FORTH FREIGHT LOGISTICS LIMITED at Grangemouth on 15 June 2026 by Stuart McKay, Director, before this witness: Kirsty Baird, 40 Bo'ness Road, Grangemouth |
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Glenmorven Distillers Limited and Forth Freight Logistics Limited.
| Service | Charge |
| Inbound receipt per pallet | £6.50 |
| Bonded storage per pallet per week | £2.10 |
| Order picking per case | £0.85 |`,
    truth: {
      title: "Logistics Services Agreement",
      documentType: "Services agreement",
      parties: ["Glenmorven Distillers Limited", "Forth Freight Logistics Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v27-commercial-ontario-franchise-second-amendment",
    format: "docx",
    source: `# SECOND AMENDMENT TO FRANCHISE AGREEMENT
THIS SECOND AMENDMENT is made as of May 20, 2026, with effect from June 1, 2026 (the “Amendment Effective Date”),
AMONG:
MAPLE CREST BAKERY FRANCHISING INC., a corporation incorporated under the laws of the Province of Ontario (the “Franchisor”)
- and -
2718456 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario (the “Franchisee”)
- and -
PRIYA RAMAN, of the City of Mississauga, in the Province of Ontario (the “Guarantor”)
# RECITALS:
A. The Franchisor and the Franchisee entered into a franchise agreement dated as of September 15, 2021, as amended by a first amendment dated March 1, 2023 (together, the “Franchise Agreement”), for the operation of a Maple Crest Bakery at 1150 Dundas Street West, Mississauga, for an initial term of ten (10) years.
B. The Guarantor guaranteed the obligations of the Franchisee under the Franchise Agreement.
C. The parties wish to amend the Franchise Agreement to permit the relocation of the franchised bakery and to adjust the royalty fee.
NOW THEREFORE in consideration of the mutual covenants herein and the sum of $10.00 paid by each party to the others, the receipt and sufficiency of which are acknowledged, the parties agree as follows:
1. Capitalized terms not defined in this Second Amendment have the meanings given to them in the Franchise Agreement.
2. Section 1.1 of the Franchise Agreement is amended by deleting “1150 Dundas Street West” and replacing it with “2045 Erin Mills Parkway, Unit 6”.
3. Section 6.2 of the Franchise Agreement is amended so that, for the period from the Amendment Effective Date to December 31, 2027, the Royalty Fee shall be five and one-half percent (5.5%) of Gross Sales rather than six percent (6%).
4. The Franchisee shall complete the relocation and reopen the bakery within one hundred and twenty (120) days after the Amendment Effective Date.
5. Nothing in this Second Amendment extends the term of the Franchise Agreement or alters the covenant not to compete in Section 18, which continues for two (2) years after expiry or termination.
===
6. The Guarantor consents to this Second Amendment and confirms that her guarantee continues in full force and effect and extends to the Franchise Agreement as amended.
7. Except as amended by this Second Amendment, the Franchise Agreement remains unamended and in full force and effect.
8. This Second Amendment shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
9. This Second Amendment may be executed in counterparts and delivered electronically.
IN WITNESS WHEREOF the parties have executed this Second Amendment as of the date first written above.
| MAPLE CREST BAKERY FRANCHISING INC. | 2718456 ONTARIO INC. |
| Per: Gordon Ashby, President | Per: Vikram Raman, President |
| I have authority to bind the corporation | I have authority to bind the corporation |
SIGNED, SEALED AND DELIVERED by PRIYA RAMAN in the presence of: Witness: Lucas Ferreira`,
    truth: {
      title: "Second Amendment to Franchise Agreement",
      documentType: "Amendment",
      parties: ["Maple Crest Bakery Franchising Inc.", "2718456 Ontario Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      amends: "Franchise Agreement",
    },
  },
  {
    id: "v27-commercial-kenya-sales-agent-letter",
    format: "txt",
    source: `SAVANNA AGRO-INPUTS LIMITED
Godown 14, Mombasa Road, P.O. Box 45210-00100, Nairobi, Kenya
Tel: +254 20 555 0192 | info@savanna-agro.co.ke
9 March 2026
Our ref: SAI/COM/2026/014
PRIVATE AND CONFIDENTIAL
Mr. Daniel Kiprono Mutai
P.O. Box 1187-30100
Eldoret
Dear Mr. Mutai,
# Appointment as Sales Agent
Further to your letter of 24 February 2026 and our meeting in Eldoret, we are pleased to appoint you as our sales agent for certified maize and wheat seed, fertiliser and crop protection products (the “Products”) in Uasin Gishu, Trans Nzoia and Nandi counties (the “Territory”) on the following terms.
1. You will seek orders for the Products from agro-dealers and farmer co-operatives in the Territory and pass them to us for acceptance. You will have no authority to conclude contracts or to accept payment on our behalf.
2. Your appointment will commence on 1 April 2026 (the “Commencement Date”) and will continue until terminated by either of us giving the other not less than three (3) months' written notice.
3. We will pay you a commission of seven per cent (7%) of the net invoice value of orders accepted by us from customers in the Territory, payable within thirty (30) days after the end of each calendar month in which we receive payment from the customer.
4. During your appointment and for six (6) months after it ends, you will not promote in the Territory any seed or fertiliser that competes with the Products.
5. You will keep confidential all price lists, customer information and other information about our business, both during and after your appointment.
6. This letter shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall be referred to the courts of Kenya at Nairobi.
Please confirm your acceptance by signing and returning the enclosed copy of this letter.
Yours sincerely,
For and on behalf of SAVANNA AGRO-INPUTS LIMITED
Grace Wanjiru Njoroge
Commercial Director
ACCEPTANCE
I, Daniel Kiprono Mutai, accept appointment as sales agent on the terms set out above.
Signed: D. K. Mutai
Date: 16 March 2026`,
    truth: {
      title: "Appointment as Sales Agent",
      documentType: "Distribution agreement",
      parties: ["Savanna Agro-Inputs Limited", "Daniel Kiprono Mutai"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v27-commercial-india-contract-manufacturing",
    format: "pdf",
    pdfMargin: 90,
    source: `# CONTRACT MANUFACTURING AGREEMENT
This Contract Manufacturing Agreement (“Agreement”) is executed at Pune on this 18th day of May, 2026 (the “Effective Date”)
BY AND BETWEEN
SAHYADRI PRECISION COMPONENTS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U29100PN2011PTC139876 and its registered office at Plot No. D-42, MIDC Chakan, Pune 410501, Maharashtra (hereinafter referred to as the “Manufacturer”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) OF THE ONE PART;
AND
NORDHAVEN APPLIANCES INDIA PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U31900HR2017FTC070455 and its registered office at Tower B, 5th Floor, Golf Course Road, Sector 54, Gurugram 122002, Haryana (hereinafter referred to as the “Company”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) OF THE OTHER PART.
The Manufacturer and the Company are hereinafter individually referred to as a “Party” and collectively as the “Parties”.
WHEREAS the Company designs and markets domestic water heaters and requires a manufacturer of pressed and welded steel tank assemblies to its drawings and specifications; and WHEREAS the Manufacturer has represented that it has the facilities and expertise to manufacture the same;
NOW THEREFORE THIS AGREEMENT WITNESSETH AS FOLLOWS:
# 1. Manufacture and Supply
1.1 The Manufacturer shall manufacture and supply the tank assemblies described in Annexure A (the “Products”) exclusively for the Company, against purchase orders issued by the Company with a lead time of not less than forty-five (45) days.
1.2 Tooling and dies supplied or paid for by the Company shall remain the property of the Company and shall be returned within fifteen (15) days of demand.
# 2. Price and Payment
The Company shall pay for Products within sixty (60) days from the date of receipt of a valid GST invoice.
# 3. Warranty
The Manufacturer warrants that the Products shall be free from defects for twenty-four (24) months from the date of dispatch.
===
# 4. Term
4.1 This Agreement shall remain in force for an initial period of four (4) years from the Effective Date, unless terminated earlier in accordance with this Clause 4. Any extension shall be only by a written agreement signed by both Parties.
4.2 Neither Party shall terminate this Agreement for convenience during a lock-in period of eighteen (18) months from the Effective Date. Thereafter, either Party may terminate this Agreement by giving one hundred and eighty (180) days' prior written notice.
# 5. Governing Law and Arbitration
5.1 This Agreement shall be governed by and construed in accordance with the laws of India.
5.2 Any dispute shall be referred to a sole arbitrator under the Arbitration and Conciliation Act, 1996. The seat of arbitration shall be Mumbai, and the courts at Mumbai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have caused this Agreement to be executed by their authorised signatories on the day, month and year first above written.
| For SAHYADRI PRECISION COMPONENTS PRIVATE LIMITED | For NORDHAVEN APPLIANCES INDIA PRIVATE LIMITED |
| Name: Anil Deshpande | Name: Kavita Malhotra |
| Designation: Managing Director | Designation: Director – Supply Chain |
| Witness 1: Rohan Kulkarni | Witness 2: Sanjay Bhatt |`,
    truth: {
      title: "Contract Manufacturing Agreement",
      documentType: "Supply agreement",
      parties: ["Sahyadri Precision Components Private Limited", "Nordhaven Appliances India Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-05-18",
      expiryDate: "2030-05-18",
      term: "4 years",
    },
  },
  {
    id: "v27-commercial-difc-managed-services",
    format: "docx",
    storedPageCount: 2,
    source: `# MANAGED SERVICES AGREEMENT
# Key Details
| Item | Details |
| Customer | Qasr Al Noor Hospitality L.L.C., a limited liability company registered in Dubai (commercial licence no. 712345), of Level 9, Al Wasl Tower, Sheikh Zayed Road, Dubai |
| Provider | Cobaltline Technologies Limited, a private company registered in the Dubai International Financial Centre (registered no. CL4821), of Unit 14, Gate Village Building 3, DIFC, Dubai |
| Agreement Date | 21 August 2026 |
| Commencement Date | 1 September 2026 |
| Initial Term | 24 months starting on the Commencement Date |
| Renewal | At the end of the Initial Term and of each Renewal Term this Agreement renews automatically for a further 12 months (each a Renewal Term) unless either party gives at least 90 days' written notice of non-renewal |
| Services | Managed network, hosting and 24/7 service desk for the Customer's hotel properties, as described in Schedule 1 |
| Charges | AED 186,000 per month, invoiced monthly in advance and payable within 30 days of invoice |
| Governing law | The laws of the Dubai International Financial Centre |
| Courts | The Courts of the Dubai International Financial Centre |
This Agreement is made on the Agreement Date between the Customer and the Provider named in the Key Details and consists of the Key Details, the Terms below and the Schedule.
# Terms
1. Services. The Provider shall provide the Services from the Commencement Date in accordance with the service levels in Schedule 1. If a service level is missed, the Provider shall credit the Customer the service credits stated in Schedule 1.
2. Customer Data. The Customer retains all rights in its data. On expiry or termination, the Provider shall keep the Customer's data available for export for 60 days and then securely delete it.
3. Exit. The Provider shall provide reasonable exit assistance for up to 6 months after expiry or termination, at its then-current rates.
4. Liability. Each party's total liability in any contract year is limited to the Charges paid or payable in the preceding 12 months.
5. Termination. Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days.
6. Law. This Agreement is governed by the law stated in the Key Details and the parties submit to the exclusive jurisdiction of the courts stated there.
| Signed for Qasr Al Noor Hospitality L.L.C. | Signed for Cobaltline Technologies Limited |
| Omar Al Falasi, General Manager | Deepa Krishnan, Chief Executive Officer |
===
# Schedule 1 – Service Description and Service Levels
| Service | Service level | Service credit |
| Network availability | 99.9% per month | 5% of monthly Charges per 0.1% shortfall |
| Hosting availability | 99.95% per month | 5% of monthly Charges per 0.05% shortfall |
| Service desk P1 response | 15 minutes | AED 2,500 per incident |`,
    truth: {
      title: "Managed Services Agreement",
      documentType: "Services agreement",
      parties: ["Qasr Al Noor Hospitality L.L.C.", "Cobaltline Technologies Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-09-01",
      expiryDate: "2028-08-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
];
