/**
 * Where to send someone after signing in or authorising: a path on Ferry's own origin, or `fallback`. The value is resolved the way a browser would (tabs and newlines dropped, backslashes read
 * as slashes, percent-encoding kept) and its origin compared with the app's, so no spelling of
 * `//evil.example` gets through; what is returned is the normalised path, safe to resolve again.
 */
export function sameOriginPath(value: string | undefined | null, appOrigin: string, fallback: string): string {
  if (!value || !value.startsWith("/")) return fallback;
  try {
    const base = new URL(appOrigin);
    const resolved = new URL(value, base);
    if (resolved.origin !== base.origin) return fallback;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return fallback;
  }
}
