import { randomUUID } from "node:crypto";
import { demo } from "@/emulators";
import { db } from "@/lib/db";
import { documentInsights, documents, documentVersions, folders } from "@/lib/db/schema";
import { HighqIsheets, type IsheetItemInput } from "@/lib/connectors/highq";
import { reusedTokensFor } from "@/lib/integrations/tokens";
import { remoteFor } from "@/lib/integrations/remote";
import { getIntegrationOrThrow } from "@/lib/integrations/integrations";
import { makeDivision, makeUser, refresh } from "@/test/factories";
import { countQueries } from "@/test/query-counter";
import { authorise, makeIntegration, type TestEmulators } from "@/test/remote-connections";
import { createIntegrationTarget } from "@/lib/reports/integration-targets";
import { createReportTarget } from "@/lib/reports/report-targets";
import { requestReportRun, runReport } from "@/lib/reports/run-report";
import { figure, logger, pair, round } from "./harness";

const SHEET = "301";
const COLUMNS = { document: "1201", law: "1204", words: "1208" };
const log = logger("bench:isheet");

/**
 * `isheet_push_vs_raw` for `npm run bench`: per round, a report run creating `rows` iSheet rows
 * against the emulator, over raw batched POSTs of the same values to the same (emptied) sheet. The
 * raw side sends the batches Ferry sent, in size and number: Ferry's batch size is not exported, so
 * the warm-up round records the batches its report run sends and the raw rounds replay them, one
 * request at a time as Ferry sends them. Documents and insights are inserted directly (extraction
 * is measured separately). Needs a migrated database and running emulators.
 */
export async function benchIsheetPush(emulators: TestEmulators, { rows = 1000, rounds = 5 } = {}) {
  const user = await makeUser();
  const division = await makeDivision([{ actor: user, role: "admin" }]);
  const admin = await refresh(user);
  const integrationId = await makeIntegration(emulators, "highq");
  const connectionId = await authorise(admin, integrationId, demo.users[0].email);
  const integrationTargetId = await createIntegrationTarget(admin, { divisionId: division.id, name: "Bench", integrationId, siteId: "101", sheetId: SHEET });
  const remote = remoteFor(await getIntegrationOrThrow(integrationId));
  const isheets = new HighqIsheets({ baseUrl: remote.baseUrl, allowedHosts: remote.allowedHosts, tokens: reusedTokensFor(connectionId) });
  const values = Array.from({ length: rows }, (_, i) => ({ name: `bench-${i}.pdf`, law: i % 2 ? "England and Wales" : "New York", words: 1000 + i }));

  // Each side starts from an empty sheet: Ferry reads the sheet's rows once per run, and must not find the other side's.
  const emptySheet = () => emulators.highq.control.clearSheetItems(Number(SHEET));

  /** A folder of `rows` documents with finished insights, and a report target over that folder only. */
  async function reportOverNewFolder(r: number) {
    const [folder] = await db.insert(folders).values({ divisionId: division.id, name: `Bench ${r}` }).returning();
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
    return createReportTarget(admin, {
      divisionId: division.id,
      name: `Bench ${r}`,
      integrationTargetId,
      folderId: folder.id,
      scheduleHours: null,
      mapping: [
        { field: "fileName", columnId: COLUMNS.document },
        { field: "governingLaw", columnId: COLUMNS.law },
        { field: "wordCount", columnId: COLUMNS.words },
      ],
    });
  }

  let queries = 0;
  let remoteCalls = 0;
  /** Ferry's report run, its queries and remote calls counted; `onBatch` sees the size of every create request it sends. */
  async function push(reportTargetId: string, onBatch?: (size: number) => void) {
    const original = HighqIsheets.prototype.createItems;
    if (onBatch)
      HighqIsheets.prototype.createItems = function (this: HighqIsheets, sheetId: string, items: IsheetItemInput[]) {
        onBatch(items.length);
        return original.call(this, sheetId, items);
      };
    await emptySheet();
    await emulators.highq.control.resetCounters();
    const counter = countQueries();
    try {
      const summary = await runReport((await requestReportRun(admin, reportTargetId)).runId);
      if (summary.created !== rows) throw new Error(`the report created ${summary.created}/${rows} rows`);
    } finally {
      queries = counter.stop();
      HighqIsheets.prototype.createItems = original;
    }
    remoteCalls = Object.values(await emulators.highq.control.counters()).reduce((total, n) => total + n, 0);
  }

  const batches: number[] = [];
  const raw = async () => {
    await emptySheet();
    let start = 0;
    for (const size of batches) {
      const batch = values.slice(start, (start += size));
      const results = await isheets.createItems(SHEET, batch.map((v) => ({ externalId: `raw-${randomUUID()}`, values: { [COLUMNS.document]: v.name, [COLUMNS.law]: v.law, [COLUMNS.words]: v.words } })));
      // A refused row is answered fast: the baseline counts only if every row was created.
      const created = results.filter((result) => result.itemId && (result.status === "" || result.status.toUpperCase() === "SUCCESS")).length;
      if (created !== size) throw new Error(`raw POST created ${created}/${size} rows`);
    }
  };

  const ratios: number[] = [];
  // Round -1 (Ferry first) records Ferry's batches and warms both paths up; it is not counted.
  for (let r = -1; r < rounds; r++) {
    const reportTargetId = await reportOverNewFolder(r);
    const { rawMs, ferryMs } = await pair(r, raw, () => push(reportTargetId, r < 0 ? (size) => batches.push(size) : undefined));
    if (r < 0) {
      if (batches.length < 2 || batches.reduce((a, b) => a + b, 0) !== rows) throw new Error(`Ferry's batches (${batches.join(", ")}) do not add up to ${rows} rows in more than one request`);
      continue;
    }
    ratios.push(rawMs / ferryMs);
    log(`round ${r + 1}: raw ${round(rawMs, 0)} ms, Ferry ${round(ferryMs, 0)} ms for ${rows} rows in ${batches.length} requests`);
  }
  return { ...figure("isheet_push_vs_raw", ratios), isheet_rows: rows, isheet_batch_size: Math.max(...batches), isheet_db_queries: queries, isheet_remote_calls: remoteCalls };
}
