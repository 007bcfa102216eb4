import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import JSZip from "jszip";
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import type { UnseenDocument } from "./types";

type Line = { kind: "heading"; text: string } | { kind: "text"; text: string } | { kind: "row"; cells: string[] } | { kind: "gap" } | { kind: "page" };

export interface RenderedUnseen {
  doc: UnseenDocument;
  bytes: Uint8Array;
  mediaType: string;
  filename: string;
  /** Pages the PDF renderer produced or the DOCX records; undefined when the file does not say. */
  pageCount?: number;
  /** Words of everything written, counted here independently of the extractor. */
  wordCount: number;
}

const MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
} as const;

export function parseSource(source: string): Line[] {
  return source
    .replace(/^\n+|\s+$/g, "")
    .split("\n")
    .map((raw): Line => {
      const line = raw.trim();
      if (line === "") return { kind: "gap" };
      if (line === "===") return { kind: "page" };
      if (line.startsWith("# ")) return { kind: "heading", text: line.slice(2).trim() };
      if (line.startsWith("|")) return { kind: "row", cells: line.replace(/^\||\|$/g, "").split("|").map((c) => c.trim()) };
      return { kind: "text", text: line };
    });
}

const countWords = (strings: string[]) => strings.join(" ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export async function renderUnseen(doc: UnseenDocument): Promise<RenderedUnseen> {
  const lines = parseSource(doc.source);
  const base = { doc, mediaType: MEDIA_TYPES[doc.format], filename: `${doc.id}.${doc.format}` };
  if (doc.format === "txt") {
    const text = lines.map((l) => (l.kind === "gap" ? "" : l.kind === "page" ? "\f" : l.kind === "row" ? l.cells.join("\t") : l.text)).join("\n");
    return { ...base, bytes: new TextEncoder().encode(text), wordCount: countWords([text]) };
  }
  if (doc.format === "pdf") {
    const pdf = await renderPdf(lines, doc.pageFooters ?? false, doc.pdfMargin ?? PAGE.margin);
    return { ...base, bytes: pdf.bytes, pageCount: pdf.pageCount, wordCount: countWords(pdf.drawn) };
  }
  const docx = await renderDocx(lines, doc.storedPageCount);
  return { ...base, bytes: docx.bytes, pageCount: doc.storedPageCount, wordCount: countWords(docx.drawn) };
}

const PAGE = { width: 612, height: 792, margin: 60 };

async function renderPdf(lines: Line[], footers: boolean, margin: number): Promise<{ bytes: Uint8Array; pageCount: number; drawn: string[] }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawn: string[] = [];
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const draw = (text: string, x: number, font: PDFFont, size: number) => {
    page.drawText(text, { x, y, size, font });
    drawn.push(text);
  };
  const width = PAGE.width - 2 * margin;
  for (const line of lines) {
    if (line.kind === "page") newPage();
    else if (line.kind === "gap") y -= 8;
    else if (line.kind === "row") {
      // Cells side by side, each wrapped in its own column, as a table prints.
      const columnWidth = width / line.cells.length;
      const wrapped = line.cells.map((cell, i) => wrap(cell, i === 0 ? bold : regular, 10, columnWidth - 10));
      const height = Math.max(...wrapped.map((w) => w.length));
      if (y - height * 13 < PAGE.margin) newPage();
      for (let row = 0; row < height; row++) {
        wrapped.forEach((cellLines, i) => cellLines[row] && draw(cellLines[row], margin + i * columnWidth, i === 0 ? bold : regular, 10));
        y -= 13;
      }
      y -= 3;
    } else {
      const font = line.kind === "heading" ? bold : regular;
      const size = line.kind === "heading" ? 12 : 10;
      for (const part of wrap(line.text, font, size, width)) {
        if (y < PAGE.margin + 20) newPage();
        draw(part, margin, font, size);
        y -= size * 1.35;
      }
    }
  }
  const pages = pdf.getPages();
  if (footers) {
    pages.forEach((p, i) => {
      const text = `Page ${i + 1} of ${pages.length}`;
      p.drawText(text, { x: PAGE.width / 2 - 20, y: 30, size: 8, font: regular });
      drawn.push(text);
    });
  }
  return { bytes: await pdf.save(), pageCount: pages.length, drawn };
}

/** The code points each embedded font can encode, read once per font (not once per wrapped line). */
const encodableBy = new WeakMap<PDFFont, Set<number>>();

/**
 * Helvetica has no CJK glyphs (and no CJK font can be installed for the tests): characters it cannot
 * encode are left out of the PDF, and so out of the words counted, as a Latin-only producer would print them;
 * a letter whose accent it lacks ("ō" in "Kōwhai", "ū" in "Tūī") is printed as its base letter, as such a
 * producer substitutes it.
 */
function printableWords(text: string, font: PDFFont): string[] {
  let encodable = encodableBy.get(font);
  if (!encodable) encodableBy.set(font, (encodable = new Set(font.getCharacterSet())));
  return text
    .split(/\s+/)
    .map((word) =>
      Array.from(word)
        .map((c) => (encodable.has(c.codePointAt(0)!) ? c : c.normalize("NFD").replace(/\p{M}/gu, "")))
        .filter((c) => c.length === 1 && encodable.has(c.codePointAt(0)!))
        .join(""),
    )
    .filter(Boolean);
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of printableWords(text, font)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      out.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) out.push(current);
  return out;
}

async function renderDocx(lines: Line[], storedPageCount: number | undefined): Promise<{ bytes: Uint8Array; drawn: string[] }> {
  const drawn: string[] = [];
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flushTable = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const line of lines) {
    if (line.kind === "row") {
      drawn.push(...line.cells);
      rows.push(new TableRow({ children: line.cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun(cell)] })] })) }));
      continue;
    }
    flushTable();
    if (line.kind === "page") children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (line.kind === "gap") children.push(new Paragraph({}));
    else if (line.kind === "heading") {
      drawn.push(line.text);
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.text, bold: true })] }));
    } else {
      drawn.push(line.text);
      children.push(new Paragraph({ children: [new TextRun(line.text)] }));
    }
  }
  flushTable();
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  if (storedPageCount === undefined) return { bytes: new Uint8Array(buffer), drawn };
  const zip = await JSZip.loadAsync(buffer);
  zip.file(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>${storedPageCount}</Pages></Properties>`,
  );
  return { bytes: await zip.generateAsync({ type: "uint8array" }), drawn };
}
