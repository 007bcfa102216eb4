import { Document, HeadingLevel, Packer, PageBreak, Paragraph } from "docx";
import JSZip from "jszip";
import type { Block } from "./types";

export interface RenderedDocx {
  bytes: Uint8Array;
  drawn: string[];
}

/** Writes blocks as a Word document; optionally records a page count in docProps/app.xml as Word does when it saves. */
export async function renderDocx(blocks: Block[], options: { storedPageCount?: number } = {}): Promise<RenderedDocx> {
  const drawn: string[] = [];
  const paragraphs = blocks.map((block) => {
    if (block.kind === "pageBreak") return new Paragraph({ children: [new PageBreak()] });
    if (block.kind === "gap") return new Paragraph({});
    drawn.push(block.text);
    if (block.kind === "title") return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
    if (block.kind === "heading") return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
    return new Paragraph({ text: block.text });
  });
  const doc = new Document({ sections: [{ children: paragraphs }] });
  const buffer = await Packer.toBuffer(doc);
  if (options.storedPageCount === undefined) return { bytes: new Uint8Array(buffer), drawn };

  const zip = await JSZip.loadAsync(buffer);
  zip.file(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>${options.storedPageCount}</Pages></Properties>`,
  );
  return { bytes: await zip.generateAsync({ type: "uint8array" }), drawn };
}
