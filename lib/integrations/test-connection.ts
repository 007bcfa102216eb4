import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { RemoteUser, RemoteWorkspace } from "@/lib/connectors";
import { invalid } from "@/lib/errors";
import { connectorForConnection, loadConnection } from "./tokens";

/** Signs in as the actor's remote account and lists what it may access. */
export async function testConnection(actor: Actor, integrationId: string, connectionId: string | null): Promise<{ user: RemoteUser; workspaces: RemoteWorkspace[] }> {
  if (!connectionId) throw invalid("Authorise this integration with your own account first, then test it.");
  const { connection } = await loadConnection(connectionId);
  if (connection.userId !== actor.id || connection.integrationId !== integrationId) throw invalid("You can only test your own authorisation.");
  const connector = await connectorForConnection(connectionId);
  const [user, workspaces] = await Promise.all([connector.currentUser(), connector.listWorkspaces()]);
  return { user, workspaces };
}
