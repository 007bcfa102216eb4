/**
 * HighQ answer shapes the emulator does not produce (numbers as strings, ISO dates, one-item lists
 * as objects everywhere, flat error bodies), replayed by a local server.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../paging";
import { HighqConnector } from "./connector";

const ANSWERS: Record<string, [number, unknown]> = {
  "/inst/api/5/sites/1": [200, { site: { id: "1", sitename: "One", sitefolderID: "10" } }],
  "/inst/api/5/folders/10/items": [200, { foldertotal: "1", folder: { id: "11", name: "Deals", child: "0", parentFolderID: "10" } }],
  "/inst/api/5/folders/11/items": [200, { foldertotal: "0" }],
  "/inst/api/5/files?folderid=10": [200, { filetotal: "0" }],
  "/inst/api/5/files?folderid=11": [
    200,
    { filetotal: "1", file: { id: "5", name: "SPA.pdf", type: "pdf", size: "2048", versionid: "2", modifieddate: "2024-03-01T10:00:00Z" } },
  ],
  "/inst/api/5/sites/2": [403, { summary: "Access denied", ref: "123" }],
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const key = url.pathname === "/inst/api/5/files" ? `${url.pathname}?${url.searchParams.get("q")}` : url.pathname;
    const [status, body] = ANSWERS[key] ?? [404, { error: { summary: "Not found", ref: 102 } }];
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/inst`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function connector() {
  let refreshes = 0;
  const tokens = { getAccessToken: async (o?: { forceRefresh?: boolean }) => (o?.forceRefresh ? `t${++refreshes}` : "t0") };
  return { connector: new HighqConnector({ baseUrl, allowedHosts: [new URL(baseUrl).host], tokens }), refreshes: () => refreshes };
}

describe("HighQ answer shapes", () => {
  it("reads strings for numbers, ISO dates and one-item objects throughout a walk", async () => {
    const { connector: highq } = connector();
    const root = await highq.resolveFolderPath("1", "/");
    expect(root.id).toBe("10");
    expect(await collect(highq.walk("1", root.id))).toEqual([
      { kind: "folder", path: "Deals", id: "11" },
      {
        kind: "file",
        file: {
          id: "5",
          name: "SPA.pdf",
          folderId: "11",
          path: "Deals/SPA.pdf",
          version: "2",
          size: 2048,
          modifiedAt: new Date("2024-03-01T10:00:00Z"),
          encrypted: false,
          canDownload: true,
        },
      },
    ]);
  });

  it("reads a flat error body, and a 403 that survives one refresh is no access", async () => {
    const { connector: highq, refreshes } = connector();
    await expect(highq.listFolders("2")).rejects.toMatchObject({ code: "WORKSPACE_NOT_ACCESSIBLE", details: { remoteCode: "123" } });
    expect(refreshes()).toBe(1);
  });
});
