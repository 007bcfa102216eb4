import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { Block } from "./types";

const PAGE = { width: 595, height: 842, margin: 64 };
const STYLE = { title: 15, heading: 11.5, paragraph: 10.5, line: 10.5 } as const;

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
  /** Every string drawn, for the expected word count. */
  drawn: string[];
}

/** Lays out blocks on A4 pages with word wrap, as a word processor's "Save as PDF" would. */
export async function renderPdf(blocks: Block[], options: { pageFooters?: boolean; title?: string } = {}): Promise<RenderedPdf> {
  const doc = await PDFDocument.create();
  if (options.title) doc.setTitle(options.title);
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const drawn: string[] = [];
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const draw = (text: string, font: PDFFont, size: number) => {
    if (y < PAGE.margin + size + 20) newPage();
    page.drawText(text, { x: PAGE.margin, y, size, font });
    drawn.push(text);
    y -= size * 1.4;
  };

  for (const block of blocks) {
    if (block.kind === "pageBreak") newPage();
    else if (block.kind === "gap") y -= STYLE.line;
    else {
      const font = block.kind === "title" || block.kind === "heading" ? bold : regular;
      const size = STYLE[block.kind];
      if (block.kind === "heading") y -= size * 0.6;
      for (const line of wrap(block.text, font, size, PAGE.width - 2 * PAGE.margin)) draw(line, font, size);
      if (block.kind !== "line") y -= size * 0.6;
    }
  }

  const pages = doc.getPages();
  if (options.pageFooters) pages.forEach((p, i) => drawFooter(p, `Page ${i + 1} of ${pages.length}`, regular, drawn));
  return { bytes: await doc.save(), pageCount: pages.length, drawn };
}

function drawFooter(page: PDFPage, text: string, font: PDFFont, drawn: string[]) {
  page.drawText(text, { x: PAGE.width / 2 - 20, y: PAGE.margin / 2, size: 8, font });
  drawn.push(text);
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
