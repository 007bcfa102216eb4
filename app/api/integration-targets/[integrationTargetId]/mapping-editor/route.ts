import { readRoute } from "@/lib/http/read-route";
import { mappingEditor } from "@/lib/reports/report-targets";
import { integrationTargetRefSchema } from "@/lib/validation/reports";

/** The iSheet's columns, read live, and the proposed field-to-column matches. */
export const GET = readRoute(integrationTargetRefSchema, (actor, input) => mappingEditor(actor, input.integrationTargetId));
