import { Inngest } from "inngest";

/**
 * Ferry's Inngest client, used to send events (lib/jobs/emit.ts) and to serve the functions
 * (inngest/). Cloud mode by default (INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY); INNGEST_DEV=1
 * talks to a local `npx inngest-cli@latest dev` server instead.
 */
export const inngest = new Inngest({ id: "ferry" });
