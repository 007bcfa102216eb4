import { z } from "./zod";

/** Longest search a listing runs; pages cut longer text rather than refuse it (lib/validation/pages.ts). */
export const SEARCH_MAX = 200;

/** For reads and actions that take nothing but who is asking. */
export const noInput = z.object({});

/** A checkbox: "on" from a form post, or a real boolean from code. */
export const flag = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
