import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { errorResponse, unauthenticated } from "./route-errors";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A GET route handler serving a read for a client component: a signed-in actor, the route's params
 * and query validated together by one zod schema, the `lib/` function's answer as JSON. Failures
 * answer with the message an action would show and the status of its kind (401, 403, 404, 400 …).
 */
export function readRoute<S extends z.ZodType, T>(schema: S, read: (actor: Actor, input: z.infer<S>) => Promise<T>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return unauthenticated();
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = schema.safeParse({ ...query, ...(await context.params) });
    if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "That request is not valid." }, { status: 400 });
    try {
      return Response.json(await read(actor, parsed.data), { headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
