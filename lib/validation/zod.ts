import { z } from "zod";

// Zod compiles object parsers with `Function` unless told not to; in the browser that is an eval
// the pages' Content-Security-Policy refuses (and reports). Every schema here is built after this.
z.config({ jitless: true });

export { z };
