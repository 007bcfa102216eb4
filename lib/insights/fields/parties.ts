import { CELL, NAME_HEADING, rowFor, type KeyValue } from "./key-values";
import { DATED } from "./dates";
import { inRanges, recitalRanges } from "./recitals";
import type { LineAt } from "./letter";
import { LEGAL_FORM_END, LEGAL_FORM_FIRST, LEGAL_FORM_ONLY } from "../legal-forms";
import { cleanPartyName, uniqueNames } from "./party-names";

export interface PartiesMatch {
  names: string[];
  start: number;
  end: number;
}

const PREAMBLE_WINDOW = 4000;
const INTRODUCER = /\b(?:by\s+and\s+)?(?:between|among(?:st)?)\b\s*:?\s*|\b(?:entered\s+into|made|executed|concluded|given|granted)\b(?:(?!between|among)[^.;()]|\([^()]{0,40}\)){0,120}?(?<!represented\s)\bby\s*:?\s+(?!and\b|way\b|reference\b|either\b|both\b|the\s+parties\b)/gi;
/** "STANDARD SECURITY / by / X / in favour of / Y", "BY: X", "LEASE by X to Y": a line that starts with "by". */
const LINE_BY = /(?:^|\n)[^\S\n]*(?:[Bb]y[^\S\n]*:?[^\S\n]*\n|BY[^\S\n]*:?[^\S\n]*(?:\n|(?=[\p{Lu}(\d])))/gu;
const CONTRACT_WORDS = /agreement|contract|lease|deed|attorney|licen[cs]e|made|entered|dated|executed|undertaking|memorandum|understanding|tenancy|guarant|note\b|instrument|release|amendment|addendum|variation/i;
/** Where the list of parties ends and the recitals or terms begin. */
const END_OF_PARTIES =
  /\b(?:WHEREAS|CONSIDERING\s+THAT|Considering\s+that|RECITALS|BACKGROUND|Background|NOW,?\s+THEREFORE|IT\s+IS\s+(?:HEREBY\s+)?AGREED|(?:the\s+)?parties\s+(?:hereby\s+)?agree|AGREED\s+TERMS|OPERATIVE\s+PROVISIONS|Operative\s+provisions|INTRODUCTION|Definitions|DEFINITIONS|Interpretation|INTERPRETATION|HEREBY\s+LET|[Hh]ereby\s+lets?\b|Preamble|PREAMBLE|Page\s+\d+\s+of\s+\d+)\b|\((?:each|together|collectively|jointly|individually)\b(?![^()]*(?:\([^()]*\)[^()]*)*\)(?:\s*(?:of\s+the\s+\w+\s+part\s*)?[;,]?\s*(?:on\s+the\s+one\s+hand,?\s*)?(?:in\s+favou?r\s+of\s+)?(?:[-–]\s*)?(?:[Aa][Nn][Dd]\s*)?(?:[-–]\s*)?(?:\(\d+\)|(?:Ma?c)?[A-Z][A-Z&.,'-]+\s+[A-Z&]|\d{4,}\s+[A-Z])|[^()"“]{0,120}?\bon\s+the\s+one\s+hand,?\s+and\s+[A-Z][A-Z&.,'-]+\s+[A-Z]))|\beach\s+a\s+["“']?Party|\s\d+\.\d+\s+(?=[A-Z])|\b(?:This|THIS)\s+(?:[A-Z]+\s+)*(?:AGREEMENT|Agreement|DEED|Deed|LEASE|Lease|ATTORNEY|Attorney|GUARANTEE|Guarantee)\b/;
/** A defined term: ("Company"), (the “Discloser”), (hereinafter "Tenant"), or continental "- hereinafter "Client" -". */
const STATED_TERM = String.raw`\([^()]{0,60}?["“'‘][^"”'’()]{1,50}["”'’][^()]{0,300}\)|\(the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\)|[-–]\s*hereinafter[^"“”]{0,30}["“'‘][^"”'’]{1,50}["”'’]\s*[-–]|,?\s*hereinafter\s+(?:called|referred\s+to\s+as)\s+(?:the\s+)?["“'‘][^"”'’]{1,50}["”'’]`;
/** An unquoted one-word term, "(Fynbos)", "(Supplier)"; but also "Bandra (West)" or "(Scotland) Act 1994", so only when stated terms are too few. */
const BARE_TERM = String.raw`\((?:(?:together|each|jointly),?\s+(?:the\s+)?)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{2,6})\)(?!\s+(?:Limited|Ltd|LLP|LLC|plc|PLC|LIMITED|LTD|Inc|Holdings|HOLDINGS|Group|GROUP)\b)`;
const DEFINED_TERM = new RegExp(`${STATED_TERM}|${BARE_TERM}`, "g");
const STATED_DEFINED_TERM = new RegExp(STATED_TERM, "g");
/** "(1) …", "2. …", Scots "(ONE) …"; not the "2)" of "Fort George Capital (No. 2) Limited" nor the "(1998)" of "Tai Kok Tsui Fresh Foods (1998) Limited". */
const NUMBERED_MARKER = /(?:^|(?<!\b[Nn][Oo]\.?)\s)(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.)]|\((?:ONE|TWO|THREE|FOUR|FIVE|SIX|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\))\s+(?=[\p{Lu}\p{N}])/gu;

/**
 * The parties a contract names in its opening: a key-details table or "Landlord: …" rows, "between A
 * and B" (or "made by A in favour of B"), a block of one party per line, a "Parties" heading, names
 * followed by a role; `basis` says how sure the reading is.
 */
export function findParties(text: string, flat: string, lines: LineAt[], rows: KeyValue[]): PartiesMatch | undefined {
  const said = IN_SCHEDULE.exec(flat.slice(0, PREAMBLE_WINDOW));
  const listed = said ? scheduleNames(text, said) : undefined;
  // "Creditor | Registered office | …" in the schedule the opening refers to lists parties; it is not the key details.
  const keyRows = listed ? rows.filter((row) => row.start < listed.start) : rows;
  const opening = fromStackedCover(lines) ?? fromToBlock(lines) ?? fromPartyTable(lines) ?? fromRoleRows(keyRows, namedRoles(flat, keyRows)) ?? fromCaption(lines) ?? fromIntroducer(flat) ?? fromLineBy(text) ?? fromPartyLines(lines) ?? fromPartiesHeading(text) ?? fromDefinedRoles(flat) ?? addressedTo(lines);
  return withScheduledParties(opening, listed);
}

/**
 * "MINUTES OF A MEETING OF THE BOARD OF DIRECTORS / of / BURREN BIOLOGICS LIMITED": a company's own
 * record names one party, the company; those who sign it sign as its officers or members.
 */
export function recordOfCompany(lines: LineAt[], isRecord = false): PartiesMatch | undefined {
  // Minutes and resolutions name their company near the title: above it, under it, or "of the members of X (the "Company")".
  if (isRecord) {
    // "MINUTES OF A MEETING OF THE DIRECTORS OF KAURI RIDGE LIMITED": the company in the title itself.
    // (A PDF may wrap its legal form onto the next line: "… OF KAURI RIDGE" / "LIMITED".)
    const heading = lines[1] && LEGAL_FORM_ONLY.test(lines[1].line.trim()) ? `${lines[0].line} ${lines[1].line}` : lines[0]?.line;
    const inTitle = heading && /\bof\s+the\s+(?:board\s+of\s+)?(?:directors|members|shareholders|sole\s+member|board)\s+of\s+(.+)$/i.exec(heading);
    const titled = inTitle && cleanPartyName(inTitle[1]);
    if (titled && LEGAL_FORM_END.test(titled)) return { names: [titled], start: lines[0].start, end: lines[0].start + lines[0].line.length };
    for (const at of lines.slice(0, 10)) {
      // "3. Proposed acquisition of Tāmaki Storage Limited": an item of business, not whose minutes they are.
      if (/^\d+\.?\s/.test(at.line)) continue;
      const name = cleanPartyName(at.line.replace(/^(?:of\s+)?(?:the\s+(?:members|directors|shareholders|sole\s+member|board(?:\s+of\s+directors)?)\s+of\s+)?/i, ""));
      if (name && LEGAL_FORM_END.test(name) && !/^(?:private|public)\s+company\s+limited\b/i.test(name)) return { names: [name], start: at.start, end: at.start + at.line.length };
    }
  }
  for (let i = 1; i < Math.min(lines.length - 1, 15); i++) {
    // "… / of / COMPANY LIMITED", or the company's name straight under "Minutes of …" / "Written resolutions of …"
    const of = /^of$/i.test(lines[i].line);
    if (!of && !(i === 1 && /^(?:minutes|(?:written\s+)?resolutions?)\b/i.test(lines[0].line))) continue;
    const at = lines[of ? i + 1 : i];
    const name = cleanPartyName(at.line);
    if (name && LEGAL_FORM_END.test(name)) return { names: [name], start: at.start, end: at.start + at.line.length };
  }
  return undefined;
}

/**
 * A cover page that stacks its parties: "among" / "2468135 ONTARIO INC." / "– and –" / "DANIEL RHYS OKAFOR-WHITMAN" /
 * "(collectively, as Vendors)" / "– and –" / "NORTHBOUND EQUIPMENT HOLDINGS LTD." / "(as Purchaser)", one short name a line.
 */
/** "(Employer)", "(as Licensee)": a role on a line of its own (a register number in brackets is not one). */
const BRACKETED_ROLE = /^\([^()0-9]*\)$/;

/** "ACN 123 456 789", "Company No. 04417285", "(Registration number 2015/118342/07)": a name's register entry on a line of its own. */
const REGISTRATION_LINE = /^\(?(?:ACN|ABN|ARBN|UEN|CIN|CRN|NZBN|company\s+(?:no\.?|number)|registration\s+(?:no\.?|number)|registered\s+(?:no\.?|number))\b[^a-z]*\)?$/i;

function fromStackedCover(lines: LineAt[]): PartiesMatch | undefined {
  const between = lines.slice(0, 15).findIndex((l) => /^(?:by\s+and\s+)?(?:between|among(?:st)?)\s*:?$/i.test(l.line));
  // … or with no "between": "DECCAN BIOSCIENCES PRIVATE LIMITED" / "(as Licensor)" / "and" / "NILGIRI AGRITECH LLP" / "(as Licensee)".
  // … or "Harbourline Engineering Pty Ltd" / "ACN 123 456 789" / "(Employer)" / …: a role in brackets under each name and its number.
  const roleAt = between !== -1 ? -1 : lines.slice(0, 15).findIndex((l, i) => i > 0 && /^\(\s*(?:as\s+)?(?:the\s+)?["“]?\p{Lu}[\p{L} ]{2,30}?["”]?\s*\)$/u.test(l.line));
  const from = between !== -1 ? between + 1 : roleAt === -1 ? -1 : roleAt - (REGISTRATION_LINE.test(lines[roleAt - 1].line) && roleAt > 1 ? 2 : 1);
  if (from === -1) return undefined;
  const found: { name: string; start: number; end: number }[] = [];
  let separated = false;
  let afterName = false;
  let described = false;
  const window = lines.slice(from, from + 20);
  // In the bracketed-role layout every party has its role under it; a firm's name without one drew the document up.
  const roleFollows = (k: number) => window.slice(k + 1, k + 3).some((l) => BRACKETED_ROLE.test(l.line));
  for (const [k, l] of window.entries()) {
    if (roleAt !== -1 && BRACKETED_ROLE.test(l.line)) separated = true;
    if (roleAt !== -1 && !/^\(/.test(l.line) && !REGISTRATION_LINE.test(l.line) && !roleFollows(k)) break;
    // "… ("the Client")" / "Page 1 of 3" / "1. DEFINITIONS AND INTERPRETATION": the cover has ended.
    if (/^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|page\s+\d+\s+of\s+\d+$)/i.test(l.line)) break;
    if (BETWEEN_LINES.test(l.line)) separated = true;
    // "STRAITS MERIDIAN BANK LTD" / "as Agent": a role under the name, bracketed or not.
    // … or "as Administrative Agent and as a Lender,".
    if (BETWEEN_LINES.test(l.line) || /^\([^()]*\)$/.test(l.line) || REGISTRATION_LINE.test(l.line) || /^as\s+(?:the\s+|an?\s+)?\p{Lu}[\p{L}\s]{1,60}?,?$/u.test(l.line)) {
      afterName = false;
      described = false;
      continue;
    }
    // "NORTHGATE PROPERTY NOMINEES (NO. 2) LIMITED as nominee and trustee for the Northgate Staff" / "Pension Scheme", "X and Y (as Trustees of …)": the
    // name, then the capacity it is a party in, wrapped up to the next "and". ("X, a corporation …" is the opening's
    // prose, which the readers of prose take.)
    if (described) continue;
    const words = l.line.split(/\s+/).length;
    const cleaned = cleanPartyName(l.line.replace(/,$/, ""));
    const inCapacity = cleaned !== undefined && l.line.startsWith(cleaned) && /^\s+\(?as\s/i.test(l.line.slice(cleaned.length));
    described = words > 8 && !afterName && inCapacity && (LEGAL_FORM_END.test(cleaned) || splitPeople(cleaned).length === 2);
    const name = words <= 8 || described ? cleaned : undefined;
    // "… / and / STRAITS COLD CHAIN (S) PTE LTD / Lim, Chua & Tay LLP / Advocates & Solicitors": the last party is named; the firm under it drew the deed up.
    // "ISOBEL ROSE MACLEOD and ANGUS JOHN MACLEOD (as Trustees of …)": two people on one line.
    const people = name ? splitPeople(name) : [];
    if (!name || !(LEGAL_FORM_END.test(name) || PERSON_LIKE.test(name) || people.length === 2) || (separated && afterName)) break;
    for (const person of people.length === 2 ? people : [name]) found.push({ name: person ?? name, start: l.start, end: l.start + l.line.length });
    afterName = true;
  }
  const names = uniqueNames(found.map((f) => f.name));
  // "… / THE LENDERS NAMED HEREIN, / and / …": the cover stands in for parties the opening names; read those.
  if (names.some((name) => GROUP_REFERENCE.test(name))) return undefined;
  return names.length >= 2 && separated ? { names, start: found[0].start, end: found[found.length - 1].end } : undefined;
}

/** "FROM:" / "Deccan Agro Processing Private Limited, a company …" / "TO:" / "Konkan Cold Chain Logistics Limited, …": a notice between two parties. */
function fromToBlock(lines: LineAt[]): PartiesMatch | undefined {
  const head = lines.slice(0, 15);
  const nameUnder = (label: RegExp) => {
    const at = head.findIndex((l) => label.test(l.line));
    return at === -1 ? undefined : { name: cleanPartyName(head[at + 1]?.line ?? ""), start: head[at].start, end: (head[at + 1] ?? head[at]).start + (head[at + 1] ?? head[at]).line.length };
  };
  const from = nameUnder(/^from\s*:?$/i);
  const to = nameUnder(/^to\s*:?$/i);
  const names = uniqueNames([from?.name, to?.name]);
  return from && to && names.length === 2 ? { names, start: from.start, end: to.end } : undefined;
}

/** "BETWEEN" / "No. | Party | Description" / "1 | LUMEN HARBOUR PTE. LTD. | a company incorporated …": an opening laid out as a table. */
function fromPartyTable(lines: LineAt[]): PartiesMatch | undefined {
  // A heading row: every cell a short heading ("Parties | Orbital Risk Advisory Ltd (NI654321), …" is a key-details row).
  const isHeading = (cells: string[]) => cells.length >= 2 && cells.some((cell) => PARTY_HEADING.test(cell)) && cells.every((cell) => cell.split(/\s+/).length <= 3 && !/\d/.test(cell));
  const at = lines.slice(0, 40).findIndex((l) => isHeading(l.line.split(CELL)));
  if (at === -1) return undefined;
  const headings = lines[at].line.split(CELL);
  const column = headings.findIndex((cell) => PARTY_HEADING.test(cell));
  const found: { name: string; start: number; end: number }[] = [];
  for (const l of lines.slice(at + 1)) {
    const cells = l.line.split(CELL);
    if (cells.length < headings.length - 1 || cells.length > headings.length) break;
    const name = cleanPartyName(cells[column] ?? "");
    if (name) found.push({ name, start: l.start, end: l.start + l.line.length });
  }
  const names = uniqueNames(found.map((f) => f.name));
  return names.length >= 2 ? { names, start: found[0].start, end: found[found.length - 1].end } : undefined;
}
const PARTY_HEADING = /^(?:party|parties|party\s+name|name\s+of\s+party)$/i;

/**
 * "TO: LAURENTIAN SHIELD CREDIT UNION LIMITED (the "Secured Party")" above "the undersigned (the "Debtor") hereby grants …": the
 * one party the opening names; the undersigned is in the execution block.
 */
function addressedTo(lines: LineAt[]): PartiesMatch | undefined {
  const to = lines.slice(0, 10).find((l) => ADDRESS_LINE.test(l.line) && new RegExp(STATED_TERM).test(l.line));
  const name = to && cleanPartyName(to.line.replace(ADDRESS_LINE, ""));
  return to && name ? { names: [name], start: to.start, end: to.start + to.line.length } : undefined;
}

/** A court caption: "BETWEEN:" / NAME / "Plaintiff" / "- and -" / NAME / "Defendant", each litigant above its role. */
const LITIGANT_ROLE = /^(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth)\s+)?(?:plaintiff|defendant|claimant|respondent|applicant|appellant|petitioner|pursuer|defender)s?(?:\s*\/\s*[a-z-]+)?$/i;

/** … with dot leaders, as Kenyan pleadings set them: "SAVANNAH AGRO-PROCESSORS LIMITED .................... PLAINTIFF". */
const CAPTION_ROW = new RegExp(String.raw`^(\S.*?\S)(?:\s*\.{3,})?\s+(${LITIGANT_ROLE.source.slice(1, -1)})$`, "i");

function fromCaption(lines: LineAt[]): PartiesMatch | undefined {
  const found: { name: string; start: number; end: number }[] = [];
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    if (LITIGANT_ROLE.test(lines[i].line)) {
      // "(1) BRENNAN MARINE SERVICES (UK) LTD" / "(2) MR TOBIAS RAVENSCROFT-HALE" / "Defendants": a numbered list over one role.
      let first = i - 1;
      while (first > 0 && NUMBERED_LINE.test(lines[first].line) && NUMBERED_LINE.test(lines[first - 1].line)) first--;
      for (const above of lines.slice(first, i)) {
        const name = cleanPartyName(above.line);
        if (name) found.push({ name, start: above.start, end: lines[i].start + lines[i].line.length });
      }
    }
    // "SAMUEL KIPRONO CHEBET | 1ST DEFENDANT", or a PDF's "LUCKY HARBOUR TRADING COMPANY LIMITED Plaintiff": the litigant and its role in one row.
    const [cell, role] = lines[i].line.split(/\s*\|\s*/);
    const spaced = role === undefined ? CAPTION_ROW.exec(cell) : null;
    const litigant = spaced && spaced[1] === spaced[1].toUpperCase() ? spaced[1] : role !== undefined && LITIGANT_ROLE.test(role) ? cell : undefined;
    // "Solicitors for" / "the Plaintiff | Defendants": a PDF's wrapped sign-off pairs two roles, neither a litigant.
    const inRow = litigant && !LITIGANT_ROLE.test(litigant) ? cleanPartyName(litigant) : undefined;
    if (inRow) found.push({ name: inRow, start: lines[i].start, end: lines[i].start + lines[i].line.length });
  }
  const names = uniqueNames(found.map((f) => f.name));
  return names.length >= 2 ? { names, start: found[0].start, end: found[found.length - 1].end } : undefined;
}

/** "made between the parties listed in Schedule 1", "THE FINANCIAL INSTITUTIONS listed in Schedule 1", "the persons whose names are set out in the Schedule". */
const IN_SCHEDULE = /\b(?:parties|persons?|financial\s+institutions|companies|entities|banks|lenders|guarantors)\b[^.]{0,80}?\b(?:listed|set\s+out|named|specified|described)\s+in\s+(?:part\s+\w+\s+of\s+)?(?:the\s+)?schedule(?:\s+(\d+|[IVX]+|[A-Z])\b)?/i;
/** An opening's stand-in for the parties a schedule lists. */
const GROUP_REFERENCE = /^(?:the\s+|each\s+)?(?:persons?|parties|financial\s+institutions|companies|entities|banks|(?:original\s+)?lenders|(?:original\s+)?guarantors|shareholders|investors|sellers|vendors)\b/i;
const TABLE_CELLS = /\s*\|\s*|\t+/;
const HEADER_CELL = /^(?:name|names|party|parties|full\s+name|name\s+of\s+(?:party|(?:original\s+)?lender|guarantor|shareholder|creditor)|shareholder|investor|creditors?|(?:original\s+)?lenders?|participants?)$/i;

/**
 * Parties a schedule lists — the first cell of each row of that schedule's table — together with those
 * the opening names itself ("(2) PEARL DELTA LOGISTICS HOLDINGS LIMITED (the "Company")").
 */
function withScheduledParties(opening: PartiesMatch | undefined, listed: PartiesMatch | undefined): PartiesMatch | undefined {
  if (!listed) return opening;
  const named = (opening?.names ?? []).filter((name) => !GROUP_REFERENCE.test(name));
  return { names: uniqueNames([...named, ...listed.names]), start: opening?.start ?? listed.start, end: Math.max(opening?.end ?? 0, listed.end) };
}

function scheduleNames(text: string, said: RegExpExecArray): PartiesMatch | undefined {
  // A heading line ("SCHEDULE 1 – PARTIES"), not a sentence a PDF began with the word ("Schedule, except for …").
  const heading = new RegExp(String.raw`^[^\S\n]*schedule${said[1] ? String.raw`\s+${said[1]}\b` : "\\b"}(?![,;.])[^\n]{0,60}$`, "gim");
  heading.lastIndex = said.index + said[0].length;
  const at = heading.exec(text);
  if (!at) return undefined;
  const rows: { cell: string; next?: string; start: number; width: number }[] = [];
  let offset = at.index + at[0].length + 1;
  // "Role | Name | Details": the names are in the column headed so, else the first.
  let column = 0;
  for (const raw of text.slice(offset).split("\n")) {
    const line = raw.trim();
    const all = line.split(TABLE_CELLS);
    const named = all.findIndex((cell) => NAME_HEADING.test(cell.trim()));
    if (rows.length === 0 && named > 0) column = named;
    const cells = all.slice(column);
    // "Meridian Freight Partners | …" / "Limited | …", "Coastal Lithium Pty Ltd (ACN | …" / "612 334 901) in its capacity … | …":
    // a name a PDF wrapped in its cell goes on in the next row.
    const previous = rows[rows.length - 1];
    // … or, for a person, "Amélie Jeanne Le | La Fontaine, Rue du | …" / "Quesne | Presbytère, …": a row with fewer cells than the table's.
    const width = rows[0]?.width ?? 0;
    const wrapped = previous && (LEGAL_FORM_ONLY.test(cells[0]) || (TABLE_CELLS.test(line) && cells.length > 0 && cells.length < width && /^\p{Lu}[\p{L}'’-]*$/u.test(cells[0].trim())) || LEGAL_FORM_FIRST.test(cells[0]) || /^[\p{Ll}\p{N}]/u.test(cells[0]) || /\([^)]*$/.test(previous.cell));
    if (wrapped && cells[0]) previous.cell += ` ${cells[0]}`;
    else if (TABLE_CELLS.test(line) && cells.length >= 2) rows.push({ cell: cells[0], next: cells[1], start: offset, width: cells.length });
    // A cell wrapped onto its own line is skipped; the next heading or paragraph ends the table.
    else if (line && rows.length > 0 && (/^(?:schedule|part|annex|appendix)\b/i.test(line) || line.split(/\s+/).length > 12)) break;
    // "EXECUTED AS A DEED" under the schedule: the execution block is not the list.
    if (rows.length > 0 && /^(?:executed|signed|in\s+witness|execution)\b/i.test(line)) break;
    offset += raw.length + 1;
  }
  // "Lawyers for the Secured Party | Holloway & Tran Lawyers, …": an adviser's row lists no party.
  const listed = rows.filter((row) => !HEADER_CELL.test(row.cell.trim()) && !ADVISER_ROW.test(row.cell.trim()));
  // "The Company | Hallowmere Capital (Jersey) Limited, a company …", "Grantor | …" / "Secured Party | …": a column of roles, then the names.
  const labels = new Set(listed.map((row) => row.cell.trim().toLowerCase()));
  const isRole = (row: (typeof listed)[number]) => PARTY_ROLE.test(row.cell.trim()) || isRoleRow({ label: row.cell.trim().toLowerCase(), value: row.next ?? "", start: 0, end: 0 }, labels);
  const byRole = listed.length > 0 && listed.every((row) => isRole(row) && row.next);
  const names = uniqueNames(listed.map((row) => cleanPartyName((byRole ? row.next : row.cell) ?? "")));
  return names.length >= 1 ? { names, start: rows[0].start, end: offset } : undefined;
}

const ADVISER_ROW = /^(?:lawyers?|solicitors?|counsel|attorneys?|advocates?|legal\s+advis[eo]rs?)\b|\b(?:lawyers|solicitors|counsel|attorneys)\s+for\b/i;
const PARTY_ROLE = /^(?:the\s+)?(?:company|borrower|lender|landlord|tenant|lessor|lessee|employer|employee|executive|consultant|contractor|client|customer|supplier|provider|service\s+provider|buyer|seller|purchaser|vendor|licensor|licensee|discloser|recipient|guarantor|issuer|holder|payee|maker|investor|parent|agent|trustee)$/i;
/** Words after which a party's name starts when no "between" introduces it ("the undersigned,", "FOR VALUE RECEIVED,", "to the order of"). */
const NAME_LEAD_IN = /(?:(?<!\b[A-Z])[.;:]\s|\bundersigned,|\bfor\s+value\s+received,?|\border\s+of\b|\bbetween\b|\bamong\b|\band\b|\bby\b|\bto\b|\bfrom\b|\bwith\b)/gi;

/** Last resort for notes and deeds poll: any name directly followed by a party-role defined term, `First Bayou Bank (the "Lender")`. */
function fromDefinedRoles(flat: string): PartiesMatch | undefined {
  const window = flat.slice(0, PREAMBLE_WINDOW);
  const found: { name: string; start: number; end: number }[] = [];
  for (const m of window.matchAll(DEFINED_TERM)) {
    const term = m[0].match(/["“'‘]([^"”'’]+)["”'’]/)?.[1] ?? "";
    if (!PARTY_ROLE.test(term.trim())) continue;
    // A look-behind that starts mid-word ("…RECE|IVED, HIGHLAND RIDGE …") starts at the next word.
    const from = Math.max(0, m.index - 160);
    const cut = window.slice(from, m.index);
    const before = from > 0 && /\S/.test(window[from - 1]) ? cut.replace(/^\S*\s*/, "") : cut;
    const leadIns = [...before.matchAll(NAME_LEAD_IN)];
    const last = leadIns[leadIns.length - 1];
    const name = cleanPartyName(last ? before.slice(last.index + last[0].length) : before);
    if (name) found.push({ name, start: m.index - before.length, end: m.index + m[0].length });
  }
  const names = uniqueNames(found.map((f) => f.name));
  return names.length >= 2 ? { names, start: found[0].start, end: found[found.length - 1].end } : undefined;
}

const ROLE_ROW =
  /^(?:(?:lead|co|joint|original|new|additional|incoming|outgoing|continuing|retiring)[- ])?(?:landlord|tenant|lessor|lessee|lender|borrower|employer|employee|executive|company|consultant|contractor|client|customer|supplier|service provider|provider|buyer|seller|purchaser|vendor|licensor|licensee|discloser|disclosing party|recipient|receiving party|guarantor|distributor|subscriber|investor|founder|promoter|warrantor|covenantor|owner|principal|agent|host|party a|party b|party [1-9]|first party|second party|parties|the parties)s?(?: name)?$/;

/** Key-details rows ("Supplier | Tessellate Systems Limited", "Parties: A and B"); two names in one cell split at "and". */
/** Labels that never name a party, for rows whose label is not a known role ("Owner", "Operator", "Principal"); a letter's "cc:" copies it to others; a "JV Company" row names the vehicle, not a party; "AMONG: A; B; C" opens the prose that names them. */
const NOT_A_ROLE = /address|office|premises|property|law|date|term|period|fee|price|\brent|amount|bank|account|purpose|service|notice|insur|contract|item|name|number|deposit|security|location|site|territory|^b?cc$|^cop(?:y|ies)(?: to)?$|^attn$|attention|^(?:jv|target)\s+company$|^(?:by and )?(?:between|among(?:st)?)$/;

/** "Grantor" beside "Grantee", "Assignor" beside "Assignee": a pair of labels that are each other's counterpart are roles ("Guarantee" is a document). */
const PAIRED_ROLE = /^(?!guarantee$)([a-z]+)(or|ee)$/;

/** "MK Water Solutions Pte. Ltd., to be incorporated in Singapore (not a party to this Agreement)". */
const NOT_YET_A_PARTY = /\bnot\s+a\s+party\b|\bto\s+be\s+(?:incorporated|formed|established)\b/i;

/** "… made between the parties named as Employer, Host and Secondee in the Key Details below": the labels of the rows that name them. */
const NAMED_AS = /\bparties\s+(?:named|identified|described|specified)\s+as\s+(?:the\s+)?([^.]{3,120}?)\s+in\s+the\s+(?:key\s+details|particulars|schedule|table|details)\b/i;

/**
 * "This Agreement is made between Party A and Party B (together the "Parties") and the Mediator, each as named above", "This Agreement
 * is made on the Date between the Grantor and the Secured Party.": the same, after the rows, by their labels.
 */
const BETWEEN_ROLES_NAMED = /\bmade\s+(?:on\s+[^.;]{1,40}?\s+)?between\s+([^.]{3,160}?)(?:,?\s+(?:each\s+as\s+)?(?:named|identified|described|set\s+out)\s+(?:above|below|in\s+the\s+(?:key\s+details|particulars|schedule|table|details))\b|\.)/iu;

function namedRoles(flat: string, rows: KeyValue[]): Set<string> {
  const opening = flat.slice(0, PREAMBLE_WINDOW);
  const said = NAMED_AS.exec(opening)?.[1];
  const between = said ? undefined : BETWEEN_ROLES_NAMED.exec(opening)?.[1]?.replace(/\([^()]*\)/g, " ");
  const roles = (said ?? between)?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((role) => role.trim().replace(/^the\s+/i, "").toLowerCase()) ?? [];
  // A "between" sentence names roles only when every one it names labels a row.
  return new Set(said || roles.every((role) => rows.some((row) => row.label === role)) ? roles : []);
}

/** "Hosting Provider | Supplier's subcontractor, Southern Cross Data Halls Pty Ltd", "Reseller | Pinecrest Channel Partners, Inc. (invoicing agent only)": a company named for what it does for a party. */
const SOMEONE_ELSES = /^\s*(?:the\s+)?\p{Lu}\p{Ll}+['’]s\s+\p{Ll}|\(\s*[\p{Ll}\s]*\bagent\s+only\s*\)/u;

function isRoleRow(row: KeyValue, labels: Set<string>, named = new Set<string>()): boolean {
  if (NOT_YET_A_PARTY.test(row.value)) return false;
  if (named.has(row.label)) return true;
  // "Owner (Principal)": the role and what the law calls it; "Tenant 1", "Tenant 2": several of one role.
  if (ROLE_ROW.test(row.label) || ROLE_ROW.test(row.label.replace(/\s*\([^()]*\)$/, "").replace(/\s+\d+$/, ""))) return true;
  const paired = PAIRED_ROLE.exec(row.label);
  if (paired && labels.has(paired[1] + (paired[2] === "or" ? "ee" : "or"))) return true;
  const name = cleanPartyName(row.value);
  return /^[a-z]+(?: [a-z]+)?$/.test(row.label) && !NOT_A_ROLE.test(row.label) && !SOMEONE_ELSES.test(row.value) && name !== undefined && LEGAL_FORM_END.test(name);
}

function fromRoleRows(rows: KeyValue[], named: Set<string>): PartiesMatch | undefined {
  const labels = new Set(rows.map((row) => row.label));
  // "… between the Grantor and the Secured Party" over a "Company" row: the company whose shares are secured is no party.
  const onlyNamed = named.size >= 2 && [...named].every((role) => labels.has(role));
  const found = rows.filter((row) => (onlyNamed ? named.has(row.label) && !NOT_YET_A_PARTY.test(row.value) : isRoleRow(row, labels, named)));
  const parties = rowFor(found, /^(?:the )?parties$/);
  if (parties) {
    const names = splitParties(parties.value);
    if (names.length >= 2) return { names, start: parties.start, end: parties.end };
  }
  // "LR3. Parties to this lease | Landlord: HARCOURT … LIMITED (company number …) whose … Tenant: BLACKWOOD & FINCH LLP …": one name after each role.
  const listed = rowFor(rows, /^parties to this (?:lease|agreement|deed|licen[cs]e)$/);
  const byRole = listed?.value.split(/\b(?:landlord|tenant|lessor|lessee|licensor|licensee|guarantor|buyer|seller|borrower|lender)s?\s*:\s*/i).slice(1) ?? [];
  const listedNames = uniqueNames(byRole.flatMap((part) => partiesInItem(part)));
  // … with the roles a cell's line breaks left in rows of their own ("Tenant: HARBOUR & FINCH …" under it), or that the table
  // gave rows of their own ("| | Tenant: COPPERLEAF DENTAL CARE LLP …").
  const withRowsUnder = listed && uniqueNames([...listedNames, ...found.filter((row) => row !== listed).flatMap((row) => partiesInItem(row.value))]);
  if (listed && listedNames.length > 0 && withRowsUnder && withRowsUnder.length >= 2) return { names: withRowsUnder, start: listed.start, end: listed.end };
  const names = uniqueNames(found.flatMap((row) => partiesInItem(row.value)));
  return names.length >= 2 ? { names, start: found[0].start, end: found[found.length - 1].end } : undefined;
}

const ORGANISATION_END = /\s(?:bank|fund|trust\s+company|building\s+society|credit\s+union)$/i;
const PERSON = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** "Jonathan P. Reyes and Alicia M. Reyes" in one cell or numbered item is two people; "Holloway and Finch LLP" is one firm. */
function splitPeople(name: string | undefined): (string | undefined)[] {
  const people = name?.split(/\s+and\s+/i) ?? [];
  // … and "Halvorsen Packaging Ltd. and Halvorsen Packaging (Québec) Inc." is two companies, each with its legal form.
  // … as is "TAPPAN ZEE CREDIT PARTNERS LP and MOHAWK VALLEY SAVINGS BANK", a bank or fund needing no legal form.
  const companies = people.length === 2 && people.every((p) => (LEGAL_FORM_END.test(p) || ORGANISATION_END.test(p)) && /^[\p{Lu}\p{N}]/u.test(p)) && !LEGAL_FORM_ONLY.test(people[1]);
  return people.length === 2 && (people.every((p) => PERSON.test(p)) || companies) ? people : [name];
}

/**
 * The parties one numbered item or defined term introduces: usually one, but "JONATHAN ASKEW of Manor
 * Farm … and HELEN ASKEW of Manor Farm … (together the "Sellers")" and "Alicia Moreno and Benjamin
 * Whitfield (each a "Founder")" are two. A second name counts only after the first one's description
 * has begun, or when both are people, so "Holloway and Finch LLP" stays one firm.
 */
function partiesInItem(item: string): (string | undefined)[] {
  // "the financial institutions party hereto as lenders, being PINECREST NATIONAL BANK, N.A., BLUEWATER COMMERCIAL BANK and …": a class, then its members.
  const members = CLASS_BEING.exec(item);
  if (members) return memberNames(item.slice(members[0].length));
  const first = cleanPartyName(item);
  // ", acting by its managing agent, Sandor Realty Management Corp., and KESTREL & VINE …", ", each acting by its general partner, …": the chunk opens by saying who acts for
  // the party before; the next party follows "and".
  const actingFor = first ? null : /^\s*,?\s*(?:each\s+)?(?:acting\s+)?(?:by|through)\s+(?:its|their)\b[^]*?,?\s+and\s+(?=\p{Lu})/u.exec(item);
  if (actingFor) return partiesInItem(item.slice(actingFor[0].length));
  if (!first) return [first];
  const firstEnd = item.toLowerCase().indexOf(first.toLowerCase()) + first.length;
  // "Vaigai Pumps and Motors Private Limited, a company incorporated …": one name that holds "and".
  const oneEntity = /^\s*,?\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|corporation|partnership|firm|body|society)\b/iu.test(item.slice(firstEnd));
  const people = oneEntity ? [first] : splitPeople(first);
  if (people.length === 2) return people;
  const names: (string | undefined)[] = [first];
  let lastEnd = firstEnd;
  for (const m of item.matchAll(/,\s+(?=\p{Lu})|\s+and\s+(?=\p{Lu})/gu)) {
    if (m.index < lastEnd) continue;
    const next = cleanPartyName(item.slice(m.index + m[0].length));
    const sameKind = next !== undefined && isUpper(next) === isUpper(first);
    if (m[0].trim() === "and") {
      // "… incorporated in England and Wales with company number … and ALDERGATE PROPERTY (NO. 2) LIMITED …": an "and" inside the description.
      if (!sameKind) continue;
      // "… and GORDON MUIR and ELSPETH ANNE BAXTER, both residing at …": two people after the firm they are partners of.
      const more = splitPeople(next);
      if (next && sameKind && (more.length === 2 || PERSON_LIKE.test(next) || LEGAL_FORM_END.test(next))) names.push(...more);
      break;
    }
    // "A, LLC, a Texas limited liability company, B, L.P., a Texas limited partnership, acting by its general partner,
    // C GP, Inc., and D, LLC …": after a description, another capitalised name with its legal form is the next party,
    // unless it signs for the one before.
    if (sameKind && isUpper(next) && LEGAL_FORM_END.test(next) && !LEGAL_FORM_ONLY.test(next) && DESCRIBED.test(item.slice(lastEnd, m.index)) && !SIGNS_FOR.test(item.slice(0, m.index))) {
      names.push(next);
      lastEnd = m.index + m[0].length + next.length;
    }
  }
  return names;
}
const CLASS_BEING = /^\s*,?\s*(?:and\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){1,8}?(?:lenders|banks|investors|sellers|purchasers|guarantors|subscribers|shareholders|trustees|partners)\s*,?\s+(?:being|namely)\s+(?=[\p{Lu}\p{N}])/u;

/** "A BANK, N.A., B BANK and C COMPANY": names at commas and "and", a bare legal form ("N.A.") kept with the name before it. */
function memberNames(list: string): (string | undefined)[] {
  const pieces: string[] = [];
  for (const piece of list.split(/,\s+(?=[\p{Lu}\p{N}])|\s+and\s+(?=[\p{Lu}\p{N}])/u)) {
    if (pieces.length > 0 && LEGAL_FORM_ONLY.test(piece.replace(/,$/, "").trim())) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  return pieces.map((piece) => cleanPartyName(piece));
}

/** "…, acting by its general partner", "…, by its manager": the name that follows signs for the party before it. */
const SIGNS_FOR = /\b(?:by|through)\s+(?:its|their)\s+[\p{L}\s]{0,40}$/u;

/** Capitals throughout, but for the "and" between two people: "GORDON MUIR and ELSPETH ANNE BAXTER". */
const isUpper = (name: string) => {
  const words = name.replace(/\s+and\s+/g, " ");
  return words === words.toUpperCase();
};
/** A person's name as drafted, "RAJ KUMAR S/O MURUGAN" included. */
const PERSON_LIKE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+)?\p{Lu}[\p{L}'’\/-]+(?:\s+\p{Lu}[\p{L}'’.\/-]*){1,4}$/u;

/** "(1) ACME LIMITED (company number 123) (the "Landlord")": consecutive lines that each end with a party's role. */
const PARTY_LINE = /\(["“'‘]?(?:the\s+|together,?\s+(?:the\s+)?)?["“'‘]?[\p{Lu}][\p{L}\s'’]{1,30}["”'’]?\)\s*[.;,]?\s*(?:and)?$/u;
const BETWEEN_LINES = /^(?:and|[-–]\s*and\s*[-–]|between:?|among:?|by:?|to|in\s+favou?r\s+of:?|parties:?)$/i;

const NUMBERED_LINE = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.)])\s/;
/** "TO: LAKESHORE BANK … (the "Bank")" / "FROM: NORTHERN SHIELD INC. … (the "Guarantor")": a notice's or guarantee's parties, one a label. */
const ADDRESS_LINE = /^(?:to|from)\s*:\s*(?=\p{Lu})/iu;
const ITEM_LINE = (line: string) => NUMBERED_LINE.test(line) || ADDRESS_LINE.test(line);

function fromPartyLines(lines: LineAt[]): PartiesMatch | undefined {
  const head = joinWrappedParties(lines.slice(0, 60));
  for (let i = 0; i < head.length; i++) {
    if (!PARTY_LINE.test(head[i].line)) continue;
    const run: LineAt[] = [];
    // "(1) GEOFFREY WRENFIELD of …; and" / "(2) MARGARET WRENFIELD of …, (together the Sellers)": earlier items of the same numbered list belong to the run.
    for (let k = i - 1; k >= 0 && ITEM_LINE(head[i].line) && ITEM_LINE(head[k].line); k--) run.unshift(head[k]);
    // "NAME (the "Corporation")" / "- and -" / "NAME, an individual …" / "- and -": a name after a separator line belongs to the run, role or not.
    // "(1) … (2) …" then "1. Commencement. … (the "Commencement Date")": the run ends where the numbering changes style.
    const style = (line: string) => /^\(/.test(line) ? "(" : NUMBERED_LINE.test(line) ? "1." : "";
    const listStyle = style(head[i].line) || style(run[0]?.line ?? "");
    const sameList = (j: number) => !NUMBERED_LINE.test(head[j].line) || !listStyle || style(head[j].line) === listStyle;
    const afterSeparator = (j: number) => j > i && BETWEEN_LINES.test(head[j - 1].line) && !BETWEEN_LINES.test(head[j].line) && cleanPartyName(head[j].line) !== undefined;
    // "(2) PAUL WICKHAM-JONES of … (the "Individual Seller" and, together with the Trustee Sellers, the "Sellers"); and": the list's next
    // number goes on with it, however its role is put.
    const itemNumber = (line: string) => Number(/^\(?\s*(\d+)/.exec(line)?.[1] ?? Number.NaN);
    const nextItem = (j: number) => j > i && NUMBERED_LINE.test(head[j].line) && itemNumber(head[j].line) === itemNumber(head[j - 1].line) + 1 && cleanPartyName(head[j].line) !== undefined;
    for (let j = i; j < head.length && sameList(j) && (PARTY_LINE.test(head[j].line) || BETWEEN_LINES.test(head[j].line) || afterSeparator(j) || nextItem(j)); j++) {
      if (!BETWEEN_LINES.test(head[j].line)) run.push(head[j]);
    }
    const names = uniqueNames(run.flatMap((l) => partiesInItem(l.line)));
    if (names.length >= 2) return { names, start: run[0].start, end: run[run.length - 1].start + run[run.length - 1].line.length };
    i += Math.max(0, run.filter((l) => l.start >= head[i].start).length - 1);
  }
  return undefined;
}

/**
 * A line a PDF wrapped mid-party: "… 22 Customhouse Quay," / "Wellington ("Client")", "… (the" /
 * ""Corporation")", "… with company" / "number 09912345 …".
 */
function goesOn(line: string, next: string | undefined): boolean {
  if (next === undefined || /^(?:dear|yours|re\b)/i.test(next)) return false;
  const unclosed = (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);
  // "TE AWA ENERGY LIMITED, a company having its registered office at … 22 Customhouse" / "Quay, Wellington ("Client")":
  // a description under way goes on to the role that closes it.
  const described = DESCRIBED.test(line) && !/[.;]$/.test(line) && !PARTY_LINE.test(line);
  return unclosed || described || /(?:,|\s&|\s(?:of|the|and|in|at|for|to|by|with|under))$/.test(line) || (/^\p{Ll}/u.test(next) && !/[.;:]$/.test(line));
}
const DESCRIBED = /,\s+(?:a|an)\s+\p{Ll}|\b(?:having|whose|incorporated|registered|residing)\b|\b(?:both|each|all)\s+of\b|\sof\s+\d|\b(?:ACN|ABN|company\s+number|registered\s+number|registration\s+number)\b/iu;

/** "BACKGROUND", "(A) By a warehousing agreement …": where the list of parties has ended, whatever its last line lacked. */
const SECTION_AFTER_PARTIES = /^(?:BACKGROUND|Background|RECITALS|Recitals|WHEREAS|Whereas|INTRODUCTION|IT\s+IS\s+AGREED|AGREED\s+TERMS|OPERATIVE\s+PROVISIONS|NOW,?\s+(?:IT|THIS|THEREFORE))\b|^\([A-H]\)\s/;

/** A numbered or "TO:" party that a PDF wrapped over several lines becomes one line again, up to its role. */
function joinWrappedParties(lines: LineAt[]): LineAt[] {
  const out: LineAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { start } = lines[i];
    let { line } = lines[i];
    // A numbered party's description may run over six lines of a narrow PDF before its role closes it.
    const most = ITEM_LINE(line) ? 6 : 3;
    for (let extra = 0; (ITEM_LINE(line) || goesOn(line, lines[i + 1]?.line)) && !PARTY_LINE.test(line) && extra < most; extra++) {
      const next = lines[i + 1]?.line;
      if (next === undefined || ITEM_LINE(next) || BETWEEN_LINES.test(next) || SECTION_AFTER_PARTIES.test(next)) break;
      line = `${line} ${next}`;
      i++;
    }
    out.push({ line, start });
  }
  return out;
}

/** "by / BEN NEVIS OUTDOOR LIMITED / in favour of / CALEDONIAN MUTUAL BANK PLC", one name a line, as Scots deeds set out. */
const BY_IN_FAVOUR_OF = /(?:^|\n)[^\S\n]*by[^\S\n]*:?[^\S\n]*\n\s*([^\n]+)\n\s*in\s+favou?r\s+of[^\S\n]*:?[^\S\n]*\n\s*([^\n]+)/i;

function fromLineBy(text: string): PartiesMatch | undefined {
  const window = text.slice(0, 2000);
  const stacked = BY_IN_FAVOUR_OF.exec(window);
  // "by / ALASDAIR RUARIDH MACLEOD and CATRIONA MAIRI MACLEOD, spouses, … / in favour of / …": two people may give it.
  const pair = stacked ? uniqueNames([...splitPeople(cleanPartyName(stacked[1])), ...splitPeople(cleanPartyName(stacked[2]))]) : [];
  if (stacked && pair.length >= 2) return { names: pair, start: stacked.index, end: stacked.index + stacked[0].length };
  for (const m of window.matchAll(LINE_BY)) {
    const from = m.index + m[0].length;
    const segment = untilEndOfParties(text.slice(from, from + 1500).replace(/\n/g, " "));
    const names = splitParties(segment);
    if (names.length >= 2) return { names, start: m.index, end: from + segment.length };
  }
  return undefined;
}

const ANOTHER_DOCUMENTS_PARTIES = new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:lease|agreement|deed|licen[cs]e|contract)\s+(?:of\s+[^.;]{0,60}?\s+)?${DATED}\s+[^.;]{0,40}?\s+(?:and\s+)?(?:made\s+)?between\s*$`, "iu");

/** "… among / HUDSON RIDGE LOGISTICS, LLC, as Borrower, / THE LENDERS FROM TIME TO TIME PARTY HERETO / and / …": a cover that names lenders as a class, so the opening under it names who they are now. */
const LENDERS_AS_A_CLASS = /\b(?:lenders|banks|financial\s+institutions)\s+from\s+time\s+to\s+time\s+part(?:y|ies)\s+(?:hereto|to\s+this\s+agreement)\b/i;

function fromIntroducer(flat: string): PartiesMatch | undefined {
  let byClass: PartiesMatch | undefined;
  for (const m of flat.slice(0, PREAMBLE_WINDOW).matchAll(INTRODUCER)) {
    if (!CONTRACT_WORDS.test(flat.slice(Math.max(0, m.index - 250), m.index))) continue;
    // "B. A dispute arose about the grading of aggregate delivered between February and October 2024": the recitals tell a story.
    if (inRanges(recitalRanges(flat), m.index)) continue;
    // "Executed by X … by Jane Doe, Director": "Executed" capitalised starts a line of the execution block, not the opening.
    if (/^(?:Executed|EXECUTED)\b/.test(m[0])) continue;
    // "Lease: a lease dated 29 September 2016 and made between …": another document's parties.
    if (ANOTHER_DOCUMENTS_PARTIES.test(flat.slice(Math.max(0, m.index - 80), m.index + m[0].length))) continue;
    const from = m.index + m[0].length;
    const segment = untilEndOfParties(flat.slice(from, from + 1500));
    const names = splitParties(segment);
    // "… among / HUDSON VALLEY COLD STORAGE, LLC, as Borrower, / THE LENDERS NAMED HEREIN, …" on a cover: the opening below names them.
    if (names.some((name) => GROUP_REFERENCE.test(name) && !/\bschedule\b/i.test(name)) || /\b(?:named|listed|identified)\s+(?:herein|below|hereto)\b/i.test(segment)) continue;
    if (names.length < 2) continue;
    const found = { names, start: m.index, end: from + segment.length };
    // … though a preamble may itself say "among X, the lenders from time to time party hereto and Y": it stands if nothing follows.
    if (!LENDERS_AS_A_CLASS.test(segment)) return found;
    byClass ??= found;
  }
  return byClass;
}

function fromPartiesHeading(text: string): PartiesMatch | undefined {
  const heading = /(?:^|\n)\s*(?:THE\s+)?PARTIES\s*:?\s*\n/i.exec(text.slice(0, PREAMBLE_WINDOW));
  if (!heading) return undefined;
  const from = heading.index + heading[0].length;
  // "Name | Coolabah Earthmoving Pty Ltd (ACN …)" / "Address | …" / "Short name | Coolabah": Australian party details, one "Name" row a party.
  const block = untilEndOfParties(text.slice(from, from + 1500));
  const named = uniqueNames([...block.matchAll(/^[^\S\n]*(?:(?:full|legal|party)\s+)?name[^\S\n]*\|[^\S\n]*([^\n|]+)/gim)].map((m) => cleanPartyName(m[1])));
  if (named.length >= 2) return { names: named, start: heading.index, end: from + block.length };
  const segment = untilEndOfParties(text.slice(from, from + 1500).replace(/\n/g, " "));
  const names = splitParties(segment);
  return names.length >= 2 ? { names, start: heading.index, end: from + segment.length } : undefined;
}

function untilEndOfParties(segment: string): string {
  const end = segment.search(END_OF_PARTIES);
  return end === -1 ? segment : segment.slice(0, end);
}

/** Splits a preamble segment into names: at numbered markers, else after each defined term, else on "and"/commas. */
function splitParties(whole: string): string[] {
  let segment = whole;
  // "(1) … (2) …" then "1. Each party shall …": the list ends where the numbering changes style.
  const all = [...segment.matchAll(NUMBERED_MARKER)];
  const style = (m: RegExpMatchArray) => (m[0].trim().startsWith("(") ? "(" : m[0].trim().replace(/^\d+\s*/, "").charAt(0));
  // … or where it starts again: "4. DECCAN SEEDS …" then "1. SALE AND PURCHASE".
  const number = (m: RegExpMatchArray) => Number(/\d+/.exec(m[0])?.[0]);
  const changes = all.findIndex((m, k) => style(m) !== style(all[0]) || (k > 0 && number(m) <= number(all[k - 1])));
  const numbered = changes === -1 ? all : all.slice(0, changes);
  if (changes !== -1) segment = segment.slice(0, all[changes].index);
  if (numbered.length >= 2 && numbered[0].index < 5) {
    // "… (TWO) FIONA MAIRI MACLEOD, … (together the "Guarantors") in favour of CLYDESIDE MUTUAL BANK PLC, …": the last item may name who it is given to.
    const items = numbered.flatMap((m, i) => segment.slice(m.index, numbered[i + 1]?.index ?? segment.length).split(/\s+in\s+favou?r\s+of\s+(?=[\p{Lu}\p{N}])/u));
    return uniqueNames(items.flatMap((item) => partiesInItem(item)));
  }

  const stated = [...segment.matchAll(STATED_DEFINED_TERM)];
  const defined = stated.length >= 2 ? stated : [...segment.matchAll(DEFINED_TERM)];
  if (defined.length >= 2) {
    let from = 0;
    const chunks: string[] = [];
    for (const m of defined) {
      chunks.push(segment.slice(from, m.index));
      from = m.index + m[0].length;
    }
    // "…, and Alicia Moreno and Benjamin Whitfield (each a "Founder")": the last party's term ended the segment.
    // "… (in such capacity, the "Administrative Agent") and as a lender, and WABASH FARM CREDIT BANK, as a lender": a second capacity of the party before.
    const tail = segment.slice(from).replace(/^\s*and\s+as\s+an?\s+[\p{Ll}\s]{1,40}(?=,)/u, "");
    // "… (in such capacity, "Agent"), WEXFORD BAY CREDIT FUND II, L.P., … and O'NEILL, CHAN & ROSEN FAMILY OFFICE, LLC, a Connecticut …
    // (each … a "Lender" …)": so are parties after the last term that the list's collective term ended.
    // "…, and, solely for purposes of Article V, THOMAS J. O'HARE and PRIYA RAMAN, each an individual …" too.
    if (/^\s*[,;]?\s*and\s*,?\s+(?:(?:solely|only)\s+[^,]{1,100},\s*)?\p{Lu}/u.test(tail) || /^\s*,\s*[\p{Lu}\p{N}]/u.test(tail) && LEGAL_FORM_END.test(cleanPartyName(tail) ?? "")) chunks.push(tail);
    return uniqueNames(chunks.flatMap(partiesInItem));
  }

  const sentence = segment.slice(0, firstSentenceEnd(segment));
  return uniqueNames(namesOutsideDescriptions(sentence));
}

/**
 * "A Inc., a Pennsylvania corporation, with its principal place of business at 1 Liberty Place,
 * Philadelphia, PA 19103, and B, of 412 Spruce Street, …": split at commas and "and", but once a
 * piece starts a description (lower case), the pieces after it belong to it until the next "and".
 */
function namesOutsideDescriptions(sentence: string): (string | undefined)[] {
  // "granted by X in favour of Y": the grantee is the other party.
  const pieces = joinFirmNames(joinCompanySuffixes(sentence.split(/(,\s*and\s+|\s+(?:and|in\s+favou?r\s+of)\s+(?=[\p{Lu}\p{N}])|,\s*)/u)));
  const names: (string | undefined)[] = [];
  let inDescription = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const separator = pieces[i - 1] ?? "";
    // "…, a Delaware corporation (the "Company"), REDWOOD HARBOR DISTRIBUTION LLC, …": a defined term closes a description.
    if (/\b(?:and|of)\b/.test(separator) || /\)\s*$/.test(pieces[i - 2] ?? "")) inDescription = false;
    // "Daniel R. Okafor, an individual residing in Austin, Texas, Helena M. Vasquez, an individual …": a person named, then described.
    if (inDescription && PERSON.test(pieces[i].trim()) && /^\s*(?:an?|the)\s+\p{Ll}/u.test(pieces[i + 2] ?? "")) inDescription = false;
    if (inDescription) continue;
    if (/^\s*[\p{Ll}]/u.test(pieces[i])) inDescription = true;
    else names.push(cleanPartyName(pieces[i]));
  }
  return names;
}

const SURNAME = /^\s*\p{Lu}[\p{L}'’-]+\s*$/u;
/**
 * Puts a firm named after its partners back together: "McAllister, Reyes and Dunn Investments, LLC",
 * "O'Neill, Chan & Rosen Family Office, LLC" — a lone surname before a comma, then surnames, up to a name
 * with its legal form.
 */
function joinFirmNames(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    let k = i;
    while (k + 2 < pieces.length && SURNAME.test(pieces[k]) && (k > i || /^,\s*$/.test(pieces[k + 1]))) k += 2;
    const end = k > i && LEGAL_FORM_END.test(pieces[k].trim()) ? k : i;
    out.push(...(i > 0 ? [pieces[i - 1]] : []), pieces.slice(i, end + 1).join(""));
    i = end;
  }
  return out;
}

/** Puts ", Inc." / ", N.A." back on the name a comma split took them from; `pieces` alternate text and separators. */
function joinCompanySuffixes(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    // "…, INC. Dated as of February 27, 2026": a cover page's date may follow the suffix.
    const suffix = /^\s*((?:Inc|LLC|L\.L\.C|Ltd|L\.?P|LLP|plc|N\.A|S\.A|P\.C|Corp)\b\.?)\s*(?:(?:dated|as\s+of)\b.*)?$/i.exec(pieces[i]);
    if (out.length > 0 && /^,\s*$/.test(pieces[i - 1]) && suffix) out[out.length - 1] += `, ${suffix[1]}`;
    else out.push(...(i > 0 ? [pieces[i - 1]] : []), pieces[i]);
  }
  return out;
}

/** The first full stop that ends a sentence, skipping those of abbreviations such as "Inc." or "Ltd.". */
function firstSentenceEnd(segment: string): number {
  for (const m of segment.matchAll(/\.(?=\s|$)/g)) {
    const before = segment.slice(Math.max(0, m.index - 6), m.index + 1);
    // … and a middle initial: "MARCUS J. WHITFIELD"
    if (!/\b(?:Inc|Ltd|Co|Corp|L\.?P|LLC|N\.A|S\.A|B\.V|Pte|Pty|No|St|Mr|Ms|Mrs|Dr|\p{Lu})\.$/iu.test(before)) return m.index;
  }
  return segment.length;
}

/** A power of attorney's attorney: "I appoint MARGARET ANNE FAIRCLOUGH of …", "do hereby appoint my daughter, Ms. Kavitha Iyer, …". */
const APPOINTS = /\b(?:hereby\s+)?(?:nominate,?\s+constitute\s+and\s+)?appoints?\s+(?:(?:my|his|her|its|our)\s+[\p{Ll}-]+,?\s+)?(.{2,160})/iu;

/** Who gives a power of attorney: "I, Farhan Ahmed Qureshi, son of …", "that I, Suresh Narayan Iyer, residing at …", "I, the undersigned, X (Identity Number …)". */
const GRANTOR = /\bI,\s+(?:the\s+undersigned,?\s+)?([^,(]{3,80})[,(]/;

/** "I, Marcus T. Whitfield, release Solano Ridge Vineyards, LLC, a California …": a release one person gives another. */
const RELEASES = /\bI,\s+([^,(]{3,80}),\s+(?:hereby\s+)?(?:(?:fully|irrevocably|unconditionally)\s+(?:and\s+\w+\s+)?)?(?:release|discharge)\s+(.{3,160})/;

/** "THIS DEED POLL is made on … by X", "made by way of deed poll on … by X": a deed poll binds only the one who makes it. */
const DEED_POLL = /\bdeed\s+poll\b[^.]{0,80}?\bby\s+(?!way\b)(.{3,200})/i;

export function deedPollMaker(flat: string): PartiesMatch | undefined {
  const m = DEED_POLL.exec(flat.slice(0, 800));
  const name = m && cleanPartyName(m[1]);
  return m && name && (LEGAL_FORM_END.test(name) || PERSON_LIKE.test(name)) ? { names: [name], start: m.index, end: m.index + m[0].length } : undefined;
}

export function releaseParties(flat: string): string[] {
  const m = RELEASES.exec(flat.slice(0, PREAMBLE_WINDOW));
  return m ? uniqueNames([cleanPartyName(m[1]), cleanPartyName(m[2])]) : [];
}

export function powerOfAttorneyParties(flat: string): (string | undefined)[] {
  const grantor = GRANTOR.exec(flat.slice(0, PREAMBLE_WINDOW))?.[1];
  return [grantor && cleanPartyName(grantor), attorneyAppointed(flat)];
}

/** The first "appoints" that names someone: "resolved to appoint an attorney …" names no one, "The Company appoints CATRIONA JANE KEWLEY of …" does. */
function attorneyAppointed(flat: string): string | undefined {
  const window = flat.slice(0, PREAMBLE_WINDOW);
  // Each try starts after the last "appoint": its 160 characters may hold the next one.
  for (let from = 0, m = APPOINTS.exec(window); m; m = APPOINTS.exec(window.slice(from))) {
    const name = cleanPartyName(m[1].split(/\s+(?:as|to\s+be)\s+(?:my|our|his|her|its|the)\b/)[0]);
    if (name) return name;
    from += m.index + m[0].length - m[1].length;
  }
  return undefined;
}
