import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20, finance: facility and loan agreements, a facility letter, a guarantee, security, a subordination deed and amendments. */
export const FINANCE_V20: UnseenDocument[] = [
  {
    id: "v20-finance-ny-credit-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# CREDIT AGREEMENT
Dated as of March 3, 2026
among
HUDSON VALLEY COLD STORAGE, LLC, as Borrower,
THE LENDERS NAMED HEREIN,
and
LAKE ERIE TRUST COMPANY, as Administrative Agent
===
This CREDIT AGREEMENT (this "Agreement") is made and entered into as of March 3, 2026, by and among HUDSON VALLEY COLD STORAGE, LLC, a Delaware limited liability company (the "Borrower"), KEYSTONE MIDWEST CAPITAL PARTNERS FUND II, L.P., a Delaware limited partnership acting by its general partner, Keystone Midwest GP, LLC ("Keystone"), FIRST SENECA BANK, NATIONAL ASSOCIATION, a national banking association ("Seneca" and, together with Keystone, the "Lenders" and each a "Lender"), and LAKE ERIE TRUST COMPANY, a New York trust company, as administrative agent for the Lenders (in such capacity, the "Administrative Agent").
# RECITALS
The Borrower has requested that the Lenders extend credit to it in the form of a revolving credit facility in an aggregate principal amount not to exceed $40,000,000, the proceeds of which will be used to refinance the Borrower's existing indebtedness to Mohawk Commercial Credit Corp. and for working capital purposes.
The obligations of the Borrower hereunder will be guaranteed by its sole member, Hudson Valley Holdings, Inc., pursuant to a Guaranty dated as of the date hereof.
# ARTICLE I DEFINITIONS
"Effective Date" means the date first written above.
"Revolving Termination Date" means the third (3rd) anniversary of the Effective Date, or such earlier date on which the Commitments terminate pursuant to Section 8.02.
"Interest Period" means, for each SOFR Loan, a period of one, three or six months, as selected by the Borrower in its Borrowing Request.
# ARTICLE II THE COMMITMENTS
Section 2.01 Commitments. Subject to the terms and conditions hereof, each Lender severally agrees to make revolving loans to the Borrower from time to time during the term of this Agreement, which shall be three (3) years from the Effective Date, ending on the Revolving Termination Date.
Section 2.02 Borrowing Requests. Each Borrowing Request shall be delivered to the Administrative Agent not later than 11:00 a.m., New York City time, three (3) Business Days before the proposed date of borrowing.
Section 2.06 Extension Option. The Borrower may, by notice given not earlier than ninety (90) days and not later than thirty (30) days before the first anniversary of the Effective Date, request that the Revolving Termination Date be extended by one (1) year. No extension shall take effect without the prior written consent of each Lender, which each Lender may give or withhold in its sole discretion.
Section 2.09 Fees. The Borrower shall pay to the Administrative Agent, for the account of each Lender, a commitment fee of 0.35% per annum on the daily unused amount of such Lender's Commitment, payable quarterly in arrears.
===
Section 9.08 Governing Law. This Agreement and any claim or controversy arising hereunder shall be governed by, and construed in accordance with, the law of the State of New York.
Section 9.11 Survival. Sections 2.12 (Taxes) and 9.04 (Expenses; Indemnity) shall survive for a period of two (2) years after the repayment of the Loans and the termination of the Commitments.
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by their respective authorized officers as of the day and year first above written.
HUDSON VALLEY COLD STORAGE, LLC, By: Margaret L. Okonkwo-Reyes, Chief Financial Officer
KEYSTONE MIDWEST CAPITAL PARTNERS FUND II, L.P., By: Keystone Midwest GP, LLC, its general partner, By: Daniel P. Whitcombe, Managing Director
FIRST SENECA BANK, NATIONAL ASSOCIATION, By: Aaron J. Feldstein, Senior Vice President
LAKE ERIE TRUST COMPANY, as Administrative Agent, By: Theresa Nguyen, Vice President`,
    truth: {
      title: "Credit Agreement",
      documentType: "Facility agreement",
      parties: ["Hudson Valley Cold Storage, LLC", "Keystone Midwest Capital Partners Fund II, L.P.", "First Seneca Bank, National Association", "Lake Erie Trust Company"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "3 years",
    },
  },
  {
    id: "v20-finance-hk-facility-letter",
    format: "docx",
    storedPageCount: 2,
    source: `HARBOURFRONT COMMERCIAL BANK LIMITED
Corporate Banking Division, 28/F Harbourfront Tower, 88 Connaught Road Central, Hong Kong
Our Ref: CBD/LC/2026/0147
18 February 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Lam & Chow Trading Company Limited
Unit 1203, 12/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories
Attention: Mr. Lam Wing Kei, Managing Director
Dear Sirs,
# FACILITY LETTER
We, Harbourfront Commercial Bank Limited (the "Bank"), are pleased to offer Lam & Chow Trading Company Limited (the "Borrower") the banking facility described below, on the terms of this letter and the Bank's Standard Terms and Conditions for Corporate Facilities. This letter supersedes our facility letter to you dated 9 March 2024, which is cancelled with effect from the date of this letter.
| Facility | Revolving loan facility |
| Limit | HK$20,000,000 |
| Purpose | General working capital of the Borrower |
| Availability | The Facility is available for a period of twelve (12) months from the date of this letter, after which it will be cancelled unless the Bank, in its absolute discretion, agrees in writing to renew it. |
| Drawings | Each loan shall have a tenor of one, two or three months and shall be repaid on the last day of its tenor. Drawings may be requested on three Business Days' notice. |
| Interest | 1.75% per annum over HIBOR for the relevant tenor, payable at the end of each tenor |
| Arrangement fee | HK$60,000, payable on acceptance of this letter |
| Security | (a) a personal guarantee from Mr. Lam Wing Kei for HK$20,000,000; (b) a corporate guarantee from Lam & Chow Holdings Limited; (c) a charge over deposits held in account no. 012-345678-001 with the Bank |
Notwithstanding anything in this letter, the Facility is subject to the Bank's overriding right to demand repayment of all amounts outstanding at any time.
===
This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Please confirm your acceptance by signing and returning the duplicate of this letter within thirty (30) days of its date, failing which this offer will lapse.
Yours faithfully,
For and on behalf of Harbourfront Commercial Bank Limited
Vivian Cheung, Director, Corporate Banking
Kenneth Ho, Associate Director, Corporate Banking
# ACCEPTANCE
We accept the Facility on the terms and conditions set out above.
For and on behalf of Lam & Chow Trading Company Limited
Lam Wing Kei, Director
Chow Mei Ling, Director
Date: 2 March 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Harbourfront Commercial Bank Limited", "Lam & Chow Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-18",
      expiryDate: "2027-02-18",
      term: "12 months",
    },
  },
  {
    id: "v20-finance-scottish-guarantee",
    format: "pdf",
    source: `# GUARANTEE AND INDEMNITY
by
ALASDAIR RUARIDH MACLEOD and CATRIONA MAIRI MACLEOD, spouses, both residing together at Tigh na Mara, 4 Shore Road, Ullapool IV26 2UR (together the "Guarantors" and each a "Guarantor")
in favour of
CLYDESIDE AND NORTHERN BANK PLC, incorporated in Scotland (registered number SC004417) and having its registered office at 40 St Vincent Place, Glasgow G1 2HL (the "Bank")
in respect of the obligations of MACLEOD & MUNRO (FISHING) LIMITED (registered number SC512209) (the "Debtor")
===
1. Guarantee. In consideration of the Bank granting or continuing banking facilities to the Debtor, the Guarantors jointly and severally guarantee to the Bank the payment on demand of all sums now or at any time due by the Debtor to the Bank, and undertake to indemnify the Bank against any loss arising from any failure by the Debtor to make such payment.
2. Limit. The liability of the Guarantors under this Guarantee shall not exceed £250,000 together with interest from the date of demand.
3. Demand. Any demand shall be made in writing, and each Guarantor shall pay within seven days of the demand being made.
4. Continuing security. This Guarantee is a continuing security and shall remain in force until terminated. Either Guarantor may terminate his or her liability for future advances by giving not less than three months' written notice to the Bank, but shall remain liable for all sums due at the expiry of that notice.
5. Preservation of rights. The Bank may, without discharging the Guarantors, grant time or indulgence to the Debtor, or vary, release or renew any facility or security. No payment to the Bank shall be treated as final until it has been held for a period of two years without challenge.
6. Independent advice. Each Guarantor confirms that he or she has been advised to take independent legal advice and has done so from Messrs Sutherland & Gunn, Solicitors, Dingwall.
7. Law. This Guarantee shall be governed by and construed in accordance with the Law of Scotland, and the Guarantors prorogate the non-exclusive jurisdiction of the Scottish Courts.
8. Consent to registration. The Guarantors consent to the registration of this Guarantee and of any certificate issued under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed by the Guarantors at Inverness on the fourteenth day of April Two thousand and twenty-six in the presence of the undernoted witness:
| ALASDAIR RUARIDH MACLEOD | Guarantor |
| CATRIONA MAIRI MACLEOD | Guarantor |
| Morag Anne Sutherland | Witness, Solicitor, 11 Academy Street, Inverness IV1 1LX |`,
    truth: {
      title: "Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Alasdair Ruaridh MacLeod", "Catriona Mairi MacLeod", "Clydeside and Northern Bank plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-14",
      term: "Until terminated",
    },
  },
  {
    id: "v20-finance-nz-general-security",
    format: "txt",
    source: `# GENERAL SECURITY AGREEMENT
# Details
| Date | 9 March 2026 |
| Grantor | Kōwhai Orchards Trustee Limited (company number 8123456), of 17 Māhoe Street, Hastings 4120 |
| Capacity | The Grantor enters into this agreement in its own right and as trustee of the Kōwhai Family Trust established by deed dated 14 August 2011 |
| Secured Party | Te Awa Rural Finance Limited (company number 6543210), of Level 2, 101 Queen Street East, Hastings 4122 |
| Borrower | Hinemoa Orchard Holdings Limited (company number 7011223), which is not a party to this agreement |
| Secured Money | All money that the Borrower owes to the Secured Party under the Loan Agreement, and all money that the Grantor owes to the Secured Party under this agreement |
| Loan Agreement | The loan agreement dated 2 February 2026 between the Secured Party and the Borrower, under which the Secured Party advances NZ$3,200,000 to the Borrower for a term of five years |
# Agreed terms
1. Security interest. The Grantor grants to the Secured Party a security interest in all of its present and after-acquired property, including all property it holds as trustee of the Kōwhai Family Trust (the Collateral), to secure payment of the Secured Money.
2. Registration. The Secured Party may register a financing statement on the Personal Property Securities Register. The Grantor waives its right to receive a copy of any verification statement.
3. Trust. The Grantor warrants that it is the sole trustee of the Kōwhai Family Trust, that it has power under the trust deed to enter into this agreement, and that no beneficiary of the trust, including Ngaire Rose Whitcombe and Tama Whitcombe, has any interest in the Collateral ranking ahead of the Secured Party.
4. Insurance. The Grantor must keep the Collateral insured for its full replacement value and must give the Secured Party a copy of each policy within 10 working days of a request.
5. Enforcement. If an event of default occurs under the Loan Agreement and continues for 5 working days, the Secured Party may enforce this security and appoint a receiver of all or any of the Collateral.
6. Release. When the Secured Money has been paid in full, the Secured Party must, at the Grantor's request and cost, release this security and register a financing change statement within 20 working days.
7. Governing law. This agreement is governed by the laws of New Zealand, and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
# Signing
| Signed by Kōwhai Orchards Trustee Limited as Grantor by its directors | Ngaire Rose Whitcombe, Director | Hemi Parata, Director |
| Signed by Te Awa Rural Finance Limited as Secured Party by its authorised signatory | Sarah-Jane O'Driscoll, Credit Manager | |`,
    truth: {
      title: "General Security Agreement",
      documentType: "Security agreement",
      parties: ["Kōwhai Orchards Trustee Limited", "Te Awa Rural Finance Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v20-finance-jersey-deed-of-amendment",
    format: "docx",
    source: `DATED 20 January 2026
(1) ST. AUBIN PROPERTY HOLDINGS (NO. 2) LIMITED as Borrower
(2) BAILIWICK TRUST BANK (JERSEY) LIMITED as Lender
(3) ROZEL CAPITAL MANAGEMENT LIMITED as Guarantor
# DEED OF AMENDMENT
relating to a Term Loan Facility Agreement dated 12 June 2023
Le Marquand Falle, Advocates and Solicitors, 7 Hill Street, St Helier, Jersey JE2 4UA
===
THIS DEED OF AMENDMENT is dated 20 January 2026 and is made BETWEEN:
(1) ST. AUBIN PROPERTY HOLDINGS (NO. 2) LIMITED, a company incorporated in Jersey with registered number 118342, whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Borrower");
(2) BAILIWICK TRUST BANK (JERSEY) LIMITED, a company incorporated in Jersey with registered number 2207, whose registered office is at 1 Mulcaster Street, St Helier, Jersey JE4 8PX (the "Lender"); and
(3) ROZEL CAPITAL MANAGEMENT LIMITED, a company incorporated in Jersey with registered number 99021, in its capacity as manager of the St. Aubin Property Fund (the "Guarantor").
# BACKGROUND
(A) Under a term loan facility agreement dated 12 June 2023 between the Borrower and the Lender (the "Facility Agreement"), the Lender made available to the Borrower a term loan facility of £14,500,000 for a term of three years from the date of the Facility Agreement.
(B) The Guarantor guaranteed the obligations of the Borrower under a guarantee dated 12 June 2023 (the "Guarantee"). St. Aubin Property Holdings (No. 1) Limited, an original borrower under the Facility Agreement, ceased to be a party to it on 30 September 2024.
(C) The parties have agreed to extend the term of the Facility Agreement and to amend the Margin on the terms of this Deed.
# OPERATIVE PROVISIONS
1. Definitions. In this Deed, "Effective Date" means 1 February 2026, and terms defined in the Facility Agreement have the same meaning when used in this Deed.
2. Amendments. With effect from the Effective Date: (a) the definition of "Termination Date" in clause 1.1 of the Facility Agreement is deleted and replaced with: "Termination Date" means 12 June 2028; and (b) in the definition of "Margin", "2.75 per cent. per annum" is replaced with "3.10 per cent. per annum".
3. Extension fee. The Borrower shall pay to the Lender an extension fee of £72,500 within ten Business Days after the Effective Date.
4. Guarantor confirmation. The Guarantor confirms that the Guarantee extends to the obligations of the Borrower under the Facility Agreement as amended by this Deed.
5. Continuation. Save as amended by this Deed, the Facility Agreement remains in full force and effect.
6. Governing law. Although the Facility Agreement is governed by the laws of England and Wales, this Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Island of Jersey.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date stated at the beginning of this Deed.
| Executed as a deed by ST. AUBIN PROPERTY HOLDINGS (NO. 2) LIMITED acting by two directors | Philippe Le Cornu, Director | Anne-Marie Renouf, Director |
| Executed as a deed by BAILIWICK TRUST BANK (JERSEY) LIMITED acting by its authorised signatories | Graham Vibert | Sophie Ahier |
| Executed as a deed by ROZEL CAPITAL MANAGEMENT LIMITED acting by a director in the presence of a witness | Jonathan de Gruchy, Director | Witness: Emma Falle |`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["St. Aubin Property Holdings (No. 2) Limited", "Bailiwick Trust Bank (Jersey) Limited", "Rozel Capital Management Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
      expiryDate: "2028-06-12",
      amends: "Term Loan Facility Agreement",
    },
  },
  {
    id: "v20-finance-india-loan-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# LOAN AGREEMENT
This Loan Agreement (this "Agreement") is executed at Mumbai on this 5th day of January, 2026
BY AND BETWEEN
NIRMAL FINVEST PRIVATE LIMITED, a non-banking financial company incorporated under the Companies Act, 2013, bearing CIN U65923MH2015PTC262341, having its registered office at 4th Floor, Dalal Chambers, Nariman Point, Mumbai 400 021, acting through its authorised signatory Ms. Priya Deshmukh (hereinafter referred to as the "Lender", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and assigns) of the FIRST PART;
AND
MR. RAJESH KUMAR IYER, son of Mr. K. Subramaniam Iyer, aged about 46 years, residing at Flat 702, Sea Breeze Apartments, Carter Road, Bandra (West), Mumbai 400 050 (hereinafter referred to as the "Borrower", which expression shall include his heirs, executors and administrators) of the SECOND PART;
AND
IYER & SONS, a partnership firm registered under the Indian Partnership Act, 1932, having its principal place of business at Shop No. 3, Linking Road, Santacruz (West), Mumbai 400 054, acting through its managing partner Mr. Rajesh Kumar Iyer (hereinafter referred to as the "Co-Borrower") of the THIRD PART.
The Borrower and the Co-Borrower are hereinafter jointly referred to as the "Borrowers", and the Lender and the Borrowers are each referred to as a "Party".
WHEREAS the Borrowers have requested the Lender to grant a term loan of Rs. 1,50,00,000 (Rupees One Crore Fifty Lakh only) (the "Loan") for the expansion of the business of the Co-Borrower, and the Lender has agreed to do so on the terms set out below.
===
# 1. DEFINITIONS
"Commencement Date" means 15 January 2026, being the date on which the Loan is disbursed to the current account of the Co-Borrower with Konkan Mercantile Co-operative Bank Ltd., Santacruz branch.
"Tenure" means a period of thirty-six (36) months commencing on the Commencement Date.
# 2. INTEREST AND REPAYMENT
2.1 The Loan shall carry interest at the rate of 14.5% per annum, computed on the reducing balance.
2.2 The Borrowers shall repay the Loan with interest in thirty-six (36) equated monthly instalments of Rs. 5,16,300 each, payable on the 5th day of every month, the first instalment falling due on 5 February 2026.
2.3 The Borrowers shall not prepay the Loan during a lock-in period of twelve (12) months from the Commencement Date. Any prepayment thereafter shall attract a charge of 2% of the amount prepaid.
# 3. SECURITY
3.1 The Loan shall be secured by an equitable mortgage over the Borrower's flat described above and by a personal guarantee of Mrs. Lakshmi Rajesh Iyer, to be executed on or before the Commencement Date.
# 4. EVENTS OF DEFAULT
4.1 If any instalment remains unpaid for a period of fifteen (15) days after its due date, the Lender may, by notice in writing, recall the entire outstanding Loan.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Mumbai shall have exclusive jurisdiction.
===
IN WITNESS WHEREOF the Parties have set their hands on the day, month and year first above written.
| For NIRMAL FINVEST PRIVATE LIMITED | Priya Deshmukh, Authorised Signatory |
| RAJESH KUMAR IYER | Borrower |
| For IYER & SONS | Rajesh Kumar Iyer, Managing Partner |
| Witnesses | 1. Suresh Nadkarni, Mumbai; 2. Farhan Ali Merchant, Mumbai |`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Nirmal Finvest Private Limited", "Rajesh Kumar Iyer", "Iyer & Sons"],
      governingLaw: "India",
      effectiveDate: "2026-01-15",
      expiryDate: "2029-01-14",
      term: "36 months",
    },
  },
  {
    id: "v20-finance-difc-amendment-letter",
    format: "txt",
    source: `AL NOOR AGENCY SERVICES (DIFC) LIMITED
Unit 402, Level 4, Precinct Building 5, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
To: Sahara Logistics Holdings Ltd, Level 15, Gate Village Building 3, Dubai International Financial Centre, Dubai
Attention: Chief Financial Officer
From: Al Noor Agency Services (DIFC) Limited, as Agent
Date: 11 June 2026
Dear Sirs,
# Amendment Letter
1. We refer to the Term Facility Agreement dated 14 May 2024 between, among others, you as borrower, Emirates Crescent Bank PJSC and Oasis Commercial Bank P.S.C. as original lenders and us as agent (the "Agreement"). Terms defined in the Agreement have the same meaning in this letter.
2. We write as Agent, acting on the instructions of the Majority Lenders, to agree the amendment below. Sahara Freight FZE, as Original Guarantor, has confirmed separately by its letter dated 4 June 2026 that its guarantee extends to the Agreement as amended by this letter.
3. With effect from the date of this letter, in clause 24.2 (Leverage) of the Agreement, the ratio "3.50:1" is replaced by "4.00:1" for the Relevant Periods ending on 30 June 2026 and 31 December 2026 only.
4. You shall pay us, for the account of each Lender, an amendment fee of 0.10 per cent. of its Commitment within five Business Days of the date of this letter.
5. This letter does not extend or otherwise change the Termination Date, which remains 14 May 2029 (being the date falling five years after the date of the Agreement), or any other provision of the Agreement. The Agreement continues in full force and effect as amended by this letter.
6. This letter is a Finance Document. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the courts of the Dubai International Financial Centre have exclusive jurisdiction.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully,
Khalid Al Mansoori, Director, for and on behalf of Al Noor Agency Services (DIFC) Limited, as Agent
We agree to the terms of this letter.
Fatima Rahimi, Chief Financial Officer, for and on behalf of Sahara Logistics Holdings Ltd
Date: 16 June 2026`,
    truth: {
      title: "Amendment Letter",
      documentType: "Amendment",
      parties: ["Al Noor Agency Services (DIFC) Limited", "Sahara Logistics Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-11",
      amends: "Term Facility Agreement",
    },
  },
  {
    id: "v20-finance-singapore-subordination-deed",
    format: "pdf",
    pdfMargin: 90,
    source: `# DEED OF SUBORDINATION
THIS DEED is made on the 6th day of May 2026.
The parties to this Deed are the persons who have executed it on the execution pages at the end of this Deed, each in the capacity stated there.
# RECITALS
(A) Under a facility agreement dated 2 May 2026 (the "Senior Facility Agreement"), the Senior Creditor has made available to the Company a term loan facility of S$8,500,000, to be repaid in full on 2 May 2031.
(B) The Junior Creditors have made shareholder loans to the Company, and it is a condition of the Senior Facility Agreement that those loans be subordinated to the Senior Debt on the terms of this Deed.
# 1. INTERPRETATION
In this Deed: "Company" means the person executing this Deed as the Company; "Junior Creditors" means the persons executing this Deed as Junior Creditors; "Senior Creditor" means the person executing this Deed as the Senior Creditor; "Senior Debt" means all money owing by the Company under the Senior Facility Agreement; "Junior Debt" means all money owing by the Company to either Junior Creditor; and "Senior Discharge Date" means the date on which the Senior Creditor confirms in writing that the Senior Debt has been irrevocably paid in full.
# 2. SUBORDINATION
2.1 Until the Senior Discharge Date, the Junior Debt is subordinated to the Senior Debt, and the Company shall not pay, and no Junior Creditor shall demand or receive, any amount of the Junior Debt except as permitted by clause 2.2.
2.2 The Company may pay interest on the Junior Debt at a rate not exceeding 5 per cent. per annum, not more than once in any period of six months, if no default is continuing under the Senior Facility Agreement.
2.3 Nothing in this Deed applies to any amount owed to a Junior Creditor by Orchid Bay Shipyard Sdn. Bhd., a subsidiary of the Company incorporated in Malaysia.
# 3. TURNOVER AND STANDSTILL
3.1 Any amount of the Junior Debt received by a Junior Creditor in breach of this Deed shall be held on trust for the Senior Creditor and paid to it within five Business Days of receipt.
3.2 No Junior Creditor shall take any enforcement action in respect of the Junior Debt until a standstill period of 180 days has elapsed after it has given notice to the Senior Creditor.
# 4. GOVERNING LAW
This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Republic of Singapore.
===
# EXECUTION PAGES
EXECUTED AND DELIVERED AS A DEED by ORCHID BAY MARINE SERVICES PTE. LTD. (UEN 201512345K) as the Company, acting by Tan Wei Ming, Director, and Lim Soo Ling, Company Secretary
EXECUTED AND DELIVERED AS A DEED by TAN KAH HOCK HOLDINGS PTE. LTD. (UEN 200907788M) as a Junior Creditor, acting by Tan Kah Hock, Director, and Tan Wei Ming, Director
SIGNED, SEALED AND DELIVERED by MR. TAN KAH HOCK (NRIC No. S5812345C) as a Junior Creditor, in the presence of Ong Bee Choo, Advocate & Solicitor, as witness
EXECUTED AND DELIVERED AS A DEED by STRAITS MERCANTILE BANK BERHAD, acting through its Singapore branch, as the Senior Creditor, by its duly appointed attorney Rahman bin Yusof under a power of attorney dated 2 January 2026`,
    truth: {
      title: "Deed of Subordination",
      documentType: "Deed",
      parties: ["Orchid Bay Marine Services Pte. Ltd.", "Tan Kah Hock Holdings Pte. Ltd.", "Tan Kah Hock", "Straits Mercantile Bank Berhad"],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-06",
    },
  },
];
