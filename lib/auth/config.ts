import type { NextAuthConfig } from "next-auth";

/** Paths a signed-out visitor may open. Everything else redirects to sign-in. */
const PUBLIC_PATHS = ["/sign-in", "/setup", "/auth", "/api/health"];

/**
 * The edge-safe part of the Auth.js configuration: no database, no password hashing. `proxy.ts`
 * uses it for cheap redirects; pages, actions and routes still check the caller themselves.
 */
export const authConfig = {
  basePath: "/auth",
  trustHost: true,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Credentials sign-in requires JWT sessions; roles are re-read from the database per request.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return true;
      return !!auth?.user;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
