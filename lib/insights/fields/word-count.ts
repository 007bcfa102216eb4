/** Words as a reader counts them: runs of letters/digits, with inner apostrophes, hyphens, slashes, "@", digit groups and times ("non-disclosure", "party's", "JH/TEA", "a@b.example", "2,500,000", "10:15"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:(?:['’\-./@]|,(?=\d{3})|(?<=\d):(?=\d))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A typical page of contract text in Word at 11–12 pt, used only to estimate a DOCX's pages when Word stored none. */
export const WORDS_PER_PAGE = 450;
