import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo } from "../index";
import { signInThroughAuthorizePage } from "../shared/browser";
import { alice, ben, CALLBACK, chloe, enter, ilGet, intralinksToken } from "../test-support";
import { startIntralinksEmulator, type IntralinksEmulator } from "./server";

let il: IntralinksEmulator;
let url: string;
beforeAll(async () => {
  il = await startIntralinksEmulator({ port: 0, redirectUris: [CALLBACK] });
  url = il.url;
});
afterAll(() => il.close());
beforeEach(() => il.control.reset());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const { v2, v3 } = demo.intralinks;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

const v2Token = (fields: Record<string, string>) =>
  fetch(`${url}/v2/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ client_id: v2.apiKey, client_secret: v2.apiSecret, ...fields }) }).then(json);
const v3Token = (data: Record<string, unknown>, auth = basic(v3.apiKey, v3.apiSecret)) =>
  fetch(`${url}/v3/apis/il-iam/oauth/token`, { method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body: JSON.stringify({ data }) }).then(json);

async function v2Code(email = alice.email, query: Record<string, string> = {}) {
  const step = await signInThroughAuthorizePage(`${url}/v2/oauth/authorize?${new URLSearchParams({ client_id: v2.apiKey, state: "s2", ...query })}`, { email, password: alice.password });
  return new URL(step.location!);
}
async function v3Code(email = alice.email) {
  const q = new URLSearchParams({ response_type: "code", client_id: v3.apiKey, redirect_uri: CALLBACK, state: "s3" });
  const step = await signInThroughAuthorizePage(`${url}/v3/apis/il-iam/oauth/authorize?${q}`, { email, password: alice.password });
  return new URL(step.location!);
}

describe("Intralinks v2 auth", () => {
  it("authorize page → code (20 s, single use) → BearerToken pair → tokeninfo", async () => {
    const loc = await v2Code();
    expect(`${loc.origin}${loc.pathname}`).toBe(CALLBACK);
    expect(loc.searchParams.get("state")).toBe("s2");
    const tok = await v2Token({ grant_type: "authorization_code", code: loc.searchParams.get("code")!, endOtherSessions: "false" });
    expect(tok.status).toBe(200);
    expect(tok.body).toMatchObject({ token_type: "BearerToken", email: alice.email, flags: [] });
    expect(tok.body.expires_in).toBeGreaterThan(3500);
    expect(tok.body.refresh_token_expires_in).toBeGreaterThan(2_590_000);
    const reuse = await v2Token({ grant_type: "authorization_code", code: loc.searchParams.get("code")! });
    expect(reuse).toMatchObject({ status: 400, body: { ErrorCode: "invalid_grant" } });
    const info = await json(await ilGet(url, tok.body.access_token, `/v2/oauth/tokeninfo?client_id=${v2.apiKey}`));
    expect(info.body).toMatchObject({ status: "approved", scope: "ilservices", email: alice.email, redirect_url: CALLBACK, app_name: "Ferry" });
  });

  it("accepts the query-string form and Basic client auth at the token endpoint", async () => {
    const code = (await v2Code()).searchParams.get("code")!;
    const q = new URLSearchParams({ grant_type: "authorization_code", code });
    const res = await json(await fetch(`${url}/v2/oauth/token?${q}`, { method: "POST", headers: { authorization: basic(v2.apiKey, v2.apiSecret) } }));
    expect(res.status).toBe(200);
  });

  it("rotates refresh tokens; the old pair stops working", async () => {
    const code = (await v2Code()).searchParams.get("code")!;
    const first = (await v2Token({ grant_type: "authorization_code", code })).body;
    const next = await v2Token({ grant_type: "refresh_token", refresh_token: first.refresh_token, endOtherSessions: "false" });
    expect(next.status).toBe(200);
    expect((await ilGet(url, first.access_token, "/v2/workspaces")).status).toBe(401);
    expect((await v2Token({ grant_type: "refresh_token", refresh_token: first.refresh_token })).status).toBe(400);
    await il.control.putClient(v2.apiKey, { allowRefresh: false });
    expect((await v2Token({ grant_type: "refresh_token", refresh_token: next.body.refresh_token })).body.ErrorCode).toBe("unsupported_grant_type");
  });

  it("expired code, bad secret, unknown key, bad password (017) fail as the spec says", async () => {
    await il.control.setLifetimes({ codeSeconds: 0 });
    const code = (await v2Code()).searchParams.get("code")!;
    expect((await v2Token({ grant_type: "authorization_code", code })).body.ErrorCode).toBe("invalid_grant");
    expect(await v2Token({ grant_type: "client_credentials", email: alice.email, password: alice.password, client_secret: "wrong" })).toMatchObject({
      status: 401,
      body: { ErrorCode: "invalid_client" },
    });
    const unknown = await v2Token({ grant_type: "client_credentials", client_id: "nope" });
    expect(unknown).toMatchObject({ status: 400, body: { ErrorCode: "invalid_request", Error: "invalid or null consumer key: nope" } });
    expect(await v2Token({ grant_type: "client_credentials", email: alice.email, password: "bad" })).toMatchObject({ status: 403, body: { error: { subcode: "017" } } });
  });

  it("revoke (PUT) ends the token; expired tokens answer 401", async () => {
    const token = await intralinksToken(url);
    const r = await fetch(`${url}/v2/oauth/revoke?${new URLSearchParams({ token, client_id: v2.apiKey, client_secret: v2.apiSecret })}`, { method: "PUT" });
    expect(r.status).toBe(200);
    expect(await json(await ilGet(url, token, "/v2/workspaces"))).toMatchObject({ status: 401, body: { error: { code: 401, subcode: "1-1-3-2" } } });
    await il.control.setLifetimes({ accessSeconds: 0 });
    expect((await ilGet(url, await intralinksToken(url), "/v2/workspaces")).status).toBe(401);
  });

  it("authorize: redirect_uri must match; v3 keys get 400 invalid consumer key instead of a login page", async () => {
    const bad = await json(await fetch(`${url}/v2/oauth/authorize?client_id=${v2.apiKey}&redirect_uri=http://elsewhere/cb`));
    expect(bad).toMatchObject({ status: 400, body: { ErrorCode: "invalid_request" } });
    const wrongVersion = await json(await fetch(`${url}/v2/oauth/authorize?client_id=${v3.apiKey}`));
    expect(wrongVersion.body.Error).toBe(`invalid or null consumer key: ${v3.apiKey}`);
    expect((await v2Token({ grant_type: "client_credentials", client_id: v3.apiKey, client_secret: v3.apiSecret })).status).toBe(400);
  });
});

describe("Intralinks v3 auth", () => {
  it("code flow with Basic auth and a JSON data envelope; refresh; client_credentials", async () => {
    const loc = await v3Code();
    expect(loc.searchParams.get("state")).toBe("s3");
    const tok = await v3Token({ grant_type: "authorization_code", code: loc.searchParams.get("code"), redirect_uri: CALLBACK });
    expect(tok.status).toBe(200);
    expect(tok.body.data).toMatchObject({ tokenType: "Bearer", expiresIn: 3600 });
    expect((await ilGet(url, tok.body.data.accessToken, "/v2/workspaces")).status).toBe(200);
    const refreshed = await v3Token({ grant_type: "refresh_token", refresh_token: tok.body.data.refreshToken });
    expect(refreshed.body.data.refreshToken).not.toBe(tok.body.data.refreshToken);
    const cc = await v3Token({ grant_type: "client_credentials" });
    expect(cc.body.data.accessToken).toBeTruthy();
    expect(cc.body.data.refreshToken).toBeUndefined();
    expect((await v3Token({ grant_type: "authorization_code", code: "nope" })).body.errors[0].subCode).toBe("invalid_grant");
  });

  it("wrong auth API version: v2 keys at v3 → 401 invalid_client (token and authorize)", async () => {
    const res = await v3Token({ grant_type: "client_credentials" }, basic(v2.apiKey, v2.apiSecret));
    expect(res).toMatchObject({ status: 401, body: { errors: [{ code: 401, subCode: "invalid_client", message: "Client authentication failed" }] } });
    expect((await fetch(`${url}/v3/apis/il-iam/oauth/authorize?response_type=code&client_id=${v2.apiKey}`)).status).toBe(401);
  });

  it("wrong API secret (control: rotate the secret) → invalid_client", async () => {
    await il.control.putClient(v3.apiKey, { secret: "rotated" });
    expect((await v3Token({ grant_type: "client_credentials" })).status).toBe(401);
    await il.control.putClient(v3.apiKey, { authVersion: "v2" });
    expect((await v3Token({ grant_type: "client_credentials" }, basic(v3.apiKey, "rotated"))).status).toBe(401);
  });
});

describe("Intralinks exchanges", () => {
  let token: string;
  beforeEach(async () => {
    token = await intralinksToken(url);
  });

  it("users: by email and me, in the status envelope", async () => {
    const u = await json(await ilGet(url, token, `/v2/users/${encodeURIComponent(ben.email)}`));
    expect(u.body).toMatchObject({ status: { code: 200 }, user: { emailId: ben.email, firstName: "Ben" } });
    expect((await json(await ilGet(url, token, "/v2/users/me"))).body.user.emailId).toBe(alice.email);
    expect((await json(await ilGet(url, token, "/v2/users/nobody@x"))).body.errors[0].subCode).toBe("3-1");
  });

  it("lists workspaces with phase, securityLevel and restriction; one workspace by id", async () => {
    const list = (await json(await ilGet(url, token, "/v2/workspaces"))).body.workspace;
    expect(list).toHaveLength(6);
    expect(list[0]).toMatchObject({ id: 2001, phase: "OPEN", securityLevel: 1, type: "ARC", accessRestricted: false });
    expect(list[0].gatekeepers).toBeUndefined();
    expect(list.map((w: any) => w.phase)).toContain("HOLD");
    expect((await json(await ilGet(url, token, "/v2/workspaces/2004"))).body.workspace).toMatchObject({ securityLevel: 6, phase: "PREPARATION" });
  });

  it("content needs entering per token: 303 until splash accepted, again after a new token", async () => {
    expect(await json(await ilGet(url, token, "/v2/workspaces/2001/folders"))).toMatchObject({ status: 303, body: { errors: [{ code: 303, subCode: "1" }] } });
    const splash = await json(await ilGet(url, token, "/v2/workspaces/2001/splash"));
    expect(splash.body.splash.splashRequired).toBe(true);
    const noAccept = await ilGet(url, token, "/v2/workspaces/2001/splash", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(noAccept.status).toBe(400);
    const entered = await json(await enter(url, token, 2001));
    expect(entered).toEqual({ status: 201, body: { state: "ALLOW" } });
    expect((await ilGet(url, token, "/v2/workspaces/2001/folders")).status).toBe(200);
    const other = await intralinksToken(url);
    expect((await ilGet(url, other, "/v2/workspaces/2001/folders")).status).toBe(303);
    expect((await json(await enter(url, token, 2004))).body.state).toBe("ONE_TIME_PASSWORD");
    expect((await ilGet(url, token, "/v2/workspaces/2004/documents")).status).toBe(303);
  });

  it("folders (flat, with parentId and index numbers), one level of contents, documents with paging", async () => {
    await enter(url, token, 2001);
    const folders = (await json(await ilGet(url, token, "/v2/workspaces/2001/folders"))).body.folder;
    const corp = folders.find((f: any) => f.name === "Corporate");
    expect(corp.parentId).toBeUndefined();
    expect(corp).toMatchObject({ indexNumber: "1", hasChildFolders: true, versionNumber: 1 });
    expect(corp.createdOn.milliseconds).toEqual(expect.any(Number));
    const constit = folders.find((f: any) => f.name === "Constitutional documents");
    expect(constit).toMatchObject({ parentId: corp.id, indexNumber: "1.1" });
    const contents = (await json(await ilGet(url, token, `/v2/workspaces/2001/folders/${corp.id}/contents`))).body.contentList.docFolderList;
    expect(contents).toEqual([expect.objectContaining({ id: constit.id, type: "FOLDER" })]);
    const docs = (await json(await ilGet(url, token, "/v2/workspaces/2001/documents"))).body;
    expect(docs.paging).toBeUndefined();
    expect(docs.document.length).toBe(15);
    const d = docs.document[0];
    expect(d).toMatchObject({ parentId: constit.id, indexNumber: "1.1.1", versionNumber: 1, drm: "NONE", canDownload: true, permission: "CONTROL" });
    expect(d.extension).toMatch(/^\.(pdf|docx)$/);
    expect(d.version).toMatch(/^[0-9a-f]{40}$/);
    const paged = (await json(await ilGet(url, token, "/v2/workspaces/2001/documents?offset=10&limit=4"))).body;
    expect(paged.paging).toEqual({ offset: 10, limit: 4, total: 15 });
    expect(paged.document).toHaveLength(4);
    const inFolder = (await json(await ilGet(url, token, `/v2/workspaces/2001/documents?folderId=${constit.id}`))).body.document;
    expect(inFolder).toHaveLength(2);
  });

  it("downloads plain bytes matching fileHash (base64 SHA-1) and lists permissions", async () => {
    await enter(url, token, 2001);
    const d = (await json(await ilGet(url, token, "/v2/workspaces/2001/documents"))).body.document[0];
    const res = await ilGet(url, token, `/v2/workspaces/2001/documents/${d.id}/file`);
    expect(res.headers.get("x-intralinks-protected")).toBeNull();
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent(`${d.name}${d.extension}`));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(d.fileSize);
    const { createHash } = await import("node:crypto");
    expect(createHash("sha1").update(bytes).digest("base64")).toBe(d.fileHash);
    const perms = (await json(await ilGet(url, token, `/v2/workspaces/2001/documents/${d.id}/permissions`))).body.permissions;
    expect(perms).toContainEqual({ granteeInfo: { granteeId: 7000101, granteeType: "USER", isWorkspaceUser: true }, permission: "CONTROL", drm: "NONE", isInherited: true });
    expect((await ilGet(url, token, "/v2/workspaces/2001/documents/1/file")).status).toBe(400);
  });

  it("protected documents: drm → encrypted bytes with X-Intralinks-Protected; viewer-only → 500 XML 999", async () => {
    await enter(url, token, 2001);
    const docs = (await json(await ilGet(url, token, "/v2/workspaces/2001/documents"))).body.document;
    const prot = docs.find((d: any) => d.drm === "NOSAVE");
    const res = await ilGet(url, token, `/v2/workspaces/2001/documents/${prot.id}/file`);
    expect(res.headers.get("x-intralinks-protected")).toBe("true");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(prot.fileSize);
    const { createHash } = await import("node:crypto");
    expect(createHash("sha1").update(bytes).digest("base64")).not.toBe(prot.fileHash);
    const viewer = docs.find((d: any) => d.canDownload === false);
    const v = await ilGet(url, token, `/v2/workspaces/2001/documents/${viewer.id}/file`);
    expect(v.status).toBe(500);
    const xml = await v.text();
    expect(xml).toContain("<subcode>999</subcode>");
  });
});

describe("Intralinks troubleshooting switches", () => {
  it("encrypted workspace: every document is protected (switchable)", async () => {
    const token = await intralinksToken(url);
    await enter(url, token, 2005);
    const docs = (await json(await ilGet(url, token, "/v2/workspaces/2005/documents"))).body.document;
    expect(docs.every((d: any) => d.drm === "NOSAVE")).toBe(true);
    await il.control.setConditions({ encryptedWorkspaces: [] });
    const plain = (await json(await ilGet(url, token, "/v2/workspaces/2005/documents"))).body.document;
    expect(plain.every((d: any) => d.drm === "NONE")).toBe(true);
  });

  it("exchange access restricted: listed with gatekeepers, content and splash 403 3-4", async () => {
    const token = await intralinksToken(url, chloe.email);
    const ws = (await json(await ilGet(url, token, "/v2/workspaces"))).body.workspace.find((w: any) => w.id === 2003);
    expect(ws.accessRestricted).toBe(true);
    expect(ws.gatekeepers[0]).toMatchObject({ emailId: demo.users[3].email, firstName: "Dana" });
    const splash = await json(await enter(url, token, 2003));
    expect(splash).toMatchObject({ status: 403, body: { errors: [{ subCode: "3-4" }] } });
    expect(splash.body.gatekeepers).toHaveLength(1);
    expect((await ilGet(url, token, "/v2/workspaces/2003/documents")).status).toBe(403);
    await il.control.setConditions({ restrictedWorkspaces: {} });
    expect((await enter(url, token, 2003)).status).toBe(201);
  });

  it("workspace not accessible: removed access → not listed, 400 3-1", async () => {
    const token = await intralinksToken(url, ben.email);
    await il.control.removeAccess(ben.email, 2002);
    expect((await json(await ilGet(url, token, "/v2/workspaces"))).body.workspace.map((w: any) => w.id)).not.toContain(2002);
    expect(await json(await ilGet(url, token, "/v2/workspaces/2002"))).toMatchObject({ status: 400, body: { errors: [{ subCode: "3-1" }] } });
    await il.control.grantAccess(ben.email, 2002, "SEE");
    expect((await ilGet(url, token, "/v2/workspaces/2002")).status).toBe(200);
  });

  it("errorsIn200: errors come back with HTTP 200 and the error node", async () => {
    const token = await intralinksToken(url);
    await il.control.setConditions({ errorsIn200: true });
    expect(await json(await ilGet(url, token, "/v2/workspaces/999"))).toMatchObject({ status: 200, body: { errors: [{ code: 400, subCode: "3-1" }] } });
  });

  it("errorIn200 fault: a valid call answers 3-1 inside a 200 as often as asked, then normally", async () => {
    const token = await intralinksToken(url);
    await enter(url, token, 2002);
    await il.control.addFault({ path: "/v2/workspaces/2002/folders", kind: "errorIn200", times: 1 });
    expect(await json(await ilGet(url, token, "/v2/workspaces/2002/folders"))).toMatchObject({ status: 200, body: { errors: [{ code: 400, subCode: "3-1" }] } });
    expect(await json(await ilGet(url, token, "/v2/workspaces/2002/folders"))).toMatchObject({ status: 200, body: { folder: expect.any(Array) } });
  });

  it("two documents of one name in one folder are two documents", async () => {
    const token = await intralinksToken(url);
    await enter(url, token, 2002);
    const folder = await il.control.createTopFolder(2002, "Duplicates");
    const [a, b] = [await il.control.createFile(folder.id, "Same.pdf"), await il.control.createFile(folder.id, "Same.pdf")];
    const listed = await json(await ilGet(url, token, `/v2/workspaces/2002/documents?folderId=${folder.id}`));
    expect(listed.body.document.map((d: { id: number; name: string }) => [d.id, d.name])).toEqual([
      [a.id, "Same"],
      [b.id, "Same"],
    ]);
  });

  it("plainRefusalPages: authorize refusals keep their status but not their wording", async () => {
    await il.control.setConditions({ plainRefusalPages: true });
    const refused = await json(await fetch(`${url}/v2/oauth/authorize?client_id=no-such-key`, { redirect: "manual" }));
    expect(refused).toMatchObject({ status: 400, body: { errors: [{ message: "Request rejected" }] } });
    expect(JSON.stringify(refused.body)).not.toMatch(/consumer key/);
  });

  it("session conflict: new login needs endOtherSessions; the other session then gets 403 018", async () => {
    const old = await intralinksToken(url);
    await il.control.setConditions({ sessionConflict: [alice.email] });
    const code = (await v2Code()).searchParams.get("code")!;
    expect(await v2Token({ grant_type: "authorization_code", code, endOtherSessions: "false" })).toMatchObject({ status: 403, body: { error: { subcode: "018" } } });
    const loc = await v2Code(alice.email, { endOtherSessions: "true" });
    const ok = await v2Token({ grant_type: "authorization_code", code: loc.searchParams.get("code")! });
    expect(ok.status).toBe(200);
    expect(await json(await ilGet(url, old, "/v2/workspaces"))).toMatchObject({ status: 403, body: { error: { subcode: "018" } } });
    expect((await ilGet(url, ok.body.access_token, "/v2/workspaces")).status).toBe(200);
    // the surviving session may refresh without ending anything
    expect((await v2Token({ grant_type: "refresh_token", refresh_token: ok.body.refresh_token })).status).toBe(200);
  });

  it("callback URL not registered: authorize answers 400 instead of a login page", async () => {
    await il.control.setConditions({ redirectNotRegistered: true });
    const res = await json(await fetch(`${url}/v2/oauth/authorize?client_id=${v2.apiKey}`));
    expect(res.status).toBe(400);
    expect(res.body.Error).toContain("no callback URL is registered");
    expect((await fetch(`${url}/v3/apis/il-iam/oauth/authorize?response_type=code&client_id=${v3.apiKey}`)).status).toBe(400);
  });

  it("unreachable: connections dropped", async () => {
    await il.control.setConditions({ unreachable: true });
    await expect(fetch(`${url}/v2/workspaces`)).rejects.toThrow();
  });
});
