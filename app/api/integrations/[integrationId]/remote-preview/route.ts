import { readRoute } from "@/lib/http/read-route";
import { previewRemoteFolder } from "@/lib/sync/browse";
import { remotePreviewSchema } from "@/lib/validation/sync";

/** `?workspaceId=…&path=…`: checks the remote folder exists and counts what a sync would copy. */
export const GET = readRoute(remotePreviewSchema, previewRemoteFolder);
