import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { jobBackend } from "@/lib/env";
import { blobStoreHealth } from "@/lib/storage";

export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}

/** Where jobs run and whether that can work: Inngest in cloud mode needs its signing key. */
export function jobsHealth(vars: Record<string, string | undefined> = process.env) {
  if (jobBackend() === "local") return { backend: "local" as const, ok: true };
  const mode = vars.INNGEST_DEV && vars.INNGEST_DEV !== "0" ? ("dev" as const) : ("cloud" as const);
  const signingKey = Boolean(vars.INNGEST_SIGNING_KEY);
  return { backend: "inngest" as const, mode, signingKey, ok: mode === "dev" || signingKey };
}

/** What /api/health reports: each part says whether it works, never a setting's value. */
export async function healthReport() {
  const [database, blobStore] = await Promise.all([databaseAnswers(), blobStoreHealth()]);
  const jobs = jobsHealth();
  return { ok: database && blobStore.ok && jobs.ok, database: database ? "up" : "down", blobStore, jobs };
}
