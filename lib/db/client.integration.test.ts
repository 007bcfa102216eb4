import { neonConfig } from "@neondatabase/serverless";
import { count, sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startNeonWsProxy } from "@/test/neon-ws-proxy";
import { createDatabase, driverFor } from "./client";
import { users } from "./schema";

describe("driver choice", () => {
  it("uses Neon's driver for Neon hosts and node-postgres otherwise", () => {
    expect(driverFor("postgres://u:p@ep-cool-name-123.eu-central-1.aws.neon.tech/ferry")).toBe("neon");
    expect(driverFor("postgres://u:p@127.0.0.1:5432/ferry")).toBe("node-postgres");
  });
});

describe("the Neon serverless driver", () => {
  let proxy: Awaited<ReturnType<typeof startNeonWsProxy>>;

  beforeAll(async () => {
    proxy = await startNeonWsProxy();
    // Point the driver at the local WebSocket-to-TCP proxy instead of Neon's TLS gateway.
    neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxy.port}/v1?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  });

  afterAll(async () => proxy.close());

  it("runs Ferry's queries and transactions against the local Postgres", async () => {
    const { db, close } = createDatabase(process.env.DATABASE_URL!, "neon");
    try {
      const [row] = await db.execute<{ answer: number }>(sql`SELECT 41 + 1 AS answer`).then((result) => result.rows);
      expect(row.answer).toBe(42);
      const email = `neon-${Date.now()}@example.test`;
      await db.transaction(async (tx) => {
        await tx.insert(users).values({ email });
      });
      const [found] = await db.select({ n: count() }).from(users).where(sql`${users.email} = ${email}`);
      expect(found.n).toBe(1);
    } finally {
      await close();
    }
  });
});

describe("the node-postgres pool", () => {
  it("survives the server closing one of its idle connections and connects again", async () => {
    const { db, close } = createDatabase(process.env.DATABASE_URL!, "node-postgres");
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const [{ pid }] = await db.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`).then((result) => result.rows);
      // What a Postgres shutdown does to every connection ("terminating connection due to administrator command").
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await vi.waitFor(() => expect(db.$client.totalCount).toBe(0));
      const [row] = await db.execute<{ answer: number }>(sql`SELECT 41 + 1 AS answer`).then((result) => result.rows);
      expect(row.answer).toBe(42);
    } finally {
      await admin.end();
      await close();
    }
  });
});
