import { describe, expect, it } from "vitest";
import { layoutPage, type TextRun } from "./pdf-layout";

/** Runs as pdf.js gives a page drawn in 10-point type: one per cell fragment, top to bottom. */
const run = (str: string, x: number, y: number, hasEOL = false): TextRun => ({ str, x, y, width: str.length * 5, fontSize: 10, hasEOL });

describe("PDF page layout", () => {
  it("keeps a paragraph's lines and marks a wide gap on a line as a cell break", () => {
    const page = [run("Supplier:", 60, 700), run("Acme Widgets Limited", 150, 700, true), run("This Agreement is made between the parties.", 60, 686, true)];
    expect(layoutPage(page)).toBe("Supplier: | Acme Widgets Limited\nThis Agreement is made between the parties.");
  });

  it("puts a table row whose cells wrapped back together, column by column", () => {
    const page = [
      run("Role", 60, 700), run("Legal name", 183, 700), run("Signatory", 306, 700, true),
      run("Customer", 60, 684), run("Fraser River Credit", 183, 684), run("Monique Tremblay, Chief", 306, 684, true),
      run("Union, 3300 Kingsway", 183, 671), run("Technology Officer", 306, 671, true),
      run("Provider", 60, 655), run("Cascadia Cloud Inc.", 183, 655), run("Rajinder Sidhu", 306, 655, true),
      run("The parties sign this agreement on the dates written above, and each keeps a copy of it.", 60, 630, true),
    ];
    expect(layoutPage(page).split("\n")).toEqual([
      "Role | Legal name | Signatory",
      "Customer | Fraser River Credit Union, 3300 Kingsway | Monique Tremblay, Chief Technology Officer",
      "Provider | Cascadia Cloud Inc. | Rajinder Sidhu",
      "The parties sign this agreement on the dates written above, and each keeps a copy of it.",
    ]);
  });

  it("starts a cell where a run starts at a column's edge even when the gap before it is narrow", () => {
    // "9 March 26" ends at x 110, 10 points (one em) before the second column: too narrow a gap on its own.
    const page = [run("Date", 60, 700), run("Party", 120, 700, true), run("9 March 26", 60, 686), run("Ferry Ltd", 120, 686, true)];
    expect(layoutPage(page)).toBe("Date | Party\n9 March 26 | Ferry Ltd");
  });

  it("keeps a first-column name a cell wrapped in its row, but starts a row at the next label", () => {
    const page = [
      run("Name", 60, 700), run("Registered office", 240, 700, true),
      run("", 60, 684, true), run("Liffey Quay Hotels", 60, 684), run("2 Grand Canal Square,", 240, 684, true),
      run("", 60, 671, true), run("Holdings Limited", 60, 671), run("Dublin 2", 240, 671, true),
      run("", 60, 655, true), run("Supplier", 60, 655), run("Ferry Ltd", 240, 655, true),
    ];
    expect(layoutPage(page).split("\n").filter(Boolean)).toEqual(["Name | Registered office", "Liffey Quay Hotels Holdings Limited | 2 Grand Canal Square, Dublin 2", "Supplier | Ferry Ltd"]);
  });
});
