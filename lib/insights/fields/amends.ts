import { escapeRegExp } from "./regexp";
import type { KeyValue } from "./key-values";

export interface AmendsMatch {
  value: string;
  start: number;
  end: number;
  /** Named by the title ("First Amendment to Master Services Agreement"), rather than found in the body. */
  fromTitle: boolean;
}

/** Longer kinds first, so "Contract of Employment" is not cut to "Contract". */
const KIND = String.raw`(?:contract\s+of\s+employment|minutes\s+of\s+settlement|statement\s+of\s+work|licen[cs]e(?:\s+to\s+occupy)?|agreement|contract|underlease|sub-?lease|lease|deed|note|letter|undertaking|terms|policy|SPA)`;
/** A document's name: up to six words ending in a kind of document ("Software licence agreement", "Lease"), the kind's own name included ("Licence Agreement"). */
const NAME = String.raw`((?:[\p{L}'’-]+\s+){0,6}?${KIND}(?:\s+(?:agreement|contract|deed)\b)?)\b`;
const ARTICLE = String.raw`(?:the\s+|a\s+|an\s+|that\s+certain\s+|its\s+|your\s+|our\s+|their\s+)?`;

const BARE_KIND = /^(?:agreement|contract|lease|deed|licen[cs]e)$/i;

/** In the title: "AMENDMENT NO. 2 TO CREDIT AGREEMENT", "Addendum to Contract of Employment". */
const IN_TITLE = new RegExp(String.raw`\b(?:(?:amendment|addendum|variation|supplement)(?:\s+(?:no\.?|number)\s*\d+)?\s+(?:to|of)|amended\s+and\s+restated)\s+${ARTICLE}${NAME}`, "iu");
/** A letter's subject naming the agreement it changes: "£15,000,000 Term and Revolving Facilities Agreement dated 30 September 2024 - side letter", "Extension of Consultancy Agreement dated 9 July 2024". */
const SUBJECT_DATED = new RegExp(String.raw`^(?:re\s*:\s*)?(?:(?:extension|variation|amendment)\s+(?:of|to)\s+)?${ARTICLE}((?:[\p{L}\p{N}£$€,.'’-]+\s+){0,7}?${KIND})\s+dated\b`, "iu");
/** In the body: how amendments name what they change. */
const IN_BODY = [
  String.raw`\bsupplemental\s+to\s+${ARTICLE}${NAME}`,
  // "We refer to the Supply Agreement between …", in a letter of amendment
  String.raw`\b(?:we|i)\s+refer\s+to\s+${ARTICLE}${NAME}`,
  String.raw`\bamends?\s+${ARTICLE}${NAME}`,
  String.raw`\b(?:are|were)\s+(?:the\s+)?part(?:y|ies)\s+to\s+${ARTICLE}${NAME}`,
  String.raw`\bentered\s+into\s+${ARTICLE}${NAME}\s+dated`,
  String.raw`\bextension\s+of\s+${ARTICLE}${NAME}`,
  String.raw`\b(?:vary|varies|varied|amend(?:ed|ing)?)\s+${ARTICLE}${NAME}`,
  String.raw`\brelat(?:ing|ive)\s+to\s+${ARTICLE}${NAME}`,
  String.raw`\b(?:variation|amendment|supplement)\s+(?:of|to)\s+${ARTICLE}${NAME}`,
].map((source) => new RegExp(source, "giu"));

const TITLED = new RegExp(String.raw`\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${KIND}|document|instrument),?\s+(?:titled|entitled|called|headed)\s+["“']([^"”']{3,120})["”']`, "iu");

/**
 * What an amendment amends, by the title first, else the first place the body names it; a name that is a
 * key-details row's label ("Principal Agreement | Cloud Hosting Agreement dated 2 January 2025 …") is the row's document.
 */
export function findAmended(title: { value: string; start?: number; end?: number }, flat: string, rows: KeyValue[] = []): AmendsMatch | undefined {
  const found = amendedName(title, flat);
  const row = found && rows.find((r) => r.label === found.value.toLowerCase());
  const named = row && (ROW_TITLED.exec(row.value) ?? ROW_DOCUMENT.exec(row.value));
  return named ? { value: tidy(named[1]), start: row.start, end: row.end, fromTitle: false } : found;
}

/** "Cloud Hosting Agreement dated …", "the Deed of Settlement dated …", "Retail Lease registered number AQ482211 dated …", "Cloud Hosting Agreement between the parties dated …". */
const ROW_DOCUMENT = new RegExp(String.raw`^${ARTICLE}((?:[\p{L}'’-]+\s+){0,6}?${KIND}(?:\s+of\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?)(?:\s+(?:registered\s+)?(?:number|no\.?)\s+[\p{Lu}\p{N}/-]+)?(?:\s+between\s+[^,;]{1,60}?)?\s+dated\b`, "iu");
/** "The document entitled "Retail Shop Lease" dated 1 July 2021 …". */
const ROW_TITLED = /\b(?:titled|entitled|called|headed)\s+["“']([^"”']{3,120})["”']/i;

function amendedName(title: { value: string; start?: number; end?: number }, flat: string): AmendsMatch | undefined {
  const inTitle = IN_TITLE.exec(title.value);
  const named = inTitle ?? SUBJECT_DATED.exec(title.value);
  // "DEED OF VARIATION OF LEASE" where the recitals name "a Retail Premises Lease dated …": the fuller name.
  const fuller = named && BARE_KIND.test(named[1].trim()) ? fullerName(named[1].trim(), flat) : undefined;
  if (fuller) return { value: tidy(fuller[1]), start: fuller.index, end: fuller.index + fuller[0].length, fromTitle: false };
  if (named && title.start !== undefined) return { value: tidy(named[1]), start: title.start, end: title.end ?? title.start, fromTitle: true };
  // "Extension of Long Stop Date" / "Share Purchase Agreement dated 2 December 2025 between …": a second subject line names it.
  const after = title.end !== undefined ? flat.slice(title.end).replace(/^\s+/, "") : "";
  const second = after && SUBJECT_DATED.exec(after);
  if (second && title.end !== undefined && second[1].split(/\s+/).every((word) => /^[\p{Lu}\p{N}£$€]/u.test(word))) return { value: tidy(second[1]), start: title.end, end: title.end + second[0].length, fromTitle: true };
  // "AMENDING AGREEMENT" as the title, or "THIS AMENDING AGREEMENT is dated …", names this document's own kind, not the one it amends.
  // … as does a heading "Amending Deed".
  const namesOwnKind = (m: RegExpMatchArray, at = m.index ?? 0) => BARE_KIND.test(m[1].trim()) && (at < (title.end ?? 0) || /^amending\s/i.test(m[0]) || /\bthis\s+(?:[\p{L}-]+\s+)?$/iu.test(flat.slice(Math.max(0, at - 20), at)));
  const found = IN_BODY.flatMap((pattern) => [...flat.slice(0, 6000).matchAll(pattern)])
    .filter((m) => !namesOwnKind(m) && !/^(?:this|these|and\s+restated|by|in|under|pursuant)\b/i.test(m[1]))
    .sort((a, b) => a.index - b.index)[0];
  const titled = TITLED.exec(flat.slice(0, 6000));
  if (!found && titled) return { value: tidy(titled[1]), start: titled.index, end: titled.index + titled[0].length, fromTitle: false };
  if (!found) return passivelyVaried(flat.slice(0, 6000));
  // "the Software License and Support Agreement": a name in title case goes on past "and".
  const more = new RegExp(String.raw`^\s+and\s+((?:[\p{L}'’-]+\s+){0,3}?${KIND})\b`, "iu").exec(flat.slice(found.index + found[0].length));
  const name = more && /^\p{Lu}/u.test(found[1]) && isTitleCase(more[1]) ? `${found[1]} and ${more[1]}` : found[1];
  const end = found.index + found[0].length + (more && name !== found[1] ? more[0].length : 0);
  const value = definedName(name, flat.slice(end, end + 200)) ?? kindBehindPlaceholder(name, flat) ?? name;
  // "an agreement entitled “Cask Supply Agreement” dated 2 May 2022": the name it was given, when the body calls it by its kind.
  if (titled && (BARE_KIND.test(name.trim()) || titled[1].toLowerCase().endsWith(value.trim().toLowerCase()))) return { value: tidy(titled[1]), start: titled.index, end: titled.index + titled[0].length, fromTitle: false };
  return { value: tidy(value), start: found.index, end, fromTitle: false };
}

/** "With effect from the Effective Date the Lease is varied as follows": the document named by its capitalised words before the verb. */
function passivelyVaried(flat: string): AmendsMatch | undefined {
  const m = PASSIVELY_VARIED.exec(flat);
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  const first = words.findLastIndex((word) => !/^\p{Lu}/u.test(word)) + 1;
  const name = words.slice(first).join(" ");
  return first < words.length && !/^(?:this|these)$/i.test(words[first - 1] ?? "") ? { value: tidy(name), start: m.index, end: m.index + m[0].length, fromTitle: false } : undefined;
}
const PASSIVELY_VARIED = new RegExp(String.raw`\b((?:[\p{L}'’-]+\s+){0,5}?${KIND})\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:varied|amended)\b`, "iu");

/** "a Retail Premises Lease dated 14 February 2023": the amended document's name in title case, ending in `kind`. */
function fullerName(kind: string, flat: string): RegExpExecArray | null {
  const word = kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
  return new RegExp(String.raw`\b(?:a|an|the)\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,4}${word})\s+dated\b`, "u").exec(flat.slice(0, 6000));
}

/** "an asset purchase agreement dated 9 October 2025 between … (the "Original Agreement")": a name that only says "original" stands for the kind it was given to. */
function kindBehindPlaceholder(name: string, flat: string): string | undefined {
  if (!/^(?:the\s+)?(?:original|principal|existing|underlying|main|head)\s+(?:agreement|contract|lease|deed)$/i.test(name.trim())) return undefined;
  const defined = escapeRegExp(name.trim().replace(/^the\s+/i, ""));
  return new RegExp(String.raw`\b(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,5}?${KIND})\s+dated\b[^()]{0,200}\(\s*(?:the\s+)?["“']?${defined}["”']?\s*\)`, "iu").exec(flat.slice(0, 6000))?.[1];
}

/** "the Agreement dated 1 February 2023 for the supply of cartons (the Supply Agreement)": a bare kind takes the name it is given. */
function definedName(name: string, after: string): string | undefined {
  if (!BARE_KIND.test(name.trim())) return undefined;
  const sentence = after.split(/[.;](?:\s|$)/)[0];
  return new RegExp(String.raw`\((?:the\s+)?["“']?((?:[\p{Lu}][\p{L}'’-]*\s+){1,5}${KIND})["”']?\)`, "iu").exec(sentence)?.[1];
}

const isTitleCase = (name: string) => name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));

/** "Share Purchase Agreement" as written, without a leading "the" or a "First" ordinal. */
function tidy(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
