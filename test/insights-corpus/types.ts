/** What a corpus document must yield. Absent optional fields mean "the document does not state it". */
export interface ExpectedFields {
  title: string;
  documentType: string;
  parties: string[];
  governingLaw?: string;
  effectiveDate?: string;
  expiryDate?: string;
  term?: string;
}

export type Block =
  | { kind: "title" | "heading" | "paragraph" | "line"; text: string }
  | { kind: "gap" }
  | { kind: "pageBreak" };

export interface CorpusSpec {
  id: string;
  format: "pdf" | "docx";
  filename: string;
  blocks: Block[];
  expected: ExpectedFields;
  /** PDF only: print "Page n of m" at the foot of every page, as many firms do. */
  pageFooters?: boolean;
  /** DOCX only: the page count Word would store in docProps/app.xml; absent means the writer left it out. */
  storedPageCount?: number;
}
