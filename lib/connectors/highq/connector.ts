import { withFreshToken } from "../authorized";
import { RemoteError } from "../errors";
import { joinPath, resolvePathFromRoot, withExtension } from "../paths";
import { HttpClient, bearerRequest, isStreamResponse, mediaTypeOf, withQuery, type JsonResponse } from "../http";
import { asList, isRecord, toId, toNumber, toText, type Json } from "../lenient";
import { allPages, collect, type Page } from "../paging";
import type { Connector, ConnectorOptions, Download, RemoteFile, RemoteFolder, RemoteUser, RemoteWorkspace, WalkEntry } from "../types";
import {
  DEFAULT_API_VERSION,
  PAGE_LIMIT,
  READABLE_SITE_STATUSES,
  ROOT_FOLDER_FIELD,
  SITE_LIST_FILTER,
  filesQuery,
} from "./assumptions";
import { parseHighqDate } from "./dates";
import { highqError, mayBeStaleToken, type HighqErrorContext } from "./errors";

export type HighqRequest = {
  method?: string;
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  context: HighqErrorContext;
};

/** `https://host/instance` → `https://host/instance/` (the OAuth and REST root). */
export function highqRoot(baseUrl: string): string {
  return baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
}

/** The authenticated HighQ REST client shared by the connector and the iSheets client. */
export class HighqApi {
  readonly http: HttpClient;
  private readonly apiRoot: string;

  constructor(private readonly options: ConnectorOptions) {
    this.http = new HttpClient({ ...options, provider: "highq" });
    this.apiRoot = `${highqRoot(options.baseUrl)}api/${options.apiVersion ?? DEFAULT_API_VERSION}/`;
  }

  url(path: string, query: Record<string, string | number> = {}): URL {
    return withQuery(new URL(path, this.apiRoot), query);
  }

  /** Sends with the stale-token retry and returns whatever HighQ answered. */
  send(request: Omit<HighqRequest, "context">): Promise<JsonResponse> {
    return this.authorized((token) =>
      this.http.json(bearerRequest(this.url(request.path, request.query), token, { method: request.method, json: request.body })),
    );
  }

  /** Like `send`, but a non-2xx answer becomes a typed error. */
  async request(request: HighqRequest): Promise<Json> {
    const response = await this.send(request);
    if (response.status < 200 || response.status >= 300) throw highqError(response.status, response.body, request.context);
    return isRecord(response.body) ? response.body : {};
  }

  authorized<T extends { status: number; body: unknown }>(call: (token: string) => Promise<T>): Promise<T> {
    return withFreshToken(this.options.tokens, call, (response) => mayBeStaleToken(response.status, response.body));
  }
}

/** A body that is either the object itself or wraps it as `{key: {…}}` / `{key: [{…}]}`. */
function unwrapOne(body: Json, key: string): Json {
  return body[key] === undefined ? body : (asList(body[key])[0] ?? {});
}

export class HighqConnector implements Connector {
  readonly api: HighqApi;
  private readonly rootFolders = new Map<string, string>();

  constructor(private readonly options: ConnectorOptions) {
    this.api = new HighqApi(options);
  }

  async currentUser(): Promise<RemoteUser> {
    const email = this.options.remoteEmail;
    if (!email) {
      throw new RemoteError("REAUTH_REQUIRED", {
        message: "Ferry does not know which HighQ account this authorisation belongs to.",
        details: { provider: "highq" },
      });
    }
    const body = await this.api.request({ path: `users/${encodeURIComponent(email)}`, query: { type: "email" }, context: { operation: "user" } });
    const user = unwrapOne(body, "user");
    const name = [toText(user.firstname), toText(user.lastname)].filter(Boolean).join(" ");
    return { id: toId(user.userid) ?? email, email: toText(user.email) ?? email, name: name || email };
  }

  async listWorkspaces(): Promise<RemoteWorkspace[]> {
    const body = await this.api.request({ path: "sites", query: { filterby: SITE_LIST_FILTER }, context: { operation: "sites" } });
    return asList(body.site).map((site) => {
      const id = toId(site.id) ?? "";
      const rootFolder = toId(site[ROOT_FOLDER_FIELD]);
      if (rootFolder) this.rootFolders.set(id, rootFolder);
      const status = toText(site.status)?.toLowerCase();
      const readable = status === undefined || READABLE_SITE_STATUSES.has(status);
      return {
        id,
        name: toText(site.sitename) ?? id,
        status: readable ? "available" : "unavailable",
        ...(readable ? {} : { reason: `The site is in "${status}" status.` }),
      };
    });
  }

  async listFolders(workspaceId: string, parentId?: string): Promise<RemoteFolder[]> {
    const parent = parentId ?? (await this.rootFolderId(workspaceId));
    return collect(this.folderChildren(workspaceId, parent));
  }

  async resolveFolderPath(workspaceId: string, path: string): Promise<{ id: string; path: string }> {
    const root = await this.rootFolderId(workspaceId);
    return resolvePathFromRoot(root, path, (parent) => this.listFolders(workspaceId, parent), { provider: "highq", workspaceId });
  }

  async *walk(workspaceId: string, rootFolderId: string): AsyncGenerator<WalkEntry> {
    const queue = [{ id: rootFolderId, path: "" }];
    for (let folder = queue.shift(); folder; folder = queue.shift()) {
      for await (const file of this.folderFiles(workspaceId, folder.id, folder.path)) yield { kind: "file", file };
      for await (const child of this.folderChildren(workspaceId, folder.id)) {
        const path = joinPath(folder.path, child.name);
        yield { kind: "folder", path, id: child.id };
        queue.push({ id: child.id, path });
      }
    }
  }

  async download(workspaceId: string, file: RemoteFile, options: { signal?: AbortSignal } = {}): Promise<Download> {
    const response = await this.api.authorized((token) =>
      this.api.http.stream(bearerRequest(this.api.url(`files/${encodeURIComponent(file.id)}/content`), token, { accept: "*/*", signal: options.signal })),
    );
    if (!isStreamResponse(response) || response.status !== 200) {
      const failed = response as JsonResponse;
      throw highqError(failed.status, failed.body, { operation: "download", workspaceId, documentId: file.id });
    }
    return {
      body: response.body,
      size: response.size,
      mediaType: mediaTypeOf(response.headers),
    };
  }

  private async rootFolderId(workspaceId: string): Promise<string> {
    const known = this.rootFolders.get(workspaceId);
    if (known) return known;
    const body = await this.api.request({ path: `sites/${encodeURIComponent(workspaceId)}`, context: { operation: "site", workspaceId } });
    const root = toId(unwrapOne(body, "site")[ROOT_FOLDER_FIELD]);
    if (!root) throw new RemoteError("NOT_FOUND", { details: { provider: "highq", workspaceId } });
    this.rootFolders.set(workspaceId, root);
    return root;
  }

  private folderChildren(workspaceId: string, folderId: string): AsyncGenerator<RemoteFolder> {
    return allPages(this.options.pageSize ?? PAGE_LIMIT, async (offset, limit): Promise<Page<RemoteFolder>> => {
      const body = await this.api.request({
        path: `folders/${encodeURIComponent(folderId)}/items`,
        query: { limit, offset, orderby: "asc", ordertype: "name" },
        context: { operation: "folders", workspaceId },
      });
      const items = asList(body.folder).map((folder) => ({
        id: toId(folder.id) ?? "",
        name: toText(folder.name) ?? "",
        parentId: toId(folder.parentFolderID) ?? folderId,
        hasChildren: (toNumber(folder.child) ?? 0) > 0,
      }));
      return { items, total: toNumber(body.foldertotal) };
    });
  }

  private folderFiles(workspaceId: string, folderId: string, folderPath: string): AsyncGenerator<RemoteFile> {
    return allPages(this.options.pageSize ?? PAGE_LIMIT, async (offset, limit): Promise<Page<RemoteFile>> => {
      const body = await this.api.request({
        path: "files",
        query: { q: filesQuery(folderId), limit, offset, orderby: "asc", ordertype: "name" },
        context: { operation: "files", workspaceId },
      });
      const items = asList(body.file).map((item): RemoteFile => {
        const name = withExtension(toText(item.name) ?? toId(item.id) ?? "unnamed", toText(item.type));
        return {
          id: toId(item.id) ?? "",
          name,
          folderId: toId(item.folderid) ?? folderId,
          path: joinPath(folderPath, name),
          version: toId(item.versionid) ?? "",
          size: toNumber(item.size) ?? 0,
          modifiedAt: parseHighqDate(item.modifieddate) ?? parseHighqDate(item.createddate),
          // HighQ lists carry no protection or download flag (spec §4.4); a refused download says so.
          encrypted: false,
          canDownload: true,
        };
      });
      return { items, total: toNumber(body.filetotal) };
    });
  }
}
