import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "./analyze-document";
import { HELD_BACK_DOCUMENTS, TUNING_DOCUMENTS, UNSEEN_DOCUMENTS } from "@/test/insights-corpus/unseen";
import { renderUnseen } from "@/test/insights-corpus/unseen/render-unseen";
import { printSummary, SCORED_FIELDS, scoreUnseen, summarise, type UnseenScore } from "@/test/insights-corpus/unseen/score";
import type { UnseenDocument } from "@/test/insights-corpus/unseen/types";

/** The target for every field of the held-back half (issue 15). */
const TARGET = 0.95;
/**
 * Fields whose held-back score is still below the target (docs/insights.md, "Evaluation"): floors at
 * the last measured score, so they can only go up. Raise a floor to TARGET and drop it from here
 * once a new tuning set lifts the field; never tune on the held-back half to get there.
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = { parties: 27 / 31, effectiveDate: 29 / 31, expiryDate: 28 / 31, amends: 29 / 31 };
const BELOW_TARGET_PARTIES_F1 = 0.93;

async function scoreAll(documents: UnseenDocument[]): Promise<UnseenScore[]> {
  const scores: UnseenScore[] = [];
  for (const doc of documents) {
    const rendered = await renderUnseen(doc);
    const analysis = await analyzeDocument({ bytes: rendered.bytes, mediaType: rendered.mediaType, filename: rendered.filename, size: rendered.bytes.byteLength });
    expect(analysis.extraction.status, `${doc.id} text extraction`).toBe("ok");
    scores.push(scoreUnseen(rendered, analysis.fields));
  }
  return scores;
}

/**
 * The honest measure (docs/insights.md, "Evaluation"): documents written independently of the rules,
 * split once into a tuning half, whose misses are printed to work from, and a held-back half, of which
 * only the aggregate is printed and asserted.
 */
describe("field extraction on the unseen set", () => {
  let tuning: UnseenScore[] = [];
  let heldBack: UnseenScore[] = [];

  beforeAll(async () => {
    tuning = await scoreAll(TUNING_DOCUMENTS);
    heldBack = await scoreAll(HELD_BACK_DOCUMENTS);
  });

  it("has at least 60 documents in PDF, DOCX and TXT, split into two halves", () => {
    expect(UNSEEN_DOCUMENTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(UNSEEN_DOCUMENTS.map((d) => d.id)).size).toBe(UNSEEN_DOCUMENTS.length);
    for (const format of ["pdf", "docx", "txt"]) expect(UNSEEN_DOCUMENTS.filter((d) => d.format === format).length).toBeGreaterThanOrEqual(15);
    expect(Math.abs(TUNING_DOCUMENTS.length - HELD_BACK_DOCUMENTS.length)).toBeLessThanOrEqual(1);
  });

  it("prints the tuning half with its misses", () => {
    printSummary("Tuning half", summarise(tuning));
    const misses = tuning.flatMap((s) =>
      SCORED_FIELDS.filter((f) => !s.results[f].ok).map((f) => `${s.id} ${f}: expected ${JSON.stringify(s.results[f].expected)}, got ${JSON.stringify(s.results[f].actual)}`),
    );
    console.log(`Tuning misses (${misses.length}):\n${misses.join("\n")}`);
    expect(tuning.length).toBe(TUNING_DOCUMENTS.length);
  });

  it("scores at least 95% on the held-back half where the target is met, and no less than last measured where it is not", () => {
    const summary = summarise(heldBack);
    printSummary("Held-back half", summary);
    for (const key of SCORED_FIELDS) expect(summary.perField[key], `held-back ${key}`).toBeGreaterThanOrEqual(BELOW_TARGET[key] ?? TARGET);
    expect(summary.partiesF1).toBeGreaterThanOrEqual(BELOW_TARGET_PARTIES_F1);
  });
});
