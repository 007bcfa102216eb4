import JSZip from "jszip";
import mammoth from "mammoth";
import { docxHtmlToText } from "./docx-html-text";
import { errorMessage } from "./read-input";
import { capText, countAlphanumerics, normalizeText } from "./normalize-text";
import type { ExtractionLimits, TextExtraction } from "./types";

const MAIN_PART = "word/document.xml";

/** Reads a DOCX's body text with mammoth (tables row by row); page count comes from the count Word stores in docProps/app.xml. */
export async function extractDocxText(bytes: Uint8Array, limits: ExtractionLimits): Promise<TextExtraction> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { status: "failed", reason: `The file is not a readable Word document (damaged or incomplete): ${errorMessage(error)}` };
  }
  const main = zip.file(MAIN_PART);
  if (!main) return { status: "failed", reason: "The file is a zip archive but not a Word document (it has no word/document.xml)." };

  try {
    if (!(await inflatesWithin(main, limits.maxDocxXmlBytes))) {
      return { status: "failed", reason: "The Word document expands to more text than Ferry reads for insights." };
    }
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const { text, truncated } = capText(normalizeText(docxHtmlToText(html)), limits.maxTextChars);
    if (countAlphanumerics(text) === 0) return { status: "no_text", reason: "The Word document contains no text." };
    return { status: "ok", text, pages: [text], pageCount: await storedPageCount(zip), truncated };
  } catch (error) {
    return { status: "failed", reason: `The Word document could not be read: ${errorMessage(error)}` };
  }
}

/**
 * Streams the part through the inflater and stops as soon as it passes the cap, so a zip bomb is
 * never held in memory. (JSZip's stream is an old-style Readable: events, not async iteration.)
 */
function inflatesWithin(entry: JSZip.JSZipObject, maxBytes: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        stream.pause();
        stream.removeAllListeners("data");
        resolve(false);
      }
    });
    stream.on("error", reject);
    stream.on("end", () => resolve(true));
  });
}

/** Word records the page count when it saves; other writers may leave it out, and then it is unknown. */
async function storedPageCount(zip: JSZip): Promise<number | undefined> {
  const appXml = await zip.file("docProps/app.xml")?.async("string");
  const pages = appXml?.match(/<Pages>\s*(\d+)\s*<\/Pages>/)?.[1];
  const count = pages === undefined ? NaN : Number(pages);
  return Number.isInteger(count) && count > 0 ? count : undefined;
}
