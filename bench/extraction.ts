import { analyzeDocument } from "../lib/insights/analyze-document";
import { corpusSpecs } from "../test/insights-corpus/corpus";
import { EVALUATION_SETS, scoreDocuments } from "../test/insights-corpus/evaluation";
import { renderSpec } from "../test/insights-corpus/render";
import { SCORED_FIELDS, summarise } from "../test/insights-corpus/unseen/score";

/**
 * `extract_docs_per_s` for `npm run bench`: text and fields of the generated PDF/DOCX contract
 * corpus, rendered first (not timed), then analysed one after another as the extraction job does.
 * Before timing, prints each evaluation set's accuracy per field, labelled tuning or held-back.
 */
export async function benchExtraction({ rounds = 3 } = {}): Promise<{ extract_docs_per_s: number; docs: number }> {
  await printAccuracy();
  const documents = await Promise.all(corpusSpecs().map(renderSpec));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const doc of documents) {
      await analyzeDocument({ bytes: doc.bytes, mediaType: doc.mediaType, filename: doc.spec.filename, size: doc.bytes.byteLength });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const docs = documents.length * rounds;
  return { extract_docs_per_s: Math.round((docs / seconds) * 10) / 10, docs };
}

/** One row per evaluation set (docs/insights.md, "Evaluation"): the rules were tuned on "tuning" sets, never on "held-back" ones. */
async function printAccuracy() {
  const rows = [];
  for (const set of EVALUATION_SETS) {
    const summary = summarise(await scoreDocuments(set.documents));
    const perField = Object.fromEntries(SCORED_FIELDS.map((key) => [key, `${(100 * summary.perField[key]).toFixed(1)}%`]));
    rows.push({ set: set.name, role: set.role, documents: summary.documents, partiesF1: summary.partiesF1.toFixed(3), ...perField });
  }
  console.error("[bench] extraction accuracy per evaluation set:");
  console.table(rows);
}
