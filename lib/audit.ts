import "server-only";
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { db, type Queryable } from "@/lib/db";
import { auditLog, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { activityScope, STRUCTURAL_ACTIVITY } from "@/lib/auth/permissions";

export interface AuditInput {
  actorId: string | null;
  divisionId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  summary: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Queryable, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, divisionId: entry.divisionId ?? null, targetId: entry.targetId ?? null });
}

/**
 * The activity an actor may read (`activityScope` in the permission rule): everything in their
 * divisions; structural entries of other divisions for account administrators; account-level
 * entries for account administrators, or only one's own. Entries of a division one has left are
 * content and stay hidden, even one's own.
 */
export async function listActivity(actor: Actor, { limit = 100, offset = 0 } = {}) {
  const scope = activityScope(actor);
  const accountLevel = scope.accountLevel === "all" ? isNull(auditLog.divisionId) : and(isNull(auditLog.divisionId), eq(auditLog.actorId, actor.id));
  const visible = or(
    accountLevel,
    scope.memberOf.length > 0 ? inArray(auditLog.divisionId, scope.memberOf) : undefined,
    scope.structureEverywhere ? inArray(auditLog.action, [...STRUCTURAL_ACTIVITY]) : undefined,
  );
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      summary: auditLog.summary,
      createdAt: auditLog.createdAt,
      actorEmail: users.email,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(visible)
    .orderBy(desc(auditLog.createdAt))
    .limit(limit)
    .offset(offset);
}
