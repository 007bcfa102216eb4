import type { LineAt } from "./letter";
import { LEGAL_FORM_ONLY } from "../legal-forms";

/** A "label | value" table row or a "Label: value" line, the way key-details tables and particulars state facts. */
export interface KeyValue {
  /** Lower case, numbering and "the" removed: "lr5. Term" → "term". */
  label: string;
  value: string;
  /** Offsets of the value in the text. */
  start: number;
  end: number;
}

const ROW_NUMBER = String.raw`(?:(?:[A-Z]{1,3}\d+|\d+(?:\.\d+)*|\([a-z0-9]+\))[.)]?(?:\s*\|\s*|\s+)|(?:item|part)\s+\d+[a-z]?\s*(?:[|:\-–—]\s*)?)?`;
const ROW_LABEL_WORD = String.raw`[\p{L}\p{N}'’"“”()/&-]+`;
const ROW = new RegExp(String.raw`^${ROW_NUMBER}((?:the\s+)?[\p{L}][\p{L}'’()/&-]*(?:\s+${ROW_LABEL_WORD}){0,5})\s*(?:\||:|[-–]\s)\s*(.+)$`, "iu");
/** A table cell may hold a longer label than a "Label:" line does: the Land Registry's "LR6. Term for which the Property is leased | …". */
const TABLE_ROW = new RegExp(String.raw`^${ROW_NUMBER}((?:the\s+)?[\p{L}][\p{L}'’()/&-]*(?:\s+${ROW_LABEL_WORD}){6,8})\s*\|\s*(.+)$`, "iu");
const KEY_VALUE_WINDOW = 6000;
const EXECUTION_BLOCK = /^(?:in\s+witness\s+(?:whereof|of\s+which)|executed\s+(?:and\s+delivered\s+)?as\s+a\s+deed|execution(?:\s+page|\s+block)?$|(?:signatures?|signatories|signatory)(?:\s+pages?)?$|(?:signed|executed)\s+(?:for\s+and\s+)?(?:on\s+behalf\s+of|by|for)\s|for\s+(?:and\s+on\s+behalf\s+of\s+)?[^|]+\|\s*(?:name|by|signature)\s*:|this\s+(?:agreement|deed)\s+has\s+been\s+(?:entered\s+into|executed|signed)\b|[^|]{3,120},\s*by\s*:\s*[a-z])/i;
/** A value that stops on a joining word or a register's label goes on: "… ACN 101 202 303 and" / "Kalamunda Civil Pty Ltd …", "… Pty Ltd ACN" / "004 118 272". */
const OPEN_END = /(?:\s(?:and|&|of|the|for|ACN|ABN|ARBN|UEN|CIN|No\.?|number|Pty|Pte|Sdn|Private)|,|\sand\s+\p{Lu}[\p{L}'’-]*)$/u;
/** "… of the Savanna Health" / "Foundation, a body corporate …": the last word of a name, then its description. */
const NAME_ENDS = /^\p{Lu}[\p{L}'’-]*,\s/u;
const WRAPPED = /^(?!(?:[a-z]|[ivx]+)[.)]\s)\p{Ll}/u;
/** The border between two cells of a table row, as the text readers write it (" | "). */
export const CELL = /\s*\|\s*/;
/** A table column that holds parties' names: "Name", "Legal name", "Name of party", "Name and address". */
export const NAME_HEADING = /^(?:(?:legal|full|party|company|registered)\s+)?names?(?:\s+of\s+party)?(?:\s+and\s+(?:address|details))?$/i;
const HEADING_CELL = /^[\p{L}][\p{L}'’()/&-]*(?:\s+[\p{L}'’()/&-]+){0,3}$/u;
/** "Item | Particular | Detail", "Term | Meaning | Clause": the heading of a key-details table, whose rows label themselves. */
const KEY_TABLE_HEADING = /^(?:item|no|particulars?|details?|meaning|description|definitions?|defined term|clause|reference|value|provision|heading|information)$/i;

const COMPARISON_HEADING = /\|\s*(?:existing|current|original|old|previous)(?:\s+\p{L}+)?\s*\|\s*(?:varied|new|amended|revised|proposed|replacement)(?:\s+\p{L}+)?\s*$/iu;

/** The column names of a table's first row, "Facility | Limit | Purpose | Tenor", when its rows are records rather than labels and values. */
function columnHeadings(line: string): string[] | undefined {
  const cells = line.split(CELL);
  return cells.length >= 3 && cells.every((cell) => HEADING_CELL.test(cell) && !KEY_TABLE_HEADING.test(cell)) ? cells : undefined;
}

/** A record row under column headings: one key–value row per cell, labelled by its column ("tenor" → "Twelve (12) months …"). */
function cellRows(headings: string[], { line, start }: LineAt): KeyValue[] {
  let from = 0;
  return line.split(CELL).flatMap((cell, k) => {
    const at = line.indexOf(cell, from);
    from = at + cell.length;
    return cell ? [{ label: headings[k].toLowerCase().replace(/^the\s+/, ""), value: cell, start: start + at, end: start + at + cell.length }] : [];
  });
}

/** Every key–value row in the opening of the document (tables, particulars, "Landlord: …" lines). */
export function keyValueRows(lines: LineAt[]): KeyValue[] {
  const rows: KeyValue[] = [];
  let headings: string[] | undefined;
  let comparing = 0;
  for (let i = 0; i < lines.length; i++) {
    const { line, start } = lines[i];
    // Key details are never in the execution block: "LENDER: X, By: …" there is a signature.
    if (start > KEY_VALUE_WINDOW || EXECUTION_BLOCK.test(line)) break;
    const cells = line.split(CELL).length;
    // "Item | Existing | Varied" over "Tenor | 48 months … | 60 months …": the changes a variation makes to another document, not its key details.
    if (COMPARISON_HEADING.test(line)) comparing = cells;
    else if (comparing !== cells) comparing = 0;
    if (comparing) continue;
    if (headings && cells === headings.length) rows.push(...cellRows(headings, lines[i]));
    else headings = columnHeadings(line);
    const m = ROW.exec(line) ?? TABLE_ROW.exec(line);
    if (!m) continue;
    // "Subscription Start Date (the "Commencement Date")": the label, without the name the document gives it (which a PDF may cut short).
    const label = m[1].toLowerCase().replace(/^the\s+/, "").replace(/\s*\((?:the\b\s*)?(?:["“'‘][^"”'’()]+(?:["”'’]\))?)?\s*$/, "").replace(/\s+/g, " ").trim();
    // "…; Restricted" / "Period: the period of 12 months …": a PDF wrapped a defined term ("Restricted Period") in a sentence.
    const previous = lines[i - 1]?.line ?? "";
    if (/^(?:period|date|term)$/.test(label) && previous.length >= 60 && /\s\p{Lu}\p{Ll}+$/u.test(previous) && !previous.includes("|")) continue;
    // "Pledgee | Gulf Horizon Bank PJSC | 1.1": a last column of clause references is not part of the value.
    let value = m[2].replace(/\s*\|\s*(?:clause\s+)?\d+(?:\.\d+)*\s*$/i, "").replace(/\s*\|\s*/g, " ").trim();
    if (!value) continue;
    const at = start + line.length - m[2].length;
    let end = at + m[2].length;
    // A value a PDF wrapped goes on in lower case ("A Pty Ltd ACN 098 765 432 / and B Pty Ltd") or with the
    // legal form of a name ("… Designated Activity / Company"); a new line, row or "b)" / "ii." item starts otherwise.
    while (i + 1 < lines.length && (WRAPPED.test(lines[i + 1].line) || LEGAL_FORM_ONLY.test(lines[i + 1].line.trim()) || OPEN_END.test(value) || NAME_ENDS.test(lines[i + 1].line)) && !ROW.test(lines[i + 1].line)) {
      i++;
      value += ` ${lines[i].line}`;
      end = lines[i].start + lines[i].line.length;
    }
    rows.push({ label, value, start: at, end });
  }
  return rows;
}

/** The first row whose label is one of `labels` (exact), in document order. */
export function rowFor(rows: KeyValue[], labels: RegExp): KeyValue | undefined {
  return rows.find((row) => labels.test(row.label));
}

export const EFFECTIVE_LABELS = /^(?:(?:(?!(?:original|master|prior|previous|existing|rent|payment|interest|review|break|billing|fees?|royalty|repayment) )[\p{L}-]+ )?(?:commencement|effective) date|start date|starting date|subscription start date|service start date|date of commencement|date employment begins|employment start date|date of entry|term start date|sow start date|start|variation date)$/u;
export const DATE_LABELS = /^(?:date|dated|date of order|order date|circulation date|date of circulation|date of meeting|meeting date|date of (?:this )?(?:agreement|lease|deed|letter|undertaking|statement|memorandum|notice|instrument|certificate|guarantee|variation|amendment|addendum)|(?:agreement|addendum|amendment|variation|deed|licence|letter|memorandum) date|date of lease)$/;
/** "Term", "Subscription Term", "Operating Term", "Contract Period", the Land Registry's "LR6. Term for which the Property is leased": a term or period, but not a notice, payment or warranty one. */
export const TERM_LABELS = /^(?!.*\b(?:notice|payment|renew\w*|extension|further|additional|option|holdover|rent|free|break|review|availability|commitment|drawdown|utili[sz]ation|grace|moratorium|restraint|retention|claims?|probation\w*|trial|warranty|defects?|cure|survival|interest|billing|invoic\w*|lock-in|restrict\w*|non-compet\w*|non-solicit\w*|exclusivity|garden)\b)(?:(?:[\p{L}-]+ ){0,2}(?:term|period|tenor)|duration|length of term|term of (?:the )?(?:lease|agreement|licence|contract)|term for which the (?:property|premises) (?:is|are) (?:leased|let))$/u;
export const AVAILABILITY_LABELS = /^(?:availability|commitment) period$/;
export const EXPIRY_LABELS = /^(?:expiry date|expiration date|end date|termination date|maturity date|final repayment date|redemption date|final redemption date|sow end date|term end date|expiry)$/;
export const LAW_LABELS = /^(?:governing law|law|applicable law|proper law|choice of law|governing law and jurisdiction)$/;
