/**
 * The Intralinks connector and OAuth helpers (v2 and v3) against the real Intralinks emulator over
 * HTTP: tokens come from the emulator's own sign-in and consent pages.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo, startIntralinksEmulator, type IntralinksEmulator } from "../../../emulators/index";
import { RefreshingTokens, signInOnAuthorizePage } from "@/test/emulator-sign-in";
import { isRemoteError, type RemoteError, type RemoteErrorCode } from "../errors";
import type { RetryInfo } from "../http";
import type { TokenSet } from "../oauth";
import { collect } from "../paging";
import type { ConnectorOptions, RemoteFile, WalkEntry } from "../types";
import { ROOT_FOLDER_ID } from "./assumptions";
import { IntralinksConnector } from "./connector";
import { PROBE_CODE, preflightAuthorizationUrl } from "../oauth";
import { intralinksAuthorizationUrl, intralinksTokenRequest, type IntralinksAuthVersion } from "./oauth";

const REDIRECT_URI = "http://127.0.0.1:3999/auth/callback";
const [ALICE, BEN, CHLOE] = demo.users;

let emulator: IntralinksEmulator;
let allowedHosts: string[];

beforeAll(async () => {
  emulator = await startIntralinksEmulator({ port: 0, redirectUris: [REDIRECT_URI] });
  allowedHosts = [new URL(emulator.url).host];
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

const keys = (version: IntralinksAuthVersion) => ({ clientId: demo.intralinks[version].apiKey, clientSecret: demo.intralinks[version].apiSecret });

function authorizeUrl(version: IntralinksAuthVersion, endOtherSessions = false) {
  return intralinksAuthorizationUrl({ baseUrl: emulator.url, authVersion: version, clientId: keys(version).clientId, redirectUri: REDIRECT_URI, state: "s1", endOtherSessions });
}

async function codeFor(person = ALICE, version: IntralinksAuthVersion = "v2", endOtherSessions = false): Promise<string> {
  const back = await signInOnAuthorizePage(authorizeUrl(version, endOtherSessions), person);
  expect(back.searchParams.get("state")).toBe("s1");
  const code = back.searchParams.get("code");
  if (!code) throw new Error(`no code in ${back}`);
  return code;
}

function tokenRequest(version: IntralinksAuthVersion, grant: Parameters<typeof intralinksTokenRequest>[0]["grant"], extra: { clientId?: string; clientSecret?: string } = {}) {
  return intralinksTokenRequest({ baseUrl: emulator.url, authVersion: version, ...keys(version), ...extra, allowedHosts, grant });
}

async function signIn(person = ALICE, version: IntralinksAuthVersion = "v2"): Promise<TokenSet> {
  return tokenRequest(version, { type: "authorization_code", code: await codeFor(person, version), redirectUri: REDIRECT_URI });
}

async function connectorFor(person = ALICE, extra: Partial<ConnectorOptions> = {}, version: IntralinksAuthVersion = "v2") {
  const tokenSet = await signIn(person, version);
  const tokens = new RefreshingTokens(tokenSet, (refreshToken) => tokenRequest(version, { type: "refresh_token", refreshToken }));
  const retries: RetryInfo[] = [];
  const connector = new IntralinksConnector({
    baseUrl: emulator.url,
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

const codeOf = async (promise: Promise<unknown>): Promise<RemoteErrorCode> => (await failure(promise)).code;

async function digest(body: ReadableStream<Uint8Array>, algorithm: "sha1" | "sha256", encoding: "base64" | "hex"): Promise<string> {
  const hash = createHash(algorithm);
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value);
  return hash.digest(encoding);
}

const files = (entries: WalkEntry[]) => entries.flatMap((e) => (e.kind === "file" ? [e.file] : []));
const folderPaths = (entries: WalkEntry[]) => entries.flatMap((e) => (e.kind === "folder" ? [e.path] : []));

async function atlasFiles(connector: IntralinksConnector): Promise<RemoteFile[]> {
  return files(await collect(connector.walk("2001", ROOT_FOLDER_ID)));
}

describe("Intralinks OAuth", () => {
  it("v2: exchanges the code with form fields and refreshes with rotation", async () => {
    const tokens = await signIn();
    expect(tokens.remoteEmail).toBe(ALICE.email);
    expect(tokens.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    const renewed = await tokenRequest("v2", { type: "refresh_token", refreshToken: tokens.refreshToken! });
    expect(renewed.accessToken).not.toBe(tokens.accessToken);
    expect(await codeOf(tokenRequest("v2", { type: "refresh_token", refreshToken: tokens.refreshToken! }))).toBe("REAUTH_REQUIRED");
  });

  it("v3: exchanges the code with Basic auth and a JSON data envelope; the user comes from tokeninfo", async () => {
    const tokens = await signIn(ALICE, "v3");
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.remoteEmail).toBeUndefined();
    const renewed = await tokenRequest("v3", { type: "refresh_token", refreshToken: tokens.refreshToken! });
    const connector = new IntralinksConnector({ baseUrl: emulator.url, tokens: new RefreshingTokens(renewed, () => Promise.reject(new Error("no refresh"))), allowedHosts });
    expect(await connector.currentUser()).toEqual({ id: "7000101", email: ALICE.email, name: "Alice Morgan" });
  });

  it("tells keys of the other auth version from wrong keys", async () => {
    const anyCode = { type: "authorization_code" as const, code: "x" };
    expect(await codeOf(tokenRequest("v2", anyCode, keys("v3")))).toBe("WRONG_AUTH_VERSION");
    expect(await codeOf(tokenRequest("v3", anyCode, keys("v2")))).toBe("WRONG_AUTH_VERSION");
    expect(await codeOf(tokenRequest("v2", anyCode, { clientSecret: "wrong" }))).toBe("INVALID_CREDENTIALS");
    expect(await codeOf(tokenRequest("v3", anyCode, { clientSecret: "wrong" }))).toBe("INVALID_CREDENTIALS");
    expect(await codeOf(tokenRequest("v2", anyCode, { clientId: "no-such-key" }))).toBe("INVALID_CREDENTIALS");
    const wrong = await failure(tokenRequest("v2", anyCode, keys("v3")));
    expect(wrong.resolution).toMatch(/v3 for credentials issued after February 2024/);
  });

  it.each([false, true])("checks the authorize URL before sending the user: version, key, callback registration (plain refusal pages: %s)", async (plain) => {
    await emulator.control.setConditions({ plainRefusalPages: plain });
    const check = (version: IntralinksAuthVersion, clientVersion: IntralinksAuthVersion, redirectUri = REDIRECT_URI, clientId: string = keys(clientVersion).clientId) =>
      preflightAuthorizationUrl(intralinksAuthorizationUrl({ baseUrl: emulator.url, authVersion: version, clientId, redirectUri, state: "s" }), {
        provider: "intralinks",
        allowedHosts,
        probe: () => tokenRequest(version, { type: "authorization_code", code: PROBE_CODE, redirectUri }, { ...keys(clientVersion), clientId }),
      });
    await expect(check("v2", "v2")).resolves.toBeUndefined();
    await expect(check("v3", "v3")).resolves.toBeUndefined();
    expect(await codeOf(check("v2", "v3"))).toBe("WRONG_AUTH_VERSION");
    expect(await codeOf(check("v3", "v2"))).toBe("WRONG_AUTH_VERSION");
    expect(await codeOf(check("v2", "v2", REDIRECT_URI, "no-such-key"))).toBe("INVALID_CREDENTIALS");
    expect(await codeOf(check("v2", "v2", "https://elsewhere.example/auth/callback"))).toBe("CALLBACK_MISMATCH");
    await emulator.control.setConditions({ redirectNotRegistered: true });
    const notRegistered = await failure(check("v3", "v3"));
    expect(notRegistered.code).toBe("CALLBACK_MISMATCH");
    expect(notRegistered.resolution).toMatch(/included in the API key request/);
  });

  it("reports a user signed in elsewhere as SESSION_CONFLICT, and ending other sessions resolves it", async () => {
    await emulator.control.setConditions({ sessionConflict: [ALICE.email] });
    const code = await codeFor();
    expect(await codeOf(tokenRequest("v2", { type: "authorization_code", code }))).toBe("SESSION_CONFLICT");
    const ended = await tokenRequest("v2", { type: "authorization_code", code: await codeFor(ALICE, "v2", true) });
    expect(ended.accessToken).toBeTruthy();
  });

  it("reports an unreachable host as HOST_UNREACHABLE", async () => {
    const code = await codeFor();
    await emulator.control.setConditions({ unreachable: true });
    expect(await codeOf(tokenRequest("v2", { type: "authorization_code", code }))).toBe("HOST_UNREACHABLE");
  });
});

describe("Intralinks connector", () => {
  it("reads the current user", async () => {
    const { connector } = await connectorFor();
    expect(await connector.currentUser()).toEqual({ id: "7000101", email: ALICE.email, name: "Alice Morgan" });
  });

  it("lists exchanges with a status each, naming the gatekeeper of a restricted one", async () => {
    const { connector } = await connectorFor();
    const statuses = Object.fromEntries((await connector.listWorkspaces(new Date("2026-03-04T12:00:00Z"))).map((w) => [w.id, w.status]));
    expect(statuses).toEqual({ "2001": "available", "2002": "available", "2003": "available", "2004": "unavailable", "2005": "available", "2006": "on_hold" });

    const chloe = (await connectorFor(CHLOE)).connector;
    const restricted = (await chloe.listWorkspaces()).find((w) => w.id === "2003");
    expect(restricted).toMatchObject({ status: "restricted", gatekeepers: [{ name: "Dana Ruiz", email: "dana.ruiz@harrowvale.example" }] });
  });

  it("enters an exchange once per token (303 until entered) and again after a refresh", async () => {
    const { connector, tokens } = await connectorFor();
    await emulator.control.resetCounters();
    await connector.listFolders("2001");
    await connector.listFolders("2001");
    expect((await emulator.control.counters())["POST /v2/workspaces/:wid/splash"]).toBe(1);

    await emulator.control.expireTokens(ALICE.email);
    expect((await connector.listFolders("2001")).length).toBe(3);
    expect(tokens.refreshes).toBe(1);
    expect((await emulator.control.counters())["POST /v2/workspaces/:wid/splash"]).toBe(2);
  });

  it("lists folders and resolves a typed path", async () => {
    const { connector } = await connectorFor();
    const top = await connector.listFolders("2001");
    expect(top.map((f) => f.name).sort()).toEqual(["Commercial contracts", "Corporate", "Property"]);
    const customers = await connector.resolveFolderPath("2001", "commercial contracts/Customers");
    expect(customers.path).toBe("/Commercial contracts/Customers");
    expect(await connector.listFolders("2001", customers.id)).toEqual([]);
    expect((await failure(connector.resolveFolderPath("2001", "/Property/Plans"))).message).toContain('no folder "Plans"');
  });

  it("walks an exchange with paged listings, mapping names, versions, hashes and protection flags", async () => {
    const { connector } = await connectorFor(ALICE, { pageSize: 4 });
    await connector.listFolders("2001");
    await emulator.control.resetCounters();
    const entries = await collect(connector.walk("2001", ROOT_FOLDER_ID));
    expect(folderPaths(entries).sort()).toEqual([
      "Commercial contracts",
      "Commercial contracts/Customers",
      "Commercial contracts/Suppliers",
      "Corporate",
      "Corporate/Constitutional documents",
      "Property",
    ]);
    const all = files(entries);
    expect(all).toHaveLength(15);
    expect((await emulator.control.counters())["GET /v2/workspaces/:wid/documents"]).toBe(4);
    const plans = all.find((f) => f.name === "Site plans.zip");
    expect(plans).toMatchObject({ path: "Property/Site plans.zip", size: 8_388_608, version: "1", encrypted: false, canDownload: true });
    expect(plans?.modifiedAt).toBeInstanceOf(Date);
    expect(plans?.hash).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    const protectedDocs = all.filter((f) => f.encrypted);
    expect(protectedDocs).toHaveLength(2);
    expect(protectedDocs.filter((f) => !f.canDownload)).toHaveLength(1);
  });

  it("walks a subtree with paths relative to its root", async () => {
    const { connector } = await connectorFor();
    const customers = await connector.resolveFolderPath("2001", "/Commercial contracts/Customers");
    const subtree = files(await collect(connector.walk("2001", customers.id)));
    expect(subtree).toHaveLength(4);
    expect(subtree.every((f) => !f.path.includes("/") && f.folderId === customers.id)).toBe(true);
  });

  it("reports a walked folder that was deleted as NOT_FOUND, not as empty", async () => {
    const { connector } = await connectorFor();
    const customers = await connector.resolveFolderPath("2001", "/Commercial contracts/Customers");
    await emulator.control.deleteFolder(Number(customers.id));
    expect(await codeOf(collect(connector.walk("2001", customers.id)))).toBe("NOT_FOUND");
  });

  it("streams a download whose SHA-1 matches the listed hash", async () => {
    const { connector } = await connectorFor();
    const plans = (await atlasFiles(connector)).find((f) => f.name === "Site plans.zip")!;
    const download = await connector.download("2001", plans);
    expect(download.size).toBe(8_388_608);
    expect(download.mediaType).toBe("application/zip");
    expect(await digest(download.body, "sha1", "base64")).toBe(plans.hash);
    expect(await digest((await connector.download("2001", plans)).body, "sha256", "hex")).toBe((await emulator.control.file(Number(plans.id))).sha256);
  });

  it("refuses protected and viewer-only documents without downloading them", async () => {
    const { connector } = await connectorFor();
    const all = await atlasFiles(connector);
    await emulator.control.resetCounters();
    expect(await codeOf(connector.download("2001", all.find((f) => f.encrypted && f.canDownload)!))).toBe("ENCRYPTED_DOCUMENT");
    const viewerOnly = all.find((f) => !f.canDownload)!;
    expect(await codeOf(connector.download("2001", { ...viewerOnly, encrypted: false }))).toBe("NO_DOWNLOAD_PERMISSION");
    expect((await emulator.control.counters())["GET /v2/workspaces/:wid/documents/:did/file"]).toBeUndefined();
  });

  it("recognises protection the listing did not show: the 500/999 answer and the protected header", async () => {
    const { connector } = await connectorFor();
    const viewerOnly = (await atlasFiles(connector)).find((f) => !f.canDownload)!;
    const stale = { ...viewerOnly, encrypted: false, canDownload: true };
    const error = await failure(connector.download("2001", stale));
    expect(error.code).toBe("ENCRYPTED_DOCUMENT");
    expect(error.retryable).toBe(false);

    const [kestrel] = files(await collect(connector.walk("2005", ROOT_FOLDER_ID)));
    expect(kestrel.encrypted).toBe(true);
    expect(await codeOf(connector.download("2005", { ...kestrel, encrypted: false }))).toBe("ENCRYPTED_DOCUMENT");
  });

  it("calls a 500 on an unprotected document transient", async () => {
    const { connector } = await connectorFor();
    const plans = (await atlasFiles(connector)).find((f) => f.name === "Site plans.zip")!;
    await emulator.control.addFault({ path: `/v2/workspaces/2001/documents/${plans.id}/file`, kind: "status", status: 500 });
    const error = await failure(connector.download("2001", plans));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("reports a gatekeeper restriction with the gatekeeper's name, also when the error comes in a 200", async () => {
    const { connector } = await connectorFor(CHLOE);
    const error = await failure(connector.listFolders("2003"));
    expect(error.code).toBe("EXCHANGE_ACCESS_RESTRICTED");
    expect(error.message).toContain("Dana Ruiz <dana.ruiz@harrowvale.example>");
    await emulator.control.setConditions({ errorsIn200: true });
    expect(await codeOf(connector.resolveFolderPath("2003", "/Supply chain"))).toBe("EXCHANGE_ACCESS_RESTRICTED");
    expect(await codeOf(collect(connector.walk("2003", ROOT_FOLDER_ID)))).toBe("EXCHANGE_ACCESS_RESTRICTED");
  });

  it("reads errors inside HTTP 200 answers", async () => {
    const { connector } = await connectorFor();
    await emulator.control.setConditions({ errorsIn200: true });
    expect(await codeOf(connector.listFolders("9999"))).toBe("NOT_FOUND");
  });

  it("gives exchanges that need a person or are on hold a status error, without retrying", async () => {
    const { connector, retries } = await connectorFor();
    expect(await codeOf(connector.listFolders("2004"))).toBe("EXCHANGE_NEEDS_PERSON");
    expect(await codeOf(collect(connector.walk("2006", ROOT_FOLDER_ID)))).toBe("EXCHANGE_ON_HOLD");
    expect(await codeOf(collect(connector.walk("2004", ROOT_FOLDER_ID)))).toBe("EXCHANGE_ON_HOLD");
    expect(retries).toHaveLength(0);
  });

  it("reports a session ended elsewhere as SESSION_CONFLICT without refreshing", async () => {
    const { connector, tokens } = await connectorFor();
    await emulator.control.setConditions({ sessionConflict: [ALICE.email] });
    await tokenRequest("v2", { type: "authorization_code", code: await codeFor(ALICE, "v2", true) });
    expect(await codeOf(connector.listWorkspaces())).toBe("SESSION_CONFLICT");
    expect(tokens.refreshes).toBe(0);
  });

  it("needs reauthentication when the tokens were revoked, and reports lost membership as NOT_FOUND", async () => {
    const { connector } = await connectorFor(BEN);
    await emulator.control.removeAccess(BEN.email, 2002);
    expect(await codeOf(connector.listFolders("2002"))).toBe("NOT_FOUND");
    await emulator.control.revokeTokens(BEN.email);
    expect(await codeOf(connector.listWorkspaces())).toBe("REAUTH_REQUIRED");
  });
});

describe("Intralinks faults", () => {
  it("waits for Retry-After on 429", async () => {
    const { connector, retries } = await connectorFor();
    await emulator.control.addFault({ path: "/v2/workspaces", kind: "status", status: 429, retryAfter: 1 });
    expect(await connector.listWorkspaces()).toHaveLength(6);
    expect(retries).toEqual([expect.objectContaining({ delayMs: 1000, reason: "HTTP 429" })]);
  });

  it("backs off on proxy error pages and recovers", async () => {
    const { connector, retries } = await connectorFor();
    await emulator.control.addFault({ path: "/v2/workspaces/*/documents", kind: "status", status: 502, times: 2 });
    expect(await atlasFiles(connector)).toHaveLength(15);
    expect(retries).toHaveLength(2);
  });

  it("fails a download reset midway instead of returning a short file", async () => {
    const { connector } = await connectorFor();
    const plans = (await atlasFiles(connector)).find((f) => f.name === "Site plans.zip")!;
    await emulator.control.addFault({ path: `/v2/workspaces/2001/documents/${plans.id}/file`, kind: "reset", afterBytes: 100_000 });
    const download = await connector.download("2001", plans);
    const error = await failure(digest(download.body, "sha1", "base64"));
    expect(error.code).toBe("REMOTE_ERROR");
    expect(error.retryable).toBe(true);
  });

  it("reports a host that stops answering as HOST_UNREACHABLE", async () => {
    const { connector } = await connectorFor(ALICE, { maxTries: 2 });
    await emulator.control.setConditions({ unreachable: true });
    expect(await codeOf(connector.listWorkspaces())).toBe("HOST_UNREACHABLE");
  });
});
