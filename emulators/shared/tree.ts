/**
 * Folders and files of one emulator, grouped in containers (HighQ sites, Intralinks workspaces).
 * Content is described, not stored: each version of a file has a ContentSpec.
 */
import { contentSize, kindForExtension, type ContentKind, type ContentSpec } from "./content";
import { random, seedOf } from "./prng";

export interface Folder {
  id: number;
  containerId: number;
  parentId: number | null;
  name: string;
  createdAt: number;
  modifiedAt: number;
  createdBy: string;
  modifiedBy: string;
  deleted: boolean;
}

export interface FileEntry {
  id: number;
  containerId: number;
  folderId: number;
  /** full name with extension, e.g. "Lease – Quayside.pdf" */
  name: string;
  /** versions[n - 1] is version n; the last one is current */
  versions: Array<{ spec: ContentSpec; size: number; at: number; by: string }>;
  createdAt: number;
  createdBy: string;
  deleted: boolean;
  /** emulator-specific flags (e.g. Intralinks drm) */
  attrs: Record<string, unknown>;
}

export function splitName(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? { base: name.slice(0, dot), ext: name.slice(dot + 1) } : { base: name, ext: "" };
}

export const current = (f: FileEntry) => f.versions[f.versions.length - 1];

export interface NewFile {
  folderId: number;
  name: string;
  /** binary size; ignored for pdf/docx, whose size is what gets generated */
  size?: number;
  kind?: ContentKind;
  by: string;
  at?: number;
  attrs?: Record<string, unknown>;
}

export interface TreeSpec {
  parentFolderId: number;
  files: number;
  folders: number;
  minSize?: number;
  maxSize?: number;
  seed?: number;
  /** how many of the files are real contract documents (pdf/docx) */
  contracts?: number;
  by: string;
}

export class Tree {
  readonly folders = new Map<number, Folder>();
  readonly files = new Map<number, FileEntry>();
  private nextId: number;
  private filesByFolder = new Map<number, FileEntry[]>();
  /** bumped by every change; derived views are cached per revision */
  revision = 0;
  private sortedCache = new Map<string, unknown>();

  constructor(
    private readonly ns: string,
    firstId: number,
  ) {
    this.nextId = firstId;
  }

  newId(): number {
    return this.nextId++;
  }

  private touch(): void {
    this.revision++;
    this.sortedCache.clear();
  }

  /** Memoise a derived value until the tree changes. */
  cached<T>(key: string, make: () => T): T {
    if (!this.sortedCache.has(key)) this.sortedCache.set(key, make());
    return this.sortedCache.get(key) as T;
  }

  addFolder(containerId: number, parentId: number | null, name: string, by: string, at = Date.now()): Folder {
    const folder: Folder = { id: this.newId(), containerId, parentId, name, createdAt: at, modifiedAt: at, createdBy: by, modifiedBy: by, deleted: false };
    this.folders.set(folder.id, folder);
    this.touch();
    return folder;
  }

  liveFolder(id: number): Folder | undefined {
    const f = this.folders.get(id);
    return f && !f.deleted ? f : undefined;
  }

  liveFile(id: number): FileEntry | undefined {
    const f = this.files.get(id);
    return f && !f.deleted ? f : undefined;
  }

  private specFor(id: number, version: number, kind: ContentKind, size: number): ContentSpec {
    const seed = seedOf(`${this.ns}:file:${id}:v${version}`);
    return kind === "binary" ? { kind, seed, size } : { kind, seed };
  }

  async addFile(n: NewFile): Promise<FileEntry> {
    const folder = this.liveFolder(n.folderId);
    if (!folder) throw new Error(`folder ${n.folderId} does not exist`);
    const id = this.newId();
    const kind = n.kind ?? kindForExtension(splitName(n.name).ext);
    const spec = this.specFor(id, 1, kind, n.size ?? 0);
    const at = n.at ?? Date.now();
    const file: FileEntry = {
      id,
      containerId: folder.containerId,
      folderId: folder.id,
      name: n.name,
      versions: [{ spec, size: await contentSize(spec), at, by: n.by }],
      createdAt: at,
      createdBy: n.by,
      deleted: false,
      attrs: { ...n.attrs },
    };
    this.files.set(id, file);
    this.index(file);
    this.touch();
    return file;
  }

  private index(file: FileEntry): void {
    const list = this.filesByFolder.get(file.folderId) ?? [];
    list.push(file);
    this.filesByFolder.set(file.folderId, list);
  }

  private unindex(file: FileEntry): void {
    const list = this.filesByFolder.get(file.folderId);
    if (list) this.filesByFolder.set(file.folderId, list.filter((f) => f !== file));
  }

  /** New content: a new version with new bytes (optionally a new binary size). */
  async changeFile(id: number, by: string, size?: number): Promise<FileEntry> {
    const file = this.mustFile(id);
    const prev = current(file);
    const spec = this.specFor(id, file.versions.length + 1, prev.spec.kind, size ?? prev.spec.size ?? 0);
    file.versions.push({ spec, size: await contentSize(spec), at: Date.now(), by });
    this.touch();
    return file;
  }

  renameFile(id: number, name: string): FileEntry {
    const file = this.mustFile(id);
    file.name = name;
    this.touch();
    return file;
  }

  moveFile(id: number, folderId: number): FileEntry {
    const file = this.mustFile(id);
    const target = this.liveFolder(folderId);
    if (!target) throw new Error(`folder ${folderId} does not exist`);
    this.unindex(file);
    file.folderId = target.id;
    file.containerId = target.containerId;
    this.index(file);
    this.touch();
    return file;
  }

  deleteFile(id: number): void {
    this.mustFile(id).deleted = true;
    this.touch();
  }

  updateFolder(id: number, change: { name?: string; parentId?: number }, by: string): Folder {
    const folder = this.liveFolder(id);
    if (!folder) throw new Error(`folder ${id} does not exist`);
    if (change.parentId !== undefined) {
      const target = this.liveFolder(change.parentId);
      if (!target || target.containerId !== folder.containerId) throw new Error(`folder ${change.parentId} is not in the same container`);
      for (let f: Folder | undefined = target; f; f = f.parentId === null ? undefined : this.folders.get(f.parentId))
        if (f.id === id) throw new Error("cannot move a folder into itself");
      folder.parentId = target.id;
    }
    if (change.name !== undefined) folder.name = change.name;
    folder.modifiedAt = Date.now();
    folder.modifiedBy = by;
    this.touch();
    return folder;
  }

  /** Deleting a folder deletes everything below it. */
  deleteFolder(id: number): void {
    const folder = this.liveFolder(id);
    if (!folder) throw new Error(`folder ${id} does not exist`);
    folder.deleted = true;
    for (const f of this.filesByFolder.get(id) ?? []) f.deleted = true;
    for (const child of this.childFolders(id)) this.deleteFolder(child.id);
    this.touch();
  }

  childFolders(folderId: number): Folder[] {
    return [...this.folders.values()].filter((f) => f.parentId === folderId && !f.deleted);
  }

  filesIn(folderId: number): FileEntry[] {
    return (this.filesByFolder.get(folderId) ?? []).filter((f) => !f.deleted);
  }

  foldersOf(containerId: number): Folder[] {
    return [...this.folders.values()].filter((f) => f.containerId === containerId && !f.deleted);
  }

  filesOf(containerId: number): FileEntry[] {
    return [...this.files.values()].filter((f) => f.containerId === containerId && !f.deleted);
  }

  folderPath(folderId: number): string {
    const names: string[] = [];
    for (let f = this.folders.get(folderId); f; f = f.parentId === null ? undefined : this.folders.get(f.parentId)) names.unshift(f.name);
    return names.join("/");
  }

  private mustFile(id: number): FileEntry {
    const f = this.liveFile(id);
    if (!f) throw new Error(`file ${id} does not exist`);
    return f;
  }

  /** N files across M new nested folders under a parent, sizes log-uniform in [minSize, maxSize]. */
  async generate(t: TreeSpec): Promise<{ folderIds: number[]; fileIds: number[]; totalBytes: number }> {
    const parent = this.liveFolder(t.parentFolderId);
    if (!parent) throw new Error(`folder ${t.parentFolderId} does not exist`);
    const r = random(t.seed ?? 1);
    const minSize = Math.max(0, t.minSize ?? 1024);
    const maxSize = Math.max(minSize, t.maxSize ?? 1 << 20);
    const folders: Folder[] = [parent];
    for (let i = 0; i < t.folders; i++) folders.push(this.addFolder(parent.containerId, r.pick(folders).id, `Folder ${String(i + 1).padStart(4, "0")}`, t.by));
    const targets = t.folders > 0 ? folders.slice(1) : folders;
    const fileIds: number[] = [];
    let totalBytes = 0;
    for (let i = 0; i < t.files; i++) {
      const isDoc = i < (t.contracts ?? 0);
      const size = Math.round(Math.exp(Math.log(minSize + 1) + r.next() * (Math.log(maxSize + 1) - Math.log(minSize + 1))) - 1);
      const ext = isDoc ? (i % 2 ? "docx" : "pdf") : "bin";
      const f = await this.addFile({ folderId: targets[i % targets.length].id, name: `File ${String(i + 1).padStart(6, "0")}.${ext}`, size, by: t.by });
      fileIds.push(f.id);
      totalBytes += current(f).size;
    }
    return { folderIds: folders.slice(1).map((f) => f.id), fileIds, totalBytes };
  }
}
