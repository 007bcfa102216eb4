import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { users } from "./auth";
import { divisions } from "./divisions";
import { syncSources } from "./sync";

export const syncAlertKind = pgEnum("sync_alert_kind", ["needs_reauth", "failing"]);
export const notificationKind = pgEnum("notification_kind", ["sync_needs_reauth", "sync_failing", "sync_recovered"]);

/** The problem a sync source is being alerted about, while it lasts: one alert per problem, not per run. */
export const syncAlerts = pgTable("sync_alerts", {
  syncSourceId: uuid("sync_source_id")
    .primaryKey()
    .references(() => syncSources.id, { onDelete: "cascade" }),
  kind: syncAlertKind("kind").notNull(),
  openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A message in a person's notification list (and, with SMTP configured, their inbox). */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Notifications are about one division's content, so they go only to its members. */
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    syncSourceId: uuid("sync_source_id").references(() => syncSources.id, { onDelete: "set null" }),
    kind: notificationKind("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Where the notification leads (a Files URL). */
    href: text("href").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("notifications_user_created").on(table.userId, table.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
