import { readRoute } from "@/lib/http/read-route";
import { browseSheets } from "@/lib/reports/integration-targets";
import { browseSheetsSchema } from "@/lib/validation/reports";

/** `?siteId=…`: the iSheets of one HighQ site. */
export const GET = readRoute(browseSheetsSchema, browseSheets);
