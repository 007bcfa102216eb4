import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "./analyze-document";
import type { ExtractedField } from "./fields/types";
import { corpusSpecs } from "@/test/insights-corpus/corpus";
import { renderSpec, type RenderedDocument } from "@/test/insights-corpus/render";

const FIELDS = ["title", "documentType", "parties", "governingLaw", "effectiveDate", "expiryOrTerm", "pageCount", "wordCount"] as const;
type ScoredField = (typeof FIELDS)[number];

interface DocumentScore {
  id: string;
  results: Record<ScoredField, { ok: boolean; expected: unknown; actual: unknown }>;
}

const simplify = (s: string) => s.toLowerCase().replace(/[–—]/g, "-").replace(/[^\p{L}\p{N}-]+/gu, " ").trim();

function score(doc: RenderedDocument, fields: ExtractedField[]): DocumentScore {
  const value = (key: ExtractedField["key"]) => fields.find((f) => f.key === key)?.value;
  const e = doc.spec.expected;
  const parties = (value("parties") as string[] | undefined) ?? [];
  const term = value("term");
  const expiry = value("expiryDate");
  const words = value("wordCount") as number;
  const expiryOrTermOk =
    (e.term === undefined || term === e.term) &&
    (e.expiryDate === undefined || expiry === e.expiryDate) &&
    (e.term !== undefined || e.expiryDate !== undefined || (term === undefined && expiry === undefined));
  return {
    id: doc.spec.id,
    results: {
      title: { ok: simplify(String(value("title"))) === simplify(e.title), expected: e.title, actual: value("title") },
      documentType: { ok: value("documentType") === e.documentType, expected: e.documentType, actual: value("documentType") },
      parties: {
        ok: parties.length === e.parties.length && e.parties.every((p) => parties.some((a) => simplify(a) === simplify(p))),
        expected: e.parties,
        actual: parties,
      },
      governingLaw: { ok: value("governingLaw") === e.governingLaw, expected: e.governingLaw, actual: value("governingLaw") },
      effectiveDate: { ok: value("effectiveDate") === e.effectiveDate, expected: e.effectiveDate, actual: value("effectiveDate") },
      expiryOrTerm: { ok: expiryOrTermOk, expected: { term: e.term, expiry: e.expiryDate }, actual: { term, expiry } },
      // A DOCX that records no page count gets an estimate marked as such (docs/insights.md).
      pageCount:
        doc.spec.format === "docx" && doc.pageCount === undefined
          ? { ok: fields.find((f) => f.key === "pageCount")?.estimate === true, expected: "estimate", actual: value("pageCount") }
          : { ok: value("pageCount") === doc.pageCount, expected: doc.pageCount, actual: value("pageCount") },
      wordCount: { ok: Math.abs(words - doc.wordCount) <= Math.max(3, doc.wordCount * 0.03), expected: doc.wordCount, actual: words },
    },
  };
}

describe("field extraction over a corpus of generated contracts", () => {
  const specs = corpusSpecs();
  const scores: DocumentScore[] = [];
  let documents: RenderedDocument[] = [];

  beforeAll(async () => {
    documents = await Promise.all(specs.map(renderSpec));
    for (const doc of documents) {
      const analysis = await analyzeDocument({ bytes: doc.bytes, mediaType: doc.mediaType, filename: doc.spec.filename, size: doc.bytes.byteLength });
      expect(analysis.extraction.status, `${doc.spec.id} text extraction`).toBe("ok");
      scores.push(score(doc, analysis.fields));
    }
  });

  it("covers at least 50 documents of several types in both PDF and DOCX", () => {
    expect(specs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(specs.map((s) => s.expected.documentType)).size).toBeGreaterThanOrEqual(7);
    expect(specs.filter((s) => s.format === "pdf").length).toBeGreaterThanOrEqual(20);
    expect(specs.filter((s) => s.format === "docx").length).toBeGreaterThanOrEqual(20);
  });

  it("gets at least 90% of fields right overall", () => {
    const rows = FIELDS.map((field) => {
      const right = scores.filter((s) => s.results[field].ok).length;
      return { field, right, total: scores.length, accuracy: `${((100 * right) / scores.length).toFixed(1)}%` };
    });
    const misses = scores.flatMap((s) =>
      FIELDS.filter((f) => !s.results[f].ok).map((f) => `${s.id} ${f}: expected ${JSON.stringify(s.results[f].expected)}, got ${JSON.stringify(s.results[f].actual)}`),
    );
    const right = rows.reduce((sum, r) => sum + r.right, 0);
    const overall = right / (FIELDS.length * scores.length);
    console.log(`Per-field accuracy over ${scores.length} documents:`);
    console.table(rows);
    console.log(`Overall: ${(100 * overall).toFixed(1)}% (${right}/${FIELDS.length * scores.length})`);
    if (misses.length) console.log(`Misses:\n${misses.join("\n")}`);
    expect(overall).toBeGreaterThanOrEqual(0.9);
  });
});
