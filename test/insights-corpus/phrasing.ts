const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

export type DateStyle = "dayMonth" | "monthDay" | "iso" | "dayOfMonth" | "ordinal" | "slashDayFirst" | "slashMonthFirst" | "short";

/** Writes an ISO date the way different drafters do. */
export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = MONTHS[m - 1];
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (style) {
    case "dayMonth":
      return `${d} ${month} ${y}`;
    case "monthDay":
      return `${month} ${d}, ${y}`;
    case "iso":
      return iso;
    case "dayOfMonth":
      return `the ${ordinal(d)} day of ${month}, ${y}`;
    case "ordinal":
      return `${ordinal(d)} ${month} ${y}`;
    case "slashDayFirst":
      return `${pad(d)}/${pad(m)}/${y}`;
    case "slashMonthFirst":
      return `${pad(m)}/${pad(d)}/${y}`;
    case "short":
      return `${d} ${month.slice(0, 3)} ${y}`;
  }
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "two (2)", "thirty-six", "36" — contracts spell durations every way. */
export function spellNumber(n: number, style: "digits" | "words" | "wordsAndDigits"): string {
  if (style === "digits") return String(n);
  const words = n <= 20 ? NUMBER_WORDS[n] : `${["", "", "twenty", "thirty", "forty", "fifty", "sixty"][Math.floor(n / 10)]}${n % 10 ? `-${NUMBER_WORDS[n % 10]}` : ""}`;
  return style === "words" ? words : `${words} (${n})`;
}

/** Cycles through options by index so each document gets a different combination. */
export function pick<T>(options: readonly T[], index: number): T {
  return options[index % options.length];
}
