/** Where the Playwright stack listens (scripts/e2e-server.ts starts it). Local only. */
export const E2E = {
  appPort: 3100,
  appUrl: "http://localhost:3100",
  highqPort: 4110,
  intralinksPort: 4120,
  controlToken: "e2e-local-control-token",
  serverLog: ".data/e2e-server.log",
  /** The database scripts/e2e-server.ts prepares (fixtures seed it directly). */
  databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5435/ferry_e2e",
} as const;
