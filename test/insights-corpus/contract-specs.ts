import { boilerplate, signatureBlock } from "./boilerplate";
import { asParty, governingLaw, JURISDICTIONS, person, preamble, termClause, type Jurisdiction, type Party } from "./clauses";
import { pick, type DateStyle } from "./phrasing";
import { OTHER_ORGS, PEOPLE, UK_ORGS, US_ORGS } from "./pools";
import type { Block, CorpusSpec } from "./types";

interface ContractKind {
  documentType: string;
  titles: string[];
  /** The word the preamble uses for the document ("Agreement", "Lease", "Deed"). */
  kind: string;
  roles: [string, string, string?];
  /** Clauses specific to the kind, shown after the preamble. */
  body: string[];
  /** Whether the preamble's second party is a person rather than an organisation. */
  individual?: boolean;
  hasTerm: boolean;
}

const KINDS: ContractKind[] = [
  {
    documentType: "NDA",
    titles: ["MUTUAL NON-DISCLOSURE AGREEMENT", "Confidentiality Agreement", "Non-Disclosure Agreement", "ONE-WAY CONFIDENTIALITY AGREEMENT", "Mutual NDA", "CONFIDENTIALITY AND NON-USE AGREEMENT", "Non Disclosure Agreement"],
    kind: "Agreement",
    roles: ["Discloser", "Recipient"],
    body: [
      "The Discloser wishes to disclose certain Confidential Information to the Recipient for the sole purpose of evaluating a possible business relationship between the parties (the Purpose).",
      "Confidential Information means all information of a confidential nature disclosed by or on behalf of the Discloser, whether before or after the date of this Agreement, in any form, including technical, commercial and financial information.",
      "The Recipient shall use the Confidential Information only for the Purpose and shall return or destroy it promptly on request.",
    ],
    hasTerm: true,
  },
  {
    documentType: "Services agreement",
    titles: ["MASTER SERVICES AGREEMENT", "Consultancy Agreement", "Professional Services Agreement", "SERVICES AGREEMENT", "Consulting Agreement", "IT Support Services Agreement", "Managed Services Agreement"],
    kind: "Agreement",
    roles: ["Client", "Supplier"],
    body: [
      "The Supplier shall provide the services described in Schedule 1 (the Services) to the Client with reasonable skill and care and in accordance with good industry practice.",
      "The Client shall pay the fees set out in Schedule 2 in consideration of the provision of the Services.",
      "Each party shall appoint a manager who shall have authority to take decisions on its behalf in relation to the Services.",
    ],
    hasTerm: true,
  },
  {
    documentType: "Licence agreement",
    titles: ["SOFTWARE LICENCE AGREEMENT", "Software License Agreement", "Trade Mark Licence", "Patent Licence Agreement", "End User Licence Agreement", "Content Licence Agreement", "SOFTWARE LICENSE"],
    kind: "Agreement",
    roles: ["Licensor", "Licensee"],
    body: [
      "The Licensor grants to the Licensee a non-exclusive, non-transferable licence to use the Licensed Software for its internal business purposes.",
      "The Licensee shall pay the royalties set out in the Schedule in respect of each copy of the Licensed Software in use.",
      "All intellectual property rights in the Licensed Software remain with the Licensor.",
    ],
    hasTerm: true,
  },
  {
    documentType: "Loan agreement",
    titles: ["TERM LOAN AGREEMENT", "Facility Agreement", "LOAN AGREEMENT", "Bridge Loan Agreement", "Shareholder Loan Agreement", "Revolving Credit Agreement", "Intercompany Loan Agreement"],
    kind: "Agreement",
    roles: ["Lender", "Borrower", "Guarantor"],
    body: [
      "The Lender agrees to make available to the Borrower a term loan facility in an aggregate amount equal to the Commitment on the terms of this Agreement.",
      "The Borrower shall pay interest on the Loan at the rate of six per cent per annum, payable quarterly in arrears on each interest payment date.",
      "The Borrower may prepay the whole or any part of the Loan on giving not less than ten business days' prior notice to the Lender.",
    ],
    hasTerm: true,
  },
  {
    documentType: "Share purchase agreement",
    titles: ["SHARE PURCHASE AGREEMENT", "Share Sale Agreement", "Stock Purchase Agreement", "SHARE PURCHASE AGREEMENT", "Agreement for the Sale of Shares", "Share Purchase Agreement", "STOCK PURCHASE AGREEMENT"],
    kind: "Agreement",
    roles: ["Seller", "Buyer", "Guarantor"],
    body: [
      "The Seller shall sell and the Buyer shall buy the Sale Shares with full title guarantee, free from all encumbrances and together with all rights attaching to them.",
      "The purchase price for the Sale Shares is the sum of twelve million pounds, payable in cash on Completion.",
      "The Seller gives the Warranties to the Buyer on the date of this Agreement and at Completion by reference to the facts then existing.",
    ],
    hasTerm: false,
  },
  {
    documentType: "Employment agreement",
    titles: ["EMPLOYMENT AGREEMENT", "Contract of Employment", "Executive Service Agreement", "Statement of Terms of Employment", "Employment Contract", "FIXED-TERM EMPLOYMENT CONTRACT", "Employment Agreement"],
    kind: "Agreement",
    roles: ["Employer", "Employee"],
    individual: true,
    body: [
      "The Employee shall serve the Employer as Senior Associate and shall report to the Head of Legal Operations. Employment is subject to a probationary period of six (6) months.",
      "The Employee's salary is payable monthly in arrears by credit transfer. The Employee is entitled to 25 days' paid holiday in each holiday year in addition to public holidays.",
      "For a period of 12 months after the Termination Date the Employee shall not solicit any client of the Employer with whom the Employee dealt.",
    ],
    hasTerm: true,
  },
];

const UK_LAWS = [JURISDICTIONS.england, JURISDICTIONS.englandOnly, JURISDICTIONS.scotland, JURISDICTIONS.ireland];
const US_LAWS = [JURISDICTIONS.newYork, JURISDICTIONS.delaware, JURISDICTIONS.california, JURISDICTIONS.texas];
const OTHER_LAWS = [JURISDICTIONS.singapore, JURISDICTIONS.germany, JURISDICTIONS.hongKong];
const UK_DATES: DateStyle[] = ["dayMonth", "ordinal", "dayOfMonth", "iso", "slashDayFirst", "short"];
const US_DATES: DateStyle[] = ["monthDay", "dayOfMonth", "iso", "slashMonthFirst"];

/** Seven documents per contract kind, each a different combination of preamble, law, term and date style. */
export function contractSpecs(): CorpusSpec[] {
  const specs: CorpusSpec[] = [];
  KINDS.forEach((kind, k) => {
    for (let i = 0; i < 7; i++) specs.push(contractSpec(kind, k, i));
  });
  return specs;
}

function contractSpec(kind: ContractKind, k: number, i: number): CorpusSpec {
  const n = k * 7 + i;
  const region = pick(["uk", "us", "uk", "other", "us", "uk", "us"], i + k);
  const orgs = region === "us" ? US_ORGS : region === "other" ? OTHER_ORGS : UK_ORGS;
  const law: Jurisdiction = pick(region === "us" ? US_LAWS : region === "other" ? OTHER_LAWS : UK_LAWS, n);
  const dateStyle = pick(region === "us" ? US_DATES : UK_DATES, n);
  const effective = isoDate(2018 + (n % 8), 1 + ((n * 5) % 12), 1 + ((n * 7) % 28));

  const first = asParty(pick(orgs, n), kind.roles[0]);
  const second = kind.individual ? person(pick(PEOPLE, n), kind.roles[1]) : asParty(pick(orgs, n + 1), kind.roles[1]);
  // Preamble style 5 ("by and among") names three parties.
  const preambleStyle = (i + k) % 6;
  const parties: Party[] = [first, second];
  if (preambleStyle === 5 && kind.roles[2]) parties.push(asParty(pick(UK_ORGS, n + 3), kind.roles[2]));
  // Numbered and "by and among" forms carry no descriptions; people have no company number.
  const usable = kind.individual && (preambleStyle === 1 || preambleStyle === 5) ? (preambleStyle + 2) % 6 : preambleStyle;

  const amount = pick([2, 3, 36, 1, 5, 24, 10], n);
  const unit = amount >= 12 ? "month" : "year";
  const term = kind.hasTerm ? termClause(n, amount, unit, lastDay(effective, amount, unit), dateStyle) : { blocks: [] as Block[] };
  const title = pick(kind.titles, i);

  const blocks: Block[] = [
    { kind: "title", text: title },
    ...(i % 3 === 0 ? [{ kind: "line", text: pick(["Strictly private and confidential", "Execution version", "CONFIDENTIAL"], n) } as Block] : []),
    ...preamble(usable, kind.kind, effective, dateStyle, usable === 5 ? parties : parties.slice(0, 2)),
    { kind: "heading", text: pick(["Background", "RECITALS", "Agreed terms", "IT IS AGREED as follows:"], n) },
    ...kind.body.map((text): Block => ({ kind: "paragraph", text })),
    ...term.blocks,
    ...boilerplate(n, 2 + (n % 8), 4),
    ...governingLaw(n + k, law),
    ...signatureBlock((usable === 5 ? parties : parties.slice(0, 2)).map((p) => p.name), n),
  ];
  const format = n % 2 === 0 ? "pdf" : "docx";
  return {
    id: `${kind.documentType.replace(/\s+/g, "-").toLowerCase()}-${i + 1}`,
    format,
    filename: `${pick(["contract", "Signed copy", "final_v3", "executed", "scan-export", "doc", "agreement"], n)}-${n}.${format}`,
    blocks,
    expected: {
      title,
      // A facility or credit agreement is its own kind in the vocabulary, whichever kind generated it.
      documentType: kind.documentType === "Loan agreement" && /facility|credit/i.test(title) ? "Facility agreement" : kind.documentType,
      parties: (usable === 5 ? parties : parties.slice(0, 2)).map((p) => p.name),
      governingLaw: law.expected,
      effectiveDate: effective,
      term: term.term,
      expiryDate: term.expiryDate,
    },
    pageFooters: format === "pdf" && n % 3 === 0,
    storedPageCount: format === "docx" && n % 4 === 1 ? 1 + (n % 3) : undefined,
  };
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The day before the anniversary: the last day of a term that starts on `iso`. */
export function lastDay(iso: string, amount: number, unit: "year" | "month"): string {
  const [y, m, d] = iso.split("-").map(Number);
  const end = new Date(Date.UTC(y, m - 1 + (unit === "year" ? amount * 12 : amount), d - 1));
  return end.toISOString().slice(0, 10);
}
