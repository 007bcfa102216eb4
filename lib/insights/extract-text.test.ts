import { Readable } from "node:stream";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractText } from "./text/extract-text";
import { renderDocx } from "@/test/insights-corpus/render-docx";
import { renderUnseen } from "@/test/insights-corpus/unseen/render-unseen";
import {
  legacyWordHeader,
  ownerOnlyEncryptedPdf,
  passwordProtectedOfficeHeader,
  passwordProtectedPdf,
  scannedPdf,
  textPdf,
} from "@/test/insights-corpus/problem-files";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const utf8 = (s: string) => new TextEncoder().encode(s);

async function sampleDocx(storedPageCount?: number): Promise<Uint8Array> {
  const { bytes } = await renderDocx(
    [
      { kind: "title", text: "LOAN AGREEMENT" },
      { kind: "paragraph", text: "The Lender agrees to lend and the Borrower agrees to borrow the Loan on the terms of this Agreement." },
    ],
    { storedPageCount },
  );
  return bytes;
}

describe("extractText: readable files", () => {
  it("reads a PDF page by page with its page count", async () => {
    const result = await extractText({ bytes: await textPdf(3), mediaType: PDF, filename: "a.pdf" });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.pageCount).toBe(3);
    expect(result.pages).toHaveLength(3);
    expect(result.pages[1]).toContain("Page marker 2");
    expect(result.text).toContain("SERVICES AGREEMENT");
    expect(result.truncated).toBe(false);
  });

  it("reads a DOCX, taking the page count Word stored and leaving it unknown when absent", async () => {
    const withCount = await extractText({ bytes: await sampleDocx(4), mediaType: DOCX, filename: "loan.docx" });
    const without = await extractText({ bytes: await sampleDocx(), mediaType: DOCX, filename: "loan.docx" });
    expect(withCount).toMatchObject({ status: "ok", pageCount: 4 });
    expect(without.status).toBe("ok");
    if (without.status !== "ok") return;
    expect(without.pageCount).toBeUndefined();
    expect(without.text).toContain("The Lender agrees to lend");
    expect(without.pages).toEqual([without.text]);
  });

  it("decodes plain text, Markdown and CSV, including UTF-16 and Windows-1252", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Lease of Unit 4", "utf16le")]);
    const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94]); // Café “quote” in Windows-1252
    expect(await extractText({ bytes: utf8("# NDA\n\nMutual terms"), mediaType: "text/markdown", filename: "n.md" })).toMatchObject({ status: "ok", text: "# NDA\n\nMutual terms" });
    expect(await extractText({ bytes: utf8("party,date\nAcme,2024-01-01"), mediaType: "text/csv", filename: "p.csv" })).toMatchObject({ status: "ok" });
    expect(await extractText({ bytes: new Uint8Array(utf16), mediaType: "text/plain", filename: "u.txt" })).toMatchObject({ status: "ok", text: "Lease of Unit 4" });
    expect(await extractText({ bytes: new Uint8Array(cp1252), mediaType: "text/plain", filename: "w.txt" })).toMatchObject({ status: "ok", text: "Café “quote”" });
  });

  it("trusts the bytes over a generic media type or a wrong extension", async () => {
    const result = await extractText({ bytes: await textPdf(1), mediaType: "application/octet-stream", filename: "download.bin" });
    expect(result.status).toBe("ok");
  });

  it("accepts a stream of chunks such as a Node Readable", async () => {
    const bytes = await textPdf(2);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 500) }, (_, i) => bytes.subarray(i * 500, (i + 1) * 500));
    const result = await extractText({ bytes: Readable.from(chunks), mediaType: PDF, filename: "s.pdf" });
    expect(result).toMatchObject({ status: "ok", pageCount: 2 });
  });
});

describe("extractText: problem files get a clear status, never an exception", () => {
  it("an empty file has no text", async () => {
    for (const [mediaType, filename] of [[PDF, "e.pdf"], [DOCX, "e.docx"], ["text/plain", "e.txt"]]) {
      expect(await extractText({ bytes: new Uint8Array(), mediaType, filename })).toEqual({ status: "no_text", reason: "The file is empty (0 bytes)." });
    }
  });

  it("a file of whitespace has no text", async () => {
    expect(await extractText({ bytes: utf8("  \n\t \n"), mediaType: "text/plain", filename: "blank.txt" })).toMatchObject({ status: "no_text" });
  });

  it("a scanned, image-only PDF is marked no_text with advice to OCR it", async () => {
    const result = await extractText({ bytes: await scannedPdf(2), mediaType: PDF, filename: "scan.pdf" });
    expect(result.status).toBe("no_text");
    expect(result.status !== "ok" && result.reason).toMatch(/no text layer.*OCR/);
  });

  it("a password-protected PDF is marked encrypted", async () => {
    const result = await extractText({ bytes: await passwordProtectedPdf(), mediaType: PDF, filename: "locked.pdf" });
    expect(result.status).toBe("encrypted");
    expect(result.status !== "ok" && result.reason).toMatch(/password-protected/);
  });

  it("a PDF encrypted only with an owner password still opens", async () => {
    const result = await extractText({ bytes: await ownerOnlyEncryptedPdf(), mediaType: PDF, filename: "restricted.pdf" });
    expect(result.status).toBe("ok");
    expect(result.status === "ok" && result.text).toContain("SERVICES AGREEMENT");
  });

  it("a password-protected Word document is marked encrypted; a legacy .doc unsupported", async () => {
    expect(await extractText({ bytes: passwordProtectedOfficeHeader(), mediaType: DOCX, filename: "locked.docx" })).toMatchObject({ status: "encrypted", reason: expect.stringMatching(/password-protected/) });
    expect(await extractText({ bytes: legacyWordHeader(), mediaType: "application/msword", filename: "old.doc" })).toMatchObject({ status: "unsupported", reason: expect.stringMatching(/\.docx or PDF/) });
  });

  it("a truncated PDF fails as damaged", async () => {
    const bytes = await textPdf(2);
    const result = await extractText({ bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), mediaType: PDF, filename: "cut.pdf" });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/not a readable PDF/) });
  });

  it("garbage declared as PDF fails as damaged", async () => {
    const result = await extractText({ bytes: utf8("this is not a pdf at all"), mediaType: PDF, filename: "fake.pdf" });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/not a readable PDF/) });
  });

  it("a truncated DOCX fails as damaged", async () => {
    const bytes = await sampleDocx();
    const result = await extractText({ bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), mediaType: DOCX, filename: "cut.docx" });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/not a readable Word document/) });
  });

  it("a zip that is not a Word document fails with that reason", async () => {
    const zip = new JSZip().file("readme.txt", "hello");
    const result = await extractText({ bytes: await zip.generateAsync({ type: "uint8array" }), mediaType: DOCX, filename: "x.docx" });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/no word\/document\.xml/) });
  });

  it("binary data declared as text fails", async () => {
    const result = await extractText({ bytes: new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x00, 0x07]), mediaType: "text/plain", filename: "b.txt" });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/binary/) });
  });

  it("other file types are unsupported, naming the type", async () => {
    const result = await extractText({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mediaType: "image/png", filename: "photo.png" });
    expect(result).toMatchObject({ status: "unsupported", reason: expect.stringMatching(/image\/png/) });
  });

  it("a stream that errors part-way fails with the cause", async () => {
    async function* broken() {
      yield utf8("%PDF-1.7\n");
      throw new Error("connection reset");
    }
    expect(await extractText({ bytes: broken(), mediaType: PDF, filename: "r.pdf" })).toMatchObject({ status: "failed", reason: expect.stringMatching(/connection reset/) });
  });
});

describe("extractText: limits bound the work", () => {
  it("refuses input over the byte limit and stops reading the stream", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    const result = await extractText({ bytes: endless(), mediaType: PDF, filename: "big.pdf" }, { maxInputBytes: 10 * 1024 });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/larger than/) });
    expect(pulled).toBe(11);
  });

  it("reads at most maxPages pages but reports the real page count", async () => {
    const result = await extractText({ bytes: await textPdf(4), mediaType: PDF, filename: "long.pdf" }, { maxPages: 2 });
    expect(result).toMatchObject({ status: "ok", pageCount: 4, truncated: true });
    expect(result.status === "ok" && result.pages).toHaveLength(2);
  });

  it("caps the text length", async () => {
    const result = await extractText({ bytes: utf8("word ".repeat(1000)), mediaType: "text/plain", filename: "w.txt" }, { maxTextChars: 100 });
    expect(result).toMatchObject({ status: "ok", truncated: true });
    expect(result.status === "ok" && result.text.length).toBe(100);
  });

  it("refuses a DOCX whose text part inflates past the cap (zip bomb)", async () => {
    const bytes = await sampleDocx();
    const result = await extractText({ bytes, mediaType: DOCX, filename: "bomb.docx" }, { maxDocxXmlBytes: 200 });
    expect(result).toMatchObject({ status: "failed", reason: expect.stringMatching(/expands to more text/) });
  });
});

describe("structure-aware text", () => {
  it("keeps a DOCX table row on one line, its cells separated, and a plain-text tab as a cell break", async () => {
    const rendered = await renderUnseen({ id: "t", format: "docx", source: "# KEY DETAILS\n| Governing law | Scotland |\n| Initial term | 36 months |", truth: { title: "", documentType: "", parties: [] } });
    const docx = await extractText({ bytes: rendered.bytes, mediaType: rendered.mediaType, filename: "t.docx" });
    expect(docx.status === "ok" && docx.text).toContain("Governing law | Scotland\n\nInitial term | 36 months");
    const txt = await extractText({ bytes: new TextEncoder().encode("Supplier\tAlpha Limited"), mediaType: "text/plain", filename: "t.txt" });
    expect(txt.status === "ok" && txt.text).toBe("Supplier | Alpha Limited");
  });

  it("marks a wide gap between runs on one PDF line as a cell break", async () => {
    const rendered = await renderUnseen({ id: "t", format: "pdf", source: "| Landlord | Alpha Limited |\nA sentence of ordinary text.", truth: { title: "", documentType: "", parties: [] } });
    const pdf = await extractText({ bytes: rendered.bytes, mediaType: rendered.mediaType, filename: "t.pdf" });
    expect(pdf.status === "ok" && pdf.text).toBe("Landlord | Alpha Limited\nA sentence of ordinary text.");
  });
});
