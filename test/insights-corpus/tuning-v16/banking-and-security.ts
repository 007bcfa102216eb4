import type { UnseenDocument } from "../unseen/types";

/** Tuning set v16 (helper b): banking and security documents with terms, renewals and distractor durations. */
export const BANKING_AND_SECURITY_V16: UnseenDocument[] = [
  {
    id: "v16-b-facility-letter-saint-helier",
    format: "pdf",
    pageFooters: true,
    source: `SAINT HELIER PRIVATE BANK LIMITED
22 Esplanade, St Helier, Jersey JE2 3QA
Private and Confidential
The Directors
Gorey Bay Investments Limited
4 Castle Street
St Helier, Jersey JE2 3RT
14 April 2026
Our reference: SHPB/CR/2026/118
Dear Sirs
# Term Loan Facility
We are pleased to offer Gorey Bay Investments Limited (the "Borrower") a term loan facility on the terms of this letter. This offer will lapse if we have not received your signed acceptance within twenty-one (21) days of the date of this letter.
1. Amount: GBP 2,500,000.
2. Purpose: to refinance the acquisition of La Rocque House, Grouville.
3. Availability Period: the period of three (3) months from the date of this letter, after which any undrawn amount is cancelled.
4. Interest: SONIA plus 2.75% per annum, payable at the end of each Interest Period of three (3) months.
5. Repayment: the loan shall be repaid in full on the Final Repayment Date, being the date falling thirty-six (36) months after the date of this letter.
6. Security: a first-ranking hypothec over La Rocque House and a security interest over the Borrower's rent account.
7. Prepayment: the Borrower may prepay on not less than ten (10) Business Days' notice.
8. Governing law: this letter and the facility are governed by the laws of the Island of Jersey, and the Royal Court of Jersey has non-exclusive jurisdiction.
Yours faithfully
Elaine Le Brocq
Head of Corporate Lending, for and on behalf of Saint Helier Private Bank Limited
===
# Acceptance
We accept the facility on the terms and conditions of this letter.
For and on behalf of Gorey Bay Investments Limited
Director: Philippe Renouf
Date: 28 April 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Saint Helier Private Bank Limited", "Gorey Bay Investments Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "36 months",
    },
  },
  {
    id: "v16-b-loan-agreement-sapphire-textiles",
    format: "docx",
    storedPageCount: 2,
    source: `# LOAN AGREEMENT
This Loan Agreement is executed at Mumbai on this 20th day of June, 2026
BY AND BETWEEN
MR. ROHAN MEHTA, son of Mr. Suresh Mehta, aged 52 years, residing at 701 Sea Breeze Apartments, Carter Road, Bandra (West), Mumbai 400050 (hereinafter referred to as the "Lender")
AND
SAPPHIRE TEXTILES PRIVATE LIMITED, a company incorporated under the Companies Act, 2013 (CIN U17120MH2015PTC265432), having its registered office at Plot 18, MIDC Bhiwandi, Thane 421302 (hereinafter referred to as the "Borrower")
# 1. Definitions
1.1 "Loan" means the principal sum of INR 3,50,00,000 (Rupees Three Crore Fifty Lakh only).
1.2 "Commencement Date" means 1 July 2026, being the date on which the Loan is disbursed.
1.3 "Moratorium Period" means the first six (6) months after the Commencement Date, during which no principal is repayable.
# 2. Interest
2.1 Interest at 11% per annum shall accrue daily and be paid within seven (7) days after the end of each calendar month.
# 3. Loan Period and Repayment
3.1 The Loan is advanced for a period of eighteen (18) months from the Commencement Date (the "Loan Period").
3.2 After the Moratorium Period the Borrower shall repay the Loan in twelve equal monthly instalments, the last falling due on the expiry of the Loan Period.
===
3.3 The Borrower may prepay the whole or part of the Loan on giving thirty (30) days' prior written notice to the Lender.
# 4. Events of Default
4.1 If any sum is not paid within fifteen (15) days of its due date, the entire outstanding Loan shall become immediately payable.
# 5. Governing Law and Jurisdiction
5.1 This Agreement shall be governed by the laws of India and the courts at Mumbai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have signed this Agreement on the day and year first above written.
LENDER: Rohan Mehta
BORROWER: For Sapphire Textiles Private Limited, Anita Desai, Managing Director`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Rohan Mehta", "Sapphire Textiles Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-01-01",
      term: "18 months",
    },
  },
  {
    id: "v16-b-deed-of-guarantee-penrose",
    format: "pdf",
    source: `# DEED OF GUARANTEE
PENROSE HOLDINGS LIMITED
as Guarantor
in favour of
NORTHGATE COMMERCIAL BANK PLC
as Bank
===
THIS DEED OF GUARANTEE is dated 9 March 2026
BETWEEN
(1) PENROSE HOLDINGS LIMITED, a company incorporated in England and Wales with company number 08834561 whose registered office is at 6 Temple Row, Birmingham B2 5HG (the "Guarantor"); and
(2) NORTHGATE COMMERCIAL BANK PLC, a company incorporated in England and Wales with company number 00974412 whose registered office is at 1 Northgate Square, Leeds LS1 4AP (the "Bank").
# BACKGROUND
(A) The Bank has made available to Penrose Engineering Limited (the "Borrower") a term loan facility under a facility agreement dated 2 March 2026 for a term of five years (the "Facility Agreement").
(B) The Guarantor has agreed to guarantee the Borrower's obligations under the Facility Agreement.
# 1. Guarantee
1.1 The Guarantor guarantees to the Bank the punctual payment by the Borrower of all sums due under the Facility Agreement.
1.2 The Guarantor shall pay any sum demanded under this Deed within five (5) Business Days of the date of the demand.
1.3 The liability of the Guarantor shall not exceed £1,750,000 plus interest and costs.
# 2. Continuing guarantee
2.1 This Deed is a continuing guarantee and shall remain in full force and effect until terminated by the Guarantor giving the Bank not less than three (3) months' written notice, and termination shall not affect liabilities incurred before the end of that notice.
2.2 Any release or discharge shall be void if a payment is avoided within six (6) months of that payment.
# 3. Governing law
3.1 This Deed and any non-contractual obligations arising out of it are governed by English law, and the courts of England and Wales have exclusive jurisdiction.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
Executed as a deed by PENROSE HOLDINGS LIMITED acting by Graham Penrose, Director, in the presence of Helen Ashby (witness)`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Penrose Holdings Limited", "Northgate Commercial Bank plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-09",
      term: "Until terminated",
    },
  },
  {
    id: "v16-b-standstill-hudson-valley",
    format: "txt",
    source: `# STANDSTILL AGREEMENT
This Standstill Agreement (this "Agreement") is made and entered into as of February 24, 2026, by and among HUDSON VALLEY COMMERCIAL BANK, N.A., a national banking association (the "Lender"), RIDGELINE FABRICATION LLC, a New York limited liability company (the "Borrower"), and THOMAS R. KELLER, an individual residing in Kingston, New York (the "Guarantor").
RECITALS
A. The Lender and the Borrower are parties to a Loan and Security Agreement dated as of May 10, 2021, with a scheduled maturity date of May 10, 2028 (the "Loan Agreement").
B. Events of Default have occurred under the Loan Agreement and the Borrower has requested that the Lender refrain from exercising remedies for a limited time.
1. Definitions. "Effective Date" means March 1, 2026. "Standstill Period" means the period commencing on the Effective Date and ending on August 31, 2026, unless ended earlier under Section 4.
2. Standstill. During the Standstill Period the Lender shall not accelerate the loans or enforce any security, provided that the Borrower cures any new payment default within ten (10) days.
3. Borrower Covenants. The Borrower shall deliver a rolling 13-week cash flow forecast every two (2) weeks and shall pay a standstill fee of $25,000 within three (3) Business Days after the Effective Date.
4. Termination Events. The Standstill Period shall end immediately upon any breach of this Agreement or any new Event of Default.
5. No Waiver. Nothing in this Agreement waives any Event of Default; the Guarantor reaffirms his guaranty dated May 10, 2021.
6. Governing Law. This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.
HUDSON VALLEY COMMERCIAL BANK, N.A.  By: Marissa Chen, Senior Vice President
RIDGELINE FABRICATION LLC  By: Thomas R. Keller, Managing Member
THOMAS R. KELLER, individually`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Hudson Valley Commercial Bank, N.A.", "Ridgeline Fabrication LLC", "Thomas R. Keller"],
      governingLaw: "New York",
      effectiveDate: "2026-03-01",
      expiryDate: "2026-08-31",
      term: "6 months",
    },
  },
  {
    id: "v16-b-second-amendment-prairie-gold",
    format: "pdf",
    source: `# SECOND AMENDMENT TO CREDIT AGREEMENT
THIS SECOND AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of June 15, 2026 and is effective as of June 30, 2026 (the "Amendment Effective Date"), among PRAIRIE GOLD GRAIN COOPERATIVE, an Illinois cooperative (the "Borrower"), LAKEFRONT NATIONAL BANK, as administrative agent (in such capacity, the "Administrative Agent") and as a lender, and WABASH FARM CREDIT BANK, as a lender (together with Lakefront National Bank, the "Lenders").
RECITALS
WHEREAS, the Borrower, the Administrative Agent and the Lenders are parties to that certain Credit Agreement dated as of September 12, 2022 (as amended by the First Amendment dated as of March 1, 2024, the "Credit Agreement"), which provides for a revolving facility with a term of four (4) years;
WHEREAS, the Credit Agreement is governed by the laws of the State of Iowa as to certain collateral matters, and the parties wish to extend its maturity;
NOW, THEREFORE, the parties agree as follows:
1. Amendments. With effect from the Amendment Effective Date:
(a) the definition of "Maturity Date" in Section 1.01 of the Credit Agreement is amended by replacing "September 12, 2026" with "September 12, 2029";
(b) the Interest Period options in Section 2.08 are amended to one (1), three (3) or six (6) months; and
(c) the commitment fee is payable quarterly in arrears within fifteen (15) days after each quarter end.
2. Conditions. This Amendment becomes effective on the Amendment Effective Date only if the Administrative Agent has received an extension fee of 0.25% of the commitments.
3. Reaffirmation. Except as amended hereby, the Credit Agreement remains in full force and effect and is ratified and confirmed.
4. Governing Law. This Amendment shall be governed by, and construed in accordance with, the laws of the State of Illinois.
5. Counterparts. This Amendment may be executed in counterparts, including by electronic signature.
PRAIRIE GOLD GRAIN COOPERATIVE  By: Dale Hofstetter, Chief Financial Officer
LAKEFRONT NATIONAL BANK, as Administrative Agent and Lender  By: Kiara Johnson, Managing Director
WABASH FARM CREDIT BANK, as Lender  By: Paul Lindqvist, Vice President`,
    truth: {
      title: "Second Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Prairie Gold Grain Cooperative", "Lakefront National Bank", "Wabash Farm Credit Bank"],
      governingLaw: "Illinois",
      effectiveDate: "2026-06-30",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v16-b-share-pledge-al-noor",
    format: "docx",
    source: `# SHARE PLEDGE AGREEMENT
THIS AGREEMENT is dated 8 September 2026
BETWEEN:
(1) AL NOOR CAPITAL HOLDINGS LIMITED, a company incorporated in the Dubai International Financial Centre with registered number 4417, whose registered office is at Gate Village 3, DIFC, Dubai (the "Pledgor");
(2) GULF MERIDIAN BANK PJSC, acting as security agent for the Secured Parties (the "Security Agent"); and
(3) FALCON RIDGE LOGISTICS LTD, a company incorporated in the DIFC with registered number 5203 (the "Company").
# 1. Definitions
"Facility Agreement" means the AED 180,000,000 term facility agreement dated 1 September 2026 between, among others, the Company as borrower and the Security Agent, which has a final maturity date falling five years after its date.
"Secured Obligations" means all present and future obligations of the Company under the Finance Documents.
"Security Period" means the period beginning on the date of this Agreement and ending on the date on which the Security Agent is satisfied that all the Secured Obligations have been irrevocably and unconditionally discharged in full.
# 2. Pledge
2.1 The Pledgor pledges to the Security Agent all of its shares in the Company, and all dividends and rights attaching to them, as continuing security for the Secured Obligations throughout the Security Period.
2.2 The Company shall register the pledge in its register of members within five (5) Business Days of the date of this Agreement.
===
# 3. Voting and dividends
3.1 Until an Enforcement Notice is served, the Pledgor may exercise voting rights and receive dividends.
3.2 The Security Agent may enforce this pledge at any time after serving an Enforcement Notice, following a grace period of ten (10) Business Days after the Event of Default.
# 4. Release
4.1 At the end of the Security Period the Security Agent shall release the pledge at the cost of the Pledgor.
# 5. Governing law
5.1 This Agreement is governed by the laws of the Dubai International Financial Centre and the DIFC Courts have exclusive jurisdiction.
Signed for AL NOOR CAPITAL HOLDINGS LIMITED by Khalid Al Mansoori, Director
Signed for GULF MERIDIAN BANK PJSC by Fatima Rahman, Authorised Signatory
Signed for FALCON RIDGE LOGISTICS LTD by Omar Haddad, Director`,
    truth: {
      title: "Share Pledge Agreement",
      documentType: "Security agreement",
      parties: ["Al Noor Capital Holdings Limited", "Gulf Meridian Bank PJSC", "Falcon Ridge Logistics Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-09-08",
    },
  },
  {
    id: "v16-b-power-of-attorney-kamau",
    format: "txt",
    source: `# SPECIAL POWER OF ATTORNEY
KNOW ALL MEN BY THESE PRESENTS that I, WANJIKU NJERI KAMAU, of Post Office Box 50321-00200, Nairobi, in the Republic of Kenya, holder of National Identity Card No. 23456781 (the "Donor"),
DO HEREBY APPOINT JAMES OTIENO ODHIAMBO, of Post Office Box 1187-40100, Kisumu, holder of National Identity Card No. 27781904 (the "Attorney"), to be my lawful attorney for the purposes set out below.
1. To operate my current account No. 0110 2345 6789 and my fixed deposit account held with Kilimanjaro Commercial Bank Limited, Kenyatta Avenue Branch, including to sign cheques and give instructions for transfers.
2. To roll over my fixed deposits on maturity for further deposit terms of ninety (90) days or one hundred and eighty (180) days as the Attorney thinks fit.
3. To receive bank statements, which the Attorney shall forward to me within fourteen (14) days of receipt, and to account to me monthly for all sums received.
4. The Attorney shall not borrow, charge any property or close any account without my prior written consent.
5. This Power of Attorney revokes the power of attorney which I granted to Peter Mwangi Kariuki on 3 February 2024.
6. This Power of Attorney shall remain valid for a period of twelve (12) months from the date hereof, after which it shall lapse automatically unless renewed by a fresh instrument.
7. This Power of Attorney shall be governed by the laws of Kenya and shall be registered under the Registration of Documents Act.
IN WITNESS WHEREOF I have set my hand this 5th day of May, 2026.
SIGNED by the said WANJIKU NJERI KAMAU
in the presence of: Grace Achieng Oduya, Advocate of the High Court of Kenya
ACCEPTED by the Attorney, JAMES OTIENO ODHIAMBO`,
    truth: {
      title: "Special Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Wanjiku Njeri Kamau", "James Otieno Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-05-05",
      expiryDate: "2027-05-05",
      term: "12 months",
    },
  },
  {
    id: "v16-b-merchant-services-straits",
    format: "pdf",
    pageFooters: true,
    source: `# MERCHANT SERVICES AGREEMENT
# KEY DETAILS
| Agreement Date | 15 July 2026 |
| Acquirer | Straits Payment Solutions Pte. Ltd. (UEN 201512345D), 10 Marina Boulevard, #30-01, Singapore 018983 |
| Merchant | Orchid Lane Boutique Pte. Ltd. (UEN 202004567R), 391 Orchard Road, #03-12, Singapore 238872 |
| Settlement | T+2 Business Days after each Transaction Day |
| Chargeback Window | 120 days after the Transaction Date |
| Commencement Date | 1 August 2026 |
| Initial Term | two (2) years from the Commencement Date |
| Renewal | automatic, for successive periods of one (1) year |
| MDR | 1.65% of each card transaction |
# TERMS AND CONDITIONS
# 1. Services
1.1 The Acquirer shall provide card acceptance, authorisation and settlement services for the Merchant's retail outlets and online store.
1.2 The Merchant shall keep transaction records for five (5) years and produce them within seven (7) days of a request.
# 2. Term and Termination
2.1 This Agreement starts on the Commencement Date and continues for the Initial Term.
2.2 At the end of the Initial Term and of each renewal period this Agreement shall renew automatically for a further one (1) year unless either party gives not less than ninety (90) days' written notice of non-renewal.
2.3 The Acquirer may suspend settlement for up to one hundred and eighty (180) days where it suspects fraud.
2.4 Clauses 1.2 and 3 survive termination for twenty-four (24) months.
# 3. Reserve
3.1 The Acquirer may hold a rolling reserve of 5% of settlement amounts for one hundred and eighty (180) days.
# 4. Governing Law
4.1 This Agreement is governed by the laws of Singapore and the parties submit to the exclusive jurisdiction of the Singapore courts.
Signed for Straits Payment Solutions Pte. Ltd. by Daniel Goh, Chief Operating Officer
Signed for Orchid Lane Boutique Pte. Ltd. by Sharon Lim, Director`,
    truth: {
      title: "Merchant Services Agreement",
      documentType: "Services agreement",
      parties: ["Straits Payment Solutions Pte. Ltd.", "Orchid Lane Boutique Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-08-01",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
