import { describe, expect, it } from "vitest";
import { getInsightField, INSIGHT_FIELDS, type InsightFieldType } from "./catalogue";
import { canMapFieldToColumn, suggestColumnForField, suggestMapping } from "./mapping/column-mapping";
import { SHEET_COLUMN_TYPES as T } from "./mapping/column-types";

describe("INSIGHT_FIELDS", () => {
  it("lists the extracted fields and the file facts once each, with choices for choice fields", () => {
    const keys = INSIGHT_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["title", "documentType", "parties", "governingLaw", "effectiveDate", "expiryDate", "term", "pageCount", "wordCount"]));
    expect(keys).toEqual(expect.arrayContaining(["fileName", "fileSize", "mediaType", "source", "remotePath", "syncedAt", "version"]));
    for (const field of INSIGHT_FIELDS.filter((f) => f.type === "choice")) expect(field.choices?.length, field.key).toBeGreaterThan(1);
    expect(getInsightField("documentType").choices).toContain("NDA");
  });
});

describe("canMapFieldToColumn", () => {
  const fits: [InsightFieldType, string][] = [
    ["text", T.singleLineText],
    ["text", T.multipleLineText],
    ["list", T.multipleLineText],
    ["list", T.singleLineText],
    ["number", T.number],
    ["number", T.singleLineText],
    ["date", T.dateAndTime],
    ["date", T.multipleLineText],
    ["choice", T.choice],
    ["choice", T.singleLineText],
    ["date", "Date and time"],
    ["number", "number"],
  ];
  it.each(fits)("%s fits %s", (fieldType, column) => {
    expect(canMapFieldToColumn(fieldType, column)).toEqual({ ok: true });
  });

  const misfits: [InsightFieldType, string, RegExp][] = [
    ["text", T.number, /text and cannot go in a number column/],
    ["date", T.number, /a date and cannot go in a number column/],
    ["text", T.dateAndTime, /date and time column; choose a single line text/],
    ["list", T.choice, /a list and cannot go in a choice column/],
    ["number", T.dateAndTime, /number/],
    ["text", T.userLookup, /HighQ users/],
    ["text", T.sheetLookup, /another iSheet/],
    ["number", T.autoIncrement, /numbered by HighQ/],
    ["text", T.hyperlink, /web address/],
    ["text", "SHEET_COLUMN_TYPE_ATTACHMENT", /not one Ferry can write to/],
  ];
  it.each(misfits)("%s does not fit %s", (fieldType, column, reason) => {
    const check = canMapFieldToColumn(fieldType, column);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(reason);
  });
});

describe("suggestColumnForField", () => {
  const columns = [
    { id: 1, title: "Document Title", type: T.singleLineText },
    { id: 2, title: "Contract type", type: T.choice },
    { id: 3, title: "Counterparties", type: T.multipleLineText },
    { id: 4, title: "Start date", type: T.dateAndTime },
    { id: 5, title: "Expiry", type: "Date and time" },
    { id: 6, title: "Pages", type: T.number },
    { id: 7, title: "Governing law", type: T.singleLineText },
    { id: 8, title: "Word count", type: T.singleLineText },
    { id: 9, title: "Word Count", type: T.number },
    { id: 10, title: "Effective date", type: T.singleLineText },
  ];

  it("proposes columns by name and synonyms", () => {
    const suggest = (key: Parameters<typeof getInsightField>[0]) => suggestColumnForField(getInsightField(key), columns)?.id;
    expect(suggest("title")).toBe(1);
    expect(suggest("documentType")).toBe(2);
    expect(suggest("parties")).toBe(3);
    expect(suggest("governingLaw")).toBe(7);
    expect(suggest("expiryDate")).toBe(5);
    expect(suggest("pageCount")).toBe(6);
  });

  it("prefers an exact name over a synonym, the field's own column type between equal names, and only types that fit", () => {
    // "Effective date" is a text column, which can hold a date; its exact name beats the synonym "Start date".
    expect(suggestColumnForField(getInsightField("effectiveDate"), columns)?.id).toBe(10);
    expect(suggestColumnForField(getInsightField("wordCount"), columns)?.id).toBe(9);
    expect(suggestColumnForField(getInsightField("effectiveDate"), [{ id: 1, title: "Effective date", type: T.number }])).toBeNull();
  });

  it("returns null when nothing matches", () => {
    expect(suggestColumnForField(getInsightField("remotePath"), columns)).toBeNull();
  });
});

describe("suggestMapping", () => {
  it("gives each column to one field, best-named pairs first", () => {
    const columns = [
      { id: 1, title: "Document", type: T.singleLineText },
      { id: 2, title: "Source path", type: T.singleLineText },
      { id: 3, title: "Document type", type: T.choice },
      { id: 4, title: "Word count", type: T.number },
    ];
    const proposed = suggestMapping(INSIGHT_FIELDS, columns);
    // "Source path" is a synonym of Remote path and only contains "Source": Remote path gets it.
    expect(proposed.get("remotePath")?.id).toBe(2);
    expect(proposed.has("source")).toBe(false);
    expect(proposed.get("fileName")?.id).toBe(1);
    expect(proposed.get("documentType")?.id).toBe(3);
    expect(proposed.get("wordCount")?.id).toBe(4);
    const ids = [...proposed.values()].map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
