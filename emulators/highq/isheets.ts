/** HighQ iSheets (spec §5): sheets, views, typed columns, items with validation, legacy create. */
import { randomBytes } from "node:crypto";
import type { Ctx, Router } from "../shared/http";
import { HIGHQ } from "./assumptions";
import { memberSite } from "./api";
import { fail, paging, sendJson, type Caller } from "./respond";
import type { Column, ColumnType, HighQState, Sheet, SheetItem } from "./state";

// seen (spec §5) for the first seven; multiple line text and hyperlink aliases are assumptions
const TYPE_ALIAS: Record<ColumnType, string> = {
  "Single line text": "SHEET_COLUMN_TYPE_SINGLE_LINE_TEXT",
  "Multiple line text": "SHEET_COLUMN_TYPE_MULTIPLE_LINE_TEXT",
  Number: "SHEET_COLUMN_TYPE_NUMBER",
  "Date and time": "SHEET_COLUMN_TYPE_DATE_AND_TIME",
  Choice: "SHEET_COLUMN_TYPE_CHOICE",
  "User lookup": "SHEET_COLUMN_TYPE_LOOKUP",
  Hyperlink: "SHEET_COLUMN_TYPE_HYPERLINK",
  "Auto increment": "SHEET_COLUMN_TYPE_AUTO_INCREMENT",
};

type Raw = Record<string, unknown>;
interface ItemInput {
  externalid?: string;
  column: Array<{ attributecolumnid: number; rawdata: Raw }>;
}
interface ColumnError {
  columnid: number;
  status: "ERROR";
  statuscode: 403;
  message: string;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const isBlank = (v: unknown) => v === undefined || v === null || v === "";

function parseDate(text: string): string | null {
  for (const re of HIGHQ.dateWriteFormats) {
    const m = re.exec(text.trim());
    if (!m) continue;
    const [y, mo, d] = re === HIGHQ.dateWriteFormats[0] ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
    const dt = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    if (!Number.isNaN(dt.getTime()) && dt.getUTCDate() === Number(d)) return `${y}-${mo}-${d}`;
  }
  return null;
}

/** Typed check of one written value; returns the value as it will be read back, null to clear, or an error. */
function convert(s: HighQState, col: Column, raw: Raw): { value: Raw | null } | { error: string } {
  const name = `#${col.title}`;
  switch (col.type) {
    case "Single line text":
    case "Multiple line text": {
      if (isBlank(raw.value)) return { value: null };
      if (typeof raw.value !== "string" && typeof raw.value !== "number") return { error: `${name} must be text` };
      const text = String(raw.value);
      if (col.type === "Single line text" && text.includes("\n")) return { error: `${name} must be a single line` };
      return { value: { value: text } };
    }
    case "Number": {
      if (isBlank(raw.value)) return { value: null };
      const n = typeof raw.value === "number" ? raw.value : typeof raw.value === "string" && raw.value.trim() !== "" ? Number(raw.value) : NaN;
      return Number.isFinite(n) ? { value: { value: String(raw.value).trim() } } : { error: `${name} must be a number` };
    }
    case "Date and time": {
      if (isBlank(raw.date)) return { value: null };
      const date = typeof raw.date === "string" ? parseDate(raw.date) : null;
      if (!date) return { error: `${name} must be a date in the format dd.MM.yyyy` };
      const time = typeof raw.time === "string" && /^\d{2}:\d{2}(:\d{2})?$/.test(raw.time) ? (raw.time.length === 5 ? `${raw.time}:00` : raw.time) : "00:00:00";
      return { value: { date, time } };
    }
    case "Choice": {
      const picked = asList((raw.choices as Raw | undefined)?.choice);
      if (picked.length === 0) return { value: null };
      const options = picked.map((c) => col.choices?.find((o) => o.id === Number((c as Raw)?.id)));
      if (options.some((o) => !o)) return { error: `${name} has no such option` };
      return { value: { choices: { choice: options.map((o) => ({ id: o!.id, label: o!.label, style: o!.style })) } } };
    }
    case "User lookup": {
      const picked = asList((raw.lookups as Raw | undefined)?.lookup);
      if (picked.length === 0) return { value: null };
      const users = picked.map((l) => s.users.find((u) => u.userid === Number((l as Raw)?.id)));
      if (users.some((u) => !u)) return { error: `${name} refers to an unknown user` };
      return { value: { lookups: { lookup: users.map((u) => ({ id: String(u!.userid), email: u!.email, userlookuptype: "1" })) } } };
    }
    case "Hyperlink": {
      if (isBlank(raw.linkdisplayurl)) return { value: null };
      try {
        new URL(String(raw.linkdisplayurl));
      } catch {
        return { error: `${name} must be a valid URL` };
      }
      return { value: { linkdisplayname: String(raw.linkdisplayname ?? raw.linkdisplayurl), linkdisplayurl: String(raw.linkdisplayurl) } };
    }
    case "Auto increment":
      return { error: `${name} is filled in by HighQ and cannot be written` };
  }
}

/** Validates one item; on success returns the new value map (merged over `existing` for updates). */
function applyItem(s: HighQState, sheet: Sheet, input: ItemInput, existing?: SheetItem): { values: SheetItem["values"] } | { errors: ColumnError[] } {
  const values = new Map(existing?.values ?? []);
  const errors: ColumnError[] = [];
  const err = (columnid: number, message: string) => errors.push({ columnid, status: "ERROR", statuscode: 403, message });
  for (const c of input.column) {
    const col = sheet.columns.find((x) => x.id === Number(c.attributecolumnid));
    if (!col) {
      err(Number(c.attributecolumnid), `#Column ${c.attributecolumnid} does not exist`);
      continue;
    }
    const r = convert(s, col, (c.rawdata ?? {}) as Raw);
    if ("error" in r) err(col.id, r.error);
    else if (r.value) values.set(col.id, r.value);
    else values.delete(col.id);
  }
  for (const col of sheet.columns) if (col.required && !values.has(col.id) && !errors.some((e) => e.columnid === col.id)) err(col.id, `#${col.title} is required`);
  return errors.length ? { errors } : { values };
}

function validationFailure(ctx: Ctx, s: HighQState, failures: Array<{ index: number; errors: ColumnError[] }>) {
  // seen (spec §5): validation failures are 403 with per-item, per-column messages
  return sendJson(ctx, s, 403, { items: { item: failures.map((f) => ({ index: f.index, columns: { column: f.errors } })) } });
}

function parseItems(body: unknown): ItemInput[] {
  const items = asList(((body as Raw | undefined)?.data as Raw | undefined)?.item);
  return items.map((i) => {
    const it = (i ?? {}) as Raw;
    return {
      externalid: isBlank(it.externalid) ? undefined : String(it.externalid),
      column: asList(it.column) as ItemInput["column"],
    };
  });
}

export function addSheetRoutes(r: Router, s: HighQState, api: (h: (ctx: Ctx, caller: Caller) => unknown) => (ctx: Ctx) => unknown) {
  const progressiveKeys = new Set<string>();
  const json = (ctx: Ctx, body: unknown) => sendJson(ctx, s, 200, body);

  const sheetFor = (caller: Caller, sheetId: number, write: boolean): Sheet => {
    const sheet = s.sheets.get(sheetId);
    if (!sheet) throw fail(HIGHQ.errors.sheetMissing);
    const { role } = memberSite(s, caller, sheet.siteId);
    if (write && role === "Read only") throw fail(HIGHQ.errors.accessDenied);
    return sheet;
  };

  /** Creates or updates a batch atomically and answers with the contract's create result. */
  const write = (ctx: Ctx, sheet: Sheet, batch: Array<{ input: ItemInput; target?: SheetItem }>) => {
    const results = batch.map(({ input, target }) => applyItem(s, sheet, input, target));
    const failures = results.flatMap((res, i) => ("errors" in res ? [{ index: i + 1, errors: res.errors }] : []));
    if (failures.length) return validationFailure(ctx, s, failures);
    const item = results.map((res, i) => {
      const { input, target } = batch[i];
      const values = (res as { values: SheetItem["values"] }).values;
      const auto = sheet.columns.find((c) => c.type === "Auto increment");
      const saved: SheetItem = target ?? { itemid: s.nextItemId++, values };
      if (!target && auto) values.set(auto.id, { value: String(sheet.nextAuto++) });
      saved.values = values;
      if (input.externalid !== undefined) saved.externalid = input.externalid;
      sheet.items.set(saved.itemid, saved);
      return { index: i + 1, itemid: saved.itemid, ...(saved.externalid ? { externalid: saved.externalid } : {}), status: "SUCCESS" };
    });
    const progressivekey = randomBytes(8).toString("hex");
    progressiveKeys.add(progressivekey);
    return json(ctx, { progressivekey, item });
  };

  r.add(
    "GET",
    "/api/:v/isheets",
    api((ctx, caller) => {
      const siteId = Number(ctx.query.get("siteid"));
      memberSite(s, caller, siteId);
      return json(ctx, { isheet: [...s.sheets.values()].filter((x) => x.siteId === siteId).map((x) => ({ id: x.id, name: x.name })) });
    }),
  );

  r.add(
    "GET",
    "/api/:v/isheets/admin/:sheetid/views",
    api((ctx, caller) => json(ctx, { isheetview: sheetFor(caller, Number(ctx.params.sheetid), false).views })),
  );

  r.add(
    "GET",
    "/api/:v/isheets/:sheetid/columns",
    api((ctx, caller) => {
      const sheet = sheetFor(caller, Number(ctx.params.sheetid), false);
      return json(ctx, {
        column: sheet.columns.map((c) => ({
          columnID: c.id,
          title: c.title,
          type: c.type,
          ...(c.choices ? { choices: { choice: c.choices.map((o) => ({ id: o.id, label: o.label })) } } : {}),
        })),
      });
    }),
  );

  r.add(
    "GET",
    "/api/:v/isheet/:sheetid/items",
    api((ctx, caller) => {
      const sheet = sheetFor(caller, Number(ctx.params.sheetid), false);
      const view = ctx.query.get("sheetviewid");
      if (view && !sheet.views.some((v) => String(v.viewid) === view)) throw fail(HIGHQ.errors.sheetMissing, "iSheet view does not exist");
      const { offset, limit } = paging(ctx);
      const all = [...sheet.items.values()];
      return json(ctx, {
        isheet: {
          totalrecordcount: all.length,
          head: { headcolumn: sheet.columns.map((c, i) => ({ columnid: c.id, columnvalue: c.title, columntypealias: TYPE_ALIAS[c.type], sequence: i })) },
          data: {
            item: all.slice(offset, offset + limit).map((it) => ({
              itemid: it.itemid,
              ...(it.externalid ? { externalid: it.externalid } : {}),
              column: [...it.values].map(([attributecolumnid, rawdata]) => ({ attributecolumnid, rawdata })),
            })),
          },
        },
      });
    }),
  );

  r.add(
    "POST",
    "/api/:v/isheet/:sheetid/items",
    api(async (ctx, caller) => {
      const sheet = sheetFor(caller, Number(ctx.params.sheetid), true);
      const items = parseItems(await ctx.json());
      if (items.length === 0) throw fail(HIGHQ.errors.bodyMissing);
      return write(ctx, sheet, items.map((input) => ({ input })));
    }),
  );

  const update = (byExternal: boolean) =>
    api(async (ctx, caller) => {
      const sheet = sheetFor(caller, Number(ctx.params.sheetid), true);
      const key = ctx.params.key;
      const target = byExternal ? [...sheet.items.values()].find((i) => i.externalid === key) : sheet.items.get(Number(key));
      if (!target) throw fail(HIGHQ.errors.itemMissing);
      const [input] = parseItems(await ctx.json());
      if (!input) throw fail(HIGHQ.errors.bodyMissing);
      return write(ctx, sheet, [{ input, target }]);
    });
  r.add("PUT", "/api/:v/isheet/:sheetid/items/byexternalid/:key", update(true));
  r.add("PUT", "/api/:v/isheet/:sheetid/items/:key", update(false));
  // the documented path repeats the sheet id (likely a typo); both forms are served (assumption, spec §5)
  r.add("PUT", "/api/:v/isheet/:sheetid/:again/items/byexternalid/:key", update(true));
  r.add("PUT", "/api/:v/isheet/:sheetid/:again/items/:key", update(false));

  r.add(
    "DELETE",
    "/api/:v/isheet/:sheetid/items",
    api((ctx, caller) => {
      const sheet = sheetFor(caller, Number(ctx.params.sheetid), true);
      const ids = (ctx.query.get("itemids") ?? "").split(",").filter(Boolean).map(Number);
      if (ids.length === 0) throw fail(HIGHQ.errors.bodyMissing, "itemids is required");
      return json(ctx, { item: ids.map((itemid) => ({ itemid, status: sheet.items.delete(itemid) ? "SUCCESS" : "NOTFOUND" })) });
    }),
  );

  r.add(
    "POST",
    "/api/:v/progressivekeystatus/:key",
    api((ctx) => {
      if (!progressiveKeys.has(ctx.params.key)) throw fail(HIGHQ.errors.itemMissing, "Unknown progressive key");
      return json(ctx, { status: "COMPLETED" });
    }),
  );

  // Legacy create/update used by older integrations (spec §5): values addressed by head sequence.
  r.add(
    "POST",
    "/api/:v/isheet/item/create",
    api(async (ctx, caller) => {
      const body = ((await ctx.json()) ?? {}) as Raw;
      const meta = (body.metaData ?? {}) as Raw;
      const sheet = sheetFor(caller, Number(meta.sheetid), true);
      if (meta.siteid !== undefined && Number(meta.siteid) !== sheet.siteId) throw fail(HIGHQ.errors.sheetMissing);
      const head = asList((body.head as Raw | undefined)?.headColumn) as Array<{ columnValue: string; sequence: number }>;
      const items = asList((body.data as Raw | undefined)?.item) as Raw[];
      if (items.length === 0) throw fail(HIGHQ.errors.bodyMissing);
      const batch = items.map((it) => {
        const column = (asList(it.column) as Array<{ sequence: number; rawData?: { text?: unknown } }>).map((c) => {
          const title = head.find((h) => Number(h.sequence) === Number(c.sequence))?.columnValue;
          const col = sheet.columns.find((x) => x.title === title);
          const text = asList(c.rawData?.text).map(String);
          return { attributecolumnid: col?.id ?? -Number(c.sequence), rawdata: legacyRaw(s, col, text) };
        });
        const target = isBlank(it.itemID) ? undefined : sheet.items.get(Number(it.itemID));
        if (!isBlank(it.itemID) && !target) throw fail(HIGHQ.errors.itemMissing);
        return { input: { externalid: isBlank(it.externalID) ? undefined : String(it.externalID), column }, target };
      });
      return write(ctx, sheet, batch);
    }),
  );
}

/** Legacy values are plain text; map them to the typed rawdata of the column. */
function legacyRaw(s: HighQState, col: Column | undefined, text: string[]): Raw {
  const first = text[0] ?? "";
  switch (col?.type) {
    case "Date and time":
      return { date: first };
    case "Choice":
      return { choices: { choice: text.map((t) => ({ id: col.choices?.find((o) => o.label === t)?.id ?? -1 })) } };
    case "User lookup":
      return { lookups: { lookup: text.map((t) => ({ id: s.user(t)?.userid ?? Number(t) })) } };
    case "Hyperlink":
      return { linkdisplayname: first, linkdisplayurl: text[1] ?? first };
    default:
      return { value: first };
  }
}
