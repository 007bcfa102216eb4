import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertAccountAdmin, assertCanManageMembers } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { divisions, documents, folders, memberships, users } from "@/lib/db/schema";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { divisionNameSchema, membershipSchema, removeMembershipSchema, renameDivisionSchema } from "@/lib/validation/admin";

/** Divisions the actor belongs to (what the division switcher offers). */
export async function listMyDivisions(actor: Actor) {
  const ids = Object.keys(actor.divisions);
  if (ids.length === 0) return [];
  const rows = await db.select({ id: divisions.id, name: divisions.name }).from(divisions).where(inArray(divisions.id, ids)).orderBy(asc(divisions.name));
  return rows.map((row) => ({ ...row, role: actor.divisions[row.id] }));
}

/** Every division with counts, for account administrators. */
export async function listAllDivisions(actor: Actor) {
  assertAccountAdmin(actor);
  const memberCounts = db
    .select({ divisionId: memberships.divisionId, members: count().as("members") })
    .from(memberships)
    .groupBy(memberships.divisionId)
    .as("member_counts");
  const documentCounts = db
    .select({ divisionId: documents.divisionId, documents: count().as("documents") })
    .from(documents)
    .groupBy(documents.divisionId)
    .as("document_counts");
  const rows = await db
    .select({
      id: divisions.id,
      name: divisions.name,
      createdAt: divisions.createdAt,
      members: memberCounts.members,
      documents: documentCounts.documents,
    })
    .from(divisions)
    .leftJoin(memberCounts, eq(memberCounts.divisionId, divisions.id))
    .leftJoin(documentCounts, eq(documentCounts.divisionId, divisions.id))
    .orderBy(asc(divisions.name));
  return rows.map((row) => ({ ...row, members: Number(row.members ?? 0), documents: Number(row.documents ?? 0) }));
}

export async function getDivision(actor: Actor, divisionId: string) {
  assertCanManageMembers(actor, divisionId);
  const [division] = await db.select().from(divisions).where(eq(divisions.id, divisionId));
  if (!division) throw notFound("That division");
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, disabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.divisionId, divisionId))
    .orderBy(asc(users.email));
  return { ...division, members };
}

const uniqueName = (name: string) => conflict(`A division named “${name}” already exists.`);

export async function createDivision(actor: Actor, input: z.infer<typeof divisionNameSchema>) {
  assertAccountAdmin(actor);
  return db.transaction(async (tx) => {
    const [division] = await tx.insert(divisions).values({ name: input.name }).onConflictDoNothing().returning({ id: divisions.id });
    if (!division) throw uniqueName(input.name);
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: division.id,
      action: "division.created",
      targetType: "division",
      targetId: division.id,
      summary: `Created division ${input.name}`,
    });
    return division.id;
  });
}

export async function renameDivision(actor: Actor, input: z.infer<typeof renameDivisionSchema>) {
  assertAccountAdmin(actor);
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: divisions.id }).from(divisions).where(eq(divisions.name, input.name));
    if (taken && taken.id !== input.divisionId) throw uniqueName(input.name);
    const [division] = await tx.update(divisions).set({ name: input.name }).where(eq(divisions.id, input.divisionId)).returning();
    if (!division) throw notFound("That division");
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: division.id,
      action: "division.renamed",
      targetType: "division",
      targetId: division.id,
      summary: `Renamed a division to ${input.name}`,
    });
  });
}

/** Deletes a division only when it holds no folders or documents, so nothing is lost by accident. */
export async function deleteDivision(actor: Actor, divisionId: string) {
  assertAccountAdmin(actor);
  await db.transaction(async (tx) => {
    const [division] = await tx.select().from(divisions).where(eq(divisions.id, divisionId)).for("update");
    if (!division) throw notFound("That division");
    const [content] = await tx.select({ n: count() }).from(folders).where(eq(folders.divisionId, divisionId));
    if (content.n > 0) {
      throw conflict(`“${division.name}” still has folders. Delete or move its folders first; only an empty division can be deleted.`);
    }
    await tx.delete(divisions).where(eq(divisions.id, divisionId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "division.deleted",
      targetType: "division",
      targetId: divisionId,
      summary: `Deleted division ${division.name}`,
    });
  });
}

export async function setMembership(actor: Actor, input: z.infer<typeof membershipSchema>) {
  assertCanManageMembers(actor, input.divisionId);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
    if (!user) throw notFound("That user");
    const [division] = await tx.select({ name: divisions.name }).from(divisions).where(eq(divisions.id, input.divisionId));
    if (!division) throw notFound("That division");
    await tx
      .insert(memberships)
      .values(input)
      .onConflictDoUpdate({ target: [memberships.userId, memberships.divisionId], set: { role: input.role } });
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: input.divisionId,
      action: "membership.set",
      targetType: "user",
      targetId: input.userId,
      summary: `Made ${user.email} ${input.role === "admin" ? "an administrator" : "a member"} of ${division.name}`,
    });
  });
}

export async function removeMembership(actor: Actor, input: z.infer<typeof removeMembershipSchema>) {
  assertCanManageMembers(actor, input.divisionId);
  if (input.userId === actor.id && !actor.isAccountAdmin) {
    throw invalid("You cannot remove yourself from a division you administer. Ask another administrator.");
  }
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(memberships)
      .where(and(eq(memberships.divisionId, input.divisionId), eq(memberships.userId, input.userId)))
      .returning();
    if (!removed) throw notFound("That membership");
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: input.divisionId,
      action: "membership.removed",
      targetType: "user",
      targetId: input.userId,
      summary: "Removed a member from the division",
    });
  });
}

/** Users an administrator can add to a division (not yet members). */
export async function listUsersForMembership(actor: Actor, divisionId: string) {
  assertCanManageMembers(actor, divisionId);
  return db.select({ id: users.id, email: users.email, name: users.name }).from(users).orderBy(asc(users.email));
}
