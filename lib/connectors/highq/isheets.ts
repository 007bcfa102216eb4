/**
 * HighQ iSheets (spec §5): sheets of a site, their columns, paged items, and item writes keyed by
 * a stable external id so a report row is updated in place and never duplicated.
 */
import { RemoteError } from "../errors";
import { asList, isRecord, toId, toNumber, toText, type Json } from "../lenient";
import { allPages, collect } from "../paging";
import type { ConnectorOptions } from "../types";
import { ISHEET_DATE_WRITE, PAGE_LIMIT } from "./assumptions";
import { HighqApi } from "./connector";
import { highqError, isValidationBody, parseValidationErrors } from "./errors";

export type IsheetColumnKind =
  | "text"
  | "multiline_text"
  | "number"
  | "date"
  | "choice"
  | "user_lookup"
  | "sheet_lookup"
  | "hyperlink"
  | "auto_increment"
  | "other";

export type IsheetColumn = {
  id: string;
  title: string;
  kind: IsheetColumnKind;
  /** The type as HighQ named it, e.g. "Choice" or "SHEET_COLUMN_TYPE_CHOICE". */
  remoteType: string;
  required: boolean;
  /** Auto-increment, attachment and sheet-link columns cannot be written through the API. */
  writable: boolean;
  choices?: { id: string; label: string }[];
};

/** A value to write; the shape picks the `rawdata` form HighQ expects. */
export type IsheetValue =
  | string
  | number
  | Date
  | { choiceIds: string[] }
  | { userIds: string[] }
  | { linkLabel: string; url: string };

export type IsheetItemInput = { externalId?: string; values: Record<string, IsheetValue | null | undefined> };

/** What a cell reads back as: text, or the labels / ids of a multi-valued cell. */
export type IsheetCell = string | string[] | null;

export type IsheetItem = { id: string; externalId?: string; cells: Record<string, IsheetCell> };

export type IsheetWriteResult = { index: number; itemId?: string; externalId?: string; status: string };

// Display names (admin columns API) and aliases (item heads) for the same types (spec §5).
const KIND_BY_TYPE: Record<string, IsheetColumnKind> = {
  "single line text": "text",
  single_line_text: "text",
  "multiple line text": "multiline_text",
  multiple_line_text: "multiline_text",
  number: "number",
  "date and time": "date",
  date_and_time: "date",
  choice: "choice",
  "user lookup": "user_lookup",
  lookup: "user_lookup",
  "sheet lookup": "sheet_lookup",
  sheet_lookup: "sheet_lookup",
  hyperlink: "hyperlink",
  "auto increment": "auto_increment",
  auto_increment: "auto_increment",
};

export function columnKind(type: string): IsheetColumnKind {
  const key = type.trim().toLowerCase().replace(/^sheet_column_type_/, "");
  return KIND_BY_TYPE[key] ?? "other";
}

const READ_ONLY_KINDS = new Set<IsheetColumnKind>(["auto_increment", "sheet_lookup", "other"]);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The `rawdata` object for one written value. */
export function toRawData(value: IsheetValue): Json {
  if (value instanceof Date) {
    const date = ISHEET_DATE_WRITE(value.getUTCFullYear(), pad(value.getUTCMonth() + 1), pad(value.getUTCDate()));
    return { date, time: `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` };
  }
  if (typeof value === "string") return { value };
  if (typeof value === "number") return { value: String(value) };
  if ("choiceIds" in value) return { choices: { choice: value.choiceIds.map((id) => ({ id: toNumber(id) ?? id })) } };
  if ("userIds" in value) return { lookups: { lookup: value.userIds.map((id) => ({ id: toNumber(id) ?? id })) } };
  return { linkdisplayname: value.linkLabel, linkdisplayurl: value.url };
}

/** Reads a cell's `rawdata` in any of the shapes of spec §5. */
export function fromRawData(raw: unknown): IsheetCell {
  if (!isRecord(raw)) return null;
  if (raw.value !== undefined) return toText(raw.value) ?? null;
  if (raw.date !== undefined) return [toText(raw.date), toText(raw.time)].filter(Boolean).join("T");
  if (isRecord(raw.choices)) return asList(raw.choices.choice).map((c) => toText(c.label) ?? toText(c.id) ?? "");
  if (isRecord(raw.lookups)) return asList(raw.lookups.lookup).map((l) => toText(l.email) ?? toText(l.id) ?? "");
  if (isRecord(raw.isheetitems)) return asList(raw.isheetitems.isheetitem).map((i) => toText(i.linkname) ?? toText(i.recordid) ?? "");
  if (raw.linkdisplayurl !== undefined) return toText(raw.linkdisplayurl) ?? null;
  return null;
}

function itemBody(item: IsheetItemInput): Json {
  const column = Object.entries(item.values)
    .filter((entry): entry is [string, IsheetValue] => entry[1] !== null && entry[1] !== undefined)
    .map(([columnId, value]) => ({ attributecolumnid: toNumber(columnId) ?? columnId, rawdata: toRawData(value) }));
  return { ...(item.externalId !== undefined ? { externalid: item.externalId } : {}), column };
}

export class HighqIsheets {
  private readonly api: HighqApi;

  constructor(private readonly options: ConnectorOptions) {
    this.api = new HighqApi(options);
  }

  async listSheets(siteId: string): Promise<{ id: string; name: string }[]> {
    const body = await this.api.request({ path: "isheets", query: { siteid: siteId }, context: { operation: "isheet", workspaceId: siteId } });
    return asList(body.isheet).map((sheet) => ({ id: toId(sheet.id) ?? "", name: toText(sheet.name) ?? "" }));
  }

  async listColumns(sheetId: string): Promise<IsheetColumn[]> {
    const body = await this.api.request({ path: `isheets/${encodeURIComponent(sheetId)}/columns`, context: { operation: "isheet" } });
    return asList(body.column).map((column) => {
      const remoteType = toText(column.type) ?? toText(column.columntypealias) ?? "";
      const kind = columnKind(remoteType);
      const choices = asList(isRecord(column.choices) ? column.choices.choice : column.choices).map((choice) => ({
        id: toId(choice.id) ?? "",
        label: toText(choice.label) ?? "",
      }));
      return {
        id: toId(column.columnID) ?? toId(column.columnid) ?? "",
        title: toText(column.title) ?? "",
        kind,
        remoteType,
        required: toText(column.required) === "true" || toText(column.required) === "1" || column.required === true,
        writable: !READ_ONLY_KINDS.has(kind),
        ...(choices.length > 0 ? { choices } : {}),
      };
    });
  }

  /** Items are read through a view; the sheet's first view is used when none is given. */
  async listItems(sheetId: string, viewId?: string): Promise<IsheetItem[]> {
    const view = viewId ?? (await this.firstViewId(sheetId));
    return collect(
      allPages(this.options.pageSize ?? PAGE_LIMIT, async (offset, limit) => {
        const body = await this.api.request({
          path: `isheet/${encodeURIComponent(sheetId)}/items`,
          query: { sheetviewid: view, limit, offset },
          context: { operation: "isheet" },
        });
        const sheet = isRecord(body.isheet) ? body.isheet : {};
        const items = asList(isRecord(sheet.data) ? sheet.data.item : undefined).map((item): IsheetItem => {
          const cells: Record<string, IsheetCell> = {};
          for (const column of asList(item.column)) {
            const id = toId(column.attributecolumnid);
            if (id) cells[id] = fromRawData(column.rawdata);
          }
          const externalId = toText(item.externalid);
          return { id: toId(item.itemid) ?? "", ...(externalId ? { externalId } : {}), cells };
        });
        return { items, total: toNumber(sheet.totalrecordcount) };
      }),
    );
  }

  async createItems(sheetId: string, items: IsheetItemInput[]): Promise<IsheetWriteResult[]> {
    const body = await this.write("POST", `isheet/${encodeURIComponent(sheetId)}/items`, { data: { item: items.map(itemBody) } });
    return asList(body.item).map((result) => ({
      index: toNumber(result.index) ?? 0,
      ...(toId(result.itemid) ? { itemId: toId(result.itemid) } : {}),
      ...(toText(result.externalid) ? { externalId: toText(result.externalid) } : {}),
      status: toText(result.status) ?? "",
    }));
  }

  async updateItem(sheetId: string, itemId: string, item: IsheetItemInput): Promise<void> {
    await this.write("PUT", `isheet/${encodeURIComponent(sheetId)}/items/${encodeURIComponent(itemId)}`, { data: { item: [itemBody(item)] } });
  }

  async updateItemByExternalId(sheetId: string, externalId: string, item: IsheetItemInput): Promise<void> {
    await this.write("PUT", `isheet/${encodeURIComponent(sheetId)}/items/byexternalid/${encodeURIComponent(externalId)}`, {
      data: { item: [itemBody({ ...item, externalId })] },
    });
  }

  /** Updates the row with this external id, or creates it when HighQ has none (spec §5: 404 → create). */
  async upsertByExternalId(sheetId: string, externalId: string, item: IsheetItemInput): Promise<"updated" | "created"> {
    try {
      await this.updateItemByExternalId(sheetId, externalId, item);
      return "updated";
    } catch (error) {
      if (!(error instanceof RemoteError) || error.code !== "NOT_FOUND") throw error;
    }
    const [result] = await this.createItems(sheetId, [{ ...item, externalId }]);
    if (result && result.status !== "" && result.status.toUpperCase() !== "SUCCESS") {
      throw new RemoteError("VALIDATION_FAILED", { details: { provider: "highq", remoteMessage: result.status } });
    }
    return "created";
  }

  private async firstViewId(sheetId: string): Promise<string> {
    const body = await this.api.request({ path: `isheets/admin/${encodeURIComponent(sheetId)}/views`, context: { operation: "isheet" } });
    const view = toId(asList(body.isheetview)[0]?.viewid);
    if (!view) throw new RemoteError("NOT_FOUND", { message: "The iSheet has no view to read its items through.", details: { provider: "highq" } });
    return view;
  }

  private async write(method: "POST" | "PUT", path: string, body: Json): Promise<Json> {
    const response = await this.api.send({ method, path, body });
    if (response.status >= 200 && response.status < 300) return isRecord(response.body) ? response.body : {};
    if (response.status === 403 && isValidationBody(response.body)) {
      const columns = parseValidationErrors(response.body);
      throw new RemoteError("VALIDATION_FAILED", {
        status: 403,
        message: `HighQ rejected ${columns.length === 1 ? "a value" : "values"} written to the iSheet: ${columns.map((c) => c.message).join("; ")}`,
        details: { provider: "highq", columns },
      });
    }
    throw highqError(response.status, response.body, { operation: "isheet" });
  }
}
