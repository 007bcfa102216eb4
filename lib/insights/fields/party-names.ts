/** Where a party's description starts after its name: ", a Delaware corporation", " incorporated in …", "(company no. …)". */
const DESCRIPTION_START = new RegExp(
  [
    String.raw`,\s*(?=[a-z])`,
    // "Margaret Y. L. Cheung, Accredited General Mediator, 12/F …": what the person is
    String.raw`,\s*(?=(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Mediator|Arbitrator|Solicitor|Advocate|Barrister|Notary)\b)`,
    // ", 12 Hope Street" / ", Keizersgracht 100": an address follows the name
    String.raw`,\s*(?=\d|[\p{L}.'-]+(?:\s[\p{L}.'-]+)?\s+\d)`,
    // "(Reading)" in "Riverside Trade Park (Reading) Limited" and "(Parallel)" in "… II (Parallel), L.P." are part of the name; other brackets describe it
    // … as is "(Douglas)" in "Promenade House (Douglas) Management Company Limited", a few capitalised words before the legal form.
    String.raw`\s*\((?![^()]{1,30}\),?\s+(?:(?!and\b|AND\b)\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Co\.?,?\s+Limited|CO\.?,?\s+LTD|Co\.?,?\s+Ltd|NPC|Limited|Ltd|LLP|LLC|plc|PLC|LIMITED|LTD|Inc|Holdings|HOLDINGS|Group|GROUP|Pte|PTE|Pty|PTY|Private|PRIVATE|Proprietary|PROPRIETARY|Sdn|SDN|Company|COMPANY|Corporation|CORPORATION|Corp|CORP|ULC|INC|LP|L\.P|Pvt|PVT|FZE|FZCO|FZ-LLC|L\.L\.C|PJSC|AG|GmbH|S\.A|B\.V|N\.V)\b)`,
    // "ROBERT McCANN and ELAINE McCANN both of 22 Malone Park": the address that follows is theirs
    String.raw`\s+(?:both|each|all)\s+(?=of\s)`,
    String.raw`\s*[;:]`,
    // "FIONA MARGARET DRUMMOND, Solicitor, of Drummond Laing": a Scots deed gives a person's calling after the name
    String.raw`,\s*(?=(?:Solicitors?|Advocates?|Notary\s+Public|(?:Chartered\s+)?(?:Accountants?|Surveyors?)|Farmer|Company\s+Director|Writer\s+to\s+the\s+Signet)\s*(?:,|$))`,
    // "Jonathan R. Whitcombe, CPA": a professional designation after a person's name
    String.raw`,\s*(?:CPA|CA|FCA|ACA|QC|KC|SC|Esq\.?)(?=[\s,]|$)`,
    // "… (Jersey) Limited in its capacity as trustee of …"
    String.raw`\s+in\s+(?:its|their|his|her)\s+capacity\b`,
    String.raw`,?\s+(?:a|an)\s+(?=(?:company|corporation|limited|private|public|body|partnership|individual|natural|national|bank|building|society|charity|trust|sole|(?:[A-Z][a-z]+\s+){1,3}(?:corporation|limited|company|partnership|LLC|bank|trust|statutory))\b)`,
    String.raw`,?\s+(?:of|at)\s+(?=\d)`,
    // "Thomas Carter of Flat 3, …", "Geraint Hughes of Ty Gwyn, Llandeilo": an address follows; not "Bank of Scotland"
    String.raw`(?<!\b(?:Bank|BANK|University|UNIVERSITY|Institute|College|Society|Board|State|Commonwealth|Province|Republic|City|County|Church|Museum|School|Trust|TRUST|Trustees|TRUSTEES|Governors|GOVERNORS|Chamber|Department|Ministry|Office|Court|Duchy|Isle))\s+of\s+(?=(?:Flat|Unit|Apartment|Suite|Apt)\b|[^,()"“]{1,40},)`,
    String.raw`\s+of\s+(?=the\s+(?:University|College|Institute|Hospital|School|Faculty|Department)\b|the\s+same\s+address\b)`,
    String.raw`\s+(?:ACN|ABN|ARBN|UEN|EIN|CRN|SIREN|KvK|HRB)(?:\s|$)`,
    // "PROTEA PAYROLL SOLUTIONS (PTY) LTD Registration number 2011/123456/07": a register entry on the next line
    String.raw`\s+(?:[Rr]egistration|REGISTRATION|[Cc]ompany|COMPANY|[Rr]eg\.?)\s+(?:[Nn]umber|NUMBER|[Nn]o\.?|NO\.?)(?=[\s:.]|$)`,
    // "ACACIA HEIGHTS LIMITED of Post Office Box …": after the legal form, "of" starts the address
    String.raw`(?<=\b(?:Limited|LIMITED|Ltd|LTD|LLP|plc|PLC|Inc|INC|LLC|Corp|CORP|GmbH|GMBH|Bhd|BHD|DAC|Pty\s+Ltd|PTY\s+LTD)\.?)\s+(?:of\s+(?=\p{Lu}|\d)|(?=(?:Unit|Flat|Suite|Level|Floor|Plot|Building|PO\s+Box|P\.O\.\s+Box)\b|\d))`,
    // "PT Sinar Bahari Teknologi, Menara Tiga, …": an Indonesian company's legal form comes first, so a comma starts the address
    String.raw`(?<=^\s*PT\s+[^,]{2,60}),\s*`,
    // "Loch Fyne Seafarms Limited, Clachan, Cairndow": after the legal form, a comma starts the address
    String.raw`(?<=\b(?:Limited|LIMITED|Ltd|LTD|LLP|plc|PLC|GmbH|Pty\s+Ltd|Pte\.?\s+Ltd\.?|DAC)\.?),\s+(?=\p{Lu})`,
    String.raw`\s*[-–]\s*(?:hereinafter|and)\b`,
    String.raw`,?\s+as\s+(?:the\s+)?(?:(?:[Mm]andated|[Oo]riginal|[Ll]ead|[Jj]oint|[Ss]ole|[Cc]o-?ordinating|MANDATED|ORIGINAL|LEAD)\s+){0,3}(?=(?:[Bb]orrower|[Ll]ender|[Ll]essors?|[Ll]essees?|[Ll]andlords?|[Tt]enants?|[Aa]gent|[Aa]rranger|[Gg]uarantor|[Ii]ssuer|[Tt]rustee|[Ss]ecurity\s+[Aa]gent|[Ss]ecurity\s+[Tt]rustee|[Nn]ominee|[Cc]hargors?|[Cc]hargee|[Ff]acility\s+[Aa]gent|BORROWER|LENDER|AGENT)(?:s|S)?\b)`,
    String.raw`,?\s+(?:whose|which|who|having|with\s+(?:its|a|registered|company|offices?|principal)|incorporated|registered|organi[sz]ed|residing|resident|located|domiciled|acting|trading|being|represented|duly|existing|under\s+the\s+laws|company\s+(?:no|number|registration))\b`,
    String.raw`\s+on\s+(?=the\s+\d|\d|[A-Z][a-z]+\s+\d)`,
    // "Sunny Bean Cafe Pty Ltd by its sole director": who signs for it follows
    String.raw`,?\s+(?:acting\s+)?(?:by|through)\s+(?:its|their)\s+`,
    String.raw`\s+(?:dated|as\s+of|hereinafter|herein)\b`,
    // "X, LP, By: Hudson Ridge GP, LLC": who signs for it follows
    String.raw`,\s*(?:By|BY)\b`,
    String.raw`\s+(?:By|BY)\s*:`,
  ].join("|"),
  "u",
);

const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|L\.?P|L\.?L\.?C|L\.?L\.?P|N\.A|S\.A|B\.V|N\.V|P\.C|Pte|Pty|Sdn|Bhd|A\.G|S\.p\.A|Jr|Sr)\.$/i;
const NOT_A_NAME =
  /^(?:the\s+)?(?:company|party|parties|parties\s+hereto|us|you|we|landlord|tenant|lender|borrower|employer|employee|seller|buyer|purchaser|client|customer|supplier|recipient|discloser|licensor|licensee|agreement|directors|board(?:\s+of\s+directors)?|members\s+of\s+the\s+board|shareholders|nil|none|n\/?a|not\s+applicable|tbc|to\s+be\s+confirmed|sellers(?:\s+named\s+in\s+schedule\s+\d+)?|partners|trustees|company\s+secretary|attorneys?|donor|grantor|grantee|maker|holder|payee|releasor|releasee|chargor|chargee|pledgor|secured\s+party|execution|signature|signatures|signed|details|date|position|duration|remuneration|salary)$/i;

/** The party name at the start of a chunk of preamble text, or undefined if it does not look like a name. */
export function cleanPartyName(chunk: string): string | undefined {
  // "This Data Processing Addendum is made …": the document, not a party.
  if (/^\s*(?:this|these)\s/i.test(chunk)) return undefined;
  let name = chunk
    // ", and, solely for purposes of Article V and Article VII, THOMAS J. O'HARE …": a party joining for some provisions only
    .replace(/^[\s,]*(?:and\s*,?\s*)?(?:solely|only)\s+(?:for|with\s+respect\s+to)\s+(?:the\s+)?(?:limited\s+)?purposes?\s+of\s+[^,]{1,80},\s*/i, "")
    // "(which expression shall … include its successors and permitted assigns) of the ONE PART; AND …": Indian drafting's tail to a defined term
    .replace(/^[\s,;:]*(?:\((?:which|whose)\s+expression[^()]*\)\s*)?(?:of\s+the\s+(?:one|other|first|second|third)\s+part\s*)?[\s,;:]*(?:and\s*:?\s+)?(?:\(\s*(?:\d+|[a-z]|[ivx]+|one|two|three|four|five|six|first|second|third|fourth|fifth|sixth)\s*\)|\d+\s*[.)])?\s*/i, "")
    .replace(/^(?:[-–]\s*and\s*[-–]|in\s+favou?r\s+of|versus|vs\.?|to|from|by)\s*:?\s+(?=[\p{Lu}\d(])/iu, "")
    .replace(/^(?:\(\s*(?:\d+|[a-z]|[ivx]+)\s*\)|\d+\s*[.)])\s*/i, "")
    // "The trustees for the time being of the MTHUNZI FAMILY TRUST": the trust is the party.
    .replace(/^(?:the\s+)?trustees\s+for\s+the\s+time\s+being\s+of\s+(?:the\s+)?/i, "")
    .replace(/^the\s+/, "")
    // "SIGNED, SEALED and DELIVERED by the said CHAN SIU MING": the one already named.
    .replace(/^said\s+(?=\p{Lu})/iu, "")
    // "… AGREEMENT Parties | Orbital Risk Advisory Ltd": a name never spans a table cell's border
    .replace(/^[^|]*\|\s*/, "")
    // "M/s. Charminar Foods Private Limited": Indian drafting's "Messrs" is not part of a firm's name
    .replace(/^M\/s\.?\s+/i, "")
    .replace(/^(?:the\s+)?(?:(?:party|parties)\s+of\s+the\s+\w+\s+part\s*)/i, "");
  const cut = name.search(DESCRIPTION_START);
  if (cut !== -1) name = name.slice(0, cut);
  // Quotes go, an apostrophe inside a name stays: "O’Hare".
  name = name.replace(/["“”]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu, "").replace(/\s+/g, " ").replace(/[\s,;:]+$/, "").trim();
  if (name.endsWith(".") && !ABBREVIATION_END.test(name)) name = name.slice(0, -1).trim();
  return isPlausibleName(name) ? name : undefined;
}

/** Text that splitting an address, a title or a law clause leaves behind: "London EC2N 1HQ", "2 Lanyon", "Wales", "NOTE $750". */
const NOT_A_PARTY_TEXT = /\.\s+(?:I|We|You|He|She|It|They|The|This|Each|Any)\s+\p{Ll}|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$|^\d+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?<!\b(?:Ltd|Limited|Inc|LLC|LLP|Plc|Corp|Company|Co|Group|Holdings|Partners))$|^(?:England|Wales|Scotland|Northern\s+Ireland|England\s+and\s+Wales)$|[$£€]\s?\d|\.{4,}|_{4,}/iu;
/** A clause, not a name: "Grant of Security Interest. As continuing security …", "GRANT OF SECURITY. For value received" (case matters: "MRS. LAKSHMI IYER" is a name). */
const SENTENCE_INSIDE = /\p{Ll}{3,}\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}|\b(?!(?:INC|LTD|CORP|LLC|PLC|LLP|BHD|PTE|PTY)\.)\p{Lu}{3,}\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;
/** "Andrew Kowalski, Director": someone signing for a party, not a party. */
const SIGNATORY_TITLE = /,\s*(?:(?:sole|managing|executive|non-executive)\s+)?(?:director|company\s+secretary|secretary|manager|managing\s+member|general\s+partner|partner|president|vice[\s-]president|chief\s+\w+\s+officer|ceo|cfo|coo|authori[sz]ed\s+signatory|attorney|witness)\b/i;

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 100) return false;
  if (SIGNATORY_TITLE.test(name) || NOT_A_PARTY_TEXT.test(name) || SENTENCE_INSIDE.test(name)) return false;
  if (!/^[\p{Lu}\d]/u.test(name) || !/\p{L}/u.test(name)) return false;
  if (name.split(" ").length > 10) return false;
  return !NOT_A_NAME.test(name);
}

/** "Ms Priya Raghunathan" in a row and "Priya Raghunathan" signing: one person. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/i;

export function uniqueNames(names: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    if (!name) continue;
    const key = name.replace(HONORIFIC, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
