import type { UnseenDocument } from "../unseen/types";

/** Letters, notices and amendments: Indian, Australian, Canadian, US and UK habits, e-mail headers, "the Agreement dated …". */
export const LETTERS_AND_AMENDMENTS_V3: UnseenDocument[] = [
  {
    id: "v3-engagement-letter-india",
    format: "txt",
    source: `
KAPOOR LAW ASSOCIATES
Advocates & Solicitors
501, Maker Chambers V, Nariman Point, Mumbai 400021

Ref: KLA/2024/117
Date: 09.09.2024

To,
The Managing Director,
Godavari Agro Exports Private Limited,
Plot 12, MIDC Ambad,
Nashik 422010

Sub: Engagement for arbitration proceedings against Konkan Shipping Limited

Dear Sir,

We thank you for choosing Kapoor Law Associates to represent Godavari Agro Exports Private Limited in the arbitration proceedings against Konkan Shipping Limited. This letter sets out the scope of our engagement and our professional fees.

Our fees shall be Rs. 15,00,000 for the pleadings stage, payable in three equal instalments. This engagement shall be governed by the laws of India.

Kindly sign and return the duplicate of this letter in token of your acceptance.

Yours faithfully,
For Kapoor Law Associates
Anil Kapoor, Managing Partner
`,
    truth: { title: "Engagement for arbitration proceedings against Konkan Shipping Limited", documentType: "Engagement letter", parties: ["Kapoor Law Associates", "Godavari Agro Exports Private Limited"], governingLaw: "India", effectiveDate: "2024-09-09" },
  },
  {
    id: "v3-facility-letter-uk",
    format: "docx",
    storedPageCount: 6,
    source: `
CALDER VALLEY BANK PLC
Business Banking, 4 Crown Street, Halifax HX1 1JB

Private & Confidential
The Directors
Hebden Bridge Joinery Limited
Unit 7, Mytholm Works
Hebden Bridge HX7 6DL

14 March 2025

Dear Sirs

£150,000 Term Loan Facility

We, Calder Valley Bank plc (the "Bank"), are pleased to offer Hebden Bridge Joinery Limited (the "Borrower") a term loan facility on the terms of this letter.
Amount. £150,000, to be drawn in a single amount within one month of the date of this letter.
Repayment. The Borrower shall repay the loan in 60 equal monthly instalments, the last of which is due on 13 March 2030 (the "Final Repayment Date").
Law. This letter is governed by English law.

Yours faithfully
For and on behalf of Calder Valley Bank plc
`,
    truth: { title: "£150,000 Term Loan Facility", documentType: "Facility agreement", parties: ["Calder Valley Bank plc", "Hebden Bridge Joinery Limited"], governingLaw: "England and Wales", effectiveDate: "2025-03-14", expiryDate: "2030-03-13" },
  },
  {
    id: "v3-variation-letter-nsw",
    format: "pdf",
    source: `
Banksia Property Group Pty Ltd
ABN 22 333 444 555
Level 4, 1 Bligh Street, Sydney NSW 2000

3 February 2025

The Manager
Coastal Physio Pty Ltd
Shop 4, 22 Marine Parade
Coogee NSW 2034

Dear Ms Nguyen

Variation of Lease – Shop 4, 22 Marine Parade, Coogee NSW 2034

We refer to the lease dated 1 July 2021 between Banksia Property Group Pty Ltd and Coastal Physio Pty Ltd (the Lease).
We confirm that, with effect from 1 March 2025, the annual rent under the Lease is reduced to $48,000 (plus GST). All other terms of the Lease continue unchanged.
This letter is governed by the laws of New South Wales.

Yours sincerely
Grace Whitfield
Portfolio Manager
`,
    truth: { title: "Variation of Lease – Shop 4, 22 Marine Parade, Coogee NSW 2034", documentType: "Amendment", parties: ["Banksia Property Group Pty Ltd", "Coastal Physio Pty Ltd"], governingLaw: "New South Wales", effectiveDate: "2025-03-01", amends: "Lease" },
  },
  {
    id: "v3-notice-option-to-renew",
    format: "txt",
    source: `
SAGUARO COFFEE ROASTERS, INC.
4410 North Scottsdale Road, Suite 110
Scottsdale, Arizona 85251

VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED

June 2, 2025

Canyon Ridge Properties, LLC
Attn: Property Manager
7001 East Camelback Road
Scottsdale, Arizona 85251

Re: Notice of Exercise of Option to Renew - Commercial Lease Agreement dated August 5, 2024

Dear Property Manager:

Pursuant to Section 18 of the Commercial Lease Agreement dated August 5, 2024, Tenant hereby exercises its option to extend the term of the Lease for one (1) additional period of sixty (60) months.

Sincerely,
Daniel Ortega
President
`,
    truth: { title: "Notice of Exercise of Option to Renew - Commercial Lease Agreement dated August 5, 2024", documentType: "Notice", parties: ["Saguaro Coffee Roasters, Inc.", "Canyon Ridge Properties, LLC"], effectiveDate: "2025-06-02" },
  },
  {
    id: "v3-settlement-letter-us",
    format: "pdf",
    source: `
HALVERSON BRANDT LLP
233 South Wacker Drive, Suite 4400, Chicago, Illinois 60606

November 12, 2024

Mr. Peter Lindgren
Chief Financial Officer
Great Lakes Packaging Corp.
1200 Industrial Parkway, Gary, Indiana 46406

Re: Settlement Agreement - Invoice Nos. 4471 through 4480

Dear Mr. Lindgren:

This letter agreement sets out the terms on which our client, Prairie Corrugated Products, Inc., and Great Lakes Packaging Corp. settle the dispute concerning the invoices listed above.
1. Great Lakes Packaging Corp. will pay $212,500 within fifteen (15) days of countersignature.
2. Upon payment, each party releases the other from all claims relating to the invoices.
3. This letter agreement is governed by the laws of the State of Illinois.

Very truly yours,
HALVERSON BRANDT LLP
By: Claire Halverson

Agreed: Great Lakes Packaging Corp.   By: Peter Lindgren   Date: November 15, 2024
`,
    truth: { title: "Settlement Agreement - Invoice Nos. 4471 through 4480", documentType: "Settlement agreement", parties: ["Halverson Brandt LLP", "Great Lakes Packaging Corp."], governingLaw: "Illinois", effectiveDate: "2024-11-12" },
  },
  {
    id: "v3-offer-letter-quebec",
    format: "docx",
    source: `
Northern Lights Software Ltd.
1250 René-Lévesque Blvd West, Montréal, Québec H3B 4W8

November 25, 2024

Émilie Tremblay
4820 Rue Saint-Denis
Montréal, Québec H2J 2L6

Dear Ms. Tremblay:

Offer of Employment - Senior Product Designer

We are delighted to offer you the position of Senior Product Designer. Your start date will be January 6, 2025.
Your annual base salary will be CAD 118,000. Your employment is for an indeterminate term and may be ended in accordance with the Act respecting labour standards.
This offer is governed by the laws of the Province of Quebec.

Sincerely,
Marc-André Gagnon
Head of People
`,
    truth: { title: "Offer of Employment - Senior Product Designer", documentType: "Employment agreement", parties: ["Northern Lights Software Ltd.", "Émilie Tremblay"], governingLaw: "Quebec", effectiveDate: "2025-01-06", term: "Until terminated" },
  },
  {
    id: "v3-amending-agreement-ontario",
    format: "txt",
    source: `
AMENDING AGREEMENT

THIS AMENDING AGREEMENT is dated as of November 4, 2024.

BETWEEN:

MAPLE HARBOUR FOODS INC., a corporation incorporated under the laws of Ontario
(the "Licensee")

AND:

LAURENTIAN BRANDS CORP., a corporation incorporated under the laws of Canada
(the "Licensor")

WHEREAS the Licensor and the Licensee entered into a trademark licence agreement dated March 15, 2019 (the "Licence Agreement");

AND WHEREAS the parties wish to amend the Licence Agreement as set out below;

NOW THEREFORE the parties agree as follows:

1. Section 3.1 of the Licence Agreement is amended so that the term of the Licence Agreement expires on March 14, 2029.
2. Except as amended by this Amending Agreement, the Licence Agreement continues in full force and effect.
3. This Amending Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
`,
    truth: { title: "AMENDING AGREEMENT", documentType: "Amendment", parties: ["Maple Harbour Foods Inc.", "Laurentian Brands Corp."], governingLaw: "Ontario", effectiveDate: "2024-11-04", expiryDate: "2029-03-14", amends: "Trademark licence agreement" },
  },
  {
    id: "v3-amendment-no1-nebraska",
    format: "pdf",
    source: `
# AMENDMENT NO. 1
This Amendment No. 1 (this "Amendment"), effective as of the 15th day of April, 2025 (the "Amendment Effective Date"), amends the Software License and Support Agreement dated June 1, 2023 (the "Agreement") by and between Cobalt Ridge Software, Inc. ("Licensor") and Prairie Mutual Insurance Company ("Licensee").
The parties agree as follows:
1. Section 2.1 of the Agreement is amended to extend the Term through May 31, 2028.
2. Exhibit B (Fees) is replaced in its entirety by the Exhibit B attached to this Amendment.
3. Except as set forth herein, the Agreement remains unmodified and in full force and effect.
4. This Amendment shall be governed by the laws of the State of Nebraska.
`,
    truth: { title: "AMENDMENT NO. 1", documentType: "Amendment", parties: ["Cobalt Ridge Software, Inc.", "Prairie Mutual Insurance Company"], governingLaw: "Nebraska", effectiveDate: "2025-04-15", expiryDate: "2028-05-31", amends: "Software License and Support Agreement" },
  },
  {
    id: "v3-supplementary-agreement-pune",
    format: "docx",
    source: `
# SUPPLEMENTARY AGREEMENT
This Supplementary Agreement is made at Pune on 10.10.2024 between Deccan Auto Components Private Limited, a company incorporated under the Companies Act, 2013 (hereinafter referred to as the "Company") and Sahyog Motors Distributors, a partnership firm registered under the Indian Partnership Act, 1932 (hereinafter referred to as the "Distributor").
This Agreement is supplemental to the Distribution Agreement dated 01.04.2022 executed between the Company and the Distributor (the "Principal Agreement").
1. The term of the Principal Agreement is extended up to and including 31.03.2027.
2. All other terms of the Principal Agreement shall remain unchanged.
3. This Supplementary Agreement shall be governed by the laws of India.
`,
    truth: { title: "SUPPLEMENTARY AGREEMENT", documentType: "Amendment", parties: ["Deccan Auto Components Private Limited", "Sahyog Motors Distributors"], governingLaw: "India", effectiveDate: "2024-10-10", expiryDate: "2027-03-31", amends: "Distribution Agreement" },
  },
  {
    id: "v3-third-amendment-lease-ca",
    format: "txt",
    source: `
THIRD AMENDMENT TO LEASE

THIS THIRD AMENDMENT TO LEASE (this "Amendment") is entered into as of December 1, 2024 by and between 500 MARKET STREET OWNER, L.L.C., a Delaware limited liability company ("Landlord"), and PINNACLE ROBOTICS, INC., a California corporation ("Tenant").

RECITALS

A. Landlord and Tenant are parties to that certain Office Lease dated as of May 15, 2017, as amended by that certain First Amendment to Lease dated June 1, 2019 and that certain Second Amendment to Lease dated July 1, 2021 (collectively, the "Lease").

B. The parties desire to extend the Term of the Lease on the terms set forth below.

AGREEMENT

1. Extension. The expiration date of the Term is hereby extended to May 31, 2028.
2. Base Rent. Commencing June 1, 2025, monthly Base Rent shall be $64,300.
3. Governing Law. This Amendment shall be governed by the laws of the State of California.
`,
    truth: { title: "THIRD AMENDMENT TO LEASE", documentType: "Amendment", parties: ["500 Market Street Owner, L.L.C.", "Pinnacle Robotics, Inc."], governingLaw: "California", effectiveDate: "2024-12-01", expiryDate: "2028-05-31", amends: "Lease" },
  },
  {
    id: "v3-letter-of-intent-florida",
    format: "pdf",
    source: `
COPPERLINE HOLDINGS, INC.
100 Southeast Second Street, Miami, Florida 33131

January 21, 2025

Bayshore Marine Supply, LLC
Attention: Ms. Dana Whitcombe, Managing Member
2550 South Bayshore Drive, Coconut Grove, Florida 33133

LETTER OF INTENT

Dear Ms. Whitcombe:

This letter sets out the principal terms on which Copperline Holdings, Inc. proposes to acquire substantially all of the assets of Bayshore Marine Supply, LLC. Except for the paragraphs headed Confidentiality and Governing Law, this letter is not binding.
Governing Law. This letter shall be governed by the laws of the State of Florida.

Sincerely,
Copperline Holdings, Inc.
By: Victor Almeida, Chief Executive Officer
`,
    truth: { title: "LETTER OF INTENT", documentType: "Letter", parties: ["Copperline Holdings, Inc.", "Bayshore Marine Supply, LLC"], governingLaw: "Florida", effectiveDate: "2025-01-21" },
  },
  {
    id: "v3-email-notice-of-breach",
    format: "txt",
    source: `
From: Legal Team, Marlow Freight Ltd <legal@marlowfreight.example>
To: Accounts Payable, Tewkesbury Cartons Limited <ap@tewkesburycartons.example>
Date: Tue, 14 Jan 2025 09:42
Subject: Notice of breach - Haulage Agreement dated 3 June 2022

Dear Sir or Madam,

We write under clause 14.2 of the Haulage Agreement dated 3 June 2022. Invoices MF-8812 to MF-8820, totalling £38,420.16, remain unpaid more than 60 days after their due dates.

This is notice of a material breach. If the sums are not paid within 30 days of this notice, we may terminate the Haulage Agreement with immediate effect.

Regards,
Sophie Barrow
Legal Counsel, Marlow Freight Ltd
`,
    truth: { title: "Notice of breach - Haulage Agreement dated 3 June 2022", documentType: "Notice", parties: ["Marlow Freight Ltd", "Tewkesbury Cartons Limited"], effectiveDate: "2025-01-14" },
  },
  {
    id: "v3-side-letter-melbourne",
    format: "pdf",
    source: `
Flinders Lane Investments Pty Ltd
ACN 601 234 567
Level 12, 350 Collins Street, Melbourne VIC 3000

28 June 2024

Southbank Legal Pty Ltd
Level 3, 100 Queen Street
Melbourne VIC 3000

Attention: Mr Oliver Chen, Director

Dear Oliver

Side letter – Lease of Level 3, 100 Queen Street, Melbourne

In consideration of you entering into the lease of the premises, we agree that you will receive a rent-free period of six months from the commencement date of the lease. This letter is personal to Southbank Legal Pty Ltd and is governed by the laws of Victoria.

Yours sincerely
Flinders Lane Investments Pty Ltd
`,
    truth: { title: "Side letter – Lease of Level 3, 100 Queen Street, Melbourne", documentType: "Letter", parties: ["Flinders Lane Investments Pty Ltd", "Southbank Legal Pty Ltd"], governingLaw: "Victoria", effectiveDate: "2024-06-28" },
  },
  {
    id: "v3-engagement-letter-conveyancing-qld",
    format: "docx",
    source: `
BRISBANE RIVER CONVEYANCING PTY LTD
PO Box 1120, Toowong QLD 4066 | (07) 3555 0199 | hello@brconvey.example

10 February 2025

Mr Liam O'Connor
27 Jacaranda Street
Toowong QLD 4066

Dear Liam

Terms of engagement – purchase of 14 Wattle Grove, Toowong

Thank you for instructing us to act on your purchase of 14 Wattle Grove, Toowong. This letter and our costs agreement set out the basis on which we will act.
Our professional fee is $1,450 plus GST and outlays. Our engagement is governed by the laws of Queensland.

Yours sincerely
Brisbane River Conveyancing Pty Ltd
`,
    truth: { title: "Terms of engagement – purchase of 14 Wattle Grove, Toowong", documentType: "Engagement letter", parties: ["Brisbane River Conveyancing Pty Ltd", "Liam O'Connor"], governingLaw: "Queensland", effectiveDate: "2025-02-10" },
  },
];
