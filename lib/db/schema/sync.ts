import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { users } from "./auth";
import { divisions } from "./divisions";
import { documents, folders } from "./files";
import { integrations, remoteConnections } from "./integrations";

export const syncSourceStatus = pgEnum("sync_source_status", ["active", "paused", "reauth_required", "error"]);
/** `partial`: the run finished, but some documents failed to come in (they are retried soon). */
export const syncRunStatus = pgEnum("sync_run_status", ["queued", "running", "succeeded", "partial", "failed"]);
export const syncRunTrigger = pgEnum("sync_run_trigger", ["schedule", "manual"]);
export const syncItemOutcome = pgEnum("sync_item_outcome", ["new", "updated", "unchanged", "skipped", "failed"]);

/** What a run or a source failed with: a RemoteError's plain data, or a message. */
export type SyncErrorData = { code: string; title?: string; message: string; resolution?: string; retryable?: boolean };

/** A folder mirrored from a HighQ site or Intralinks exchange folder (one-directional). */
export const syncSources = pgTable(
  "sync_sources",
  {
    id: id(),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    /** A folder has at most one sync source. */
    folderId: uuid("folder_id")
      .notNull()
      .unique("sync_sources_folder")
      .references(() => folders.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    /**
     * The authorisation the sync runs as. Null after the user disconnected: the source then waits
     * as "reauthentication required" (never deleted with the connection) until they authorise again.
     */
    connectionId: uuid("connection_id").references(() => remoteConnections.id, { onDelete: "set null" }),
    /** Who configured it; their re-authorisation reconnects a source whose connection was removed. */
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    workspaceId: text("workspace_id").notNull(),
    workspaceName: text("workspace_name").notNull(),
    remoteRootFolderId: text("remote_root_folder_id").notNull(),
    remoteRootPath: text("remote_root_path").notNull(),
    intervalMinutes: integer("interval_minutes").notNull().default(60),
    status: syncSourceStatus("status").notNull().default("active"),
    statusError: jsonb("status_error").$type<SyncErrorData>(),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("sync_sources_due").on(table.status, table.nextRunAt), index("sync_sources_connection").on(table.connectionId)],
);

/** Every remote document a source has brought in, keyed by its remote identity. */
export const syncRemoteItems = pgTable(
  "sync_remote_items",
  {
    id: id(),
    syncSourceId: uuid("sync_source_id")
      .notNull()
      .references(() => syncSources.id, { onDelete: "cascade" }),
    remoteId: text("remote_id").notNull(),
    /** Null until the first download is recorded, or after the local document was deleted. */
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    remotePath: text("remote_path").notNull(),
    remoteVersion: text("remote_version"),
    size: bigint("size", { mode: "number" }),
    remoteHash: text("remote_hash"),
    removedAtSourceAt: timestamp("removed_at_source_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (table) => [unique("sync_remote_items_identity").on(table.syncSourceId, table.remoteId)],
);

/** One run of a source: its plan summary, progress and result. */
export const syncRuns = pgTable(
  "sync_runs",
  {
    id: id(),
    syncSourceId: uuid("sync_source_id")
      .notNull()
      .references(() => syncSources.id, { onDelete: "cascade" }),
    trigger: syncRunTrigger("trigger").notNull().default("schedule"),
    status: syncRunStatus("status").notNull().default("queued"),
    /** Set once the plan is stored; a resumed run skips planning. */
    plannedAt: timestamp("planned_at", { withTimezone: true }),
    found: integer("found").notNull().default(0),
    newCount: integer("new_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    skippedCount: integer("skipped_count").notNull().default(0),
    failedCount: integer("failed_count").notNull().default(0),
    removedCount: integer("removed_count").notNull().default(0),
    /** Progress: documents and bytes to download, and done so far. */
    plannedDocs: integer("planned_docs").notNull().default(0),
    plannedBytes: bigint("planned_bytes", { mode: "number" }).notNull().default(0),
    doneDocs: integer("done_docs").notNull().default(0),
    bytes: bigint("bytes", { mode: "number" }).notNull().default(0),
    error: jsonb("error").$type<SyncErrorData>(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    createdAt: createdAt(),
  },
  (table) => [index("sync_runs_source_created").on(table.syncSourceId, table.createdAt)],
);

/**
 * A run's plan: one row per document to download or skip (unchanged documents are only counted).
 * `done` rows are finished, so a crashed run continues with the rest.
 */
export const syncRunItems = pgTable(
  "sync_run_items",
  {
    id: id(),
    runId: uuid("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    remoteId: text("remote_id").notNull(),
    name: text("name").notNull(),
    remotePath: text("remote_path").notNull(),
    remoteFolderId: text("remote_folder_id").notNull(),
    localFolderId: uuid("local_folder_id")
      .notNull()
      .references(() => folders.id, { onDelete: "cascade" }),
    remoteVersion: text("remote_version").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    remoteHash: text("remote_hash"),
    modifiedAt: timestamp("modified_at", { withTimezone: true }),
    /** What the plan intends: `new`, `updated` or `skipped`; after the download, what happened. */
    outcome: syncItemOutcome("outcome").notNull(),
    /** Why a document was skipped or failed. */
    reason: jsonb("reason").$type<SyncErrorData>(),
    done: boolean("done").notNull().default(false),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [unique("sync_run_items_identity").on(table.runId, table.remoteId), index("sync_run_items_pending").on(table.runId, table.done)],
);

export type SyncSource = typeof syncSources.$inferSelect;
export type SyncRemoteItem = typeof syncRemoteItems.$inferSelect;
export type SyncRun = typeof syncRuns.$inferSelect;
export type SyncRunItem = typeof syncRunItems.$inferSelect;
export type SyncSourceStatus = (typeof syncSourceStatus.enumValues)[number];
export type SyncItemOutcome = (typeof syncItemOutcome.enumValues)[number];
