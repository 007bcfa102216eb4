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
 * Held-back set v6 (72 documents, written by a helper that read only the truth format, the scorer and the
 * list of document types — never the rules — and never ran the extractor; committed before it was first
 * scored), measurement 1, after tuning round 4 (on the former held-back v5, whose misses were looked at):
 * title 91.7%, type 93.1%, parties 83.3% (F1 0.934), law 97.2%, effective 91.7%, expiry 75.0%, term 90.3%,
 * renewal 100%, amends 95.8%, pages 100%, words 100%. Its author derives every expiry as the anniversary
 * of the effective date, where Ferry ends a term that counts its first day ("commencing on") the day
 * before (docs/insights.md), so some expiry misses are that convention. v5's two measurements are in
 * docs/insights.md; v5 is tuning data now.
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = {
  title: 66 / 72,
  documentType: 67 / 72,
  parties: 60 / 72,
  effectiveDate: 66 / 72,
  expiryDate: 54 / 72,
  term: 65 / 72,
};
const BELOW_TARGET_PARTIES_F1: number | undefined = 0.93;

const HELD_BACK = EVALUATION_SETS.filter((set) => set.role === "held-back");

/**
 * Held-back set v6, written and committed before it was ever scored: only the aggregate is printed and
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
