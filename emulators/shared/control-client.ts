/** Typed client for the control API of either emulator (used by tests, benchmarks and the app's e2e). */
import type { FaultSpec, Fault } from "./faults";
import type { Lifetimes, OAuthClient } from "./oauth";

export interface FileInfo {
  id: number;
  containerId: number;
  folderId: number;
  path: string;
  name: string;
  version: number;
  size: number;
  kind: "pdf" | "docx" | "binary";
  modifiedAt: string;
  deleted: boolean;
  attrs: Record<string, unknown>;
  /** present on file(id) only */
  sha256?: string;
}

export interface FolderInfo {
  id: number;
  containerId: number;
  parentId: number | null;
  name: string;
}

export class ControlClient<Conditions extends object = Record<string, unknown>, FileAttrs extends object = Record<string, unknown>> {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  protected async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/_control${path}`, {
      method,
      headers: { "x-emulator-token": this.token, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const value = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new Error(`control ${method} ${path} failed (${res.status}): ${value?.error ?? text}`);
    return value as T;
  }

  state = () => this.call<Record<string, unknown>>("GET", "/state");
  reset = () => this.call<{ ok: true }>("POST", "/reset");

  counters = () => this.call<Record<string, number>>("GET", "/counters");
  resetCounters = () => this.call<{ ok: true }>("DELETE", "/counters");

  faults = () => this.call<Fault[]>("GET", "/faults");
  addFault = (spec: FaultSpec) => this.call<Fault>("POST", "/faults", spec);
  clearFaults = () => this.call<{ ok: true }>("DELETE", "/faults");

  conditions = () => this.call<Conditions>("GET", "/conditions");
  setConditions = (patch: Partial<Conditions>) => this.call<Conditions>("PATCH", "/conditions", patch);

  createFolder = (parentId: number, name: string) => this.call<FolderInfo>("POST", "/folders", { parentId, name });
  /** a folder at the top of a container (HighQ: in the site's root folder; Intralinks: a top-level folder) */
  createTopFolder = (containerId: number, name: string) => this.call<FolderInfo>("POST", "/folders", { containerId, name });
  updateFolder = (id: number, change: { name?: string; parentId?: number }) => this.call<FolderInfo>("PATCH", `/folders/${id}`, change);
  deleteFolder = (id: number) => this.call<{ ok: true }>("DELETE", `/folders/${id}`);

  /** pdf/docx names get a generated contract; other names get seeded binary content of `size` bytes */
  createFile = (folderId: number, name: string, opts: { size?: number; attrs?: FileAttrs } = {}) =>
    this.call<FileInfo>("POST", "/files", { folderId, name, ...opts });
  file = (id: number) => this.call<FileInfo>("GET", `/files/${id}`);
  /** change = new content (new version); name = rename; folderId = move */
  updateFile = (id: number, change: { name?: string; folderId?: number; change?: boolean; size?: number; attrs?: FileAttrs }) =>
    this.call<FileInfo>("PATCH", `/files/${id}`, change);
  deleteFile = (id: number) => this.call<{ ok: true }>("DELETE", `/files/${id}`);

  generateTree = (spec: { parentFolderId: number; files: number; folders: number; minSize?: number; maxSize?: number; seed?: number; contracts?: number }) =>
    this.call<{ folderIds: number[]; fileIds: number[]; totalBytes: number }>("POST", "/generate-tree", spec);

  /** containerId = HighQ site id or Intralinks workspace id */
  grantAccess = (email: string, containerId: number, role?: string) => this.call<{ ok: true }>("PUT", "/access", { email, containerId, role });
  removeAccess = (email: string, containerId: number) => this.call<{ ok: true }>("DELETE", "/access", { email, containerId });

  expireTokens = (email: string) => this.call<{ affected: number }>("POST", "/tokens/expire", { email });
  revokeTokens = (email: string) => this.call<{ affected: number }>("POST", "/tokens/revoke", { email });
  setLifetimes = (l: Partial<Lifetimes>) => this.call<Lifetimes>("PUT", "/lifetimes", l);

  clients = () => this.call<OAuthClient[]>("GET", "/clients");
  putClient = (id: string, c: Partial<Omit<OAuthClient, "id">>) => this.call<OAuthClient>("PUT", `/clients/${encodeURIComponent(id)}`, c);
  deleteClient = (id: string) => this.call<{ ok: true }>("DELETE", `/clients/${encodeURIComponent(id)}`);
}

export interface RunningEmulator<Conditions extends object = Record<string, unknown>, FileAttrs extends object = Record<string, unknown>> {
  /** base URL, e.g. http://127.0.0.1:4010 */
  url: string;
  controlToken: string;
  control: ControlClient<Conditions, FileAttrs>;
  close(): Promise<void>;
}
