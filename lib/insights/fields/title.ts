import { LEGAL_FORM_END, LEGAL_FORM_ONLY } from "../legal-forms";
import { letterSubject, salutationIndex, UNFINISHED, type LineAt } from "./letter";

export interface TitleMatch {
  value: string;
  start?: number;
  end?: number;
  /** "kind": a heading naming a kind of document or a letter's subject; "heading": some other heading; "filename". */
  basis: "kind" | "heading" | "filename";
}

const TITLE_WORDS =
  /\b(?:agreement|contract|lease|deed|letter|memorandum|terms|licen[cs]e|nda|undertaking|addendum|amendment|tenancy|note|instrument|declaration|policy|notice|engagement|appointment|guarantee|charter|protocol|statement\s+of\s+work|charge|mortgage|debenture|pledge|power\s+of\s+attorney|minutes?|resolutions?|variation|order\s+form|consent\s+order)\b/i;
const BARE_KIND = /^(?:agreement|contract|deed|lease)$/i;
const STATUTE = /\b(?:ACT|ORDINANCE|LAW|REGULATIONS?|RULES)\b,?\s*(?:\(?CAP\.?\s*\d+\)?|\d{4})/;
/** A title line ending in a joining word continues on the next line. */
const WRAPS_ON = /\s(?:AND|OF|FOR|TO|THE|IN|&|[-–])$/;
/** Lines near the top that are markers or section headings, never the title. */
const NOT_A_TITLE =
  /^(?:(?:this|these|the\s+parties|whereas|dated|date|between|page\s+\d+|confidential(?![a-z\s]*\b(?:agreement|deed|release|undertaking)\b)|strictly|private|draft|execution\s+(?:version|copy)|subject\s+to\s+contract|without\s+prejudice|parties|recitals|background|definitions|interpretation|particulars|schedule|contents|table\s+of\s+contents|agreed\s+terms|operative\s+(?:provisions|part)|now\s+it\s+is|our\s+ref|your\s+ref|ref(?:erence)?\s*:)\b|\(?\d+\)?\s|\d+\.(?:\d+)*\s)/i;

/**
 * The document's own title: a letter's "Re:" line, else the first short heading-like line near the
 * top that names a kind of document ("MUTUAL NON-DISCLOSURE AGREEMENT"), else the first short
 * heading-like line, else "Letter" for a letter, else the file name without its extension.
 */
export function findTitle(lines: LineAt[], filename: string): TitleMatch {
  const isLetter = salutationIndex(lines) !== -1;
  const title = titleOf(lines, filename, isLetter);
  // "MINUTE OF AGREEMENT / between … / LICENCE TO OCCUPY": a Scots minute's heading under the parties says what it is.
  if (/^minute\s+of\s+agreement$/i.test(title.value)) {
    const after = lines.slice(lines.findIndex((l) => l.start === title.start) + 1, 15);
    const kind = after.find((l) => isUpper(l.line) && looksLikeHeading(l.line) && TITLE_WORDS.test(l.line) && !/^minute\b/i.test(l.line));
    if (kind) return { value: kind.line, start: kind.start, end: kind.start + kind.line.length, basis: "kind" };
  }
  // "SOFTWARE SUBSCRIPTION AGREEMENT – CLOUD FREIGHT MANAGEMENT PLATFORM (…)": the kind is the title, the rest its subject (a letter's subject stays whole).
  const withSubject = !isLetter && title.basis === "kind" ? /^(.{6,}?\b(?:agreement|contract|lease|deed|licen[cs]e|terms))\s+[–—-]\s+.{8,}$/i.exec(title.value) : null;
  return withSubject && title.start !== undefined ? { ...title, value: withSubject[1], end: title.start + withSubject[1].length } : title;
}

function titleOf(lines: LineAt[], filename: string, isLetter: boolean): TitleMatch {
  if (isLetter) {
    const subject = letterSubject(lines);
    if (subject) return { ...subject, basis: "kind" };
  }
  // A letter's heading is above its salutation or right under it; lower down is its body.
  const top = lines.slice(0, isLetter ? Math.min(15, salutationIndex(lines) + 2) : 15).filter((l) => looksLikeHeading(l.line));
  const named = top.find((l) => TITLE_WORDS.test(l.line)) ?? (isLetter ? undefined : top[0]);
  const before = named && lines[lines.indexOf(named) - 1];
  // "MUTUAL CONFIDENTIALITY AND NON-DISCLOSURE" / "AGREEMENT": a bare kind under the rest of its title (not under a party's name).
  // (Not under the statute it is made under: "THE LAND REGISTRATION ACT, 2012" / "LEASE".)
  if (named && before && (WRAPS_ON.test(before.line) || (BARE_KIND.test(named.line) && !LEGAL_FORM_END.test(before.line) && !STATUTE.test(before.line))) && isUpper(before.line) && isUpper(named.line) && looksLikeHeading(before.line)) {
    return { value: `${before.line} ${named.line}`.replace(/[:.]$/, ""), start: before.start, end: named.start + named.line.length, basis: "kind" };
  }
  if (named) {
    // "AGREEMENT / for the sale and purchase of …" on a cover page: a bare kind continues on the next line.
    const next = lines[lines.indexOf(named) + 1];
    // A long title wrapped onto a second line: "MASTER SERVICES AND" / "SUPPLY AGREEMENT".
    const wrapped =
      next &&
      ((WRAPS_ON.test(named.line) && looksLikeHeading(next.line) && isUpper(next.line) && isUpper(named.line)) ||
        (UNFINISHED.test(named.line) && next.line.split(/\s+/).length <= 6 && !/[.;:]$/.test(next.line) && !NOT_A_TITLE.test(next.line)) ||
        (isUpper(named.line) && !TITLE_WORDS.test(named.line.split(/\s+/).pop() ?? "") && BARE_KIND.test(next.line)));
    const described = BARE_KIND.test(named.line) && next && /^(?:for|in\s+respect\s+of)\s/.test(next.line);
    // … unless the body that follows the cover opens with the document's name: "SHARE PURCHASE AGREEMENT".
    const bodyHeading = described ? lines.slice(lines.indexOf(named) + 2, lines.indexOf(named) + 6).find((l) => isUpper(l.line) && looksLikeHeading(l.line) && new RegExp(String.raw`\s${named.line}$`, "i").test(l.line)) : undefined;
    if (bodyHeading) return { value: bodyHeading.line, start: bodyHeading.start, end: bodyHeading.start + bodyHeading.line.length, basis: "kind" };
    if (wrapped || described) {
      // "… share capital of Wycombe Precision Tools" / "Limited": the company's legal form a PDF put on a third line.
      const third = lines[lines.indexOf(named) + 2];
      const last = third && LEGAL_FORM_ONLY.test(third.line) ? third : next;
      const value = last === next ? `${named.line} ${next.line}` : `${named.line} ${next.line} ${third.line}`;
      return { value: value.replace(/[:.]$/, ""), start: named.start, end: last.start + last.line.length, basis: "kind" };
    }
    // "AGREEMENT FOR THE SUPPLY OF … TO THE CITY OF LEEDS" / "COLLEGE OF MUSIC": a long capitals title a PDF wrapped (a company's
    // name under minutes, "… BOARD OF DIRECTORS" / "GRANITE ISLE HOLDINGS LIMITED", is whose minutes they are).
    const capitalsTail = next && isUpper(named.line) && named.line.length >= 40 && isUpper(next.line) && next.line.split(/\s+/).length <= 10 && looksLikeHeading(next.line) && !TITLE_WORDS.test(next.line) && !(/\b(?:minutes|resolutions?)\b/i.test(named.line) && LEGAL_FORM_END.test(next.line) && !LEGAL_FORM_ONLY.test(next.line));
    // … or a long title-case one: "Engagement Agreement – … against Cascade Cloud" / "Services".
    const titleCaseTail = next && named.line.length > 60 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(next.line) && !/[.,;:]$/.test(named.line);
    const tail = capitalsTail || titleCaseTail ? next : undefined;
    if (tail) return { value: `${named.line} ${tail.line}`.replace(/[:.]$/, ""), start: named.start, end: tail.start + tail.line.length, basis: "kind" };
    const basis = TITLE_WORDS.test(named.line) ? "kind" : "heading";
    return { value: named.line.replace(/[:.]$/, ""), start: named.start, end: named.start + named.line.length, basis };
  }
  // A letter with no subject or heading is called what it is.
  if (isLetter) return { value: "Letter", basis: "heading" };
  return { value: titleFromFilename(filename), basis: "filename" };
}

const isUpper = (line: string) => line === line.toUpperCase() && /\p{Lu}/u.test(line);

function looksLikeHeading(line: string): boolean {
  // A title in capitals may be long ("AGREEMENT FOR THE SALE AND PURCHASE OF THE BUSINESS AND ASSETS OF …").
  const long = isUpper(line) && TITLE_WORDS.test(line);
  if (line.length < 3 || line.length > (long ? 200 : 100) || NOT_A_TITLE.test(line)) return false;
  if (/[.;,]$/.test(line) && !/\b(?:Inc|Ltd|Co)\.$/.test(line)) return false;
  // 'Haulage Services" dated … (the "Framework Agreement"), under which': a line a PDF wrapped out of a sentence.
  if ((line.match(/["“”]/g)?.length ?? 0) % 2 === 1 || (line.match(/\(/g)?.length ?? 0) !== (line.match(/\)/g)?.length ?? 0)) return false;
  const words = line.split(/\s+/);
  // "£15,000,000 TERM AND REVOLVING FACILITIES AGREEMENT": a title may open with its amount.
  // "We refer to the agreement entitled … dated 14 January": a letter's first sentence, wrapped, is no heading.
  return words.length <= (long ? 30 : 14) && /^[\p{Lu}\d£$€]/u.test(line) && !/^(?:dear|re|subject|to|from)\b/i.test(line) && !/^(?:we|you|thank\s+you|further\s+to|following|please|with\s+reference)\s/i.test(line) && !/^I\s/.test(line);
}

function titleFromFilename(filename: string): string {
  const stem = filename.replace(/\.[^.]+$/, "");
  return stem.replace(/[_]+|(?<=\S)-(?=\S)/g, " ").replace(/\s+/g, " ").trim() || filename;
}
