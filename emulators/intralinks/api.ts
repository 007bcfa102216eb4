/** Intralinks v2 resources: users, workspaces, splash, folders, documents, permissions, download (spec §3–§5). */
import { createHash, randomBytes } from "node:crypto";
import { contentChunks, contentHash, encryptedChunks, mimeForExtension } from "../shared/content";
import type { Ctx, Router } from "../shared/http";
import type { TokenPair } from "../shared/oauth";
import { current, splitName, type FileEntry, type Folder } from "../shared/tree";
import { INTRALINKS } from "./assumptions";
import type { Drm, IntralinksState, Workspace } from "./state";

export class IntralinksError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`intralinks error ${status}`);
  }
}

export interface Caller {
  user: IntralinksState["users"][number];
  pair: TokenPair;
}

const ms = (t: number) => ({ milliseconds: t });
const lockToken = (kind: string, id: number, version: number) => createHash("sha1").update(`${kind}:${id}:${version}`).digest("hex");

export function authenticate(ctx: Ctx, s: IntralinksState): Caller {
  const token = /^Bearer\s+(.+)$/i.exec(ctx.header("authorization") ?? "")?.[1]?.trim() ?? "";
  const check = s.oauth.check(token);
  if (check.status === "ended-elsewhere") throw new IntralinksError(403, INTRALINKS.endedElsewhere);
  if (check.status !== "ok") throw new IntralinksError(401, INTRALINKS.invalidToken(token));
  const user = s.user(check.pair.email);
  if (!user) throw new IntralinksError(401, INTRALINKS.invalidToken(token));
  return { user, pair: check.pair };
}

export function addResourceRoutes(r: Router, s: IntralinksState, api: (h: (ctx: Ctx, caller: Caller) => unknown) => (ctx: Ctx) => unknown) {
  const ok = (ctx: Ctx, body: Record<string, unknown>, status = 200) => ctx.sendJson(status, { status: INTRALINKS.okStatus, ...body });

  const person = (email: string) => {
    const u = s.user(email);
    return u ? { firstName: u.firstName, lastName: u.lastName, organization: u.org } : { firstName: email, lastName: "", organization: "" };
  };
  const gatekeepersOf = (w: Workspace) =>
    w.gatekeepers.map((e) => {
      const u = s.user(e);
      return { firstName: u?.firstName ?? "", lastName: u?.lastName ?? "", emailId: e, organization: u?.org ?? "" };
    });
  const isRestricted = (w: Workspace, email: string) => (s.conditions.restrictedWorkspaces[String(w.id)] ?? []).some((e) => e.toLowerCase() === email.toLowerCase());

  /** Workspace the caller belongs to; otherwise "cannot find entity" (spec §6). */
  const memberWorkspace = (caller: Caller, wid: number): Workspace => {
    const w = s.workspaces.get(wid);
    if (!w || !w.members.has(caller.user.email.toLowerCase())) throw new IntralinksError(400, INTRALINKS.notFound);
    return w;
  };
  /** As memberWorkspace, and not blocked by a gatekeeper, and entered with this token. */
  const enteredWorkspace = (caller: Caller, wid: number): Workspace => {
    const w = memberWorkspace(caller, wid);
    if (isRestricted(w, caller.user.email)) throw new IntralinksError(403, INTRALINKS.restricted(gatekeepersOf(w)));
    if (!s.entered.has(`${caller.pair.accessToken}:${w.id}`)) throw new IntralinksError(303, INTRALINKS.notEntered);
    return w;
  };

  const workspaceJson = (w: Workspace, email: string) => {
    const restricted = isRestricted(w, email);
    return {
      id: w.id,
      name: w.name,
      workspaceName: w.name,
      host: "emulator",
      phase: w.phase,
      type: w.type,
      securityLevel: w.securityLevel,
      parentTemplateId: 0,
      version: lockToken("workspace", w.id, 1),
      versionNumber: 1,
      pvpEnabled: "F",
      htmlViewEnabled: "T",
      statistics: { newTasks: 0, newParticipantRequests: 0 },
      accessRestricted: restricted,
      ...(restricted ? { gatekeepers: gatekeepersOf(w) } : {}),
    };
  };

  /** "1", "1.2", "1.2.3": folders first, then documents, each in creation order. */
  const indexNumbers = (wid: number): Map<number, string> =>
    s.tree.cached(`il:index:${wid}`, () => {
      const out = new Map<number, string>();
      const folders = s.tree.foldersOf(wid);
      const walk = (parent: number | null, prefix: string) => {
        let n = 0;
        for (const f of folders.filter((x) => x.parentId === parent).sort((a, b) => a.id - b.id)) {
          const idx = `${prefix}${++n}`;
          out.set(f.id, idx);
          walk(f.id, `${idx}.`);
        }
        if (parent !== null) for (const d of s.tree.filesIn(parent).sort((a, b) => a.id - b.id)) out.set(d.id, `${prefix}${++n}`);
      };
      walk(null, "");
      return out;
    });

  const folderJson = (f: Folder) => {
    const hasChildFolders = s.tree.childFolders(f.id).length > 0;
    return {
      id: f.id,
      name: f.name,
      ...(f.parentId === null ? {} : { parentId: f.parentId }),
      indexNumber: indexNumbers(f.containerId).get(f.id),
      orderNumber: f.id,
      hasChildFolders,
      version: lockToken("folder", f.id, 1),
      versionNumber: 1,
      createdOn: ms(f.createdAt),
      createdBy: person(f.createdBy),
      lastModifiedOn: ms(f.modifiedAt),
      lastModifiedBy: person(f.modifiedBy),
      isFavorite: false,
      isEmailin: false,
      indexingDisabled: false,
    };
  };

  const drmOf = (d: FileEntry): Drm => (d.attrs.drm as Drm | undefined) ?? (s.conditions.encryptedWorkspaces.includes(d.containerId) ? (INTRALINKS.encryptedWorkspaceDrm as Drm) : "NONE");
  const canDownload = (d: FileEntry) => d.attrs.canDownload !== false;

  const documentJson = async (d: FileEntry, w: Workspace, email: string) => {
    const v = current(d);
    const { base, ext } = splitName(d.name);
    return {
      id: d.id,
      name: base,
      extension: ext ? `.${ext}` : "",
      parentId: d.folderId,
      indexNumber: indexNumbers(d.containerId).get(d.id),
      fileSize: v.size,
      fileHash: await contentHash(v.spec, "sha1"),
      version: lockToken("document", d.id, d.versions.length),
      versionNumber: d.versions.length,
      createdBy: person(d.createdBy),
      createdOn: ms(d.createdAt),
      lastModifiedBy: person(v.by),
      lastModifiedOn: ms(v.at),
      drm: drmOf(d),
      permission: w.members.get(email.toLowerCase()),
      canDownload: canDownload(d),
    };
  };

  /** Optional paging (spec §3.6): only when `limit` is given. */
  const page = <T>(ctx: Ctx, all: T[]): { items: T[]; paging?: { offset: number; limit: number; total: number } } => {
    if (!ctx.query.has("limit")) return { items: all };
    const offset = Number(ctx.query.get("offset") ?? 0);
    const limit = Number(ctx.query.get("limit"));
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) throw new IntralinksError(400, INTRALINKS.badPaging);
    return { items: all.slice(offset, offset + limit), paging: { offset, limit, total: all.length } };
  };

  const documentIn = (w: Workspace, did: number): FileEntry => {
    const d = s.tree.liveFile(did);
    if (!d || d.containerId !== w.id) throw new IntralinksError(400, INTRALINKS.notFound);
    return d;
  };

  r.add(
    "GET",
    "/v2/users/:email",
    api((ctx, caller) => {
      const u = ctx.params.email === "me" ? caller.user : s.user(ctx.params.email);
      if (!u) throw new IntralinksError(400, INTRALINKS.notFound);
      return ok(ctx, { user: { userId: u.userId, emailId: u.email, firstName: u.firstName, lastName: u.lastName, organization: u.org } });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces",
    api((ctx, caller) => {
      const email = caller.user.email.toLowerCase();
      const list = [...s.workspaces.values()].filter((w) => w.members.has(email));
      return ok(ctx, { workspace: list.map((w) => workspaceJson(w, email)) });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid",
    api((ctx, caller) => ok(ctx, { workspace: workspaceJson(memberWorkspace(caller, Number(ctx.params.wid)), caller.user.email) })),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/splash",
    api((ctx, caller) => {
      const w = memberWorkspace(caller, Number(ctx.params.wid));
      return ok(ctx, {
        splash: { splashRequired: w.splashRequired, acceptText: "I accept", splashText: w.splashText, displayType: "TEXT", splashType: "STANDARD", securityLevel: w.securityLevel },
      });
    }),
  );

  r.add(
    "POST",
    "/v2/workspaces/:wid/splash",
    api(async (ctx, caller) => {
      const w = memberWorkspace(caller, Number(ctx.params.wid));
      if (isRestricted(w, caller.user.email)) throw new IntralinksError(403, INTRALINKS.restricted(gatekeepersOf(w)));
      const body = (await ctx.json()) as { acceptSplash?: boolean } | undefined;
      if (w.splashRequired && body?.acceptSplash !== true) throw new IntralinksError(400, INTRALINKS.splashNotAccepted);
      const state = INTRALINKS.entryState(w.securityLevel);
      if (state === "ALLOW") s.entered.add(`${caller.pair.accessToken}:${w.id}`);
      return ctx.sendJson(201, { state });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/folders",
    api((ctx, caller) => {
      const w = enteredWorkspace(caller, Number(ctx.params.wid));
      const { items, paging } = page(ctx, s.tree.foldersOf(w.id).sort((a, b) => a.id - b.id));
      return ok(ctx, { folder: items.map(folderJson), ...(paging ? { paging } : {}) });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/folders/:fid/contents",
    api(async (ctx, caller) => {
      const w = enteredWorkspace(caller, Number(ctx.params.wid));
      const folder = s.tree.liveFolder(Number(ctx.params.fid));
      if (!folder || folder.containerId !== w.id) throw new IntralinksError(400, INTRALINKS.notFound);
      const folders = s.tree.childFolders(folder.id).map((f) => ({ ...folderJson(f), type: "FOLDER" }));
      const docs = await Promise.all(s.tree.filesIn(folder.id).map(async (d) => ({ ...(await documentJson(d, w, caller.user.email)), type: "DOCUMENT" })));
      return ok(ctx, { contentList: { docFolderList: [...folders, ...docs] } });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/documents",
    api(async (ctx, caller) => {
      const w = enteredWorkspace(caller, Number(ctx.params.wid));
      const folderId = ctx.query.get("folderId");
      const all = s.tree.cached(`il:docs:${w.id}:${folderId ?? ""}`, () =>
        (folderId ? s.tree.filesIn(Number(folderId)).filter((d) => d.containerId === w.id) : s.tree.filesOf(w.id)).sort((a, b) => a.id - b.id),
      );
      const { items, paging } = page(ctx, all);
      const document = await Promise.all(items.map((d) => documentJson(d, w, caller.user.email)));
      return ok(ctx, { document, ...(paging ? { paging } : {}) });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/documents/:did/permissions",
    api((ctx, caller) => {
      const w = enteredWorkspace(caller, Number(ctx.params.wid));
      const d = documentIn(w, Number(ctx.params.did));
      const permissions = [...w.members].map(([email, permission]) => ({
        granteeInfo: { granteeId: s.user(email)?.userId ?? 0, granteeType: "USER", isWorkspaceUser: true },
        permission,
        drm: drmOf(d),
        isInherited: true,
      }));
      return ok(ctx, { permissions });
    }),
  );

  r.add(
    "GET",
    "/v2/workspaces/:wid/documents/:did/file",
    api(async (ctx, caller) => {
      const w = enteredWorkspace(caller, Number(ctx.params.wid));
      const d = documentIn(w, Number(ctx.params.did));
      const v = current(d);
      if (!canDownload(d)) {
        // seen (spec §5): a viewer-only document fails with HTTP 500 and an XML body, subcode 999
        return ctx.send(500, INTRALINKS.serverErrorXml(randomBytes(6).toString("hex")), { "Content-Type": "application/xml" });
      }
      const ext = splitName(d.name).ext;
      const headers: Record<string, string> = {
        "Content-Type": mimeForExtension(ext),
        "Content-Disposition": `attachment; filename="${d.name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(d.name)}`,
      };
      if (drmOf(d) !== "NONE") {
        // assumption (spec §5): protected documents download as encrypted bytes, flagged by a header
        headers["X-Intralinks-Protected"] = "true";
        return ctx.send(200, encryptedChunks(v.spec, `${d.id}:${d.versions.length}`), headers, v.size);
      }
      return ctx.send(200, contentChunks(v.spec), headers, v.size);
    }),
  );
}
