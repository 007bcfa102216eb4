import type { UnseenDocument } from "./types";

/** Facilities, loans, notes, guarantees and security, from banks' and borrowers' counsel. */
export const FINANCE: UnseenDocument[] = [
  {
    id: "facility-agreement-lma",
    format: "pdf",
    pageFooters: true,
    source: `
Execution Version
# GBP 25,000,000
# TERM FACILITY AGREEMENT
dated 28 June 2024
for
ASHCOMBE LEISURE HOLDINGS LIMITED
as Borrower
arranged by
NORTHGATE BANK PLC
as Lender
===
THIS AGREEMENT is dated 28 June 2024 and made between:
(1) ASHCOMBE LEISURE HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 10928374 (the "Borrower"); and
(2) NORTHGATE BANK PLC (the "Lender").
IT IS AGREED as follows:
1. DEFINITIONS
"Availability Period" means the period from and including the date of this Agreement to and including the date falling three months after the date of this Agreement.
"Termination Date" means the date falling sixty (60) months after the date of this Agreement.
2. THE FACILITY
The Lender makes available to the Borrower a sterling term loan facility in an aggregate amount equal to GBP 25,000,000.
3. REPAYMENT
The Borrower shall repay the Loan in full on the Termination Date.
4. GOVERNING LAW
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
`,
    truth: { title: "TERM FACILITY AGREEMENT", documentType: "Facility agreement", parties: ["Ashcombe Leisure Holdings Limited", "Northgate Bank plc"], governingLaw: "England and Wales", effectiveDate: "2024-06-28", expiryDate: "2029-06-28", term: "60 months" },
  },
  {
    id: "credit-agreement-texas",
    format: "docx",
    storedPageCount: 6,
    source: `
# REVOLVING CREDIT AGREEMENT
dated as of March 1, 2024
among
PERMIAN RIDGE OPERATING, L.P.,
as Borrower,
and
LONE STAR COMMERCE BANK, N.A.,
as Lender
ARTICLE I – DEFINITIONS
“Commitment” means $40,000,000.
“Maturity Date” means March 1, 2027.
ARTICLE II – THE CREDIT
2.1 Revolving Loans. Subject to the terms hereof, the Lender agrees to make revolving loans to the Borrower from time to time before the Maturity Date.
2.2 Interest. Loans bear interest at Term SOFR plus 2.75% per annum.
ARTICLE IX – MISCELLANEOUS
9.1 Governing Law. THIS AGREEMENT SHALL BE GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH THE LAWS OF THE STATE OF TEXAS.
`,
    truth: { title: "REVOLVING CREDIT AGREEMENT", documentType: "Facility agreement", parties: ["Permian Ridge Operating, L.P.", "Lone Star Commerce Bank, N.A."], governingLaw: "Texas", effectiveDate: "2024-03-01", expiryDate: "2027-03-01" },
  },
  {
    id: "promissory-note-il",
    format: "txt",
    source: `
SECURED PROMISSORY NOTE

$350,000.00                                                     Chicago, Illinois
                                                                 July 22, 2024

FOR VALUE RECEIVED, the undersigned, WESTLOOP BREWING COMPANY, an Illinois corporation ("Maker"), promises to pay to the order of GRETCHEN L. HALVORSEN ("Holder"), the principal sum of Three Hundred Fifty Thousand Dollars ($350,000.00), together with interest at eight percent (8%) per annum.

Principal and accrued interest shall be due and payable in full on July 31, 2027 (the "Maturity Date").

This Note shall be governed by the laws of the State of Illinois.

WESTLOOP BREWING COMPANY
By: Patrick O'Donnell, President
`,
    truth: { title: "SECURED PROMISSORY NOTE", documentType: "Loan agreement", parties: ["Westloop Brewing Company", "Gretchen L. Halvorsen"], governingLaw: "Illinois", effectiveDate: "2024-07-22", expiryDate: "2027-07-31" },
  },
  {
    id: "guarantee-deed-uk",
    format: "pdf",
    source: `
# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on 9 January 2025
BY
(1) MARCUS ALDRIDGE PEMBERTON of 14 The Avenue, Harrogate HG1 4QD (the "Guarantor")
IN FAVOUR OF
(2) YORKVALE FINANCE LIMITED (company number 04417732) whose registered office is at 2 Park Row, Leeds LS1 5HD (the "Lender")
BACKGROUND
The Lender has agreed to lend money to Pemberton Joinery Limited (the "Borrower") on condition that the Guarantor enters into this Deed.
1. GUARANTEE. The Guarantor guarantees to the Lender, as principal obligor, the punctual payment and discharge of all sums due from the Borrower to the Lender.
2. INDEMNITY. The Guarantor shall indemnify the Lender against any loss it incurs if any guaranteed obligation is unenforceable.
3. CONTINUING SECURITY. This guarantee is a continuing security and shall remain in force until all the guaranteed obligations have been discharged in full.
4. LAW. This Deed is governed by the law of England and Wales.
EXECUTED AS A DEED by MARCUS ALDRIDGE PEMBERTON in the presence of a witness
`,
    truth: { title: "DEED OF GUARANTEE AND INDEMNITY", documentType: "Guarantee", parties: ["Marcus Aldridge Pemberton", "Yorkvale Finance Limited"], governingLaw: "England and Wales", effectiveDate: "2025-01-09" },
  },
  {
    id: "facility-letter-uk",
    format: "docx",
    source: `
Fenwick Street Bank Limited
Corporate Banking, 88 Fenwick Street, Liverpool L2 7NT

The Directors
Mersey Cold Storage Limited
Unit 9 Regent Road
Liverpool L5 9SY

17 April 2024

Dear Sirs

Re: £2,500,000 revolving credit facility

We are pleased to offer Mersey Cold Storage Limited (the "Borrower") a revolving credit facility on the terms of this letter (the "Facility Letter").
1. Amount: up to £2,500,000.
2. Availability: the facility is available until 16 April 2026 (the "Final Repayment Date"), on which date all amounts outstanding must be repaid.
3. Interest: 3.25% per annum above the Bank of England base rate.
4. This letter is governed by English law.
Please sign and return the enclosed copy to accept this offer.
Yours faithfully
For and on behalf of Fenwick Street Bank Limited
Accepted on behalf of Mersey Cold Storage Limited on 22 April 2024
`,
    truth: { title: "£2,500,000 revolving credit facility", documentType: "Facility agreement", parties: ["Fenwick Street Bank Limited", "Mersey Cold Storage Limited"], governingLaw: "England and Wales", effectiveDate: "2024-04-17", expiryDate: "2026-04-16" },
  },
  {
    id: "standard-security-scots",
    format: "txt",
    source: `
STANDARD SECURITY

by

GLENBURN DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC201774) and having its Registered Office at Glenburn Distillery, Rothes AB38 7AA (the "Chargor")

in favour of

THE CLYDESDALE MERCHANT BANK PLC, having its Registered Office at 30 St Vincent Place, Glasgow G1 2HL (the "Bank")

1. The Chargor undertakes to pay to the Bank all sums due and to become due.
2. The Chargor grants a standard security in favour of the Bank over ALL and WHOLE the subjects known as Glenburn Distillery, Rothes, registered in the Land Register of Scotland under Title Number MOR14422.
3. The Standard Conditions specified in Schedule 3 to the Conveyancing and Feudal Reform (Scotland) Act 1970 shall apply.
4. This Standard Security shall be governed by and construed in accordance with the law of Scotland.

IN WITNESS WHEREOF these presents are subscribed for and on behalf of the Chargor at Rothes on 3 December 2024.
`,
    truth: { title: "STANDARD SECURITY", documentType: "Security agreement", parties: ["Glenburn Distillers Limited", "The Clydesdale Merchant Bank plc"], governingLaw: "Scotland", effectiveDate: "2024-12-03" },
  },
  {
    id: "loan-agreement-individuals",
    format: "pdf",
    source: `
# LOAN AGREEMENT
This agreement is made on 1 May 2024.
The Lender: Elizabeth Anne Carter of 7 Mill Lane, Bath BA1 2QT
The Borrower: Thomas James Carter of Flat 3, 21 Queen Square, Bristol BS1 4NH
1. The Lender lends the Borrower £40,000 for the purchase of a residential property.
2. The Borrower will repay the loan in monthly instalments of £700, with the balance repayable no later than 30 April 2029.
3. No interest is payable unless an instalment is more than 30 days late.
4. This agreement is governed by the law of England and Wales.
Signed by the Lender .............. Signed by the Borrower ..............
`,
    truth: { title: "LOAN AGREEMENT", documentType: "Loan agreement", parties: ["Elizabeth Anne Carter", "Thomas James Carter"], governingLaw: "England and Wales", effectiveDate: "2024-05-01", expiryDate: "2029-04-30" },
  },
  {
    id: "parent-guaranty-delaware",
    format: "docx",
    storedPageCount: 2,
    source: `
# PARENT GUARANTY
THIS GUARANTY is made as of November 4, 2024, by BLUEWATER INDUSTRIES HOLDINGS, INC., a Delaware corporation ("Guarantor"), in favor of HARBORVIEW PROPERTIES LLC ("Beneficiary").
WHEREAS, Bluewater Marine Services, LLC, a subsidiary of Guarantor, has entered into a lease with Beneficiary; and
WHEREAS, Beneficiary requires this Guaranty as a condition of that lease;
NOW, THEREFORE, Guarantor agrees:
1. Guarantor unconditionally guarantees the full and punctual payment and performance of the tenant's obligations under the lease.
2. This Guaranty shall terminate on October 31, 2034.
3. This Guaranty shall be governed by the laws of the State of Delaware.
`,
    truth: { title: "PARENT GUARANTY", documentType: "Guarantee", parties: ["Bluewater Industries Holdings, Inc.", "Harborview Properties LLC"], governingLaw: "Delaware", effectiveDate: "2024-11-04", expiryDate: "2034-10-31" },
  },
];
