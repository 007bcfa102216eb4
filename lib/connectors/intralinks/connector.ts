import { withFreshToken } from "../authorized";
import { setTimeout as sleep } from "node:timers/promises";
import { RemoteError, isRemoteError } from "../errors";
import { joinPath, resolvePathFromRoot, withExtension } from "../paths";
import { HttpClient, bearerRequest, isStreamResponse, mediaTypeOf, withQuery, type JsonResponse, type StreamResponse } from "../http";
import { asList, isRecord, toBool, toId, toNumber, toText, type Json } from "../lenient";
import { allPages, collect } from "../paging";
import type { Connector, ConnectorOptions, Download, RemoteFile, RemoteFolder, RemoteUser, RemoteWorkspace, WalkEntry } from "../types";
import {
  AUTH_PATHS,
  DOCUMENTS_FOLDER_FILTER,
  DRM_NONE,
  NOT_FOUND_RETRY_MS,
  NOT_FOUND_TRIES,
  HOLD_PHASE,
  NOT_ENTERED_STATUS,
  PAGE_LIMIT,
  PERSON_SPLASH_STATES,
  PROTECTED_HEADER,
  ROOT_FOLDER_ID,
  SPLASH_ACCEPT_BODY,
  SPLASH_ALLOWED_STATE,
  SUBCODES,
  SYNCABLE_PHASE,
  UNATTENDED_SECURITY_LEVELS,
  WEEKDAYS_ONLY_SECURITY_LEVEL,
} from "./assumptions";
import { intralinksError, parseGatekeepers, parseIntralinksFault, type IntralinksErrorContext } from "./errors";

type Request = {
  method?: string;
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  context: IntralinksErrorContext;
};

/** A "cannot find entity" that the exchange list contradicts: the run tries again, nothing is marked gone. */
function transientNotFound(error: RemoteError): RemoteError {
  return new RemoteError("REMOTE_ERROR", {
    status: error.status,
    retryable: true,
    message: "Intralinks answered \"cannot find entity\" for an exchange that is still there. Ferry tries again.",
    details: error.details,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `{milliseconds}` (spec §3), or a bare epoch number. */
export function parseIntralinksDate(value: unknown): Date | null {
  const ms = toNumber(isRecord(value) ? value.milliseconds : value);
  return ms === undefined ? null : new Date(ms);
}

function isStaleToken(response: { status: number; body: unknown }): boolean {
  const fault = parseIntralinksFault(response.body);
  return (response.status === 401 || fault?.code === 401 || fault?.subcode === SUBCODES.invalidSession) && fault?.subcode !== SUBCODES.sessionElsewhere;
}

function isNotEntered(response: { status: number; body: unknown }): boolean {
  return response.status === NOT_ENTERED_STATUS || parseIntralinksFault(response.body)?.code === NOT_ENTERED_STATUS;
}

function isProtected(drm: unknown): boolean {
  const value = toText(drm)?.toUpperCase();
  return value !== undefined && value !== DRM_NONE;
}

export class IntralinksConnector implements Connector {
  private readonly http: HttpClient;

  constructor(private readonly options: ConnectorOptions) {
    this.http = new HttpClient({ ...options, provider: "intralinks" });
  }

  async currentUser(): Promise<RemoteUser> {
    const email = this.options.remoteEmail ?? toText((await this.request({ path: AUTH_PATHS.v2.tokenInfo, context: { operation: "user" } })).email);
    if (!email) throw new RemoteError("REMOTE_ERROR", { message: "Intralinks did not say which account this authorisation belongs to.", details: { provider: "intralinks" } });
    const body = await this.request({ path: `/v2/users/${encodeURIComponent(email)}`, context: { operation: "user" } });
    const user = asList(body.user)[0] ?? body;
    const name = [toText(user.firstName), toText(user.lastName)].filter(Boolean).join(" ");
    return { id: toId(user.userId) ?? email, email: toText(user.emailId) ?? email, name: name || email };
  }

  async listWorkspaces(now = new Date()): Promise<RemoteWorkspace[]> {
    const items = await collect(this.list("/v2/workspaces", "workspace", { operation: "workspaces" }));
    return items.map((workspace) => workspaceStatus(workspace, now));
  }

  async listFolders(workspaceId: string, parentId?: string): Promise<RemoteFolder[]> {
    const folders = await this.allFolders(workspaceId);
    const parent = parentId ?? ROOT_FOLDER_ID;
    return folders.filter((folder) => (folder.parentId ?? ROOT_FOLDER_ID) === parent);
  }

  async resolveFolderPath(workspaceId: string, path: string): Promise<{ id: string; path: string }> {
    const folders = await this.allFolders(workspaceId);
    const children = async (parent: string) => folders.filter((folder) => (folder.parentId ?? ROOT_FOLDER_ID) === parent);
    return resolvePathFromRoot(ROOT_FOLDER_ID, path, children, { provider: "intralinks", workspaceId });
  }

  /**
   * A fixed number of listings for any subtree (the exchange, its folders, its documents): Intralinks
   * lists folders and documents per exchange, not per folder.
   */
  async *walk(workspaceId: string, rootFolderId: string): AsyncGenerator<WalkEntry> {
    await this.assertSyncable(workspaceId);
    const folders = await this.allFolders(workspaceId);
    const childrenOf = new Map<string, RemoteFolder[]>();
    for (const folder of folders) {
      const parent = folder.parentId ?? ROOT_FOLDER_ID;
      const siblings = childrenOf.get(parent);
      if (siblings) siblings.push(folder);
      else childrenOf.set(parent, [folder]);
    }
    // A configured folder that is gone must not look like an empty one.
    if (rootFolderId !== ROOT_FOLDER_ID && !folders.some((folder) => folder.id === rootFolderId)) {
      throw new RemoteError("NOT_FOUND", { details: { provider: "intralinks", workspaceId } });
    }
    const pathOf = new Map([[rootFolderId, ""]]);
    const queue = [rootFolderId];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const child of childrenOf.get(id) ?? []) {
        const path = joinPath(pathOf.get(id) ?? "", child.name);
        pathOf.set(child.id, path);
        queue.push(child.id);
        yield { kind: "folder", path, id: child.id };
      }
    }
    for await (const doc of this.list(`/v2/workspaces/${encodeURIComponent(workspaceId)}/documents`, "document", { operation: "documents", workspaceId })) {
      const folderId = toId(doc.parentId) ?? ROOT_FOLDER_ID;
      const folderPath = pathOf.get(folderId);
      if (folderPath === undefined) continue;
      const name = withExtension(toText(doc.name) ?? toId(doc.id) ?? "unnamed", toText(doc.extension));
      yield {
        kind: "file",
        file: {
          id: toId(doc.id) ?? "",
          name,
          folderId,
          path: joinPath(folderPath, name),
          version: toId(doc.versionNumber) ?? toId(doc.version) ?? "",
          size: toNumber(doc.fileSize) ?? 0,
          modifiedAt: parseIntralinksDate(doc.lastModifiedOn) ?? parseIntralinksDate(doc.createdOn),
          ...(toText(doc.fileHash) ? { hash: toText(doc.fileHash) } : {}),
          encrypted: isProtected(doc.drm),
          canDownload: toBool(doc.canDownload) ?? true,
        },
      };
    }
  }

  async download(workspaceId: string, file: RemoteFile, options: { signal?: AbortSignal } = {}): Promise<Download> {
    const context = { operation: "download" as const, workspaceId, documentId: file.id };
    if (file.encrypted) throw new RemoteError("ENCRYPTED_DOCUMENT", { details: { provider: "intralinks", ...context } });
    if (!file.canDownload) throw new RemoteError("NO_DOWNLOAD_PERMISSION", { details: { provider: "intralinks", ...context } });
    const path = `/v2/workspaces/${encodeURIComponent(workspaceId)}/documents/${encodeURIComponent(file.id)}/file`;
    const response = await this.send<StreamResponse | JsonResponse>(workspaceId, (token) =>
      this.http.stream(bearerRequest(this.url(path), token, { accept: "*/*", signal: options.signal })),
    );
    let failed: { status: number; body: unknown } = response;
    if (isStreamResponse(response) && response.status === 200) {
      if (toBool(response.headers.get(PROTECTED_HEADER)) === true) {
        await response.body.cancel();
        throw new RemoteError("ENCRYPTED_DOCUMENT", { details: { provider: "intralinks", ...context } });
      }
      const download = { body: response.body, size: response.size, mediaType: mediaTypeOf(response.headers) };
      // An error inside a 200 (spec §6) must never be stored as the document's bytes.
      if (download.mediaType !== "application/json" || file.name.toLowerCase().endsWith(".json")) return download;
      const bytes = new Uint8Array(await new Response(response.body).arrayBuffer());
      const body = parseJson(new TextDecoder().decode(bytes));
      if (!parseIntralinksFault(body)) return { ...download, body: new Response(bytes).body! };
      failed = { status: 200, body };
    }
    const fault = parseIntralinksFault(failed.body);
    // A "cannot find entity" on a document the folder still lists is transient (spec §6).
    if (fault?.subcode === SUBCODES.notFound) {
      // Throws NOT_FOUND when the folder no longer lists the document.
      await this.documentFlags(workspaceId, file);
      throw transientNotFound(intralinksError(failed.status, fault, context));
    }
    // Spec §5: a 500/999 is how a viewer-only protected document refuses; the listing may predate
    // the protection, so ask for the document's current flags before calling it transient.
    if (fault?.subcode === SUBCODES.protectedDownload) {
      const current = await this.documentFlags(workspaceId, file);
      if (current.encrypted) throw new RemoteError("ENCRYPTED_DOCUMENT", { status: failed.status, details: { provider: "intralinks", ...context } });
      if (!current.canDownload) throw new RemoteError("NO_DOWNLOAD_PERMISSION", { status: failed.status, details: { provider: "intralinks", ...context } });
    }
    throw intralinksError(failed.status, fault, context);
  }

  private async documentFlags(workspaceId: string, file: RemoteFile): Promise<{ encrypted: boolean; canDownload: boolean }> {
    const path = `/v2/workspaces/${encodeURIComponent(workspaceId)}/documents`;
    const context = { operation: "documents" as const, workspaceId, documentId: file.id };
    for await (const doc of this.list(path, "document", context, { [DOCUMENTS_FOLDER_FILTER]: file.folderId })) {
      if (toId(doc.id) === file.id) return { encrypted: isProtected(doc.drm), canDownload: toBool(doc.canDownload) ?? true };
    }
    throw new RemoteError("NOT_FOUND", { details: { provider: "intralinks", ...context } });
  }

  /** Walking is refused up front, with the reason, for exchanges a background sync cannot read. */
  private async assertSyncable(workspaceId: string): Promise<void> {
    const body = await this.request({ path: `/v2/workspaces/${encodeURIComponent(workspaceId)}`, context: { operation: "workspaces", workspaceId } });
    const workspace = workspaceStatus(asList(body.workspace)[0] ?? {}, new Date());
    if (workspace.status === "available") return;
    const code = { restricted: "EXCHANGE_ACCESS_RESTRICTED", needs_person: "EXCHANGE_NEEDS_PERSON", on_hold: "EXCHANGE_ON_HOLD", unavailable: "EXCHANGE_ON_HOLD" } as const;
    throw new RemoteError(code[workspace.status], {
      details: { provider: "intralinks", workspaceId, remoteMessage: workspace.reason, ...(workspace.gatekeepers ? { gatekeepers: workspace.gatekeepers } : {}) },
    });
  }

  private async allFolders(workspaceId: string): Promise<RemoteFolder[]> {
    const folders: RemoteFolder[] = [];
    for await (const folder of this.list(`/v2/workspaces/${encodeURIComponent(workspaceId)}/folders`, "folder", { operation: "folders", workspaceId })) {
      folders.push({
        id: toId(folder.id) ?? "",
        name: toText(folder.name) ?? "",
        parentId: toId(folder.parentId) ?? null,
        hasChildren: toBool(folder.hasChildFolders),
      });
    }
    return folders;
  }

  /** Lists `key` items, with or without a `paging` node (spec §3.6). */
  private list(path: string, key: string, context: IntralinksErrorContext, filter: Record<string, string> = {}): AsyncGenerator<Json> {
    return allPages(this.options.pageSize ?? PAGE_LIMIT, async (offset, limit) => {
      const body = await this.request({ path, query: { ...filter, offset, limit }, context });
      const paging = isRecord(body.paging) ? body.paging : undefined;
      return { items: asList(body[key]), total: toNumber(paging?.total), complete: paging === undefined };
    });
  }

  private url(path: string, query: Record<string, string | number> = {}): URL {
    return withQuery(new URL(path, this.options.baseUrl), query);
  }

  /**
   * One JSON call. Errors may come with HTTP 200 (spec §6), so the body decides. "Cannot find
   * entity" (3-1) is also seen inside a 200 on calls that succeed when repeated, so it is asked
   * again with backoff, and a 3-1 that persists only counts as "not found" once the exchange list
   * confirms the exchange is gone; otherwise it stays a transient error.
   */
  private async request(request: Request): Promise<Json> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(request.context.workspaceId, (token) =>
        this.http.json(bearerRequest(this.url(request.path, request.query), token, { method: request.method, json: request.body })),
      );
      const fault = parseIntralinksFault(response.body);
      if (!fault && response.status < 300) return isRecord(response.body) ? response.body : {};
      const error = intralinksError(response.status, fault, request.context);
      if (!isRemoteError(error, "NOT_FOUND") || fault?.subcode !== SUBCODES.notFound) throw error;
      if (attempt >= NOT_FOUND_TRIES) throw await this.confirmNotFound(error, request.context);
      await sleep((this.options.initialRetryDelayMs ?? NOT_FOUND_RETRY_MS) * 2 ** (attempt - 1));
    }
  }

  /** The structural check behind a persistent 3-1: is the exchange still in the caller's list? */
  private async confirmNotFound(error: RemoteError, context: IntralinksErrorContext): Promise<RemoteError> {
    // Only a workspace-scoped call can be checked; the exchange list itself cannot be "not found".
    if (context.workspaceId === undefined || context.operation === "download") return transientNotFound(error);
    let listed: boolean;
    try {
      const workspaces = await collect(this.list("/v2/workspaces", "workspace", { operation: "workspaces" }));
      listed = workspaces.some((workspace) => toId(workspace.id) === context.workspaceId);
    } catch {
      return transientNotFound(error);
    }
    return listed ? transientNotFound(error) : error;
  }

  /**
   * Sends with the current token; a rejected token is refreshed once, and an exchange that is not
   * entered yet for this session (303) is entered and the call repeated once.
   */
  private send<T extends { status: number; body: unknown }>(workspaceId: string | undefined, call: (token: string) => Promise<T>): Promise<T> {
    return withFreshToken(
      this.options.tokens,
      async (token) => {
        const first = await call(token);
        if (workspaceId === undefined || !isNotEntered(first)) return first;
        await this.enter(workspaceId, token);
        return call(token);
      },
      isStaleToken,
    );
  }

  private async enter(workspaceId: string, token: string): Promise<void> {
    const context = { operation: "enter" as const, workspaceId };
    const splashUrl = this.url(`/v2/workspaces/${encodeURIComponent(workspaceId)}/splash`);
    const shown = await this.http.json(bearerRequest(splashUrl, token));
    const shownFault = parseIntralinksFault(shown.body);
    if (shownFault || shown.status >= 300) throw intralinksError(shown.status, shownFault, context);
    const accepted = await this.http.json(bearerRequest(splashUrl, token, { method: "POST", json: SPLASH_ACCEPT_BODY }));
    const fault = parseIntralinksFault(accepted.body);
    if (fault || accepted.status >= 300) throw intralinksError(accepted.status, fault, context);
    const state = isRecord(accepted.body) ? toText(accepted.body.state) : undefined;
    if (state === SPLASH_ALLOWED_STATE) return;
    if (state && PERSON_SPLASH_STATES.has(state)) {
      throw new RemoteError("EXCHANGE_NEEDS_PERSON", { details: { provider: "intralinks", workspaceId, remoteCode: state } });
    }
    throw new RemoteError("REMOTE_ERROR", {
      message: "Intralinks did not let Ferry enter the exchange.",
      retryable: false,
      details: { provider: "intralinks", workspaceId, remoteCode: state },
    });
  }
}

/** A workspace row → the status a background sync can act on (spec §3.2, §4). */
export function workspaceStatus(workspace: Json, now: Date): RemoteWorkspace {
  const id = toId(workspace.id) ?? "";
  const base = { id, name: toText(workspace.workspaceName) ?? toText(workspace.name) ?? id };
  if (toBool(workspace.accessRestricted)) {
    const gatekeepers = parseGatekeepers(workspace.gatekeepers);
    return { ...base, status: "restricted", reason: "Access is restricted by an Access Gatekeeper.", gatekeepers };
  }
  const phase = toText(workspace.phase)?.toUpperCase();
  if (phase === HOLD_PHASE) return { ...base, status: "on_hold", reason: "The exchange is on hold." };
  if (phase !== undefined && phase !== SYNCABLE_PHASE) {
    return { ...base, status: "unavailable", reason: `The exchange is in phase ${phase}; only open exchanges are synced.` };
  }
  const level = toNumber(workspace.securityLevel) ?? 1;
  if (!UNATTENDED_SECURITY_LEVELS.has(level)) {
    return { ...base, status: "needs_person", reason: "Opening the exchange needs a security question or one-time password." };
  }
  const weekend = now.getUTCDay() === 0 || now.getUTCDay() === 6;
  if (level === WEEKDAYS_ONLY_SECURITY_LEVEL && weekend) {
    return { ...base, status: "unavailable", reason: "The exchange cannot be opened at weekends." };
  }
  return { ...base, status: "available" };
}
