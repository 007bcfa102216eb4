import { beforeAll, describe, expect, it } from "vitest";
import { EVALUATION_SETS, scoreDocuments, type ScoredDocument } from "@/test/insights-corpus/evaluation";
import { printSummary, SCORED_FIELDS, summarise } from "@/test/insights-corpus/unseen/score";
import { CONFIDENCE_ACCURACY } from "./confidence";
import { FIELD_CONFIDENCES } from "./fields/types";

/** The target for every field of the held-back set (issue 15). */
const TARGET = 0.95;
const TARGET_PARTIES_F1 = 0.95;
/**
 * Fields whose held-back score is below the target: floors at the measured score, never above, so they
 * can only go up. Raise a floor only after tuning on new tuning documents, never on these.
 *
 * Held-back set v5 (56 documents, written by a helper that never read the rules nor ran the extractor),
 * measurement 1, after tuning rounds 1 and 2 (v2, v3 and v4 sets), its first scoring: title 96.4%,
 * type 91.1%, parties 75.0% (F1 0.906), law 98.2%, effective 78.6%, expiry 71.4%, term 89.3%, renewal
 * 100%, amends 96.4%, pages 100%, words 100%. Its author derives an expiry as the anniversary of the
 * effective date; Ferry takes the day before it unless the text says "after" (docs/insights.md), so
 * some derived-expiry misses are that convention, not a misreading. Set v3's two measurements are in
 * docs/insights.md; v3 is tuning data now.
 *
 * Measurement 2, after tuning round 3 (on the former held-back v3 only; nothing of v5 was looked at but
 * its aggregate): parties 78.6% (F1 0.918), high-confidence values right 93.4%; every other field as in
 * measurement 1. The floors are these.
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = {
  documentType: 51 / 56,
  parties: 44 / 56,
  effectiveDate: 44 / 56,
  expiryDate: 40 / 56,
  term: 50 / 56,
};
const BELOW_TARGET_PARTIES_F1: number | undefined = 0.915;

const HELD_BACK = EVALUATION_SETS.filter((set) => set.role === "held-back");

/**
 * Held-back set v5, written and committed before it was ever scored: only the aggregate is printed and
 * asserted, never a document's result.
 */
describe("field extraction on the held-back set", () => {
  let scores: ScoredDocument[] = [];

  beforeAll(async () => {
    scores = (await Promise.all(HELD_BACK.map((set) => scoreDocuments(set.documents)))).flat();
  });

  it("has at least 40 documents in PDF, DOCX and TXT, each read", () => {
    expect(scores.length).toBeGreaterThanOrEqual(40);
    for (const format of ["pdf", "docx", "txt"]) expect(scores.filter((s) => s.format === format).length).toBeGreaterThanOrEqual(12);
    expect(scores.filter((s) => s.extractionStatus !== "ok").length).toBe(0);
  });

  it("scores at least 95% on every field where the target is met, and no less than measured where it is not", () => {
    const summary = summarise(scores);
    printSummary(`Held-back: ${HELD_BACK.map((set) => set.name).join(", ")}`, summary);
    for (const key of SCORED_FIELDS) expect(summary.perField[key], `held-back ${key}`).toBeGreaterThanOrEqual(BELOW_TARGET[key] ?? TARGET);
    expect(summary.partiesF1).toBeGreaterThanOrEqual(BELOW_TARGET_PARTIES_F1 ?? TARGET_PARTIES_F1);
  });

  it("bears out the accuracy Insights shows for each confidence level", () => {
    for (const level of FIELD_CONFIDENCES) {
      const fields = scores.flatMap((s) => s.confidence.filter((c) => c.level === level));
      expect(fields.filter((c) => c.ok).length / fields.length, `${level}-confidence values right`).toBeGreaterThanOrEqual(CONFIDENCE_ACCURACY[level]);
    }
  });
});
