import { z } from "zod";

// Lives here rather than in lib/env.ts (owned by the foundation) until the lead moves it there.
const schema = z.object({
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.string().min(1).optional(),
});

/**
 * Where background jobs run: Inngest when an event key (cloud) or `INNGEST_DEV` (local dev
 * server) is configured, otherwise the embedded Postgres queue consumed by the local runner.
 */
export function jobBackend(): "inngest" | "local" {
  const settings = schema.parse(process.env);
  return settings.INNGEST_EVENT_KEY || settings.INNGEST_DEV ? "inngest" : "local";
}
