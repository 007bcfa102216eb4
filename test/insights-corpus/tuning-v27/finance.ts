import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: finance — loan and facility agreements, facility letters, guarantees, security documents and amendments from many jurisdictions. */
export const FINANCE_V27: UnseenDocument[] = [
  {
    id: "v27-finance-irish-term-revolving-facilities",
    format: "pdf",
    pageFooters: true,
    source: `Dated 14 April 2026
# TERM AND REVOLVING FACILITIES AGREEMENT
LIFFEY VALLEY FOODS DESIGNATED ACTIVITY COMPANY as Borrower
CORRIB COMMERCIAL BANK P.L.C. as Arranger and Agent
CORRIB COMMERCIAL BANK P.L.C. and SHANNON ESTUARY BANK DAC as Original Lenders
€18,000,000 term facility and €6,000,000 revolving credit facility
Hennessy Lyons LLP, Solicitors, 40 Merrion Square, Dublin 2
===
THIS AGREEMENT is dated 14 April 2026 and made BETWEEN:
(1) LIFFEY VALLEY FOODS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 612457 and having its registered office at Unit 7, Grange Castle Business Park, Clondalkin, Dublin 22 (the “Borrower”);
(2) CORRIB COMMERCIAL BANK P.L.C. as mandated lead arranger (the “Arranger”);
(3) CORRIB COMMERCIAL BANK P.L.C. and SHANNON ESTUARY BANK DAC as lenders (the “Original Lenders”); and
(4) CORRIB COMMERCIAL BANK P.L.C. as agent of the other Finance Parties (the “Agent”).
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
“Availability Period” means, in relation to Facility A, the period from and including the date of this Agreement to and including the date falling three (3) months after the date of this Agreement and, in relation to Facility B, the period from and including the date of this Agreement to and including the date falling one month before the Termination Date.
“Interest Period” means, in relation to a Loan, each period determined in accordance with Clause 10 (Interest Periods), being one, three or six months or any other period agreed by the Borrower and the Agent.
“Repayment Date” means each of 30 June and 31 December in each year, the first falling on 31 December 2026.
“Termination Date” means the date falling thirty-six (36) months after the date of this Agreement.
# 2. THE FACILITIES
2.1 Subject to the terms of this Agreement, the Lenders make available to the Borrower (a) a euro term loan facility in an aggregate amount equal to €18,000,000 (“Facility A”) and (b) a euro revolving credit facility in an aggregate amount equal to €6,000,000 (“Facility B”).
# 7. REPAYMENT
7.1 The Borrower shall repay the Facility A Loans in instalments on each Repayment Date in the amounts set out in Schedule 6 (Repayment Schedule), and shall repay all outstanding Loans, together with accrued interest, in full on the Termination Date.
# 8. PREPAYMENT AND CANCELLATION
8.1 The Borrower may, if it gives the Agent not less than ten (10) Business Days' prior notice, prepay the whole or any part of any Loan (but, if in part, by a minimum amount of €500,000).
# 25. EVENTS OF DEFAULT
25.3 No Event of Default under Clause 25.2 (Other obligations) will occur if the failure to comply is capable of remedy and is remedied within fifteen (15) Business Days of the earlier of the Agent giving notice to the Borrower and the Borrower becoming aware of the failure to comply.
# 41. GOVERNING LAW
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by Irish law.
# 42. JURISDICTION
The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
===
This Agreement has been entered into on the date stated at the beginning of this Agreement.
# SIGNATURES
| The Borrower | LIFFEY VALLEY FOODS DESIGNATED ACTIVITY COMPANY, by Niamh Cullinane, Director |
| The Arranger, Original Lender and Agent | CORRIB COMMERCIAL BANK P.L.C., by Ronan Whelehan, Authorised Signatory |
| Original Lender | SHANNON ESTUARY BANK DAC, by Aoife Brennan, Authorised Signatory |`,
    truth: {
      title: "Term and Revolving Facilities Agreement",
      documentType: "Facility agreement",
      parties: ["Liffey Valley Foods Designated Activity Company", "Corrib Commercial Bank p.l.c.", "Shannon Estuary Bank DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "36 months",
    },
  },
  {
    id: "v27-finance-singapore-personal-guarantee-deed",
    format: "pdf",
    pdfMargin: 84,
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on the 9th day of February 2026
BY:
TAN WEI MING (NRIC No. S7512345D) of 28 Jalan Kembangan, #05-02, Singapore 419123 (the “Guarantor”)
IN FAVOUR OF:
STRAITS MERIDIAN BANK LIMITED (Company Registration No. 197700412K), a company incorporated in Singapore with its registered office at 9 Raffles Place, #30-01, Singapore 048619 (the “Bank”).
# WHEREAS
(A) By a facility letter dated 15 January 2026 (the “Facility Letter”), the Bank agreed to make available to KALLANG MARINE ENGINEERING PTE. LTD. (the “Borrower”) a revolving working capital facility of up to S$3,500,000 for a tenor of twelve (12) months, subject to annual review.
(B) It is a condition of the Facility Letter that the Guarantor, a director and shareholder of the Borrower, executes this Deed.
NOW THIS DEED WITNESSES as follows:
# 1. GUARANTEE AND INDEMNITY
1.1 In consideration of the Bank making or continuing to make facilities available to the Borrower, the Guarantor irrevocably and unconditionally guarantees to the Bank the due and punctual payment of all moneys and liabilities now or hereafter owing by the Borrower to the Bank (the “Guaranteed Moneys”), and undertakes to pay the Guaranteed Moneys within seven (7) days of the Bank's written demand.
1.2 The Guarantor's maximum aggregate liability under this Deed shall not exceed S$1,750,000 together with interest and costs accruing after demand.
# 2. GUARANTEE PERIOD
2.1 This Deed shall continue in force for a period of two (2) years commencing on the date of this Deed (the “Guarantee Period”).
2.2 The Bank may make demand at any time during the Guarantee Period. A demand made on or before the last day of the Guarantee Period shall remain enforceable after the Guarantee Period ends, provided that proceedings are commenced within six (6) months after that day.
# 3. PRESERVATION OF RIGHTS
3.1 The obligations of the Guarantor shall not be affected by any time, waiver or consent granted to the Borrower, any amendment or renewal of the Facility Letter, or any release of other security held by the Bank.
# 4. PAYMENTS
4.1 All payments by the Guarantor shall be made without set-off or counterclaim. Overdue sums bear default interest at two per cent (2%) per annum above the Bank's prevailing prime lending rate.
# 5. NOTICES
5.1 A demand or notice sent by post to the Guarantor's address above is deemed received two (2) business days after posting.
# 6. GOVERNING LAW AND JURISDICTION
6.1 This Deed shall be governed by and construed in accordance with the laws of the Republic of Singapore, and the Guarantor submits to the non-exclusive jurisdiction of the courts of Singapore.
===
IN WITNESS WHEREOF the Guarantor has executed this Deed on the date first above written.
SIGNED, SEALED AND DELIVERED by TAN WEI MING
in the presence of:
Lim Hui Shan, Advocate and Solicitor, 1 Coleman Street, #08-11, Singapore 179803`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Tan Wei Ming", "Straits Meridian Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-09",
      expiryDate: "2028-02-08",
      term: "2 years",
    },
  },
  {
    id: "v27-finance-new-york-third-amendment-credit",
    format: "pdf",
    pageFooters: true,
    source: `# THIRD AMENDMENT TO CREDIT AGREEMENT
This THIRD AMENDMENT TO CREDIT AGREEMENT (this “Amendment”) is made and entered into as of March 3, 2026, by and among HARBOR POINT LOGISTICS, LLC, a Delaware limited liability company (the “Borrower”), HPL WAREHOUSING, LLC, a New Jersey limited liability company (the “Guarantor”), and FIFTH MERIDIAN BANK, NATIONAL ASSOCIATION, a national banking association (the “Lender”).
# RECITALS
WHEREAS, the Borrower, the Guarantor and the Lender are parties to that certain Credit Agreement dated as of June 15, 2023 (as amended by that certain First Amendment to Credit Agreement dated as of January 9, 2024 and that certain Second Amendment to Credit Agreement dated as of October 1, 2024, and as further amended, supplemented or otherwise modified prior to the date hereof, the “Credit Agreement”);
WHEREAS, the Borrower has requested that the Lender extend the Maturity Date and increase the Revolving Commitment, and the Lender is willing to do so on the terms and subject to the conditions set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, and for other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties hereto agree as follows:
Section 1. Defined Terms. Capitalized terms used but not defined herein have the meanings assigned to them in the Credit Agreement.
Section 2. Amendments to Credit Agreement. Effective as of the Third Amendment Effective Date:
(a) The definition of “Maturity Date” in Section 1.01 of the Credit Agreement is amended by deleting the reference to “June 15, 2027” and substituting “June 15, 2029” therefor.
(b) The definition of “Revolving Commitment” in Section 1.01 of the Credit Agreement is amended by deleting “$25,000,000” and substituting “$35,000,000” therefor.
(c) Section 7.11(a) of the Credit Agreement is amended to require a Fixed Charge Coverage Ratio of not less than 1.25 to 1.00 for each period of four consecutive fiscal quarters ending on or after June 30, 2026.
Section 3. Effectiveness. This Amendment shall be effective as of March 3, 2026 (the “Third Amendment Effective Date”), the Lender having received on or before such date (a) counterparts of this Amendment duly executed by each party hereto, (b) an amendment fee of $50,000, and (c) a certificate of the secretary of the Borrower attaching resolutions approving this Amendment.
Section 4. Representations and Warranties. Each of the Borrower and the Guarantor represents and warrants that the representations and warranties in Article V of the Credit Agreement are true and correct in all material respects on and as of the Third Amendment Effective Date, and that no Default or Event of Default has occurred and is continuing.
Section 5. Reaffirmation of Guaranty. The Guarantor ratifies and confirms its obligations under the Guaranty dated as of June 15, 2023 and agrees that such Guaranty extends to the Obligations as increased by this Amendment.
Section 6. Effect on the Credit Agreement. Except as specifically amended hereby, the Credit Agreement and the other Loan Documents shall remain in full force and effect and are hereby ratified and confirmed. This Amendment is a Loan Document.
Section 7. Governing Law; Waiver of Jury Trial. THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK. EACH PARTY HERETO IRREVOCABLY WAIVES ANY RIGHT TO TRIAL BY JURY IN ANY PROCEEDING ARISING OUT OF OR RELATING TO THIS AMENDMENT.
Section 8. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
===
IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the date first above written.
| BORROWER: | HARBOR POINT LOGISTICS, LLC |
| By: /s/ Dana R. Whitfield | Name: Dana R. Whitfield, Title: Chief Financial Officer |
| GUARANTOR: | HPL WAREHOUSING, LLC, by Harbor Point Logistics, LLC, its sole member |
| By: /s/ Dana R. Whitfield | Name: Dana R. Whitfield, Title: Chief Financial Officer |
| LENDER: | FIFTH MERIDIAN BANK, NATIONAL ASSOCIATION |
| By: /s/ Marcus Oyelaran | Name: Marcus Oyelaran, Title: Senior Vice President |`,
    truth: {
      title: "Third Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Harbor Point Logistics, LLC", "HPL Warehousing, LLC", "Fifth Meridian Bank, National Association"],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v27-finance-scottish-bond-floating-charge",
    format: "docx",
    storedPageCount: 3,
    source: `# BOND AND FLOATING CHARGE
by
GLENROTHES PRECISION CASTINGS LIMITED
in favour of
CLYDESDALE AND FORTH BANK PLC
Macrae Tulloch LLP, Solicitors, Dundee
===
WE, GLENROTHES PRECISION CASTINGS LIMITED, incorporated under the Companies Acts (Registered Number SC412876) and having our Registered Office at 14 Queensway Industrial Estate, Glenrothes, Fife KY7 5PZ (the “Company”), HEREBY UNDERTAKE to pay to CLYDESDALE AND FORTH BANK PLC, incorporated under the Companies Acts (Registered Number SC000917) and having its Registered Office at 30 St Vincent Place, Glasgow G1 2HL (the “Bank”), on demand all sums which are now or which may at any time hereafter become due by the Company to the Bank, whether solely or jointly, in any currency and on any account or in any manner whatsoever (the “Secured Liabilities”).
# 1. FLOATING CHARGE
1.1 In security of the Secured Liabilities the Company HEREBY GRANTS in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this Floating Charge is in force comprised in the property and undertaking of the Company.
# 2. RANKING
2.1 Subject only to the Ranking Agreement dated 3 November 2021 among the Company, the Bank and Tayside Asset Finance Limited, this Floating Charge shall rank in priority to any fixed security or floating charge created by the Company after the date of its execution.
2.2 The Company shall not, without the prior written consent of the Bank, create any fixed security or floating charge ranking in priority to or equally with this Floating Charge.
# 3. ENFORCEMENT
3.1 At any time after the Bank has made demand for payment of any of the Secured Liabilities and that demand has not been met within seven (7) days, the Bank may appoint one or more administrators of the Company under paragraph 14 of Schedule B1 to the Insolvency Act 1986.
# 4. REGISTRATION
4.1 The Company shall deliver, or procure the delivery of, a certified copy of this Floating Charge to the Registrar of Companies for registration within twenty-one (21) days beginning with the day after the date of its creation.
# 5. CONTINUING SECURITY
5.1 This Floating Charge is a continuing security for the Secured Liabilities and shall not be discharged by any intermediate payment or satisfaction of any part of them.
# 6. LAW AND JURISDICTION
6.1 This Floating Charge shall be governed by and construed in accordance with the Law of Scotland, and the Company prorogates the non-exclusive jurisdiction of the Scottish Courts.
# 7. CONSENT TO REGISTRATION
7.1 The Company consents to the registration of this Floating Charge and of any certificate referred to in it for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding two pages are subscribed for and on behalf of the Company at Dundee on the twelfth day of May Two thousand and twenty-six as follows:
| Director | Fiona MacAulay |
| Witness | Euan Drummond, Solicitor, 8 Reform Street, Dundee DD1 1RH |`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Glenrothes Precision Castings Limited", "Clydesdale and Forth Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v27-finance-hong-kong-term-loan-facility-letter",
    format: "docx",
    storedPageCount: 2,
    source: `Victoria Harbour Banking Corporation Limited
Commercial Banking Division, 22/F, Harbourfront Tower, 88 Connaught Road Central, Hong Kong
18 March 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Kwun Tong Precision Moulds Limited
Unit 1203, 12/F, Kwun Tong Industrial Centre, 472-484 Kwun Tong Road, Kwun Tong, Kowloon
Our Ref: CBD/KT/2026/0417
Dear Sirs,
# Term Loan Facility
We refer to your recent application and to our letter dated 2 February 2026 setting out our indicative terms. We are pleased to offer Kwun Tong Precision Moulds Limited (the “Borrower”) the following facility, subject to the terms below and to our Standard Terms and Conditions for Banking Facilities (the “Standard Terms”), a copy of which is enclosed.
| Facility | Term loan |
| Amount | HK$12,000,000 |
| Purpose | To finance the purchase of CNC machining equipment for the Borrower's Tsuen Wan plant |
| Tenor | Five (5) years from the date of this letter |
| Availability | The facility may be drawn in one amount within three (3) months from the date of this letter, after which any undrawn amount will be cancelled |
| Repayment | Equal quarterly instalments of principal, the first falling due three months after drawdown, with all amounts outstanding repayable in full on the Final Maturity Date |
| Final Maturity Date | The fifth anniversary of the date of this letter |
| Interest | 1.75% per annum over one-month or three-month HIBOR, payable at the end of each interest period |
| Arrangement Fee | HK$60,000, payable on acceptance |
| Security | (a) a first fixed charge over the equipment financed; (b) a personal guarantee from Mr Chan Tai Man for HK$12,000,000 |
| Financial Covenant | Tangible net worth of not less than HK$30,000,000 at all times |
The facility is subject to our review at any time and in any event annually. Nothing in this letter affects our right to demand repayment following an Event of Default under the Standard Terms.
This offer will lapse if we do not receive the duplicate of this letter duly signed on behalf of the Borrower within fourteen (14) days from the date of this letter.
This letter and the facility shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of Victoria Harbour Banking Corporation Limited
Grace Leung, Senior Relationship Manager
===
# Acceptance
We, Kwun Tong Precision Moulds Limited, accept the facility offered above on the terms and conditions set out in this letter and in the Standard Terms, and confirm that our Board has approved its acceptance.
For and on behalf of Kwun Tong Precision Moulds Limited
Chan Tai Man, Director — Wong Mei Ling, Director
Date: 24 March 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Banking Corporation Limited", "Kwun Tong Precision Moulds Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-18",
      expiryDate: "2031-03-18",
      term: "5 years",
    },
  },
  {
    id: "v27-finance-jersey-share-security-interest",
    format: "docx",
    source: `# SECURITY INTEREST AGREEMENT
(relating to the shares in La Hougue Holdings Limited)
THIS SECURITY INTEREST AGREEMENT is dated 2 June 2026 and made BETWEEN:
(1) GROUVILLE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 118832 whose registered office is at 3 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of The Rozel Family Settlement (the “Grantor”); and
(2) NORDHAVEN SECURITY TRUSTEE LIMITED, a company incorporated in England and Wales with registered number 09871245, as security agent for the Secured Parties (the “Secured Party”).
# BACKGROUND
(A) Under a facilities agreement dated 2 June 2026 between, among others, La Hougue Holdings Limited as borrower and the Secured Party as security agent (the “Facilities Agreement”), the lenders have agreed to make available a term facility of £42,000,000 for a term of seven years. The Facilities Agreement is governed by English law.
(B) The Grantor is the registered holder of all the issued shares in La Hougue Holdings Limited, a company incorporated in Jersey with registered number 98004 (the “Company”), and has agreed to create a security interest in those shares under the Security Interests (Jersey) Law 2012 (the “Law”).
# 1. DEFINITIONS
“Collateral” means the Shares and all Related Rights.
“Secured Obligations” means all present and future obligations and liabilities of each Obligor to any Secured Party under the Finance Documents.
“Security Period” means the period beginning on the date of this Agreement and ending on the date on which the Secured Party is satisfied that all the Secured Obligations have been unconditionally and irrevocably paid and discharged in full.
# 2. CREATION OF SECURITY INTEREST
2.1 The Grantor, as continuing security for the payment and discharge of the Secured Obligations, grants to the Secured Party a security interest in the Collateral in accordance with the Law.
2.2 On the date of this Agreement the Grantor shall deliver to the Secured Party the share certificates for the Shares and executed but undated transfers of them, so that the Secured Party has control of the Collateral. The Secured Party may register a financing statement in respect of this Agreement on the Security Interests Register.
# 3. VOTING AND DIVIDENDS
3.1 Until an Enforcement Event occurs, the Grantor may exercise the voting rights attached to the Shares and receive dividends, provided that it does not act in a way that would prejudice the Collateral.
# 4. ENFORCEMENT
4.1 An Enforcement Event occurs if an Event of Default under the Facilities Agreement is continuing and the Agent has given notice under the acceleration clause of the Facilities Agreement.
4.2 On and after an Enforcement Event the power of enforcement under the Law becomes exercisable, and the Secured Party shall give the Grantor not less than fourteen (14) days' written notice before any appropriation or sale of the Collateral.
# 5. TRUSTEE LIMITATION
5.1 The Grantor enters into this Agreement solely in its capacity as trustee of The Rozel Family Settlement, and its liability under this Agreement is limited to the assets of that settlement from time to time in its hands.
# 6. RELEASE
6.1 At the end of the Security Period the Secured Party shall, at the cost of the Grantor, release the Collateral from the security interest and register a financing change statement discharging any financing statement.
# 7. GOVERNING LAW AND JURISDICTION
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Island of Jersey, and each party submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS WHEREOF this Agreement has been entered into on the date stated at the beginning of this Agreement.
| Executed by GROUVILLE TRUSTEES LIMITED as trustee of The Rozel Family Settlement | Director: Philippe Le Brocq | Director: Anna Renouf |
| Executed by NORDHAVEN SECURITY TRUSTEE LIMITED | Authorised signatory: Oliver Strand | |
# SCHEDULE — ACKNOWLEDGEMENT BY THE COMPANY
La Hougue Holdings Limited acknowledges receipt of notice of the security interest created by this Agreement and confirms that it will register no transfer of the Shares without the Secured Party's consent.`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Grouville Trustees Limited", "Nordhaven Security Trustee Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v27-finance-kenya-individual-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
THIS LOAN AGREEMENT is made on the 24th day of June 2026
BETWEEN
JANE WANJIKU MWANGI, of Post Office Box 50231-00200, Nairobi in the Republic of Kenya, holder of National Identity Card No. 22918403 (the “Lender”, which expression shall include her personal representatives and assigns)
AND
TAUSI AGRO PROCESSORS LIMITED, a private company with limited liability incorporated in Kenya under the Companies Act, 2015 (Registration No. PVT-AAB7K2Q9), of Plot No. 4471, Garissa Road, Thika (the “Borrower”)
WHEREAS the Borrower has requested the Lender to advance to it the sum of Kenya Shillings Fifteen Million (KES 15,000,000) to finance the purchase of a macadamia drying line, and the Lender has agreed to do so on the terms of this Agreement.
NOW IT IS HEREBY AGREED as follows:
# 1. DEFINITIONS
1.1 In this Agreement: “Commencement Date” means 1 July 2026, being the date on which the Loan is to be disbursed; “Loan” means the principal sum of KES 15,000,000 or so much of it as is for the time being outstanding; and “Repayment Date” means the last Business Day of each calendar month.
# 2. THE LOAN AND TERM
2.1 The Lender shall disburse the Loan on the Commencement Date by electronic transfer to the Borrower's account at Tana Commercial Bank Limited, Thika Branch.
2.2 The Loan is advanced for a term of twenty-four (24) months commencing on the Commencement Date, at the end of which all amounts outstanding shall be repaid in full.
# 3. INTEREST
3.1 Interest shall accrue on the Loan at the rate of fourteen per cent (14%) per annum, calculated on the reducing balance and payable on each Repayment Date.
# 4. REPAYMENT AND PREPAYMENT
4.1 No principal shall be payable during the first three (3) months after the Commencement Date (the “Grace Period”). Thereafter the Borrower shall repay the Loan in twenty-one (21) equal monthly instalments on each Repayment Date.
4.2 The Borrower may prepay the Loan in whole or in part without penalty on giving the Lender not less than thirty (30) days' written notice.
# 5. SECURITY
5.1 The Loan shall be secured by a security right over the drying line registered under the Movable Property Security Rights Act, 2017 and by the personal guarantee of the Borrower's director, Peter Kamau Njoroge.
# 6. DEFAULT
6.1 If any instalment remains unpaid for fourteen (14) days after its due date, the Lender may by written notice declare the whole of the Loan and accrued interest immediately due and payable.
# 7. GOVERNING LAW AND DISPUTES
7.1 This Agreement shall be governed by the laws of Kenya. Any dispute shall first be referred to mediation and, failing settlement within thirty (30) days, to the High Court of Kenya at Nairobi.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
SIGNED by the said JANE WANJIKU MWANGI in the presence of: Mercy Achieng Otieno, Advocate of the High Court of Kenya
SEALED with the Common Seal of TAUSI AGRO PROCESSORS LIMITED in the presence of: Peter Kamau Njoroge, Director, and Grace Nyambura Kariuki, Company Secretary`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Jane Wanjiku Mwangi", "Tausi Agro Processors Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
    },
  },
  {
    id: "v27-finance-difc-amendment-letter",
    format: "txt",
    source: `AL SAFA CAPITAL LIMITED
Level 9, Gate Village Building 3, Dubai International Financial Centre, PO Box 507012, Dubai, United Arab Emirates
Regulated by the Dubai Financial Services Authority
5 January 2026
To: Marsa Shipping Holdings Ltd
Office 1408, Jumeirah Bay Tower X2, Jumeirah Lake Towers, Dubai, United Arab Emirates
Attention: Chief Financial Officer
Dear Sirs
# Amendment Letter
Facility agreement dated 10 October 2024 between Marsa Shipping Holdings Ltd as borrower and Al Safa Capital Limited as lender (the “Facility Agreement”)
1. We refer to the Facility Agreement and to our letter dated 14 November 2025 in which we waived the breach of the minimum liquidity covenant for the quarter ending 30 September 2025. Terms defined in the Facility Agreement have the same meaning in this letter.
2. You have asked us to extend the Termination Date and reset the Margin. We agree that, with effect from 1 February 2026 (the “Effective Date”), the Facility Agreement shall be amended as follows:
(a) in Clause 1.1 (Definitions), the definition of “Termination Date” (which is currently 10 October 2027) shall be deleted and replaced with: “Termination Date” means 10 October 2028;
(b) in Clause 1.1 (Definitions), in the definition of “Margin”, “3.60 per cent. per annum” shall be replaced with “3.10 per cent. per annum”; and
(c) in Clause 22.2 (Minimum liquidity), “US$7,500,000” shall be replaced with “US$5,000,000”.
3. The amendments in paragraph 2 are conditional on our receipt, before the Effective Date, of a copy of this letter countersigned by you. You shall pay us an amendment fee of US$80,000 within five (5) Business Days of the date of your countersignature.
4. Save as amended by this letter, the Facility Agreement continues in full force and effect. This letter is a Finance Document.
5. You confirm that the Repeating Representations are true by reference to the facts and circumstances existing at the date of your countersignature and at the Effective Date.
6. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Yours faithfully
Rashid Al Marzooqi, Managing Director
for and on behalf of Al Safa Capital Limited
We agree to the terms of this letter.
for and on behalf of Marsa Shipping Holdings Ltd
Hana Kapoor, Chief Financial Officer
Date: 12 January 2026`,
    truth: {
      title: "Amendment Letter",
      documentType: "Amendment",
      parties: ["Al Safa Capital Limited", "Marsa Shipping Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-01",
      amends: "Facility Agreement",
    },
  },
];
