import { randomUUID } from "node:crypto";
import { demo } from "@/emulators";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions, folders } from "@/lib/db/schema";
import { HighqIsheets } from "@/lib/connectors/highq";
import { reusedTokensFor } from "@/lib/integrations/tokens";
import { remoteFor } from "@/lib/integrations/remote";
import { getIntegrationOrThrow } from "@/lib/integrations/integrations";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { authorise, makeIntegration, type TestEmulators } from "@/test/remote-connections";
import { createIntegrationTarget } from "@/lib/reports/integration-targets";
import { createReportTarget } from "@/lib/reports/report-targets";
import { requestReportRun, runReport } from "@/lib/reports/run-report";

const COLUMNS = { document: "1201", law: "1204", words: "1208" };

/**
 * `isheet_push_vs_raw` for `npm run bench`: a report run creating `rows` iSheet rows against the
 * emulator, over raw row POSTs (one item each, `concurrency` at once, the same values) to the same
 * sheet in the same process. Documents and their insights are inserted directly: extraction is
 * measured separately. Needs a migrated database and running emulators (test/remote-connections).
 */
export async function benchIsheetPush(emulators: TestEmulators, { rows = 500, concurrency = 4 } = {}) {
  const user = await makeUser();
  const division = await makeDivision([{ actor: user, role: "admin" }]);
  const admin = await refresh(user);
  const integrationId = await makeIntegration(emulators, "highq");
  const connectionId = await authorise(admin, integrationId, demo.users[0].email);
  const [folder] = await db.insert(folders).values({ divisionId: division.id, name: "Bench" }).returning();

  const values = Array.from({ length: rows }, (_, i) => ({ name: `bench-${i}.pdf`, law: i % 2 ? "England and Wales" : "New York", words: 1000 + i }));
  for (let start = 0; start < rows; start += 500) {
    const slice = values.slice(start, start + 500);
    const docs = await db
      .insert(documents)
      .values(slice.map((v) => ({ divisionId: division.id, folderId: folder.id, name: v.name, size: 1000, mediaType: "application/pdf" })))
      .returning();
    const versions = await db
      .insert(documentVersions)
      .values(docs.map((d) => ({ documentId: d.id, versionNumber: 1, size: 1000, mediaType: "application/pdf", sha256: "0".repeat(64), storageKey: "0".repeat(64), createdBy: null })))
      .returning();
    await db.insert(documentInsights).values(
      versions.map((version, i) => ({
        documentVersionId: version.id,
        documentId: docs[i].id,
        divisionId: division.id,
        status: "ok" as const,
        fields: { governingLaw: { value: slice[i].law }, wordCount: { value: slice[i].words } },
      })),
    );
  }

  // Raw baseline: the same rows, one POST each, straight to the emulator.
  const integration = await getIntegrationOrThrow(integrationId);
  const remote = remoteFor(integration);
  const isheets = new HighqIsheets({ baseUrl: remote.baseUrl, allowedHosts: remote.allowedHosts, tokens: reusedTokensFor(connectionId) });
  const rawStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < rows) {
        const v = values[next++];
        await isheets.createItems("301", [{ externalId: `raw-${randomUUID()}`, values: { [COLUMNS.document]: v.name, [COLUMNS.law]: v.law, [COLUMNS.words]: v.words } }]);
      }
    }),
  );
  const rawMs = performance.now() - rawStarted;

  const targetId = await createIntegrationTarget(admin, { divisionId: division.id, name: "Bench", integrationId, siteId: "101", sheetId: "301" });
  const reportTargetId = await createReportTarget(admin, {
    divisionId: division.id,
    name: "Bench",
    integrationTargetId: targetId,
    folderId: null,
    scheduleHours: null,
    mapping: [
      { field: "fileName", columnId: COLUMNS.document },
      { field: "governingLaw", columnId: COLUMNS.law },
      { field: "wordCount", columnId: COLUMNS.words },
    ],
  });
  const pushStarted = performance.now();
  const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId, { concurrency });
  const pushMs = performance.now() - pushStarted;
  if (summary.created !== rows) throw new Error(`the report created ${summary.created}/${rows} rows`);
  return { isheet_push_vs_raw: Math.round((rawMs / pushMs) * 100) / 100, isheet_rows: rows };
}
