import { pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { users } from "./auth";

export const divisionRole = pgEnum("division_role", ["admin", "member"]);

export const divisions = pgTable("divisions", {
  id: id(),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    divisionId: uuid("division_id")
      .notNull()
      .references(() => divisions.id, { onDelete: "cascade" }),
    role: divisionRole("role").notNull().default("member"),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.divisionId] })],
);

export type Division = typeof divisions.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type DivisionRole = (typeof divisionRole.enumValues)[number];
