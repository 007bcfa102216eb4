/** Where the Playwright stack listens (scripts/e2e-server.ts starts it). Local only. */
export const E2E = {
  appPort: 3100,
  appUrl: "http://localhost:3100",
  highqPort: 4110,
  intralinksPort: 4120,
  controlToken: "e2e-local-control-token",
  serverLog: ".data/e2e-server.log",
} as const;
