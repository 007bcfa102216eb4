import { forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

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

/**
 * Content access follows membership only: account administrators manage divisions but see a
 * division's documents only when they are members of it (ethical walls between teams).
 */
export function assertDivisionMember(actor: Actor, divisionId: string): void {
  if (!actor.divisions[divisionId]) throw forbidden("You are not a member of that division.");
}

/** Division administrators, and account administrators, manage a division's members and targets. */
export function canAdministerDivision(actor: Actor, divisionId: string): boolean {
  return actor.isAccountAdmin || actor.divisions[divisionId] === "admin";
}

export function assertDivisionAdmin(actor: Actor, divisionId: string): void {
  if (!canAdministerDivision(actor, divisionId)) throw forbidden("Only administrators of this division can do that.");
}
