export type DocumentFormat = "pdf" | "docx" | "text";

export type FormatDetection =
  | { format: DocumentFormat }
  | { format: null; status: "unsupported" | "encrypted"; reason: string };

const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const TEXT_MEDIA_TYPES = new Set(["text/plain", "text/markdown", "text/x-markdown", "text/csv", "text/tab-separated-values"]);
const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "markdown", "csv", "tsv"]);

/**
 * Decides how to read a file. The bytes win over the declared type and name, because uploads and
 * remote systems often report `application/octet-stream` or a wrong extension.
 */
export function detectFormat(bytes: Uint8Array, mediaType: string, filename: string): FormatDetection {
  const type = mediaType.split(";")[0].trim().toLowerCase();
  const ext = extensionOf(filename);

  if (hasPdfHeader(bytes)) return { format: "pdf" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return describeCompoundFile(bytes);
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (isZip && (type === DOCX_MEDIA_TYPE || ext === "docx" || ext === "docm")) return { format: "docx" };

  if (type === "application/pdf" || ext === "pdf") return { format: "pdf" };
  if (type === DOCX_MEDIA_TYPE || ext === "docx") return { format: "docx" };
  if (!isZip && (TEXT_MEDIA_TYPES.has(type) || TEXT_EXTENSIONS.has(ext))) return { format: "text" };

  const described = type && type !== "application/octet-stream" ? type : ext ? `.${ext}` : "this type";
  return {
    format: null,
    status: "unsupported",
    reason: `Insights cannot read files of ${described === "this type" ? described : `type ${described}`}; they read PDF, Word (.docx) and plain text, Markdown or CSV files.`,
  };
}

/** OLE compound files are either legacy Office documents or password-protected modern ones. */
function describeCompoundFile(bytes: Uint8Array): FormatDetection {
  if (containsUtf16(bytes, "EncryptedPackage")) {
    return { format: null, status: "encrypted", reason: "The Office document is password-protected; remove the password and upload it again." };
  }
  return { format: null, status: "unsupported", reason: "Legacy Office files (.doc) are not supported; save the document as .docx or PDF." };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // pdf.js accepts a header within the first 1024 bytes, as readers do.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  const encoded = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) encoded[i * 2] = needle.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(encoded) !== -1;
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot === -1 ? "" : filename.slice(dot + 1).toLowerCase();
}
