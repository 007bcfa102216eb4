/** Names users and remotes give files, made safe to store and to send back in headers. */
import { UNSAFE_NAME_CHARACTERS } from "@/lib/validation/names";

// Remote names cannot be refused like typed ones, so their controls and direction marks become "_".
const FORBIDDEN = new RegExp(`${UNSAFE_NAME_CHARACTERS.source}|[/\\\\:*?"<>|]`, "g");

export function sanitizeFilename(raw: string): string {
  const cleaned = raw.normalize("NFC").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  const limited = cleaned.slice(0, 200);
  return limited.length > 0 ? limited : "untitled";
}

/** `Content-Disposition` with an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentDisposition(filename: string): string {
  const safe = sanitizeFilename(filename);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  msg: "application/vnd.ms-outlook",
  eml: "message/rfc822",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  zip: "application/zip",
};

/** Media type from the extension; the browser's claim is not trusted for what we serve back. */
export function mediaTypeFor(filename: string): string {
  const extension = filename.split(".").pop()?.toLowerCase() ?? "";
  return MEDIA_TYPES[extension] ?? "application/octet-stream";
}
