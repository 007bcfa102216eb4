import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { memberships, users } from "@/lib/db/schema";
import type { Actor } from "./actor";

/** Loads a user with their division roles; `null` when the user is unknown or disabled. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  const rows = await db
    .select({ divisionId: memberships.divisionId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAccountAdmin: user.isAccountAdmin,
    isConnectorAdmin: user.isConnectorAdmin,
    mustChangePassword: user.mustChangePassword,
    divisions: Object.fromEntries(rows.map((row) => [row.divisionId, row.role])),
  };
}
