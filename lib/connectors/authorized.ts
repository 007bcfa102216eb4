import type { TokenSource } from "./types";

/**
 * Runs `call` with the current access token; when `isStale` says the remote rejected the token,
 * forces one refresh and runs it once more. The second result is returned as is, so a repeated
 * rejection is reported by the caller as what it is (no permission, revoked access).
 */
export async function withFreshToken<T>(
  tokens: TokenSource,
  call: (accessToken: string) => Promise<T>,
  isStale: (result: T) => boolean,
): Promise<T> {
  const first = await call(await tokens.getAccessToken());
  if (!isStale(first)) return first;
  return call(await tokens.getAccessToken({ forceRefresh: true }));
}
