import "server-only";
import { desc, eq, inArray, or } from "drizzle-orm";
import { db, type Queryable } from "@/lib/db";
import { auditLog, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";

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

/** Account administrators see everything; others see the activity of their divisions. */
export async function listActivity(actor: Actor, { limit = 100, offset = 0 } = {}) {
  const divisionIds = Object.keys(actor.divisions);
  const mine = eq(auditLog.actorId, actor.id);
  const visible = actor.isAccountAdmin
    ? undefined
    : divisionIds.length > 0
      ? or(inArray(auditLog.divisionId, divisionIds), mine)
      : mine;
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
