import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCanManageIntegrations, canManageIntegrations } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { alias } from "drizzle-orm/pg-core";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { accounts, integrations, remoteConnections, users } from "@/lib/db/schema";
import { providerIdFor } from "./provider-id";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { IntegrationInput, updateIntegrationSchema } from "@/lib/validation/integrations";
import { integrationUsage, usageLabelFor, type IntegrationUse } from "./usage";

/**
 * What a signed-in user sees of an integration: its name, provider and host, and their own
 * authorisation. `admin` (client id, when and by whom the secret was set, usage) only for those who
 * manage integrations; never any part of the secret.
 */
export interface IntegrationView {
  id: string;
  provider: "highq" | "intralinks";
  name: string;
  type: string;
  host: string;
  authVersion: "v2" | "v3" | null;
  admin: {
    clientId: string;
    secretSetAt: Date;
    /** Email of whoever set the secret last (null once that user is deleted). */
    secretSetBy: string | null;
    createdBy: string | null;
    createdAt: Date;
    authorisedUsers: number;
    /** The synced folders that use this integration ("Division / Folder ← workspace"; outside one's divisions, only the division). */
    syncs: string[];
  } | null;
  mine: {
    status: "not_authorised" | "active" | "reauth_required";
    remoteName: string | null;
    remoteEmail: string | null;
    expiresAt: Date | null;
    statusReason: string | null;
  };
}

export async function listIntegrations(actor: Actor): Promise<IntegrationView[]> {
  const authorised = db
    .select({ integrationId: remoteConnections.integrationId, n: count().as("n") })
    .from(remoteConnections)
    .groupBy(remoteConnections.integrationId)
    .as("authorised");
  const setter = alias(users, "secret_setter");
  const rows = await db
    .select({ integration: integrations, creator: users.email, secretSetBy: setter.email, authorised: authorised.n, mine: remoteConnections })
    .from(integrations)
    .leftJoin(users, eq(users.id, integrations.createdBy))
    .leftJoin(setter, eq(setter.id, integrations.secretSetBy))
    .leftJoin(authorised, eq(authorised.integrationId, integrations.id))
    .leftJoin(remoteConnections, and(eq(remoteConnections.integrationId, integrations.id), eq(remoteConnections.userId, actor.id)))
    .orderBy(asc(sql`lower(${integrations.name})`));
  const manager = canManageIntegrations(actor);
  const usage = manager ? await integrationUsage(rows.map((row) => row.integration.id)) : new Map<string, IntegrationUse[]>();
  return rows.map(({ integration, creator, secretSetBy, authorised: n, mine }) => ({
    id: integration.id,
    provider: integration.provider,
    name: integration.name,
    type: integration.type,
    host: integration.host,
    authVersion: integration.authVersion,
    admin: manager
      ? {
          clientId: integration.clientId,
          secretSetAt: integration.secretSetAt,
          secretSetBy,
          createdBy: creator,
          createdAt: integration.createdAt,
          authorisedUsers: Number(n ?? 0),
          syncs: (usage.get(integration.id) ?? []).map((sync) => usageLabelFor(actor, sync)),
        }
      : null,
    mine: mine
      ? { status: mine.status, remoteName: mine.remoteName, remoteEmail: mine.remoteEmail, expiresAt: mine.expiresAt, statusReason: mine.statusReason }
      : { status: "not_authorised", remoteName: null, remoteEmail: null, expiresAt: null, statusReason: null },
  }));
}

const nameTaken = (name: string) => conflict(`An integration named “${name}” already exists.`);

export async function createIntegration(actor: Actor, input: IntegrationInput): Promise<string> {
  assertCanManageIntegrations(actor);
  if (!input.clientSecret) throw invalid(input.provider === "highq" ? "Enter the Client Secret." : "Enter the API Secret.");
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(integrations)
      .values({
        provider: input.provider,
        name: input.name,
        type: input.type,
        host: input.host,
        clientId: input.clientId,
        clientSecretEncrypted: encryptSecret(input.clientSecret),
        secretSetAt: new Date(),
        secretSetBy: actor.id,
        authVersion: input.provider === "intralinks" ? input.authVersion : null,
        createdBy: actor.id,
      })
      .onConflictDoNothing({ target: integrations.name })
      .returning({ id: integrations.id });
    if (!created) throw nameTaken(input.name);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "integration.created",
      targetType: "integration",
      targetId: created.id,
      summary: `Created the ${input.provider === "highq" ? "HighQ" : "Intralinks"} integration ${input.name} (${input.host})`,
    });
    return created.id;
  });
}

/** Edits an integration; an empty secret keeps the stored one. Changing the app signs everyone out of it. */
export async function updateIntegration(actor: Actor, input: z.infer<typeof updateIntegrationSchema>): Promise<void> {
  assertCanManageIntegrations(actor);
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(integrations).where(eq(integrations.id, input.integrationId)).for("update");
    if (!existing) throw notFound("That integration");
    if (existing.provider !== input.provider) throw invalid("An integration's provider cannot change. Create a new integration instead.");
    const [taken] = await tx.select({ id: integrations.id }).from(integrations).where(eq(integrations.name, input.name));
    if (taken && taken.id !== existing.id) throw nameTaken(input.name);
    const appChanged = existing.host !== input.host || existing.clientId !== input.clientId || !!input.clientSecret;
    await tx
      .update(integrations)
      .set({
        name: input.name,
        host: input.host,
        clientId: input.clientId,
        authVersion: input.provider === "intralinks" ? input.authVersion : null,
        ...(input.clientSecret ? { clientSecretEncrypted: encryptSecret(input.clientSecret), secretSetAt: new Date(), secretSetBy: actor.id } : {}),
      })
      .where(eq(integrations.id, existing.id));
    if (appChanged) {
      // Tokens belong to the old app or host: every user must authorise again.
      await tx
        .update(remoteConnections)
        .set({ status: "reauth_required", statusReason: "The integration's host or credentials changed." })
        .where(eq(remoteConnections.integrationId, existing.id));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "integration.updated",
      targetType: "integration",
      targetId: existing.id,
      summary: `Edited the integration ${input.name}${input.clientSecret ? " and replaced its secret" : ""}`,
    });
  });
}

/**
 * Deletes an integration and every user's authorisation of it. The sync sources that used it go
 * with it (each stop is recorded in its division's activity); synced documents stay where they are.
 */
export async function deleteIntegration(actor: Actor, integrationId: string): Promise<void> {
  assertCanManageIntegrations(actor);
  const stopped = (await integrationUsage([integrationId])).get(integrationId) ?? [];
  await db.transaction(async (tx) => {
    const [existing] = await tx.delete(integrations).where(eq(integrations.id, integrationId)).returning();
    if (!existing) throw notFound("That integration");
    await tx.delete(accounts).where(eq(accounts.provider, providerIdFor(integrationId)));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "integration.deleted",
      targetType: "integration",
      targetId: integrationId,
      summary: `Deleted the integration ${existing.name}${stopped.length ? `, stopping ${stopped.length} sync(s)` : ""}`,
    });
    for (const sync of stopped) {
      await recordAudit(tx, {
        actorId: actor.id,
        divisionId: sync.divisionId,
        action: "sync.stopped",
        targetType: "folder",
        targetId: sync.folderId,
        summary: `Sync ${sync.label} stopped because the integration ${existing.name} was deleted; its documents were kept`,
      });
    }
  });
}

export async function getIntegrationOrThrow(integrationId: string) {
  const [integration] = await db.select().from(integrations).where(eq(integrations.id, integrationId));
  if (!integration) throw notFound("That integration");
  return integration;
}
