import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { describeError } from "@/lib/errors/describe";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, unknown> };

function toInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const input: Record<string, unknown> = {};
  for (const [key, value] of raw.entries()) {
    if (key.startsWith("$ACTION")) continue;
    input[key] = value;
  }
  return input;
}

/**
 * Wraps a server action: checks there is a signed-in actor, validates the input with zod, runs the
 * `lib/` function and turns expected failures into a typed result (never a thrown error).
 */
export function authedAction<S extends z.ZodType, T>(schema: S, run: (actor: Actor, input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
    const input = toInput(raw);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
      const values = input && typeof input === "object" ? withoutSecrets(input as Record<string, unknown>) : undefined;
      return { ok: false, error: parsed.error.issues[0]?.message ?? "Check the form.", fieldErrors, values };
    }
    try {
      return { ok: true, data: await run(actor, parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, error: describeError(error) };
    }
  };
}

/** Longest prefix of a value echoed back: enough to refill a form field, never a whole upload. */
export const ECHOED_VALUE_MAX = 200;

/** Echoed form values never include anything secret-looking, and each is cut to a short prefix. */
function withoutSecrets(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string" && !/password|secret|token|key/i.test(entry[0]))
      .map(([key, value]) => [key, value.slice(0, ECHOED_VALUE_MAX)]),
  );
}

