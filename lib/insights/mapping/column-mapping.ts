import type { InsightFieldDefinition, InsightFieldType } from "../catalogue";
import { normalizeColumnType, SHEET_COLUMN_TYPES as T, type SheetColumnTypeAlias } from "./column-types";

export type MappingCheck = { ok: true } | { ok: false; reason: string };

/** Which field types each writable column type can hold, and how the value is written. */
const FITS: Record<SheetColumnTypeAlias, readonly InsightFieldType[]> = {
  [T.singleLineText]: ["text", "number", "date", "choice", "list"],
  [T.multipleLineText]: ["text", "number", "date", "choice", "list"],
  [T.number]: ["number"],
  [T.dateAndTime]: ["date"],
  [T.choice]: ["choice"],
  [T.userLookup]: [],
  [T.sheetLookup]: [],
  [T.autoIncrement]: [],
  [T.hyperlink]: [],
};

const NEVER_WRITABLE: Partial<Record<SheetColumnTypeAlias, string>> = {
  [T.userLookup]: "User lookup columns hold HighQ users, which no insight field is; choose a text column.",
  [T.sheetLookup]: "Sheet lookup columns link to rows of another iSheet and cannot hold insight values; choose a text column.",
  [T.autoIncrement]: "Auto increment columns are numbered by HighQ and cannot be written.",
  [T.hyperlink]: "Hyperlink columns need a web address, which no insight field is; choose a text column.",
};

const TYPE_NAMES: Record<InsightFieldType, string> = { text: "text", number: "a number", date: "a date", list: "a list", choice: "a choice" };
const COLUMN_NAMES: Record<SheetColumnTypeAlias, string> = {
  [T.singleLineText]: "single line text",
  [T.multipleLineText]: "multiple line text",
  [T.number]: "number",
  [T.dateAndTime]: "date and time",
  [T.choice]: "choice",
  [T.userLookup]: "user lookup",
  [T.sheetLookup]: "sheet lookup",
  [T.autoIncrement]: "auto increment",
  [T.hyperlink]: "hyperlink",
};

/**
 * Whether an insight field of `fieldType` can be written to a column of `columnType` (an alias such
 * as SHEET_COLUMN_TYPE_NUMBER or a display name such as "Number"). Text columns take anything
 * (lists joined, dates as ISO); typed columns take only their own type.
 */
export function canMapFieldToColumn(fieldType: InsightFieldType, columnType: string): MappingCheck {
  const alias = normalizeColumnType(columnType);
  if (!alias) return { ok: false, reason: `The column type "${columnType}" is not one Ferry can write to.` };
  const never = NEVER_WRITABLE[alias];
  if (never) return { ok: false, reason: never };
  if (FITS[alias].includes(fieldType)) return { ok: true };
  return {
    ok: false,
    reason: `This field is ${TYPE_NAMES[fieldType]} and cannot go in a ${COLUMN_NAMES[alias]} column; choose a ${suggestedColumns(fieldType)} column.`,
  };
}

function suggestedColumns(fieldType: InsightFieldType): string {
  const fitting = (Object.keys(FITS) as SheetColumnTypeAlias[]).filter((alias) => FITS[alias].includes(fieldType) && alias !== T.multipleLineText);
  const names = fitting.map((alias) => COLUMN_NAMES[alias]);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0];
}

const NATIVE_COLUMN: Record<InsightFieldType, SheetColumnTypeAlias> = {
  text: T.singleLineText,
  list: T.multipleLineText,
  number: T.number,
  date: T.dateAndTime,
  choice: T.choice,
};

export interface SheetColumn {
  id: string | number;
  title: string;
  /** Type alias or display name, as the iSheet reports it. */
  type: string;
}

/** How well a column's title names a field (0: not at all), among columns whose type can hold it. */
function matchScore(field: InsightFieldDefinition, column: SheetColumn): number {
  if (!canMapFieldToColumn(field.type, column.type).ok) return 0;
  const label = simplify(field.label);
  const names = new Set([label, simplify(field.key), ...field.synonyms.map(simplify)]);
  const title = simplify(column.title);
  const byName = title === label ? 3 : names.has(title) ? 2 : title.length > 3 && (title.includes(label) || label.includes(title)) ? 1 : 0;
  // Between equally named columns, one of the field's own type (a Number column for a count) wins.
  return byName === 0 ? 0 : byName + (normalizeColumnType(column.type) === NATIVE_COLUMN[field.type] ? 0.5 : 0);
}

/**
 * The column whose title best matches the field's label, key or synonyms and whose type can hold
 * the field, or null. Exact name matches beat synonyms, which beat names that merely contain the label.
 */
export function suggestColumnForField<C extends SheetColumn>(field: InsightFieldDefinition, columns: readonly C[]): C | null {
  let best: { column: C; score: number } | null = null;
  for (const column of columns) {
    const score = matchScore(field, column);
    if (score > (best?.score ?? 0)) best = { column, score };
  }
  return best?.column ?? null;
}

/**
 * A proposed mapping for a whole sheet: each column goes to at most one field, the best-named pairs
 * first, so "Source path" goes to Remote path (a synonym) rather than to Source (a partial name).
 */
export function suggestMapping<C extends SheetColumn>(fields: readonly InsightFieldDefinition[], columns: readonly C[]): Map<InsightFieldDefinition["key"], C> {
  const pairs = fields.flatMap((field) => columns.map((column) => ({ field, column, score: matchScore(field, column) }))).filter((pair) => pair.score > 0);
  pairs.sort((a, b) => b.score - a.score);
  const mapping = new Map<InsightFieldDefinition["key"], C>();
  const used = new Set<C>();
  for (const { field, column } of pairs) {
    if (mapping.has(field.key) || used.has(column)) continue;
    mapping.set(field.key, column);
    used.add(column);
  }
  return mapping;
}

function simplify(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
