import type { UnseenDocument } from "./types";

/** Litigation and disputes: settlements, tolling, escrow, releases, deeds poll. */
export const DISPUTES: UnseenDocument[] = [
  {
    id: "settlement-deed-commercial",
    format: "docx",
    storedPageCount: 3,
    source: `
# DEED OF SETTLEMENT AND RELEASE
THIS DEED is dated 22 March 2024
BETWEEN
(1) OAKSHOTT ENGINEERING LIMITED (No. 02887124) ("Oakshott")
(2) VANTAGE RAIL SYSTEMS LIMITED (No. 05113887) ("Vantage")
RECITALS
(A) Oakshott issued proceedings against Vantage in the Technology and Construction Court under claim number HT-2023-000188 (the "Proceedings").
(B) The parties have agreed to settle the Proceedings on the terms of this Deed.
1. Vantage shall pay Oakshott £1,750,000 within 21 days of the date of this Deed.
2. Upon receipt of payment, the parties shall file a consent order staying the Proceedings.
3. Each party releases the other from all claims arising out of the subcontract dated 4 April 2019.
4. This Deed is governed by the law of England and Wales.
`,
    truth: { title: "DEED OF SETTLEMENT AND RELEASE", documentType: "Settlement agreement", parties: ["Oakshott Engineering Limited", "Vantage Rail Systems Limited"], governingLaw: "England and Wales", effectiveDate: "2024-03-22" },
  },
  {
    id: "tolling-agreement-us",
    format: "txt",
    source: `
TOLLING AGREEMENT

This Tolling Agreement is made and entered into as of May 6, 2024 (the "Effective Date"), by and between Redwood Mutual Insurance Company ("Redwood") and Sierra Vista Hospital District ("Sierra Vista").

WHEREAS, Sierra Vista contends it has claims against Redwood arising from the denial of coverage for the 2022 flood loss, which Redwood disputes;

1. Tolling Period. All statutes of limitation applicable to the Claims are tolled from the Effective Date through and including November 6, 2025 (the "Tolling Period").
2. This Agreement shall terminate at the end of the Tolling Period unless extended in writing.
3. This Agreement is governed by the laws of the State of California.
`,
    truth: { title: "TOLLING AGREEMENT", documentType: "Other", parties: ["Redwood Mutual Insurance Company", "Sierra Vista Hospital District"], governingLaw: "California", effectiveDate: "2024-05-06", expiryDate: "2025-11-06", term: "18 months" },
  },
  {
    id: "escrow-agreement",
    format: "pdf",
    source: `
# ESCROW AGREEMENT
This Escrow Agreement is made on 1 July 2024 among Ashdown Mining plc (the "Seller"), Broadoak Resources Limited (the "Buyer") and Chancery Escrow Services Limited (the "Escrow Agent").
1. The Buyer shall deposit £3,000,000 with the Escrow Agent on Completion of the sale of Ashdown Minerals Limited.
2. The Escrow Agent shall hold the Escrow Amount for an escrow period of eighteen months after Completion and release it in accordance with joint instructions.
3. This agreement shall terminate when the whole Escrow Amount has been released.
4. This agreement is governed by English law.
`,
    truth: { title: "ESCROW AGREEMENT", documentType: "Other", parties: ["Ashdown Mining plc", "Broadoak Resources Limited", "Chancery Escrow Services Limited"], governingLaw: "England and Wales", effectiveDate: "2024-07-01" },
  },
  {
    id: "release-individual-us",
    format: "docx",
    source: `
# SETTLEMENT AGREEMENT AND GENERAL RELEASE
This Settlement Agreement and General Release is entered into this 14th day of August, 2024, between Keystone Logistics Group, Inc., a Pennsylvania corporation, with its principal place of business at 1 Liberty Place, Philadelphia, PA 19103, and Marisol Trujillo, of 412 Spruce Street, Philadelphia, PA 19106.
1. Keystone Logistics Group, Inc. shall pay the sum of $95,000 in full settlement of the claims asserted in Trujillo v. Keystone Logistics Group, Inc., No. 2:23-cv-01987 (E.D. Pa.).
2. Ms. Trujillo releases Keystone from all claims arising from her employment through the date of this Agreement.
3. This Agreement shall be governed by the laws of the Commonwealth of Pennsylvania.
`,
    truth: { title: "SETTLEMENT AGREEMENT AND GENERAL RELEASE", documentType: "Settlement agreement", parties: ["Keystone Logistics Group, Inc.", "Marisol Trujillo"], governingLaw: "Pennsylvania", effectiveDate: "2024-08-14" },
  },
  {
    id: "deed-of-covenant",
    format: "txt",
    source: `
DEED OF COVENANT

THIS DEED is made on 30 April 2024

BY: HARLANDS NURSERY LIMITED (company number 04988776) of Harlands Farm, Haywards Heath RH16 1PG (the "Covenantor")

IN FAVOUR OF: MID SUSSEX DISTRICT COUNCIL of Oaklands, Oaklands Road, Haywards Heath RH16 1SS (the "Council")

1. The Covenantor covenants with the Council to maintain the landscaping buffer shown on the Plan for a period of ten years from the date of this Deed.
2. This Deed is governed by the law of England and Wales.

EXECUTED AS A DEED by HARLANDS NURSERY LIMITED acting by two directors
`,
    truth: { title: "DEED OF COVENANT", documentType: "Deed", parties: ["Harlands Nursery Limited", "Mid Sussex District Council"], governingLaw: "England and Wales", effectiveDate: "2024-04-30" },
  },
  {
    id: "expert-determination-agreement",
    format: "pdf",
    source: `
# AGREEMENT FOR EXPERT DETERMINATION
Made on 9 October 2024
Between
Lowther Wind Farm Limited ("the Generator"),
Solway Grid Connections Limited ("the Network Operator"), and
Professor Alasdair Crichton of the University of Strathclyde ("the Expert").
1. The Generator and the Network Operator appoint the Expert to determine the dispute as to connection charges referred to him on 1 October 2024.
2. The Expert shall give his determination within 60 days of the date of this agreement.
3. This agreement is governed by the law of Scotland.
`,
    truth: { title: "AGREEMENT FOR EXPERT DETERMINATION", documentType: "Other", parties: ["Lowther Wind Farm Limited", "Solway Grid Connections Limited", "Alasdair Crichton"], governingLaw: "Scotland", effectiveDate: "2024-10-09" },
  },
];
