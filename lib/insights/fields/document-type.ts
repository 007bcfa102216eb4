import type { DocumentType } from "../catalogue";

/** Checked in this order, so "Loan Agreement" is not a services agreement and "Confidentiality Letter" is an NDA. */
const TITLE_RULES: [DocumentType, RegExp][] = [
  ["NDA", /non[- ]?disclosure|confidentiality|\bNDA\b|secrecy/i],
  ["Share purchase agreement", /share\s+(?:purchase|sale)|sale\s+and\s+purchase\s+of\s+(?:the\s+)?(?:entire\s+)?(?:issued\s+)?shares|stock\s+purchase/i],
  ["Loan agreement", /\bloan\b|facility\s+agreement|credit\s+agreement|promissory\s+note/i],
  ["Employment agreement", /employment|offer\s+of\s+employment|executive\s+service|contract\s+of\s+service/i],
  ["Lease", /\blease\b|tenancy/i],
  ["Licence agreement", /licen[cs]e\s+agreement|software\s+licen[cs]e|\blicen[cs]e\b/i],
  ["Services agreement", /services?\s+agreement|consult(?:ing|ancy)\s+agreement|statement\s+of\s+work|professional\s+services|master\s+services|\bagreement\b.*\bservices\b|\bsaas\b|software\s+as\s+a\s+service|subscription\s+agreement/i],
  ["Letter", /\bletter\b/i],
];

/**
 * A letter's subject usually names another document ("Re: Notice of termination of the Services
 * Agreement"), so it only decides the type for documents that are themselves commonly letters.
 */
const LETTER_SUBJECT_RULES: [DocumentType, RegExp][] = [
  ["NDA", /non[- ]?disclosure|confidentiality\s+(?:undertaking|letter|agreement)|\bNDA\b/i],
  ["Employment agreement", /offer\s+of\s+employment|employment\s+offer|offer\s+letter/i],
];

/** Vocabulary that marks each type in the body when the title says nothing. */
const BODY_SIGNALS: [DocumentType, RegExp][] = [
  ["NDA", /confidential\s+information|disclosing\s+party|receiving\s+party|\bdiscloser\b|\brecipient\b/gi],
  ["Share purchase agreement", /\bsale\s+shares\b|\bpurchase\s+price\b|\bthe\s+shares\b|\bcompletion\b|\bwarrant(?:y|ies)\b/gi],
  ["Loan agreement", /\bborrower\b|\blender\b|\bprincipal\b|\binterest\s+rate\b|\brepay(?:ment)?\b/gi],
  ["Employment agreement", /\bemployee\b|\bemployer\b|\bsalary\b|\bholiday\s+entitlement\b|\bjob\s+title\b/gi],
  ["Lease", /\blandlord\b|\btenant\b|\bpremises\b|\brent\b/gi],
  ["Licence agreement", /\blicensor\b|\blicensee\b|\blicensed\s+(?:software|materials|rights)\b|\broyalt(?:y|ies)\b/gi],
  ["Services agreement", /\bservices\b|\bservice\s+provider\b|\bsupplier\b|\bdeliverables\b|\bfees\b/gi],
];
const MIN_BODY_SIGNALS = 3;
const BODY_WINDOW = 8000;

export interface TypeMatch {
  type: DocumentType;
  /** Where the deciding words were found, when a single place decided it. */
  start?: number;
  end?: number;
}

/** Classifies a letter by its subject line, anything else by its title, then by which type's vocabulary dominates the opening text. */
export function classifyDocument(title: { value: string; start?: number; end?: number }, flat: string, isLetter: boolean): TypeMatch {
  const rules = isLetter ? LETTER_SUBJECT_RULES : TITLE_RULES;
  const byTitle = rules.find(([, pattern]) => pattern.test(title.value));
  if (byTitle) return { type: byTitle[0], start: title.start, end: title.end };
  if (isLetter) return { type: "Letter", start: title.start, end: title.end };

  const body = flat.slice(0, BODY_WINDOW);
  const scored = BODY_SIGNALS.map(([type, pattern]) => ({ type, hits: [...body.matchAll(pattern)] })).sort((a, b) => b.hits.length - a.hits.length);
  const best = scored[0];
  if (best.hits.length < MIN_BODY_SIGNALS) return { type: "Other" };
  const first = best.hits[0];
  return { type: best.type, start: first.index, end: first.index + first[0].length };
}
