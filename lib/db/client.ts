import "server-only";
import { neonConfig, Pool as NeonPool } from "@neondatabase/serverless";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import ws from "ws";
import { databaseUrl } from "@/lib/env";
import * as schema from "./schema";

export type DatabaseDriver = "node-postgres" | "neon";

/** Neon URLs go through Neon's WebSocket driver; every other postgres:// URL through node-postgres. */
export function driverFor(url: string): DatabaseDriver {
  return new URL(url).hostname.endsWith(".neon.tech") ? "neon" : "node-postgres";
}

export function createDatabase(url: string, driver: DatabaseDriver = driverFor(url)) {
  if (driver === "neon") {
    neonConfig.webSocketConstructor = ws;
    const pool = survivingIdleErrors(new NeonPool({ connectionString: url }));
    return { db: drizzleNeon({ client: pool, schema }), close: () => pool.end() };
  }
  const pool = survivingIdleErrors(new Pool({ connectionString: url, max: 10 }));
  return { db: drizzlePg({ client: pool, schema }), close: () => pool.end() };
}

/**
 * An idle connection the server closes (a restart or shutdown, a terminated backend, an idle
 * timeout) is reported as the pool's 'error' event, which ends the process when nobody listens.
 * The pool has already dropped that connection and opens a new one when next needed.
 */
function survivingIdleErrors<P extends Pool | NeonPool>(pool: P): P {
  pool.on("error", (error: Error) => console.error(`[db] an idle database connection was closed: ${error.message}`));
  return pool;
}

export type Database = ReturnType<typeof createDatabase>["db"];
/** A transaction handle, accepted wherever a query may run inside a caller's transaction. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Queryable = Database | Tx;

const globalForDb = globalThis as unknown as { ferryDb?: ReturnType<typeof createDatabase> };

// One pool per process, also across Next.js dev hot reloads. Creating it opens no connection.
globalForDb.ferryDb ??= createDatabase(databaseUrl());

export const db: Database = globalForDb.ferryDb.db;

/** Ends this process's pool (scripts that stop their own Postgres afterwards). */
export async function closeDatabase(): Promise<void> {
  await globalForDb.ferryDb?.close();
}
