import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { users } from "./auth";
import { divisions } from "./divisions";

/** Who did what: every administrative change and every change to a division's content. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    divisionId: uuid("division_id").references(() => divisions.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    summary: text("summary").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_created").on(table.createdAt), index("audit_log_division").on(table.divisionId)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
