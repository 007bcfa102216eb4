import { z } from "./zod";

/** For reads and actions that take nothing but who is asking. */
export const noInput = z.object({});

/** A checkbox: "on" from a form post, or a real boolean from code. */
export const flag = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
