import { folderDeletionImpact } from "@/lib/files/folders";
import { readRoute } from "@/lib/http/read-route";
import { folderRefSchema } from "@/lib/validation/files";

/** What deleting the folder would remove, shown before the person confirms. */
export const GET = readRoute(folderRefSchema, (actor, input) => folderDeletionImpact(actor, input.folderId));
