import { forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

/**
 * Ferry's one authorisation rule (ethical walls), used by every `lib/` function:
 *
 * - A division's **content** — folder and document names, versions, fields and snippets, sync sources
 *   and their remote paths, integration and report targets, runs and their rows, activity that names
 *   content — is for **members of that division**, whatever else they are.
 * - **Content administration** (integration targets, report targets, report runs, re-extraction) needs
 *   an administrator **of that division**.
 * - **Structure** (creating, renaming and deleting divisions, users) is for account administrators;
 *   a division's **members list** is for account administrators and that division's administrators.
 *   Neither shows content.
 * - Integrations (OAuth apps) are managed by account and connector administrators.
 */

export function assertAccountAdmin(actor: Actor): void {
  if (!actor.isAccountAdmin) throw forbidden("Only account administrators can do that.");
}

/** Account and connector administrators manage integrations (an IdP group can grant the latter). */
export function canManageIntegrations(actor: Actor): boolean {
  return actor.isAccountAdmin || actor.isConnectorAdmin;
}

export function assertCanManageIntegrations(actor: Actor): void {
  if (!canManageIntegrations(actor)) throw forbidden("Only account or connector administrators can manage integrations.");
}

export function isDivisionMember(actor: Actor, divisionId: string): boolean {
  return Boolean(actor.divisions[divisionId]);
}

/** Content access follows membership only: an account administrator who is not a member sees none of it. */
export function assertDivisionMember(actor: Actor, divisionId: string): void {
  if (!isDivisionMember(actor, divisionId)) throw forbidden("You are not a member of that division.");
}

/** Content administration: an administrator of this very division (being an account administrator is not enough). */
export function isDivisionAdmin(actor: Actor, divisionId: string): boolean {
  return actor.divisions[divisionId] === "admin";
}

export function assertDivisionAdmin(actor: Actor, divisionId: string): void {
  if (!isDivisionAdmin(actor, divisionId)) throw forbidden("Only administrators of this division can do that.");
}

/** The members list of a division: its administrators, and account administrators (who see no content there). */
export function canManageMembers(actor: Actor, divisionId: string): boolean {
  return actor.isAccountAdmin || isDivisionAdmin(actor, divisionId);
}

export function assertCanManageMembers(actor: Actor, divisionId: string): void {
  if (!canManageMembers(actor, divisionId)) throw forbidden("Only administrators of this division can do that.");
}

/**
 * Audit actions that change a division's structure and name no content, so an account administrator
 * sees them for every division. Every other entry in a division is content, for its members only.
 */
export const STRUCTURAL_ACTIVITY = ["division.created", "division.renamed", "division.deleted", "membership.set", "membership.removed"] as const;

/** What of the activity log an actor may read; `lib/audit.ts` turns it into one query. */
export function activityScope(actor: Actor) {
  return {
    /** Every entry of these divisions. */
    memberOf: Object.keys(actor.divisions),
    /** Structural entries of every division. */
    structureEverywhere: actor.isAccountAdmin,
    /** Account-level entries (users, integrations, set-up): all of them, or only the actor's own. */
    accountLevel: actor.isAccountAdmin || actor.isConnectorAdmin ? ("all" as const) : ("own" as const),
  };
}
