import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import type { CorpusSpec } from "./types";

export interface RenderedDocument {
  spec: CorpusSpec;
  bytes: Uint8Array;
  mediaType: string;
  /** Pages the renderer produced (PDF) or recorded (DOCX); undefined when the file does not say. */
  pageCount?: number;
  /** Whitespace-separated words of everything written, counted independently of the extractor. */
  wordCount: number;
}

const MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export async function renderSpec(spec: CorpusSpec): Promise<RenderedDocument> {
  const pdf = spec.format === "pdf" ? await renderPdf(spec.blocks, { pageFooters: spec.pageFooters }) : undefined;
  const rendered = pdf ?? (await renderDocx(spec.blocks, { storedPageCount: spec.storedPageCount }));
  const pageCount = pdf ? pdf.pageCount : spec.storedPageCount;
  const wordCount = rendered.drawn.join(" ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { spec, bytes: rendered.bytes, mediaType: MEDIA_TYPES[spec.format], pageCount, wordCount };
}
