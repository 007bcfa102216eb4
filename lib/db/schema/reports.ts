import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { users } from "./auth";
import { divisions } from "./divisions";
import { documents, folders } from "./files";
import { integrations, remoteConnections } from "./integrations";

export const targetStatus = pgEnum("integration_target_status", ["ok", "reauth_required", "error"]);

/**
 * A HighQ iSheet a division reports into (Division Settings → Integration Targets). It calls HighQ
 * as the administrator who chose it, through their own authorisation.
 */
export const integrationTargets = pgTable(
  "integration_targets",
  {
    id: id(),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    /** Null once its owner disconnected: the target then needs someone to choose it again. */
    connectionId: uuid("connection_id").references(() => remoteConnections.id, { onDelete: "set null" }),
    siteId: text("site_id").notNull(),
    siteName: text("site_name").notNull(),
    sheetId: text("sheet_id").notNull(),
    sheetName: text("sheet_name").notNull(),
    status: targetStatus("status").notNull().default("ok"),
    /** The last failure in words for the user (reauthentication required, sheet gone, …). */
    statusReason: text("status_reason"),
    lastTestedAt: timestamp("last_tested_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [unique("integration_targets_division_name").on(table.divisionId, table.name)],
);

/** One insight field written to one iSheet column; the column's title and type as read when mapped. */
export interface ReportMappingEntry {
  field: string;
  columnId: string;
  columnTitle: string;
  columnType: string;
}

/**
 * Insights → report target: which documents (a division, or a folder and its subfolders) go to which
 * integration target, with which mapping, on which schedule. The lease keeps one run per target at a time.
 */
export const reportTargets = pgTable(
  "report_targets",
  {
    id: id(),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    integrationTargetId: uuid("integration_target_id")
      .notNull()
      .references(() => integrationTargets.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Null: the whole division. Deleting the folder deletes the report rather than widening it. */
    folderId: uuid("folder_id").references(() => folders.id, { onDelete: "cascade" }),
    mapping: jsonb("mapping").$type<ReportMappingEntry[]>().notNull(),
    /** "blank": a field extracted with low confidence is written as an empty cell instead of its value. */
    lowConfidence: text("low_confidence", { enum: ["push", "blank"] }).notNull().default("push"),
    /** Null: run only on demand. */
    scheduleHours: integer("schedule_hours"),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    /** The run invocation holding the per-target lock, and until when (renewed while it works). */
    leaseRunId: uuid("lease_run_id"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("report_targets_division_name").on(table.divisionId, table.name),
    index("report_targets_next_run").on(table.nextRunAt),
  ],
);

export const reportRunStatus = pgEnum("report_run_status", ["queued", "running", "succeeded", "partial", "failed"]);

export const reportRuns = pgTable(
  "report_runs",
  {
    id: id(),
    reportTargetId: uuid("report_target_id")
      .notNull()
      .references(() => reportTargets.id, { onDelete: "cascade" }),
    trigger: text("trigger").$type<"manual" | "schedule">().notNull(),
    status: reportRunStatus("status").notNull().default("queued"),
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** Documents left for a later run because their extraction has not finished. */
    waiting: integer("waiting").notNull().default(0),
    /** Documents are walked in id order; the last id whose page is fully counted, so a resumed run continues after it. */
    cursor: uuid("cursor"),
    /** Invocations that started work on this run (a crash or retry adds one). */
    attempts: integer("attempts").notNull().default(0),
    /** Why the whole run stopped (reauthentication required, iSheet gone, …). */
    error: text("error"),
    errorCode: text("error_code"),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("report_runs_target_created").on(table.reportTargetId, table.createdAt)],
);

/** Per-row failures of a run, kept with the run's history. */
export const reportRunErrors = pgTable(
  "report_run_errors",
  {
    id: id(),
    runId: uuid("run_id")
      .notNull()
      .references(() => reportRuns.id, { onDelete: "cascade" }),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    documentName: text("document_name").notNull(),
    message: text("message").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("report_run_errors_run").on(table.runId)],
);

/**
 * The iSheet row of each (report target, document): its external id (the stable document key) and
 * item id, and a hash of the values last written so unchanged documents cost no remote call.
 * `pending` means a create was sent but not confirmed: the next attempt looks the row up by
 * external id first, so a crash between HighQ's answer and this table never makes a second row.
 */
export const reportRows = pgTable(
  "report_rows",
  {
    reportTargetId: uuid("report_target_id")
      .notNull()
      .references(() => reportTargets.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    itemId: text("item_id"),
    state: text("state").$type<"pending" | "written">().notNull().default("pending"),
    valuesHash: text("values_hash"),
    lastRunId: uuid("last_run_id"),
    writtenAt: timestamp("written_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.reportTargetId, table.documentId] })],
);

export type IntegrationTarget = typeof integrationTargets.$inferSelect;
export type ReportTarget = typeof reportTargets.$inferSelect;
export type ReportRun = typeof reportRuns.$inferSelect;
export type ReportRunStatus = (typeof reportRunStatus.enumValues)[number];
export type ReportRow = typeof reportRows.$inferSelect;
