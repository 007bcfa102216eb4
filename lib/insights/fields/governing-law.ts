export interface GoverningLawMatch {
  jurisdiction: string;
  start: number;
  end: number;
}

/** Known jurisdictions and the ways contracts name them, mapped to one display name. Longest alias wins. */
const JURISDICTIONS: Record<string, string[]> = {
  "England and Wales": ["england and wales", "england & wales", "england", "english"],
  Scotland: ["scotland", "scots", "scottish"],
  "Northern Ireland": ["northern ireland"],
  Ireland: ["republic of ireland", "ireland", "irish"],
  "New York": ["state of new york", "new york"],
  Delaware: ["state of delaware", "delaware"],
  California: ["state of california", "california", "californian"],
  Texas: ["state of texas", "texas"],
  Illinois: ["state of illinois", "illinois"],
  Massachusetts: ["commonwealth of massachusetts", "massachusetts"],
  Florida: ["state of florida", "florida"],
  Washington: ["state of washington"],
  Singapore: ["republic of singapore", "singapore"],
  "Hong Kong": ["hong kong special administrative region", "hong kong sar", "hong kong"],
  Germany: ["federal republic of germany", "germany", "german"],
  France: ["france", "french"],
  Switzerland: ["switzerland", "swiss"],
  Netherlands: ["the netherlands", "netherlands", "dutch"],
  Ontario: ["province of ontario", "ontario"],
  "New South Wales": ["new south wales"],
  Victoria: ["state of victoria"],
  "Dubai International Financial Centre": ["dubai international financial centre", "difc"],
};

export const US_JURISDICTIONS = new Set(["New York", "Delaware", "California", "Texas", "Illinois", "Massachusetts", "Florida", "Washington"]);

const ALIASES = Object.entries(JURISDICTIONS)
  .flatMap(([name, aliases]) => aliases.map((alias) => ({ name, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);

/** Clause openings that introduce the governing law; the jurisdiction follows within a few words. */
const LEAD_INS = [
  /governed\s+by[^.;]{0,80}?\blaws?\s+(?:in\s+force\s+in\s+|applicable\s+in\s+)?(?:of\s+)?/gi,
  /(?:construed|interpreted|enforced)(?:\s*(?:,|and|,\s*and)\s*(?:construed|interpreted|enforced))*\s+(?:in\s+accordance\s+with|under|pursuant\s+to)\s+(?:the\s+)?(?:internal\s+)?laws?\s+(?:of\s+)?/gi,
  /subject\s+to\s+(?:the\s+)?laws?\s+of\s+/gi,
  /subject\s+to\s+(?=[^.;]{0,30}\blaw\b)/gi,
  /governing\s+law\s*[:.\-–]\s*(?:the\s+)?(?:laws?\s+of\s+)?/gi,
  /\blaws?\s+of\s+(?=[^.;]{0,60}\b(?:shall|will)\s+govern)/gi,
  /governed\s+by\s+(?=[^.;]{0,30}\blaw\b)/gi,
];
/** "English law governs …", "New York law shall govern …". */
const ADJECTIVE_FORM = /\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) law (?:shall |will )?govern/g;

export function findGoverningLaw(flat: string): GoverningLawMatch | undefined {
  const matches: GoverningLawMatch[] = [];
  for (const leadIn of LEAD_INS) {
    for (const m of flat.matchAll(leadIn)) {
      const at = m.index + m[0].length;
      const jurisdiction = jurisdictionAt(flat.slice(at, at + 80));
      if (jurisdiction) matches.push({ jurisdiction: jurisdiction.name, start: m.index, end: at + jurisdiction.length });
    }
  }
  for (const m of flat.matchAll(ADJECTIVE_FORM)) {
    // Only known names here: "Applicable Law governs" must not read as a jurisdiction called "Applicable".
    const words = m[1].split(" ");
    const jurisdiction = knownJurisdictionAt(m[1]) ?? knownJurisdictionAt(words[words.length - 1]);
    if (jurisdiction) matches.push({ jurisdiction: jurisdiction.name, start: m.index, end: m.index + m[0].length });
  }
  return matches.sort((a, b) => a.start - b.start)[0];
}

function knownJurisdictionAt(text: string): { name: string; length: number } | undefined {
  const lead = text.match(/^\s*(?:the\s+)?/i)?.[0] ?? "";
  const rest = text.slice(lead.length);
  const lower = rest.toLowerCase();
  const known = ALIASES.find(({ alias }) => lower.startsWith(alias) && !/^[a-z]/i.test(rest.charAt(alias.length)));
  return known && { name: known.name, length: lead.length + known.alias.length };
}

/** The jurisdiction named at the start of `text` (after "the"/"State of"), or a capitalised name if unknown. */
function jurisdictionAt(text: string): { name: string; length: number } | undefined {
  const known = knownJurisdictionAt(text);
  if (known) return known;
  const lead = text.match(/^\s*(?:the\s+)?/i)?.[0] ?? "";
  const rest = text.slice(lead.length);

  const unknown = rest.match(/^(?:(?:State|Commonwealth|Province|Republic)\s+of\s+)?((?:[A-Z][\p{L}'-]*)(?:\s+(?:and\s+)?[A-Z][\p{L}'-]*){0,3})/u);
  if (!unknown || /^(?:This|The|Agreement|Clause|Section|Schedule|Party|Parties)\b/.test(unknown[1])) return undefined;
  return { name: unknown[1], length: lead.length + unknown[0].length };
}
