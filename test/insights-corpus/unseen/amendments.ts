import type { UnseenDocument } from "./types";

/** Amendments, variations and extensions: each says what it amends, and carries the older document's dates as distractors. */
export const AMENDMENTS: UnseenDocument[] = [
  {
    id: "first-amendment-msa",
    format: "pdf",
    source: `
# FIRST AMENDMENT TO MASTER SERVICES AGREEMENT
This First Amendment (this "Amendment") is made as of January 15, 2025 by and between Orbitra Networks, Inc. ("Client") and Dataweave Consulting LLC ("Consultant").
WHEREAS, Client and Consultant are parties to that certain Master Services Agreement dated as of February 1, 2022 (the "Agreement"), which had an initial term of three (3) years; and
WHEREAS, the parties wish to extend the term of the Agreement;
NOW, THEREFORE, the parties agree as follows:
1. Section 9.1 of the Agreement is amended so that the term of the Agreement ends on January 31, 2027.
2. Except as amended hereby, the Agreement remains in full force and effect.
3. This Amendment shall be governed by the laws of the State of New York.
`,
    truth: { title: "FIRST AMENDMENT TO MASTER SERVICES AGREEMENT", documentType: "Amendment", parties: ["Orbitra Networks, Inc.", "Dataweave Consulting LLC"], governingLaw: "New York", effectiveDate: "2025-01-15", expiryDate: "2027-01-31", amends: "Master Services Agreement" },
  },
  {
    id: "variation-agreement-uk",
    format: "docx",
    source: `
# VARIATION AGREEMENT
Dated 20 May 2024
Parties
Harrowgate Software Limited (company number 06677001) ("Licensor")
Penrose Training Services Limited (company number 08812007) ("Licensee")
Background
The parties entered into a software licence agreement dated 1 June 2021 (the "Licence Agreement"). They wish to vary it as set out below.
Variation
1. With effect from the date of this agreement, the number of permitted users in Schedule 1 of the Licence Agreement is increased from 50 to 120.
2. The annual licence fee is increased to £31,000.
3. Save as varied by this agreement, the Licence Agreement continues in full force and effect.
4. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "VARIATION AGREEMENT", documentType: "Amendment", parties: ["Harrowgate Software Limited", "Penrose Training Services Limited"], governingLaw: "England and Wales", effectiveDate: "2024-05-20", amends: "Software licence agreement" },
  },
  {
    id: "amendment-credit-agreement",
    format: "txt",
    source: `
AMENDMENT NO. 2 TO CREDIT AGREEMENT

AMENDMENT NO. 2, dated as of September 9, 2024 (this "Amendment"), to the Credit Agreement dated as of March 1, 2021 among SILVERLAKE FOODS, INC. (the "Borrower") and FIRST PRAIRIE BANK (the "Lender").

The Borrower has requested that the Lender extend the Maturity Date, and the Lender is willing to do so on the terms set forth herein.

Section 1. The definition of "Maturity Date" in Section 1.01 of the Credit Agreement is hereby amended and restated in its entirety to read: ""Maturity Date" means September 30, 2027."

Section 2. THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
`,
    truth: { title: "AMENDMENT NO. 2 TO CREDIT AGREEMENT", documentType: "Amendment", parties: ["Silverlake Foods, Inc.", "First Prairie Bank"], governingLaw: "New York", effectiveDate: "2024-09-09", expiryDate: "2027-09-30", amends: "Credit Agreement" },
  },
  {
    id: "addendum-employment",
    format: "pdf",
    source: `
# ADDENDUM TO CONTRACT OF EMPLOYMENT
Employer: Thistle Print Works Limited, 20 Carrick Street, Glasgow G2 8PX
Employee: Ruaridh Stewart
Date: 1 August 2024
This Addendum amends the Contract of Employment between the Employer and the Employee dated 15 January 2020.
1. From 1 September 2024 the Employee's normal working hours will be 28 hours per week over four days.
2. Salary will be adjusted pro rata.
3. All other terms of the Contract of Employment remain unchanged. This Addendum is governed by Scots law.
`,
    truth: { title: "ADDENDUM TO CONTRACT OF EMPLOYMENT", documentType: "Amendment", parties: ["Thistle Print Works Limited", "Ruaridh Stewart"], governingLaw: "Scotland", effectiveDate: "2024-09-01", amends: "Contract of Employment" },
  },
  {
    id: "extension-letter-lease",
    format: "docx",
    source: `
Bellweather Estates LLP
Estates Office, 3 Market Place, Devizes SN10 1HN

Kennet Veterinary Practice Limited
The Old Forge, Devizes SN10 2AA

30 January 2025

Dear Dr Kaye

Supplemental letter – extension of licence to occupy dated 1 March 2023

Further to our recent discussions we confirm that the term of the licence to occupy the surgery premises is extended so that it now expires on 28 February 2027. All other provisions of the licence remain in effect.
This letter is governed by the law of England and Wales. Please sign the duplicate to confirm your agreement.

Yours sincerely
Tom Ashby, for Bellweather Estates LLP
`,
    truth: { title: "Supplemental letter – extension of licence to occupy dated 1 March 2023", documentType: "Amendment", parties: ["Bellweather Estates LLP", "Kennet Veterinary Practice Limited"], governingLaw: "England and Wales", effectiveDate: "2025-01-30", expiryDate: "2027-02-28", amends: "Licence to occupy" },
  },
  {
    id: "amended-restated-nda",
    format: "txt",
    source: `
AMENDED AND RESTATED MUTUAL CONFIDENTIALITY AGREEMENT

This Amended and Restated Mutual Confidentiality Agreement is made effective as of July 1, 2024 by and between Helix Biologics, Inc., a Delaware corporation, and Osaka Fine Chemicals Co., Ltd., a Japanese corporation (each a "Party").

The Parties entered into a Mutual Confidentiality Agreement dated July 1, 2022, which they now wish to amend and restate in its entirety.

1. Each Party may disclose Confidential Information to the other for the purpose of evaluating a collaboration.
2. This Agreement shall remain in effect for a period of three (3) years from July 1, 2024. Obligations of confidentiality survive for five (5) years after expiry.
3. This Agreement is governed by the laws of the State of Delaware.
`,
    truth: { title: "AMENDED AND RESTATED MUTUAL CONFIDENTIALITY AGREEMENT", documentType: "Amendment", parties: ["Helix Biologics, Inc.", "Osaka Fine Chemicals Co., Ltd."], governingLaw: "Delaware", effectiveDate: "2024-07-01", term: "3 years", expiryDate: "2027-07-01", amends: "Mutual Confidentiality Agreement" },
  },
  {
    id: "deed-of-amendment-spa",
    format: "pdf",
    pageFooters: true,
    source: `
# DEED OF AMENDMENT
relating to the Share Purchase Agreement for the sale of Corrin Valve Systems Limited
This Deed is dated 6 November 2024 and is made between:
(1) GERAINT WYN HUGHES of Ty Gwyn, Llandeilo SA19 6PL (the "Seller"); and
(2) ARDENT FLOW CONTROL HOLDINGS LIMITED (company number 13344556) (the "Buyer").
Background: the Seller and the Buyer are parties to a share purchase agreement dated 30 September 2024 (the "SPA"), under which the Buyer may claim for breach of the Warranties until the date falling 24 months after Completion.
1. Amendment. Clause 6.4 of the SPA is amended by replacing "£250,000" with "£400,000".
2. The SPA shall continue in full force and effect as amended by this Deed.
3. This Deed is governed by the laws of England and Wales.
`,
    truth: { title: "DEED OF AMENDMENT", documentType: "Amendment", parties: ["Geraint Wyn Hughes", "Ardent Flow Control Holdings Limited"], governingLaw: "England and Wales", effectiveDate: "2024-11-06", amends: "Share purchase agreement" },
  },
];
