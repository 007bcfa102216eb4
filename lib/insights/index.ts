export { extractText } from "./text/extract-text";
export { DEFAULT_EXTRACTION_LIMITS } from "./text/types";
export type { DocumentBytes, ExtractionLimits, ExtractTextInput, TextExtraction, TextExtractionFailure } from "./text/types";

export { ruleBasedExtractor } from "./fields/rule-based-extractor";
export type { ExtractedField, ExtractedFieldKey, ExtractedFieldValue, Extractor, ExtractorDocument } from "./fields/types";

export { analyzeDocument } from "./analyze-document";
export type { DocumentAnalysis } from "./analyze-document";

export { DOCUMENT_SOURCES, DOCUMENT_TYPES, getInsightField, INSIGHT_FIELDS } from "./catalogue";
export type { DocumentType, FileFactKey, InsightFieldDefinition, InsightFieldKey, InsightFieldType } from "./catalogue";

export { canMapFieldToColumn, suggestColumnForField, suggestMapping } from "./mapping/column-mapping";
export type { MappingCheck, SheetColumn } from "./mapping/column-mapping";
export { normalizeColumnType, SHEET_COLUMN_TYPES } from "./mapping/column-types";
export type { SheetColumnTypeAlias } from "./mapping/column-types";
