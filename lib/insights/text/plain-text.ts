import { capText, countAlphanumerics, normalizeText } from "./normalize-text";
import type { ExtractionLimits, TextExtraction } from "./types";

/** Decodes plain text, Markdown or CSV: BOM-marked UTF-16, else UTF-8, else Windows-1252 (common for old exports). */
export function extractPlainText(bytes: Uint8Array, limits: ExtractionLimits): TextExtraction {
  if (bytes.subarray(0, 8192).includes(0) && !hasUtf16Bom(bytes)) {
    return { status: "failed", reason: "The file is declared as text but contains binary data." };
  }
  const { text, truncated } = capText(normalizeText(decode(bytes)), limits.maxTextChars);
  if (countAlphanumerics(text) === 0) return { status: "no_text", reason: "The file contains no text." };
  return { status: "ok", text, pages: [text], truncated };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
