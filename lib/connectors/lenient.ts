/** Lenient readers for remote JSON, where numbers arrive as strings and one-item lists as objects. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list that may arrive as an array, as one bare object, or be left out. */
export function asList(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export function toBool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (["1", "true", "t", "y", "yes"].includes(lower)) return true;
    if (["0", "false", "f", "n", "no"].includes(lower)) return false;
  }
  return undefined;
}

export function toText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return undefined;
}

/** Ids are kept as strings: Intralinks ids reach 10 digits and HighQ sends them either way. */
export function toId(value: unknown): string | undefined {
  const text = toText(value)?.trim();
  return text ? text : undefined;
}
