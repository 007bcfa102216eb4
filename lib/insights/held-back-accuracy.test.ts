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
 * Held-back set v7 (64 documents, written by four helpers from one brief, test/insights-corpus/
 * evaluation-brief.md, reading only the truth format, the scorer and the list of document types — never
 * the rules or another set — and never running the extractor; committed before it was first scored).
 * Only its aggregate has been printed, nine times: after round 5 (tuned on the former held-back v6),
 * after rounds 6, 7 and 8 (tuned on sets v8–v11, written from the same brief), after rounds 9–11 (v12,
 * v13), after round 12 (v14, and every tuning document as a PDF at other margins), after round 13 (v15)
 * and after round 14 (v16), then once more after round 15 was begun on v17 (unchanged). Measurement 8: title 98.4%, type 96.9%, parties 93.8% (F1 0.978), law 100%,
 * effective 96.9%, expiry 85.9%, term 85.9%, renewal 96.9%, amends 100%, pages 100%, words 100%
 * (docs/insights.md, "Scores").
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = {
  parties: 60 / 64,
  expiryDate: 55 / 64,
  term: 55 / 64,
};
const BELOW_TARGET_PARTIES_F1: number | undefined = undefined;

const HELD_BACK = EVALUATION_SETS.filter((set) => set.role === "held-back");

/**
 * Held-back set v7, written and committed before it was ever scored: only the aggregate is printed and
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
