/** HighQ iSheet column type aliases, as returned in an iSheet's head (specs/highq-api.md §5). */
export const SHEET_COLUMN_TYPES = {
  singleLineText: "SHEET_COLUMN_TYPE_SINGLE_LINE_TEXT",
  multipleLineText: "SHEET_COLUMN_TYPE_MULTIPLE_LINE_TEXT",
  number: "SHEET_COLUMN_TYPE_NUMBER",
  dateAndTime: "SHEET_COLUMN_TYPE_DATE_AND_TIME",
  choice: "SHEET_COLUMN_TYPE_CHOICE",
  userLookup: "SHEET_COLUMN_TYPE_LOOKUP",
  sheetLookup: "SHEET_COLUMN_TYPE_SHEET_LOOKUP",
  autoIncrement: "SHEET_COLUMN_TYPE_AUTO_INCREMENT",
  hyperlink: "SHEET_COLUMN_TYPE_HYPERLINK",
} as const;

export type SheetColumnTypeAlias = (typeof SHEET_COLUMN_TYPES)[keyof typeof SHEET_COLUMN_TYPES];

/** The admin columns endpoint reports display names ("Single line text"); both spellings are accepted. */
const DISPLAY_NAMES: Record<string, SheetColumnTypeAlias> = {
  "single line text": SHEET_COLUMN_TYPES.singleLineText,
  "multiple line text": SHEET_COLUMN_TYPES.multipleLineText,
  number: SHEET_COLUMN_TYPES.number,
  "date and time": SHEET_COLUMN_TYPES.dateAndTime,
  date: SHEET_COLUMN_TYPES.dateAndTime,
  choice: SHEET_COLUMN_TYPES.choice,
  "user lookup": SHEET_COLUMN_TYPES.userLookup,
  lookup: SHEET_COLUMN_TYPES.userLookup,
  "sheet lookup": SHEET_COLUMN_TYPES.sheetLookup,
  "isheet lookup": SHEET_COLUMN_TYPES.sheetLookup,
  "auto increment": SHEET_COLUMN_TYPES.autoIncrement,
  hyperlink: SHEET_COLUMN_TYPES.hyperlink,
};

const ALIASES = new Set<string>(Object.values(SHEET_COLUMN_TYPES));

/** The alias for a column type given as an alias or a display name, or undefined if unknown. */
export function normalizeColumnType(type: string): SheetColumnTypeAlias | undefined {
  const upper = type.trim().toUpperCase();
  if (ALIASES.has(upper)) return upper as SheetColumnTypeAlias;
  return DISPLAY_NAMES[type.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ")];
}
