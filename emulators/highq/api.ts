/** HighQ REST endpoints for users, sites, folders, files and downloads (spec §4). */
import { contentChunks, mimeForExtension } from "../shared/content";
import type { Ctx, Router } from "../shared/http";
import { current, splitName, type FileEntry, type Folder } from "../shared/tree";
import { HIGHQ } from "./assumptions";
import { fail, hqDate, paging, sendJson, type Caller } from "./respond";
import type { HighQState, Role, Site } from "./state";

const PERMISSION: Record<Role, Record<string, number>> = {
  Admin: { view: 1, edit: 1, delete: 1, addEditAllFiles: 1 },
  Member: { view: 1, edit: 1, delete: 0, addEditAllFiles: 0 },
  "Read only": { view: 1, edit: 0, delete: 0, addEditAllFiles: 0 },
};

export function person(s: HighQState, email: string) {
  const u = s.user(email);
  return u ? { userid: u.userid, firstname: u.firstName, lastname: u.lastName, email: u.email } : { email };
}

/** Site the caller is a member of: 404 ref 103 if missing, 403 ref 123 if not a member. */
export function memberSite(s: HighQState, caller: Caller, siteId: number): { site: Site; role: Role } {
  const site = s.sites.get(siteId);
  if (!site) throw fail(HIGHQ.errors.siteMissing);
  const role = s.role(site, caller.user.email);
  if (!role) throw fail(HIGHQ.errors.accessDenied);
  return { site, role };
}

/** As memberSite, plus the site restrictions that stop documents being served (spec §4.2). */
function contentSite(s: HighQState, caller: Caller, siteId: number) {
  const found = memberSite(s, caller, siteId);
  const restriction = s.conditions.siteRestrictions[String(siteId)];
  if (restriction) throw fail(HIGHQ.errors.accessDenied, HIGHQ.siteRestrictionSummary[restriction]);
  return found;
}

function folderFor(s: HighQState, caller: Caller, folderId: number): { folder: Folder; role: Role } {
  const folder = s.tree.liveFolder(folderId);
  if (!folder) throw fail(HIGHQ.errors.folderMissing);
  return { folder, role: contentSite(s, caller, folder.containerId).role };
}

function fileFor(s: HighQState, caller: Caller, fileId: number): FileEntry {
  const file = s.tree.liveFile(fileId);
  if (!file) throw fail(HIGHQ.errors.fileMissing);
  contentSite(s, caller, file.containerId);
  return file;
}

function siteSizes(s: HighQState, site: Site) {
  return s.tree.cached(`hq:size:${site.id}`, () => {
    let active = 0;
    let deleted = 0;
    for (const f of s.tree.files.values()) {
      if (f.containerId !== site.id) continue;
      if (f.deleted) deleted += current(f).size;
      else active += current(f).size;
    }
    return { active, deleted };
  });
}

function lastActivity(s: HighQState, site: Site): number {
  return s.tree.cached(`hq:activity:${site.id}`, () => Math.max(site.createdAt, ...s.tree.filesOf(site.id).map((f) => current(f).at)));
}

function siteJson(s: HighQState, site: Site, role: Role) {
  const { active, deleted } = siteSizes(s, site);
  return {
    id: site.id,
    sitename: site.name,
    sitedescription: site.description,
    sitefolderID: site.rootFolderId,
    sitefolderpermission: PERMISSION[role],
    role,
    status: site.status,
    createddate: hqDate(site.createdAt),
    size: `${(active / 1_048_576).toFixed(2)} MB`,
    rawsitesize: { activedocumentsize: String(active), deleteddocumentsize: String(deleted), totalsize: String(active + deleted) },
    siteowner: person(s, site.owner),
    module: { document: { enable: "1" }, task: { enable: "1" }, isheet: { enable: "1" } },
  };
}

function folderJson(s: HighQState, f: Folder, role: Role) {
  return {
    id: f.id,
    name: f.name,
    permission: PERMISSION[role],
    child: s.tree.childFolders(f.id).length,
    ...(f.parentId === null ? {} : { parentFolderID: f.parentId }),
    accessInherited: "1",
    location: s.tree.folderPath(f.id),
    createddate: hqDate(f.createdAt),
    modifieddate: hqDate(f.modifiedAt),
    createdby: person(s, f.createdBy),
    modifiedby: person(s, f.modifiedBy),
  };
}

function fileNameParts(f: FileEntry) {
  const { base, ext } = splitName(f.name);
  return { name: HIGHQ.nameWithoutExtension ? base : f.name, type: ext.toLowerCase() };
}

function fileListJson(f: FileEntry) {
  const v = current(f);
  return { id: f.id, ...fileNameParts(f), versionid: f.versions.length, createddate: hqDate(f.createdAt), modifieddate: hqDate(v.at), size: v.size };
}

function byOrder<T>(items: T[], key: (x: T) => string | number, desc: boolean): T[] {
  const sorted = [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return desc ? sorted.reverse() : sorted;
}

/** Registers the routes; `api` wraps a handler with version check, Accept check and auth. */
export function addRestRoutes(r: Router, s: HighQState, api: (h: (ctx: Ctx, caller: Caller) => unknown) => (ctx: Ctx) => unknown) {
  const json = (ctx: Ctx, body: unknown) => sendJson(ctx, s, 200, body);

  // spec §4.1: users/{email}?type=email, users/{userid}, plus the users/me convenience
  r.add(
    "GET",
    "/api/:v/users/:id",
    api((ctx, caller) => {
      const key = ctx.params.id;
      const user = key === "me" ? caller.user : ctx.query.get("type") === "email" || key.includes("@") ? s.user(key) : s.users.find((u) => String(u.userid) === key);
      if (!user) throw fail(HIGHQ.errors.userMissing);
      const sites = [...s.sites.values()].filter((site) => s.role(site, user.email) && s.role(site, caller.user.email));
      return json(ctx, {
        userid: user.userid,
        firstname: user.firstName,
        lastname: user.lastName,
        email: user.email,
        org: user.org,
        createddate: hqDate(Date.UTC(2021, 0, 4, 9, 0)),
        lastlogindate: hqDate(caller.pair.issuedAt),
        sites: { site: sites.map((x) => ({ id: x.id, sitename: x.name })) },
      });
    }),
  );

  r.add(
    "GET",
    "/api/:v/sites",
    api((ctx, caller) => {
      const email = caller.user.email.toLowerCase();
      const q = ctx.query;
      const status = q.get("status");
      if (status && !["active", "archived", "readonly", "preparation"].includes(status)) throw fail({ status: 400, ref: 80, summary: "Invalid status" });
      let sites = [...s.sites.values()].filter((x) => x.members.has(email));
      if (status) sites = sites.filter((x) => x.status === status);
      const name = q.get("name")?.toLowerCase();
      if (name) sites = sites.filter((x) => x.name.toLowerCase().includes(name));
      const filterby = q.get("filterby") ?? "recent";
      if (filterby === "favourite") sites = sites.filter((x) => x.favouriteOf.has(email));
      if (filterby === "category") sites = sites.filter((x) => String(x.categoryId) === q.get("categoryid"));
      if (filterby !== "all") {
        const count = Number(q.get("returncount") ?? HIGHQ.sitesDefaultCount) || HIGHQ.sitesDefaultCount;
        sites = byOrder(sites, (x) => lastActivity(s, x), true).slice(0, count);
      }
      return json(ctx, { site: sites.map((x) => siteJson(s, x, x.members.get(email)!)) });
    }),
  );

  r.add(
    "GET",
    "/api/:v/sites/:id",
    api((ctx, caller) => {
      const { site, role } = memberSite(s, caller, Number(ctx.params.id));
      return json(ctx, { site: [siteJson(s, site, role)] });
    }),
  );

  r.add(
    "GET",
    "/api/:v/folders/:id/items",
    api((ctx, caller) => {
      const { folder, role } = folderFor(s, caller, Number(ctx.params.id));
      const { offset, limit } = paging(ctx);
      const type = ctx.query.get("ordertype") ?? "name";
      const key = type === "lastModified" ? (f: Folder) => f.modifiedAt : type === "author" ? (f: Folder) => f.createdBy : (f: Folder) => f.name.toLowerCase();
      const all = byOrder(s.tree.childFolders(folder.id), key, ctx.query.get("orderby") === "desc");
      return json(ctx, { foldertotal: all.length, folder: all.slice(offset, offset + limit).map((f) => folderJson(s, f, role)) });
    }),
  );

  r.add(
    "GET",
    "/api/:v/files",
    api((ctx, caller) => {
      // the docs quote q (q="folderid=1"); both forms are accepted (assumption, spec §4.4)
      const q = (ctx.query.get("q") ?? "").replace(/^"|"$/g, "");
      const [field, value = ""] = q.split("=");
      if (field === "externalfileid") throw fail(HIGHQ.errors.fileMissing, "file not found");
      if (field !== "folderid") throw fail({ status: 400, ref: 79, summary: "Unsupported query; use q=folderid={id}" });
      const { folder } = folderFor(s, caller, Number(value));
      const { offset, limit } = paging(ctx);
      const type = ctx.query.get("ordertype") ?? "name";
      const desc = ctx.query.get("orderby") === "desc";
      const sorted = s.tree.cached(`hq:files:${folder.id}:${type}:${desc}`, () => {
        const key =
          type === "size"
            ? (f: FileEntry) => current(f).size
            : type === "lastModified"
              ? (f: FileEntry) => current(f).at
              : type === "author"
                ? (f: FileEntry) => f.createdBy
                : type === "filetype"
                  ? (f: FileEntry) => splitName(f.name).ext.toLowerCase()
                  : (f: FileEntry) => f.name.toLowerCase();
        return byOrder(s.tree.filesIn(folder.id), key, desc);
      });
      return json(ctx, { filetotal: sorted.length, file: sorted.slice(offset, offset + limit).map(fileListJson) });
    }),
  );

  r.add(
    "GET",
    "/api/:v/files/:id",
    api((ctx, caller) => {
      const f = fileFor(s, caller, Number(ctx.params.id));
      const v = current(f);
      const parts = fileNameParts(f);
      return json(ctx, {
        folderid: f.folderId,
        id: f.id,
        name: parts.name,
        versionid: f.versions.length,
        ...(f.versions.length > 1 ? { versionnote: `Version ${f.versions.length}` } : {}),
        createddate: hqDate(f.createdAt),
        modifieddate: hqDate(v.at),
        type: parts.type,
        originaltype: parts.type,
        size: v.size,
        commentscount: 0,
        likescount: 0,
        location: s.tree.folderPath(f.folderId),
        icon: parts.type || "file",
      });
    }),
  );

  r.add(
    "GET",
    "/api/:v/files/:id/content",
    api(async (ctx, caller) => {
      const f = fileFor(s, caller, Number(ctx.params.id));
      const n = ctx.query.has("version") ? Number(ctx.query.get("version")) : f.versions.length;
      const version = f.versions[n - 1];
      if (!Number.isInteger(n) || !version) throw fail(HIGHQ.errors.fileMissing, "File version does not exist");
      const ext = splitName(f.name).ext;
      return ctx.send(
        200,
        contentChunks(version.spec),
        {
          "Content-Type": mimeForExtension(ext),
          "Content-Disposition": `attachment; filename="${f.name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
        },
        version.size,
      );
    }),
  );

  // assumption (spec §5): a file's iSheet record is the item whose externalid is the file id
  r.add(
    "GET",
    "/api/:v/files/:id/isheetRecordID",
    api((ctx, caller) => {
      const f = fileFor(s, caller, Number(ctx.params.id));
      for (const sheet of s.sheets.values()) {
        if (sheet.siteId !== f.containerId) continue;
        for (const item of sheet.items.values()) if (item.externalid === String(f.id)) return json(ctx, { isheetid: sheet.id, isheetrecordid: item.itemid });
      }
      throw fail(HIGHQ.errors.fileMissing, "No iSheet record for this file");
    }),
  );
}
