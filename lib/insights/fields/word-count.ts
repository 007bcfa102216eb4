/** Words as a reader counts them: runs of letters/digits, with inner apostrophes and hyphens ("non-disclosure", "party's"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
