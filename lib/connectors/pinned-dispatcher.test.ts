import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient } from "./http";
import { pinnedAddresses, pinnedDispatcher } from "./pinned-dispatcher";

let server: Server;
let port: number;
const seenHosts: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seenHosts.push(request.headers.host ?? "");
    response.end("reached the pinned address");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("pinned connections (no DNS rebinding window)", () => {
  it("connects to the approved address without asking DNS, keeping the host name in the request", async () => {
    // `.invalid` never resolves: reaching the server proves the lookup was answered by the pin.
    const response = await fetch(`http://rebind.invalid:${port}/`, { dispatcher: pinnedDispatcher(["127.0.0.1"]) } as RequestInit);
    expect(await response.text()).toBe("reached the pinned address");
    expect(seenHosts.at(-1)).toBe(`rebind.invalid:${port}`);
  });

  it("sends every request of a client to the address the guard approved, even when DNS later answers otherwise", async () => {
    const answers = [["93.184.215.14"], ["127.0.0.1"], ["169.254.169.254"]];
    const resolutions: string[] = [];
    const dispatchedTo: (string[] | undefined)[] = [];
    const client = new HttpClient({
      allowedHosts: [],
      maxTries: 1,
      resolve: async (hostname) => {
        resolutions.push(hostname);
        return answers[Math.min(resolutions.length - 1, answers.length - 1)];
      },
      fetchImpl: async (_url, init) => {
        dispatchedTo.push(pinnedAddresses((init as { dispatcher?: unknown }).dispatcher));
        return Response.json({ ok: true });
      },
    });
    await client.json({ url: "https://remote.example/api/one" });
    await client.json({ url: "https://remote.example/api/two" });
    expect(resolutions).toEqual(["remote.example"]);
    expect(dispatchedTo).toEqual([["93.184.215.14"], ["93.184.215.14"]]);
  });

  it("refuses a name whose only answer is private, before any connection", async () => {
    let fetched = false;
    const client = new HttpClient({
      allowedHosts: [],
      resolve: async () => ["127.0.0.1"],
      fetchImpl: async () => {
        fetched = true;
        return new Response();
      },
    });
    await expect(client.json({ url: "https://rebind.example/" })).rejects.toMatchObject({ code: "HOST_UNREACHABLE" });
    expect(fetched).toBe(false);
  });
});
