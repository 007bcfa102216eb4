import { LEGAL_FORM_END } from "../legal-forms";
import { CELL_SEPARATOR } from "./docx-html-text";

/** One text run of a PDF page, as pdf.js reports it: where it starts, how wide it is, whether a line ends after it. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface Cell {
  x: number;
  end: number;
  runs: TextRun[];
}

/** A horizontal gap wider than this many times the font size between runs on one line is a column break (a table cell). */
const CELL_GAP_EMS = 1.5;
/** How far, in points, a cell may start from its column's left edge (or run past the next one) and still be in that column. */
const COLUMN_TOLERANCE = 3;
/** Lines of one cell are set closer than rows are (cell padding): at most this many times the font size apart. */
const WRAPPED_LINE_EMS = 1.4;

/**
 * A page's text, one line a line. A wide gap on a line is a cell break, so a key-details table keeps each
 * label with its value; and a table's row whose cells wrap over several lines is put back together
 * column by column ("Fraser River Credit / Union, 3300 Kingsway" is one cell, not two lines mixed with
 * the next cells' wrapped words), as Word and plain text already give it.
 */
export function layoutPage(runs: TextRun[]): string {
  const out: string[] = [];
  let columns: number[] | undefined;
  let row: string[][] = [];
  let lastY = 0;
  const flush = () => {
    if (row.length > 0) out.push(row.flatMap((parts) => (parts.length ? [parts.join(" ")] : [])).join(CELL_SEPARATOR));
    row = [];
  };
  // pdf.js marks some line starts with an empty end-of-line run; inside a table that blank waits to see if the row goes on.
  let blank = false;
  const endRow = () => {
    flush();
    if (blank) out.push("");
    blank = false;
  };
  for (const line of linesOf(runs)) {
    if (line.length === 0) {
      if (columns) blank = true;
      else out.push("");
      continue;
    }
    const cells = columns ? splitAtColumns(line, columns) : line;
    const { y, fontSize } = cells[0].runs.find((r) => r.str.trim()) ?? cells[0].runs[0];
    const gap = lastY - y;
    lastY = y;
    if (columns && fits(cells, columns)) {
      // A line with a first-column cell starts a row; one without continues the row above, and so does a
      // first-column fragment set as close as wrapped lines are that finishes the name above it
      // ("Liffey Quay Hotels" / "Holdings Limited").
      const firstColumn = Math.abs(cells[0].x - columns[0]) <= COLUMN_TOLERANCE;
      const above = row[0]?.[row[0].length - 1];
      const close = gap > 0 && gap <= WRAPPED_LINE_EMS * Math.abs(fontSize || 10);
      const wrapsFirstCell = firstColumn && above !== undefined && close && continuesName(above, textOf(cells[0]));
      if (firstColumn && !wrapsFirstCell) endRow();
      blank = false;
      if (row.length === 0) row = columns.map(() => []);
      for (const cell of cells) row[columnOf(cell.x, columns)].push(textOf(cell));
      continue;
    }
    endRow();
    columns = cells.length >= 2 ? cells.map((cell) => cell.x) : undefined;
    if (columns) {
      row = columns.map(() => []);
      cells.forEach((cell, k) => row[k].push(textOf(cell)));
    } else out.push(textOf(cells[0]));
  }
  endRow();
  return out.join("\n");
}

/** "Liffey Quay Hotels" / "Holdings Limited", "For Al Noor Family Holdings" / "Limited": the rest of a name, not a new row's label. */
function continuesName(above: string, below: string): boolean {
  return /^\p{Ll}/u.test(below) || (LEGAL_FORM_END.test(below.split(",")[0]) && !LEGAL_FORM_END.test(above)) || /(?:[,&–-]|\s(?:and|of|the|for))$/i.test(above);
}

/** Runs grouped into lines (a new line where pdf.js marks an end of line or the baseline moves), each line into cells. */
function linesOf(runs: TextRun[]): Cell[][] {
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let lastY: number | null = null;
  let ended = false;
  for (const run of runs) {
    if ((lastY !== null && Math.abs(run.y - lastY) > 1) || ended) {
      lines.push(line);
      line = [];
    }
    lastY = run.y;
    ended = run.hasEOL;
    const gap = CELL_GAP_EMS * Math.abs(run.fontSize || 10);
    const cell = line[line.length - 1];
    // pdf.js fills a gap with a space run as wide as the gap, or leaves the gap between runs.
    if (!run.str.trim()) {
      if (cell && run.width > gap) line.push({ x: run.x + run.width, end: run.x + run.width, runs: [] });
      else if (cell) cell.runs.push(run);
      continue;
    }
    if (!cell || (cell.runs.some((r) => r.str.trim()) && run.x - cell.end > gap)) line.push({ x: run.x, end: run.x + run.width, runs: [run] });
    else {
      if (!cell.runs.some((r) => r.str.trim())) cell.x = run.x;
      cell.runs.push(run);
      cell.end = run.x + run.width;
    }
  }
  lines.push(line);
  // Drop the cells a wide space run opened but no text followed.
  return lines.map((cells) => cells.filter((cell) => cell.runs.some((r) => r.str.trim()))).filter((cells, i, all) => cells.length > 0 || (i > 0 && all[i - 1].length > 0));
}

const textOf = (cell: Cell) => cell.runs.map((r) => r.str).join("").replace(/\s+/g, " ").trim();

/** Inside a table a run that starts at a column's left edge starts a cell, even where the gap before it was narrow. */
function splitAtColumns(line: Cell[], columns: number[]): Cell[] {
  return line.flatMap((cell) => {
    const parts: Cell[] = [];
    for (const run of cell.runs) {
      const current = parts[parts.length - 1];
      const atColumn = run.str.trim() && current && current.runs.some((r) => r.str.trim()) && columns.some((x) => x > current.x + COLUMN_TOLERANCE && Math.abs(run.x - x) <= COLUMN_TOLERANCE);
      if (!current || atColumn) parts.push({ x: run.str.trim() ? run.x : cell.x, end: run.x + run.width, runs: [run] });
      else {
        current.runs.push(run);
        if (run.str.trim()) current.end = run.x + run.width;
      }
    }
    return parts;
  });
}

/** Every cell starts at a column's left edge and ends before the next column starts: a line of the table, not a paragraph after it. */
function fits(cells: Cell[], columns: number[]): boolean {
  return cells.every((cell) => {
    const k = columns.findIndex((x) => Math.abs(cell.x - x) <= COLUMN_TOLERANCE);
    return k !== -1 && (k === columns.length - 1 || cell.end <= columns[k + 1] + COLUMN_TOLERANCE);
  });
}

const columnOf = (x: number, columns: number[]) => columns.findIndex((start) => Math.abs(x - start) <= COLUMN_TOLERANCE);
