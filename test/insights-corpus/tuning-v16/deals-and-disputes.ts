import type { UnseenDocument } from "../unseen/types";

/** Tuning set v16 (c): deals and disputes — settlements, standstills, share sales, joint ventures, loans, agency, guarantees and supply, with duration distractors. */
export const DEALS_AND_DISPUTES_V16: UnseenDocument[] = [
  {
    id: "v16-c-settlement-haulage-kenya",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS SETTLEMENT AGREEMENT is dated 14 April 2026
BETWEEN
(1) MOMBASA FREIGHT FORWARDERS LIMITED, a company incorporated in Kenya (registration number PVT-7XUQ2B9), whose registered office is at Moi Avenue, Mombasa (“MFF”); and
(2) TANA RIVER AGRO EXPORTS LIMITED, a company incorporated in Kenya (registration number PVT-AJ3K81L), whose registered office is at Mombasa Road, Nairobi (“Tana River”).
# BACKGROUND
(A) MFF and Tana River are parties to a haulage agreement dated 1 February 2023 (the “Haulage Agreement”), which was entered into for an initial term of three (3) years from that date.
(B) Disputes have arisen concerning unpaid freight charges and cargo losses during the 2025 mango season (the “Dispute”). The parties wish to settle the Dispute on the terms below.
# 1. SETTLEMENT SUM
1.1 Tana River shall pay MFF the sum of KES 18,400,000 (the “Settlement Sum”) within thirty (30) days of the date of this Agreement.
1.2 If the Settlement Sum is not paid in full within that period, interest shall accrue at 12% per annum until payment.
# 2. RELEASE
2.1 On receipt of the Settlement Sum, each party releases the other from all claims arising out of the Dispute and the Haulage Agreement, whether known or unknown.
2.2 MFF shall withdraw Civil Suit No. E412 of 2025 in the High Court at Mombasa within seven (7) days of receiving the Settlement Sum.
# 3. CONFIDENTIALITY
3.1 The parties shall keep the terms of this Agreement confidential. This clause 3 shall survive for a period of five (5) years after the date of this Agreement.
# 4. NO ADMISSION
4.1 This Agreement is entered into without any admission of liability by either party.
# 5. GOVERNING LAW
5.1 This Agreement and any dispute arising from it shall be governed by the laws of Kenya, and the courts of Kenya shall have exclusive jurisdiction.
===
SIGNED by Amina Wanjiru Odhiambo, Managing Director, for and on behalf of MOMBASA FREIGHT FORWARDERS LIMITED
SIGNED by Peter Kiprono Langat, Director, for and on behalf of TANA RIVER AGRO EXPORTS LIMITED
In the presence of: Grace Achieng, Advocate of the High Court of Kenya`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Mombasa Freight Forwarders Limited", "Tana River Agro Exports Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v16-c-tolling-standstill-new-york",
    format: "pdf",
    source: `# TOLLING AND STANDSTILL AGREEMENT
This Tolling and Standstill Agreement (this “Agreement”) is made and entered into as of March 1, 2026 (the “Effective Date”), by and between Hudson Crane Rentals LLC, a New York limited liability company with offices at 400 Industrial Parkway, Yonkers, New York 10701 (“Hudson”), and Brightwater Construction Group, Inc., a Delaware corporation with offices at 55 Water Street, New York, New York 10041 (“Brightwater”).
# RECITALS
WHEREAS, Hudson and Brightwater are parties to an Equipment Rental Agreement dated September 1, 2024, having a term of twenty-four (24) months, under which Hudson supplied tower cranes to Brightwater’s Queens project;
WHEREAS, Hudson asserts claims against Brightwater for unpaid rental charges and damage to equipment (the “Claims”), and Brightwater disputes the Claims; and
WHEREAS, the parties wish to explore settlement without the need for immediate litigation.
NOW, THEREFORE, the parties agree as follows:
1. Notice of Termination. Either party may terminate this Agreement early by giving ten (10) business days’ prior written notice to the other party.
2. Tolling Period. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims is tolled during the period from the Effective Date through and including August 31, 2026 (the “Tolling Period”).
3. Standstill. During the Tolling Period, neither party shall commence any action, arbitration or other proceeding relating to the Claims.
4. Filing After Expiry. Hudson shall have thirty (30) days after the end of the Tolling Period in which to commence any action that would otherwise have been time-barred during the Tolling Period.
5. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any Claim or defense.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
7. Counterparts. This Agreement may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
HUDSON CRANE RENTALS LLC By: Marco DeLuca, Managing Member
BRIGHTWATER CONSTRUCTION GROUP, INC. By: Alicia Fernández, General Counsel`,
    truth: {
      title: "Tolling and Standstill Agreement",
      documentType: "Other",
      parties: ["Hudson Crane Rentals LLC", "Brightwater Construction Group, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-01",
      expiryDate: "2026-08-31",
      term: "6 months",
    },
  },
  {
    id: "v16-c-share-purchase-munro-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# SHARE PURCHASE AGREEMENT
relating to the entire issued share capital of Munro Boatbuilders Limited
between
ALASDAIR JAMES MUNRO
FIONA MARGARET MUNRO
and
LOCH FYNE HOLDINGS LIMITED
===
THIS AGREEMENT is dated 2 June 2026
BETWEEN
(1) ALASDAIR JAMES MUNRO of 4 Shore Road, Tarbert, Argyll PA29 6UA;
(2) FIONA MARGARET MUNRO of 4 Shore Road, Tarbert, Argyll PA29 6UA (together with the person at (1), the “Sellers”); and
(3) LOCH FYNE HOLDINGS LIMITED, a company incorporated in Scotland (company number SC604417), whose registered office is at 12 Argyll Street, Inveraray PA32 8UT (the “Buyer”).
# 1. SALE AND PURCHASE
1.1 The Sellers shall sell and the Buyer shall buy the 1,000 ordinary shares of £1 each in Munro Boatbuilders Limited (the “Shares”) for £2,350,000.
1.2 Completion shall take place within ten (10) Business Days after the satisfaction of the Conditions, and in any event not later than 31 July 2026.
# 2. RETENTION
2.1 £250,000 of the price shall be held in an escrow account for a period of eighteen (18) months after Completion as security for warranty claims.
# 3. WARRANTIES
3.1 The Sellers give the Warranties in Schedule 2. No claim may be brought unless notified within twenty-four (24) months after Completion (or, for Tax Warranties, seven (7) years).
# 4. RESTRICTIVE COVENANTS
4.1 Neither Seller shall, for a period of three (3) years after Completion, carry on or be interested in any boatbuilding business within 50 miles of Tarbert.
4.2 Neither Seller shall, for a period of two (2) years after Completion, solicit any employee of the Company.
===
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed by ALASDAIR JAMES MUNRO at Tarbert on 2 June 2026 before this witness: Calum Ross, Solicitor
Subscribed by FIONA MARGARET MUNRO at Tarbert on 2 June 2026 before this witness: Calum Ross, Solicitor
Subscribed for and on behalf of LOCH FYNE HOLDINGS LIMITED by Morag Campbell, Director, at Inveraray on 2 June 2026`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Alasdair James Munro", "Fiona Margaret Munro", "Loch Fyne Holdings Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v16-c-joint-venture-straits-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# JOINT VENTURE AGREEMENT
# KEY DETAILS
| Party A | Straits Harbour Logistics Pte. Ltd. (UEN 201734562K), 10 Pasir Panjang Road, Singapore 117438 |
| Party B | Kowloon Bay Marine Holdings Limited (CR No. 2287716), 8 Wang Chiu Road, Kowloon Bay, Hong Kong |
| JV Company | StraitsBay Cold Chain Pte. Ltd. |
| Share Lock-in | No transfer of JV Company shares for thirty-six (36) months after the Commencement Date |
| Deadlock Cooling-off | 30 days |
| Business Plan Review | Every twelve (12) months |
| Commencement Date | 1 July 2026 |
| Initial Term | Five (5) years from the Commencement Date |
| Renewal | Automatic, for successive periods of two (2) years (clause 14.2) |
| Governing Law | Singapore |
===
THIS AGREEMENT is dated 18 June 2026 and is made between the parties named in the Key Details.
# 1. INTERPRETATION
1.1 Capitalised terms have the meanings given in the Key Details. “Term” means the Initial Term together with any Renewal Period.
# 2. PURPOSE
2.1 The parties shall operate the JV Company to provide temperature-controlled warehousing at Jurong Port.
# 3. CAPITAL
3.1 Each party shall subscribe for 50% of the shares in the JV Company within fourteen (14) days after the Commencement Date.
# 14. DURATION
14.1 This Agreement takes effect on the Commencement Date and continues for the Initial Term.
14.2 At the end of the Initial Term this Agreement shall automatically renew for successive periods of two (2) years (each a “Renewal Period”) unless either party gives the other not less than six (6) months’ written notice of non-renewal before the end of the then-current period.
# 15. DEADLOCK
15.1 If the board is deadlocked, the matter shall be referred to the chief executives for a cooling-off period of 30 days before either party may serve a buy-sell notice.
# 20. GOVERNING LAW AND DISPUTES
20.1 This Agreement is governed by the laws of Singapore. Disputes shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre.
Signed for Straits Harbour Logistics Pte. Ltd. by Tan Wei Ming, Director
Signed for Kowloon Bay Marine Holdings Limited by Chan Ka Wai, Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Straits Harbour Logistics Pte. Ltd.", "Kowloon Bay Marine Holdings Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-07-01",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v16-c-term-loan-pohutukawa-nz",
    format: "txt",
    source: `# LOAN AGREEMENT
Date: 15 May 2026
Parties
Pōhutukawa Capital Limited (company number 8123456), of Level 9, 34 Shortland Street, Auckland (Lender)
Matiu Investments Limited (company number 7765432), of 21 Cameron Road, Tauranga (Borrower)
Background
The Lender has agreed to lend the Borrower NZ$1,200,000 to fund the fit-out of a commercial building at 21 Cameron Road, Tauranga.
1. Interest
1.1 Interest accrues daily at the Base Rate plus 3.25% per annum and is payable at the end of each Interest Period.
1.2 Each Interest Period is three (3) months long, the first starting on the Drawdown Date.
1.3 Default interest at an additional 4% per annum applies to any amount not paid within five (5) Working Days after its due date.
2. Prepayment
2.1 The Borrower may prepay the Loan in whole or in part by giving the Lender at least ten (10) Working Days’ notice.
3. Loan Period and Repayment
3.1 The Loan Period is the period of eighteen (18) months starting on the date of this Agreement.
3.2 The Borrower must repay the Loan, with all accrued interest, on the last day of the Loan Period.
4. Security
4.1 The Loan is secured by a general security agreement over all present and after-acquired property of the Borrower.
5. Governing law
5.1 This Agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed for Pōhutukawa Capital Limited by Hemi Walker, Director
Signed for Matiu Investments Limited by Losa Fa’alogo, Director`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Pōhutukawa Capital Limited", "Matiu Investments Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-15",
      expiryDate: "2027-11-14",
      term: "18 months",
    },
  },
  {
    id: "v16-c-sales-agency-great-lakes-ontario",
    format: "pdf",
    source: `# SALES AGENCY AGREEMENT
This Sales Agency Agreement is made and entered into as of the 3rd day of March, 2026, by and between GREAT LAKES PUMP SYSTEMS INC., an Ontario corporation having its head office at 2200 Industrial Drive, Hamilton, Ontario L8W 2X9 (the “Principal”), and LACHANCE TECHNICAL SALES LTD., a Canadian corporation having its office at 75 Rue Principale, Gatineau, Quebec J8X 1B5 (the “Agent”).
1. Appointment. The Principal appoints the Agent as its non-exclusive sales agent for industrial pumps in Eastern Ontario and Western Quebec (the “Territory”).
2. Commencement. The Agent’s appointment shall commence on April 1, 2026 (the “Effective Date”).
3. Commission. The Principal shall pay the Agent a commission of 7% of net invoiced sales in the Territory, payable within forty-five (45) days after the end of each calendar quarter.
4. Evaluation Period. During the first six (6) months after the Effective Date (the “Evaluation Period”), either party may terminate this Agreement on fifteen (15) days’ written notice.
5. Term and Termination.
5.1 This Agreement shall continue in force from the Effective Date until terminated by either party giving not less than ninety (90) days’ written notice to the other.
5.2 Either party may terminate immediately if the other commits a material breach that is not remedied within thirty (30) days after notice.
6. Non-Solicitation. For twelve (12) months after termination, the Agent shall not solicit any customer in the Territory for competing pumps.
7. Independent Contractor. The Agent is an independent contractor and has no authority to bind the Principal.
8. Governing Law. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
GREAT LAKES PUMP SYSTEMS INC. Per: Daniel O’Connor, President
LACHANCE TECHNICAL SALES LTD. Per: Sophie Lachance, Director`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Great Lakes Pump Systems Inc.", "Lachance Technical Sales Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v16-c-deed-of-guarantee-sable-jersey",
    format: "docx",
    source: `# DEED OF GUARANTEE
THIS DEED is made on the twelfth day of January two thousand and twenty-six
BETWEEN
(1) SABLE TRUST COMPANY LIMITED, a company incorporated in Jersey (registered number 45821), whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of The Rocque Settlement (the “Guarantor”); and
(2) ST HELIER PRIVATE BANK LIMITED, a company incorporated in Jersey (registered number 11390), whose registered office is at 1 Bond Street, St Helier, Jersey JE4 8PX (the “Bank”).
# RECITALS
(A) By a facility agreement dated 5 January 2026 (the “Facility Agreement”) the Bank made available to Rocque Properties Limited (the “Borrower”) a term loan facility of £4,000,000 for a term of five (5) years.
(B) The Guarantor has agreed to guarantee the Borrower’s obligations on the terms of this Deed.
===
# 1. GUARANTEE
1.1 The Guarantor guarantees to the Bank the punctual payment of all sums due from the Borrower under the Facility Agreement (the “Guaranteed Obligations”), up to a maximum of £1,500,000.
1.2 The Guarantor shall pay any amount demanded under this Deed within five (5) Business Days of the Bank’s written demand.
# 2. GUARANTEE PERIOD
2.1 In this Deed, the “Guarantee Period” means the period of three (3) years from the date of this Deed.
2.2 The Bank may make demand only during the Guarantee Period, save that any claim notified to the Guarantor in writing during the Guarantee Period may be pursued for sixty (60) days after the end of the Guarantee Period.
# 3. TRUSTEE LIMITATION
3.1 The liability of the Guarantor is limited to the assets of The Rocque Settlement from time to time held by it as trustee.
# 4. GOVERNING LAW
4.1 This Deed is governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
EXECUTED AS A DEED by SABLE TRUST COMPANY LIMITED as trustee of The Rocque Settlement, acting by two authorised signatories: Helen Le Brocq and Michael Vibert
EXECUTED AS A DEED by ST HELIER PRIVATE BANK LIMITED acting by its attorney Jonathan Renouf`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Sable Trust Company Limited", "St Helier Private Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-12",
      expiryDate: "2029-01-12",
      term: "3 years",
    },
  },
  {
    id: "v16-c-supply-riverina-nsw",
    format: "txt",
    source: `# SUPPLY AGREEMENT
1. Definitions
In this Agreement:
“Commencement Date” means 1 August 2026.
“Contract Period” means the period starting on the Commencement Date and ending on the second anniversary of the Commencement Date.
“Products” means the corrugated cartons and pallet wrap described in Schedule 1.
2. Supply
2.1 The Supplier will supply, and the Customer will buy, the Products in accordance with purchase orders issued under this Agreement.
2.2 The Supplier will deliver each order within five (5) Business Days of the purchase order.
3. Price and Payment
3.1 Prices are set out in Schedule 2 and will be reviewed every six (6) months.
3.2 The Customer will pay each invoice within thirty (30) days after the end of the month in which it is issued.
4. Warranty
4.1 The Supplier warrants that the Products will be free from defects for eighteen (18) months after delivery.
5. Duration
5.1 This Agreement begins on the Commencement Date and continues for the Contract Period.
5.2 At the end of the Contract Period this Agreement automatically continues for further periods of twelve (12) months each, unless either party gives the other at least three (3) months’ written notice of termination before the end of the Contract Period or the then-current further period.
6. Governing Law
6.1 This Agreement is governed by the laws of New South Wales and the parties submit to the non-exclusive jurisdiction of its courts.
Schedule 1 – Products
| Item | Description | Unit |
| CT-40 | Double-wall carton 400 x 300 x 300 mm | Bundle of 25 |
| PW-500 | Pre-stretch pallet wrap 500 mm | Roll |
Executed as an agreement.
SUPPLIER: Murrumbidgee Packaging Pty Ltd (ACN 612 334 908), signed by Sarah Nguyen, Director, and Tom Baxter, Director
CUSTOMER: Riverina Grain Co-operative Limited (ABN 41 087 554 210), signed by Liam O’Brien, Chief Executive Officer`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Murrumbidgee Packaging Pty Ltd", "Riverina Grain Co-operative Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-08-01",
      term: "2 years",
      renewal: "12 months",
    },
  },
];
