import type { ExtractedField } from "@/lib/insights";
import type { RenderedUnseen } from "./render-unseen";

export const SCORED_FIELDS = ["title", "documentType", "parties", "governingLaw", "effectiveDate", "expiryDate", "term", "renewal", "amends", "pageCount", "wordCount"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface UnseenScore {
  id: string;
  documentType: string;
  format: string;
  results: Record<ScoredField, { ok: boolean; expected: unknown; actual: unknown }>;
  /** Parties found that are in the truth, found in all, and in the truth: for precision and recall. */
  parties: { matched: number; found: number; expected: number };
  /** Each scored extracted field's confidence with whether it was right, for calibration. */
  confidence: { level: string; ok: boolean }[];
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?\s+/i;
/** Case, punctuation, accents and honorifics do not matter to a reader ("Mr. Robert Tan" is "Robert Tan", "Kōwhai" is "Kowhai"). */
export const simplify = (value: unknown) =>
  String(value ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(HONORIFIC, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function scoreUnseen(rendered: RenderedUnseen, fields: ExtractedField[]): UnseenScore {
  const { truth } = rendered.doc;
  const field = (key: string) => fields.find((f) => f.key === key);
  const value = (key: string) => field(key)?.value;
  const same = (key: ScoredField, expected: unknown, textual = false) => {
    const actual = value(key);
    const ok = expected === undefined ? actual === undefined : textual ? simplify(actual) === simplify(expected) : actual === expected;
    return { ok, expected, actual };
  };

  const found = ((value("parties") as string[] | undefined) ?? []).map(simplify);
  const expected = truth.parties.map(simplify);
  const matched = expected.filter((p) => found.includes(p)).length;

  // Page count: what the PDF has or the DOCX records; a DOCX that records none must come back marked
  // as an estimate (docs/insights.md says why); plain text has no pages.
  const pages = field("pageCount");
  const pageOk =
    rendered.doc.format === "docx" && rendered.pageCount === undefined ? pages?.estimate === true && typeof pages.value === "number" : pages?.value === rendered.pageCount && !pages?.estimate;
  const words = value("wordCount") as number | undefined;

  const results: UnseenScore["results"] = {
    title: same("title", truth.title, true),
    documentType: same("documentType", truth.documentType),
    parties: { ok: matched === expected.length && found.length === expected.length, expected: truth.parties, actual: value("parties") },
    governingLaw: same("governingLaw", truth.governingLaw),
    effectiveDate: same("effectiveDate", truth.effectiveDate),
    expiryDate: same("expiryDate", truth.expiryDate),
    term: same("term", truth.term),
    renewal: same("renewal", truth.renewal),
    amends: same("amends", truth.amends, true),
    pageCount: { ok: pageOk, expected: rendered.pageCount ?? (rendered.doc.format === "docx" ? "estimate" : undefined), actual: pages && { value: pages.value, estimate: pages.estimate } },
    wordCount: { ok: words !== undefined && Math.abs(words - rendered.wordCount) <= rendered.wordCount * 0.02, expected: rendered.wordCount, actual: words },
  };
  const confidence = SCORED_FIELDS.flatMap((key) => {
    const f = field(key);
    return f?.confidence ? [{ level: f.confidence, ok: results[key].ok }] : [];
  });
  return { id: rendered.doc.id, documentType: truth.documentType, format: rendered.doc.format, results, parties: { matched, found: found.length, expected: expected.length }, confidence };
}

export interface Summary {
  documents: number;
  perField: Record<ScoredField, number>;
  partiesF1: number;
  perType: { type: string; documents: number; fieldsRight: string }[];
  perFormat: { format: string; documents: number; fieldsRight: string }[];
  calibration: { level: string; fields: number; right: string }[];
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

export function summarise(scores: UnseenScore[]): Summary {
  const perField = Object.fromEntries(SCORED_FIELDS.map((key) => [key, scores.filter((s) => s.results[key].ok).length / scores.length])) as Record<ScoredField, number>;
  const matched = scores.reduce((n, s) => n + s.parties.matched, 0);
  const precision = matched / Math.max(1, scores.reduce((n, s) => n + s.parties.found, 0));
  const recall = matched / Math.max(1, scores.reduce((n, s) => n + s.parties.expected, 0));
  const group = (by: (s: UnseenScore) => string) =>
    [...new Set(scores.map(by))].sort().map((key) => {
      const members = scores.filter((s) => by(s) === key);
      const right = members.reduce((n, s) => n + SCORED_FIELDS.filter((f) => s.results[f].ok).length, 0);
      return { key, documents: members.length, fieldsRight: pct(right / (members.length * SCORED_FIELDS.length)) };
    });
  const levels = [...new Set(scores.flatMap((s) => s.confidence.map((c) => c.level)))].sort();
  return {
    documents: scores.length,
    perField,
    partiesF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    perType: group((s) => s.documentType).map(({ key, ...rest }) => ({ type: key, ...rest })),
    perFormat: group((s) => s.format).map(({ key, ...rest }) => ({ format: key, ...rest })),
    calibration: levels.map((level) => {
      const all = scores.flatMap((s) => s.confidence.filter((c) => c.level === level));
      return { level, fields: all.length, right: pct(all.filter((c) => c.ok).length / all.length) };
    }),
  };
}

export function printSummary(label: string, summary: Summary) {
  console.log(`${label}: ${summary.documents} documents; parties F1 ${summary.partiesF1.toFixed(3)}`);
  console.table(Object.fromEntries(Object.entries(summary.perField).map(([key, value]) => [key, pct(value)])));
  console.table(summary.perType);
  console.table(summary.perFormat);
  console.table(summary.calibration);
}
