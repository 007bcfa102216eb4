import { formatDate, pick, spellNumber, type DateStyle } from "./phrasing";
import type { Org } from "./pools";
import type { Block } from "./types";

export interface Party {
  name: string;
  description: string;
  address: string;
  role: string;
}

export function asParty(org: Org, role: string): Party {
  return { ...org, role };
}

export function person(p: { name: string; address: string }, role: string): Party {
  return { name: p.name, description: `of ${p.address}`, address: p.address, role };
}

const q = (role: string, i: number) => (i % 2 === 0 ? `(the “${role}”)` : `("${role}")`);

/** Opening paragraphs naming the parties and the date, in the drafting style `style` (0–5). */
export function preamble(style: number, kind: string, dateIso: string, dateStyle: DateStyle, parties: Party[]): Block[] {
  const date = formatDate(dateIso, dateStyle);
  const [a, b] = parties;
  switch (style % 6) {
    case 0:
      return [{ kind: "paragraph", text: `This ${kind} is made on ${date} between ${a.name}, ${a.description} ${q(a.role, 0)}, and ${b.name}, ${b.description} ${q(b.role, 0)}.` }];
    case 1:
      return [
        { kind: "paragraph", text: `THIS ${kind.toUpperCase()} is dated ${date}` },
        { kind: "heading", text: "PARTIES" },
        ...parties.map((p, i): Block => ({ kind: "paragraph", text: `(${i + 1}) ${p.name.toUpperCase()} (company number ${1000000 + i * 7919}) whose registered office is at ${p.address} ${q(p.role, 1)}${i === parties.length - 1 ? "." : "; and"}` })),
      ];
    case 2:
      return [{ kind: "paragraph", text: `This ${kind} (this "Agreement") is entered into as of ${date} (the "Effective Date"), by and between ${a.name}, ${a.description} ${q(a.role, 1)}, and ${b.name}, ${b.description} ${q(b.role, 1)}.` }];
    case 3:
      return [
        { kind: "paragraph", text: `THIS DEED is made ${date}` },
        { kind: "paragraph", text: "BETWEEN:" },
        ...parties.map((p, i): Block => ({ kind: "paragraph", text: `(${i + 1}) ${p.name}, ${p.description} ${q(p.role, 0)}${i === parties.length - 1 ? "." : "; and"}` })),
      ];
    case 4:
      return [{ kind: "paragraph", text: `This ${kind} is between ${a.name} and ${b.name}, and is effective from ${date}.` }];
    default:
      return [
        { kind: "line", text: `Dated: ${date}` },
        { kind: "paragraph", text: `This ${kind} is made by and among ${parties.slice(0, -1).map((p) => p.name).join(", ")} and ${parties[parties.length - 1].name}.` },
      ];
  }
}

export interface Jurisdiction {
  expected: string;
  /** How a clause names it: "the State of New York", "England and Wales". */
  formal: string;
  /** As an adjective before "law": "English", "New York". */
  adjective: string;
}

export const JURISDICTIONS: Record<string, Jurisdiction> = {
  england: { expected: "England and Wales", formal: "England and Wales", adjective: "English" },
  englandOnly: { expected: "England and Wales", formal: "England", adjective: "English" },
  scotland: { expected: "Scotland", formal: "Scotland", adjective: "Scots" },
  newYork: { expected: "New York", formal: "the State of New York", adjective: "New York" },
  delaware: { expected: "Delaware", formal: "the State of Delaware", adjective: "Delaware" },
  california: { expected: "California", formal: "the State of California", adjective: "California" },
  texas: { expected: "Texas", formal: "the State of Texas", adjective: "Texas" },
  singapore: { expected: "Singapore", formal: "the Republic of Singapore", adjective: "Singapore" },
  germany: { expected: "Germany", formal: "the Federal Republic of Germany", adjective: "German" },
  hongKong: { expected: "Hong Kong", formal: "the Hong Kong Special Administrative Region", adjective: "Hong Kong" },
  ireland: { expected: "Ireland", formal: "Ireland", adjective: "Irish" },
};

/** A governing-law clause in drafting style `style` (0–6). */
export function governingLaw(style: number, j: Jurisdiction, doc = "this Agreement"): Block[] {
  const Doc = doc.charAt(0).toUpperCase() + doc.slice(1);
  const texts = [
    `${Doc} and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the law of ${j.formal}.`,
    `${Doc} shall be governed by the laws of ${j.formal}, without giving effect to any choice of law or conflict of law rules that would cause the application of the laws of any other jurisdiction.`,
    `${j.adjective} law governs ${doc} and the parties submit to the exclusive jurisdiction of the courts of ${j.expected}.`,
    `${Doc} will be interpreted and enforced under the laws of ${j.formal}.`,
    `The laws of ${j.formal} shall govern ${doc} and all matters arising from it.`,
    `${Doc} is subject to the laws of ${j.formal} and each party irrevocably submits to the non-exclusive jurisdiction of its courts.`,
    `${Doc}, and all claims arising out of it, are governed by ${j.adjective} law.`,
  ];
  return [{ kind: "heading", text: pick(["Governing law", "GOVERNING LAW AND JURISDICTION", "Applicable Law", "Law and jurisdiction"], style) }, { kind: "paragraph", text: pick(texts, style) }];
}

export interface TermClause {
  blocks: Block[];
  term?: string;
  expiryDate?: string;
}

/** How long the document runs, in style `style` (0–8); `amount`/`unit` for term styles, `expiryIso` for expiry styles. */
export function termClause(style: number, amount: number, unit: "year" | "month", expiryIso: string, dateStyle: DateStyle, doc = "this Agreement"): TermClause {
  const Doc = doc.charAt(0).toUpperCase() + doc.slice(1);
  const units = `${unit}${amount === 1 ? "" : "s"}`;
  const term = `${amount} ${units}`;
  const expiry = formatDate(expiryIso, dateStyle);
  const para = (text: string): Block[] => [{ kind: "heading", text: pick(["Term", "Duration", "Term and termination", "Commencement and duration"], style) }, { kind: "paragraph", text }];
  switch (style % 9) {
    case 0:
      return { term, blocks: para(`${Doc} shall commence on the Effective Date and shall continue for a period of ${spellNumber(amount, "wordsAndDigits")} ${units}, unless terminated earlier in accordance with its terms.`) };
    case 1:
      return { term, blocks: para(`The term of ${doc} is ${spellNumber(amount, "digits")} ${units} from the date on which it takes effect.`) };
    case 2:
      return { expiryDate: expiryIso, blocks: para(`${Doc} shall expire on ${expiry} unless terminated earlier.`) };
    case 3:
      return { term, blocks: para(`${Doc} shall remain in force for ${spellNumber(amount, "words")} ${units}, after which it shall end automatically.`) };
    case 4:
      return { expiryDate: expiryIso, blocks: para(`${Doc} begins on the date above and ends on ${expiry}.`) };
    case 5:
      return { term, blocks: para(`The Services shall be provided for an initial term of ${spellNumber(amount, "digits")} ${units} starting on the date of ${doc}.`) };
    case 6:
      return { term: "Until terminated", blocks: para(`${Doc} continues until terminated by either party in accordance with the clause headed "Termination for convenience".`) };
    case 7:
      return { expiryDate: expiryIso, blocks: para(`Unless terminated earlier, ${doc} will remain in effect until ${expiry}.`) };
    default:
      return { term, blocks: para(`${Doc} has a ${spellNumber(amount, "words")}-${unit} term starting on the date it takes effect.`) };
  }
}
