import type { ExtractedFieldKey } from "./fields/types";

/** How a field's value is shaped; decides which iSheet column types can hold it. */
export type InsightFieldType = "text" | "number" | "date" | "list" | "choice";

export const DOCUMENT_TYPES = [
  "NDA",
  "Services agreement",
  "Licence agreement",
  "Supply agreement",
  "Distribution agreement",
  "Employment agreement",
  "Engagement letter",
  "Lease",
  "Loan agreement",
  "Facility agreement",
  "Guarantee",
  "Security agreement",
  "Share purchase agreement",
  "Share subscription agreement",
  "Asset purchase agreement",
  "Shareholders' agreement",
  "Joint venture agreement",
  "Settlement agreement",
  "Amendment",
  "Power of attorney",
  "Deed",
  "Notice",
  "Letter",
  "Other",
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_SOURCES = ["Upload", "HighQ", "Intralinks"] as const;

/** Facts about the file itself, filled in from the document record rather than its text. */
export type FileFactKey = "fileName" | "fileSize" | "mediaType" | "source" | "remotePath" | "syncedAt" | "version";
export type InsightFieldKey = ExtractedFieldKey | FileFactKey;

export interface InsightFieldDefinition {
  key: InsightFieldKey;
  label: string;
  type: InsightFieldType;
  /** "extracted" from the text by an Extractor; "file" facts come from the document record. */
  origin: "extracted" | "file";
  description: string;
  /** Allowed values of a choice field. */
  choices?: readonly string[];
  /** Other column names that mean this field, for proposing a mapping. */
  synonyms: readonly string[];
}

export const INSIGHT_FIELDS: readonly InsightFieldDefinition[] = [
  { key: "title", label: "Title", type: "text", origin: "extracted", description: "The document's own title or subject line.", synonyms: ["document title", "contract title", "subject"] },
  { key: "documentType", label: "Document type", type: "choice", origin: "extracted", description: "What kind of document it is.", choices: DOCUMENT_TYPES, synonyms: ["type", "doc type", "contract type", "agreement type", "category"] },
  { key: "parties", label: "Parties", type: "list", origin: "extracted", description: "The people and organisations the document is between.", synonyms: ["party", "counterparty", "counterparties", "party names"] },
  { key: "governingLaw", label: "Governing law", type: "text", origin: "extracted", description: "The jurisdiction whose law governs the document.", synonyms: ["jurisdiction", "law", "applicable law", "choice of law"] },
  { key: "effectiveDate", label: "Effective date", type: "date", origin: "extracted", description: "When the document takes effect (or its date).", synonyms: ["start date", "commencement date", "contract date", "agreement date", "date signed", "execution date"] },
  { key: "expiryDate", label: "Expiry date", type: "date", origin: "extracted", description: "When the document ends, as stated or derived from the effective date and term.", synonyms: ["expiration date", "end date", "termination date", "maturity date", "expiry"] },
  { key: "term", label: "Term", type: "text", origin: "extracted", description: "How long the document runs, e.g. \"2 years\", or \"Until terminated\" when it runs until notice.", synonyms: ["duration", "contract term", "length"] },
  { key: "renewal", label: "Renewal", type: "text", origin: "extracted", description: "The period of each automatic renewal, e.g. \"1 year\", when the document renews itself.", synonyms: ["renewal term", "auto renewal", "renewal period", "evergreen"] },
  { key: "amends", label: "Amends", type: "text", origin: "extracted", description: "For an amendment or variation: the document it amends, where stated.", synonyms: ["amended agreement", "original agreement", "varies", "parent agreement"] },
  { key: "pageCount", label: "Page count", type: "number", origin: "extracted", description: "Number of pages, where the format records it.", synonyms: ["pages", "number of pages", "no of pages"] },
  { key: "wordCount", label: "Word count", type: "number", origin: "extracted", description: "Number of words in the text.", synonyms: ["words", "number of words"] },
  { key: "fileName", label: "File name", type: "text", origin: "file", description: "The document's file name.", synonyms: ["name", "filename", "document name", "document"] },
  { key: "fileSize", label: "File size", type: "number", origin: "file", description: "Size of the current version in bytes.", synonyms: ["size", "bytes"] },
  { key: "mediaType", label: "Media type", type: "text", origin: "file", description: "The file's media (MIME) type.", synonyms: ["mime type", "content type", "file type", "format"] },
  { key: "source", label: "Source", type: "choice", origin: "file", description: "Where the document came from.", choices: DOCUMENT_SOURCES, synonyms: ["origin", "system", "source system"] },
  { key: "remotePath", label: "Remote path", type: "text", origin: "file", description: "The folder path at the source it was synced from.", synonyms: ["path", "source path", "location", "folder"] },
  { key: "syncedAt", label: "Synced at", type: "date", origin: "file", description: "When the current version was last synced.", synonyms: ["last synced", "sync date", "synced", "last sync"] },
  { key: "version", label: "Version", type: "number", origin: "file", description: "The local version number.", synonyms: ["version number", "revision"] },
];

export function getInsightField(key: InsightFieldKey): InsightFieldDefinition {
  const field = INSIGHT_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`Unknown insight field: ${key}`);
  return field;
}
