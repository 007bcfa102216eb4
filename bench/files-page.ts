/**
 * `npm run bench:files`: how the Files page's document query behaves in a folder of 10,000
 * documents, as a ratio to the same query in a folder of 10 (measured in the same run).
 * Prints one JSON line. Runs against its own embedded database.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../scripts/database";

const database = await prepareDatabase({ dataDir: ".data/bench-postgres", port: 5436, name: "ferry_bench", fresh: true });
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.FERRY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");

const { db } = await import("@/lib/db");
const { closeDatabase } = await import("@/lib/db/client");
const { documents, divisions, folders, memberships, users } = await import("@/lib/db/schema");
const { loadActor } = await import("@/lib/auth/load-actor");
const { listDocuments } = await import("@/lib/files/documents");

const [user] = await db.insert(users).values({ email: "bench@example.test" }).returning();
const [division] = await db.insert(divisions).values({ name: "Bench" }).returning();
await db.insert(memberships).values({ userId: user.id, divisionId: division.id, role: "member" });
const [big, small] = await db.insert(folders).values([{ divisionId: division.id, name: "Big" }, { divisionId: division.id, name: "Small" }]).returning();

async function fill(folderId: string, count: number) {
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      divisionId: division.id,
      folderId,
      name: `Contract ${String(start + i).padStart(5, "0")} ${randomBytes(3).toString("hex")}.pdf`,
      size: 1000 + ((start + i) * 7919) % 5_000_000,
      mediaType: "application/pdf",
    }));
    await db.insert(documents).values(batch);
  }
}
await fill(big.id, 10_000);
await fill(small.id, 10);
await db.execute("ANALYZE documents");
const actor = (await loadActor(user.id))!;

async function median(run: () => Promise<unknown>, times = 30) {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

const query = (folderId: string, extra: Partial<{ sort: "name" | "-size" | "-updated"; page: number; search: string }> = {}) =>
  listDocuments(actor, { folderId, sort: "name", page: 1, pageSize: 50, ...extra });

const baseline = await median(() => query(small.id));
const results = {
  baseline_ms: Number(baseline.toFixed(2)),
  first_page_by_name: await median(() => query(big.id)) / baseline,
  last_page_by_name: await median(() => query(big.id, { page: 200 })) / baseline,
  first_page_by_size: await median(() => query(big.id, { sort: "-size" })) / baseline,
  search: await median(() => query(big.id, { search: "04321" })) / baseline,
};
console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([key, value]) => [key.endsWith("_ms") ? key : `${key}_vs_10_docs`, Number(value.toFixed(2))]))));
await closeDatabase();
await database.stop();
process.exit(0);
