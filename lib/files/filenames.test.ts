import { describe, expect, it } from "vitest";
import { attachmentDisposition, mediaTypeFor, sanitizeFilename } from "./filenames";

describe("filenames", () => {
  it("removes path separators, control characters and leading dots", () => {
    expect(sanitizeFilename("../a/b\\c\u0000.pdf")).toBe("_a_b_c_.pdf");
    expect(sanitizeFilename("   ")).toBe("untitled");
    expect(sanitizeFilename(".env")).toBe("env");
  });

  it("builds an attachment header that cannot be broken out of", () => {
    expect(attachmentDisposition('Résumé "final";.pdf')).toBe(
      `attachment; filename="R_sum_ _final__.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20_final_%3B.pdf`,
    );
  });

  it("chooses the media type by extension only", () => {
    expect(mediaTypeFor("Deal.DOCX")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(mediaTypeFor("page.html")).toBe("application/octet-stream");
  });
});
