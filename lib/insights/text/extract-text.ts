import { detectFormat } from "./detect-format";
import { extractDocxText } from "./docx-text";
import { extractPdfText } from "./pdf-text";
import { extractPlainText } from "./plain-text";
import { errorMessage, readInputBytes } from "./read-input";
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits, type ExtractTextInput, type TextExtraction } from "./types";

/**
 * Reads the text of a PDF, DOCX or plain-text file. Never throws: every problem (empty, damaged,
 * password-protected, unsupported, too large) comes back as a status with a reason a user can act on.
 */
export async function extractText(input: ExtractTextInput, limits: Partial<ExtractionLimits> = {}): Promise<TextExtraction> {
  const bounds = { ...DEFAULT_EXTRACTION_LIMITS, ...limits };
  try {
    const read = await readInputBytes(input.bytes, bounds.maxInputBytes);
    if (!read.ok) return { status: "failed", reason: read.reason };
    if (read.bytes.byteLength === 0) return { status: "no_text", reason: "The file is empty (0 bytes)." };

    const detected = detectFormat(read.bytes, input.mediaType, input.filename);
    if (detected.format === null) return { status: detected.status, reason: detected.reason };
    switch (detected.format) {
      case "pdf":
        return await extractPdfText(read.bytes, bounds);
      case "docx":
        return await extractDocxText(read.bytes, bounds);
      case "text":
        return extractPlainText(read.bytes, bounds);
    }
  } catch (error) {
    return { status: "failed", reason: `Text extraction failed unexpectedly: ${errorMessage(error)}` };
  }
}
