import { index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { users } from "./auth";

export const integrationProvider = pgEnum("integration_provider", ["highq", "intralinks"]);
export const intralinksAuthVersion = pgEnum("intralinks_auth_version", ["v2", "v3"]);
export const connectionStatus = pgEnum("connection_status", ["active", "reauth_required"]);

/** An OAuth app registered with HighQ or Intralinks, created by an account or connector administrator. */
export const integrations = pgTable("integrations", {
  id: id(),
  provider: integrationProvider("provider").notNull(),
  name: text("name").notNull().unique(),
  /** Only "sync" exists today; kept so other kinds can follow without a migration of meaning. */
  type: text("type").notNull().default("sync"),
  /** HighQ: `host/instance` as stored after normalisation. Intralinks: the API base URL. */
  host: text("host").notNull(),
  clientId: text("client_id").notNull(),
  /** AES-256-GCM ciphertext (lib/crypto); never sent to a browser. */
  clientSecretEncrypted: text("client_secret_encrypted").notNull(),
  /** When and by whom the secret was last set: all a page shows of it (no part of the secret). */
  secretSetAt: timestamp("secret_set_at", { withTimezone: true }).notNull().defaultNow(),
  secretSetBy: uuid("secret_set_by").references(() => users.id, { onDelete: "set null" }),
  authVersion: intralinksAuthVersion("auth_version"),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One user's authorisation of one integration with their own remote account. */
export const remoteConnections = pgTable(
  "remote_connections",
  {
    id: id(),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    remoteAccountId: text("remote_account_id").notNull(),
    remoteEmail: text("remote_email"),
    remoteName: text("remote_name"),
    accessTokenEncrypted: text("access_token_encrypted").notNull(),
    refreshTokenEncrypted: text("refresh_token_encrypted"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    status: connectionStatus("status").notNull().default("active"),
    /** Why the connection needs the user again (a catalogue code), when it does. */
    statusReason: text("status_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("remote_connections_user").on(table.integrationId, table.userId),
    index("remote_connections_user_id").on(table.userId),
  ],
);

export type Integration = typeof integrations.$inferSelect;
export type RemoteConnection = typeof remoteConnections.$inferSelect;
export type IntegrationProvider = (typeof integrationProvider.enumValues)[number];

/**
 * The last authorisation attempt of a user that Ferry caught failing (before or after the remote
 * sign-in), so the integration card keeps showing it. Cleared when an authorisation succeeds.
 */
export const authorisationProblems = pgTable(
  "authorisation_problems",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    /** A catalogue code or one of Ferry's flow codes (lib/integrations/flow-errors). */
    code: text("code").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.integrationId] })],
);
