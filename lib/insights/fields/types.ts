export type ExtractedFieldKey =
  | "title"
  | "documentType"
  | "parties"
  | "governingLaw"
  | "effectiveDate"
  | "expiryDate"
  | "term"
  | "renewal"
  | "amends"
  | "pageCount"
  | "wordCount";

export type ExtractedFieldValue = string | number | string[];

/** One field found in a document, with where it was found so a user can check it. */
export interface ExtractedField {
  key: ExtractedFieldKey;
  /** Dates are ISO `yyyy-mm-dd`; `parties` is a list; counts are numbers. */
  value: ExtractedFieldValue;
  /** 1-based page, when the format has real pages (PDF). */
  page?: number;
  /** Up to ~200 characters of the text around the match. */
  snippet?: string;
  /** How sure the extractor is (docs/insights.md, "Confidence"); reports can leave "low" values blank. */
  confidence?: FieldConfidence;
  /** The value is estimated rather than read (a DOCX page count without page metadata). */
  estimate?: boolean;
}

export const FIELD_CONFIDENCES = ["high", "medium", "low"] as const;
export type FieldConfidence = (typeof FIELD_CONFIDENCES)[number];

export interface ExtractorDocument {
  text: string;
  /** Per page where known (PDF); otherwise one entry holding the whole text. */
  pages: string[];
  filename: string;
  mediaType: string;
  size: number;
  pageCount?: number;
}

/** Turns a document's text into fields. Rule-based today; a model-backed one can sit behind the same interface. */
export interface Extractor {
  readonly name: string;
  extract(doc: ExtractorDocument): Promise<ExtractedField[]>;
}
