import { inRanges, recitalRanges } from "./recitals";
export interface GoverningLawMatch {
  jurisdiction: string;
  start: number;
  end: number;
  /** One of the jurisdictions Ferry knows, rather than a capitalised name taken on trust. */
  known: boolean;
  /** The sentence names another document as the one governed: the best there is, but perhaps not this document's law. */
  another?: boolean;
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
  Washington: ["state of washington", "washington state"],
  Singapore: ["republic of singapore", "singapore"],
  "Hong Kong": ["hong kong special administrative region", "hong kong sar", "hong kong"],
  Germany: ["federal republic of germany", "germany", "german"],
  France: ["france", "french"],
  Switzerland: ["switzerland", "swiss"],
  Netherlands: ["the netherlands", "netherlands", "dutch"],
  Ontario: ["province of ontario", "ontario"],
  "New South Wales": ["new south wales"],
  Victoria: ["state of victoria", "victoria"],
  "Dubai International Financial Centre": ["dubai international financial centre", "difc"],
  Jersey: ["bailiwick of jersey", "island of jersey", "jersey"],
  Guernsey: ["bailiwick of guernsey", "island of guernsey", "guernsey"],
  "Isle of Man": ["isle of man", "manx"],
  Luxembourg: ["grand duchy of luxembourg", "luxembourg"],
  Norway: ["kingdom of norway", "norway", "norwegian"],
  Sweden: ["kingdom of sweden", "sweden", "swedish"],
  Denmark: ["kingdom of denmark", "denmark", "danish"],
  Japan: ["japan", "japanese"],
  "British Columbia": ["province of british columbia", "british columbia"],
  Queensland: ["state of queensland", "queensland"],
  "Western Australia": ["state of western australia", "western australia"],
  "South Australia": ["state of south australia", "south australia"],
  Tasmania: ["state of tasmania", "tasmania"],
  "Northern Territory": ["northern territory"],
  "Australian Capital Territory": ["australian capital territory"],
  Alberta: ["province of alberta", "alberta"],
  Quebec: ["province of quebec", "province of québec", "quebec", "québec"],
  Manitoba: ["province of manitoba", "manitoba"],
  Saskatchewan: ["province of saskatchewan", "saskatchewan"],
  "Nova Scotia": ["province of nova scotia", "nova scotia"],
  "New Brunswick": ["province of new brunswick", "new brunswick"],
  "New Zealand": ["new zealand"],
  "South Africa": ["republic of south africa", "south africa", "south african"],
  India: ["republic of india", "india", "indian"],
  Kenya: ["republic of kenya", "kenya", "kenyan"],
  Nigeria: ["federal republic of nigeria", "nigeria", "nigerian"],
  Malaysia: ["malaysia", "malaysian"],
  "United Arab Emirates": ["united arab emirates", "uae"],
  ...usStates(),
};

/** Every US state and DC, as "State of X", "Commonwealth of X" or X; New York and Washington need "State of" or stand alone. */
function usStates(): Record<string, string[]> {
  const names = ["Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Georgia", "Hawaii", "Idaho", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"];
  const states = Object.fromEntries(names.map((name) => [name, [`state of ${name.toLowerCase()}`, `commonwealth of ${name.toLowerCase()}`, name.toLowerCase()]]));
  return { ...states, "District of Columbia": ["district of columbia", "washington, d.c.", "washington d.c."] };
}

export const US_JURISDICTIONS = new Set(["New York", "Delaware", "California", "Texas", "Illinois", "Massachusetts", "Florida", "Washington", ...Object.keys(usStates())]);

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
  /\blaws?\s+of\s+(?=[^.;]{0,60}\b(?:(?:shall|will)\s+govern|governs?\s+this)\b)/gi,
  /governed\s+by\s+(?=[^.;]{0,30}\blaw\b)/gi,
  /(?:take\s+effect|construed)(?:\s+and\s+(?:take\s+effect|construed))?\s+according\s+to\s+(?:the\s+)?laws?\s+of\s+/gi,
  /\blaws?\s+of\s+(?=[^.;]{0,40}\bappl(?:y|ies)\s+to\s+this\b)/gi,
  /governing\s+law\s+clause\s*[(,]\s*(?:the\s+)?/gi,
  /\bgoverned\s+by,?\s+and\s+construed\s+in\s+accordance\s+with,?\s+(?:the\s+)?(?:laws?\s+of\s+)?/gi,
];
/** "English law governs …", "New York law shall govern …". */
const ADJECTIVE_FORM = /\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) law (?:shall |will )?govern/g;

/**
 * The law this document names for itself. A notice or letter that only reports the law of the agreement
 * it is given under ("the Agreement is governed by the laws of Hong Kong") has none: `ownOnly`.
 */
export function findGoverningLaw(flat: string, ownOnly = false): GoverningLawMatch | undefined {
  const matches: GoverningLawMatch[] = [];
  for (const leadIn of LEAD_INS) {
    for (const m of flat.matchAll(leadIn)) {
      const at = m.index + m[0].length;
      const jurisdiction = jurisdictionAt(flat.slice(at, at + 80));
      if (jurisdiction) matches.push({ jurisdiction: jurisdiction.name, start: m.index, end: at + jurisdiction.length, known: ALIASES.some((a) => a.name === jurisdiction.name) });
    }
  }
  for (const m of flat.matchAll(ADJECTIVE_FORM)) {
    // Only known names here: "Applicable Law governs" must not read as a jurisdiction called "Applicable".
    const words = m[1].split(" ");
    const jurisdiction = knownJurisdictionAt(m[1]) ?? knownJurisdictionAt(words[words.length - 1]);
    if (jurisdiction) matches.push({ jurisdiction: jurisdiction.name, start: m.index, end: m.index + m[0].length, known: true });
  }
  // A jurisdiction Ferry knows beats a capitalised name taken on trust ("subject to the Law Reform … Act"),
  // and the law of this document beats the law of another one it mentions.
  const whose = new Map(matches.map((match) => [match, whoseLaw(flat, match.start)]));
  const rank = (match: GoverningLawMatch) => Number(match.known) * 4 + ({ this: 2, unsaid: 1, another: 0 } as const)[whose.get(match)!];
  const best = matches.sort((a, b) => rank(b) - rank(a) || a.start - b.start)[0];
  if (!best || (ownOnly && whose.get(best) !== "this")) return undefined;
  return { ...best, another: whose.get(best) === "another" };
}

const THIS_DOCUMENT = /\bthis\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deed|debenture|amendment|addendum|variation|letter|lease|contract|licen[cs]e|guarantee|instrument|charge|release|undertaking|memorandum|notice|power\s+of\s+attorney|consent|waiver|engagement|appointment)\b/giu;
/**
 * Whose law a governing-law statement gives: this document's ("This Deed … shall be governed by"),
 * another's ("a three-party escrow agreement governed by …", "the Facility Agreement, which is governed
 * by …", "The Distribution Agreement is governed by …", "was expressed to be governed by …"), or unsaid.
 */
function whoseLaw(flat: string, start: number): "this" | "another" | "unsaid" {
  // "(B) The Outsourcing Agreement is, as at the date of this Deed, governed by English law.": the recitals tell another document's story.
  if (inRanges(recitalRanges(flat), start)) return "another";
  const sentence = flat.slice(Math.max(0, start - 300), start).split(/[.;](?:\s|$)/).pop() ?? "";
  if (ANOTHER_AS_SUBJECT.test(sentence)) return "another";
  const own = lastIndexOf(sentence, THIS_DOCUMENT);
  // "… between the parties to this Agreement (the "Facility Agreement"), which is governed by …": the relative clause after this document's name is about the other one.
  const relative = lastIndexOf(sentence, /\b(?:which|that)\b|\bexpressed\s+to\s+be\s*$/gi);
  return relative > own ? "another" : own >= 0 ? "this" : "unsaid";
}

/** "a three-party escrow agreement governed by", "the Distribution Agreement is governed by": a document other than "this" one is the subject. */
const ANOTHER_AS_SUBJECT =
  /\b(?:an?|the|its|each)\s+(?:[\p{L}'’-]+\s+){0,4}(?:agreement|deed|contract|lease|facility|instrument|licen[cs]e)\s+(?:(?:is|was|are|shall\s+be|will\s+be|remains?|continues?\s+to\s+be)\s+)?(?:expressed\s+to\s+be\s+)?$/iu;

function lastIndexOf(text: string, pattern: RegExp): number {
  return Math.max(-1, ...[...text.matchAll(pattern)].map((m) => m.index));
}

/** A table value such as "England and Wales" or "the laws of Scotland", as a known jurisdiction. */
export function knownJurisdiction(value: string): string | undefined {
  return knownJurisdictionAt(value.replace(/^(?:the\s+)?(?:laws?\s+of\s+)/i, ""))?.name;
}

function knownJurisdictionAt(text: string): { name: string; length: number } | undefined {
  const lead = text.match(/^\s*(?:the\s+)?/i)?.[0] ?? "";
  const rest = text.slice(lead.length);
  const lower = rest.toLowerCase();
  const known = ALIASES.find(({ alias }) => lower.startsWith(alias) && !/^[a-z]/i.test(rest.charAt(alias.length)));
  return known && { name: known.name, length: lead.length + known.alias.length };
}

/** The jurisdiction named at the start of `text` (after "the"/"State of"), or a capitalised name if unknown. */
function jurisdictionAt(raw: string): { name: string; length: number } | undefined {
  // "… in accordance with the Law of" / "Page 1 of 2" / "Scotland and …": a PDF's page footer between the words.
  const footer = /^\s*page\s+\d+\s+of\s+\d+\s*/i.exec(raw)?.[0] ?? "";
  const text = raw.slice(footer.length);
  const found = jurisdictionIn(text);
  return found && { name: found.name, length: footer.length + found.length };
}

function jurisdictionIn(text: string): { name: string; length: number } | undefined {
  const known = knownJurisdictionAt(text);
  if (known) return known;
  const lead = text.match(/^\s*(?:the\s+)?/i)?.[0] ?? "";
  const rest = text.slice(lead.length);

  const unknown = rest.match(/^(?:(?:Federal\s+|People's\s+|Islamic\s+|United\s+)?(?:State|Commonwealth|Province|Republic|Kingdom|Territory|Emirate|Island|Bailiwick)\s+of\s+)?((?:[A-Z][\p{L}'-]*)(?:\s+(?:and\s+)?[A-Z][\p{L}'-]*){0,3})/u);
  // "Governing Law. THIS AGREEMENT SHALL BE …": a sentence, not a place
  if (!unknown || /^(?:this|the|agreement|clause|section|schedule|party|parties|each|any|all|it|these)\b/i.test(unknown[1])) return undefined;
  return { name: unknown[1], length: lead.length + unknown[0].length };
}
