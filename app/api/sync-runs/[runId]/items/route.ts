import { readRoute } from "@/lib/http/read-route";
import { getRunItems } from "@/lib/sync/sources";
import { syncRunRefSchema } from "@/lib/validation/sync";

/** Per-document outcomes of one sync run. */
export const GET = readRoute(syncRunRefSchema, (actor, input) => getRunItems(actor, input.runId));
