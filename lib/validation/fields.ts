import { z } from "./zod";

/** A checkbox: "on" from a form post, or a real boolean from code. */
export const flag = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
