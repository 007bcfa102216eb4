import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { generateOneTimePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertAccountAdmin } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { conflict, invalid, notFound } from "@/lib/errors";
import type {
  changePasswordSchema,
  createUserSchema,
  setupSchema,
  setUserDisabledSchema,
  updateUserRolesSchema,
} from "@/lib/validation/admin";

export async function hasAnyUser(): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row.n > 0;
}

/**
 * First-run set-up: creates the first account administrator. The advisory lock makes two
 * simultaneous set-up requests create one administrator, not two.
 */
export async function createFirstAdministrator(input: z.infer<typeof setupSchema>): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute("SELECT pg_advisory_xact_lock(4201)");
    const [existing] = await tx.select({ n: count() }).from(users);
    if (existing.n > 0) throw conflict("Ferry is already set up. Sign in instead.");
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, isAccountAdmin: true })
      .returning({ id: users.id });
    await recordAudit(tx, {
      actorId: user.id,
      action: "setup.completed",
      targetType: "user",
      targetId: user.id,
      summary: `Set up Ferry with ${input.email} as the first account administrator`,
    });
    return user.id;
  });
}

export async function listUsers(actor: Actor) {
  assertAccountAdmin(actor);
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      isAccountAdmin: users.isAccountAdmin,
      isConnectorAdmin: users.isConnectorAdmin,
      disabledAt: users.disabledAt,
      mustChangePassword: users.mustChangePassword,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.email));
}

/** Creates a user with a one-time password, returned once so the administrator can pass it on. */
export async function createUser(actor: Actor, input: z.infer<typeof createUserSchema>) {
  assertAccountAdmin(actor);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ ...input, passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw conflict(`A user with the email ${input.email} already exists.`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.created",
      targetType: "user",
      targetId: user.id,
      summary: `Created user ${input.email}`,
      details: { isAccountAdmin: input.isAccountAdmin, isConnectorAdmin: input.isConnectorAdmin },
    });
    return { userId: user.id, oneTimePassword };
  });
}

export async function updateUserRoles(actor: Actor, input: z.infer<typeof updateUserRolesSchema>) {
  assertAccountAdmin(actor);
  if (input.userId === actor.id && !input.isAccountAdmin) {
    throw invalid("You cannot remove your own account administrator role. Ask another administrator.");
  }
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ isAccountAdmin: input.isAccountAdmin, isConnectorAdmin: input.isConnectorAdmin })
      .where(eq(users.id, input.userId))
      .returning({ email: users.email });
    if (!user) throw notFound("That user");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.roles_changed",
      targetType: "user",
      targetId: input.userId,
      summary: `Changed roles of ${user.email}`,
      details: { isAccountAdmin: input.isAccountAdmin, isConnectorAdmin: input.isConnectorAdmin },
    });
  });
}

export async function setUserDisabled(actor: Actor, input: z.infer<typeof setUserDisabledSchema>) {
  assertAccountAdmin(actor);
  if (input.userId === actor.id) throw invalid("You cannot disable your own account.");
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(eq(users.id, input.userId))
      .returning({ email: users.email });
    if (!user) throw notFound("That user");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: input.userId,
      summary: `${input.disabled ? "Disabled" : "Enabled"} ${user.email}`,
    });
  });
}

/** Issues a new one-time password (for a user who forgot theirs). */
export async function resetUserPassword(actor: Actor, userId: string) {
  assertAccountAdmin(actor);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    if (!user) throw notFound("That user");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_reset",
      targetType: "user",
      targetId: userId,
      summary: `Issued a one-time password to ${user.email}`,
    });
  });
  return { oneTimePassword };
}

export async function changeOwnPassword(actor: Actor, input: z.infer<typeof changePasswordSchema>) {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("Your current password is not correct.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_changed",
      targetType: "user",
      targetId: actor.id,
      summary: `${actor.email} changed their password`,
    });
  });
}
