import { createHash } from "node:crypto";
import type { IsheetColumn, IsheetItemInput, IsheetValue } from "@/lib/connectors/highq";
import { canMapFieldToColumn, getInsightField, type InsightFieldKey } from "@/lib/insights";
import type { ReportMappingEntry } from "@/lib/db/schema";

export type FieldValue = string | number | string[] | undefined;

/** The stable key written as the row's `externalid`: one document, one row, whatever happens to Ferry's tables. */
export const externalIdFor = (documentId: string) => `ferry-${documentId}`;

export type MappingProblem = { field: string; columnId: string; message: string };

/**
 * Checks a mapping against the iSheet's live columns: each column must exist, be writable and hold
 * the field's type; required columns must be mapped. Messages name the field and the column.
 */
export function checkMapping(mapping: readonly { field: string; columnId: string }[], columns: readonly IsheetColumn[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const used = new Map<string, string>();
  for (const entry of mapping) {
    const field = getInsightField(entry.field as InsightFieldKey);
    const column = columns.find((candidate) => candidate.id === entry.columnId);
    if (!column) {
      problems.push({ ...entry, message: `The iSheet no longer has the column chosen for “${field.label}”; choose another.` });
      continue;
    }
    const earlier = used.get(column.id);
    if (earlier) problems.push({ ...entry, message: `“${column.title}” already holds “${earlier}”; each column can hold one field.` });
    used.set(column.id, field.label);
    const fits = canMapFieldToColumn(field.type, column.remoteType);
    if (!fits.ok) problems.push({ ...entry, message: `“${field.label}” → “${column.title}”: ${fits.reason}` });
    else if (!column.writable) problems.push({ ...entry, message: `“${column.title}” cannot be written through the HighQ API; choose another column for “${field.label}”.` });
  }
  for (const column of columns) {
    if (column.required && column.writable && !used.has(column.id)) {
      problems.push({ field: "", columnId: column.id, message: `The iSheet requires a value in “${column.title}”: map a field to it.` });
    }
  }
  return problems;
}

function dateOf(value: string): Date | undefined {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** One value in the shape its column takes; `undefined` leaves the cell alone, and a cell error names the problem. */
export function cellValue(value: FieldValue, column: IsheetColumn): { value: IsheetValue | undefined } | { error: string } {
  const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  switch (column.kind) {
    case "number":
      if (empty) return { value: "" };
      return typeof value === "number" ? { value } : { error: `“${column.title}” takes a number.` };
    case "date": {
      // HighQ clears a date only with an empty date part, which the client cannot send: leave it as it was.
      if (empty) return { value: undefined };
      const date = dateOf(String(value));
      return date ? { value: date } : { error: `“${String(value)}” is not a date for “${column.title}”.` };
    }
    case "choice": {
      if (empty) return { value: { choiceIds: [] } };
      const labels = Array.isArray(value) ? value : [String(value)];
      const ids: string[] = [];
      for (const label of labels) {
        const choice = column.choices?.find((option) => option.label.trim().toLowerCase() === label.trim().toLowerCase());
        if (!choice) return { error: `The iSheet column “${column.title}” has no option “${label}”; add it in HighQ or map another column.` };
        ids.push(choice.id);
      }
      return { value: { choiceIds: ids } };
    }
    default: {
      if (empty) return { value: "" };
      // A single line column cannot hold line breaks; lists become "A; B" there and one per line elsewhere.
      const separator = column.kind === "multiline_text" ? "\n" : "; ";
      return { value: Array.isArray(value) ? value.join(separator) : String(value) };
    }
  }
}

export type BuiltItem = { item: IsheetItemInput; hash: string } | { error: string };

/** The iSheet item for one document, and a hash of exactly what would be written (unchanged ⇒ no call). */
export function buildItem(
  externalId: string,
  values: Partial<Record<string, FieldValue>>,
  mapping: readonly ReportMappingEntry[],
  columns: ReadonlyMap<string, IsheetColumn>,
): BuiltItem {
  const written: Record<string, IsheetValue> = {};
  const errors: string[] = [];
  for (const entry of mapping) {
    const column = columns.get(entry.columnId);
    if (!column) continue;
    const cell = cellValue(values[entry.field], column);
    if ("error" in cell) errors.push(cell.error);
    else if (cell.value !== undefined) written[column.id] = cell.value;
  }
  if (errors.length > 0) return { error: errors.join(" ") };
  const canonical = JSON.stringify(
    Object.keys(written)
      .sort()
      .map((id) => [id, written[id] instanceof Date ? (written[id] as Date).toISOString() : written[id]]),
  );
  return { item: { externalId, values: written }, hash: createHash("sha256").update(`${externalId}\n${canonical}`).digest("hex") };
}
