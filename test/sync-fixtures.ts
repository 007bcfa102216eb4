import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db";
import { documents, documentVersions, syncRemoteItems } from "@/lib/db/schema";
import { createFolder } from "@/lib/files/folders";
import type { JobIO } from "@/lib/jobs/definition";
import { demo } from "@/emulators";
import { makeDivision, makeUser, refresh, unique } from "@/test/factories";
import { authorise, makeIntegration, type TestEmulators } from "@/test/remote-connections";
import { configureSyncSource } from "@/lib/sync/sources";

/** The remote containers the sync tests write into: HighQ "Project Atlas", Intralinks "Atlas VDR" (splash). */
export const CONTAINERS = { highq: 101, intralinks: 2001 } as const;
export const ALICE = demo.users[0].email;

/** Plain steps: each call runs (no memo), like a first attempt. */
export const plainIO: Pick<JobIO, "step" | "attempt" | "maxAttempts"> = { step: (_name, fn) => fn(), attempt: 1, maxAttempts: 5 };

/**
 * A division member authorised as Alice, a local folder, and a fresh remote folder (so tests in
 * one file never see each other's files) configured as the folder's sync source.
 */
export async function syncFixture(emulators: TestEmulators, provider: "highq" | "intralinks", options: { files?: number; folders?: number } = {}) {
  const member = await makeUser();
  const division = await makeDivision([{ actor: member, role: "member" }]);
  const actor = await refresh(member);
  const folderId = await createFolder(actor, { divisionId: division.id, parentId: null, name: unique("Synced") });
  const integrationId = await makeIntegration(emulators, provider);
  await authorise(actor, integrationId, ALICE);
  const control = emulators[provider].control;
  const remoteFolder = await control.createTopFolder(CONTAINERS[provider], unique("Sync"));
  const generated = options.files
    ? await control.generateTree({ parentFolderId: remoteFolder.id, files: options.files, folders: options.folders ?? 2, minSize: 1_000, maxSize: 200_000, seed: 7 })
    : { fileIds: [], folderIds: [], totalBytes: 0 };
  const syncSourceId = await configureSyncSource(actor, {
    folderId,
    integrationId,
    workspaceId: String(CONTAINERS[provider]),
    path: `/${remoteFolder.name}`,
    intervalMinutes: 60,
  });
  return { actor, division, folderId, integrationId, control, remoteFolder, syncSourceId, fileIds: [...generated.fileIds] };
}

/** Local documents a source brought in, by remote id, with their current SHA-256 and version count. */
export async function syncedDocuments(syncSourceId: string) {
  const rows = await db
    .select({
      remoteId: syncRemoteItems.remoteId,
      documentId: documents.id,
      name: documents.name,
      folderId: documents.folderId,
      versionCount: documents.versionCount,
      removedAtSourceAt: documents.removedAtSourceAt,
      source: documents.source,
      remotePath: documents.remotePath,
      sha256: documentVersions.sha256,
    })
    .from(syncRemoteItems)
    .innerJoin(documents, eq(documents.id, syncRemoteItems.documentId))
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), eq(documentVersions.versionNumber, documents.versionCount)))
    .where(eq(syncRemoteItems.syncSourceId, syncSourceId));
  return new Map(rows.map((row) => [row.remoteId, row]));
}

/** Every local document of the division, to catch duplicates the remote-item map would hide. */
export async function divisionDocumentCount(divisionId: string) {
  return (await db.select({ id: documents.id }).from(documents).where(and(eq(documents.divisionId, divisionId), isNull(documents.removedAtSourceAt)))).length;
}

/**
 * Checks the local copy against the emulator: each remote file present exactly once, with the
 * SHA-256 the emulator reports for its current version.
 */
export async function expectMirrors(fixture: Awaited<ReturnType<typeof syncFixture>>, fileIds: number[]) {
  const synced = await syncedDocuments(fixture.syncSourceId);
  const problems: string[] = [];
  for (const id of fileIds) {
    const remote = await fixture.control.file(id);
    const local = synced.get(String(id));
    if (!local) problems.push(`${remote.path}: missing`);
    else if (local.sha256 !== remote.sha256) problems.push(`${remote.path}: sha ${local.sha256} ≠ ${remote.sha256}`);
  }
  const count = await divisionDocumentCount(fixture.division.id);
  if (count !== fileIds.length) problems.push(`${count} documents for ${fileIds.length} remote files`);
  return problems;
}
