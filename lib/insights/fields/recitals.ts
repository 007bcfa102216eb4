/**
 * The recitals (BACKGROUND, RECITALS, WHEREAS, Scots "CONSIDERING THAT"): the story of other
 * documents — the lease being varied, the agreement being guaranteed — whose dates and terms are
 * not this document's. They run from their heading to where the operative part starts ("NOW
 * THEREFORE", "IT IS AGREED", a definitions clause, clause 1 after lettered recitals, or clause 2 after a
 * "1. BACKGROUND" clause, in capitals, as a run-in heading, "2. Commencement.", or over its first sub-clause, "2. Term of this Addendum 2.1 …").
 */
const RECITALS_START = /\b(?:BACKGROUND|Background|RECITALS|Recitals|WHEREAS|Whereas|CONSIDERING\s+THAT|Considering\s+that|PRELIMINARY\s+STATEMENTS?)\b\s*:?/g;
const OPERATIVE_START =
  /\b(?:NOW,?\s+(?:IT\s+IS\s+|THIS\s+\w+\s+WITNESSES|THEREFORE)|Now,?\s+therefore|IT\s+IS\s+(?:HEREBY\s+)?AGREED|It\s+is\s+(?:hereby\s+)?agreed|AGREED\s+TERMS|Agreed\s+terms|OPERATIVE\s+PROVISIONS|Operative\s+provisions|THE\s+PARTIES\s+AGREE|(?:the\s+)?parties\s+(?:hereby\s+)?agree|HAVE\s+AGREED|(?:\d+\.?\s+)?(?:DEFINITIONS|Definitions)\b|(?:\d+\.?\s+)?(?:INTERPRETATION|Interpretation)\b|(?<=\s)1\.\s+(?=[A-Z])|(?<=\s)2\.\s+(?=[A-Z]{3,}|[A-Z][a-z]+(?:\s+[a-z]+)?\.\s|[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,4}\s+2\.1\s))/;

/** The last document's ranges: the date, term and expiry rules each ask for the same text's. */
let last: { flat: string; ranges: Array<[number, number]> } | undefined;

/** Where the recitals run, as [start, end) offsets into `flat`; a document may have none. */
export function recitalRanges(flat: string): Array<[number, number]> {
  if (last?.flat !== flat) last = { flat, ranges: findRecitals(flat) };
  return last.ranges;
}

function findRecitals(flat: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of flat.matchAll(RECITALS_START)) {
    const from = m.index;
    if (ranges.length > 0 && from < ranges[ranges.length - 1][1]) continue;
    const rest = flat.slice(from + m[0].length);
    const end = rest.search(OPERATIVE_START);
    // No operative start: the recitals cannot be told from the terms, so none are assumed.
    if (end === -1) continue;
    ranges.push([from, from + m[0].length + end]);
  }
  return ranges;
}

export const inRanges = (ranges: Array<[number, number]>, at: number) => ranges.some(([from, to]) => at >= from && at < to);
