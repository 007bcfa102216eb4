/**
 * The HighQ connector, OAuth helpers and iSheets client against the real HighQ emulator over HTTP:
 * tokens come from the emulator's own sign-in and consent pages.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo, startHighQEmulator, type HighQEmulator } from "../../../emulators/index";
import { RefreshingTokens, signInOnAuthorizePage } from "@/test/emulator-sign-in";
import { isRemoteError, type RemoteError, type RemoteErrorCode } from "../errors";
import type { RetryInfo } from "../http";
import { authorizationCallbackError, PROBE_CODE, preflightAuthorizationUrl, type TokenSet } from "../oauth";
import { collect } from "../paging";
import type { ConnectorOptions, RemoteFile, WalkEntry } from "../types";
import { HighqConnector } from "./connector";
import { HighqIsheets } from "./isheets";
import { highqAuthorizationUrl, highqTokenRequest } from "./oauth";

const REDIRECT_URI = "http://127.0.0.1:3999/auth/callback";
const [ALICE, BEN, , DANA] = demo.users;

let emulator: HighQEmulator;
let allowedHosts: string[];

beforeAll(async () => {
  emulator = await startHighQEmulator({ port: 0, redirectUris: [REDIRECT_URI] });
  allowedHosts = [new URL(emulator.url).host];
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

const client = { clientId: demo.highq.clientId, clientSecret: demo.highq.clientSecret };

function authorizeUrl(clientId: string = client.clientId) {
  return highqAuthorizationUrl({ baseUrl: emulator.instanceUrl, clientId, redirectUri: REDIRECT_URI, state: "st4te" });
}

async function codeFor(person = ALICE, options: { otp?: string } = {}): Promise<string> {
  const back = await signInOnAuthorizePage(authorizeUrl(), person, options);
  expect(back.searchParams.get("state")).toBe("st4te");
  const code = back.searchParams.get("code");
  if (!code) throw new Error(`no code in ${back}`);
  return code;
}

function refresh(refreshToken: string) {
  return highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts, grant: { type: "refresh_token", refreshToken } });
}

async function signIn(person = ALICE): Promise<TokenSet> {
  const code = await codeFor(person);
  return highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts, grant: { type: "authorization_code", code, redirectUri: REDIRECT_URI } });
}

async function connectorFor(person = ALICE, extra: Partial<ConnectorOptions> = {}) {
  const tokenSet = await signIn(person);
  const tokens = new RefreshingTokens(tokenSet, refresh);
  const retries: RetryInfo[] = [];
  const connector = new HighqConnector({
    baseUrl: emulator.instanceUrl,
    tokens,
    allowedHosts,
    remoteEmail: tokenSet.remoteEmail,
    maxRetryDelayMs: 1500,
    initialRetryDelayMs: 10,
    onRetry: (info) => retries.push(info),
    ...extra,
  });
  return { connector, tokens, retries };
}

async function failure(promise: Promise<unknown>): Promise<RemoteError> {
  try {
    await promise;
  } catch (error) {
    if (isRemoteError(error)) return error;
    throw error;
  }
  throw new Error("expected a RemoteError");
}

async function codeOf(promise: Promise<unknown>): Promise<RemoteErrorCode> {
  return (await failure(promise)).code;
}

async function sha256(body: ReadableStream<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value);
  return hash.digest("hex");
}

const files = (entries: WalkEntry[]) => entries.flatMap((e) => (e.kind === "file" ? [e.file] : []));
const folders = (entries: WalkEntry[]) => entries.flatMap((e) => (e.kind === "folder" ? [e.path] : []));

describe("HighQ OAuth", () => {
  it("exchanges the code from the consent page for a normalised token set, then refreshes it", async () => {
    const before = Date.now();
    const tokens = await signIn();
    expect(tokens.remoteEmail).toBe(ALICE.email);
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 17_000_000);

    const renewed = await refresh(tokens.refreshToken!);
    expect(renewed.accessToken).not.toBe(tokens.accessToken);
    expect(renewed.refreshToken).not.toBe(tokens.refreshToken);
    // The used refresh token is revoked: spending it again needs the user.
    expect(await codeOf(refresh(tokens.refreshToken!))).toBe("REAUTH_REQUIRED");
  });

  it("reports a wrong client secret as INVALID_CREDENTIALS", async () => {
    const code = await codeFor();
    const error = await failure(
      highqTokenRequest({ baseUrl: emulator.instanceUrl, clientId: client.clientId, clientSecret: "wrong", allowedHosts, grant: { type: "authorization_code", code } }),
    );
    expect(error.code).toBe("INVALID_CREDENTIALS");
    expect(error.message).not.toContain("wrong");
  });

  it("reports a used code as REAUTH_REQUIRED and a redirect mismatch at the token endpoint as CALLBACK_MISMATCH", async () => {
    const code = await codeFor();
    expect(await codeOf(highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts, grant: { type: "authorization_code", code, redirectUri: "https://other.example/cb" } }))).toBe(
      "CALLBACK_MISMATCH",
    );
    expect(await codeOf(highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts, grant: { type: "authorization_code", code } }))).toBe(
      "REAUTH_REQUIRED",
    );
  });

  it.each([false, true])("recognises an unregistered redirect URL, an unknown client and a wrong instance path by status and structure (plain refusal pages: %s)", async (plain) => {
    await emulator.control.setConditions({ plainRefusalPages: plain });
    const preflight = (url: string, clientId: string = client.clientId, baseUrl = emulator.instanceUrl) =>
      preflightAuthorizationUrl(url, {
        provider: "highq",
        allowedHosts,
        probe: () => highqTokenRequest({ baseUrl, clientId, clientSecret: client.clientSecret, allowedHosts, grant: { type: "authorization_code", code: PROBE_CODE, redirectUri: REDIRECT_URI } }),
      });
    await expect(preflight(authorizeUrl())).resolves.toBeUndefined();
    expect(await codeOf(preflight(authorizeUrl("9999"), "9999"))).toBe("INVALID_CREDENTIALS");
    const wrongPath = `${emulator.url}/other`;
    const elsewhere = highqAuthorizationUrl({ baseUrl: wrongPath, clientId: client.clientId, redirectUri: REDIRECT_URI, state: "s" });
    expect(await codeOf(preflight(elsewhere, client.clientId, wrongPath))).toBe("HOST_UNREACHABLE");
    await emulator.control.setConditions({ redirectMismatch: true });
    const mismatch = await failure(preflight(authorizeUrl()));
    expect(mismatch.code).toBe("CALLBACK_MISMATCH");
    expect(mismatch.resolution).toContain("/auth/callback");
  });

  it("maps the session-conflict and two-factor refusals on the redirect", async () => {
    await emulator.control.setConditions({ sessionConflict: true });
    const conflict = await signInOnAuthorizePage(authorizeUrl(), ALICE);
    expect(authorizationCallbackError(conflict.searchParams, "highq")?.code).toBe("SESSION_CONFLICT");

    await emulator.control.setConditions({ sessionConflict: false, twoFactor: true });
    const twoFactor = await signInOnAuthorizePage(authorizeUrl(), ALICE, { otp: demo.twoFactorCode });
    const error = authorizationCallbackError(twoFactor.searchParams, "highq");
    expect(error?.code).toBe("TWO_FACTOR");
    expect(error?.resolution).toMatch(/clean browser session/);

    await emulator.control.setConditions({ twoFactor: false });
    // A first-time "Deny" is not an expired authorisation.
    const denied = await signInOnAuthorizePage(authorizeUrl(), BEN, { decision: "deny" });
    const refusal = authorizationCallbackError(denied.searchParams, "highq");
    expect(refusal?.code).toBe("ACCESS_NOT_GRANTED");
    expect(refusal?.message).not.toMatch(/expired|revoked/);
  });

  it("reports an unreachable instance as HOST_UNREACHABLE when fetching the token", async () => {
    const code = await codeFor();
    await emulator.control.setConditions({ unreachable: true });
    const error = await failure(highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts, grant: { type: "authorization_code", code } }));
    expect(error.code).toBe("HOST_UNREACHABLE");
  });

  it("reports a wrong instance path as HOST_UNREACHABLE", async () => {
    const code = await codeFor();
    const wrongInstance = emulator.instanceUrl.replace(/\/demo$/, "/other");
    expect(await codeOf(highqTokenRequest({ baseUrl: wrongInstance, ...client, allowedHosts, grant: { type: "authorization_code", code } }))).toBe(
      "HOST_UNREACHABLE",
    );
  });

  it("refuses the emulator when it is not an allowed host", async () => {
    const code = await codeFor();
    expect(await codeOf(highqTokenRequest({ baseUrl: emulator.instanceUrl, ...client, allowedHosts: [], grant: { type: "authorization_code", code } }))).toBe(
      "HOST_UNREACHABLE",
    );
  });
});

describe("HighQ connector", () => {
  it("reads the current user from the token's email", async () => {
    const { connector } = await connectorFor();
    expect(await connector.currentUser()).toEqual({ id: "1401", email: ALICE.email, name: "Alice Morgan" });
  });

  it("lists every accessible site, not just the 20 recent ones", async () => {
    const { connector } = await connectorFor();
    const sites = await connector.listWorkspaces();
    expect(sites.length).toBe(24);
    expect(sites.map((s) => s.id)).toContain("101");
    expect(sites.find((s) => s.id === "201")).toMatchObject({ name: "Matter 2023-001", status: "available" });
  });

  it("lists folders, resolves a typed path and says which part is missing", async () => {
    const { connector } = await connectorFor();
    expect((await connector.listFolders("101")).map((f) => f.name).sort()).toEqual(["Contracts", "Correspondence", "Due diligence"]);
    const contracts = await connector.resolveFolderPath("101", "/contracts");
    expect((await connector.listFolders("101", contracts.id)).map((f) => f.name).sort()).toEqual(["Commercial", "NDAs"]);
    expect(await connector.resolveFolderPath("101", "/Due diligence/Legal/")).toMatchObject({ path: "/Due diligence/Legal" });
    const missing = await failure(connector.resolveFolderPath("101", "/Contracts/Leases"));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toContain('no folder "Leases"');
  });

  it("walks the whole subtree with paged listings and maps file fields", async () => {
    const { connector } = await connectorFor(ALICE, { pageSize: 2 });
    const root = (await connector.resolveFolderPath("101", "/")).id;
    await emulator.control.resetCounters();
    const entries = await collect(connector.walk("101", root));
    expect(folders(entries).sort()).toEqual(["Contracts", "Contracts/Commercial", "Contracts/NDAs", "Correspondence", "Due diligence", "Due diligence/Financial", "Due diligence/Legal"]);
    const all = files(entries);
    expect(all).toHaveLength(17);
    const counters = await emulator.control.counters();
    // 8 folders, 17 files in pages of 2: more than one request per folder proves paging.
    expect(counters["GET /api/:v/files"]).toBeGreaterThan(8);

    const accounts = all.find((f) => f.name === "Management accounts FY2023.xlsx");
    expect(accounts).toMatchObject({ path: "Due diligence/Financial/Management accounts FY2023.xlsx", size: 184_320, version: "1", encrypted: false, canDownload: true });
    expect(accounts?.modifiedAt).toBeInstanceOf(Date);
    expect(accounts?.modifiedAt?.getUTCFullYear()).toBe(2024);
  });

  it("reports a walked folder that was deleted as NOT_FOUND, not as empty", async () => {
    const { connector } = await connectorFor();
    const legal = await connector.resolveFolderPath("101", "/Due diligence/Legal");
    await emulator.control.deleteFolder(Number(legal.id));
    expect(await codeOf(collect(connector.walk("101", legal.id)))).toBe("NOT_FOUND");
  });

  it("streams a download whose bytes match the remote file", async () => {
    const { connector } = await connectorFor();
    const legal = await connector.resolveFolderPath("101", "/Due diligence/Financial");
    const [file] = files(await collect(connector.walk("101", legal.id))).filter((f) => f.name.endsWith(".zip"));
    const download = await connector.download("101", file);
    expect(download.size).toBe(3_145_728);
    expect(download.mediaType).toBe("application/zip");
    expect(await sha256(download.body)).toBe((await emulator.control.file(Number(file.id))).sha256);
  });

  it("accepts one-item lists sent as objects", async () => {
    const { connector } = await connectorFor(DANA);
    await emulator.control.setConditions({ oneItemListAsObject: true });
    const sites = await connector.listWorkspaces();
    expect(sites).toEqual([expect.objectContaining({ id: "103" })]);
    const root = await connector.resolveFolderPath("103", "/Disclosure");
    const entries = await collect(connector.walk("103", root.id));
    expect(files(entries).map((f) => f.name)).toEqual(["Disclosure bundle.zip"]);
  });

  it("refreshes once when HighQ answers 403 to an expired token", async () => {
    const { connector, tokens } = await connectorFor();
    await emulator.control.expireTokens(ALICE.email);
    expect((await connector.listWorkspaces()).length).toBe(24);
    expect(tokens.refreshes).toBe(1);
  });

  it("treats a second 403 as no access to the site, not as a token problem", async () => {
    const { connector, tokens } = await connectorFor();
    await emulator.control.removeAccess(ALICE.email, 103);
    expect(await codeOf(connector.listFolders("103"))).toBe("WORKSPACE_NOT_ACCESSIBLE");
    expect(tokens.refreshes).toBe(1);
  });

  it("needs reauthentication when the tokens were revoked", async () => {
    const { connector } = await connectorFor();
    await emulator.control.revokeTokens(ALICE.email);
    expect(await codeOf(connector.listWorkspaces())).toBe("REAUTH_REQUIRED");
  });

  it.each([
    ["password", "PASSWORD_PROTECTED_SITE"],
    ["ip", "IP_RESTRICTED"],
    ["terms", "TERMS_NOT_ACCEPTED"],
    ["drm", "ENCRYPTED_DOCUMENT"],
  ] as const)("reports a %s-restricted site as %s", async (restriction, code) => {
    const { connector } = await connectorFor();
    await emulator.control.setConditions({ siteRestrictions: { "104": restriction } });
    expect(await codeOf(connector.listFolders("104"))).toBe(code);
  });

  it("reports an instance that refuses the caller's IP as IP_RESTRICTED, without refreshing", async () => {
    const { connector, tokens } = await connectorFor();
    await emulator.control.setConditions({ ipRestricted: true });
    expect(await codeOf(connector.listWorkspaces())).toBe("IP_RESTRICTED");
    expect(tokens.refreshes).toBe(0);
    expect(await codeOf(refresh(tokens.current.refreshToken!))).toBe("IP_RESTRICTED");
  });

  it("reports a missing site as NOT_FOUND", async () => {
    const { connector } = await connectorFor();
    expect(await codeOf(connector.listFolders("999"))).toBe("NOT_FOUND");
  });

  it("refuses a download the user may not make as NO_DOWNLOAD_PERMISSION after one refresh", async () => {
    const { connector } = await connectorFor();
    const [file] = files(await collect(connector.walk("103", (await connector.resolveFolderPath("103", "/Disclosure")).id)));
    await emulator.control.removeAccess(ALICE.email, 103);
    expect(await codeOf(connector.download("103", file))).toBe("NO_DOWNLOAD_PERMISSION");
  });
});

describe("HighQ faults", () => {
  async function financialFile(connector: HighqConnector): Promise<RemoteFile> {
    const folder = await connector.resolveFolderPath("101", "/Due diligence/Financial");
    return files(await collect(connector.walk("101", folder.id))).find((f) => f.name.endsWith(".zip"))!;
  }

  it("waits for Retry-After on 429 and completes the listing", async () => {
    const { connector, retries } = await connectorFor();
    await emulator.control.addFault({ path: `/${demo.highq.instance}/api/*/sites`, kind: "status", status: 429, retryAfter: 1 });
    expect((await connector.listWorkspaces()).length).toBe(24);
    expect(retries).toEqual([expect.objectContaining({ delayMs: 1000, reason: "HTTP 429" })]);
  });

  it("reports a long Retry-After as RATE_LIMITED with the wait", async () => {
    const { connector } = await connectorFor();
    await emulator.control.addFault({ path: `/${demo.highq.instance}/api/*/sites`, kind: "status", status: 429, retryAfter: 30 });
    const error = await failure(connector.listWorkspaces());
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterMs).toBe(30_000);
  });

  it("backs off on 502/503 and recovers", async () => {
    const { connector, retries } = await connectorFor();
    await emulator.control.addFault({ path: `/${demo.highq.instance}/api/*/sites`, kind: "status", status: 503, times: 2 });
    expect((await connector.listWorkspaces()).length).toBe(24);
    expect(retries).toHaveLength(2);
  });

  it("reports a 500 as a transient REMOTE_ERROR", async () => {
    const { connector } = await connectorFor();
    await emulator.control.addFault({ path: `/${demo.highq.instance}/api/*/sites`, kind: "status", status: 500 });
    const error = await failure(connector.listWorkspaces());
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("fails a download that is reset midway instead of returning a short file", async () => {
    const { connector } = await connectorFor();
    const file = await financialFile(connector);
    await emulator.control.addFault({ path: `/${demo.highq.instance}/api/*/files/${file.id}/content`, kind: "reset", afterBytes: 65_536 });
    const download = await connector.download("101", file);
    const error = await failure(sha256(download.body));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("reports an instance that stops answering as HOST_UNREACHABLE", async () => {
    const { connector } = await connectorFor(ALICE, { maxTries: 2 });
    await emulator.control.setConditions({ unreachable: true });
    expect(await codeOf(connector.listWorkspaces())).toBe("HOST_UNREACHABLE");
  });
});

describe("HighQ iSheets", () => {
  async function sheets() {
    const tokenSet = await signIn();
    return new HighqIsheets({ baseUrl: emulator.instanceUrl, tokens: new RefreshingTokens(tokenSet, refresh), allowedHosts, pageSize: 1 });
  }

  it("lists a site's sheets and reads typed columns with their choices", async () => {
    const isheets = await sheets();
    expect(await isheets.listSheets("101")).toEqual([{ id: "301", name: "Document report" }]);
    const columns = await isheets.listColumns("301");
    expect(columns.find((c) => c.id === "1202")).toMatchObject({ kind: "choice", writable: true, choices: expect.arrayContaining([{ id: "101", label: "NDA" }]) });
    expect(columns.find((c) => c.id === "1205")?.kind).toBe("date");
    expect(columns.find((c) => c.id === "1210")?.kind).toBe("user_lookup");
    expect(columns.find((c) => c.id === "1212")).toMatchObject({ kind: "auto_increment", writable: false });
  });

  it("reads items page by page", async () => {
    const isheets = await sheets();
    const items = await isheets.listItems("302");
    expect(items.map((i) => i.externalId)).toEqual(["lease-1", "lease-2"]);
    expect(items[0].cells).toMatchObject({ "1301": "Floor 3, 12 Harbour Road", "1302": "2026-06-24T00:00:00", "1303": "240000" });
  });

  it("creates, updates by item id and upserts by external id without duplicating rows", async () => {
    const isheets = await sheets();
    const values = {
      "1201": "NDA – Harrow and Calder",
      "1202": { choiceIds: ["101"] },
      "1205": new Date("2024-02-01T00:00:00Z"),
      "1207": 4,
      "1210": { userIds: ["1401"] },
      "1211": { linkLabel: "Open", url: "https://ferry.example/d/1" },
    };
    const [created] = await isheets.createItems("301", [{ externalId: "doc-1", values }]);
    expect(created).toMatchObject({ index: 1, externalId: "doc-1", status: "SUCCESS" });

    await isheets.updateItem("301", created.itemId!, { values: { "1207": 5 } });
    expect(await isheets.upsertByExternalId("301", "doc-1", { values: { ...values, "1208": 1200 } })).toBe("updated");
    expect(await isheets.upsertByExternalId("301", "doc-2", { values: { "1201": "Lease" } })).toBe("created");

    const items = await isheets.listItems("301");
    expect(items.map((i) => i.externalId).sort()).toEqual(["doc-1", "doc-2"]);
    expect(items.find((i) => i.externalId === "doc-1")?.cells).toMatchObject({
      "1202": ["NDA"],
      "1205": "2024-02-01T00:00:00",
      "1207": "4",
      "1208": "1200",
      "1210": [ALICE.email],
      "1211": "https://ferry.example/d/1",
    });
  });

  it("reports rejected values as VALIDATION_FAILED with each column's message, without resending", async () => {
    const tokenSet = await signIn();
    const tokens = new RefreshingTokens(tokenSet, refresh);
    const isheets = new HighqIsheets({ baseUrl: emulator.instanceUrl, tokens, allowedHosts });
    const error = await failure(isheets.createItems("301", [{ externalId: "bad", values: { "1207": "many", "1202": { choiceIds: ["999"] } } }]));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.columns).toEqual(
      expect.arrayContaining([
        { columnId: "1207", message: expect.stringContaining("must be a number") },
        { columnId: "1201", message: expect.stringContaining("is required") },
      ]),
    );
    expect(error.message).toContain("is required");
    expect(tokens.refreshes).toBe(0);
  });
});
