/** Next.js calls this once per server start: a production server with unsafe settings does not start. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  // `next build` prerenders in production mode too; only a serving process is checked.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkProductionReadiness, describeProblems } = await import("@/lib/readiness");
  const { refused, warned } = checkProductionReadiness();
  if (warned.length > 0) console.warn(`Ferry runs with unsafe production settings (FERRY_ALLOW_UNSAFE_PRODUCTION=1):\n${describeProblems(warned)}`);
  if (refused.length > 0) {
    console.error(`Ferry will not start in production until these settings are fixed:\n${describeProblems(refused)}`);
    process.exit(1);
  }
}
