import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { divisions, memberships, users, type DivisionRole } from "@/lib/db/schema";

/** Test data made through the real database; names are unique so test files can run in parallel. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeUser(options: { isAccountAdmin?: boolean; isConnectorAdmin?: boolean; password?: string } = {}): Promise<Actor> {
  const email = `${unique("user")}@example.test`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: email.split("@")[0],
      isAccountAdmin: options.isAccountAdmin ?? false,
      isConnectorAdmin: options.isConnectorAdmin ?? false,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    })
    .returning();
  return (await loadActor(user.id))!;
}

export async function makeDivision(members: { actor: Actor; role: DivisionRole }[] = []) {
  const [division] = await db.insert(divisions).values({ name: unique("Division") }).returning();
  if (members.length > 0) {
    await db.insert(memberships).values(members.map(({ actor, role }) => ({ divisionId: division.id, userId: actor.id, role })));
  }
  return division;
}

/** Re-reads an actor after membership changes, as the next request would. */
export const refresh = async (actor: Actor) => (await loadActor(actor.id))!;
