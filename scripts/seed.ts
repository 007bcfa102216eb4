import argon2 from "argon2";
import { count } from "drizzle-orm";
import { createDatabase } from "@/lib/db/client";
import { divisions, folders, memberships, users } from "@/lib/db/schema";

export const DEMO_PASSWORD = "ferry-demo-password";

export const DEMO_USERS = [
  { email: "admin@ferry.test", name: "Avery Admin", isAccountAdmin: true, isConnectorAdmin: false },
  { email: "dana@ferry.test", name: "Dana Division-Admin", isAccountAdmin: false, isConnectorAdmin: false },
  { email: "morgan@ferry.test", name: "Morgan Member", isAccountAdmin: false, isConnectorAdmin: false },
  { email: "lee@ferry.test", name: "Lee Litigator", isAccountAdmin: false, isConnectorAdmin: false },
] as const;

/** Demo data for a new machine: runs only when the database has no users yet. */
export async function seedDemo(url: string): Promise<boolean> {
  const { db, close } = createDatabase(url);
  try {
    const [existing] = await db.select({ n: count() }).from(users);
    if (existing.n > 0) return false;
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    await db.transaction(async (tx) => {
      const created = await tx
        .insert(users)
        .values(DEMO_USERS.map((user) => ({ ...user, passwordHash })))
        .returning({ id: users.id, email: users.email });
      const id = (email: string) => created.find((user) => user.email === email)!.id;
      const [corporate, litigation] = await tx
        .insert(divisions)
        .values([{ name: "Corporate M&A" }, { name: "Litigation" }])
        .returning({ id: divisions.id });
      await tx.insert(memberships).values([
        { divisionId: corporate.id, userId: id("admin@ferry.test"), role: "admin" },
        { divisionId: corporate.id, userId: id("dana@ferry.test"), role: "admin" },
        { divisionId: corporate.id, userId: id("morgan@ferry.test"), role: "member" },
        { divisionId: litigation.id, userId: id("admin@ferry.test"), role: "admin" },
        { divisionId: litigation.id, userId: id("lee@ferry.test"), role: "member" },
      ]);
      const [deals] = await tx.insert(folders).values({ divisionId: corporate.id, name: "Deals" }).returning({ id: folders.id });
      await tx.insert(folders).values([
        { divisionId: corporate.id, parentId: deals.id, name: "Project Atlas" },
        { divisionId: corporate.id, parentId: deals.id, name: "Project Borealis" },
        { divisionId: corporate.id, name: "Templates" },
        { divisionId: litigation.id, name: "Disputes" },
        { divisionId: litigation.id, name: "Expert reports" },
      ]);
    });
    return true;
  } finally {
    await close();
  }
}
