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
 * Measurement 1 (after tuning round 1 on the v2 set and tuning v3; the first time this set was scored):
 * title 95.2%, type 88.1%, parties 76.2% (F1 0.890), law 100%, effective 92.9%, expiry 81.0%, term
 * 90.5%, renewal 100%, amends 92.9%, pages 100%, words 100%. Its misses by category (docs/insights.md)
 * led to tuning set v4 and the second, last round, tuned on v4 only.
 *
 * Measurement 2 (after round 2; optimistic, since round 2 was written knowing measurement 1's classes
 * of miss): every field ≥ 95% but parties 88.1% (F1 0.955). Misses left, by category:
 * - parties (5): a postcode line taken as a party ("Mumbai 400050"); a statute's tail ("Act 1994 and")
 *   kept as a name; a grant's "Grantor:"/"Grantee:" lines and a schedule row "Item 1 – Parties" with
 *   two names not read; a letterhead's second line ("Advocates & Solicitors") taken for the addressee.
 * - documentType, expiryDate (1 each): a Scots "Minute of Agreement" typed Other, its "period from X to
 *   Y" not read as its end.
 * - amends (2, at target): a defined term preferred to the described document; "and" in a name.
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = { parties: 37 / 42 };
const BELOW_TARGET_PARTIES_F1: number | undefined = undefined;

const HELD_BACK = EVALUATION_SETS.filter((set) => set.role === "held-back");

/**
 * Held-back set v3, written and committed before the rules were tuned for it: only the aggregate is
 * printed and asserted, never a document's result.
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
