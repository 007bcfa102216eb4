import type { UnseenDocument } from "../unseen/types";

/** Tuning set v17 (helper a): commercial contracts whose parties are introduced in varied, hard-to-parse ways. */
export const COMMERCIAL_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-a-msa-by-and-among-new-york",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date"), by and among Quarry Hill Analytics Corp., a Delaware corporation with its principal office at 200 Vesey Street, New York, New York 10281 ("Provider"), Harbor & Pine Logistics, LLC, a New Jersey limited liability company with offices at 1 Exchange Place, Jersey City, New Jersey 07302 ("Harbor"), and Bluefin Data Systems, Inc., a California corporation with offices at 450 Mission Street, San Francisco, California 94105 ("Bluefin" and, together with Harbor, each a "Customer" and collectively the "Customers").
# RECITALS
WHEREAS, Provider delivers data analytics and managed reporting services; and WHEREAS, the Customers, which are both portfolio companies of Summit Ridge Holdings, Inc. (which is not a party to this Agreement), wish to engage Provider on the terms below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Services
1.1 Provider shall perform the services described in each Statement of Work executed by Provider and a Customer.
1.2 Provider may use subcontractors, including Ridgeline Cloud Services LLC, but remains responsible for their performance.
# 2. Term and Renewal
2.1 The initial term of this Agreement shall commence on the Effective Date and continue for thirty-six (36) months (the "Initial Term").
2.2 Thereafter, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# 3. Fees
3.1 Invoices are payable within forty-five (45) days of receipt. Late amounts bear interest at one percent (1%) per month.
# 4. Confidentiality and Non-Solicitation
4.1 Each party's confidentiality obligations survive for two (2) years after termination.
4.2 During the term and for twelve (12) months thereafter, no party shall solicit for employment any employee of another party.
# 5. Warranty
5.1 Provider warrants that the Services will be performed in a professional manner for a period of ninety (90) days after delivery.
# 6. Governing Law
6.1 This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles. Summit Ridge Holdings, Inc. has previously contracted with Provider under an agreement governed by Delaware law; that agreement is unaffected.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
QUARRY HILL ANALYTICS CORP.
By: Daniel R. Okafor, Chief Executive Officer
HARBOR & PINE LOGISTICS, LLC
By: Summit Ridge Holdings, Inc., its sole member, by Laura Chen, President
BLUEFIN DATA SYSTEMS, INC.
By: Marcus T. Whitfield, Chief Financial Officer`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Quarry Hill Analytics Corp.", "Harbor & Pine Logistics, LLC", "Bluefin Data Systems, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v17-a-supply-key-details-ireland",
    format: "docx",
    storedPageCount: 2,
    source: `# SUPPLY AGREEMENT
# KEY DETAILS
| Item | Details |
| Agreement Date | 22 May 2026 |
| Supplier | Kestrel Foods (Ireland) Limited, a company incorporated in Ireland with registered number 512345, whose registered office is at Unit 9, Ballycoolin Business Park, Dublin 15, D15 XY12 |
| Buyer | O'Rourke, Byrne & Daly Wholesale Unlimited Company, registered number 401122, of Kilkenny Road, Carlow, R93 K2P4 |
| Supplier contact | Siobhan Kearney, Commercial Director |
| Buyer contact | Padraig Daly, Purchasing Manager |
| Commencement Date | 1 June 2026 |
| Term | From the Commencement Date to 31 May 2029 |
| Payment terms | 45 days from the date of invoice |
| Supplier's bank | Allied Irish Banks, p.l.c., account name: Kestrel Foods (Ireland) Limited |
| Governing law | Ireland |
This Agreement is made between the Supplier and the Buyer named in the Key Details above. Copies of notices to the Supplier shall also be sent to Kestrel Foods Group plc, its parent company, which is not a party.
===
# TERMS AND CONDITIONS
1. Supply. The Supplier shall supply, and the Buyer shall purchase, the chilled and frozen products listed in the Schedule on the terms of this Agreement.
2. Duration. This Agreement shall run for the Term stated in the Key Details. The Buyer may extend the Term by a further twelve months by giving the Supplier not less than six months' written notice before the end of the Term; absent such notice this Agreement expires at the end of the Term.
3. Quality. The Supplier warrants that each product will have a remaining shelf life of not less than nine months on delivery.
4. Termination. Either party may terminate this Agreement on ninety days' written notice if the other commits a material breach which is not remedied within thirty days.
5. Law. This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland and the courts of Ireland have exclusive jurisdiction.
Signed for and on behalf of Kestrel Foods (Ireland) Limited: Siobhan Kearney
Signed for and on behalf of O'Rourke, Byrne & Daly Wholesale Unlimited Company: Padraig Daly`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Kestrel Foods (Ireland) Limited", "O'Rourke, Byrne & Daly Wholesale Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v17-a-scottish-minute-trustees",
    format: "pdf",
    source: `# MINUTE OF AGREEMENT
between
MACLEOD ENGINEERING SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 14 Wellington Circle, Altens, Aberdeen AB12 3JG (hereinafter referred to as "the Contractor") of the First Part;
and
ALASDAIR JAMES FRASER and MORAG ELSPETH FRASER, both residing at Glenmore House, Aviemore PH22 1QU, as trustees of the Glenmore Estate Trust constituted by Trust Disposition and Settlement dated 4 June 1998, and the survivor of them, as trustees foresaid (hereinafter together referred to as "the Employer") of the Second Part
CONSIDERING THAT the Employer wishes to appoint the Contractor to provide estate maintenance and engineering services at the Glenmore Estate in place of Highland Groundcare Limited, whose contract with the Employer (which was governed by English law) ended on 31 December 2025;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Services. The Contractor shall provide the maintenance and engineering services described in the Schedule.
2. Duration. The services shall commence on 1 April 2026 (the "Commencement Date") and this Minute of Agreement shall continue for a period of two years from the Commencement Date, when it shall expire without further notice.
3. Termination. Either party may terminate this Minute of Agreement by giving not less than three months' written notice to the other.
4. Payment. The Employer shall pay the Contractor's monthly invoices within twenty-eight days.
5. Defects. The Contractor shall make good any defect notified within twelve months after completion of any works.
6. Law. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this page and the Schedule are subscribed as follows: they are signed for and on behalf of the said MacLeod Engineering Services Limited by Fiona Grant, Director, at Aberdeen on the tenth day of February Two thousand and twenty-six before this witness Callum Reid, Solicitor, Aberdeen; and they are signed by the said Alasdair James Fraser and Morag Elspeth Fraser at Aviemore on the twelfth day of February Two thousand and twenty-six before this witness Eilidh Munro, Estate Factor, Aviemore.
# SCHEDULE
Routine inspection of the estate's water supply, private roads, bridges and generators; reactive repairs within forty-eight hours of a call-out.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["MacLeod Engineering Services Limited", "Alasdair James Fraser", "Morag Elspeth Fraser"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-04-01",
      term: "2 years",
    },
  },
  {
    id: "v17-a-sales-agency-execution-table-nz",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
Dated this 9th day of January 2026
The Principal and the Agent named in the execution table at the end of this agreement agree as follows.
1. Appointment. The Principal appoints the Agent as its non-exclusive sales agent for the Principal's manuka honey and kiwifruit products in the States of Victoria and New South Wales, Australia.
2. Logistics. Kowhai Exports Australia Pty Limited, an affiliate of the Principal, will handle import clearance and warehousing. It is not a party to this agreement and the Agent has no authority to bind it.
3. Commission. The Principal will pay the Agent a commission of 7% of the net invoiced value of orders accepted, payable by the 20th day of the month following receipt of payment from the customer.
4. Duration. This agreement starts on the date stated above and continues until terminated by either party giving the other not less than three months' written notice.
5. Restraint. For six months after this agreement ends the Agent will not act for any competing New Zealand honey exporter in the Territory.
6. Previous agent. The Principal's appointment of Southern Cross Trade Reps Pty Ltd as agent ended on 31 December 2025 and nothing in this agreement revives it.
7. Governing law. This agreement is governed by the laws of New Zealand and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
EXECUTION
| Role | Party | Signed by |
| Principal | Tane & Kowhai Exports Limited (company number 7654321), 18 Quay Street, Auckland 1010 | Hemi Parata, Director |
| Agent | Rajesh Kumar Menon trading as Menon Trade Links, 5 Bourke Street, Melbourne VIC 3000 | Rajesh Kumar Menon |
Witness to the signature of Rajesh Kumar Menon: Sunita Menon, Melbourne
Witness to the signature of Hemi Parata: Aroha Williams, Solicitor, Auckland`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Tane & Kowhai Exports Limited", "Rajesh Kumar Menon"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-01-09",
      term: "Until terminated",
    },
  },
  {
    id: "v17-a-software-licence-cover-page-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE LICENCE AND SUBSCRIPTION AGREEMENT
dated 15 January 2026
between
NIMBUS LEDGER PTE. LTD.
(UEN 201912345K)
and
LIM, TAN & PARTNERS (HOLDINGS) PTE. LTD.
(UEN 200801234W)
Introduced by CloudBridge Asia Sdn. Bhd., authorised reseller (not a party)
===
THIS AGREEMENT is dated 15 January 2026 and is made BETWEEN:
(1) NIMBUS LEDGER PTE. LTD., a company incorporated in Singapore (UEN 201912345K) whose registered office is at 8 Marina View, #30-01, Singapore 018960 (the "Licensor"); and
(2) LIM, TAN & PARTNERS (HOLDINGS) PTE. LTD., a company incorporated in Singapore (UEN 200801234W) whose registered office is at 1 Raffles Place, #20-02, Singapore 048616 (the "Customer").
# 1. DEFINITIONS
"Commencement Date" means 1 February 2026.
"Initial Term" means the period of twenty-four (24) months commencing on the Commencement Date.
"Authorised Affiliates" means Lim, Tan & Partners LLP and any other entity controlled by the Customer, none of which is a party to this Agreement.
# 2. LICENCE
2.1 The Licensor grants the Customer and its Authorised Affiliates a non-exclusive, non-transferable licence to use the Software for their internal accounting purposes during the Term.
# 3. TERM
3.1 This Agreement begins on the Commencement Date and continues for the Initial Term.
3.2 At the end of the Initial Term, this Agreement shall automatically renew for successive periods of one (1) year each (each a "Renewal Term") unless either party gives at least sixty (60) days' notice of non-renewal.
# 4. FEES AND ESCROW
4.1 Subscription fees are payable annually in advance within thirty (30) days of invoice.
4.2 The Software source code is deposited with Meridian Escrow Services Pte. Ltd. under a separate escrow agreement with a term of three (3) years.
# 5. DATA
5.1 The Licensor will retain Customer data for ninety (90) days after termination, after which it will be deleted.
# 6. GOVERNING LAW
6.1 This Agreement is governed by the laws of Singapore and disputes shall be referred to arbitration at the Singapore International Arbitration Centre.
Signed by Aaron Goh, Director, for and on behalf of Nimbus Ledger Pte. Ltd.
Signed by Lim Wei Ling, Managing Director, for and on behalf of Lim, Tan & Partners (Holdings) Pte. Ltd.`,
    truth: {
      title: "Software Licence and Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Nimbus Ledger Pte. Ltd.", "Lim, Tan & Partners (Holdings) Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-01-31",
      term: "24 months",
      renewal: "1 year",
    },
  },
  {
    id: "v17-a-joint-venture-deed-guernsey",
    format: "docx",
    source: `# JOINT VENTURE DEED
THIS DEED is made on 20 March 2026
BETWEEN:
(1) SARNIA MARINE HOLDINGS LIMITED, a company incorporated in Guernsey with registered number 65432, whose registered office is at Les Banques, St Peter Port, Guernsey GY1 3DA ("Sarnia");
(2) FORT GEORGE CAPITAL (NO. 2) LIMITED, a company incorporated in Guernsey with registered number 70011, whose registered office is at Fort George, St Peter Port, Guernsey GY1 2BH, acting by its manager Fort George Capital Partners LLP ("Fort George"); and
(3) ST PETER PORT FERRY & FREIGHT LIMITED, a company incorporated in Guernsey with registered number 71234, whose registered office is at the White Rock, St Peter Port, Guernsey GY1 2LN (the "JV Company").
===
# BACKGROUND
(A) Sarnia and Fort George have agreed to operate a freight ferry service between Guernsey and Jersey through the JV Company, whose working capital facility is provided by The Bailiwick Bank Limited.
(B) Fort George Capital Partners LLP enters into this Deed solely as manager of Fort George and is not a party in its own right.
# OPERATIVE PROVISIONS
1. Shareholdings. Sarnia shall hold 60 per cent and Fort George 40 per cent of the issued shares of the JV Company.
2. Lock-in. No Shareholder may transfer any Shares for three years from the date of this Deed.
3. Non-compete. Each Shareholder undertakes not to compete with the JV Company while a Shareholder and for two years after it ceases to be one.
4. Duration. This Deed shall continue in full force and effect until terminated in accordance with clause 15 (Termination).
5. Governing law. This Deed and any non-contractual obligations arising from it are governed by the laws of the Island of Guernsey, and the Royal Court of Guernsey has exclusive jurisdiction.
EXECUTED AS A DEED by SARNIA MARINE HOLDINGS LIMITED acting by Colin Le Marquand, Director, in the presence of Jenny Ozanne, witness
EXECUTED AS A DEED by FORT GEORGE CAPITAL (NO. 2) LIMITED acting by its manager FORT GEORGE CAPITAL PARTNERS LLP, acting by Giles Le Page, Member
EXECUTED AS A DEED by ST PETER PORT FERRY & FREIGHT LIMITED acting by Colin Le Marquand and Giles Le Page, Directors`,
    truth: {
      title: "Joint Venture Deed",
      documentType: "Joint venture agreement",
      parties: ["Sarnia Marine Holdings Limited", "Fort George Capital (No. 2) Limited", "St Peter Port Ferry & Freight Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-03-20",
      term: "Until terminated",
    },
  },
  {
    id: "v17-a-second-amendment-hong-kong",
    format: "pdf",
    source: `# SECOND AMENDMENT AGREEMENT
relating to the Warehouse Services Agreement
This Second Amendment Agreement is dated 10 April 2026 and is made between:
(1) PEARL RIVER COLD CHAIN COMPANY LIMITED, a company incorporated in Hong Kong (Company No. 2876543) whose registered office is at 18/F, Kwai Chung Logistics Centre, 38 Kwai Hei Street, Kwai Chung, New Territories (the "Provider"); and
(2) WING ON, CHAN & SONS (TRADING) LIMITED, a company incorporated in Hong Kong (Company No. 0456789) whose registered office is at 22 Des Voeux Road Central, Hong Kong (the "Customer").
# BACKGROUND
(A) Golden Harbour Storage Limited and the Customer entered into a warehouse services agreement dated 1 July 2023 (the "Warehouse Services Agreement"), which is governed by the laws of the People's Republic of China.
(B) By a novation deed dated 15 August 2024, Golden Harbour Storage Limited transferred all of its rights and obligations under the Warehouse Services Agreement to the Provider, and the Provider and the Customer amended it by a first amendment agreement dated 3 January 2025.
(C) The Warehouse Services Agreement has an initial term of three (3) years commencing on 1 July 2023 and renews automatically for successive periods of one (1) year unless terminated on six months' notice.
(D) The parties wish to amend the Warehouse Services Agreement further as set out below.
# AGREED TERMS
1. Effective date. This Agreement takes effect on 1 May 2026 (the "Amendment Effective Date").
2. Storage charges. With effect from the Amendment Effective Date, Schedule 2 (Charges) of the Warehouse Services Agreement is replaced by the Schedule to this Agreement.
3. Temperature bands. Clause 4.2 of the Warehouse Services Agreement is amended by adding a deep-frozen band of minus 25 degrees Celsius.
4. No other changes. Save as amended by this Agreement, the Warehouse Services Agreement, including its term and renewal provisions, continues in full force and effect.
5. Governing law. This Agreement is governed by the laws of the Hong Kong Special Administrative Region.
SIGNED by Ho Ka Yan, Director, for and on behalf of Pearl River Cold Chain Company Limited
SIGNED by Chan Wing On, Director, for and on behalf of Wing On, Chan & Sons (Trading) Limited`,
    truth: {
      title: "Second Amendment Agreement",
      documentType: "Amendment",
      parties: ["Pearl River Cold Chain Company Limited", "Wing On, Chan & Sons (Trading) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-01",
      amends: "Warehouse Services Agreement",
    },
  },
  {
    id: "v17-a-mutual-nda-india",
    format: "txt",
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement is entered into on this 2nd day of February, 2026 at Bengaluru with effect from that date (the "Effective Date")
BY AND BETWEEN
Sahyadri Biotech Private Limited, a company incorporated under the Companies Act, 2013, having CIN U24100KA2015PTC012345 and its registered office at No. 42, 2nd Cross, Peenya Industrial Area, Bengaluru 560058, Karnataka, represented by its authorised signatory Mr. Kiran Hegde (hereinafter referred to as "Sahyadri", which expression shall, unless repugnant to the context or meaning thereof, mean and include its successors and permitted assigns) of the ONE PART;
AND
Rao Desai & Associates, a partnership firm registered under the Indian Partnership Act, 1932, having its principal place of business at 7th Floor, Nariman Bhavan, Nariman Point, Mumbai 400021, acting through its managing partner Dr. Ananya S. Rao (hereinafter referred to as the "Firm", which expression shall include its partners for the time being) of the OTHER PART.
WHEREAS Sahyadri and its holding company, Western Ghats Life Sciences Limited (which is not a party hereto), propose to share information with the Firm for evaluating a possible advisory mandate.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. Confidential Information means all information disclosed by either party to the other, whether orally or in writing.
2. Each party shall use Confidential Information only for the Purpose and shall not disclose it except to its employees and advisers who need to know it.
3. This Agreement shall remain in force for a period of two (2) years from the Effective Date.
4. The obligations of confidentiality shall survive for five (5) years after the expiry or termination of this Agreement.
5. Either party may terminate this Agreement by giving thirty (30) days' written notice.
6. This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have signed this Agreement on the day and year first above written.
| For Sahyadri Biotech Private Limited | For Rao Desai & Associates |
| Kiran Hegde, Authorised Signatory | Dr. Ananya S. Rao, Managing Partner |
| Witness: Meera Nair | Witness: Vikram Desai |`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Sahyadri Biotech Private Limited", "Rao Desai & Associates"],
      governingLaw: "India",
      effectiveDate: "2026-02-02",
      expiryDate: "2028-02-02",
      term: "2 years",
    },
  },
];
