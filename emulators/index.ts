/** Public entry of the emulators: start them, and the demo credentials they are seeded with. */
import { PEOPLE, TWO_FACTOR_CODE } from "./shared/people";
import { HIGHQ_DEFAULTS, startHighQEmulator, type HighQEmulator } from "./highq/server";
import { INTRALINKS_CLIENTS } from "./intralinks/state";
import { startIntralinksEmulator, type IntralinksEmulator } from "./intralinks/server";

export { startHighQEmulator, startIntralinksEmulator };
export type { HighQEmulator, IntralinksEmulator };
export type { RunningEmulator, FileInfo } from "./shared/control-client";
export { ControlClient } from "./shared/control-client";
export { HighQControlClient } from "./highq/control-client";
export type { HighQConditions } from "./highq/state";
export type { IntralinksConditions } from "./intralinks/state";
export type { IntralinksFileAttrs } from "./intralinks/server";
export type { FaultSpec } from "./shared/faults";

export const DEFAULT_PORTS = { highq: 4010, intralinks: 4020 } as const;

const person = (p: (typeof PEOPLE)[keyof typeof PEOPLE], access: string) => ({
  email: p.email,
  password: p.password,
  name: `${p.firstName} ${p.lastName}`,
  access,
});

export const demo = {
  users: [
    person(PEOPLE.alice, "HighQ: 24 sites (admin of Project Atlas); Intralinks: all 6 exchanges"),
    person(PEOPLE.ben, "HighQ: Project Atlas, Harbour Road (admin), Board Papers; Intralinks: Atlas, Quayside, Kestrel"),
    person(PEOPLE.chloe, "HighQ: Project Atlas (read only); Intralinks: Atlas, and Calder Foods blocked by a gatekeeper"),
    person(PEOPLE.dana, "HighQ: Calder v Westgate (read only); Intralinks: none — she is the compliance gatekeeper"),
  ],
  twoFactorCode: TWO_FACTOR_CODE,
  highq: { instance: HIGHQ_DEFAULTS.instance, clientId: HIGHQ_DEFAULTS.clientId, clientSecret: HIGHQ_DEFAULTS.clientSecret },
  intralinks: {
    v2: { apiKey: INTRALINKS_CLIENTS.v2.id, apiSecret: INTRALINKS_CLIENTS.v2.secret },
    v3: { apiKey: INTRALINKS_CLIENTS.v3.id, apiSecret: INTRALINKS_CLIENTS.v3.secret },
  },
} as const;

/** The app's OAuth callback, registered for the demo clients. */
export function appCallbackUrl(): string {
  return `${(process.env.FERRY_APP_URL ?? "http://localhost:3000").replace(/\/+$/, "")}/auth/callback`;
}

export interface StartOptions {
  highqPort?: number;
  intralinksPort?: number;
  controlToken?: string;
  /** registered for the seeded demo clients, in addition to FERRY_APP_URL + /auth/callback */
  redirectUris?: string[];
  quiet?: boolean;
}

export async function startEmulators(opts: StartOptions = {}): Promise<{ highq: HighQEmulator; intralinks: IntralinksEmulator; close(): Promise<void> }> {
  const redirectUris = [...new Set([...(opts.redirectUris ?? []), appCallbackUrl()])];
  const highq = await startHighQEmulator({ port: opts.highqPort ?? 0, controlToken: opts.controlToken, redirectUris });
  const intralinks = await startIntralinksEmulator({ port: opts.intralinksPort ?? 0, controlToken: opts.controlToken ?? highq.controlToken, redirectUris }).catch(
    async (e: unknown) => {
      await highq.close();
      throw e;
    },
  );
  if (!opts.quiet) {
    console.log(`HighQ emulator      ${highq.instanceUrl}   (host for Ferry: ${new URL(highq.url).host}/${demo.highq.instance})`);
    console.log(`Intralinks emulator ${intralinks.url}`);
  }
  return { highq, intralinks, close: async () => void (await Promise.all([highq.close(), intralinks.close()])) };
}
