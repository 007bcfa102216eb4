import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21: eight commercial contracts (distribution, services, franchise, NDA, supply, agency) drafted in varied styles. */
export const COMMERCIAL_V21: UnseenDocument[] = [
  {
    id: "v21-commercial-distribution-england",
    format: "pdf",
    pageFooters: true,
    source: `# DISTRIBUTION AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) HARROW & FINCH TRADING LIMITED, a company incorporated in England and Wales with company number 08812274, whose registered office is at Unit 4, Tanners Yard, Northampton NN1 3QA (the "Supplier"); and
(2) BELLWEATHER RETAIL (UK) LTD, a company incorporated in England and Wales with company number 11290463, whose registered office is at 77 Castle Street, Shrewsbury SY1 2BG (the "Distributor").
BACKGROUND
(A) The Supplier is a wholly-owned subsidiary of Harrow & Finch Holdings plc and manufactures the Products at its Northampton works.
(B) The Supplier wishes to appoint the Distributor as its exclusive distributor of the Products in the Territory on the terms of this Agreement.
# 1. DEFINITIONS
1.1 "Commencement Date" means 1 May 2026.
1.2 "Products" means the leather goods listed in Schedule 1.
1.3 "Territory" means Wales and the counties of Shropshire, Herefordshire and Cheshire.
# 2. APPOINTMENT
2.1 The Supplier appoints the Distributor as its exclusive distributor for the resale of the Products in the Territory, and the Distributor accepts the appointment.
2.2 The Distributor shall purchase the Products for its own account and shall not hold itself out as the agent of the Supplier or of any member of the Supplier's group.
# 3. DURATION
3.1 This Agreement shall come into force on the Commencement Date and, unless terminated earlier under clause 7, shall continue for an initial period of three (3) years commencing on the Commencement Date (the "Initial Period").
3.2 At the end of the Initial Period this Agreement shall automatically renew for successive periods of twelve (12) months unless either party gives the other not less than six (6) months' written notice of non-renewal.
===
# 4. ORDERS AND PAYMENT
4.1 The Distributor shall pay each invoice within forty-five (45) days of the date of the invoice.
4.2 Title to the Products shall pass on payment in full. Risk shall pass on delivery.
# 5. WARRANTY
5.1 The Supplier warrants that the Products shall be free from material defects for a period of eighteen (18) months from delivery.
# 6. RESTRICTIONS
6.1 For the duration of this Agreement and for twelve (12) months after its termination the Distributor shall not sell goods that compete with the Products in the Territory.
# 7. TERMINATION
7.1 Either party may terminate this Agreement immediately by written notice if the other commits a material breach which is not remedied within thirty (30) days of notice requiring it to be remedied.
# 8. GOVERNING LAW AND JURISDICTION
8.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed by Eleanor Vance, Director, for and on behalf of HARROW & FINCH TRADING LIMITED | ........................................ |
| Signed by Tobias Mwangi-Clarke, Director, for and on behalf of BELLWEATHER RETAIL (UK) LTD | ........................................ |`,
    truth: {
      title: "Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Harrow & Finch Trading Limited", "Bellweather Retail (UK) Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v21-commercial-msa-new-york",
    format: "pdf",
    pdfMargin: 100,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this "Agreement") is made and entered into as of March 3, 2026, to be effective as of April 1, 2026 (the "Effective Date"), by and between Quillfeather Analytics, LLC, a Delaware limited liability company with its principal office at 410 Hudson Street, Suite 1200, New York, NY 10014 ("Provider"), and Marrow, Stone & Pike, Inc., a California corporation with its principal office at 2200 Mission College Boulevard, Santa Clara, CA 95054 ("Client"). Provider and Client are each a "Party" and together the "Parties".
# RECITALS
WHEREAS, Client wishes to engage Provider to provide data engineering and analytics services, and Provider wishes to provide such services, on the terms and conditions set forth herein;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the Parties agree as follows:
# 1. Services
1.1 Provider shall perform the services described in each statement of work executed by the Parties (each, an "SOW"). Each SOW is incorporated into and governed by this Agreement.
1.2 Provider may use subcontractors, including its affiliate Quillfeather Labs India Private Limited, provided that Provider remains fully responsible for their performance.
# 2. Fees and Payment
2.1 Client shall pay all undisputed invoices within forty-five (45) days after receipt. Late amounts bear interest at one percent (1%) per month.
# 3. Term and Termination
3.1 This Agreement shall commence on the Effective Date and continue for a term of thirty-six (36) months, unless earlier terminated as provided herein (the "Term").
3.2 The Parties may extend the Term only by a written amendment signed by both Parties. Nothing in this Agreement obliges either Party to agree to any extension.
3.3 Either Party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the other Party.
===
# 4. Confidentiality
4.1 Each Party shall protect the other Party's Confidential Information with at least reasonable care. The obligations in this Section 4 survive for five (5) years following expiration or termination of this Agreement.
# 5. Warranties
5.1 Provider warrants that the Services will be performed in a professional and workmanlike manner and will re-perform any non-conforming Services reported within sixty (60) days after delivery.
# 6. Non-Solicitation
6.1 During the Term and for twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party who was engaged in the Services.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles. Each Party submits to the exclusive jurisdiction of the state and federal courts located in New York County, New York.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first written above.
| QUILLFEATHER ANALYTICS, LLC | MARROW, STONE & PIKE, INC. |
| By: ______________________ | By: ______________________ |
| Name: Daniel R. Okafor | Name: Priya Venkataraman-Shah |
| Title: Chief Executive Officer | Title: Vice President, Global Procurement and Vendor Management |
| Date: March 3, 2026 | Date: March 5, 2026 |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Quillfeather Analytics, LLC", "Marrow, Stone & Pike, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v21-commercial-franchise-ontario",
    format: "pdf",
    source: `# FRANCHISE AGREEMENT
MAPLE CREST BAKEHOUSE FRANCHISING CORP.
(as Franchisor)
- and -
2745391 ONTARIO INC.
(as Franchisee)
Location: Unit 6, 1180 Wellington Road South, London, Ontario
Dated as of the 17th day of February, 2026
===
# FRANCHISE AGREEMENT
THIS AGREEMENT is made as of the 17th day of February, 2026 (the "Effective Date").
BETWEEN: MAPLE CREST BAKEHOUSE FRANCHISING CORP., a corporation incorporated under the laws of the Province of Ontario (the "Franchisor")
AND: 2745391 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario (the "Franchisee")
RECITALS
A. The Franchisor has developed a system for the operation of retail bakery cafés under the trade-mark MAPLE CREST BAKEHOUSE (the "System"), which it uses under licence from its affiliate, Maple Crest Brands Ltd.
B. The Franchisee wishes to operate a Maple Crest Bakehouse café at the Location, and the Franchisor has delivered its franchise disclosure document to the Franchisee as required by the Arthur Wishart Act (Franchise Disclosure), 2000.
# 1. GRANT
1.1 The Franchisor grants to the Franchisee a non-exclusive licence to use the System and the trade-marks to operate one café at the Location (the "Franchise"), and the Franchisee accepts the licence.
# 2. TERM AND RENEWAL
2.1 The term of this Agreement is ten (10) years, beginning on the Effective Date and expiring on the tenth (10th) anniversary of the Effective Date, unless terminated earlier in accordance with Article 12.
2.2 The Franchisee may, by giving written notice not less than nine (9) months and not more than twelve (12) months before the end of the term, renew the franchise for one further term of five (5) years, subject to the conditions in Section 2.3. Renewal is not automatic.
2.3 The conditions of renewal are that the Franchisee is not in default, signs the Franchisor's then-current form of franchise agreement and refurbishes the café to the current image of the System.
# 3. PREMISES
3.1 The Franchisee shall occupy the Location under a sublease from the Franchisor's affiliate, Maple Crest Realty Holdings Inc., for a term of fifteen (15) years. The sublease is a separate agreement.
# 4. FEES
4.1 The Franchisee shall pay an initial franchise fee of $45,000 on signing and a continuing royalty of six percent (6%) of Gross Sales, payable weekly by pre-authorized debit from the Franchisee's account at The Toronto-Dominion Bank.
# 5. GUARANTEE
5.1 The obligations of the Franchisee are guaranteed by its principal, Amélie Tremblay-Roy, under a separate guarantee and indemnity of even date, which does not form part of this Agreement.
# 13. NON-COMPETITION
13.1 For two (2) years after the expiry or termination of this Agreement, the Franchisee shall not operate a competing business within ten (10) kilometres of the Location.
# 20. GOVERNING LAW
20.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
| MAPLE CREST BAKEHOUSE FRANCHISING CORP. | Per: ____________________ Name: Gordon Achterberg Title: President | I have authority to bind the corporation. |
| 2745391 ONTARIO INC. | Per: ____________________ Name: Amélie Tremblay-Roy Title: President | I have authority to bind the corporation. |`,
    truth: {
      title: "Franchise Agreement",
      documentType: "Licence agreement",
      parties: ["Maple Crest Bakehouse Franchising Corp.", "2745391 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-02-17",
      expiryDate: "2036-02-17",
      term: "10 years",
    },
  },
  {
    id: "v21-commercial-mutual-nda-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
# KEY DETAILS
| Item | Details |
| Party 1 | Lumen Harbour Pte. Ltd. (UEN 201912345K), 8 Marina View, #21-03, Singapore 018960 |
| Party 2 | PT Sinar Bahari Teknologi, Menara Tiga, 15th Floor, Jl. Jend. Sudirman Kav. 25, Jakarta 12920, Indonesia |
| Party 3 | Hoshino Shōji K.K., 2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan |
| Purpose | Evaluating and preparing a joint bid for the Tuas terminal yard automation tender issued by Tuas Gateway Terminals Pte. Ltd. |
| Effective Date | 9 June 2026 |
| Term | Two (2) years from the Effective Date |
| Confidentiality period | Three (3) years after the end of the Term |
| Governing law | Singapore |
| Party 1 contact | Ms. Grace Lim Hui Min, General Counsel |
| Party 2 contact | Bapak Rudi Hartanto, President Director |
| Party 3 contact | Mr. Kenji Hoshino, Representative Director |
This Agreement is made between the parties named in the Key Details (each a "Party"). The Key Details form part of this Agreement.
===
# TERMS
1. Confidential Information. "Confidential Information" means all information disclosed by or on behalf of a Party (the "Discloser") to another Party (the "Recipient") for the Purpose, whether before or after the Effective Date and in whatever form.
2. Obligations. The Recipient shall keep the Discloser's Confidential Information confidential, use it only for the Purpose, and disclose it only to its directors, employees and professional advisers who need to know it, including the consortium's legal adviser, Tan, Ong & Pereira LLP.
3. Exceptions. Clause 2 does not apply to information that is or becomes public other than through breach, was lawfully known to the Recipient before disclosure, or must be disclosed by law.
4. Term. This Agreement begins on the Effective Date and continues for the Term stated in the Key Details. The Recipient's obligations under clause 2 continue for the confidentiality period stated in the Key Details.
5. Return. On request, the Recipient shall return or destroy the Discloser's Confidential Information within fourteen (14) days.
6. No partnership. Nothing in this Agreement creates a partnership or obliges any Party to submit a bid. Tuas Gateway Terminals Pte. Ltd. is not a party to this Agreement.
7. Law and disputes. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration in Singapore under the SIAC Rules.
| Signed for and on behalf of Lumen Harbour Pte. Ltd. | Name: Grace Lim Hui Min | Title: Director |
| Signed for and on behalf of PT Sinar Bahari Teknologi | Name: Rudi Hartanto | Title: President Director |
| Signed for and on behalf of Hoshino Shōji K.K. | Name: Kenji Hoshino | Title: Representative Director |`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Lumen Harbour Pte. Ltd.", "PT Sinar Bahari Teknologi", "Hoshino Shōji K.K."],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-09",
      expiryDate: "2028-06-09",
      term: "2 years",
    },
  },
  {
    id: "v21-commercial-water-supply-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# WATER SUPPLY AGREEMENT
MINUTE OF AGREEMENT
between
GLENFARG SPRING WATER LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC412907) and having its registered office at Bridge of Earn Road, Glenfarg, Perth PH2 9QL ("the Supplier");
and
MACLEOD, BAIN & CO. (HOTELS) LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC098113) and having its registered office at 14 Ardconnel Terrace, Inverness IV2 3AE ("the Purchaser")
WHEREAS the Purchaser operates hotels in the Highlands and wishes to purchase bottled spring water from the Supplier, the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions
1.1 In this Agreement: "Commencement Date" means 1 July 2026; "Products" means the bottled water products listed in the Schedule; and "Hotels" means the hotels listed in the Schedule.
2. Supply
2.1 The Supplier shall supply and the Purchaser shall purchase the Purchaser's entire requirements of the Products for the Hotels.
3. Period
3.1 This Agreement shall have effect for the period from 1 July 2026 to 30 June 2028 (both dates inclusive) and shall then expire unless the parties agree in writing to extend it.
===
4. Price and payment
4.1 Prices are fixed for the first twelve (12) months; thereafter the Supplier may increase prices once in each year on sixty (60) days' notice.
4.2 The Purchaser shall pay within thirty (30) days of the end of the month of delivery.
5. Quality
5.1 Each batch shall have a minimum shelf life of nine (9) months on delivery.
6. Termination
6.1 Either party may terminate this Agreement on three (3) months' written notice if the other is in material breach.
7. Law and jurisdiction
7.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
They are subscribed for and on behalf of GLENFARG SPRING WATER LIMITED by Alasdair Iain Drummond, Director, at Perth on the second day of June Two thousand and twenty-six in the presence of Morag Fleming, Solicitor, 3 Tay Street, Perth, witness.
They are subscribed for and on behalf of MACLEOD, BAIN & CO. (HOTELS) LIMITED by Fiona Bain, Director, at Inverness on the fourth day of June Two thousand and twenty-six in the presence of Calum MacLeod, Hotel Manager, 14 Ardconnel Terrace, Inverness, witness.
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Glenfarg Spring Water Limited and MacLeod, Bain & Co. (Hotels) Limited.
| Product | Pack | Price per case (£) |
| Still spring water, 330ml glass | 24 | 14.20 |
| Sparkling spring water, 750ml glass | 12 | 13.80 |
| Hotel | Address | Deliveries |
| The Ness Bank Hotel | 21 Ness Bank, Inverness | Weekly |
| Kinlochewe Lodge | Kinlochewe, Achnasheen | Fortnightly |`,
    truth: {
      title: "Water Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Glenfarg Spring Water Limited", "MacLeod, Bain & Co. (Hotels) Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
    },
  },
  {
    id: "v21-commercial-agency-variation-ireland",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED is made on 22 January 2026
BETWEEN:
(1) Ó BRIAIN MARINE SUPPLIES DAC, a designated activity company registered in Ireland under number 581204, whose registered office is at Harbour Road, Kinsale, Co. Cork, P17 X928 (the "Principal"); and
(2) KESTREL NAUTICAL B.V., a private limited company incorporated in the Netherlands (Chamber of Commerce number 70431298), whose office is at Scheepmakersstraat 11, 3011 Rotterdam, the Netherlands (the "Agent").
BACKGROUND
(A) Seaward Chandlery Limited and the Agent entered into an agreement entitled "Commercial Agency Agreement" dated 5 March 2021 (the "Agency Agreement") under which the Agent was appointed to solicit orders for marine equipment in Belgium, the Netherlands and Luxembourg.
(B) By a deed of novation dated 14 August 2023 between Seaward Chandlery Limited, the Principal and the Agent, the Principal replaced Seaward Chandlery Limited as principal under the Agency Agreement.
(C) The Agency Agreement was entered into for an initial term of five (5) years from 5 March 2021, renewing automatically for successive periods of one (1) year, and is at the date of this Deed governed by the law of England and Wales.
(D) The parties wish to vary the Agency Agreement as set out in this Deed.
IT IS AGREED:
1. Definitions and interpretation
1.1 Terms defined in the Agency Agreement have the same meaning in this Deed. "Variation Date" means 1 February 2026.
2. Variations
With effect from the Variation Date the Agency Agreement is varied as follows:
2.1 the Territory is extended to include Denmark;
2.2 the commission rate in Schedule 2 is increased from 7% to 8.5% on all orders accepted by the Principal on or after the Variation Date; and
2.3 clause 19 (Governing law and jurisdiction) is deleted and replaced with: "19.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the law of Ireland. 19.2 The courts of Ireland have exclusive jurisdiction."
3. Continuation
3.1 Save as varied by this Deed, the Agency Agreement remains in full force and effect. The duration and renewal provisions of the Agency Agreement are not affected by this Deed.
4. Governing law
4.1 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the law of Ireland.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
PRESENT when the common seal of Ó BRIAIN MARINE SUPPLIES DAC was affixed hereto and this Deed was delivered:
Director: Siobhán Ní Bhriain
Director/Secretary: Declan Ó Briain
SIGNED AND DELIVERED as a deed by KESTREL NAUTICAL B.V. acting by Maarten van den Berg, managing director, in the presence of:
Witness: Anouk de Vries, notarial clerk, Rotterdam`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ó Briain Marine Supplies DAC", "Kestrel Nautical B.V."],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      amends: "Commercial Agency Agreement",
    },
  },
  {
    id: "v21-commercial-cold-storage-letter-south-africa",
    format: "txt",
    source: `TAMARIND COVE COLD STORAGE (PTY) LTD
Registration number 2014/221907/07
Block C, Riverwalk Office Park, 41 Matroosberg Road, Ashlea Gardens, Pretoria, 0081
Tel +27 12 346 0192 | accounts@tamarindcove.co.za
2 March 2026
Our ref: TCC/UFP/0031
Your ref: Procurement 2026/14
The Directors
Ubuntu Fresh Produce Holdings (RF) Proprietary Limited
Unit 9, Epping Market Precinct
Cape Town, 7460
For the attention of: Mr Sipho Ndlovu, Chief Operating Officer
Dear Sirs
# COLD STORAGE AND HANDLING SERVICES
1. We refer to our quotation of 12 February 2026 and to your letter of 24 February 2026 accepting it in principle. This letter sets out the terms on which Tamarind Cove Cold Storage (Pty) Ltd ("we") will provide cold storage and handling services to Ubuntu Fresh Produce Holdings (RF) Proprietary Limited ("you").
2. Services. We will receive, store at between 1°C and 4°C, and dispatch your produce at our Pretoria East facility. We may also handle produce of your subsidiary, Ubuntu Fresh Produce (Durban) Proprietary Limited, on your instructions; your subsidiary is not a party to this letter.
3. Period. The services will commence on 16 March 2026 (the "Commencement Date") and will continue for a period of six (6) months, unless extended by written agreement or terminated by either of us on thirty (30) days' written notice.
4. Charges. Our charge is R85,000 (excluding VAT) per month for up to 400 pallet positions, invoiced monthly in arrears and payable within fourteen (14) days of invoice into our account with FirstRand Bank Limited.
5. Liability. Our liability for loss of or damage to produce is limited to R250 per pallet, and claims must be notified within seven (7) days of dispatch.
6. Confidentiality. Each of us will keep the other's confidential information confidential during the services and for two (2) years afterwards.
7. Law. This letter is governed by the laws of the Republic of South Africa.
Please confirm your acceptance by signing and returning the enclosed copy.
Yours faithfully
Nomvula Dlamini
Managing Director
For and on behalf of Tamarind Cove Cold Storage (Pty) Ltd
ACCEPTED AND AGREED on 9 March 2026
for and on behalf of Ubuntu Fresh Produce Holdings (RF) Proprietary Limited
Sipho Ndlovu, Chief Operating Officer, who warrants that he is duly authorised`,
    truth: {
      title: "Cold Storage and Handling Services",
      documentType: "Services agreement",
      parties: ["Tamarind Cove Cold Storage (Pty) Ltd", "Ubuntu Fresh Produce Holdings (RF) Proprietary Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-03-16",
      expiryDate: "2026-09-15",
      term: "6 months",
    },
  },
  {
    id: "v21-commercial-sales-agency-difc",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
This Agreement is made on the date set out in the Schedule between the Principal and the Agent, each as named in the Schedule.
1. Interpretation
1.1 Terms set out in the Schedule have the meanings given there. The Schedule forms part of this Agreement.
1.2 This Agreement replaces the letter of appointment dated 3 March 2024 between the Principal and Haddad Trading Est., which was governed by the laws of the Emirate of Dubai and is terminated by mutual consent on the date of this Agreement.
2. Appointment
2.1 The Principal appoints the Agent as its non-exclusive sales agent to seek orders for the Products from customers in the Territory. The Agent has no authority to conclude contracts on the Principal's behalf.
3. Commission
3.1 The Principal shall pay the Agent commission at the Commission Rate on the net invoiced value of orders obtained by the Agent, within thirty (30) days after the end of each calendar quarter in which the Principal receives payment from the customer.
3.2 Commission is paid into the Agent's account with Gulf Horizon Bank PJSC. The bank is not a party to this Agreement.
4. Duration
4.1 This Agreement starts on the date of this Agreement and continues until terminated by either party giving the other not less than ninety (90) days' written notice.
5. Restrictions
5.1 During this Agreement and for six (6) months after it ends the Agent shall not promote products that compete with the Products in the Territory.
6. Governing law
6.1 This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
# SCHEDULE
| Date of this Agreement | 12 October 2025 |
| Principal | Al Noor Precision Instruments FZ-LLC, licence no. 94017, Office 1408, Building 10, Dubai Science Park, Dubai, United Arab Emirates (a subsidiary of Al Noor Holding Company P.J.S.C.) |
| Agent | Haddad & Sons General Trading L.L.C., licence no. 771295, Shop 3, Al Maktoum Road, Deira, Dubai, United Arab Emirates |
| Territory | Kingdom of Bahrain, State of Kuwait and Sultanate of Oman |
| Products | Spectrophotometers and benchtop centrifuges |
| Commission Rate | 6% |
| Notices to the Principal | Attention: Dr. Layla Farouk, Head of Regional Sales |
| Notices to the Agent | Attention: Mr. Karim Haddad, Manager |
Signed for and on behalf of Al Noor Precision Instruments FZ-LLC by Dr. Layla Farouk, authorised signatory
Signed for and on behalf of Haddad & Sons General Trading L.L.C. by Karim Haddad, Manager, in the presence of Omar Siddiqui (witness)`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Al Noor Precision Instruments FZ-LLC", "Haddad & Sons General Trading L.L.C."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2025-10-12",
      term: "Until terminated",
    },
  },
];
