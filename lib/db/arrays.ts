import { sql, type SQL } from "drizzle-orm";

/**
 * Whole columns as one array parameter each, for `unnest(...)` in multi-row statements: a fixed
 * number of parameters whatever the number of rows, where drizzle's `.values([...])` builds one
 * parameter per cell (the cost that showed in the sync profile, bench/README.md).
 */
export const uuidArray = (values: (string | null)[]): SQL => sql`${sql.param(values)}::uuid[]`;
export const textArray = (values: (string | null)[]): SQL => sql`${sql.param(values)}::text[]`;
export const bigintArray = (values: (number | null)[]): SQL => sql`${sql.param(values)}::bigint[]`;
export const booleanArray = (values: boolean[]): SQL => sql`${sql.param(values)}::boolean[]`;
export const timestampArray = (values: (Date | null)[]): SQL => sql`${sql.param(values.map((value) => value?.toISOString() ?? null))}::timestamptz[]`;
/** JSON values as text, cast to jsonb per element by the statement (`v.column::jsonb`). */
export const jsonTextArray = (values: unknown[]): SQL => textArray(values.map((value) => (value === null || value === undefined ? null : JSON.stringify(value))));
