/**
 * The unseen evaluation set: documents written as different firms would draft them, independently of
 * the extraction rules, each with the answer a legal team would give. Absent optional fields mean
 * "the document does not state it".
 */
export interface UnseenTruth {
  title: string;
  documentType: string;
  /** Organisations and people the document is between (a letter: sender and addressee organisation, else the person). */
  parties: string[];
  governingLaw?: string;
  effectiveDate?: string;
  /** Stated, or derived from the effective date and a stated term. */
  expiryDate?: string;
  /** A stated duration ("2 years", "36 months") or "Until terminated". */
  term?: string;
  /** The period of an automatic renewal, when the document renews itself. */
  renewal?: string;
  /** For an amendment or variation: the title of the document it amends. */
  amends?: string;
}

/**
 * Source text, one line per paragraph. `# ` starts a title or heading line, `| a | b |` is a table
 * row (a real table in DOCX, columns in PDF, tab-separated in TXT), a line `===` is a page break.
 */
export interface UnseenDocument {
  id: string;
  format: "pdf" | "docx" | "txt";
  source: string;
  truth: UnseenTruth;
  /** DOCX only: the page count Word would store; absent means the writer left it out. */
  storedPageCount?: number;
  /** PDF only: "Page n of m" at the foot of each page. */
  pageFooters?: boolean;
  /** PDF only: the page's left and right margin in points (60 unless set), so lines wrap at other words. */
  pdfMargin?: number;
}
