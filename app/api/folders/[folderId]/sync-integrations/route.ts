import { readRoute } from "@/lib/http/read-route";
import { listSyncIntegrations } from "@/lib/sync/browse";
import { folderRefSchema } from "@/lib/validation/files";

/** The integrations a folder's Sync Source settings offer, with the caller's own authorisation of each. */
export const GET = readRoute(folderRefSchema, (actor, input) => listSyncIntegrations(actor, input.folderId));
