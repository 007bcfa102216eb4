import { createHash } from "node:crypto";
import JSZip from "jszip";
import { extractText } from "unpdf";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulators } from "../index";
import type { HighQEmulator } from "../highq/server";
import type { IntralinksEmulator } from "../intralinks/server";
import { alice, CALLBACK, highqToken, hqGet } from "../test-support";

let hq: HighQEmulator;
let il: IntralinksEmulator;
let close: () => Promise<void>;
let token: string;
let root: number;
beforeAll(async () => {
  const started = await startEmulators({ highqPort: 0, intralinksPort: 0, controlToken: "test-token", redirectUris: [CALLBACK], quiet: true });
  ({ highq: hq, intralinks: il, close } = started);
});
afterAll(() => close());
beforeEach(async () => {
  await hq.control.reset();
  token = (await highqToken(hq.instanceUrl)).access_token;
  root = ((await hq.control.state()) as any).sites[0].rootFolderId;
});

const download = (id: number) => hqGet(hq.instanceUrl, token, `/files/${id}/content`);
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("control API", () => {
  it("is guarded by the token and reports ports picked for port 0", async () => {
    expect(hq.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(hq.controlToken).toBe("test-token");
    expect((await fetch(`${hq.url}/_control/state`)).status).toBe(401);
    expect((await fetch(`${il.url}/_control/state`, { headers: { "x-emulator-token": "wrong" } })).status).toBe(401);
  });

  it("creates, renames, moves, changes and deletes folders and files; reset restores the seed", async () => {
    const folder = await hq.control.createFolder(root, "Inbox");
    const sub = await hq.control.createFolder(folder.id, "Sub");
    const top = await hq.control.createTopFolder(101, "Top");
    expect(top).toMatchObject({ parentId: root, containerId: 101 });
    const file = await hq.control.createFile(folder.id, "note.bin", { size: 5000 });
    expect(file).toMatchObject({ version: 1, size: 5000, kind: "binary", path: "Documents/Inbox/note.bin" });
    const renamed = await hq.control.updateFile(file.id, { name: "renamed.bin", folderId: sub.id });
    expect(renamed.path).toBe("Documents/Inbox/Sub/renamed.bin");
    const before = (await hq.control.file(file.id)).sha256;
    const changed = await hq.control.updateFile(file.id, { change: true });
    expect(changed.version).toBe(2);
    expect((await hq.control.file(file.id)).sha256).not.toBe(before);
    await hq.control.updateFolder(sub.id, { name: "Renamed sub", parentId: root });
    const items = await (await hqGet(hq.instanceUrl, token, `/folders/${root}/items`)).json();
    expect(items.folder.map((f: any) => f.name)).toContain("Renamed sub");
    await expect(hq.control.updateFolder(folder.id, { parentId: folder.id })).rejects.toThrow(/into itself/);
    await hq.control.deleteFolder(sub.id);
    expect((await hqGet(hq.instanceUrl, token, `/files/${file.id}`)).status).toBe(404);
    await hq.control.deleteFile(file.id).catch(() => undefined);
    await hq.control.reset();
    expect((await hq.control.file(file.id).catch((e: Error) => e.message)) as string).toMatch(/404/);
  });

  it("generates a tree of N files across M folders within the size range, listed quickly page by page", async () => {
    const tree = await hq.control.generateTree({ parentFolderId: root, files: 300, folders: 6, minSize: 100, maxSize: 10_000, seed: 3 });
    expect(tree.folderIds).toHaveLength(6);
    expect(tree.fileIds).toHaveLength(300);
    const sizes = await Promise.all(tree.fileIds.slice(0, 20).map((id) => hq.control.file(id).then((f) => f.size)));
    expect(sizes.every((s) => s >= 100 && s <= 10_000)).toBe(true);
    const list = await (await hqGet(hq.instanceUrl, token, `/files?q=folderid=${tree.folderIds[0]}&limit=1000`)).json();
    expect(list.filetotal).toBe(50);
  });

  it("grants and removes access (also on Intralinks)", async () => {
    await hq.control.removeAccess(alice.email, 102);
    expect((await hqGet(hq.instanceUrl, token, "/sites/102")).status).toBe(403);
    await hq.control.grantAccess(alice.email, 102, "Admin");
    expect((await hqGet(hq.instanceUrl, token, "/sites/102")).status).toBe(200);
    await expect(hq.control.grantAccess(alice.email, 102, "Owner")).rejects.toThrow(/role/);
    await expect(il.control.grantAccess(alice.email, 2002, "CONTROL")).resolves.toEqual({ ok: true });
  });

  it("expires and revokes a user's tokens", async () => {
    const t = await highqToken(hq.instanceUrl);
    expect((await hq.control.expireTokens(alice.email)).affected).toBeGreaterThan(0);
    expect((await hqGet(hq.instanceUrl, t.access_token, "/users/me")).status).toBe(403);
    const t2 = await highqToken(hq.instanceUrl);
    await hq.control.revokeTokens(alice.email);
    expect((await hqGet(hq.instanceUrl, t2.access_token, "/users/me")).status).toBe(401);
  });

  it("registers and removes OAuth clients", async () => {
    await hq.control.putClient("2000", { secret: "s", redirectUris: ["http://x/cb"] });
    expect((await hq.control.clients()).map((c) => c.id)).toContain("2000");
    await hq.control.deleteClient("2000");
    expect((await hq.control.clients()).map((c) => c.id)).not.toContain("2000");
    await expect(hq.control.putClient("2001", {})).rejects.toThrow(/secret/);
  });

  it("counts requests per endpoint and resets the counters", async () => {
    await hq.control.resetCounters();
    await hqGet(hq.instanceUrl, token, "/sites?filterby=all");
    await hqGet(hq.instanceUrl, token, "/sites?filterby=all");
    await hqGet(hq.instanceUrl, token, "/files/5001");
    const c = await hq.control.counters();
    expect(c["GET /api/:v/sites"]).toBe(2);
    expect(c["GET /api/:v/files/:id"]).toBe(1);
    await hq.control.resetCounters();
    expect(await hq.control.counters()).toEqual({});
  });

  it("rejects unknown switches and bad fault specs", async () => {
    await expect(hq.control.setConditions({ nope: true } as any)).rejects.toThrow();
    await expect(il.control.setConditions({ errorsIn200: "yes" } as any)).rejects.toThrow();
    await expect(hq.control.addFault({ path: "/x", kind: "status", status: 418 } as any)).rejects.toThrow();
  });
});

describe("faults", () => {
  it("status 429 with Retry-After for the next N matching requests only", async () => {
    await hq.control.addFault({ path: "/demo/api/*/sites", kind: "status", status: 429, retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await hqGet(hq.instanceUrl, token, "/sites");
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("7");
      expect((await r.json()).error.ref).toBe(429);
    }
    expect((await hqGet(hq.instanceUrl, token, "/sites")).status).toBe(200);
    expect(await hq.control.faults()).toEqual([]);
  });

  it("500/502/503 in each emulator's own format, filtered by method", async () => {
    for (const status of [500, 502, 503] as const) {
      await hq.control.addFault({ path: "/demo/**", method: "GET", kind: "status", status });
      expect((await hqGet(hq.instanceUrl, token, "/sites")).status).toBe(status);
      await il.control.addFault({ path: "/v2/workspaces", kind: "status", status });
      const r = await fetch(`${il.url}/v2/workspaces`);
      expect(r.status).toBe(status);
      expect(await r.text()).toContain(status === 500 ? "<subcode>999</subcode>" : "<html>");
    }
    await hq.control.addFault({ path: "/demo/**", method: "POST", kind: "status", status: 503 });
    expect((await hqGet(hq.instanceUrl, token, "/sites")).status).toBe(200);
  });

  it("seeded probability gives the same pattern every time", async () => {
    const run = async () => {
      await hq.control.clearFaults();
      await hq.control.addFault({ path: "/demo/api/*/users/*", kind: "status", status: 503, probability: 0.5, seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 16; i++) out.push((await hqGet(hq.instanceUrl, token, "/users/me")).status);
      return out;
    };
    const a = await run();
    expect(a).toContain(503);
    expect(a).toContain(200);
    expect(await run()).toEqual(a);
  });

  it("reset part-way through a download: the client sees an error, not a short file", async () => {
    const file = await hq.control.createFile(root, "big.bin", { size: 4 << 20 });
    await hq.control.addFault({ path: `/demo/api/*/files/${file.id}/content`, kind: "reset", afterBytes: 300_000 });
    const res = await download(file.id);
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(Buffer.from(await (await download(file.id)).arrayBuffer()).length).toBe(4 << 20);
  });

  it("latency delays the answer (a client with a short timeout gives up)", async () => {
    await hq.control.addFault({ path: "/demo/api/*/users/me", kind: "latency", ms: 1500 });
    await expect(fetch(`${hq.instanceUrl}/api/5/users/me`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" }, signal: AbortSignal.timeout(150) })).rejects.toThrow();
  });

  it("slow body trickles the bytes in small pieces", async () => {
    const file = await hq.control.createFile(root, "slow.bin", { size: 200_000 });
    await hq.control.addFault({ path: `/demo/api/*/files/${file.id}/content`, kind: "slowBody", bytesPerSecond: 2000 });
    const res = await download(file.id);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.value!.length).toBeLessThanOrEqual(200);
    await reader.cancel();
  });
});

describe("generated content", () => {
  it("PDFs are real and read like contracts; bytes hash to the reported SHA-256", async () => {
    const f = await hq.control.createFile(root, "contract.pdf");
    const bytes = Buffer.from(await (await download(f.id)).arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.subarray(-8).toString()).toContain("%%EOF");
    expect(sha256(bytes)).toBe((await hq.control.file(f.id)).sha256);
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    expect(text).toMatch(/governed by the laws of/);
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it("DOCX files are zips with word/document.xml holding the contract text", async () => {
    const f = await hq.control.createFile(root, "contract.docx");
    const bytes = Buffer.from(await (await download(f.id)).arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("governed by the laws of");
    expect(sha256(bytes)).toBe((await hq.control.file(f.id)).sha256);
  });

  it("same id → same bytes after a reset; a change gives new bytes", async () => {
    const first = Buffer.from(await (await download(5010)).arrayBuffer());
    await hq.control.reset();
    token = (await highqToken(hq.instanceUrl)).access_token;
    const again = Buffer.from(await (await download(5010)).arrayBuffer());
    expect(again.equals(first)).toBe(true);
    await hq.control.updateFile(5010, { change: true });
    expect(Buffer.from(await (await download(5010)).arrayBuffer()).equals(first)).toBe(false);
  });

  it("large binary files are streamed from a seed (1 GiB costs nothing until read)", async () => {
    const f = await hq.control.createFile(root, "huge.bin", { size: 1 << 30 });
    expect(f.size).toBe(1 << 30);
    const res = await download(f.id);
    expect(res.headers.get("content-length")).toBe(String(1 << 30));
    const reader = res.body!.getReader();
    const chunk = await reader.read();
    expect(chunk.value!.length).toBeGreaterThan(0);
    await reader.cancel();
    const small = await hq.control.createFile(root, "small.bin", { size: 123_457 });
    const bytes = Buffer.from(await (await download(small.id)).arrayBuffer());
    expect(bytes.length).toBe(123_457);
    expect(sha256(bytes)).toBe((await hq.control.file(small.id)).sha256);
  });
});
