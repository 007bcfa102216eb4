import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import { documents, syncRemoteItems } from "@/lib/db/schema";
import { sanitizeFilename } from "@/lib/files/filenames";

/**
 * Local names for remote files. Both APIs allow two files of one name in a folder; each remote
 * file is its own local document, so the second (by the order it is recorded in, lower remote id
 * first within a run) becomes `Name (2).pdf`. Once given, a name stays: a document keeps it while
 * the remote name still fits it (`Name.pdf` or `Name (n).pdf`), and takes the remote's new name
 * when the remote file is renamed.
 */

const NAME_LIMIT = 200;

function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? { base: name.slice(0, dot), extension: name.slice(dot) } : { base: name, extension: "" };
}

/** `Name.pdf`, `Name (2).pdf`, `Name (3).pdf` … (the base is shortened so the name stays storable). */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name;
  const { base, extension } = splitExtension(name);
  const suffix = ` (${n})${extension}`;
  return `${base.slice(0, Math.max(1, NAME_LIMIT - suffix.length))}${suffix}`;
}

/** Whether a local name is the remote name, or one of its numbered forms. */
export function nameFits(local: string, remote: string): boolean {
  if (local === remote) return true;
  const match = /^(.*) \((\d+)\)(\.[^.]*)?$/.exec(local);
  if (!match || Number(match[2]) < 2) return false;
  return numberedName(remote, Number(match[2])) === local;
}

/** The local name a remote file name asks for. */
export const localNameFor = (remoteName: string) => sanitizeFilename(remoteName);

export type NameRequest = {
  /** The caller's key for the answer. */
  key: string;
  folderId: string;
  /** The sanitised remote name. */
  name: string;
  /** New remote files may become the next version of an uploaded document of that name no remote file owns. */
  mayAdopt: boolean;
};

export type NameAnswer = { name: string; adoptDocumentId?: string };

/** Candidates asked for per request and round; more rounds only when a folder holds many numbered copies. */
const WINDOW = 8;

/**
 * Picks a free name in the target folder for each request, in the order given, never the same
 * name twice. Reads only exact candidate names (the folder/name index), in rounds of a few
 * numbers. A concurrent writer taking a name first makes the caller's insert fail on the unique
 * index, and the caller's transaction is retried.
 */
export async function assignNames(tx: Tx, requests: NameRequest[]): Promise<Map<string, NameAnswer>> {
  const answers = new Map<string, NameAnswer>();
  const taken = new Map<string, { id: string; owned: boolean } | null>();
  const slot = (folderId: string, name: string) => `${folderId}\u0000${name}`;
  const nextNumber = new Map<string, number>();
  let pending = requests;
  for (let round = 0; pending.length > 0; round++) {
    const wanted = new Map<string, { folderId: string; name: string }>();
    for (const request of pending) {
      const start = round * WINDOW + 1;
      for (let n = start; n < start + WINDOW; n++) {
        const name = numberedName(request.name, n);
        if (!taken.has(slot(request.folderId, name))) wanted.set(slot(request.folderId, name), { folderId: request.folderId, name });
      }
    }
    const pairs = [...wanted.values()];
    for (const pair of pairs) taken.set(slot(pair.folderId, pair.name), null);
    if (pairs.length > 0) {
      const rows = await tx.execute<{ id: string; folder_id: string; name: string; owned: boolean }>(sql`
        select d.id, d.folder_id, d.name, exists (select 1 from ${syncRemoteItems} r where r.document_id = d.id) as owned
        from ${documents} d
        join unnest(${sql.param(pairs.map((pair) => pair.folderId))}::uuid[], ${sql.param(pairs.map((pair) => pair.name))}::text[]) as w(folder_id, name)
          on d.folder_id = w.folder_id and d.name = w.name`);
      for (const row of rows.rows) taken.set(slot(row.folder_id, row.name), { id: row.id, owned: Boolean(row.owned) });
    }
    const unanswered: NameRequest[] = [];
    for (const request of pending) {
      const group = `${request.folderId}\u0000${request.name}`;
      const existing = taken.get(slot(request.folderId, request.name));
      if (request.mayAdopt && existing && !existing.owned) {
        // Claimed now: the next remote file of that name gets a numbered name.
        taken.set(slot(request.folderId, request.name), { ...existing, owned: true });
        answers.set(request.key, { name: request.name, adoptDocumentId: existing.id });
        continue;
      }
      const limit = (round + 1) * WINDOW;
      let n = nextNumber.get(group) ?? 1;
      while (n <= limit && taken.get(slot(request.folderId, numberedName(request.name, n))) !== null) n++;
      if (n > limit) {
        nextNumber.set(group, n);
        unanswered.push(request);
        continue;
      }
      const name = numberedName(request.name, n);
      taken.set(slot(request.folderId, name), { id: "", owned: true });
      nextNumber.set(group, n + 1);
      answers.set(request.key, { name });
    }
    pending = unanswered;
  }
  return answers;
}

export type Placement = { key: string; name: string; folderId: string; targetFolderId: string; remoteName: string };

/**
 * Where each synced document belongs after its remote file was renamed or moved: where it is when
 * its folder is the remote's and its name still fits the remote name, otherwise the remote's name
 * (numbered when taken) in the remote's folder.
 */
export async function placeDocuments(tx: Tx, placements: Placement[]): Promise<Map<string, { name: string; folderId: string }>> {
  const moving = placements.filter((placement) => placement.folderId !== placement.targetFolderId || !nameFits(placement.name, localNameFor(placement.remoteName)));
  const names = await assignNames(
    tx,
    moving.map((placement) => ({ key: placement.key, folderId: placement.targetFolderId, name: localNameFor(placement.remoteName), mayAdopt: false })),
  );
  return new Map(
    placements.map((placement) => {
      const answer = names.get(placement.key);
      return [placement.key, answer ? { name: answer.name, folderId: placement.targetFolderId } : { name: placement.name, folderId: placement.folderId }];
    }),
  );
}
