/** Control API routes common to both emulators (tests, benchmarks, demo). Mounted under /_control. */
import { z } from "zod";
import { contentHash } from "./content";
import type { FaultInjector } from "./faults";
import { Router, type Ctx } from "./http";
import type { OAuthClient, OAuthStore } from "./oauth";
import { CONTROL_PREFIX } from "./pipeline";
import { current, type FileEntry, type Tree } from "./tree";

export interface ControlTarget {
  tree(): Tree;
  oauth(): OAuthStore;
  faults: FaultInjector;
  counters: Map<string, number>;
  reset(): Promise<void>;
  state(): unknown;
  conditions(): unknown;
  /** validates and merges a partial set of switches; throws on unknown names or bad values */
  setConditions(patch: unknown): unknown;
  grantAccess(email: string, containerId: number, role: string | undefined): void;
  removeAccess(email: string, containerId: number): void;
  /** parent of a new folder created with only a container id (HighQ: the site root; Intralinks: none) */
  topParent(containerId: number): number | null;
  /** email recorded as author of control-API changes */
  actor: string;
  /** file attributes the emulator understands (e.g. Intralinks drm/canDownload) */
  fileAttrs: z.ZodType<Record<string, unknown>>;
}

const id = z.coerce.number().int();
const faultSchema = z.object({
  path: z.string().min(1),
  method: z.string().optional(),
  kind: z.enum(["latency", "status", "reset", "slowBody", "errorIn200"]),
  ms: z.number().int().min(0).optional(),
  status: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503)]).optional(),
  retryAfter: z.number().int().min(0).optional(),
  afterBytes: z.number().int().min(0).optional(),
  bytesPerSecond: z.number().int().min(1).optional(),
  times: z.number().int().min(1).optional(),
  probability: z.number().min(0).max(1).optional(),
  seed: z.number().int().optional(),
});
const clientSchema = z.object({
  secret: z.string().min(1).optional(),
  name: z.string().optional(),
  redirectUris: z.array(z.string()).optional(),
  authVersion: z.enum(["v2", "v3"]).optional(),
  allowRefresh: z.boolean().optional(),
  allowClientCredentials: z.boolean().optional(),
  serviceEmail: z.string().optional(),
});

/** Control view of a file; the SHA-256 only when asked for, since hashing a 1 GiB file takes seconds. */
export async function describeFile(tree: Tree, f: FileEntry, withHash = false) {
  const v = current(f);
  return {
    id: f.id,
    containerId: f.containerId,
    folderId: f.folderId,
    path: `${tree.folderPath(f.folderId)}/${f.name}`,
    name: f.name,
    version: f.versions.length,
    size: v.size,
    kind: v.spec.kind,
    modifiedAt: new Date(v.at).toISOString(),
    deleted: f.deleted,
    attrs: f.attrs,
    ...(withHash ? { sha256: await contentHash(v.spec, "sha256") } : {}),
  };
}

async function body<T>(ctx: Ctx, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse((await ctx.json()) ?? {});
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return parsed.data;
}

export function controlRouter(t: ControlTarget): Router {
  const r = new Router();
  const p = (s: string) => `${CONTROL_PREFIX}${s}`;
  const ok = (ctx: Ctx, value: unknown = { ok: true }) => ctx.sendJson(200, value);

  r.add("GET", p("/state"), (ctx) => ok(ctx, t.state()));
  r.add("POST", p("/reset"), async (ctx) => {
    await t.reset();
    return ok(ctx);
  });

  r.add("GET", p("/counters"), (ctx) => ok(ctx, Object.fromEntries(t.counters)));
  r.add("DELETE", p("/counters"), (ctx) => {
    t.counters.clear();
    return ok(ctx);
  });

  r.add("GET", p("/faults"), (ctx) => ok(ctx, t.faults.list()));
  r.add("POST", p("/faults"), async (ctx) => ok(ctx, t.faults.add(await body(ctx, faultSchema))));
  r.add("DELETE", p("/faults"), (ctx) => {
    t.faults.clear();
    return ok(ctx);
  });

  r.add("GET", p("/conditions"), (ctx) => ok(ctx, t.conditions()));
  r.add("PATCH", p("/conditions"), async (ctx) => ok(ctx, t.setConditions(await ctx.json())));

  r.add("POST", p("/folders"), async (ctx) => {
    const b = await body(ctx, z.object({ parentId: id.optional(), containerId: id.optional(), name: z.string().min(1) }));
    if (b.parentId === undefined) {
      if (b.containerId === undefined) throw new Error("parentId or containerId is required");
      const top = t.topParent(b.containerId);
      return ok(ctx, t.tree().addFolder(b.containerId, top, b.name, t.actor));
    }
    const parent = t.tree().liveFolder(b.parentId);
    if (!parent) throw new Error(`folder ${b.parentId} does not exist`);
    return ok(ctx, t.tree().addFolder(parent.containerId, parent.id, b.name, t.actor));
  });
  r.add("PATCH", p("/folders/:id"), async (ctx) => {
    const b = await body(ctx, z.object({ name: z.string().min(1).optional(), parentId: id.optional() }));
    return ok(ctx, t.tree().updateFolder(Number(ctx.params.id), b, t.actor));
  });
  r.add("DELETE", p("/folders/:id"), (ctx) => {
    t.tree().deleteFolder(Number(ctx.params.id));
    return ok(ctx);
  });

  r.add("POST", p("/files"), async (ctx) => {
    const b = await body(ctx, z.object({ folderId: id, name: z.string().min(1), size: z.number().int().min(0).optional(), attrs: t.fileAttrs.optional() }));
    const f = await t.tree().addFile({ folderId: b.folderId, name: b.name, size: b.size, by: t.actor, attrs: b.attrs });
    return ok(ctx, await describeFile(t.tree(), f));
  });
  r.add("GET", p("/files/:id"), async (ctx) => {
    const f = t.tree().files.get(Number(ctx.params.id));
    if (!f) return ctx.sendJson(404, { error: "no such file" });
    return ok(ctx, await describeFile(t.tree(), f, true));
  });
  r.add("PATCH", p("/files/:id"), async (ctx) => {
    const b = await body(
      ctx,
      z.object({
        name: z.string().min(1).optional(),
        folderId: id.optional(),
        /** true = new content (a new version) */
        change: z.boolean().optional(),
        size: z.number().int().min(0).optional(),
        attrs: t.fileAttrs.optional(),
      }),
    );
    const tree = t.tree();
    const fid = Number(ctx.params.id);
    if (!tree.liveFile(fid)) throw new Error(`file ${fid} does not exist`);
    if (b.change || b.size !== undefined) await tree.changeFile(fid, t.actor, b.size);
    if (b.name) tree.renameFile(fid, b.name);
    if (b.folderId !== undefined) tree.moveFile(fid, b.folderId);
    const f = tree.liveFile(fid)!;
    if (b.attrs) {
      Object.assign(f.attrs, b.attrs);
      tree.revision++;
    }
    return ok(ctx, await describeFile(tree, f));
  });
  r.add("DELETE", p("/files/:id"), (ctx) => {
    t.tree().deleteFile(Number(ctx.params.id));
    return ok(ctx);
  });

  r.add("POST", p("/generate-tree"), async (ctx) => {
    const b = await body(
      ctx,
      z.object({
        parentFolderId: id,
        files: z.number().int().min(0).max(1_000_000),
        folders: z.number().int().min(0).max(100_000),
        minSize: z.number().int().min(0).optional(),
        maxSize: z.number().int().min(0).optional(),
        seed: z.number().int().optional(),
        contracts: z.number().int().min(0).optional(),
      }),
    );
    return ok(ctx, await t.tree().generate({ ...b, by: t.actor }));
  });

  const access = z.object({ email: z.string().min(1), containerId: id, role: z.string().optional() });
  r.add("PUT", p("/access"), async (ctx) => {
    const b = await body(ctx, access);
    t.grantAccess(b.email, b.containerId, b.role);
    return ok(ctx);
  });
  r.add("DELETE", p("/access"), async (ctx) => {
    const b = await body(ctx, access);
    t.removeAccess(b.email, b.containerId);
    return ok(ctx);
  });

  r.add("POST", p("/tokens/expire"), async (ctx) => {
    const b = await body(ctx, z.object({ email: z.string() }));
    return ok(ctx, { affected: t.oauth().expireUser(b.email) });
  });
  r.add("POST", p("/tokens/revoke"), async (ctx) => {
    const b = await body(ctx, z.object({ email: z.string() }));
    return ok(ctx, { affected: t.oauth().revokeUser(b.email) });
  });
  r.add("PUT", p("/lifetimes"), async (ctx) => {
    const b = await body(
      ctx,
      z.object({ accessSeconds: z.number().min(0).optional(), refreshSeconds: z.number().min(0).optional(), codeSeconds: z.number().min(0).optional() }),
    );
    const o = t.oauth();
    o.lifetimes = { ...o.lifetimes, ...b };
    return ok(ctx, o.lifetimes);
  });

  r.add("GET", p("/clients"), (ctx) => ok(ctx, [...t.oauth().clients.values()]));
  r.add("PUT", p("/clients/:id"), async (ctx) => {
    const b = await body(ctx, clientSchema);
    const clients = t.oauth().clients;
    const existing = clients.get(ctx.params.id);
    if (!existing && !b.secret) throw new Error("a new client needs a secret");
    const merged = { id: ctx.params.id, name: "Registered application", redirectUris: [], ...existing, ...b } as OAuthClient;
    clients.set(merged.id, merged);
    return ok(ctx, merged);
  });
  r.add("DELETE", p("/clients/:id"), (ctx) => {
    t.oauth().clients.delete(ctx.params.id);
    return ok(ctx);
  });
  return r;
}
