import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CALLBACK, chloe, highqToken } from "../test-support";
import { startHighQEmulator, type HighQEmulator } from "./server";

let hq: HighQEmulator;
let base: string;
let token: string;
beforeAll(async () => {
  hq = await startHighQEmulator({ port: 0, redirectUris: [CALLBACK] });
  base = hq.instanceUrl;
});
afterAll(() => hq.close());
beforeEach(async () => {
  await hq.control.reset();
  token = (await highqToken(base)).access_token;
});

const call = async (method: string, path: string, body?: unknown, t = token) => {
  const res = await fetch(`${base}/api/5${path}`, {
    method,
    headers: { authorization: `Bearer ${t}`, accept: "application/json", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

const goodItem = (externalid: string) => ({
  externalid,
  column: [
    { attributecolumnid: 1201, rawdata: { value: "NDA – Calder Foods" } },
    { attributecolumnid: 1202, rawdata: { choices: { choice: [{ id: 101 }] } } },
    { attributecolumnid: 1205, rawdata: { date: "15.11.2017", time: "11:14" } },
    { attributecolumnid: 1206, rawdata: { date: "2019-11-14" } },
    { attributecolumnid: 1207, rawdata: { value: "3" } },
    { attributecolumnid: 1210, rawdata: { lookups: { lookup: [{ id: 1401 }] } } },
    { attributecolumnid: 1211, rawdata: { linkdisplayname: "Open", linkdisplayurl: "https://ferry.example/doc/1" } },
  ],
});

describe("HighQ iSheets", () => {
  it("lists sheets of a site, views and typed columns (with choice options)", async () => {
    expect((await call("GET", "/isheets?siteid=101")).body.isheet).toEqual([{ id: 301, name: "Document report" }]);
    expect((await call("GET", "/isheets/admin/301/views")).body.isheetview).toEqual([{ viewid: 401, title: "All documents" }]);
    const cols = (await call("GET", "/isheets/301/columns")).body.column;
    expect(cols.map((c: any) => c.title)).toEqual([
      "Document", "Document type", "Parties", "Governing law", "Effective date", "Expiry date", "Page count", "Word count", "Source path", "Reviewed by", "Link", "Ref",
    ]);
    expect(cols.find((c: any) => c.title === "Page count").type).toBe("Number");
    expect(cols.find((c: any) => c.title === "Document type").choices.choice[0]).toEqual({ id: 101, label: "NDA" });
    expect((await call("GET", "/isheets/999/columns")).status).toBe(404);
  });

  it("creates items and reads them back with typed rawdata; progressive key completes", async () => {
    const created = await call("POST", "/isheet/301/items", { data: { item: [goodItem("doc-1"), goodItem("doc-2")] } });
    expect(created.status).toBe(200);
    expect(created.body.item).toHaveLength(2);
    expect(created.body.item[0]).toMatchObject({ index: 1, externalid: "doc-1", status: "SUCCESS" });
    expect((await call("POST", `/progressivekeystatus/${created.body.progressivekey}`)).body).toEqual({ status: "COMPLETED" });
    expect((await call("POST", "/progressivekeystatus/nope")).status).toBe(404);
    const list = await call("GET", "/isheet/301/items?sheetviewid=401&limit=1000&offset=0");
    expect(list.body.isheet.totalrecordcount).toBe(2);
    expect(list.body.isheet.head.headcolumn[0]).toMatchObject({ columnid: 1201, columnvalue: "Document", columntypealias: "SHEET_COLUMN_TYPE_SINGLE_LINE_TEXT", sequence: 0 });
    const cells = Object.fromEntries(list.body.isheet.data.item[0].column.map((c: any) => [c.attributecolumnid, c.rawdata]));
    expect(cells[1205]).toEqual({ date: "2017-11-15", time: "11:14:00" });
    expect(cells[1202]).toEqual({ choices: { choice: [{ id: 101, label: "NDA", style: "#000000" }] } });
    expect(cells[1210].lookups.lookup[0]).toMatchObject({ id: "1401", userlookuptype: "1" });
    expect(cells[1212]).toEqual({ value: "1" });
    const page = await call("GET", "/isheet/301/items?limit=1&offset=1");
    expect(page.body.isheet.data.item[0].externalid).toBe("doc-2");
  });

  it("rejects wrong value types with the 403 validation body and creates nothing", async () => {
    const bad = await call("POST", "/isheet/301/items", {
      data: {
        item: [
          goodItem("ok"),
          { externalid: "bad", column: [{ attributecolumnid: 1207, rawdata: { value: "three" } }, { attributecolumnid: 1205, rawdata: { date: "31.02.2020" } }] },
        ],
      },
    });
    expect(bad.status).toBe(403);
    const errs = bad.body.items.item[0];
    expect(errs.index).toBe(2);
    const messages = errs.columns.column.map((c: any) => c.message);
    expect(messages).toContain("#Page count must be a number");
    expect(messages).toContain("#Document is required");
    expect(errs.columns.column[0]).toMatchObject({ status: "ERROR", statuscode: 403 });
    expect(messages.some((m: string) => m.startsWith("#Effective date"))).toBe(true);
    for (const rawdata of [{ choices: { choice: [{ id: 9999 }] } }]) {
      const r = await call("POST", "/isheet/301/items", { data: { item: [{ column: [{ attributecolumnid: 1201, rawdata: { value: "x" } }, { attributecolumnid: 1202, rawdata }] }] } });
      expect(r.status).toBe(403);
    }
    const auto = await call("POST", "/isheet/301/items", { data: { item: [{ column: [{ attributecolumnid: 1201, rawdata: { value: "x" } }, { attributecolumnid: 1212, rawdata: { value: "5" } }] }] } });
    expect(auto.status).toBe(403);
    expect((await call("GET", "/isheet/301/items")).body.isheet.totalrecordcount).toBe(0);
  });

  it("updates by item id and by external id (both path forms), 404 for unknown; deletes by ids", async () => {
    const created = await call("POST", "/isheet/301/items", { data: { item: [goodItem("doc-9")] } });
    const itemid = created.body.item[0].itemid;
    const byId = await call("PUT", `/isheet/301/items/${itemid}`, { data: { item: [{ column: [{ attributecolumnid: 1207, rawdata: { value: "12" } }] }] } });
    expect(byId.body.item[0]).toMatchObject({ itemid, status: "SUCCESS" });
    await call("PUT", "/isheet/301/301/items/byexternalid/doc-9", { data: { item: [{ column: [{ attributecolumnid: 1204, rawdata: { value: "Scotland" } }] }] } });
    const typed = await call("PUT", "/isheet/301/items/byexternalid/doc-9", { data: { item: [{ column: [{ attributecolumnid: 1208, rawdata: { value: "many" } }] }] } });
    expect(typed.status).toBe(403);
    const cells = Object.fromEntries((await call("GET", "/isheet/301/items")).body.isheet.data.item[0].column.map((c: any) => [c.attributecolumnid, c.rawdata.value]));
    expect(cells[1207]).toBe("12");
    expect(cells[1204]).toBe("Scotland");
    expect((await call("PUT", "/isheet/301/items/byexternalid/missing", { data: { item: [goodItem("x")] } })).status).toBe(404);
    const del = await call("DELETE", `/isheet/301/items?itemids=${itemid},424242`);
    expect(del.body.item).toEqual([{ itemid, status: "SUCCESS" }, { itemid: 424242, status: "NOTFOUND" }]);
    expect((await call("GET", "/isheet/301/items")).body.isheet.totalrecordcount).toBe(0);
  });

  it("the control API empties a sheet (benchmarks reset it between rounds) and refuses an unknown one", async () => {
    await call("POST", "/isheet/301/items", { data: { item: [goodItem("doc-c1"), goodItem("doc-c2")] } });
    expect((await call("GET", "/isheet/301/items")).body.isheet.totalrecordcount).toBe(2);
    await hq.control.clearSheetItems(301);
    expect((await call("GET", "/isheet/301/items")).body.isheet.totalrecordcount).toBe(0);
    await expect(hq.control.clearSheetItems(999)).rejects.toThrow(/sheet 999 does not exist/);
  });

  it("supports the legacy create (and update with itemID) addressed by head sequence", async () => {
    const body = (itemID?: string, pages = "7") => ({
      metaData: { siteid: 101, sheetid: 301 },
      head: { headColumn: [{ columnValue: "Document", sequence: 0 }, { columnValue: "Page count", sequence: 1 }, { columnValue: "Document type", sequence: 2 }] },
      data: { item: [{ externalID: "legacy-1", ...(itemID ? { itemID } : {}), column: [{ sequence: 0, rawData: { text: ["Lease A"] } }, { sequence: 1, rawData: { text: [pages] } }, { sequence: 2, rawData: { text: ["Lease"] } }] }] },
    });
    const created = await call("POST", "/isheet/item/create", body());
    expect(created.status).toBe(200);
    const itemid = created.body.item[0].itemid;
    await call("POST", "/isheet/item/create", body(String(itemid), "8"));
    const items = (await call("GET", "/isheet/301/items")).body.isheet.data.item;
    expect(items).toHaveLength(1);
    const cells = Object.fromEntries(items[0].column.map((c: any) => [c.attributecolumnid, c.rawdata]));
    expect(cells[1207]).toEqual({ value: "8" });
    expect(cells[1202].choices.choice[0].label).toBe("Lease");
    expect((await call("POST", "/isheet/item/create", body(undefined, "eight"))).status).toBe(403);
  });

  it("read-only members cannot write; items reading needs site access", async () => {
    const t = (await highqToken(base, chloe.email)).access_token;
    expect((await call("GET", "/isheet/301/items", undefined, t)).status).toBe(200);
    expect((await call("POST", "/isheet/301/items", { data: { item: [goodItem("z")] } }, t)).status).toBe(403);
    expect((await call("GET", "/isheet/302/items", undefined, t)).status).toBe(403);
  });

  it("serves a file's iSheet record when an item's externalid is the file id", async () => {
    const root = ((await hq.control.state()) as any).sites[0].rootFolderId;
    const file = await hq.control.createFile(root, "record.pdf");
    expect((await call("GET", `/files/${file.id}/isheetRecordID`)).status).toBe(404);
    const created = await call("POST", "/isheet/301/items", { data: { item: [{ ...goodItem(String(file.id)) }] } });
    expect((await call("GET", `/files/${file.id}/isheetRecordID`)).body).toEqual({ isheetid: 301, isheetrecordid: created.body.item[0].itemid });
  });
});
