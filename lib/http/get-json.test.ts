import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiPath, getJson } from "./get-json";

// A real HTTP server answering the way Ferry's read routes (and a broken proxy) do.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const answers: Record<string, [number, string, string]> = {
      "/api/ok": [200, "application/json", JSON.stringify({ createdAt: "2026-01-02T03:04:05.000Z", items: [1, 2] })],
      "/api/forbidden": [403, "application/json", JSON.stringify({ error: "You are not a member of that division." })],
      "/api/signed-out": [401, "application/json", JSON.stringify({ error: "Sign in to continue." })],
      "/api/broken": [502, "text/html", "<html>Bad gateway</html>"],
    };
    const [status, type, body] = answers[request.url ?? ""] ?? [404, "text/plain", "none"];
    response.writeHead(status, { "Content-Type": type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("getJson", () => {
  it("answers the parsed JSON of a successful read", async () => {
    expect(await getJson<{ createdAt: Date; items: number[] }>(`${base}/api/ok`)).toEqual({ ok: true, data: { createdAt: "2026-01-02T03:04:05.000Z", items: [1, 2] } });
  });

  it("answers a refusal with the status and the message the server sent", async () => {
    expect(await getJson(`${base}/api/forbidden`)).toEqual({ ok: false, status: 403, error: "You are not a member of that division." });
    expect(await getJson(`${base}/api/signed-out`)).toEqual({ ok: false, status: 401, error: "Sign in to continue." });
  });

  it("answers a generic message when the answer is not Ferry's JSON, or nothing answers", async () => {
    expect(await getJson(`${base}/api/broken`)).toEqual({ ok: false, status: 502, error: expect.stringMatching(/^Something went wrong on our side/) });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await getJson(`http://127.0.0.1:${port}/api/ok`)).toEqual({ ok: false, status: 0, error: expect.stringMatching(/could not be reached/) });
  });
});

describe("apiPath", () => {
  it("encodes each segment and leaves out query values that are not given", () => {
    expect(apiPath(["integrations", "a/b", "remote-folders"], { workspaceId: "101", parentId: undefined })).toBe("/api/integrations/a%2Fb/remote-folders?workspaceId=101");
    expect(apiPath(["integrations", "x", "remote-preview"], { workspaceId: "1", path: "/Deals & more" })).toBe("/api/integrations/x/remote-preview?workspaceId=1&path=%2FDeals+%26+more");
    expect(apiPath(["notifications"])).toBe("/api/notifications");
  });
});
