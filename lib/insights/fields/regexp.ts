/** A name the text gave ("Surrender Date", "the Issue Date") as a pattern that matches it literally. */
export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
