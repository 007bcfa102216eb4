import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl, redirectProxySettings } from "@/lib/env";

/**
 * The OAuth redirect proxy for preview deployments. HighQ and Intralinks accept one registered
 * redirect URL, the stable deployment's `/auth/callback`, while every preview has its own origin.
 * A preview sends the remote that URL and wraps the remote's `state` in an envelope naming its own
 * origin, signed with the secret it shares with the stable deployment; the stable callback
 * forwards such a callback (code and state untouched) to a trusted origin, where the preview
 * unwraps the state and finishes the flow with its own cookies. In the spirit of Auth.js's
 * `redirectProxyUrl`, which does not fit here: it needs the flow's provider on the proxy (ours are
 * rows of the preview's own database), a shared AUTH_SECRET, and forwards to any origin.
 */

const ENVELOPE = "ferry-proxy";

const trimSlash = (value: string) => value.replace(/\/+$/, "");

/** This deployment's origin, as remotes and browsers see it. */
export const appOrigin = () => new URL(appUrl()).origin;

/** The one redirect URL every remote app registers: the stable deployment's `/auth/callback`, exactly. */
export const redirectUrl = () => redirectProxySettings().FERRY_REDIRECT_PROXY_URL ?? `${trimSlash(appUrl())}/auth/callback`;

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`${ENVELOPE}.${payload}`).digest();
}

function proxySecret(): string {
  const secret = redirectProxySettings().FERRY_REDIRECT_PROXY_SECRET;
  if (!secret) throw new Error("FERRY_REDIRECT_PROXY_URL needs FERRY_REDIRECT_PROXY_SECRET, the secret shared with the stable deployment.");
  return secret;
}

/** `state` in an envelope naming `origin`, signed with `secret`: what the stable callback forwards by. */
export function wrapState(state: string, origin: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ origin, state })).toString("base64url");
  return `${ENVELOPE}.${payload}.${sign(payload, secret).toString("base64url")}`;
}

/** The state to send the remote: Auth.js's own, wrapped with this origin when the callback lands elsewhere. */
export function outgoingState(state: string): string {
  if (!redirectProxySettings().FERRY_REDIRECT_PROXY_URL) return state;
  return wrapState(state, appOrigin(), proxySecret());
}

export type IncomingState =
  /** A flow of this deployment: Auth.js's state, unwrapped if it came through the proxy. */
  | { kind: "local"; state: string }
  /** A flow another deployment started, to forward there. */
  | { kind: "elsewhere"; origin: string }
  /** An envelope that is not signed with the shared secret, or not readable. */
  | { kind: "tampered" };

/** Reads the `state` a callback brings back. */
export function incomingState(state: string): IncomingState {
  if (!state.startsWith(`${ENVELOPE}.`)) return { kind: "local", state };
  const secret = redirectProxySettings().FERRY_REDIRECT_PROXY_SECRET;
  const [, payload, signature, ...rest] = state.split(".");
  if (!secret || !payload || !signature || rest.length) return { kind: "tampered" };
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: "tampered" };
  const envelope = JSON.parse(Buffer.from(payload, "base64url").toString()) as { origin: string; state: string };
  return envelope.origin === appOrigin() ? { kind: "local", state: envelope.state } : { kind: "elsewhere", origin: envelope.origin };
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = trimSlash(pattern)
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("[a-z0-9-]+");
  return new RegExp(`^${escaped}$`, "i");
}

/** Whether the stable deployment may forward a callback to `origin` (FERRY_PREVIEW_ORIGINS). */
export function isTrustedPreviewOrigin(origin: string): boolean {
  return redirectProxySettings().FERRY_PREVIEW_ORIGINS.some((pattern) => patternToRegExp(pattern).test(origin));
}
