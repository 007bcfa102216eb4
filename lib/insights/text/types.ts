/** Outcome of reading a document's text. `pages` holds one entry per page where the format knows pages (PDF); otherwise a single entry. */
export type TextExtraction =
  | {
      status: "ok";
      text: string;
      pages: string[];
      /** Total pages of the document when the format records it (PDF; DOCX saved by Word). */
      pageCount?: number;
      /** True when a limit cut the text short (see ExtractionLimits). */
      truncated: boolean;
    }
  | { status: "no_text" | "encrypted" | "unsupported" | "failed"; reason: string };

export type TextExtractionFailure = Exclude<TextExtraction, { status: "ok" }>;

export type DocumentBytes = Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array | string>;

export interface ExtractTextInput {
  /** Whole file or a stream of chunks (a Node Readable is an AsyncIterable). */
  bytes: DocumentBytes;
  mediaType: string;
  filename: string;
}

/** Bounds so one hostile or huge file cannot exhaust memory or hold a worker forever. */
export interface ExtractionLimits {
  maxInputBytes: number;
  maxPages: number;
  maxTextChars: number;
  /** Uncompressed size cap for a DOCX's main XML part (zip bombs). */
  maxDocxXmlBytes: number;
  /** Wall-clock budget checked between pages; the library stops and keeps what it has. */
  timeBudgetMs: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxInputBytes: 200 * 1024 * 1024,
  maxPages: 1000,
  maxTextChars: 2_000_000,
  maxDocxXmlBytes: 64 * 1024 * 1024,
  timeBudgetMs: 120_000,
};
