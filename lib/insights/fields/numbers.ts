const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

/** Number words used in contracts ("thirty-six"), 1..99, longest first so alternations match greedily. */
export const NUMBER_WORDS_PATTERN = numberWords().sort((a, b) => b.length - a.length).map((w) => w.replace("-", "[- ]")).join("|");
/** Ordinal day words ("twenty-first"), 1..31. */
export const ORDINAL_WORDS_PATTERN = ordinalWords().sort((a, b) => b.length - a.length).map((w) => w.replace("-", "[- ]")).join("|");

/** "36", "thirty-six", "thirty six", "a" / "an" (as in "a period of a year") → number. */
export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, "-");
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "a" || w === "an") return 1;
  const index = numberWords().indexOf(w);
  return index === -1 ? undefined : index + 1;
}

export function parseOrdinalWord(word: string): number | undefined {
  const index = ordinalWords().indexOf(word.toLowerCase().replace(/\s+/g, "-"));
  return index === -1 ? undefined : index + 1;
}

function numberWords(): string[] {
  const words: string[] = [];
  for (let n = 1; n < 100; n++) words.push(n < 20 ? UNITS[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : ""));
  return words;
}

function ordinalWords(): string[] {
  const words: string[] = [];
  for (let n = 1; n <= 31; n++) {
    if (n < 20) words.push(ORDINAL_UNITS[n]);
    else if (n % 10 === 0) words.push(`${TENS[n / 10].slice(0, -1)}ieth`);
    else words.push(`${TENS[Math.floor(n / 10)]}-${ORDINAL_UNITS[n % 10]}`);
  }
  return words;
}
