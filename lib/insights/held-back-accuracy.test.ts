import { beforeAll, describe, expect, it } from "vitest";
import { EVALUATION_SETS, scoreDocuments, type ScoredDocument } from "@/test/insights-corpus/evaluation";
import { printSummary, SCORED_FIELDS, summarise } from "@/test/insights-corpus/unseen/score";

/** The target for every field of the held-back set (issue 15). */
const TARGET = 0.95;
const TARGET_PARTIES_F1 = 0.95;
/**
 * Fields whose held-back score is below the target: floors at the measured score, never above, so they
 * can only go up. Raise a floor only after tuning on new tuning documents, never on these.
 *
 * Measurement 1 (after tuning round 1, the first time this set was scored), misses by category:
 * - parties (10 documents): Indian "hereinafter called … of the One Part" with "Mr."/"M/s."; roles
 *   outside the role vocabulary ("Principal", "Grantor"/"Grantee"); two parties in one schedule row
 *   joined by "and"; "BETWEEN:"/"AND:" lines with the role on the next line; a grantor after "that I,";
 *   a letterhead's second line ("Advocates & Solicitors") taken for the addressee; unquoted one-word
 *   terms "(City)"; the company itself dropped from a schedule of parties.
 * - documentType (5): titles whose kind is not in the vocabulary ("Master Staffing Agreement",
 *   "Minute of Agreement", "Order Form"), a section heading taken for the title, "Supplementary
 *   Agreement" read by its body as a loan.
 * - term / expiryDate (4 / 8): "valid for a period of two (2) years therefrom", "remains in effect for
 *   two (2) years from", "Subscription Term" and "Grant Period" rows, "from X to Y" contract periods,
 *   "extend the Term through", "expiration date … extended to", "an indeterminate term".
 * - effectiveDate (3): a start in "from <date> for a period of", a period row's start, another
 *   agreement's date chosen over "made at Pune on 10.10.2024".
 * - amends (3): "and" inside a document's name, a defined term preferred to the described document,
 *   an amendment not typed as one.
 * - title (2, still at target): "Sub:" kept in a subject; a section heading chosen over a long title.
 */
const BELOW_TARGET: Partial<Record<(typeof SCORED_FIELDS)[number], number>> = {
  documentType: 37 / 42,
  parties: 32 / 42,
  effectiveDate: 39 / 42,
  expiryDate: 34 / 42,
  term: 38 / 42,
  amends: 39 / 42,
};
const BELOW_TARGET_PARTIES_F1: number | undefined = 0.89;

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
});
