/** Next.js calls this once per server start: a production server with unsafe settings does not start. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  // `next build` prerenders in production mode too; only a serving process is checked.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { enforceProductionReadiness } = await import("@/lib/readiness");
  enforceProductionReadiness();
}
