import { readRoute } from "@/lib/http/read-route";
import { listRemoteFolders } from "@/lib/sync/browse";
import { remoteFoldersSchema } from "@/lib/validation/sync";

/** `?workspaceId=…&parentId=…`: the subfolders the caller's remote account sees there. */
export const GET = readRoute(remoteFoldersSchema, listRemoteFolders);
