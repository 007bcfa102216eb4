import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23, commercial contracts: supply, distribution, services, agency, franchise and NDAs, with the answers a careful lawyer would give. */
export const COMMERCIAL_V23: UnseenDocument[] = [
  {
    id: "v23-commercial-supply-agreement-cover",
    format: "pdf",
    pageFooters: true,
    source: `# SUPPLY AGREEMENT
relating to the supply of precision valve assemblies
HARROW & FINCH (COMPONENTS) LIMITED
and
NORDSTRÖM FLUID SYSTEMS AB
and
NORDSTRÖM FLUID SYSTEMS (UK) LTD
Fenwick Lyle LLP, 40 Cheapside, London EC2V 6AA. Ref: FL/HF/00417
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) HARROW & FINCH (COMPONENTS) LIMITED, a company incorporated and registered in England and Wales with company number 04418263 whose registered office is at Unit 7, Tamebridge Industrial Estate, Aldridge Road, Birmingham B42 2TX (the “Supplier”);
(2) NORDSTRÖM FLUID SYSTEMS AB, a company incorporated in Sweden with corporate identity number 556712-4408 whose registered office is at Hamngatan 22, 411 06 Göteborg, Sweden (the “Purchaser”); and
(3) NORDSTRÖM FLUID SYSTEMS (UK) LTD, a company incorporated and registered in England and Wales with company number 09927154 whose registered office is at 3 Quayside Court, Hull HU1 1TJ (the “UK Purchaser”).
# BACKGROUND
(A) The Supplier is a wholly-owned subsidiary of Harrow & Finch Group plc, which has agreed to guarantee the Supplier’s obligations under a separate deed of guarantee. Harrow & Finch Group plc is not a party to this Agreement.
(B) The Purchaser and the UK Purchaser wish to purchase, and the Supplier wishes to supply, the Products on the terms of this Agreement.
# 1. DEFINITIONS
1.1 “Commencement Date” means 1 May 2026.
1.2 “Initial Term” means the period of three (3) years commencing on the Commencement Date.
1.3 “Products” means the valve assemblies described in Schedule 1, as updated by the parties in writing from time to time.
# 2. DURATION
2.1 This Agreement shall come into force on the Commencement Date and shall continue for the Initial Term. On the expiry of the Initial Term it shall renew automatically for successive periods of twelve (12) months (each a “Renewal Period”) unless either party gives the other not less than six (6) months’ written notice to terminate it at the end of the Initial Term or of any Renewal Period.
# 3. ORDERS, PRICE AND PAYMENT
3.1 Each Purchaser may place Orders separately and is liable only for the Orders it places. Invoices are payable within sixty (60) days after the end of the month in which they are received.
# 4. WARRANTY
4.1 The Supplier warrants that each Product will be free from defects in design, materials and workmanship for eighteen (18) months from delivery (the “Warranty Period”).
# 5. CONFIDENTIALITY
5.1 Each party shall keep the other parties’ confidential information confidential during this Agreement and for five (5) years after it ends.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
===
# EXECUTION
| Signed by ALISTAIR PENROSE, director, for and on behalf of HARROW & FINCH (COMPONENTS) LIMITED | Signed by KARIN LINDQVIST, verkställande direktör, for and on behalf of NORDSTRÖM FLUID SYSTEMS AB |
| ........................................ Director | ........................................ Authorised signatory |
| Signed by THOMAS HALE, director, for and on behalf of NORDSTRÖM FLUID SYSTEMS (UK) LTD | |
| ........................................ Director | |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Harrow & Finch (Components) Limited", "Nordström Fluid Systems AB", "Nordström Fluid Systems (UK) Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v23-commercial-exclusive-distribution-nsw",
    format: "pdf",
    pdfMargin: 90,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
# Agreement Details
| Item | Details |
| 1. Date of this Agreement | 28 May 2026 |
| 2. Principal | Waratah Craft Distillers Pty Ltd (ACN 614 228 901) as trustee for the Waratah Spirits Unit Trust (ABN 52 614 228 901), of 14–16 Foundry Lane, Marrickville NSW 2204, Australia |
| 3. Distributor | Tasman & Pacific Beverage Co. Limited (New Zealand company number 7719043), of Level 3, 120 Customs Street West, Auckland 1010, New Zealand |
| 4. Territory | New Zealand, the Cook Islands, Niue and Samoa, excluding duty-free retail at Auckland International Airport, which remains reserved to the Principal’s existing agent, Kiwi Duty Free Agencies Limited |
| 5. Term | From 1 July 2026 to 30 June 2029 (both dates inclusive) |
| 6. Further Term | One further term of 2 years, at the Distributor’s option, exercisable by written notice given not less than 6 months before the end of the Term |
| 7. Minimum Purchase Target | 12,000 nine-litre cases in each Contract Year, reviewed by the parties before the start of each Contract Year |
| 8. Payment Terms | 45 days from the end of the month in which the invoice is issued |
| 9. Governing Law | New South Wales, Australia |
===
# 1. Definitions and interpretation
1.1 In this Agreement, “Commencement Date” means 1 July 2026, being the first day of the Term specified in Item 5, and “Contract Year” means each period of 12 months starting on the Commencement Date or on an anniversary of it.
1.2 The Principal enters into this Agreement as trustee of the Waratah Spirits Unit Trust, and its liability is limited to the assets of that trust from which it is entitled to be indemnified.
# 2. Appointment
2.1 The Principal appoints the Distributor as its exclusive distributor of the Products in the Territory for the Term, and the Distributor accepts the appointment. The Distributor buys and resells the Products on its own account.
2.2 The Distributor must not, during the Term and for 12 months after it ends, distribute in the Territory any gin or whisky that competes with the Products.
# 3. Term and further term
3.1 This Agreement runs for the Term and does not renew automatically. If the Distributor validly exercises the option in Item 6, the Term is extended by the Further Term on the same terms, except that there is no further option.
3.2 Either party may terminate this Agreement by 30 days’ notice if the other commits a material breach that it does not remedy within that period.
# 4. Governing law
4.1 This Agreement is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed by Waratah Craft Distillers Pty Ltd (ACN 614 228 901) as trustee for the Waratah Spirits Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Matthew J. O’Halloran | Director/Secretary: Priya Venkataraman |
Signed for Tasman & Pacific Beverage Co. Limited by its authorised signatory in the presence of:
| Authorised signatory: Hemi Te Rangi | Witness: Sarah-Jane McAllister, solicitor, Auckland |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Waratah Craft Distillers Pty Ltd", "Tasman & Pacific Beverage Co. Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
    },
  },
  {
    id: "v23-commercial-mutual-nda-new-york",
    format: "pdf",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”) by and between BLUE HERON ANALYTICS, LLC, a Delaware limited liability company with its principal office at 1450 Broadway, 22nd Floor, New York, New York 10018 (“Blue Heron”), and CASTELLANO, REYES & WHITFIELD HOLDINGS, INC., a Texas corporation with offices at 901 Main Street, Suite 3300, Dallas, Texas 75202 (“CRW”). Blue Heron and CRW are each referred to herein as a “Party” and collectively as the “Parties.”
WHEREAS, the Parties wish to evaluate a potential engagement under which Blue Heron would provide data-analytics services to CRW and to its portfolio companies, including Lone Star Midstream Partners, L.P. (the “Purpose”); and
WHEREAS, in connection with the Purpose, each Party (as “Disclosing Party”) may disclose Confidential Information to the other Party (as “Receiving Party”);
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the Parties agree as follows:
1. Confidential Information. “Confidential Information” means all non-public information disclosed by the Disclosing Party, whether orally or in writing, that is designated as confidential or that reasonably should be understood to be confidential given its nature and the circumstances of disclosure.
2. Obligations. The Receiving Party shall use Confidential Information solely for the Purpose and shall disclose it only to its Representatives who need to know it. “Representatives” means a Party’s affiliates and its and their directors, officers, employees, attorneys, accountants and financial advisors, including, in the case of CRW, Hollis Grant Securities LLC. No Representative is a party to this Agreement.
3. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either Party upon thirty (30) days’ prior written notice. The Receiving Party’s obligations with respect to Confidential Information disclosed during the term shall survive for five (5) years following expiration or termination, and with respect to trade secrets for so long as they remain trade secrets under applicable law.
4. Non-Solicitation. For a period of twelve (12) months after the Effective Date, neither Party shall directly solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.
5. Return of Materials. Within ten (10) business days after a written request, the Receiving Party shall return or destroy all Confidential Information in its possession.
6. No License; No Obligation. Nothing in this Agreement grants any license under any patent, copyright or other intellectual property right, or obliges either Party to proceed with any transaction.
7. Governing Law; Venue. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles, notwithstanding that Blue Heron is organized under the laws of the State of Delaware and CRW under the laws of the State of Texas. The Parties consent to the exclusive jurisdiction of the state and federal courts located in New York County, New York.
8. Entire Agreement. This Agreement constitutes the entire agreement of the Parties concerning its subject matter and may be amended only in a writing signed by both Parties.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BLUE HERON ANALYTICS, LLC | CASTELLANO, REYES & WHITFIELD HOLDINGS, INC. |
| By: /s/ Dana M. Okafor | By: /s/ Luis A. Castellano, Jr. |
| Name: Dana M. Okafor | Name: Luis A. Castellano, Jr. |
| Title: Managing Member | Title: President and Chief Executive Officer |
| Date: March 5, 2026 | Date: March 9, 2026 |`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Blue Heron Analytics, LLC", "Castellano, Reyes & Whitfield Holdings, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v23-commercial-scottish-inspection-services",
    format: "pdf",
    pageFooters: true,
    source: `# INSPECTION SERVICES AGREEMENT
MINUTE OF AGREEMENT between
ABERDEEN SUBSEA INSPECTION SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC412887) and having its Registered Office at 2 Wellheads Crescent, Dyce, Aberdeen AB21 7GA (the “Contractor”)
and
MACLEÒID OFFSHORE PARTNERS LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305512) and having its Registered Office at 18 Golden Square, Aberdeen AB10 1RH, the operator of the Fionn Field (the “Company”)
WHEREAS the Company wishes to engage the Contractor to carry out remotely operated vehicle (ROV) inspections of subsea pipelines and structures in the Fionn Field, and the co-venturers in that field, Ceann Energy (UK) Limited and Norsk Marin Petroleum UK AS, are not parties to this Agreement, the Company contracting as principal: NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions. In this Agreement “Start Date” means 5 January 2026; “Services” means the inspection services described in the Schedule and in each Call-Off Order; and “Call-Off Order” means an order for a campaign of Services issued by the Company and accepted by the Contractor.
2. Duration. This Agreement shall commence on the Start Date and shall continue in force until terminated by either party giving to the other not less than three months’ notice in writing, or under Clause 8 (Termination for Default). There is no fixed or minimum period.
3. Call-Off Orders. Each Call-Off Order shall state its own duration, which shall not normally exceed one campaign season of six months, and no Call-Off Order shall extend or limit the duration of this Agreement.
4. Charges. The Contractor shall invoice monthly in arrears at the rates in the Schedule, and each undisputed invoice shall be paid within thirty days of receipt.
5. Warranty. The Contractor shall re-perform at its own cost any Services shown to be defective and notified to it within twelve months of their completion.
6. Confidentiality. Each party shall keep confidential the information of the other obtained under this Agreement, and this obligation shall continue for a period of three years after termination.
7. Insurance. The Contractor shall maintain employer’s liability, public liability and marine liability insurance with insurers approved by the Company.
8. Termination for Default. Either party may terminate this Agreement immediately by notice if the other commits a material breach which is incapable of remedy or is not remedied within twenty-eight days of notice.
9. Law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Court of Session.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of ABERDEEN SUBSEA INSPECTION SERVICES LIMITED at Aberdeen on 17 December 2025 by Fraser J. Lamont, Director | in the presence of Morag Ann Cruickshank, Legal Assistant, of 1 Union Row, Aberdeen AB10 1DQ (witness) |
| Subscribed for and on behalf of MACLEÒID OFFSHORE PARTNERS LLP at Aberdeen on 19 December 2025 by Calum MacLeòid, Designated Member | in the presence of Euan Robertson, Office Manager, of 18 Golden Square, Aberdeen AB10 1RH (witness) |`,
    truth: {
      title: "Inspection Services Agreement",
      documentType: "Services agreement",
      parties: ["Aberdeen Subsea Inspection Services Limited", "MacLeòid Offshore Partners LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-01-05",
      term: "Until terminated",
    },
  },
  {
    id: "v23-commercial-franchise-deed-of-variation",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Franchise Agreement dated 1 September 2021
THIS DEED OF VARIATION is made on the twelfth day of February two thousand and twenty-six
BETWEEN:
(1) Ó BRIAIN BAKEHOUSE FRANCHISING DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 698214, having its registered office at Unit 4, Ballycoolin Business Park, Dublin 15, D15 X2KP (the “Franchisor”);
(2) SEÁN Ó BRIAIN-KELLY of 27 Strand Road, Sandymount, Dublin 4, D04 H6T2; and
(3) AOIFE NIC GIOLLA PHÁDRAIG of 27 Strand Road, Sandymount, Dublin 4, D04 H6T2,
the parties at (2) and (3) together trading in partnership as “Crumb & Co. Sandymount” (together the “Franchisee”).
# BACKGROUND
(A) The Franchisor and the Franchisee are parties to a franchise agreement dated 1 September 2021 (the “Franchise Agreement”) under which the Franchisee was granted the right to operate an Ó Briain Bakehouse outlet at 14 Sandymount Green for a term of ten (10) years from that date, renewable at the Franchisee’s option for a further five (5) years.
(B) Mr Declan Kelly guaranteed the Franchisee’s obligations under a guarantee dated 1 September 2021. He is not a party to this Deed, but has confirmed by letter dated 30 January 2026 that his guarantee continues to apply to the Franchise Agreement as varied.
(C) The parties wish to vary the Franchise Agreement as set out in this Deed.
# OPERATIVE PROVISIONS
1. Interpretation. Terms defined in the Franchise Agreement have the same meaning in this Deed. “Variation Date” means 1 March 2026.
2. Variations. With effect from and including the Variation Date the Franchise Agreement is varied as follows:
(a) in clause 8.1 (Royalty), “six per cent (6%)” is replaced with “five and a half per cent (5.5%)”;
(b) in clause 8.4 (Marketing Levy), “two per cent (2%)” is replaced with “one and a half per cent (1.5%)”; and
(c) Schedule 2 (Territory) is replaced with the schedule annexed to this Deed, which adds the Ringsend delivery zone.
3. Continuation. Save as varied by this Deed, the Franchise Agreement remains in full force and effect. Nothing in this Deed extends or shortens the term of the Franchise Agreement or affects the post-termination restrictions in its clause 19, which apply for twelve (12) months after termination.
4. Counterparts. This Deed may be executed in any number of counterparts, each of which is an original.
5. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
IN WITNESS whereof the parties have executed this instrument as a deed and delivered it on the date first written above.
===
| PRESENT when the common seal of Ó BRIAIN BAKEHOUSE FRANCHISING DESIGNATED ACTIVITY COMPANY was affixed hereto: | Director: Niamh Ó Briain; Secretary: Conor Whelan |
| SIGNED AND DELIVERED AS A DEED by SEÁN Ó BRIAIN-KELLY in the presence of: | Witness: Gráinne Moloney, Solicitor, 12 Fitzwilliam Place, Dublin 2 |
| SIGNED AND DELIVERED AS A DEED by AOIFE NIC GIOLLA PHÁDRAIG in the presence of: | Witness: Gráinne Moloney, Solicitor, 12 Fitzwilliam Place, Dublin 2 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ó Briain Bakehouse Franchising Designated Activity Company", "Seán Ó Briain-Kelly", "Aoife Nic Giolla Phádraig"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-01",
      amends: "Franchise Agreement",
    },
  },
  {
    id: "v23-commercial-sales-agency-letter",
    format: "docx",
    storedPageCount: 2,
    source: `SINGH & VARMA EXPORTS PRIVATE LIMITED
CIN: U51909MH2011PTC219874 | Registered Office: 6th Floor, Kalpataru Square, Kondivita Road, Andheri (East), Mumbai 400 059, Maharashtra, India
Our Ref: SVE/AGY/2026/014
9 March 2026
By email and courier
Mr. Rohan D’Souza
Villa 12, Street 4B, Al Barsha 2
Dubai, United Arab Emirates
Dear Mr. D’Souza,
# Appointment as Sales Agent
We refer to your letter of 2 February 2026 and to our meeting in Dubai on 19 February 2026. We are pleased to confirm your appointment as our non-exclusive commission sales agent in the United Arab Emirates, Oman, Bahrain and Qatar (the “Territory”) on the terms of this letter.
1. Appointment. You will solicit orders for our hand-woven cotton and silk home textiles (the “Products”) from retailers in the Territory. You will have no authority to conclude contracts or accept orders on our behalf; all orders are subject to our acceptance in Mumbai.
2. Term. Your appointment will be for a period of eighteen (18) months commencing on 1 April 2026 (the “Commencement Date”). It will not renew automatically; any extension must be agreed in writing by both of us.
3. Commission. We will pay you a commission of 4% of the net invoice value of each order from the Territory that we accept, within 30 days after we receive payment from the customer.
4. Restrictions. During your appointment and for six (6) months afterwards you will not promote in the Territory any goods that compete with the Products.
5. Termination. Either of us may end your appointment early by giving not less than ninety (90) days’ written notice.
6. Law and disputes. This letter and your appointment are governed by the laws of India. Any dispute will be referred to arbitration by a sole arbitrator seated in Mumbai under the Arbitration and Conciliation Act, 1996.
Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours sincerely,
For and on behalf of Singh & Varma Exports Private Limited
R. K. Bhatt
Director – International Sales
cc: Ms. Meera Varma, Managing Director
===
# Acceptance
I, Rohan D’Souza, accept my appointment as sales agent on the terms of the above letter.
Signed: Rohan D’Souza
Date: 16 March 2026`,
    truth: {
      title: "Appointment as Sales Agent",
      documentType: "Distribution agreement",
      parties: ["Singh & Varma Exports Private Limited", "Rohan D’Souza"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-09-30",
      term: "18 months",
    },
  },
  {
    id: "v23-commercial-guernsey-consultancy",
    format: "txt",
    source: `# CONSULTANCY SERVICES AGREEMENT
Dated: 27/2/2026
This Agreement is made between the Client and the Consultant named in the signature blocks at the end of this Agreement.
1. Services. The Consultant shall provide regulatory compliance advisory services, in relation to the Guernsey Financial Services Commission’s Finance Sector Code of Corporate Governance, to the Client in its capacity as designated manager of Sarnia Income & Growth Fund PCC Limited and its cells (the “Fund”). The Fund is not a party to this Agreement.
2. Duration. This Agreement takes effect on the date shown above and continues for twelve months from that date (the “Initial Period”). At the end of the Initial Period, and of each later period, it shall be automatically extended for a further period of one year unless either party has given at least two months’ written notice that it is not to be extended.
3. Fees. The Client shall pay the Consultant a monthly retainer of £4,750 plus time charges, at the rates in the Schedule, for work exceeding 20 hours in any month. Invoices are payable within 14 days.
4. Personnel. The Services shall be provided principally by Ms. Héloïse Le Page, partner, and no substitute shall be appointed without the Client’s consent.
5. Non-solicitation. Neither party shall, for a period of nine months after termination, solicit the employment of any person who was engaged in the Services.
6. Liability. The Consultant’s total liability shall not exceed the fees paid in the twelve months before the claim arose.
7. Law. This Agreement is governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
# SCHEDULE – HOURLY RATES
| Grade | Rate |
| Partner | £395 |
| Senior Manager | £285 |
| Analyst | £160 |
SIGNED for and on behalf of SARNIA FUND SERVICES (GUERNSEY) LIMITED (the “Client”), registered in Guernsey with number 48211, of Les Banques House, Les Banques, St Peter Port GY1 3DA, by:
Marguerite Ozanne, Director
SIGNED for and on behalf of LE MARCHANT, BREHAUT & PARTNERS (the “Consultant”), a partnership of chartered accountants of 7 Smith Street, St Peter Port GY1 2JN, by:
Peter Brehaut, Partner`,
    truth: {
      title: "Consultancy Services Agreement",
      documentType: "Services agreement",
      parties: ["Sarnia Fund Services (Guernsey) Limited", "Le Marchant, Brehaut & Partners"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-02-27",
      expiryDate: "2027-02-27",
      term: "12 months",
      renewal: "1 year",
    },
  },
  {
    id: "v23-commercial-difc-facilities-management",
    format: "pdf",
    pageFooters: true,
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
# Part A – Key Details
| Agreement Date | 11 May 2026 |
| Service Provider | AL NOOR INTEGRATED FACILITIES MANAGEMENT L.L.C., a limited liability company registered in the Emirate of Dubai (commercial licence no. 742815), of P.O. Box 118422, Al Quoz Industrial Area 3, Dubai, United Arab Emirates |
| Client | GULF MERIDIAN REAL ESTATE FUND II LP, a limited partnership registered in the Dubai International Financial Centre (registered no. 5521), acting by its general partner Gulf Meridian GP Limited, of Unit 1204, Level 12, Gate Precinct Building 3, DIFC, Dubai |
| Investment Manager (not a party) | Meridian Capital Advisors (DIFC) Limited, regulated by the DFSA, which will give instructions on behalf of the Client under clause 5 |
| Properties | Meridian Business Bay Tower (Plot 346-0712) and Meridian Logistics Park, Jebel Ali (Plots S30217 and S30218) |
| Services Commencement Date | 1 June 2026 |
| Initial Term | Thirty-six (36) months from the Services Commencement Date |
| Extension | The Client may extend the Initial Term once, by up to twelve (12) months, by notice given no later than 90 days before it expires. There is no automatic renewal. |
| Lock-in Period | The first eighteen (18) months of the Initial Term, during which neither party may terminate for convenience |
| Payment Terms | Monthly in arrears; undisputed invoices payable within 30 days of receipt |
| Governing Law | The laws of the Dubai International Financial Centre |
===
# Part B – Terms and Conditions
1. Interpretation. Capitalised terms have the meanings given in Part A and in Schedule 1. The Client is Gulf Meridian Real Estate Fund II LP; references to it acting by its general partner do not make Gulf Meridian GP Limited a party in its own capacity.
2. Appointment and Term. The Client appoints the Service Provider to provide the Services at the Properties for the Initial Term, subject to extension as stated in Part A and to early termination under clause 9.
3. Service Levels. The Service Provider shall meet the key performance indicators in Schedule 2; service credits are deducted from the monthly fee for each failure.
4. Defects. The Service Provider shall remedy at its cost any defective works notified within twelve (12) months of their completion (the “Defects Period”).
5. Instructions. The Client may give instructions through the Investment Manager, whose instructions bind the Client.
6. Performance Security. Within 14 days of the Agreement Date, the Service Provider shall deliver a performance bond for AED 750,000 issued by Emirates Crescent Bank PJSC, valid until three (3) months after the end of the Initial Term.
7. Termination for Convenience. After the Lock-in Period, either party may terminate this Agreement by giving not less than six (6) months’ notice.
8. Governing Law and Jurisdiction. This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction over any dispute arising from it.
9. Termination for Default. Either party may terminate immediately by notice if the other is in material breach and fails to remedy it within 30 days.
===
# Execution
| For and on behalf of AL NOOR INTEGRATED FACILITIES MANAGEMENT L.L.C. | For and on behalf of GULF MERIDIAN REAL ESTATE FUND II LP, acting by its general partner GULF MERIDIAN GP LIMITED |
| Name: Mohammed Saeed Al Falasi | Name: Rania K. Haddad |
| Title: General Manager | Title: Director of the General Partner |
| Signature: ____________________ | Signature: ____________________ |`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Al Noor Integrated Facilities Management L.L.C.", "Gulf Meridian Real Estate Fund II LP"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-06-01",
      term: "36 months",
    },
  },
];
