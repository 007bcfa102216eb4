import { serve } from "inngest/next";
import { inngest } from "@/lib/jobs/inngest-client";
import { functions } from "@/inngest/functions";

/**
 * Vercel stops a function at this many seconds; every durable step keeps well inside it
 * (FERRY_STEP_MAX_SECONDS, 120 by default), so a step is never cut off mid-way.
 */
export const maxDuration = 300;

// In cloud mode (no INNGEST_DEV) the SDK refuses any request not signed with INNGEST_SIGNING_KEY.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
