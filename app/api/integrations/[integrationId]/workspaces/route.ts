import { readRoute } from "@/lib/http/read-route";
import { listRemoteWorkspaces } from "@/lib/sync/browse";
import { remoteWorkspaceSchema } from "@/lib/validation/sync";

/** Sites or exchanges the caller's own remote account can see. */
export const GET = readRoute(remoteWorkspaceSchema, (actor, input) => listRemoteWorkspaces(actor, input.integrationId));
