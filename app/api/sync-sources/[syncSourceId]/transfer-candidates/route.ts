import { readRoute } from "@/lib/http/read-route";
import { listTransferCandidates } from "@/lib/overview/sync-overview";
import { syncSourceRefSchema } from "@/lib/validation/sync";

/** Members who could take a sync over: for its owner or an administrator of its division. */
export const GET = readRoute(syncSourceRefSchema, (actor, input) => listTransferCandidates(actor, input.syncSourceId));
