import { deflateSync } from "node:zlib";
import { encryptPDF } from "@pdfsmaller/pdf-encrypt-lite";
import { PDFDocument } from "pdf-lib";
import { renderPdf } from "./render-pdf";
import type { Block } from "./types";

const paragraphs = (count: number): Block[] =>
  Array.from({ length: count }, (_, i) => ({ kind: "paragraph", text: `Clause ${i + 1}. The Supplier shall perform its obligations with reasonable skill, care and diligence at all times.` }));

/** A normal text PDF of about `pages` pages. */
export async function textPdf(pages = 1): Promise<Uint8Array> {
  const blocks: Block[] = [{ kind: "title", text: "SERVICES AGREEMENT" }];
  for (let p = 0; p < pages; p++) {
    if (p > 0) blocks.push({ kind: "pageBreak" });
    blocks.push({ kind: "line", text: `Page marker ${p + 1}` }, ...paragraphs(3));
  }
  return (await renderPdf(blocks)).bytes;
}

/** What a scanner produces: each page one image, no text layer. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(greyPng(200, 280));
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

/** A PDF that opens only with a password (RC4-128, standard security handler). */
export async function passwordProtectedPdf(userPassword = "s3cret"): Promise<Uint8Array> {
  return encryptPDF(await textPdf(1), userPassword, "owner-pass");
}

/** Encrypted but with an empty user password: readers open it without asking (only permissions are restricted). */
export async function ownerOnlyEncryptedPdf(): Promise<Uint8Array> {
  return encryptPDF(await textPdf(1), "", "owner-pass");
}

/**
 * The start of an OLE compound file holding an "EncryptedPackage" stream, which is how Word stores
 * a password-protected .docx. Only the parts Ferry looks at are real; no library writes these.
 */
export function passwordProtectedOfficeHeader(): Uint8Array {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  Buffer.from("EncryptedPackage", "utf16le").copy(header, 600);
  return new Uint8Array(header);
}

export function legacyWordHeader(): Uint8Array {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  Buffer.from("WordDocument", "utf16le").copy(header, 600);
  return new Uint8Array(header);
}

/** A valid greyscale PNG (signature, IHDR, IDAT, IEND), the smallest honest image to embed. */
function greyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * 7 + y * 3) % 256;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]));
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
