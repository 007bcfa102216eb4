import { formatBytes, formatDateTime } from "@/lib/format";

/** A stored field value as text for tables: lists joined, byte counts and sync times readable. */
export function displayValue(key: string, value: string | number | string[] | undefined): string {
  if (value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join("; ");
  if (key === "fileSize" && typeof value === "number") return formatBytes(value);
  if (key === "syncedAt") return formatDateTime(String(value));
  return String(value);
}
