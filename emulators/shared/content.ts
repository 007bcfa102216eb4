/**
 * Generated file content. A file's bytes are a pure function of its ContentSpec, so the same
 * file id + version always yields the same bytes and nothing is stored on disk.
 * - pdf / docx: a real contract document (built once per spec, kept in a small cache);
 * - binary: a seeded stream of any length, served as windows into a shared random pool,
 *   so serving costs no per-byte work and a 1 GiB file costs no memory.
 */
import { createCipheriv, createHash } from "node:crypto";
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { contractFor, type Contract } from "./contracts";
import { xorshift32 } from "./prng";

export type ContentKind = "pdf" | "docx" | "binary";

export interface ContentSpec {
  kind: ContentKind;
  seed: number;
  /** only for binary content; documents have the size of what is generated */
  size?: number;
}

const POOL_BYTES = 8 << 20;
const CHUNK_BYTES = 256 << 10;
const POOL: Buffer = (() => {
  const words = new Uint32Array(POOL_BYTES / 4);
  const next = xorshift32(0x5eed_f00d);
  for (let i = 0; i < words.length; i++) words[i] = next();
  return Buffer.from(words.buffer);
})();

/** Chunk i of a binary file is a pool window whose offset comes from the file's own PRNG. */
export function* binaryChunks(seed: number, size: number): Generator<Buffer> {
  const next = xorshift32(seed);
  for (let sent = 0; sent < size; sent += CHUNK_BYTES) {
    const len = Math.min(CHUNK_BYTES, size - sent);
    const offset = next() % (POOL_BYTES - CHUNK_BYTES + 1);
    yield POOL.subarray(offset, offset + len);
  }
}

export function kindForExtension(ext: string): ContentKind {
  const e = ext.toLowerCase().replace(/^\./, "");
  return e === "pdf" ? "pdf" : e === "docx" ? "docx" : "binary";
}

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
  txt: "text/plain",
  msg: "application/vnd.ms-outlook",
};
export function mimeForExtension(ext: string): string {
  return MIME[ext.toLowerCase().replace(/^\./, "")] ?? "application/octet-stream";
}

// ---- documents -------------------------------------------------------------------------------

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

async function renderPdf(c: Contract): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  // fixed metadata: pdf-lib would otherwise stamp the current time and break determinism
  pdf.setTitle(c.title);
  pdf.setProducer("Ferry emulator");
  pdf.setCreator("Ferry emulator");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const [width, height, margin, size, lead] = [595, 842, 60, 11, 15];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, f = font, s = size) => {
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    page.drawText(text, { x: margin, y, size: s, font: f });
    y -= lead;
  };
  line(c.title, bold, 14);
  y -= lead;
  for (const p of c.paragraphs) {
    let current = "";
    for (const word of p.split(" ")) {
      const tryLine = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(tryLine, size) > width - 2 * margin) {
        line(current);
        current = word;
      } else current = tryLine;
    }
    if (current) line(current);
    y -= lead / 2;
  }
  return Buffer.from(await pdf.save());
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function renderDocx(c: Contract): Promise<Buffer> {
  const para = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const documentXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
    para(c.title, true) +
    c.paragraphs.map((p) => para(p)).join("") +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  const date = FIXED_DATE; // zip entries carry a timestamp; fixed for determinism
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    { date },
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    { date },
  );
  zip.file("word/document.xml", documentXml, { date });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const DOC_CACHE_LIMIT = 512;
const docCache = new Map<string, Promise<Buffer>>();

/** Bytes of a pdf/docx spec; memoised (LRU by insertion) because rendering takes milliseconds. */
export function documentBytes(spec: ContentSpec): Promise<Buffer> {
  const key = `${spec.kind}:${spec.seed}`;
  const hit = docCache.get(key);
  if (hit) {
    docCache.delete(key);
    docCache.set(key, hit);
    return hit;
  }
  const contract = contractFor(spec.seed);
  const made = spec.kind === "pdf" ? renderPdf(contract) : renderDocx(contract);
  docCache.set(key, made);
  if (docCache.size > DOC_CACHE_LIMIT) docCache.delete(docCache.keys().next().value as string);
  return made;
}

export function contractOf(spec: ContentSpec): Contract | null {
  return spec.kind === "binary" ? null : contractFor(spec.seed);
}

// ---- access ----------------------------------------------------------------------------------

export async function contentSize(spec: ContentSpec): Promise<number> {
  return spec.kind === "binary" ? (spec.size ?? 0) : (await documentBytes(spec)).length;
}

export async function* contentChunks(spec: ContentSpec): AsyncGenerator<Buffer> {
  if (spec.kind === "binary") yield* binaryChunks(spec.seed, spec.size ?? 0);
  else yield await documentBytes(spec);
}

const hashCache = new Map<string, Promise<string>>();

/** Digest of the full content (hex for sha256, base64 for sha1 as Intralinks reports it). */
export function contentHash(spec: ContentSpec, algorithm: "sha256" | "sha1"): Promise<string> {
  const key = `${algorithm}:${spec.kind}:${spec.seed}:${spec.size ?? ""}`;
  let hit = hashCache.get(key);
  if (!hit) {
    hit = (async () => {
      const h = createHash(algorithm);
      for await (const chunk of contentChunks(spec)) h.update(chunk);
      return h.digest(algorithm === "sha256" ? "hex" : "base64");
    })();
    hashCache.set(key, hit);
  }
  return hit;
}

/** Protected copy of a file: AES-CTR keeps the length, so Content-Length stays the plain size. */
export async function* encryptedChunks(spec: ContentSpec, keySeed: string): AsyncGenerator<Buffer> {
  const key = createHash("sha256").update(`irm:${keySeed}`).digest();
  const cipher = createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
  for await (const chunk of contentChunks(spec)) yield cipher.update(chunk);
}
