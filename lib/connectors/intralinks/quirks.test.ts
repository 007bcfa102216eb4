/**
 * Intralinks answer shapes the emulator does not produce (one-item lists as bare objects, lists
 * without a paging node even when `limit` is sent), replayed by a local server.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../paging";
import { ROOT_FOLDER_ID } from "./assumptions";
import { IntralinksConnector, workspaceStatus } from "./connector";

const ANSWERS: Record<string, unknown> = {
  "/v2/workspaces": { status: { code: 200 }, workspace: { id: 11, name: "Only exchange", phase: "OPEN", securityLevel: "1" } },
  "/v2/workspaces/11": { status: { code: 200 }, workspace: { id: 11, name: "Only exchange", phase: "OPEN", securityLevel: 1 } },
  "/v2/workspaces/11/folders": { status: { code: 200 }, folder: { id: 21, name: "Data room" } },
  "/v2/workspaces/11/documents": {
    status: { code: 200 },
    document: { id: "31", name: "SPA", extension: ".pdf", parentId: "21", fileSize: "2048", versionNumber: "3", lastModifiedOn: { milliseconds: "1700000000000" }, drm: "NONE" },
  },
};

let server: Server;
let baseUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.pathname + url.search);
    const body = ANSWERS[url.pathname];
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(body ?? { errors: [{ code: 404 }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function connector() {
  return new IntralinksConnector({ baseUrl, allowedHosts: [new URL(baseUrl).host], tokens: { getAccessToken: async () => "t" }, remoteEmail: "a@b.c", pageSize: 1 });
}

describe("Intralinks answer shapes", () => {
  it("reads one-item lists sent as objects and lists without paging, numbers as strings", async () => {
    expect(await connector().listWorkspaces()).toEqual([{ id: "11", name: "Only exchange", status: "available" }]);
    requests.length = 0;
    const entries = await collect(connector().walk("11", ROOT_FOLDER_ID));
    expect(entries).toEqual([
      { kind: "folder", path: "Data room", id: "21" },
      {
        kind: "file",
        file: {
          id: "31",
          name: "SPA.pdf",
          folderId: "21",
          path: "Data room/SPA.pdf",
          version: "3",
          size: 2048,
          modifiedAt: new Date(1_700_000_000_000),
          encrypted: false,
          canDownload: true,
        },
      },
    ]);
    // pageSize 1 was asked for, but an answer without a paging node is complete: one request per list.
    expect(requests.filter((r) => r.startsWith("/v2/workspaces/11/documents"))).toHaveLength(1);
  });
});

describe("workspaceStatus", () => {
  const monday = new Date("2026-03-02T12:00:00Z");
  const saturday = new Date("2026-03-07T12:00:00Z");

  it("needs a person for challenge security levels, and level 7 only on weekdays", () => {
    expect(workspaceStatus({ id: 1, phase: "OPEN", securityLevel: 2 }, monday).status).toBe("needs_person");
    expect(workspaceStatus({ id: 1, phase: "OPEN", securityLevel: 6 }, monday).status).toBe("needs_person");
    expect(workspaceStatus({ id: 1, phase: "OPEN", securityLevel: 7 }, monday).status).toBe("available");
    expect(workspaceStatus({ id: 1, phase: "OPEN", securityLevel: 7 }, saturday).status).toBe("unavailable");
    expect(workspaceStatus({ id: 1, phase: "HOLD", securityLevel: 1 }, monday).status).toBe("on_hold");
    expect(workspaceStatus({ id: 1, phase: "OPEN", accessRestricted: "true", gatekeepers: [] }, monday).status).toBe("restricted");
  });
});
