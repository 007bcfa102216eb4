import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { users } from "./auth";
import { divisions } from "./divisions";

export const documentSource = pgEnum("document_source", ["upload", "highq", "intralinks"]);

/** A folder tree per division; `parent_id` null means a top-level folder. */
export const folders = pgTable(
  "folders",
  {
    id: id(),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => folders.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique("folders_sibling_name").on(table.divisionId, table.parentId, table.name).nullsNotDistinct(),
    index("folders_parent").on(table.parentId),
  ],
);

export const documents = pgTable(
  "documents",
  {
    id: id(),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    folderId: uuid("folder_id")
      .notNull()
      .references(() => folders.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    source: documentSource("source").notNull().default("upload"),
    /** Path of the remote file relative to the synced remote folder, for synced documents. */
    remotePath: text("remote_path"),
    /** Set when the remote file disappeared; the local document is kept (no delete sync). */
    removedAtSourceAt: timestamp("removed_at_source_at", { withTimezone: true }),
    /** Denormalised from the current version so listings need no join. */
    size: bigint("size", { mode: "number" }).notNull(),
    mediaType: text("media_type").notNull(),
    versionCount: integer("version_count").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("documents_folder_name").on(table.folderId, table.name),
    // The Files page sorts by case-insensitive name by default.
    index("documents_folder_lower_name").on(table.folderId, sql`lower(${table.name})`),
    index("documents_folder_updated").on(table.folderId, table.updatedAt),
    index("documents_folder_size").on(table.folderId, table.size),
  ],
);

export const documentVersions = pgTable(
  "document_versions",
  {
    id: id(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    mediaType: text("media_type").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    /** Remote version identifier for synced documents. */
    remoteVersion: text("remote_version"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("document_versions_number").on(table.documentId, table.versionNumber),
    index("document_versions_sha256").on(table.sha256),
  ],
);

export type Folder = typeof folders.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type DocumentVersion = typeof documentVersions.$inferSelect;
export type DocumentSource = (typeof documentSource.enumValues)[number];

