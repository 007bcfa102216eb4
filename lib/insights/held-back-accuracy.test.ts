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
 * Only its aggregate has been printed, fourteen times: after round 5 (tuned on the former held-back v6),
 * after rounds 6, 7 and 8 (tuned on sets v8–v11, written from the same brief), after rounds 9–11 (v12,
 * v13), after round 12 (v14, and every tuning document as a PDF at other margins), after round 13 (v15)
 * and after round 14 (v16), after round 15 was begun and finished on v17 (unchanged), after round 16 (v19)
 * after round 17 (v20), and twice during round 18 (v21; the second moved term to 90.6%). Measurement 12: title 98.4%, type 96.9%, parties 95.3% (F1 0.982), law 100%,
 * effective 96.9%, expiry 89.1%, term 89.1%, renewal 96.9%, amends 100%, pages 100%, words 100%
 * (docs/insights.md, "Scores").
 *
 * Held-back set v18 (64 documents by eight other helpers from the same brief, with no emphasis, written
 * after round 15 and committed before it was first scored). Measurement 1, after round 15: title 98.4%, type
 * 93.8%, parties 90.6% (F1 0.965), law 100%, effective 95.3%, expiry 92.2%, term 92.2%, renewal 96.9%,
 * amends 100%, pages 100%, words 100%. Measurement 2, after round 16 (tuned on v19): type 96.9%, parties
 * 92.2% (F1 0.972), expiry 96.9%, term 95.3%, renewal 98.4%, the rest unchanged. Measurement 3, after round
 * 17 (v20): effective 96.9%, expiry 98.4%, parties still 92.2%. Measurement 4, after round 18 was begun (v21):
 * title 100%, parties still 92.2%; a fifth, later in round 18, the same. Measurement 11, after round 22 (v26):
 * type 96.9%, parties 96.9% (F1 0.986), effective 96.9%, expiry 98.4%, term 95.3%, the rest 98.4–100%: the
 * target on every field, though v18, measured eleven times, is no longer a clean figure.
 *
 * Held-back set v24 (64 documents by eight more helpers from v18's brief, written after round 20, committed
 * before it was first scored). Measurement 1 (round 20) and 2 (round 21): parties 90.6% (F1 0.932),
 * effective 93.8%, type 95.3%, the rest 100%. Measurement 3, after round 22 (tuned on v26, written from the
 * same brief with no emphasis): effective 98.4%, parties still 90.6% (F1 0.932). Measurement 4, after round
 * 23 (v27): parties 90.6% (F1 0.935). Measurement 5, after round 24 (v28): parties 93.8% (F1 0.978), type
 * 95.3%, effective 98.4%, the rest 100%: the target on every field but parties as an exact set (60 of 64).
 * v7 in the same run (measured more than twenty times): expiry 90.6%, term 92.2%.
 */
const BELOW_TARGET: Record<string, { fields: Partial<Record<(typeof SCORED_FIELDS)[number], number>>; partiesF1?: number }> = {
  "held-back v7": { fields: { expiryDate: 58 / 64, term: 59 / 64 } },
  "held-back v24": { fields: { parties: 60 / 64 } },
};

const HELD_BACK = EVALUATION_SETS.filter((set) => set.role === "held-back");

/**
 * The held-back sets, each written and committed before it was ever scored: only their aggregates are
 * printed and asserted, never a document's result.
 */
describe("field extraction on the held-back sets", () => {
  const scores = new Map<string, ScoredDocument[]>();

  beforeAll(async () => {
    for (const set of HELD_BACK) scores.set(set.name, await scoreDocuments(set.documents));
  });

  it("has at least 40 documents per set in PDF, DOCX and TXT, each read", () => {
    for (const set of scores.values()) {
      expect(set.length).toBeGreaterThanOrEqual(40);
      for (const format of ["pdf", "docx", "txt"]) expect(set.filter((s) => s.format === format).length).toBeGreaterThanOrEqual(12);
      expect(set.filter((s) => s.extractionStatus !== "ok").length).toBe(0);
    }
  });

  it.each(HELD_BACK.map((set) => set.name))("meets the target on every field of %s where it is met, and is no less than measured where it is not", (name) => {
    const summary = summarise(scores.get(name) ?? []);
    printSummary(`Held-back: ${name}`, summary);
    const floors = BELOW_TARGET[name];
    for (const key of SCORED_FIELDS) expect(summary.perField[key], `${name} ${key}`).toBeGreaterThanOrEqual(floors?.fields[key] ?? TARGET);
    expect(summary.partiesF1, `${name} parties F1`).toBeGreaterThanOrEqual(floors?.partiesF1 ?? TARGET_PARTIES_F1);
  });

  it("bears out the accuracy Insights shows for each confidence level", () => {
    const all = [...scores.values()].flat();
    for (const level of FIELD_CONFIDENCES) {
      const fields = all.flatMap((s) => s.confidence.filter((c) => c.level === level));
      expect(fields.filter((c) => c.ok).length / fields.length, `${level}-confidence values right`).toBeGreaterThanOrEqual(CONFIDENCE_ACCURACY[level]);
    }
  });
});
