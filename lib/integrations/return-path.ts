const FALLBACK = "/settings/integrations";

/**
 * Where to send someone back after authorising: a path on Ferry's own origin, or the Integrations
 * page. The value is resolved the way a browser would (tabs and newlines dropped, backslashes read
 * as slashes, percent-encoding kept) and its origin compared with the app's, so no spelling of
 * `//evil.example` gets through; what is returned is the normalised path, safe to resolve again.
 */
export function safeReturnPath(value: string | undefined | null, appOrigin: string): string {
  if (!value || !value.startsWith("/")) return FALLBACK;
  try {
    const base = new URL(appOrigin);
    const resolved = new URL(value, base);
    if (resolved.origin !== base.origin) return FALLBACK;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return FALLBACK;
  }
}
