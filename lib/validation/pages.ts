import { notFound } from "next/navigation";
import { z } from "./zod";
import { SEARCH_MAX } from "./fields";
import { documentSort } from "./files";
import { INSIGHT_STATUS_FILTERS, insightSort } from "./reports";

/**
 * The boundary of every page: what the address carries is checked here before anything reaches
 * lib/. A path segment that cannot name anything is a page that does not exist; a search
 * parameter that cannot be used is as good as absent, so a bookmarked or hand-edited address
 * always opens a normal page.
 */

/** `?q=a&q=b` arrives as an array; the first one counts. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const optionalId = z.preprocess(first, z.uuid().optional().catch(undefined));
const searchText = z.preprocess(
  first,
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value?.trim().slice(0, SEARCH_MAX) || undefined),
);
const pageNumber = z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1));
const text = (max: number) => z.preprocess(first, z.string().max(max).optional().catch(undefined));

/** What Next.js hands a page: every value is untrusted text. */
export type PageParams = Promise<Record<string, string | string[] | undefined>>;
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Path parameters, or the not-found page. */
export function parseParams<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Search parameters; each field of these schemas falls back on its own, so this never fails. */
export function parseSearch<Schema extends z.ZodType>(schema: Schema, search: unknown): z.output<Schema> {
  return schema.parse(search);
}

export const documentParamsSchema = z.object({ documentId: z.uuid() });
export const reportTargetParamsSchema = z.object({ reportTargetId: z.uuid() });
export const divisionParamsSchema = z.object({ divisionId: z.uuid() });

export const filesSearchSchema = z.object({
  division: optionalId,
  folder: optionalId,
  sort: z.preprocess(first, documentSort.default("name")),
  page: pageNumber,
  q: searchText,
});

export const insightsSearchSchema = z.object({
  division: optionalId,
  folder: optionalId,
  status: z.preprocess(first, z.enum(INSIGHT_STATUS_FILTERS).catch("all")),
  sort: z.preprocess(first, insightSort.default("name")),
  page: pageNumber,
  q: searchText,
});

export const reportTargetsSearchSchema = z.object({ division: optionalId });
export const reportHistorySearchSchema = z.object({ run: optionalId });

export const integrationsSearchSchema = z.object({
  /** A catalogue code from the callback; unknown codes are explained as a generic remote error. */
  error: z.preprocess(first, z.string().regex(/^[A-Z_]{1,64}$/).optional().catch(undefined)),
  integration: optionalId,
  authorised: optionalId,
  authorise: optionalId,
  returnTo: text(500),
});

export const signInSearchSchema = z.object({ callbackUrl: text(2000) });

export const refusedSearchSchema = z.object({ reason: z.preprocess(first, z.enum(["untrusted", "tampered"]).catch("tampered")) });
