import { getDocumentProxy } from "unpdf";
import { layoutPage } from "./pdf-layout";
import { errorMessage } from "./read-input";
import { countAlphanumerics, MIN_ALPHANUMERICS_PER_PAGE, normalizeText } from "./normalize-text";
import type { ExtractionLimits, TextExtraction } from "./types";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

/** Reads the text layer of a PDF page by page, within the limits. */
export async function extractPdfText(bytes: Uint8Array, limits: ExtractionLimits): Promise<TextExtraction> {
  const deadline = Date.now() + limits.timeBudgetMs;
  let pdf: PdfDocument;
  try {
    // pdf.js may take ownership of the buffer it is given, so it gets a copy.
    pdf = await withDeadline(getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false }), deadline);
  } catch (error) {
    return describeOpenError(error);
  }

  try {
    const pageCount = pdf.numPages;
    const pages: string[] = [];
    let chars = 0;
    let truncated = pageCount > limits.maxPages;
    let unreadable = 0;
    for (let number = 1; number <= Math.min(pageCount, limits.maxPages); number++) {
      if (Date.now() > deadline || chars >= limits.maxTextChars) {
        truncated = true;
        break;
      }
      try {
        const page = await withDeadline(pdf.getPage(number), deadline);
        const text = normalizeText(await withDeadline(pageText(page), deadline));
        pages.push(text.slice(0, limits.maxTextChars - chars));
        chars += text.length;
      } catch {
        // A damaged page should not cost the rest of the document.
        unreadable++;
        pages.push("");
      }
    }
    if (unreadable === pages.length) {
      return { status: "failed", reason: "The PDF is damaged: none of its pages could be read." };
    }
    const text = pages.join("\n\n");
    if (countAlphanumerics(text) < MIN_ALPHANUMERICS_PER_PAGE * pages.length) {
      return {
        status: "no_text",
        reason: "The PDF has no text layer (it looks scanned or image-only); run it through OCR to extract insights.",
      };
    }
    return { status: "ok", text, pages, pageCount, truncated: truncated || chars > limits.maxTextChars };
  } catch (error) {
    return { status: "failed", reason: `The PDF could not be read: ${errorMessage(error)}` };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** The page's text runs, laid out as lines, cells and table rows. */
async function pageText(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  const runs = content.items.flatMap((item) => {
    if (!("str" in item)) return [];
    const [fontSize, , , , x, y] = item.transform as number[];
    return [{ str: item.str, x, y, width: item.width, fontSize, hasEOL: item.hasEOL }];
  });
  return layoutPage(runs);
}

function describeOpenError(error: unknown): TextExtraction {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return { status: "encrypted", reason: "The PDF is password-protected; remove the password and upload it again to extract insights." };
  }
  if (name === "InvalidPDFException") {
    return { status: "failed", reason: `The file is not a readable PDF (damaged or incomplete): ${errorMessage(error)}` };
  }
  if (error instanceof DeadlineExceeded) return { status: "failed", reason: "Reading the PDF took too long and was stopped." };
  return { status: "failed", reason: `The PDF could not be read: ${errorMessage(error)}` };
}

class DeadlineExceeded extends Error {}

function withDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded("deadline")), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
