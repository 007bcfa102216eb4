import { z } from "./zod";

/**
 * Characters no name may contain: C0 and C1 controls (NUL, escape sequences, newlines), DEL, and
 * the bidirectional embedding, override and isolate marks that make `inv\u202Egpj.exe` display
 * as `invexe.jpg`.
 */
export const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A refinement for any name a person or a remote gives (folders, files, integrations, targets…). */
export function refuseUnsafeCharacters<T extends z.ZodType<string>>(schema: T, what = "A name") {
  return schema.refine(
    (value) => !UNSAFE_NAME_CHARACTERS.test(value),
    `${what} cannot contain control characters (such as tabs, line breaks or escape codes) or text-direction marks.`,
  );
}

/** A trimmed, required, length-limited name without unsafe characters. */
export function nameSchema(options: { max: number; required: string; tooLong?: string; what?: string }) {
  return refuseUnsafeCharacters(
    z.string().trim().min(1, options.required).max(options.max, options.tooLong ?? `Use at most ${options.max} characters.`),
    options.what,
  );
}
