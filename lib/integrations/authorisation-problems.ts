import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { db, type Queryable } from "@/lib/db";
import { authorisationProblems } from "@/lib/db/schema";

/**
 * A person's last failed authorisation attempt per integration. Each person sees only their own:
 * the problem is about the attempt they made (config problems show to whoever tries next, too).
 */
export async function recordAuthorisationProblem(actor: Actor, integrationId: string, code: string): Promise<void> {
  const occurredAt = new Date();
  await db
    .insert(authorisationProblems)
    .values({ userId: actor.id, integrationId, code, occurredAt })
    .onConflictDoUpdate({ target: [authorisationProblems.userId, authorisationProblems.integrationId], set: { code, occurredAt } });
}

/** Called when an authorisation succeeds (inside its transaction). */
export async function clearAuthorisationProblem(tx: Queryable, userId: string, integrationId: string): Promise<void> {
  await tx.delete(authorisationProblems).where(and(eq(authorisationProblems.userId, userId), eq(authorisationProblems.integrationId, integrationId)));
}

/** The caller's own open problems, by integration id. */
export async function listMyAuthorisationProblems(actor: Actor): Promise<Map<string, { code: string; occurredAt: Date }>> {
  const rows = await db
    .select({ integrationId: authorisationProblems.integrationId, code: authorisationProblems.code, occurredAt: authorisationProblems.occurredAt })
    .from(authorisationProblems)
    .where(eq(authorisationProblems.userId, actor.id));
  return new Map(rows.map(({ integrationId, ...problem }) => [integrationId, problem]));
}
