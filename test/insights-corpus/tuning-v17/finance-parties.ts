import type { UnseenDocument } from "../unseen/types";

/** Finance documents whose parties take work to find: several lenders and guarantors, trustees, borrowers guaranteed, banks in payment details. */
export const FINANCE_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-b-sg-facility-letter-rcf",
    format: "pdf",
    source: `STRAITS MERIDIAN BANK LTD.
(Company Registration No. 199804412K)
Corporate Banking, 8 Marina View, #27-01 Asia Square Tower 1, Singapore 018960
Date: 9 March 2026
Our Ref: CB/SME/2026/0388
PRIVATE & CONFIDENTIAL
The Board of Directors
Tan, Lim & Partners Engineering Pte. Ltd.
21 Tuas South Avenue 7, Singapore 637545
Attention: Mr Lim Wei Jie, Managing Director
Dear Sirs
# Revolving Credit Facility
We, Straits Meridian Bank Ltd. (the "Bank"), are pleased to offer you, Tan, Lim & Partners Engineering Pte. Ltd. (the "Borrower"), the following banking facility on the terms of this letter and our Standard Terms and Conditions for Banking Facilities.
1. Facility: a revolving credit facility of up to S$2,500,000.
2. Availability: the Facility shall be available for drawing for a period of twelve (12) months from the date of this letter, after which any undrawn amount shall be cancelled. The Facility is subject to annual review by the Bank and may, at the Bank's sole discretion, be renewed by a further letter.
3. Interest: 1.85% per annum above the Bank's cost of funds, payable monthly in arrear; each advance is repayable at the end of its interest period of one, three or six months.
4. Security: (a) a joint and several personal guarantee from Mr Lim Wei Jie and Mdm Tan Hui Min for S$2,500,000; and (b) a corporate guarantee from TLP Holdings Pte. Ltd. The guarantors will sign separate guarantees and are not parties to this letter.
5. Conditions precedent: receipt of certified board resolutions of the Borrower and a legal opinion from Rajah Chua LLP.
6. Governing law: this letter is governed by the laws of Singapore.
This offer will lapse if the duplicate of this letter is not signed and returned to us within 14 days of the date above.
Yours faithfully
For and on behalf of STRAITS MERIDIAN BANK LTD.
Goh Kian Seng, Senior Vice President, and Nur Aisyah binte Rahman, Relationship Manager
# Memorandum of Acceptance
We accept the Facility on the terms and conditions of this letter.
For and on behalf of TAN, LIM & PARTNERS ENGINEERING PTE. LTD.
Lim Wei Jie, Director, and Tan Hui Min, Director
Date: 16 March 2026`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Straits Meridian Bank Ltd.", "Tan, Lim & Partners Engineering Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-09",
      expiryDate: "2027-03-09",
      term: "12 months",
    },
  },
  {
    id: "v17-b-ew-deed-guarantee-two-guarantors",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE AND INDEMNITY
in respect of the obligations of Harcourt Blythe Joinery Limited
THIS DEED is dated 2 February 2026
PARTIES
(1) HARCOURT, BLYTHE AND SONS (HOLDINGS) LIMITED, incorporated and registered in England and Wales with company number 02288713, whose registered office is at Mill Yard, Skipton Road, Keighley BD20 6SD; and
(2) DR EMEKA CHUKWUMA OBI of The Old Rectory, Low Bradley, Keighley BD20 9DB,
(each a "Guarantor" and together the "Guarantors"); and
(3) NORTHGATE ASSET FINANCE PLC, incorporated and registered in England and Wales with company number 03390045, whose registered office is at 1 Wellington Place, Leeds LS1 4AP (the "Creditor").
BACKGROUND
(A) The Creditor has agreed to let on hire to Harcourt Blythe Joinery Limited (company number 08871120) (the "Customer") CNC machinery under a hire purchase agreement dated 30 January 2026 for a period of forty-eight (48) months (the "Finance Agreement").
(B) The Customer is not a party to this Deed. The Guarantors have agreed to guarantee the Customer's obligations under the Finance Agreement.
# 1. Guarantee and Indemnity
1.1 The Guarantors jointly and severally guarantee to the Creditor the punctual payment by the Customer of all sums due under the Finance Agreement, and undertake to pay any such sum within five (5) Business Days of written demand.
1.2 As a separate obligation, the Guarantors shall indemnify the Creditor against any loss it suffers if any obligation of the Customer is or becomes unenforceable.
===
# 2. Continuing Security
2.1 This guarantee is a continuing security and extends to the ultimate balance of sums payable by the Customer, regardless of any intermediate payment or discharge.
2.2 The liability of Dr Obi under this Deed is limited to £250,000 plus interest and enforcement costs.
# 3. Payments
3.1 All payments shall be made to the Creditor's account with HSBC UK Bank plc, sort code 40-11-62, without set-off or deduction.
# 4. Governing Law and Jurisdiction
4.1 This Deed and any non-contractual obligations arising out of it are governed by the law of England and Wales, and the courts of England have exclusive jurisdiction.
EXECUTED as a deed by HARCOURT, BLYTHE AND SONS (HOLDINGS) LIMITED acting by Jonathan Blythe, a director, in the presence of: Witness: Paula Greenwood, 4 Mill Yard, Keighley
SIGNED as a deed by DR EMEKA CHUKWUMA OBI in the presence of: Witness: Paula Greenwood
EXECUTED as a deed by NORTHGATE ASSET FINANCE PLC acting by its attorney, Kelvin Marsh, under a power of attorney dated 1 June 2024`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Harcourt, Blythe and Sons (Holdings) Limited", "Emeka Chukwuma Obi", "Northgate Asset Finance plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v17-b-ny-loan-agreement-by-and-among",
    format: "pdf",
    source: `# TERM LOAN AGREEMENT
This TERM LOAN AGREEMENT (this "Agreement") is made and entered into as of March 3, 2026 (the "Closing Date"), by and among AMHERST ROAD HOLDINGS, INC., a New York corporation ("Borrower"), PINECREST CAPITAL PARTNERS, LLC, a Delaware limited liability company, in its capacity as a lender and as administrative agent for the lenders (in such capacity, "Agent"), WEXFORD BAY CREDIT FUND II, L.P., a Cayman Islands exempted limited partnership, acting by its general partner, Wexford Bay GP Ltd., and O'NEILL, CHAN & ROSEN FAMILY OFFICE, LLC, a Connecticut limited liability company (each of Pinecrest Capital Partners, LLC, Wexford Bay Credit Fund II, L.P. and O'Neill, Chan & Rosen Family Office, LLC, a "Lender" and collectively, "Lenders").
# RECITALS
A. Borrower is the sole member of Amherst Road Operating LLC ("OpCo"). OpCo is not a party to this Agreement but will execute a separate Guaranty and Security Agreement in favor of Agent.
B. Borrower has requested that Lenders make a term loan in the aggregate principal amount of $18,000,000, and Lenders are willing to do so on the terms set forth herein.
# ARTICLE 1 — THE LOAN
1.1 Term. The term of the Loan shall be thirty-six (36) months from the Closing Date, and the entire outstanding principal, together with accrued interest, shall be due and payable on March 3, 2029 (the "Maturity Date").
1.2 Interest. The Loan shall bear interest at Term SOFR plus 6.25% per annum, payable monthly in arrears on the first Business Day of each month.
1.3 Prepayment. Borrower may not prepay the Loan during the first twelve (12) months after the Closing Date (the "Lock-Out Period"); thereafter Borrower may prepay on thirty (30) days' notice subject to a premium of 2%.
1.4 Funding. Each Lender shall fund its pro rata share to the account of Borrower at JPMorgan Chase Bank, N.A., ABA 021000021, on the Closing Date.
# ARTICLE 2 — COVENANTS
2.1 Borrower shall maintain a Fixed Charge Coverage Ratio of not less than 1.25:1.00, tested quarterly.
2.2 The confidentiality obligations in Section 9.12 survive for two (2) years after repayment in full.
# ARTICLE 3 — GOVERNING LAW
3.1 THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAWS OF THE STATE OF NEW YORK.
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as of the Closing Date.
AMHERST ROAD HOLDINGS, INC. By: Denise M. Kowalczyk, Chief Financial Officer
PINECREST CAPITAL PARTNERS, LLC, as Agent and a Lender By: Marcus T. Ellery, Managing Director
WEXFORD BAY CREDIT FUND II, L.P. By: Wexford Bay GP Ltd., its general partner By: Ian Cheung, Director
O'NEILL, CHAN & ROSEN FAMILY OFFICE, LLC By: Rebecca O'Neill, Manager`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Amherst Road Holdings, Inc.", "Pinecrest Capital Partners, LLC", "Wexford Bay Credit Fund II, L.P.", "O'Neill, Chan & Rosen Family Office, LLC"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "36 months",
    },
  },
  {
    id: "v17-b-guernsey-security-interest-cover",
    format: "pdf",
    pageFooters: true,
    source: `Dated the fourth day of May 2026
RAVENSWORTH TRUSTEES (GUERNSEY) LIMITED
as trustee of the Alder Trust
as Grantor
and
SARNIA PRIVATE BANK LIMITED
as Secured Party
# SECURITY INTEREST AGREEMENT
relating to shares in Alder Holdings Limited
===
THIS AGREEMENT is made on the date stated on the cover page
BETWEEN:
(1) RAVENSWORTH TRUSTEES (GUERNSEY) LIMITED, a company incorporated in Guernsey with registered number 40122, whose registered office is at Les Banques House, St Peter Port, Guernsey GY1 2HJ, in its capacity as trustee of the Alder Trust, a discretionary trust established by declaration dated 12 November 2009 (the "Grantor"); and
(2) SARNIA PRIVATE BANK LIMITED, a company incorporated in Guernsey with registered number 22981, whose registered office is at Glategny Esplanade, St Peter Port, Guernsey GY1 1WR (the "Secured Party").
# 1. Background
1.1 The Secured Party has made available to Alder Holdings Limited (the "Company"), a company incorporated in Guernsey with registered number 51037, a loan facility of £4,000,000 under a facility agreement dated 28 April 2026 (the "Facility Agreement").
1.2 The Grantor holds the entire issued share capital of the Company. Neither the Company nor the beneficiaries of the Alder Trust are parties to this Agreement.
# 2. Creation of Security Interest
2.1 The Grantor creates a security interest in favour of the Secured Party in the Collateral, being all shares in the Company and all dividends and rights derived from them, by way of the Secured Party having control of the Collateral under the Security Interests (Guernsey) Law, 1993.
2.2 The security interest secures the Secured Obligations, being all obligations of the Company under the Facility Agreement, which is repayable in full five years after first utilisation.
# 3. Trustee Limitation
3.1 The Grantor enters into this Agreement solely as trustee of the Alder Trust and its liability is limited to the trust assets.
# 4. Enforcement
4.1 The security interest becomes enforceable upon an Event of Default under the Facility Agreement, whereupon the Secured Party may serve notice of its intention to sell the Collateral, allowing fourteen (14) days to remedy.
# 5. Governing Law
5.1 This Agreement is governed by the laws of the Island of Guernsey.
| Signed for RAVENSWORTH TRUSTEES (GUERNSEY) LIMITED as trustee of the Alder Trust | by Colette Le Page, authorised signatory | and Martin Ozanne, authorised signatory |
| Signed for SARNIA PRIVATE BANK LIMITED | by Gavin Tostevin, director | |`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Ravensworth Trustees (Guernsey) Limited", "Sarnia Private Bank Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-05-04",
    },
  },
  {
    id: "v17-b-ontario-second-amending-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# SECOND AMENDING AGREEMENT
THIS SECOND AMENDING AGREEMENT is made as of the 15th day of April, 2026.
AMONG:
MAPLE RIDGE LOGISTICS INC., a corporation existing under the laws of the Province of Ontario
(the "Borrower")
- and -
MAPLE RIDGE FLEET HOLDINGS LTD. and 2487311 ONTARIO INC., each a corporation existing under the laws of the Province of Ontario
(collectively, the "Guarantors")
- and -
LAURENTIAN COMMERCIAL BANK OF CANADA, a Schedule I bank under the Bank Act (Canada)
(the "Lender")
RECITALS:
A. The Borrower, the Guarantors and the Lender are parties to a credit agreement dated as of June 30, 2023, as amended by a first amending agreement dated as of March 1, 2024 (as so amended, the "Credit Agreement"), providing a revolving facility maturing on June 30, 2028.
B. Georgian Bay Equipment Finance Corp., formerly a lender under the Credit Agreement, assigned all of its commitment to the Lender on January 15, 2025 and is not a party to this agreement.
C. The parties wish to amend the Credit Agreement as provided in this agreement.
===
1. Amendment Effective Date. In this agreement, "Amendment Effective Date" means April 20, 2026, provided the conditions in section 4 have been satisfied.
2. Amendments. With effect on the Amendment Effective Date, the Credit Agreement is amended by (a) increasing the Revolving Commitment from $15,000,000 to $20,000,000; and (b) reducing the Applicable Margin for Prime Rate Loans from 1.50% to 1.25%.
3. No other changes. The Maturity Date and all other terms of the Credit Agreement remain unchanged and in full force and effect.
4. Conditions. The Lender shall have received an amendment fee of $25,000 and an officer's certificate of each of the Borrower and the Guarantors.
5. Confirmation of Guarantees. Each Guarantor confirms that its guarantee dated June 30, 2023 continues to apply to the Credit Agreement as amended.
6. Governing Law. This agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
MAPLE RIDGE LOGISTICS INC. Per: Anjali R. Menon, CFO — I have authority to bind the corporation
MAPLE RIDGE FLEET HOLDINGS LTD. Per: Anjali R. Menon, Secretary
2487311 ONTARIO INC. Per: Gordon W. Fairbairn, President
LAURENTIAN COMMERCIAL BANK OF CANADA Per: Élise Tremblay, Director, Commercial Banking`,
    truth: {
      title: "Second Amending Agreement",
      documentType: "Amendment",
      parties: ["Maple Ridge Logistics Inc.", "Maple Ridge Fleet Holdings Ltd.", "2487311 Ontario Inc.", "Laurentian Commercial Bank of Canada"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-20",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v17-b-india-share-subscription-promoters",
    format: "docx",
    source: `# SHARE SUBSCRIPTION AGREEMENT
This Share Subscription Agreement (the "Agreement") is executed at Mumbai on this 20th day of April, 2026
BY AND AMONGST
MONSOON PEAK CAPITAL LLP, a limited liability partnership incorporated under the Limited Liability Partnership Act, 2008, having LLPIN AAT-4419 and its registered office at 901, Maker Chambers VI, Nariman Point, Mumbai 400 021, acting through its designated partner Mr. Vikram S. Rao (hereinafter referred to as the "Investor", which expression shall, unless repugnant to the context or meaning thereof, be deemed to mean and include its partners for the time being and permitted assigns) of the FIRST PART;
AND
SAHYADRI AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U01100PN2019PTC184562 and its registered office at Survey No. 42, Hinjewadi Phase II, Pune 411 057 (hereinafter referred to as the "Company", which expression shall include its successors and permitted assigns) of the SECOND PART;
AND
MR. ANIL K. DESHPANDE, son of Mr. Keshav Deshpande, aged about 46 years, residing at B-12, Prabhat Road, Pune 411 004 (hereinafter referred to as "Promoter 1") of the THIRD PART;
AND
MRS. SUNITA A. DESHPANDE, wife of Mr. Anil K. Deshpande, aged about 43 years, residing at B-12, Prabhat Road, Pune 411 004 (hereinafter referred to as "Promoter 2", and together with Promoter 1, the "Promoters") of the FOURTH PART.
(The Investor, the Company and the Promoters are individually referred to as a "Party" and collectively as the "Parties".)
WHEREAS Western Ghats Seed Fund, an existing shareholder of the Company holding 8% of its share capital, has waived its pre-emptive rights by letter dated 2 April 2026 and is not a Party to this Agreement.
1. Subscription. The Investor shall subscribe for 1,25,000 Series A compulsorily convertible preference shares of the Company at INR 800 each, aggregating INR 10,00,00,000, on the Closing Date.
2. Long Stop Date. If the Closing Date has not occurred within sixty (60) days of the date of this Agreement, either the Investor or the Company may terminate this Agreement by written notice.
3. Lock-in. The Promoters shall not transfer any equity shares of the Company for a period of three (3) years from the Closing Date without the prior written consent of the Investor.
4. Non-compete. Each Promoter shall not engage in a competing business for so long as he or she holds shares and for eighteen (18) months thereafter.
5. Subscription monies shall be remitted to the Company's account with HDFC Bank Limited, Baner branch, Pune.
6. Governing Law. This Agreement shall be governed by the laws of India and the courts at Mumbai shall have exclusive jurisdiction, subject to arbitration under clause 14.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day and year first above written.
For Monsoon Peak Capital LLP: Vikram S. Rao, Designated Partner
For Sahyadri Agritech Private Limited: Anil K. Deshpande, Managing Director
Anil K. Deshpande
Sunita A. Deshpande`,
    truth: {
      title: "Share Subscription Agreement",
      documentType: "Share subscription agreement",
      parties: ["Monsoon Peak Capital LLP", "Sahyadri Agritech Private Limited", "Anil K. Deshpande", "Sunita A. Deshpande"],
      governingLaw: "India",
      effectiveDate: "2026-04-20",
    },
  },
  {
    id: "v17-b-kenya-audit-engagement-letter",
    format: "txt",
    source: `MWANGI, OTIENO & ASSOCIATES
Certified Public Accountants (Kenya)
Upper Hill Chambers, 4th Floor, Ngong Road, P.O. Box 40127-00100, Nairobi
14 May 2026
Our ref: MOA/AUD/RVD/26
Mr David Kiprop
Finance Director
Rift Valley Dairies (Kenya) Limited
Kampala Road, Industrial Area, P.O. Box 1783-20100, Nakuru
Dear Mr Kiprop
# Terms of Engagement
Statutory audit for the year ending 31 December 2026
1. You have asked us to audit the financial statements of Rift Valley Dairies (Kenya) Limited (the "Company") for the year ending 31 December 2026. This letter confirms our acceptance and the terms on which Mwangi, Otieno & Associates will act. Our engagement does not extend to the Company's parent, Highlands Milk Holdings Limited, or to its Ugandan subsidiary.
2. We will conduct our audit in accordance with International Standards on Auditing and report to the members of the Company as required by the Companies Act, 2015.
3. Our fees are estimated at KES 2,400,000 plus VAT, billed in three instalments and payable within 30 days of invoice to our account at Kenya Commercial Bank Limited, Moi Avenue branch.
4. The partner responsible for the audit will be CPA Grace Wanjiru Mwangi; our previous auditors' clearance letter from Kamau & Njoroge LLP dated 3 April 2026 has been received.
5. This letter will continue in force for each subsequent financial year until terminated by either of us on three (3) months' written notice.
6. Our working papers will be retained for seven (7) years after the audit report is signed.
7. This engagement is governed by the laws of Kenya.
Please sign and return the attached copy of this letter to indicate that it is in accordance with your understanding.
Yours sincerely
Grace Wanjiru Mwangi
Partner, for Mwangi, Otieno & Associates
Acknowledged on behalf of Rift Valley Dairies (Kenya) Limited:
David Kiprop, Finance Director
Date: 21 May 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Mwangi, Otieno & Associates", "Rift Valley Dairies (Kenya) Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-05-14",
      term: "Until terminated",
    },
  },
  {
    id: "v17-b-difc-standstill-schedule-creditors",
    format: "txt",
    source: `# STANDSTILL AGREEMENT
THIS AGREEMENT is made on 28 April 2026
BETWEEN:
(1) FALCON REEF SHIPPING LLC, a limited liability company registered in Dubai with commercial licence number 771204, whose office is at Jumeirah Lake Towers, Cluster T, Dubai (the "Company"); and
(2) THE FINANCIAL INSTITUTIONS listed in Schedule 1 (The Creditors) (each a "Creditor" and together the "Creditors").
BACKGROUND
(A) The Company owes the Creditors sums under the facility agreements listed in Schedule 2 (the "Existing Facilities"), which are guaranteed by Falcon Reef Holdings Limited, the Company's parent. Falcon Reef Holdings Limited is not a party to this Agreement.
(B) The Company has proposed a restructuring of the Existing Facilities and has asked the Creditors to refrain from enforcement while it is negotiated.
1. DEFINITIONS
"Effective Date" means 1 May 2026.
"Standstill Period" means the period from and including 1 May 2026 to and including 31 July 2026.
2. STANDSTILL
2.1 During the Standstill Period no Creditor shall accelerate, demand payment of, or take enforcement action in respect of the Existing Facilities.
2.2 The Company shall deliver a restructuring proposal to the Creditors within forty-five (45) days of the Effective Date and shall pay interest (but not principal) on the Existing Facilities as it falls due.
2.3 The Existing Facilities, whose final maturity dates fall in 2027 and 2028, are not otherwise amended.
3. TERMINATION
3.1 This Agreement ends on the last day of the Standstill Period, or earlier if Creditors holding 66.67% of the outstanding amounts so notify the Company following a Termination Event.
4. GOVERNING LAW
4.1 This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
SCHEDULE 1 — THE CREDITORS
| Creditor | Registered office | Outstanding (USD) |
| Gulf Horizon Bank PJSC | Sheikh Zayed Road, Dubai | 42,500,000 |
| Crescent & Dhow Trade Finance Limited | Gate Village 3, DIFC, Dubai | 17,200,000 |
| Marina Capital Partners (DIFC) Ltd | Index Tower, DIFC, Dubai | 9,800,000 |
SCHEDULE 2 — THE EXISTING FACILITIES
| Facility | Date | Lender |
| USD 50,000,000 term facility | 12 September 2022 | Gulf Horizon Bank PJSC and Crescent & Dhow Trade Finance Limited |
| USD 15,000,000 working capital facility | 3 March 2024 | Marina Capital Partners (DIFC) Ltd |
SIGNATURES
Falcon Reef Shipping LLC, by Rashid Al Mansoori, General Manager
Gulf Horizon Bank PJSC, by Priya Nair and Omar Haddad, authorised signatories
Crescent & Dhow Trade Finance Limited, by James Whitcombe, director
Marina Capital Partners (DIFC) Ltd, by Leila Farouk, director`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Falcon Reef Shipping LLC", "Gulf Horizon Bank PJSC", "Crescent & Dhow Trade Finance Limited", "Marina Capital Partners (DIFC) Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-07-31",
      term: "3 months",
    },
  },
];
