/** Where the Playwright stack listens (scripts/e2e-server.ts starts it). Local only. */
export const E2E = {
  appPort: 3100,
  appUrl: "http://localhost:3100",
  highqPort: 4110,
  intralinksPort: 4120,
  controlToken: "e2e-local-control-token",
  /**
   * The preview deployment e2e/preview-proxy.spec.ts starts; the app above trusts its origin. Another
   * host, as previews have: browsers share cookies between ports of one host.
   */
  previewPort: 3102,
  previewUrl: "http://127.0.0.1:3102",
  /** FERRY_REDIRECT_PROXY_SECRET, shared by the app and the preview. */
  redirectProxySecret: "e2e-local-redirect-proxy-secret-shared-by-both",
  serverLog: ".data/e2e-server.log",
  previewServerLog: ".data/e2e-preview-server.log",
  /** The database scripts/e2e-server.ts prepares (fixtures seed it directly). */
  databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5435/ferry_e2e",
} as const;
