/** HighQ response conventions: error bodies, JSON list quirk, date format, auth of API calls. */
import type { Ctx } from "../shared/http";
import type { TokenPair } from "../shared/oauth";
import { HIGHQ } from "./assumptions";
import type { HighQState } from "./state";

export class HighQError extends Error {
  constructor(
    readonly status: number,
    readonly ref: number,
    readonly summary: string,
  ) {
    super(summary);
  }
}

export const fail = (e: { status: number; ref: number; summary: string }, summary = e.summary) => new HighQError(e.status, e.ref, summary);

export function errorBody(ctx: Ctx, instance: string, ref: number, summary: string) {
  // seen (spec §6): {"error":{"summary","ref","link"}}
  return { error: { summary, ref, link: `http://${ctx.header("host") ?? "127.0.0.1"}/${instance}/api/12/error/${ref}` } };
}

/** The "one-element list arrives as an object" quirk (spec §3), applied recursively. */
function singleItemsAsObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(singleItemsAsObjects);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const inner = singleItemsAsObjects(v);
      out[k] = (HIGHQ.listKeys as readonly string[]).includes(k) && Array.isArray(inner) && inner.length === 1 ? inner[0] : inner;
    }
    return out;
  }
  return value;
}

export function sendJson(ctx: Ctx, s: HighQState, status: number, body: unknown) {
  return ctx.sendJson(status, s.conditions.oneItemListAsObject ? singleItemsAsObjects(body) : body);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** seen (spec §3): dates as "20 Jun 2014 10:06", UTC */
export function hqDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export interface Caller {
  user: HighQState["users"][number];
  pair: TokenPair;
}

/** Bearer check (spec §2.3): unknown → 401 ref 401; expired → 403 ref 123. */
export function authenticate(ctx: Ctx, s: HighQState): Caller {
  if (s.conditions.ipRestricted) throw fail(HIGHQ.errors.ipNotRegistered);
  const m = /^Bearer\s+(.+)$/i.exec(ctx.header("authorization") ?? "");
  const check = s.oauth.check(m?.[1].trim());
  if (check.status === "expired") throw fail(HIGHQ.errors.expired);
  if (check.status !== "ok") throw fail(HIGHQ.errors.notAuthorised);
  const user = s.user(check.pair.email);
  if (!user) throw fail(HIGHQ.errors.notAuthorised);
  return { user, pair: check.pair };
}

/** limit/offset as the contract defines them (spec §4.3–4.4). */
export function paging(ctx: Ctx): { offset: number; limit: number } {
  const rawOffset = ctx.query.get("offset");
  const rawLimit = ctx.query.get("limit");
  const offset = rawOffset === null ? 0 : Number(rawOffset);
  const limit = rawLimit === null ? HIGHQ.page.defaultLimit : Number(rawLimit);
  if (!Number.isInteger(offset) || offset < 0) throw fail(HIGHQ.errors.badOffset);
  if (!Number.isInteger(limit) || limit < 1 || limit > HIGHQ.page.maxLimit) throw fail(HIGHQ.errors.badLimit);
  return { offset, limit };
}
