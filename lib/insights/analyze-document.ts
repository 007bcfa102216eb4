import { ruleBasedExtractor } from "./fields/rule-based-extractor";
import type { ExtractedField, Extractor } from "./fields/types";
import { extractText } from "./text/extract-text";
import type { ExtractionLimits, ExtractTextInput, TextExtraction } from "./text/types";

export interface DocumentAnalysis {
  extraction: TextExtraction;
  /** Empty unless the text was read (extraction.status === "ok"). */
  fields: ExtractedField[];
  extractor: string;
}

/** Text then fields for one document version: what the background extraction job stores. */
export async function analyzeDocument(
  input: ExtractTextInput & { size: number },
  options: { extractor?: Extractor; limits?: Partial<ExtractionLimits> } = {},
): Promise<DocumentAnalysis> {
  const extractor = options.extractor ?? ruleBasedExtractor;
  const extraction = await extractText(input, options.limits);
  if (extraction.status !== "ok") return { extraction, fields: [], extractor: extractor.name };
  const fields = await extractor.extract({
    text: extraction.text,
    pages: extraction.pages,
    pageCount: extraction.pageCount,
    filename: input.filename,
    mediaType: input.mediaType,
    size: input.size,
  });
  return { extraction, fields, extractor: extractor.name };
}
