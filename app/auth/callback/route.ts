import type { NextRequest } from "next/server";
import { finishAuthorisation } from "@/lib/integrations/oauth-flow";

export const dynamic = "force-dynamic";

/** The single redirect URL registered with every remote app; the flow is in lib/integrations/oauth-flow.ts. */
export const GET = (request: NextRequest) => finishAuthorisation(request);
