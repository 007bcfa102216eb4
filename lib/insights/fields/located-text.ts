import type { ExtractedField, ExtractedFieldKey, ExtractedFieldValue, ExtractorDocument } from "./types";

const PAGE_SEPARATOR = "\n\n";
const SNIPPET_MAX = 200;

/**
 * The document's text with a way back from a character offset to its page and surrounding words.
 * `flat` is the same text with line breaks as spaces (same offsets), for clauses that wrap across lines.
 */
export interface LocatedText {
  text: string;
  flat: string;
  field(key: ExtractedFieldKey, value: ExtractedFieldValue, start?: number, end?: number): ExtractedField;
}

export function locateText(doc: ExtractorDocument): LocatedText {
  const pages = doc.pages.length > 0 ? doc.pages : [doc.text];
  const text = pages.join(PAGE_SEPARATOR);
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + PAGE_SEPARATOR.length;
  }
  // A DOCX arrives as one "page" holding everything; only real pages get page numbers.
  const hasRealPages = pages.length > 1 || doc.pageCount === 1;

  const pageAt = (at: number): number => {
    let page = 0;
    while (page + 1 < pageStarts.length && pageStarts[page + 1] <= at) page++;
    return page + 1;
  };

  return {
    text,
    flat: text.replace(/\n/g, " "),
    field(key, value, start, end) {
      if (start === undefined || end === undefined) return { key, value };
      const located: ExtractedField = { key, value, snippet: snippetAround(text, start, end) };
      if (hasRealPages) located.page = pageAt(start);
      return located;
    },
  };
}

/** The match plus context on both sides, cut at word boundaries, at most SNIPPET_MAX characters. */
export function snippetAround(text: string, start: number, end: number): string {
  const room = Math.max(0, SNIPPET_MAX - 2 - (end - start));
  let from = Math.max(0, start - Math.floor(room * 0.4));
  let to = Math.min(text.length, end + Math.ceil(room * 0.6));
  if (from > 0) from = nextWordStart(text, from, start);
  if (to < text.length) to = previousWordEnd(text, to, end);
  const core = text.slice(from, to).replace(/\s+/g, " ").trim();
  const clipped = core.length > SNIPPET_MAX - 2 ? core.slice(0, SNIPPET_MAX - 2) : core;
  return `${from > 0 ? "…" : ""}${clipped}${to < text.length ? "…" : ""}`;
}

function nextWordStart(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/);
  return space === -1 ? from : from + space + 1;
}

function previousWordEnd(text: string, to: number, limit: number): number {
  const tail = text.slice(limit, to);
  const space = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n"));
  return space <= 0 ? to : limit + space;
}
