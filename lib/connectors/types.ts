import type { Gatekeeper } from "./errors";
import type { Semaphore } from "./host-slots";
import type { RetryInfo } from "./http";

/** Supplies a valid access token; `forceRefresh` after the remote rejected the current one. */
export type TokenSource = {
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
};

export type ConnectorOptions = {
  /** HighQ: `https://host/instance`; Intralinks: the API host, e.g. `https://api.intralinks.com`. */
  baseUrl: string;
  tokens: TokenSource;
  /** `host:port` pairs allowed past the outbound host guard (emulators in dev and tests). */
  allowedHosts: string[];
  /** HighQ REST version number (default 5); Intralinks resource version is always v2. */
  apiVersion?: number;
  /** The remote account's email from the token response (HighQ has no "me" endpoint). */
  remoteEmail?: string;
  fetchImpl?: typeof fetch;
  /** Items per listing request; defaults to the provider's maximum. */
  pageSize?: number;
  /** Retry tuning and observation, passed to the HTTP layer. */
  maxTries?: number;
  maxRetryDelayMs?: number;
  initialRetryDelayMs?: number;
  timeoutMs?: number;
  onRetry?: (info: RetryInfo) => void;
  /** The host's request slots for JSON calls (`HttpClientOptions.requestSlots`). */
  requestSlots?: Semaphore;
};

export type RemoteUser = { id: string; email: string; name: string };

export type WorkspaceStatus = "available" | "restricted" | "needs_person" | "on_hold" | "unavailable";

export type RemoteWorkspace = {
  id: string;
  name: string;
  status: WorkspaceStatus;
  /** Why the workspace is not `available`, in words for the user. */
  reason?: string;
  gatekeepers?: Gatekeeper[];
};

export type RemoteFolder = { id: string; name: string; parentId: string | null; hasChildren?: boolean };

export type RemoteFile = {
  id: string;
  /** File name including its extension. */
  name: string;
  folderId: string;
  /** Slash-separated, relative to the walked root folder. */
  path: string;
  /** The remote's version marker; a change means new content. */
  version: string;
  size: number;
  modifiedAt: Date | null;
  /** Provider content hash when offered (Intralinks: base64 SHA-1 of the bytes). */
  hash?: string;
  encrypted: boolean;
  canDownload: boolean;
};

export type WalkEntry = { kind: "folder"; path: string; id: string } | { kind: "file"; file: RemoteFile };

export type Download = {
  body: ReadableStream<Uint8Array>;
  size?: number;
  mediaType: string;
};

export interface Connector {
  currentUser(): Promise<RemoteUser>;
  listWorkspaces(): Promise<RemoteWorkspace[]>;
  /** Children of `parentId`, or of the workspace's root folder when omitted. */
  listFolders(workspaceId: string, parentId?: string): Promise<RemoteFolder[]>;
  /** Validates a typed path such as "/Deals/Project X"; NOT_FOUND names the missing part. */
  resolveFolderPath(workspaceId: string, path: string): Promise<{ id: string; path: string }>;
  /** The whole subtree under `rootFolderId`, every listing paged to the end. */
  walk(workspaceId: string, rootFolderId: string): AsyncIterable<WalkEntry>;
  download(workspaceId: string, file: RemoteFile, options?: { signal?: AbortSignal }): Promise<Download>;
}
