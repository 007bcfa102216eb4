import type { UnseenDocument } from "../unseen/types";

/** Facilities, facility letters, loan notes, promissory notes, guarantees, security and releases. */
export const FINANCE_V5: UnseenDocument[] = [
  {
    id: "v5-facilities-agreement-england",
    format: "pdf",
    pageFooters: true,
    source: `DATED 30 September 2024
STRATHMORE FOODS HOLDINGS LIMITED
as Borrower
NORTHUMBRIAN BANK PLC
as Lender
# £15,000,000 TERM AND REVOLVING FACILITIES AGREEMENT
===
THIS AGREEMENT is dated 30 September 2024 and made between:
(1) STRATHMORE FOODS HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 10223344 (the "Borrower"); and
(2) NORTHUMBRIAN BANK PLC (the "Lender").
IT IS AGREED as follows:
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
"Availability Period" means, in relation to Facility A, the period from and including the date of this Agreement to and including the date falling three months after it and, in relation to the Revolving Facility, the period from the date of this Agreement to the date falling one month before the Termination Date.
"Facility A" means the £10,000,000 term loan facility made available under clause 2.1(a).
"Revolving Facility" means the £5,000,000 revolving credit facility made available under clause 2.1(b).
"Interest Period" means a period of three months or such other period as the Borrower and the Lender may agree.
"Termination Date" means the date falling 60 months after the date of this Agreement.
# 2. THE FACILITIES
2.1 Subject to the terms of this Agreement, the Lender makes available to the Borrower (a) a sterling term loan facility in an aggregate amount equal to £10,000,000 and (b) a sterling revolving credit facility in an aggregate amount equal to £5,000,000.
# 3. PURPOSE
3.1 The Borrower shall apply all amounts borrowed under Facility A towards refinancing existing indebtedness and the Revolving Facility towards general corporate and working capital purposes.
# 4. REPAYMENT
4.1 The Borrower shall repay Facility A in instalments of £500,000 on each Quarter Date, with the balance repaid in full on the Termination Date.
4.2 Each Revolving Loan shall be repaid on the last day of its Interest Period.
# 5. INTEREST
5.1 The rate of interest on each Loan for each Interest Period is the aggregate of the Margin (3.25 per cent. per annum) and Compounded SONIA.
===
# 6. FINANCIAL COVENANTS
6.1 The Borrower shall ensure that Leverage in respect of each Relevant Period does not exceed 2.75:1.
# 7. GOVERNING LAW
7.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
THE BORROWER
STRATHMORE FOODS HOLDINGS LIMITED
By: Alan Strathmore, Director
THE LENDER
NORTHUMBRIAN BANK PLC
By: Joanne Tait, Director, Corporate Banking`,
    truth: {
      title: "£15,000,000 Term and Revolving Facilities Agreement",
      documentType: "Facility agreement",
      parties: ["Strathmore Foods Holdings Limited", "Northumbrian Bank plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-09-30",
      expiryDate: "2029-09-30",
      term: "60 months",
    },
  },
  {
    id: "v5-facility-letter-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `LIR BANK IRELAND DAC
Business Banking, 1 Grand Canal Square, Dublin 2, D02 P820
Registered in Ireland No. 654321
4 March 2025
Our Ref: BB/CH/2025/117
Strictly Private & Confidential
The Directors
Corrib Hospitality Limited
The Quays Hotel, Dock Road
Galway H91 X2Y3
Dear Sirs,
Re: Facility Letter - Term Loan Facility of €2,500,000
We, Lir Bank Ireland DAC (the "Bank"), are pleased to offer Corrib Hospitality Limited (the "Borrower") the facility described below, subject to the terms and conditions of this Facility Letter and the Bank's General Terms and Conditions for Business Lending (together, the "Facility Documents").
# 1. Facility
| Amount | €2,500,000 |
| Type | Amortising term loan |
| Purpose | Refurbishment of the Quays Hotel, Galway |
| Term | 7 years |
| Final Repayment Date | The seventh anniversary of the date of this Facility Letter |
| Interest | 3.1% per annum over the Bank's 3-month EURIBOR-based rate |
| Repayment | 27 consecutive quarterly instalments of €62,500, with the balance on the Final Repayment Date |
# 2. Security
The Facility will be secured by a first legal mortgage over the Quays Hotel, Dock Road, Galway, and a debenture from the Borrower.
# 3. Conditions Precedent
The Facility will not be available until the Bank has received the documents listed in the Schedule, in form and substance satisfactory to it.
===
# 4. Financial Covenants
Debt service cover of not less than 1.25x, tested annually on the Borrower's audited accounts.
# 5. Acceptance
This offer will lapse if the Bank has not received the duplicate of this letter, signed on behalf of the Borrower, within 30 days of the date of this letter.
# 6. Governing Law
This Facility Letter is governed by the laws of Ireland and the Borrower submits to the jurisdiction of the Irish courts.
Yours faithfully,
Declan Moriarty
Senior Relationship Manager
for and on behalf of Lir Bank Ireland DAC
===
ACCEPTANCE
We accept the above offer on the terms and conditions set out in this Facility Letter.
Signed: Gráinne Walsh, Director, for and on behalf of Corrib Hospitality Limited
Date: 11 March 2025`,
    truth: {
      title: "Facility Letter - Term Loan Facility of €2,500,000",
      documentType: "Facility agreement",
      parties: ["Lir Bank Ireland DAC", "Corrib Hospitality Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2025-03-04",
      expiryDate: "2032-03-03",
      term: "7 years",
    },
  },
  {
    id: "v5-loan-note-instrument",
    format: "docx",
    source: `THIS INSTRUMENT is made by way of deed on 12 December 2024 by KESTREL TOPCO LIMITED (incorporated and registered in England and Wales with company number 15123456) whose registered office is at 25 Old Broad Street, London EC2N 1HQ (the "Company").
# LOAN NOTE INSTRUMENT
constituting £3,000,000 fixed rate unsecured loan notes 2028
WHEREAS the Company, by resolution of its board of directors passed on 10 December 2024, has resolved to create the Notes to be issued as part consideration for the acquisition of the entire issued share capital of Kestrel Aviation Services Limited.
NOW THIS DEED WITNESSES as follows:
1. Definitions
"Noteholder" means a person whose name is entered in the Register as the holder of a Note.
"Notes" means the £3,000,000 fixed rate unsecured loan notes 2028 constituted by this Instrument.
"Redemption Date" means 12 December 2028.
2. Amount and status
2.1 The principal amount of the Notes is limited to £3,000,000. The Notes shall be issued in amounts and integral multiples of £1.
2.2 The Notes constitute unsecured obligations of the Company and rank pari passu among themselves.
3. Interest
3.1 Interest accrues on the Notes at 8 per cent. per annum, payable annually in arrears on each anniversary of the date of this Instrument.
4. Redemption
4.1 The Company shall redeem all Notes outstanding at par, together with accrued interest, on the Redemption Date.
4.2 The Company may redeem all or any of the Notes at any time on giving not less than 10 Business Days' notice to the Noteholders.
4.3 Notes shall become immediately repayable on an Event of Default.
5. Transfer
5.1 The Notes are transferable in amounts or multiples of £1,000 by instrument in writing in any usual form.
6. Register
6.1 The Company shall keep a register of the Notes at its registered office.
7. Governing law
7.1 This Instrument and the Notes are governed by the law of England and Wales.
IN WITNESS of which this Instrument has been executed as a deed and delivered on the date stated at the beginning of it.
Executed as a deed by KESTREL TOPCO LIMITED acting by Oliver Grant, a director, in the presence of:
Witness: Amelia Hart, Trainee Solicitor, 1 Fleet Place, London EC4M 7WS`,
    truth: {
      title: "Loan Note Instrument",
      documentType: "Loan agreement",
      parties: ["Kestrel Topco Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-12-12",
      expiryDate: "2028-12-12",
    },
  },
  {
    id: "v5-promissory-note-texas",
    format: "txt",
    source: `# SECURED PROMISSORY NOTE
$750,000.00
Austin, Texas
July 8, 2024
FOR VALUE RECEIVED, LONE STAR CRANE RENTALS, LLC, a Texas limited liability company ("Maker"), promises to pay to the order of BLUEBONNET CAPITAL PARTNERS, LP, a Delaware limited partnership ("Holder"), at 600 Congress Avenue, Suite 1400, Austin, Texas 78701, or at such other place as Holder may designate in writing, the principal sum of SEVEN HUNDRED FIFTY THOUSAND AND NO/100 DOLLARS ($750,000.00), together with interest on the unpaid principal balance from the date hereof at the rate of eleven percent (11%) per annum.
1. Payments. Interest only shall be payable monthly, in arrears, on the first day of each calendar month beginning August 1, 2024. The entire unpaid principal balance, together with all accrued and unpaid interest, shall be due and payable in full on July 8, 2027 (the "Maturity Date").
2. Prepayment. Maker may prepay this Note in whole or in part at any time without premium or penalty upon ten (10) days' prior written notice to Holder.
3. Security. This Note is secured by a Security Agreement of even date herewith covering the Maker's fleet of mobile cranes described therein.
4. Late Charge. Any installment not paid within fifteen (15) days after its due date shall bear a late charge of five percent (5%) of the amount of the installment.
5. Events of Default. Upon the occurrence of an Event of Default, Holder may declare the entire unpaid principal balance immediately due and payable.
6. Usury Savings. In no event shall interest exceed the maximum amount permitted by applicable law.
6A. Application of Payments. All payments shall be applied first to late charges and costs of collection, then to accrued interest, and then to principal.
6B. Costs of Collection. Maker shall pay all reasonable attorneys' fees and costs incurred by Holder in enforcing this Note.
7. Governing Law. This Note shall be governed by and construed in accordance with the laws of the State of Texas and applicable federal law.
8. Waiver. Maker waives presentment, demand for payment, notice of dishonor, protest and notice of protest.
MAKER:
LONE STAR CRANE RENTALS, LLC
By: ______________________________
Name: Cody Ramirez
Title: Manager`,
    truth: {
      title: "Secured Promissory Note",
      documentType: "Loan agreement",
      parties: ["Lone Star Crane Rentals, LLC", "Bluebonnet Capital Partners, LP"],
      governingLaw: "Texas",
      effectiveDate: "2024-07-08",
      expiryDate: "2027-07-08",
    },
  },
  {
    id: "v5-personal-guarantee-deed",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is dated 7 February 2025 and is made by:
MR ROBERT JAMES ALDRIDGE of The Old Rectory, Church Lane, Little Wittenham, Oxfordshire OX14 4RA (the "Guarantor")
in favour of
HARROWGATE ASSET FINANCE LIMITED (company number 02987654) whose registered office is at 4 Station Square, Harrogate HG1 1TA (the "Creditor").
BACKGROUND
(A) The Creditor has agreed to let on hire to Aldridge Plant Hire Limited (company number 09112233) (the "Debtor") two tracked excavators under a hire purchase agreement dated 3 February 2025 for a term of 48 months (the "Hire Purchase Agreement").
(B) The Guarantor is a director and shareholder of the Debtor and has agreed to guarantee the Debtor's obligations to the Creditor.
IT IS AGREED:
1. Guarantee and indemnity
1.1 In consideration of the Creditor entering into the Hire Purchase Agreement, the Guarantor guarantees to the Creditor, as principal obligor, the punctual payment and performance by the Debtor of all of its obligations under the Hire Purchase Agreement.
1.2 The Guarantor shall, as a separate and independent obligation, indemnify the Creditor against any cost, loss or liability it incurs as a result of the Debtor failing to perform its obligations.
2. Continuing guarantee
2.1 This guarantee is a continuing guarantee and remains in force until all sums due under the Hire Purchase Agreement have been paid in full, regardless of any intermediate payment or discharge.
3. Demands
3.1 The Guarantor shall pay each amount demanded under this deed within 5 Business Days of the date of demand.
4. Waiver of defences
4.1 The obligations of the Guarantor are not affected by any time, waiver or consent granted to the Debtor or any variation of the Hire Purchase Agreement.
5. Independent legal advice
5.1 The Guarantor confirms that he has received independent legal advice before executing this deed.
6. Governing law
6.1 This deed and any dispute or claim arising out of it are governed by the law of England and Wales.
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
SIGNED as a DEED by ROBERT JAMES ALDRIDGE
in the presence of:
Witness: Penelope Marsh, Solicitor, 12 St Giles, Oxford OX1 3JS`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Robert James Aldridge", "Harrowgate Asset Finance Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-02-07",
    },
  },
  {
    id: "v5-deed-of-release-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF RELEASE
THIS DEED OF RELEASE is made on 18 April 2025
BETWEEN:
(1) STRAITS MERCHANT BANK LIMITED (UEN 197700123R), a company incorporated in Singapore and having its registered office at 9 Raffles Place, #30-01, Singapore 048619 (the "Bank"); and
(2) ORCHID BAY HOLDINGS PTE. LTD. (UEN 201433221M), a company incorporated in Singapore and having its registered office at 3 Temasek Avenue, #18-02, Singapore 039190 (the "Chargor").
WHEREAS:
(A) By a debenture dated 2 March 2020 (the "Debenture") the Chargor charged all its undertaking, property and assets to the Bank as security for the Secured Liabilities.
(B) The Secured Liabilities have been paid and discharged in full and the Bank has agreed to release the Charged Assets on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Release
1.1 The Bank hereby releases and discharges the Charged Assets from the fixed and floating charges created by the Debenture and reassigns to the Chargor all rights, title and interest assigned to the Bank under the Debenture.
2. Further assurance
2.1 The Bank shall, at the cost of the Chargor, execute such documents and lodge such notices with the Accounting and Corporate Regulatory Authority as the Chargor may reasonably require to give effect to this Deed, including the notification of satisfaction of charge within 14 days.
3. Return of documents
3.1 The Bank shall return to the Chargor all title documents deposited with it under the Debenture.
4. Third party rights
4.1 A person who is not a party to this Deed has no right under the Contracts (Rights of Third Parties) Act 2001 to enforce any of its terms.
5. Governing law
5.1 This Deed shall be governed by and construed in accordance with the laws of the Republic of Singapore.
IN WITNESS WHEREOF this Deed has been executed and delivered as a deed on the date first written above.
The Common Seal of STRAITS MERCHANT BANK LIMITED was affixed in the presence of: Tan Mei Ling, Director, and Rajesh Pillai, Secretary
Executed as a deed by ORCHID BAY HOLDINGS PTE. LTD. by: Koh Boon Hwee, Director, and Sarah Koh, Director`,
    truth: {
      title: "Deed of Release",
      documentType: "Deed",
      parties: ["Straits Merchant Bank Limited", "Orchid Bay Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2025-04-18",
    },
  },
  {
    id: "v5-standard-security-scotland",
    format: "txt",
    source: `# STANDARD SECURITY
by
BEN NEVIS OUTDOOR LIMITED
in favour of
CALEDONIAN MUTUAL BANK PLC
Subjects: Unit 3, An Aird, Fort William PH33 6AN
We, BEN NEVIS OUTDOOR LIMITED, incorporated under the Companies Acts (Registered Number SC334455) and having our Registered Office at Unit 3, An Aird, Fort William PH33 6AN ("the Chargors"), hereby undertake to pay to CALEDONIAN MUTUAL BANK PLC, incorporated under the Companies Acts (Registered Number SC012345) and having its Registered Office at 2 Castle Terrace, Edinburgh EH1 2EL ("the Bank"), all sums due and that may become due by us to the Bank in any manner of way; and in security of our said obligations we grant a standard security in favour of the Bank over ALL and WHOLE the subjects known as Unit 3, An Aird, Fort William, being the subjects registered in the Land Register of Scotland under Title Number INV12345.
The Standard Conditions specified in Schedule 3 to the Conveyancing and Feudal Reform (Scotland) Act 1970 and any lawful variation thereof operative for the time being shall apply, and we agree that the Standard Conditions shall be varied in accordance with the Bank's Standard Security Conditions (Commercial) 2019, a copy of which has been delivered to us.
The Bank may call up this security on 14 days' notice in accordance with Standard Condition 8.
The Bank shall be entitled to insure the subjects against all usual risks if we fail to do so, and to recover the premiums from us.
We shall not create any further standard security or other charge over the subjects without the prior written consent of the Bank.
We shall not let or part with possession of the subjects or any part of them without the prior written consent of the Bank.
We grant warrandice.
We shall, within 28 days of the date of this Standard Security, deliver to the Bank a report on title in terms satisfactory to it.
We consent to registration hereof for preservation and execution.
This Standard Security shall be governed by and construed in accordance with the law of Scotland.
IN WITNESS WHEREOF these presents are subscribed for and on behalf of BEN NEVIS OUTDOOR LIMITED at Fort William on 5 August 2024 by Ewan Cameron, Director, before this witness:
Witness: Shona MacDonald
Address: 7 Achintore Road, Fort William PH33 6RQ
Occupation: Legal Secretary`,
    truth: {
      title: "Standard Security",
      documentType: "Security agreement",
      parties: ["Ben Nevis Outdoor Limited", "Caledonian Mutual Bank plc"],
      governingLaw: "Scotland",
      effectiveDate: "2024-08-05",
    },
  },
  {
    id: "v5-credit-agreement-alberta",
    format: "docx",
    storedPageCount: 5,
    source: `# CREDIT AGREEMENT
dated as of March 14, 2025
between
PRAIRIE WIND ENERGY LTD.
as Borrower
and
CHINOOK COMMERCIAL BANK
as Lender
===
THIS CREDIT AGREEMENT is dated as of March 14, 2025 between Prairie Wind Energy Ltd., a corporation existing under the laws of Alberta (the "Borrower"), and Chinook Commercial Bank, a Canadian chartered bank (the "Lender").
# ARTICLE 1 - INTERPRETATION
1.1 In this Agreement:
"Credit Facility" means the revolving operating credit facility in the maximum principal amount of Cdn.$40,000,000 established under Section 2.1.
"Maturity Date" means March 14, 2028, as such date may be extended under Section 2.6.
"Rollover" means the continuation of a CORRA Loan for a further interest period of one (1) or three (3) months.
# ARTICLE 2 - THE CREDIT FACILITY
2.1 Subject to the terms of this Agreement, the Lender establishes in favour of the Borrower the Credit Facility, available by way of Prime Loans, CORRA Loans and Letters of Credit.
2.2 The Borrower shall use the proceeds for general corporate purposes, including capital expenditures on its wind generation assets in southern Alberta.
2.6 The Borrower may, not more than 90 days and not less than 45 days before each anniversary of the date of this Agreement, request that the Lender extend the Maturity Date by one (1) year. The Lender may grant or refuse any such request in its sole discretion.
# ARTICLE 3 - REPAYMENT
3.1 The Borrower shall repay all outstanding Advances on the Maturity Date.
===
# ARTICLE 4 - FEES
4.1 The Borrower shall pay a standby fee of 0.35% per annum on the unused portion of the Credit Facility, quarterly in arrears.
# ARTICLE 5 - COVENANTS
5.1 The Borrower shall maintain a Senior Debt to EBITDA ratio of not more than 3.0:1.0.
# ARTICLE 6 - GOVERNING LAW
6.1 This Agreement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement.
PRAIRIE WIND ENERGY LTD.
Per: Karen Lindqvist, Chief Financial Officer
CHINOOK COMMERCIAL BANK
Per: Marc Bouchard, Managing Director`,
    truth: {
      title: "Credit Agreement",
      documentType: "Facility agreement",
      parties: ["Prairie Wind Energy Ltd.", "Chinook Commercial Bank"],
      governingLaw: "Alberta",
      effectiveDate: "2025-03-14",
      expiryDate: "2028-03-14",
    },
  },
  {
    id: "v5-shareholder-loan-south-africa",
    format: "pdf",
    source: `# LOAN AGREEMENT
entered into by and between
THABO MOLEFE
(Identity Number 7501015800087)
("the Lender")
and
KAROO SOLAR (PTY) LTD
(Registration Number 2018/345678/07)
("the Borrower")
# 1. DEFINITIONS
1.1 "Advance Date" means the date on which the Loan Amount is paid into the Borrower's nominated bank account;
1.2 "Final Repayment Date" means 30 November 2027;
1.3 "Loan Amount" means R 4 500 000 (four million five hundred thousand rand);
1.4 "Signature Date" means the date of signature of this Agreement by the Party signing last.
# 2. LOAN
2.1 The Lender lends to the Borrower, who borrows from the Lender, the Loan Amount, which the Lender shall advance within 7 (seven) business days after the Signature Date.
# 3. INTEREST
3.1 The Loan Amount shall bear interest at the prime lending rate of Standard Bank of South Africa Limited plus 2% (two percent), calculated daily and compounded monthly in arrears.
# 4. REPAYMENT
4.1 The Borrower shall repay the Loan Amount and all interest in full on or before the Final Repayment Date.
4.2 The Borrower may repay the Loan Amount early, in whole or in part, on 30 (thirty) days' written notice to the Lender.
# 5. SUBORDINATION
5.1 The Lender's claims under this Agreement are subordinated in favour of the Borrower's senior funders under the subordination agreement of even date.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by the laws of the Republic of South Africa.
# 7. WHOLE AGREEMENT
7.1 No variation of this Agreement shall be of any force unless reduced to writing and signed by both Parties.
SIGNED at Johannesburg on 12.11.2024
THABO MOLEFE
SIGNED at Cape Town on 14.11.2024
For: KAROO SOLAR (PTY) LTD
Name: Annelie du Plessis, Director, duly authorised`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Thabo Molefe", "Karoo Solar (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2024-11-14",
      expiryDate: "2027-11-30",
    },
  },
  {
    id: "v5-lease-guarantee-ireland",
    format: "txt",
    source: `# GUARANTEE
THIS GUARANTEE is made the 14th day of August 2024
BY
SLANEY FOODS HOLDINGS LIMITED, having its registered office at Ballinapark, Enniscorthy, Co. Wexford, Y21 K2C3 (registered number 334455) (the "Guarantor")
IN FAVOUR OF
DUNMORE ESTATES DESIGNATED ACTIVITY COMPANY, having its registered office at 25 Fitzwilliam Place, Dublin 2, D02 T296 (registered number 556677) (the "Landlord")
RECITALS:
A. By a lease of even date between the Landlord of the one part and Slaney Foods Distribution Limited (the "Tenant") of the other part, the premises known as Unit 7, Dublin Airport Logistics Park, Swords, Co. Dublin were demised to the Tenant for a term of 25 years from 1 August 2024 at an initial yearly rent of €410,000 (the "Lease").
B. The Tenant is a subsidiary of the Guarantor, and the Landlord has agreed to grant the Lease only on the Guarantor entering into this Guarantee.
NOW THIS GUARANTEE WITNESSES as follows:
1. In consideration of the Lease having been granted at the request of the Guarantor, the Guarantor covenants with the Landlord that the Tenant will pay the rents reserved by the Lease on the days and in the manner provided in it and will perform and observe all the Tenant's covenants in the Lease.
2. If the Tenant defaults in the payment of rent or in the performance of any covenant, the Guarantor will pay and make good to the Landlord on demand all losses, damages, costs and expenses thereby arising.
3. The liability of the Guarantor shall not be released or diminished by any time or indulgence granted to the Tenant, any variation of the Lease, any rent review or any disclaimer of the Lease by a liquidator of the Tenant.
4. If the Lease is disclaimed, the Guarantor shall, if the Landlord so requires within six months after the disclaimer, take from the Landlord a lease of the premises for the residue of the term.
5. This Guarantee shall continue in force for so long as the Tenant or any permitted assignee remains bound by the Tenant's covenants in the Lease.
6. Any demand under this Guarantee may be served on the Guarantor at its registered office and shall be deemed served two business days after posting.
7. This Guarantee shall be governed by and construed in accordance with the laws of Ireland, and the Guarantor submits to the jurisdiction of the Irish courts.
PRESENT when the Common Seal of SLANEY FOODS HOLDINGS LIMITED was affixed hereto:
Director: Brendan Kinsella
Director/Secretary: Orla Furlong
PRESENT when the Common Seal of DUNMORE ESTATES DESIGNATED ACTIVITY COMPANY was affixed hereto:
Director: Aidan Keogh
Director/Secretary: Sinéad Byrne`,
    truth: {
      title: "Guarantee",
      documentType: "Guarantee",
      parties: ["Slaney Foods Holdings Limited", "Dunmore Estates Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2024-08-14",
    },
  },
];
