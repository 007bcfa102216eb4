import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { divisions } from "./divisions";
import { documents, documentVersions } from "./files";

/** pending → running → one of ok / no_text / encrypted / unsupported / failed (the text outcomes of lib/insights). */
export const insightStatus = pgEnum("insight_status", ["pending", "running", "ok", "no_text", "encrypted", "unsupported", "failed"]);

/** One extracted field as stored: the value and where it was found, so a person can check it. */
export interface StoredInsightField {
  value: string | number | string[];
  page?: number;
  snippet?: string;
  /** How sure the extractor was (lib/insights FieldConfidence); absent for rows stored before rules-v2. */
  confidence?: "high" | "medium" | "low";
  /** Estimated rather than read (a DOCX page count without page metadata). */
  estimate?: boolean;
}

/**
 * What extraction found in one document version. Keyed by version so a new version gets its own
 * row and an old result never describes new bytes; division and document are copied in so the
 * Insights table filters and sorts without walking versions.
 */
export const documentInsights = pgTable(
  "document_insights",
  {
    id: id(),
    documentVersionId: uuid("document_version_id")
      .notNull()
      .unique()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    status: insightStatus("status").notNull().default("pending"),
    /** Why the text could not be read (no_text, encrypted, unsupported, failed), in words for the user. */
    reason: text("reason"),
    extractor: text("extractor"),
    /** A size/page/time limit cut the text short; fields come from the part that was read. */
    truncated: boolean("truncated").notNull().default(false),
    /** Field key → value, page and snippet (lib/insights ExtractedField without the key). */
    fields: jsonb("fields").$type<Record<string, StoredInsightField>>().notNull().default({}),
    attempts: integer("attempts").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("document_insights_document").on(table.documentId),
    index("document_insights_division_status").on(table.divisionId, table.status),
  ],
);

export type DocumentInsight = typeof documentInsights.$inferSelect;
export type InsightStatus = (typeof insightStatus.enumValues)[number];
