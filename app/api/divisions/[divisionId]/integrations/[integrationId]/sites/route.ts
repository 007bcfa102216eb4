import { readRoute } from "@/lib/http/read-route";
import { browseSites } from "@/lib/reports/integration-targets";
import { browseSitesSchema } from "@/lib/validation/reports";

/** HighQ sites an integration target could use, as the caller's own HighQ account sees them. */
export const GET = readRoute(browseSitesSchema, browseSites);
