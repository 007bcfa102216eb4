import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validation/admin";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";
import { clientAddress } from "./throttle";
import { rolesFromGroups } from "./oidc-roles";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function signInProviders(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, { clientAddress: clientAddress(request?.headers) });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        return { id: result.userId };
      },
    }),
  ];
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET } = env();
  if (AUTH_OIDC_ISSUER && AUTH_OIDC_ID && AUTH_OIDC_SECRET) {
    list.push({
      id: "oidc",
      name: "your organisation's sign-in",
      type: "oidc",
      issuer: AUTH_OIDC_ISSUER,
      clientId: AUTH_OIDC_ID,
      clientSecret: AUTH_OIDC_SECRET,
      authorization: { params: { scope: "openid profile email groups" } },
    });
  }
  return list;
}

export const oidcEnabled = () => {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET } = env();
  return !!(AUTH_OIDC_ISSUER && AUTH_OIDC_ID && AUTH_OIDC_SECRET);
};

/**
 * What every Auth.js instance of Ferry shares: sessions, secret and the account tables. The
 * instance that links remote accounts (lib/integrations/remote-auth.ts) builds on it, so this
 * folder needs nothing from lib/integrations.
 */
export const sessionOptions = () => ({
  ...authConfig,
  secret: env().AUTH_SECRET,
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
});

/** Signing in to Ferry: credentials, and the organisation's OIDC provider when configured. */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...sessionOptions(),
  providers: signInProviders(),
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc" || !user.id) return true;
      const [existing] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, user.id));
      if (existing?.disabledAt) return false;
      // IdP groups are the source of truth for account-wide roles of enterprise users.
      const { AUTH_OIDC_ADMIN_GROUPS, AUTH_OIDC_CONNECTOR_ADMIN_GROUPS } = env();
      const roles = rolesFromGroups((profile as { groups?: unknown } | undefined)?.groups, {
        accountAdmin: AUTH_OIDC_ADMIN_GROUPS,
        connectorAdmin: AUTH_OIDC_CONNECTOR_ADMIN_GROUPS,
      });
      if (existing) await db.update(users).set(roles).where(eq(users.id, user.id));
      return true;
    },
  },
  events: {
    async createUser({ user }) {
      if (user.email) await db.update(users).set({ email: user.email.toLowerCase() }).where(eq(users.email, user.email));
    },
  },
}));
