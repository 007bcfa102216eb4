/** What a read route's JSON answer looks like once parsed: dates arrive as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

export type ReadResult<T> = { ok: true; data: Json<T> } | { ok: false; status: number; error: string };

const UNREACHABLE = "Ferry could not be reached. Check your connection, then try again.";
const UNANSWERED = "Something went wrong on our side. Try again, and contact your administrator if it keeps happening.";

/** A GET path under /api: each segment encoded, undefined query values left out. */
export function apiPath(segments: string[], query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const path = `/api/${segments.map(encodeURIComponent).join("/")}`;
  return search.size > 0 ? `${path}?${search}` : path;
}

/**
 * Reads one of Ferry's GET routes from a client component. A refusal (401, 403, 404, 400 …) comes
 * back as the message the server sent, so components show it as they show an action's error.
 */
export async function getJson<T>(path: string): Promise<ReadResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, cache: "no-store" });
  } catch {
    return { ok: false, status: 0, error: UNREACHABLE };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: body as Json<T> };
  const message = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : UNANSWERED;
  return { ok: false, status: response.status, error: message };
}
