import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { auth } from "./index";
import { loadActor } from "./load-actor";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadActor(userId) : null;
});

/** For pages: the signed-in actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
