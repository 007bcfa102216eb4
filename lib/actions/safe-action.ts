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

type Failure = Extract<ActionResult, { ok: false }>;

/** Validates an action's input; a failure carries each field's messages and the form's values to refill it. */
function validate<S extends z.ZodType>(schema: S, input: unknown, summary?: string): { ok: true; data: z.infer<S> } | Failure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return { ok: false, error: summary ?? parsed.error.issues[0]?.message ?? "Check the form.", fieldErrors, values: echoedValues(input) };
}

/** Turns an expected failure into its message; Next's redirects and not-found signals pass through. */
function failure(error: unknown, values?: Record<string, string>): Failure {
  unstable_rethrow(error);
  return { ok: false, error: describeError(error), ...(values && { values }) };
}

/**
 * Wraps a server action: checks there is a signed-in actor, validates the input with zod, runs the
 * `lib/` function and turns expected failures into a typed result (never a thrown error).
 */
export function authedAction<S extends z.ZodType, T>(schema: S, run: (actor: Actor, input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
    const parsed = validate(schema, toInput(raw));
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, data: await run(actor, parsed.data) };
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * Wraps a `useActionState` form action that runs before anyone is signed in (sign-in, first set-up):
 * validates the FormData with zod, and on any failure returns the field errors and the values typed
 * (never a secret) for the form to show again. What may be done signed out is `run`'s to check.
 */
export function validatedAction<S extends z.ZodType, T = undefined>(schema: S, run: (input: z.infer<S>) => Promise<T>) {
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const input = toInput(formData);
    const parsed = validate(schema, input, "Check the highlighted fields.");
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      return failure(error, echoedValues(input));
    }
  };
}

/** Longest prefix of a value echoed back: enough to refill a form field, never a whole upload. */
export const ECHOED_VALUE_MAX = 200;

/** Echoed form values never include anything secret-looking, and each is cut to a short prefix. */
function echoedValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object") return undefined;
  return Object.fromEntries(
    Object.entries(input)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string" && !/password|secret|token|key|confirm/i.test(entry[0]))
      .map(([key, value]) => [key, value.slice(0, ECHOED_VALUE_MAX)]),
  );
}
