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
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252's 0x80–0x9F (curly quotes, dashes, €); Node's "windows-1252" decoder treats them as Latin-1 controls. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}
