import type { UnseenDocument } from "../unseen/types";

/**
 * Tuning set v4: written after held-back set v3 was measured once, for the second (last) tuning
 * round. New documents in the classes of miss that measurement found (docs/insights.md lists them),
 * with other parties, wording and layouts; none is a copy of a held-back document.
 */
export const TUNING_V4: UnseenDocument[] = [
  {
    id: "t4-franchise-hereinafter-no-brackets",
    format: "txt",
    source: `
FRANCHISE AGREEMENT

This Franchise Agreement is made and executed at Hyderabad on 4th July 2024 between M/s. Charminar Foods Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at Road No. 12, Banjara Hills, Hyderabad 500034, hereinafter referred to as the "Franchisor" of the First Part; AND Mr. Venkat Rao Naidu, aged about 45 years, residing at 8-2-293 Jubilee Hills, Hyderabad, hereinafter referred to as the "Franchisee" of the Second Part.

1. The Franchisor grants the Franchisee the right to operate one outlet under the Franchisor's brand.
2. This Agreement shall come into force on the date of its execution and shall remain valid for a period of five (5) years therefrom.
3. This Agreement shall be governed by the laws of India.
`,
    truth: { title: "FRANCHISE AGREEMENT", documentType: "Distribution agreement", parties: ["Charminar Foods Private Limited", "Venkat Rao Naidu"], governingLaw: "India", effectiveDate: "2024-07-04", term: "5 years", expiryDate: "2029-07-03" },
  },
  {
    id: "t4-key-details-owner-operator",
    format: "docx",
    source: `
# CAFE OPERATION AGREEMENT
# Key details
| Owner | Riverlea Golf Club Limited of 1 Clubhouse Drive, Taupō 3330 |
| Operator | Fernleaf Hospitality Limited of 22 Tongariro Street, Taupō 3330 |
| Commencement Date | 1 October 2024 |
| Operating Term | 3 years |
| Governing law | New Zealand |
1. The Operator shall run the club cafe to the standard set out in Schedule 2.
2. The Operator shall pay the Owner a licence fee of 6% of gross takings.
`,
    truth: { title: "CAFE OPERATION AGREEMENT", documentType: "Other", parties: ["Riverlea Golf Club Limited", "Fernleaf Hospitality Limited"], governingLaw: "New Zealand", effectiveDate: "2024-10-01", term: "3 years", expiryDate: "2027-09-30" },
  },
  {
    id: "t4-between-colon-lines",
    format: "pdf",
    source: `
# LICENCE AGREEMENT
THIS LICENCE AGREEMENT is dated as of June 3, 2024.
BETWEEN:
PRAIRIE SKY MEDIA INC., a corporation incorporated under the laws of Manitoba
(the "Licensor")
AND:
CEDAR COAST BROADCASTING LTD., a corporation incorporated under the laws of British Columbia
(the "Licensee")
WHEREAS the Licensor owns the copyright in the programmes listed in Schedule A;
NOW THEREFORE the parties agree as follows:
1. The Licensor grants the Licensee a licence to broadcast the programmes in Canada.
2. This Agreement remains in effect for three (3) years from the date hereof.
3. This Agreement is governed by the laws of the Province of Manitoba.
`,
    truth: { title: "LICENCE AGREEMENT", documentType: "Licence agreement", parties: ["Prairie Sky Media Inc.", "Cedar Coast Broadcasting Ltd."], governingLaw: "Manitoba", effectiveDate: "2024-06-03", term: "3 years", expiryDate: "2027-06-03" },
  },
  {
    id: "t4-poa-that-i",
    format: "docx",
    source: `
# SPECIAL POWER OF ATTORNEY
TO ALL TO WHOM THESE PRESENTS SHALL COME, I, Farhan Ahmed Qureshi, son of Late Mr. Imtiaz Qureshi, residing at 14 Civil Lines, Lucknow 226001, SEND GREETINGS.
WHEREAS I own the flat described in the Schedule and am presently resident abroad;
NOW KNOW YE that I do hereby appoint my brother, Mr. Salman Ahmed Qureshi, residing at the same address, as my lawful attorney to sell the said flat.
Signed at Lucknow on this 2nd day of August, 2024.
`,
    truth: { title: "SPECIAL POWER OF ATTORNEY", documentType: "Power of attorney", parties: ["Farhan Ahmed Qureshi", "Salman Ahmed Qureshi"], effectiveDate: "2024-08-02" },
  },
  {
    id: "t4-letter-addressee-after-date",
    format: "txt",
    source: `
MEHTA & DESAI
Chartered Accountants
302 Shalimar Arcade, C G Road, Ahmedabad 380009

Ref: MD/AUD/2024-25/41
Date: 17.06.2024

To,
The Board of Directors,
Narmada Polymers Limited,
Plot 88, GIDC Vatva,
Ahmedabad 382445

Sub: Engagement as statutory auditors for the financial year 2024-25

Dear Sirs,

We refer to the resolution of your shareholders appointing us as statutory auditors. This letter sets out the terms of our engagement. Our fee for the audit will be Rs. 6,50,000 plus applicable taxes.

Yours faithfully,
For Mehta & Desai
Chartered Accountants
`,
    truth: { title: "Engagement as statutory auditors for the financial year 2024-25", documentType: "Engagement letter", parties: ["Mehta & Desai", "Narmada Polymers Limited"], effectiveDate: "2024-06-17" },
  },
  {
    id: "t4-schedule-parties-wrapped",
    format: "pdf",
    source: `
# INVESTMENT AGREEMENT
relating to Brightfield Soil Sensors Limited
This agreement is dated 11 November 2024 and is made between the persons listed in Schedule 1.
1. Subscription. The Investors shall subscribe for the Subscription Shares at Completion.
2. Warranties. The Founders give the Warranties in Schedule 3.
3. Governing law. This agreement is governed by the law of England and Wales.
===
# SCHEDULE 1 – PARTIES
| Name | Address | Role |
| Harriet Lowther Quinn | Flat 4, 17 Marchmont Road, Edinburgh EH9 1HY, United Kingdom | Founder |
| Meridian Seed Fund II LP | 25 Old Broad Street, London EC2N 1HN, United Kingdom | Investor |
| Brightfield Soil Sensors Limited | Unit 12, Harwell Innovation Campus, Didcot, Oxfordshire OX11 0QX | Company |
`,
    truth: { title: "INVESTMENT AGREEMENT", documentType: "Share subscription agreement", parties: ["Harriet Lowther Quinn", "Meridian Seed Fund II LP", "Brightfield Soil Sensors Limited"], governingLaw: "England and Wales", effectiveDate: "2024-11-11" },
  },
  {
    id: "t4-item-parties-row-and",
    format: "docx",
    source: `
# DEED OF RELEASE
This deed is made on 5 September 2024 between the parties named in Item 1 of the Schedule.
1. Each party releases the other from all claims arising out of the Contract.
2. This deed is governed by the laws of Western Australia.
# Schedule
| Item 1 – Parties | Swan River Cranes Pty Ltd ACN 101 202 303 and Kalamunda Civil Pty Ltd ACN 404 505 606 |
| Item 2 – Contract | Crane hire contract dated 1 March 2023 |
`,
    truth: { title: "DEED OF RELEASE", documentType: "Settlement agreement", parties: ["Swan River Cranes Pty Ltd", "Kalamunda Civil Pty Ltd"], governingLaw: "Western Australia", effectiveDate: "2024-09-05" },
  },
  {
    id: "t4-municipal-unquoted-terms",
    format: "txt",
    source: `
INTERGOVERNMENTAL AGREEMENT

This Intergovernmental Agreement (IGA) is made and entered into by the Town of Castle Rock (Town) and Douglas County School District RE-1 (District).

1. Purpose. The Town and the District will share the use of the Meadows sports fields.
2. Term. This IGA is effective as of August 1, 2024 and shall remain in effect through July 31, 2029.
3. This IGA shall be governed by the laws of the State of Colorado.
`,
    truth: { title: "INTERGOVERNMENTAL AGREEMENT", documentType: "Other", parties: ["Town of Castle Rock", "Douglas County School District RE-1"], governingLaw: "Colorado", effectiveDate: "2024-08-01", expiryDate: "2029-07-31" },
  },
  {
    id: "t4-made-effective-brackets-individual",
    format: "pdf",
    source: `
# ADVISORY AGREEMENT
This Advisory Agreement is made effective as of January 13, 2025 (the "Effective Date") by Bluefin Robotics Corp. ("Company") and Dr. Lena Okafor, an individual residing in Austin, Texas ("Advisor").
1. Services. Advisor will advise the Company on regulatory strategy.
2. Term. This Agreement shall remain in force for a period of one (1) year from the Effective Date.
3. Governing Law. This Agreement is governed by the laws of the State of Texas.
`,
    truth: { title: "ADVISORY AGREEMENT", documentType: "Services agreement", parties: ["Bluefin Robotics Corp.", "Lena Okafor"], governingLaw: "Texas", effectiveDate: "2025-01-13", term: "1 year", expiryDate: "2026-01-13" },
  },
  {
    id: "t4-long-title-unquoted-roles",
    format: "docx",
    source: `
# AGREEMENT FOR THE SUPPLY OF CATERING SERVICES TO THE CITY OF LEEDS COLLEGE OF MUSIC
THIS AGREEMENT is dated 20 August 2024.
PARTIES
(1) LEEDS CONSERVATOIRE incorporated and registered in England and Wales with company number 02345678 (Customer).
(2) AIRE VALLEY CATERING LIMITED incorporated and registered in England and Wales with company number 08765432 (Supplier).
AGREED TERMS
1. The Supplier shall provide the catering services from 2 September 2024 for a period of two years.
2. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "AGREEMENT FOR THE SUPPLY OF CATERING SERVICES TO THE CITY OF LEEDS COLLEGE OF MUSIC", documentType: "Services agreement", parties: ["Leeds Conservatoire", "Aire Valley Catering Limited"], governingLaw: "England and Wales", effectiveDate: "2024-09-02", term: "2 years", expiryDate: "2026-09-02" },
  },
  {
    id: "t4-supplementary-deed-extension",
    format: "pdf",
    source: `
# SUPPLEMENTARY DEED
This Supplementary Deed is made at Chennai on 15.01.2025 between Coromandel Cement Limited (hereinafter the "Company") and Kaveri Transport Corporation (hereinafter the "Contractor").
This Deed is supplemental to the Transport Contract dated 01.02.2021 between the Company and the Contractor (the "Principal Contract").
1. The Principal Contract is hereby extended up to 31.01.2028.
2. This Deed shall be governed by the laws of India.
`,
    truth: { title: "SUPPLEMENTARY DEED", documentType: "Amendment", parties: ["Coromandel Cement Limited", "Kaveri Transport Corporation"], governingLaw: "India", effectiveDate: "2025-01-15", expiryDate: "2028-01-31", amends: "Transport Contract" },
  },
  {
    id: "t4-amendment-extend-term-through",
    format: "txt",
    source: `
AMENDMENT NO. 4

This Amendment No. 4 is entered into as of March 1, 2025 by Granite Peak Data, Inc. ("Provider") and Sunbelt Health Partners, LLC ("Customer") and amends the Data Hosting and Disaster Recovery Agreement dated April 1, 2021 (the "Agreement").

1. The parties hereby extend the Term of the Agreement through March 31, 2028.
2. This Amendment is governed by the laws of the State of Georgia.
`,
    truth: { title: "AMENDMENT NO. 4", documentType: "Amendment", parties: ["Granite Peak Data, Inc.", "Sunbelt Health Partners, LLC"], governingLaw: "Georgia", effectiveDate: "2025-03-01", expiryDate: "2028-03-31", amends: "Data Hosting and Disaster Recovery Agreement" },
  },
  {
    id: "t4-amending-described-then-defined",
    format: "docx",
    source: `
# AMENDING AGREEMENT NO. 2
THIS AGREEMENT is made on 9 January 2025 between Whitby Harbour Fisheries Limited (the "Buyer") and North Yorkshire Ice Company Limited (the "Seller").
The parties entered into an ice supply agreement dated 2 May 2022 (the "Supply Contract"), which they wish to amend.
1. The Supply Contract is amended so that its expiry date is 1 May 2027.
2. This agreement is governed by the law of England and Wales.
`,
    truth: { title: "AMENDING AGREEMENT NO. 2", documentType: "Amendment", parties: ["Whitby Harbour Fisheries Limited", "North Yorkshire Ice Company Limited"], governingLaw: "England and Wales", effectiveDate: "2025-01-09", expiryDate: "2027-05-01", amends: "Ice supply agreement" },
  },
  {
    id: "t4-offer-indefinite-and-subscription-order",
    format: "pdf",
    source: `
Laurentide Games Inc.
400 Boulevard de Maisonneuve Ouest, Montréal, Québec H3A 1L4

October 1, 2024

Julien Bouchard
77 Rue Sherbrooke Est
Montréal, Québec H2X 1C7

Dear Mr. Bouchard:

Offer of Employment - Lead Gameplay Programmer

Your employment will begin on November 4, 2024 and is for an indefinite period.
This offer is governed by the laws of the Province of Quebec.

Sincerely,
Chloé Martin, People Operations
`,
    truth: { title: "Offer of Employment - Lead Gameplay Programmer", documentType: "Employment agreement", parties: ["Laurentide Games Inc.", "Julien Bouchard"], governingLaw: "Quebec", effectiveDate: "2024-11-04", term: "Until terminated" },
  },
  {
    id: "t4-service-order-form",
    format: "txt",
    source: `
SERVICE ORDER

Customer:	Palmetto Title Services, LLC
Vendor:	Brightlane Software, Inc.
Subscription Start Date:	04/15/2025
Subscription Term:	36 months
Annual Fee:	$18,000

Vendor grants Customer a limited, non-exclusive right to access and use the Brightlane Escrow platform during the Subscription Term. This Service Order is governed by the laws of the State of South Carolina.
`,
    truth: { title: "SERVICE ORDER", documentType: "Licence agreement", parties: ["Palmetto Title Services, LLC", "Brightlane Software, Inc."], governingLaw: "South Carolina", effectiveDate: "2025-04-15", term: "36 months", expiryDate: "2028-04-14" },
  },
];
