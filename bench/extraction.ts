import { analyzeDocument } from "../lib/insights/analyze-document";
import { corpusSpecs } from "../test/insights-corpus/corpus";
import { renderSpec } from "../test/insights-corpus/render";

/**
 * `extract_docs_per_s` for `npm run bench`: text and fields of the generated PDF/DOCX contract
 * corpus, rendered first (not timed), then analysed one after another as the extraction job does.
 */
export async function benchExtraction({ rounds = 3 } = {}): Promise<{ extract_docs_per_s: number; docs: number }> {
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
