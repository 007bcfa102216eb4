import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20: commercial contracts (agency, NDA, services, supply, distribution and a variation), drafted independently. */
export const COMMERCIAL_V20: UnseenDocument[] = [
  {
    id: "v20-commercial-sales-agency-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# EXCLUSIVE SALES AGENCY AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) Ó BRIAIN & KEOGH PRECISION COMPONENTS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 604417, whose registered office is at Unit 7, Ballycoolin Business Park, Dublin 15, D15 X2R4 (the "Principal"); and
(2) MARCHETTI, ROSSI E FIGLI S.R.L., a company incorporated in Italy with tax code 09837150962, whose registered office is at Via Giuseppe Verdi 21, 20121 Milano, Italy (the "Agent"),
each a "party" and together the "parties".
BACKGROUND
(A) The Principal manufactures machined aluminium and titanium components and is a wholly owned subsidiary of Keogh Engineering Group plc.
(B) The Principal wishes to appoint the Agent as its exclusive commercial agent to negotiate sales of the Products in the Territory, and the Agent has agreed to act on the terms of this agreement.
IT IS AGREED as follows:
# 1. Definitions
1.1 In this agreement: "Commencement Date" means 1 May 2026; "Products" means the products listed in Schedule 1; and "Territory" means the Italian Republic, the Republic of San Marino and Vatican City State.
# 2. Appointment
2.1 The Principal appoints the Agent as its exclusive agent in the Territory to negotiate, but not to conclude, contracts for the sale of the Products in the name and on behalf of the Principal. The Agent has no authority to bind the Principal.
# 3. Duration
3.1 This agreement shall commence on the Commencement Date and, subject to earlier termination under clause 7, shall continue for an initial period of three (3) years (the "Initial Period").
3.2 On expiry of the Initial Period this agreement shall automatically continue for successive periods of twelve (12) months each (each a "Renewal Period") unless either party gives the other not less than six (6) months' written notice to terminate at the end of the Initial Period or of the then current Renewal Period.
# 4. Commission
4.1 The Principal shall pay the Agent a commission of 6% of the net invoiced value of each order accepted from a customer in the Territory. Commission shall be paid within thirty (30) days after the end of the calendar quarter in which the customer has paid.
4.2 Commission shall be paid in euro to the Agent's account with Intesa Sanpaolo S.p.A., Milano Brera branch, IBAN IT60 X054 2811 1010 0000 0123 456.
===
# 5. Restraint of trade
5.1 During this agreement and for a period of two (2) years after its termination the Agent shall not negotiate on behalf of any competitor of the Principal in the Territory in respect of goods of the same kind as the Products.
# 6. Indemnity on termination
6.1 On termination the Agent shall be entitled to an indemnity in accordance with the European Communities (Commercial Agents) Regulations 1994, calculated by reference to the Agent's average annual remuneration over the preceding five (5) years.
# 7. Termination
7.1 Either party may terminate this agreement with immediate effect by written notice if the other commits a material breach which is not remedied within twenty-one (21) days of a notice requiring it to be remedied.
# 8. Governing law and jurisdiction
8.1 This agreement and any dispute or claim arising out of it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
Signed by Fionnuala Ní Bhriain, Director, for and on behalf of Ó BRIAIN & KEOGH PRECISION COMPONENTS DESIGNATED ACTIVITY COMPANY
Signed by Luca Marchetti, Amministratore Delegato, for and on behalf of MARCHETTI, ROSSI E FIGLI S.R.L.`,
    truth: {
      title: "Exclusive Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Ó Briain & Keogh Precision Components Designated Activity Company", "Marchetti, Rossi e Figli S.r.l."],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2029-04-30",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v20-commercial-mutual-nda-new-york",
    format: "pdf",
    pdfMargin: 120,
    source: `# MUTUAL CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT
This Mutual Confidentiality and Non-Disclosure Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among Quillon Analytics, LLC, a Delaware limited liability company with its principal office at 250 Greenwich Street, 38th Floor, New York, New York 10007 ("Quillon"), Harbor & Pike Capital Partners II, L.P., a Delaware limited partnership, acting by its general partner, Harbor & Pike GP II, LLC ("HPC"), and Dr. Evelyn M. Castellanos-Ruiz, an individual residing at 4100 Bee Cave Road, Austin, Texas 78746 ("Dr. Castellanos-Ruiz" and, together with HPC, the "Co-Investors"). Quillon and the Co-Investors are each a "Party" and together the "Parties".
# Recitals
WHEREAS, the Parties wish to evaluate a possible joint acquisition of all of the outstanding capital stock of Meridian Freight Systems, Inc. (the "Company"), further to the non-binding letter of intent dated January 20, 2026 (the "Transaction");
WHEREAS, in connection with the Transaction each Party may disclose Confidential Information to the others, and the Parties wish to protect that information on the terms set out below;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Confidential Information. "Confidential Information" means all non-public information disclosed by a Party (a "Disclosing Party") to another Party (a "Receiving Party") concerning the Transaction, the Company or the Disclosing Party's business, whether disclosed before, on or after the Effective Date.
2. Obligations. Each Receiving Party shall hold Confidential Information in strict confidence, use it solely to evaluate the Transaction and disclose it only to its Representatives who need to know it. "Representatives" include Lattimore Breck LLP, counsel to HPC, and Stroud, Keller & Co., financial adviser to Quillon, neither of which is a party to this Agreement.
3. Term. This Agreement shall remain in effect for a period of two years from the Effective Date, unless earlier terminated by mutual written agreement of the Parties.
4. Survival. Notwithstanding Section 3, each Receiving Party's obligations in respect of Confidential Information disclosed during the term shall survive for three (3) years after the expiration or termination of this Agreement and, in respect of trade secrets, for so long as they remain trade secrets under applicable law.
5. Non-Solicitation. For eighteen (18) months after the Effective Date, no Party shall solicit for employment any officer of the Company with whom it had contact in connection with the Transaction.
6. Return of Materials. Within ten (10) business days after a written request, each Receiving Party shall return or destroy all Confidential Information of the requesting Party.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict-of-laws principles. Each Party submits to the exclusive jurisdiction of the state and federal courts located in the Borough of Manhattan.
8. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which is an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| QUILLON ANALYTICS, LLC | By: /s/ Marcus J. Whitfield, Chief Executive Officer |
| HARBOR & PIKE CAPITAL PARTNERS II, L.P., by Harbor & Pike GP II, LLC, its general partner | By: /s/ Priya Raman-Oduya, Managing Member |
| DR. EVELYN M. CASTELLANOS-RUIZ | /s/ Evelyn M. Castellanos-Ruiz |`,
    truth: {
      title: "Mutual Confidentiality and Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Quillon Analytics, LLC", "Harbor & Pike Capital Partners II, L.P.", "Evelyn M. Castellanos-Ruiz"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v20-commercial-lift-maintenance-minute-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# MINUTE OF AGREEMENT
between
CALEDONIAN LIFT & ESCALATOR SERVICES LIMITED, a company incorporated under the Companies Acts (Registered Number SC512334) and having its Registered Office at 40 Finnieston Street, Glasgow G3 8JU (the "Contractor")
and
KINROSS AND LOCH LEVEN HOUSING CO-OPERATIVE LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (Registered Number SP2417RS) and having its Registered Office at 3 High Street, Kinross KY13 8AW (the "Client")
# CONSIDERING THAT
(A) The Client owns and manages the residential blocks known as Lochside Court and Burgh Gardens, Kinross (the "Premises"), which it holds under a lease from Perth and Kinross Council for a period of 125 years from Whitsunday 1998.
(B) The Client has, following a tendering exercise conducted on its behalf by Hardie Munro Property Consultants, selected the Contractor to provide lift maintenance services at the Premises.
NOW THEREFORE THE PARTIES HAVE AGREED AND DO HEREBY AGREE AS FOLLOWS:
===
# 1. Services
1.1 The Contractor shall provide the planned maintenance, breakdown call-out and statutory inspection support services described in the Schedule (the "Services") for the six passenger lifts at the Premises.
# 2. Period of Agreement
2.1 This Agreement shall have effect from 1 April 2026 (notwithstanding the date or dates of execution hereof) and shall continue in force until 31 March 2029, when it shall expire without the need for notice.
2.2 The Client may terminate this Agreement at any time on giving not less than three (3) months' written notice to the Contractor.
# 3. Response Times and Defects
3.1 The Contractor shall attend any breakdown within four (4) hours of a call-out, and any passenger entrapment within one (1) hour.
3.2 Parts and workmanship supplied by the Contractor shall be free from defects for twelve (12) months after installation.
# 4. Charges
4.1 The Client shall pay the annual charge of £14,880 (exclusive of VAT) by quarterly instalments in advance, each payable within twenty-eight (28) days of the date of invoice.
# 5. Law
5.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Schedule annexed are executed as follows:
| Subscribed for and on behalf of CALEDONIAN LIFT & ESCALATOR SERVICES LIMITED | at Glasgow on the twelfth day of March Two thousand and twenty-six | by Alasdair Iain MacLeod, Director | before this witness: Morag Kerr, 18 Kelvin Way, Glasgow |
| Subscribed for and on behalf of KINROSS AND LOCH LEVEN HOUSING CO-OPERATIVE LIMITED | at Kinross on the nineteenth day of March Two thousand and twenty-six | by Eilidh J. Drummond, Secretary | before this witness: Callum Stewart, 7 Swansacre, Kinross |
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Agreement between Caledonian Lift & Escalator Services Limited and Kinross and Loch Leven Housing Co-operative Limited.
Planned maintenance: a monthly visit to each lift, and support for the six-monthly thorough examination carried out by the Client's insurer, Zurich Engineering Inspection Services.
Call-out cover: 24 hours a day, 365 days a year, from the Contractor's Perth depot.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Lift & Escalator Services Limited", "Kinross and Loch Leven Housing Co-operative Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v20-commercial-supply-deed-of-variation-hong-kong",
    format: "docx",
    source: `# DEED OF VARIATION
relating to the Packaging Supply Agreement dated 14 June 2022
THIS DEED is made on the 20th day of January 2026
BETWEEN:
(1) PEARL RIVER DELTA PACKAGING (HK) COMPANY LIMITED, a company incorporated in Hong Kong with company number 2871045, whose registered office is at Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon (the "Supplier"); and
(2) TAI KOK TSUI FRESH FOODS (1998) LIMITED, a company incorporated in Hong Kong with company number 0654332, whose registered office is at 8/F, Wing Hing Industrial Building, 14 Hing Yip Street, Kwun Tong, Kowloon (the "Customer").
WHEREAS:
(A) By the Packaging Supply Agreement dated 14 June 2022 (the "Original Agreement") made between the Supplier and Kowloon Fresh Produce Limited ("KFP"), the Supplier agreed to supply printed corrugated cartons and thermoformed trays for an initial term of three (3) years from 14 June 2022. The Original Agreement is governed by the laws of the People's Republic of China.
(B) By a novation agreement dated 3 March 2024 between the Supplier, KFP and the Customer, all of KFP's rights and obligations under the Original Agreement were novated to the Customer, and KFP ceased to be a party to it.
(C) By a letter dated 2 May 2025 the Supplier and the Customer agreed to extend the term of the Original Agreement to 31 December 2026. The Original Agreement, as novated and extended, is the "Agreement".
(D) The parties wish to vary the Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Definitions. In this Deed, "Variation Date" means 1 February 2026. Terms defined in the Agreement have the same meaning in this Deed.
2. Extension. With effect from the Variation Date, clause 3.1 of the Agreement is deleted and replaced with: "3.1 This Agreement shall continue in force until 31 December 2028, unless terminated earlier in accordance with clause 15."
3. Prices. With effect from the Variation Date, Schedule 2 (Prices) of the Agreement is replaced by the schedule annexed to this Deed. Prices shall be fixed until 31 December 2026 and may thereafter be reviewed once in each calendar year on not less than sixty (60) days' notice.
4. Payment. Clause 8.2 of the Agreement is amended by replacing "sixty (60) days" with "forty-five (45) days".
5. Continuation. Save as varied by this Deed, the Agreement shall continue in full force and effect, and the Agreement and this Deed shall be read and construed as one document.
6. Governing law. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
| EXECUTED as a deed by PEARL RIVER DELTA PACKAGING (HK) COMPANY LIMITED | by affixing its common seal in the presence of: Wong Ka Ming, Director, and Cheung Siu Fong, Company Secretary |
| EXECUTED as a deed by TAI KOK TSUI FRESH FOODS (1998) LIMITED | signed by Lam Chi Wai, Director, in the presence of: Ho Mei Ling, Solicitor, Hong Kong SAR |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Pearl River Delta Packaging (HK) Company Limited", "Tai Kok Tsui Fresh Foods (1998) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-12-31",
      amends: "Packaging Supply Agreement",
    },
  },
  {
    id: "v20-commercial-distribution-key-details-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# DISTRIBUTION AGREEMENT
# Key Details
| Item | Details |
| Date of this Agreement | 7 August 2026 |
| Supplier | Lumière Dermatologie Laboratoires SAS, a société par actions simplifiée registered with the Lyon Trade and Companies Register under number 852 114 009, of 14 quai Perrache, 69002 Lyon, France |
| Distributor | Tan, Koh & Partners Trading Pte. Ltd. (UEN 201934517K), of 30 Cecil Street, #19-08 Prudential Tower, Singapore 049712 |
| Commencement Date | 1 September 2026 |
| Territory | Singapore, Malaysia and Brunei Darussalam |
| Products | The dermocosmetic products listed in Schedule 1 |
| Term | From the Commencement Date until terminated in accordance with clause 5 |
| Minimum Purchase Commitment | EUR 480,000 in each Contract Year during the first three (3) Contract Years |
| Supplier's bank | BNP Paribas SA, Lyon Part-Dieu branch, IBAN FR76 3000 4008 2800 0123 4567 890 |
This Agreement consists of these Key Details and the attached Standard Terms. Each of the Supplier and the Distributor is a "Party".
===
# Standard Terms
1. Appointment. The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory. The Distributor buys the Products in its own name and for its own account and resells them to pharmacies and clinics.
2. Group companies. With the Supplier's prior written consent the Distributor may appoint its affiliate Tan Koh Healthcare Sdn. Bhd. as sub-distributor for Malaysia, but that affiliate shall not become a party to this Agreement.
3. Orders and payment. The Distributor shall pay each invoice within sixty (60) days of the invoice date. Title to Products passes on payment in full.
4. Product warranty. The Supplier warrants that each Product will, at delivery, have a remaining shelf life of at least twenty-four (24) months.
5. Duration and termination. This Agreement begins on the Commencement Date and continues until terminated by either Party giving the other not less than six (6) months' written notice, provided that no such notice may expire before the third anniversary of the Commencement Date. Either Party may terminate immediately for the other's material breach.
6. Sell-off. For six (6) months after termination the Distributor may continue to sell its remaining stock of the Products.
7. Non-competition. During this Agreement and for twelve (12) months after it ends, the Distributor shall not distribute competing dermocosmetic products in the Territory.
8. Governing law. This Agreement is governed by the laws of Singapore. Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed for Lumière Dermatologie Laboratoires SAS by Hélène Vasseur-Amrani, Présidente
Signed for Tan, Koh & Partners Trading Pte. Ltd. by Tan Wei Jie, Managing Director`,
    truth: {
      title: "Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Lumière Dermatologie Laboratoires SAS", "Tan, Koh & Partners Trading Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-09-01",
      term: "Until terminated",
    },
  },
  {
    id: "v20-commercial-warehousing-letter-new-zealand",
    format: "txt",
    source: `KŌWHAI LOGISTICS LIMITED
14 Carbine Road, Mount Wellington, Auckland 1060 · NZBN 9429048812345 · www.kowhailogistics.co.nz
18 May 2026
Our ref: KL/TFH/0526-03
Your ref: your letter of 2 April 2026
Ms Aroha T. Parata
Operations Director
Tūī & Fern Homewares Limited
Level 2, 88 Victoria Street
Wellington 6011
Dear Aroha
# Warehousing and Fulfilment Services
Thank you for your letter of 2 April 2026 and for meeting us at our Mount Wellington site. We are pleased to confirm the terms on which Kōwhai Logistics Limited ("we") will provide warehousing and e-commerce fulfilment services to Tūī & Fern Homewares Limited ("you").
1. Services. We will receive, store, pick, pack and dispatch your homewares stock from our Auckland warehouse, and arrange delivery through NZ Post and Mainfreight as your carriers.
2. Start and duration. The services will start on 1 June 2026 (the "Start Date") and will continue for an initial period of eighteen (18) months. After that, this arrangement will renew automatically for further periods of six (6) months each unless either of us gives the other at least sixty (60) days' written notice before the end of the then current period.
3. Charges. Our charges are set out in the attached rate card. Storage is charged weekly per pallet and fulfilment is charged per order. Charges are fixed for the first twelve (12) months and may then be increased by no more than CPI on thirty (30) days' notice.
4. Minimum volume. You commit to a minimum of 150 pallet spaces for the first 6 months after the Start Date.
5. Invoicing. We invoice monthly in arrears, and payment is due on the 20th of the month following the invoice.
6. Liability. Our liability for loss of or damage to stored goods is limited as set out in our Standard Terms of Trade (version 4.1), which form part of this letter. Claims must be notified within seven (7) days of delivery.
7. Law. This letter and the Standard Terms of Trade are governed by New Zealand law, and the courts of New Zealand have non-exclusive jurisdiction.
If you agree, please sign and return the enclosed copy of this letter.
Yours sincerely
Hemi Walker-Tane
Commercial Manager
For and on behalf of Kōwhai Logistics Limited
Accepted and agreed for and on behalf of Tūī & Fern Homewares Limited:
Aroha T. Parata, Operations Director
Date: 25 May 2026`,
    truth: {
      title: "Warehousing and Fulfilment Services",
      documentType: "Services agreement",
      parties: ["Kōwhai Logistics Limited", "Tūī & Fern Homewares Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
      renewal: "6 months",
    },
  },
  {
    id: "v20-commercial-maple-supply-execution-table-ontario",
    format: "txt",
    source: `# MAPLE SYRUP SUPPLY AGREEMENT
Reference: BMP-SA-2026-011
The parties named in the execution table at the end of this agreement (each a "Party") agree as follows.
# 1. Interpretation
1.1 "Buyer" means the Party identified as Buyer in the execution table.
1.2 "Seller" means the Party identified as Seller in the execution table.
1.3 "Effective Date" means January 15, 2026.
1.4 "Products" means the Grade A maple syrup and maple sugar products described in Schedule A.
# 2. Supply
2.1 The Seller shall sell and the Buyer shall purchase the Products in accordance with purchase orders issued under this agreement. The Seller may arrange transport through its nominated carrier, Laurentide Freightways Ltd., at the Buyer's cost.
2.2 For the first twenty-four (24) months after the Effective Date the Buyer shall purchase all of its requirements for maple syrup from the Seller.
# 3. Term
3.1 This agreement is for a period of thirty-six (36) months from the Effective Date. It will then expire unless the Parties agree in writing to extend it.
# 4. Price, Payment and Guarantee
4.1 Prices are set out in Schedule A and are fixed until the first anniversary of the Effective Date. The Buyer shall pay each invoice within forty-five (45) days of its date.
4.2 The Seller's obligations are guaranteed by its parent, Boréal Holdings Ltée, under a separate guarantee. Boréal Holdings Ltée is not a party to this agreement.
# 5. Quality and Warranty
5.1 The Seller warrants that the Products will have a best-before date of at least eighteen (18) months from delivery.
5.2 Each Party shall keep lot and traceability records for seven (7) years to enable product recalls.
# 6. Governing Law
6.1 This agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
# Execution
| Role | Legal name | Address | Signed by | Date |
| Seller | Boréal Maple Products Inc. | 210 rue Principale, Saint-Rémi, Quebec J0L 2L0 | Marie-Ève Gagnon, President | February 2, 2026 |
| Buyer | 2748193 Ontario Inc. (operating as Great Lakes Pantry) | 55 Queen Street East, Toronto, Ontario M5C 1R6 | Daniel R. O'Connor, Director | February 4, 2026 |
Witness to both signatures: Sunita Balasubramanian, Barrister and Solicitor, Toronto`,
    truth: {
      title: "Maple Syrup Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Boréal Maple Products Inc.", "2748193 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      expiryDate: "2029-01-15",
      term: "36 months",
    },
  },
  {
    id: "v20-commercial-msa-cover-page-difc",
    format: "pdf",
    pdfMargin: 150,
    source: `# MASTER SERVICES AGREEMENT
Dated 28 November 2025
between
FALCON CREST FACILITIES MANAGEMENT L.L.C.
(as Service Provider)
and
AL NOOR HOSPITALITY INVESTMENTS (DIFC) LIMITED
in its capacity as manager of Al Noor Hospitality Fund I
(as Client)
Prepared by Rahman Whitcombe LLP, Dubai International Financial Centre
===
THIS AGREEMENT is dated 28 November 2025 and made BETWEEN:
(1) FALCON CREST FACILITIES MANAGEMENT L.L.C., a limited liability company licensed by the Department of Economy and Tourism of Dubai under licence number 784512, whose principal place of business is at Office 1104, Aspin Commercial Tower, Sheikh Zayed Road, Dubai (the "Service Provider"); and
(2) AL NOOR HOSPITALITY INVESTMENTS (DIFC) LIMITED, a private company registered in the Dubai International Financial Centre with registered number 6632, whose registered office is at Level 5, Gate Village Building 3, DIFC, Dubai, contracting in its own name in its capacity as manager of Al Noor Hospitality Fund I, a qualified investor fund which is not a separate legal person (the "Fund") (the "Client").
BACKGROUND
(A) The Fund owns the Al Noor Marina Hotel and the Al Noor Creekside Hotel (the "Properties"), each of which is operated by Meridiana Hotel Management FZ-LLC under a separate hotel management agreement.
(B) The Client wishes to engage the Service Provider to provide integrated facilities management services at the Properties, to be called off under statements of work in the form set out in Schedule 2 (each a "SOW").
# 1. Definitions
"Commencement Date" means 1 January 2026.
"Mobilisation Period" means the period of sixty (60) days after the Commencement Date during which the Service Provider takes over the services from the incumbent contractor.
# 2. Term
2.1 This Agreement shall be for an initial term of two (2) years commencing on the Commencement Date (the "Initial Term").
2.2 The Client may, by giving not less than ninety (90) days' written notice before the end of the Initial Term, extend this Agreement once for a further period of one (1) year. This Agreement shall not otherwise renew or be extended.
2.3 Each SOW shall have its own duration as stated in it, but no SOW shall continue beyond the end of this Agreement.
# 3. Statements of Work
3.1 The first SOW (SOW 1: Hard Services) is set out in Schedule 2 and runs for an initial period of six (6) months from the Commencement Date.
# 4. Minimum Commitment
4.1 The Client shall not terminate this Agreement for convenience during the first twelve (12) months after the Commencement Date (the "Minimum Commitment Period").
# 5. Payment
5.1 The Client shall pay undisputed invoices within thirty (30) days of receipt, to the Service Provider's account with Emirates NBD Bank PJSC.
# 6. Governing law and disputes
6.1 This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
Signed by Omar Khalid Al Hashemi, General Manager, for FALCON CREST FACILITIES MANAGEMENT L.L.C.
Signed by Sarah-Jane de Villiers, Director, for AL NOOR HOSPITALITY INVESTMENTS (DIFC) LIMITED in its capacity as manager of Al Noor Hospitality Fund I
===
# SCHEDULE 2 – SOW 1: HARD SERVICES
| Service | Frequency |
| HVAC planned maintenance | Monthly |
| Fire and life safety systems | Quarterly |
SOW 1 period: 1 January 2026 to 30 June 2026.`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Falcon Crest Facilities Management L.L.C.", "Al Noor Hospitality Investments (DIFC) Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-01-01",
      expiryDate: "2027-12-31",
      term: "2 years",
    },
  },
];
