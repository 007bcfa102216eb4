import { CELL, NAME_HEADING } from "./key-values";
import type { LineAt } from "./letter";
import { LEGAL_FORM_END, LEGAL_FORM_FIRST } from "../legal-forms";
import { cleanPartyName, uniqueNames } from "./party-names";

/** Where execution starts: "IN WITNESS WHEREOF", "Signed by", "EXECUTED as a deed", "AGREED AND ACCEPTED". */
const EXECUTION_START = /^(?:in\s+witness|signed|executed|subscribed|agreed|accepted|as\s+witness|for\s+and\s+on\s+behalf|signatures?\s*:?$|execution(?:\s+page)?\s*:?$)/i;
const ON_BEHALF = /\b(?:for\s+and\s+)?on\s+behalf\s+of\s+(.+?)(?:\s+(?:at|on|by|acting)\s+.*)?$/i;
const EXECUTED_BY = /^(?:executed|signed)(?:,?\s+(?:and\s+)?(?:sealed|delivered))*(?:\s+as\s+a\s+deed)?\s+by\s+(.+?)(?:\s+(?:acting|in\s+the\s+presence|on\s+\d|at\s+).*|\.\s+[a-z]+\s*:.*)?$/i;
/** "GIVEN under the common seal of ATLANTIC BREEZE ENERGY LIMITED (registered number …) … and DELIVERED AS A DEED": Irish and Northern Irish execution. */
const UNDER_SEAL = /^(?:given|sealed|executed)\s+under\s+the\s+common\s+seal\s+of\s+(.+?)(?:,?\s+and\s+delivered\b.*)?$/i;
/** "Signed for GIPPSLAND HARDWOOD MILLS PTY LTD ACN 004 118 272 (Supplier) by its director: Neil Faulkner". */
const SIGNED_FOR = /^(?:signed|executed)(?:\s+as\s+a\s+deed)?\s+for\s+(?!and\s+on\s+behalf)(.+?)(?:\s+(?:by|acting)\s+.*)?$/i;
const ROLE = String.raw`(?:the\s+)?(?:party|company|(?:sub)?contractor|consultant|client|customer|supplier|provider|licensor|licensee|employer|employee|executive|landlord|tenant|lender|borrower|buyer|seller|purchaser|guarantor|investor|recipient|discloser|pledgor|pledgee|chargor|chargee|assignor|assignee|distributor|principal|agent|owner|manager|developer|operator|mediator|arbitrator|manufacturer|franchisor|franchisee|lessor|lessee|grantor|grantee)`;
const ROLE_THEN_NAME = new RegExp(String.raw`^${ROLE},\s+(?=\p{Lu})`, "iu");
const ROLE_LINE = new RegExp(String.raw`^${ROLE}\s*[:|]\s*(.+)$`, "i");
const ROLE_ONLY = new RegExp(String.raw`^${ROLE}\s*:?$`, "i");
/** "By: ____", or Canada's "Per: ____". */
const BY_LINE = /^(?:by|per)\s*:/i;
const NAME_LINE = /^name\s*:\s*(.+)$/i;
/** "MEDIATOR" / "____________________ Eleanor Whitcombe": an individual party's name on the signature line under its role. */
const SIGNED_NAME_LINE = /^_{3,}\s*(\p{Lu}.+)$/u;
/** An execution table's heading row: "Role | Name | Address | Signature and date", "Party | Legal name | Signatory | Date". */
const ROLE_HEADING = /^(?:role|party|capacity|signing\s+as)$/i;
const SIGNED_HEADING = /^(?:signed|signature|signatory|executed)\b/i;
/** A company's line above its signatory's "By:": its legal form ends it, or a bare "Pty"/"Pte" a PDF left there. */
const isOrganisation = (line: string) => LEGAL_FORM_END.test(line.replace(/,$/, "")) || /\b(?:pty|pte)\.?,?$/i.test(line);

/**
 * The parties as the execution block names them: "Signed for and on behalf of X", "Executed as a deed
 * by X", "Signed for X by its director", "COMPANY: X", an organisation's name above a "By:" line, "Name: Y" under a role. Signatories
 * acting for a party ("By: Jane Doe, CFO") are not parties.
 */
export function signatureParties(lines: LineAt[]): { names: string[]; start: number } | undefined {
  const found = lines.findIndex((l, i) => i > 3 && EXECUTION_START.test(l.line));
  // "EMPLOYER: X" above its first "Signed by:" belongs to the block.
  const from = found > 0 && ROLE_LINE.test(lines[found - 1].line) ? found - 1 : found;
  // No "Signed by": the block starts at the first company whose signatory signs under it ("NORTHSHORE TIMBER PRODUCTS INC." / "Per: …"),
  // which a schedule may follow; failing that, the last lines.
  const firstSigner = from === -1 ? lines.findIndex((l, i) => i > 3 && BY_LINE.test(l.line) && isOrganisation(cleanPartyName(lines[i - 1].line) ?? "")) : -1;
  const block = from !== -1 ? lines.slice(from) : firstSigner !== -1 ? lines.slice(firstSigner - 1) : lines.slice(-12);
  const tabled = executionTable(block);
  if (tabled) return tabled;
  const names: (string | undefined)[] = [];
  block.forEach(({ line }, i) => {
    const next = block[i + 1]?.line ?? "";
    const previous = block[i - 1]?.line ?? "";
    const onBehalf = ON_BEHALF.exec(line);
    // "… on behalf of KESTREL LOGISTICS (KENYA)" / "LIMITED (Company No. …)": the name goes on where a PDF wrapped it.
    const wrapped = onBehalf && onBehalf.index + onBehalf[0].length === line.length && !LEGAL_FORM_END.test(onBehalf[1]) ? (LEGAL_FORM_FIRST.exec(next)?.[0] ?? NAME_ENDS_BELOW.exec(next)?.[1]) : undefined;
    // "SIGNED for and on behalf of the Provider:" / "LUMEN LEDGER PTE. LTD. (UEN …), …": the role, then the party's name below it.
    const byRole = onBehalf && /^(?:the\s+)?\p{Lu}\p{Ll}+\s*:?$/u.test(onBehalf[1].trim()) ? next : undefined;
    // "… on behalf of the Licensor, WESTLANDS SQUARE LIMITED (Company No. …)": the role, then the name.
    const behalf = byRole ?? (onBehalf && (wrapped ? `${onBehalf[1]} ${wrapped}` : onBehalf[1]).replace(ROLE_THEN_NAME, ""));
    const executedName = UNDER_SEAL.exec(line)?.[1] ?? EXECUTED_BY.exec(line)?.[1] ?? SIGNED_FOR.exec(line)?.[1];
    // "… DEED by STRAITS MERCANTILE BANK" / "BERHAD, acting through …": the legal form a PDF wrapped onto the next line.
    const executedEnd = executedName && line.endsWith(executedName) && !LEGAL_FORM_END.test(executedName) ? LEGAL_FORM_FIRST.exec(next)?.[0] : undefined;
    const executed = executedEnd ? `${executedName} ${executedEnd}` : executedName;
    // "OWNER: GRANVILLE CRESCENT HOLDINGS | Per: …" / "LTD.": the party's cell, with the legal form a PDF wrapped below it.
    // "Customer: Executed by Yarra Transit Apps Pty Ltd (ACN …) in accordance with section 127 …": the name after the execution words.
    const cell = ROLE_LINE.exec(line)?.[1].split(CELL)[0];
    const roleCell = cell && (EXECUTED_BY.exec(cell)?.[1] ?? cell);
    // … or the first cell of the next row, up to the legal form: "Provider: Yarra Bend Technology | …" / "Services Pty Ltd ACN … | …".
    const nextCell = next.split(CELL)[0];
    const wrappedForm = roleCell && !endsWrappedName(next) && !LEGAL_FORM_END.test(cleanPartyName(roleCell) ?? "") ? (LEGAL_FORM_FIRST.exec(nextCell)?.[0] ?? NAME_ENDS_BELOW.exec(nextCell)?.[1]) : undefined;
    const role = roleCell && endsWrappedName(next) ? `${roleCell} ${next}` : wrappedForm ? `${roleCell} ${wrappedForm}` : roleCell;
    const named = ROLE_ONLY.test(previous) ? (NAME_LINE.exec(line) ?? SIGNED_NAME_LINE.exec(line))?.[1] : undefined;
    // "SIGNED at Durban on …" / "For: IMBALI TRADE AGENCIES CC (Registration No. …), the Agent, …": South African execution.
    const signedFor = /^for\s*:\s*(.+)$/i.exec(line)?.[1];
    const party = behalf ?? executed ?? role ?? named ?? signedFor;
    if (party) names.push(cleanPartyName(party));
    // "HALVORSEN MARINE ELECTRONICS, LLC, a Delaware limited liability company, as Supplier" / "By: ____", which a PDF
    // may wrap: "…, as" / "Supplier" / "By: ____".
    else if (BY_LINE.test(next) && !BY_LINE.test(line)) {
      // … or over three: "2745891 ONTARIO INC., carrying on" / "business as Maple Ridge Family" / "Dentistry" / "Per: …".
      const earlier = /[.:;]$/.test(block[i - 2]?.line ?? ".") ? undefined : block[i - 2].line;
      const name = [line, `${previous} ${line}`, ...(earlier ? [`${earlier} ${previous} ${line}`] : [])].map((candidate) => cleanPartyName(candidate)).find((candidate) => isOrganisation(candidate ?? ""));
      if (name && (name === cleanPartyName(line) || !BY_LINE.test(previous))) names.push(name);
    }
  });
  const unique = uniqueNames(names);
  return unique.length > 0 ? { names: unique, start: block[0]?.start ?? 0 } : undefined;
}

/** "… on behalf of KESTREL" / "LOGISTICS (KENYA) LIMITED (Company No. …)": the rest of the name, up to its legal form. */
const NAME_ENDS_BELOW = /^((?:[\p{Lu}][\p{L}&'’.-]*\s+|\([\p{L} ]+\)\s+){0,5}(?:LIMITED|Limited|LTD|Ltd\.?|LLP|PLC|plc|Inc\.?|LLC|\(Pty\)\s+Ltd|Pty\s+Ltd|CC))(?=[\s,(]|$)/u;
/** A short line that ends the name a PDF wrapped above it: "LTD.", "MANAGEMENT INC.". */
const endsWrappedName = (line: string) => line.split(/\s+/).length <= 3 && (LEGAL_FORM_FIRST.test(line) || LEGAL_FORM_END.test(line));

/** The name column of an execution table, one party a row: its other cells are addresses, signatories and dates. */
function executionTable(block: LineAt[]): { names: string[]; start: number } | undefined {
  // "Role | Name | …", or "Party | Registration number | Signed at | On | Signed by": the party's own column holds its name.
  const nameColumn = (cells: string[]) => {
    const named = cells.findIndex((cell) => NAME_HEADING.test(cell));
    if (named !== -1) return cells.some((cell) => ROLE_HEADING.test(cell)) ? named : -1;
    return cells.length >= 3 && cells.some((cell) => SIGNED_HEADING.test(cell)) ? cells.findIndex((cell) => /^part(?:y|ies)$/i.test(cell)) : -1;
  };
  const at = block.findIndex(({ line }) => nameColumn(line.split(CELL)) !== -1);
  if (at === -1) return partyColumns(block);
  const headings = block[at].line.split(CELL);
  const column = nameColumn(headings);
  const cells: string[] = [];
  // "Deccan Mutual" / "Benefit Nidhi | Officer" / "Limited (CIN": a later column's name a PDF wrapped under an empty role cell;
  // its pieces count once they reach a legal form ("Hélène Marie Vibert" / "Witness | …" is a person, then another row).
  let pending = "";
  for (const row of block.slice(at + 1).map(({ line }) => line.split(CELL))) {
    const last = cells.length - 1;
    const unfinished = last >= 0 && !LEGAL_FORM_END.test(cleanPartyName(cells[last]) ?? "") && /^\p{Lu}/u.test(row[0].trim()) && row[0].trim().split(/\s+/).length <= 5;
    // "Licensee | Deccan Mutual | Ms. Lakshmi S. Iyer Chief Technology": a row a PDF ran two cells together in still opens with its role.
    if (row.length === headings.length || (column > 0 && row.length > column && ROLE_ONLY.test(row[0].trim()))) {
      cells.push(row[column]);
      pending = "";
    }
    // "Umhlanga Coastal | 2014/123456/07 | …" / "Developments (Pty) Ltd | Director": a first-column name a PDF wrapped goes on to its legal form.
    else if (column === 0 && row.length > 1 && unfinished) cells[last] += ` ${row[0]}`;
    else if (column > 0 && unfinished && pending.split(" ").length <= 10) {
      pending += ` ${row[0]}`;
      if (LEGAL_FORM_END.test(cleanPartyName(cells[last] + pending) ?? "")) [cells[last], pending] = [cells[last] + pending, ""];
    }
  }
  const names = uniqueNames(cells.map((cell) => cleanPartyName(cell)));
  return names.length > 0 ? { names, start: block[at].start } : undefined;
}

/**
 * "Licensor | Licensee" over "NILGIRI SOFTWARE PRIVATE LIMITED (CIN …), … | COASTLINE RETAIL LLP (…), …": one column a
 * party. A PDF may wrap a column's name over rows ("Signed for and on behalf of TEMBUSU | …" / "ANALYTICS (ASIA
 * PACIFIC) PTE. LTD. (UEN | …"): each column reads on to its legal form, at most three rows and never into "Name: …".
 */
function partyColumns(block: LineAt[]): { names: string[]; start: number } | undefined {
  const at = block.findIndex(({ line }) => line.split(CELL).length >= 2 && line.split(CELL).every((cell) => ROLE_ONLY.test(cell) || BEHALF_ONLY.test(cell.trim())));
  if (at === -1) return undefined;
  const width = block[at].line.split(CELL).length;
  const rows = block.slice(at + 1, at + 4).map(({ line }) => line.split(CELL));
  if (rows[0]?.length !== width) return undefined;
  const names = uniqueNames(
    rows[0].map((_, column) => {
      let text = "";
      for (const row of rows) {
        if (row.length !== width || (text && LABELLED_CELL.test(row[column].trim()))) break;
        text = `${text} ${row[column]}`.trim();
        const name = (ON_BEHALF.exec(text)?.[1] ?? text).replace(/\s*\([^)]*$/, "");
        if (LEGAL_FORM_END.test(cleanPartyName(name) ?? "")) return cleanPartyName(name);
      }
      return cleanPartyName(rows[0][column]);
    }),
  );
  return names.length >= 2 ? { names, start: block[at].start } : undefined;
}

/** "| Signed for and on behalf of | Signed for and on behalf of |": a heading row over the parties' names. */
const BEHALF_ONLY = /^(?:signed\s+|executed\s+)?(?:for\s+and\s+)?on\s+behalf\s+of\s*:?$/i;

/** A signatory's or an address's row under a party's name: "Name: …", "Address: …", "By: …". */
const LABELLED_CELL = /^[\p{L} ]{2,20}:/u;
