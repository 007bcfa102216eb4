import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (helper C): corporate, finance, employment and dispute documents drafted in varied styles and jurisdictions. */
export const CORPORATE_AND_DISPUTES_V13: UnseenDocument[] = [
  {
    id: "v13-c-share-purchase-jersey-several-sellers",
    format: "pdf",
    pageFooters: true,
    source: `# AGREEMENT FOR THE SALE AND PURCHASE OF THE ENTIRE ISSUED SHARE CAPITAL OF GRÈVE DE LECQ YACHTING LIMITED
THIS AGREEMENT is made this 12th day of December 2025
BETWEEN:
(1) PETER JOHN LE BRUN of La Maison des Prés, Rue de la Pointe, St Ouen, Jersey JE3 2AB;
(2) CLAIRE E. LE BRUN of the same address;
(3) GOREY TRUSTEES LIMITED, a company incorporated in Jersey with registered number 98765, whose registered office is at 5 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of the Le Brun Family Settlement
(the persons named at (1) to (3) together the "Sellers" and each a "Seller"); and
(4) ROZEL CAPITAL HOLDINGS LIMITED, a company incorporated in Jersey with registered number 134201, whose registered office is at 22 Grenville Street, St Helier, Jersey JE4 8PX (the "Buyer").
RECITALS
(A) Grève de Lecq Yachting Limited (the "Company") is a company incorporated in Jersey with registered number 45110 and has an issued share capital of 10,000 ordinary shares of £1 each, which are legally and beneficially owned by the Sellers in the proportions set out in Schedule 1.
(B) The Sellers have agreed to sell and the Buyer has agreed to buy the Shares on the terms of this Agreement.
===
1. Sale and purchase. Each Seller shall sell with full title guarantee, and the Buyer shall buy, the Shares set against that Seller's name in Schedule 1, free from all Encumbrances.
2. Consideration. The consideration is £4,200,000, of which £3,500,000 is payable at Completion and £700,000 (the "Retention") is payable into an escrow account and released eighteen (18) months after Completion, less any amount claimed under the Warranties.
3. Completion. Completion shall take place at the offices of the Buyer's advocates immediately after signature of this Agreement.
4. Warranty claims. No Seller shall be liable for a Warranty claim unless notice of it is given before the second anniversary of Completion, or for a claim under the Tax Covenant before the seventh anniversary of Completion.
5. Restrictive covenants. Peter John Le Brun and Claire E. Le Brun each undertake that for twenty-four (24) months after Completion they will not carry on a competing yacht charter business in the Channel Islands.
6. Trustee limitation. Gorey Trustees Limited gives the Warranties only as to title and capacity, and its liability is limited to the assets of the Le Brun Family Settlement.
7. Governing law. This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
SIGNED by PETER JOHN LE BRUN in the presence of: Witness: Amélie Vibert, Advocate
SIGNED by CLAIRE E. LE BRUN in the presence of: Witness: Amélie Vibert, Advocate
SIGNED for and on behalf of GOREY TRUSTEES LIMITED as trustee of the Le Brun Family Settlement by Nicholas Falle, Director, and Sarah-Jane Renouf, Authorised Signatory
SIGNED for and on behalf of ROZEL CAPITAL HOLDINGS LIMITED by Oliver M. Hamon, Director`,
    truth: {
      title: "Agreement for the Sale and Purchase of the Entire Issued Share Capital of Grève de Lecq Yachting Limited",
      documentType: "Share purchase agreement",
      parties: ["Peter John Le Brun", "Claire E. Le Brun", "Gorey Trustees Limited", "Rozel Capital Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2025-12-12",
    },
  },
  {
    id: "v13-c-guarantee-deed-hong-kong-expiry",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on 6 January 2026
BY:
VICTOR KA-MING LEUNG (holder of Hong Kong Identity Card No. K123456(7)) of Flat 12B, Tower 3, The Peak Residences, 18 Plantation Road, The Peak, Hong Kong (the "Guarantor")
IN FAVOUR OF:
HARBOUR PEARL BANK LIMITED, a company incorporated in Hong Kong whose registered office is at 88 Des Voeux Road Central, Hong Kong (the "Bank").
WHEREAS by a facility letter dated 2 January 2026 (the "Facility Letter") the Bank agreed to make available to Kowloon Textiles Trading Limited (the "Borrower") a revolving trade finance facility of up to HK$30,000,000, with a final maturity date of 5 January 2029, on condition that the Guarantor enters into this Deed.
NOW THIS DEED WITNESSES as follows:
1. Guarantee. The Guarantor irrevocably and unconditionally guarantees to the Bank the punctual payment by the Borrower of all sums due under the Facility Letter, and shall pay each such sum within seven (7) days of the Bank's written demand.
2. Indemnity. As a separate and independent obligation, the Guarantor shall indemnify the Bank against any loss it incurs if any guaranteed obligation is or becomes unenforceable, invalid or illegal.
3. Limit. The maximum aggregate liability of the Guarantor under this Deed is HK$15,000,000 plus interest from the date of demand.
===
4. Expiry. The Guarantor's liability under this Deed shall expire on 31 March 2028 (the "Expiry Date"), save in respect of any demand made by the Bank on or before the Expiry Date, which shall remain enforceable until paid in full.
5. Waiver of defences. The obligations of the Guarantor shall not be affected by any time, waiver or variation granted to the Borrower, including any extension of the final maturity date of the facility.
6. Governing law. This Deed is governed by and shall be construed in accordance with the laws of the Hong Kong Special Administrative Region, and the Guarantor submits to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed by the Guarantor on the date first above written.
SIGNED, SEALED and DELIVERED by VICTOR KA-MING LEUNG in the presence of: Chow Siu Fong, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Victor Ka-Ming Leung", "Harbour Pearl Bank Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-01-06",
      expiryDate: "2028-03-31",
    },
  },
  {
    id: "v13-c-settlement-south-africa-signature-block-parties",
    format: "txt",
    source: `# SETTLEMENT AGREEMENT
The parties whose names, registration numbers and signatures appear at the end of this agreement, referred to as "the Contractor" and "the Subcontractor" respectively, record their agreement as follows.
1. Background
1.1 The Contractor appointed the Subcontractor to fabricate and erect the structural steel for the Lanseria Logistics Park warehouse under a subcontract dated 4 April 2024 (the "Subcontract"), which provided for a defects liability period of twelve (12) months after practical completion.
1.2 A dispute arose about the Subcontractor's final account and the Contractor's claim for penalties for late completion, and the Subcontractor referred the dispute to arbitration (the "Arbitration").
2. Definitions
2.1 "Effective Date" means the date on which this agreement is signed by the party signing it last.
3. Settlement payment
3.1 The Contractor shall pay the Subcontractor R2,400,000 (inclusive of VAT) in six (6) equal monthly instalments, the first on the last business day of the month following the Effective Date.
3.2 If any instalment is more than ten (10) days late, the full outstanding balance becomes immediately due and payable.
4. Withdrawal and release
4.1 Within five (5) business days after the Effective Date the Subcontractor shall withdraw the Arbitration, each party paying its own costs.
4.2 On receipt of the final instalment, each party releases the other from all claims arising out of the Subcontract, save for claims for latent defects, which may be brought within three (3) years after the Effective Date.
5. Confidentiality. Neither party shall disclose the terms of this agreement except to its auditors, insurers and legal advisers.
6. Governing law. This agreement is governed by the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the Gauteng Division of the High Court, Johannesburg.
7. Whole agreement. This agreement is the whole agreement between the parties on its subject matter and no variation of it is valid unless in writing and signed by both parties.
SIGNATURES
THE CONTRACTOR: MTHUNZI CONSTRUCTION (PTY) LTD, registration number 2015/123456/07, 14 Jan Smuts Avenue, Rosebank, Johannesburg
Signed at Johannesburg on 17 February 2026 by Sipho L. Ndlovu, Director, who warrants that he is duly authorised.
THE SUBCONTRACTOR: KAROO STEEL FABRICATORS CC, registration number 2008/045678/23, 9 Industria Road, Germiston
Signed at Germiston on 19 February 2026 by Johanna van der Merwe, Member, who warrants that she is duly authorised.
As witnesses: 1. T. Mokoena   2. R. Pillay`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Mthunzi Construction (Pty) Ltd", "Karoo Steel Fabricators CC"],
      governingLaw: "South Africa",
      effectiveDate: "2026-02-19",
    },
  },
  {
    id: "v13-c-term-loan-facility-letter-kenya-tenor",
    format: "pdf",
    source: `RIFT VALLEY COMMERCIAL BANK LIMITED
Corporate Banking Division, Rift House, Kenyatta Avenue, P.O. Box 40123-00100, Nairobi, Kenya
2 March 2026
Private and Confidential
The Directors
Naivasha Flower Exporters Limited
L.R. No. 1144/56, Moi South Lake Road
P.O. Box 980-20117, Naivasha
Our Ref: CBD/TL/2026/117
Dear Sirs,
# OFFER OF TERM LOAN FACILITY
We are pleased to offer Naivasha Flower Exporters Limited (the "Borrower") the facility described below, subject to the terms of this letter and our Standard Terms and Conditions for Corporate Facilities (the "Standard Terms").
| Facility | Term loan of KES 45,000,000 |
| Purpose | Construction of cold storage and a packhouse at the Borrower's farm |
| Availability Period | Three (3) months from the date of this letter |
| Tenor | Forty-eight (48) months from the date of first drawdown |
| Repayment | Forty-two (42) equal monthly instalments following a grace period of six (6) months from first drawdown |
| Interest | Kenya Shilling Reference Rate plus 3.25% per annum, payable monthly |
| Security | A first legal charge over L.R. No. 1144/56 and a debenture over the Borrower's assets |
===
Prepayment: the Borrower may prepay on thirty (30) days' written notice, subject to a fee of 1% of the amount prepaid during the first twenty-four (24) months of the Tenor.
Conditions precedent: the charge and debenture must be registered and an insurance policy over the secured property noted in the Bank's favour before first drawdown.
This offer lapses unless the duplicate of this letter is signed and returned to us within fourteen (14) days of the date of this letter.
This letter and the Standard Terms are governed by the laws of Kenya.
Yours faithfully,
For and on behalf of Rift Valley Commercial Bank Limited
Wanjiru K. Kamau, Relationship Director     Otieno Odhiambo, Head of Credit
ACCEPTANCE
We accept the facility on the terms of this letter and the Standard Terms. A resolution of the Board approving this acceptance is enclosed.
For and on behalf of Naivasha Flower Exporters Limited: Director: Pieter J. Hendriks     Director: Grace N. Mwangi
Date: 9 March 2026`,
    truth: {
      title: "Offer of Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Rift Valley Commercial Bank Limited", "Naivasha Flower Exporters Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-02",
      term: "48 months",
    },
  },
  {
    id: "v13-c-director-service-agreement-northern-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 23 March 2026
PARTIES
(1) LAGAN PRECISION ENGINEERING LIMITED incorporated and registered in Northern Ireland with company number NI612345 whose registered office is at Unit 7, Duncrue Industrial Park, Belfast BT3 9BP (the "Company"); and
(2) SEÁN PATRICK O'NEILL of 31 Malone Park, Belfast BT9 6NJ (the "Executive").
AGREED TERMS
1. Appointment and term
1.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Chief Operating Officer and as a director of the Company.
1.2 The appointment shall commence on 1 April 2026 (the "Commencement Date") and shall continue for a fixed term of three (3) years, ending on 31 March 2029, unless terminated earlier in accordance with clause 14.
1.3 No period of employment with a previous employer counts as part of the Executive's period of continuous employment.
===
2. Probation. The first six (6) months of the appointment are a probationary period, during which either party may terminate it on one (1) month's notice.
3. Salary. The Company shall pay the Executive a salary of £165,000 per year, payable monthly in arrears on or about the 28th day of each month.
4. Holidays. The Executive is entitled to thirty (30) working days' paid holiday in each holiday year, in addition to public holidays in Northern Ireland.
14. Termination. After the probationary period either party may terminate the appointment by giving the other not less than six (6) months' written notice.
18. Restrictions. For twelve (12) months after the Termination Date the Executive shall not be engaged in any Restricted Business in Northern Ireland or Ireland, and for eighteen (18) months after that date shall not solicit any Key Employee or Restricted Customer.
===
22. Governing law. This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
Signed by Ruairí Devlin, Chairman, for and on behalf of LAGAN PRECISION ENGINEERING LIMITED
Signed by SEÁN PATRICK O'NEILL`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Lagan Precision Engineering Limited", "Seán Patrick O'Neill"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
    },
  },
  {
    id: "v13-c-standstill-agreement-difc-three-parties",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
This Agreement is dated 20 April 2026 and is made between:
1. AL SAFA MARINE SERVICES LLC, a limited liability company registered in Dubai with commercial licence number 712034, of Office 1402, Jumeirah Bay Tower X2, Jumeirah Lakes Towers, Dubai ("Al Safa");
2. GULF HORIZON SHIPPING LIMITED, a company registered in the Dubai International Financial Centre with registration number 4417, of Level 5, Gate Village 10, DIFC, Dubai ("Gulf Horizon"); and
3. MERIDIAN HULL INSURANCE PJSC, a public joint stock company registered in Abu Dhabi, of 19th Floor, Al Maryah Tower, Abu Dhabi ("Meridian"),
(each a "Party" and together the "Parties").
Background
A. Al Safa chartered the vessel MV Desert Pearl from Gulf Horizon under a time charterparty dated 2 June 2021 (the "Charterparty"), which was governed by English law and provided for London arbitration.
B. Gulf Horizon alleges that Al Safa is liable for damage to the vessel in October 2023, and Meridian, as hull insurer, has a subrogated interest in that claim (the "Claims"). The Parties wish to negotiate without issuing proceedings.
===
Agreed terms
1. Effective Date. This Agreement takes effect on 1 May 2026 (the "Effective Date").
2. Standstill Period. "Standstill Period" means the period from the Effective Date until and including 31 October 2026.
3. Standstill. During the Standstill Period no Party shall commence any proceedings or arbitration in respect of the Claims.
4. Time bars. The Standstill Period shall be disregarded in computing any limitation period or contractual time bar applicable to the Claims, including the two (2) year time bar under clause 46 of the Charterparty.
5. Early termination. Any Party may end the Standstill Period early by giving the other Parties not less than twenty-eight (28) days' written notice.
6. No admission. Nothing in this Agreement is an admission of liability by any Party.
7. Governing law and jurisdiction. Notwithstanding the law and forum of the Charterparty, this Agreement and any non-contractual obligations arising from it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Signed for Al Safa Marine Services LLC by Khalid Rashid Al Mansoori, General Manager
Signed for Gulf Horizon Shipping Limited by Anand S. Iyer, Director
Signed for Meridian Hull Insurance PJSC by Layla Haddad, Head of Marine Claims`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Al Safa Marine Services LLC", "Gulf Horizon Shipping Limited", "Meridian Hull Insurance PJSC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
    },
  },
  {
    id: "v13-c-sales-agency-malaysia-particulars",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
# Schedule of Particulars
| Principal | Cempaka Pharmaceuticals Sdn. Bhd. (Registration No. 201501023456 (1150000-X)), Lot 12, Jalan Teknologi 3/6, Kota Damansara, 47810 Petaling Jaya, Selangor |
| Agent | Borneo MedReach Sdn. Bhd. (Registration No. 201801034567 (1290000-K)), 3rd Floor, Wisma Merdeka, Jalan Tun Razak, 88000 Kota Kinabalu, Sabah |
| Territory | Sabah and Sarawak |
| Products | Prescription generic medicines listed in Annex A |
| Commencement Date | 1 July 2026 |
| Initial Period | Two (2) years from the Commencement Date |
| Renewal | Automatically renews for successive periods of one (1) year unless either party gives three (3) months' written notice of non-renewal |
| Commission | 7% of Net Invoiced Sales, payable within thirty (30) days after the end of each month |
1. Appointment. The Principal appoints the Agent as its exclusive sales agent in the Territory to canvass for and obtain orders for the Products in the name and on behalf of the Principal. The Agent has no authority to conclude contracts on the Principal's behalf.
2. Duration. This Agreement begins on the Commencement Date and continues for the Initial Period, after which it renews in accordance with the Schedule of Particulars.
3. Minimum performance. If orders obtained by the Agent in any consecutive period of six (6) months fall below RM 800,000, the Principal may terminate this Agreement on sixty (60) days' notice.
4. Records. The Agent shall keep records of all orders and customer visits and retain them for seven (7) years.
5. Post-termination. For six (6) months after termination the Agent shall not promote any product that competes with the Products in the Territory.
6. Governing law. This Agreement shall be governed by the laws of Malaysia and the parties submit to the exclusive jurisdiction of the High Court in Sabah and Sarawak.
Signed for and on behalf of Cempaka Pharmaceuticals Sdn. Bhd.: Dato' Ahmad Faizal bin Hassan, Managing Director
Signed for and on behalf of Borneo MedReach Sdn. Bhd.: Christina Voo Mei Ling, Director`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Cempaka Pharmaceuticals Sdn. Bhd.", "Borneo MedReach Sdn. Bhd."],
      governingLaw: "Malaysia",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-07-01",
      term: "2 years",
      renewal: "1 year",
    },
  },
  {
    id: "v13-c-loan-agreement-guernsey-trustee-borrower",
    format: "pdf",
    source: `# LOAN AGREEMENT
THIS LOAN AGREEMENT is made on the fourth day of August two thousand and twenty-five
BETWEEN
SARNIA PRIVATE FINANCE LIMITED, a company incorporated in Guernsey with registered number 54321, whose registered office is at Les Echelons Court, St Peter Port, Guernsey GY1 1AR (the "Lender"); and
HAVILLAND TRUST COMPANY LIMITED, a company incorporated in Guernsey with registered number 40987, whose registered office is at Havilland Street, St Peter Port, Guernsey GY1 2QE, in its capacity as trustee of the Bordage Trust (the "Borrower").
1. Definitions
"Drawdown Date" means the date on which the Loan is advanced.
"Final Repayment Date" means 3 August 2028.
"Interest Period" means each period of three (3) months, the first beginning on the Drawdown Date.
"Loan Term" means thirty-six (36) months from and including the date of this Agreement.
2. The Loan. The Lender shall lend the Borrower £6,750,000 (the "Loan") to refinance the purchase of the property known as Le Vieux Moulin, St Saviour, Guernsey.
3. Interest. Interest accrues at 6.1% per annum and is payable on the last day of each Interest Period. Default interest accrues at 2% per annum above that rate.
4. Repayment. The Borrower shall repay the Loan in full, with accrued interest, at the end of the Loan Term on the Final Repayment Date.
5. Prepayment. The Borrower may prepay all or part of the Loan on not less than thirty (30) days' notice. A fee of 1.5% of the amount prepaid applies to any prepayment made within the first twelve (12) months after the Drawdown Date.
6. Trustee. The Borrower enters into this Agreement only as trustee of the Bordage Trust and its liability shall not exceed the assets of that trust.
7. Governing law. This Agreement is governed by the laws of the Island of Guernsey and the parties submit to the non-exclusive jurisdiction of the Royal Court of Guernsey.
AS WITNESS the hands of the duly authorised signatories of the parties on the date first written above.
For SARNIA PRIVATE FINANCE LIMITED: Edward P. Ogier, Director
For HAVILLAND TRUST COMPANY LIMITED as trustee of the Bordage Trust: Naomi Brehaut, Director, and Luke Le Page, Director`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Sarnia Private Finance Limited", "Havilland Trust Company Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2025-08-04",
      expiryDate: "2028-08-03",
      term: "36 months",
    },
  },
];
