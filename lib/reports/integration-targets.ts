import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { assertDivisionAdmin, assertDivisionMember, isDivisionAdmin } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import type { HighqIsheets, IsheetColumn } from "@/lib/connectors/highq";
import { db } from "@/lib/db";
import { integrations, integrationTargets, remoteConnections, reportTargets, users, type IntegrationTarget } from "@/lib/db/schema";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { getMyConnection } from "@/lib/integrations/connections";
import type { browseSheetsSchema, browseSitesSchema, integrationTargetSchema, updateIntegrationTargetSchema } from "@/lib/validation/reports";
import { isheetsForConnection, sitesForConnection } from "./remote";
import { recordTargetFailure, recordTargetWorking } from "./target-status";

const nameTaken = (name: string) => conflict(`This division already has an integration target named “${name}”.`);

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? error;
  return (cause as { code?: string }).code === "23505";
}

/** What members see of a target: never tokens, only whose authorisation it uses and whether it works. */
export interface IntegrationTargetView {
  id: string;
  divisionId: string;
  name: string;
  integrationId: string;
  integrationName: string;
  siteId: string;
  siteName: string;
  sheetId: string;
  sheetName: string;
  status: IntegrationTarget["status"];
  statusReason: string | null;
  /** Whose HighQ authorisation the target uses; null once they disconnected. */
  authorisedAs: string | null;
  ownedByMe: boolean;
  lastTestedAt: Date | null;
  reportTargets: number;
}

export async function listIntegrationTargets(actor: Actor, divisionId: string): Promise<IntegrationTargetView[]> {
  assertDivisionMember(actor, divisionId);
  const rows = await db
    .select({
      target: integrationTargets,
      integrationName: integrations.name,
      connectionUserId: remoteConnections.userId,
      remoteEmail: remoteConnections.remoteEmail,
      ownerEmail: users.email,
      reports: sql<number>`(select count(*)::int from ${reportTargets} r where r.integration_target_id = ${integrationTargets.id})`,
    })
    .from(integrationTargets)
    .innerJoin(integrations, eq(integrations.id, integrationTargets.integrationId))
    .leftJoin(remoteConnections, eq(remoteConnections.id, integrationTargets.connectionId))
    .leftJoin(users, eq(users.id, remoteConnections.userId))
    .where(eq(integrationTargets.divisionId, divisionId))
    .orderBy(asc(sql`lower(${integrationTargets.name})`));
  return rows.map(({ target, integrationName, connectionUserId, remoteEmail, ownerEmail, reports }) => ({
    id: target.id,
    divisionId: target.divisionId,
    name: target.name,
    integrationId: target.integrationId,
    integrationName,
    siteId: target.siteId,
    siteName: target.siteName,
    sheetId: target.sheetId,
    sheetName: target.sheetName,
    // A target whose owner disconnected cannot work whatever its last test said.
    status: target.connectionId ? target.status : "reauth_required",
    statusReason: target.connectionId
      ? target.statusReason
      : "The person who set up this target disconnected their HighQ authorisation. Edit the target and choose the integration with your own authorisation.",
    authorisedAs: connectionUserId ? `${ownerEmail ?? "unknown user"}${remoteEmail ? ` (HighQ: ${remoteEmail})` : ""}` : null,
    ownedByMe: connectionUserId === actor.id,
    lastTestedAt: target.lastTestedAt,
    reportTargets: Number(reports),
  }));
}

/** HighQ integrations with the actor's own authorisation status, for choosing one. */
export async function listHighqIntegrationsForTargets(actor: Actor) {
  const rows = await db
    .select({ id: integrations.id, name: integrations.name, status: remoteConnections.status, remoteEmail: remoteConnections.remoteEmail })
    .from(integrations)
    .leftJoin(remoteConnections, and(eq(remoteConnections.integrationId, integrations.id), eq(remoteConnections.userId, actor.id)))
    .where(eq(integrations.provider, "highq"))
    .orderBy(asc(sql`lower(${integrations.name})`));
  return rows.map((row) => ({ id: row.id, name: row.name, status: row.status ?? ("not_authorised" as const), remoteEmail: row.remoteEmail }));
}

/** The actor's own active authorisation of a HighQ integration: targets always act as the person who chose them. */
async function myActiveConnectionOrThrow(actor: Actor, integrationId: string) {
  const [integration] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
  if (!integration) throw notFound("That integration");
  if (integration.provider !== "highq") throw invalid("iSheet targets need a HighQ integration.");
  const connection = await getMyConnection(actor, integrationId);
  if (!connection) throw invalid(`Authorise “${integration.name}” with your HighQ account first (Settings → Integrations).`);
  if (connection.status !== "active") {
    throw invalid(`Your authorisation of “${integration.name}” needs renewing: authorise it again in Settings → Integrations.`);
  }
  return connection;
}

export async function browseSites(actor: Actor, input: z.infer<typeof browseSitesSchema>) {
  assertDivisionAdmin(actor, input.divisionId);
  const connection = await myActiveConnectionOrThrow(actor, input.integrationId);
  return sitesForConnection(connection.id);
}

export async function browseSheets(actor: Actor, input: z.infer<typeof browseSheetsSchema>) {
  assertDivisionAdmin(actor, input.divisionId);
  const connection = await myActiveConnectionOrThrow(actor, input.integrationId);
  return (await isheetsForConnection(connection.id)).listSheets(input.siteId);
}

/** Reads the site and iSheet live, so a target only ever names things the actor can open. */
async function resolveSheet(connectionId: string, siteId: string, sheetId: string) {
  const sites = await sitesForConnection(connectionId);
  const site = sites.find((candidate) => candidate.id === siteId);
  if (!site) throw invalid("That HighQ site is not one your account can open.");
  const sheets = await (await isheetsForConnection(connectionId)).listSheets(siteId);
  const sheet = sheets.find((candidate) => candidate.id === sheetId);
  if (!sheet) throw invalid(`The site “${site.name}” has no such iSheet, or your account cannot see it.`);
  return { siteName: site.name, sheetName: sheet.name };
}

export async function getIntegrationTargetOrThrow(actor: Actor, targetId: string, { admin = false } = {}): Promise<IntegrationTarget> {
  const [target] = await db.select().from(integrationTargets).where(eq(integrationTargets.id, targetId));
  if (!target) throw notFound("That integration target");
  if (admin) assertDivisionAdmin(actor, target.divisionId);
  else assertDivisionMember(actor, target.divisionId);
  return target;
}

/**
 * Rows go out under the target owner's HighQ account, so a run (manual or scheduled) checks at run
 * time that the owner still administers the division: someone removed from it must not keep
 * receiving its content in an iSheet they can read.
 */
export async function assertOwnerMayReport(target: IntegrationTarget): Promise<void> {
  const [connection] = target.connectionId
    ? await db.select({ userId: remoteConnections.userId }).from(remoteConnections).where(eq(remoteConnections.id, target.connectionId))
    : [];
  const owner = connection ? await loadActor(connection.userId) : null;
  if (!owner || !isDivisionAdmin(owner, target.divisionId)) {
    throw forbidden(
      `The iSheet target “${target.name}” uses the HighQ authorisation of someone who no longer administers this division, so nothing was sent. A division administrator must edit the target and save it with their own authorisation.`,
    );
  }
}

export async function createIntegrationTarget(actor: Actor, input: z.infer<typeof integrationTargetSchema>): Promise<string> {
  assertDivisionAdmin(actor, input.divisionId);
  const connection = await myActiveConnectionOrThrow(actor, input.integrationId);
  const names = await resolveSheet(connection.id, input.siteId, input.sheetId);
  try {
    return await db.transaction(async (tx) => {
      const [target] = await tx
        .insert(integrationTargets)
        .values({ ...input, ...names, connectionId: connection.id, createdBy: actor.id, lastTestedAt: new Date() })
        .returning({ id: integrationTargets.id });
      await recordAudit(tx, {
        actorId: actor.id,
        divisionId: input.divisionId,
        action: "integration_target.created",
        targetType: "integration_target",
        targetId: target.id,
        summary: `Added the iSheet target ${input.name} (${names.siteName} → ${names.sheetName})`,
      });
      return target.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

/**
 * Renaming keeps the target's authorisation; choosing another integration, site or iSheet makes the
 * target use the editor's own authorisation, read live like a new one.
 */
export async function updateIntegrationTarget(actor: Actor, input: z.infer<typeof updateIntegrationTargetSchema>): Promise<void> {
  const target = await getIntegrationTargetOrThrow(actor, input.targetId, { admin: true });
  if (target.divisionId !== input.divisionId) throw forbidden();
  const moved = target.integrationId !== input.integrationId || target.siteId !== input.siteId || target.sheetId !== input.sheetId;
  // Saving someone else's target takes it over with one's own authorisation (see assertOwnerMayReport).
  const mine = await getMyConnection(actor, input.integrationId);
  const takenOver = target.connectionId !== mine?.id;
  let changes: Partial<typeof integrationTargets.$inferInsert> = { name: input.name };
  if (moved || takenOver) {
    const connection = await myActiveConnectionOrThrow(actor, input.integrationId);
    const names = await resolveSheet(connection.id, input.siteId, input.sheetId);
    changes = { ...changes, integrationId: input.integrationId, siteId: input.siteId, sheetId: input.sheetId, ...names, connectionId: connection.id, status: "ok", statusReason: null, lastTestedAt: new Date() };
  }
  try {
    await db.transaction(async (tx) => {
      await tx.update(integrationTargets).set(changes).where(eq(integrationTargets.id, target.id));
      await recordAudit(tx, {
        actorId: actor.id,
        divisionId: target.divisionId,
        action: "integration_target.updated",
        targetType: "integration_target",
        targetId: target.id,
        summary: moved
          ? `Pointed the iSheet target ${input.name} at ${changes.siteName} → ${changes.sheetName}`
          : takenOver
            ? `Saved the iSheet target ${input.name} with their own HighQ authorisation`
            : `Renamed the iSheet target ${target.name} to ${input.name}`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function deleteIntegrationTarget(actor: Actor, targetId: string): Promise<void> {
  const target = await getIntegrationTargetOrThrow(actor, targetId, { admin: true });
  await db.transaction(async (tx) => {
    await tx.delete(integrationTargets).where(eq(integrationTargets.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      divisionId: target.divisionId,
      action: "integration_target.deleted",
      targetType: "integration_target",
      targetId: target.id,
      summary: `Removed the iSheet target ${target.name} and its report targets (rows already in the iSheet stay)`,
    });
  });
}

/**
 * The target's iSheets client and the iSheet's columns, read live through the target's
 * authorisation; a report run keeps using the client (and so its token) for all its rows. Success or
 * failure is kept on the target (a refused refresh shows as "reauthentication required"). `bulk`
 * for a report push (see `isheetsForConnection`).
 */
export async function openTarget(target: IntegrationTarget, options: { bulk?: boolean } = {}): Promise<{ isheets: HighqIsheets; columns: IsheetColumn[] }> {
  if (!target.connectionId) {
    throw invalid("The person who set up this target disconnected their HighQ authorisation. Edit the target and choose the integration with your own authorisation.");
  }
  try {
    const isheets = await isheetsForConnection(target.connectionId, options);
    const columns = await isheets.listColumns(target.sheetId);
    await recordTargetWorking(target.id);
    return { isheets, columns };
  } catch (error) {
    await recordTargetFailure(target.id, error);
    throw error;
  }
}

/** The iSheet's columns, read live (see `openTarget`). */
export const readTargetColumns = async (target: IntegrationTarget): Promise<IsheetColumn[]> => (await openTarget(target)).columns;

/** "Test": reads the iSheet's columns and reports them. */
export async function testIntegrationTarget(actor: Actor, targetId: string) {
  const target = await getIntegrationTargetOrThrow(actor, targetId, { admin: true });
  const columns = await readTargetColumns(target);
  return { columns: columns.map(({ id, title, kind, remoteType, required, writable }) => ({ id, title, kind, remoteType, required, writable })) };
}

/** Columns for the mapping editor: any member of the division may read them. */
export async function targetColumns(actor: Actor, targetId: string) {
  return readTargetColumns(await getIntegrationTargetOrThrow(actor, targetId));
}
