import { describe, expect, it } from "vitest";
import { analyzeDocument } from "./analyze-document";
import { HELD_OUT } from "@/test/insights-corpus/held-out-excerpts";

const simplify = (s: unknown) => String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const KEYS = ["title", "documentType", "parties", "governingLaw", "effectiveDate", "expiryOrTerm"] as const;

describe("field extraction on hand-written excerpts the generator does not produce", () => {
  it("gets most fields right and prints the misses", async () => {
    let right = 0;
    const misses: string[] = [];
    for (const doc of HELD_OUT) {
      const bytes = new TextEncoder().encode(doc.text);
      const { fields } = await analyzeDocument({ bytes, mediaType: "text/plain", filename: `${doc.id}.txt`, size: bytes.byteLength });
      const value = (key: string) => fields.find((f) => f.key === key)?.value;
      const e = doc.expected;
      const parties = (value("parties") as string[] | undefined) ?? [];
      const checks: Record<(typeof KEYS)[number], [boolean, unknown]> = {
        title: [simplify(value("title")) === simplify(e.title), value("title")],
        documentType: [value("documentType") === e.documentType, value("documentType")],
        parties: [parties.length === e.parties.length && e.parties.every((p) => parties.some((a) => simplify(a) === simplify(p))), parties],
        governingLaw: [value("governingLaw") === e.governingLaw, value("governingLaw")],
        effectiveDate: [value("effectiveDate") === e.effectiveDate, value("effectiveDate")],
        expiryOrTerm: [
          value("term") === e.term && (e.expiryDate === undefined || value("expiryDate") === e.expiryDate),
          { term: value("term"), expiry: value("expiryDate") },
        ],
      };
      for (const key of KEYS) {
        if (checks[key][0]) right++;
        else misses.push(`${doc.id} ${key}: got ${JSON.stringify(checks[key][1])}`);
      }
    }
    const accuracy = right / (KEYS.length * HELD_OUT.length);
    console.log(`Held-out accuracy: ${(100 * accuracy).toFixed(1)}% (${right}/${KEYS.length * HELD_OUT.length})\n${misses.join("\n")}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
