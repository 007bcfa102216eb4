import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23: finance documents (credit and loan agreements, a facility letter, a guarantee, security and an amending deed). */
export const FINANCE_V23: UnseenDocument[] = [
  {
    id: "v23-finance-ny-revolving-credit",
    format: "pdf",
    pageFooters: true,
    source: `# REVOLVING CREDIT AGREEMENT
dated as of March 3, 2026
among
HARBOR POINT LOGISTICS, LLC,
as Borrower,
FIRST MERIDIAN BANK, N.A.,
as Administrative Agent and as a Lender,
and
CALDWELL & PRYCE CREDIT OPPORTUNITIES FUND II, L.P.,
as a Lender
$40,000,000 Senior Secured Revolving Credit Facility
Whitcombe Lyle LLP, 1290 Avenue of the Americas, New York, New York 10104, counsel to the Administrative Agent
===
# REVOLVING CREDIT AGREEMENT
This REVOLVING CREDIT AGREEMENT (this "Agreement") is made and entered into as of March 3, 2026, by and among HARBOR POINT LOGISTICS, LLC, a Delaware limited liability company (the "Borrower"), FIRST MERIDIAN BANK, N.A., a national banking association, as administrative agent for the Lenders (in such capacity, the "Administrative Agent") and as a Lender, and CALDWELL & PRYCE CREDIT OPPORTUNITIES FUND II, L.P., a Delaware limited partnership, acting by Caldwell & Pryce Advisors LLC, its investment manager (together with First Meridian Bank, N.A. in its capacity as a lender, the "Lenders").
# RECITALS
The Borrower has requested that the Lenders extend credit to the Borrower in the form of a revolving credit facility in an aggregate principal amount not to exceed $40,000,000. Harbor Point Holdings, Inc., the sole member of the Borrower, will guarantee the Obligations under a separate Guaranty and Collateral Agreement of even date and is not a party to this Agreement.
# ARTICLE I. DEFINITIONS
1.01 Defined Terms. As used in this Agreement, the following terms have the meanings specified below:
"Availability Period" means the period from and including the Effective Date to but excluding the earlier of the Maturity Date and the date of termination of the Commitments.
"Effective Date" means March 3, 2026.
"Interest Period" means, as to each SOFR Loan, the period commencing on the date such Loan is made and ending one, three or six months thereafter, as selected by the Borrower.
"Maturity Date" means March 3, 2031, being the fifth anniversary of the Effective Date.
# ARTICLE II. THE CREDITS
2.01 Commitments. Subject to the terms and conditions set forth herein, each Lender severally agrees to make revolving loans (the "Revolving Loans") to the Borrower from time to time during the Availability Period. The revolving credit facility shall be available for a term of five (5) years from the Effective Date, and all Revolving Loans then outstanding shall be repaid in full on the Maturity Date.
2.02 Extension Option. The Borrower may, by written notice to the Administrative Agent given not less than sixty (60) days nor more than ninety (90) days before the Maturity Date, request a single extension of the Maturity Date by one (1) year, which each Lender may grant or refuse in its sole discretion. Unless each Lender consents in writing, the Maturity Date shall not be extended.
2.03 Commitment Fee. The Borrower shall pay to the Administrative Agent, for the account of each Lender, a commitment fee of 0.35% per annum on the daily unused amount of its Commitment, payable quarterly in arrears within ten (10) Business Days after the last day of each fiscal quarter.
# ARTICLE IX. MISCELLANEOUS
9.09 Governing Law. THIS AGREEMENT AND ANY CLAIM, CONTROVERSY OR DISPUTE ARISING UNDER OR RELATED TO THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK, WITHOUT REGARD TO CONFLICT OF LAWS PRINCIPLES THAT WOULD REQUIRE THE APPLICATION OF THE LAWS OF ANOTHER JURISDICTION.
9.10 Survival. Sections 2.14, 9.03 and 9.05 shall survive for a period of two (2) years after the repayment of the Loans and the termination of the Commitments.
===
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by their respective authorized officers as of the day and year first above written.
| HARBOR POINT LOGISTICS, LLC, as Borrower | FIRST MERIDIAN BANK, N.A., as Administrative Agent and as a Lender |
| By: /s/ Marisol Quintero-Baptiste | By: /s/ Gregory T. Ashdown |
| Name: Marisol Quintero-Baptiste | Name: Gregory T. Ashdown |
| Title: Chief Financial Officer | Title: Senior Vice President |
| CALDWELL & PRYCE CREDIT OPPORTUNITIES FUND II, L.P., as a Lender | |
| By: Caldwell & Pryce Advisors LLC, its investment manager | |
| By: /s/ Naomi R. Feld | |
| Name: Naomi R. Feld, Title: Managing Director | |`,
    truth: {
      title: "Revolving Credit Agreement",
      documentType: "Facility agreement",
      parties: ["Harbor Point Logistics, LLC", "First Meridian Bank, N.A.", "Caldwell & Pryce Credit Opportunities Fund II, L.P."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2031-03-03",
      term: "5 years",
    },
  },
  {
    id: "v23-finance-england-overdraft-letter",
    format: "pdf",
    pdfMargin: 72,
    source: `Northgate & Holm Bank plc
Corporate Banking Centre, 40 Grey Friars Walk, Newcastle upon Tyne NE1 4XL
Registered in England and Wales No. 01938442. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
14 April 2026
PRIVATE AND CONFIDENTIAL
The Directors
Fenwick Brothers (Holdings) Limited
Unit 7, Tyne Valley Business Park
Hexham NE46 3JB
Our ref: CB/FBH/0426/RMC
Dear Sirs
# Overdraft Facility Letter
We, Northgate & Holm Bank plc (the "Bank"), are pleased to offer Fenwick Brothers (Holdings) Limited (company number 04417263) (the "Borrower") an overdraft facility on the terms of this letter. This letter replaces our letter of indicative terms dated 2 March 2026, which is withdrawn. The Bank's facilities to your subsidiary, Fenwick Brothers Joinery Limited, are not affected by this letter.
| Facility | Sterling overdraft facility on the Borrower's current account number 40211873, sort code 40-21-18 |
| Limit | £750,000 |
| Availability | An initial period of twelve (12) months from the date of this letter, ending on 14 April 2027 (the "Review Date") |
| Renewal | Unless the Bank notifies the Borrower in writing at least one month before the Review Date (or any anniversary of it) that the facility will not continue, the facility will automatically renew on that date for a further period of twelve (12) months on the same terms |
| Interest | 3.25% per annum over the Bank's Base Rate from time to time, calculated daily and debited to the account monthly in arrears |
| Arrangement fee | £3,750, payable on acceptance of this letter |
| Security | A debenture from the Borrower and a personal guarantee from Mr Daniel Fenwick limited to £250,000, each in the Bank's standard form |
Conditions precedent: the facility will be available once the Bank has received this letter signed on behalf of the Borrower, the security described above and a certified copy of the board minutes of the Borrower approving the acceptance of this letter.
This offer will lapse if the duplicate of this letter is not signed and returned to us within 28 days of the date of this letter.
This letter and any non-contractual obligations arising out of or in connection with it are governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.
Yours faithfully
Rhiannon M. Carey
Relationship Director
for and on behalf of Northgate & Holm Bank plc
# Acceptance
We accept the facility offered in this letter on the terms and conditions set out above.
| Daniel Fenwick, Director | Hannah Fenwick-Lowe, Director and Company Secretary |
| for and on behalf of Fenwick Brothers (Holdings) Limited | |
Dated: 21 April 2026`,
    truth: {
      title: "Overdraft Facility Letter",
      documentType: "Facility agreement",
      parties: ["Northgate & Holm Bank plc", "Fenwick Brothers (Holdings) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2027-04-14",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v23-finance-scotland-minute-loan",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
between
THE KILBRANNAN DISTILLERY COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC604187) and having its Registered Office at Kilbrannan Road, Carradale, Campbeltown PA28 6QG (the "Borrower")
and
ALASDAIR IAIN MUNRO, residing at Tigh na Mara, 3 Shore Street, Tarbert PA29 6UD, and FIONA JANE MUNRO, residing at 18 Great King Street, Edinburgh EH3 6QH, as the trustees for the time being of the Munro 2019 Discretionary Trust, and the survivor of them (together the "Lenders")
CONSIDERING THAT the Lenders have agreed to lend to the Borrower the sum of FOUR HUNDRED THOUSAND POUNDS (£400,000) STERLING on the terms of this Minute of Agreement; THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions
In this Minute of Agreement: "Commencement Date" means 1 June 2026; "Final Repayment Date" means 31 May 2031; "Loan" means the principal sum of £400,000 advanced under clause 2, or so much of it as is outstanding from time to time.
2. The Loan
2.1 The Lenders shall advance the Loan to the Borrower on the Commencement Date by payment to the Borrower's account with the Clydesdale Street branch of Caledonian Merchant Bank.
2.2 The Loan is made for a period of sixty (60) months commencing on the Commencement Date, and the Borrower shall repay the Loan in full, with all accrued interest, on the Final Repayment Date.
3. Interest
Interest shall accrue on the Loan at the rate of seven and one half per cent (7.5%) per annum and shall be paid quarterly in arrears within fourteen (14) days after each of 31 March, 30 June, 30 September and 31 December.
4. Prepayment
The Borrower may prepay the whole or any part of the Loan on giving not less than thirty (30) days' written notice to the Lenders, but not before the expiry of a lock-in period of twelve (12) months from the Commencement Date.
5. Security
The Loan shall be secured by a standard security over the distillery premises at Carradale granted by the Borrower in favour of the Lenders and by a floating charge over the whole assets of the Borrower. Kilbrannan Spirits Holdings Limited, the parent company of the Borrower, will provide the Lenders with a letter of comfort, which shall not form part of this Minute of Agreement.
===
6. Law and Jurisdiction
This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
7. Consent to Registration
The parties consent to the registration of this Minute of Agreement and of any certificate of the Lenders as to the amount due under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows: they are subscribed for and on behalf of THE KILBRANNAN DISTILLERY COMPANY LIMITED by Morag Elspeth Galbraith, Director, at Campbeltown on the twelfth day of May Two thousand and twenty-six before this witness Duncan Peter McAlister, Solicitor, 4 Main Street, Campbeltown; and they are subscribed by the said Alasdair Iain Munro and Fiona Jane Munro at Edinburgh on the fourteenth day of May Two thousand and twenty-six before this witness Isla Catherine Brodie, Trainee Solicitor, 10 Queen Street, Edinburgh.
| Morag Elspeth Galbraith, Director | Duncan Peter McAlister, Witness |
| Alasdair Iain Munro | Isla Catherine Brodie, Witness |
| Fiona Jane Munro | Isla Catherine Brodie, Witness |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Loan agreement",
      parties: ["The Kilbrannan Distillery Company Limited", "Alasdair Iain Munro", "Fiona Jane Munro"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "60 months",
    },
  },
  {
    id: "v23-finance-jersey-deed-of-guarantee",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on 9 February 2026
BY:
(1) LE BROCQ FAMILY HOLDINGS (JERSEY) LIMITED, a company incorporated in Jersey with registered number 118204 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Guarantor");
IN FAVOUR OF:
(2) BANQUE CÉVENOLE (JERSEY) LIMITED, a company incorporated in Jersey with registered number 7731 whose registered office is at 4 Mulcaster Street, St Helier, Jersey JE1 1BQ (the "Lender").
BACKGROUND
(A) By a facility agreement dated 2 February 2026 and made between Pointe du Sud Developments Limited (the "Borrower") and the Lender (the "Facility Agreement"), the Lender has agreed to make available to the Borrower a term loan facility of £6,200,000 for a term of three (3) years. The Facility Agreement is governed by English law.
(B) The Guarantor is the sole shareholder of the Borrower and has agreed to guarantee the obligations of the Borrower under the Facility Agreement on the terms of this Guarantee.
1. DEFINITIONS AND INTERPRETATION
1.1 In this Guarantee, "Finance Documents" has the meaning given to it in the Facility Agreement, and "Guaranteed Obligations" means all present and future obligations and liabilities of the Borrower to the Lender under the Finance Documents.
2. GUARANTEE AND INDEMNITY
2.1 The Guarantor irrevocably and unconditionally guarantees to the Lender the punctual performance by the Borrower of the Guaranteed Obligations and undertakes that, whenever the Borrower does not pay any amount when due, it shall pay that amount within five (5) Business Days of demand as if it were the principal obligor.
3. WAIVER OF CUSTOMARY LAW RIGHTS
3.1 The Guarantor irrevocably abandons any right which it has or may have under the customary law of Jersey to require that the Lender first take action against the Borrower (droit de discussion) or, where there is more than one guarantor, that liability be divided between them (droit de division).
4. CONTINUING GUARANTEE
4.1 This Guarantee is a continuing guarantee and shall remain in full force and effect until terminated by the Guarantor giving the Lender not less than three (3) months' written notice, provided that termination shall not release the Guarantor from liability for Guaranteed Obligations incurred before that notice expires.
5. GOVERNING LAW AND JURISDICTION
5.1 This Guarantee and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Island of Jersey.
5.2 The Guarantor irrevocably submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
# EXECUTION
IN WITNESS of which this Guarantee has been executed as a deed and is delivered on the date stated at the beginning of this Guarantee.
| EXECUTED as a DEED by LE BROCQ FAMILY HOLDINGS (JERSEY) LIMITED acting by two directors | |
| Director: Hélène Marguerite Le Brocq | Director: Thomas J. P. Le Brocq |
| ACCEPTED by BANQUE CÉVENOLE (JERSEY) LIMITED | |
| Authorised signatory: Olivier Dufresne-Vautier | Date: 10 February 2026 |
| Acknowledged by POINTE DU SUD DEVELOPMENTS LIMITED for information only | Director: Sébastien Le Brocq |`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Le Brocq Family Holdings (Jersey) Limited", "Banque Cévenole (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-09",
      term: "Until terminated",
    },
  },
  {
    id: "v23-finance-nsw-deed-of-amendment",
    format: "pdf",
    pdfMargin: 84,
    source: `# DEED OF AMENDMENT
Facility Agreement dated 1 July 2023
Wattle Grove Agribusiness Pty Ltd (ACN 161 204 775)
Kurrajong Pastoral Holdings Pty Ltd (ACN 098 553 120) as trustee for the Kurrajong Family Trust
Southern Cross Mutual Bank Limited (ABN 47 087 651 999)
Bellbird Partners, Lawyers, Level 18, 25 Martin Place, Sydney NSW 2000
===
# DEED OF AMENDMENT
THIS DEED is made on 18 March 2026
PARTIES
1. WATTLE GROVE AGRIBUSINESS PTY LTD (ACN 161 204 775) of 210 Lachlan Street, Forbes NSW 2871 (Borrower)
2. KURRAJONG PASTORAL HOLDINGS PTY LTD (ACN 098 553 120) in its own right and as trustee for the Kurrajong Family Trust (ABN 63 552 118 904) of "Kurrajong", 1142 Bogan Gate Road, Parkes NSW 2870 (Guarantor)
3. SOUTHERN CROSS MUTUAL BANK LIMITED (ABN 47 087 651 999) of Level 30, 1 Farrer Place, Sydney NSW 2000 (Lender)
BACKGROUND
A. The Borrower and the Lender are parties to a facility agreement dated 1 July 2023 (Facility Agreement), under which the Lender provides the Borrower with a seasonal working capital facility of $8,500,000 which ends on the Termination Date of 30 June 2026.
B. The Guarantor guaranteed the obligations of the Borrower under a guarantee and indemnity dated 1 July 2023.
C. The parties wish to amend the Facility Agreement as set out in this deed.
OPERATIVE PROVISIONS
1. Definitions and interpretation
1.1 In this deed, Effective Date means 1 April 2026. Terms defined in the Facility Agreement have the same meaning in this deed.
2. Amendment
2.1 With effect on and from the Effective Date, the Facility Agreement is amended as follows:
(a) in clause 1.1, the definition of Margin is replaced with "Margin means 2.15% per annum";
(b) a new clause 18.4 is inserted: "18.4 Interest Cover Ratio. The Borrower must ensure that the Interest Cover Ratio for each Calculation Period ending on 30 June or 31 December is not less than 2.25:1"; and
(c) in clause 21 (Notices), "5 Business Days" is replaced with "10 Business Days".
2.2 For the avoidance of doubt, the Termination Date remains 30 June 2026 and nothing in this deed extends the term of the Facility Agreement.
3. Guarantor confirmation
The Guarantor, in its own right and as trustee of the Kurrajong Family Trust, confirms that its guarantee extends to the Facility Agreement as amended by this deed.
4. General
4.1 Except as amended by this deed, the Facility Agreement remains in full force and effect.
4.2 This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of that State.
4.3 This deed may be executed in any number of counterparts.
===
# EXECUTED as a deed
| Executed by Wattle Grove Agribusiness Pty Ltd (ACN 161 204 775) in accordance with section 127 of the Corporations Act 2001 (Cth) | |
| Signature of director: Bronwyn Ellis-Nakamura | Signature of director/company secretary: Callum O'Rourke |
| Executed by Kurrajong Pastoral Holdings Pty Ltd (ACN 098 553 120) in its own right and as trustee for the Kurrajong Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | |
| Signature of sole director and sole company secretary: Margaret Anne Hollis | |
| Signed, sealed and delivered for Southern Cross Mutual Bank Limited (ABN 47 087 651 999) by its attorney under power of attorney dated 3 May 2021 | in the presence of: |
| Signature of attorney: Rajesh Venkataraman, Head of Agribusiness Credit | Signature of witness: Li Na Zhou |`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Wattle Grove Agribusiness Pty Ltd", "Kurrajong Pastoral Holdings Pty Ltd", "Southern Cross Mutual Bank Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-01",
      amends: "Facility Agreement",
    },
  },
  {
    id: "v23-finance-hk-share-charge",
    format: "pdf",
    source: `# SHARE CHARGE
THIS DEED OF SHARE CHARGE is dated 2 June 2026 and is made BETWEEN:
(1) CHAN Tai Man, Peter (holder of Hong Kong Identity Card No. K123456(7)) of Flat 12A, Tower 3, Harbour Crest, 8 Hoi Wan Street, Quarry Bay, Hong Kong (the "Chargor"); and
(2) JADE HARBOUR FINANCE LIMITED, a company incorporated in Hong Kong with company number 2987654, whose registered office is at Suite 2803, 28th Floor, One Kowloon Commerce Centre, 1 Wang Yuen Street, Kowloon Bay, Hong Kong, as security agent and trustee for the Secured Parties (the "Security Agent").
WHEREAS:
(A) Pursuant to a facility agreement dated 25 May 2026 between Kowloon Bay Precision Engineering Company Limited (the "Company") as borrower, the financial institutions named in it as lenders and the Security Agent (the "Facility Agreement"), term loan facilities of HK$85,000,000 have been made available to the Company for a period of twenty-four (24) months.
(B) The Chargor is the legal and beneficial owner of 7,500,000 ordinary shares in the Company, representing 75 per cent. of its issued share capital (the "Charged Shares").
(C) It is a condition precedent to the first utilisation under the Facility Agreement that the Chargor enters into this Deed.
NOW THIS DEED WITNESSES as follows:
1. Definitions. In this Deed, "Secured Liabilities" means all present and future obligations of the Company to the Secured Parties under the Finance Documents, and "Security Period" means the period beginning on the date of this Deed and ending on the date on which the Security Agent is satisfied that all the Secured Liabilities have been unconditionally and irrevocably paid and discharged in full.
2. Charge. The Chargor, as beneficial owner and as continuing security for the payment and discharge of the Secured Liabilities, charges in favour of the Security Agent by way of first fixed charge all of the Charged Shares and all dividends, rights and other assets deriving from them (the "Related Rights").
3. Delivery of documents. Within five (5) Business Days of the date of this Deed, the Chargor shall deposit with the Security Agent the share certificates for the Charged Shares, signed but undated instruments of transfer and bought and sold notes, and a signed but undated letter of resignation of each director of the Company appointed by the Chargor, in the form set out in Schedule 2.
4. Voting rights. Until an Event of Default occurs which is continuing, the Chargor may exercise the voting rights attaching to the Charged Shares, provided that he shall not do so in any manner which would prejudice the security created by this Deed.
5. Continuing security and release. This Deed shall remain in full force and effect throughout the Security Period. At the end of the Security Period the Security Agent shall, at the request and cost of the Chargor, release the Charged Shares from the security created by this Deed.
6. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region of the People's Republic of China.
===
# SCHEDULE 2 FORM OF LETTER OF RESIGNATION
To: The Board of Directors, Kowloon Bay Precision Engineering Company Limited
Date: [          ]
Dear Sirs
I, LEE Siu Ming, hereby resign as a director of the Company with effect from the date of this letter and confirm that I have no claim against the Company for compensation for loss of office or otherwise.
Signed: ______________________ LEE Siu Ming
===
# EXECUTION PAGE
| SIGNED, SEALED and DELIVERED as a deed by CHAN Tai Man, Peter | in the presence of: |
| (signature) CHAN Tai Man, Peter | Witness: Wong Ka Yan, Solicitor, Messrs. Tse, Wong & Partners, Hong Kong |
| The Security Agent | |
| SIGNED by Ho Wing Sze, Rebecca, Director | for and on behalf of JADE HARBOUR FINANCE LIMITED |`,
    truth: {
      title: "Share Charge",
      documentType: "Security agreement",
      parties: ["CHAN Tai Man, Peter", "Jade Harbour Finance Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v23-finance-singapore-term-loan",
    format: "txt",
    source: `# TERM LOAN AGREEMENT
# PART A - KEY DETAILS
| Item | Details |
| Date of Agreement | 1 July 2026 |
| Borrower | TAN & RAHMAN BIOTECH PTE. LTD. (UEN 201934567K), a company incorporated in Singapore with its registered office at 10 Science Park Road, #03-14 The Alpha, Singapore 117684 |
| Lender | LION CITY VENTURE DEBT FUND I LP (Registration No. T21LP0045A), a limited partnership registered in Singapore, acting through its general partner, Lion City VD GP Pte. Ltd., and managed by Orchid Bay Capital Management Pte. Ltd. (the "Manager") |
| Loan Amount | S$3,000,000, to be advanced in a single drawing |
| Term | Eighteen (18) months from the Date of Agreement |
| Final Repayment Date | 1 January 2028 |
| Interest | 11.5% per annum, payable monthly in arrears on the last Business Day of each month |
| Interest-only Period | The first six (6) months after the Utilisation Date, after which the Loan shall be repaid in twelve (12) equal monthly instalments |
| Prepayment Fee | 3% of the amount prepaid if prepaid within twelve (12) months after the Utilisation Date, and 1% thereafter |
| Warrants | The Borrower shall issue to the Lender warrants over Series B preference shares with an aggregate exercise price equal to 5% of the Loan Amount, under a separate warrant instrument |
| Guarantee | A personal guarantee from Dr. Tan Wei Ling, the Borrower's Chief Executive Officer, to be delivered under a separate deed of guarantee as a condition precedent |
# PART B - TERMS AND CONDITIONS
1. Interpretation. Terms defined in Part A have the same meaning in this Part B. "Utilisation Date" means the date on which the Loan is advanced, which shall be no later than thirty (30) days after the Date of Agreement.
2. The Loan. The Lender agrees to make the Loan available to the Borrower for the Term, and the Borrower shall repay the Loan in full, together with all accrued interest and other amounts outstanding, no later than the Final Repayment Date.
3. Events of Default. Each of the following is an Event of Default: the Borrower fails to pay any amount within three (3) Business Days of its due date; the Borrower breaches any other obligation and does not remedy the breach within fifteen (15) Business Days; or the Borrower becomes insolvent or is wound up.
4. Confidentiality. Each party shall keep confidential the terms of this Agreement and all information received from the other party during the Term and for a period of two (2) years after the Final Repayment Date.
5. Third Party Rights. A person who is not a party to this Agreement, including the Manager, has no right under the Contracts (Rights of Third Parties) Act 2001 to enforce any term of this Agreement.
6. Governing Law and Jurisdiction. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore, and the parties submit to the exclusive jurisdiction of the courts of Singapore.
EXECUTED by the parties on the Date of Agreement.
| Signed by Rahman bin Abdullah, Director, for and on behalf of TAN & RAHMAN BIOTECH PTE. LTD. | Signed by Goh Mei Xuan, Director of Lion City VD GP Pte. Ltd., as general partner for and on behalf of LION CITY VENTURE DEBT FUND I LP |
| Witness: Nurul Huda binte Ismail | Witness: Kenneth Seah Boon Keat |`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Tan & Rahman Biotech Pte. Ltd.", "Lion City Venture Debt Fund I LP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-01-01",
      term: "18 months",
    },
  },
  {
    id: "v23-finance-ontario-general-security",
    format: "pdf",
    pageFooters: true,
    source: `# GENERAL SECURITY AGREEMENT
TO: LAURENTIAN SHIELD CREDIT UNION LIMITED (the "Secured Party")
1101 Lasalle Boulevard, Sudbury, Ontario P3A 1X9
DATE: the 3rd day of August, 2026
1. GRANT OF SECURITY. For value received, the undersigned (the "Debtor") hereby grants to the Secured Party, by way of mortgage, charge, assignment and transfer, a continuing security interest in all of the Debtor's present and after-acquired personal property, including all equipment, inventory, accounts, intangibles and proceeds (the "Collateral"), as general and continuing security for the payment and performance of all present and future debts, liabilities and obligations of the Debtor to the Secured Party (the "Obligations").
2. LOCATION OF COLLATERAL. The Debtor's chief executive office and all tangible Collateral are located at 455 Notre Dame Avenue, Unit 2, Sudbury, Ontario P3C 5K9, and will not be moved without the prior written consent of the Secured Party.
3. CREDIT FACILITIES. The Obligations include, without limitation, all amounts owing under the commitment letter issued by the Secured Party to the Debtor dated June 18, 2026, providing a demand operating line of $250,000 and a sixty (60) month term loan of $1,100,000, as amended, renewed or replaced from time to time.
4. OTHER SECURITY. The Secured Party also holds a personal guarantee from Dr. Priya Raman limited to $300,000. That guarantee is a separate instrument and is not affected by this Agreement.
5. INSURANCE. The Debtor shall keep the Collateral insured against loss or damage by fire and other risks customarily insured against, with loss payable to the Secured Party, and shall deliver evidence of that insurance within ten (10) days of any request.
6. EVENTS OF DEFAULT. The Obligations shall become immediately due and payable, and the security hereby constituted shall become enforceable, if the Debtor defaults in any payment of the Obligations or fails to remedy any other breach of this Agreement within fifteen (15) days after written notice from the Secured Party.
7. REMEDIES. On default, the Secured Party may appoint a receiver or receiver and manager of the Collateral and may sell or otherwise dispose of the Collateral on giving the Debtor not less than fifteen (15) days' notice as required by the Personal Property Security Act (Ontario).
8. CONTINUING SECURITY. This Agreement is a continuing security and shall remain in effect until all of the Obligations have been paid and performed in full and the Secured Party has delivered a written discharge to the Debtor.
9. GOVERNING LAW. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
10. COPY OF AGREEMENT. The Debtor acknowledges receipt of an executed copy of this Agreement and waives its right to receive a copy of any financing statement or verification statement registered in respect of this Agreement.
11. LANGUAGE. The parties have required that this Agreement be drawn up in English. Les parties ont exigé que la présente convention soit rédigée en anglais.
===
# SCHEDULE A - EXCLUDED COLLATERAL
Dental imaging equipment (one cone-beam CT unit and two intraoral scanners) leased to the Debtor by Boréal Medical Leasing Ltd. under an equipment lease dated January 4, 2024 for a term of sixty (60) months.
IN WITNESS WHEREOF the Debtor has executed this Agreement on the date first written above.
| 2745891 ONTARIO INC., carrying on business as Maple Ridge Family Dentistry | |
| Per: Dr. Priya Raman, President | I have authority to bind the corporation. |
| Witness: Étienne Lavallée, Loans Officer | |`,
    truth: {
      title: "General Security Agreement",
      documentType: "Security agreement",
      parties: ["Laurentian Shield Credit Union Limited", "2745891 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-08-03",
    },
  },
];
