export interface AmendsMatch {
  value: string;
  start: number;
  end: number;
  /** Named by the title ("First Amendment to Master Services Agreement"), rather than found in the body. */
  fromTitle: boolean;
}

const KIND = String.raw`(?:agreement|contract|lease|licen[cs]e(?:\s+to\s+occupy)?|deed|note|letter|undertaking|terms|policy|statement\s+of\s+work|contract\s+of\s+employment|SPA)`;
/** A document's name: up to six words ending in a kind of document ("Software licence agreement", "Lease"). */
const NAME = String.raw`((?:[\p{L}'’-]+\s+){0,6}?${KIND})\b`;
const ARTICLE = String.raw`(?:the\s+|a\s+|an\s+|that\s+certain\s+|its\s+)?`;

/** In the title: "AMENDMENT NO. 2 TO CREDIT AGREEMENT", "Addendum to Contract of Employment". */
const IN_TITLE = new RegExp(String.raw`\b(?:amendment|addendum|variation|supplement)(?:\s+(?:no\.?|number)\s*\d+)?\s+(?:to|of)\s+${ARTICLE}${NAME}`, "iu");
/** In the body: how amendments name what they change. */
const IN_BODY = [
  String.raw`\bsupplemental\s+to\s+${ARTICLE}${NAME}`,
  String.raw`\bamends?\s+${ARTICLE}${NAME}`,
  String.raw`\b(?:are|were)\s+(?:the\s+)?parties\s+to\s+${ARTICLE}${NAME}`,
  String.raw`\bentered\s+into\s+${ARTICLE}${NAME}\s+dated`,
  String.raw`\bextension\s+of\s+${ARTICLE}${NAME}`,
  String.raw`\b(?:vary|varies|varied|amend(?:ed|ing)?)\s+${ARTICLE}${NAME}`,
  String.raw`\brelating\s+to\s+${ARTICLE}${NAME}`,
].map((source) => new RegExp(source, "giu"));

/** What an amendment amends, by the title first, else the first place the body names it. */
export function findAmended(title: { value: string; start?: number; end?: number }, flat: string): AmendsMatch | undefined {
  const inTitle = IN_TITLE.exec(title.value);
  if (inTitle && title.start !== undefined) return { value: tidy(inTitle[1]), start: title.start, end: title.end ?? title.start, fromTitle: true };
  const found = IN_BODY.flatMap((pattern) => [...flat.slice(0, 6000).matchAll(pattern)])
    .filter((m) => !/^(?:this|these)\b/i.test(m[1]))
    .sort((a, b) => a.index - b.index)[0];
  return found && { value: tidy(found[1]), start: found.index, end: found.index + found[0].length, fromTitle: false };
}

/** "Share Purchase Agreement" as written, without a leading "the" or a "First" ordinal. */
function tidy(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
