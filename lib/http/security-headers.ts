/**
 * Response headers every Ferry response carries. Pages get a per-request nonce CSP from proxy.ts;
 * API routes (JSON and downloads) never run scripts, so their policy allows nothing at all.
 */

/** Sent with every response (next.config.ts `headers()`), whatever serves it. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // `same-origin` keeps the Origin header on Ferry's own form posts (server actions check it)
  // and tells remotes nothing about Ferry's paths.
  { key: "Referrer-Policy", value: "same-origin" },
] as const;

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The page policy: scripts only with this request's nonce (and what they load, `strict-dynamic`).
 * Styles allow inline because the UI primitives set style attributes and inject style elements;
 * no script can be injected through them. React's development tooling needs eval, so dev only.
 */
export function pageContentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce per request (Web Crypto: proxy.ts may run on the edge runtime). */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only when the browser reached Ferry over https; over plain http it would lock people out. */
export function servedOverHttps(appUrl: string | undefined, forwardedProto: string | null): boolean {
  return appUrl?.startsWith("https://") === true || forwardedProto?.split(",")[0].trim() === "https";
}
