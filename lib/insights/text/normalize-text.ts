/** Canonical form for extracted text: NFKC (splits ligatures like "ﬁ"), plain spaces, "\n" line ends, no runs of blank lines. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    // A tab between words separates columns (a key–value row in plain text): keep it visible as a cell break.
    .replace(/(\S)[^\S\n]*\t[\t ]*(?=\S)/g, "$1 | ")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, " ")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Letters and digits, the measure of "is there any real text here". */
export function countAlphanumerics(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Below this many letters/digits per page a document is treated as having no text layer: scanned
 * pages often carry only a stamp or page number, which is not worth extracting fields from.
 */
export const MIN_ALPHANUMERICS_PER_PAGE = 25;

export function capText(text: string, maxChars: number): { text: string; truncated: boolean } {
  return text.length > maxChars ? { text: text.slice(0, maxChars), truncated: true } : { text, truncated: false };
}
