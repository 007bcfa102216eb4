import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo } from "../index";
import { signInThroughAuthorizePage } from "../shared/browser";
import { alice, ben, CALLBACK, chloe, highqAuthorizeUrl, highqCode, highqToken, highqTokenRequest, hqGet } from "../test-support";
import { startHighQEmulator, type HighQEmulator } from "./server";

let hq: HighQEmulator;
let base: string;
beforeAll(async () => {
  hq = await startHighQEmulator({ port: 0, redirectUris: [CALLBACK] });
  base = hq.instanceUrl;
});
afterAll(() => hq.close());
beforeEach(() => hq.control.reset());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

describe("HighQ OAuth", () => {
  it("signs in through the HTML form, asks consent, redirects with a code and echoes state", async () => {
    const page = await fetch(highqAuthorizeUrl(base));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<form method="post"');
    expect(html).toContain('name="password"');
    const step = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: alice.password });
    expect(step.status).toBe(302);
    const loc = new URL(step.location!);
    expect(`${loc.origin}${loc.pathname}`).toBe(CALLBACK);
    expect(loc.searchParams.get("code")).toBeTruthy();
    expect(loc.searchParams.get("state")).toBe("st-1");
  });

  it("rejects a wrong password on the form and a denial redirects with access_denied", async () => {
    const bad = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: "nope" });
    expect(bad.status).toBe(401);
    expect(bad.html).toContain("Incorrect email address or password");
    const denied = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: alice.password, decision: "deny" });
    expect(new URL(denied.location!).searchParams.get("error")).toBe("access_denied");
  });

  it("refuses unknown clients, bad response_type and unregistered redirect URIs; an empty registration accepts any", async () => {
    expect((await fetch(highqAuthorizeUrl(base, { client_id: "999" }))).status).toBe(400);
    expect((await fetch(highqAuthorizeUrl(base, { response_type: "token" }))).status).toBe(400);
    const mismatch = await fetch(highqAuthorizeUrl(base, { redirect_uri: "http://evil.example/cb" }));
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain("Redirect URL mismatch");
    await hq.control.putClient(demo.highq.clientId, { redirectUris: [] });
    expect((await fetch(highqAuthorizeUrl(base, { redirect_uri: "http://any.example/cb" }))).status).toBe(200);
  });

  it("plainRefusalPages: refusals keep their status but say nothing specific", async () => {
    await hq.control.setConditions({ plainRefusalPages: true });
    for (const query of [{ client_id: "999" }, { redirect_uri: "http://evil.example/cb" }] as Record<string, string>[]) {
      const refused = await fetch(highqAuthorizeUrl(base, query));
      expect(refused.status).toBe(400);
      expect(await refused.text()).not.toMatch(/client_id|redirect|registered/i);
    }
  });

  it("keeps two files of one name in one folder as two files", async () => {
    const { access_token: token } = await highqToken(base);
    const folder = await hq.control.createTopFolder(101, "Duplicates");
    const [a, b] = [await hq.control.createFile(folder.id, "Same.pdf"), await hq.control.createFile(folder.id, "Same.pdf")];
    const list = await json(await hqGet(base, token, `/files?q=folderid=${folder.id}`));
    expect(list.body.file.map((f: { id: number; name: string }) => [f.id, f.name])).toEqual([
      [a.id, "Same"],
      [b.id, "Same"],
    ]);
  });

  it("exchanges a code once for tokens with the documented fields", async () => {
    const code = await highqCode(base);
    const first = await highqTokenRequest(base, { grant_type: "authorization_code", code, redirect_uri: CALLBACK });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ token_type: "bearer", expires_in: 18000, refresh_token_expires_in: 31536000, useremail: alice.email });
    const again = await highqTokenRequest(base, { grant_type: "authorization_code", code });
    expect(again).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("does not require redirect_uri at the token endpoint but rejects a different one", async () => {
    const ok = await highqTokenRequest(base, { grant_type: "authorization_code", code: await highqCode(base) });
    expect(ok.status).toBe(200);
    const bad = await highqTokenRequest(base, { grant_type: "authorization_code", code: await highqCode(base), redirect_uri: "http://other/cb" });
    expect(bad).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("rejects a wrong client secret, an expired code and an unknown grant", async () => {
    const code = await highqCode(base);
    const wrong = await highqTokenRequest(base, { grant_type: "authorization_code", code, client_secret: "x" });
    expect(wrong).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    await hq.control.setLifetimes({ codeSeconds: 0 });
    const expired = await highqTokenRequest(base, { grant_type: "authorization_code", code: await highqCode(base) });
    expect(expired).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect((await highqTokenRequest(base, { grant_type: "password" })).status).toBe(400);
  });

  it("rotates refresh tokens and revokes the old one", async () => {
    const t = await highqToken(base);
    const next = await highqTokenRequest(base, { grant_type: "refresh_token", refresh_token: t.refresh_token });
    expect(next.status).toBe(200);
    expect(next.body.refresh_token).not.toBe(t.refresh_token);
    expect((await hqGet(base, t.access_token, "/users/me")).status).toBe(401);
    expect((await hqGet(base, next.body.access_token as string, "/users/me")).status).toBe(200);
    const reuse = await highqTokenRequest(base, { grant_type: "refresh_token", refresh_token: t.refresh_token });
    expect(reuse).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("uses configurable lifetimes: expired access → 403 ref 123, garbage → 401 ref 401, expired refresh → invalid_grant", async () => {
    await hq.control.setLifetimes({ accessSeconds: 0, refreshSeconds: 0 });
    const t = await highqToken(base);
    const expired = await json(await hqGet(base, t.access_token, "/users/me"));
    expect(expired).toMatchObject({ status: 403, body: { error: { ref: 123, summary: "Access denied" } } });
    const garbage = await json(await hqGet(base, "garbage", "/users/me"));
    expect(garbage).toMatchObject({ status: 401, body: { error: { ref: 401 } } });
    expect((await highqTokenRequest(base, { grant_type: "refresh_token", refresh_token: t.refresh_token })).status).toBe(400);
  });
});

describe("HighQ REST", () => {
  let token: string;
  beforeEach(async () => {
    token = (await highqToken(base)).access_token;
  });

  it("answers 404 for another instance path and unknown API versions, 406 without Accept json", async () => {
    expect((await fetch(`${hq.url}/other/api/5/sites`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect((await fetch(`${base}/api/99/sites`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } })).status).toBe(404);
    expect((await fetch(`${base}/api/5/sites`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(406);
  });

  it("looks up users by email, id and me", async () => {
    const byEmail = await json(await hqGet(base, token, `/users/${encodeURIComponent(alice.email)}?type=email`));
    expect(byEmail.body).toMatchObject({ email: alice.email, firstname: "Alice", lastname: "Morgan" });
    expect(Array.isArray(byEmail.body.sites.site)).toBe(true);
    const byId = await json(await hqGet(base, token, `/users/${byEmail.body.userid}`));
    expect(byId.body.email).toBe(alice.email);
    expect((await json(await hqGet(base, token, "/users/me"))).body.email).toBe(alice.email);
    expect((await json(await hqGet(base, token, "/users/nobody@x.example?type=email"))).body.error.ref).toBe(110);
  });

  it("lists 20 recent sites by default and all with filterby=all; filters by name and status", async () => {
    const recent = await json(await hqGet(base, token, "/sites"));
    expect(recent.body.site).toHaveLength(20);
    const all = await json(await hqGet(base, token, "/sites?filterby=all"));
    expect(all.body.site).toHaveLength(24);
    expect(all.body.site[0]).toHaveProperty("sitefolderID");
    expect(all.body.site[0]).toHaveProperty("rawsitesize.totalsize");
    const named = await json(await hqGet(base, token, "/sites?filterby=all&name=harbour"));
    expect(named.body.site.map((s: any) => s.sitename)).toEqual(["Harbour Road Leasing"]);
    const archived = await json(await hqGet(base, token, "/sites?filterby=all&status=archived"));
    expect(archived.body.site.length).toBe(5);
    expect((await json(await hqGet(base, token, "/sites?filterby=favourite"))).body.site.map((s: any) => s.id)).toEqual([101]);
    expect((await hqGet(base, token, "/sites?status=bogus")).status).toBe(400);
  });

  it("serves one site as a list; a site without membership is 403, a missing one 404", async () => {
    const one = await json(await hqGet(base, token, "/sites/101"));
    expect(one.body.site[0]).toMatchObject({ id: 101, role: "Admin" });
    const chloeToken = (await highqToken(base, chloe.email)).access_token;
    expect((await json(await hqGet(base, chloeToken, "/sites/102"))).body.error.ref).toBe(123);
    expect((await json(await hqGet(base, chloeToken, "/sites?filterby=all"))).body.site.map((s: any) => s.id)).toEqual([101]);
    expect((await json(await hqGet(base, token, "/sites/999"))).status).toBe(404);
  });

  it("lists child folders with paging and a total", async () => {
    const site = (await json(await hqGet(base, token, "/sites/101"))).body.site[0];
    const root = await json(await hqGet(base, token, `/folders/${site.sitefolderID}/items`));
    expect(root.body.foldertotal).toBe(3);
    expect(root.body.folder.map((f: any) => f.name)).toEqual(["Contracts", "Correspondence", "Due diligence"]);
    expect(root.body.folder[0]).toMatchObject({ child: 2, parentFolderID: site.sitefolderID, permission: { view: 1 } });
    expect(root.body.folder[0].modifieddate).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);
    const paged = await json(await hqGet(base, token, `/folders/${site.sitefolderID}/items?limit=1&offset=1&orderby=desc`));
    expect(paged.body.folder.map((f: any) => f.name)).toEqual(["Correspondence"]);
    expect((await json(await hqGet(base, token, `/folders/${site.sitefolderID}/items?limit=5000`))).body.error.ref).toBe(107);
    expect((await json(await hqGet(base, token, `/folders/${site.sitefolderID}/items?offset=-1`))).body.error.ref).toBe(106);
    expect((await json(await hqGet(base, token, "/folders/1/items"))).body.error.ref).toBe(102);
  });

  it("pages files of a folder (quoted or not), gives metadata and streams the content", async () => {
    const root = (await json(await hqGet(base, token, "/sites/101"))).body.site[0].sitefolderID;
    const contracts = (await json(await hqGet(base, token, `/folders/${root}/items`))).body.folder[0].id;
    const ndas = (await json(await hqGet(base, token, `/folders/${contracts}/items`))).body.folder.find((f: any) => f.name === "NDAs").id;
    const list = await json(await hqGet(base, token, `/files?q=${encodeURIComponent(`"folderid=${ndas}"`)}&limit=3`));
    expect(list.body.filetotal).toBe(4);
    expect(list.body.file).toHaveLength(3);
    const rest = await json(await hqGet(base, token, `/files?q=folderid=${ndas}&limit=3&offset=3`));
    expect(rest.body.file).toHaveLength(1);
    const f = list.body.file[0];
    expect(f).toMatchObject({ versionid: 1 });
    expect(["pdf", "docx"]).toContain(f.type);
    const meta = await json(await hqGet(base, token, `/files/${f.id}`));
    expect(meta.body).toMatchObject({ id: f.id, folderid: ndas, name: f.name, size: f.size, type: f.type });
    const dl = await hqGet(base, token, `/files/${f.id}/content`);
    expect(dl.headers.get("content-disposition")).toContain("attachment");
    expect(Number(dl.headers.get("content-length"))).toBe(f.size);
    const bytes = Buffer.from(await dl.arrayBuffer());
    expect(bytes.length).toBe(f.size);
    expect((await json(await hqGet(base, token, "/files?q=externalfileid=abc"))).status).toBe(404);
    expect((await json(await hqGet(base, token, "/files/1"))).body.error.ref).toBe(101);
  });

  it("serves older versions by ?version= and drops deleted files from lists", async () => {
    const file = await hq.control.createFile((await hq.control.state() as any).sites[0].rootFolderId, "memo.bin", { size: 1000 });
    const v1 = Buffer.from(await (await hqGet(base, token, `/files/${file.id}/content`)).arrayBuffer());
    await hq.control.updateFile(file.id, { change: true, size: 2000 });
    const meta = await json(await hqGet(base, token, `/files/${file.id}`));
    expect(meta.body.versionid).toBe(2);
    const old = Buffer.from(await (await hqGet(base, token, `/files/${file.id}/content?version=1`)).arrayBuffer());
    expect(old.equals(v1)).toBe(true);
    expect((await hqGet(base, token, `/files/${file.id}/content?version=7`)).status).toBe(404);
    await hq.control.deleteFile(file.id);
    expect((await hqGet(base, token, `/files/${file.id}`)).status).toBe(404);
  });
});

describe("HighQ troubleshooting switches", () => {
  it("unreachable: connections are dropped without an answer", async () => {
    await hq.control.setConditions({ unreachable: true });
    await expect(fetch(highqAuthorizeUrl(base))).rejects.toThrow();
    await hq.control.setConditions({ unreachable: false });
    expect((await fetch(highqAuthorizeUrl(base))).status).toBe(200);
  });

  it("redirectMismatch: the registered callback is wrong", async () => {
    await hq.control.setConditions({ redirectMismatch: true });
    const res = await fetch(highqAuthorizeUrl(base));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Redirect URL mismatch");
  });

  it("sessionConflict: sign-in ends with session_conflict on the redirect", async () => {
    await hq.control.setConditions({ sessionConflict: true });
    const step = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: alice.password });
    const loc = new URL(step.location!);
    expect(loc.searchParams.get("error")).toBe("session_conflict");
    expect(loc.searchParams.get("state")).toBe("st-1");
  });

  it("twoFactor: asks for a one-time code, then the authorization request is lost", async () => {
    await hq.control.setConditions({ twoFactor: true });
    const wrong = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: alice.password, otp: "000000" });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain("Verification code");
    const step = await signInThroughAuthorizePage(highqAuthorizeUrl(base), { email: alice.email, password: alice.password, otp: demo.twoFactorCode });
    expect(new URL(step.location!).searchParams.get("error")).toBe("two_factor_interrupted");
  });

  it("ipRestricted: API and token calls answer 401 ref 53", async () => {
    const t = await highqToken(base);
    await hq.control.setConditions({ ipRestricted: true });
    expect((await json(await hqGet(base, t.access_token, "/sites"))).body.error.ref).toBe(53);
    expect((await highqTokenRequest(base, { grant_type: "refresh_token", refresh_token: t.refresh_token })).status).toBe(401);
  });

  it("site restrictions (password, ip, terms, drm) block folder and file calls with 403 ref 123", async () => {
    const t = (await highqToken(base)).access_token;
    const site = (await json(await hqGet(base, t, "/sites/104"))).body.site[0];
    const pw = await json(await hqGet(base, t, `/folders/${site.sitefolderID}/items`));
    expect(pw).toMatchObject({ status: 403, body: { error: { ref: 123 } } });
    expect(pw.body.error.summary).toContain("site password");
    for (const [kind, words] of [["ip", "IP"], ["terms", "terms and conditions"], ["drm", "DRM"]] as const) {
      await hq.control.setConditions({ siteRestrictions: { "101": kind } });
      const root101 = (await json(await hqGet(base, t, "/sites/101"))).body.site[0].sitefolderID;
      const blocked = await json(await hqGet(base, t, `/folders/${root101}/items`));
      expect(blocked).toMatchObject({ status: 403, body: { error: { ref: 123 } } });
      expect(blocked.body.error.summary).toContain(words);
    }
  });

  it("workspace not accessible: removing access hides the site and denies it", async () => {
    const t = (await highqToken(base, ben.email)).access_token;
    await hq.control.removeAccess(ben.email, 101);
    expect((await json(await hqGet(base, t, "/sites?filterby=all"))).body.site.map((s: any) => s.id)).not.toContain(101);
    expect((await hqGet(base, t, "/sites/101")).status).toBe(403);
    await hq.control.grantAccess(ben.email, 101, "Read only");
    expect((await json(await hqGet(base, t, "/sites/101"))).body.site[0].role).toBe("Read only");
  });

  it("oneItemListAsObject: single-element lists arrive as objects", async () => {
    const t = (await highqToken(base)).access_token;
    expect(Array.isArray((await json(await hqGet(base, t, "/sites/101"))).body.site)).toBe(true);
    await hq.control.setConditions({ oneItemListAsObject: true });
    const one = await json(await hqGet(base, t, "/sites/101"));
    expect(one.body.site).toMatchObject({ id: 101 });
  });
});
