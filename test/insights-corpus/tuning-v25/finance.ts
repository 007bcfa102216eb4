import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25, finance: facility letters, credit and loan agreements, security, guarantees, amendments and board minutes. */
export const FINANCE_V25: UnseenDocument[] = [
  {
    id: "v25-finance-ni-working-capital-letter",
    format: "docx",
    storedPageCount: 2,
    source: `LAGAN & FOYLE BANK LIMITED
Business Banking Centre, 40 Donegall Square North, Belfast BT1 5GB
Registered in Northern Ireland No. NI612044
14 April 2026
The Directors
Mourne Precision Engineering Ltd
Unit 7, Carnbane Industrial Estate
Newry BT35 6QH
Our ref: BB/MPE/0426/17
Dear Sirs
# Working Capital Facility Letter
We, Lagan & Foyle Bank Limited (the "Bank"), are pleased to offer Mourne Precision Engineering Ltd (the "Borrower") the facility described below on the terms of this letter. This letter replaces our indicative terms letter of 2 March 2026, which is of no further effect.
| Facility | Revolving working capital facility |
| Limit | £750,000 |
| Purpose | General working capital of the Borrower's precision machining business |
| Availability | An initial period of twelve (12) months from the date of this letter |
| Margin | 3.25% per annum over the Bank of England Base Rate |
1. Availability and renewal. The Facility is available for the initial period set out above. On the expiry of that period, and of each renewal period, the Facility shall renew automatically for a further period of twelve (12) months unless the Bank gives the Borrower not less than sixty (60) days' written notice that it will not be renewed.
2. Utilisation and repayment. Each utilisation shall be repaid on the last day of its interest period, which may be one, three or six months, and amounts repaid may be redrawn.
3. Security. The Facility is to be secured by a debenture from the Borrower and by a personal guarantee limited to £150,000 from Mr Conor McAlinden, a director of the Borrower. Mr McAlinden is not a party to this letter and his guarantee will be given in a separate document.
===
4. Conditions. The Bank will not make the Facility available until it has received a copy of this letter countersigned on behalf of the Borrower, the debenture and guarantee referred to above, and a certified copy of a resolution of the Borrower's board approving this letter.
5. Fees. An arrangement fee of £5,625 is payable on acceptance and is not refundable.
6. Governing law. This letter and any non-contractual obligations arising out of it are governed by the law of Northern Ireland, and the courts of Northern Ireland have exclusive jurisdiction.
This offer will lapse if we have not received your acceptance within thirty (30) days of the date of this letter.
Yours faithfully
Siobhán Devlin
Relationship Director, for and on behalf of Lagan & Foyle Bank Limited
# Acceptance
We accept the offer contained in this letter on its terms and conditions.
Signed for and on behalf of Mourne Precision Engineering Ltd by Conor McAlinden, Director
Date: 29 April 2026`,
    truth: {
      title: "Working Capital Facility Letter",
      documentType: "Facility agreement",
      parties: ["Lagan & Foyle Bank Limited", "Mourne Precision Engineering Ltd"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-14",
      expiryDate: "2027-04-14",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v25-finance-ny-revolving-credit",
    format: "pdf",
    pageFooters: true,
    source: `# REVOLVING CREDIT AGREEMENT
Dated as of June 2, 2026
among
HUDSON RIDGE LOGISTICS, LLC,
as Borrower,
THE LENDERS FROM TIME TO TIME PARTY HERETO
and
EMPIRE STATE COMMERCIAL BANK, N.A.,
as Administrative Agent
PALISADE SECURITIES LLC,
as Sole Lead Arranger and Sole Bookrunner
===
# REVOLVING CREDIT AGREEMENT
This REVOLVING CREDIT AGREEMENT (this “Agreement”) is made and entered into as of June 2, 2026 (the “Closing Date”), by and among HUDSON RIDGE LOGISTICS, LLC, a Delaware limited liability company (the “Borrower”); EMPIRE STATE COMMERCIAL BANK, N.A., a national banking association, as a Lender and as administrative agent for the Lenders (in such capacity, the “Administrative Agent”); and TAPPAN CAPITAL PARTNERS FUND III, L.P., a Delaware limited partnership, as a Lender.
# RECITALS
WHEREAS, the Borrower is party to a Credit Agreement dated as of March 15, 2021 with Lakeshore National Bank, governed by the laws of the State of Illinois (the “Existing Credit Agreement”), which is to be repaid in full and terminated on the Closing Date;
WHEREAS, pursuant to a commitment letter dated April 20, 2026, the Lenders have agreed to provide a revolving credit facility in an aggregate principal amount of up to $85,000,000 on the terms and subject to the conditions set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual covenants contained herein, the parties hereto agree as follows:
# ARTICLE I – DEFINITIONS
“Availability Period” means the period from and including the Closing Date to but excluding the Maturity Date.
“Guarantor” means Hudson Ridge Holdings, Inc., a Delaware corporation, which will guarantee the Obligations under a separate Guaranty dated as of the Closing Date and is not a party to this Agreement.
“Maturity Date” means June 2, 2031, being the fifth anniversary of the Closing Date.
# ARTICLE II – THE CREDITS
Section 2.01 Commitments. Each Lender severally agrees to make Revolving Loans to the Borrower from time to time during the Availability Period in an aggregate principal amount not exceeding its Commitment.
Section 2.05 Repayment. The Borrower shall repay all outstanding Revolving Loans on the Maturity Date. Each Interest Period shall be one, three or six months, at the Borrower’s election.
Section 2.09 Extension Option. The Borrower may, not more than twice, request that the Lenders extend the Maturity Date by one year; any such extension shall require the consent of each Lender, which it may give or withhold in its sole discretion.
===
# ARTICLE IX – MISCELLANEOUS
Section 9.09 Governing Law. THIS AGREEMENT SHALL BE CONSTRUED IN ACCORDANCE WITH AND GOVERNED BY THE LAW OF THE STATE OF NEW YORK.
Section 9.12 Confidentiality. The obligations in this Section 9.12 shall survive for two (2) years following the termination of the Commitments.
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by their respective authorized officers as of the date first above written.
HUDSON RIDGE LOGISTICS, LLC, by Hudson Ridge Holdings, Inc., its sole member — By: Dana K. Whitfield, President
EMPIRE STATE COMMERCIAL BANK, N.A., as Administrative Agent and as a Lender — By: Marcus T. Oyelaran, Managing Director
TAPPAN CAPITAL PARTNERS FUND III, L.P., by Tappan Capital GP III, LLC, its general partner — By: Rebecca S. Lindqvist, Authorized Signatory`,
    truth: {
      title: "Revolving Credit Agreement",
      documentType: "Facility agreement",
      parties: ["Hudson Ridge Logistics, LLC", "Empire State Commercial Bank, N.A.", "Tappan Capital Partners Fund III, L.P."],
      governingLaw: "New York",
      effectiveDate: "2026-06-02",
      expiryDate: "2031-06-02",
      term: "5 years",
    },
  },
  {
    id: "v25-finance-jersey-share-security",
    format: "txt",
    source: `# SECURITY INTEREST AGREEMENT
(relating to shares in Saint Aubin Property Holdings Limited)
THIS AGREEMENT takes effect on the date on which it has been executed by the last of the parties to execute it, and is made BETWEEN:
(1) SAINT AUBIN HOLDINGS (NO. 2) LIMITED, a company incorporated in Jersey with registered number 139870 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Grantor"); and
(2) CORBIÈRE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 88412, as security trustee for the Secured Parties (the "Security Agent").
BACKGROUND
(A) Under a facility agreement dated 12 May 2026 between, among others, Saint Aubin Property Holdings Limited as borrower, Grève de Lecq Bank (Jersey) Limited as original lender and the Security Agent (the "Facility Agreement"), which is governed by English law, the original lender has agreed to make a term loan facility available to the Company.
(B) The Grantor owns all of the issued shares in Saint Aubin Property Holdings Limited (the "Company").
1. DEFINITIONS
In this Agreement: "Law" means the Security Interests (Jersey) Law 2012; "Collateral" means the Shares and all Related Rights; "Secured Obligations" means all present and future obligations owed by the Obligors to the Secured Parties under the Finance Documents; and "Shares" means the 10,000 ordinary shares of £1 each in the Company.
2. CREATION OF SECURITY
2.1 The Grantor grants to the Security Agent, as continuing security for the payment and discharge of the Secured Obligations, a security interest in the Collateral in accordance with the Law.
2.2 The Grantor shall deliver to the Security Agent, within five (5) Business Days after this Agreement takes effect, the share certificates for the Shares and signed but undated share transfer forms.
3. ENFORCEMENT
The power of enforcement arises on the occurrence of an Event of Default which is continuing. The Security Agent shall give the Grantor not less than fourteen (14) days' written notice of its intention to sell any of the Collateral.
4. RELEASE
Once the Secured Obligations have been irrevocably discharged in full, the Security Agent shall release the Collateral at the request and cost of the Grantor.
5. GOVERNING LAW
This Agreement is governed by Jersey law and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
EXECUTION
Executed by SAINT AUBIN HOLDINGS (NO. 2) LIMITED on 18 May 2026 acting by Hélène Le Cornu, Director, and Marcus Vibert, Director
Executed by CORBIÈRE TRUSTEES LIMITED on 19 May 2026 acting by its authorised signatory Priya Ramsaran`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Saint Aubin Holdings (No. 2) Limited", "Corbière Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-05-19",
    },
  },
  {
    id: "v25-finance-scots-limited-guarantee",
    format: "pdf",
    pdfMargin: 90,
    source: `# GUARANTEE
by
MACLEOD & FRASER (FARMS) LIMITED
in favour of
THE NORTH ESK BANKING COMPANY PLC
===
We, MACLEOD & FRASER (FARMS) LIMITED, incorporated under the Companies Acts (Registered Number SC284519) and having our Registered Office at Mains of Balnagown, Kildary, Invergordon IV18 0NU (the "Guarantor"), in consideration of The North Esk Banking Company plc, incorporated under the Companies Acts (Registered Number SC009931) and having its Registered Office at 8 St Andrew Square, Edinburgh EH2 2AF (the "Bank"), continuing to make banking facilities available to GLEN AFFRIC DISTILLERS LIMITED (Registered Number SC411206) (the "Debtor"), HEREBY GUARANTEE to the Bank the payment of all sums due and to become due by the Debtor to the Bank, subject to the limit set out below.
1. Limit. The maximum amount recoverable from the Guarantor under this Guarantee is FOUR HUNDRED THOUSAND POUNDS (£400,000) together with interest from the date of demand.
2. Demand. The Guarantor shall pay any sum due under this Guarantee within seven days of a written demand by the Bank.
3. Duration. This Guarantee shall expire on 31 March 2029, save that it shall continue in respect of any demand made by the Bank on or before that date.
4. Preservation. The obligations of the Guarantor shall not be affected by any time or indulgence granted to the Debtor or by any variation of the facility letter dated 18 February 2026 issued by the Bank to the Debtor.
5. Registration. We consent to registration of this Guarantee and of any certificate given under it for preservation and execution.
6. Law. This Guarantee is governed by the law of Scotland and we prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the said Macleod & Fraser (Farms) Limited at Inverness on the Ninth day of March Two thousand and twenty-six by Alasdair Macleod, Director, before this witness, Morag Euphemia Grant, Solicitor, 14 Church Street, Inverness IV1 1DY.
Alasdair Macleod, Director
Morag E. Grant, Witness`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Macleod & Fraser (Farms) Limited", "The North Esk Banking Company plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-09",
      expiryDate: "2029-03-31",
    },
  },
  {
    id: "v25-finance-english-deed-of-amendment",
    format: "docx",
    source: `# DEED OF AMENDMENT
relating to a £42,000,000 Term Facility Agreement dated 3 October 2023
THIS DEED is dated 27 February 2026 and is made BETWEEN:
(1) THAMESMEAD RENEWABLES (HOLDCO) LIMITED, a company incorporated in England and Wales with registered number 14022917 (the “Borrower”);
(2) THAMESMEAD RENEWABLES OPERATIONS LIMITED, a company incorporated in England and Wales with registered number 14023350 (the “Guarantor”); and
(3) ALDGATE INFRASTRUCTURE DEBT FUND II SCSP, a special limited partnership established under the laws of Luxembourg, acting by its general partner Aldgate Infrastructure GP S.à r.l. (the “Lender”).
WHEREAS:
(A) The Borrower, the Guarantor and Barbican Mezzanine Partners LLP, as original lender, entered into a term facility agreement dated 3 October 2023 (the “Original Agreement”), under which the Termination Date fell five years after the date of the Original Agreement.
(B) By a transfer certificate dated 14 June 2024, Barbican Mezzanine Partners LLP transferred all of its rights and obligations under the Original Agreement to the Lender.
(C) The parties wish to extend the Termination Date and reset the Margin as set out in this Deed.
IT IS AGREED as follows:
1. Interpretation. In this Deed, “Effective Date” means 2 March 2026. Terms defined in the Original Agreement have the same meaning in this Deed.
2. Amendments. With effect from the Effective Date the Original Agreement is amended as follows: (a) in clause 1.1, the definition of “Termination Date” is replaced by “3 October 2030”; and (b) in clause 9.2, “4.50 per cent. per annum” is replaced by “3.90 per cent. per annum”.
3. Fee. The Borrower shall pay to the Lender an amendment fee of 0.25 per cent. of the Loans outstanding on the Effective Date.
4. Continuity. Save as amended by this Deed, the Original Agreement remains in full force and effect. The Guarantor confirms that its guarantee under clause 18 of the Original Agreement extends to the obligations of the Borrower under the Original Agreement as amended by this Deed.
5. Governing law. This Deed and any non-contractual obligations arising out of or in connection with it are governed by English law.
This Deed has been executed as a deed and is delivered on the date stated at the beginning of it.
===
# EXECUTION
Executed as a deed by THAMESMEAD RENEWABLES (HOLDCO) LIMITED acting by Olusegun Adebayo, a director, in the presence of Rachel Tomlinson, trainee solicitor, 1 Cheapside, London EC2V 6DN
Executed as a deed by THAMESMEAD RENEWABLES OPERATIONS LIMITED acting by Olusegun Adebayo, a director, in the presence of Rachel Tomlinson
Executed as a deed by ALDGATE INFRASTRUCTURE DEBT FUND II SCSP acting by its general partner ALDGATE INFRASTRUCTURE GP S.À R.L., acting by its manager Jean-Luc Wagner`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Thamesmead Renewables (Holdco) Limited", "Thamesmead Renewables Operations Limited", "Aldgate Infrastructure Debt Fund II SCSp"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-02",
      amends: "Term Facility Agreement",
    },
  },
  {
    id: "v25-finance-singapore-director-loan",
    format: "txt",
    source: `# LOAN AGREEMENT
THIS LOAN AGREEMENT is made on the 3rd day of August 2026
BETWEEN
MR. TAN WEI MING (NRIC No. S7712345D) of 18 Jalan Kembangan, #03-11, Singapore 419140 (the "Lender");
AND
LUMINA ORCHID PTE. LTD. (UEN 201934567K), a company incorporated in Singapore with its registered office at 80 Robinson Road, #10-01, Singapore 068898 (the "Borrower").
WHEREAS the Lender is a director and shareholder of the Borrower and has agreed to lend the Borrower the sum of S$500,000 (the "Loan") for its working capital on the terms set out below.
NOW IT IS HEREBY AGREED as follows:
1. The Loan. The Lender shall advance the Loan to the Borrower in a single drawing on or before 17 August 2026.
2. Term. This Agreement shall be for a period of three (3) years commencing on the date of this Agreement, and the Borrower shall repay the Loan in full, together with all accrued interest, on 2 August 2029 (the "Repayment Date").
3. Extension. The Borrower may, by written request made not later than three (3) months before the Repayment Date, ask the Lender to extend the Repayment Date by a further twelve (12) months; the Lender may grant or refuse any such request at his sole discretion.
4. Interest. Interest accrues on the Loan at 4.5% per annum and is payable half-yearly in arrear, within fourteen (14) days after each 30 June and 31 December.
5. Prepayment. The Borrower may prepay the Loan in whole or in part on giving the Lender not less than thirty (30) days' written notice.
6. Subordination. The Lender's claims under this Agreement are subordinated to the Borrower's banking facilities with Straits Harbour Bank Ltd under the facility letter dated 9 May 2025.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first above written.
Signed by TAN WEI MING in the presence of: Lim Hui Xian, Advocate & Solicitor
The Common Seal of LUMINA ORCHID PTE. LTD. was affixed in the presence of Rachel Ong Siew Ling, Director, and Darren Koh, Company Secretary`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Tan Wei Ming", "Lumina Orchid Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-03",
      expiryDate: "2029-08-02",
      term: "3 years",
    },
  },
  {
    id: "v25-finance-nz-board-minutes",
    format: "pdf",
    pageFooters: true,
    source: `# KŌWHAI BAY ORCHARDS LIMITED
(Company number 6153478)
# Minutes of a Meeting of the Board of Directors
Held at Level 2, 15 Hardinge Street, Tauranga 3110 on Tuesday, 21 July 2026 at 10.00 am
Present: Aroha Ngata (Chair), Geoffrey R. Pemberton, Mei-Lin Zhou
In attendance: Hamish Burrows (Chief Financial Officer); Sophie Tremain, Partner, Whitcombe Ridley Lawyers (for item 3 only)
1. Notice and quorum. The Chair noted that notice of the meeting had been given to all directors on 14 July 2026 and that a quorum was present.
2. Interests. Geoffrey R. Pemberton declared that he is a director of Pemberton Family Trustee Limited, which holds 12% of the shares in the Company. The Board noted the interest and agreed that he could take part in the discussion.
3. Facility. The Board considered the draft facility agreement between the Company, as borrower, and Te Awa Rural Bank Limited, as lender, providing a NZ$6,500,000 term loan facility for a period of five years (the "Facility Agreement"), together with a general security agreement to be granted by the Company in favour of the bank and a guarantee to be given by Kōwhai Bay Packhouse Limited.
4. Resolutions. After due consideration, the Board RESOLVED that: (a) the terms of the Facility Agreement and the general security agreement are approved, and the Company's entry into them is in the best interests of the Company; (b) any two directors be authorised to execute them on behalf of the Company; and (c) the Company give the directors' certificate required by the bank as a condition precedent.
5. Directors' duties. Each director present confirmed that he or she had considered the directors' duties under sections 131 and 135 of the Companies Act 1993 in relation to the transaction.
6. Close. There being no further business, the meeting closed at 10.45 am.
Signed as a correct record:
Aroha Ngata, Chair
Date: 4 August 2026`,
    truth: {
      title: "Minutes of a Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Kōwhai Bay Orchards Limited"],
      effectiveDate: "2026-07-21",
    },
  },
  {
    id: "v25-finance-sa-trust-loan",
    format: "docx",
    storedPageCount: 3,
    source: `# LOAN AGREEMENT
# PART A – KEY TERMS
| Item | Details |
| Lender | Ubuntu Education Trust (Master's reference IT 4471/2014), acting through its trustees for the time being |
| Borrower | Kgalagadi Learning Centres (Pty) Ltd (registration number 2017/318842/07) |
| Loan Amount | R3,200,000 (three million two hundred thousand rand) |
| Commencement Date | 1 July 2026 |
| Loan Term | 24 (twenty-four) months from the Commencement Date |
| Interest | Prime rate less 1% per annum, payable monthly in arrear |
| Security | Cession in securitatem debiti of the Borrower's book debts; suretyship by Mr Thabo J. Kekana |
| Domicilium (Lender) | 41 Jan Smuts Avenue, Parktown, Johannesburg, 2193 |
| Domicilium (Borrower) | 9 Plein Street, Cape Town, 8001 |
===
# PART B – TERMS AND CONDITIONS
1. The Lender lends the Loan Amount to the Borrower on the terms in Part A and this Part B. If there is a conflict, Part A prevails.
2. The Loan shall be advanced on the Commencement Date. Interest is payable monthly, and the whole of the capital shall be repaid in a single payment at the end of the Loan Term.
3. The Borrower shall apply the Loan only to the refurbishment of its learning centres in Kimberley and Upington.
4. The suretyship of Thabo J. Kekana will be given in a separate deed of suretyship; he is not a party to this agreement.
5. If the Borrower fails to pay any amount within seven (7) days of its due date, the Lender may, on ten (10) business days' written notice, call up the whole outstanding balance.
6. Each party shall keep the terms of this agreement confidential. This obligation survives for two (2) years after the Loan is repaid.
7. This agreement is governed by the law of the Republic of South Africa, and the parties consent to the jurisdiction of the High Court of South Africa, Gauteng Division, Johannesburg.
8. This agreement constitutes the whole agreement between the parties, and no variation of it is of any force unless in writing and signed by both parties.
===
# SIGNATURES
Signed at Johannesburg on 18 June 2026 for the Lender by Nomsa Mahlangu and Pieter van der Merwe, in their capacities as trustees of the Ubuntu Education Trust, duly authorised by a resolution of the trustees.
Signed at Cape Town on 22 June 2026 for the Borrower by Lerato Dube, Director, who warrants that she is duly authorised.
As witnesses: 1. K. Naidoo  2. J. Botha`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Ubuntu Education Trust", "Kgalagadi Learning Centres (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-07-01",
      term: "24 months",
    },
  },
];
